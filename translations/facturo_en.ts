<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountantExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEC (French audit file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEC files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingChartWidget</name>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not %1 %2: the disk is full. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 is read-only (permission denied). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbolic link %1 leads nowhere that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit event %1 (%2, %3 %4 #%5 by %6) %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows event %1: events before it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not link to the event before it: the chain was broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match its hash: its content was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>The audit trail is intact: %n event verified.</numerusform>
            <numerusform>The audit trail is intact: %n events verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Facturo company file or backup: it has no audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company on a server is not a file to read an anchor from: give the anchor as SEQ:HASH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file: give the company file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup and the company file to replace are the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the company file cannot be replaced there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is not a company file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is a database of another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Restore it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it holds %2 bytes of the %3 its header announces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 is full: the backup could not be copied there. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2 Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can restore a backup (%1 is a clerk in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy %1 could not be closed cleanly. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored copy could not be written to the disk. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 is in use by another program (is Facturo still open with it?): close it, then restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be moved aside. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 could not be kept as %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 could not be replaced (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup (%2 is a clerk there). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup interval &quot;%1&quot; is not one of daily, weekly or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or connect the drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only: choose a folder Facturo can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in another folder than the company file: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set: choose one in the backup settings (facturo-cli settings backup --folder DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was already made this second (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made, but the old backup %2 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company on a server is restored by the server: pg_restore, or a company file moved there with `facturo-cli server import` (docs/server.md). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server (pg_dump, or a company file taken with `facturo-cli server export`), not into a backup folder (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <source>A folder on another disk or a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (only when asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is checked before it is kept; a restore checks the copy (its integrity and the audit trail) before it replaces the company file, which is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies in the folder, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to restore in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookDigestCheck</name>
    <message numerus="yes">
        <source>%n money event(s): the documents and payments they fixed still match their digests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older event(s) written before row digests carry none to compare)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows %2 vouches for no longer exist: they were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the payment or its journal entry no longer matches the digest of %2: its rows were changed after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document, its lines, its tax lines or its journal entry no longer match the digest of %2: its rows were changed after it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its rows or its journal entry no longer match the digest of %2: they were changed after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookRowsRepository</name>
    <message>
        <source>read the rows of a posted document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rows of a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a document by its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkExportDialog</name>
    <message>
        <source>Export PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per document in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>The %n selected document</numerusform>
            <numerusform>The %n selected documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no posted document to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the PDFs go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PDF(s) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF of %n document(s) written to %1.</source>
        <translation>
            <numerusform>Combined PDF of %n document written to %1.</numerusform>
            <numerusform>Combined PDF of %n documents written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: documents not yet exported were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And the e-invoice of each customer who wants one, in its e-invoices folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoices written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>read the state of the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the search index triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPostDialog</name>
    <message>
        <source>Create drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post checked drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to review and post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft #%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 not done (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message numerus="yes">
        <source>Send %n document(s)</source>
        <translation>
            <numerusform>Send %n document</numerusform>
            <numerusform>Send %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document is sent to its customer&apos;s mail contact, with the text of the template in the document&apos;s language and its PDF attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for sending.</source>
        <translation>
            <numerusform>%n message queued for sending.</numerusform>
            <numerusform>%n messages queued for sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 message(s) queued; %2 document(s) could not be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) queued, %2 document(s) not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1: the list needs a header with a &quot;number&quot; column (and optionally &quot;email&quot;). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;number&quot;: is empty. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;email&quot;: &quot;%2&quot; is not a valid email address. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending by email is not set up (Settings › Mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Offered on new lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog item %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the unit says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the unit says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty: add the parts and services you sell with New item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>save the tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the tax rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the default tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax rate is set up: add one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the catalog item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the catalog item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the catalog item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>&quot;%1&quot; is not an anchor: write SEQUENCE:HASH (the event number, a colon and its 64-digit SHA-256), or give a backup file or its .anchor file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 has no &quot;anchor:&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file or backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not kept: its anchor file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchor file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: it ends at event %3, before the anchored event %1. The newest events were deleted, or this file is older than the anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: event %1 has another hash (%3…). The history was rewritten from event %1 or before: this file is a fork of the anchored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail extends the anchor %1:%2… (%n event(s) since)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyRepository</name>
    <message>
        <source>read the last document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the order of the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, before %3 (dated %4), which was posted earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the dates of the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reversal %1 on %2 is dated %3, before the payment %4 it reverses (dated %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3 is dated %4, before %3 was issued (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>read the company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company settings are missing from the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payment mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the payment mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payment reference settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySession</name>
    <message>
        <source>Connected again: the other clerks&apos; changes show as they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other clerks&apos; changes do not show for now (%1). Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other clerks&apos; changes will not show without a refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySettingsForm</name>
    <message>
        <source>e.g. FR32123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number, printed in the footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: no approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the numbers every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue, e.g. 7,14,30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns: {YYYY} year, {YY} short year, {MM} month, {SEQ:5} the counter on 5 digits. Changing a pattern never renumbers posted documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval above (gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the late-payment mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On invoices to business customers: France (Code de commerce L441-10), Belgium (law of 2 August 2002), Germany (§ 288 BGB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the statutory rate (France: 3 × the legal rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no discount for early payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the technician on invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the lines an invoice takes from a service order&apos;s time entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment rate (% a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery indemnity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-payment discount (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number and its register, written in e-invoices (SIREN or SIRET, KBO/BCE, Handelsregister).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Peppol participant id: where customers send their answers and their own e-invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers questions about invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s contact written in e-invoices (XRechnung requires it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the company address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company address is printed on every invoice: please fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register of this registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creditor reference (ISO 11649, RF…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian structured communication (+++…+++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference each posted invoice gets, printed with the bank details, in the payment QR code and the e-invoice: bank statements find the invoice by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://pay.example.com/i/{number}?amount={due}&amp;currency={currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no payment link. Placeholders: {number}, {due}, {currency}, {reference}, {customer}. Each posted invoice keeps the link it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanySetupWizard</name>
    <message>
        <source>Create my company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it must appear on every invoice: name, address and VAT id. The bank details are printed so that customers can pay you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms, numbering and the usual tax rate. All of it can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard tax rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name is needed: it signs what you do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a date (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a number of invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in advance (first day of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in arrears (last day of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a posted invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a posted invoice, sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each occurrence makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: {month} {year}, {period}, {period_start}, {period_end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill nothing more on this contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill the periods missed while the contract was paused, or skip them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %) from %3, by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer the contract bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 added: add its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line added to contract %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is removed from %1 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line whose price changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A catalog item fills the line&apos;s text, price and tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the contract&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contract lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contract prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the contract line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the contract line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the contract price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the contract occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record occurrence %1 of contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the contract occurrences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsDueCard</name>
    <message>
        <source>Contract invoices due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n contract(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract yet: a maintenance contract bills itself every week, month or year. Add one with New contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Monthly contracted revenue: %1 net (%n contract(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contract %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) stayed drafts and need attention:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No contract invoice is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditLinesModel</name>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net credited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this credited? (printed on the credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit everything left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · total %3, amount due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note total: %1 (net %2, tax %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity to credit on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The credit note was kept as a draft: open it from the invoice list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1 posted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net at %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are net: the tax of each rate is added. The reason below is the credit note&apos;s line text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a credit note of %1 on %2 for %3?

It gets its final number and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <source>%1 is not an invoice: only an invoice can be credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: edit or delete it instead of crediting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a line of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to credit on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no amount at %2 to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to credit at %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1, at most %2 can still be credited on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason of the credit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not a text file (it contains zero bytes): save it as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a quoted field is not closed (a &quot; is missing). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a CSV file starts with a row of column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1, field %1: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: missing (the row has %3 fields, the header %4). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 fields where the header has %3 (a separator inside a cell that is not quoted?). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerContractsWidget</name>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCreditRepository</name>
    <message>
        <source>record the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customers&apos; credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rows of a customer credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Own payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FR32123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitweg-ID of a German public buyer, or their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the invoice and written in the e-invoice as the buyer reference (BT-10). German public buyers require their Leitweg-ID here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice this customer receives with each invoice and credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s Peppol participant id: where e-invoices are delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme of this registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMoneyWidget</name>
    <message>
        <source>Credit and direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force, next debit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate %1 revoked: it is no longer debited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer name or VAT id…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>add the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the addresses to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet: add the first one with New customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be split into street, postcode, city and country: open the customer to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers whose address must be completed before e-invoices can be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n open invoice</numerusform>
            <numerusform>%n open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n invoice past due</numerusform>
            <numerusform>%n invoices past due</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no approval threshold set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service orders done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remind today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses that could not be split into street, postcode, city and country: e-invoices need them complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer addresses to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>sum the payments of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the service orders to invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age the receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum the invoices per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The company file %1 is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 could not be read or written (disk I/O error): nothing was saved. Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Facturo company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 is read-only. Copy it to a writable folder or change its permissions to work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the company file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Facturo company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the company file to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: it already exists (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the company file could not be written (disk I/O error). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the company file is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the company file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt gives no SQLite connection for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a company file: it is empty or has no Facturo schema. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 has schema %2, older than this version&apos;s %3: it is only read here. Open it once with Facturo (any command) to upgrade it, then check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the company&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company. Make one there with `facturo-cli server init` (or move a company file there with `facturo-cli server import`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the company&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company on %1 was set up by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company on %1 has schema %2, older than this version&apos;s %3. Its owner upgrades it with `facturo-cli server upgrade %1`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; has more than %n decimal</numerusform>
            <numerusform>&quot;%1&quot; has more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use a dot as the decimal separator and no thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is zero with a minus sign: write 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished demo company %1 cannot be replaced: %2 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo company can only be created in a new, empty company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety training for the customer&apos;s staff (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work carried out as requested; installation checked and left in working order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice cancelled: work covered by warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial gesture: labour not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressor relay replaced; pressures checked; unit restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectDebitRepository</name>
    <message>
        <source>find the invoices to collect by direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the direct debit collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the direct debit collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the returned direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rows of a returned direct debit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Draft invoice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft credit note #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>Type here to add a line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tax rate from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the description of the new line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>create the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a draft: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the lines of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tax breakdown of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the tax breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update what is due on document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the draft to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read what was already credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the payment reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the payment reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCommand</name>
    <message>
        <source>add line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is no longer on the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove line &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditorWidget</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the draft its final number (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since %1 — restore it to edit or post it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2. Ask a manager to approve it, then post it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted yet: it needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 to %2 for %3?

It gets its final number and can no longer be changed; a mistake is then corrected with a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total is above the approval threshold of %1: posting it approves it in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to the trash. Restore it from the Trash filter of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftHeaderForm</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order, job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the invoice, under the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your colleagues only: never printed or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 days after posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the printed notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitweg-ID, or the buyer&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer reference of the e-invoice (BT-10), from the customer&apos;s; German public buyers require their Leitweg-ID here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the order reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the buyer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the payment means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>A line needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line description is limited to 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; must not be negative: use a negative quantity for a returned part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is posted: it can no longer be changed. Issue a credit note to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is limited to 10,000 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 is already invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 is %2: only a Done order can be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer of a credit note is the customer of the invoice it credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document language must be en, fr or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note line must credit a line of the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line credited is not a line of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note line keeps the price, discount and tax of the invoice line; only its quantity can be reduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can approve an invoice (you are signed in as %1, a clerk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a VATEX exemption code (such as VATEX-EU-132-1I, VATEX-EU-IC, VATEX-EU-G or VATEX-FR-FRANCHISE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceArchiveRepository</name>
    <message>
        <source>read the archived e-invoice of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the archived e-invoices of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive the e-invoice of document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceCheck</name>
    <message>
        <source>the invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document type (380 invoice or 381 credit note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency code (ISO 4217)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invoicing period that ends after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the credited invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date or the payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id or legal registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country prefix on the seller&apos;s VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a country prefix on the customer&apos;s VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme of the seller&apos;s electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme of the customer&apos;s electronic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit of measure of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item name of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price that is not negative on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive base quantity on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT category of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason of the discount on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a net amount of line %1 that equals quantity × price − discount (%2 stated, %3 computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason of each document allowance or charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT category of each document allowance or charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for an intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery date or invoicing period of an intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deliver-to country of an intra-community supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VAT ids on a document not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other VAT category beside &apos;not subject to VAT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a known VAT category in the VAT breakdown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT rate above 0 % for the standard category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 0 % VAT rate for category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT exemption reason for category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VAT exemption reason for category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment means code Facturo knows (10, 20, 30, 48, 58, 59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s bank account (IBAN) for a credit transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid IBAN for a SEPA credit transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last digits of the payment card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the direct debit mandate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s SEPA creditor identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s debited account (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VAT breakdown row for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a taxable amount for %1 equal to the sum of its lines (%2 stated, %3 computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VAT amount for %1 equal to its taxable amount × rate (%2 stated, %3 computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VAT breakdown row without lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 stated, %3 computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the line net amounts (BR-CO-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the allowances (BR-CO-11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the charges (BR-CO-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total without VAT (BR-CO-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total VAT (BR-CO-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total with VAT (BR-CO-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount due (BR-CO-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment means that carries the credit note&apos;s due date (UBL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s electronic address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s electronic address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buyer reference or the purchase order reference (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the buyer reference (Leitweg-ID) for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s contact name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s contact phone for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seller&apos;s contact phone with at least three digits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s contact email for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid seller&apos;s contact email for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s city for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s postcode for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s city for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s postcode for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment means for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment card number (last digits) for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceNames</name>
    <message>
        <source>SIRET (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits, e.g. 73282932000074</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, e.g. 732829320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FR44732829320</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian enterprise number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 0477472701</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BE0477472701</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leitweg-ID (German public buyers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 04011000-1234512345-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NL123456789B01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch OIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austrian VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ATU12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IT12345678901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisasjonsnummer (Norway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. invoices@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN 16931, UBL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN 16931, CII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peppol BIS Billing 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung (UBL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRechnung (CII)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factur-X (PDF with CII inside)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EInvoiceService</name>
    <message>
        <source>an e-invoice format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an e-invoice format (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: only a posted document has an e-invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written as %2: it lacks %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-invoice could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectronicAddress</name>
    <message>
        <source>The electronic address &quot;%1&quot; needs its scheme and identifier, such as 0208:0123456749 or 0009:12345678200010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic address of scheme %1 has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic address %1 (scheme EM) is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown electronic address scheme &quot;%1&quot;: use a code of the Peppol EAS list, such as 0009, 0208, 9930 or 0204.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The electronic address %1:%2 is not valid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Belgian VAT id is BE and 10 digits with valid check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a German VAT id is DE and 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a French VAT id is FR, a 2-character key and the 9-digit SIREN, with a matching key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Leitweg-ID has the form 04011000-1234512345-06 and valid check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <source>a text holds the character U+0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportEInvoiceDialog</name>
    <message>
        <source>Export the e-invoice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the e-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be exported as %1 yet. It lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the e-invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>read the documents to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payments to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the journal to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Nothing to export as &quot;%1&quot; (invoices, payments or journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (csv or fec).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export needs a period: a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FEC layout is for the journal only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacturXDocumentPdf</name>
    <message>
        <source>only invoices and credit notes can be Factur-X documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft cannot be a Factur-X document: post it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacturXPdf</name>
    <message>
        <source>the invoice XML is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice XML is not a Cross Industry Invoice (its root element is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice XML is not well-formed (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice XML has no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a PDF (it does not begin with %PDF-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Factur-X profile &quot;%1&quot; (MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invoice has no issue date for the PDF&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs a title or a document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is of another version of Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in none of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factur-X needs %1, which could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Facturo: invoices, payments and service orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main pages into &lt;folder&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo company in &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --create-demo: a large file of &lt;n&gt; invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs the company file to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the company file %1 with the backup %2?

The backup is checked first; the current file is kept beside it as %3.before-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored; the company file is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored. The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Facturo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window needs %1 pixels: wider than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1, to replace the company file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffSettingsWidget</name>
    <message>
        <source>Make the draft invoice of every completed job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it when nothing is missing and its total is within the approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the posted invoice to the customer (through the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder your field-service system writes completed jobs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention, or why it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a job arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling time (facturo-cli handoff run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers save NAME.json.part and rename it to NAME.json when complete; a file still growing waits. Each file is imported whole or not at all, then moved to processed/, or to failed/ beside NAME.error.txt saying which job and field were wrong. A job already imported is never imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files handled lately, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Completed jobs dropped into %1 are imported while Facturo runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No hand-off folder is watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job hand-off settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applied from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived now: the copy every later print reproduces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the archived copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, attached to an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, exported to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived now: every later copy in this format is the same file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCatalog</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not labor, part or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tax rate of %1 % is set up (Settings › Tax rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty and the file has no default tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates the item in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same customer as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the file as customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (such as FR, DE or BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the address either in &quot;address&quot; or in its columns (street, postcode, city, country), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown e-invoice format &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import only the valid rows (the others are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (%1): %2 to create, %3 to update, %4 to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, separator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem: nothing will be imported until they are fixed.</numerusform>
            <numerusform>%n problems: nothing will be imported until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither labor nor part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported as service order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Nothing to import as &quot;%1&quot; (customers, catalog or jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>file structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file structure is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reference between records is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record refers to nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are gapless: one posted document for every number taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering has a gap or a surplus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each year&apos;s counter matches the documents issued that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yearly counter does not match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every journal entry balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry does not balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every posted document has its journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no journal entry, or more than one: it is half-posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment has its journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment has no journal entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line&apos;s net %1 is not its quantity × price − discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its net total %1 is not the sum of its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tax %1 or gross %2 does not follow from its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not match its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not add up to its totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n posted document(s): totals and VAT follow from their lines</source>
        <translation>
            <numerusform>%n posted document: totals and VAT follow from their lines</numerusform>
            <numerusform>%n posted documents: totals and VAT follow from their lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts paid equal the payments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments do not add up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited amounts equal the credit notes applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes do not add up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every invoice&apos;s status agrees with what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status does not agree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outbox message is about the posted document it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message is about the wrong document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outbox message was queued with its audit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message was not queued by Facturo (no &quot;send&quot; event in the audit trail): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outbox message carries its attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message lost an attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message sent is in its document&apos;s send history, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox and the send history disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message being sent was claimed by a sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox message is marked as being sent but no sender ever took it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent, or interrupted by a stop: the sender queues them again (or asks to check them) when it next starts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) whose delivery is unknown wait for the user to check them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open receivables per due date equal the open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receivables summary differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receivables per customer equal the open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receivables summary per customer differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced and collected per day equal the invoices and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily figures differ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s address could not be split into street, postcode, city and country: complete it (facturo-cli settings company --street … --postcode … --city … --country …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2): the address could not be split into street, postcode, city and country: complete it (facturo-cli customer edit %1 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address is structured (street, postcode, city, country) or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents and payments against their audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immutability rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; credits equal the customer-credit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; credits do not add up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityRepository</name>
    <message>
        <source>check the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company on a server has no file structure to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the references between records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: no number yet, freely editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListWidget</name>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (unpaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the selected invoices and credit notes, each to its customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected documents, or a month&apos;s, as PDF files or one combined PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the posted invoices or credit notes to send (Ctrl or Shift and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from a CSV list of numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of invoices to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, customer or amount  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoices yet: press Ctrl+N to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n document(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · posted: net %1 · tax %2 · total &lt;b&gt;%3&lt;/b&gt; · amount due &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n draft(s): %1, not due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobImportService</name>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job_id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job_id is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labor must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a completed job needs labor or parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of the file is not an object: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported (service order %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal entry for %1 does not balance (debit %2, credit %3): nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the account balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>The journal entry of %1 does not balance: its lines do not add up to its totals. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LateFeesWidget</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(standard text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of the amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5.00 or 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: “Late fee, reminder n of invoice …”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee is invoiced as a new draft linked to the reminded invoice, only when you confirm it on the Reminders page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount or %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee of level %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fee to remove in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late fee chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee of level %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>This company file has no user yet: set it up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT 5.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT exempt, Article 132 of Directive 2006/112/EC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server: pg_dump, or a company file taken with `facturo-cli server export` (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalRegistration</name>
    <message>
        <source>SIREN (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET (France)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise number KBO/BCE (Belgium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handelsregister B (Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handelsregister A (Germany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y-tunnus (Finland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID number (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal Entity Identifier, LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; needs its scheme and identifier, such as 0009:12345678200010 or HRB:12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown registration scheme &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of scheme %1 has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration identifier is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration %1:%2 is not valid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a register number is up to 6 digits, maybe followed by letters (12345 B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>The PostgreSQL client library (libpq5) cannot be loaded: %1. Install the package libpq5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineUnitCodeField</name>
    <message>
        <source>The UN/ECE unit code e-invoices give for the quantity of the selected line. It follows the unit typed on the line unless you choose another here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has no code of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen for this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>%1 is a draft: post it before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a credit note: reminders are for invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recipient: the customer %2 has no contact with an email address. Add one to the customer or give the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSession</name>
    <message>
        <source>Mail server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available on this computer: the password is kept in memory until Facturo closes, and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved in the keychain for this mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: the mail server&apos;s password is needed to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up: messages wait here until one is (Settings › Mail server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through %1:%2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s password is needed to send the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facturo test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent from Facturo to check the mail settings of %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in with %1: sign in in Settings › Mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsService</name>
    <message>
        <source>The connection security &quot;%1&quot; is not one of none, starttls or tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name and password are only sent over an encrypted connection: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wait between attempts must be between 0 seconds and one week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up: set one in the mail settings (facturo-cli settings smtp --host ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2 is needed to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sender address: give one in the mail settings or the company&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with %1 needs an encrypted connection: choose STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a self-signed certificate: its SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service runs on this computer: the password is kept in memory until Facturo closes and will be asked for again next time. It was not written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, or another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to send the test message to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSignInState</name>
    <message>
        <source>the mail provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to %1 (Settings &gt; Mail server, or facturo-cli mail sign-in): the provider no longer accepts the last sign-in. Queued mail waits until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSignInWidget</name>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) id registered with the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a code to enter on another device, where no browser opens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in the browser window that opened; Facturo waits for the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On any device with a browser, open %1 and enter the code %2 within %n minute(s). Facturo waits for the sign-in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in. Mail waiting in the outbox is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where the provider gave one with the client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (if the provider gives one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>The subject of the template is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject of the template contains a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder {%1} (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the mail templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are mail templates for en, fr and de, not for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTextsWidget</name>
    <message>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the text that comes with Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1; in reminders also {level} and {days_overdue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder, level %1 (%2 days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in text is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) is the built-in one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new invoice, order, customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the draft: it gets its final number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, catalog or jobs from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice &amp;done service orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Facturo %1&lt;/h3&gt;&lt;p&gt;Invoicing for service firms: service orders, invoices, payments, reminders.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is sound: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check found a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for the accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in Settings › %1 are not saved. Quit without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head (anchor): %1
Keep it outside the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export anchor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor files (*.anchor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job hand-off: %1. Settings › Job hand-off lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job hand-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New SEPA direct debit mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core (consumers and businesses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2B (businesses only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MandateRepository</name>
    <message>
        <source>save the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the mandates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the mandate&apos;s collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchCandidateRepository</name>
    <message>
        <source>read the open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not an open posted invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customers&apos; bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer&apos;s bank accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the customer&apos;s bank account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEvents</name>
    <message>
        <source>the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer credit movement %1 of customer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned direct debit %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChartWidget</name>
    <message>
        <source>Invoiced and collected, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the invoice for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice created for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is written with an exponent: type the number in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number: two separators follow each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with a separator: type the digits after it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be %2 (thousands) or %3 (decimals): type %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” mixes separators: type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: “%2” does not separate thousands in this language; type %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: thousands are separated in groups of three digits; type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingService</name>
    <message>
        <source>The numbering pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern is too long (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter width in %1 must be between 1 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in the numbering pattern (use {YYYY}, {YY}, {MM}, {SEQ} or {SEQ:n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern must contain the counter {SEQ} exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter that restarts each year needs the year ({YYYY} or {YY}) in the pattern, or numbers would repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering pattern may only contain letters, digits, - / _ . and placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCompanyDialog</name>
    <message>
        <source>Open a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address (e.g. billing-server or 192.168.1.20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the company&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>unknown status &quot;%1&quot; (new, scheduled, in_progress, done, invoiced or cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderWorkPanel</name>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time entry added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time entry removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent / next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>queue the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the outbox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the attachments of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the outbox messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for mail to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update message %1 of the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is %2: it cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the delivery in the document&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the document&apos;s send history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSendLock</name>
    <message>
        <source>Another program (process %1 on %2) is sending the mail of this company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox lock next to the company file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox lock on the server cannot be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (server session %1) is sending the mail of this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (%1) is sending the mail of this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (%1, connected from %2) is sending the mail of this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session holding the outbox lock on the server %1 was lost: sending stops so that no message goes out twice. It starts again with the next sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is waiting in the outbox, but no mail server is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail client was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in changed before the message was sent; it waits in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled; the message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again (Settings &gt; Mail server, or facturo-cli mail sign-in): %1 Queued mail waits until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox lock is not held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Message %1 was sent on %2: send the document again to make a new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was already sent: it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is being sent right now: it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a message whose delivery is to be checked can be confirmed as sent; message %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt.</numerusform>
            <numerusform>%1 Gave up after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, after its content may have reached the mail server. It may have been delivered: check with the recipient, then send it again or confirm it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped before this message was sent; it is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWidget</name>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (queued, failed, to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient confirmed that this message arrived: record it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is queued to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty: nothing was sent from this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyAddressMigration</name>
    <message>
        <source>read the company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split the company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customers&apos; addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split the customers&apos; addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartySnapshot</name>
    <message>
        <source>The frozen copy of the seller and customer cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentListRepository</name>
    <message>
        <source>list the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the payments of document %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMeansKeys</name>
    <message>
        <source>unknown payment means &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payment&apos;s reversals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date %1 is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a credit note: record a refund instead of a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: post it before recording a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted credit note can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund refused: %1 is more than the %2 still owed to the customer on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before %2 was issued (%3): money is never paid or refunded on a document before its issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 cannot be reversed today (%2): it is dated %3, and a reversal is never dated before the payment it reverses. Is the computer&apos;s clock set back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit applied to an invoice cannot be kept as credit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-payment refused: %1 is more than the %2 due on %3. To keep the excess as the customer&apos;s credit, record it with --overpayment credit (in the payment window: keep the excess as credit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s credit is %1: %2 cannot be applied to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a customer&apos;s credit invoice by invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no open invoice to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an invoice of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts given to the invoices add up to more than the %1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-payment refused: %1 of the %2 received is left over after paying the invoices. To keep it as the customer&apos;s credit, record it with --overpayment credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 applied the customer&apos;s credit: it cannot be reversed. Credit the invoice or pay the credit back instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was collected by direct debit: record the returned debit instead (direct-debit return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is paid by bank transfer, card, cash, cheque or other means.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentSettingsWidget</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference up to this amount may be written off by anyone; above it only by a manager (0: managers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA creditor identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search invoice number, customer, reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 500 most recent payments; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n payment.</numerusform>
            <numerusform>%n payments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of the invoice that was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1 is not a server location. Write it as postgresql://user@host[:port]/database (optionally ?sslmode=require).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check the password (or ~/.pgpass) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no such database or user: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it may be down or the address may be wrong. Nothing was changed; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: nothing of the work in progress was saved. Reconnect and try again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not save this work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, and the location asks for one (sslmode=%2). Ask its administrator to turn encryption (SSL) on, or choose a weaker setting if the network is trusted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is with its certificate (%2). Check the encryption setting and the server&apos;s certificate with its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgCopyIn</name>
    <message>
        <source>Could not copy the rows of %1 to the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>The server script %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a role name: use lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 does not exist and this user may not create it: ask the server&apos;s administrator to run CREATE ROLE %1 NOLOGIN, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2 tables): a company is set up only in an empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company: set one up with `server init`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address line 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country subdivision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code (such as FR, DE or BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs its country (an ISO 3166-1 code such as FR, DE or BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalAddressFields</name>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building, floor, P.O. box (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or state, when the post needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedDocumentWidget</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 · service date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits %1 · reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to customer&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment recorded by mistake is undone by a reversal entry; it is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment that is not reversed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the payment of %1 of %2? Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the document with its PDF to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · disputed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the outbox: it goes out as soon as the mail server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an overdue invoice with an amount due can be reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the next reminder for %1 by email now, with the reminder letter attached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder %1 for %2 is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder goes out for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute on %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the dispute on %1 settled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder goes out for it until the dispute is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by email on %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e-invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer reference %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostedTotalsRepository</name>
    <message>
        <source>read the documents to check them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingService</name>
    <message>
        <source>the seller&apos;s name (Settings › Company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s address (Settings › Company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id (Settings › Company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s bank details, IBAN (Settings › Company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s billing address (customer %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for reverse charge (customer %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of supply (service date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a total that is not negative (the total is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit note with a positive total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a posted invoice to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manager&apos;s approval: the total %1 is above the approval threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: it needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: with the credit notes already posted it would credit %2, more than the %3 invoiced on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: line &quot;%2&quot; of %3 can only be credited %4 more (invoiced %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: at %2 %3 %, it would credit %4 net, more than the %5 left on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for an intra-EU supply (customer %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted with the date of today, %2: %3 was already issued on %4, and numbers follow the dates of issue. Is the computer&apos;s clock set back? Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: no free payment reference was found for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be posted: the payment link of the company settings is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <source>New quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the quotation is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 (net %2, tax %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation for %1 saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationRepository</name>
    <message>
        <source>create the quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the quotation lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status of the quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read quotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the quotation lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the quotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationService</name>
    <message>
        <source>A quotation cannot expire before it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1 was sent: its lines can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation needs at least one line before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotationsPage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept → service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept → invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation %1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation accepted: service order created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation accepted: draft invoice created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a quotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotations yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply exact references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank entry waits: import a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other invoices: INV-2026-00012=50.00, INV-2026-00013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals for the selected entry, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 20022 statements (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a proposal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied from bank entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the invoice numbers to apply the entry to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank entry %1 left aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bank entries applied by their reference.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries read: %2 new, %3 already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied by their reference.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPaymentDialog</name>
    <message>
        <source>Register payment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement line, cheque number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Amount due: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2; %3 still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Owed to the customer: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 recorded on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer credit (%1 available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the excess as the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid and %3 kept as the customer&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the excess of %1 as the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off the difference of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off the difference of %1 (a manager&apos;s decision: above %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off the difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderChannel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDisputeRepository</name>
    <message>
        <source>read the dispute of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the invoice as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is already marked as disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is not disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the disputed invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDueModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderFeeRepository</name>
    <message>
        <source>read the late-fee rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the late fee of level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the late fee of level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the late fee of level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderFeeService</name>
    <message>
        <source>Only a manager can change the late fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late fee belongs to a reminder level from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late fee must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A late fee percentage cannot exceed 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment compensation, outside the scope of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder of %1 (level %2) already has its late fee (draft #%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee: set one in the reminder settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The late fee on %1 rounds to zero: no draft was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment fee: reminder %1 for invoice %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment fee for invoice %1, due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fee of reminder level %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLetterPrinter</name>
    <message>
        <source>Reminder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderOutboxDispatcher</name>
    <message>
        <source>Only a manager can change the reminder texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first reminder uses the reminder mail template (Settings › Mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are reminder texts in English, French and German (en, fr, de).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>Reminder levels must be increasing numbers of days from 1 to 365, such as 7,14,30 (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>list the invoices to remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 is not an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the late fee to the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder %1 already has a late fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the email to the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder %1 was already queued for sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the reminders of document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the invoices to remind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>%1 is a credit note: only invoices are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: only posted invoices are reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing left to pay: no reminder is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disputed (%2): close the dispute before reminding the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked &quot;no reminders&quot;: no reminder is sent for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder levels are set (Settings › Company › Reminders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder cannot be recorded for a future date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not overdue yet: it is due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reminder level of %1 was already sent (the last, level %2, on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level %1 reminder of %2 was already sent on %3: a level is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had a level %2 reminder: a lower level is not sent after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reminder level %1 (levels: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders cannot be recorded for a future date (%1): use a dry run to see what will be due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted invoice can be disputed (%1 is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not disputed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Invoice the late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder.</source>
        <translation>
            <numerusform>%n invoice due for a reminder.</numerusform>
            <numerusform>%n invoices due for a reminder.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminder level %1 to %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Overdue invoices of this customer:&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Invoice&lt;/th&gt;&lt;th&gt;Due&lt;/th&gt;&lt;th&gt;Days overdue&lt;/th&gt;&lt;th&gt;Amount due&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&quot;3&quot;&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Late fee of this level: %1 (invoiced only when asked for).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %n late-fee draft invoice(s), %1 in all?</source>
        <translation>
            <numerusform>Create %n late-fee draft invoice, %1 in all?</numerusform>
            <numerusform>Create %n late-fee draft invoices, %1 in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded.</source>
        <translation>
            <numerusform>%n reminder recorded.</numerusform>
            <numerusform>%n reminders recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded</source>
        <translation>
            <numerusform>%n reminder recorded</numerusform>
            <numerusform>%n reminders recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder is sent for it until the dispute is closed (Invoices › History).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day to come only shows what will be due: reminders are recorded as of today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sent on %1 by %2%3, in %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice is due for a reminder on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChartWidget</name>
    <message>
        <source>Receivables by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales and collected, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>read the receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the sales by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the sales by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the sales by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the tax by rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the invoices of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure the days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the invoice register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total the invoice register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSalesTables</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (net of credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines not from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax due for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net taxable base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total (%n documents)</source>
        <translation>
            <numerusform>Total (%n document)</numerusform>
            <numerusform>Total (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross (credit notes negative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Aged receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced in the period (less credit notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid of it so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days sales outstanding (DSO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown; the totals cover all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaFingerprint</name>
    <message>
        <source>read the schema of the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected schema could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected schema of version %1 could not be built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the schema of the company on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a reference of table %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeIdField</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Other addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the printed comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sender address: set one in the mail settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up yet: the message will wait in the Outbox until one is (Settings › Mail server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it as a Factur-X e-invoice (the PDF with the CII inside, in place of the PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the e-invoice as the customer prefers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer prefers %1, but this document lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be sent with the PDF alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Factur-X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRepository</name>
    <message>
        <source>take the next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take the next number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the numbering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file&apos;s table %1 holds &quot;%2&quot; in its column %3 (row %4), which takes whole numbers only: repair the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the table %1 of the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took %1 rows of the table %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: only the owner of the company&apos;s tables (the role that ran `server init`) may do this. Connect as that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no Facturo schema: its owner sets it up first with `facturo-cli server init %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema %2 and the company file schema %3: both must be of the same version (the owner brings the server up to date with `facturo-cli server upgrade`, a file is brought up to date by opening it with this version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reads a company file into a server location: server import FILE postgresql://owner@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the company file&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index of %1 is incomplete (an interrupted load): open the file once with Facturo to rebuild it, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds a company (%2 documents, %3 customers, %4 audit events): a company file is imported only into a database that `server init` has just prepared. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend the rules of the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the next id of the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the rules of the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the table %1 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the table %1 into the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rules of the new company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export writes a company on a server into a new company file: server export postgresql://owner@host/database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was abandoned, no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the new company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new company file failed its integrity check and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceOrderDetailWidget</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the work was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention report: what was found and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the customer to sign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice created from job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceOrderRepository</name>
    <message>
        <source>create the service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status of the service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark the service order invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Done service order can be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the time entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the time entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read service order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the time entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the parts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the service orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceOrderService</name>
    <message>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work date is missing or not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours is not plausible for one time entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service order needs a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervention report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 is %2: its work can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 is invoiced: it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 is %2: it can no longer be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the person signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time entry %1 is not on service order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is not on service order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order becomes Invoiced when its invoice is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts: record the work before marking it Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceOrdersPage</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job, customer, description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import completed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported, ready to invoice.</source>
        <translation>
            <numerusform>%n job imported, ready to invoice.</numerusform>
            <numerusform>%n jobs imported, ready to invoice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported.</source>
        <translation>
            <numerusform>%n job imported.</numerusform>
            <numerusform>%n jobs imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>New service order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service order created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice done orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the drafts of many Done orders, review them and post them in one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. VAT 7%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption reason (exempt only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers approve invoices above the approval threshold and change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document template was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need your attention: see the lines in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT id is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN %1 is not valid (its check digits do not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BIC must have 8 or 11 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot; (use an ISO 4217 code such as EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes need different numbering patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder levels must be increasing numbers of days, such as 7,14,30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency cannot change once documents exist in this company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item code (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the chart of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a percentage between 0 and 100, such as 10.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late-payment interest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-payment discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed recovery indemnity must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference must be rf (ISO 11649 creditor reference) or be (Belgian structured communication), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users of this company file sign in with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePadWidget</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract invoices due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) are due since the program last made them. Choose for each: create it now, postpone it to the next time, or skip the period (it is never billed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts: %1 invoice(s) created, %2 skipped, %3 postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention (on the Contracts page)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementEntryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>look for the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for the statement entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the statement entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read statement entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the statement entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update statement entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link the payment to statement entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the payments of statement entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableViews</name>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>the discount must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tax rate must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 line must have a 0 % tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exempt line needs an exemption reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document total is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 0 % line must use the zero, exempt, reverse-charge, intra-EU, export or out-of-scope category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxCategories</name>
    <message>
        <source>Standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tax category &quot;%1&quot; (standard, reduced, zero, exempt, reverse-charge, intra-eu, export or out-of-scope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxTotalsWidget</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSettingsWidget</name>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text printed under the company details on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-order report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KB</source>
        <translation>
            <numerusform>%n KB</numerusform>
            <numerusform>%n KB</numerusform>
        </translation>
    </message>
    <message>
        <source>The template is saved. Documents printed from now on use it; archived PDFs keep their look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: Facturo prints documents in en, fr or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2 at position %3): remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a bidirectional control character (%2 at position %3), which would show the text in another order than it is stored: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCatalog</name>
    <message>
        <source>the columns %1 only in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns %1 only on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns (%1) in the file and (%2) on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the tables of the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tables of the server&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1.%2 on the server is of type %3, which no Facturo schema has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is only on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table name %1 is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column name %1.%2 is not a plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is only in the company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file and the server&apos;s database do not have the same schema: %1. Both must have the schema of this version of Facturo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCheck</name>
    <message>
        <source>The immutability trigger %1 is missing: what it protects could be changed without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The immutability trigger %1 was altered: it is not the one schema %2 defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of table %1 (its columns or rules) was altered: it is not the one schema %2 defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1: all %2 immutability triggers and %3 table definitions are present and unaltered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are chronological: no document is dated before one posted earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are not chronological: %1 (was the clock set back?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is dated before its document, no reversal before its payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is out of time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 is switched off: what it protects could be changed without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to a role that writes rows or is not the schema&apos;s owner: that role could change or switch off the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 that the rules run was altered: it is not the one schema %2 defines, so what it protects could be changed without a trace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCodeMigration</name>
    <message>
        <source>read the unit texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map the unit texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the rules of posted lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unknown unit code &quot;%1&quot;: use a UN/ECE Recommendation 20 code such as HUR (hour), C62 (unit), H87 (piece), DAY, KGM, MTR, LTR or LS (lump sum)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPasswordDialog</name>
    <message>
        <source>Clear the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a user has a password, everyone signs in with their own when the company file opens. A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPasswordRepository</name>
    <message>
        <source>read the password of a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the password of a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read whether users have passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read which users have passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPasswordService</name>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can set the password of another user; %1 may set their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first password of a company file is a manager&apos;s: once one is set, everyone signs in with their own, and a manager must be able to. Set a manager&apos;s password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last manager with a password: clearing it would leave no manager able to sign in while other users have passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your own password first: once the file has a password, everyone signs in with their own, you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password cannot be cleared while other users have one: you could no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>add the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the managers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSignIn</name>
    <message>
        <source>%1 has no password yet: in this company file everyone signs in with their own. A manager sets it (Settings &gt; Users, or facturo-cli user password %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company file asks for passwords: %1 must sign in with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VatId</name>
    <message>
        <source>the letter U and 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last digit is the weighted check digit of the seven before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last two digits must be 97 minus the first eight modulo 97</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last digit is the ISO 7064 MOD 11,10 check digit of the first eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 characters: a letter or digit, 7 digits and a control letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last character is the control character of the other eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 2-character key and the 9 digits of the SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 digits and one or two letters (or the older 8-character form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last digit is the Luhn check digit of the first ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last two digits must be the first six modulo 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ninth digit must be the weighted sum of the first eight modulo 11 (or the whole id 1 modulo 97)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 or 12 digits, or GD or HA and 3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT id &quot;%1&quot; is not valid: it starts with the two letters of its country (FR, DE, …) followed by 2 to 16 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: Greek VAT ids start with EL, not GR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: a %2 VAT id has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its key must be (12 + 3 × (SIREN mod 97)) mod 97, %1 for SIREN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: its check digits do not match (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facturo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Facturo&lt;/h2&gt;&lt;p&gt;Invoices, payments and service orders for small service firms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year of a small heating and cooling firm: look around, try anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions: who you are, how you are paid, how you number invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file copied from another computer or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
