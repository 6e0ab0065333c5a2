#include "CliSetupCommands.h"

#include "BookDigestCheck.h"
#include "ChainAnchor.h"
#include "CliJson.h"
#include "CliPartyCommands.h"
#include "CliPassword.h"
#include "DemoGenerator.h"
#include "IntegrityCheck.h"
#include "PgConnection.h"
#include "UserPasswordRepository.h"
#include "UserPasswordService.h"
#include "UserSignIn.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliSetupCommands", text, disambiguation, n);
}
} // namespace

Status CliSetupCommands::init(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly(QStringList{QStringLiteral("company"), QStringLiteral("address"),
                                             QStringLiteral("vat-id"), QStringLiteral("iban"), QStringLiteral("bic"),
                                             QStringLiteral("bank"), QStringLiteral("email"), QStringLiteral("phone"),
                                             QStringLiteral("registration"), QStringLiteral("website"),
                                             QStringLiteral("currency"), QStringLiteral("terms"),
                                             QStringLiteral("vat-rate"), QStringLiteral("language"),
                                             QStringLiteral("manager"), QStringLiteral("invoice-pattern"),
                                             QStringLiteral("credit-note-pattern"),
                                             QStringLiteral("approval-threshold")}
                                     + CliPartyCommands::sellerOptions(),
                                 QStringLiteral("init")));
    CompanySettings c;
    c.name = s.args.option(QStringLiteral("company"));
    FACTURO_TRY(CliPartyCommands::applySellerOptions(s.args, c));
    c.vatId = s.args.option(QStringLiteral("vat-id"));
    c.iban = s.args.option(QStringLiteral("iban"));
    c.bic = s.args.option(QStringLiteral("bic"));
    c.bankName = s.args.option(QStringLiteral("bank"));
    c.email = s.args.option(QStringLiteral("email"));
    c.phone = s.args.option(QStringLiteral("phone"));
    c.website = s.args.option(QStringLiteral("website"));
    c.currency = s.args.option(QStringLiteral("currency"), QStringLiteral("EUR"));
    c.defaultLanguage = s.args.option(QStringLiteral("language"), QStringLiteral("en"));
    if (s.args.has(QStringLiteral("invoice-pattern")))
        c.invoicePattern = s.args.option(QStringLiteral("invoice-pattern"));
    if (s.args.has(QStringLiteral("credit-note-pattern")))
        c.creditNotePattern = s.args.option(QStringLiteral("credit-note-pattern"));
    if (s.args.has(QStringLiteral("terms"))) {
        bool ok = false;
        c.paymentTermsDays = s.args.option(QStringLiteral("terms")).toInt(&ok);
        if (!ok)
            return Error::invalid(tr("--terms takes a number of days."));
    }
    auto rate = Percentage::parse(s.args.option(QStringLiteral("vat-rate"), QStringLiteral("20")), false);
    if (!rate)
        return rate.error().prefixed(QStringLiteral("--vat-rate"));
    if (rate->isZero())
        return Error::invalid(tr("--vat-rate is the standard rate and cannot be 0."));
    if (s.args.has(QStringLiteral("approval-threshold"))) {
        auto threshold = Money::parse(s.args.option(QStringLiteral("approval-threshold")), c.currency, false);
        if (!threshold)
            return threshold.error().prefixed(QStringLiteral("--approval-threshold"));
        c.approvalThreshold = threshold->minor();
    }
    // Everything that can be refused is checked before the file is opened: a refused init never
    // creates or grows a file.
    auto valid = SettingsService::validated(c);
    if (!valid)
        return valid.error();
    FACTURO_TRY(s.open(Database::OpenMode::CreateIfMissing, s.systemClock));
    const QString manager = s.args.option(QStringLiteral("manager"), s.args.user.isEmpty() ? QStringLiteral("manager")
                                                                                          : s.args.user);
    FACTURO_TRY(s.ledger->setUp(c, manager, rate.value()));
    s.line(s.ledger->database().path());
    return {};
}

Status CliSetupCommands::demo(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("invoices"), QStringLiteral("seed"), QStringLiteral("as-of")},
                                 QStringLiteral("demo")));
    DemoOptions options;
    if (s.args.has(QStringLiteral("invoices"))) {
        bool ok = false;
        options.invoices = s.args.option(QStringLiteral("invoices")).toLongLong(&ok);
        if (!ok || options.invoices < 10 || options.invoices > 10'000'000)
            return Error::invalid(tr("--invoices takes a number from 10 to 10000000."));
    }
    if (s.args.has(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = s.args.option(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error::invalid(tr("--seed takes a whole number."));
    }
    if (s.args.has(QStringLiteral("as-of"))) {
        auto asOf = s.date(s.args.option(QStringLiteral("as-of")), QStringLiteral("--as-of"));
        if (!asOf)
            return asOf.error();
        options.asOf = asOf.value();
    } else {
        options.asOf = QDate::currentDate();
    }
    options.progress = [&s](qint64 done, qint64 total) { s.progress(tr("Generating invoices:"), done, total); };
    FACTURO_TRY(s.open(Database::OpenMode::CreateIfMissing, s.fixedClock));
    // A demo whose making was killed is made again from scratch, not refused.
    auto unfinished = DemoGenerator::isUnfinished(*s.ledger);
    if (!unfinished)
        return unfinished.error();
    auto setUp = s.ledger->isSetUp();
    if (!setUp)
        return setUp.error();
    if (unfinished.value() && setUp.value() && s.ledger->database().isServer())
        return Error::refused(
            tr("The demo company on %1 was not finished, and a database on a server is not "
               "replaced: drop it, make a new one with `facturo-cli server init`, then run demo again.")
                .arg(PgConnection::displayLocation(s.ledger->database().path())));
    if (unfinished.value() && setUp.value()) {
        const QString path = s.ledger->database().path();
        s.ledger.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
                return Error::storage(
                    tr("The unfinished demo company %1 cannot be replaced: %2 cannot be removed.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(path + suffix)));
        s.err << tr("Replacing the unfinished demo company %1.").arg(QDir::toNativeSeparators(path)) << '\n';
        FACTURO_TRY(s.open(Database::OpenMode::CreateIfMissing, s.fixedClock));
    }
    DemoGenerator generator(*s.ledger, s.fixedClock);
    QElapsedTimer timer;
    timer.start();
    auto summary = generator.generate(options);
    if (!summary)
        return summary.error();
    if (s.args.json) {
        s.json(QJsonObject{{QStringLiteral("file"), s.ledger->database().path()},
                           {QStringLiteral("customers"), summary->customers},
                           {QStringLiteral("invoices"), summary->invoices},
                           {QStringLiteral("credit_notes"), summary->creditNotes},
                           {QStringLiteral("payments"), summary->payments},
                           {QStringLiteral("service_orders"), summary->serviceOrders},
                           {QStringLiteral("seconds"), static_cast<double>(timer.elapsed()) / 1000.0}});
    } else {
        s.line(s.ledger->database().path());
        s.err << tr("Demo company created: %1 customers, %2 invoices, %3 credit notes, %4 payments, %5 service "
                    "orders in %6 s.")
                     .arg(summary->customers)
                     .arg(summary->invoices)
                     .arg(summary->creditNotes)
                     .arg(summary->payments)
                     .arg(summary->serviceOrders)
                     .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << '\n';
    }
    return {};
}

Status CliSetupCommands::user(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("add")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("full-name")},
                                     QStringLiteral("user add")));
        User u;
        u.name = s.args.option(QStringLiteral("name"));
        u.fullName = s.args.option(QStringLiteral("full-name"));
        const QString role = s.args.option(QStringLiteral("role"), QStringLiteral("clerk"));
        if (role != QLatin1String("clerk") && role != QLatin1String("manager"))
            return Error::invalid(tr("--role is clerk or manager."));
        u.role = role == QLatin1String("manager") ? UserRole::Manager : UserRole::Clerk;
        auto id = s.ledger->settings().addUser(u);
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("list")) {
        auto users = s.ledger->context().users.list();
        if (!users)
            return users.error();
        auto withPassword = UserPasswordRepository(s.ledger->database()).usersWithPassword();
        if (!withPassword)
            return withPassword.error();
        QJsonArray array;
        for (const User &u : users.value()) {
            if (s.args.json)
                array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                         {QStringLiteral("role"), User::roleKey(u.role)},
                                         {QStringLiteral("password"), withPassword->contains(u.id)}});
            else
                s.line(QStringLiteral("%1\t%2").arg(u.name, User::roleKey(u.role)));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    if (sub == QLatin1String("password")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("clear")}, QStringLiteral("user password")));
        auto name = s.args.positional(0, tr("user name"));
        if (!name)
            return name.error();
        auto target = s.ledger->context().users.findByName(name.value());
        if (!target)
            return target.error();
        UserPasswordService passwords(s.ledger->context(), s.ledger->audit());
        FACTURO_TRY(passwords.mayChange(target.value()));
        if (s.args.flag(QStringLiteral("clear"))) {
            FACTURO_TRY(passwords.clearPassword(target->name));
            s.err << tr("The password of %1 is cleared.").arg(target->name) << '\n';
            return {};
        }
        auto password = CliPassword::newPassword(s, target->name);
        if (!password)
            return password.error();
        FACTURO_TRY(passwords.setPassword(target->name, password.value()));
        s.err << tr("The password of %1 is set.").arg(target->name) << '\n';
        return {};
    }
    return Error::invalid(tr("Unknown command 'user %1' (add, list, password).").arg(sub));
}

Status CliSetupCommands::journal(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("document")},
                                 QStringLiteral("journal")));
    QDate from, to;
    if (s.args.has(QStringLiteral("from"))) {
        auto d = s.date(s.args.option(QStringLiteral("from")), QStringLiteral("--from"));
        if (!d)
            return d.error();
        from = d.value();
    }
    if (s.args.has(QStringLiteral("to"))) {
        auto d = s.date(s.args.option(QStringLiteral("to")), QStringLiteral("--to"));
        if (!d)
            return d.error();
        to = d.value();
    }
    qint64 documentId = 0;
    if (s.args.has(QStringLiteral("document"))) {
        auto id = s.documentId(s.args.option(QStringLiteral("document")));
        if (!id)
            return id.error();
        documentId = id.value();
    }
    auto entries = s.ledger->context().journal.list(from, to, documentId);
    if (!entries)
        return entries.error();
    QJsonArray array;
    for (const JournalEntry &e : entries.value()) {
        if (s.args.json) {
            array.append(CliJson::journalEntry(e, s.currency()));
            continue;
        }
        for (const JournalLine &l : e.lines)
            s.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                       .arg(e.date.toString(Qt::ISODate), e.kind, e.reference, l.accountCode,
                            l.debit ? s.money(l.debit) : QString(), l.credit ? s.money(l.credit) : QString()));
    }
    if (s.args.json)
        s.json(array);
    return {};
}

Status CliSetupCommands::audit(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("verify")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("audit verify")));
        auto result = s.ledger->audit().verify();
        if (!result)
            return result.error();
        // The chain, then the rows each money event vouches for.
        auto books = BookDigestCheck(s.ledger->context()).run();
        if (!books)
            return books.error();
        const bool intact = result->intact && books->ok();
        const QString message = !result->intact ? result->message : books->ok() ? result->message : books->problem;
        if (s.args.json)
            s.json(QJsonObject{{QStringLiteral("intact"), intact},
                               {QStringLiteral("events"), result->eventsChecked},
                               {QStringLiteral("first_broken_event"),
                                result->intact ? books->firstBrokenEvent : result->firstBrokenId},
                               {QStringLiteral("money_events_checked"), books->checked},
                               {QStringLiteral("money_events_without_digest"), books->withoutDigest},
                               {QStringLiteral("message"), message}});
        else if (intact)
            s.line(result->message + QLatin1Char('\n') + books->summary());
        if (!intact)
            return Error::refused(message);
        return {};
    }
    if (sub == QLatin1String("log")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("document"), QStringLiteral("limit")}, QStringLiteral("audit log")));
        Result<QList<AuditEvent>> events = QList<AuditEvent>();
        if (s.args.has(QStringLiteral("document"))) {
            auto id = s.documentId(s.args.option(QStringLiteral("document")));
            if (!id)
                return id.error();
            auto doc = s.ledger->context().documents.find(id.value(), false);
            if (!doc)
                return doc.error();
            events = s.ledger->audit().history(DocumentTypes::key(doc->type), id.value());
        } else {
            auto limit = s.count(QStringLiteral("limit"), 50, 1, 1'000'000);
            if (!limit)
                return limit.error();
            events = s.ledger->context().audit.recent(static_cast<int>(limit.value()));
        }
        if (!events)
            return events.error();
        QJsonArray array;
        for (const AuditEvent &e : events.value()) {
            if (s.args.json)
                array.append(CliJson::auditEvent(e));
            else
                s.line(QStringList {QString::number(e.id), e.occurredAt.toString(Qt::ISODate), e.userName,
                                    e.action, e.entity + QLatin1Char(' ') + QString::number(e.entityId), e.details}
                           .join(QLatin1Char('\t')));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    return Error::invalid(tr("Unknown command 'audit %1' (verify, log).").arg(sub));
}

Status CliSetupCommands::check(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("quick"), QStringLiteral("anchor")}, QStringLiteral("check")));
    // Opens the file itself, read-only: a check must also work on a file that was never fully
    // set up, and never migrates, creates or repairs what it looks at.
    FACTURO_TRY(s.open(Database::OpenMode::ReadOnly, s.systemClock));
    // A file whose users have passwords is checked by one of them; one that cannot even say so
    // (damaged) is checked all the same.
    auto protectedFile = UserSignIn::hasPasswords(*s.ledger);
    if (protectedFile && protectedFile.value())
        FACTURO_TRY(s.signIn());
    else
        (void)s.signIn();
    IntegrityCheck check(s.ledger->context(), s.ledger->audit());
    if (s.args.has(QStringLiteral("anchor"))) {
        const QString anchor = s.args.option(QStringLiteral("anchor"));
        FACTURO_TRY(ChainAnchor::fromArgument(anchor)); // a wrong anchor is refused before checking
        check.setAnchor(anchor);
    }
    auto report = check.run(s.args.flag(QStringLiteral("quick")), [&s](const QString &what) {
        if (s.errIsTerminal() && !s.args.flag(QStringLiteral("quiet")))
            s.err << tr("Checking %1...").arg(what) << '\n';
    });
    if (!report)
        return report.error();
    auto head = ChainAnchor::head(s.ledger->context().audit);
    if (!head)
        return head.error();
    if (s.args.json) {
        s.json(QJsonObject{{QStringLiteral("ok"), report->ok()},
                           {QStringLiteral("audit_head"), head->text()},
                           {QStringLiteral("passed"), QJsonArray::fromStringList(report->passed)},
                           {QStringLiteral("warnings"), QJsonArray::fromStringList(report->warnings)},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        for (const QString &line : report->passed)
            s.line(QStringLiteral("ok  ") + line);
        for (const QString &line : report->warnings) // to look at; the exit code stays 0
            s.line(QStringLiteral("WARN ") + line);
        for (const QString &line : report->problems)
            s.line(QStringLiteral("BAD ") + line);
        // Keep it outside the file: a later `check --anchor` proves nothing newer was removed.
        s.line(tr("Audit chain head (anchor): %1").arg(head->text()));
    }
    if (!report->ok())
        return Error::refused(report->problems.first());
    return {};
}
