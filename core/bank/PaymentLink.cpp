#include "PaymentLink.h"

#include "Currency.h"
#include "DecimalText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

QStringList PaymentLink::placeholders()
{
    return {QStringLiteral("number"), QStringLiteral("due"), QStringLiteral("currency"), QStringLiteral("reference"),
        QStringLiteral("customer")};
}

QString PaymentLink::dueText(qint64 minor, const QString &currency)
{
    const int digits = Currency::minorDigits(currency);
    return DecimalText::format(minor, digits, digits);
}

Result<QString> PaymentLink::substitute(const QString &linkTemplate, const Values &values, bool encode)
{
    const auto value = [&](const QString &name) -> QString {
        if (name == QLatin1String("number"))
            return values.number;
        if (name == QLatin1String("due"))
            return dueText(values.dueMinor, values.currency);
        if (name == QLatin1String("currency"))
            return values.currency;
        if (name == QLatin1String("reference"))
            return values.reference;
        return values.customer;
    };
    const QString known = QStringLiteral("{number}, {due}, {currency}, {reference}, {customer}");
    // Where the host ends: the first '/', '?' or '#' after "://".
    const qsizetype authority = linkTemplate.indexOf(QLatin1String("://"));
    qsizetype hostEnd = linkTemplate.size();
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = linkTemplate.indexOf(c, authority + 3);
        if (at >= 0)
            hostEnd = std::min(hostEnd, at);
    }
    QString out;
    for (qsizetype i = 0; i < linkTemplate.size(); ++i) {
        const QChar c = linkTemplate.at(i);
        if (c == QLatin1Char('}'))
            return Error::invalid(tr("The payment link has a \"}\" that closes no placeholder; the placeholders are %1.")
                                      .arg(known));
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        const qsizetype close = linkTemplate.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0)
            return Error::invalid(tr("The payment link has a \"{\" that is never closed; the placeholders are %1.")
                                      .arg(known));
        const QString name = linkTemplate.mid(i + 1, close - i - 1);
        if (!placeholders().contains(name))
            return Error::invalid(tr("The payment link has an unknown placeholder {%1}; the placeholders are %2.")
                                      .arg(name, known));
        if (i < hostEnd)
            return Error::invalid(tr("The payment link's address (%1) cannot hold a placeholder: put {%2} in its path "
                                     "or query.")
                                      .arg(linkTemplate.left(hostEnd), name));
        const QString v = value(name);
        out += encode ? QString::fromLatin1(QUrl::toPercentEncoding(v)) : v;
        i = close;
    }
    return out;
}

Result<QString> PaymentLink::validatedTemplate(const QString &linkTemplate)
{
    const QString t = linkTemplate.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.size() > MaxTemplateLength)
        return Error::invalid(tr("The payment link has more than %1 characters.").arg(MaxTemplateLength));
    const QString lower = t.toLower();
    if (!lower.startsWith(QLatin1String("https://")) && !lower.startsWith(QLatin1String("http://")))
        return Error::invalid(tr("The payment link must be a web address starting with https:// or http://, not "
                                 "\"%1\".")
                                  .arg(t));
    for (const QChar c : t)
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error::invalid(tr("The payment link must be a web address without spaces or characters outside "
                                     "ASCII (percent-encode them): \"%1\".")
                                      .arg(t));
    Values sample {QStringLiteral("INV-2026-00001"), 12345, QStringLiteral("EUR"), QStringLiteral("RF18INV202600001"),
        QStringLiteral("Sample & Co")};
    auto filled = substitute(t, sample, true);
    if (!filled)
        return filled.error();
    const QUrl url(filled.value(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::invalid(tr("The payment link \"%1\" is not a valid web address.").arg(t));
    return t;
}

Result<QString> PaymentLink::fill(const QString &linkTemplate, const Values &values)
{
    auto valid = validatedTemplate(linkTemplate);
    if (!valid)
        return valid.error();
    if (valid->isEmpty())
        return QString();
    return substitute(valid.value(), values, true);
}

QString PaymentLink::frozenIn(const QString &snapshot)
{
    if (snapshot.isEmpty())
        return {};
    return QJsonDocument::fromJson(snapshot.toUtf8()).object().value(snapshotKey()).toString();
}
