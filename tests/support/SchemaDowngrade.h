#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <catch2/catch.hpp>

// Turns an open file of the current schema back into a file of schema 12 (before migration 0013:
// no contracts): the contract tables (and their triggers) are dropped, user_version says 12.
inline void downgradeToSchema12(Database &db)
{
    QSqlQuery q(db.connection());
    for (const char *table : {"contract_occurrences", "contract_versions", "contract_lines", "contracts"})
        REQUIRE(q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 12")));
}

// Turns an open file of the current schema back into a file of schema 11 (before migration 0012:
// no buyer/order reference or payment means on documents, no unit or VATEX codes, no tax
// categories intra-eu, export and out-of-scope; nor the bank statements of 0015 nor the user passwords
// of 0017): its columns are dropped, the posted-document
// trigger and the category rules are written as schema 11 had them, user_version says 11.
inline void downgradeToSchema11(Database &db)
{
    downgradeToSchema12(db);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.exec(QStringLiteral("DROP TABLE einvoice_archive"))); // and its triggers
    // Schema 15's bank statements (their indexes and triggers go with them).
    for (const char *table : {"bank_entry_payments", "customer_bank_accounts", "bank_entries", "bank_statements"})
        REQUIRE(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER documents_posted_frozen")));
    REQUIRE(q.exec(QStringLiteral(
        "CREATE TRIGGER documents_posted_frozen BEFORE UPDATE ON documents\n"
        "WHEN OLD.status <> 'draft' AND (\n"
        "    NEW.status = 'draft' OR NEW.doc_type IS NOT OLD.doc_type OR NEW.number IS NOT OLD.number\n"
        "    OR NEW.customer_id IS NOT OLD.customer_id OR NEW.customer_name IS NOT OLD.customer_name\n"
        "    OR NEW.issue_date IS NOT OLD.issue_date OR NEW.service_date IS NOT OLD.service_date\n"
        "    OR NEW.due_date IS NOT OLD.due_date OR NEW.payment_terms_days IS NOT OLD.payment_terms_days\n"
        "    OR NEW.customer_reference IS NOT OLD.customer_reference OR NEW.printed_notes IS NOT OLD.printed_notes\n"
        "    OR NEW.internal_notes IS NOT OLD.internal_notes OR NEW.language IS NOT OLD.language\n"
        "    OR NEW.currency IS NOT OLD.currency OR NEW.total_net IS NOT OLD.total_net\n"
        "    OR NEW.total_tax IS NOT OLD.total_tax OR NEW.total_gross IS NOT OLD.total_gross\n"
        "    OR NEW.credited_document_id IS NOT OLD.credited_document_id OR NEW.credit_reason IS NOT OLD.credit_reason\n"
        "    OR NEW.service_order_id IS NOT OLD.service_order_id OR NEW.quotation_id IS NOT OLD.quotation_id\n"
        "    OR NEW.snapshot IS NOT OLD.snapshot OR NEW.approved_by IS NOT OLD.approved_by\n"
        "    OR NEW.approved_at IS NOT OLD.approved_at OR NEW.posted_at IS NOT OLD.posted_at\n"
        "    OR NEW.posted_by IS NOT OLD.posted_by OR NEW.created_at IS NOT OLD.created_at\n"
        "    OR NEW.created_by IS NOT OLD.created_by OR NEW.deleted_at IS NOT NULL OR NEW.id IS NOT OLD.id)\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'posted documents are immutable');\n"
        "END")));
    for (const char *column : {"buyer_reference", "order_reference", "payment_means"})
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE documents DROP COLUMN %1").arg(QLatin1String(column))));
    for (const char *column : {"unit_code", "vatex_code"})
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE document_lines DROP COLUMN %1").arg(QLatin1String(column))));
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE catalog_items DROP COLUMN unit_code")));
    // Schema 17's user passwords.
    for (const char *column : {"password_hash", "password_salt", "password_iterations"})
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE users DROP COLUMN %1").arg(QLatin1String(column))));
    // Schema 11 had no rates of these categories (new files of schema 12 get one each).
    REQUIRE(q.exec(QStringLiteral("DELETE FROM tax_rates WHERE category IN ('intra-eu', 'export', 'out-of-scope')")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE sqlite_master SET sql = replace(sql, ' OR tax_category = ''intra-eu'' OR tax_category = ''export'' "
        "OR tax_category = ''out-of-scope''', '') WHERE type = 'table' AND name = 'document_lines'")));
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE sqlite_master SET sql = replace(sql, ' OR category = ''intra-eu'' OR category = ''export'' "
        "OR category = ''out-of-scope''', '') WHERE type = 'table' AND name = 'tax_rates'")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = RESET")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 11")));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

// Turns an open file of the current schema back into a file of schema 8 (before the structured
// party data of migration 0009): the columns it added are removed, user_version says 8.
//
// Migration 0009 added its columns by one edit of each table's definition (text appended at the
// end); this undoes that edit the same way, then VACUUM writes every row again without the
// removed trailing values, so a later upgrade reads each added column's default, as it would in
// a real schema-8 file. 33 ALTER TABLE DROP COLUMN statements did the same in ten times the time
// (each one parses the whole schema and rewrites its table).
inline void downgradeToSchema8(Database &db)
{
    downgradeToSchema11(db);
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("DROP INDEX customers_address_review")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    REQUIRE(q.exec(QStringLiteral("UPDATE sqlite_master SET sql = substr(sql, 1, instr(sql, ', address_line1 TEXT') - 1) || ')' "
                                  "WHERE type = 'table' AND name IN ('company', 'customers') "
                                  "AND instr(sql, ', address_line1 TEXT') > 0")));
    REQUIRE(q.numRowsAffected() == 2);
    REQUIRE(q.exec(QStringLiteral("PRAGMA writable_schema = RESET")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
    REQUIRE(q.exec(QStringLiteral("VACUUM")));
    for (const QString &table : {QStringLiteral("company"), QStringLiteral("customers")}) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'address_line1'").arg(table)));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 0);
    }
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toString() == QStringLiteral("ok"));
}
