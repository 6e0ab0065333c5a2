#include "Ledger.h"

#include "AtomicFile.h"
#include "ChainAnchor.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "UserSignIn.h"

#include <optional>

#include <QDir>
#include <QFileInfo>

Ledger::Ledger(std::unique_ptr<Database> database, const Clock &clock)
    : m_db(std::move(database)), m_ctx(*m_db, clock), m_audit(m_ctx), m_numbering(m_ctx), m_journal(m_ctx),
      m_drafts(m_ctx, m_audit), m_posting(m_ctx, m_audit, m_numbering, m_journal),
      m_payments(m_ctx, m_audit, m_journal), m_creditNotes(m_ctx, m_audit), m_customers(m_ctx, m_audit),
      m_settings(m_ctx, m_audit), m_orders(m_ctx, m_audit), m_jobImport(m_ctx, m_audit),
      m_quotations(m_ctx, m_audit, m_numbering)
{
}

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Database::OpenMode mode, const Clock &clock)
{
    if (mode != Database::OpenMode::ReadOnly)
        removeLeftovers(path);
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    return std::make_unique<Ledger>(std::move(db).value(), clock);
}

void Ledger::removeLeftovers(const QString &companyFile)
{
    const QFileInfo file(companyFile);
    if (file.fileName().isEmpty())
        return;
    // A restore's working copy (".NAME.restoring-*", BackupRestore) and a temporary file of a
    // write into this folder whose process was killed. A living process keeps its file locked.
    AtomicFile::removeUnlocked(file.absolutePath(), QStringLiteral(".%1.restoring-*").arg(file.fileName()));
    AtomicFile::removeLeftovers(file.absolutePath(), file.fileName());
}

Status Ledger::signIn(const QString &userName)
{
    // Without a password: refused in a file whose users have passwords (UserSignIn).
    return UserSignIn::signIn(*this, userName, {});
}

Result<bool> Ledger::isSetUp() const
{
    auto users = m_ctx.users.list();
    if (!users)
        return users.error();
    return !users->isEmpty();
}

Status Ledger::setUp(const CompanySettings &company, const QString &managerName, const Percentage &standardRate)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto setUp = isSetUp();
        if (!setUp)
            return setUp.error();
        if (setUp.value())
            return Error::conflict(tr("This company is already set up."));
        auto valid = SettingsService::validated(company);
        if (!valid)
            return valid.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        User manager;
        manager.name = managerName.trimmed().isEmpty() ? QStringLiteral("manager") : managerName.trimmed();
        manager.role = UserRole::Manager;
        auto id = m_settings.addUser(manager);
        if (!id)
            return id.error();
        manager.id = id.value();
        m_ctx.user = manager;
        FACTURO_TRY(m_ctx.company.setSetting(QStringLiteral("default_user"), manager.name));
        FACTURO_TRY(m_settings.saveCompany(valid.value()));
        const QList<TaxRate> rates = {
            {0, tr("VAT %1%").arg(standardRate.toString()), TaxCategory::Standard, standardRate, QString(), true, true},
            {0, tr("VAT 10%"), TaxCategory::Reduced, Percentage::fromInteger(10), QString(), false, true},
            {0, tr("VAT 5.5%"), TaxCategory::Reduced, Percentage::fromScaled(550), QString(), false, true},
            {0, tr("Zero-rated"), TaxCategory::Zero, Percentage(), QString(), false, true},
            {0, tr("Exempt"), TaxCategory::Exempt, Percentage(), tr("VAT exempt, Article 132 of Directive 2006/112/EC"),
                false, true},
            {0, tr("Reverse charge"), TaxCategory::ReverseCharge, Percentage(), QString(), false, true},
            // 0 % categories of EN 16931 (K, G, O): printed with their legal mention, VATEX-coded.
            {0, tr("Intra-EU supply"), TaxCategory::IntraCommunity, Percentage(), QString(), false, true},
            {0, tr("Export outside the EU"), TaxCategory::Export, Percentage(), QString(), false, true},
            {0, tr("Not subject to VAT"), TaxCategory::OutOfScope, Percentage(), QString(), false, true},
        };
        for (const TaxRate &rate : rates) {
            if (rate.rate == standardRate && rate.category != TaxCategory::Standard)
                continue;
            auto added = m_settings.addTaxRate(rate);
            if (!added)
                return added.error();
        }
        return tx.commit();
    });
}

Status Ledger::backupTo(const QString &targetPath)
{
    // Refused before anything is written: a company on a server is not copied to a file here.
    if (m_db->isServer())
        return Error::refused(tr("A company on a server is backed up by the server: pg_dump, or a company file "
                                 "taken with `facturo-cli server export` (docs/server.md)."));
    const QFileInfo target(targetPath);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() || target.isSymLink())
        return Error::refused(tr("%1 already exists: choose a new file name for the backup.").arg(shown));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::storage(tr("The folder %1 cannot be created.").arg(target.absolutePath()));
    if (m_db->transactionDepth() > 0)
        return Error::refused(tr("A backup cannot be taken in the middle of a change."));
    // The copy is made under a temporary name beside the target and takes the target's name only
    // once it is checked and on the disk: a killed backup never leaves a partial file under it.
    AtomicFile file(target.absoluteFilePath(), AtomicFile::Existing::MustNotBe);
    FACTURO_TRY(file.open());
    const QString partial = file.writingPath();
    SqlStatement q(*m_db, "VACUUM INTO :target");
    q.bind(":target", partial);
    FACTURO_TRY(q.exec(tr("write the backup %1").arg(shown)));
    std::optional<ChainAnchor> anchor;
    {
        // Check the copy before calling it a backup.
        auto copy = Database::open(partial, Database::OpenMode::MustExist);
        if (!copy)
            return copy.error().prefixed(tr("The backup could not be verified"));
        QSqlQuery check(copy.value()->connection());
        if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok"))
            return Error::storage(tr("The backup failed its integrity check and was removed."));
        check.finish();
        // The head of the copy's chain, recorded inside it and beside it (ChainAnchor).
        auto stamped = ChainAnchor::stampCopy(*copy.value());
        if (!stamped)
            return stamped.error();
        anchor = stamped.value();
        // Leave a single self-contained file behind: fold the copy's WAL back in.
        (void)copy.value()->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        (void)copy.value()->execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    FACTURO_TRY(file.commit());
    const Status anchored = anchor->writeSidecar(target.absoluteFilePath(), m_ctx.clock.nowUtc());
    if (!anchored) { // a backup is kept with its anchor or not at all
        QFile::remove(target.absoluteFilePath());
        return anchored;
    }
    return m_audit.record(QStringLiteral("file"), 0, QStringLiteral("backup"),
                          {{QStringLiteral("target"), target.absoluteFilePath()},
                           {QStringLiteral("anchor"), anchor->text()}});
}
