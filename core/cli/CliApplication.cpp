#include "CliApplication.h"

#include "CliBackupCommands.h"
#include "CliBankCommands.h"
#include "CliCollectionsCommands.h"
#include "CliContractCommands.h"
#include "CliDocumentCommands.h"
#include "CliHandoffCommands.h"
#include "CliServerCommands.h"
#include "CliMailCommands.h"
#include "CliMailSignInCommands.h"
#include "CliMoneyInCommands.h"
#include "CliOrderCommands.h"
#include "CliPartyCommands.h"
#include "CliSession.h"
#include "CliSetupCommands.h"

#include <QTextStream>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliApplication", text, disambiguation, n);
}

const char *const Usage =
    "Usage: facturo-cli --db FILE [--user NAME] [--json] <command> ...\n"
    "\n"
    "Setting up\n"
    "  init --company NAME (--address TEXT | --street S [--street2 S] --postcode P --city C --country CC)\n"
    "       --vat-id ID --iban IBAN [--bic BIC] [--bank NAME] [--email E] [--phone P]\n"
    "       [--registration SCHEME:ID] [--registration-text TEXT] [--endpoint SCHEME:ID]\n"
    "       [--contact-name N] [--contact-phone P] [--contact-email E] [--currency EUR] [--terms DAYS]\n"
    "       [--vat-rate PCT] [--language en|fr|de] [--manager NAME] [--approval-threshold AMOUNT]\n"
    "  settings company [the options of init that describe the seller]   (none: shows them)\n"
    "       [--payment-reference rf|be] [--payment-link TEMPLATE|none]   (placeholders {number} {due}\n"
    "       {currency} {reference} {customer})\n"
    "  demo [--invoices N] [--seed S] [--as-of YYYY-MM-DD]\n"
    "  user add --name NAME [--role clerk|manager] | user list\n"
    "  user password NAME [--clear]   (new password from FACTURO_NEW_PASSWORD, else typed twice)\n"
    "  customer add --name NAME [--address TEXT | --street S [--street2 S] --postcode P --city C\n"
    "       [--subdivision S] --country CC] [--vat-id ID] [--registration SCHEME:ID] [--endpoint SCHEME:ID]\n"
    "       [--buyer-reference R] [--einvoice-format none|en16931-ubl|en16931-cii|peppol|xrechnung-ubl|\n"
    "       xrechnung-cii|facturx] [--email E]... [--terms DAYS] [--language L]\n"
    "  customer edit ID [the options of customer add]\n"
    "  customer list [--search TEXT] [--to-review] | customer show ID\n"
    "Work\n"
    "  order import FILE|- [--dry-run] | order list [--status S] [--search T] | order show ID\n"
    "  order status ID new|scheduled|in_progress|done|cancelled\n"
    "  invoice new --customer ID [--reference R] [--notes T] [--service-date D] [--buyer-reference R]\n"
    "       [--order-reference PO] [--payment-means credit-transfer|card|cash|cheque|direct-debit]\n"
    "  invoice from-order ORDER_ID\n"
    "  invoice add-line DRAFT --description TEXT --quantity Q --unit-price P --tax-rate PCT\n"
    "       [--tax-category standard|reduced|zero|exempt|reverse-charge] [--discount PCT] [--unit U]\n"
    "       [--kind labor|part|other] [--exemption-reason TEXT] [--unit-code HUR|C62|H87|KGM|...]\n"
    "       [--vatex-code VATEX-EU-...]   (categories also intra-eu, export, out-of-scope)\n"
    "  invoice remove-line DRAFT --line ID | invoice check DRAFT | invoice approve DRAFT\n"
    "  invoice post DRAFT | invoice delete DRAFT | invoice restore DRAFT\n"
    "  invoice list [--status S,...] [--customer ID] [--from D] [--to D] [--overdue] [--search T]\n"
    "       [--type invoice|credit-note|all] [--trash] [--limit N] [--offset N]\n"
    "  invoice show NUMBER|ID\n"    "  invoice einvoice NUMBER|ID [--format ubl|cii|peppol|xrechnung-ubl|xrechnung-cii|facturx] --out FILE\n"
    "  invoice einvoice --month YYYY-MM --out DIR [--format F] | credit-note einvoice NUMBER [--format F] --out FILE\n"
    "  invoice einvoice-check NUMBER|DRAFT [--format F]   (exit 1 listing what the format still needs)\n"
    "  payment add INVOICE --amount A [--date D] [--method bank_transfer|card|cash|cheque|other] [--reference R]\n"
    "       [--overpayment credit]   (the excess is kept as the customer's credit; --method customer_credit\n"
    "       applies that credit to an invoice)\n"
    "  payment add --customer ID --amount A [--invoices N1[=A1],N2[=A2]...] [--overpayment credit] ...\n"
    "       (one payment across invoices: oldest due first unless chosen; all or nothing)\n"
    "  payment reverse PAYMENT_ID [--reason TEXT] | payment refund CREDIT_NOTE --amount A ...\n"
    "  payment refund-credit CUSTOMER --amount A [--method M] [--date D] [--reference R]\n"
    "  invoice write-off NUMBER [--reason TEXT]   (what is left due; above the limit a manager)\n"
    "  settings payments [--write-off-limit AMOUNT]\n"
    "SEPA direct debit\n"
    "  settings company --creditor-id ID\n"
    "  mandate add CUSTOMER --reference UMR --signed D --iban I [--bic B] [--scheme core|b2b]\n"
    "  mandate list CUSTOMER | mandate revoke UMR [--date D]\n"
    "  direct-debit due --collect-on D | direct-debit file --collect-on D --out FILE (pain.008.001.02)\n"
    "  direct-debit return INVOICE [--fee AMOUNT] [--reason CODE] [--date D]\n"
    "  credit-note create INVOICE --reason TEXT [--line LINE_ID=QTY]... | credit-note post DRAFT\n"
    "Records\n"
    "  journal [--from D] [--to D] [--document NUMBER]\n"
    "  audit verify | audit log [--document NUMBER] [--limit N]\n"
    "  backup FILE | backup --rotate | backup --now\n"
    "  restore BACKUP [--into FILE]   (default: the --db file; the replaced file is kept)\n"
    "  settings backup [--folder DIR] [--keep N] [--every daily|weekly|off]\n"
    "  settings invoices [--late-payment-mentions yes|no] [--late-interest-rate PCT|statutory]\n"
    "       [--recovery-indemnity AMOUNT] [--early-payment-discount PCT|none] [--technician-on-lines yes|no]\n"
    "Mail\n"
    "  settings smtp [--host H] [--port P] [--security none|starttls|tls] [--smtp-user U]\n"
    "       [--trust-fingerprint SHA256] [--from ADDR] [--from-name NAME]   (password: FACTURO_SMTP_PASSWORD)\n"
    "       [--oauth microsoft|google|custom|none --client-id ID [--client-secret S] [--authorize-url U]\n"
    "        [--token-url U] [--device-url U] [--revoke-url U] [--scope S]]   (OAuth 2.0 sign-in, no password)\n"
    "  mail sign-in (prints a code to enter in a browser, waits) | mail sign-out | mail status\n"
    "  invoice send NUMBER [--to ADDR]... [--cc ADDR]... [--subject S] [--body T] [--notes include|hide]\n"
    "  outbox list [--status S,...] | outbox show ID | outbox send | outbox retry|cancel|confirm ID\n"
    "  check [--quick] [--anchor SEQ:HASH|BACKUP]   verifies the whole file (and that its audit chain\n"
    "       extends the anchor); exit 1 naming the first problem (warnings: exit 0); prints the chain head\n"
    "Collections\n"
    "  reminders due [--as-of D] [--level N] | reminders run [--level N] [--dry-run] [--as-of D]\n"
    "       [--channel email|letter|manual] [--late-fees yes|no]\n"
    "  reminders send INVOICE [--channel C] [--level N] [--late-fee yes|no] | reminders history INVOICE\n"
    "  reminders dispute INVOICE [--reason T] | reminders undispute INVOICE [--note T]\n"
    "  reminders fee set --level N --amount A|--percent P | reminders fee list | reminders fee remove --level N\n"
    "  report NAME [--as-of D] [--from D] [--to D] [--csv FILE] (aged_receivables, sales_by_month,\n"
    "       sales_by_customer, sales_by_item, tax_summary, collections, invoice_register [--type T]\n"
    "       [--number-from N] [--number-to N] [--customer ID] [--limit N])\n"
    "  import customers|catalog|jobs FILE|- [--dry-run] [--rows all-or-nothing|valid-only]\n"
    "  export invoices|payments|journal --from D --to D --out FILE|- [--format csv|fec] [--separator ,|;|tab]\n"
    "  bulk from-orders ORDER...|all | bulk post DRAFT...|all | bulk send LIST.csv|-\n"
    "Bank\n"
    "  bank import FILE [--account IBAN] [--profile NAME]   (camt.053/camt.054, or CSV with a saved profile)\n"
    "  bank list [--unmatched] [--limit N] | bank match ENTRY INVOICE[=AMOUNT]... | bank auto | bank leave ENTRY\n"
    "  bank profile NAME --date COL (--amount COL | --credit COL --debit COL) [--separator ;|,|tab]\n"
    "       [--decimal-mark ,|.] [--date-format dd.MM.yyyy] [--value-date C] [--currency C] [--name C]\n"
    "       [--iban C] [--remittance C] [--reference C]\n"
    "  bank settings [--auto-apply yes|no]   (apply exact structured references on import)\n"
    "Job hand-off folder (docs/handoff.md)\n"
    "  settings handoff [--folder DIR] [--draft yes|no] [--post yes|no] [--send yes|no] [--settle-seconds N]\n"
    "  handoff run [--settle-seconds N]   imports the complete job files once (exit 1 when one failed)\n"
    "  handoff log [--limit N]\n"
    "Contracts (docs/contracts.md)\n"
    "  contract add --customer ID --every N --unit week|month|year --start D [--end D | --count N]\n"
    "       [--billing advance|arrears] [--lead-days N] [--action draft|post|send] [--language L]\n"
    "       [--terms DAYS] [--reference R]   (prints the id) | contract edit ID [the options of add]\n"
    "  contract show ID | contract list [--customer ID] [--status S] | contract pause ID\n"
    "  contract resume ID --missed catch-up|skip | contract end ID [--on D] | contract cancel ID\n"
    "  contract line add CONTRACT --description T --quantity Q --unit-price P --tax-rate R\n"
    "       [--item SKU] [--tax-category C] [--unit U] [--kind K]   (placeholders {period_start} {period_end} {month}\n"
    "       {year} {period}) | contract line remove CONTRACT --line L [--from D]\n"
    "  contract price CONTRACT --line L --unit-price P [--tax-rate R] --from D\n"
    "  contracts due [--as-of D] | contracts run [--as-of D] [--dry-run]\n"
    "\n"
    "A company on a PostgreSQL server (docs/server.md): --db postgresql://user@host[:port]/database\n"
    "  server init URI [--role NAME]      sets up the schema in an empty database, as its owner\n"
    "  server upgrade URI                 brings the schema to this version\n"
    "  server import FILE URI             moves a company file into a database server init prepared\n"
    "  server export URI FILE             writes the server's company into a new company file\n"
    "\n"
    "A command that creates something prints its id or number alone on standard output.\n"
    "Passwords: once a user of the file has one, everyone signs in with theirs: --user NAME (default: the\n"
    "manager of init) and the password from FACTURO_PASSWORD, else asked on the terminal without echo.\n"
    "Exit codes: 0 done, 1 refused by a rule, 2 invalid input or usage, 3 file problem, 4 not found,\n"
    "5 not allowed for this user.\n";

int exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Refused:
    case ErrorKind::Conflict: return 1;
    case ErrorKind::Invalid: return 2;
    case ErrorKind::Storage: return 3;
    case ErrorKind::NotFound: return 4;
    case ErrorKind::Permission: return 5;
    }
    return 1;
}

using Command = Status (*)(CliSession &);
} // namespace

int CliApplication::run(const QStringList &arguments)
{
    QTextStream err(stderr);
    auto parsed = CliArguments::parse(arguments.mid(1));
    if (!parsed) {
        err << "facturo-cli: " << parsed.message() << '\n';
        return 2;
    }
    CliSession session(parsed.value());
    const QString verb = session.args.words.value(0);
    if (session.args.help || verb.isEmpty() || verb == QLatin1String("help")) {
        session.out << QString::fromUtf8(Usage);
        return verb.isEmpty() && !session.args.help ? 2 : 0;
    }

    struct Entry
    {
        const char *name;
        Command command;
        bool createsFile;
    };
    static const Entry commands[] = {
        {"init", CliSetupCommands::init, true},
        {"demo", CliSetupCommands::demo, true},
        {"customer", CliPartyCommands::customer, false},
        {"user", CliSetupCommands::user, false},
        {"journal", CliSetupCommands::journal, false},
        {"audit", CliSetupCommands::audit, false},
        {"backup", CliBackupCommands::backup, false},
        {"restore", CliBackupCommands::restore, true}, // opens no file: it may be damaged
        {"check", CliSetupCommands::check, true}, // opens the file itself
        {"order", CliOrderCommands::order, false},
        {"invoice", CliDocumentCommands::invoice, false},
        {"credit-note", CliDocumentCommands::creditNote, false},
        {"payment", CliDocumentCommands::payment, false},
        {"settings", CliMailCommands::settings, false},
        {"outbox", CliMailCommands::outbox, false},
        {"mail", CliMailSignInCommands::mail, false},
        {"reminders", CliCollectionsCommands::reminders, false},
        {"report", CliCollectionsCommands::report, false},
        {"import", CliCollectionsCommands::importFile, false},
        {"export", CliCollectionsCommands::exportFile, false},
        {"bulk", CliCollectionsCommands::bulk, false},
        {"bank", CliBankCommands::bank, false},
        {"handoff", CliHandoffCommands::handoff, false},
        {"contract", CliContractCommands::contract, false},
        {"contracts", CliContractCommands::contracts, false},
        {"mandate", CliMoneyInCommands::mandate, false},
        {"direct-debit", CliMoneyInCommands::directDebit, false},
        {"server", CliServerCommands::server, true}, // the owner's work on the schema: opens no company
    };
    for (const Entry &entry : commands) {
        if (verb != QLatin1String(entry.name))
            continue;
        Status done;
        if (!entry.createsFile) {
            done = session.open(Database::OpenMode::MustExist, session.systemClock);
            if (done)
                done = session.signIn();
        }
        if (done)
            done = entry.command(session);
        if (!done) {
            session.out.flush();
            err << "facturo-cli: " << done.message().simplified() << '\n';
            return exitCode(done.error().kind());
        }
        return 0;
    }
    err << "facturo-cli: " << tr("unknown command '%1'. Run facturo-cli --help.").arg(verb) << '\n';
    return 2;
}
