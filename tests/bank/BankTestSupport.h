#pragma once

#include "CamtTestWriter.h"
#include "TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QString>

// What the bank tests share: the hand-written files, the camt XSDs and a posted invoice.
namespace BankTest {
inline QString dataFile(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("FACTURO_SOURCE_DIR")) + QStringLiteral("/tests/bank/data/") + name;
}

inline QByteArray readData(const QString &name)
{
    QFile f(dataFile(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The official ISO 20022 camt.054 XSD of a version (001.02 to 001.04), from FACTURO_CAMT_XSD_DIR or
// Debian's tryton-modules-account-payment-sepa, which ships them; empty when neither has it.
inline QString camtXsd(const QString &message, const QString &version)
{
    const QString name = message + QLatin1Char('.') + version + QStringLiteral(".xsd");
    const QStringList dirs {QString::fromLocal8Bit(qgetenv("FACTURO_CAMT_XSD_DIR")),
        QStringLiteral("/usr/lib/python3/dist-packages/trytond/modules/account_payment_sepa/tests")};
    for (const QString &dir : dirs)
        if (!dir.isEmpty() && QFile::exists(dir + QLatin1Char('/') + name))
            return dir + QLatin1Char('/') + name;
    return {};
}

// xmllint --schema: 0 when the file is valid; the messages in `out`.
inline int validate(const QString &xsd, const QString &file, QString *out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file});
    if (!p.waitForFinished(120000))
        return -1;
    *out = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

inline QString companyIban()
{
    return QStringLiteral("FR7630006000011234567890189");
}

inline StatementEntry credit(qint64 amount, const QString &remittance = {}, const QDate &booked = QDate(2026, 3, 10))
{
    StatementEntry e;
    e.amount = amount;
    e.currency = QStringLiteral("EUR");
    e.bookingDate = booked;
    e.remittance = remittance;
    return e;
}
} // namespace BankTest
