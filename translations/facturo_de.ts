<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountantExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation>Export für die Steuerberatung</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journalbuchungen</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation>CSV für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>FEC (French audit file)</source>
        <translation>FEC (französische Prüfdatei)</translation>
    </message>
    <message>
        <source>FEC files (*.txt)</source>
        <translation>FEC-Dateien (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingChartWidget</name>
    <message>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ Tage</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 Tage</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Forderungen nach Alter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not %1 %2: the disk is full. Nothing was written.</source>
        <translation>Konnte %2 nicht %1: Der Datenträger ist voll. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 is read-only (permission denied). Nothing was written.</source>
        <translation>Konnte %2 nicht %1: Der Ordner %3 ist schreibgeschützt (Zugriff verweigert). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 does not exist.</source>
        <translation>Konnte %2 nicht %1: Der Ordner %3 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 is not a folder.</source>
        <translation>Konnte %2 nicht %1: %3 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation>Konnte %2 nicht %1: %3</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Es wurde kein Dateiname zum Schreiben angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>The symbolic link %1 leads nowhere that can be written.</source>
        <translation>Der symbolische Link %1 führt an keinen Ort, an den geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the file was not opened.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit event %1 (%2, %3 %4 #%5 by %6) %7</source>
        <translation>Prüfereignis %1 (%2, %3 %4 Nr. %5 von %6) %7</translation>
    </message>
    <message>
        <source>follows event %1: events before it were removed.</source>
        <translation>folgt auf Ereignis %1: frühere Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <source>does not link to the event before it: the chain was broken.</source>
        <translation>ist nicht mit dem vorigen Ereignis verkettet: die Kette wurde unterbrochen.</translation>
    </message>
    <message>
        <source>does not match its hash: its content was changed.</source>
        <translation>stimmt nicht mit seinem Hash überein: sein Inhalt wurde verändert.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt: %n Ereignis geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt: %n Ereignisse geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>read the audit trail</source>
        <translation>Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>write the audit trail</source>
        <translation>Prüfprotokoll schreiben</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>Verlauf lesen</translation>
    </message>
    <message>
        <source>%1 is not a Facturo company file or backup: it has no audit trail.</source>
        <translation>%1 ist keine Facturo-Firmendatei und keine Sicherung: Sie enthält kein Prüfprotokoll.</translation>
    </message>
    <message>
        <source>A company on a server is not a file to read an anchor from: give the anchor as SEQ:HASH.</source>
        <translation>Eine Firma auf einem Server ist keine Datei, aus der ein Anker gelesen werden kann: Geben Sie den Anker als SEQ:HASH an.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Die Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup %1 is not a file.</source>
        <translation>Die Sicherung %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (permission denied).</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>%1 is not a file: give the company file to restore into.</source>
        <translation>%1 ist keine Datei: Geben Sie die Firmendatei an, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>The backup and the company file to replace are the same file.</source>
        <translation>Die Sicherung und die zu ersetzende Firmendatei sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the company file cannot be replaced there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt: Die Firmendatei kann dort nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is not a company file, or it is damaged.</source>
        <translation>%1 ist keine Facturo-Sicherung: Die Datei ist keine Firmendatei oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is a database of another program.</source>
        <translation>%1 ist keine Facturo-Sicherung: Die Datei ist die Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Restore it with the newer version.</source>
        <translation>Die Sicherung %1 wurde von einer neueren Facturo-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Stellen Sie sie mit der neueren Version wieder her.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it holds %2 bytes of the %3 its header announces.</source>
        <translation>Die Sicherung %1 ist unvollständig: Sie enthält %2 der %3 Bytes, die ihr Dateikopf angibt.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: the backup could not be copied there. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger von %1 ist voll: Die Sicherung konnte nicht dorthin kopiert werden. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored</source>
        <translation>Die Sicherung %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The backup %1 cannot be checked</source>
        <translation>Die Sicherung %1 kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2 Nothing was restored.</source>
        <translation>Die Sicherung %1 hat die Prüfung nicht bestanden: %2 Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup (%1 is a clerk in it).</source>
        <translation>Nur eine Führungskraft kann eine Sicherung wiederherstellen (%1 hat darin die Rolle Sachbearbeitung).</translation>
    </message>
    <message>
        <source>The restored copy %1 could not be closed cleanly. Nothing was changed.</source>
        <translation>Die wiederhergestellte Kopie %1 konnte nicht sauber geschlossen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The restored copy could not be written to the disk. Nothing was changed.</source>
        <translation>Die wiederhergestellte Kopie konnte nicht auf den Datenträger geschrieben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The company file %1 is in use by another program (is Facturo still open with it?): close it, then restore again. Nothing was changed.</source>
        <translation>Die Firmendatei %1 wird von einem anderen Programm verwendet (ist sie noch in Facturo geöffnet?): Schließen Sie sie und starten Sie die Wiederherstellung dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside. Nothing was changed.</source>
        <translation>%1 kann nicht zur Seite verschoben werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The company file %1 could not be kept as %2. Nothing was changed.</source>
        <translation>Die Firmendatei %1 konnte nicht als %2 aufbewahrt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The company file %1 could not be replaced (%2). Nothing was changed.</source>
        <translation>Die Firmendatei %1 konnte nicht ersetzt werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup: %2 Nothing was changed.</source>
        <translation>Nur eine Führungskraft in %1 kann die Datei durch eine Sicherung ersetzen: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup (%2 is a clerk there). Nothing was changed.</source>
        <translation>Nur eine Führungskraft in %1 kann die Datei durch eine Sicherung ersetzen (%2 hat dort die Rolle Sachbearbeitung). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup interval &quot;%1&quot; is not one of daily, weekly or off.</source>
        <translation>Das Sicherungsintervall „%1“ ist weder daily noch weekly noch off.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1.</source>
        <translation>Die Anzahl der aufzubewahrenden Sicherungen muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Only a manager can change the backup settings.</source>
        <translation>Nur eine Führungskraft kann die Sicherungseinstellungen ändern.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or connect the drive it is on.</source>
        <translation>Der Sicherungsordner %1 existiert nicht. Legen Sie ihn an oder schließen Sie das Laufwerk an, auf dem er liegt.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder.</source>
        <translation>Der Sicherungsordner %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only: choose a folder Facturo can write to.</source>
        <translation>Der Sicherungsordner %1 ist schreibgeschützt: Wählen Sie einen Ordner, in den Facturo schreiben kann.</translation>
    </message>
    <message>
        <source>Backups are kept in another folder than the company file: choose another folder.</source>
        <translation>Sicherungen werden in einem anderen Ordner als die Firmendatei aufbewahrt: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>No backup folder is set: choose one in the backup settings (facturo-cli settings backup --folder DIR).</source>
        <translation>Es ist kein Sicherungsordner festgelegt: Wählen Sie einen in den Sicherungseinstellungen (facturo-cli settings backup --folder DIR).</translation>
    </message>
    <message>
        <source>A backup was already made this second (%1).</source>
        <translation>In dieser Sekunde wurde bereits eine Sicherung erstellt (%1).</translation>
    </message>
    <message>
        <source>The backup %1 was made, but the old backup %2 could not be deleted.</source>
        <translation>Die Sicherung %1 wurde erstellt, aber die alte Sicherung %2 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>A company on a server is restored by the server: pg_restore, or a company file moved there with `facturo-cli server import` (docs/server.md). Nothing was changed.</source>
        <translation>Eine Firma auf einem Server wird vom Server wiederhergestellt: mit pg_restore oder als Firmendatei, die mit `facturo-cli server import` dorthin übertragen wird (docs/server.md). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server (pg_dump, or a company file taken with `facturo-cli server export`), not into a backup folder (docs/server.md).</source>
        <translation>Eine Firma auf einem Server wird vom Server gesichert (mit pg_dump oder als Firmendatei über `facturo-cli server export`), nicht in einen Sicherungsordner (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <source>A folder on another disk or a network drive</source>
        <translation>Ein Ordner auf einem anderen Datenträger oder einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Never (only when asked)</source>
        <translation>Nie (nur auf Anforderung)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore this copy…</source>
        <translation>Diese Kopie wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Aus einer Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Aufbewahrte Kopien</translation>
    </message>
    <message>
        <source>A copy is checked before it is kept; a restore checks the copy (its integrity and the audit trail) before it replaces the company file, which is kept beside it.</source>
        <translation>Jede Kopie wird geprüft, bevor sie aufbewahrt wird; eine Wiederherstellung prüft die Kopie (ihre Integrität und das Prüfprotokoll), bevor sie die Firmendatei ersetzt, die daneben aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Copies in the folder, newest first:</source>
        <translation>Kopien im Ordner, neueste zuerst:</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Choose the copy to restore in the list.</source>
        <translation>Wählen Sie in der Liste die Kopie, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation>Facturo-Firmendateien (*.facturo)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 MB)</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Sicherungseinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>BookDigestCheck</name>
    <message numerus="yes">
        <source>%n money event(s): the documents and payments they fixed still match their digests</source>
        <translation>
            <numerusform>%n Buchungsereignis: Die Dokumente und Zahlungen, die es festgeschrieben hat, stimmen weiterhin mit ihren Hashwerten überein</numerusform>
            <numerusform>%n Buchungsereignisse: Die Dokumente und Zahlungen, die sie festgeschrieben haben, stimmen weiterhin mit ihren Hashwerten überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older event(s) written before row digests carry none to compare)</source>
        <translation>
            <numerusform> (%n älteres Ereignis, vor den Zeilen-Hashwerten geschrieben, trägt keinen zum Vergleichen)</numerusform>
            <numerusform> (%n ältere Ereignisse, vor den Zeilen-Hashwerten geschrieben, tragen keinen zum Vergleichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2, %3)</source>
        <translation>Prüfprotokoll-Ereignis %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: the rows %2 vouches for no longer exist: they were deleted.</source>
        <translation>%1: Die Zeilen, für die %2 bürgt, existieren nicht mehr: Sie wurden gelöscht.</translation>
    </message>
    <message>
        <source>%1: the payment or its journal entry no longer matches the digest of %2: its rows were changed after it was recorded.</source>
        <translation>%1: Die Zahlung oder ihre Journalbuchung stimmt nicht mehr mit dem Hashwert von %2 überein: Ihre Zeilen wurden nach der Erfassung geändert.</translation>
    </message>
    <message>
        <source>%1: the document, its lines, its tax lines or its journal entry no longer match the digest of %2: its rows were changed after it was posted.</source>
        <translation>%1: Das Dokument, seine Positionen, seine Steuerzeilen oder seine Journalbuchung stimmen nicht mehr mit dem Hashwert von %2 überein: Seine Zeilen wurden nach dem Buchen geändert.</translation>
    </message>
    <message>
        <source>%1: its rows or its journal entry no longer match the digest of %2: they were changed after it was recorded.</source>
        <translation>%1: Die Zeilen oder die Journalbuchung stimmen nicht mehr mit dem Hashwert von %2 überein: Sie wurden nach der Erfassung geändert.</translation>
    </message>
</context>
<context>
    <name>BookRowsRepository</name>
    <message>
        <source>read the rows of a posted document</source>
        <translation>Zeilen eines gebuchten Dokuments lesen</translation>
    </message>
    <message>
        <source>read the rows of a payment</source>
        <translation>Zeilen einer Zahlung lesen</translation>
    </message>
    <message>
        <source>find a document by its number</source>
        <translation>Dokument anhand seiner Nummer suchen</translation>
    </message>
    <message>
        <source>read a document</source>
        <translation>Dokument lesen</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>Dokument %1</translation>
    </message>
</context>
<context>
    <name>BulkExportDialog</name>
    <message>
        <source>Export PDFs</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>One PDF per document in</source>
        <translation>Ein PDF pro Dokument in</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>One combined PDF</source>
        <translation>Ein gemeinsames PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Exporting PDFs…</source>
        <translation>PDFs werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Ordner für die PDFs</translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation>Gemeinsames PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>Das ausgewählte Dokument</numerusform>
            <numerusform>Die %n ausgewählten Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>%1 wird exportiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>There is no posted document to export.</source>
        <translation>Es gibt kein gebuchtes Dokument zum Exportieren.</translation>
    </message>
    <message>
        <source>Choose where the PDFs go.</source>
        <translation>Wählen Sie, wohin die PDFs geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 of %2 PDF(s) written to %3.</source>
        <translation>%1 von %2 PDFs nach %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF of %n document(s) written to %1.</source>
        <translation>
            <numerusform>Gemeinsames PDF mit %n Dokument nach %1 geschrieben.</numerusform>
            <numerusform>Gemeinsames PDF mit %n Dokumenten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: documents not yet exported were left out.</source>
        <translation>Abgebrochen: noch nicht exportierte Dokumente wurden ausgelassen.</translation>
    </message>
    <message>
        <source>And the e-invoice of each customer who wants one, in its e-invoices folder</source>
        <translation>Und die E-Rechnung jedes Kunden, der eine wünscht, in seinem Ordner für E-Rechnungen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-invoices written to %1: %2.</source>
        <translation>E-Rechnungen geschrieben nach %1: %2.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>read the state of the search index</source>
        <translation>Zustand des Suchindex lesen</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>Suchindex neu aufbauen</translation>
    </message>
    <message>
        <source>read the search index triggers</source>
        <translation>Trigger des Suchindex lesen</translation>
    </message>
    <message>
        <source>suspend the search index</source>
        <translation>Suchindex aussetzen</translation>
    </message>
</context>
<context>
    <name>BulkPostDialog</name>
    <message>
        <source>Create drafts</source>
        <translation>Entwürfe erstellen</translation>
    </message>
    <message>
        <source>Post checked drafts</source>
        <translation>Markierte Entwürfe buchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Invoice in bulk</source>
        <translation>Sammelfakturierung</translation>
    </message>
    <message>
        <source>Done service orders</source>
        <translation>Erledigte Serviceaufträge</translation>
    </message>
    <message>
        <source>Drafts to review and post</source>
        <translation>Zu prüfende und zu buchende Entwürfe</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Draft #%1 — %2 — %3</source>
        <translation>Entwurf Nr. %1 — %2 — %3</translation>
    </message>
    <message>
        <source>%v of %m — %1</source>
        <translation>%v von %m — %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused</source>
        <translation>%1: %2 erledigt, %3 abgelehnt</translation>
    </message>
    <message>
        <source>, %1 not done (cancelled)</source>
        <translation>, %1 nicht erledigt (abgebrochen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Drafts created</source>
        <translation>Entwürfe erstellt</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message numerus="yes">
        <source>Send %n document(s)</source>
        <translation>
            <numerusform>%n Dokument senden</numerusform>
            <numerusform>%n Dokumente senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document is sent to its customer&apos;s mail contact, with the text of the template in the document&apos;s language and its PDF attached.</source>
        <translation>Jedes Dokument wird an den E-Mail-Kontakt seines Kunden gesendet, mit dem Vorlagentext in der Sprache des Dokuments und dem PDF im Anhang.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 queued…</source>
        <translation>%1 von %2 in der Warteschlange…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for sending.</source>
        <translation>
            <numerusform>%n Nachricht zum Senden eingereiht.</numerusform>
            <numerusform>%n Nachrichten zum Senden eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 message(s) queued; %2 document(s) could not be sent:</source>
        <translation>%1 Nachricht(en) eingereiht; %2 Dokument(e) konnten nicht gesendet werden:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) queued, %2 document(s) not sent.</source>
        <translation>Abgebrochen: %1 Nachricht(en) eingereiht, %2 Dokument(e) nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Entwurf Nr. %1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Row 1: the list needs a header with a &quot;number&quot; column (and optionally &quot;email&quot;). Nothing was sent.</source>
        <translation>Zeile 1: Die Liste braucht eine Kopfzeile mit einer Spalte „number“ (und optional „email“). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;number&quot;: is empty. Nothing was sent.</source>
        <translation>Zeile %1, Feld „number“: ist leer. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;email&quot;: &quot;%2&quot; is not a valid email address. Nothing was sent.</source>
        <translation>Zeile %1, Feld „email“: „%2“ ist keine gültige E-Mail-Adresse. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Sending by email is not set up (Settings › Mail).</source>
        <translation>Der E-Mail-Versand ist nicht eingerichtet (Einstellungen › E-Mail).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>queued to %1</source>
        <translation>für %1 eingereiht</translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Offered on new lines</source>
        <translation>Für neue Positionen angeboten</translation>
    </message>
    <message>
        <source>Catalog item %1</source>
        <translation>Katalogartikel %1</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>Neuer Katalogartikel</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Catalog item %1 saved.</source>
        <translation>Katalogartikel %1 gespeichert.</translation>
    </message>
    <message>
        <source>As the unit says</source>
        <translation>Gemäß der Einheit</translation>
    </message>
    <message>
        <source>As the unit says (%1)</source>
        <translation>Gemäß der Einheit (%1)</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Einheitencode</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Labor</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Search code or description</source>
        <translation>Nummer oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>The catalog is empty: add the parts and services you sell with New item.</source>
        <translation>Der Katalog ist leer: Legen Sie die Teile und Leistungen, die Sie verkaufen, mit Neuer Artikel an.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>save the tax rate</source>
        <translation>Steuersatz speichern</translation>
    </message>
    <message>
        <source>save the tax rate %1</source>
        <translation>Steuersatz %1 speichern</translation>
    </message>
    <message>
        <source>list the tax rates</source>
        <translation>Steuersätze auflisten</translation>
    </message>
    <message>
        <source>read the tax rate</source>
        <translation>Steuersatz lesen</translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist.</source>
        <translation>Der Steuersatz %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the default tax rate</source>
        <translation>Standardsteuersatz lesen</translation>
    </message>
    <message>
        <source>No tax rate is set up: add one in the settings.</source>
        <translation>Es ist kein Steuersatz eingerichtet: Fügen Sie in den Einstellungen einen hinzu.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>read the chart of accounts</source>
        <translation>Kontenplan lesen</translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation>Der Kontenplan hat kein Konto für „%1“.</translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation>Konto %1 speichern</translation>
    </message>
    <message>
        <source>add the catalog item %1</source>
        <translation>Katalogartikel %1 hinzufügen</translation>
    </message>
    <message>
        <source>save the catalog item %1</source>
        <translation>Katalogartikel %1 speichern</translation>
    </message>
    <message>
        <source>list the catalog</source>
        <translation>Katalog auflisten</translation>
    </message>
    <message>
        <source>read the catalog item %1</source>
        <translation>Katalogartikel %1 lesen</translation>
    </message>
    <message>
        <source>The catalog has no item %1.</source>
        <translation>Der Katalog hat keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>&quot;%1&quot; is not an anchor: write SEQUENCE:HASH (the event number, a colon and its 64-digit SHA-256), or give a backup file or its .anchor file.</source>
        <translation>„%1“ ist kein Anker: Schreiben Sie SEQUENCE:HASH (die Ereignisnummer, einen Doppelpunkt und ihren 64-stelligen SHA-256), oder geben Sie eine Sicherung oder ihre .anchor-Datei an.</translation>
    </message>
    <message>
        <source>The anchor file %1 cannot be read.</source>
        <translation>Die Ankerdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The anchor file %1 has no &quot;anchor:&quot; line.</source>
        <translation>Die Ankerdatei %1 hat keine Zeile „anchor:“.</translation>
    </message>
    <message>
        <source>The anchor file or backup %1 does not exist.</source>
        <translation>Die Ankerdatei oder Sicherung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup was not kept: its anchor file could not be written</source>
        <translation>Die Sicherung wurde nicht behalten: Ihre Ankerdatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The anchor file %1 could not be written: %2</source>
        <translation>Die Ankerdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: it ends at event %3, before the anchored event %1. The newest events were deleted, or this file is older than the anchor.</source>
        <translation>Das Prüfprotokoll setzt den Anker %1:%2… nicht fort: Es endet bei Ereignis %3, vor dem verankerten Ereignis %1. Die neuesten Ereignisse wurden gelöscht, oder diese Datei ist älter als der Anker.</translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: event %1 has another hash (%3…). The history was rewritten from event %1 or before: this file is a fork of the anchored one.</source>
        <translation>Das Prüfprotokoll setzt den Anker %1:%2… nicht fort: Ereignis %1 hat einen anderen Hash (%3…). Der Verlauf wurde ab Ereignis %1 oder früher umgeschrieben: Diese Datei ist eine Abspaltung der verankerten.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail extends the anchor %1:%2… (%n event(s) since)</source>
        <translation>
            <numerusform>Das Prüfprotokoll setzt den Anker %1:%2… fort (%n Ereignis seitdem)</numerusform>
            <numerusform>Das Prüfprotokoll setzt den Anker %1:%2… fort (%n Ereignisse seitdem)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyRepository</name>
    <message>
        <source>read the last document issued</source>
        <translation>zuletzt ausgestelltes Dokument lesen</translation>
    </message>
    <message>
        <source>check the order of the numbers</source>
        <translation>Reihenfolge der Nummern prüfen</translation>
    </message>
    <message>
        <source>%1 is dated %2, before %3 (dated %4), which was posted earlier</source>
        <translation>%1 ist auf den %2 datiert, vor %3 (datiert auf den %4), das früher gebucht wurde</translation>
    </message>
    <message>
        <source>check the dates of the payments</source>
        <translation>Daten der Zahlungen prüfen</translation>
    </message>
    <message>
        <source>reversal %1 on %2 is dated %3, before the payment %4 it reverses (dated %5)</source>
        <translation>der Storno %1 zu %2 ist auf den %3 datiert, vor der stornierten Zahlung %4 (datiert auf den %5)</translation>
    </message>
    <message>
        <source>%1 %2 on %3 is dated %4, before %3 was issued (%5)</source>
        <translation>%1 %2 zu %3 ist auf den %4 datiert, bevor %3 ausgestellt wurde (%5)</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>read the company settings</source>
        <translation>Firmeneinstellungen lesen</translation>
    </message>
    <message>
        <source>The company settings are missing from the company file.</source>
        <translation>Die Firmeneinstellungen fehlen in der Firmendatei.</translation>
    </message>
    <message>
        <source>save the company settings</source>
        <translation>Firmeneinstellungen speichern</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>Einstellung lesen</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>Einstellung speichern</translation>
    </message>
    <message>
        <source>read the payment mentions</source>
        <translation>Zahlungshinweise lesen</translation>
    </message>
    <message>
        <source>save the payment mentions</source>
        <translation>Zahlungshinweise speichern</translation>
    </message>
    <message>
        <source>read the payment reference settings</source>
        <translation>Einstellungen der Zahlungsreferenz lesen</translation>
    </message>
</context>
<context>
    <name>CompanySession</name>
    <message>
        <source>Connected again: the other clerks&apos; changes show as they are saved.</source>
        <translation>Wieder verbunden: Die Änderungen der anderen Sachbearbeitenden werden angezeigt, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <source>The other clerks&apos; changes do not show for now (%1). Trying again…</source>
        <translation>Die Änderungen der anderen Sachbearbeitenden werden vorerst nicht angezeigt (%1). Neuer Versuch…</translation>
    </message>
    <message>
        <source>The other clerks&apos; changes will not show without a refresh: %1</source>
        <translation>Die Änderungen der anderen Sachbearbeitenden werden ohne Aktualisierung nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>CompanySettingsForm</name>
    <message>
        <source>e.g. FR32123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>Registration number, printed in the footer</source>
        <translation>Registernummer, wird in der Fußzeile gedruckt</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation>ISO-4217-Code, z. B. EUR</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>0: no approval needed</source>
        <translation>0: keine Freigabe nötig</translation>
    </message>
    <message>
        <source>Restart the numbers every year</source>
        <translation>Nummern jedes Jahr neu beginnen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Days overdue, e.g. 7,14,30</source>
        <translation>Tage überfällig, z. B. 7,14,30</translation>
    </message>
    <message>
        <source>Patterns: {YYYY} year, {YY} short year, {MM} month, {SEQ:5} the counter on 5 digits. Changing a pattern never renumbers posted documents.</source>
        <translation>Muster: {YYYY} Jahr, {YY} kurzes Jahr, {MM} Monat, {SEQ:5} der Zähler mit 5 Stellen. Ein geändertes Muster nummeriert gebuchte Dokumente nie um.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Approval above (gross)</source>
        <translation>Freigabe ab (brutto)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Gutschriftnummern</translation>
    </message>
    <message>
        <source>Quotation numbers</source>
        <translation>Angebotsnummern</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Freigabegrenze</translation>
    </message>
    <message>
        <source>Print the late-payment mentions</source>
        <translation>Hinweise zum Zahlungsverzug drucken</translation>
    </message>
    <message>
        <source>On invoices to business customers: France (Code de commerce L441-10), Belgium (law of 2 August 2002), Germany (§ 288 BGB).</source>
        <translation>Auf Rechnungen an Geschäftskunden: Frankreich (Code de commerce L441-10), Belgien (Gesetz vom 2. August 2002), Deutschland (§ 288 BGB).</translation>
    </message>
    <message>
        <source>Empty: the statutory rate (France: 3 × the legal rate)</source>
        <translation>Leer: der gesetzliche Verzugszinssatz (Frankreich: 3 × gesetzlicher Zinssatz)</translation>
    </message>
    <message>
        <source>Empty: no discount for early payment</source>
        <translation>Leer: kein Skonto</translation>
    </message>
    <message>
        <source>Name the technician on invoice lines</source>
        <translation>Techniker auf den Rechnungspositionen nennen</translation>
    </message>
    <message>
        <source>On the lines an invoice takes from a service order&apos;s time entries.</source>
        <translation>Auf den Positionen, die eine Rechnung aus den Zeiteinträgen eines Serviceauftrags übernimmt.</translation>
    </message>
    <message>
        <source>Late-payment rate (% a year)</source>
        <translation>Verzugszinssatz (% pro Jahr)</translation>
    </message>
    <message>
        <source>Recovery indemnity</source>
        <translation>Pauschale für Beitreibungskosten</translation>
    </message>
    <message>
        <source>Early-payment discount (%)</source>
        <translation>Skonto (%)</translation>
    </message>
    <message>
        <source>The registration number and its register, written in e-invoices (SIREN or SIRET, KBO/BCE, Handelsregister).</source>
        <translation>Die Registernummer und ihr Register, in E-Rechnungen geschrieben (SIREN oder SIRET, KBO/BCE, Handelsregister).</translation>
    </message>
    <message>
        <source>Your Peppol participant id: where customers send their answers and their own e-invoices.</source>
        <translation>Ihre Peppol-Teilnehmer-ID: Dorthin senden Kunden ihre Antworten und ihre eigenen E-Rechnungen.</translation>
    </message>
    <message>
        <source>Who answers questions about invoices</source>
        <translation>Wer Fragen zu Rechnungen beantwortet</translation>
    </message>
    <message>
        <source>The seller&apos;s contact written in e-invoices (XRechnung requires it).</source>
        <translation>Der Kontakt des Verkäufers, in E-Rechnungen geschrieben (XRechnung verlangt ihn).</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telefonnummer des Kontakts</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-Mail des Kontakts</translation>
    </message>
    <message>
        <source>Please check the company address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation>Bitte prüfen Sie die Firmenadresse: Sie konnte bei der Übernahme nicht in Straße, Postleitzahl, Ort und Land aufgeteilt werden und wird so gedruckt, wie sie eingegeben wurde:
%1
Füllen Sie die Felder unten einschließlich des Landes aus und speichern Sie.</translation>
    </message>
    <message>
        <source>The company address is printed on every invoice: please fill it in.</source>
        <translation>Die Firmenadresse steht auf jeder Rechnung: Bitte füllen Sie sie aus.</translation>
    </message>
    <message>
        <source>Choose the register of this registration number.</source>
        <translation>Wählen Sie das Register dieser Registernummer.</translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation>Wählen Sie das Schema dieser elektronischen Adresse.</translation>
    </message>
    <message>
        <source>Creditor reference (ISO 11649, RF…)</source>
        <translation>Gläubigerreferenz (ISO 11649, RF…)</translation>
    </message>
    <message>
        <source>Belgian structured communication (+++…+++)</source>
        <translation>Belgische strukturierte Mitteilung (+++…+++)</translation>
    </message>
    <message>
        <source>The reference each posted invoice gets, printed with the bank details, in the payment QR code and the e-invoice: bank statements find the invoice by it.</source>
        <translation>Die Referenz, die jede gebuchte Rechnung erhält, gedruckt bei der Bankverbindung, im Zahlungs-QR-Code und in der E-Rechnung: Kontoauszüge finden die Rechnung darüber.</translation>
    </message>
    <message>
        <source>https://pay.example.com/i/{number}?amount={due}&amp;currency={currency}</source>
        <translation>https://pay.example.com/i/{number}?amount={due}&amp;currency={currency}</translation>
    </message>
    <message>
        <source>Empty: no payment link. Placeholders: {number}, {due}, {currency}, {reference}, {customer}. Each posted invoice keeps the link it was given.</source>
        <translation>Leer: kein Zahlungslink. Platzhalter: {number}, {due}, {currency}, {reference}, {customer}. Jede gebuchte Rechnung behält den Link, den sie erhalten hat.</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
</context>
<context>
    <name>CompanySetupWizard</name>
    <message>
        <source>Create my company</source>
        <translation>Meine Firma anlegen</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>As it must appear on every invoice: name, address and VAT id. The bank details are printed so that customers can pay you.</source>
        <translation>So, wie sie auf jeder Rechnung stehen muss: Name, Adresse und USt-IdNr. Die Bankverbindung wird gedruckt, damit Ihre Kunden Sie bezahlen können.</translation>
    </message>
    <message>
        <source>How you invoice</source>
        <translation>Wie Sie abrechnen</translation>
    </message>
    <message>
        <source>Payment terms, numbering and the usual tax rate. All of it can be changed later in Settings.</source>
        <translation>Zahlungsziel, Nummerierung und der übliche Steuersatz. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Standard tax rate (%)</source>
        <translation>Regelsteuersatz (%)</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Ihr Benutzername</translation>
    </message>
    <message>
        <source>Standard tax rate</source>
        <translation>Regelsteuersatz</translation>
    </message>
    <message>
        <source>Your user name is needed: it signs what you do.</source>
        <translation>Ihr Benutzername wird benötigt: Er zeichnet ab, was Sie tun.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>open</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>on a date (inclusive)</source>
        <translation>an einem Datum (einschließlich)</translation>
    </message>
    <message>
        <source>after a number of invoices</source>
        <translation>nach einer Anzahl von Rechnungen</translation>
    </message>
    <message>
        <source>in advance (first day of the period)</source>
        <translation>im Voraus (erster Tag des Zeitraums)</translation>
    </message>
    <message>
        <source>in arrears (last day of the period)</source>
        <translation>nachträglich (letzter Tag des Zeitraums)</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>einen Entwurf</translation>
    </message>
    <message>
        <source>a posted invoice</source>
        <translation>eine gebuchte Rechnung</translation>
    </message>
    <message>
        <source>a posted invoice, sent</source>
        <translation>eine gebuchte und versendete Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation>Vorlauftage</translation>
    </message>
    <message>
        <source>Each occurrence makes</source>
        <translation>Jede Fälligkeit erzeugt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Aktueller Preis</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Description: {month} {year}, {period}, {period_start}, {period_end}</source>
        <translation>Beschreibung: {month} {year}, {period}, {period_start}, {period_end}</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation>Neuer Einzelpreis</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>New price from</source>
        <translation>Neuer Preis ab</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>End on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>Vertrag kündigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel the contract</source>
        <translation>Vertrag kündigen</translation>
    </message>
    <message>
        <source>Bill nothing more on this contract?</source>
        <translation>Nichts mehr über diesen Vertrag abrechnen?</translation>
    </message>
    <message>
        <source>Resume the contract</source>
        <translation>Vertrag fortsetzen</translation>
    </message>
    <message>
        <source>Bill the periods missed while the contract was paused, or skip them?</source>
        <translation>Die während der Pause des Vertrags versäumten Zeiträume abrechnen oder überspringen?</translation>
    </message>
    <message>
        <source>Bill them</source>
        <translation>Abrechnen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>, ends %1</source>
        <translation>, endet am %1</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>%1 (%2 %) from %3, by %4</source>
        <translation>%1 (%2 %) ab %3, von %4</translation>
    </message>
    <message>
        <source>Choose the customer the contract bills.</source>
        <translation>Wählen Sie den Kunden, an den der Vertrag abgerechnet wird.</translation>
    </message>
    <message>
        <source>Contract %1 saved.</source>
        <translation>Vertrag %1 gespeichert.</translation>
    </message>
    <message>
        <source>Contract %1 added: add its lines.</source>
        <translation>Vertrag %1 angelegt: Fügen Sie seine Positionen hinzu.</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Line added to contract %1.</source>
        <translation>Position zu Vertrag %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation>Wählen Sie die zu entfernende Position aus.</translation>
    </message>
    <message>
        <source>The line is removed from %1 on.</source>
        <translation>Die Position entfällt ab %1.</translation>
    </message>
    <message>
        <source>Select the line whose price changes.</source>
        <translation>Wählen Sie die Position aus, deren Preis sich ändert.</translation>
    </message>
    <message>
        <source>New price from %1.</source>
        <translation>Neuer Preis ab %1.</translation>
    </message>
    <message>
        <source>Contract %1 paused.</source>
        <translation>Vertrag %1 pausiert.</translation>
    </message>
    <message>
        <source>Contract %1 resumed.</source>
        <translation>Vertrag %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2.</source>
        <translation>Vertrag %1 endet am %2.</translation>
    </message>
    <message>
        <source>Contract %1 cancelled.</source>
        <translation>Vertrag %1 gekündigt.</translation>
    </message>
    <message>
        <source>A catalog item fills the line&apos;s text, price and tax rate</source>
        <translation>Ein Katalogartikel füllt Text, Preis und Steuersatz der Position</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freier Text</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>Draft #%1</source>
        <translation>Entwurf Nr. %1</translation>
    </message>
    <message>
        <source>save the contract</source>
        <translation>Vertrag speichern</translation>
    </message>
    <message>
        <source>change the contract&apos;s status</source>
        <translation>Status des Vertrags ändern</translation>
    </message>
    <message>
        <source>end the contract</source>
        <translation>Vertrag beenden</translation>
    </message>
    <message>
        <source>read contract %1</source>
        <translation>Vertrag %1 lesen</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>Vertrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>list the contracts</source>
        <translation>Verträge auflisten</translation>
    </message>
    <message>
        <source>read the contract lines</source>
        <translation>Vertragspositionen lesen</translation>
    </message>
    <message>
        <source>read the contract prices</source>
        <translation>Vertragspreise lesen</translation>
    </message>
    <message>
        <source>add the contract line</source>
        <translation>Vertragsposition hinzufügen</translation>
    </message>
    <message>
        <source>remove the contract line</source>
        <translation>Vertragsposition entfernen</translation>
    </message>
    <message>
        <source>save the contract price</source>
        <translation>Vertragspreis speichern</translation>
    </message>
    <message>
        <source>read the contract occurrences</source>
        <translation>Fälligkeiten des Vertrags lesen</translation>
    </message>
    <message>
        <source>record occurrence %1 of contract %2</source>
        <translation>Fälligkeit %1 von Vertrag %2 erfassen</translation>
    </message>
    <message>
        <source>check the contract occurrences</source>
        <translation>Fälligkeiten der Verträge prüfen</translation>
    </message>
</context>
<context>
    <name>ContractsDueCard</name>
    <message>
        <source>Contract invoices due</source>
        <translation>Fällige Vertragsrechnungen</translation>
    </message>
    <message>
        <source>none due today</source>
        <translation>heute keine fällig</translation>
    </message>
    <message numerus="yes">
        <source>of %n contract(s)</source>
        <translation>
            <numerusform>aus %n Vertrag</numerusform>
            <numerusform>aus %n Verträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächstes Datum</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Letzte Rechnung</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>No contract yet: a maintenance contract bills itself every week, month or year. Add one with New contract.</source>
        <translation>Noch kein Vertrag: Ein Wartungsvertrag rechnet sich jede Woche, jeden Monat oder jedes Jahr von selbst ab. Legen Sie einen mit Neuer Vertrag an.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>Invoices due…</source>
        <translation>Fällige Rechnungen…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message numerus="yes">
        <source>Monthly contracted revenue: %1 net (%n contract(s))</source>
        <translation>
            <numerusform>Monatlicher Vertragsumsatz: %1 netto (%n Vertrag)</numerusform>
            <numerusform>Monatlicher Vertragsumsatz: %1 netto (%n Verträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contract %2): %3</source>
        <translation>%1 (Vertrag %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) stayed drafts and need attention:</source>
        <translation>
            <numerusform>%n Vertragsrechnung ist ein Entwurf geblieben und muss geprüft werden:</numerusform>
            <numerusform>%n Vertragsrechnungen sind Entwürfe geblieben und müssen geprüft werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract invoice is due.</source>
        <translation>Keine Vertragsrechnung ist fällig.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
</context>
<context>
    <name>CreditLinesModel</name>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited.</source>
        <translation>Position „%1“: höchstens %2 kann noch gutgeschrieben werden.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation>Bereits gutgeschrieben</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>Gutzuschreiben</translation>
    </message>
    <message>
        <source>Net credited</source>
        <translation>Netto gutgeschrieben</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <source>Why is this credited? (printed on the credit note)</source>
        <translation>Warum wird gutgeschrieben? (steht auf der Gutschrift)</translation>
    </message>
    <message>
        <source>Credit everything left</source>
        <translation>Alles Verbleibende gutschreiben</translation>
    </message>
    <message>
        <source>Post credit note</source>
        <translation>Gutschrift buchen</translation>
    </message>
    <message>
        <source>%1 · %2 · total %3, amount due %4</source>
        <translation>%1 · %2 · Summe %3, offen %4</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Credit note total: %1 (net %2, tax %3)</source>
        <translation>Summe der Gutschrift: %1 (netto %2, MwSt. %3)</translation>
    </message>
    <message>
        <source>Enter a quantity to credit on at least one line.</source>
        <translation>Geben Sie bei mindestens einer Position eine gutzuschreibende Menge ein.</translation>
    </message>
    <message>
        <source>%1 The credit note was kept as a draft: open it from the invoice list.</source>
        <translation>%1 Die Gutschrift wurde als Entwurf behalten: Öffnen Sie sie aus der Rechnungsliste.</translation>
    </message>
    <message>
        <source>Credit note %1 posted for %2.</source>
        <translation>Gutschrift %1 zu %2 gebucht.</translation>
    </message>
    <message>
        <source>By line</source>
        <translation>Nach Positionen</translation>
    </message>
    <message>
        <source>Amount per tax rate</source>
        <translation>Betrag je Steuersatz</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Net at %1 %2</source>
        <translation>Netto – %1 %2</translation>
    </message>
    <message>
        <source>The amounts are net: the tax of each rate is added. The reason below is the credit note&apos;s line text.</source>
        <translation>Die Beträge sind netto: Die Steuer jedes Satzes wird hinzugerechnet. Der Grund unten ist der Positionstext der Gutschrift.</translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates.</source>
        <translation>Geben Sie bei einem der Steuersätze einen gutzuschreibenden Betrag ein.</translation>
    </message>
    <message>
        <source>Post a credit note of %1 on %2 for %3?

It gets its final number and can no longer be changed.</source>
        <translation>Eine Gutschrift über %1 zu %2 für %3 buchen?

Sie erhält ihre endgültige Nummer und kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <source>%1 is not an invoice: only an invoice can be credited.</source>
        <translation>%1 ist keine Rechnung: Nur eine Rechnung kann gutgeschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is a draft: edit or delete it instead of crediting it.</source>
        <translation>%1 ist ein Entwurf: Bearbeiten oder löschen Sie ihn, statt ihn gutzuschreiben.</translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation>Eine Gutschrift braucht einen Grund.</translation>
    </message>
    <message>
        <source>Line %1 is not a line of %2.</source>
        <translation>Position %1 gehört nicht zu %2.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation>Position „%1“: höchstens %2 kann noch gutgeschrieben werden (berechnet %3).</translation>
    </message>
    <message>
        <source>Nothing is left to credit on %1.</source>
        <translation>Auf %1 ist nichts mehr gutzuschreiben.</translation>
    </message>
    <message>
        <source>%1 has no amount at %2 to credit.</source>
        <translation>%1 hat bei %2 keinen gutzuschreibenden Betrag.</translation>
    </message>
    <message>
        <source>The amount to credit at %1 must be more than zero.</source>
        <translation>Der gutzuschreibende Betrag bei %1 muss größer als null sein.</translation>
    </message>
    <message>
        <source>At %1, at most %2 can still be credited on %3.</source>
        <translation>Bei %1 können auf %3 höchstens noch %2 gutgeschrieben werden.</translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates of %1.</source>
        <translation>Geben Sie bei einem der Steuersätze von %1 einen gutzuschreibenden Betrag ein.</translation>
    </message>
    <message>
        <source>reason of the credit note</source>
        <translation>Grund der Gutschrift</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not a text file (it contains zero bytes): save it as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Die Datei ist keine Textdatei (sie enthält Nullbytes): Speichern Sie sie als CSV in UTF-8 und versuchen Sie es erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is not closed (a &quot; is missing). Nothing was imported.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen (ein &quot; fehlt). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is empty: a CSV file starts with a row of column names.</source>
        <translation>Die Datei ist leer: Eine CSV-Datei beginnt mit einer Zeile Spaltennamen.</translation>
    </message>
    <message>
        <source>Row 1, field %1: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Zeile 1, Feld %1: Der Text ist weder UTF-8 noch Windows-1252. Speichern Sie die Datei als CSV in UTF-8 und versuchen Sie es erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Zeile %1, Feld „%2“: Der Text ist weder UTF-8 noch Windows-1252. Speichern Sie die Datei als CSV in UTF-8 und versuchen Sie es erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: missing (the row has %3 fields, the header %4). Nothing was imported.</source>
        <translation>Zeile %1, Feld „%2“: fehlt (die Zeile hat %3 Felder, die Kopfzeile %4). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1: %2 fields where the header has %3 (a separator inside a cell that is not quoted?). Nothing was imported.</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3 (ein Trennzeichen in einer Zelle ohne Anführungszeichen?). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomerContractsWidget</name>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächstes Datum</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Letzte Rechnung</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
</context>
<context>
    <name>CustomerCreditRepository</name>
    <message>
        <source>record the customer&apos;s credit</source>
        <translation>Guthaben des Kunden erfassen</translation>
    </message>
    <message>
        <source>read the customer&apos;s credit</source>
        <translation>Guthaben des Kunden lesen</translation>
    </message>
    <message>
        <source>read the customers&apos; credits</source>
        <translation>Guthaben der Kunden lesen</translation>
    </message>
    <message>
        <source>read the rows of a customer credit</source>
        <translation>Zeilen eines Kundenguthabens lesen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Own payment terms</source>
        <translation>Eigenes Zahlungsziel</translation>
    </message>
    <message>
        <source>Never send reminders</source>
        <translation>Nie Mahnungen senden</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Kunde — %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>Kunde %1 gespeichert.</translation>
    </message>
    <message>
        <source>e.g. FR32123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>Leitweg-ID of a German public buyer, or their reference</source>
        <translation>Leitweg-ID eines deutschen öffentlichen Auftraggebers oder seine Referenz</translation>
    </message>
    <message>
        <source>Printed on the invoice and written in the e-invoice as the buyer reference (BT-10). German public buyers require their Leitweg-ID here.</source>
        <translation>Wird auf die Rechnung gedruckt und in die E-Rechnung als Käuferreferenz (BT-10) geschrieben. Deutsche öffentliche Auftraggeber verlangen hier ihre Leitweg-ID.</translation>
    </message>
    <message>
        <source>The e-invoice this customer receives with each invoice and credit note.</source>
        <translation>Die E-Rechnung, die dieser Kunde mit jeder Rechnung und Gutschrift erhält.</translation>
    </message>
    <message>
        <source>The customer&apos;s Peppol participant id: where e-invoices are delivered.</source>
        <translation>Die Peppol-Teilnehmer-ID des Kunden: Dorthin werden E-Rechnungen zugestellt.</translation>
    </message>
    <message>
        <source>Please check this address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation>Bitte prüfen Sie diese Adresse: Sie konnte bei der Übernahme nicht in Straße, Postleitzahl, Ort und Land aufgeteilt werden und wird so gedruckt, wie sie eingegeben wurde:
%1
Füllen Sie die Felder unten einschließlich des Landes aus und speichern Sie.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>Choose the scheme of this registration number.</source>
        <translation>Wählen Sie das Schema dieser Registernummer.</translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation>Wählen Sie das Schema dieser elektronischen Adresse.</translation>
    </message>
</context>
<context>
    <name>CustomerMoneyWidget</name>
    <message>
        <source>Credit and direct debit</source>
        <translation>Guthaben und Lastschrift</translation>
    </message>
    <message>
        <source>Add mandate…</source>
        <translation>Mandat hinzufügen…</translation>
    </message>
    <message>
        <source>Revoke mandate</source>
        <translation>Mandat widerrufen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>In force, next debit %1</source>
        <translation>Gültig, nächste Lastschrift am %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Mandate %1 revoked: it is no longer debited.</source>
        <translation>Mandat %1 widerrufen: Es wird nicht mehr belastet.</translation>
    </message>
    <message>
        <source>Mandate %1 revoked.</source>
        <translation>Mandat %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer name or VAT id…</source>
        <translation>Kundenname oder USt-IdNr.…</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>add the customer %1</source>
        <translation>Kunden %1 hinzufügen</translation>
    </message>
    <message>
        <source>save the customer %1</source>
        <translation>Kunden %1 speichern</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Der Kunde %1 existiert nicht.</translation>
    </message>
    <message>
        <source>save the customer&apos;s contacts</source>
        <translation>Kontakte des Kunden speichern</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>Kunden %1 lesen</translation>
    </message>
    <message>
        <source>read the customer&apos;s contacts</source>
        <translation>Kontakte des Kunden lesen</translation>
    </message>
    <message>
        <source>look up the customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>list the customers</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <source>count the customers</source>
        <translation>Kunden zählen</translation>
    </message>
    <message>
        <source>list the addresses to review</source>
        <translation>zu prüfende Adressen auflisten</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Search name or VAT id</source>
        <translation>Name oder USt-IdNr. suchen</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Their invoices</source>
        <translation>Seine Rechnungen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No customers yet: add the first one with New customer.</source>
        <translation>Noch keine Kunden: Legen Sie den ersten mit Neuer Kunde an.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>The address could not be split into street, postcode, city and country: open the customer to complete it.</source>
        <translation>Die Adresse konnte nicht in Straße, Postleitzahl, Ort und Land aufgeteilt werden: Öffnen Sie den Kunden, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <source>Address to review</source>
        <translation>Adresse zu prüfen</translation>
    </message>
    <message>
        <source>Only the customers whose address must be completed before e-invoices can be made</source>
        <translation>Nur die Kunden, deren Adresse vervollständigt werden muss, bevor E-Rechnungen erstellt werden können</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Diesen Monat eingegangen</translation>
    </message>
    <message>
        <source>Drafts to post</source>
        <translation>Zu buchende Entwürfe</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Warten auf Freigabe</translation>
    </message>
    <message>
        <source>Jobs to invoice</source>
        <translation>Abzurechnende Aufträge</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n offene Rechnung</numerusform>
            <numerusform>%n offene Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n überfällige Rechnung</numerusform>
            <numerusform>%n überfällige Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be posted</source>
        <translation>warten auf Buchung</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>no approval threshold set</source>
        <translation>keine Freigabegrenze festgelegt</translation>
    </message>
    <message>
        <source>service orders done</source>
        <translation>erledigte Serviceaufträge</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Summen werden berechnet…</translation>
    </message>
    <message>
        <source>To remind today</source>
        <translation>Heute zu mahnen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder</source>
        <translation>
            <numerusform>%n Rechnung zu mahnen</numerusform>
            <numerusform>%n Rechnungen zu mahnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses that could not be split into street, postcode, city and country: e-invoices need them complete.</source>
        <translation>Adressen, die nicht in Straße, Postleitzahl, Ort und Land aufgeteilt werden konnten: E-Rechnungen brauchen sie vollständig.</translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: %1</source>
        <translation>Im Postausgang warten Nachrichten: %1</translation>
    </message>
    <message>
        <source>Customer addresses to review: %1</source>
        <translation>Zu prüfende Kundenadressen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>sum the payments of the month</source>
        <translation>Zahlungen des Monats summieren</translation>
    </message>
    <message>
        <source>count the drafts</source>
        <translation>Entwürfe zählen</translation>
    </message>
    <message>
        <source>count the service orders to invoice</source>
        <translation>abzurechnende Aufträge zählen</translation>
    </message>
    <message>
        <source>age the receivables</source>
        <translation>Forderungen nach Alter gliedern</translation>
    </message>
    <message>
        <source>sum the invoices per month</source>
        <translation>Rechnungen pro Monat summieren</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The company file %1 is in use by another program. Try again in a moment.</source>
        <translation>Die Firmendatei %1 wird von einem anderen Programm verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The company file %1 is read-only.</source>
        <translation>Die Firmendatei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es wurde nichts gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The company file %1 could not be read or written (disk I/O error): nothing was saved. Check the disk.</source>
        <translation>Die Firmendatei %1 konnte nicht gelesen oder geschrieben werden (E/A-Fehler): Es wurde nichts gespeichert. Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Facturo company file.</source>
        <translation>Die Datei %1 ist beschädigt oder keine Facturo-Firmendatei.</translation>
    </message>
    <message>
        <source>The company file %1 cannot be opened.</source>
        <translation>Die Firmendatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>No company file was given.</source>
        <translation>Es wurde keine Firmendatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The company file %1 cannot be read (permission denied).</source>
        <translation>Die Firmendatei %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The company file %1 is read-only. Copy it to a writable folder or change its permissions to work with it.</source>
        <translation>Die Firmendatei %1 ist schreibgeschützt. Kopieren Sie sie in einen beschreibbaren Ordner oder ändern Sie ihre Rechte, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>The folder of the company file %1 is read-only.</source>
        <translation>Der Ordner der Firmendatei %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Die Firmendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The file %1 is not a Facturo company file.</source>
        <translation>Die Datei %1 ist keine Facturo-Firmendatei.</translation>
    </message>
    <message>
        <source>The company file %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation>Die Firmendatei %1 wurde von einer neueren Facturo-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading the company file to schema %1</source>
        <translation>Firmendatei wird auf Schema %1 aktualisiert</translation>
    </message>
    <message>
        <source>Could not %1: it already exists (%2).</source>
        <translation>%1 nicht möglich: existiert bereits (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>%1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Nothing was saved.</source>
        <translation>%1 nicht möglich: Der Datenträger ist voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not %1: the company file could not be written (disk I/O error). Nothing was saved.</source>
        <translation>%1 nicht möglich: Die Firmendatei konnte nicht geschrieben werden (E/A-Fehler). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not %1: the company file is in use by another program.</source>
        <translation>%1 nicht möglich: Die Firmendatei wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>Could not %1: the company file is read-only.</source>
        <translation>%1 nicht möglich: Die Firmendatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt gives no SQLite connection for %1.</source>
        <translation>Der SQLite-Treiber von Qt liefert keine SQLite-Verbindung für %1.</translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation>Ein Teil dieser Arbeit ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a company file: it is empty or has no Facturo schema. It was left as it is.</source>
        <translation>%1 ist keine Firmendatei: Die Datei ist leer oder hat kein Facturo-Schema. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The company file %1 has schema %2, older than this version&apos;s %3: it is only read here. Open it once with Facturo (any command) to upgrade it, then check it again.</source>
        <translation>Die Firmendatei %1 hat Schema %2, älter als Schema %3 dieser Version: Sie wird hier nur gelesen. Öffnen Sie sie einmal mit Facturo (mit einem beliebigen Befehl), um sie zu aktualisieren, und prüfen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>%1 nicht möglich</translation>
    </message>
    <message>
        <source>read the company&apos;s schema</source>
        <translation>Schema der Firma lesen</translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company. Make one there with `facturo-cli server init` (or move a company file there with `facturo-cli server import`).</source>
        <translation>Die Datenbank %1 enthält keine Facturo-Firma. Legen Sie dort eine mit `facturo-cli server init` an (oder übertragen Sie eine Firmendatei mit `facturo-cli server import` dorthin).</translation>
    </message>
    <message>
        <source>read the company&apos;s schema version</source>
        <translation>Schemaversion der Firma lesen</translation>
    </message>
    <message>
        <source>The company on %1 was set up by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation>Die Firma auf %1 wurde von einer neueren Facturo-Version eingerichtet (Schema %2; diese Version liest bis Schema %3). Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The company on %1 has schema %2, older than this version&apos;s %3. Its owner upgrades it with `facturo-cli server upgrade %1`.</source>
        <translation>Die Firma auf %1 hat Schema %2, älter als Schema %3 dieser Version. Ihr Eigentümer aktualisiert sie mit `facturo-cli server upgrade %1`.</translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>„%1“ hat mehr als %n Nachkommastelle</numerusform>
            <numerusform>„%1“ hat mehr als %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use a dot as the decimal separator and no thousands separator</source>
        <translation>„%1“: Verwenden Sie einen Punkt als Dezimaltrennzeichen und kein Tausendertrennzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation>„%1“ ist zu groß (höchstens %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is zero with a minus sign: write 0.</source>
        <translation>„%1“ ist eine Null mit Minuszeichen: Schreiben Sie 0.</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The unfinished demo company %1 cannot be replaced: %2 cannot be removed.</source>
        <translation>Die unfertige Demofirma %1 kann nicht ersetzt werden: %2 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo company can only be created in a new, empty company file.</source>
        <translation>Die Demofirma kann nur in einer neuen, leeren Firmendatei angelegt werden.</translation>
    </message>
    <message>
        <source>Safety training for the customer&apos;s staff (exempt)</source>
        <translation>Sicherheitsschulung für das Personal des Kunden (steuerfrei)</translation>
    </message>
    <message>
        <source>Work carried out as requested; installation checked and left in working order.</source>
        <translation>Arbeiten wie beauftragt ausgeführt; Anlage geprüft und betriebsbereit übergeben.</translation>
    </message>
    <message>
        <source>Invoice cancelled: work covered by warranty</source>
        <translation>Rechnung storniert: Arbeiten fallen unter die Gewährleistung</translation>
    </message>
    <message>
        <source>Commercial gesture: labour not charged</source>
        <translation>Kulanz: Arbeitszeit nicht berechnet</translation>
    </message>
    <message>
        <source>Compressor relay replaced; pressures checked; unit restarted.</source>
        <translation>Kompressorrelais ersetzt; Drücke geprüft; Gerät wieder in Betrieb genommen.</translation>
    </message>
</context>
<context>
    <name>DirectDebitRepository</name>
    <message>
        <source>find the invoices to collect by direct debit</source>
        <translation>per Lastschrift einzuziehende Rechnungen suchen</translation>
    </message>
    <message>
        <source>record the direct debit collection</source>
        <translation>Lastschrifteinzug erfassen</translation>
    </message>
    <message>
        <source>read the direct debit collections</source>
        <translation>Lastschrifteinzüge lesen</translation>
    </message>
    <message>
        <source>record the returned direct debit</source>
        <translation>Rücklastschrift erfassen</translation>
    </message>
    <message>
        <source>read the rows of a returned direct debit</source>
        <translation>Zeilen einer Rücklastschrift lesen</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Draft invoice #%1</source>
        <translation>Rechnungsentwurf Nr. %1</translation>
    </message>
    <message>
        <source>Draft credit note #%1</source>
        <translation>Gutschriftentwurf Nr. %1</translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>Type here to add a line…</source>
        <translation>Hier tippen, um eine Position hinzuzufügen…</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Choose a tax rate from the list.</source>
        <translation>Wählen Sie einen Steuersatz aus der Liste.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Type the description of the new line first.</source>
        <translation>Geben Sie zuerst die Beschreibung der neuen Position ein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Unit code %1 (%2)</source>
        <translation>Einheitencode %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>create the draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>%1 is not a draft: it cannot be changed.</source>
        <translation>%1 ist kein Entwurf: Er kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>add the line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>save the line</source>
        <translation>Position speichern</translation>
    </message>
    <message>
        <source>remove the line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>read document %1</source>
        <translation>Dokument %1 lesen</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>Das Dokument %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the lines of document %1</source>
        <translation>Positionen von Dokument %1 lesen</translation>
    </message>
    <message>
        <source>read the tax breakdown of document %1</source>
        <translation>Steueraufstellung von Dokument %1 lesen</translation>
    </message>
    <message>
        <source>look up %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>There is no document numbered %1.</source>
        <translation>Es gibt kein Dokument mit der Nummer %1.</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>%1 buchen</translation>
    </message>
    <message>
        <source>Only a draft can be posted.</source>
        <translation>Nur ein Entwurf kann gebucht werden.</translation>
    </message>
    <message>
        <source>save the tax breakdown</source>
        <translation>Steueraufstellung speichern</translation>
    </message>
    <message>
        <source>update what is due on document %1</source>
        <translation>offenen Betrag von Dokument %1 aktualisieren</translation>
    </message>
    <message>
        <source>Document %1 is not posted.</source>
        <translation>Das Dokument %1 ist nicht gebucht.</translation>
    </message>
    <message>
        <source>move the draft to the trash</source>
        <translation>Entwurf in den Papierkorb legen</translation>
    </message>
    <message>
        <source>Only a draft can be deleted or restored.</source>
        <translation>Nur ein Entwurf kann gelöscht oder wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>read what was already credited</source>
        <translation>bereits Gutgeschriebenes lesen</translation>
    </message>
    <message>
        <source>read the credit notes</source>
        <translation>Gutschriften lesen</translation>
    </message>
    <message>
        <source>list the documents</source>
        <translation>Dokumente auflisten</translation>
    </message>
    <message>
        <source>total the documents</source>
        <translation>Dokumente summieren</translation>
    </message>
    <message>
        <source>search the documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>look up the payment reference %1</source>
        <translation>Zahlungsreferenz %1 nachschlagen</translation>
    </message>
    <message>
        <source>save the payment reference %1</source>
        <translation>Zahlungsreferenz %1 speichern</translation>
    </message>
    <message>
        <source>check the documents</source>
        <translation>Dokumente prüfen</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>DraftCommand</name>
    <message>
        <source>add line &quot;%1&quot;</source>
        <translation>Position „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Line %1 is no longer on the draft.</source>
        <translation>Position %1 ist nicht mehr im Entwurf.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>Position %1 ändern</translation>
    </message>
    <message>
        <source>remove line &quot;%1&quot;</source>
        <translation>Position „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>DraftEditorWidget</name>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Give the draft its final number (Ctrl+Return)</source>
        <translation>Dem Entwurf seine endgültige Nummer geben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation>‹ Rechnungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>In the trash since %1 — restore it to edit or post it.</source>
        <translation>Seit %1 im Papierkorb — stellen Sie ihn wieder her, um ihn zu bearbeiten oder zu buchen.</translation>
    </message>
    <message>
        <source> · approved by %1</source>
        <translation> · freigegeben von %1</translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation>Zum Buchen fehlt: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 needs %2. Ask a manager to approve it, then post it.</source>
        <translation>%1 braucht %2. Bitten Sie eine Führungskraft um Freigabe und buchen Sie dann.</translation>
    </message>
    <message>
        <source>%1 cannot be posted yet: it needs %2.</source>
        <translation>%1 kann noch nicht gebucht werden: es fehlt %2.</translation>
    </message>
    <message>
        <source>Post %1 to %2 for %3?

It gets its final number and can no longer be changed; a mistake is then corrected with a credit note.</source>
        <translation>%1 an %2 über %3 buchen?

Das Dokument erhält seine endgültige Nummer und kann nicht mehr geändert werden; ein Fehler wird dann mit einer Gutschrift korrigiert.</translation>
    </message>
    <message>
        <source>The total is above the approval threshold of %1: posting it approves it in your name.</source>
        <translation>Die Summe liegt über der Freigabegrenze von %1: Mit dem Buchen geben Sie es in Ihrem Namen frei.</translation>
    </message>
    <message>
        <source>Posted %1 for %2.</source>
        <translation>%1 über %2 gebucht.</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>%1 moved to the trash. Restore it from the Trash filter of the list.</source>
        <translation>%1 in den Papierkorb gelegt. Wiederherstellen über den Filter „Papierkorb“ der Liste.</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
</context>
<context>
    <name>DraftHeaderForm</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Purchase order, job…</source>
        <translation>Bestellung, Auftrag…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Printed on the invoice, under the lines.</source>
        <translation>Wird auf der Rechnung unter den Positionen gedruckt.</translation>
    </message>
    <message>
        <source>For your colleagues only: never printed or sent.</source>
        <translation>Nur für Ihre Kollegen: wird nie gedruckt oder gesendet.</translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation>Gedruckte Hinweise</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Leistungsdatum</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>change the customer</source>
        <translation>Kunden ändern</translation>
    </message>
    <message>
        <source>change the service date</source>
        <translation>Leistungsdatum ändern</translation>
    </message>
    <message>
        <source>change the payment terms</source>
        <translation>Zahlungsziel ändern</translation>
    </message>
    <message>
        <source>change the reference</source>
        <translation>Referenz ändern</translation>
    </message>
    <message>
        <source>change the reason</source>
        <translation>Grund ändern</translation>
    </message>
    <message>
        <source>change the language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>due %1 days after posting</source>
        <translation>fällig %1 Tage nach Buchung</translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation>Zum Buchen fehlt: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>edit the printed notes</source>
        <translation>gedruckte Hinweise bearbeiten</translation>
    </message>
    <message>
        <source>edit the internal notes</source>
        <translation>interne Notizen bearbeiten</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation>Die Bestellnummer des Kunden</translation>
    </message>
    <message>
        <source>Leitweg-ID, or the buyer&apos;s reference</source>
        <translation>Leitweg-ID oder die Referenz des Käufers</translation>
    </message>
    <message>
        <source>The buyer reference of the e-invoice (BT-10), from the customer&apos;s; German public buyers require their Leitweg-ID here.</source>
        <translation>Die Käuferreferenz der E-Rechnung (BT-10), übernommen vom Kunden; deutsche öffentliche Auftraggeber verlangen hier ihre Leitweg-ID.</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Bestellreferenz</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Käuferreferenz</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>change the order reference</source>
        <translation>Bestellreferenz ändern</translation>
    </message>
    <message>
        <source>change the buyer reference</source>
        <translation>Käuferreferenz ändern</translation>
    </message>
    <message>
        <source>change the payment means</source>
        <translation>Zahlungsmittel ändern</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>A line needs a description.</source>
        <translation>Eine Position braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>A line description is limited to 2000 characters.</source>
        <translation>Die Beschreibung einer Position ist auf 2000 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation>Die Menge von „%1“ darf nicht null sein.</translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; must not be negative: use a negative quantity for a returned part.</source>
        <translation>Der Einzelpreis von „%1“ darf nicht negativ sein: Verwenden Sie für ein zurückgenommenes Teil eine negative Menge.</translation>
    </message>
    <message>
        <source>%1 is posted: it can no longer be changed. Issue a credit note to correct it.</source>
        <translation>%1 ist gebucht: Es kann nicht mehr geändert werden. Korrigieren Sie es mit einer Gutschrift.</translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it first.</source>
        <translation>%1 liegt im Papierkorb: Stellen Sie es zuerst wieder her.</translation>
    </message>
    <message>
        <source>A document is limited to 10,000 lines.</source>
        <translation>Ein Dokument ist auf 10.000 Positionen begrenzt.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Service order %1 is already invoiced.</source>
        <translation>Der Serviceauftrag %1 ist bereits abgerechnet.</translation>
    </message>
    <message>
        <source>Service order %1 is %2: only a Done order can be invoiced.</source>
        <translation>Der Serviceauftrag %1 ist %2: Nur ein erledigter Auftrag kann abgerechnet werden.</translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts to invoice.</source>
        <translation>Der Serviceauftrag %1 hat weder Zeiten noch Material zum Abrechnen.</translation>
    </message>
    <message>
        <source>From service order %1</source>
        <translation>Aus Serviceauftrag %1</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Serviceauftrag %1</translation>
    </message>
    <message>
        <source>The customer of a credit note is the customer of the invoice it credits.</source>
        <translation>Der Kunde einer Gutschrift ist der Kunde der gutgeschriebenen Rechnung.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>The document language must be en, fr or de.</source>
        <translation>Die Dokumentsprache muss en, fr oder de sein.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Das Feld %1 ist auf %2 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>A credit note line must credit a line of the invoice.</source>
        <translation>Eine Gutschriftposition muss eine Position der Rechnung gutschreiben.</translation>
    </message>
    <message>
        <source>The line credited is not a line of %1.</source>
        <translation>Die gutgeschriebene Position gehört nicht zu %1.</translation>
    </message>
    <message>
        <source>A credit note line keeps the price, discount and tax of the invoice line; only its quantity can be reduced.</source>
        <translation>Eine Gutschriftposition behält Preis, Rabatt und Steuer der Rechnungsposition; nur die Menge kann verringert werden.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation>Position „%1“: höchstens %2 kann noch gutgeschrieben werden (berechnet %3).</translation>
    </message>
    <message>
        <source>Line %1 is not on %2.</source>
        <translation>Position %1 ist nicht auf %2.</translation>
    </message>
    <message>
        <source>Only a manager can approve an invoice (you are signed in as %1, a clerk).</source>
        <translation>Nur eine Führungskraft kann eine Rechnung freigeben (Sie sind als %1 angemeldet, Sachbearbeitung).</translation>
    </message>
    <message>
        <source>%1 is not in the trash.</source>
        <translation>%1 liegt nicht im Papierkorb.</translation>
    </message>
    <message>
        <source>line description</source>
        <translation>Positionsbeschreibung</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a VATEX exemption code (such as VATEX-EU-132-1I, VATEX-EU-IC, VATEX-EU-G or VATEX-FR-FRANCHISE)</source>
        <translation>%1: „%2“ ist kein VATEX-Befreiungscode (wie VATEX-EU-132-1I, VATEX-EU-IC, VATEX-EU-G oder VATEX-FR-FRANCHISE)</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>printed notes</source>
        <translation>gedruckte Notizen</translation>
    </message>
</context>
<context>
    <name>EInvoiceArchiveRepository</name>
    <message>
        <source>read the archived e-invoice of document %1</source>
        <translation>archivierte E-Rechnung des Dokuments %1 lesen</translation>
    </message>
    <message>
        <source>list the archived e-invoices of document %1</source>
        <translation>archivierte E-Rechnungen des Dokuments %1 auflisten</translation>
    </message>
    <message>
        <source>archive the e-invoice of document %1</source>
        <translation>E-Rechnung des Dokuments %1 archivieren</translation>
    </message>
</context>
<context>
    <name>EInvoiceCheck</name>
    <message>
        <source>the invoice number</source>
        <translation>die Rechnungsnummer</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>das Ausstellungsdatum</translation>
    </message>
    <message>
        <source>the document type (380 invoice or 381 credit note)</source>
        <translation>die Dokumentart (380 Rechnung oder 381 Gutschrift)</translation>
    </message>
    <message>
        <source>the currency code (ISO 4217)</source>
        <translation>der Währungscode (ISO 4217)</translation>
    </message>
    <message>
        <source>an invoicing period that ends after it starts</source>
        <translation>ein Abrechnungszeitraum, der nach seinem Beginn endet</translation>
    </message>
    <message>
        <source>the date of the credited invoice</source>
        <translation>das Datum der gutgeschriebenen Rechnung</translation>
    </message>
    <message>
        <source>the due date or the payment terms</source>
        <translation>das Fälligkeitsdatum oder das Zahlungsziel</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>der Name des Verkäufers</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the seller&apos;s postal address</source>
        <translation>die Postanschrift des Verkäufers</translation>
    </message>
    <message>
        <source>the seller&apos;s country</source>
        <translation>das Land des Verkäufers</translation>
    </message>
    <message>
        <source>the customer&apos;s postal address</source>
        <translation>die Postanschrift des Kunden</translation>
    </message>
    <message>
        <source>the customer&apos;s country</source>
        <translation>das Land des Kunden</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id or legal registration id</source>
        <translation>die USt-IdNr. oder die Registernummer des Verkäufers</translation>
    </message>
    <message>
        <source>a country prefix on the seller&apos;s VAT id</source>
        <translation>ein Länderpräfix in der USt-IdNr. des Verkäufers</translation>
    </message>
    <message>
        <source>a country prefix on the customer&apos;s VAT id</source>
        <translation>ein Länderpräfix in der USt-IdNr. des Kunden</translation>
    </message>
    <message>
        <source>the scheme of the seller&apos;s electronic address</source>
        <translation>das Schema der elektronischen Adresse des Verkäufers</translation>
    </message>
    <message>
        <source>the scheme of the customer&apos;s electronic address</source>
        <translation>das Schema der elektronischen Adresse des Kunden</translation>
    </message>
    <message>
        <source>at least one invoice line</source>
        <translation>mindestens eine Rechnungsposition</translation>
    </message>
    <message>
        <source>the identifier of line %1</source>
        <translation>die Kennung der Position %1</translation>
    </message>
    <message>
        <source>the unit of measure of line %1</source>
        <translation>die Mengeneinheit der Position %1</translation>
    </message>
    <message>
        <source>the item name of line %1</source>
        <translation>die Artikelbezeichnung der Position %1</translation>
    </message>
    <message>
        <source>a price that is not negative on line %1</source>
        <translation>ein nicht negativer Preis in Position %1</translation>
    </message>
    <message>
        <source>a positive base quantity on line %1</source>
        <translation>eine positive Basismenge in Position %1</translation>
    </message>
    <message>
        <source>the VAT category of line %1</source>
        <translation>die Steuerkategorie der Position %1</translation>
    </message>
    <message>
        <source>the reason of the discount on line %1</source>
        <translation>der Grund des Rabatts in Position %1</translation>
    </message>
    <message>
        <source>a net amount of line %1 that equals quantity × price − discount (%2 stated, %3 computed)</source>
        <translation>ein Nettobetrag der Position %1, der Menge × Preis − Rabatt entspricht (%2 angegeben, %3 berechnet)</translation>
    </message>
    <message>
        <source>the reason of each document allowance or charge</source>
        <translation>der Grund jedes Nachlasses oder Zuschlags auf Dokumentebene</translation>
    </message>
    <message>
        <source>the VAT category of each document allowance or charge</source>
        <translation>die Steuerkategorie jedes Nachlasses oder Zuschlags auf Dokumentebene</translation>
    </message>
    <message>
        <source>the VAT breakdown</source>
        <translation>die Umsatzsteueraufschlüsselung</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id</source>
        <translation>die USt-IdNr. des Verkäufers</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for reverse charge</source>
        <translation>die USt-IdNr. des Kunden für die Umkehr der Steuerschuldnerschaft</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for an intra-community supply</source>
        <translation>die USt-IdNr. des Kunden für eine innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>the delivery date or invoicing period of an intra-community supply</source>
        <translation>das Lieferdatum oder der Abrechnungszeitraum einer innergemeinschaftlichen Lieferung</translation>
    </message>
    <message>
        <source>the deliver-to country of an intra-community supply</source>
        <translation>das Lieferland einer innergemeinschaftlichen Lieferung</translation>
    </message>
    <message>
        <source>no VAT ids on a document not subject to VAT</source>
        <translation>keine USt-IdNr. auf einem nicht steuerbaren Dokument</translation>
    </message>
    <message>
        <source>no other VAT category beside &apos;not subject to VAT&apos;</source>
        <translation>keine andere Steuerkategorie neben „nicht steuerbar“</translation>
    </message>
    <message>
        <source>a known VAT category in the VAT breakdown (%1)</source>
        <translation>eine bekannte Steuerkategorie in der Umsatzsteueraufschlüsselung (%1)</translation>
    </message>
    <message>
        <source>a VAT rate above 0 % for the standard category</source>
        <translation>ein Steuersatz über 0 % für die Kategorie Regelsatz</translation>
    </message>
    <message>
        <source>a 0 % VAT rate for category %1</source>
        <translation>ein Steuersatz von 0 % für die Kategorie %1</translation>
    </message>
    <message>
        <source>the VAT exemption reason for category %1</source>
        <translation>der Befreiungsgrund für die Kategorie %1</translation>
    </message>
    <message>
        <source>no VAT exemption reason for category %1</source>
        <translation>kein Befreiungsgrund für die Kategorie %1</translation>
    </message>
    <message>
        <source>a payment means code Facturo knows (10, 20, 30, 48, 58, 59)</source>
        <translation>ein Facturo bekannter Zahlungsmittelcode (10, 20, 30, 48, 58, 59)</translation>
    </message>
    <message>
        <source>the seller&apos;s bank account (IBAN) for a credit transfer</source>
        <translation>das Bankkonto des Verkäufers (IBAN) für eine Überweisung</translation>
    </message>
    <message>
        <source>a valid IBAN for a SEPA credit transfer</source>
        <translation>eine gültige IBAN für eine SEPA-Überweisung</translation>
    </message>
    <message>
        <source>only the last digits of the payment card number</source>
        <translation>nur die letzten Ziffern der Zahlungskartennummer</translation>
    </message>
    <message>
        <source>the direct debit mandate reference</source>
        <translation>die Mandatsreferenz der Lastschrift</translation>
    </message>
    <message>
        <source>the seller&apos;s SEPA creditor identifier</source>
        <translation>die SEPA-Gläubiger-Identifikationsnummer des Verkäufers</translation>
    </message>
    <message>
        <source>the customer&apos;s debited account (IBAN)</source>
        <translation>das belastete Konto des Kunden (IBAN)</translation>
    </message>
    <message>
        <source>the VAT breakdown row for %1</source>
        <translation>die Zeile der Umsatzsteueraufschlüsselung für %1</translation>
    </message>
    <message>
        <source>a taxable amount for %1 equal to the sum of its lines (%2 stated, %3 computed)</source>
        <translation>ein steuerpflichtiger Betrag für %1, der der Summe seiner Positionen entspricht (%2 angegeben, %3 berechnet)</translation>
    </message>
    <message>
        <source>a VAT amount for %1 equal to its taxable amount × rate (%2 stated, %3 computed)</source>
        <translation>ein Steuerbetrag für %1, der seinem steuerpflichtigen Betrag × Satz entspricht (%2 angegeben, %3 berechnet)</translation>
    </message>
    <message>
        <source>no VAT breakdown row without lines</source>
        <translation>keine Zeile der Umsatzsteueraufschlüsselung ohne Positionen</translation>
    </message>
    <message>
        <source>%1 (%2 stated, %3 computed)</source>
        <translation>%1 (%2 angegeben, %3 berechnet)</translation>
    </message>
    <message>
        <source>the sum of the line net amounts (BR-CO-10)</source>
        <translation>die Summe der Nettobeträge der Positionen (BR-CO-10)</translation>
    </message>
    <message>
        <source>the sum of the allowances (BR-CO-11)</source>
        <translation>die Summe der Nachlässe (BR-CO-11)</translation>
    </message>
    <message>
        <source>the sum of the charges (BR-CO-12)</source>
        <translation>die Summe der Zuschläge (BR-CO-12)</translation>
    </message>
    <message>
        <source>the total without VAT (BR-CO-13)</source>
        <translation>der Gesamtbetrag ohne Umsatzsteuer (BR-CO-13)</translation>
    </message>
    <message>
        <source>the total VAT (BR-CO-14)</source>
        <translation>der Umsatzsteuergesamtbetrag (BR-CO-14)</translation>
    </message>
    <message>
        <source>the total with VAT (BR-CO-15)</source>
        <translation>der Gesamtbetrag mit Umsatzsteuer (BR-CO-15)</translation>
    </message>
    <message>
        <source>the amount due (BR-CO-16)</source>
        <translation>der fällige Betrag (BR-CO-16)</translation>
    </message>
    <message>
        <source>the payment means that carries the credit note&apos;s due date (UBL)</source>
        <translation>das Zahlungsmittel, das das Fälligkeitsdatum der Gutschrift trägt (UBL)</translation>
    </message>
    <message>
        <source>the seller&apos;s electronic address (%1)</source>
        <translation>die elektronische Adresse des Verkäufers (%1)</translation>
    </message>
    <message>
        <source>the customer&apos;s electronic address (%1)</source>
        <translation>die elektronische Adresse des Kunden (%1)</translation>
    </message>
    <message>
        <source>the buyer reference or the purchase order reference (%1)</source>
        <translation>die Käuferreferenz oder die Bestellreferenz (%1)</translation>
    </message>
    <message>
        <source>the buyer reference (Leitweg-ID) for %1</source>
        <translation>die Käuferreferenz (Leitweg-ID) für %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact name for %1</source>
        <translation>der Name des Ansprechpartners des Verkäufers für %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact phone for %1</source>
        <translation>die Telefonnummer des Ansprechpartners des Verkäufers für %1</translation>
    </message>
    <message>
        <source>a seller&apos;s contact phone with at least three digits for %1</source>
        <translation>eine Telefonnummer des Ansprechpartners des Verkäufers mit mindestens drei Ziffern für %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact email for %1</source>
        <translation>die E-Mail-Adresse des Ansprechpartners des Verkäufers für %1</translation>
    </message>
    <message>
        <source>a valid seller&apos;s contact email for %1</source>
        <translation>eine gültige E-Mail-Adresse des Ansprechpartners des Verkäufers für %1</translation>
    </message>
    <message>
        <source>the seller&apos;s city for %1</source>
        <translation>der Ort des Verkäufers für %1</translation>
    </message>
    <message>
        <source>the seller&apos;s postcode for %1</source>
        <translation>die Postleitzahl des Verkäufers für %1</translation>
    </message>
    <message>
        <source>the customer&apos;s city for %1</source>
        <translation>der Ort des Kunden für %1</translation>
    </message>
    <message>
        <source>the customer&apos;s postcode for %1</source>
        <translation>die Postleitzahl des Kunden für %1</translation>
    </message>
    <message>
        <source>the payment means for %1</source>
        <translation>das Zahlungsmittel für %1</translation>
    </message>
    <message>
        <source>the payment card number (last digits) for %1</source>
        <translation>die Zahlungskartennummer (letzte Ziffern) für %1</translation>
    </message>
</context>
<context>
    <name>EInvoiceNames</name>
    <message>
        <source>SIRET (France)</source>
        <translation>SIRET (Frankreich)</translation>
    </message>
    <message>
        <source>14 digits, e.g. 73282932000074</source>
        <translation>14 Ziffern, z. B. 73282932000074</translation>
    </message>
    <message>
        <source>SIREN (France)</source>
        <translation>SIREN (Frankreich)</translation>
    </message>
    <message>
        <source>9 digits, e.g. 732829320</source>
        <translation>9 Ziffern, z. B. 732829320</translation>
    </message>
    <message>
        <source>French VAT id</source>
        <translation>Französische USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. FR44732829320</source>
        <translation>z. B. FR44732829320</translation>
    </message>
    <message>
        <source>Belgian enterprise number</source>
        <translation>Belgische Unternehmensnummer</translation>
    </message>
    <message>
        <source>10 digits, e.g. 0477472701</source>
        <translation>10 Ziffern, z. B. 0477472701</translation>
    </message>
    <message>
        <source>Belgian VAT id</source>
        <translation>Belgische USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. BE0477472701</source>
        <translation>z. B. BE0477472701</translation>
    </message>
    <message>
        <source>German VAT id</source>
        <translation>Deutsche USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <source>Leitweg-ID (German public buyers)</source>
        <translation>Leitweg-ID (deutsche öffentliche Auftraggeber)</translation>
    </message>
    <message>
        <source>e.g. 04011000-1234512345-06</source>
        <translation>z. B. 04011000-1234512345-06</translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation>Global Location Number, GLN</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 Ziffern</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-Nummer</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>Dutch VAT id</source>
        <translation>Niederländische USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. NL123456789B01</source>
        <translation>z. B. NL123456789B01</translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation>KvK-Nummer (Niederlande)</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 Ziffern</translation>
    </message>
    <message>
        <source>Dutch OIN</source>
        <translation>Niederländische OIN</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 Ziffern</translation>
    </message>
    <message>
        <source>Austrian VAT id</source>
        <translation>Österreichische USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. ATU12345678</source>
        <translation>z. B. ATU12345678</translation>
    </message>
    <message>
        <source>Italian VAT id</source>
        <translation>Italienische USt-IdNr.</translation>
    </message>
    <message>
        <source>e.g. IT12345678901</source>
        <translation>z. B. IT12345678901</translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation>Organisationsnummer (Schweden)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 Ziffern</translation>
    </message>
    <message>
        <source>Organisasjonsnummer (Norway)</source>
        <translation>Organisasjonsnummer (Norwegen)</translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation>CVR-Nummer (Dänemark)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>e.g. invoices@example.com</source>
        <translation>z. B. rechnungen@example.com</translation>
    </message>
    <message>
        <source>e.g. 12345 B</source>
        <translation>z. B. 12345 B</translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation>Keine (nur PDF)</translation>
    </message>
    <message>
        <source>EN 16931, UBL</source>
        <translation>EN 16931, UBL</translation>
    </message>
    <message>
        <source>EN 16931, CII</source>
        <translation>EN 16931, CII</translation>
    </message>
    <message>
        <source>Peppol BIS Billing 3.0</source>
        <translation>Peppol BIS Billing 3.0</translation>
    </message>
    <message>
        <source>XRechnung (UBL)</source>
        <translation>XRechnung (UBL)</translation>
    </message>
    <message>
        <source>XRechnung (CII)</source>
        <translation>XRechnung (CII)</translation>
    </message>
    <message>
        <source>Factur-X (PDF with CII inside)</source>
        <translation>Factur-X (PDF mit eingebettetem CII)</translation>
    </message>
</context>
<context>
    <name>EInvoiceService</name>
    <message>
        <source>an e-invoice format</source>
        <translation>ein E-Rechnungsformat</translation>
    </message>
    <message>
        <source>Choose an e-invoice format (%1).</source>
        <translation>Wählen Sie ein E-Rechnungsformat (%1).</translation>
    </message>
    <message>
        <source>%1 is a draft: only a posted document has an e-invoice.</source>
        <translation>%1 ist ein Entwurf: Nur ein gebuchtes Dokument hat eine E-Rechnung.</translation>
    </message>
    <message>
        <source>%1 cannot be written as %2: it lacks %3.</source>
        <translation>%1 kann nicht als %2 geschrieben werden: Es fehlt %3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The e-invoice could not be written to %1: %2</source>
        <translation>Die E-Rechnung konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ElectronicAddress</name>
    <message>
        <source>The electronic address &quot;%1&quot; needs its scheme and identifier, such as 0208:0123456749 or 0009:12345678200010.</source>
        <translation>Die elektronische Adresse „%1“ braucht ihr Schema und ihre Kennung, etwa 0208:0123456749 oder 0009:12345678200010.</translation>
    </message>
    <message>
        <source>The electronic address of scheme %1 has no identifier.</source>
        <translation>Die elektronische Adresse mit Schema %1 hat keine Kennung.</translation>
    </message>
    <message>
        <source>The electronic address is too long.</source>
        <translation>Die elektronische Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The electronic address %1 (scheme EM) is not an email address.</source>
        <translation>Die elektronische Adresse %1 (Schema EM) ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Unknown electronic address scheme &quot;%1&quot;: use a code of the Peppol EAS list, such as 0009, 0208, 9930 or 0204.</source>
        <translation>Unbekanntes Schema der elektronischen Adresse „%1“: Verwenden Sie einen Code der Peppol-EAS-Liste, etwa 0009, 0208, 9930 oder 0204.</translation>
    </message>
    <message>
        <source>The electronic address %1:%2 is not valid: %3.</source>
        <translation>Die elektronische Adresse %1:%2 ist ungültig: %3.</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation>eine SIRET hat 14 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation>eine SIREN hat 9 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation>eine belgische Unternehmensnummer hat 10 Ziffern und gültige Prüfziffern</translation>
    </message>
    <message>
        <source>a Belgian VAT id is BE and 10 digits with valid check digits</source>
        <translation>eine belgische USt-IdNr. ist BE und 10 Ziffern mit gültigen Prüfziffern</translation>
    </message>
    <message>
        <source>a German VAT id is DE and 9 digits</source>
        <translation>eine deutsche USt-IdNr. ist DE und 9 Ziffern</translation>
    </message>
    <message>
        <source>a French VAT id is FR, a 2-character key and the 9-digit SIREN, with a matching key</source>
        <translation>eine französische USt-IdNr. ist FR, ein 2-stelliger Schlüssel und die 9-stellige SIREN, mit passendem Schlüssel</translation>
    </message>
    <message>
        <source>a Leitweg-ID has the form 04011000-1234512345-06 and valid check digits</source>
        <translation>eine Leitweg-ID hat die Form 04011000-1234512345-06 und gültige Prüfziffern</translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation>eine GLN hat 13 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation>eine DUNS-Nummer hat 9 Ziffern</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <source>a text holds the character U+0000</source>
        <translation>ein Text enthält das Zeichen U+0000</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
</context>
<context>
    <name>ExportEInvoiceDialog</name>
    <message>
        <source>Export the e-invoice of %1</source>
        <translation>E-Rechnung von %1 exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export the e-invoice</source>
        <translation>E-Rechnung exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>This document cannot be exported as %1 yet. It lacks:</source>
        <translation>Dieses Dokument kann noch nicht als %1 exportiert werden. Es fehlt:</translation>
    </message>
    <message>
        <source>Choose where to save the e-invoice.</source>
        <translation>Wählen Sie, wo die E-Rechnung gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 exported as %2: %3</source>
        <translation>%1 als %2 exportiert: %3</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>read the documents to export</source>
        <translation>zu exportierende Dokumente lesen</translation>
    </message>
    <message>
        <source>read the payments to export</source>
        <translation>zu exportierende Zahlungen lesen</translation>
    </message>
    <message>
        <source>read the journal to export</source>
        <translation>zu exportierendes Journal lesen</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Nothing to export as &quot;%1&quot; (invoices, payments or journal).</source>
        <translation>Nichts zu exportieren als „%1“ (invoices, payments oder journal).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (csv or fec).</source>
        <translation>Unbekanntes Exportformat „%1“ (csv oder fec).</translation>
    </message>
    <message>
        <source>An export needs a period: a first and a last day.</source>
        <translation>Ein Export braucht einen Zeitraum: einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2).</translation>
    </message>
    <message>
        <source>The FEC layout is for the journal only.</source>
        <translation>Das FEC-Format gilt nur für das Journal.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Das Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein.</translation>
    </message>
</context>
<context>
    <name>FacturXDocumentPdf</name>
    <message>
        <source>only invoices and credit notes can be Factur-X documents</source>
        <translation>nur Rechnungen und Gutschriften können Factur-X-Dokumente sein</translation>
    </message>
    <message>
        <source>a draft cannot be a Factur-X document: post it first</source>
        <translation>ein Entwurf kann kein Factur-X-Dokument sein: Buchen Sie ihn zuerst</translation>
    </message>
</context>
<context>
    <name>FacturXPdf</name>
    <message>
        <source>the invoice XML is empty</source>
        <translation>das Rechnungs-XML ist leer</translation>
    </message>
    <message>
        <source>the invoice XML is not a Cross Industry Invoice (its root element is %1)</source>
        <translation>das Rechnungs-XML ist keine Cross Industry Invoice (sein Wurzelelement ist %1)</translation>
    </message>
    <message>
        <source>the invoice XML is not well-formed (line %1: %2)</source>
        <translation>das Rechnungs-XML ist nicht wohlgeformt (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the invoice XML has no root element</source>
        <translation>das Rechnungs-XML hat kein Wurzelelement</translation>
    </message>
    <message>
        <source>the file is not a PDF (it does not begin with %PDF-)</source>
        <translation>die Datei ist kein PDF (sie beginnt nicht mit %PDF-)</translation>
    </message>
    <message>
        <source>unknown Factur-X profile &quot;%1&quot; (MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED)</source>
        <translation>unbekanntes Factur-X-Profil „%1“ (MINIMUM, BASIC WL, BASIC, EN 16931 oder EXTENDED)</translation>
    </message>
    <message>
        <source>the invoice has no issue date for the PDF&apos;s dates</source>
        <translation>die Rechnung hat kein Ausstellungsdatum für die Datumsangaben des PDF</translation>
    </message>
    <message>
        <source>the PDF needs a title or a document number</source>
        <translation>das PDF braucht einen Titel oder eine Dokumentnummer</translation>
    </message>
    <message>
        <source>%1 is of another version of Facturo</source>
        <translation>%1 stammt aus einer anderen Version von Facturo</translation>
    </message>
    <message>
        <source>it is in none of %1</source>
        <translation>es ist in keinem von %1</translation>
    </message>
    <message>
        <source>Factur-X needs %1, which could not be loaded: %2</source>
        <translation>Factur-X benötigt %1, das nicht geladen werden konnte: %2</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Facturo: invoices, payments and service orders.</source>
        <translation>Facturo: Rechnungen, Zahlungen und Serviceaufträge.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>Die zu öffnende Firmendatei.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
    <message>
        <source>Save screenshots of the main pages into &lt;folder&gt; and quit.</source>
        <translation>Bildschirmfotos der Hauptseiten in &lt;Ordner&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Create the demo company in &lt;file&gt; and quit.</source>
        <translation>Die Demofirma in &lt;Datei&gt; anlegen und beenden.</translation>
    </message>
    <message>
        <source>With --create-demo: a large file of &lt;n&gt; invoices.</source>
        <translation>Mit --create-demo: eine große Datei mit &lt;n&gt; Rechnungen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--screenshot needs the company file to show.</source>
        <translation>--screenshot braucht die anzuzeigende Firmendatei.</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>%1 is not set up yet.</source>
        <translation>%1 ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation>Facturo-Firmendateien (*.facturo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Demofirma</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation>Neue Firmendatei</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation>Facturo-Firmendateien (*.facturo)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for screenshots.</source>
        <translation>%1 kann für Bildschirmfotos nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No company file is open.</source>
        <translation>Es ist keine Firmendatei geöffnet.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the company file %1 with the backup %2?

The backup is checked first; the current file is kept beside it as %3.before-restore.</source>
        <translation>Die Firmendatei %1 durch die Sicherung %2 ersetzen?

Die Sicherung wird zuerst geprüft; die aktuelle Datei wird daneben als %3.before-restore aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
    <message>
        <source>The backup was not restored; the company file is unchanged.

%1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; die Firmendatei ist unverändert.

%1</translation>
    </message>
    <message>
        <source>The backup was checked and restored. The file it replaced is kept as %1.</source>
        <translation>Die Sicherung wurde geprüft und wiederhergestellt. Die ersetzte Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Facturo…</source>
        <translation>%1 wird auf diese Facturo-Version aktualisiert…</translation>
    </message>
    <message>
        <source>Opening the company file</source>
        <translation>Firmendatei wird geöffnet</translation>
    </message>
    <message>
        <source>The window needs %1 pixels: wider than %2.</source>
        <translation>Das Fenster braucht %1 Pixel: breiter als %2.</translation>
    </message>
    <message>
        <source>Password of %1, to replace the company file:</source>
        <translation>Passwort von %1, um die Firmendatei zu ersetzen:</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Verbindung mit einem Server</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>HandoffSettingsWidget</name>
    <message>
        <source>Make the draft invoice of every completed job</source>
        <translation>Zu jedem abgeschlossenen Auftrag den Rechnungsentwurf erstellen</translation>
    </message>
    <message>
        <source>Post it when nothing is missing and its total is within the approval threshold</source>
        <translation>Die Rechnung buchen, wenn nichts fehlt und die Summe innerhalb der Freigabegrenze liegt</translation>
    </message>
    <message>
        <source>Send the posted invoice to the customer (through the outbox)</source>
        <translation>Die gebuchte Rechnung an den Kunden senden (über den Postausgang)</translation>
    </message>
    <message>
        <source>The folder your field-service system writes completed jobs to</source>
        <translation>Der Ordner, in den Ihr Außendienstsystem abgeschlossene Aufträge schreibt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Needs attention, or why it failed</source>
        <translation>Zu prüfen oder Fehlerursache</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Hand-off folder</source>
        <translation>Übergabeordner</translation>
    </message>
    <message>
        <source>When a job arrives</source>
        <translation>Wenn ein Auftrag eintrifft</translation>
    </message>
    <message>
        <source>Settling time (facturo-cli handoff run)</source>
        <translation>Wartezeit (facturo-cli handoff run)</translation>
    </message>
    <message>
        <source>Writers save NAME.json.part and rename it to NAME.json when complete; a file still growing waits. Each file is imported whole or not at all, then moved to processed/, or to failed/ beside NAME.error.txt saying which job and field were wrong. A job already imported is never imported again.</source>
        <translation>Schreibende Programme speichern NAME.json.part und benennen die Datei in NAME.json um, wenn sie vollständig ist; eine noch wachsende Datei wartet. Jede Datei wird ganz oder gar nicht importiert und dann nach processed/ verschoben oder nach failed/ neben NAME.error.txt, die angibt, welcher Auftrag und welches Feld fehlerhaft waren. Ein bereits importierter Auftrag wird nie erneut importiert.</translation>
    </message>
    <message>
        <source>Files handled lately, newest first:</source>
        <translation>Zuletzt verarbeitete Dateien, neueste zuerst:</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>Entwurf %1</translation>
    </message>
    <message>
        <source>Saved. Completed jobs dropped into %1 are imported while Facturo runs.</source>
        <translation>Gespeichert. Abgeschlossene Aufträge, die in %1 abgelegt werden, werden importiert, solange Facturo läuft.</translation>
    </message>
    <message>
        <source>Saved. No hand-off folder is watched.</source>
        <translation>Gespeichert. Es wird kein Übergabeordner überwacht.</translation>
    </message>
    <message>
        <source>Job hand-off settings saved.</source>
        <translation>Einstellungen der Auftragsübergabe gespeichert.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Zahlung storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb gelegt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>Zum Senden eingereiht</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Per E-Mail gesendet</translation>
    </message>
    <message>
        <source>Sending retried</source>
        <translation>Senden erneut versucht</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Versand storniert</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Versand fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending to check</source>
        <translation>Versand zu prüfen</translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation>Zustellung bestätigt</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Mahnung</translation>
    </message>
    <message>
        <source>Late fee invoiced</source>
        <translation>Mahngebühr berechnet</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Als strittig markiert</translation>
    </message>
    <message>
        <source>Dispute closed</source>
        <translation>Streitfall abgeschlossen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>verrechnet</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, an %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, Referenz %1</translation>
    </message>
    <message>
        <source>%1 applied from %2</source>
        <translation>%1 aus %2 verrechnet</translation>
    </message>
    <message>
        <source>%1 (archived now: the copy every later print reproduces)</source>
        <translation>%1 (jetzt archiviert: die Kopie, die jeder spätere Druck wiedergibt)</translation>
    </message>
    <message>
        <source>%1 (the archived copy)</source>
        <translation>%1 (die archivierte Kopie)</translation>
    </message>
    <message>
        <source>To %1: “%2”</source>
        <translation>An %1: „%2“</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, mit %1</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>E-Rechnung</translation>
    </message>
    <message>
        <source>%1, %2, attached to an email</source>
        <translation>%1, %2, an eine E-Mail angehängt</translation>
    </message>
    <message>
        <source>%1, %2, exported to %3</source>
        <translation>%1, %2, exportiert nach %3</translation>
    </message>
    <message>
        <source>%1, %2, exported</source>
        <translation>%1, %2, exportiert</translation>
    </message>
    <message>
        <source> (archived now: every later copy in this format is the same file)</source>
        <translation> (jetzt archiviert: Jede spätere Kopie in diesem Format ist dieselbe Datei)</translation>
    </message>
</context>
<context>
    <name>ImportCatalog</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not labor, part or other</source>
        <translation>„%1“ ist weder labor noch part noch other</translation>
    </message>
    <message>
        <source>no tax rate of %1 % is set up (Settings › Tax rates)</source>
        <translation>kein Steuersatz von %1 % eingerichtet (Einstellungen › Steuersätze)</translation>
    </message>
    <message>
        <source>is empty and the file has no default tax rate</source>
        <translation>ist leer und die Datei hat keinen Standardsteuersatz</translation>
    </message>
    <message>
        <source>%1 is already on row %2</source>
        <translation>%1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>updates the item in the catalog</source>
        <translation>aktualisiert den Katalogartikel</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte „name“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same customer as row %1</source>
        <translation>derselbe Kunde wie in Zeile %1</translation>
    </message>
    <message>
        <source>already in the file as customer %1</source>
        <translation>bereits als Kunde %1 in der Datei</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (such as FR, DE or BE)</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2 (etwa FR, DE oder BE)</translation>
    </message>
    <message>
        <source>give the address either in &quot;address&quot; or in its columns (street, postcode, city, country), not both</source>
        <translation>geben Sie die Adresse entweder in „address“ oder in ihren Spalten (street, postcode, city, country) an, nicht beides</translation>
    </message>
    <message>
        <source>unknown e-invoice format &quot;%1&quot; (%2)</source>
        <translation>unbekanntes E-Rechnungsformat „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import only the valid rows (the others are left out)</source>
        <translation>Nur die gültigen Zeilen importieren (die anderen werden ausgelassen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Katalogartikel</translation>
    </message>
    <message>
        <source>Completed jobs</source>
        <translation>Erledigte Aufträge</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Wählen Sie die zu importierende Datei</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>CSV- oder JSON-Dateien (*.csv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Preview (%1): %2 to create, %3 to update, %4 to skip.</source>
        <translation>Vorschau (%1): %2 anzulegen, %3 zu aktualisieren, %4 zu überspringen.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1, separator &quot;%2&quot;</source>
        <translation>%1, Trennzeichen „%2“</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n Problem: Es wird nichts importiert, bevor es behoben ist.</numerusform>
            <numerusform>%n Probleme: Es wird nichts importiert, bevor sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 row(s)</source>
        <translation>%1 Zeile(n) importiert</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>die Kopfzeile hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither labor nor part</source>
        <translation>„%1“ ist weder labor noch part</translation>
    </message>
    <message>
        <source>already imported as service order %1</source>
        <translation>bereits als Serviceauftrag %1 importiert</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>„%1“ ist weder yes noch no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: %2</source>
        <translation>„%1“ ist keine gültige Zahl: %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Nothing to import as &quot;%1&quot; (customers, catalog or jobs).</source>
        <translation>Nichts zu importieren als „%1“ (customers, catalog oder jobs).</translation>
    </message>
    <message>
        <source>with a new customer</source>
        <translation>mit einem neuen Kunden</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>file structure</source>
        <translation>Dateistruktur</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>document totals</source>
        <translation>Dokumentsummen</translation>
    </message>
    <message>
        <source>payments and credits</source>
        <translation>Zahlungen und Gutschriften</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>SQLite %1: ok</source>
        <translation>SQLite %1: ok</translation>
    </message>
    <message>
        <source>The file structure is damaged: %1</source>
        <translation>Die Dateistruktur ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Every reference between records is valid</source>
        <translation>Alle Verweise zwischen Datensätzen sind gültig</translation>
    </message>
    <message>
        <source>A record refers to nothing: %1</source>
        <translation>Ein Datensatz verweist ins Leere: %1</translation>
    </message>
    <message>
        <source>Numbers are gapless: one posted document for every number taken</source>
        <translation>Die Nummern sind lückenlos: ein gebuchtes Dokument für jede vergebene Nummer</translation>
    </message>
    <message>
        <source>Numbering has a gap or a surplus (%1)</source>
        <translation>Die Nummerierung hat eine Lücke oder einen Überschuss (%1)</translation>
    </message>
    <message>
        <source>Each year&apos;s counter matches the documents issued that year</source>
        <translation>Der Zähler jedes Jahres passt zu den in diesem Jahr ausgestellten Dokumenten</translation>
    </message>
    <message>
        <source>A yearly counter does not match: %1</source>
        <translation>Ein Jahreszähler passt nicht: %1</translation>
    </message>
    <message>
        <source>Every journal entry balances</source>
        <translation>Jede Journalbuchung ist ausgeglichen</translation>
    </message>
    <message>
        <source>A journal entry does not balance: %1</source>
        <translation>Eine Journalbuchung ist nicht ausgeglichen: %1</translation>
    </message>
    <message>
        <source>Every posted document has its journal entry</source>
        <translation>Jedes gebuchte Dokument hat seine Journalbuchung</translation>
    </message>
    <message>
        <source>%1 has no journal entry, or more than one: it is half-posted</source>
        <translation>%1 hat keine oder mehr als eine Journalbuchung: es ist halb gebucht</translation>
    </message>
    <message>
        <source>Every payment has its journal entry</source>
        <translation>Jede Zahlung hat ihre Journalbuchung</translation>
    </message>
    <message>
        <source>A payment has no journal entry: %1</source>
        <translation>Eine Zahlung hat keine Journalbuchung: %1</translation>
    </message>
    <message>
        <source>a line&apos;s net %1 is not its quantity × price − discount</source>
        <translation>der Nettobetrag %1 einer Position ist nicht Menge × Preis − Rabatt</translation>
    </message>
    <message>
        <source>its net total %1 is not the sum of its lines</source>
        <translation>seine Nettosumme %1 ist nicht die Summe seiner Positionen</translation>
    </message>
    <message>
        <source>its tax %1 or gross %2 does not follow from its lines</source>
        <translation>seine Steuer %1 oder sein Bruttobetrag %2 folgt nicht aus seinen Positionen</translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not match its lines</source>
        <translation>seine gespeicherte Steueraufstellung passt nicht zu seinen Positionen</translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not add up to its totals</source>
        <translation>seine gespeicherte Steueraufstellung ergibt nicht seine Summen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posted document(s): totals and VAT follow from their lines</source>
        <translation>
            <numerusform>%n gebuchtes Dokument: Summen und Steuer folgen aus seinen Positionen</numerusform>
            <numerusform>%n gebuchte Dokumente: Summen und Steuer folgen aus ihren Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts paid equal the payments recorded</source>
        <translation>Die bezahlten Beträge entsprechen den erfassten Zahlungen</translation>
    </message>
    <message>
        <source>Payments do not add up: %1</source>
        <translation>Die Zahlungen gehen nicht auf: %1</translation>
    </message>
    <message>
        <source>Credited amounts equal the credit notes applied</source>
        <translation>Die gutgeschriebenen Beträge entsprechen den verrechneten Gutschriften</translation>
    </message>
    <message>
        <source>Credit notes do not add up: %1</source>
        <translation>Die Gutschriften gehen nicht auf: %1</translation>
    </message>
    <message>
        <source>Every invoice&apos;s status agrees with what is due</source>
        <translation>Der Status jeder Rechnung passt zum offenen Betrag</translation>
    </message>
    <message>
        <source>A status does not agree: %1</source>
        <translation>Ein Status passt nicht: %1</translation>
    </message>
    <message>
        <source>mail outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Every outbox message is about the posted document it names</source>
        <translation>Jede Nachricht im Postausgang betrifft das gebuchte Dokument, das sie nennt</translation>
    </message>
    <message>
        <source>An outbox message is about the wrong document: %1</source>
        <translation>Eine Nachricht im Postausgang betrifft das falsche Dokument: %1</translation>
    </message>
    <message>
        <source>Every outbox message was queued with its audit event</source>
        <translation>Jede Nachricht im Postausgang wurde mit ihrem Prüfereignis eingereiht</translation>
    </message>
    <message>
        <source>An outbox message was not queued by Facturo (no &quot;send&quot; event in the audit trail): %1</source>
        <translation>Eine Nachricht im Postausgang wurde nicht von Facturo eingereiht (kein Ereignis „send“ im Prüfprotokoll): %1</translation>
    </message>
    <message>
        <source>Every outbox message carries its attachments</source>
        <translation>Jede Nachricht im Postausgang hat alle ihre Anhänge</translation>
    </message>
    <message>
        <source>An outbox message lost an attachment: %1</source>
        <translation>Eine Nachricht im Postausgang hat einen Anhang verloren: %1</translation>
    </message>
    <message>
        <source>Every message sent is in its document&apos;s send history, once</source>
        <translation>Jede gesendete Nachricht steht genau einmal im Versandverlauf ihres Dokuments</translation>
    </message>
    <message>
        <source>The outbox and the send history disagree: %1</source>
        <translation>Postausgang und Versandverlauf stimmen nicht überein: %1</translation>
    </message>
    <message>
        <source>Every message being sent was claimed by a sender</source>
        <translation>Jede Nachricht, die gerade gesendet wird, wurde von einem Sendeprozess übernommen</translation>
    </message>
    <message>
        <source>An outbox message is marked as being sent but no sender ever took it: %1</source>
        <translation>Eine Nachricht im Postausgang ist als „wird gesendet“ markiert, wurde aber nie von einem Sendeprozess übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent, or interrupted by a stop: the sender queues them again (or asks to check them) when it next starts</source>
        <translation>
            <numerusform>%n Nachricht wird gesendet oder wurde durch ein Beenden unterbrochen: Der Sendeprozess reiht sie beim nächsten Start erneut ein (oder bittet, sie zu prüfen)</numerusform>
            <numerusform>%n Nachrichten werden gesendet oder wurden durch ein Beenden unterbrochen: Der Sendeprozess reiht sie beim nächsten Start erneut ein (oder bittet, sie zu prüfen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) whose delivery is unknown wait for the user to check them</source>
        <translation>
            <numerusform>%n Nachricht mit ungewisser Zustellung wartet auf die Prüfung durch den Benutzer</numerusform>
            <numerusform>%n Nachrichten mit ungewisser Zustellung warten auf die Prüfung durch den Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Open receivables per due date equal the open invoices</source>
        <translation>Die offenen Forderungen je Fälligkeitsdatum entsprechen den offenen Rechnungen</translation>
    </message>
    <message>
        <source>The receivables summary differs: %1</source>
        <translation>Die Forderungsübersicht weicht ab: %1</translation>
    </message>
    <message>
        <source>Open receivables per customer equal the open documents</source>
        <translation>Die offenen Forderungen je Kunde entsprechen den offenen Dokumenten</translation>
    </message>
    <message>
        <source>The receivables summary per customer differs: %1</source>
        <translation>Die Forderungsübersicht je Kunde weicht ab: %1</translation>
    </message>
    <message>
        <source>Invoiced and collected per day equal the invoices and payments</source>
        <translation>Die je Tag berechneten und eingegangenen Beträge entsprechen den Rechnungen und Zahlungen</translation>
    </message>
    <message>
        <source>The daily figures differ: %1</source>
        <translation>Die Tageswerte weichen ab: %1</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>The company&apos;s address could not be split into street, postcode, city and country: complete it (facturo-cli settings company --street … --postcode … --city … --country …)</source>
        <translation>Die Adresse der Firma konnte nicht in Straße, Postleitzahl, Ort und Land zerlegt werden: Vervollständigen Sie sie (facturo-cli settings company --street … --postcode … --city … --country …)</translation>
    </message>
    <message>
        <source>Customer %1 (%2): the address could not be split into street, postcode, city and country: complete it (facturo-cli customer edit %1 …)</source>
        <translation>Kunde %1 (%2): Die Adresse konnte nicht in Straße, Postleitzahl, Ort und Land zerlegt werden: Vervollständigen Sie sie (facturo-cli customer edit %1 …)</translation>
    </message>
    <message>
        <source>Every address is structured (street, postcode, city, country) or empty</source>
        <translation>Jede Adresse ist gegliedert (Straße, Postleitzahl, Ort, Land) oder leer</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>documents and payments against their audit events</source>
        <translation>Dokumente und Zahlungen gegen ihre Prüfprotokoll-Ereignisse</translation>
    </message>
    <message>
        <source>immutability rules</source>
        <translation>Unveränderlichkeitsregeln</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>contract occurrences</source>
        <translation>Vertragsfälligkeiten</translation>
    </message>
    <message>
        <source>Customers&apos; credits equal the customer-credit account</source>
        <translation>Die Guthaben der Kunden entsprechen dem Kundenguthabenkonto</translation>
    </message>
    <message>
        <source>Customers&apos; credits do not add up: %1</source>
        <translation>Die Guthaben der Kunden gehen nicht auf: %1</translation>
    </message>
</context>
<context>
    <name>IntegrityRepository</name>
    <message>
        <source>check the company file</source>
        <translation>Firmendatei prüfen</translation>
    </message>
    <message>
        <source>check the outbox</source>
        <translation>Postausgang prüfen</translation>
    </message>
    <message>
        <source>A company on a server has no file structure to check.</source>
        <translation>Eine Firma auf einem Server hat keine Dateistruktur, die geprüft werden könnte.</translation>
    </message>
    <message>
        <source>check the file structure</source>
        <translation>Dateistruktur prüfen</translation>
    </message>
    <message>
        <source>read the references between records</source>
        <translation>Verweise zwischen Datensätzen lesen</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Draft #%1</source>
        <translation>Entwurf Nr. %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>Overdue (%1 days)</source>
        <translation>Überfällig (%1 Tage)</translation>
    </message>
    <message>
        <source>Draft: no number yet, freely editable</source>
        <translation>Entwurf: noch keine Nummer, frei bearbeitbar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>InvoiceListWidget</name>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Open (unpaid)</source>
        <translation>Offen (unbezahlt)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>Gesendet oder nicht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Email the selected invoices and credit notes, each to its customer</source>
        <translation>Die ausgewählten Rechnungen und Gutschriften per E-Mail senden, jeweils an den eigenen Kunden</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>The selected documents, or a month&apos;s, as PDF files or one combined PDF</source>
        <translation>Die ausgewählten Dokumente oder die eines Monats als einzelne PDF-Dateien oder als ein gemeinsames PDF</translation>
    </message>
    <message>
        <source>Select the posted invoices or credit notes to send (Ctrl or Shift and click).</source>
        <translation>Wählen Sie die zu sendenden gebuchten Rechnungen oder Gutschriften aus (Strg oder Umschalt + Klick).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued in the outbox.</source>
        <translation>
            <numerusform>%n Nachricht in den Postausgang eingereiht.</numerusform>
            <numerusform>%n Nachrichten in den Postausgang eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the documents…</source>
        <translation>Dokumente werden gezählt…</translation>
    </message>
    <message>
        <source>Send the selected documents…</source>
        <translation>Ausgewählte Dokumente senden…</translation>
    </message>
    <message>
        <source>Send from a CSV list of numbers…</source>
        <translation>Anhand einer CSV-Liste von Nummern senden…</translation>
    </message>
    <message>
        <source>List of invoices to send</source>
        <translation>Liste der zu sendenden Rechnungen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Search number, customer or amount  (Ctrl+F)</source>
        <translation>Nummer, Kunde oder Betrag suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>No invoices yet: press Ctrl+N to write the first one.</source>
        <translation>Noch keine Rechnungen: Drücken Sie Strg+N, um die erste zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n document(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Dokument&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Dokumente&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · posted: net %1 · tax %2 · total &lt;b&gt;%3&lt;/b&gt; · amount due &lt;b&gt;%4&lt;/b&gt;</source>
        <translation> · gebucht: netto %1 · MwSt. %2 · Summe &lt;b&gt;%3&lt;/b&gt; · offen &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> · %n draft(s): %1, not due</source>
        <translation>
            <numerusform> · %n Entwurf: %1, nicht fällig</numerusform>
            <numerusform> · %n Entwürfe: %1, nicht fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
</context>
<context>
    <name>JobImportService</name>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation>„%1“ ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>job_id is missing</source>
        <translation>job_id fehlt</translation>
    </message>
    <message>
        <source>job_id is too long</source>
        <translation>job_id ist zu lang</translation>
    </message>
    <message>
        <source>customer is missing</source>
        <translation>customer fehlt</translation>
    </message>
    <message>
        <source>labor must be a list</source>
        <translation>labor muss eine Liste sein</translation>
    </message>
    <message>
        <source>parts must be a list</source>
        <translation>parts muss eine Liste sein</translation>
    </message>
    <message>
        <source>a completed job needs labor or parts</source>
        <translation>ein erledigter Auftrag braucht Arbeitszeit oder Material</translation>
    </message>
    <message>
        <source>The file contains no job.</source>
        <translation>Die Datei enthält keinen Auftrag.</translation>
    </message>
    <message>
        <source>Job %1 of the file is not an object: nothing was imported.</source>
        <translation>Auftrag %1 der Datei ist kein Objekt: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Job %1 of the file</source>
        <translation>Auftrag %1 der Datei</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file. Nothing was imported.</source>
        <translation>%1 kommt zweimal in der Datei vor. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 was already imported (service order %2). Nothing was imported.</source>
        <translation>%1 wurde bereits importiert (Serviceauftrag %2). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal entry for %1 does not balance (debit %2, credit %3): nothing was saved.</source>
        <translation>Die Journalbuchung für %1 ist nicht ausgeglichen (Soll %2, Haben %3): Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>write the journal entry</source>
        <translation>Journalbuchung schreiben</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>Journal lesen</translation>
    </message>
    <message>
        <source>read the account balances</source>
        <translation>Kontensalden lesen</translation>
    </message>
    <message>
        <source>check the journal</source>
        <translation>Journal prüfen</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>The journal entry of %1 does not balance: its lines do not add up to its totals. Nothing was posted.</source>
        <translation>Die Journalbuchung von %1 ist nicht ausgeglichen: Ihre Zeilen ergeben nicht ihre Summen. Es wurde nichts gebucht.</translation>
    </message>
</context>
<context>
    <name>LateFeesWidget</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>%1 % of the amount due</source>
        <translation>%1 % des offenen Betrags</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Rechnungsposition</translation>
    </message>
    <message>
        <source>(standard text)</source>
        <translation>(Standardtext)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Flat amount</source>
        <translation>Pauschalbetrag</translation>
    </message>
    <message>
        <source>Percentage of the amount due</source>
        <translation>Prozentsatz des offenen Betrags</translation>
    </message>
    <message>
        <source>e.g. 5.00 or 1.5</source>
        <translation>z. B. 5,00 oder 1,5</translation>
    </message>
    <message>
        <source>Empty: “Late fee, reminder n of invoice …”</source>
        <translation>Leer: „Mahngebühr: Mahnung n zur Rechnung …“</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Nicht umsatzsteuerbar</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Gebühr speichern</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Gebühr entfernen</translation>
    </message>
    <message>
        <source>A fee is invoiced as a new draft linked to the reminded invoice, only when you confirm it on the Reminders page.</source>
        <translation>Eine Gebühr wird erst dann als neuer, mit der gemahnten Rechnung verknüpfter Entwurf berechnet, wenn Sie sie auf der Seite „Mahnungen“ bestätigen.</translation>
    </message>
    <message>
        <source>Reminder level</source>
        <translation>Mahnstufe</translation>
    </message>
    <message>
        <source>Amount or %</source>
        <translation>Betrag oder %</translation>
    </message>
    <message>
        <source>The late fee of level %1 was saved.</source>
        <translation>Die Mahngebühr der Stufe %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was saved.</source>
        <translation>Die Mahngebühr der Mahnstufe %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Choose the fee to remove in the list.</source>
        <translation>Wählen Sie die zu entfernende Gebühr in der Liste aus.</translation>
    </message>
    <message>
        <source>No late fee chosen.</source>
        <translation>Keine Mahngebühr ausgewählt.</translation>
    </message>
    <message>
        <source>The late fee of level %1 was removed.</source>
        <translation>Die Mahngebühr der Stufe %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was removed.</source>
        <translation>Die Mahngebühr der Mahnstufe %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>This company file has no user yet: set it up first.</source>
        <translation>Diese Firmendatei hat noch keinen Benutzer: Richten Sie sie zuerst ein.</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>Der Benutzer %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>This company is already set up.</source>
        <translation>Diese Firma ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>VAT %1%</source>
        <translation>MwSt. %1%</translation>
    </message>
    <message>
        <source>VAT 10%</source>
        <translation>MwSt. 10%</translation>
    </message>
    <message>
        <source>VAT 5.5%</source>
        <translation>MwSt. 5,5%</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <source>VAT exempt, Article 132 of Directive 2006/112/EC</source>
        <translation>Steuerfrei nach Artikel 132 der Richtlinie 2006/112/EG</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Umkehr der Steuerschuldnerschaft</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup.</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation>Eine Sicherung kann nicht mitten in einer Änderung erstellt werden.</translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation>Sicherung %1 schreiben</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>Die Sicherung konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was removed.</source>
        <translation>Die Sicherung hat die Integritätsprüfung nicht bestanden und wurde entfernt.</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Ausfuhr außerhalb der EU</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Nicht steuerbar</translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server: pg_dump, or a company file taken with `facturo-cli server export` (docs/server.md).</source>
        <translation>Eine Firma auf einem Server wird vom Server gesichert: mit pg_dump oder als Firmendatei über `facturo-cli server export` (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>LegalRegistration</name>
    <message>
        <source>SIREN (France)</source>
        <translation>SIREN (Frankreich)</translation>
    </message>
    <message>
        <source>SIRET (France)</source>
        <translation>SIRET (Frankreich)</translation>
    </message>
    <message>
        <source>Enterprise number KBO/BCE (Belgium)</source>
        <translation>Unternehmensnummer KBO/BCE (Belgien)</translation>
    </message>
    <message>
        <source>Handelsregister B (Germany)</source>
        <translation>Handelsregister B (Deutschland)</translation>
    </message>
    <message>
        <source>Handelsregister A (Germany)</source>
        <translation>Handelsregister A (Deutschland)</translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation>KvK-Nummer (Niederlande)</translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation>Organisationsnummer (Schweden)</translation>
    </message>
    <message>
        <source>Y-tunnus (Finland)</source>
        <translation>Y-tunnus (Finnland)</translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation>CVR-Nummer (Dänemark)</translation>
    </message>
    <message>
        <source>UID number (Switzerland)</source>
        <translation>UID-Nummer (Schweiz)</translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation>Global Location Number, GLN</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>DUNS-Nummer</translation>
    </message>
    <message>
        <source>Legal Entity Identifier, LEI</source>
        <translation>Legal Entity Identifier, LEI</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; needs its scheme and identifier, such as 0009:12345678200010 or HRB:12345.</source>
        <translation>Die Registernummer „%1“ braucht ihr Schema und ihre Kennung, etwa 0009:12345678200010 oder HRB:12345.</translation>
    </message>
    <message>
        <source>Unknown registration scheme &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Registerschema „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The registration of scheme %1 has no identifier.</source>
        <translation>Die Registernummer mit Schema %1 hat keine Kennung.</translation>
    </message>
    <message>
        <source>The registration identifier is too long.</source>
        <translation>Die Registerkennung ist zu lang.</translation>
    </message>
    <message>
        <source>The registration %1:%2 is not valid: %3.</source>
        <translation>Die Registernummer %1:%2 ist ungültig: %3.</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation>eine SIRET hat 14 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation>eine SIREN hat 9 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation>eine belgische Unternehmensnummer hat 10 Ziffern und gültige Prüfziffern</translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation>eine GLN hat 13 Ziffern und eine gültige Prüfziffer</translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation>eine DUNS-Nummer hat 9 Ziffern</translation>
    </message>
    <message>
        <source>a register number is up to 6 digits, maybe followed by letters (12345 B)</source>
        <translation>eine Registernummer hat bis zu 6 Ziffern, eventuell gefolgt von Buchstaben (12345 B)</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>The PostgreSQL client library (libpq5) cannot be loaded: %1. Install the package libpq5.</source>
        <translation>Die PostgreSQL-Clientbibliothek (libpq5) kann nicht geladen werden: %1. Installieren Sie das Paket libpq5.</translation>
    </message>
</context>
<context>
    <name>LineUnitCodeField</name>
    <message>
        <source>The UN/ECE unit code e-invoices give for the quantity of the selected line. It follows the unit typed on the line unless you choose another here.</source>
        <translation>Der UN/ECE-Einheitencode, den E-Rechnungen für die Menge der ausgewählten Position angeben. Er folgt der auf der Position eingegebenen Einheit, sofern Sie hier keinen anderen wählen.</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Einheitencode</translation>
    </message>
    <message>
        <source>from the unit &quot;%1&quot;</source>
        <translation>aus der Einheit „%1“</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has no code of its own</source>
        <translation>die Einheit „%1“ hat keinen eigenen Code</translation>
    </message>
    <message>
        <source>chosen for this line</source>
        <translation>für diese Position gewählt</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>%1 is a draft: post it before sending it.</source>
        <translation>%1 ist ein Entwurf: Buchen Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation>%1 liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>%1 is a credit note: reminders are for invoices.</source>
        <translation>%1 ist eine Gutschrift: Mahnungen gelten für Rechnungen.</translation>
    </message>
    <message>
        <source>%1 has no recipient: the customer %2 has no contact with an email address. Add one to the customer or give the address.</source>
        <translation>%1 hat keinen Empfänger: Der Kunde %2 hat keinen Kontakt mit E-Mail-Adresse. Fügen Sie dem Kunden einen hinzu oder geben Sie die Adresse an.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Kopie an</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
</context>
<context>
    <name>MailSession</name>
    <message>
        <source>Mail server password</source>
        <translation>Passwort des Mailservers</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer: the password is kept in memory until Facturo closes, and asked for again next time.</source>
        <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar: Das Passwort bleibt bis zum Schließen von Facturo im Speicher und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for this mail server.</source>
        <translation>Für diesen Mailserver ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: the mail server&apos;s password is needed to send it.</source>
        <translation>Im Postausgang warten Nachrichten: Zum Senden wird das Passwort des Mailservers benötigt.</translation>
    </message>
    <message>
        <source>No mail server is set up: messages wait here until one is (Settings › Mail server).</source>
        <translation>Es ist kein Mailserver eingerichtet: Die Nachrichten warten hier, bis einer eingerichtet ist (Einstellungen › Mailserver).</translation>
    </message>
    <message>
        <source>Sending through %1:%2 as %3.</source>
        <translation>Versand über %1:%2 als %3.</translation>
    </message>
    <message>
        <source>No mail server is set up.</source>
        <translation>Es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is needed to send the test message.</source>
        <translation>Zum Senden der Testnachricht wird das Passwort des Mailservers benötigt.</translation>
    </message>
    <message>
        <source>Facturo test message</source>
        <translation>Facturo-Testnachricht</translation>
    </message>
    <message>
        <source>This message was sent from Facturo to check the mail settings of %1.
</source>
        <translation>Diese Nachricht wurde von Facturo gesendet, um die E-Mail-Einstellungen von %1 zu prüfen.
</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Die Testnachricht wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>A test message is already being sent.</source>
        <translation>Eine Testnachricht wird bereits gesendet.</translation>
    </message>
    <message>
        <source>Not signed in with %1: sign in in Settings › Mail server.</source>
        <translation>Nicht mit %1 angemeldet: Melden Sie sich unter Einstellungen › Mailserver an.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Mit %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>MailSettingsService</name>
    <message>
        <source>The connection security &quot;%1&quot; is not one of none, starttls or tls.</source>
        <translation>Die Verbindungssicherheit „%1“ ist weder none noch starttls noch tls.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>Der Fingerabdruck des vertrauenswürdigen Zertifikats ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>A user name and password are only sent over an encrypted connection: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Benutzername und Passwort werden nur über eine verschlüsselte Verbindung gesendet: Wählen Sie STARTTLS oder TLS oder lassen Sie den Benutzernamen leer.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>Die Anzahl der Versuche muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <source>The mail server&apos;s timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit des Mailservers muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>A wait between attempts must be between 0 seconds and one week.</source>
        <translation>Die Wartezeit zwischen Versuchen muss zwischen 0 Sekunden und einer Woche liegen.</translation>
    </message>
    <message>
        <source>Only a manager can change the mail settings.</source>
        <translation>Nur eine Führungskraft kann die E-Mail-Einstellungen ändern.</translation>
    </message>
    <message>
        <source>No mail server is set up: set one in the mail settings (facturo-cli settings smtp --host ...).</source>
        <translation>Es ist kein Mailserver eingerichtet: Legen Sie einen in den E-Mail-Einstellungen fest (facturo-cli settings smtp --host ...).</translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2 is needed to send mail.</source>
        <translation>Zum Senden wird das Passwort von %1 auf dem Mailserver %2 benötigt.</translation>
    </message>
    <message>
        <source>There is no sender address: give one in the mail settings or the company&apos;s email address.</source>
        <translation>Es gibt keine Absenderadresse: Geben Sie eine in den E-Mail-Einstellungen oder als E-Mail-Adresse der Firma an.</translation>
    </message>
    <message>
        <source>Signing in with %1 needs an encrypted connection: choose STARTTLS or TLS.</source>
        <translation>Die Anmeldung mit %1 erfordert eine verschlüsselte Verbindung: Wählen Sie STARTTLS oder TLS.</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Keine (nur lokales Relay)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Only for a self-signed certificate: its SHA-256 fingerprint</source>
        <translation>Nur für ein selbstsigniertes Zertifikat: sein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>Die E-Mail-Einstellungen sind gespeichert.</translation>
    </message>
    <message>
        <source>No keychain service runs on this computer: the password is kept in memory until Facturo closes and will be asked for again next time. It was not written anywhere.</source>
        <translation>Auf diesem Rechner läuft kein Schlüsselbunddienst: Das Passwort bleibt bis zum Schließen von Facturo im Speicher und wird beim nächsten Mal erneut abgefragt. Es wurde nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>To %1, or another address</source>
        <translation>An %1 oder eine andere Adresse</translation>
    </message>
    <message>
        <source>Address to send the test message to</source>
        <translation>Adresse, an die die Testnachricht gesendet wird</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
</context>
<context>
    <name>MailSignInState</name>
    <message>
        <source>the mail provider</source>
        <translation>der E-Mail-Anbieter</translation>
    </message>
    <message>
        <source>Sign in again to %1 (Settings &gt; Mail server, or facturo-cli mail sign-in): the provider no longer accepts the last sign-in. Queued mail waits until then.</source>
        <translation>Melden Sie sich erneut bei %1 an (Einstellungen &gt; Mailserver oder facturo-cli mail sign-in): Der Anbieter akzeptiert die letzte Anmeldung nicht mehr. Wartende E-Mails bleiben bis dahin in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>MailSignInWidget</name>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>The application (client) id registered with the provider</source>
        <translation>Die beim Anbieter registrierte Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation>Mit einem Code anmelden…</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device, where no browser opens here.</source>
        <translation>Zeigt einen Code zur Eingabe auf einem anderen Gerät an, wenn sich hier kein Browser öffnet.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Authorization endpoint:</source>
        <translation>Autorisierungs-Endpunkt:</translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation>Token-Endpunkt:</translation>
    </message>
    <message>
        <source>Device endpoint:</source>
        <translation>Geräte-Endpunkt:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Continue in the browser window that opened; Facturo waits for the sign-in.</source>
        <translation>Fahren Sie im geöffneten Browserfenster fort; Facturo wartet auf die Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>On any device with a browser, open %1 and enter the code %2 within %n minute(s). Facturo waits for the sign-in.</source>
        <translation>
            <numerusform>Öffnen Sie auf einem beliebigen Gerät mit Browser %1 und geben Sie innerhalb von %n Minute den Code %2 ein. Facturo wartet auf die Anmeldung.</numerusform>
            <numerusform>Öffnen Sie auf einem beliebigen Gerät mit Browser %1 und geben Sie innerhalb von %n Minuten den Code %2 ein. Facturo wartet auf die Anmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in. Mail waiting in the outbox is being sent.</source>
        <translation>Angemeldet. Die im Postausgang wartenden Nachrichten werden gesendet.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from this computer.</source>
        <translation>Abgemeldet: Die Anmeldung wurde von diesem Rechner entfernt.</translation>
    </message>
    <message>
        <source>Only where the provider gave one with the client id</source>
        <translation>Nur wenn der Anbieter eines zusammen mit der Client-ID angegeben hat</translation>
    </message>
    <message>
        <source>Client secret (if the provider gives one):</source>
        <translation>Client-Secret (falls der Anbieter eines angibt):</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>The subject of the template is empty.</source>
        <translation>Der Betreff der Vorlage ist leer.</translation>
    </message>
    <message>
        <source>The subject of the template contains a line break.</source>
        <translation>Der Betreff der Vorlage enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder {%1} (known: %2).</source>
        <translation>Die Vorlage verwendet einen unbekannten Platzhalter {%1} (bekannt: %2).</translation>
    </message>
    <message>
        <source>Only a manager can change the mail templates.</source>
        <translation>Nur eine Führungskraft kann die E-Mail-Vorlagen ändern.</translation>
    </message>
    <message>
        <source>There are mail templates for en, fr and de, not for &quot;%1&quot;.</source>
        <translation>Es gibt E-Mail-Vorlagen für en, fr und de, nicht für „%1“.</translation>
    </message>
</context>
<context>
    <name>MailTextsWidget</name>
    <message>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Originaltext</translation>
    </message>
    <message>
        <source>Go back to the text that comes with Facturo</source>
        <translation>Zum mit Facturo gelieferten Text zurückkehren</translation>
    </message>
    <message>
        <source>Placeholders: %1; in reminders also {level} and {days_overdue}.</source>
        <translation>Platzhalter: %1; in Mahnungen außerdem {level} und {days_overdue}.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Reminder, level %1 (%2 days overdue)</source>
        <translation>Mahnung, Stufe %1 (%2 Tage überfällig)</translation>
    </message>
    <message>
        <source>Text saved.</source>
        <translation>Text gespeichert.</translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) was saved.</source>
        <translation>Der E-Mail-Text „%1“ (%2) wurde gespeichert.</translation>
    </message>
    <message>
        <source>The built-in text is used again.</source>
        <translation>Der Originaltext wird wieder verwendet.</translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) is the built-in one again.</source>
        <translation>Der E-Mail-Text „%1“ (%2) ist wieder der Originaltext.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Facturo</source>
        <translation>%1 — Facturo</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new invoice, order, customer…</source>
        <translation>Neue Rechnung, neuer Auftrag, neuer Kunde…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>In der aktuellen Liste suchen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Post the draft: it gets its final number</source>
        <translation>Entwurf buchen: Er erhält seine endgültige Nummer</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Record money received on the invoice</source>
        <translation>Auf die Rechnung eingegangenes Geld erfassen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Das Dokument drucken</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation>Firmendatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>&amp;Demofirma öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Import jobs…</source>
        <translation>Aufträge &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Do&amp;kument</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Nothing to do here for “%1”.</source>
        <translation>Hier gibt es nichts zu tun für „%1“.</translation>
    </message>
    <message>
        <source>Import customers, catalog or jobs from &amp;CSV…</source>
        <translation>Kunden, Katalog oder Aufträge aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Invoice &amp;done service orders…</source>
        <translation>&amp;Erledigte Serviceaufträge abrechnen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Check the company file…</source>
        <translation>Firmendatei &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;About Facturo</source>
        <translation>&amp;Über Facturo</translation>
    </message>
    <message>
        <source>About Facturo</source>
        <translation>Über Facturo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Facturo %1&lt;/h3&gt;&lt;p&gt;Invoicing for service firms: service orders, invoices, payments, reminders.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facturo %1&lt;/h3&gt;&lt;p&gt;Rechnungsstellung für Dienstleistungsbetriebe: Serviceaufträge, Rechnungen, Zahlungen, Mahnungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mahnungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Checking the company file…</source>
        <translation>Firmendatei wird geprüft…</translation>
    </message>
    <message>
        <source>Check the company file</source>
        <translation>Firmendatei prüfen</translation>
    </message>
    <message>
        <source>The company file is sound: every check passed.</source>
        <translation>Die Firmendatei ist in Ordnung: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>The check found a problem: %1</source>
        <translation>Die Prüfung hat ein Problem gefunden: %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;Export for the accountant…</source>
        <translation>&amp;Export für die Steuerberatung…</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>Changes in Settings › %1 are not saved. Quit without saving them?</source>
        <translation>Die Änderungen unter Einstellungen › %1 sind nicht gespeichert. Ohne Speichern beenden?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Audit chain head (anchor): %1
Keep it outside the company file.</source>
        <translation>Kopf der Prüfkette (Anker): %1
Bewahren Sie ihn außerhalb der Firmendatei auf.</translation>
    </message>
    <message>
        <source>Copy anchor</source>
        <translation>Anker kopieren</translation>
    </message>
    <message>
        <source>Export anchor…</source>
        <translation>Anker exportieren…</translation>
    </message>
    <message>
        <source>Export the audit anchor</source>
        <translation>Prüfanker exportieren</translation>
    </message>
    <message>
        <source>Anchor files (*.anchor)</source>
        <translation>Ankerdateien (*.anchor)</translation>
    </message>
    <message>
        <source>Job hand-off: %1. Settings › Job hand-off lists them.</source>
        <translation>Auftragsübergabe: %1. Einstellungen › Auftragsübergabe listet sie auf.</translation>
    </message>
    <message>
        <source>Job hand-off: %1</source>
        <translation>Auftragsübergabe: %1</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New SEPA direct debit mandate</source>
        <translation>Neues SEPA-Lastschriftmandat</translation>
    </message>
    <message>
        <source>Core (consumers and businesses)</source>
        <translation>Basis (Verbraucher und Unternehmen)</translation>
    </message>
    <message>
        <source>B2B (businesses only)</source>
        <translation>B2B (nur Unternehmen)</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>Mandatsreferenz</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Mandat hinzufügen</translation>
    </message>
    <message>
        <source>Mandate %1 recorded.</source>
        <translation>Mandat %1 erfasst.</translation>
    </message>
</context>
<context>
    <name>MandateRepository</name>
    <message>
        <source>save the mandate</source>
        <translation>Mandat speichern</translation>
    </message>
    <message>
        <source>read the mandate</source>
        <translation>Mandat lesen</translation>
    </message>
    <message>
        <source>Mandate %1 does not exist.</source>
        <translation>Mandat %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the mandates</source>
        <translation>Mandate lesen</translation>
    </message>
    <message>
        <source>revoke the mandate</source>
        <translation>Mandat widerrufen</translation>
    </message>
    <message>
        <source>read the mandate&apos;s collections</source>
        <translation>Einzüge des Mandats lesen</translation>
    </message>
</context>
<context>
    <name>MatchCandidateRepository</name>
    <message>
        <source>read the open invoices</source>
        <translation>offene Rechnungen lesen</translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation>Rechnung %1 lesen</translation>
    </message>
    <message>
        <source>Invoice %1 is not an open posted invoice.</source>
        <translation>Rechnung %1 ist keine offene gebuchte Rechnung.</translation>
    </message>
    <message>
        <source>read the customers&apos; bank accounts</source>
        <translation>Bankkonten der Kunden lesen</translation>
    </message>
    <message>
        <source>read the customer&apos;s bank accounts</source>
        <translation>Bankkonten des Kunden lesen</translation>
    </message>
    <message>
        <source>record the customer&apos;s bank account</source>
        <translation>Bankkonto des Kunden erfassen</translation>
    </message>
</context>
<context>
    <name>MoneyEvents</name>
    <message>
        <source>the credit note</source>
        <translation>die Gutschrift</translation>
    </message>
    <message>
        <source>payment %1 on %2</source>
        <translation>Zahlung %1 zu %2</translation>
    </message>
    <message>
        <source>customer credit movement %1 of customer %2</source>
        <translation>Kundenguthabenbewegung %1 von Kunde %2</translation>
    </message>
    <message>
        <source>returned direct debit %1 on %2</source>
        <translation>Rücklastschrift %1 am %2</translation>
    </message>
</context>
<context>
    <name>MonthlyChartWidget</name>
    <message>
        <source>Invoiced and collected, last 12 months</source>
        <translation>Berechnet und eingegangen, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf anlegen</translation>
    </message>
    <message>
        <source>Who is the invoice for?</source>
        <translation>Für wen ist die Rechnung?</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Wählen Sie einen Kunden aus der Liste (geben Sie einen Teil des Namens ein).</translation>
    </message>
    <message>
        <source>Draft invoice created for %1.</source>
        <translation>Rechnungsentwurf für %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>a number is required</source>
        <translation>eine Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” must not be negative</source>
        <translation>„%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>“%1” is written with an exponent: type the number in full</source>
        <translation>„%1“ ist mit Exponent geschrieben: Geben Sie die Zahl vollständig ein</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a number: two separators follow each other</source>
        <translation>„%1“ ist keine Zahl: Zwei Trennzeichen folgen aufeinander</translation>
    </message>
    <message>
        <source>“%1” ends with a separator: type the digits after it or remove it</source>
        <translation>„%1“ endet mit einem Trennzeichen: Geben Sie die Ziffern danach ein oder entfernen Sie es</translation>
    </message>
    <message>
        <source>“%1” could be %2 (thousands) or %3 (decimals): type %2 or %3</source>
        <translation>„%1“ kann %2 (Tausender) oder %3 (Nachkommastellen) bedeuten: Geben Sie %2 oder %3 ein</translation>
    </message>
    <message>
        <source>“%1” mixes separators: type %2</source>
        <translation>„%1“ mischt Trennzeichen: Geben Sie %2 ein</translation>
    </message>
    <message>
        <source>“%1”: “%2” does not separate thousands in this language; type %3</source>
        <translation>„%1“: „%2“ trennt in dieser Sprache keine Tausender; geben Sie %3 ein</translation>
    </message>
    <message>
        <source>“%1”: thousands are separated in groups of three digits; type %2</source>
        <translation>„%1“: Tausender werden in Dreiergruppen getrennt; geben Sie %2 ein</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s)</source>
        <translation>
            <numerusform>„%1“ hat mehr als %n Nachkommastelle</numerusform>
            <numerusform>„%1“ hat mehr als %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
</context>
<context>
    <name>NumberingService</name>
    <message>
        <source>The numbering pattern is empty.</source>
        <translation>Das Nummernmuster ist leer.</translation>
    </message>
    <message>
        <source>The numbering pattern is too long (at most 40 characters).</source>
        <translation>Das Nummernmuster ist zu lang (höchstens 40 Zeichen).</translation>
    </message>
    <message>
        <source>The counter width in %1 must be between 1 and 9.</source>
        <translation>Die Zählerbreite in %1 muss zwischen 1 und 9 liegen.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in the numbering pattern (use {YYYY}, {YY}, {MM}, {SEQ} or {SEQ:n}).</source>
        <translation>Unbekannter Platzhalter %1 im Nummernmuster (verwenden Sie {YYYY}, {YY}, {MM}, {SEQ} oder {SEQ:n}).</translation>
    </message>
    <message>
        <source>The numbering pattern must contain the counter {SEQ} exactly once.</source>
        <translation>Das Nummernmuster muss den Zähler {SEQ} genau einmal enthalten.</translation>
    </message>
    <message>
        <source>A counter that restarts each year needs the year ({YYYY} or {YY}) in the pattern, or numbers would repeat.</source>
        <translation>Ein Zähler, der jedes Jahr neu beginnt, braucht das Jahr ({YYYY} oder {YY}) im Muster, sonst wiederholen sich Nummern.</translation>
    </message>
    <message>
        <source>The numbering pattern may only contain letters, digits, - / _ . and placeholders.</source>
        <translation>Das Nummernmuster darf nur Buchstaben, Ziffern, - / _ . und Platzhalter enthalten.</translation>
    </message>
</context>
<context>
    <name>OpenCompanyDialog</name>
    <message>
        <source>Open a company</source>
        <translation>Firma öffnen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation>Firmen&amp;datei:</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Firmendatei öffnen</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation>Facturo-Firmendateien (*.facturo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the keychain</source>
        <translation>leer: aus ~/.pgpass oder dem Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>Passwort im Schlüsselbund des Desktops &amp;merken</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Verschlüsselt, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Immer verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked</source>
        <translation>Verschlüsselt, Zertifikat und Name des Servers geprüft</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Nie verschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Firmendatei</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Verbindung mit einem Server</translation>
    </message>
    <message>
        <source>Choose the company file.</source>
        <translation>Wählen Sie die Firmendatei.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address (e.g. billing-server or 192.168.1.20).</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein (z. B. billing-server oder 192.168.1.20).</translation>
    </message>
    <message>
        <source>Write the name of the company&apos;s database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank der Firma auf dem Server ein.</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>unknown status &quot;%1&quot; (new, scheduled, in_progress, done, invoiced or cancelled)</source>
        <translation>unbekannter Status „%1“ (new, scheduled, in_progress, done, invoiced oder cancelled)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>OrderWorkPanel</name>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Ausgeführte Arbeit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Time entry added.</source>
        <translation>Zeiteintrag hinzugefügt.</translation>
    </message>
    <message>
        <source>Time entry removed.</source>
        <translation>Zeiteintrag entfernt.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Part added.</source>
        <translation>Material hinzugefügt.</translation>
    </message>
    <message>
        <source>Part removed.</source>
        <translation>Material entfernt.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Sent / next attempt</source>
        <translation>Gesendet / nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>queue the message</source>
        <translation>Nachricht einreihen</translation>
    </message>
    <message>
        <source>record the attachment %1</source>
        <translation>Anhang %1 speichern</translation>
    </message>
    <message>
        <source>read the outbox message</source>
        <translation>Nachricht des Postausgangs lesen</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Im Postausgang gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <source>read the attachments of the message</source>
        <translation>Anhänge der Nachricht lesen</translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation>Postausgang auflisten</translation>
    </message>
    <message>
        <source>count the outbox messages</source>
        <translation>Nachrichten im Postausgang zählen</translation>
    </message>
    <message>
        <source>look for mail to send</source>
        <translation>nach zu sendender Post suchen</translation>
    </message>
    <message>
        <source>update message %1 of the outbox</source>
        <translation>Nachricht %1 des Postausgangs aktualisieren</translation>
    </message>
    <message>
        <source>Message %1 is %2: it cannot be %3.</source>
        <translation>Nachricht %1 ist %2: Sie kann nicht %3 werden.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>marked as sent</source>
        <translation>als gesendet markiert</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>erneut eingereiht</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>erneut gesendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>record the delivery in the document&apos;s history</source>
        <translation>Zustellung im Verlauf des Dokuments festhalten</translation>
    </message>
    <message>
        <source>read the document&apos;s send history</source>
        <translation>Versandverlauf des Dokuments lesen</translation>
    </message>
</context>
<context>
    <name>OutboxSendLock</name>
    <message>
        <source>Another program (process %1 on %2) is sending the mail of this company file.</source>
        <translation>Ein anderes Programm (Prozess %1 auf %2) sendet die Post dieser Firmendatei.</translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company file.</source>
        <translation>Ein anderes Programm sendet die Post dieser Firmendatei.</translation>
    </message>
    <message>
        <source>The outbox lock next to the company file cannot be created.</source>
        <translation>Die Sperrdatei des Postausgangs neben der Firmendatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The outbox lock on the server cannot be taken: %1</source>
        <translation>Die Sperre des Postausgangs auf dem Server kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company.</source>
        <translation>Ein anderes Programm sendet die Post dieser Firma.</translation>
    </message>
    <message>
        <source>Another program (server session %1) is sending the mail of this company.</source>
        <translation>Ein anderes Programm (Serversitzung %1) sendet die Post dieser Firma.</translation>
    </message>
    <message>
        <source>Another program (%1) is sending the mail of this company.</source>
        <translation>Ein anderes Programm (%1) sendet die Post dieser Firma.</translation>
    </message>
    <message>
        <source>Another program (%1, connected from %2) is sending the mail of this company.</source>
        <translation>Ein anderes Programm (%1, verbunden von %2) sendet die Post dieser Firma.</translation>
    </message>
    <message>
        <source>The session holding the outbox lock on the server %1 was lost: sending stops so that no message goes out twice. It starts again with the next sending.</source>
        <translation>Die Sitzung, die die Sperre des Postausgangs auf dem Server %1 hielt, ist verloren gegangen: Das Senden wird angehalten, damit keine Nachricht zweimal hinausgeht. Es beginnt beim nächsten Senden erneut.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is waiting in the outbox, but no mail server is set up.</source>
        <translation>Im Postausgang warten Nachrichten, aber es ist kein Mailserver eingerichtet.</translation>
    </message>
    <message>
        <source>The mail client was busy.</source>
        <translation>Der Mail-Client war beschäftigt.</translation>
    </message>
    <message>
        <source>The sign-in changed before the message was sent; it waits in the queue.</source>
        <translation>Die Anmeldung hat sich vor dem Senden der Nachricht geändert; sie wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the message was not delivered.</source>
        <translation>Das Senden wurde abgebrochen; die Nachricht wurde nicht zugestellt.</translation>
    </message>
    <message>
        <source>Sign in again (Settings &gt; Mail server, or facturo-cli mail sign-in): %1 Queued mail waits until then.</source>
        <translation>Melden Sie sich erneut an (Einstellungen &gt; Mailserver oder facturo-cli mail sign-in): %1 Eingereihte Nachrichten warten bis dahin.</translation>
    </message>
    <message>
        <source>The outbox lock is not held.</source>
        <translation>Die Sperre des Postausgangs wird nicht gehalten.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Message %1 was sent on %2: send the document again to make a new message.</source>
        <translation>Nachricht %1 wurde am %2 gesendet: Senden Sie das Dokument erneut, um eine neue Nachricht zu erstellen.</translation>
    </message>
    <message>
        <source>Message %1 is being sent right now.</source>
        <translation>Nachricht %1 wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Message %1 was already sent: it cannot be cancelled.</source>
        <translation>Nachricht %1 wurde bereits gesendet: Sie kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Message %1 is being sent right now: it cannot be cancelled.</source>
        <translation>Nachricht %1 wird gerade gesendet: Sie kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>Only a message whose delivery is to be checked can be confirmed as sent; message %1 is %2.</source>
        <translation>Nur eine Nachricht, deren Zustellung zu prüfen ist, kann als gesendet bestätigt werden; Nachricht %1 ist %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, after its content may have reached the mail server. It may have been delivered: check with the recipient, then send it again or confirm it as sent.</source>
        <translation>Das Programm wurde beim Senden dieser Nachricht beendet, nachdem ihr Inhalt den Mailserver womöglich erreicht hatte. Sie wurde vielleicht zugestellt: Fragen Sie beim Empfänger nach und senden Sie sie dann erneut oder bestätigen Sie sie als gesendet.</translation>
    </message>
    <message>
        <source>The program stopped before this message was sent; it is queued again.</source>
        <translation>Das Programm wurde vor dem Senden dieser Nachricht beendet; sie ist wieder eingereiht.</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>OutboxWidget</name>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, to check)</source>
        <translation>Wartend (eingereiht, fehlgeschlagen, zu prüfen)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Ist angekommen</translation>
    </message>
    <message>
        <source>The recipient confirmed that this message arrived: record it as sent.</source>
        <translation>Der Empfänger hat bestätigt, dass diese Nachricht angekommen ist: als gesendet erfassen.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Message %1 is queued to be sent again.</source>
        <translation>Nachricht %1 ist zum erneuten Senden eingereiht.</translation>
    </message>
    <message>
        <source>Message %1 was cancelled.</source>
        <translation>Nachricht %1 wurde storniert.</translation>
    </message>
    <message>
        <source>Message %1 is recorded as sent.</source>
        <translation>Nachricht %1 ist als gesendet erfasst.</translation>
    </message>
    <message>
        <source>The outbox is empty: nothing was sent from this file yet.</source>
        <translation>Der Postausgang ist leer: Aus dieser Datei wurde noch nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>PartyAddressMigration</name>
    <message>
        <source>read the company address</source>
        <translation>Adresse der Firma lesen</translation>
    </message>
    <message>
        <source>split the company address</source>
        <translation>Adresse der Firma zerlegen</translation>
    </message>
    <message>
        <source>read the customers&apos; addresses</source>
        <translation>Adressen der Kunden lesen</translation>
    </message>
    <message>
        <source>split the customers&apos; addresses</source>
        <translation>Adressen der Kunden zerlegen</translation>
    </message>
</context>
<context>
    <name>PartySnapshot</name>
    <message>
        <source>The frozen copy of the seller and customer cannot be read (%1).</source>
        <translation>Die eingefrorene Kopie von Verkäufer und Kunde kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>PaymentListRepository</name>
    <message>
        <source>list the payments</source>
        <translation>Zahlungen auflisten</translation>
    </message>
    <message>
        <source>list the payments of document %1</source>
        <translation>Zahlungen von Dokument %1 auflisten</translation>
    </message>
</context>
<context>
    <name>PaymentMeansKeys</name>
    <message>
        <source>unknown payment means &quot;%1&quot; (%2)</source>
        <translation>unbekanntes Zahlungsmittel „%1“ (%2)</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Kundenguthaben</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>record the payment</source>
        <translation>Zahlung speichern</translation>
    </message>
    <message>
        <source>read payment %1</source>
        <translation>Zahlung %1 lesen</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>Die Zahlung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>Zahlungen lesen</translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation>Zahlungen summieren</translation>
    </message>
    <message>
        <source>read the payment&apos;s reversals</source>
        <translation>Stornos der Zahlung lesen</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>Das Zahlungsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The payment date %1 is not plausible.</source>
        <translation>Das Zahlungsdatum %1 ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The payment reference is limited to 200 characters.</source>
        <translation>Die Zahlungsreferenz ist auf 200 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>%1 is a credit note: record a refund instead of a payment.</source>
        <translation>%1 ist eine Gutschrift: Erfassen Sie eine Erstattung statt einer Zahlung.</translation>
    </message>
    <message>
        <source>%1 is a draft: post it before recording a payment.</source>
        <translation>%1 ist ein Entwurf: Buchen Sie ihn, bevor Sie eine Zahlung erfassen.</translation>
    </message>
    <message>
        <source>%1 has nothing left to pay.</source>
        <translation>Auf %1 ist nichts mehr zu zahlen.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Nur eine Zahlung kann storniert werden.</translation>
    </message>
    <message>
        <source>Payment %1 is already reversed.</source>
        <translation>Die Zahlung %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Reversal of payment %1</source>
        <translation>Storno der Zahlung %1</translation>
    </message>
    <message>
        <source>Only a posted credit note can be refunded.</source>
        <translation>Nur eine gebuchte Gutschrift kann erstattet werden.</translation>
    </message>
    <message>
        <source>Refund refused: %1 is more than the %2 still owed to the customer on %3.</source>
        <translation>Erstattung abgelehnt: %1 ist mehr als die dem Kunden auf %3 noch geschuldeten %2.</translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>The date %1 is before %2 was issued (%3): money is never paid or refunded on a document before its issue date.</source>
        <translation>Das Datum %1 liegt vor der Ausstellung von %2 (%3): Auf ein Dokument wird nie vor seinem Ausstellungsdatum gezahlt oder erstattet.</translation>
    </message>
    <message>
        <source>Payment %1 cannot be reversed today (%2): it is dated %3, and a reversal is never dated before the payment it reverses. Is the computer&apos;s clock set back?</source>
        <translation>Die Zahlung %1 kann heute (%2) nicht storniert werden: Sie ist auf den %3 datiert, und ein Storno liegt nie vor der Zahlung, die er storniert. Wurde die Uhr des Rechners zurückgestellt?</translation>
    </message>
    <message>
        <source>Credit applied to an invoice cannot be kept as credit again.</source>
        <translation>Auf eine Rechnung angerechnetes Guthaben kann nicht erneut als Guthaben behalten werden.</translation>
    </message>
    <message>
        <source>Over-payment refused: %1 is more than the %2 due on %3. To keep the excess as the customer&apos;s credit, record it with --overpayment credit (in the payment window: keep the excess as credit).</source>
        <translation>Überzahlung abgelehnt: %1 ist mehr als die auf %3 fälligen %2. Um den Überschuss als Guthaben des Kunden zu behalten, erfassen Sie ihn mit --overpayment credit (im Zahlungsfenster: Überschuss als Guthaben behalten).</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is %1: %2 cannot be applied to %3.</source>
        <translation>Das Guthaben des Kunden beträgt %1: %2 kann nicht auf %3 angerechnet werden.</translation>
    </message>
    <message>
        <source>Apply a customer&apos;s credit invoice by invoice.</source>
        <translation>Rechnen Sie das Guthaben eines Kunden Rechnung für Rechnung an.</translation>
    </message>
    <message>
        <source>%1 has no open invoice to pay.</source>
        <translation>%1 hat keine offene Rechnung zu bezahlen.</translation>
    </message>
    <message>
        <source>An invoice is named twice.</source>
        <translation>Eine Rechnung ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 is not an invoice of %2.</source>
        <translation>%1 ist keine Rechnung von %2.</translation>
    </message>
    <message>
        <source>The amounts given to the invoices add up to more than the %1 received.</source>
        <translation>Die den Rechnungen zugeordneten Beträge ergeben mehr als die erhaltenen %1.</translation>
    </message>
    <message>
        <source>Over-payment refused: %1 of the %2 received is left over after paying the invoices. To keep it as the customer&apos;s credit, record it with --overpayment credit.</source>
        <translation>Überzahlung abgelehnt: Von den erhaltenen %2 bleibt nach dem Bezahlen der Rechnungen %1 übrig. Um den Betrag als Guthaben des Kunden zu behalten, erfassen Sie ihn mit --overpayment credit.</translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>Es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <source>Payment %1 applied the customer&apos;s credit: it cannot be reversed. Credit the invoice or pay the credit back instead.</source>
        <translation>Zahlung %1 hat das Guthaben des Kunden angerechnet: Sie kann nicht storniert werden. Erstellen Sie stattdessen eine Gutschrift zur Rechnung oder zahlen Sie das Guthaben zurück.</translation>
    </message>
    <message>
        <source>Payment %1 was collected by direct debit: record the returned debit instead (direct-debit return).</source>
        <translation>Zahlung %1 wurde per Lastschrift eingezogen: Erfassen Sie stattdessen die Rücklastschrift (direct-debit return).</translation>
    </message>
    <message>
        <source>A refund is paid by bank transfer, card, cash, cheque or other means.</source>
        <translation>Eine Erstattung wird per Überweisung, Karte, bar, Scheck oder auf anderem Weg gezahlt.</translation>
    </message>
</context>
<context>
    <name>PaymentSettingsWidget</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write-off limit</source>
        <translation>Ausbuchungsgrenze</translation>
    </message>
    <message>
        <source>A difference up to this amount may be written off by anyone; above it only by a manager (0: managers only).</source>
        <translation>Eine Differenz bis zu diesem Betrag darf jeder ausbuchen; darüber nur eine Führungskraft (0: nur Führungskräfte).</translation>
    </message>
    <message>
        <source>SEPA creditor identifier</source>
        <translation>SEPA-Gläubiger-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Payment settings saved.</source>
        <translation>Zahlungseinstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (storniert)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search invoice number, customer, reference</source>
        <translation>Rechnungsnummer, Kunde, Referenz suchen</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>The 500 most recent payments; search to find older ones.</source>
        <translation>Die 500 neuesten Zahlungen; suchen Sie, um ältere zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n Zahlung.</numerusform>
            <numerusform>%n Zahlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of the invoice that was paid.</source>
        <translation>Geben Sie die Nummer der bezahlten Rechnung ein.</translation>
    </message>
    <message>
        <source>No payments recorded yet.</source>
        <translation>Noch keine Zahlungen erfasst.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1 is not a server location. Write it as postgresql://user@host[:port]/database (optionally ?sslmode=require).</source>
        <translation>%1 ist keine Serveradresse. Schreiben Sie sie als postgresql://user@host[:port]/database (optional mit ?sslmode=require).</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check the password (or ~/.pgpass) and try again.</source>
        <translation>Der Server %1 hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie das Passwort (oder ~/.pgpass) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server %1 has no such database or user: %2</source>
        <translation>Auf dem Server %1 gibt es diese Datenbank oder diesen Benutzer nicht: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it may be down or the address may be wrong. Nothing was changed; try again when it is back.</source>
        <translation>Der Server %1 ist nicht erreichbar: Er ist vielleicht ausgefallen oder die Adresse ist falsch. Es wurde nichts geändert; versuchen Sie es erneut, wenn er wieder verfügbar ist.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: nothing of the work in progress was saved. Reconnect and try again (%2).</source>
        <translation>Die Verbindung zum Server %1 wurde unterbrochen: Von der laufenden Arbeit wurde nichts gespeichert. Verbinden Sie sich erneut und versuchen Sie es noch einmal (%2).</translation>
    </message>
    <message>
        <source>The server %1 reported an error: %2</source>
        <translation>Der Server %1 hat einen Fehler gemeldet: %2</translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation>Ein Teil dieser Arbeit ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>The server did not save this work: %1</source>
        <translation>Der Server hat diese Arbeit nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, and the location asks for one (sslmode=%2). Ask its administrator to turn encryption (SSL) on, or choose a weaker setting if the network is trusted. Nothing was changed.</source>
        <translation>Der Server %1 bietet keine verschlüsselte Verbindung an, die Adresse verlangt aber eine (sslmode=%2). Bitten Sie die Administration des Servers, die Verschlüsselung (SSL) einzuschalten, oder wählen Sie eine schwächere Einstellung, wenn das Netzwerk vertrauenswürdig ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is with its certificate (%2). Check the encryption setting and the server&apos;s certificate with its administrator.</source>
        <translation>Der Server %1 konnte mit seinem Zertifikat nicht nachweisen, wer er ist (%2). Prüfen Sie die Verschlüsselungseinstellung und das Zertifikat des Servers mit der Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>PgCopyIn</name>
    <message>
        <source>Could not copy the rows of %1 to the server: %2</source>
        <translation>Die Zeilen von %1 konnten nicht auf den Server kopiert werden: %2</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>The server script %1 is missing from this build.</source>
        <translation>Das Serverskript %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>%1 is not a role name: use lower-case letters, digits and _.</source>
        <translation>%1 ist kein Rollenname: Verwenden Sie Kleinbuchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <source>The role %1 does not exist and this user may not create it: ask the server&apos;s administrator to run CREATE ROLE %1 NOLOGIN, then try again. Nothing was changed.</source>
        <translation>Die Rolle %1 existiert nicht und dieser Benutzer darf sie nicht anlegen: Bitten Sie den Administrator des Servers, CREATE ROLE %1 NOLOGIN auszuführen, und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Setting up schema %1</source>
        <translation>Schema %1 wird eingerichtet</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2 tables): a company is set up only in an empty database. Nothing was changed.</source>
        <translation>Die Datenbank %1 ist nicht leer (%2 Tabellen): Eine Firma wird nur in einer leeren Datenbank eingerichtet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company: set one up with `server init`.</source>
        <translation>Die Datenbank %1 enthält keine Facturo-Firma: Richten Sie eine mit `server init` ein.</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>address line 3</source>
        <translation>Adresszeile 3</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>country subdivision</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country line</source>
        <translation>Länderzeile</translation>
    </message>
    <message>
        <source>postcode prefix</source>
        <translation>Postleitzahl-Präfix</translation>
    </message>
    <message>
        <source>The %1 is one line.</source>
        <translation>Das Feld %1 ist einzeilig.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Das Feld %1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code (such as FR, DE or BE).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 (etwa FR, DE oder BE).</translation>
    </message>
    <message>
        <source>The address needs its country (an ISO 3166-1 code such as FR, DE or BE).</source>
        <translation>Die Adresse braucht ihr Land (einen Code nach ISO 3166-1 wie FR, DE oder BE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode of %2.</source>
        <translation>„%1“ ist keine Postleitzahl von %2.</translation>
    </message>
</context>
<context>
    <name>PostalAddressFields</name>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Building, floor, P.O. box (optional)</source>
        <translation>Gebäude, Stockwerk, Postfach (optional)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region or state, when the post needs it</source>
        <translation>Region oder Bundesstaat, wenn die Post es verlangt</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Postleitzahl, Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>PostedDocumentWidget</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Gutschrift…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Record money received (Ctrl+Shift+P)</source>
        <translation>Eingegangenes Geld erfassen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation>‹ Rechnungen</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · überfällig seit %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issued %1 · service date %2</source>
        <translation>Ausgestellt am %1 · Leistungsdatum %2</translation>
    </message>
    <message>
        <source>Due %1 (%2 days)</source>
        <translation>Fällig am %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Credits %1 · reason: %2</source>
        <translation>Gutschrift zu %1 · Grund: %2</translation>
    </message>
    <message>
        <source>Posted by %1 on %2</source>
        <translation>Gebucht von %1 am %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <source>Internal: %1</source>
        <translation>Intern: %1</translation>
    </message>
    <message>
        <source>Owed to customer&lt;br&gt;%1</source>
        <translation>Dem Kunden geschuldet&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Amount due&lt;br&gt;%1</source>
        <translation>Offen&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Zahlungen (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>Gutschriften (%1)</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Zahlung stornieren…</translation>
    </message>
    <message>
        <source>A payment recorded by mistake is undone by a reversal entry; it is never deleted.</source>
        <translation>Eine irrtümlich erfasste Zahlung wird durch eine Stornobuchung rückgängig gemacht; sie wird nie gelöscht.</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Erstattung erfassen…</translation>
    </message>
    <message>
        <source>Select a payment that is not reversed yet.</source>
        <translation>Wählen Sie eine Zahlung, die noch nicht storniert ist.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Reverse the payment of %1 of %2? Why?</source>
        <translation>Die Zahlung über %1 vom %2 stornieren? Warum?</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Irrtümlich erfasst</translation>
    </message>
    <message>
        <source>Payment reversed on %1.</source>
        <translation>Zahlung auf %1 storniert.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Senden…</translation>
    </message>
    <message>
        <source>Email the document with its PDF to the customer</source>
        <translation>Das Dokument mit seinem PDF per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>%1 exported as PDF.</source>
        <translation>%1 als PDF exportiert.</translation>
    </message>
    <message>
        <source>Send a reminder now…</source>
        <translation>Jetzt eine Mahnung senden…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Streitfall…</translation>
    </message>
    <message>
        <source>Close the dispute…</source>
        <translation>Streitfall abschließen…</translation>
    </message>
    <message>
        <source>%1 · disputed: %2</source>
        <translation>%1 · strittig: %2</translation>
    </message>
    <message>
        <source>%1 is in the outbox: it goes out as soon as the mail server answers.</source>
        <translation>%1 liegt im Postausgang: Es wird gesendet, sobald der Mailserver antwortet.</translation>
    </message>
    <message>
        <source>Only an overdue invoice with an amount due can be reminded.</source>
        <translation>Nur eine überfällige Rechnung mit offenem Betrag kann gemahnt werden.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Mahnung senden</translation>
    </message>
    <message>
        <source>Send the next reminder for %1 by email now, with the reminder letter attached?</source>
        <translation>Die nächste Mahnung zu %1 jetzt per E-Mail senden, mit dem Mahnschreiben im Anhang?</translation>
    </message>
    <message>
        <source>Reminder %1 for %2 is in the outbox.</source>
        <translation>Die Mahnung der Stufe %1 zu %2 liegt im Postausgang.</translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder goes out for it.</source>
        <translation>%1 ist strittig: Dafür wird keine Mahnung gesendet.</translation>
    </message>
    <message>
        <source>The dispute on %1 is closed.</source>
        <translation>Der Streitfall zu %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Close the dispute</source>
        <translation>Streitfall abschließen</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>How was the dispute on %1 settled?</source>
        <translation>Wie wurde der Streitfall zu %1 beigelegt?</translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder goes out for it until the dispute is closed.</source>
        <translation>Warum bestreitet der Kunde %1? Bis der Streitfall abgeschlossen ist, wird dafür keine Mahnung gesendet.</translation>
    </message>
    <message>
        <source>Sent by email on %1 to %2</source>
        <translation>Am %1 per E-Mail an %2 gesendet</translation>
    </message>
    <message>
        <source>Export e-invoice…</source>
        <translation>E-Rechnung exportieren…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Buyer reference %1</source>
        <translation>Käuferreferenz %1</translation>
    </message>
</context>
<context>
    <name>PostedTotalsRepository</name>
    <message>
        <source>read the documents to check them</source>
        <translation>Dokumente zur Prüfung lesen</translation>
    </message>
</context>
<context>
    <name>PostingService</name>
    <message>
        <source>the seller&apos;s name (Settings › Company)</source>
        <translation>der Name des Verkäufers (Einstellungen › Firma)</translation>
    </message>
    <message>
        <source>the seller&apos;s address (Settings › Company)</source>
        <translation>die Adresse des Verkäufers (Einstellungen › Firma)</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id (Settings › Company)</source>
        <translation>die USt-IdNr. des Verkäufers (Einstellungen › Firma)</translation>
    </message>
    <message>
        <source>the seller&apos;s bank details, IBAN (Settings › Company)</source>
        <translation>die Bankverbindung des Verkäufers, IBAN (Einstellungen › Firma)</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the customer&apos;s billing address (customer %1)</source>
        <translation>die Rechnungsadresse des Kunden (Kunde %1)</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for reverse charge (customer %1)</source>
        <translation>die USt-IdNr. des Kunden, nötig für die Umkehr der Steuerschuldnerschaft (Kunde %1)</translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation>mindestens eine Position</translation>
    </message>
    <message>
        <source>the date of supply (service date)</source>
        <translation>das Leistungsdatum</translation>
    </message>
    <message>
        <source>a total that is not negative (the total is %1)</source>
        <translation>eine nicht negative Summe (die Summe ist %1)</translation>
    </message>
    <message>
        <source>a credit note with a positive total</source>
        <translation>eine Gutschrift mit positiver Summe</translation>
    </message>
    <message>
        <source>a posted invoice to credit</source>
        <translation>eine gebuchte Rechnung zum Gutschreiben</translation>
    </message>
    <message>
        <source>a manager&apos;s approval: the total %1 is above the approval threshold of %2</source>
        <translation>die Freigabe einer Führungskraft: die Summe %1 liegt über der Freigabegrenze von %2</translation>
    </message>
    <message>
        <source>%1 is already posted.</source>
        <translation>%1 ist bereits gebucht.</translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it before posting.</source>
        <translation>%1 liegt im Papierkorb: Stellen Sie es vor dem Buchen wieder her.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: it needs %2.</source>
        <translation>%1 kann nicht gebucht werden: es fehlt %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 cannot be posted: with the credit notes already posted it would credit %2, more than the %3 invoiced on %4.</source>
        <translation>%1 kann nicht gebucht werden: Mit den bereits gebuchten Gutschriften würde es %2 gutschreiben, mehr als die auf %4 berechneten %3.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: line &quot;%2&quot; of %3 can only be credited %4 more (invoiced %5).</source>
        <translation>%1 kann nicht gebucht werden: Position „%2“ von %3 kann nur noch um %4 gutgeschrieben werden (berechnet %5).</translation>
    </message>
    <message>
        <source>%1 cannot be posted: at %2 %3 %, it would credit %4 net, more than the %5 left on %6.</source>
        <translation>%1 kann nicht gebucht werden: Bei %2 %3 % würde es %4 netto gutschreiben, mehr als die auf %6 verbleibenden %5.</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for an intra-EU supply (customer %1)</source>
        <translation>die USt-IdNr. des Kunden, erforderlich für eine innergemeinschaftliche Lieferung (Kunde %1)</translation>
    </message>
    <message>
        <source>%1 cannot be posted with the date of today, %2: %3 was already issued on %4, and numbers follow the dates of issue. Is the computer&apos;s clock set back? Nothing was posted.</source>
        <translation>%1 kann nicht mit dem heutigen Datum %2 gebucht werden: %3 wurde bereits am %4 ausgestellt, und die Nummern folgen den Ausstellungsdaten. Wurde die Uhr des Rechners zurückgestellt? Es wurde nichts gebucht.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: no free payment reference was found for it.</source>
        <translation>%1 kann nicht gebucht werden: Es wurde keine freie Zahlungsreferenz dafür gefunden.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: the payment link of the company settings is not valid</source>
        <translation>%1 kann nicht gebucht werden: Der Zahlungslink in den Firmeneinstellungen ist ungültig</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <source>New quotation</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>What the quotation is for</source>
        <translation>Wofür das Angebot ist</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Total %1 (net %2, tax %3)</source>
        <translation>Summe %1 (netto %2, MwSt. %3)</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Wählen Sie einen Kunden aus der Liste (geben Sie einen Teil des Namens ein).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>Quotation for %1 saved as a draft.</source>
        <translation>Angebot für %1 als Entwurf gespeichert.</translation>
    </message>
</context>
<context>
    <name>QuotationRepository</name>
    <message>
        <source>create the quotation</source>
        <translation>Angebot anlegen</translation>
    </message>
    <message>
        <source>save the quotation lines</source>
        <translation>Angebotspositionen speichern</translation>
    </message>
    <message>
        <source>save the quotation</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <source>change the status of the quotation</source>
        <translation>Status des Angebots ändern</translation>
    </message>
    <message>
        <source>read quotation %1</source>
        <translation>Angebot %1 lesen</translation>
    </message>
    <message>
        <source>Quotation %1 does not exist.</source>
        <translation>Das Angebot %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the quotation lines</source>
        <translation>Angebotspositionen lesen</translation>
    </message>
    <message>
        <source>list the quotations</source>
        <translation>Angebote auflisten</translation>
    </message>
</context>
<context>
    <name>QuotationService</name>
    <message>
        <source>A quotation cannot expire before it is issued.</source>
        <translation>Ein Angebot kann nicht vor seiner Ausstellung ablaufen.</translation>
    </message>
    <message>
        <source>Quotation %1 is already closed.</source>
        <translation>Das Angebot %1 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Quotation %1 was sent: its lines can no longer change.</source>
        <translation>Das Angebot %1 wurde gesendet: Seine Positionen können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>A quotation needs at least one line before it is sent.</source>
        <translation>Ein Angebot braucht mindestens eine Position, bevor es gesendet wird.</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>Angebot %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>QuotationsPage</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Entwurf Nr. %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Accept → service order</source>
        <translation>Annehmen → Serviceauftrag</translation>
    </message>
    <message>
        <source>Accept → invoice</source>
        <translation>Annehmen → Rechnung</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Nummer oder Kunde suchen</translation>
    </message>
    <message>
        <source>Quotation %1 sent.</source>
        <translation>Angebot %1 gesendet.</translation>
    </message>
    <message>
        <source>Quotation accepted: service order created.</source>
        <translation>Angebot angenommen: Serviceauftrag angelegt.</translation>
    </message>
    <message>
        <source>Quotation accepted: draft invoice created.</source>
        <translation>Angebot angenommen: Rechnungsentwurf angelegt.</translation>
    </message>
    <message>
        <source>Quotation declined.</source>
        <translation>Angebot abgelehnt.</translation>
    </message>
    <message>
        <source>Quotation expired.</source>
        <translation>Angebot abgelaufen.</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Select a quotation.</source>
        <translation>Wählen Sie ein Angebot.</translation>
    </message>
    <message>
        <source>New quotation…</source>
        <translation>Neues Angebot…</translation>
    </message>
    <message>
        <source>No quotations yet.</source>
        <translation>Noch keine Angebote.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply to these</source>
        <translation>Auf diese anwenden</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Kontoauszug importieren…</translation>
    </message>
    <message>
        <source>Apply exact references</source>
        <translation>Exakte Referenzen anwenden</translation>
    </message>
    <message>
        <source>No bank entry waits: import a statement.</source>
        <translation>Kein Bankumsatz wartet: Importieren Sie einen Kontoauszug.</translation>
    </message>
    <message>
        <source>Other invoices: INV-2026-00012=50.00, INV-2026-00013</source>
        <translation>Weitere Rechnungen: INV-2026-00012=50.00, INV-2026-00013</translation>
    </message>
    <message>
        <source>Proposals for the selected entry, best first:</source>
        <translation>Vorschläge für den ausgewählten Umsatz, bester zuerst:</translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <source>ISO 20022 statements (*.xml);;All files (*)</source>
        <translation>ISO-20022-Kontoauszüge (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message numerus="yes">
        <source>%n open entries</source>
        <translation>
            <numerusform>%n offener Umsatz</numerusform>
            <numerusform>%n offene Umsätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a proposal</source>
        <translation>
            <numerusform>, %n mit Vorschlag</numerusform>
            <numerusform>, %n mit Vorschlag</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied from bank entry %2.</source>
        <translation>%1 aus Bankumsatz %2 angewendet.</translation>
    </message>
    <message>
        <source>Type the invoice numbers to apply the entry to.</source>
        <translation>Geben Sie die Rechnungsnummern ein, auf die der Umsatz angewendet werden soll.</translation>
    </message>
    <message>
        <source>Bank entry %1 left aside.</source>
        <translation>Bankumsatz %1 zurückgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n bank entries applied by their reference.</source>
        <translation>
            <numerusform>%n Bankumsatz anhand seiner Referenz angewendet.</numerusform>
            <numerusform>%n Bankumsätze anhand ihrer Referenz angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries read: %2 new, %3 already known.</source>
        <translation>%1 Umsätze gelesen: %2 neu, %3 bereits bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n applied by their reference.</source>
        <translation>
            <numerusform>%n anhand seiner Referenz angewendet.</numerusform>
            <numerusform>%n anhand ihrer Referenz angewendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPaymentDialog</name>
    <message>
        <source>Register payment — %1</source>
        <translation>Zahlung erfassen — %1</translation>
    </message>
    <message>
        <source>Bank statement line, cheque number…</source>
        <translation>Kontoauszugszeile, Schecknummer…</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Amount due: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 · %2&lt;br&gt;Offen: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2; %3 still due.</source>
        <translation>Zahlung über %1 auf %2 erfasst; noch offen: %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid.</source>
        <translation>Zahlung über %1 erfasst: %2 ist bezahlt.</translation>
    </message>
    <message>
        <source>Record refund — %1</source>
        <translation>Erstattung erfassen — %1</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Owed to the customer: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 · %2&lt;br&gt;Dem Kunden geschuldet: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Erstattung erfassen</translation>
    </message>
    <message>
        <source>Refund of %1 recorded on %2.</source>
        <translation>Erstattung über %1 auf %2 erfasst.</translation>
    </message>
    <message>
        <source>Customer credit (%1 available)</source>
        <translation>Kundenguthaben (%1 verfügbar)</translation>
    </message>
    <message>
        <source>Keep the excess as the customer&apos;s credit</source>
        <translation>Überschuss als Guthaben des Kunden behalten</translation>
    </message>
    <message>
        <source>Difference written off</source>
        <translation>Differenz ausgebucht</translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid and %3 kept as the customer&apos;s credit.</source>
        <translation>Zahlung von %1 erfasst: %2 ist bezahlt und %3 wird als Guthaben des Kunden behalten.</translation>
    </message>
    <message>
        <source>Keep the excess of %1 as the customer&apos;s credit</source>
        <translation>Überschuss von %1 als Guthaben des Kunden behalten</translation>
    </message>
    <message>
        <source>Write off the difference of %1</source>
        <translation>Differenz von %1 ausbuchen</translation>
    </message>
    <message>
        <source>Write off the difference of %1 (a manager&apos;s decision: above %2)</source>
        <translation>Differenz von %1 ausbuchen (Entscheidung einer Führungskraft: über %2)</translation>
    </message>
    <message>
        <source>Write off the difference</source>
        <translation>Differenz ausbuchen</translation>
    </message>
</context>
<context>
    <name>ReminderChannel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
</context>
<context>
    <name>ReminderDisputeRepository</name>
    <message>
        <source>read the dispute of document %1</source>
        <translation>Streitfall von Dokument %1 lesen</translation>
    </message>
    <message>
        <source>mark the invoice as disputed</source>
        <translation>Rechnung als strittig markieren</translation>
    </message>
    <message>
        <source>The invoice is already marked as disputed.</source>
        <translation>Die Rechnung ist bereits als strittig markiert.</translation>
    </message>
    <message>
        <source>close the dispute</source>
        <translation>Streitfall abschließen</translation>
    </message>
    <message>
        <source>The invoice is not disputed.</source>
        <translation>Die Rechnung ist nicht strittig.</translation>
    </message>
    <message>
        <source>count the disputed invoices</source>
        <translation>strittige Rechnungen zählen</translation>
    </message>
</context>
<context>
    <name>ReminderDueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Mahngebühr</translation>
    </message>
</context>
<context>
    <name>ReminderFeeRepository</name>
    <message>
        <source>read the late-fee rules</source>
        <translation>Regeln für Mahngebühren lesen</translation>
    </message>
    <message>
        <source>read the late fee of level %1</source>
        <translation>Mahngebühr der Stufe %1 lesen</translation>
    </message>
    <message>
        <source>save the late fee of level %1</source>
        <translation>Mahngebühr der Stufe %1 speichern</translation>
    </message>
    <message>
        <source>remove the late fee of level %1</source>
        <translation>Mahngebühr der Stufe %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderFeeService</name>
    <message>
        <source>Only a manager can change the late fees.</source>
        <translation>Nur eine Führungskraft kann die Mahngebühren ändern.</translation>
    </message>
    <message>
        <source>A late fee belongs to a reminder level from 1 to 99.</source>
        <translation>Eine Mahngebühr gehört zu einer Mahnstufe von 1 bis 99.</translation>
    </message>
    <message>
        <source>A late fee must be more than zero.</source>
        <translation>Eine Mahngebühr muss größer als null sein.</translation>
    </message>
    <message>
        <source>A late fee percentage cannot exceed 100 %.</source>
        <translation>Ein Mahngebührenprozentsatz kann 100 % nicht übersteigen.</translation>
    </message>
    <message>
        <source>The late fee is too large.</source>
        <translation>Die Mahngebühr ist zu hoch.</translation>
    </message>
    <message>
        <source>Late-payment compensation, outside the scope of VAT</source>
        <translation>Entschädigung für Zahlungsverzug, nicht umsatzsteuerbar</translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee.</source>
        <translation>Mahnstufe %1 hat keine Mahngebühr.</translation>
    </message>
    <message>
        <source>The reminder of %1 (level %2) already has its late fee (draft #%3).</source>
        <translation>Die Mahnung zu %1 (Stufe %2) hat bereits ihre Mahngebühr (Entwurf Nr. %3).</translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee: set one in the reminder settings.</source>
        <translation>Mahnstufe %1 hat keine Mahngebühr: Legen Sie eine in den Mahneinstellungen fest.</translation>
    </message>
    <message>
        <source>The late fee on %1 rounds to zero: no draft was created.</source>
        <translation>Die Mahngebühr auf %1 rundet auf null: Es wurde kein Entwurf angelegt.</translation>
    </message>
    <message>
        <source>Late-payment fee: reminder %1 for invoice %2 of %3</source>
        <translation>Mahngebühr: Mahnung %1 zur Rechnung %2 vom %3</translation>
    </message>
    <message>
        <source>Late-payment fee for invoice %1, due on %2.</source>
        <translation>Mahngebühr zur Rechnung %1, fällig am %2.</translation>
    </message>
    <message>
        <source>Late fee of reminder level %1 for %2</source>
        <translation>Mahngebühr der Mahnstufe %1 für %2</translation>
    </message>
</context>
<context>
    <name>ReminderLetterPrinter</name>
    <message>
        <source>Reminder to %1</source>
        <translation>Mahnung an %1</translation>
    </message>
    <message>
        <source>Reminder-%1.pdf</source>
        <translation>Mahnung-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReminderOutboxDispatcher</name>
    <message>
        <source>Only a manager can change the reminder texts.</source>
        <translation>Nur eine Führungskraft kann die Mahntexte ändern.</translation>
    </message>
    <message>
        <source>The first reminder uses the reminder mail template (Settings › Mail).</source>
        <translation>Die erste Mahnung verwendet die E-Mail-Vorlage für Mahnungen (Einstellungen › E-Mail).</translation>
    </message>
    <message>
        <source>There are reminder texts in English, French and German (en, fr, de).</source>
        <translation>Es gibt Mahntexte auf Englisch, Französisch und Deutsch (en, fr, de).</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>Reminder levels must be increasing numbers of days from 1 to 365, such as 7,14,30 (not &quot;%1&quot;).</source>
        <translation>Mahnstufen müssen aufsteigende Tageszahlen von 1 bis 365 sein, etwa 7,14,30 (nicht „%1“).</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>list the invoices to remind</source>
        <translation>zu mahnende Rechnungen auflisten</translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation>Rechnung %1 lesen</translation>
    </message>
    <message>
        <source>Document %1 is not an invoice.</source>
        <translation>Das Dokument %1 ist keine Rechnung.</translation>
    </message>
    <message>
        <source>record the reminder</source>
        <translation>Mahnung erfassen</translation>
    </message>
    <message>
        <source>link the late fee to the reminder</source>
        <translation>Mahngebühr mit der Mahnung verknüpfen</translation>
    </message>
    <message>
        <source>Reminder %1 already has a late fee.</source>
        <translation>Die Mahnung %1 hat bereits eine Mahngebühr.</translation>
    </message>
    <message>
        <source>link the email to the reminder</source>
        <translation>E-Mail mit der Mahnung verknüpfen</translation>
    </message>
    <message>
        <source>Reminder %1 was already queued for sending.</source>
        <translation>Die Mahnung %1 wurde bereits zum Senden eingereiht.</translation>
    </message>
    <message>
        <source>read reminder %1</source>
        <translation>Mahnung %1 lesen</translation>
    </message>
    <message>
        <source>Reminder %1 does not exist.</source>
        <translation>Die Mahnung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the reminders of document %1</source>
        <translation>Mahnungen von Dokument %1 lesen</translation>
    </message>
    <message>
        <source>list the reminders sent</source>
        <translation>gesendete Mahnungen auflisten</translation>
    </message>
    <message>
        <source>count the invoices to remind</source>
        <translation>zu mahnende Rechnungen zählen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>%1 is a credit note: only invoices are reminded.</source>
        <translation>%1 ist eine Gutschrift: Nur Rechnungen werden gemahnt.</translation>
    </message>
    <message>
        <source>%1 is a draft: only posted invoices are reminded.</source>
        <translation>%1 ist ein Entwurf: Nur gebuchte Rechnungen werden gemahnt.</translation>
    </message>
    <message>
        <source>%1 has nothing left to pay: no reminder is needed.</source>
        <translation>Auf %1 ist nichts mehr zu zahlen: Es ist keine Mahnung nötig.</translation>
    </message>
    <message>
        <source>%1 is disputed (%2): close the dispute before reminding the customer.</source>
        <translation>%1 ist strittig (%2): Schließen Sie den Streitfall ab, bevor Sie den Kunden mahnen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 is marked &quot;no reminders&quot;: no reminder is sent for %2.</source>
        <translation>%1 ist als „keine Mahnungen“ markiert: Für %2 wird keine Mahnung gesendet.</translation>
    </message>
    <message>
        <source>No reminder levels are set (Settings › Company › Reminders).</source>
        <translation>Es sind keine Mahnstufen festgelegt (Einstellungen › Firma › Mahnungen).</translation>
    </message>
    <message>
        <source>A reminder cannot be recorded for a future date (%1).</source>
        <translation>Eine Mahnung kann nicht für ein zukünftiges Datum erfasst werden (%1).</translation>
    </message>
    <message>
        <source>%1 is not overdue yet: it is due on %2.</source>
        <translation>%1 ist noch nicht überfällig: fällig am %2.</translation>
    </message>
    <message>
        <source>Every reminder level of %1 was already sent (the last, level %2, on %3).</source>
        <translation>Alle Mahnstufen zu %1 wurden bereits gesendet (die letzte, Stufe %2, am %3).</translation>
    </message>
    <message>
        <source>The level %1 reminder of %2 was already sent on %3: a level is never sent twice.</source>
        <translation>Die Mahnung der Stufe %1 zu %2 wurde bereits am %3 gesendet: Eine Stufe wird nie zweimal gesendet.</translation>
    </message>
    <message>
        <source>%1 already had a level %2 reminder: a lower level is not sent after it.</source>
        <translation>%1 hatte bereits eine Mahnung der Stufe %2: Eine niedrigere Stufe wird danach nicht gesendet.</translation>
    </message>
    <message>
        <source>There is no reminder level %1 (levels: %2).</source>
        <translation>Es gibt keine Mahnstufe %1 (Stufen: %2).</translation>
    </message>
    <message>
        <source>Reminders cannot be recorded for a future date (%1): use a dry run to see what will be due.</source>
        <translation>Mahnungen können nicht für ein zukünftiges Datum erfasst werden (%1): Nutzen Sie einen Probelauf, um zu sehen, was fällig wird.</translation>
    </message>
    <message>
        <source>Only a posted invoice can be disputed (%1 is not one).</source>
        <translation>Nur eine gebuchte Rechnung kann strittig sein (%1 ist keine).</translation>
    </message>
    <message>
        <source>%1 is not disputed.</source>
        <translation>%1 ist nicht strittig.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Invoice the late fee</source>
        <translation>Mahngebühr berechnen</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Mahngebühren</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Alle markieren</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Als gesendet erfassen</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Streitfall…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Level %1 (%2 days)</source>
        <translation>Stufe %1 (%2 Tage)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder.</source>
        <translation>
            <numerusform>%n Rechnung ist zu mahnen.</numerusform>
            <numerusform>%n Rechnungen sind zu mahnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminder level %1 to %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Mahnung der Stufe %1 an %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> an %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Overdue invoices of this customer:&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Invoice&lt;/th&gt;&lt;th&gt;Due&lt;/th&gt;&lt;th&gt;Days overdue&lt;/th&gt;&lt;th&gt;Amount due&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;Überfällige Rechnungen dieses Kunden:&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Rechnung&lt;/th&gt;&lt;th&gt;Fällig&lt;/th&gt;&lt;th&gt;Tage überfällig&lt;/th&gt;&lt;th&gt;Offen&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&quot;3&quot;&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&quot;3&quot;&gt;&lt;b&gt;Summe&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Late fee of this level: %1 (invoiced only when asked for).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mahngebühr dieser Stufe: %1 (nur auf Anforderung berechnet).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Create %n late-fee draft invoice(s), %1 in all?</source>
        <translation>
            <numerusform>%n Rechnungsentwurf für Mahngebühren anlegen, insgesamt %1?</numerusform>
            <numerusform>%n Rechnungsentwürfe für Mahngebühren anlegen, insgesamt %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded.</source>
        <translation>
            <numerusform>%n Mahnung erfasst.</numerusform>
            <numerusform>%n Mahnungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded</source>
        <translation>
            <numerusform>%n Mahnung erfasst</numerusform>
            <numerusform>%n Mahnungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder is sent for it until the dispute is closed (Invoices › History).</source>
        <translation>Warum bestreitet der Kunde %1? Bis der Streitfall abgeschlossen ist, wird keine Mahnung gesendet (Rechnungen › Verlauf).</translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder will be sent.</source>
        <translation>%1 ist strittig: Es wird keine Mahnung gesendet.</translation>
    </message>
    <message>
        <source>%1 disputed</source>
        <translation>%1 strittig</translation>
    </message>
    <message>
        <source>A day to come only shows what will be due: reminders are recorded as of today or an earlier day.</source>
        <translation>Ein künftiger Tag zeigt nur, was fällig sein wird: Mahnungen werden zum heutigen oder einem früheren Tag erfasst.</translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sent on %1 by %2%3, in %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zu senden am %1 per %2%3, auf %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No invoice is due for a reminder on this day.</source>
        <translation>An diesem Tag ist keine Rechnung zu mahnen.</translation>
    </message>
</context>
<context>
    <name>ReportChartWidget</name>
    <message>
        <source>Receivables by age</source>
        <translation>Forderungen nach Alter</translation>
    </message>
    <message>
        <source>Net sales and collected, by month</source>
        <translation>Nettoumsatz und Zahlungseingänge nach Monat</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>read the receivables</source>
        <translation>Forderungen lesen</translation>
    </message>
    <message>
        <source>total the sales by month</source>
        <translation>Umsätze pro Monat summieren</translation>
    </message>
    <message>
        <source>total the sales by customer</source>
        <translation>Umsätze pro Kunde summieren</translation>
    </message>
    <message>
        <source>total the sales by item</source>
        <translation>Umsätze pro Artikel summieren</translation>
    </message>
    <message>
        <source>total the tax by rate</source>
        <translation>Steuer pro Satz summieren</translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation>Zahlungen summieren</translation>
    </message>
    <message>
        <source>total the invoices of the period</source>
        <translation>Rechnungen des Zeitraums summieren</translation>
    </message>
    <message>
        <source>measure the days to pay</source>
        <translation>Zahlungsdauer messen</translation>
    </message>
    <message>
        <source>read the invoice register</source>
        <translation>Rechnungsausgangsbuch lesen</translation>
    </message>
    <message>
        <source>total the invoice register</source>
        <translation>Rechnungsausgangsbuch summieren</translation>
    </message>
</context>
<context>
    <name>ReportSalesTables</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Credited net</source>
        <translation>Netto gutgeschrieben</translation>
    </message>
    <message>
        <source>Credited tax</source>
        <translation>Steuer gutgeschrieben</translation>
    </message>
    <message>
        <source>Credited gross</source>
        <translation>Brutto gutgeschrieben</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity (net of credits)</source>
        <translation>Menge (abzüglich Gutschriften)</translation>
    </message>
    <message>
        <source>Invoiced net</source>
        <translation>Netto berechnet</translation>
    </message>
    <message>
        <source>%1 lines not from the catalog</source>
        <translation>%1 Positionen ohne Katalog</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Bemessungsgrundlage</translation>
    </message>
    <message>
        <source>Credited base</source>
        <translation>Gutgeschriebene Grundlage</translation>
    </message>
    <message>
        <source>Net base</source>
        <translation>Nettogrundlage</translation>
    </message>
    <message>
        <source>Net tax</source>
        <translation>Nettosteuer</translation>
    </message>
    <message>
        <source>Tax due for the period</source>
        <translation>Steuerschuld des Zeitraums</translation>
    </message>
    <message>
        <source>Net taxable base</source>
        <translation>Nettobemessungsgrundlage</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n documents)</source>
        <translation>
            <numerusform>Summe (%n Dokument)</numerusform>
            <numerusform>Summe (%n Dokumente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Gross (credit notes negative)</source>
        <translation>Brutto (Gutschriften negativ)</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Aged receivables</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Umsatz nach Monat</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Umsatz nach Kunde</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Umsatz nach Artikel</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Steuerübersicht</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Zahlungseingänge</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>Rechnungsausgangsbuch</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2).</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>Es gibt keinen Bericht „%1“ (Berichte: %2).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Kundennr.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 Tage</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 Tage</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 Tage</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Offene Dokumente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Invoiced in the period (less credit notes)</source>
        <translation>Im Zeitraum berechnet (abzüglich Gutschriften)</translation>
    </message>
    <message>
        <source>Paid of it so far</source>
        <translation>Davon bisher bezahlt</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Einzugsquote</translation>
    </message>
    <message>
        <source>Invoices paid in full</source>
        <translation>Vollständig bezahlte Rechnungen</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>Durchschnittliche Zahlungsdauer</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>Durchschnittlicher Verzug</translation>
    </message>
    <message>
        <source>Receivables at the end</source>
        <translation>Forderungen am Ende</translation>
    </message>
    <message>
        <source>Days sales outstanding (DSO)</source>
        <translation>Forderungslaufzeit (DSO)</translation>
    </message>
    <message>
        <source>Collected in the period</source>
        <translation>Im Zeitraum eingegangen</translation>
    </message>
    <message>
        <source>Refunded in the period</source>
        <translation>Im Zeitraum erstattet</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>from number</source>
        <translation>ab Nummer</translation>
    </message>
    <message>
        <source>to number</source>
        <translation>bis Nummer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown; the totals cover all.</source>
        <translation>Nur die ersten %1 Zeilen werden angezeigt; die Summen umfassen alle.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchemaFingerprint</name>
    <message>
        <source>read the schema of the company file</source>
        <translation>Schema der Firmendatei lesen</translation>
    </message>
    <message>
        <source>The expected schema could not be built: %1</source>
        <translation>Das erwartete Schema konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The expected schema of version %1 could not be built: %2</source>
        <translation>Das erwartete Schema der Version %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>read the schema of the company on the server</source>
        <translation>Schema der Firma auf dem Server lesen</translation>
    </message>
    <message>
        <source>%1 (a reference of table %2)</source>
        <translation>%1 (ein Verweis der Tabelle %2)</translation>
    </message>
</context>
<context>
    <name>SchemeIdField</name>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Other addresses, separated by commas</source>
        <translation>Weitere Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Include the printed comments</source>
        <translation>Gedruckte Hinweise einschließen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Kopie an:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>(no sender address: set one in the mail settings)</source>
        <translation>(keine Absenderadresse: Legen Sie eine in den E-Mail-Einstellungen fest)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation>Kopie an: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>No mail server is set up yet: the message will wait in the Outbox until one is (Settings › Mail server).</source>
        <translation>Es ist noch kein Mailserver eingerichtet: Die Nachricht wartet im Postausgang, bis einer eingerichtet ist (Einstellungen › Mailserver).</translation>
    </message>
    <message>
        <source>Queue for later</source>
        <translation>Für später einreihen</translation>
    </message>
    <message>
        <source>Send it as a Factur-X e-invoice (the PDF with the CII inside, in place of the PDF)</source>
        <translation>Als Factur-X-E-Rechnung senden (das PDF mit eingebettetem CII, anstelle des PDF)</translation>
    </message>
    <message>
        <source>Attach the e-invoice as the customer prefers: %1</source>
        <translation>Die E-Rechnung nach Wunsch des Kunden anhängen: %1</translation>
    </message>
    <message>
        <source>The customer prefers %1, but this document lacks:</source>
        <translation>Der Kunde bevorzugt %1, aber diesem Dokument fehlt:</translation>
    </message>
    <message>
        <source>It can be sent with the PDF alone.</source>
        <translation>Es kann auch nur mit dem PDF gesendet werden.</translation>
    </message>
    <message>
        <source>%1 (Factur-X)</source>
        <translation>%1 (Factur-X)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SequenceRepository</name>
    <message>
        <source>take the next number</source>
        <translation>nächste Nummer ziehen</translation>
    </message>
    <message>
        <source>Could not take the next number.</source>
        <translation>Die nächste Nummer konnte nicht gezogen werden.</translation>
    </message>
    <message>
        <source>read the numbering</source>
        <translation>Nummerierung lesen</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Auf dem Server wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The company file&apos;s table %1 holds &quot;%2&quot; in its column %3 (row %4), which takes whole numbers only: repair the file first.</source>
        <translation>Die Tabelle %1 der Firmendatei enthält „%2“ in ihrer Spalte %3 (Zeile %4), die nur ganze Zahlen aufnimmt: Reparieren Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>read the table %1 of the company file</source>
        <translation>Tabelle %1 der Firmendatei lesen</translation>
    </message>
    <message>
        <source>The server took %1 rows of the table %2 instead of %3.</source>
        <translation>Der Server hat %1 Zeilen der Tabelle %2 statt %3 übernommen.</translation>
    </message>
    <message>
        <source>Could not %1: only the owner of the company&apos;s tables (the role that ran `server init`) may do this. Connect as that role.</source>
        <translation>%1 nicht möglich: Nur der Eigentümer der Tabellen der Firma (die Rolle, die `server init` ausgeführt hat) darf das. Verbinden Sie sich als diese Rolle.</translation>
    </message>
    <message>
        <source>Could not %1 on the server: %2</source>
        <translation>%1 auf dem Server nicht möglich: %2</translation>
    </message>
    <message>
        <source>The database %1 has no Facturo schema: its owner sets it up first with `facturo-cli server init %1`.</source>
        <translation>Die Datenbank %1 hat kein Facturo-Schema: Ihr Eigentümer richtet es zuerst mit `facturo-cli server init %1` ein.</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>Die Schemaversion von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database %1 has schema %2 and the company file schema %3: both must be of the same version (the owner brings the server up to date with `facturo-cli server upgrade`, a file is brought up to date by opening it with this version).</source>
        <translation>Die Datenbank %1 hat Schema %2 und die Firmendatei Schema %3: Beide müssen dieselbe Version haben (der Eigentümer aktualisiert den Server mit `facturo-cli server upgrade`, eine Datei wird durch Öffnen mit dieser Version aktualisiert).</translation>
    </message>
    <message>
        <source>Import reads a company file into a server location: server import FILE postgresql://owner@host/database.</source>
        <translation>Der Import überträgt eine Firmendatei an eine Serveradresse: server import FILE postgresql://owner@host/database.</translation>
    </message>
    <message>
        <source>read the company file&apos;s settings</source>
        <translation>Einstellungen der Firmendatei lesen</translation>
    </message>
    <message>
        <source>The search index of %1 is incomplete (an interrupted load): open the file once with Facturo to rebuild it, then import it.</source>
        <translation>Der Suchindex von %1 ist unvollständig (ein abgebrochener Ladevorgang): Öffnen Sie die Datei einmal mit Facturo, um ihn neu aufzubauen, und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>start the import</source>
        <translation>Import starten</translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds a company (%2 documents, %3 customers, %4 audit events): a company file is imported only into a database that `server init` has just prepared. Nothing was changed.</source>
        <translation>Die Datenbank %1 enthält bereits eine Firma (%2 Dokumente, %3 Kunden, %4 Prüfereignisse): Eine Firmendatei wird nur in eine Datenbank importiert, die `server init` gerade vorbereitet hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>suspend the rules of the table %1</source>
        <translation>Regeln der Tabelle %1 aussetzen</translation>
    </message>
    <message>
        <source>empty the table %1</source>
        <translation>Tabelle %1 leeren</translation>
    </message>
    <message>
        <source>set the next id of the table %1</source>
        <translation>nächste ID der Tabelle %1 festlegen</translation>
    </message>
    <message>
        <source>restore the rules of the table %1</source>
        <translation>Regeln der Tabelle %1 wiederherstellen</translation>
    </message>
    <message>
        <source>commit the import</source>
        <translation>Import abschließen</translation>
    </message>
    <message>
        <source>read the table %1 on the server</source>
        <translation>Tabelle %1 auf dem Server lesen</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>write the table %1 into the company file</source>
        <translation>Tabelle %1 in die Firmendatei schreiben</translation>
    </message>
    <message>
        <source>read the rules of the new company file</source>
        <translation>Regeln der neuen Firmendatei lesen</translation>
    </message>
    <message>
        <source>Export writes a company on a server into a new company file: server export postgresql://owner@host/database FILE.</source>
        <translation>Der Export schreibt eine Firma von einem Server in eine neue Firmendatei: server export postgresql://owner@host/database FILE.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the export. Nothing was written.</source>
        <translation>%1 existiert bereits: Wählen Sie einen neuen Dateinamen für den Export. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>start reading %1</source>
        <translation>Lesen von %1 beginnen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export was abandoned, no file was written</source>
        <translation>Der Export wurde abgebrochen, es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>check the new company file</source>
        <translation>neue Firmendatei prüfen</translation>
    </message>
    <message>
        <source>The new company file failed its integrity check and was removed.</source>
        <translation>Die neue Firmendatei hat die Integritätsprüfung nicht bestanden und wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ServiceOrderDetailWidget</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Where the work was done</source>
        <translation>Wo die Arbeit ausgeführt wurde</translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation>Worum es beim Auftrag geht</translation>
    </message>
    <message>
        <source>Intervention report: what was found and done</source>
        <translation>Einsatzbericht: Befund und ausgeführte Arbeiten</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Zurück auf neu</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation>Rechnung erstellen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Einsatzort</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>Name der unterschreibenden Person</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save sign-off</source>
        <translation>Abnahme speichern</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <source> · completed %1</source>
        <translation> · erledigt am %1</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Unterschrieben von %1 am %2</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Service order saved.</source>
        <translation>Serviceauftrag gespeichert.</translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the customer to sign first.</source>
        <translation>Das Unterschriftenfeld ist leer: Bitten Sie zuerst den Kunden zu unterschreiben.</translation>
    </message>
    <message>
        <source>Sign-off saved.</source>
        <translation>Abnahme gespeichert.</translation>
    </message>
    <message>
        <source>Service order is now %1.</source>
        <translation>Der Serviceauftrag ist jetzt %1.</translation>
    </message>
    <message>
        <source>Draft invoice created from job %1.</source>
        <translation>Rechnungsentwurf aus Auftrag %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>ServiceOrderRepository</name>
    <message>
        <source>create the service order</source>
        <translation>Serviceauftrag anlegen</translation>
    </message>
    <message>
        <source>save the service order</source>
        <translation>Serviceauftrag speichern</translation>
    </message>
    <message>
        <source>change the status of the service order</source>
        <translation>Status des Serviceauftrags ändern</translation>
    </message>
    <message>
        <source>mark the service order invoiced</source>
        <translation>Serviceauftrag als abgerechnet markieren</translation>
    </message>
    <message>
        <source>Only a Done service order can be invoiced.</source>
        <translation>Nur ein erledigter Serviceauftrag kann abgerechnet werden.</translation>
    </message>
    <message>
        <source>add the time entry</source>
        <translation>Zeiteintrag hinzufügen</translation>
    </message>
    <message>
        <source>add the part</source>
        <translation>Material hinzufügen</translation>
    </message>
    <message>
        <source>remove the time entry</source>
        <translation>Zeiteintrag entfernen</translation>
    </message>
    <message>
        <source>remove the part</source>
        <translation>Material entfernen</translation>
    </message>
    <message>
        <source>read service order %1</source>
        <translation>Serviceauftrag %1 lesen</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>Der Serviceauftrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the time entries</source>
        <translation>Zeiteinträge lesen</translation>
    </message>
    <message>
        <source>read the parts used</source>
        <translation>verwendetes Material lesen</translation>
    </message>
    <message>
        <source>look up the job %1</source>
        <translation>Auftrag %1 suchen</translation>
    </message>
    <message>
        <source>list the service orders</source>
        <translation>Serviceaufträge auflisten</translation>
    </message>
    <message>
        <source>count the service orders</source>
        <translation>Serviceaufträge zählen</translation>
    </message>
</context>
<context>
    <name>ServiceOrderService</name>
    <message>
        <source>technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>The work date is missing or not a date.</source>
        <translation>Das Arbeitsdatum fehlt oder ist kein Datum.</translation>
    </message>
    <message>
        <source>Hours must be more than zero.</source>
        <translation>Die Stunden müssen größer als null sein.</translation>
    </message>
    <message>
        <source>%1 hours is not plausible for one time entry.</source>
        <translation>%1 Stunden sind für einen Zeiteintrag nicht plausibel.</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation>Der Stundensatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>part description</source>
        <translation>Beschreibung des Materials</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation>Die Menge von „%1“ darf nicht null sein.</translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; cannot be negative.</source>
        <translation>Der Einzelpreis von „%1“ darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A service order needs a customer.</source>
        <translation>Ein Serviceauftrag braucht einen Kunden.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>intervention report</source>
        <translation>Einsatzbericht</translation>
    </message>
    <message>
        <source>Service order %1 is %2: its work can no longer be changed.</source>
        <translation>Der Serviceauftrag %1 ist %2: Seine Arbeiten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Service order %1 is invoiced: it can no longer be changed.</source>
        <translation>Der Serviceauftrag %1 ist abgerechnet: Er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Service order %1 is %2: it can no longer be signed.</source>
        <translation>Der Serviceauftrag %1 ist %2: Er kann nicht mehr abgezeichnet werden.</translation>
    </message>
    <message>
        <source>name of the person signing</source>
        <translation>Name der unterschreibenden Person</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>Das Unterschriftsbild ist zu groß.</translation>
    </message>
    <message>
        <source>Time entry %1 is not on service order %2.</source>
        <translation>Zeiteintrag %1 gehört nicht zu Serviceauftrag %2.</translation>
    </message>
    <message>
        <source>Part %1 is not on service order %2.</source>
        <translation>Material %1 gehört nicht zu Serviceauftrag %2.</translation>
    </message>
    <message>
        <source>An order becomes Invoiced when its invoice is created.</source>
        <translation>Ein Auftrag wird „Abgerechnet“, wenn seine Rechnung erstellt wird.</translation>
    </message>
    <message>
        <source>Service order %1 cannot go from %2 to %3.</source>
        <translation>Der Serviceauftrag %1 kann nicht von %2 zu %3 wechseln.</translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts: record the work before marking it Done.</source>
        <translation>Der Serviceauftrag %1 hat weder Zeiten noch Material: Erfassen Sie die Arbeit, bevor Sie ihn als erledigt markieren.</translation>
    </message>
</context>
<context>
    <name>ServiceOrdersPage</name>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search job, customer, description</source>
        <translation>Auftrag, Kunde, Beschreibung suchen</translation>
    </message>
    <message>
        <source>Import jobs…</source>
        <translation>Aufträge importieren…</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Serviceaufträge</translation>
    </message>
    <message>
        <source>Import completed jobs</source>
        <translation>Erledigte Aufträge importieren</translation>
    </message>
    <message>
        <source>Jobs (*.json);;All files (*)</source>
        <translation>Aufträge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported, ready to invoice.</source>
        <translation>
            <numerusform>%n Auftrag importiert, bereit zur Abrechnung.</numerusform>
            <numerusform>%n Aufträge importiert, bereit zur Abrechnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported.</source>
        <translation>
            <numerusform>%n Auftrag importiert.</numerusform>
            <numerusform>%n Aufträge importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New service order</source>
        <translation>Neuer Serviceauftrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Einsatzort</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Wählen Sie einen Kunden aus der Liste (geben Sie einen Teil des Namens ein).</translation>
    </message>
    <message>
        <source>Service order created.</source>
        <translation>Serviceauftrag angelegt.</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Auftrag anlegen</translation>
    </message>
    <message>
        <source>Invoice done orders…</source>
        <translation>Erledigte Aufträge abrechnen…</translation>
    </message>
    <message>
        <source>Create the drafts of many Done orders, review them and post them in one action</source>
        <translation>Entwürfe für viele erledigte Aufträge anlegen, prüfen und in einem Schritt buchen</translation>
    </message>
    <message>
        <source>No service orders yet.</source>
        <translation>Noch keine Serviceaufträge.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Befreiungsgrund</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name, e.g. VAT 7%</source>
        <translation>Name, z. B. MwSt. 7%</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Exemption reason (exempt only)</source>
        <translation>Befreiungsgrund (nur steuerfrei)</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Managers approve invoices above the approval threshold and change settings.</source>
        <translation>Führungskräfte geben Rechnungen über der Freigabegrenze frei und ändern Einstellungen.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Company settings saved.</source>
        <translation>Firmeneinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Tax rate %1 added.</source>
        <translation>Steuersatz %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>The document template was saved.</source>
        <translation>Die Dokumentvorlage wurde gespeichert.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation>Mailserver-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Mail texts</source>
        <translation>E-Mail-Texte</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Mahngebühren</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Some fields need your attention: see the lines in red.</source>
        <translation>Einige Felder erfordern Ihre Aufmerksamkeit: Siehe die rot markierten Zeilen.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Job hand-off</source>
        <translation>Auftragsübergabe</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Passwort…</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>company address</source>
        <translation>Firmenadresse</translation>
    </message>
    <message>
        <source>The VAT id is too long.</source>
        <translation>Die USt-IdNr. ist zu lang.</translation>
    </message>
    <message>
        <source>The IBAN %1 is not valid (its check digits do not match).</source>
        <translation>Die IBAN %1 ist ungültig (ihre Prüfziffern stimmen nicht).</translation>
    </message>
    <message>
        <source>The BIC must have 8 or 11 characters.</source>
        <translation>Der BIC muss 8 oder 11 Zeichen haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot; (use an ISO 4217 code such as EUR).</source>
        <translation>Unbekannte Währung „%1“ (verwenden Sie einen ISO-4217-Code wie EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>Invoices and credit notes need different numbering patterns.</source>
        <translation>Rechnungen und Gutschriften brauchen unterschiedliche Nummernmuster.</translation>
    </message>
    <message>
        <source>The approval threshold cannot be negative.</source>
        <translation>Die Freigabegrenze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter.</source>
        <translation>Das Papierformat muss A4 oder Letter sein.</translation>
    </message>
    <message>
        <source>Reminder levels must be increasing numbers of days, such as 7,14,30.</source>
        <translation>Mahnstufen müssen aufsteigende Tageszahlen sein, etwa 7,14,30.</translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation>Nur eine Führungskraft darf %1.</translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation>die Firmeneinstellungen ändern</translation>
    </message>
    <message>
        <source>The currency cannot change once documents exist in this company file.</source>
        <translation>Die Währung kann nicht mehr geändert werden, sobald Dokumente in dieser Firmendatei existieren.</translation>
    </message>
    <message>
        <source>change the tax rates</source>
        <translation>die Steuersätze ändern</translation>
    </message>
    <message>
        <source>tax rate name</source>
        <translation>Name des Steuersatzes</translation>
    </message>
    <message>
        <source>item code (SKU)</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>item description</source>
        <translation>Artikelbeschreibung</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Der Einzelpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>change the chart of accounts</source>
        <translation>den Kontenplan ändern</translation>
    </message>
    <message>
        <source>account code</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The %1 must be a percentage between 0 and 100, such as 10.5.</source>
        <translation>Das Feld %1 muss ein Prozentsatz zwischen 0 und 100 sein, etwa 10,5.</translation>
    </message>
    <message>
        <source>late-payment interest rate</source>
        <translation>Verzugszinssatz</translation>
    </message>
    <message>
        <source>early-payment discount</source>
        <translation>Skonto</translation>
    </message>
    <message>
        <source>The fixed recovery indemnity must be a positive amount.</source>
        <translation>Die Pauschale für Beitreibungskosten muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>Telefonnummer des Kontakts</translation>
    </message>
    <message>
        <source>The payment reference must be rf (ISO 11649 creditor reference) or be (Belgian structured communication), not &quot;%1&quot;.</source>
        <translation>Die Zahlungsreferenz muss rf (Gläubigerreferenz nach ISO 11649) oder be (belgische strukturierte Mitteilung) sein, nicht &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The users of this company file sign in with their password.</source>
        <translation>Die Benutzer dieser Firmendatei melden sich mit ihrem Passwort an.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>SignaturePadWidget</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Hier mit Maus, Stift oder Finger unterschreiben</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>post</source>
        <translation>buchen</translation>
    </message>
    <message>
        <source>post and send</source>
        <translation>buchen und senden</translation>
    </message>
    <message>
        <source>Contract invoices due</source>
        <translation>Fällige Vertragsrechnungen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Create all</source>
        <translation>Alle erstellen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) are due since the program last made them. Choose for each: create it now, postpone it to the next time, or skip the period (it is never billed).</source>
        <translation>
            <numerusform>%n Vertragsrechnung ist fällig, seit das Programm sie zuletzt erstellt hat. Wählen Sie für jede: jetzt erstellen, auf das nächste Mal verschieben oder den Zeitraum überspringen (er wird nie abgerechnet).</numerusform>
            <numerusform>%n Vertragsrechnungen sind fällig, seit das Programm sie zuletzt erstellt hat. Wählen Sie für jede: jetzt erstellen, auf das nächste Mal verschieben oder den Zeitraum überspringen (er wird nie abgerechnet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Contracts: %1 invoice(s) created, %2 skipped, %3 postponed</source>
        <translation>Verträge: %1 Rechnung(en) erstellt, %2 übersprungen, %3 verschoben</translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention (on the Contracts page)</source>
        <translation>
            <numerusform>; %n muss geprüft werden (auf der Seite Verträge)</numerusform>
            <numerusform>; %n müssen geprüft werden (auf der Seite Verträge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementEntryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Buchungstag</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>look for the statement</source>
        <translation>Kontoauszug suchen</translation>
    </message>
    <message>
        <source>record the statement</source>
        <translation>Kontoauszug erfassen</translation>
    </message>
    <message>
        <source>look for the statement entry</source>
        <translation>Kontoauszugsumsatz suchen</translation>
    </message>
    <message>
        <source>record the statement entry</source>
        <translation>Kontoauszugsumsatz erfassen</translation>
    </message>
    <message>
        <source>read statement entry %1</source>
        <translation>Kontoauszugsumsatz %1 lesen</translation>
    </message>
    <message>
        <source>Statement entry %1 does not exist.</source>
        <translation>Kontoauszugsumsatz %1 existiert nicht.</translation>
    </message>
    <message>
        <source>read the statement entries</source>
        <translation>Kontoauszugsumsätze lesen</translation>
    </message>
    <message>
        <source>update statement entry %1</source>
        <translation>Kontoauszugsumsatz %1 aktualisieren</translation>
    </message>
    <message>
        <source>link the payment to statement entry %1</source>
        <translation>Zahlung mit Kontoauszugsumsatz %1 verknüpfen</translation>
    </message>
    <message>
        <source>read the payments of statement entry %1</source>
        <translation>Zahlungen von Kontoauszugsumsatz %1 lesen</translation>
    </message>
</context>
<context>
    <name>TableViews</name>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>the discount must be between 0 and 100 %</source>
        <translation>der Rabatt muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>the line amount is too large</source>
        <translation>der Positionsbetrag ist zu groß</translation>
    </message>
    <message>
        <source>the tax rate must be between 0 and 100 %</source>
        <translation>der Steuersatz muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>a %1 line must have a 0 % tax rate</source>
        <translation>eine Position „%1“ muss einen Steuersatz von 0 % haben</translation>
    </message>
    <message>
        <source>an exempt line needs an exemption reason</source>
        <translation>eine steuerfreie Position braucht einen Befreiungsgrund</translation>
    </message>
    <message>
        <source>the document total is too large</source>
        <translation>die Dokumentsumme ist zu groß</translation>
    </message>
    <message>
        <source>a 0 % line must use the zero, exempt, reverse-charge, intra-EU, export or out-of-scope category</source>
        <translation>eine Position mit 0 % muss die Kategorie Nullsatz, steuerfrei, Reverse-Charge, innergemeinschaftlich, Ausfuhr oder nicht steuerbar verwenden</translation>
    </message>
</context>
<context>
    <name>TaxCategories</name>
    <message>
        <source>Standard rate</source>
        <translation>Regelsatz</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Ermäßigter Satz</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Umkehr der Steuerschuldnerschaft</translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)</source>
        <translation>Umkehr der Steuerschuldnerschaft: Steuerschuldner ist der Leistungsempfänger (Artikel 196 der Richtlinie 2006/112/EG)</translation>
    </message>
    <message>
        <source>unknown tax category &quot;%1&quot; (standard, reduced, zero, exempt, reverse-charge, intra-eu, export or out-of-scope)</source>
        <translation>unbekannte Steuerkategorie „%1“ (standard, reduced, zero, exempt, reverse-charge, intra-eu, export oder out-of-scope)</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Innergemeinschaftliche Lieferung</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Ausfuhr außerhalb der EU</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Nicht steuerbar</translation>
    </message>
</context>
<context>
    <name>TaxTotalsWidget</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>TemplateSettingsWidget</name>
    <message>
        <source>Choose logo…</source>
        <translation>Logo auswählen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Free text printed under the company details on every page</source>
        <translation>Freier Text unter den Firmenangaben auf jeder Seite</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation>Gedruckte Hinweise</translation>
    </message>
    <message>
        <source>Service-order report</source>
        <translation>Einsatzbericht</translation>
    </message>
    <message>
        <source>Customer sign-off</source>
        <translation>Abnahme durch den Kunden</translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation>Zahlungs-QR-Code</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Fußzeilentext</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
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
        <translation>Die Vorlage ist gespeichert. Ab jetzt gedruckte Dokumente verwenden sie; archivierte PDFs behalten ihr Aussehen.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is required.</source>
        <translation>Das Feld %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Das Feld %1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>The %1 must be on one line.</source>
        <translation>Das Feld %1 muss einzeilig sein.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: Facturo prints documents in en, fr or de.</source>
        <translation>Unbekannte Sprache „%1“: Facturo druckt Dokumente auf en, fr oder de.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2 at position %3): remove it.</source>
        <translation>Das Feld %1 enthält ein Steuerzeichen (%2 an Position %3): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The %1 contains a bidirectional control character (%2 at position %3), which would show the text in another order than it is stored: remove it.</source>
        <translation>Das Feld %1 enthält ein bidirektionales Steuerzeichen (%2 an Position %3), das den Text in einer anderen Reihenfolge anzeigen würde, als er gespeichert ist: Entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>TransferCatalog</name>
    <message>
        <source>the columns %1 only in the file</source>
        <translation>die Spalten %1 nur in der Datei</translation>
    </message>
    <message>
        <source>the columns %1 only on the server</source>
        <translation>die Spalten %1 nur auf dem Server</translation>
    </message>
    <message>
        <source>the columns (%1) in the file and (%2) on the server</source>
        <translation>die Spalten (%1) in der Datei und (%2) auf dem Server</translation>
    </message>
    <message>
        <source>the table %1 has %2</source>
        <translation>die Tabelle %1 hat %2</translation>
    </message>
    <message>
        <source>read the tables of the company file</source>
        <translation>Tabellen der Firmendatei lesen</translation>
    </message>
    <message>
        <source>Could not read the tables of the server&apos;s database: %1</source>
        <translation>Die Tabellen der Datenbank auf dem Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The column %1.%2 on the server is of type %3, which no Facturo schema has.</source>
        <translation>Die Spalte %1.%2 auf dem Server hat den Typ %3, den kein Facturo-Schema kennt.</translation>
    </message>
    <message>
        <source>the table %1 is only on the server</source>
        <translation>die Tabelle %1 gibt es nur auf dem Server</translation>
    </message>
    <message>
        <source>the table name %1 is not a plain name</source>
        <translation>der Tabellenname %1 ist kein einfacher Name</translation>
    </message>
    <message>
        <source>the column name %1.%2 is not a plain name</source>
        <translation>der Spaltenname %1.%2 ist kein einfacher Name</translation>
    </message>
    <message>
        <source>the table %1 is only in the company file</source>
        <translation>die Tabelle %1 gibt es nur in der Firmendatei</translation>
    </message>
    <message>
        <source>The company file and the server&apos;s database do not have the same schema: %1. Both must have the schema of this version of Facturo.</source>
        <translation>Die Firmendatei und die Datenbank auf dem Server haben nicht dasselbe Schema: %1. Beide müssen das Schema dieser Facturo-Version haben.</translation>
    </message>
</context>
<context>
    <name>TrustCheck</name>
    <message>
        <source>The immutability trigger %1 is missing: what it protects could be changed without a trace.</source>
        <translation>Der Unveränderlichkeits-Trigger %1 fehlt: Was er schützt, könnte spurlos geändert werden.</translation>
    </message>
    <message>
        <source>The immutability trigger %1 was altered: it is not the one schema %2 defines.</source>
        <translation>Der Unveränderlichkeits-Trigger %1 wurde verändert: Er ist nicht der, den Schema %2 definiert.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <source>The definition of table %1 (its columns or rules) was altered: it is not the one schema %2 defines.</source>
        <translation>Die Definition der Tabelle %1 (ihre Spalten oder Regeln) wurde verändert: Sie ist nicht die, die Schema %2 definiert.</translation>
    </message>
    <message>
        <source>Schema %1: all %2 immutability triggers and %3 table definitions are present and unaltered</source>
        <translation>Schema %1: Alle %2 Unveränderlichkeits-Trigger und %3 Tabellendefinitionen sind vorhanden und unverändert</translation>
    </message>
    <message>
        <source>Numbers are chronological: no document is dated before one posted earlier</source>
        <translation>Die Nummern sind chronologisch: Kein Dokument ist vor einem früher gebuchten datiert</translation>
    </message>
    <message>
        <source>Numbers are not chronological: %1 (was the clock set back?)</source>
        <translation>Die Nummern sind nicht chronologisch: %1 (wurde die Uhr zurückgestellt?)</translation>
    </message>
    <message>
        <source>No payment is dated before its document, no reversal before its payment</source>
        <translation>Keine Zahlung ist vor ihrem Dokument datiert, kein Storno vor seiner Zahlung</translation>
    </message>
    <message>
        <source>A payment is out of time: %1</source>
        <translation>Eine Zahlung liegt außerhalb der zeitlichen Reihenfolge: %1</translation>
    </message>
    <message>
        <source>The trigger %1 is switched off: what it protects could be changed without a trace.</source>
        <translation>Der Trigger %1 ist abgeschaltet: Was er schützt, könnte spurlos geändert werden.</translation>
    </message>
    <message>
        <source>%1 belongs to a role that writes rows or is not the schema&apos;s owner: that role could change or switch off the rules.</source>
        <translation>%1 gehört einer Rolle, die Zeilen schreibt oder nicht Eigentümerin des Schemas ist: Diese Rolle könnte die Regeln ändern oder abschalten.</translation>
    </message>
    <message>
        <source>The function %1 that the rules run was altered: it is not the one schema %2 defines, so what it protects could be changed without a trace.</source>
        <translation>Die Funktion %1, die die Regeln ausführen, wurde verändert: Sie ist nicht die, die Schema %2 definiert, daher könnte, was sie schützt, spurlos geändert werden.</translation>
    </message>
</context>
<context>
    <name>UiFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Die Zahl %1 ist zu groß.</translation>
    </message>
</context>
<context>
    <name>UnitCodeMigration</name>
    <message>
        <source>read the unit texts</source>
        <translation>Einheitentexte lesen</translation>
    </message>
    <message>
        <source>map the unit texts</source>
        <translation>Einheitentexte Codes zuordnen</translation>
    </message>
    <message>
        <source>read the rules of posted lines</source>
        <translation>Regeln gebuchter Positionen lesen</translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unknown unit code &quot;%1&quot;: use a UN/ECE Recommendation 20 code such as HUR (hour), C62 (unit), H87 (piece), DAY, KGM, MTR, LTR or LS (lump sum)</source>
        <translation>unbekannter Einheitencode „%1“: Verwenden Sie einen Code der UN/ECE-Empfehlung 20, etwa HUR (Stunde), C62 (Einheit), H87 (Stück), DAY, KGM, MTR, LTR oder LS (Pauschale)</translation>
    </message>
</context>
<context>
    <name>UserPasswordDialog</name>
    <message>
        <source>Clear the password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>Once a user has a password, everyone signs in with their own when the company file opens. A password has at least %1 characters.</source>
        <translation>Sobald ein Benutzer ein Passwort hat, meldet sich jeder beim Öffnen der Firmendatei mit seinem eigenen an. Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>Das Passwort von %1 ist festgelegt.</translation>
    </message>
    <message>
        <source>The password of %1 is cleared.</source>
        <translation>Das Passwort von %1 ist entfernt.</translation>
    </message>
</context>
<context>
    <name>UserPasswordRepository</name>
    <message>
        <source>read the password of a user</source>
        <translation>Passwort eines Benutzers lesen</translation>
    </message>
    <message>
        <source>save the password of a user</source>
        <translation>Passwort eines Benutzers speichern</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>read whether users have passwords</source>
        <translation>lesen, ob Benutzer Passwörter haben</translation>
    </message>
    <message>
        <source>read which users have passwords</source>
        <translation>lesen, welche Benutzer Passwörter haben</translation>
    </message>
</context>
<context>
    <name>UserPasswordService</name>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>Ein Passwort hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Only a manager can set the password of another user; %1 may set their own.</source>
        <translation>Nur eine Führungskraft kann das Passwort eines anderen Benutzers festlegen; %1 darf das eigene festlegen.</translation>
    </message>
    <message>
        <source>%1 has no password to clear.</source>
        <translation>%1 hat kein Passwort, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>The first password of a company file is a manager&apos;s: once one is set, everyone signs in with their own, and a manager must be able to. Set a manager&apos;s password first.</source>
        <translation>Das erste Passwort einer Firmendatei gehört einer Führungskraft: Sobald eines festgelegt ist, meldet sich jeder mit seinem eigenen an, und eine Führungskraft muss das können. Legen Sie zuerst das Passwort einer Führungskraft fest.</translation>
    </message>
    <message>
        <source>%1 is the last manager with a password: clearing it would leave no manager able to sign in while other users have passwords.</source>
        <translation>%1 ist die letzte Führungskraft mit Passwort: Wird es entfernt, könnte sich keine Führungskraft mehr anmelden, während andere Benutzer Passwörter haben.</translation>
    </message>
    <message>
        <source>Set your own password first: once the file has a password, everyone signs in with their own, you too.</source>
        <translation>Legen Sie zuerst Ihr eigenes Passwort fest: Sobald die Datei ein Passwort hat, meldet sich jeder mit seinem eigenen an, auch Sie.</translation>
    </message>
    <message>
        <source>Your password cannot be cleared while other users have one: you could no longer sign in.</source>
        <translation>Ihr Passwort kann nicht entfernt werden, solange andere Benutzer eines haben: Sie könnten sich sonst nicht mehr anmelden.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>add the user %1</source>
        <translation>Benutzer %1 hinzufügen</translation>
    </message>
    <message>
        <source>save the user %1</source>
        <translation>Benutzer %1 speichern</translation>
    </message>
    <message>
        <source>read the user %1</source>
        <translation>Benutzer %1 lesen</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>Benutzer auflisten</translation>
    </message>
    <message>
        <source>count the managers</source>
        <translation>Führungskräfte zählen</translation>
    </message>
</context>
<context>
    <name>UserSignIn</name>
    <message>
        <source>%1 has no password yet: in this company file everyone signs in with their own. A manager sets it (Settings &gt; Users, or facturo-cli user password %1).</source>
        <translation>%1 hat noch kein Passwort: In dieser Firmendatei meldet sich jeder mit seinem eigenen an. Eine Führungskraft legt es fest (Einstellungen &gt; Benutzer oder facturo-cli user password %1).</translation>
    </message>
    <message>
        <source>This company file asks for passwords: %1 must sign in with theirs.</source>
        <translation>Diese Firmendatei verlangt Passwörter: %1 muss sich mit dem eigenen anmelden.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Falsches Passwort für %1.</translation>
    </message>
</context>
<context>
    <name>VatId</name>
    <message>
        <source>the letter U and 8 digits</source>
        <translation>den Buchstaben U und 8 Ziffern</translation>
    </message>
    <message>
        <source>its last digit is the weighted check digit of the seven before it</source>
        <translation>seine letzte Ziffer ist die gewichtete Prüfziffer der sieben davor</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>10 Ziffern, beginnend mit 0 oder 1</translation>
    </message>
    <message>
        <source>its last two digits must be 97 minus the first eight modulo 97</source>
        <translation>seine letzten beiden Ziffern müssen 97 minus die ersten acht modulo 97 sein</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 oder 10 Ziffern</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 Ziffern und einen Buchstaben</translation>
    </message>
    <message>
        <source>8 to 10 digits</source>
        <translation>8 bis 10 Ziffern</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>9 Ziffern, die erste nicht 0</translation>
    </message>
    <message>
        <source>its last digit is the ISO 7064 MOD 11,10 check digit of the first eight</source>
        <translation>seine letzte Ziffer ist die Prüfziffer nach ISO 7064 MOD 11,10 der ersten acht</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 Ziffern</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 Ziffern</translation>
    </message>
    <message>
        <source>9 characters: a letter or digit, 7 digits and a control letter or digit</source>
        <translation>9 Zeichen: einen Buchstaben oder eine Ziffer, 7 Ziffern und einen Kontrollbuchstaben oder eine Kontrollziffer</translation>
    </message>
    <message>
        <source>its last character is the control character of the other eight</source>
        <translation>sein letztes Zeichen ist das Kontrollzeichen der anderen acht</translation>
    </message>
    <message>
        <source>a 2-character key and the 9 digits of the SIREN</source>
        <translation>einen 2-stelligen Schlüssel und die 9 Ziffern der SIREN</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 Ziffern</translation>
    </message>
    <message>
        <source>7 digits and one or two letters (or the older 8-character form)</source>
        <translation>7 Ziffern und einen oder zwei Buchstaben (oder die ältere 8-stellige Form)</translation>
    </message>
    <message>
        <source>its last digit is the Luhn check digit of the first ten</source>
        <translation>seine letzte Ziffer ist die Luhn-Prüfziffer der ersten zehn</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 oder 12 Ziffern</translation>
    </message>
    <message>
        <source>its last two digits must be the first six modulo 89</source>
        <translation>seine letzten beiden Ziffern müssen die ersten sechs modulo 89 sein</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits</source>
        <translation>9 Ziffern, den Buchstaben B und 2 Ziffern</translation>
    </message>
    <message>
        <source>its ninth digit must be the weighted sum of the first eight modulo 11 (or the whole id 1 modulo 97)</source>
        <translation>seine neunte Ziffer muss die gewichtete Summe der ersten acht modulo 11 sein (oder die ganze Nummer 1 modulo 97)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 Ziffern</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0</source>
        <translation>2 bis 10 Ziffern, die erste nicht 0</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 Ziffern, endend auf 01</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>8 Ziffern, die erste nicht 0</translation>
    </message>
    <message>
        <source>9 or 12 digits, or GD or HA and 3 digits</source>
        <translation>9 oder 12 Ziffern oder GD bzw. HA und 3 Ziffern</translation>
    </message>
    <message>
        <source>The VAT id &quot;%1&quot; is not valid: it starts with the two letters of its country (FR, DE, …) followed by 2 to 16 letters or digits.</source>
        <translation>Die USt-IdNr. „%1“ ist ungültig: Sie beginnt mit den zwei Buchstaben ihres Landes (FR, DE, …), gefolgt von 2 bis 16 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: Greek VAT ids start with EL, not GR.</source>
        <translation>Die USt-IdNr. %1 ist ungültig: Griechische USt-IdNrn. beginnen mit EL, nicht mit GR.</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: a %2 VAT id has %3.</source>
        <translation>Die USt-IdNr. %1 ist ungültig: Eine %2-USt-IdNr. hat %3.</translation>
    </message>
    <message>
        <source>its key must be (12 + 3 × (SIREN mod 97)) mod 97, %1 for SIREN %2</source>
        <translation>sein Schlüssel muss (12 + 3 × (SIREN mod 97)) mod 97 sein, also %1 für die SIREN %2</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: its check digits do not match (%2).</source>
        <translation>Die USt-IdNr. %1 ist ungültig: Ihre Prüfziffern stimmen nicht (%2).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facturo</source>
        <translation>Willkommen bei Facturo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Facturo&lt;/h2&gt;&lt;p&gt;Invoices, payments and service orders for small service firms.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Facturo&lt;/h2&gt;&lt;p&gt;Rechnungen, Zahlungen und Serviceaufträge für kleine Dienstleistungsbetriebe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Demofirma öffnen</translation>
    </message>
    <message>
        <source>A year of a small heating and cooling firm: look around, try anything.</source>
        <translation>Ein Jahr eines kleinen Heizungs- und Klimabetriebs: Schauen Sie sich um, probieren Sie alles aus.</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Meine Firma anlegen</translation>
    </message>
    <message>
        <source>A few questions: who you are, how you are paid, how you number invoices.</source>
        <translation>Ein paar Fragen: wer Sie sind, wie Sie bezahlt werden, wie Sie Rechnungen nummerieren.</translation>
    </message>
    <message>
        <source>Open a company file…</source>
        <translation>Firmendatei öffnen…</translation>
    </message>
    <message>
        <source>A file copied from another computer or a backup.</source>
        <translation>Eine von einem anderen Rechner kopierte Datei oder eine Sicherung.</translation>
    </message>
</context>
</TS>
