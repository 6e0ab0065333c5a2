#pragma once

#include "AuditLog.h"
#include "CreditNoteService.h"
#include "CustomerService.h"
#include "DraftService.h"
#include "JobImportService.h"
#include "JournalService.h"
#include "LedgerContext.h"
#include "NumberingService.h"
#include "PaymentService.h"
#include "PostingService.h"
#include "QuotationService.h"
#include "ServiceOrderService.h"
#include "SettingsService.h"

#include <memory>

// One open company file with all its services: what the CLI and the GUI talk to.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    static Result<std::unique_ptr<Ledger>> open(const QString &path, Database::OpenMode mode, const Clock &clock);
    explicit Ledger(std::unique_ptr<Database> database, const Clock &clock);
    // Removes what killed processes left beside a company file: a restore's working copy and its
    // logs, a partly written file. Called by open() (not when only reading) and by a restore.
    static void removeLeftovers(const QString &companyFile);

    // Who acts from now on. An empty name picks the file's default user (set up by `init`).
    Status signIn(const QString &userName = {});
    const User &user() const { return m_ctx.user; }
    // Whether the file has been set up (a company name and a first user).
    Result<bool> isSetUp() const;
    // Sets up a new company file: the company, its first user (a manager) and default tax rates.
    Status setUp(const CompanySettings &company, const QString &managerName, const Percentage &standardRate);
    // A consistent copy of the whole file (VACUUM INTO), checked before it is reported done.
    Status backupTo(const QString &targetPath);

    Database &database() { return *m_db; }
    LedgerContext &context() { return m_ctx; }
    AuditLog &audit() { return m_audit; }
    NumberingService &numbering() { return m_numbering; }
    JournalService &journal() { return m_journal; }
    DraftService &drafts() { return m_drafts; }
    PostingService &posting() { return m_posting; }
    PaymentService &payments() { return m_payments; }
    CreditNoteService &creditNotes() { return m_creditNotes; }
    CustomerService &customers() { return m_customers; }
    SettingsService &settings() { return m_settings; }
    ServiceOrderService &orders() { return m_orders; }
    JobImportService &jobImport() { return m_jobImport; }
    QuotationService &quotations() { return m_quotations; }

private:
    std::unique_ptr<Database> m_db;
    LedgerContext m_ctx;
    AuditLog m_audit;
    NumberingService m_numbering;
    JournalService m_journal;
    DraftService m_drafts;
    PostingService m_posting;
    PaymentService m_payments;
    CreditNoteService m_creditNotes;
    CustomerService m_customers;
    SettingsService m_settings;
    ServiceOrderService m_orders;
    JobImportService m_jobImport;
    QuotationService m_quotations;
};
