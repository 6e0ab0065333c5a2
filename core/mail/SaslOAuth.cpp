#include "SaslOAuth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
// RFC 5801 saslname: "," and "=" are written =2C and =3D.
QByteArray saslName(const QString &user)
{
    QByteArray name = user.toUtf8();
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    return name;
}
} // namespace

QByteArray SaslOAuth::mechanismName(Mechanism mechanism)
{
    return mechanism == Mechanism::XOAuth2 ? QByteArrayLiteral("XOAUTH2") : QByteArrayLiteral("OAUTHBEARER");
}

QByteArray SaslOAuth::initialResponse(
    Mechanism mechanism, const QString &user, const QString &host, quint16 port, const QString &token)
{
    if (mechanism == Mechanism::XOAuth2)
        return "user=" + user.toUtf8()
            + "\x01"
              "auth=Bearer "
            + token.toLatin1() + "\x01\x01";
    return "n,a=" + saslName(user)
        + ",\x01"
          "host="
        + host.toUtf8()
        + "\x01"
          "port="
        + QByteArray::number(port)
        + "\x01"
          "auth=Bearer "
        + token.toLatin1() + "\x01\x01";
}

QByteArray SaslOAuth::errorAcknowledgement(Mechanism mechanism)
{
    return mechanism == Mechanism::XOAuth2 ? QByteArray() : QByteArrayLiteral("\x01").toBase64();
}

QString SaslOAuth::describeChallenge(const QString &base64Text)
{
    const QByteArray decoded = QByteArray::fromBase64(base64Text.trimmed().toLatin1());
    const QJsonDocument document = QJsonDocument::fromJson(decoded);
    if (!document.isObject())
        return {};
    const QJsonObject json = document.object();
    const QJsonValue statusValue = json.value(QStringLiteral("status"));
    const QString status = statusValue.isString() ? statusValue.toString() : QString::number(statusValue.toInt());
    const QString scope = json.value(QStringLiteral("scope")).toString();
    QString meaning;
    if (status == QLatin1String("401") || status == QLatin1String("invalid_token"))
        meaning = tr("the access token is invalid or has expired");
    else if (status == QLatin1String("400") || status == QLatin1String("invalid_request"))
        meaning = tr("the access token does not fit this account or mail server");
    else if (status == QLatin1String("403") || status == QLatin1String("insufficient_scope"))
        meaning = tr("the access token does not allow sending mail (scope missing)");
    else
        meaning = tr("the access token was refused");
    if (scope.isEmpty())
        return tr("%1 (status %2)").arg(meaning, status);
    return tr("%1 (status %2; the server expects the scope %3)").arg(meaning, status, scope);
}
