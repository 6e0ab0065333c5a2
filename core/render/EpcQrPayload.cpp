#include "EpcQrPayload.h"

#include <QStringList>

namespace {
QString compact(const QString &text)
{
    QString out = text;
    out.remove(QLatin1Char(' '));
    return out.toUpper();
}
} // namespace

EpcQrPayload::EpcQrPayload(QString beneficiaryName, QString iban, QString bic, qint64 amountCents,
                           QString remittanceText)
    : m_name(std::move(beneficiaryName)), m_iban(std::move(iban)), m_bic(std::move(bic)),
      m_amountCents(amountCents), m_remittance(std::move(remittanceText))
{
}

EpcQrPayload &EpcQrPayload::setStructuredReference(const QString &reference)
{
    m_structured = reference.trimmed();
    if (!m_structured.isEmpty())
        m_remittance.clear();
    return *this;
}

QString EpcQrPayload::iban() const
{
    return compact(m_iban);
}

QString EpcQrPayload::bic() const
{
    return compact(m_bic);
}

bool EpcQrPayload::ibanChecksumValid(const QString &iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    for (int i = 0; i < iban.size(); ++i) {
        const QChar c = iban.at(i);
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if ((i < 2 && !letter) || (i >= 2 && i < 4 && !digit) || (!letter && !digit))
            return false;
    }
    // ISO 13616: move the first four characters to the end, letters A=10 … Z=35, mod 97 == 1.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = c.isDigit() ? c.unicode() - '0' : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

Status EpcQrPayload::validate() const
{
    const QString account = iban();
    if (account.isEmpty())
        return Error::invalid(tr("the payment QR code needs the IBAN of the bank account"));
    if (!ibanChecksumValid(account))
        return Error::invalid(tr("the IBAN \"%1\" is not valid").arg(m_iban));
    const QString bank = bic();
    if (!bank.isEmpty() && bank.size() != 8 && bank.size() != 11)
        return Error::invalid(tr("the BIC \"%1\" must have 8 or 11 characters").arg(m_bic));
    const QString name = m_name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("the payment QR code needs the beneficiary's name"));
    if (name.size() > MaxNameLength)
        return Error::invalid(tr("the beneficiary's name has more than %1 characters").arg(MaxNameLength));
    if (m_amountCents != 0 && (m_amountCents < MinAmountCents || m_amountCents > MaxAmountCents))
        return Error::invalid(tr("the payment QR code amount must be between 0.01 and 999999999.99 EUR"));
    if (m_remittance.size() > MaxRemittanceLength)
        return Error::invalid(tr("the remittance text has more than %1 characters").arg(MaxRemittanceLength));
    if (m_structured.size() > MaxStructuredReferenceLength)
        return Error::invalid(tr("the structured reference has more than %1 characters").arg(MaxStructuredReferenceLength));
    for (const QChar c : m_structured)
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return Error::invalid(tr("the structured reference \"%1\" holds other characters than A to Z and 0 to 9")
                                      .arg(m_structured));
    if (!m_structured.isEmpty() && !m_remittance.trimmed().isEmpty())
        return Error::invalid(tr("the payment QR code carries a structured reference or a remittance text, not both"));
    if (build().size() > MaxPayloadBytes)
        return Error::invalid(tr("the payment QR code data is too long"));
    return {};
}

QByteArray EpcQrPayload::build() const
{
    QString amount;
    if (m_amountCents != 0)
        amount = QStringLiteral("EUR%1.%2").arg(m_amountCents / 100).arg(m_amountCents % 100, 2, 10, QLatin1Char('0'));
    QStringList lines = {
        QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"), QStringLiteral("SCT"),
        bic(), m_name.trimmed(), iban(), amount,
        QString(),            // purpose
        m_structured,           // structured remittance reference (ISO 11649, or the Belgian digits)
        m_remittance.trimmed(), // unstructured remittance text
    };
    while (lines.last().isEmpty())
        lines.removeLast(); // no trailing empty fields, no trailing LF
    return lines.join(QLatin1Char('\n')).toUtf8();
}

Result<QByteArray> EpcQrPayload::payload() const
{
    FACTURO_TRY(validate());
    return build();
}
