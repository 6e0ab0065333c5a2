#include "SmtpSettings.h"

#include "CertificateFingerprint.h"

namespace {
bool hasLineBreakOrSpace(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}
} // namespace

quint16 SmtpSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::None:
        return 25;
    case Security::StartTls:
        return 587;
    case Security::ImplicitTls:
        return 465;
    }
    return 587;
}

Status SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Error::invalid(tr("The mail server's host name is empty."));
    if (hasLineBreakOrSpace(host))
        return Error::invalid(tr("The mail server's host name contains spaces or control characters."));
    if (port == 0)
        return Error::invalid(tr("The mail server's port is not set."));
    if (timeoutMs <= 0)
        return Error::invalid(tr("The mail server's timeout must be positive."));
    if (hasLineBreakOrSpace(heloName))
        return Error::invalid(tr("The name announced to the mail server contains spaces or control characters."));
    if (username.contains(QLatin1Char('\r')) || username.contains(QLatin1Char('\n')) || username.contains(QChar(0))
        || password.contains(QChar(0)))
        return Error::invalid(tr("The mail server's user name or password contains invalid characters."));
    if (hasLineBreakOrSpace(accessToken))
        return Error::invalid(tr("The access token contains spaces or control characters."));
    if (!accessToken.isEmpty() && username.trimmed().isEmpty())
        return Error::invalid(tr("Sending with a sign-in needs the mailbox's address as user name."));
    if (!trustedFingerprintSha256.trimmed().isEmpty()
        && CertificateFingerprint::normalized(trustedFingerprintSha256).isEmpty())
        return Error::invalid(tr("The trusted certificate fingerprint is not a SHA-256 fingerprint "
                                 "(64 hexadecimal digits)."));
    return {};
}
