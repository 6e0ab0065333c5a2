#pragma once

// Shared by the money-in tests (header only): posted invoices, the whole-file check, the official
// pain.008.001.02 schema taken from the hbci4j jar when the tests run.

#include "IntegrityCheck.h"
#include "MandateService.h"
#include "TestDatabase.h"
#include "TestResults.h"
#include "TestSql.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace MoneyIn {

inline Document load(TestLedger &t, qint64 id)
{
    auto doc = t->context().documents.find(id, false);
    REQUIRE(doc.ok());
    return doc.value();
}

// A posted invoice of one line at `price` + 20 % VAT for the customer, paid by `means`.
inline qint64 postedInvoice(
    TestLedger &t, const QString &price, qint64 customerId = 0, PaymentMeans means = PaymentMeans::CreditTransfer)
{
    Document header;
    header.paymentMeans = means;
    auto draft = t->drafts().createInvoice(customerId > 0 ? customerId : t.customerId(), header,
        {makeLine(QStringLiteral("Maintenance"), QStringLiteral("1"), price)});
    INFO(draft.message().toStdString());
    REQUIRE(draft.ok());
    auto number = t->posting().post(draft.value());
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    return draft.value();
}

inline PaymentRequest pay(qint64 documentId, qint64 amount, PaymentMethod method = PaymentMethod::BankTransfer)
{
    PaymentRequest r;
    r.documentId = documentId;
    r.amount = amount;
    r.method = method;
    return r;
}

// The whole-file check (journal balanced, settlements, money event digests, schema rules).
inline IntegrityReport checkFile(TestLedger &t)
{
    IntegrityCheck check(t->context(), t->audit());
    auto report = check.run(true);
    INFO(report.message().toStdString());
    REQUIRE(report.ok());
    return report.value();
}

inline qint64 accountBalance(TestLedger &t, const QString &role)
{
    return TestSql::integer(t->database(),
                            QStringLiteral("SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_lines l JOIN "
                                           "accounts a ON a.id = l.account_id WHERE a.role = '%1'")
                                .arg(role));
}

inline void signInAsClerk(TestLedger &t)
{
    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.role = UserRole::Clerk;
    REQUIRE(t->settings().addUser(clerk).ok());
    REQUIRE(t->signIn(QStringLiteral("paul")).ok());
}

// The EPC pain.008.001.02 schema from Debian's libhbci4j-core-java, extracted into `dir`.
inline QString painSchema(const QString &dir)
{
    const QString jar = QStringLiteral("/usr/share/java/hbci4j-core.jar");
    REQUIRE(QFile::exists(jar));
    const QString xsd = QDir(dir).filePath(QStringLiteral("pain.008.001.02.xsd"));
    QString out;
    // Python's zipfile (python3 is a build dependency already; unzip is not).
    REQUIRE(runProgram(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                    QStringLiteral("import sys, zipfile; "
                                   "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8'))"),
                    jar, QStringLiteral("pain.008.001.02.xsd")},
                &out)
        == 0);
    QFile f(xsd);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(out.toUtf8());
    f.close();
    REQUIRE(out.contains(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02")));
    return xsd;
}

inline int xmllint(const QString &xsd, const QString &file, QString *err)
{
    QString out;
    return runProgram(
        QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file}, &out, err);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace MoneyIn
