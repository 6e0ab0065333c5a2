<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountantExportDialog</name>
    <message>
        <source>Export for the accountant</source>
        <translation>Export pour le comptable</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Écritures du journal</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet</source>
        <translation>CSV pour un tableur</translation>
    </message>
    <message>
        <source>FEC (French audit file)</source>
        <translation>FEC (fichier des écritures comptables)</translation>
    </message>
    <message>
        <source>FEC files (*.txt)</source>
        <translation>Fichiers FEC (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingChartWidget</name>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1 jours et plus</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Créances par ancienneté</translation>
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
        <translation>Impossible de %1 %2 : le disque est plein. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 is read-only (permission denied). Nothing was written.</source>
        <translation>Impossible de %1 %2 : le dossier %3 est en lecture seule (accès refusé). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Could not %1 %2: the folder %3 does not exist.</source>
        <translation>Impossible de %1 %2 : le dossier %3 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3 is not a folder.</source>
        <translation>Impossible de %1 %2 : %3 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 existe déjà : choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Could not %1 %2: %3</source>
        <translation>Impossible de %1 %2 : %3</translation>
    </message>
    <message>
        <source>No file name was given to write to.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour l&apos;écriture.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier : indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>The symbolic link %1 leads nowhere that can be written.</source>
        <translation>Le lien symbolique %1 ne mène à aucun emplacement où écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: the file was not opened.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit event %1 (%2, %3 %4 #%5 by %6) %7</source>
        <translation>Événement d&apos;audit %1 (%2, %3 %4 n°%5 par %6) %7</translation>
    </message>
    <message>
        <source>follows event %1: events before it were removed.</source>
        <translation>suit l&apos;événement %1 : des événements antérieurs ont été supprimés.</translation>
    </message>
    <message>
        <source>does not link to the event before it: the chain was broken.</source>
        <translation>ne se rattache pas à l&apos;événement précédent : la chaîne a été rompue.</translation>
    </message>
    <message>
        <source>does not match its hash: its content was changed.</source>
        <translation>ne correspond pas à son empreinte : son contenu a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) verified.</source>
        <translation>
            <numerusform>La piste d&apos;audit est intacte : %n événement vérifié.</numerusform>
            <numerusform>La piste d&apos;audit est intacte : %n événements vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>read the audit trail</source>
        <translation>lire la piste d&apos;audit</translation>
    </message>
    <message>
        <source>write the audit trail</source>
        <translation>écrire la piste d&apos;audit</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>lire l&apos;historique</translation>
    </message>
    <message>
        <source>%1 is not a Facturo company file or backup: it has no audit trail.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;entreprise ni une sauvegarde Facturo : il n&apos;a pas de piste d&apos;audit.</translation>
    </message>
    <message>
        <source>A company on a server is not a file to read an anchor from: give the anchor as SEQ:HASH.</source>
        <translation>Une entreprise sur un serveur n&apos;est pas un fichier dont on peut lire une ancre : indiquez l&apos;ancre sous la forme SEQ:HASH.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 is not a file.</source>
        <translation>La sauvegarde %1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read (permission denied).</source>
        <translation>La sauvegarde %1 ne peut pas être lue (accès refusé).</translation>
    </message>
    <message>
        <source>%1 is not a file: give the company file to restore into.</source>
        <translation>%1 n&apos;est pas un fichier : indiquez le fichier d&apos;entreprise dans lequel restaurer.</translation>
    </message>
    <message>
        <source>The backup and the company file to replace are the same file.</source>
        <translation>La sauvegarde et le fichier d&apos;entreprise à remplacer sont le même fichier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the company file cannot be replaced there.</source>
        <translation>Le dossier %1 est en lecture seule : le fichier d&apos;entreprise ne peut pas y être remplacé.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is not a company file, or it is damaged.</source>
        <translation>%1 n&apos;est pas une sauvegarde Facturo : ce n&apos;est pas un fichier d&apos;entreprise, ou il est endommagé.</translation>
    </message>
    <message>
        <source>%1 is not a Facturo backup: it is a database of another program.</source>
        <translation>%1 n&apos;est pas une sauvegarde Facturo : c&apos;est la base de données d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Restore it with the newer version.</source>
        <translation>La sauvegarde %1 a été écrite par une version plus récente de Facturo (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Restaurez-la avec la nouvelle version.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: it holds %2 bytes of the %3 its header announces.</source>
        <translation>La sauvegarde %1 est tronquée : elle contient %2 octets sur les %3 annoncés par son en-tête.</translation>
    </message>
    <message>
        <source>The disk of %1 is full: the backup could not be copied there. Nothing was changed; free some space and try again.</source>
        <translation>Le disque de %1 est plein : la sauvegarde n&apos;a pas pu y être copiée. Rien n&apos;a été modifié ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored</source>
        <translation>La sauvegarde %1 ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>The backup %1 cannot be checked</source>
        <translation>La sauvegarde %1 ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2 Nothing was restored.</source>
        <translation>La sauvegarde %1 n&apos;a pas passé la vérification : %2 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>Only a manager can restore a backup (%1 is a clerk in it).</source>
        <translation>Seul un responsable peut restaurer une sauvegarde (%1 y est employé).</translation>
    </message>
    <message>
        <source>The restored copy %1 could not be closed cleanly. Nothing was changed.</source>
        <translation>La copie restaurée %1 n&apos;a pas pu être fermée proprement. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The restored copy could not be written to the disk. Nothing was changed.</source>
        <translation>La copie restaurée n&apos;a pas pu être écrite sur le disque. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The company file %1 is in use by another program (is Facturo still open with it?): close it, then restore again. Nothing was changed.</source>
        <translation>Le fichier d&apos;entreprise %1 est utilisé par un autre programme (est-il encore ouvert dans Facturo ?) : fermez-le, puis recommencez la restauration. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside. Nothing was changed.</source>
        <translation>%1 ne peut pas être mis de côté. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The company file %1 could not be kept as %2. Nothing was changed.</source>
        <translation>Le fichier d&apos;entreprise %1 n&apos;a pas pu être conservé sous le nom %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The company file %1 could not be replaced (%2). Nothing was changed.</source>
        <translation>Le fichier d&apos;entreprise %1 n&apos;a pas pu être remplacé (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup: %2 Nothing was changed.</source>
        <translation>Seul un responsable de %1 peut remplacer ce fichier par une sauvegarde : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only a manager of %1 can replace it with a backup (%2 is a clerk there). Nothing was changed.</source>
        <translation>Seul un responsable de %1 peut remplacer ce fichier par une sauvegarde (%2 y est employé). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup interval &quot;%1&quot; is not one of daily, weekly or off.</source>
        <translation>L&apos;intervalle de sauvegarde « %1 » n&apos;est ni daily, ni weekly, ni off.</translation>
    </message>
    <message>
        <source>The number of backups to keep must be between 1 and %1.</source>
        <translation>Le nombre de sauvegardes à conserver doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Only a manager can change the backup settings.</source>
        <translation>Seul un responsable peut modifier les paramètres de sauvegarde.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist. Create it, or connect the drive it is on.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;existe pas. Créez-le ou branchez le disque sur lequel il se trouve.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not a folder.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only: choose a folder Facturo can write to.</source>
        <translation>Le dossier de sauvegarde %1 est en lecture seule : choisissez un dossier dans lequel Facturo peut écrire.</translation>
    </message>
    <message>
        <source>Backups are kept in another folder than the company file: choose another folder.</source>
        <translation>Les sauvegardes sont conservées dans un autre dossier que celui du fichier d&apos;entreprise : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>No backup folder is set: choose one in the backup settings (facturo-cli settings backup --folder DIR).</source>
        <translation>Aucun dossier de sauvegarde n&apos;est défini : choisissez-en un dans les paramètres de sauvegarde (facturo-cli settings backup --folder DIR).</translation>
    </message>
    <message>
        <source>A backup was already made this second (%1).</source>
        <translation>Une sauvegarde a déjà été faite dans la même seconde (%1).</translation>
    </message>
    <message>
        <source>The backup %1 was made, but the old backup %2 could not be deleted.</source>
        <translation>La sauvegarde %1 a été faite, mais l&apos;ancienne sauvegarde %2 n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>A company on a server is restored by the server: pg_restore, or a company file moved there with `facturo-cli server import` (docs/server.md). Nothing was changed.</source>
        <translation>Une entreprise sur un serveur est restaurée par le serveur : pg_restore, ou un fichier d&apos;entreprise transféré avec `facturo-cli server import` (docs/server.md). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server (pg_dump, or a company file taken with `facturo-cli server export`), not into a backup folder (docs/server.md).</source>
        <translation>Une entreprise sur un serveur est sauvegardée par le serveur (pg_dump, ou un fichier d&apos;entreprise obtenu avec `facturo-cli server export`), et non dans un dossier de sauvegarde (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>BackupSettingsWidget</name>
    <message>
        <source>A folder on another disk or a network drive</source>
        <translation>Un dossier sur un autre disque ou un lecteur réseau</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Never (only when asked)</source>
        <translation>Jamais (seulement sur demande)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore this copy…</source>
        <translation>Restaurer cette copie…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Copies kept</source>
        <translation>Copies conservées</translation>
    </message>
    <message>
        <source>A copy is checked before it is kept; a restore checks the copy (its integrity and the audit trail) before it replaces the company file, which is kept beside it.</source>
        <translation>Chaque copie est vérifiée avant d&apos;être conservée ; une restauration vérifie la copie (son intégrité et la piste d&apos;audit) avant de remplacer le fichier d&apos;entreprise, qui est conservé à côté.</translation>
    </message>
    <message>
        <source>Copies in the folder, newest first:</source>
        <translation>Copies dans le dossier, les plus récentes en premier :</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Choose the copy to restore in the list.</source>
        <translation>Choisissez dans la liste la copie à restaurer.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation>Fichiers d&apos;entreprise Facturo (*.facturo)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 MB)</source>
        <translation>%1 — %2 (%3 Mo)</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Paramètres de sauvegarde enregistrés.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
</context>
<context>
    <name>BookDigestCheck</name>
    <message numerus="yes">
        <source>%n money event(s): the documents and payments they fixed still match their digests</source>
        <translation>
            <numerusform>%n événement financier : les documents et paiements qu&apos;il a figés correspondent toujours à leurs empreintes</numerusform>
            <numerusform>%n événements financiers : les documents et paiements qu&apos;ils ont figés correspondent toujours à leurs empreintes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n older event(s) written before row digests carry none to compare)</source>
        <translation>
            <numerusform> (%n événement plus ancien, écrit avant les empreintes de lignes, n&apos;en porte aucune à comparer)</numerusform>
            <numerusform> (%n événements plus anciens, écrits avant les empreintes de lignes, n&apos;en portent aucune à comparer)</numerusform>
        </translation>
    </message>
    <message>
        <source>audit event %1 (%2, %3)</source>
        <translation>événement d&apos;audit %1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: the rows %2 vouches for no longer exist: they were deleted.</source>
        <translation>%1 : les lignes que %2 garantit n&apos;existent plus : elles ont été supprimées.</translation>
    </message>
    <message>
        <source>%1: the payment or its journal entry no longer matches the digest of %2: its rows were changed after it was recorded.</source>
        <translation>%1 : le paiement ou son écriture ne correspond plus à l&apos;empreinte de %2 : ses lignes ont été modifiées après son enregistrement.</translation>
    </message>
    <message>
        <source>%1: the document, its lines, its tax lines or its journal entry no longer match the digest of %2: its rows were changed after it was posted.</source>
        <translation>%1 : le document, ses lignes, ses lignes de TVA ou son écriture ne correspondent plus à l&apos;empreinte de %2 : ses lignes ont été modifiées après sa validation.</translation>
    </message>
    <message>
        <source>%1: its rows or its journal entry no longer match the digest of %2: they were changed after it was recorded.</source>
        <translation>%1 : ses lignes ou son écriture ne correspondent plus à l&apos;empreinte de %2 : elles ont été modifiées après son enregistrement.</translation>
    </message>
</context>
<context>
    <name>BookRowsRepository</name>
    <message>
        <source>read the rows of a posted document</source>
        <translation>lire les lignes d&apos;un document validé</translation>
    </message>
    <message>
        <source>read the rows of a payment</source>
        <translation>lire les lignes d&apos;un paiement</translation>
    </message>
    <message>
        <source>find a document by its number</source>
        <translation>trouver un document par son numéro</translation>
    </message>
    <message>
        <source>read a document</source>
        <translation>lire un document</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
</context>
<context>
    <name>BulkExportDialog</name>
    <message>
        <source>Export PDFs</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>One PDF per document in</source>
        <translation>Un PDF par document dans</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>One combined PDF</source>
        <translation>Un seul PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Exporting PDFs…</source>
        <translation>Export des PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>Dossier des PDF</translation>
    </message>
    <message>
        <source>Combined PDF</source>
        <translation>PDF unique</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected document(s)</source>
        <translation>
            <numerusform>Le document sélectionné</numerusform>
            <numerusform>Les %n documents sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>Export de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>There is no posted document to export.</source>
        <translation>Aucun document validé à exporter.</translation>
    </message>
    <message>
        <source>Choose where the PDFs go.</source>
        <translation>Choisissez où enregistrer les PDF.</translation>
    </message>
    <message>
        <source>%1 of %2 PDF(s) written to %3.</source>
        <translation>%1 PDF sur %2 écrits dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>Combined PDF of %n document(s) written to %1.</source>
        <translation>
            <numerusform>PDF unique de %n document écrit dans %1.</numerusform>
            <numerusform>PDF unique de %n documents écrit dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: documents not yet exported were left out.</source>
        <translation>Annulé : les documents pas encore exportés ont été laissés de côté.</translation>
    </message>
    <message>
        <source>And the e-invoice of each customer who wants one, in its e-invoices folder</source>
        <translation>Et la facture électronique de chaque client qui en souhaite une, dans son dossier de factures électroniques</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>E-invoices written to %1: %2.</source>
        <translation>Factures électroniques écrites dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>read the state of the search index</source>
        <translation>lire l&apos;état de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>reconstruire l&apos;index de recherche</translation>
    </message>
    <message>
        <source>read the search index triggers</source>
        <translation>lire les déclencheurs de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>suspend the search index</source>
        <translation>suspendre l&apos;index de recherche</translation>
    </message>
</context>
<context>
    <name>BulkPostDialog</name>
    <message>
        <source>Create drafts</source>
        <translation>Créer les brouillons</translation>
    </message>
    <message>
        <source>Post checked drafts</source>
        <translation>Valider les brouillons cochés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Invoice in bulk</source>
        <translation>Facturer en lot</translation>
    </message>
    <message>
        <source>Done service orders</source>
        <translation>Interventions terminées</translation>
    </message>
    <message>
        <source>Drafts to review and post</source>
        <translation>Brouillons à vérifier et valider</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Draft #%1 — %2 — %3</source>
        <translation>Brouillon n°%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%v of %m — %1</source>
        <translation>%v sur %m — %1</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 refused</source>
        <translation>%1 : %2 effectués, %3 refusés</translation>
    </message>
    <message>
        <source>, %1 not done (cancelled)</source>
        <translation>, %1 non effectués (annulé)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Drafts created</source>
        <translation>Brouillons créés</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Validée</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message numerus="yes">
        <source>Send %n document(s)</source>
        <translation>
            <numerusform>Envoyer %n document</numerusform>
            <numerusform>Envoyer %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Each document is sent to its customer&apos;s mail contact, with the text of the template in the document&apos;s language and its PDF attached.</source>
        <translation>Chaque document est envoyé au contact e-mail de son client, avec le texte du modèle dans la langue du document et son PDF en pièce jointe.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 of %2 queued…</source>
        <translation>%1 sur %2 en file d&apos;attente…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued for sending.</source>
        <translation>
            <numerusform>%n message mis en file d&apos;envoi.</numerusform>
            <numerusform>%n messages mis en file d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 message(s) queued; %2 document(s) could not be sent:</source>
        <translation>%1 message(s) en file d&apos;attente ; %2 document(s) n&apos;ont pas pu être envoyés :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelled: %1 message(s) queued, %2 document(s) not sent.</source>
        <translation>Annulé : %1 message(s) mis en file d&apos;attente, %2 document(s) non envoyé(s).</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Brouillon n°%1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Row 1: the list needs a header with a &quot;number&quot; column (and optionally &quot;email&quot;). Nothing was sent.</source>
        <translation>Ligne 1 : la liste doit avoir un en-tête avec une colonne « number » (et éventuellement « email »). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;number&quot;: is empty. Nothing was sent.</source>
        <translation>Ligne %1, champ « number » : vide. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;email&quot;: &quot;%2&quot; is not a valid email address. Nothing was sent.</source>
        <translation>Ligne %1, champ « email » : « %2 » n&apos;est pas une adresse e-mail valide. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Sending by email is not set up (Settings › Mail).</source>
        <translation>L&apos;envoi par e-mail n&apos;est pas configuré (Paramètres › Messagerie).</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>queued to %1</source>
        <translation>en file d&apos;attente pour %1</translation>
    </message>
</context>
<context>
    <name>CatalogItemDialog</name>
    <message>
        <source>Offered on new lines</source>
        <translation>Proposé sur les nouvelles lignes</translation>
    </message>
    <message>
        <source>Catalog item %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>New catalog item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Code (SKU)</source>
        <translation>Code (réf.)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Catalog item %1 saved.</source>
        <translation>Article %1 enregistré.</translation>
    </message>
    <message>
        <source>As the unit says</source>
        <translation>Selon l&apos;unité</translation>
    </message>
    <message>
        <source>As the unit says (%1)</source>
        <translation>Selon l&apos;unité (%1)</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Code d&apos;unité</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Labor</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Search code or description</source>
        <translation>Rechercher un code ou une description</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>The catalog is empty: add the parts and services you sell with New item.</source>
        <translation>Le catalogue est vide : ajoutez les pièces et prestations que vous vendez avec Nouvel article.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>save the tax rate</source>
        <translation>enregistrer le taux de TVA</translation>
    </message>
    <message>
        <source>save the tax rate %1</source>
        <translation>enregistrer le taux de TVA %1</translation>
    </message>
    <message>
        <source>list the tax rates</source>
        <translation>lister les taux de TVA</translation>
    </message>
    <message>
        <source>read the tax rate</source>
        <translation>lire le taux de TVA</translation>
    </message>
    <message>
        <source>Tax rate %1 does not exist.</source>
        <translation>Le taux de TVA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the default tax rate</source>
        <translation>lire le taux de TVA par défaut</translation>
    </message>
    <message>
        <source>No tax rate is set up: add one in the settings.</source>
        <translation>Aucun taux de TVA n&apos;est défini : ajoutez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>read the chart of accounts</source>
        <translation>lire le plan comptable</translation>
    </message>
    <message>
        <source>The chart of accounts has no account for &quot;%1&quot;.</source>
        <translation>Le plan comptable n&apos;a pas de compte pour « %1 ».</translation>
    </message>
    <message>
        <source>save the account %1</source>
        <translation>enregistrer le compte %1</translation>
    </message>
    <message>
        <source>add the catalog item %1</source>
        <translation>ajouter l&apos;article %1</translation>
    </message>
    <message>
        <source>save the catalog item %1</source>
        <translation>enregistrer l&apos;article %1</translation>
    </message>
    <message>
        <source>list the catalog</source>
        <translation>lister le catalogue</translation>
    </message>
    <message>
        <source>read the catalog item %1</source>
        <translation>lire l&apos;article %1</translation>
    </message>
    <message>
        <source>The catalog has no item %1.</source>
        <translation>Le catalogue n&apos;a pas d&apos;article %1.</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>&quot;%1&quot; is not an anchor: write SEQUENCE:HASH (the event number, a colon and its 64-digit SHA-256), or give a backup file or its .anchor file.</source>
        <translation>« %1 » n&apos;est pas une ancre : écrivez SEQUENCE:HASH (le numéro de l&apos;événement, deux-points et son SHA-256 de 64 chiffres), ou indiquez une sauvegarde ou son fichier .anchor.</translation>
    </message>
    <message>
        <source>The anchor file %1 cannot be read.</source>
        <translation>Le fichier d&apos;ancre %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The anchor file %1 has no &quot;anchor:&quot; line.</source>
        <translation>Le fichier d&apos;ancre %1 n&apos;a pas de ligne « anchor: ».</translation>
    </message>
    <message>
        <source>The anchor file or backup %1 does not exist.</source>
        <translation>Le fichier d&apos;ancre ou la sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup was not kept: its anchor file could not be written</source>
        <translation>La sauvegarde n&apos;a pas été conservée : son fichier d&apos;ancre n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The anchor file %1 could not be written: %2</source>
        <translation>Le fichier d&apos;ancre %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: it ends at event %3, before the anchored event %1. The newest events were deleted, or this file is older than the anchor.</source>
        <translation>La piste d&apos;audit ne prolonge pas l&apos;ancre %1:%2… : elle s&apos;arrête à l&apos;événement %3, avant l&apos;événement ancré %1. Les événements les plus récents ont été supprimés, ou ce fichier est plus ancien que l&apos;ancre.</translation>
    </message>
    <message>
        <source>The audit trail does not extend the anchor %1:%2…: event %1 has another hash (%3…). The history was rewritten from event %1 or before: this file is a fork of the anchored one.</source>
        <translation>La piste d&apos;audit ne prolonge pas l&apos;ancre %1:%2… : l&apos;événement %1 a un autre hash (%3…). L&apos;historique a été réécrit à partir de l&apos;événement %1 ou avant : ce fichier est une divergence du fichier ancré.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail extends the anchor %1:%2… (%n event(s) since)</source>
        <translation>
            <numerusform>La piste d&apos;audit prolonge l&apos;ancre %1:%2… (%n événement depuis)</numerusform>
            <numerusform>La piste d&apos;audit prolonge l&apos;ancre %1:%2… (%n événements depuis)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyRepository</name>
    <message>
        <source>read the last document issued</source>
        <translation>lire le dernier document émis</translation>
    </message>
    <message>
        <source>check the order of the numbers</source>
        <translation>vérifier l&apos;ordre des numéros</translation>
    </message>
    <message>
        <source>%1 is dated %2, before %3 (dated %4), which was posted earlier</source>
        <translation>%1 est daté du %2, avant %3 (daté du %4), qui a été validé plus tôt</translation>
    </message>
    <message>
        <source>check the dates of the payments</source>
        <translation>vérifier les dates des paiements</translation>
    </message>
    <message>
        <source>reversal %1 on %2 is dated %3, before the payment %4 it reverses (dated %5)</source>
        <translation>l&apos;annulation %1 sur %2 est datée du %3, avant le paiement %4 qu&apos;elle annule (daté du %5)</translation>
    </message>
    <message>
        <source>%1 %2 on %3 is dated %4, before %3 was issued (%5)</source>
        <translation>%1 %2 sur %3 est daté du %4, avant l&apos;émission de %3 (%5)</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>read the company settings</source>
        <translation>lire les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company settings are missing from the company file.</source>
        <translation>Les paramètres de l&apos;entreprise manquent dans le fichier.</translation>
    </message>
    <message>
        <source>save the company settings</source>
        <translation>enregistrer les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>lire un paramètre</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>enregistrer un paramètre</translation>
    </message>
    <message>
        <source>read the payment mentions</source>
        <translation>lire les mentions de paiement</translation>
    </message>
    <message>
        <source>save the payment mentions</source>
        <translation>enregistrer les mentions de paiement</translation>
    </message>
    <message>
        <source>read the payment reference settings</source>
        <translation>lire les paramètres de référence de paiement</translation>
    </message>
</context>
<context>
    <name>CompanySession</name>
    <message>
        <source>Connected again: the other clerks&apos; changes show as they are saved.</source>
        <translation>De nouveau connecté : les modifications des autres employés s&apos;affichent dès qu&apos;elles sont enregistrées.</translation>
    </message>
    <message>
        <source>The other clerks&apos; changes do not show for now (%1). Trying again…</source>
        <translation>Les modifications des autres employés ne s&apos;affichent pas pour le moment (%1). Nouvelle tentative…</translation>
    </message>
    <message>
        <source>The other clerks&apos; changes will not show without a refresh: %1</source>
        <translation>Les modifications des autres employés ne s&apos;afficheront pas sans actualisation : %1</translation>
    </message>
</context>
<context>
    <name>CompanySettingsForm</name>
    <message>
        <source>e.g. FR32123456789</source>
        <translation>ex. FR32123456789</translation>
    </message>
    <message>
        <source>Registration number, printed in the footer</source>
        <translation>Numéro d&apos;immatriculation, imprimé en pied de page</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation>Code ISO 4217, ex. EUR</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
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
        <translation>Banque</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>0: no approval needed</source>
        <translation>0 : aucune approbation requise</translation>
    </message>
    <message>
        <source>Restart the numbers every year</source>
        <translation>Recommencer la numérotation chaque année</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Days overdue, e.g. 7,14,30</source>
        <translation>Jours de retard, ex. 7,14,30</translation>
    </message>
    <message>
        <source>Patterns: {YYYY} year, {YY} short year, {MM} month, {SEQ:5} the counter on 5 digits. Changing a pattern never renumbers posted documents.</source>
        <translation>Modèles : {YYYY} année, {YY} année courte, {MM} mois, {SEQ:5} le compteur sur 5 chiffres. Changer un modèle ne renumérote jamais les documents validés.</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Approval above (gross)</source>
        <translation>Approbation au-delà de (TTC)</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Numéros de facture</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>Numéros d&apos;avoir</translation>
    </message>
    <message>
        <source>Quotation numbers</source>
        <translation>Numéros de devis</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Approval threshold</source>
        <translation>Seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>Print the late-payment mentions</source>
        <translation>Imprimer les mentions de pénalités de retard</translation>
    </message>
    <message>
        <source>On invoices to business customers: France (Code de commerce L441-10), Belgium (law of 2 August 2002), Germany (§ 288 BGB).</source>
        <translation>Sur les factures aux clients professionnels : France (article L441-10 du Code de commerce), Belgique (loi du 2 août 2002), Allemagne (§ 288 BGB).</translation>
    </message>
    <message>
        <source>Empty: the statutory rate (France: 3 × the legal rate)</source>
        <translation>Vide : le taux légal (France : 3 × le taux d&apos;intérêt légal)</translation>
    </message>
    <message>
        <source>Empty: no discount for early payment</source>
        <translation>Vide : pas d&apos;escompte pour paiement anticipé</translation>
    </message>
    <message>
        <source>Name the technician on invoice lines</source>
        <translation>Nommer le technicien sur les lignes de facture</translation>
    </message>
    <message>
        <source>On the lines an invoice takes from a service order&apos;s time entries.</source>
        <translation>Sur les lignes qu&apos;une facture reprend des temps d&apos;une intervention.</translation>
    </message>
    <message>
        <source>Late-payment rate (% a year)</source>
        <translation>Taux des pénalités de retard (% par an)</translation>
    </message>
    <message>
        <source>Recovery indemnity</source>
        <translation>Indemnité forfaitaire pour frais de recouvrement</translation>
    </message>
    <message>
        <source>Early-payment discount (%)</source>
        <translation>Escompte pour paiement anticipé (%)</translation>
    </message>
    <message>
        <source>The registration number and its register, written in e-invoices (SIREN or SIRET, KBO/BCE, Handelsregister).</source>
        <translation>Le numéro d&apos;immatriculation et son registre, écrits dans les factures électroniques (SIREN ou SIRET, KBO/BCE, Handelsregister).</translation>
    </message>
    <message>
        <source>Your Peppol participant id: where customers send their answers and their own e-invoices.</source>
        <translation>Votre identifiant de participant Peppol : là où les clients envoient leurs réponses et leurs propres factures électroniques.</translation>
    </message>
    <message>
        <source>Who answers questions about invoices</source>
        <translation>Qui répond aux questions sur les factures</translation>
    </message>
    <message>
        <source>The seller&apos;s contact written in e-invoices (XRechnung requires it).</source>
        <translation>Le contact du vendeur écrit dans les factures électroniques (XRechnung l&apos;exige).</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>Identifiant d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Please check the company address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation>Veuillez vérifier l&apos;adresse de l&apos;entreprise : elle n&apos;a pas pu être découpée en rue, code postal, ville et pays lors de sa reprise, et elle est imprimée telle qu&apos;elle a été saisie :
%1
Remplissez les champs ci-dessous, avec le pays, puis enregistrez.</translation>
    </message>
    <message>
        <source>The company address is printed on every invoice: please fill it in.</source>
        <translation>L&apos;adresse de l&apos;entreprise est imprimée sur chaque facture : merci de la renseigner.</translation>
    </message>
    <message>
        <source>Choose the register of this registration number.</source>
        <translation>Choisissez le registre de ce numéro d&apos;immatriculation.</translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation>Choisissez le schéma de cette adresse électronique.</translation>
    </message>
    <message>
        <source>Creditor reference (ISO 11649, RF…)</source>
        <translation>Référence créancier (ISO 11649, RF…)</translation>
    </message>
    <message>
        <source>Belgian structured communication (+++…+++)</source>
        <translation>Communication structurée belge (+++…+++)</translation>
    </message>
    <message>
        <source>The reference each posted invoice gets, printed with the bank details, in the payment QR code and the e-invoice: bank statements find the invoice by it.</source>
        <translation>La référence que reçoit chaque facture validée, imprimée avec les coordonnées bancaires, dans le QR code de paiement et dans la facture électronique : les relevés bancaires retrouvent la facture grâce à elle.</translation>
    </message>
    <message>
        <source>https://pay.example.com/i/{number}?amount={due}&amp;currency={currency}</source>
        <translation>https://pay.example.com/i/{number}?amount={due}&amp;currency={currency}</translation>
    </message>
    <message>
        <source>Empty: no payment link. Placeholders: {number}, {due}, {currency}, {reference}, {customer}. Each posted invoice keeps the link it was given.</source>
        <translation>Vide : pas de lien de paiement. Variables : {number}, {due}, {currency}, {reference}, {customer}. Chaque facture validée conserve le lien qu&apos;elle a reçu.</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence de paiement</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
</context>
<context>
    <name>CompanySetupWizard</name>
    <message>
        <source>Create my company</source>
        <translation>Créer mon entreprise</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>As it must appear on every invoice: name, address and VAT id. The bank details are printed so that customers can pay you.</source>
        <translation>Telle qu&apos;elle doit figurer sur chaque facture : nom, adresse et n° de TVA. Les coordonnées bancaires sont imprimées pour que vos clients puissent vous payer.</translation>
    </message>
    <message>
        <source>How you invoice</source>
        <translation>Votre facturation</translation>
    </message>
    <message>
        <source>Payment terms, numbering and the usual tax rate. All of it can be changed later in Settings.</source>
        <translation>Conditions de paiement, numérotation et taux de TVA habituel. Tout peut être modifié ensuite dans les Paramètres.</translation>
    </message>
    <message>
        <source>Standard tax rate (%)</source>
        <translation>Taux de TVA normal (%)</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Standard tax rate</source>
        <translation>Taux de TVA normal</translation>
    </message>
    <message>
        <source>Your user name is needed: it signs what you do.</source>
        <translation>Votre nom d&apos;utilisateur est nécessaire : il signe ce que vous faites.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>on a date (inclusive)</source>
        <translation>à une date (incluse)</translation>
    </message>
    <message>
        <source>after a number of invoices</source>
        <translation>après un nombre de factures</translation>
    </message>
    <message>
        <source>in advance (first day of the period)</source>
        <translation>à échoir (premier jour de la période)</translation>
    </message>
    <message>
        <source>in arrears (last day of the period)</source>
        <translation>à terme échu (dernier jour de la période)</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>a posted invoice</source>
        <translation>une facture validée</translation>
    </message>
    <message>
        <source>a posted invoice, sent</source>
        <translation>une facture validée et envoyée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation>Jours d&apos;avance</translation>
    </message>
    <message>
        <source>Each occurrence makes</source>
        <translation>Chaque échéance crée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Prix actuel</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Description: {month} {year}, {period}, {period_start}, {period_end}</source>
        <translation>Description : {month} {year}, {period}, {period_start}, {period_end}</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>New unit price</source>
        <translation>Nouveau prix unitaire</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>New price from</source>
        <translation>Nouveau prix à partir du</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>End on</source>
        <translation>Terminer le</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>Résilier le contrat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel the contract</source>
        <translation>Résilier le contrat</translation>
    </message>
    <message>
        <source>Bill nothing more on this contract?</source>
        <translation>Ne plus rien facturer sur ce contrat ?</translation>
    </message>
    <message>
        <source>Resume the contract</source>
        <translation>Reprendre le contrat</translation>
    </message>
    <message>
        <source>Bill the periods missed while the contract was paused, or skip them?</source>
        <translation>Facturer les périodes manquées pendant la suspension du contrat, ou les ignorer ?</translation>
    </message>
    <message>
        <source>Bill them</source>
        <translation>Les facturer</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>, ends %1</source>
        <translation>, se termine le %1</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>%1 (%2 %) from %3, by %4</source>
        <translation>%1 (%2 %) à partir du %3, par %4</translation>
    </message>
    <message>
        <source>Choose the customer the contract bills.</source>
        <translation>Choisissez le client que le contrat facture.</translation>
    </message>
    <message>
        <source>Contract %1 saved.</source>
        <translation>Contrat %1 enregistré.</translation>
    </message>
    <message>
        <source>Contract %1 added: add its lines.</source>
        <translation>Contrat %1 ajouté : ajoutez ses lignes.</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Line added to contract %1.</source>
        <translation>Ligne ajoutée au contrat %1.</translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation>Sélectionnez la ligne à supprimer.</translation>
    </message>
    <message>
        <source>The line is removed from %1 on.</source>
        <translation>La ligne est supprimée à partir du %1.</translation>
    </message>
    <message>
        <source>Select the line whose price changes.</source>
        <translation>Sélectionnez la ligne dont le prix change.</translation>
    </message>
    <message>
        <source>New price from %1.</source>
        <translation>Nouveau prix à partir du %1.</translation>
    </message>
    <message>
        <source>Contract %1 paused.</source>
        <translation>Contrat %1 suspendu.</translation>
    </message>
    <message>
        <source>Contract %1 resumed.</source>
        <translation>Contrat %1 repris.</translation>
    </message>
    <message>
        <source>Contract %1 ends on %2.</source>
        <translation>Le contrat %1 se termine le %2.</translation>
    </message>
    <message>
        <source>Contract %1 cancelled.</source>
        <translation>Contrat %1 résilié.</translation>
    </message>
    <message>
        <source>A catalog item fills the line&apos;s text, price and tax rate</source>
        <translation>Un article du catalogue remplit le texte, le prix et le taux de TVA de la ligne</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>Draft #%1</source>
        <translation>Brouillon n°%1</translation>
    </message>
    <message>
        <source>save the contract</source>
        <translation>enregistrer le contrat</translation>
    </message>
    <message>
        <source>change the contract&apos;s status</source>
        <translation>modifier le statut du contrat</translation>
    </message>
    <message>
        <source>end the contract</source>
        <translation>terminer le contrat</translation>
    </message>
    <message>
        <source>read contract %1</source>
        <translation>lire le contrat %1</translation>
    </message>
    <message>
        <source>Contract %1 does not exist.</source>
        <translation>Le contrat %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>list the contracts</source>
        <translation>lister les contrats</translation>
    </message>
    <message>
        <source>read the contract lines</source>
        <translation>lire les lignes du contrat</translation>
    </message>
    <message>
        <source>read the contract prices</source>
        <translation>lire les prix du contrat</translation>
    </message>
    <message>
        <source>add the contract line</source>
        <translation>ajouter la ligne de contrat</translation>
    </message>
    <message>
        <source>remove the contract line</source>
        <translation>supprimer la ligne de contrat</translation>
    </message>
    <message>
        <source>save the contract price</source>
        <translation>enregistrer le prix du contrat</translation>
    </message>
    <message>
        <source>read the contract occurrences</source>
        <translation>lire les échéances du contrat</translation>
    </message>
    <message>
        <source>record occurrence %1 of contract %2</source>
        <translation>enregistrer l&apos;échéance %1 du contrat %2</translation>
    </message>
    <message>
        <source>check the contract occurrences</source>
        <translation>vérifier les échéances des contrats</translation>
    </message>
</context>
<context>
    <name>ContractsDueCard</name>
    <message>
        <source>Contract invoices due</source>
        <translation>Factures de contrat à émettre</translation>
    </message>
    <message>
        <source>none due today</source>
        <translation>aucune à émettre aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>of %n contract(s)</source>
        <translation>
            <numerusform>sur %n contrat</numerusform>
            <numerusform>sur %n contrats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Prochaine date</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>No contract yet: a maintenance contract bills itself every week, month or year. Add one with New contract.</source>
        <translation>Aucun contrat pour l&apos;instant : un contrat de maintenance se facture tout seul chaque semaine, chaque mois ou chaque année. Ajoutez-en un avec Nouveau contrat.</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>Invoices due…</source>
        <translation>Factures à émettre…</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message numerus="yes">
        <source>Monthly contracted revenue: %1 net (%n contract(s))</source>
        <translation>
            <numerusform>Chiffre d&apos;affaires mensuel sous contrat : %1 HT (%n contrat)</numerusform>
            <numerusform>Chiffre d&apos;affaires mensuel sous contrat : %1 HT (%n contrats)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (contract %2): %3</source>
        <translation>%1 (contrat %2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) stayed drafts and need attention:</source>
        <translation>
            <numerusform>%n facture de contrat est restée en brouillon et demande votre attention :</numerusform>
            <numerusform>%n factures de contrat sont restées en brouillon et demandent votre attention :</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract invoice is due.</source>
        <translation>Aucune facture de contrat n&apos;est à émettre.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
</context>
<context>
    <name>CreditLinesModel</name>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited.</source>
        <translation>Ligne « %1 » : au plus %2 peut encore être crédité.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Already credited</source>
        <translation>Déjà crédité</translation>
    </message>
    <message>
        <source>To credit</source>
        <translation>À créditer</translation>
    </message>
    <message>
        <source>Net credited</source>
        <translation>HT crédité</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>Avoir pour %1</translation>
    </message>
    <message>
        <source>Why is this credited? (printed on the credit note)</source>
        <translation>Pourquoi cet avoir ? (imprimé sur l&apos;avoir)</translation>
    </message>
    <message>
        <source>Credit everything left</source>
        <translation>Tout créditer</translation>
    </message>
    <message>
        <source>Post credit note</source>
        <translation>Valider l&apos;avoir</translation>
    </message>
    <message>
        <source>%1 · %2 · total %3, amount due %4</source>
        <translation>%1 · %2 · total %3, reste dû %4</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Credit note total: %1 (net %2, tax %3)</source>
        <translation>Total de l&apos;avoir : %1 (HT %2, TVA %3)</translation>
    </message>
    <message>
        <source>Enter a quantity to credit on at least one line.</source>
        <translation>Saisissez une quantité à créditer sur au moins une ligne.</translation>
    </message>
    <message>
        <source>%1 The credit note was kept as a draft: open it from the invoice list.</source>
        <translation>%1 L&apos;avoir a été conservé en brouillon : ouvrez-le depuis la liste des factures.</translation>
    </message>
    <message>
        <source>Credit note %1 posted for %2.</source>
        <translation>Avoir %1 validé pour %2.</translation>
    </message>
    <message>
        <source>By line</source>
        <translation>Par ligne</translation>
    </message>
    <message>
        <source>Amount per tax rate</source>
        <translation>Montant par taux de TVA</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Net at %1 %2</source>
        <translation>HT – %1 %2</translation>
    </message>
    <message>
        <source>The amounts are net: the tax of each rate is added. The reason below is the credit note&apos;s line text.</source>
        <translation>Les montants sont HT : la TVA de chaque taux est ajoutée. Le motif ci-dessous est le texte de la ligne de l&apos;avoir.</translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates.</source>
        <translation>Saisissez un montant à créditer pour l&apos;un des taux.</translation>
    </message>
    <message>
        <source>Post a credit note of %1 on %2 for %3?

It gets its final number and can no longer be changed.</source>
        <translation>Valider un avoir de %1 sur %2 pour %3 ?

Il reçoit son numéro définitif et ne peut plus être modifié.</translation>
    </message>
</context>
<context>
    <name>CreditNoteService</name>
    <message>
        <source>%1 is not an invoice: only an invoice can be credited.</source>
        <translation>%1 n&apos;est pas une facture : seule une facture peut être créditée.</translation>
    </message>
    <message>
        <source>%1 is a draft: edit or delete it instead of crediting it.</source>
        <translation>%1 est un brouillon : modifiez-le ou supprimez-le au lieu de le créditer.</translation>
    </message>
    <message>
        <source>A credit note needs a reason.</source>
        <translation>Un avoir doit avoir un motif.</translation>
    </message>
    <message>
        <source>Line %1 is not a line of %2.</source>
        <translation>La ligne %1 n&apos;est pas une ligne de %2.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation>Ligne « %1 » : au plus %2 peut encore être crédité (facturé %3).</translation>
    </message>
    <message>
        <source>Nothing is left to credit on %1.</source>
        <translation>Il ne reste rien à créditer sur %1.</translation>
    </message>
    <message>
        <source>%1 has no amount at %2 to credit.</source>
        <translation>%1 n&apos;a aucun montant à créditer pour %2.</translation>
    </message>
    <message>
        <source>The amount to credit at %1 must be more than zero.</source>
        <translation>Le montant à créditer pour %1 doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>At %1, at most %2 can still be credited on %3.</source>
        <translation>Pour %1, au plus %2 peut encore être crédité sur %3.</translation>
    </message>
    <message>
        <source>Enter an amount to credit at one of the rates of %1.</source>
        <translation>Saisissez un montant à créditer pour l&apos;un des taux de %1.</translation>
    </message>
    <message>
        <source>reason of the credit note</source>
        <translation>motif de l&apos;avoir</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not a text file (it contains zero bytes): save it as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Le fichier n&apos;est pas un fichier texte (il contient des octets nuls) : enregistrez-le en CSV UTF-8 et réessayez. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is not closed (a &quot; is missing). Nothing was imported.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est pas fermé (il manque un &quot;). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is empty: a CSV file starts with a row of column names.</source>
        <translation>Le fichier est vide : un fichier CSV commence par une ligne de noms de colonnes.</translation>
    </message>
    <message>
        <source>Row 1, field %1: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Ligne 1, champ %1 : le texte n&apos;est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier en CSV UTF-8 et réessayez. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: the text is neither UTF-8 nor Windows-1252. Save the file as CSV in UTF-8 and try again. Nothing was imported.</source>
        <translation>Ligne %1, champ « %2 » : le texte n&apos;est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier en CSV UTF-8 et réessayez. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: missing (the row has %3 fields, the header %4). Nothing was imported.</source>
        <translation>Ligne %1, champ « %2 » : manquant (la ligne a %3 champs, l&apos;en-tête %4). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Row %1: %2 fields where the header has %3 (a separator inside a cell that is not quoted?). Nothing was imported.</source>
        <translation>Ligne %1 : %2 champs alors que l&apos;en-tête en a %3 (un séparateur dans une cellule sans guillemets ?). Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>CustomerContractsWidget</name>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Prochaine date</translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
</context>
<context>
    <name>CustomerCreditRepository</name>
    <message>
        <source>record the customer&apos;s credit</source>
        <translation>enregistrer le crédit du client</translation>
    </message>
    <message>
        <source>read the customer&apos;s credit</source>
        <translation>lire le crédit du client</translation>
    </message>
    <message>
        <source>read the customers&apos; credits</source>
        <translation>lire les crédits des clients</translation>
    </message>
    <message>
        <source>read the rows of a customer credit</source>
        <translation>lire les lignes d&apos;un crédit client</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Own payment terms</source>
        <translation>Conditions de paiement propres</translation>
    </message>
    <message>
        <source>Never send reminders</source>
        <translation>Ne jamais envoyer de relances</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Client — %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer %1 saved.</source>
        <translation>Client %1 enregistré.</translation>
    </message>
    <message>
        <source>e.g. FR32123456789</source>
        <translation>ex. FR32123456789</translation>
    </message>
    <message>
        <source>Leitweg-ID of a German public buyer, or their reference</source>
        <translation>Leitweg-ID d&apos;un acheteur public allemand, ou sa référence</translation>
    </message>
    <message>
        <source>Printed on the invoice and written in the e-invoice as the buyer reference (BT-10). German public buyers require their Leitweg-ID here.</source>
        <translation>Imprimée sur la facture et écrite dans la facture électronique comme référence de l&apos;acheteur (BT-10). Les acheteurs publics allemands exigent ici leur Leitweg-ID.</translation>
    </message>
    <message>
        <source>The e-invoice this customer receives with each invoice and credit note.</source>
        <translation>La facture électronique que ce client reçoit avec chaque facture et chaque avoir.</translation>
    </message>
    <message>
        <source>The customer&apos;s Peppol participant id: where e-invoices are delivered.</source>
        <translation>L&apos;identifiant de participant Peppol du client : là où les factures électroniques sont livrées.</translation>
    </message>
    <message>
        <source>Please check this address: it could not be split into street, postcode, city and country when it was brought over, and it is printed as it was typed:
%1
Fill in the fields below, with the country, and save.</source>
        <translation>Veuillez vérifier cette adresse : elle n&apos;a pas pu être découpée en rue, code postal, ville et pays lors de sa reprise, et elle est imprimée telle qu&apos;elle a été saisie :
%1
Remplissez les champs ci-dessous, avec le pays, puis enregistrez.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence de l&apos;acheteur</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Facture électronique</translation>
    </message>
    <message>
        <source>Choose the scheme of this registration number.</source>
        <translation>Choisissez le schéma de ce numéro d&apos;immatriculation.</translation>
    </message>
    <message>
        <source>Choose the scheme of this electronic address.</source>
        <translation>Choisissez le schéma de cette adresse électronique.</translation>
    </message>
</context>
<context>
    <name>CustomerMoneyWidget</name>
    <message>
        <source>Credit and direct debit</source>
        <translation>Crédit et prélèvement SEPA</translation>
    </message>
    <message>
        <source>Add mandate…</source>
        <translation>Ajouter un mandat…</translation>
    </message>
    <message>
        <source>Revoke mandate</source>
        <translation>Révoquer le mandat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit : %1</translation>
    </message>
    <message>
        <source>In force, next debit %1</source>
        <translation>En vigueur, prochain prélèvement le %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Mandate %1 revoked: it is no longer debited.</source>
        <translation>Mandat %1 révoqué : il n&apos;est plus prélevé.</translation>
    </message>
    <message>
        <source>Mandate %1 revoked.</source>
        <translation>Mandat %1 révoqué.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer name or VAT id…</source>
        <translation>Nom du client ou n° de TVA…</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>add the customer %1</source>
        <translation>ajouter le client %1</translation>
    </message>
    <message>
        <source>save the customer %1</source>
        <translation>enregistrer le client %1</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>save the customer&apos;s contacts</source>
        <translation>enregistrer les contacts du client</translation>
    </message>
    <message>
        <source>read customer %1</source>
        <translation>lire le client %1</translation>
    </message>
    <message>
        <source>read the customer&apos;s contacts</source>
        <translation>lire les contacts du client</translation>
    </message>
    <message>
        <source>look up the customer</source>
        <translation>rechercher le client</translation>
    </message>
    <message>
        <source>list the customers</source>
        <translation>lister les clients</translation>
    </message>
    <message>
        <source>count the customers</source>
        <translation>compter les clients</translation>
    </message>
    <message>
        <source>list the addresses to review</source>
        <translation>lister les adresses à vérifier</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>customer name</source>
        <translation>nom du client</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>adresse de facturation</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Les conditions de paiement doivent être comprises entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>buyer reference</source>
        <translation>référence de l&apos;acheteur</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Search name or VAT id</source>
        <translation>Rechercher un nom ou un n° de TVA</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Their invoices</source>
        <translation>Ses factures</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No customers yet: add the first one with New customer.</source>
        <translation>Aucun client pour l&apos;instant : ajoutez le premier avec Nouveau client.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>The address could not be split into street, postcode, city and country: open the customer to complete it.</source>
        <translation>L&apos;adresse n&apos;a pas pu être découpée en rue, code postal, ville et pays : ouvrez le client pour la compléter.</translation>
    </message>
    <message>
        <source>Address to review</source>
        <translation>Adresse à vérifier</translation>
    </message>
    <message>
        <source>Only the customers whose address must be completed before e-invoices can be made</source>
        <translation>Seulement les clients dont l&apos;adresse doit être complétée avant de pouvoir produire des factures électroniques</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Outstanding</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Encaissé ce mois-ci</translation>
    </message>
    <message>
        <source>Drafts to post</source>
        <translation>Brouillons à valider</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Jobs to invoice</source>
        <translation>Interventions à facturer</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n facture ouverte</numerusform>
            <numerusform>%n factures ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) past due</source>
        <translation>
            <numerusform>%n facture échue</numerusform>
            <numerusform>%n factures échues</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be posted</source>
        <translation>en attente de validation</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>au-delà de %1</translation>
    </message>
    <message>
        <source>no approval threshold set</source>
        <translation>aucun seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>service orders done</source>
        <translation>interventions terminées</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <source>To remind today</source>
        <translation>À relancer aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder</source>
        <translation>
            <numerusform>%n facture à relancer</numerusform>
            <numerusform>%n factures à relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses that could not be split into street, postcode, city and country: e-invoices need them complete.</source>
        <translation>Adresses qui n&apos;ont pas pu être découpées en rue, code postal, ville et pays : les factures électroniques les exigent complètes.</translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: %1</source>
        <translation>Des messages attendent dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Customer addresses to review: %1</source>
        <translation>Adresses de clients à vérifier : %1</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>sum the payments of the month</source>
        <translation>totaliser les encaissements du mois</translation>
    </message>
    <message>
        <source>count the drafts</source>
        <translation>compter les brouillons</translation>
    </message>
    <message>
        <source>count the service orders to invoice</source>
        <translation>compter les interventions à facturer</translation>
    </message>
    <message>
        <source>age the receivables</source>
        <translation>classer les créances par ancienneté</translation>
    </message>
    <message>
        <source>sum the invoices per month</source>
        <translation>totaliser les factures par mois</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The company file %1 is in use by another program. Try again in a moment.</source>
        <translation>Le fichier %1 est utilisé par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The company file %1 is read-only.</source>
        <translation>Le fichier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The company file %1 could not be read or written (disk I/O error): nothing was saved. Check the disk.</source>
        <translation>Le fichier %1 n&apos;a pas pu être lu ou écrit (erreur d&apos;E/S disque) : rien n&apos;a été enregistré. Vérifiez le disque.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Facturo company file.</source>
        <translation>Le fichier %1 est endommagé ou n&apos;est pas un fichier d&apos;entreprise Facturo.</translation>
    </message>
    <message>
        <source>The company file %1 cannot be opened.</source>
        <translation>Le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>No company file was given.</source>
        <translation>Aucun fichier d&apos;entreprise n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The company file %1 cannot be read (permission denied).</source>
        <translation>Le fichier %1 ne peut pas être lu (accès refusé).</translation>
    </message>
    <message>
        <source>The company file %1 is read-only. Copy it to a writable folder or change its permissions to work with it.</source>
        <translation>Le fichier %1 est en lecture seule. Copiez-le dans un dossier accessible en écriture ou changez ses droits pour travailler dessus.</translation>
    </message>
    <message>
        <source>The folder of the company file %1 is read-only.</source>
        <translation>Le dossier du fichier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The file %1 is not a Facturo company file.</source>
        <translation>Le fichier %1 n&apos;est pas un fichier d&apos;entreprise Facturo.</translation>
    </message>
    <message>
        <source>The company file %1 was written by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation>Le fichier %1 a été écrit par une version plus récente de Facturo (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Installez la nouvelle version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Upgrading the company file to schema %1</source>
        <translation>Mise à niveau du fichier vers le schéma %1</translation>
    </message>
    <message>
        <source>Could not %1: it already exists (%2).</source>
        <translation>Impossible de %1 : cela existe déjà (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1 : %2.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Nothing was saved.</source>
        <translation>Impossible de %1 : le disque est plein. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not %1: the company file could not be written (disk I/O error). Nothing was saved.</source>
        <translation>Impossible de %1 : le fichier n&apos;a pas pu être écrit (erreur d&apos;E/S disque). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not %1: the company file is in use by another program.</source>
        <translation>Impossible de %1 : le fichier est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>Could not %1: the company file is read-only.</source>
        <translation>Impossible de %1 : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1 : %2</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt gives no SQLite connection for %1.</source>
        <translation>Le pilote SQLite de Qt ne donne aucune connexion SQLite pour %1.</translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation>Une partie de ce travail a échoué : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a company file: it is empty or has no Facturo schema. It was left as it is.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;entreprise : il est vide ou n&apos;a pas de schéma Facturo. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The company file %1 has schema %2, older than this version&apos;s %3: it is only read here. Open it once with Facturo (any command) to upgrade it, then check it again.</source>
        <translation>Le fichier d&apos;entreprise %1 a le schéma %2, plus ancien que le schéma %3 de cette version : il n&apos;est ici qu&apos;en lecture. Ouvrez-le une fois avec Facturo (n&apos;importe quelle commande) pour le mettre à niveau, puis vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Could not %1</source>
        <translation>Impossible de %1</translation>
    </message>
    <message>
        <source>read the company&apos;s schema</source>
        <translation>lire le schéma de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company. Make one there with `facturo-cli server init` (or move a company file there with `facturo-cli server import`).</source>
        <translation>La base de données %1 ne contient aucune entreprise Facturo. Créez-en une avec `facturo-cli server init` (ou transférez-y un fichier d&apos;entreprise avec `facturo-cli server import`).</translation>
    </message>
    <message>
        <source>read the company&apos;s schema version</source>
        <translation>lire la version du schéma de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company on %1 was set up by a newer version of Facturo (schema %2; this version reads up to schema %3). Install the newer version to open it.</source>
        <translation>L&apos;entreprise sur %1 a été créée par une version plus récente de Facturo (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Installez la nouvelle version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The company on %1 has schema %2, older than this version&apos;s %3. Its owner upgrades it with `facturo-cli server upgrade %1`.</source>
        <translation>L&apos;entreprise sur %1 a le schéma %2, plus ancien que le schéma %3 de cette version. Son propriétaire la met à niveau avec `facturo-cli server upgrade %1`.</translation>
    </message>
</context>
<context>
    <name>DecimalText</name>
    <message>
        <source>a number is required</source>
        <translation>un nombre est requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>« %1 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has more than %n decimal(s)</source>
        <translation>
            <numerusform>« %1 » a plus de %n décimale</numerusform>
            <numerusform>« %1 » a plus de %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use a dot as the decimal separator and no thousands separator</source>
        <translation>« %1 » : utilisez un point comme séparateur décimal et aucun séparateur de milliers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (at most %2)</source>
        <translation>« %1 » est trop grand (au plus %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is zero with a minus sign: write 0.</source>
        <translation>« %1 » est un zéro avec un signe moins : écrivez 0.</translation>
    </message>
</context>
<context>
    <name>DemoCompany</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The unfinished demo company %1 cannot be replaced: %2 cannot be removed.</source>
        <translation>La société de démonstration inachevée %1 ne peut pas être remplacée : %2 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The demo company can only be created in a new, empty company file.</source>
        <translation>L&apos;entreprise de démonstration ne peut être créée que dans un fichier neuf et vide.</translation>
    </message>
    <message>
        <source>Safety training for the customer&apos;s staff (exempt)</source>
        <translation>Formation sécurité du personnel du client (exonérée)</translation>
    </message>
    <message>
        <source>Work carried out as requested; installation checked and left in working order.</source>
        <translation>Travaux effectués comme demandé ; installation vérifiée et laissée en état de marche.</translation>
    </message>
    <message>
        <source>Invoice cancelled: work covered by warranty</source>
        <translation>Facture annulée : travaux couverts par la garantie</translation>
    </message>
    <message>
        <source>Commercial gesture: labour not charged</source>
        <translation>Geste commercial : main-d&apos;œuvre non facturée</translation>
    </message>
    <message>
        <source>Compressor relay replaced; pressures checked; unit restarted.</source>
        <translation>Relais du compresseur remplacé ; pressions vérifiées ; unité redémarrée.</translation>
    </message>
</context>
<context>
    <name>DirectDebitRepository</name>
    <message>
        <source>find the invoices to collect by direct debit</source>
        <translation>rechercher les factures à encaisser par prélèvement</translation>
    </message>
    <message>
        <source>record the direct debit collection</source>
        <translation>enregistrer l&apos;encaissement par prélèvement</translation>
    </message>
    <message>
        <source>read the direct debit collections</source>
        <translation>lire les encaissements par prélèvement</translation>
    </message>
    <message>
        <source>record the returned direct debit</source>
        <translation>enregistrer le prélèvement rejeté</translation>
    </message>
    <message>
        <source>read the rows of a returned direct debit</source>
        <translation>lire les lignes d&apos;un prélèvement rejeté</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Draft invoice #%1</source>
        <translation>Brouillon de facture n°%1</translation>
    </message>
    <message>
        <source>Draft credit note #%1</source>
        <translation>Brouillon d&apos;avoir n°%1</translation>
    </message>
</context>
<context>
    <name>DocumentLinesModel</name>
    <message>
        <source>Type here to add a line…</source>
        <translation>Saisissez ici pour ajouter une ligne…</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Choose a tax rate from the list.</source>
        <translation>Choisissez un taux de TVA dans la liste.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Cette colonne ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Type the description of the new line first.</source>
        <translation>Saisissez d&apos;abord la description de la nouvelle ligne.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Unit code %1 (%2)</source>
        <translation>Code d&apos;unité %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>create the draft</source>
        <translation>créer le brouillon</translation>
    </message>
    <message>
        <source>save the draft</source>
        <translation>enregistrer le brouillon</translation>
    </message>
    <message>
        <source>%1 is not a draft: it cannot be changed.</source>
        <translation>%1 n&apos;est pas un brouillon : il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>add the line</source>
        <translation>ajouter la ligne</translation>
    </message>
    <message>
        <source>save the line</source>
        <translation>enregistrer la ligne</translation>
    </message>
    <message>
        <source>remove the line</source>
        <translation>supprimer la ligne</translation>
    </message>
    <message>
        <source>read document %1</source>
        <translation>lire le document %1</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the lines of document %1</source>
        <translation>lire les lignes du document %1</translation>
    </message>
    <message>
        <source>read the tax breakdown of document %1</source>
        <translation>lire la ventilation de TVA du document %1</translation>
    </message>
    <message>
        <source>look up %1</source>
        <translation>rechercher %1</translation>
    </message>
    <message>
        <source>There is no document numbered %1.</source>
        <translation>Aucun document ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>valider %1</translation>
    </message>
    <message>
        <source>Only a draft can be posted.</source>
        <translation>Seul un brouillon peut être validé.</translation>
    </message>
    <message>
        <source>save the tax breakdown</source>
        <translation>enregistrer la ventilation de TVA</translation>
    </message>
    <message>
        <source>update what is due on document %1</source>
        <translation>mettre à jour le reste dû du document %1</translation>
    </message>
    <message>
        <source>Document %1 is not posted.</source>
        <translation>Le document %1 n&apos;est pas validé.</translation>
    </message>
    <message>
        <source>move the draft to the trash</source>
        <translation>mettre le brouillon à la corbeille</translation>
    </message>
    <message>
        <source>Only a draft can be deleted or restored.</source>
        <translation>Seul un brouillon peut être supprimé ou restauré.</translation>
    </message>
    <message>
        <source>read what was already credited</source>
        <translation>lire ce qui a déjà été crédité</translation>
    </message>
    <message>
        <source>read the credit notes</source>
        <translation>lire les avoirs</translation>
    </message>
    <message>
        <source>list the documents</source>
        <translation>lister les documents</translation>
    </message>
    <message>
        <source>total the documents</source>
        <translation>totaliser les documents</translation>
    </message>
    <message>
        <source>search the documents</source>
        <translation>rechercher dans les documents</translation>
    </message>
    <message>
        <source>look up the payment reference %1</source>
        <translation>rechercher la référence de paiement %1</translation>
    </message>
    <message>
        <source>save the payment reference %1</source>
        <translation>enregistrer la référence de paiement %1</translation>
    </message>
    <message>
        <source>check the documents</source>
        <translation>vérifier les documents</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>DraftCommand</name>
    <message>
        <source>add line &quot;%1&quot;</source>
        <translation>ajouter la ligne « %1 »</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Line %1 is no longer on the draft.</source>
        <translation>La ligne %1 n&apos;est plus sur le brouillon.</translation>
    </message>
    <message>
        <source>edit line %1</source>
        <translation>modifier la ligne %1</translation>
    </message>
    <message>
        <source>remove line &quot;%1&quot;</source>
        <translation>supprimer la ligne « %1 »</translation>
    </message>
</context>
<context>
    <name>DraftEditorWidget</name>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Give the draft its final number (Ctrl+Return)</source>
        <translation>Donner au brouillon son numéro définitif (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation>‹ Factures</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>In the trash since %1 — restore it to edit or post it.</source>
        <translation>À la corbeille depuis le %1 — restaurez-le pour le modifier ou le valider.</translation>
    </message>
    <message>
        <source> · approved by %1</source>
        <translation> · approuvé par %1</translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation>Requis pour valider : %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 needs %2. Ask a manager to approve it, then post it.</source>
        <translation>%1 nécessite %2. Demandez à un responsable de l&apos;approuver, puis validez-le.</translation>
    </message>
    <message>
        <source>%1 cannot be posted yet: it needs %2.</source>
        <translation>%1 ne peut pas encore être validé : il manque %2.</translation>
    </message>
    <message>
        <source>Post %1 to %2 for %3?

It gets its final number and can no longer be changed; a mistake is then corrected with a credit note.</source>
        <translation>Valider %1 pour %2 d&apos;un montant de %3 ?

Il reçoit son numéro définitif et ne peut plus être modifié ; une erreur se corrige ensuite par un avoir.</translation>
    </message>
    <message>
        <source>The total is above the approval threshold of %1: posting it approves it in your name.</source>
        <translation>Le total dépasse le seuil d&apos;approbation de %1 : le valider l&apos;approuve en votre nom.</translation>
    </message>
    <message>
        <source>Posted %1 for %2.</source>
        <translation>%1 validée pour %2.</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 approuvé.</translation>
    </message>
    <message>
        <source>%1 moved to the trash. Restore it from the Trash filter of the list.</source>
        <translation>%1 mis à la corbeille. Restaurez-le depuis le filtre Corbeille de la liste.</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
</context>
<context>
    <name>DraftHeaderForm</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Purchase order, job…</source>
        <translation>Bon de commande, intervention…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Printed on the invoice, under the lines.</source>
        <translation>Imprimées sur la facture, sous les lignes.</translation>
    </message>
    <message>
        <source>For your colleagues only: never printed or sent.</source>
        <translation>Pour vos collègues uniquement : jamais imprimées ni envoyées.</translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation>Notes imprimées</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service date</source>
        <translation>Date de prestation</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>change the customer</source>
        <translation>changer le client</translation>
    </message>
    <message>
        <source>change the service date</source>
        <translation>changer la date de prestation</translation>
    </message>
    <message>
        <source>change the payment terms</source>
        <translation>changer les conditions de paiement</translation>
    </message>
    <message>
        <source>change the reference</source>
        <translation>changer la référence</translation>
    </message>
    <message>
        <source>change the reason</source>
        <translation>changer le motif</translation>
    </message>
    <message>
        <source>change the language</source>
        <translation>changer la langue</translation>
    </message>
    <message>
        <source>due %1 days after posting</source>
        <translation>échéance %1 jours après validation</translation>
    </message>
    <message>
        <source>Needed to post: %1</source>
        <translation>Requis pour valider : %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>edit the printed notes</source>
        <translation>modifier les notes imprimées</translation>
    </message>
    <message>
        <source>edit the internal notes</source>
        <translation>modifier les notes internes</translation>
    </message>
    <message>
        <source>The customer&apos;s purchase order number</source>
        <translation>Le numéro de bon de commande du client</translation>
    </message>
    <message>
        <source>Leitweg-ID, or the buyer&apos;s reference</source>
        <translation>Leitweg-ID, ou la référence de l&apos;acheteur</translation>
    </message>
    <message>
        <source>The buyer reference of the e-invoice (BT-10), from the customer&apos;s; German public buyers require their Leitweg-ID here.</source>
        <translation>La référence de l&apos;acheteur de la facture électronique (BT-10), reprise de celle du client ; les acheteurs publics allemands exigent ici leur Leitweg-ID.</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>Référence de commande</translation>
    </message>
    <message>
        <source>Buyer reference</source>
        <translation>Référence de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>change the order reference</source>
        <translation>modifier la référence de commande</translation>
    </message>
    <message>
        <source>change the buyer reference</source>
        <translation>modifier la référence de l&apos;acheteur</translation>
    </message>
    <message>
        <source>change the payment means</source>
        <translation>modifier le moyen de paiement</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>A line needs a description.</source>
        <translation>Une ligne doit avoir une description.</translation>
    </message>
    <message>
        <source>A line description is limited to 2000 characters.</source>
        <translation>La description d&apos;une ligne est limitée à 2000 caractères.</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation>La quantité de « %1 » ne doit pas être nulle.</translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; must not be negative: use a negative quantity for a returned part.</source>
        <translation>Le prix unitaire de « %1 » ne doit pas être négatif : utilisez une quantité négative pour une pièce reprise.</translation>
    </message>
    <message>
        <source>%1 is posted: it can no longer be changed. Issue a credit note to correct it.</source>
        <translation>%1 est validé : il ne peut plus être modifié. Émettez un avoir pour le corriger.</translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it first.</source>
        <translation>%1 est à la corbeille : restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>A document is limited to 10,000 lines.</source>
        <translation>Un document est limité à 10 000 lignes.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Service order %1 is already invoiced.</source>
        <translation>L&apos;intervention %1 est déjà facturée.</translation>
    </message>
    <message>
        <source>Service order %1 is %2: only a Done order can be invoiced.</source>
        <translation>L&apos;intervention %1 est %2 : seule une intervention terminée peut être facturée.</translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts to invoice.</source>
        <translation>L&apos;intervention %1 n&apos;a ni temps ni pièces à facturer.</translation>
    </message>
    <message>
        <source>From service order %1</source>
        <translation>Issue de l&apos;intervention %1</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <source>The customer of a credit note is the customer of the invoice it credits.</source>
        <translation>Le client d&apos;un avoir est celui de la facture qu&apos;il crédite.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Les conditions de paiement doivent être comprises entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>The document language must be en, fr or de.</source>
        <translation>La langue du document doit être en, fr ou de.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Le champ %1 est limité à %2 caractères.</translation>
    </message>
    <message>
        <source>A credit note line must credit a line of the invoice.</source>
        <translation>Une ligne d&apos;avoir doit créditer une ligne de la facture.</translation>
    </message>
    <message>
        <source>The line credited is not a line of %1.</source>
        <translation>La ligne créditée n&apos;est pas une ligne de %1.</translation>
    </message>
    <message>
        <source>A credit note line keeps the price, discount and tax of the invoice line; only its quantity can be reduced.</source>
        <translation>Une ligne d&apos;avoir garde le prix, la remise et la TVA de la ligne facturée ; seule sa quantité peut être réduite.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;: at most %2 can still be credited (invoiced %3).</source>
        <translation>Ligne « %1 » : au plus %2 peut encore être crédité (facturé %3).</translation>
    </message>
    <message>
        <source>Line %1 is not on %2.</source>
        <translation>La ligne %1 n&apos;est pas sur %2.</translation>
    </message>
    <message>
        <source>Only a manager can approve an invoice (you are signed in as %1, a clerk).</source>
        <translation>Seul un responsable peut approuver une facture (vous êtes connecté en tant que %1, employé).</translation>
    </message>
    <message>
        <source>%1 is not in the trash.</source>
        <translation>%1 n&apos;est pas à la corbeille.</translation>
    </message>
    <message>
        <source>line description</source>
        <translation>description de la ligne</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a VATEX exemption code (such as VATEX-EU-132-1I, VATEX-EU-IC, VATEX-EU-G or VATEX-FR-FRANCHISE)</source>
        <translation>%1 : « %2 » n&apos;est pas un code d&apos;exonération VATEX (comme VATEX-EU-132-1I, VATEX-EU-IC, VATEX-EU-G ou VATEX-FR-FRANCHISE)</translation>
    </message>
    <message>
        <source>customer reference</source>
        <translation>référence client</translation>
    </message>
    <message>
        <source>printed notes</source>
        <translation>notes imprimées</translation>
    </message>
</context>
<context>
    <name>EInvoiceArchiveRepository</name>
    <message>
        <source>read the archived e-invoice of document %1</source>
        <translation>lire la facture électronique archivée du document %1</translation>
    </message>
    <message>
        <source>list the archived e-invoices of document %1</source>
        <translation>lister les factures électroniques archivées du document %1</translation>
    </message>
    <message>
        <source>archive the e-invoice of document %1</source>
        <translation>archiver la facture électronique du document %1</translation>
    </message>
</context>
<context>
    <name>EInvoiceCheck</name>
    <message>
        <source>the invoice number</source>
        <translation>le numéro de facture</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>la date d&apos;émission</translation>
    </message>
    <message>
        <source>the document type (380 invoice or 381 credit note)</source>
        <translation>le type de document (380 facture ou 381 avoir)</translation>
    </message>
    <message>
        <source>the currency code (ISO 4217)</source>
        <translation>le code devise (ISO 4217)</translation>
    </message>
    <message>
        <source>an invoicing period that ends after it starts</source>
        <translation>une période de facturation qui se termine après son début</translation>
    </message>
    <message>
        <source>the date of the credited invoice</source>
        <translation>la date de la facture créditée</translation>
    </message>
    <message>
        <source>the due date or the payment terms</source>
        <translation>la date d&apos;échéance ou les conditions de paiement</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>le nom du vendeur</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the seller&apos;s postal address</source>
        <translation>l&apos;adresse postale du vendeur</translation>
    </message>
    <message>
        <source>the seller&apos;s country</source>
        <translation>le pays du vendeur</translation>
    </message>
    <message>
        <source>the customer&apos;s postal address</source>
        <translation>l&apos;adresse postale du client</translation>
    </message>
    <message>
        <source>the customer&apos;s country</source>
        <translation>le pays du client</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id or legal registration id</source>
        <translation>le n° de TVA ou le numéro d&apos;immatriculation du vendeur</translation>
    </message>
    <message>
        <source>a country prefix on the seller&apos;s VAT id</source>
        <translation>un préfixe de pays sur le n° de TVA du vendeur</translation>
    </message>
    <message>
        <source>a country prefix on the customer&apos;s VAT id</source>
        <translation>un préfixe de pays sur le n° de TVA du client</translation>
    </message>
    <message>
        <source>the scheme of the seller&apos;s electronic address</source>
        <translation>le schéma de l&apos;adresse électronique du vendeur</translation>
    </message>
    <message>
        <source>the scheme of the customer&apos;s electronic address</source>
        <translation>le schéma de l&apos;adresse électronique du client</translation>
    </message>
    <message>
        <source>at least one invoice line</source>
        <translation>au moins une ligne de facture</translation>
    </message>
    <message>
        <source>the identifier of line %1</source>
        <translation>l&apos;identifiant de la ligne %1</translation>
    </message>
    <message>
        <source>the unit of measure of line %1</source>
        <translation>l&apos;unité de mesure de la ligne %1</translation>
    </message>
    <message>
        <source>the item name of line %1</source>
        <translation>le nom de l&apos;article de la ligne %1</translation>
    </message>
    <message>
        <source>a price that is not negative on line %1</source>
        <translation>un prix non négatif sur la ligne %1</translation>
    </message>
    <message>
        <source>a positive base quantity on line %1</source>
        <translation>une quantité de base positive sur la ligne %1</translation>
    </message>
    <message>
        <source>the VAT category of line %1</source>
        <translation>la catégorie de TVA de la ligne %1</translation>
    </message>
    <message>
        <source>the reason of the discount on line %1</source>
        <translation>le motif de la remise sur la ligne %1</translation>
    </message>
    <message>
        <source>a net amount of line %1 that equals quantity × price − discount (%2 stated, %3 computed)</source>
        <translation>un montant HT de la ligne %1 égal à quantité × prix − remise (%2 indiqué, %3 calculé)</translation>
    </message>
    <message>
        <source>the reason of each document allowance or charge</source>
        <translation>le motif de chaque remise ou majoration du document</translation>
    </message>
    <message>
        <source>the VAT category of each document allowance or charge</source>
        <translation>la catégorie de TVA de chaque remise ou majoration du document</translation>
    </message>
    <message>
        <source>the VAT breakdown</source>
        <translation>la ventilation de la TVA</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id</source>
        <translation>le n° de TVA du vendeur</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for reverse charge</source>
        <translation>le n° de TVA du client pour l&apos;autoliquidation</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id for an intra-community supply</source>
        <translation>le n° de TVA du client pour une livraison intracommunautaire</translation>
    </message>
    <message>
        <source>the delivery date or invoicing period of an intra-community supply</source>
        <translation>la date de livraison ou la période de facturation d&apos;une livraison intracommunautaire</translation>
    </message>
    <message>
        <source>the deliver-to country of an intra-community supply</source>
        <translation>le pays de livraison d&apos;une livraison intracommunautaire</translation>
    </message>
    <message>
        <source>no VAT ids on a document not subject to VAT</source>
        <translation>aucun n° de TVA sur un document non soumis à la TVA</translation>
    </message>
    <message>
        <source>no other VAT category beside &apos;not subject to VAT&apos;</source>
        <translation>aucune autre catégorie de TVA que « non soumis à la TVA »</translation>
    </message>
    <message>
        <source>a known VAT category in the VAT breakdown (%1)</source>
        <translation>une catégorie de TVA connue dans la ventilation de la TVA (%1)</translation>
    </message>
    <message>
        <source>a VAT rate above 0 % for the standard category</source>
        <translation>un taux de TVA supérieur à 0 % pour la catégorie taux normal</translation>
    </message>
    <message>
        <source>a 0 % VAT rate for category %1</source>
        <translation>un taux de TVA de 0 % pour la catégorie %1</translation>
    </message>
    <message>
        <source>the VAT exemption reason for category %1</source>
        <translation>le motif d&apos;exonération de TVA pour la catégorie %1</translation>
    </message>
    <message>
        <source>no VAT exemption reason for category %1</source>
        <translation>aucun motif d&apos;exonération de TVA pour la catégorie %1</translation>
    </message>
    <message>
        <source>a payment means code Facturo knows (10, 20, 30, 48, 58, 59)</source>
        <translation>un code de moyen de paiement connu de Facturo (10, 20, 30, 48, 58, 59)</translation>
    </message>
    <message>
        <source>the seller&apos;s bank account (IBAN) for a credit transfer</source>
        <translation>le compte bancaire du vendeur (IBAN) pour un virement</translation>
    </message>
    <message>
        <source>a valid IBAN for a SEPA credit transfer</source>
        <translation>un IBAN valide pour un virement SEPA</translation>
    </message>
    <message>
        <source>only the last digits of the payment card number</source>
        <translation>seulement les derniers chiffres du numéro de carte de paiement</translation>
    </message>
    <message>
        <source>the direct debit mandate reference</source>
        <translation>la référence du mandat de prélèvement</translation>
    </message>
    <message>
        <source>the seller&apos;s SEPA creditor identifier</source>
        <translation>l&apos;identifiant créancier SEPA du vendeur</translation>
    </message>
    <message>
        <source>the customer&apos;s debited account (IBAN)</source>
        <translation>le compte débité du client (IBAN)</translation>
    </message>
    <message>
        <source>the VAT breakdown row for %1</source>
        <translation>la ligne de ventilation de la TVA pour %1</translation>
    </message>
    <message>
        <source>a taxable amount for %1 equal to the sum of its lines (%2 stated, %3 computed)</source>
        <translation>une base imposable pour %1 égale à la somme de ses lignes (%2 indiqué, %3 calculé)</translation>
    </message>
    <message>
        <source>a VAT amount for %1 equal to its taxable amount × rate (%2 stated, %3 computed)</source>
        <translation>un montant de TVA pour %1 égal à sa base imposable × taux (%2 indiqué, %3 calculé)</translation>
    </message>
    <message>
        <source>no VAT breakdown row without lines</source>
        <translation>aucune ligne de ventilation de la TVA sans lignes de facture</translation>
    </message>
    <message>
        <source>%1 (%2 stated, %3 computed)</source>
        <translation>%1 (%2 indiqué, %3 calculé)</translation>
    </message>
    <message>
        <source>the sum of the line net amounts (BR-CO-10)</source>
        <translation>la somme des montants HT des lignes (BR-CO-10)</translation>
    </message>
    <message>
        <source>the sum of the allowances (BR-CO-11)</source>
        <translation>la somme des remises (BR-CO-11)</translation>
    </message>
    <message>
        <source>the sum of the charges (BR-CO-12)</source>
        <translation>la somme des majorations (BR-CO-12)</translation>
    </message>
    <message>
        <source>the total without VAT (BR-CO-13)</source>
        <translation>le total HT (BR-CO-13)</translation>
    </message>
    <message>
        <source>the total VAT (BR-CO-14)</source>
        <translation>le total de la TVA (BR-CO-14)</translation>
    </message>
    <message>
        <source>the total with VAT (BR-CO-15)</source>
        <translation>le total TTC (BR-CO-15)</translation>
    </message>
    <message>
        <source>the amount due (BR-CO-16)</source>
        <translation>le montant dû (BR-CO-16)</translation>
    </message>
    <message>
        <source>the payment means that carries the credit note&apos;s due date (UBL)</source>
        <translation>le moyen de paiement qui porte la date d&apos;échéance de l&apos;avoir (UBL)</translation>
    </message>
    <message>
        <source>the seller&apos;s electronic address (%1)</source>
        <translation>l&apos;adresse électronique du vendeur (%1)</translation>
    </message>
    <message>
        <source>the customer&apos;s electronic address (%1)</source>
        <translation>l&apos;adresse électronique du client (%1)</translation>
    </message>
    <message>
        <source>the buyer reference or the purchase order reference (%1)</source>
        <translation>la référence de l&apos;acheteur ou la référence de bon de commande (%1)</translation>
    </message>
    <message>
        <source>the buyer reference (Leitweg-ID) for %1</source>
        <translation>la référence de l&apos;acheteur (Leitweg-ID) pour %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact name for %1</source>
        <translation>le nom du contact du vendeur pour %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact phone for %1</source>
        <translation>le téléphone du contact du vendeur pour %1</translation>
    </message>
    <message>
        <source>a seller&apos;s contact phone with at least three digits for %1</source>
        <translation>un téléphone du contact du vendeur d&apos;au moins trois chiffres pour %1</translation>
    </message>
    <message>
        <source>the seller&apos;s contact email for %1</source>
        <translation>l&apos;e-mail du contact du vendeur pour %1</translation>
    </message>
    <message>
        <source>a valid seller&apos;s contact email for %1</source>
        <translation>un e-mail valide du contact du vendeur pour %1</translation>
    </message>
    <message>
        <source>the seller&apos;s city for %1</source>
        <translation>la ville du vendeur pour %1</translation>
    </message>
    <message>
        <source>the seller&apos;s postcode for %1</source>
        <translation>le code postal du vendeur pour %1</translation>
    </message>
    <message>
        <source>the customer&apos;s city for %1</source>
        <translation>la ville du client pour %1</translation>
    </message>
    <message>
        <source>the customer&apos;s postcode for %1</source>
        <translation>le code postal du client pour %1</translation>
    </message>
    <message>
        <source>the payment means for %1</source>
        <translation>le moyen de paiement pour %1</translation>
    </message>
    <message>
        <source>the payment card number (last digits) for %1</source>
        <translation>le numéro de carte de paiement (derniers chiffres) pour %1</translation>
    </message>
</context>
<context>
    <name>EInvoiceNames</name>
    <message>
        <source>SIRET (France)</source>
        <translation>SIRET (France)</translation>
    </message>
    <message>
        <source>14 digits, e.g. 73282932000074</source>
        <translation>14 chiffres, ex. 73282932000074</translation>
    </message>
    <message>
        <source>SIREN (France)</source>
        <translation>SIREN (France)</translation>
    </message>
    <message>
        <source>9 digits, e.g. 732829320</source>
        <translation>9 chiffres, ex. 732829320</translation>
    </message>
    <message>
        <source>French VAT id</source>
        <translation>N° de TVA français</translation>
    </message>
    <message>
        <source>e.g. FR44732829320</source>
        <translation>ex. FR44732829320</translation>
    </message>
    <message>
        <source>Belgian enterprise number</source>
        <translation>Numéro d&apos;entreprise belge</translation>
    </message>
    <message>
        <source>10 digits, e.g. 0477472701</source>
        <translation>10 chiffres, ex. 0477472701</translation>
    </message>
    <message>
        <source>Belgian VAT id</source>
        <translation>N° de TVA belge</translation>
    </message>
    <message>
        <source>e.g. BE0477472701</source>
        <translation>ex. BE0477472701</translation>
    </message>
    <message>
        <source>German VAT id</source>
        <translation>N° de TVA allemand</translation>
    </message>
    <message>
        <source>e.g. DE123456789</source>
        <translation>ex. DE123456789</translation>
    </message>
    <message>
        <source>Leitweg-ID (German public buyers)</source>
        <translation>Leitweg-ID (acheteurs publics allemands)</translation>
    </message>
    <message>
        <source>e.g. 04011000-1234512345-06</source>
        <translation>ex. 04011000-1234512345-06</translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation>Global Location Number, GLN</translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation>13 chiffres</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numéro DUNS</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>Dutch VAT id</source>
        <translation>N° de TVA néerlandais</translation>
    </message>
    <message>
        <source>e.g. NL123456789B01</source>
        <translation>ex. NL123456789B01</translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation>Numéro KvK (Pays-Bas)</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 chiffres</translation>
    </message>
    <message>
        <source>Dutch OIN</source>
        <translation>OIN néerlandais</translation>
    </message>
    <message>
        <source>20 digits</source>
        <translation>20 chiffres</translation>
    </message>
    <message>
        <source>Austrian VAT id</source>
        <translation>N° de TVA autrichien</translation>
    </message>
    <message>
        <source>e.g. ATU12345678</source>
        <translation>ex. ATU12345678</translation>
    </message>
    <message>
        <source>Italian VAT id</source>
        <translation>N° de TVA italien</translation>
    </message>
    <message>
        <source>e.g. IT12345678901</source>
        <translation>ex. IT12345678901</translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation>Organisationsnummer (Suède)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>Organisasjonsnummer (Norway)</source>
        <translation>Organisasjonsnummer (Norvège)</translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation>Numéro CVR (Danemark)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>e.g. invoices@example.com</source>
        <translation>ex. factures@example.com</translation>
    </message>
    <message>
        <source>e.g. 12345 B</source>
        <translation>ex. 12345 B</translation>
    </message>
    <message>
        <source>None (PDF only)</source>
        <translation>Aucune (PDF seul)</translation>
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
        <translation>Factur-X (PDF contenant le CII)</translation>
    </message>
</context>
<context>
    <name>EInvoiceService</name>
    <message>
        <source>an e-invoice format</source>
        <translation>un format de facture électronique</translation>
    </message>
    <message>
        <source>Choose an e-invoice format (%1).</source>
        <translation>Choisissez un format de facture électronique (%1).</translation>
    </message>
    <message>
        <source>%1 is a draft: only a posted document has an e-invoice.</source>
        <translation>%1 est un brouillon : seul un document validé a une facture électronique.</translation>
    </message>
    <message>
        <source>%1 cannot be written as %2: it lacks %3.</source>
        <translation>%1 ne peut pas être écrit en %2 : il manque %3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>The e-invoice could not be written to %1: %2</source>
        <translation>La facture électronique n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ElectronicAddress</name>
    <message>
        <source>The electronic address &quot;%1&quot; needs its scheme and identifier, such as 0208:0123456749 or 0009:12345678200010.</source>
        <translation>L&apos;adresse électronique « %1 » doit comporter son schéma et son identifiant, par exemple 0208:0123456749 ou 0009:12345678200010.</translation>
    </message>
    <message>
        <source>The electronic address of scheme %1 has no identifier.</source>
        <translation>L&apos;adresse électronique de schéma %1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The electronic address is too long.</source>
        <translation>L&apos;adresse électronique est trop longue.</translation>
    </message>
    <message>
        <source>The electronic address %1 (scheme EM) is not an email address.</source>
        <translation>L&apos;adresse électronique %1 (schéma EM) n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Unknown electronic address scheme &quot;%1&quot;: use a code of the Peppol EAS list, such as 0009, 0208, 9930 or 0204.</source>
        <translation>Schéma d&apos;adresse électronique inconnu « %1 » : utilisez un code de la liste Peppol EAS, par exemple 0009, 0208, 9930 ou 0204.</translation>
    </message>
    <message>
        <source>The electronic address %1:%2 is not valid: %3.</source>
        <translation>L&apos;adresse électronique %1:%2 n&apos;est pas valide : %3.</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation>un SIRET a 14 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation>un SIREN a 9 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation>un numéro d&apos;entreprise belge a 10 chiffres et des chiffres de contrôle valides</translation>
    </message>
    <message>
        <source>a Belgian VAT id is BE and 10 digits with valid check digits</source>
        <translation>un n° de TVA belge est BE suivi de 10 chiffres avec des chiffres de contrôle valides</translation>
    </message>
    <message>
        <source>a German VAT id is DE and 9 digits</source>
        <translation>un n° de TVA allemand est DE suivi de 9 chiffres</translation>
    </message>
    <message>
        <source>a French VAT id is FR, a 2-character key and the 9-digit SIREN, with a matching key</source>
        <translation>un n° de TVA français est FR, une clé de 2 caractères et le SIREN à 9 chiffres, avec une clé concordante</translation>
    </message>
    <message>
        <source>a Leitweg-ID has the form 04011000-1234512345-06 and valid check digits</source>
        <translation>une Leitweg-ID a la forme 04011000-1234512345-06 et des chiffres de contrôle valides</translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation>un GLN a 13 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation>un numéro DUNS a 9 chiffres</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <source>a text holds the character U+0000</source>
        <translation>un texte contient le caractère U+0000</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation>Le fichier n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
</context>
<context>
    <name>ExportEInvoiceDialog</name>
    <message>
        <source>Export the e-invoice of %1</source>
        <translation>Exporter la facture électronique de %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export the e-invoice</source>
        <translation>Exporter la facture électronique</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>This document cannot be exported as %1 yet. It lacks:</source>
        <translation>Ce document ne peut pas encore être exporté en %1. Il lui manque :</translation>
    </message>
    <message>
        <source>Choose where to save the e-invoice.</source>
        <translation>Choisissez où enregistrer la facture électronique.</translation>
    </message>
    <message>
        <source>%1 exported as %2: %3</source>
        <translation>%1 exporté en %2 : %3</translation>
    </message>
</context>
<context>
    <name>ExportRepository</name>
    <message>
        <source>read the documents to export</source>
        <translation>lire les documents à exporter</translation>
    </message>
    <message>
        <source>read the payments to export</source>
        <translation>lire les paiements à exporter</translation>
    </message>
    <message>
        <source>read the journal to export</source>
        <translation>lire le journal à exporter</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Nothing to export as &quot;%1&quot; (invoices, payments or journal).</source>
        <translation>Rien à exporter sous « %1 » (invoices, payments ou journal).</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (csv or fec).</source>
        <translation>Format d&apos;export inconnu « %1 » (csv ou fec).</translation>
    </message>
    <message>
        <source>An export needs a period: a first and a last day.</source>
        <translation>Un export nécessite une période : un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>La période commence (%1) après sa fin (%2).</translation>
    </message>
    <message>
        <source>The FEC layout is for the journal only.</source>
        <translation>Le format FEC ne concerne que le journal.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Le séparateur doit être une virgule, un point-virgule ou une tabulation.</translation>
    </message>
</context>
<context>
    <name>FacturXDocumentPdf</name>
    <message>
        <source>only invoices and credit notes can be Factur-X documents</source>
        <translation>seuls les factures et les avoirs peuvent être des documents Factur-X</translation>
    </message>
    <message>
        <source>a draft cannot be a Factur-X document: post it first</source>
        <translation>un brouillon ne peut pas être un document Factur-X : validez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>FacturXPdf</name>
    <message>
        <source>the invoice XML is empty</source>
        <translation>le XML de la facture est vide</translation>
    </message>
    <message>
        <source>the invoice XML is not a Cross Industry Invoice (its root element is %1)</source>
        <translation>le XML de la facture n&apos;est pas une Cross Industry Invoice (son élément racine est %1)</translation>
    </message>
    <message>
        <source>the invoice XML is not well-formed (line %1: %2)</source>
        <translation>le XML de la facture est mal formé (ligne %1 : %2)</translation>
    </message>
    <message>
        <source>the invoice XML has no root element</source>
        <translation>le XML de la facture n&apos;a pas d&apos;élément racine</translation>
    </message>
    <message>
        <source>the file is not a PDF (it does not begin with %PDF-)</source>
        <translation>le fichier n&apos;est pas un PDF (il ne commence pas par %PDF-)</translation>
    </message>
    <message>
        <source>unknown Factur-X profile &quot;%1&quot; (MINIMUM, BASIC WL, BASIC, EN 16931 or EXTENDED)</source>
        <translation>profil Factur-X inconnu « %1 » (MINIMUM, BASIC WL, BASIC, EN 16931 ou EXTENDED)</translation>
    </message>
    <message>
        <source>the invoice has no issue date for the PDF&apos;s dates</source>
        <translation>la facture n&apos;a pas de date d&apos;émission pour les dates du PDF</translation>
    </message>
    <message>
        <source>the PDF needs a title or a document number</source>
        <translation>le PDF doit avoir un titre ou un numéro de document</translation>
    </message>
    <message>
        <source>%1 is of another version of Facturo</source>
        <translation>%1 provient d&apos;une autre version de Facturo</translation>
    </message>
    <message>
        <source>it is in none of %1</source>
        <translation>il ne se trouve dans aucun de %1</translation>
    </message>
    <message>
        <source>Factur-X needs %1, which could not be loaded: %2</source>
        <translation>Factur-X a besoin de %1, qui n&apos;a pas pu être chargé : %2</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Facturo: invoices, payments and service orders.</source>
        <translation>Facturo : factures, paiements et interventions.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>Le fichier d&apos;entreprise à ouvrir.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[fichier]</translation>
    </message>
    <message>
        <source>Save screenshots of the main pages into &lt;folder&gt; and quit.</source>
        <translation>Enregistrer des captures des pages principales dans &lt;dossier&gt; et quitter.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Create the demo company in &lt;file&gt; and quit.</source>
        <translation>Créer l&apos;entreprise de démonstration dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>With --create-demo: a large file of &lt;n&gt; invoices.</source>
        <translation>Avec --create-demo : un gros fichier de &lt;n&gt; factures.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--screenshot needs the company file to show.</source>
        <translation>--screenshot nécessite le fichier d&apos;entreprise à afficher.</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>%1 is not set up yet.</source>
        <translation>%1 n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation>Fichiers d&apos;entreprise Facturo (*.facturo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>Entreprise de démonstration</translation>
    </message>
    <message>
        <source>New company file</source>
        <translation>Nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo)</source>
        <translation>Fichiers d&apos;entreprise Facturo (*.facturo)</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for screenshots.</source>
        <translation>%1 ne peut pas être ouvert pour les captures.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>No company file is open.</source>
        <translation>Aucun fichier d&apos;entreprise n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the company file %1 with the backup %2?

The backup is checked first; the current file is kept beside it as %3.before-restore.</source>
        <translation>Remplacer le fichier d&apos;entreprise %1 par la sauvegarde %2 ?

La sauvegarde est d&apos;abord vérifiée ; le fichier actuel est conservé à côté sous le nom %3.before-restore.</translation>
    </message>
    <message>
        <source>Restore cancelled.</source>
        <translation>Restauration annulée.</translation>
    </message>
    <message>
        <source>The backup was not restored; the company file is unchanged.

%1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée ; le fichier d&apos;entreprise est inchangé.

%1</translation>
    </message>
    <message>
        <source>The backup was checked and restored. The file it replaced is kept as %1.</source>
        <translation>La sauvegarde a été vérifiée et restaurée. Le fichier remplacé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to this version of Facturo…</source>
        <translation>Mise à jour de %1 pour cette version de Facturo…</translation>
    </message>
    <message>
        <source>Opening the company file</source>
        <translation>Ouverture du fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The window needs %1 pixels: wider than %2.</source>
        <translation>La fenêtre a besoin de %1 pixels : plus large que %2.</translation>
    </message>
    <message>
        <source>Password of %1, to replace the company file:</source>
        <translation>Mot de passe de %1, pour remplacer le fichier d&apos;entreprise :</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
</context>
<context>
    <name>HandoffSettingsWidget</name>
    <message>
        <source>Make the draft invoice of every completed job</source>
        <translation>Créer le brouillon de facture de chaque intervention terminée</translation>
    </message>
    <message>
        <source>Post it when nothing is missing and its total is within the approval threshold</source>
        <translation>Valider la facture quand rien ne manque et que son total ne dépasse pas le seuil d&apos;approbation</translation>
    </message>
    <message>
        <source>Send the posted invoice to the customer (through the outbox)</source>
        <translation>Envoyer la facture validée au client (par la boîte d&apos;envoi)</translation>
    </message>
    <message>
        <source>The folder your field-service system writes completed jobs to</source>
        <translation>Le dossier dans lequel votre logiciel d&apos;interventions dépose les interventions terminées</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Needs attention, or why it failed</source>
        <translation>À vérifier, ou cause de l&apos;échec</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Hand-off folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <source>When a job arrives</source>
        <translation>À l&apos;arrivée d&apos;une intervention</translation>
    </message>
    <message>
        <source>Settling time (facturo-cli handoff run)</source>
        <translation>Délai de stabilisation (facturo-cli handoff run)</translation>
    </message>
    <message>
        <source>Writers save NAME.json.part and rename it to NAME.json when complete; a file still growing waits. Each file is imported whole or not at all, then moved to processed/, or to failed/ beside NAME.error.txt saying which job and field were wrong. A job already imported is never imported again.</source>
        <translation>Les logiciels émetteurs enregistrent NOM.json.part et le renomment en NOM.json une fois complet ; un fichier qui grossit encore attend. Chaque fichier est importé en entier ou pas du tout, puis déplacé vers processed/, ou vers failed/ à côté de NOM.error.txt qui indique l&apos;intervention et le champ erronés. Une intervention déjà importée n&apos;est jamais réimportée.</translation>
    </message>
    <message>
        <source>Files handled lately, newest first:</source>
        <translation>Fichiers traités récemment, du plus récent au plus ancien :</translation>
    </message>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>Saved. Completed jobs dropped into %1 are imported while Facturo runs.</source>
        <translation>Enregistré. Les interventions terminées déposées dans %1 sont importées tant que Facturo est ouvert.</translation>
    </message>
    <message>
        <source>Saved. No hand-off folder is watched.</source>
        <translation>Enregistré. Aucun dossier d&apos;échange n&apos;est surveillé.</translation>
    </message>
    <message>
        <source>Job hand-off settings saved.</source>
        <translation>Paramètres d&apos;échange des interventions enregistrés.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Paiement enregistré</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Queued for sending</source>
        <translation>Mis en file d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent by email</source>
        <translation>Envoyé par e-mail</translation>
    </message>
    <message>
        <source>Sending retried</source>
        <translation>Nouvelle tentative d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending cancelled</source>
        <translation>Envoi annulé</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Sending to check</source>
        <translation>Envoi à vérifier</translation>
    </message>
    <message>
        <source>Delivery confirmed</source>
        <translation>Remise confirmée</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Late fee invoiced</source>
        <translation>Pénalité de retard facturée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Dispute closed</source>
        <translation>Litige clos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>imputé</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>job</source>
        <translation>intervention</translation>
    </message>
    <message>
        <source>method</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>days overdue</source>
        <translation>jours de retard</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>, to %1</source>
        <translation>, client %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>, reference %1</source>
        <translation>, référence %1</translation>
    </message>
    <message>
        <source>%1 applied from %2</source>
        <translation>%1 imputé depuis %2</translation>
    </message>
    <message>
        <source>%1 (archived now: the copy every later print reproduces)</source>
        <translation>%1 (archivé maintenant : la copie que reproduit chaque impression ultérieure)</translation>
    </message>
    <message>
        <source>%1 (the archived copy)</source>
        <translation>%1 (la copie archivée)</translation>
    </message>
    <message>
        <source>To %1: “%2”</source>
        <translation>À %1 : « %2 »</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, avec %1</translation>
    </message>
    <message>
        <source>E-invoice</source>
        <translation>Facture électronique</translation>
    </message>
    <message>
        <source>%1, %2, attached to an email</source>
        <translation>%1, %2, jointe à un e-mail</translation>
    </message>
    <message>
        <source>%1, %2, exported to %3</source>
        <translation>%1, %2, exportée vers %3</translation>
    </message>
    <message>
        <source>%1, %2, exported</source>
        <translation>%1, %2, exportée</translation>
    </message>
    <message>
        <source> (archived now: every later copy in this format is the same file)</source>
        <translation> (archivée maintenant : chaque copie ultérieure dans ce format est le même fichier)</translation>
    </message>
</context>
<context>
    <name>ImportCatalog</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not labor, part or other</source>
        <translation>« %1 » n&apos;est ni labor, ni part, ni other</translation>
    </message>
    <message>
        <source>no tax rate of %1 % is set up (Settings › Tax rates)</source>
        <translation>aucun taux de TVA de %1 % n&apos;est défini (Paramètres › Taux de TVA)</translation>
    </message>
    <message>
        <source>is empty and the file has no default tax rate</source>
        <translation>est vide et le fichier n&apos;a pas de taux de TVA par défaut</translation>
    </message>
    <message>
        <source>%1 is already on row %2</source>
        <translation>%1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>updates the item in the catalog</source>
        <translation>met à jour l&apos;article du catalogue</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>ImportCustomers</name>
    <message>
        <source>the header has no &quot;name&quot; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne « name »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>the same customer as row %1</source>
        <translation>le même client qu&apos;à la ligne %1</translation>
    </message>
    <message>
        <source>already in the file as customer %1</source>
        <translation>déjà dans le fichier comme client %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (such as FR, DE or BE)</source>
        <translation>« %1 » n&apos;est pas un code pays ISO 3166-1 alpha-2 (comme FR, DE ou BE)</translation>
    </message>
    <message>
        <source>give the address either in &quot;address&quot; or in its columns (street, postcode, city, country), not both</source>
        <translation>donnez l&apos;adresse soit dans « address », soit dans ses colonnes (street, postcode, city, country), pas les deux</translation>
    </message>
    <message>
        <source>unknown e-invoice format &quot;%1&quot; (%2)</source>
        <translation>format de facture électronique inconnu « %1 » (%2)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import only the valid rows (the others are left out)</source>
        <translation>Importer seulement les lignes valides (les autres sont ignorées)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>Articles du catalogue</translation>
    </message>
    <message>
        <source>Completed jobs</source>
        <translation>Interventions terminées</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisissez le fichier à importer</translation>
    </message>
    <message>
        <source>CSV or JSON files (*.csv *.txt *.json);;All files (*)</source>
        <translation>Fichiers CSV ou JSON (*.csv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>Importé : %1 créés, %2 mis à jour, %3 ignorés.</translation>
    </message>
    <message>
        <source>Preview (%1): %2 to create, %3 to update, %4 to skip.</source>
        <translation>Aperçu (%1) : %2 à créer, %3 à mettre à jour, %4 à ignorer.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1, separator &quot;%2&quot;</source>
        <translation>%1, séparateur « %2 »</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing will be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problème : rien ne sera importé tant qu&apos;il n&apos;est pas corrigé.</numerusform>
            <numerusform>%n problèmes : rien ne sera importé tant qu&apos;ils ne sont pas corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 row(s)</source>
        <translation>%1 ligne(s) importée(s)</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1, field &quot;%2&quot;: %3</source>
        <translation>Ligne %1, champ « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither labor nor part</source>
        <translation>« %1 » n&apos;est ni labor ni part</translation>
    </message>
    <message>
        <source>already imported as service order %1</source>
        <translation>déjà importée comme intervention %1</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>« %1 » n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no</source>
        <translation>« %1 » n&apos;est ni yes ni no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: %2</source>
        <translation>« %1 » n&apos;est pas un nombre valide : %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Nothing to import as &quot;%1&quot; (customers, catalog or jobs).</source>
        <translation>Rien à importer sous « %1 » (customers, catalog ou jobs).</translation>
    </message>
    <message>
        <source>with a new customer</source>
        <translation>avec un nouveau client</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Le fichier a des noms de colonnes mais aucune ligne.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>file structure</source>
        <translation>structure du fichier</translation>
    </message>
    <message>
        <source>numbering</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>document totals</source>
        <translation>totaux des documents</translation>
    </message>
    <message>
        <source>payments and credits</source>
        <translation>paiements et avoirs</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>piste d&apos;audit</translation>
    </message>
    <message>
        <source>SQLite %1: ok</source>
        <translation>SQLite %1 : ok</translation>
    </message>
    <message>
        <source>The file structure is damaged: %1</source>
        <translation>La structure du fichier est endommagée : %1</translation>
    </message>
    <message>
        <source>Every reference between records is valid</source>
        <translation>Toutes les références entre enregistrements sont valides</translation>
    </message>
    <message>
        <source>A record refers to nothing: %1</source>
        <translation>Un enregistrement ne renvoie à rien : %1</translation>
    </message>
    <message>
        <source>Numbers are gapless: one posted document for every number taken</source>
        <translation>Les numéros sont sans trou : un document validé pour chaque numéro attribué</translation>
    </message>
    <message>
        <source>Numbering has a gap or a surplus (%1)</source>
        <translation>La numérotation a un trou ou un excédent (%1)</translation>
    </message>
    <message>
        <source>Each year&apos;s counter matches the documents issued that year</source>
        <translation>Le compteur de chaque année correspond aux documents émis cette année-là</translation>
    </message>
    <message>
        <source>A yearly counter does not match: %1</source>
        <translation>Un compteur annuel ne correspond pas : %1</translation>
    </message>
    <message>
        <source>Every journal entry balances</source>
        <translation>Chaque écriture du journal est équilibrée</translation>
    </message>
    <message>
        <source>A journal entry does not balance: %1</source>
        <translation>Une écriture du journal n&apos;est pas équilibrée : %1</translation>
    </message>
    <message>
        <source>Every posted document has its journal entry</source>
        <translation>Chaque document validé a son écriture</translation>
    </message>
    <message>
        <source>%1 has no journal entry, or more than one: it is half-posted</source>
        <translation>%1 n&apos;a pas d&apos;écriture, ou plus d&apos;une : il est à moitié validé</translation>
    </message>
    <message>
        <source>Every payment has its journal entry</source>
        <translation>Chaque paiement a son écriture</translation>
    </message>
    <message>
        <source>A payment has no journal entry: %1</source>
        <translation>Un paiement n&apos;a pas d&apos;écriture : %1</translation>
    </message>
    <message>
        <source>a line&apos;s net %1 is not its quantity × price − discount</source>
        <translation>le HT d&apos;une ligne %1 n&apos;est pas sa quantité × prix − remise</translation>
    </message>
    <message>
        <source>its net total %1 is not the sum of its lines</source>
        <translation>son total HT %1 n&apos;est pas la somme de ses lignes</translation>
    </message>
    <message>
        <source>its tax %1 or gross %2 does not follow from its lines</source>
        <translation>sa TVA %1 ou son TTC %2 ne découle pas de ses lignes</translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not match its lines</source>
        <translation>sa ventilation de TVA enregistrée ne correspond pas à ses lignes</translation>
    </message>
    <message>
        <source>its stored VAT breakdown does not add up to its totals</source>
        <translation>sa ventilation de TVA enregistrée ne correspond pas à ses totaux</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n posted document(s): totals and VAT follow from their lines</source>
        <translation>
            <numerusform>%n document validé : totaux et TVA découlent de ses lignes</numerusform>
            <numerusform>%n documents validés : totaux et TVA découlent de leurs lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts paid equal the payments recorded</source>
        <translation>Les montants payés égalent les paiements enregistrés</translation>
    </message>
    <message>
        <source>Payments do not add up: %1</source>
        <translation>Les paiements ne concordent pas : %1</translation>
    </message>
    <message>
        <source>Credited amounts equal the credit notes applied</source>
        <translation>Les montants crédités égalent les avoirs imputés</translation>
    </message>
    <message>
        <source>Credit notes do not add up: %1</source>
        <translation>Les avoirs ne concordent pas : %1</translation>
    </message>
    <message>
        <source>Every invoice&apos;s status agrees with what is due</source>
        <translation>Le statut de chaque facture concorde avec le reste dû</translation>
    </message>
    <message>
        <source>A status does not agree: %1</source>
        <translation>Un statut ne concorde pas : %1</translation>
    </message>
    <message>
        <source>mail outbox</source>
        <translation>boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Every outbox message is about the posted document it names</source>
        <translation>Chaque message de la boîte d&apos;envoi concerne le document validé qu&apos;il désigne</translation>
    </message>
    <message>
        <source>An outbox message is about the wrong document: %1</source>
        <translation>Un message de la boîte d&apos;envoi concerne le mauvais document : %1</translation>
    </message>
    <message>
        <source>Every outbox message was queued with its audit event</source>
        <translation>Chaque message de la boîte d&apos;envoi a été mis en file d&apos;attente avec son événement d&apos;audit</translation>
    </message>
    <message>
        <source>An outbox message was not queued by Facturo (no &quot;send&quot; event in the audit trail): %1</source>
        <translation>Un message de la boîte d&apos;envoi n&apos;a pas été mis en file d&apos;attente par Facturo (aucun événement « send » dans la piste d&apos;audit) : %1</translation>
    </message>
    <message>
        <source>Every outbox message carries its attachments</source>
        <translation>Chaque message de la boîte d&apos;envoi a toutes ses pièces jointes</translation>
    </message>
    <message>
        <source>An outbox message lost an attachment: %1</source>
        <translation>Un message de la boîte d&apos;envoi a perdu une pièce jointe : %1</translation>
    </message>
    <message>
        <source>Every message sent is in its document&apos;s send history, once</source>
        <translation>Chaque message envoyé figure une seule fois dans l&apos;historique d&apos;envoi de son document</translation>
    </message>
    <message>
        <source>The outbox and the send history disagree: %1</source>
        <translation>La boîte d&apos;envoi et l&apos;historique d&apos;envoi ne concordent pas : %1</translation>
    </message>
    <message>
        <source>Every message being sent was claimed by a sender</source>
        <translation>Chaque message en cours d&apos;envoi a été pris en charge par un processus d&apos;envoi</translation>
    </message>
    <message>
        <source>An outbox message is marked as being sent but no sender ever took it: %1</source>
        <translation>Un message de la boîte d&apos;envoi est marqué en cours d&apos;envoi, mais aucun processus d&apos;envoi ne l&apos;a jamais pris en charge : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) being sent, or interrupted by a stop: the sender queues them again (or asks to check them) when it next starts</source>
        <translation>
            <numerusform>%n message en cours d&apos;envoi ou interrompu par un arrêt : le processus d&apos;envoi le remet en file d&apos;attente (ou demande de le vérifier) à son prochain démarrage</numerusform>
            <numerusform>%n messages en cours d&apos;envoi ou interrompus par un arrêt : le processus d&apos;envoi les remet en file d&apos;attente (ou demande de les vérifier) à son prochain démarrage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) whose delivery is unknown wait for the user to check them</source>
        <translation>
            <numerusform>%n message dont la remise est incertaine attend d&apos;être vérifié par l&apos;utilisateur</numerusform>
            <numerusform>%n messages dont la remise est incertaine attendent d&apos;être vérifiés par l&apos;utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Open receivables per due date equal the open invoices</source>
        <translation>Les créances ouvertes par échéance égalent les factures ouvertes</translation>
    </message>
    <message>
        <source>The receivables summary differs: %1</source>
        <translation>Le récapitulatif des créances diffère : %1</translation>
    </message>
    <message>
        <source>Open receivables per customer equal the open documents</source>
        <translation>Les créances ouvertes par client égalent les documents ouverts</translation>
    </message>
    <message>
        <source>The receivables summary per customer differs: %1</source>
        <translation>Le récapitulatif des créances par client diffère : %1</translation>
    </message>
    <message>
        <source>Invoiced and collected per day equal the invoices and payments</source>
        <translation>Les montants facturés et encaissés par jour égalent les factures et les paiements</translation>
    </message>
    <message>
        <source>The daily figures differ: %1</source>
        <translation>Les chiffres journaliers diffèrent : %1</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>The company&apos;s address could not be split into street, postcode, city and country: complete it (facturo-cli settings company --street … --postcode … --city … --country …)</source>
        <translation>L&apos;adresse de l&apos;entreprise n&apos;a pas pu être décomposée en rue, code postal, ville et pays : complétez-la (facturo-cli settings company --street … --postcode … --city … --country …)</translation>
    </message>
    <message>
        <source>Customer %1 (%2): the address could not be split into street, postcode, city and country: complete it (facturo-cli customer edit %1 …)</source>
        <translation>Client %1 (%2) : l&apos;adresse n&apos;a pas pu être décomposée en rue, code postal, ville et pays : complétez-la (facturo-cli customer edit %1 …)</translation>
    </message>
    <message>
        <source>Every address is structured (street, postcode, city, country) or empty</source>
        <translation>Chaque adresse est structurée (rue, code postal, ville, pays) ou vide</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>ancre</translation>
    </message>
    <message>
        <source>documents and payments against their audit events</source>
        <translation>documents et paiements comparés à leurs événements d&apos;audit</translation>
    </message>
    <message>
        <source>immutability rules</source>
        <translation>règles d&apos;immuabilité</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>contract occurrences</source>
        <translation>échéances des contrats</translation>
    </message>
    <message>
        <source>Customers&apos; credits equal the customer-credit account</source>
        <translation>Les crédits des clients égalent le compte de crédit client</translation>
    </message>
    <message>
        <source>Customers&apos; credits do not add up: %1</source>
        <translation>Les crédits des clients ne concordent pas : %1</translation>
    </message>
</context>
<context>
    <name>IntegrityRepository</name>
    <message>
        <source>check the company file</source>
        <translation>vérifier le fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>check the outbox</source>
        <translation>vérifier la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>A company on a server has no file structure to check.</source>
        <translation>Une entreprise sur un serveur n&apos;a pas de structure de fichier à vérifier.</translation>
    </message>
    <message>
        <source>check the file structure</source>
        <translation>vérifier la structure du fichier</translation>
    </message>
    <message>
        <source>read the references between records</source>
        <translation>lire les références entre les enregistrements</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <source>Draft #%1</source>
        <translation>Brouillon n°%1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>À la corbeille</translation>
    </message>
    <message>
        <source>Overdue (%1 days)</source>
        <translation>En retard (%1 jours)</translation>
    </message>
    <message>
        <source>Draft: no number yet, freely editable</source>
        <translation>Brouillon : pas encore de numéro, modifiable librement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>InvoiceListWidget</name>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Open (unpaid)</source>
        <translation>Ouvertes (impayées)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Sent or not</source>
        <translation>Envoyées ou non</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Email the selected invoices and credit notes, each to its customer</source>
        <translation>Envoyer par e-mail les factures et avoirs sélectionnés, chacun à son client</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>The selected documents, or a month&apos;s, as PDF files or one combined PDF</source>
        <translation>Les documents sélectionnés, ou ceux d&apos;un mois, en fichiers PDF séparés ou en un seul PDF</translation>
    </message>
    <message>
        <source>Select the posted invoices or credit notes to send (Ctrl or Shift and click).</source>
        <translation>Sélectionnez les factures ou avoirs validés à envoyer (Ctrl ou Maj + clic).</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued in the outbox.</source>
        <translation>
            <numerusform>%n message placé dans la boîte d&apos;envoi.</numerusform>
            <numerusform>%n messages placés dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the documents…</source>
        <translation>Comptage des documents…</translation>
    </message>
    <message>
        <source>Send the selected documents…</source>
        <translation>Envoyer les documents sélectionnés…</translation>
    </message>
    <message>
        <source>Send from a CSV list of numbers…</source>
        <translation>Envoyer d&apos;après une liste CSV de numéros…</translation>
    </message>
    <message>
        <source>List of invoices to send</source>
        <translation>Liste des factures à envoyer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Search number, customer or amount  (Ctrl+F)</source>
        <translation>Rechercher un numéro, un client ou un montant  (Ctrl+F)</translation>
    </message>
    <message>
        <source>No invoices yet: press Ctrl+N to write the first one.</source>
        <translation>Aucune facture pour l&apos;instant : appuyez sur Ctrl+N pour rédiger la première.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n document(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n document&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n documents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> · posted: net %1 · tax %2 · total &lt;b&gt;%3&lt;/b&gt; · amount due &lt;b&gt;%4&lt;/b&gt;</source>
        <translation> · validés : HT %1 · TVA %2 · total &lt;b&gt;%3&lt;/b&gt; · reste dû &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> · %n draft(s): %1, not due</source>
        <translation>
            <numerusform> · %n brouillon : %1, non exigible</numerusform>
            <numerusform> · %n brouillons : %1, non exigible</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
</context>
<context>
    <name>JobImportService</name>
    <message>
        <source>a number is required</source>
        <translation>un nombre est requis</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation>« %1 » n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <source>job_id is missing</source>
        <translation>job_id est manquant</translation>
    </message>
    <message>
        <source>job_id is too long</source>
        <translation>job_id est trop long</translation>
    </message>
    <message>
        <source>customer is missing</source>
        <translation>customer est manquant</translation>
    </message>
    <message>
        <source>labor must be a list</source>
        <translation>labor doit être une liste</translation>
    </message>
    <message>
        <source>parts must be a list</source>
        <translation>parts doit être une liste</translation>
    </message>
    <message>
        <source>a completed job needs labor or parts</source>
        <translation>une intervention terminée doit avoir de la main-d&apos;œuvre ou des pièces</translation>
    </message>
    <message>
        <source>The file contains no job.</source>
        <translation>Le fichier ne contient aucune intervention.</translation>
    </message>
    <message>
        <source>Job %1 of the file is not an object: nothing was imported.</source>
        <translation>L&apos;intervention %1 du fichier n&apos;est pas un objet : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Job %1 of the file</source>
        <translation>L&apos;intervention %1 du fichier</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1 : %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file. Nothing was imported.</source>
        <translation>%1 apparaît deux fois dans le fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 was already imported (service order %2). Nothing was imported.</source>
        <translation>%1 a déjà été importée (intervention %2). Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The journal entry for %1 does not balance (debit %2, credit %3): nothing was saved.</source>
        <translation>L&apos;écriture de %1 n&apos;est pas équilibrée (débit %2, crédit %3) : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>write the journal entry</source>
        <translation>écrire l&apos;écriture du journal</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>lire le journal</translation>
    </message>
    <message>
        <source>read the account balances</source>
        <translation>lire les soldes des comptes</translation>
    </message>
    <message>
        <source>check the journal</source>
        <translation>vérifier le journal</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>The journal entry of %1 does not balance: its lines do not add up to its totals. Nothing was posted.</source>
        <translation>L&apos;écriture de %1 n&apos;est pas équilibrée : ses lignes ne correspondent pas à ses totaux. Rien n&apos;a été validé.</translation>
    </message>
</context>
<context>
    <name>LateFeesWidget</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>%1 % of the amount due</source>
        <translation>%1 % du reste dû</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Ligne de facture</translation>
    </message>
    <message>
        <source>(standard text)</source>
        <translation>(texte standard)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Flat amount</source>
        <translation>Montant forfaitaire</translation>
    </message>
    <message>
        <source>Percentage of the amount due</source>
        <translation>Pourcentage du reste dû</translation>
    </message>
    <message>
        <source>e.g. 5.00 or 1.5</source>
        <translation>ex. 5,00 ou 1,5</translation>
    </message>
    <message>
        <source>Empty: “Late fee, reminder n of invoice …”</source>
        <translation>Vide : « Pénalité de retard : relance n pour la facture … »</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Hors champ de la TVA</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Enregistrer la pénalité</translation>
    </message>
    <message>
        <source>Remove fee</source>
        <translation>Supprimer la pénalité</translation>
    </message>
    <message>
        <source>A fee is invoiced as a new draft linked to the reminded invoice, only when you confirm it on the Reminders page.</source>
        <translation>Une pénalité n&apos;est facturée, sous forme d&apos;un nouveau brouillon lié à la facture relancée, que lorsque vous la confirmez dans la page Relances.</translation>
    </message>
    <message>
        <source>Reminder level</source>
        <translation>Niveau de relance</translation>
    </message>
    <message>
        <source>Amount or %</source>
        <translation>Montant ou %</translation>
    </message>
    <message>
        <source>The late fee of level %1 was saved.</source>
        <translation>La pénalité du niveau %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was saved.</source>
        <translation>La pénalité du niveau de relance %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>Choose the fee to remove in the list.</source>
        <translation>Choisissez dans la liste la pénalité à supprimer.</translation>
    </message>
    <message>
        <source>No late fee chosen.</source>
        <translation>Aucune pénalité choisie.</translation>
    </message>
    <message>
        <source>The late fee of level %1 was removed.</source>
        <translation>La pénalité du niveau %1 a été supprimée.</translation>
    </message>
    <message>
        <source>The late fee of reminder level %1 was removed.</source>
        <translation>La pénalité du niveau de relance %1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>This company file has no user yet: set it up first.</source>
        <translation>Ce fichier d&apos;entreprise n&apos;a pas encore d&apos;utilisateur : configurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>L&apos;utilisateur %1 est désactivé.</translation>
    </message>
    <message>
        <source>This company is already set up.</source>
        <translation>Cette entreprise est déjà configurée.</translation>
    </message>
    <message>
        <source>VAT %1%</source>
        <translation>TVA %1%</translation>
    </message>
    <message>
        <source>VAT 10%</source>
        <translation>TVA 10%</translation>
    </message>
    <message>
        <source>VAT 5.5%</source>
        <translation>TVA 5,5%</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Taux zéro</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>VAT exempt, Article 132 of Directive 2006/112/EC</source>
        <translation>Exonération de TVA, article 132 de la directive 2006/112/CE</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Autoliquidation</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the backup.</source>
        <translation>%1 existe déjà : choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation>Une sauvegarde ne peut pas être faite au milieu d&apos;une modification.</translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation>écrire la sauvegarde %1</translation>
    </message>
    <message>
        <source>The backup could not be verified</source>
        <translation>La sauvegarde n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The backup failed its integrity check and was removed.</source>
        <translation>La sauvegarde a échoué à son contrôle d&apos;intégrité et a été supprimée.</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Livraison intracommunautaire</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Exportation hors UE</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Non soumis à la TVA</translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server: pg_dump, or a company file taken with `facturo-cli server export` (docs/server.md).</source>
        <translation>Une entreprise sur un serveur est sauvegardée par le serveur : pg_dump, ou un fichier d&apos;entreprise obtenu avec `facturo-cli server export` (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>LegalRegistration</name>
    <message>
        <source>SIREN (France)</source>
        <translation>SIREN (France)</translation>
    </message>
    <message>
        <source>SIRET (France)</source>
        <translation>SIRET (France)</translation>
    </message>
    <message>
        <source>Enterprise number KBO/BCE (Belgium)</source>
        <translation>Numéro d&apos;entreprise BCE/KBO (Belgique)</translation>
    </message>
    <message>
        <source>Handelsregister B (Germany)</source>
        <translation>Handelsregister B (Allemagne)</translation>
    </message>
    <message>
        <source>Handelsregister A (Germany)</source>
        <translation>Handelsregister A (Allemagne)</translation>
    </message>
    <message>
        <source>KvK number (Netherlands)</source>
        <translation>Numéro KvK (Pays-Bas)</translation>
    </message>
    <message>
        <source>Organisationsnummer (Sweden)</source>
        <translation>Organisationsnummer (Suède)</translation>
    </message>
    <message>
        <source>Y-tunnus (Finland)</source>
        <translation>Y-tunnus (Finlande)</translation>
    </message>
    <message>
        <source>CVR number (Denmark)</source>
        <translation>Numéro CVR (Danemark)</translation>
    </message>
    <message>
        <source>UID number (Switzerland)</source>
        <translation>Numéro IDE/UID (Suisse)</translation>
    </message>
    <message>
        <source>Global Location Number, GLN</source>
        <translation>Global Location Number, GLN</translation>
    </message>
    <message>
        <source>DUNS number</source>
        <translation>Numéro DUNS</translation>
    </message>
    <message>
        <source>Legal Entity Identifier, LEI</source>
        <translation>Legal Entity Identifier, LEI</translation>
    </message>
    <message>
        <source>The registration &quot;%1&quot; needs its scheme and identifier, such as 0009:12345678200010 or HRB:12345.</source>
        <translation>L&apos;immatriculation « %1 » doit comporter son schéma et son identifiant, par exemple 0009:12345678200010 ou HRB:12345.</translation>
    </message>
    <message>
        <source>Unknown registration scheme &quot;%1&quot; (known: %2).</source>
        <translation>Schéma d&apos;immatriculation inconnu « %1 » (connus : %2).</translation>
    </message>
    <message>
        <source>The registration of scheme %1 has no identifier.</source>
        <translation>L&apos;immatriculation de schéma %1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The registration identifier is too long.</source>
        <translation>L&apos;identifiant d&apos;immatriculation est trop long.</translation>
    </message>
    <message>
        <source>The registration %1:%2 is not valid: %3.</source>
        <translation>L&apos;immatriculation %1:%2 n&apos;est pas valide : %3.</translation>
    </message>
    <message>
        <source>a SIRET has 14 digits and a valid check digit</source>
        <translation>un SIRET a 14 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a SIREN has 9 digits and a valid check digit</source>
        <translation>un SIREN a 9 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a Belgian enterprise number has 10 digits and valid check digits</source>
        <translation>un numéro d&apos;entreprise belge a 10 chiffres et des chiffres de contrôle valides</translation>
    </message>
    <message>
        <source>a GLN has 13 digits and a valid check digit</source>
        <translation>un GLN a 13 chiffres et une clé de contrôle valide</translation>
    </message>
    <message>
        <source>a DUNS number has 9 digits</source>
        <translation>un numéro DUNS a 9 chiffres</translation>
    </message>
    <message>
        <source>a register number is up to 6 digits, maybe followed by letters (12345 B)</source>
        <translation>un numéro de registre compte jusqu&apos;à 6 chiffres, éventuellement suivis de lettres (12345 B)</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>The PostgreSQL client library (libpq5) cannot be loaded: %1. Install the package libpq5.</source>
        <translation>La bibliothèque cliente de PostgreSQL (libpq5) ne peut pas être chargée : %1. Installez le paquet libpq5.</translation>
    </message>
</context>
<context>
    <name>LineUnitCodeField</name>
    <message>
        <source>The UN/ECE unit code e-invoices give for the quantity of the selected line. It follows the unit typed on the line unless you choose another here.</source>
        <translation>Le code d&apos;unité UN/ECE que les factures électroniques indiquent pour la quantité de la ligne sélectionnée. Il suit l&apos;unité saisie sur la ligne, sauf si vous en choisissez un autre ici.</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Code d&apos;unité</translation>
    </message>
    <message>
        <source>from the unit &quot;%1&quot;</source>
        <translation>d&apos;après l&apos;unité « %1 »</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has no code of its own</source>
        <translation>l&apos;unité « %1 » n&apos;a pas de code propre</translation>
    </message>
    <message>
        <source>chosen for this line</source>
        <translation>choisi pour cette ligne</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>%1 is a draft: post it before sending it.</source>
        <translation>%1 est un brouillon : validez-le avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>%1 is in the trash.</source>
        <translation>%1 est à la corbeille.</translation>
    </message>
    <message>
        <source>%1 is a credit note: reminders are for invoices.</source>
        <translation>%1 est un avoir : les relances concernent les factures.</translation>
    </message>
    <message>
        <source>%1 has no recipient: the customer %2 has no contact with an email address. Add one to the customer or give the address.</source>
        <translation>%1 n&apos;a pas de destinataire : le client %2 n&apos;a aucun contact avec une adresse e-mail. Ajoutez-en un au client ou indiquez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>L&apos;objet est vide.</translation>
    </message>
</context>
<context>
    <name>MailSession</name>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de messagerie</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>No keychain service is available on this computer: the password is kept in memory until Facturo closes, and asked for again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de Facturo, puis redemandé.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for this mail server.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau pour ce serveur de messagerie.</translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox: the mail server&apos;s password is needed to send it.</source>
        <translation>Des messages attendent dans la boîte d&apos;envoi : le mot de passe du serveur de messagerie est nécessaire pour les envoyer.</translation>
    </message>
    <message>
        <source>No mail server is set up: messages wait here until one is (Settings › Mail server).</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré : les messages attendent ici jusqu&apos;à ce qu&apos;il y en ait un (Paramètres › Serveur de messagerie).</translation>
    </message>
    <message>
        <source>Sending through %1:%2 as %3.</source>
        <translation>Envoi par %1:%2 en tant que %3.</translation>
    </message>
    <message>
        <source>No mail server is set up.</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is needed to send the test message.</source>
        <translation>Le mot de passe du serveur de messagerie est nécessaire pour envoyer le message de test.</translation>
    </message>
    <message>
        <source>Facturo test message</source>
        <translation>Message de test Facturo</translation>
    </message>
    <message>
        <source>This message was sent from Facturo to check the mail settings of %1.
</source>
        <translation>Ce message a été envoyé depuis Facturo pour vérifier les paramètres de messagerie de %1.
</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Le message de test a été envoyé à %1.</translation>
    </message>
    <message>
        <source>A test message is already being sent.</source>
        <translation>Un message de test est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Not signed in with %1: sign in in Settings › Mail server.</source>
        <translation>Non connecté avec %1 : connectez-vous dans Paramètres › Serveur de messagerie.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Connecté avec %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>MailSettingsService</name>
    <message>
        <source>The connection security &quot;%1&quot; is not one of none, starttls or tls.</source>
        <translation>La sécurité de connexion « %1 » n&apos;est ni none, ni starttls, ni tls.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>L&apos;empreinte du certificat de confiance n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>A user name and password are only sent over an encrypted connection: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Un nom d&apos;utilisateur et un mot de passe ne sont envoyés que sur une connexion chiffrée : choisissez STARTTLS ou TLS, ou laissez le nom d&apos;utilisateur vide.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>Le nombre de tentatives doit être compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>The mail server&apos;s timeout must be between 1 and 600 seconds.</source>
        <translation>Le délai du serveur de messagerie doit être compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>A wait between attempts must be between 0 seconds and one week.</source>
        <translation>L&apos;attente entre deux tentatives doit être comprise entre 0 seconde et une semaine.</translation>
    </message>
    <message>
        <source>Only a manager can change the mail settings.</source>
        <translation>Seul un responsable peut modifier les paramètres de messagerie.</translation>
    </message>
    <message>
        <source>No mail server is set up: set one in the mail settings (facturo-cli settings smtp --host ...).</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré : indiquez-en un dans les paramètres de messagerie (facturo-cli settings smtp --host ...).</translation>
    </message>
    <message>
        <source>The password of %1 on the mail server %2 is needed to send mail.</source>
        <translation>Le mot de passe de %1 sur le serveur de messagerie %2 est nécessaire pour envoyer du courrier.</translation>
    </message>
    <message>
        <source>There is no sender address: give one in the mail settings or the company&apos;s email address.</source>
        <translation>Il n&apos;y a pas d&apos;adresse d&apos;expéditeur : indiquez-en une dans les paramètres de messagerie ou l&apos;adresse e-mail de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Signing in with %1 needs an encrypted connection: choose STARTTLS or TLS.</source>
        <translation>La connexion avec %1 exige une connexion chiffrée : choisissez STARTTLS ou TLS.</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local uniquement)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Only for a self-signed certificate: its SHA-256 fingerprint</source>
        <translation>Seulement pour un certificat auto-signé : son empreinte SHA-256</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Serveur de messagerie :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Certificat de confiance :</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nom de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>The mail settings are saved.</source>
        <translation>Les paramètres de messagerie sont enregistrés.</translation>
    </message>
    <message>
        <source>No keychain service runs on this computer: the password is kept in memory until Facturo closes and will be asked for again next time. It was not written anywhere.</source>
        <translation>Aucun service de trousseau ne fonctionne sur cet ordinateur : le mot de passe est gardé en mémoire jusqu&apos;à la fermeture de Facturo et sera redemandé la prochaine fois. Il n&apos;a été écrit nulle part.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test :</translation>
    </message>
    <message>
        <source>To %1, or another address</source>
        <translation>À %1, ou une autre adresse</translation>
    </message>
    <message>
        <source>Address to send the test message to</source>
        <translation>Adresse à laquelle envoyer le message de test</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d&apos;un message de test…</translation>
    </message>
</context>
<context>
    <name>MailSignInState</name>
    <message>
        <source>the mail provider</source>
        <translation>le fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Sign in again to %1 (Settings &gt; Mail server, or facturo-cli mail sign-in): the provider no longer accepts the last sign-in. Queued mail waits until then.</source>
        <translation>Reconnectez-vous à %1 (Paramètres &gt; Serveur de messagerie, ou facturo-cli mail sign-in) : le fournisseur n&apos;accepte plus la dernière connexion. Les messages en attente patientent jusque-là.</translation>
    </message>
</context>
<context>
    <name>MailSignInWidget</name>
    <message>
        <source>User name and password</source>
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>The application (client) id registered with the provider</source>
        <translation>L&apos;identifiant d&apos;application (client) enregistré auprès du fournisseur</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in with a code…</source>
        <translation>Se connecter avec un code…</translation>
    </message>
    <message>
        <source>Shows a code to enter on another device, where no browser opens here.</source>
        <translation>Affiche un code à saisir sur un autre appareil, lorsqu&apos;aucun navigateur ne s&apos;ouvre ici.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Authorization endpoint:</source>
        <translation>Point de terminaison d&apos;autorisation :</translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation>Point de terminaison du jeton :</translation>
    </message>
    <message>
        <source>Device endpoint:</source>
        <translation>Point de terminaison de l&apos;appareil :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Continue in the browser window that opened; Facturo waits for the sign-in.</source>
        <translation>Poursuivez dans la fenêtre du navigateur qui s&apos;est ouverte ; Facturo attend la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>On any device with a browser, open %1 and enter the code %2 within %n minute(s). Facturo waits for the sign-in.</source>
        <translation>
            <numerusform>Sur n&apos;importe quel appareil doté d&apos;un navigateur, ouvrez %1 et saisissez le code %2 dans un délai de %n minute. Facturo attend la connexion.</numerusform>
            <numerusform>Sur n&apos;importe quel appareil doté d&apos;un navigateur, ouvrez %1 et saisissez le code %2 dans un délai de %n minutes. Facturo attend la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in. Mail waiting in the outbox is being sent.</source>
        <translation>Connecté. Les messages en attente dans la boîte d&apos;envoi sont en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from this computer.</source>
        <translation>Déconnecté : la connexion a été supprimée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Only where the provider gave one with the client id</source>
        <translation>Seulement si le fournisseur en a fourni un avec l&apos;identifiant client</translation>
    </message>
    <message>
        <source>Client secret (if the provider gives one):</source>
        <translation>Secret client (si le fournisseur en donne un) :</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>The subject of the template is empty.</source>
        <translation>L&apos;objet du modèle est vide.</translation>
    </message>
    <message>
        <source>The subject of the template contains a line break.</source>
        <translation>L&apos;objet du modèle contient un saut de ligne.</translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder {%1} (known: %2).</source>
        <translation>Le modèle utilise un champ inconnu {%1} (connus : %2).</translation>
    </message>
    <message>
        <source>Only a manager can change the mail templates.</source>
        <translation>Seul un responsable peut modifier les modèles de messages.</translation>
    </message>
    <message>
        <source>There are mail templates for en, fr and de, not for &quot;%1&quot;.</source>
        <translation>Il existe des modèles de messages pour en, fr et de, pas pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>MailTextsWidget</name>
    <message>
        <source>Save text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Texte d&apos;origine</translation>
    </message>
    <message>
        <source>Go back to the text that comes with Facturo</source>
        <translation>Revenir au texte fourni avec Facturo</translation>
    </message>
    <message>
        <source>Placeholders: %1; in reminders also {level} and {days_overdue}.</source>
        <translation>Champs : %1 ; dans les relances, également {level} et {days_overdue}.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Reminder, level %1 (%2 days overdue)</source>
        <translation>Relance, niveau %1 (%2 jours de retard)</translation>
    </message>
    <message>
        <source>Text saved.</source>
        <translation>Texte enregistré.</translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) was saved.</source>
        <translation>Le texte du message « %1 » (%2) a été enregistré.</translation>
    </message>
    <message>
        <source>The built-in text is used again.</source>
        <translation>Le texte d&apos;origine est de nouveau utilisé.</translation>
    </message>
    <message>
        <source>The “%1” mail text (%2) is the built-in one again.</source>
        <translation>Le texte du message « %1 » (%2) est de nouveau le texte d&apos;origine.</translation>
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
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Create a new invoice, order, customer…</source>
        <translation>Créer une facture, une intervention, un client…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation>Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Post the draft: it gets its final number</source>
        <translation>Valider le brouillon : il reçoit son numéro définitif</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <source>Record money received on the invoice</source>
        <translation>Enregistrer l&apos;argent reçu sur la facture</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open company file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>Ouvrir l&apos;entreprise de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import jobs…</source>
        <translation>&amp;Importer des interventions…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Nothing to do here for “%1”.</source>
        <translation>Rien à faire ici pour « %1 ».</translation>
    </message>
    <message>
        <source>Import customers, catalog or jobs from &amp;CSV…</source>
        <translation>Importer des clients, le catalogue ou des interventions depuis un fichier &amp;CSV…</translation>
    </message>
    <message>
        <source>Invoice &amp;done service orders…</source>
        <translation>Facturer les interventions &amp;terminées…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Check the company file…</source>
        <translation>&amp;Vérifier le fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;About Facturo</source>
        <translation>À &amp;propos de Facturo</translation>
    </message>
    <message>
        <source>About Facturo</source>
        <translation>À propos de Facturo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Facturo %1&lt;/h3&gt;&lt;p&gt;Invoicing for service firms: service orders, invoices, payments, reminders.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facturo %1&lt;/h3&gt;&lt;p&gt;La facturation des entreprises de services : interventions, factures, paiements, relances.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Checking the company file…</source>
        <translation>Vérification du fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>Check the company file</source>
        <translation>Vérifier le fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The company file is sound: every check passed.</source>
        <translation>Le fichier d&apos;entreprise est sain : tous les contrôles sont réussis.</translation>
    </message>
    <message>
        <source>The check found a problem: %1</source>
        <translation>La vérification a trouvé un problème : %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>&amp;Export for the accountant…</source>
        <translation>&amp;Exporter pour le comptable…</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Changes in Settings › %1 are not saved. Quit without saving them?</source>
        <translation>Les modifications dans Paramètres › %1 ne sont pas enregistrées. Quitter sans les enregistrer ?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Retour aux paramètres</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <source>Audit chain head (anchor): %1
Keep it outside the company file.</source>
        <translation>Tête de la chaîne d&apos;audit (ancre) : %1
Conservez-la en dehors du fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Copy anchor</source>
        <translation>Copier l&apos;ancre</translation>
    </message>
    <message>
        <source>Export anchor…</source>
        <translation>Exporter l&apos;ancre…</translation>
    </message>
    <message>
        <source>Export the audit anchor</source>
        <translation>Exporter l&apos;ancre d&apos;audit</translation>
    </message>
    <message>
        <source>Anchor files (*.anchor)</source>
        <translation>Fichiers d&apos;ancre (*.anchor)</translation>
    </message>
    <message>
        <source>Job hand-off: %1. Settings › Job hand-off lists them.</source>
        <translation>Échange des interventions : %1. Paramètres › Échange des interventions les liste.</translation>
    </message>
    <message>
        <source>Job hand-off: %1</source>
        <translation>Échange des interventions : %1</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New SEPA direct debit mandate</source>
        <translation>Nouveau mandat de prélèvement SEPA</translation>
    </message>
    <message>
        <source>Core (consumers and businesses)</source>
        <translation>Core (particuliers et entreprises)</translation>
    </message>
    <message>
        <source>B2B (businesses only)</source>
        <translation>B2B (entreprises uniquement)</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>Référence du mandat</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
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
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Add mandate</source>
        <translation>Ajouter le mandat</translation>
    </message>
    <message>
        <source>Mandate %1 recorded.</source>
        <translation>Mandat %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>MandateRepository</name>
    <message>
        <source>save the mandate</source>
        <translation>enregistrer le mandat</translation>
    </message>
    <message>
        <source>read the mandate</source>
        <translation>lire le mandat</translation>
    </message>
    <message>
        <source>Mandate %1 does not exist.</source>
        <translation>Le mandat %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the mandates</source>
        <translation>lire les mandats</translation>
    </message>
    <message>
        <source>revoke the mandate</source>
        <translation>révoquer le mandat</translation>
    </message>
    <message>
        <source>read the mandate&apos;s collections</source>
        <translation>lire les encaissements du mandat</translation>
    </message>
</context>
<context>
    <name>MatchCandidateRepository</name>
    <message>
        <source>read the open invoices</source>
        <translation>lire les factures ouvertes</translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation>lire la facture %1</translation>
    </message>
    <message>
        <source>Invoice %1 is not an open posted invoice.</source>
        <translation>La facture %1 n&apos;est pas une facture validée ouverte.</translation>
    </message>
    <message>
        <source>read the customers&apos; bank accounts</source>
        <translation>lire les comptes bancaires des clients</translation>
    </message>
    <message>
        <source>read the customer&apos;s bank accounts</source>
        <translation>lire les comptes bancaires du client</translation>
    </message>
    <message>
        <source>record the customer&apos;s bank account</source>
        <translation>enregistrer le compte bancaire du client</translation>
    </message>
</context>
<context>
    <name>MoneyEvents</name>
    <message>
        <source>the credit note</source>
        <translation>l&apos;avoir</translation>
    </message>
    <message>
        <source>payment %1 on %2</source>
        <translation>paiement %1 sur %2</translation>
    </message>
    <message>
        <source>customer credit movement %1 of customer %2</source>
        <translation>mouvement de crédit client %1 du client %2</translation>
    </message>
    <message>
        <source>returned direct debit %1 on %2</source>
        <translation>prélèvement rejeté %1 le %2</translation>
    </message>
</context>
<context>
    <name>MonthlyChartWidget</name>
    <message>
        <source>Invoiced and collected, last 12 months</source>
        <translation>Facturé et encaissé, 12 derniers mois</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Créer le brouillon</translation>
    </message>
    <message>
        <source>Who is the invoice for?</source>
        <translation>Pour qui est la facture ?</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Choisissez un client dans la liste (tapez une partie du nom).</translation>
    </message>
    <message>
        <source>Draft invoice created for %1.</source>
        <translation>Brouillon de facture créé pour %1.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>a number is required</source>
        <translation>un nombre est requis</translation>
    </message>
    <message>
        <source>“%1” must not be negative</source>
        <translation>« %1 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>“%1” is written with an exponent: type the number in full</source>
        <translation>« %1 » est écrit avec un exposant : saisissez le nombre en entier</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a number: two separators follow each other</source>
        <translation>« %1 » n&apos;est pas un nombre : deux séparateurs se suivent</translation>
    </message>
    <message>
        <source>“%1” ends with a separator: type the digits after it or remove it</source>
        <translation>« %1 » se termine par un séparateur : saisissez les chiffres qui le suivent ou supprimez-le</translation>
    </message>
    <message>
        <source>“%1” could be %2 (thousands) or %3 (decimals): type %2 or %3</source>
        <translation>« %1 » peut valoir %2 (milliers) ou %3 (décimales) : saisissez %2 ou %3</translation>
    </message>
    <message>
        <source>“%1” mixes separators: type %2</source>
        <translation>« %1 » mélange les séparateurs : saisissez %2</translation>
    </message>
    <message>
        <source>“%1”: “%2” does not separate thousands in this language; type %3</source>
        <translation>« %1 » : « %2 » ne sépare pas les milliers dans cette langue ; saisissez %3</translation>
    </message>
    <message>
        <source>“%1”: thousands are separated in groups of three digits; type %2</source>
        <translation>« %1 » : les milliers sont séparés par groupes de trois chiffres ; saisissez %2</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s)</source>
        <translation>
            <numerusform>« %1 » a plus de %n décimale</numerusform>
            <numerusform>« %1 » a plus de %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>« %1 » est trop grand</translation>
    </message>
</context>
<context>
    <name>NumberingService</name>
    <message>
        <source>The numbering pattern is empty.</source>
        <translation>Le modèle de numérotation est vide.</translation>
    </message>
    <message>
        <source>The numbering pattern is too long (at most 40 characters).</source>
        <translation>Le modèle de numérotation est trop long (40 caractères au plus).</translation>
    </message>
    <message>
        <source>The counter width in %1 must be between 1 and 9.</source>
        <translation>La largeur du compteur dans %1 doit être comprise entre 1 et 9.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1 in the numbering pattern (use {YYYY}, {YY}, {MM}, {SEQ} or {SEQ:n}).</source>
        <translation>Champ inconnu %1 dans le modèle de numérotation (utilisez {YYYY}, {YY}, {MM}, {SEQ} ou {SEQ:n}).</translation>
    </message>
    <message>
        <source>The numbering pattern must contain the counter {SEQ} exactly once.</source>
        <translation>Le modèle de numérotation doit contenir le compteur {SEQ} exactement une fois.</translation>
    </message>
    <message>
        <source>A counter that restarts each year needs the year ({YYYY} or {YY}) in the pattern, or numbers would repeat.</source>
        <translation>Un compteur qui recommence chaque année exige l&apos;année ({YYYY} ou {YY}) dans le modèle, sinon les numéros se répéteraient.</translation>
    </message>
    <message>
        <source>The numbering pattern may only contain letters, digits, - / _ . and placeholders.</source>
        <translation>Le modèle de numérotation ne peut contenir que des lettres, des chiffres, - / _ . et des champs.</translation>
    </message>
</context>
<context>
    <name>OpenCompanyDialog</name>
    <message>
        <source>Open a company</source>
        <translation>Ouvrir une entreprise</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Company &amp;file:</source>
        <translation>&amp;Fichier d&apos;entreprise :</translation>
    </message>
    <message>
        <source>Open a company file</source>
        <translation>Ouvrir un fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Facturo company files (*.facturo);;All files (*)</source>
        <translation>Fichiers d&apos;entreprise Facturo (*.facturo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or the keychain</source>
        <translation>vide : depuis ~/.pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffré</translation>
    </message>
    <message>
        <source>Encrypted, server certificate and name checked</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Jamais chiffré</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Company file</source>
        <translation>Fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <source>Choose the company file.</source>
        <translation>Choisissez le fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address (e.g. billing-server or 192.168.1.20).</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur (par ex. billing-server ou 192.168.1.20).</translation>
    </message>
    <message>
        <source>Write the name of the company&apos;s database on the server.</source>
        <translation>Saisissez le nom de la base de données de l&apos;entreprise sur le serveur.</translation>
    </message>
    <message>
        <source>Write your user name on the server.</source>
        <translation>Saisissez votre nom d&apos;utilisateur sur le serveur.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>unknown status &quot;%1&quot; (new, scheduled, in_progress, done, invoiced or cancelled)</source>
        <translation>statut inconnu « %1 » (new, scheduled, in_progress, done, invoiced ou cancelled)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>OrderWorkPanel</name>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Taux horaire</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travaux effectués</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Time entry added.</source>
        <translation>Temps ajouté.</translation>
    </message>
    <message>
        <source>Time entry removed.</source>
        <translation>Temps retiré.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Part added.</source>
        <translation>Pièce ajoutée.</translation>
    </message>
    <message>
        <source>Part removed.</source>
        <translation>Pièce retirée.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Sent / next attempt</source>
        <translation>Envoyé / prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>queue the message</source>
        <translation>mettre le message en file d&apos;attente</translation>
    </message>
    <message>
        <source>record the attachment %1</source>
        <translation>enregistrer la pièce jointe %1</translation>
    </message>
    <message>
        <source>read the outbox message</source>
        <translation>lire le message de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox.</source>
        <translation>Il n&apos;y a pas de message %1 dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>read the attachments of the message</source>
        <translation>lire les pièces jointes du message</translation>
    </message>
    <message>
        <source>list the outbox</source>
        <translation>lister la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>count the outbox messages</source>
        <translation>compter les messages de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>look for mail to send</source>
        <translation>chercher des messages à envoyer</translation>
    </message>
    <message>
        <source>update message %1 of the outbox</source>
        <translation>mettre à jour le message %1 de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Message %1 is %2: it cannot be %3.</source>
        <translation>Le message %1 est %2 : il ne peut pas être %3.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>marked as sent</source>
        <translation>marqué comme envoyé</translation>
    </message>
    <message>
        <source>queued again</source>
        <translation>remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>sent again</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>record the delivery in the document&apos;s history</source>
        <translation>consigner la remise dans l&apos;historique du document</translation>
    </message>
    <message>
        <source>read the document&apos;s send history</source>
        <translation>lire l&apos;historique d&apos;envoi du document</translation>
    </message>
</context>
<context>
    <name>OutboxSendLock</name>
    <message>
        <source>Another program (process %1 on %2) is sending the mail of this company file.</source>
        <translation>Un autre programme (processus %1 sur %2) envoie le courrier de ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company file.</source>
        <translation>Un autre programme envoie le courrier de ce fichier d&apos;entreprise.</translation>
    </message>
    <message>
        <source>The outbox lock next to the company file cannot be created.</source>
        <translation>Le verrou de la boîte d&apos;envoi à côté du fichier d&apos;entreprise ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The outbox lock on the server cannot be taken: %1</source>
        <translation>Le verrou de la boîte d&apos;envoi sur le serveur ne peut pas être pris : %1</translation>
    </message>
    <message>
        <source>Another program is sending the mail of this company.</source>
        <translation>Un autre programme envoie le courrier de cette entreprise.</translation>
    </message>
    <message>
        <source>Another program (server session %1) is sending the mail of this company.</source>
        <translation>Un autre programme (session serveur %1) envoie le courrier de cette entreprise.</translation>
    </message>
    <message>
        <source>Another program (%1) is sending the mail of this company.</source>
        <translation>Un autre programme (%1) envoie le courrier de cette entreprise.</translation>
    </message>
    <message>
        <source>Another program (%1, connected from %2) is sending the mail of this company.</source>
        <translation>Un autre programme (%1, connecté depuis %2) envoie le courrier de cette entreprise.</translation>
    </message>
    <message>
        <source>The session holding the outbox lock on the server %1 was lost: sending stops so that no message goes out twice. It starts again with the next sending.</source>
        <translation>La session qui détenait le verrou de la boîte d&apos;envoi sur le serveur %1 a été perdue : l&apos;envoi s&apos;arrête pour qu&apos;aucun message ne parte deux fois. Il reprendra au prochain envoi.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is waiting in the outbox, but no mail server is set up.</source>
        <translation>Des messages attendent dans la boîte d&apos;envoi, mais aucun serveur de messagerie n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The mail client was busy.</source>
        <translation>Le client de messagerie était occupé.</translation>
    </message>
    <message>
        <source>The sign-in changed before the message was sent; it waits in the queue.</source>
        <translation>La connexion a changé avant l&apos;envoi du message ; il attend dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the message was not delivered.</source>
        <translation>L&apos;envoi a été annulé ; le message n&apos;a pas été remis.</translation>
    </message>
    <message>
        <source>Sign in again (Settings &gt; Mail server, or facturo-cli mail sign-in): %1 Queued mail waits until then.</source>
        <translation>Connectez-vous à nouveau (Paramètres &gt; Serveur de messagerie, ou facturo-cli mail sign-in) : %1 Les messages en file d&apos;attente patientent jusque-là.</translation>
    </message>
    <message>
        <source>The outbox lock is not held.</source>
        <translation>Le verrou de la boîte d&apos;envoi n&apos;est pas détenu.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>Message %1 was sent on %2: send the document again to make a new message.</source>
        <translation>Le message %1 a été envoyé le %2 : renvoyez le document pour créer un nouveau message.</translation>
    </message>
    <message>
        <source>Message %1 is being sent right now.</source>
        <translation>Le message %1 est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Message %1 was already sent: it cannot be cancelled.</source>
        <translation>Le message %1 a déjà été envoyé : il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Message %1 is being sent right now: it cannot be cancelled.</source>
        <translation>Le message %1 est en cours d&apos;envoi : il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Only a message whose delivery is to be checked can be confirmed as sent; message %1 is %2.</source>
        <translation>Seul un message dont la remise est à vérifier peut être confirmé comme envoyé ; le message %1 est %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Abandon après %n tentative.</numerusform>
            <numerusform>%1 Abandon après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, after its content may have reached the mail server. It may have been delivered: check with the recipient, then send it again or confirm it as sent.</source>
        <translation>Le programme s&apos;est arrêté pendant l&apos;envoi de ce message, après que son contenu a pu atteindre le serveur. Il a peut-être été remis : vérifiez auprès du destinataire, puis renvoyez-le ou confirmez-le comme envoyé.</translation>
    </message>
    <message>
        <source>The program stopped before this message was sent; it is queued again.</source>
        <translation>Le programme s&apos;est arrêté avant l&apos;envoi de ce message ; il est remis en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>OutboxWidget</name>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Waiting (queued, failed, to check)</source>
        <translation>En attente (en file, en échec, à vérifier)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Il est arrivé</translation>
    </message>
    <message>
        <source>The recipient confirmed that this message arrived: record it as sent.</source>
        <translation>Le destinataire a confirmé l&apos;arrivée de ce message : l&apos;enregistrer comme envoyé.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Message %1 is queued to be sent again.</source>
        <translation>Le message %1 est remis en file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Message %1 was cancelled.</source>
        <translation>Le message %1 a été annulé.</translation>
    </message>
    <message>
        <source>Message %1 is recorded as sent.</source>
        <translation>Le message %1 est enregistré comme envoyé.</translation>
    </message>
    <message>
        <source>The outbox is empty: nothing was sent from this file yet.</source>
        <translation>La boîte d&apos;envoi est vide : rien n&apos;a encore été envoyé depuis ce fichier.</translation>
    </message>
</context>
<context>
    <name>PartyAddressMigration</name>
    <message>
        <source>read the company address</source>
        <translation>lire l&apos;adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>split the company address</source>
        <translation>décomposer l&apos;adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>read the customers&apos; addresses</source>
        <translation>lire les adresses des clients</translation>
    </message>
    <message>
        <source>split the customers&apos; addresses</source>
        <translation>décomposer les adresses des clients</translation>
    </message>
</context>
<context>
    <name>PartySnapshot</name>
    <message>
        <source>The frozen copy of the seller and customer cannot be read (%1).</source>
        <translation>La copie figée du vendeur et du client ne peut pas être lue (%1).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>PaymentListRepository</name>
    <message>
        <source>list the payments</source>
        <translation>lister les paiements</translation>
    </message>
    <message>
        <source>list the payments of document %1</source>
        <translation>lister les paiements du document %1</translation>
    </message>
</context>
<context>
    <name>PaymentMeansKeys</name>
    <message>
        <source>unknown payment means &quot;%1&quot; (%2)</source>
        <translation>moyen de paiement inconnu « %1 » (%2)</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Customer credit</source>
        <translation>Crédit client</translation>
    </message>
    <message>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>record the payment</source>
        <translation>enregistrer le paiement</translation>
    </message>
    <message>
        <source>read payment %1</source>
        <translation>lire le paiement %1</translation>
    </message>
    <message>
        <source>Payment %1 does not exist.</source>
        <translation>Le paiement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>lire les paiements</translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation>totaliser les paiements</translation>
    </message>
    <message>
        <source>read the payment&apos;s reversals</source>
        <translation>lire les annulations du paiement</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The payment date %1 is in the future.</source>
        <translation>La date de paiement %1 est dans le futur.</translation>
    </message>
    <message>
        <source>The payment date %1 is not plausible.</source>
        <translation>La date de paiement %1 n&apos;est pas plausible.</translation>
    </message>
    <message>
        <source>The payment reference is limited to 200 characters.</source>
        <translation>La référence du paiement est limitée à 200 caractères.</translation>
    </message>
    <message>
        <source>%1 is a credit note: record a refund instead of a payment.</source>
        <translation>%1 est un avoir : enregistrez un remboursement au lieu d&apos;un paiement.</translation>
    </message>
    <message>
        <source>%1 is a draft: post it before recording a payment.</source>
        <translation>%1 est un brouillon : validez-le avant d&apos;enregistrer un paiement.</translation>
    </message>
    <message>
        <source>%1 has nothing left to pay.</source>
        <translation>%1 n&apos;a plus rien à payer.</translation>
    </message>
    <message>
        <source>Only a payment can be reversed.</source>
        <translation>Seul un paiement peut être annulé.</translation>
    </message>
    <message>
        <source>Payment %1 is already reversed.</source>
        <translation>Le paiement %1 est déjà annulé.</translation>
    </message>
    <message>
        <source>Reversal of payment %1</source>
        <translation>Annulation du paiement %1</translation>
    </message>
    <message>
        <source>Only a posted credit note can be refunded.</source>
        <translation>Seul un avoir validé peut être remboursé.</translation>
    </message>
    <message>
        <source>Refund refused: %1 is more than the %2 still owed to the customer on %3.</source>
        <translation>Remboursement refusé : %1 dépasse les %2 encore dus au client sur %3.</translation>
    </message>
    <message>
        <source>payment reference</source>
        <translation>référence du paiement</translation>
    </message>
    <message>
        <source>The date %1 is before %2 was issued (%3): money is never paid or refunded on a document before its issue date.</source>
        <translation>La date %1 est antérieure à l&apos;émission de %2 (%3) : de l&apos;argent n&apos;est jamais payé ni remboursé sur un document avant sa date d&apos;émission.</translation>
    </message>
    <message>
        <source>Payment %1 cannot be reversed today (%2): it is dated %3, and a reversal is never dated before the payment it reverses. Is the computer&apos;s clock set back?</source>
        <translation>Le paiement %1 ne peut pas être annulé aujourd&apos;hui (%2) : il est daté du %3, et une annulation n&apos;est jamais datée d&apos;avant le paiement qu&apos;elle annule. L&apos;horloge de l&apos;ordinateur a-t-elle été reculée ?</translation>
    </message>
    <message>
        <source>Credit applied to an invoice cannot be kept as credit again.</source>
        <translation>Un crédit imputé sur une facture ne peut pas être conservé à nouveau comme crédit.</translation>
    </message>
    <message>
        <source>Over-payment refused: %1 is more than the %2 due on %3. To keep the excess as the customer&apos;s credit, record it with --overpayment credit (in the payment window: keep the excess as credit).</source>
        <translation>Trop-perçu refusé : %1 dépasse les %2 dus sur %3. Pour conserver l&apos;excédent comme crédit du client, enregistrez-le avec --overpayment credit (dans la fenêtre de paiement : conserver l&apos;excédent comme crédit).</translation>
    </message>
    <message>
        <source>The customer&apos;s credit is %1: %2 cannot be applied to %3.</source>
        <translation>Le crédit du client est de %1 : %2 ne peut pas être imputé sur %3.</translation>
    </message>
    <message>
        <source>Apply a customer&apos;s credit invoice by invoice.</source>
        <translation>Imputez le crédit d&apos;un client facture par facture.</translation>
    </message>
    <message>
        <source>%1 has no open invoice to pay.</source>
        <translation>%1 n&apos;a aucune facture ouverte à payer.</translation>
    </message>
    <message>
        <source>An invoice is named twice.</source>
        <translation>Une facture est indiquée deux fois.</translation>
    </message>
    <message>
        <source>%1 is not an invoice of %2.</source>
        <translation>%1 n&apos;est pas une facture de %2.</translation>
    </message>
    <message>
        <source>The amounts given to the invoices add up to more than the %1 received.</source>
        <translation>Les montants affectés aux factures dépassent les %1 reçus.</translation>
    </message>
    <message>
        <source>Over-payment refused: %1 of the %2 received is left over after paying the invoices. To keep it as the customer&apos;s credit, record it with --overpayment credit.</source>
        <translation>Trop-perçu refusé : il reste %1 des %2 reçus après le paiement des factures. Pour le conserver comme crédit du client, enregistrez-le avec --overpayment credit.</translation>
    </message>
    <message>
        <source>Nothing was paid.</source>
        <translation>Rien n&apos;a été payé.</translation>
    </message>
    <message>
        <source>Payment %1 applied the customer&apos;s credit: it cannot be reversed. Credit the invoice or pay the credit back instead.</source>
        <translation>Le paiement %1 a imputé le crédit du client : il ne peut pas être annulé. Émettez plutôt un avoir sur la facture ou remboursez le crédit.</translation>
    </message>
    <message>
        <source>Payment %1 was collected by direct debit: record the returned debit instead (direct-debit return).</source>
        <translation>Le paiement %1 a été encaissé par prélèvement : enregistrez plutôt le rejet du prélèvement (direct-debit return).</translation>
    </message>
    <message>
        <source>A refund is paid by bank transfer, card, cash, cheque or other means.</source>
        <translation>Un remboursement se paie par virement, carte, espèces, chèque ou autre moyen.</translation>
    </message>
</context>
<context>
    <name>PaymentSettingsWidget</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Write-off limit</source>
        <translation>Plafond de passage en perte</translation>
    </message>
    <message>
        <source>A difference up to this amount may be written off by anyone; above it only by a manager (0: managers only).</source>
        <translation>Un écart jusqu&apos;à ce montant peut être passé en perte par tout utilisateur ; au-delà, seulement par un responsable (0 : responsables uniquement).</translation>
    </message>
    <message>
        <source>SEPA creditor identifier</source>
        <translation>Identifiant créancier SEPA (ICS)</translation>
    </message>
    <message>
        <source>Payment settings saved.</source>
        <translation>Paramètres de paiement enregistrés.</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Passage en perte</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Search invoice number, customer, reference</source>
        <translation>Rechercher un numéro de facture, un client, une référence</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>The 500 most recent payments; search to find older ones.</source>
        <translation>Les 500 paiements les plus récents ; recherchez pour trouver les plus anciens.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n paiement.</numerusform>
            <numerusform>%n paiements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of the invoice that was paid.</source>
        <translation>Saisissez le numéro de la facture payée.</translation>
    </message>
    <message>
        <source>No payments recorded yet.</source>
        <translation>Aucun paiement enregistré pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>%1 is not a server location. Write it as postgresql://user@host[:port]/database (optionally ?sslmode=require).</source>
        <translation>%1 n&apos;est pas une adresse de serveur. Écrivez-la sous la forme postgresql://user@host[:port]/database (éventuellement ?sslmode=require).</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name or password. Check the password (or ~/.pgpass) and try again.</source>
        <translation>Le serveur %1 n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe. Vérifiez le mot de passe (ou ~/.pgpass) et réessayez.</translation>
    </message>
    <message>
        <source>The server %1 has no such database or user: %2</source>
        <translation>Le serveur %1 n&apos;a pas cette base de données ou cet utilisateur : %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it may be down or the address may be wrong. Nothing was changed; try again when it is back.</source>
        <translation>Le serveur %1 est injoignable : il est peut-être arrêté, ou l&apos;adresse est erronée. Rien n&apos;a été modifié ; réessayez quand il sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost: nothing of the work in progress was saved. Reconnect and try again (%2).</source>
        <translation>La connexion au serveur %1 a été perdue : rien du travail en cours n&apos;a été enregistré. Reconnectez-vous et réessayez (%2).</translation>
    </message>
    <message>
        <source>The server %1 reported an error: %2</source>
        <translation>Le serveur %1 a signalé une erreur : %2</translation>
    </message>
    <message>
        <source>A part of this work failed, so none of it was saved.</source>
        <translation>Une partie de ce travail a échoué : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The server did not save this work: %1</source>
        <translation>Le serveur n&apos;a pas enregistré ce travail : %1</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, and the location asks for one (sslmode=%2). Ask its administrator to turn encryption (SSL) on, or choose a weaker setting if the network is trusted. Nothing was changed.</source>
        <translation>Le serveur %1 ne propose pas de connexion chiffrée, et l&apos;adresse en exige une (sslmode=%2). Demandez à son administrateur d&apos;activer le chiffrement (SSL), ou choisissez un réglage moins strict si le réseau est de confiance. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server %1 could not prove who it is with its certificate (%2). Check the encryption setting and the server&apos;s certificate with its administrator.</source>
        <translation>Le serveur %1 n&apos;a pas pu prouver son identité avec son certificat (%2). Vérifiez le réglage de chiffrement et le certificat du serveur avec son administrateur.</translation>
    </message>
</context>
<context>
    <name>PgCopyIn</name>
    <message>
        <source>Could not copy the rows of %1 to the server: %2</source>
        <translation>Impossible de copier les lignes de %1 vers le serveur : %2</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <source>The server script %1 is missing from this build.</source>
        <translation>Le script serveur %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>%1 is not a role name: use lower-case letters, digits and _.</source>
        <translation>%1 n&apos;est pas un nom de rôle : utilisez des lettres minuscules, des chiffres et _.</translation>
    </message>
    <message>
        <source>The role %1 does not exist and this user may not create it: ask the server&apos;s administrator to run CREATE ROLE %1 NOLOGIN, then try again. Nothing was changed.</source>
        <translation>Le rôle %1 n&apos;existe pas et cet utilisateur n&apos;a pas le droit de le créer : demandez à l&apos;administrateur du serveur d&apos;exécuter CREATE ROLE %1 NOLOGIN, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Setting up schema %1</source>
        <translation>Mise en place du schéma %1</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2 tables): a company is set up only in an empty database. Nothing was changed.</source>
        <translation>La base de données %1 n&apos;est pas vide (%2 tables) : une entreprise ne peut être créée que dans une base de données vide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database %1 holds no Facturo company: set one up with `server init`.</source>
        <translation>La base de données %1 ne contient aucune entreprise Facturo : créez-en une avec `server init`.</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>address line 1</source>
        <translation>ligne d&apos;adresse 1</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>ligne d&apos;adresse 2</translation>
    </message>
    <message>
        <source>address line 3</source>
        <translation>ligne d&apos;adresse 3</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country subdivision</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country line</source>
        <translation>ligne du pays</translation>
    </message>
    <message>
        <source>postcode prefix</source>
        <translation>préfixe du code postal</translation>
    </message>
    <message>
        <source>The %1 is one line.</source>
        <translation>Le champ %1 tient sur une seule ligne.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Le champ %1 est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 country code (such as FR, DE or BE).</source>
        <translation>« %1 » n&apos;est pas un code pays ISO 3166-1 (comme FR, DE ou BE).</translation>
    </message>
    <message>
        <source>The address needs its country (an ISO 3166-1 code such as FR, DE or BE).</source>
        <translation>L&apos;adresse doit comporter son pays (un code ISO 3166-1 comme FR, DE ou BE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postcode of %2.</source>
        <translation>« %1 » n&apos;est pas un code postal valide pour %2.</translation>
    </message>
</context>
<context>
    <name>PostalAddressFields</name>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Building, floor, P.O. box (optional)</source>
        <translation>Bâtiment, étage, boîte postale (facultatif)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region or state, when the post needs it</source>
        <translation>Région ou État, lorsque la poste l&apos;exige</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Street 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <source>Postcode, city</source>
        <translation>Code postal, ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>PostedDocumentWidget</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Register payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Avoir…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Record money received (Ctrl+Shift+P)</source>
        <translation>Enregistrer l&apos;argent reçu (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>‹ Invoices</source>
        <translation>‹ Factures</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · en retard depuis le %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issued %1 · service date %2</source>
        <translation>Émise le %1 · prestation du %2</translation>
    </message>
    <message>
        <source>Due %1 (%2 days)</source>
        <translation>Échéance %1 (%2 jours)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Credits %1 · reason: %2</source>
        <translation>Crédite %1 · motif : %2</translation>
    </message>
    <message>
        <source>Posted by %1 on %2</source>
        <translation>Validée par %1 le %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvée par %1</translation>
    </message>
    <message>
        <source>Internal: %1</source>
        <translation>Interne : %1</translation>
    </message>
    <message>
        <source>Owed to customer&lt;br&gt;%1</source>
        <translation>Dû au client&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Amount due&lt;br&gt;%1</source>
        <translation>Reste dû&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Paiements (%1)</translation>
    </message>
    <message>
        <source>Credit notes (%1)</source>
        <translation>Avoirs (%1)</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
    <message>
        <source>A payment recorded by mistake is undone by a reversal entry; it is never deleted.</source>
        <translation>Un paiement enregistré par erreur est annulé par une écriture d&apos;annulation ; il n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>Enregistrer un remboursement…</translation>
    </message>
    <message>
        <source>Select a payment that is not reversed yet.</source>
        <translation>Sélectionnez un paiement qui n&apos;est pas encore annulé.</translation>
    </message>
    <message>
        <source>Reverse payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Reverse the payment of %1 of %2? Why?</source>
        <translation>Annuler le paiement de %1 du %2 ? Pourquoi ?</translation>
    </message>
    <message>
        <source>Recorded by mistake</source>
        <translation>Enregistré par erreur</translation>
    </message>
    <message>
        <source>Payment reversed on %1.</source>
        <translation>Paiement annulé sur %1.</translation>
    </message>
    <message>
        <source>%1 sent to the printer.</source>
        <translation>%1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Email the document with its PDF to the customer</source>
        <translation>Envoyer le document au client par e-mail, avec son PDF</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>%1 exported as PDF.</source>
        <translation>%1 exporté en PDF.</translation>
    </message>
    <message>
        <source>Send a reminder now…</source>
        <translation>Envoyer une relance maintenant…</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Litige…</translation>
    </message>
    <message>
        <source>Close the dispute…</source>
        <translation>Clore le litige…</translation>
    </message>
    <message>
        <source>%1 · disputed: %2</source>
        <translation>%1 · contestée : %2</translation>
    </message>
    <message>
        <source>%1 is in the outbox: it goes out as soon as the mail server answers.</source>
        <translation>%1 est dans la boîte d&apos;envoi : il partira dès que le serveur de messagerie répondra.</translation>
    </message>
    <message>
        <source>Only an overdue invoice with an amount due can be reminded.</source>
        <translation>Seule une facture en retard avec un reste dû peut être relancée.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Envoyer une relance</translation>
    </message>
    <message>
        <source>Send the next reminder for %1 by email now, with the reminder letter attached?</source>
        <translation>Envoyer maintenant par e-mail la prochaine relance pour %1, avec la lettre de relance en pièce jointe ?</translation>
    </message>
    <message>
        <source>Reminder %1 for %2 is in the outbox.</source>
        <translation>La relance de niveau %1 pour %2 est dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder goes out for it.</source>
        <translation>%1 est contestée : aucune relance ne sera envoyée pour elle.</translation>
    </message>
    <message>
        <source>The dispute on %1 is closed.</source>
        <translation>Le litige sur %1 est clos.</translation>
    </message>
    <message>
        <source>Close the dispute</source>
        <translation>Clore le litige</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>How was the dispute on %1 settled?</source>
        <translation>Comment le litige sur %1 a-t-il été réglé ?</translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder goes out for it until the dispute is closed.</source>
        <translation>Pourquoi le client conteste-t-il %1 ? Aucune relance ne sera envoyée tant que le litige n&apos;est pas clos.</translation>
    </message>
    <message>
        <source>Sent by email on %1 to %2</source>
        <translation>Envoyé par e-mail le %1 à %2</translation>
    </message>
    <message>
        <source>Export e-invoice…</source>
        <translation>Exporter la facture électronique…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Buyer reference %1</source>
        <translation>Référence de l&apos;acheteur %1</translation>
    </message>
</context>
<context>
    <name>PostedTotalsRepository</name>
    <message>
        <source>read the documents to check them</source>
        <translation>lire les documents pour les vérifier</translation>
    </message>
</context>
<context>
    <name>PostingService</name>
    <message>
        <source>the seller&apos;s name (Settings › Company)</source>
        <translation>le nom du vendeur (Paramètres › Entreprise)</translation>
    </message>
    <message>
        <source>the seller&apos;s address (Settings › Company)</source>
        <translation>l&apos;adresse du vendeur (Paramètres › Entreprise)</translation>
    </message>
    <message>
        <source>the seller&apos;s VAT id (Settings › Company)</source>
        <translation>le n° de TVA du vendeur (Paramètres › Entreprise)</translation>
    </message>
    <message>
        <source>the seller&apos;s bank details, IBAN (Settings › Company)</source>
        <translation>les coordonnées bancaires du vendeur, IBAN (Paramètres › Entreprise)</translation>
    </message>
    <message>
        <source>the customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>the customer&apos;s billing address (customer %1)</source>
        <translation>l&apos;adresse de facturation du client (client %1)</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for reverse charge (customer %1)</source>
        <translation>le n° de TVA du client, requis en autoliquidation (client %1)</translation>
    </message>
    <message>
        <source>at least one line</source>
        <translation>au moins une ligne</translation>
    </message>
    <message>
        <source>the date of supply (service date)</source>
        <translation>la date de livraison (date de prestation)</translation>
    </message>
    <message>
        <source>a total that is not negative (the total is %1)</source>
        <translation>un total non négatif (le total est de %1)</translation>
    </message>
    <message>
        <source>a credit note with a positive total</source>
        <translation>un avoir au total positif</translation>
    </message>
    <message>
        <source>a posted invoice to credit</source>
        <translation>une facture validée à créditer</translation>
    </message>
    <message>
        <source>a manager&apos;s approval: the total %1 is above the approval threshold of %2</source>
        <translation>l&apos;approbation d&apos;un responsable : le total %1 dépasse le seuil d&apos;approbation de %2</translation>
    </message>
    <message>
        <source>%1 is already posted.</source>
        <translation>%1 est déjà validé.</translation>
    </message>
    <message>
        <source>%1 is in the trash: restore it before posting.</source>
        <translation>%1 est à la corbeille : restaurez-le avant de le valider.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: it needs %2.</source>
        <translation>%1 ne peut pas être validé : il manque %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 cannot be posted: with the credit notes already posted it would credit %2, more than the %3 invoiced on %4.</source>
        <translation>%1 ne peut pas être validé : avec les avoirs déjà validés, il créditerait %2, plus que les %3 facturés sur %4.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: line &quot;%2&quot; of %3 can only be credited %4 more (invoiced %5).</source>
        <translation>%1 ne peut pas être validé : la ligne « %2 » de %3 ne peut plus être créditée que de %4 (facturé %5).</translation>
    </message>
    <message>
        <source>%1 cannot be posted: at %2 %3 %, it would credit %4 net, more than the %5 left on %6.</source>
        <translation>%1 ne peut pas être validé : pour %2 %3 %, il créditerait %4 HT, plus que les %5 restants sur %6.</translation>
    </message>
    <message>
        <source>the customer&apos;s VAT id, required for an intra-EU supply (customer %1)</source>
        <translation>le n° de TVA du client, requis pour une livraison intracommunautaire (client %1)</translation>
    </message>
    <message>
        <source>%1 cannot be posted with the date of today, %2: %3 was already issued on %4, and numbers follow the dates of issue. Is the computer&apos;s clock set back? Nothing was posted.</source>
        <translation>%1 ne peut pas être validé à la date d&apos;aujourd&apos;hui, %2 : %3 a déjà été émis le %4, et les numéros suivent les dates d&apos;émission. L&apos;horloge de l&apos;ordinateur a-t-elle été reculée ? Rien n&apos;a été validé.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: no free payment reference was found for it.</source>
        <translation>%1 ne peut pas être validée : aucune référence de paiement libre n&apos;a été trouvée pour elle.</translation>
    </message>
    <message>
        <source>%1 cannot be posted: the payment link of the company settings is not valid</source>
        <translation>%1 ne peut pas être validée : le lien de paiement des paramètres de l&apos;entreprise n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QuotationDialog</name>
    <message>
        <source>New quotation</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>What the quotation is for</source>
        <translation>Objet du devis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Total %1 (net %2, tax %3)</source>
        <translation>Total %1 (HT %2, TVA %3)</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Choisissez un client dans la liste (tapez une partie du nom).</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>Quotation for %1 saved as a draft.</source>
        <translation>Devis pour %1 enregistré en brouillon.</translation>
    </message>
</context>
<context>
    <name>QuotationRepository</name>
    <message>
        <source>create the quotation</source>
        <translation>créer le devis</translation>
    </message>
    <message>
        <source>save the quotation lines</source>
        <translation>enregistrer les lignes du devis</translation>
    </message>
    <message>
        <source>save the quotation</source>
        <translation>enregistrer le devis</translation>
    </message>
    <message>
        <source>change the status of the quotation</source>
        <translation>changer le statut du devis</translation>
    </message>
    <message>
        <source>read quotation %1</source>
        <translation>lire le devis %1</translation>
    </message>
    <message>
        <source>Quotation %1 does not exist.</source>
        <translation>Le devis %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the quotation lines</source>
        <translation>lire les lignes du devis</translation>
    </message>
    <message>
        <source>list the quotations</source>
        <translation>lister les devis</translation>
    </message>
</context>
<context>
    <name>QuotationService</name>
    <message>
        <source>A quotation cannot expire before it is issued.</source>
        <translation>Un devis ne peut pas expirer avant d&apos;être émis.</translation>
    </message>
    <message>
        <source>Quotation %1 is already closed.</source>
        <translation>Le devis %1 est déjà clos.</translation>
    </message>
    <message>
        <source>Quotation %1 was sent: its lines can no longer change.</source>
        <translation>Le devis %1 a été envoyé : ses lignes ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>A quotation needs at least one line before it is sent.</source>
        <translation>Un devis doit avoir au moins une ligne avant d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
</context>
<context>
    <name>QuotationsPage</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Draft #%1</source>
        <translation>Brouillon n°%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Accept → service order</source>
        <translation>Accepter → intervention</translation>
    </message>
    <message>
        <source>Accept → invoice</source>
        <translation>Accepter → facture</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expirer</translation>
    </message>
    <message>
        <source>Search number or customer</source>
        <translation>Rechercher un numéro ou un client</translation>
    </message>
    <message>
        <source>Quotation %1 sent.</source>
        <translation>Devis %1 envoyé.</translation>
    </message>
    <message>
        <source>Quotation accepted: service order created.</source>
        <translation>Devis accepté : intervention créée.</translation>
    </message>
    <message>
        <source>Quotation accepted: draft invoice created.</source>
        <translation>Devis accepté : brouillon de facture créé.</translation>
    </message>
    <message>
        <source>Quotation declined.</source>
        <translation>Devis refusé.</translation>
    </message>
    <message>
        <source>Quotation expired.</source>
        <translation>Devis expiré.</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Select a quotation.</source>
        <translation>Sélectionnez un devis.</translation>
    </message>
    <message>
        <source>New quotation…</source>
        <translation>Nouveau devis…</translation>
    </message>
    <message>
        <source>No quotations yet.</source>
        <translation>Aucun devis pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Apply to these</source>
        <translation>Imputer sur celles-ci</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Importer un relevé…</translation>
    </message>
    <message>
        <source>Apply exact references</source>
        <translation>Appliquer les références exactes</translation>
    </message>
    <message>
        <source>No bank entry waits: import a statement.</source>
        <translation>Aucune opération bancaire en attente : importez un relevé.</translation>
    </message>
    <message>
        <source>Other invoices: INV-2026-00012=50.00, INV-2026-00013</source>
        <translation>Autres factures : INV-2026-00012=50.00, INV-2026-00013</translation>
    </message>
    <message>
        <source>Proposals for the selected entry, best first:</source>
        <translation>Propositions pour l&apos;opération sélectionnée, de la meilleure à la moins bonne :</translation>
    </message>
    <message>
        <source>Import a bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <source>ISO 20022 statements (*.xml);;All files (*)</source>
        <translation>Relevés ISO 20022 (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message numerus="yes">
        <source>%n open entries</source>
        <translation>
            <numerusform>%n opération en attente</numerusform>
            <numerusform>%n opérations en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with a proposal</source>
        <translation>
            <numerusform>, %n avec une proposition</numerusform>
            <numerusform>, %n avec une proposition</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied from bank entry %2.</source>
        <translation>%1 imputé depuis l&apos;opération bancaire %2.</translation>
    </message>
    <message>
        <source>Type the invoice numbers to apply the entry to.</source>
        <translation>Saisissez les numéros des factures sur lesquelles imputer l&apos;opération.</translation>
    </message>
    <message>
        <source>Bank entry %1 left aside.</source>
        <translation>Opération bancaire %1 laissée de côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n bank entries applied by their reference.</source>
        <translation>
            <numerusform>%n opération bancaire imputée grâce à sa référence.</numerusform>
            <numerusform>%n opérations bancaires imputées grâce à leur référence.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries read: %2 new, %3 already known.</source>
        <translation>%1 opérations lues : %2 nouvelles, %3 déjà connues.</translation>
    </message>
    <message numerus="yes">
        <source>%n applied by their reference.</source>
        <translation>
            <numerusform>%n imputée grâce à sa référence.</numerusform>
            <numerusform>%n imputées grâce à leur référence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPaymentDialog</name>
    <message>
        <source>Register payment — %1</source>
        <translation>Enregistrer un paiement — %1</translation>
    </message>
    <message>
        <source>Bank statement line, cheque number…</source>
        <translation>Ligne de relevé bancaire, numéro de chèque…</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Amount due: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 · %2&lt;br&gt;Reste dû : &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2; %3 still due.</source>
        <translation>Paiement de %1 enregistré sur %2 ; reste dû %3.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid.</source>
        <translation>Paiement de %1 enregistré : %2 est payée.</translation>
    </message>
    <message>
        <source>Record refund — %1</source>
        <translation>Enregistrer un remboursement — %1</translation>
    </message>
    <message>
        <source>%1 · %2&lt;br&gt;Owed to the customer: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 · %2&lt;br&gt;Dû au client : &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>Refund of %1 recorded on %2.</source>
        <translation>Remboursement de %1 enregistré sur %2.</translation>
    </message>
    <message>
        <source>Customer credit (%1 available)</source>
        <translation>Crédit client (%1 disponible)</translation>
    </message>
    <message>
        <source>Keep the excess as the customer&apos;s credit</source>
        <translation>Conserver l&apos;excédent comme crédit du client</translation>
    </message>
    <message>
        <source>Difference written off</source>
        <translation>Écart passé en perte</translation>
    </message>
    <message>
        <source>Payment of %1 recorded: %2 is paid and %3 kept as the customer&apos;s credit.</source>
        <translation>Paiement de %1 enregistré : %2 est payée et %3 est conservé comme crédit du client.</translation>
    </message>
    <message>
        <source>Keep the excess of %1 as the customer&apos;s credit</source>
        <translation>Conserver l&apos;excédent de %1 comme crédit du client</translation>
    </message>
    <message>
        <source>Write off the difference of %1</source>
        <translation>Passer en perte l&apos;écart de %1</translation>
    </message>
    <message>
        <source>Write off the difference of %1 (a manager&apos;s decision: above %2)</source>
        <translation>Passer en perte l&apos;écart de %1 (décision d&apos;un responsable : au-delà de %2)</translation>
    </message>
    <message>
        <source>Write off the difference</source>
        <translation>Passer l&apos;écart en perte</translation>
    </message>
</context>
<context>
    <name>ReminderChannel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Recorded by hand</source>
        <translation>Enregistré à la main</translation>
    </message>
</context>
<context>
    <name>ReminderDisputeRepository</name>
    <message>
        <source>read the dispute of document %1</source>
        <translation>lire le litige du document %1</translation>
    </message>
    <message>
        <source>mark the invoice as disputed</source>
        <translation>marquer la facture comme contestée</translation>
    </message>
    <message>
        <source>The invoice is already marked as disputed.</source>
        <translation>La facture est déjà marquée comme contestée.</translation>
    </message>
    <message>
        <source>close the dispute</source>
        <translation>clore le litige</translation>
    </message>
    <message>
        <source>The invoice is not disputed.</source>
        <translation>La facture n&apos;est pas contestée.</translation>
    </message>
    <message>
        <source>count the disputed invoices</source>
        <translation>compter les factures contestées</translation>
    </message>
</context>
<context>
    <name>ReminderDueModel</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Pénalité de retard</translation>
    </message>
</context>
<context>
    <name>ReminderFeeRepository</name>
    <message>
        <source>read the late-fee rules</source>
        <translation>lire les règles de pénalités de retard</translation>
    </message>
    <message>
        <source>read the late fee of level %1</source>
        <translation>lire la pénalité du niveau %1</translation>
    </message>
    <message>
        <source>save the late fee of level %1</source>
        <translation>enregistrer la pénalité du niveau %1</translation>
    </message>
    <message>
        <source>remove the late fee of level %1</source>
        <translation>supprimer la pénalité du niveau %1</translation>
    </message>
</context>
<context>
    <name>ReminderFeeService</name>
    <message>
        <source>Only a manager can change the late fees.</source>
        <translation>Seul un responsable peut modifier les pénalités de retard.</translation>
    </message>
    <message>
        <source>A late fee belongs to a reminder level from 1 to 99.</source>
        <translation>Une pénalité de retard appartient à un niveau de relance de 1 à 99.</translation>
    </message>
    <message>
        <source>A late fee must be more than zero.</source>
        <translation>Une pénalité de retard doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A late fee percentage cannot exceed 100 %.</source>
        <translation>Un pourcentage de pénalité ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>The late fee is too large.</source>
        <translation>La pénalité de retard est trop élevée.</translation>
    </message>
    <message>
        <source>Late-payment compensation, outside the scope of VAT</source>
        <translation>Indemnité pour retard de paiement, hors champ de la TVA</translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee.</source>
        <translation>Le niveau de relance %1 n&apos;a pas de pénalité.</translation>
    </message>
    <message>
        <source>The reminder of %1 (level %2) already has its late fee (draft #%3).</source>
        <translation>La relance de %1 (niveau %2) a déjà sa pénalité (brouillon n°%3).</translation>
    </message>
    <message>
        <source>Reminder level %1 has no late fee: set one in the reminder settings.</source>
        <translation>Le niveau de relance %1 n&apos;a pas de pénalité : définissez-en une dans les paramètres de relance.</translation>
    </message>
    <message>
        <source>The late fee on %1 rounds to zero: no draft was created.</source>
        <translation>La pénalité sur %1 s&apos;arrondit à zéro : aucun brouillon n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Late-payment fee: reminder %1 for invoice %2 of %3</source>
        <translation>Pénalité de retard : relance %1 pour la facture %2 du %3</translation>
    </message>
    <message>
        <source>Late-payment fee for invoice %1, due on %2.</source>
        <translation>Pénalité de retard pour la facture %1, échue le %2.</translation>
    </message>
    <message>
        <source>Late fee of reminder level %1 for %2</source>
        <translation>Pénalité du niveau de relance %1 pour %2</translation>
    </message>
</context>
<context>
    <name>ReminderLetterPrinter</name>
    <message>
        <source>Reminder to %1</source>
        <translation>Relance à %1</translation>
    </message>
    <message>
        <source>Reminder-%1.pdf</source>
        <translation>Relance-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReminderOutboxDispatcher</name>
    <message>
        <source>Only a manager can change the reminder texts.</source>
        <translation>Seul un responsable peut modifier les textes de relance.</translation>
    </message>
    <message>
        <source>The first reminder uses the reminder mail template (Settings › Mail).</source>
        <translation>La première relance utilise le modèle de message de relance (Paramètres › Messagerie).</translation>
    </message>
    <message>
        <source>There are reminder texts in English, French and German (en, fr, de).</source>
        <translation>Il existe des textes de relance en anglais, français et allemand (en, fr, de).</translation>
    </message>
</context>
<context>
    <name>ReminderPolicy</name>
    <message>
        <source>Reminder levels must be increasing numbers of days from 1 to 365, such as 7,14,30 (not &quot;%1&quot;).</source>
        <translation>Les niveaux de relance doivent être des nombres de jours croissants de 1 à 365, comme 7,14,30 (pas « %1 »).</translation>
    </message>
</context>
<context>
    <name>ReminderRepository</name>
    <message>
        <source>list the invoices to remind</source>
        <translation>lister les factures à relancer</translation>
    </message>
    <message>
        <source>read invoice %1</source>
        <translation>lire la facture %1</translation>
    </message>
    <message>
        <source>Document %1 is not an invoice.</source>
        <translation>Le document %1 n&apos;est pas une facture.</translation>
    </message>
    <message>
        <source>record the reminder</source>
        <translation>enregistrer la relance</translation>
    </message>
    <message>
        <source>link the late fee to the reminder</source>
        <translation>rattacher la pénalité à la relance</translation>
    </message>
    <message>
        <source>Reminder %1 already has a late fee.</source>
        <translation>La relance %1 a déjà une pénalité.</translation>
    </message>
    <message>
        <source>link the email to the reminder</source>
        <translation>rattacher l&apos;e-mail à la relance</translation>
    </message>
    <message>
        <source>Reminder %1 was already queued for sending.</source>
        <translation>La relance %1 a déjà été mise en file d&apos;envoi.</translation>
    </message>
    <message>
        <source>read reminder %1</source>
        <translation>lire la relance %1</translation>
    </message>
    <message>
        <source>Reminder %1 does not exist.</source>
        <translation>La relance %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the reminders of document %1</source>
        <translation>lire les relances du document %1</translation>
    </message>
    <message>
        <source>list the reminders sent</source>
        <translation>lister les relances envoyées</translation>
    </message>
    <message>
        <source>count the invoices to remind</source>
        <translation>compter les factures à relancer</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>%1 is a credit note: only invoices are reminded.</source>
        <translation>%1 est un avoir : seules les factures sont relancées.</translation>
    </message>
    <message>
        <source>%1 is a draft: only posted invoices are reminded.</source>
        <translation>%1 est un brouillon : seules les factures validées sont relancées.</translation>
    </message>
    <message>
        <source>%1 has nothing left to pay: no reminder is needed.</source>
        <translation>%1 n&apos;a plus rien à payer : aucune relance n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>%1 is disputed (%2): close the dispute before reminding the customer.</source>
        <translation>%1 est contestée (%2) : clôturez le litige avant de relancer le client.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>%1 is marked &quot;no reminders&quot;: no reminder is sent for %2.</source>
        <translation>%1 est marqué « pas de relances » : aucune relance n&apos;est envoyée pour %2.</translation>
    </message>
    <message>
        <source>No reminder levels are set (Settings › Company › Reminders).</source>
        <translation>Aucun niveau de relance n&apos;est défini (Paramètres › Entreprise › Relances).</translation>
    </message>
    <message>
        <source>A reminder cannot be recorded for a future date (%1).</source>
        <translation>Une relance ne peut pas être enregistrée à une date future (%1).</translation>
    </message>
    <message>
        <source>%1 is not overdue yet: it is due on %2.</source>
        <translation>%1 n&apos;est pas encore en retard : échéance le %2.</translation>
    </message>
    <message>
        <source>Every reminder level of %1 was already sent (the last, level %2, on %3).</source>
        <translation>Tous les niveaux de relance de %1 ont déjà été envoyés (le dernier, niveau %2, le %3).</translation>
    </message>
    <message>
        <source>The level %1 reminder of %2 was already sent on %3: a level is never sent twice.</source>
        <translation>La relance de niveau %1 de %2 a déjà été envoyée le %3 : un niveau n&apos;est jamais envoyé deux fois.</translation>
    </message>
    <message>
        <source>%1 already had a level %2 reminder: a lower level is not sent after it.</source>
        <translation>%1 a déjà eu une relance de niveau %2 : un niveau inférieur n&apos;est pas envoyé après.</translation>
    </message>
    <message>
        <source>There is no reminder level %1 (levels: %2).</source>
        <translation>Il n&apos;y a pas de niveau de relance %1 (niveaux : %2).</translation>
    </message>
    <message>
        <source>Reminders cannot be recorded for a future date (%1): use a dry run to see what will be due.</source>
        <translation>Les relances ne peuvent pas être enregistrées à une date future (%1) : faites un essai à blanc pour voir ce qui sera dû.</translation>
    </message>
    <message>
        <source>Only a posted invoice can be disputed (%1 is not one).</source>
        <translation>Seule une facture validée peut être contestée (%1 n&apos;en est pas une).</translation>
    </message>
    <message>
        <source>%1 is not disputed.</source>
        <translation>%1 n&apos;est pas contestée.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Invoice the late fee</source>
        <translation>Facturer la pénalité</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Send by email</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Imprimer le courrier</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>Dispute…</source>
        <translation>Litige…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Level %1 (%2 days)</source>
        <translation>Niveau %1 (%2 jours)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) due for a reminder.</source>
        <translation>
            <numerusform>%n facture à relancer.</numerusform>
            <numerusform>%n factures à relancer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reminder level %1 to %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Relance de niveau %1 à %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Overdue invoices of this customer:&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Invoice&lt;/th&gt;&lt;th&gt;Due&lt;/th&gt;&lt;th&gt;Days overdue&lt;/th&gt;&lt;th&gt;Amount due&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;Factures en retard de ce client :&lt;/p&gt;&lt;table cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Facture&lt;/th&gt;&lt;th&gt;Échéance&lt;/th&gt;&lt;th&gt;Jours de retard&lt;/th&gt;&lt;th&gt;Reste dû&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&quot;3&quot;&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&quot;3&quot;&gt;&lt;b&gt;Total&lt;/b&gt;&lt;/td&gt;&lt;td align=&quot;right&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Late fee of this level: %1 (invoiced only when asked for).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pénalité de ce niveau : %1 (facturée seulement sur demande).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Create %n late-fee draft invoice(s), %1 in all?</source>
        <translation>
            <numerusform>Créer %n brouillon de facture de pénalité, %1 au total ?</numerusform>
            <numerusform>Créer %n brouillons de facture de pénalité, %1 au total ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded.</source>
        <translation>
            <numerusform>%n relance enregistrée.</numerusform>
            <numerusform>%n relances enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) recorded</source>
        <translation>
            <numerusform>%n relance enregistrée</numerusform>
            <numerusform>%n relances enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Why does the customer dispute %1? No reminder is sent for it until the dispute is closed (Invoices › History).</source>
        <translation>Pourquoi le client conteste-t-il %1 ? Aucune relance n&apos;est envoyée tant que le litige n&apos;est pas clos (Factures › Historique).</translation>
    </message>
    <message>
        <source>%1 is disputed: no reminder will be sent.</source>
        <translation>%1 est contestée : aucune relance ne sera envoyée.</translation>
    </message>
    <message>
        <source>%1 disputed</source>
        <translation>%1 contestée</translation>
    </message>
    <message>
        <source>A day to come only shows what will be due: reminders are recorded as of today or an earlier day.</source>
        <translation>Une date future montre seulement ce qui sera dû : les relances sont enregistrées à la date du jour ou à une date antérieure.</translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sent on %1 by %2%3, in %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;À envoyer le %1 par %2%3, en %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No invoice is due for a reminder on this day.</source>
        <translation>Aucune facture n&apos;est à relancer ce jour-là.</translation>
    </message>
</context>
<context>
    <name>ReportChartWidget</name>
    <message>
        <source>Receivables by age</source>
        <translation>Créances par ancienneté</translation>
    </message>
    <message>
        <source>Net sales and collected, by month</source>
        <translation>Ventes HT et encaissements, par mois</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes HT</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>read the receivables</source>
        <translation>lire les créances</translation>
    </message>
    <message>
        <source>total the sales by month</source>
        <translation>totaliser les ventes par mois</translation>
    </message>
    <message>
        <source>total the sales by customer</source>
        <translation>totaliser les ventes par client</translation>
    </message>
    <message>
        <source>total the sales by item</source>
        <translation>totaliser les ventes par article</translation>
    </message>
    <message>
        <source>total the tax by rate</source>
        <translation>totaliser la TVA par taux</translation>
    </message>
    <message>
        <source>total the payments</source>
        <translation>totaliser les paiements</translation>
    </message>
    <message>
        <source>total the invoices of the period</source>
        <translation>totaliser les factures de la période</translation>
    </message>
    <message>
        <source>measure the days to pay</source>
        <translation>mesurer les délais de paiement</translation>
    </message>
    <message>
        <source>read the invoice register</source>
        <translation>lire le registre des factures</translation>
    </message>
    <message>
        <source>total the invoice register</source>
        <translation>totaliser le registre des factures</translation>
    </message>
</context>
<context>
    <name>ReportSalesTables</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Credited net</source>
        <translation>HT crédité</translation>
    </message>
    <message>
        <source>Credited tax</source>
        <translation>TVA créditée</translation>
    </message>
    <message>
        <source>Credited gross</source>
        <translation>TTC crédité</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Ventes HT</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity (net of credits)</source>
        <translation>Quantité (nette des avoirs)</translation>
    </message>
    <message>
        <source>Invoiced net</source>
        <translation>HT facturé</translation>
    </message>
    <message>
        <source>%1 lines not from the catalog</source>
        <translation>%1 lignes hors catalogue</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <source>Taxable base</source>
        <translation>Base imposable</translation>
    </message>
    <message>
        <source>Credited base</source>
        <translation>Base créditée</translation>
    </message>
    <message>
        <source>Net base</source>
        <translation>Base nette</translation>
    </message>
    <message>
        <source>Net tax</source>
        <translation>TVA nette</translation>
    </message>
    <message>
        <source>Tax due for the period</source>
        <translation>TVA due pour la période</translation>
    </message>
    <message>
        <source>Net taxable base</source>
        <translation>Base imposable nette</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
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
        <translation>Documents</translation>
    </message>
    <message>
        <source>Gross (credit notes negative)</source>
        <translation>TTC (avoirs en négatif)</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Aged receivables</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <source>Sales by month</source>
        <translation>Ventes par mois</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>Ventes par client</translation>
    </message>
    <message>
        <source>Sales by item</source>
        <translation>Ventes par article</translation>
    </message>
    <message>
        <source>Tax summary</source>
        <translation>Récapitulatif de TVA</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Invoice register</source>
        <translation>Registre des factures</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>La période commence (%1) après sa fin (%2).</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot; (reports: %2).</source>
        <translation>Il n&apos;y a pas de rapport « %1 » (rapports : %2).</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>N° client</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1-30 jours</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 jours</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 jours</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Plus de 90 jours</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Créances</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Documents ouverts</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Invoiced in the period (less credit notes)</source>
        <translation>Facturé sur la période (moins les avoirs)</translation>
    </message>
    <message>
        <source>Paid of it so far</source>
        <translation>Dont payé à ce jour</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Taux de recouvrement</translation>
    </message>
    <message>
        <source>Invoices paid in full</source>
        <translation>Factures payées intégralement</translation>
    </message>
    <message>
        <source>Average days to pay</source>
        <translation>Délai moyen de paiement</translation>
    </message>
    <message>
        <source>Average days late</source>
        <translation>Retard moyen</translation>
    </message>
    <message>
        <source>Receivables at the end</source>
        <translation>Créances en fin de période</translation>
    </message>
    <message>
        <source>Days sales outstanding (DSO)</source>
        <translation>Délai moyen de recouvrement (DSO)</translation>
    </message>
    <message>
        <source>Collected in the period</source>
        <translation>Encaissé sur la période</translation>
    </message>
    <message>
        <source>Refunded in the period</source>
        <translation>Remboursé sur la période</translation>
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
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>from number</source>
        <translation>du numéro</translation>
    </message>
    <message>
        <source>to number</source>
        <translation>au numéro</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown; the totals cover all.</source>
        <translation>Seules les %1 premières lignes sont affichées ; les totaux couvrent tout.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SchemaFingerprint</name>
    <message>
        <source>read the schema of the company file</source>
        <translation>lire le schéma du fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The expected schema could not be built: %1</source>
        <translation>Le schéma attendu n&apos;a pas pu être construit : %1</translation>
    </message>
    <message>
        <source>The expected schema of version %1 could not be built: %2</source>
        <translation>Le schéma attendu de la version %1 n&apos;a pas pu être construit : %2</translation>
    </message>
    <message>
        <source>read the schema of the company on the server</source>
        <translation>lire le schéma de l&apos;entreprise sur le serveur</translation>
    </message>
    <message>
        <source>%1 (a reference of table %2)</source>
        <translation>%1 (une référence de la table %2)</translation>
    </message>
</context>
<context>
    <name>SchemeIdField</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>SendDocumentDialog</name>
    <message>
        <source>Other addresses, separated by commas</source>
        <translation>Autres adresses, séparées par des virgules</translation>
    </message>
    <message>
        <source>Include the printed comments</source>
        <translation>Inclure les commentaires imprimés</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copie à :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>(no sender address: set one in the mail settings)</source>
        <translation>(pas d&apos;adresse d&apos;expéditeur : indiquez-en une dans les paramètres de messagerie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Copy to: %1</source>
        <translation>Copie à : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message>
        <source>No mail server is set up yet: the message will wait in the Outbox until one is (Settings › Mail server).</source>
        <translation>Aucun serveur de messagerie n&apos;est encore configuré : le message attendra dans la boîte d&apos;envoi jusqu&apos;à ce qu&apos;il y en ait un (Paramètres › Serveur de messagerie).</translation>
    </message>
    <message>
        <source>Queue for later</source>
        <translation>Mettre en file d&apos;attente</translation>
    </message>
    <message>
        <source>Send it as a Factur-X e-invoice (the PDF with the CII inside, in place of the PDF)</source>
        <translation>L&apos;envoyer comme facture électronique Factur-X (le PDF contenant le CII, à la place du PDF)</translation>
    </message>
    <message>
        <source>Attach the e-invoice as the customer prefers: %1</source>
        <translation>Joindre la facture électronique selon la préférence du client : %1</translation>
    </message>
    <message>
        <source>The customer prefers %1, but this document lacks:</source>
        <translation>Le client préfère %1, mais il manque à ce document :</translation>
    </message>
    <message>
        <source>It can be sent with the PDF alone.</source>
        <translation>Il peut être envoyé avec le PDF seul.</translation>
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
        <translation>prendre le numéro suivant</translation>
    </message>
    <message>
        <source>Could not take the next number.</source>
        <translation>Impossible de prendre le numéro suivant.</translation>
    </message>
    <message>
        <source>read the numbering</source>
        <translation>lire la numérotation</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Rien n&apos;a été modifié sur le serveur.</translation>
    </message>
    <message>
        <source>The company file&apos;s table %1 holds &quot;%2&quot; in its column %3 (row %4), which takes whole numbers only: repair the file first.</source>
        <translation>La table %1 du fichier d&apos;entreprise contient « %2 » dans sa colonne %3 (ligne %4), qui n&apos;accepte que des nombres entiers : réparez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <source>read the table %1 of the company file</source>
        <translation>lire la table %1 du fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The server took %1 rows of the table %2 instead of %3.</source>
        <translation>Le serveur a reçu %1 lignes de la table %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Could not %1: only the owner of the company&apos;s tables (the role that ran `server init`) may do this. Connect as that role.</source>
        <translation>Impossible de %1 : seul le propriétaire des tables de l&apos;entreprise (le rôle qui a exécuté `server init`) peut le faire. Connectez-vous avec ce rôle.</translation>
    </message>
    <message>
        <source>Could not %1 on the server: %2</source>
        <translation>Impossible de %1 sur le serveur : %2</translation>
    </message>
    <message>
        <source>The database %1 has no Facturo schema: its owner sets it up first with `facturo-cli server init %1`.</source>
        <translation>La base de données %1 n&apos;a pas de schéma Facturo : son propriétaire doit d&apos;abord le mettre en place avec `facturo-cli server init %1`.</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>Impossible de lire la version du schéma de %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 has schema %2 and the company file schema %3: both must be of the same version (the owner brings the server up to date with `facturo-cli server upgrade`, a file is brought up to date by opening it with this version).</source>
        <translation>La base de données %1 a le schéma %2 et le fichier d&apos;entreprise le schéma %3 : les deux doivent être de la même version (le propriétaire met le serveur à niveau avec `facturo-cli server upgrade`, un fichier est mis à niveau en l&apos;ouvrant avec cette version).</translation>
    </message>
    <message>
        <source>Import reads a company file into a server location: server import FILE postgresql://owner@host/database.</source>
        <translation>L&apos;import copie un fichier d&apos;entreprise vers une adresse de serveur : server import FILE postgresql://owner@host/database.</translation>
    </message>
    <message>
        <source>read the company file&apos;s settings</source>
        <translation>lire les paramètres du fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The search index of %1 is incomplete (an interrupted load): open the file once with Facturo to rebuild it, then import it.</source>
        <translation>L&apos;index de recherche de %1 est incomplet (un chargement interrompu) : ouvrez une fois le fichier avec Facturo pour le reconstruire, puis importez-le.</translation>
    </message>
    <message>
        <source>start the import</source>
        <translation>démarrer l&apos;import</translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 already holds a company (%2 documents, %3 customers, %4 audit events): a company file is imported only into a database that `server init` has just prepared. Nothing was changed.</source>
        <translation>La base de données %1 contient déjà une entreprise (%2 documents, %3 clients, %4 événements d&apos;audit) : un fichier d&apos;entreprise ne peut être importé que dans une base de données que `server init` vient de préparer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>suspend the rules of the table %1</source>
        <translation>suspendre les règles de la table %1</translation>
    </message>
    <message>
        <source>empty the table %1</source>
        <translation>vider la table %1</translation>
    </message>
    <message>
        <source>set the next id of the table %1</source>
        <translation>définir le prochain identifiant de la table %1</translation>
    </message>
    <message>
        <source>restore the rules of the table %1</source>
        <translation>rétablir les règles de la table %1</translation>
    </message>
    <message>
        <source>commit the import</source>
        <translation>finaliser l&apos;import</translation>
    </message>
    <message>
        <source>read the table %1 on the server</source>
        <translation>lire la table %1 sur le serveur</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1 : %2</translation>
    </message>
    <message>
        <source>write the table %1 into the company file</source>
        <translation>écrire la table %1 dans le fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>read the rules of the new company file</source>
        <translation>lire les règles du nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Export writes a company on a server into a new company file: server export postgresql://owner@host/database FILE.</source>
        <translation>L&apos;export écrit une entreprise d&apos;un serveur dans un nouveau fichier d&apos;entreprise : server export postgresql://owner@host/database FILE.</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name for the export. Nothing was written.</source>
        <translation>%1 existe déjà : choisissez un nouveau nom de fichier pour l&apos;export. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>start reading %1</source>
        <translation>commencer la lecture de %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export was abandoned, no file was written</source>
        <translation>L&apos;export a été abandonné, aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>check the new company file</source>
        <translation>vérifier le nouveau fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The new company file failed its integrity check and was removed.</source>
        <translation>Le nouveau fichier d&apos;entreprise a échoué à son contrôle d&apos;intégrité et a été supprimé.</translation>
    </message>
</context>
<context>
    <name>ServiceOrderDetailWidget</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Where the work was done</source>
        <translation>Où les travaux ont été faits</translation>
    </message>
    <message>
        <source>What the job is</source>
        <translation>En quoi consiste l&apos;intervention</translation>
    </message>
    <message>
        <source>Intervention report: what was found and done</source>
        <translation>Rapport d&apos;intervention : constat et travaux effectués</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Revenir à nouvelle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer terminée</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler l&apos;intervention</translation>
    </message>
    <message>
        <source>Create invoice</source>
        <translation>Créer la facture</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Name of the person signing</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Save sign-off</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Intervention %1 · %2</translation>
    </message>
    <message>
        <source> · completed %1</source>
        <translation> · terminée le %1</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>Ouvrir la facture</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signé par %1 le %2</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
    <message>
        <source>Service order saved.</source>
        <translation>Intervention enregistrée.</translation>
    </message>
    <message>
        <source>The signature pad is empty: ask the customer to sign first.</source>
        <translation>Le bloc de signature est vide : demandez d&apos;abord au client de signer.</translation>
    </message>
    <message>
        <source>Sign-off saved.</source>
        <translation>Signature enregistrée.</translation>
    </message>
    <message>
        <source>Service order is now %1.</source>
        <translation>L&apos;intervention est maintenant %1.</translation>
    </message>
    <message>
        <source>Draft invoice created from job %1.</source>
        <translation>Brouillon de facture créé depuis l&apos;intervention %1.</translation>
    </message>
</context>
<context>
    <name>ServiceOrderRepository</name>
    <message>
        <source>create the service order</source>
        <translation>créer l&apos;intervention</translation>
    </message>
    <message>
        <source>save the service order</source>
        <translation>enregistrer l&apos;intervention</translation>
    </message>
    <message>
        <source>change the status of the service order</source>
        <translation>changer le statut de l&apos;intervention</translation>
    </message>
    <message>
        <source>mark the service order invoiced</source>
        <translation>marquer l&apos;intervention comme facturée</translation>
    </message>
    <message>
        <source>Only a Done service order can be invoiced.</source>
        <translation>Seule une intervention terminée peut être facturée.</translation>
    </message>
    <message>
        <source>add the time entry</source>
        <translation>ajouter le temps</translation>
    </message>
    <message>
        <source>add the part</source>
        <translation>ajouter la pièce</translation>
    </message>
    <message>
        <source>remove the time entry</source>
        <translation>retirer le temps</translation>
    </message>
    <message>
        <source>remove the part</source>
        <translation>retirer la pièce</translation>
    </message>
    <message>
        <source>read service order %1</source>
        <translation>lire l&apos;intervention %1</translation>
    </message>
    <message>
        <source>Service order %1 does not exist.</source>
        <translation>L&apos;intervention %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the time entries</source>
        <translation>lire les temps</translation>
    </message>
    <message>
        <source>read the parts used</source>
        <translation>lire les pièces utilisées</translation>
    </message>
    <message>
        <source>look up the job %1</source>
        <translation>rechercher l&apos;intervention %1</translation>
    </message>
    <message>
        <source>list the service orders</source>
        <translation>lister les interventions</translation>
    </message>
    <message>
        <source>count the service orders</source>
        <translation>compter les interventions</translation>
    </message>
</context>
<context>
    <name>ServiceOrderService</name>
    <message>
        <source>technician</source>
        <translation>technicien</translation>
    </message>
    <message>
        <source>The work date is missing or not a date.</source>
        <translation>La date des travaux manque ou n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Hours must be more than zero.</source>
        <translation>Les heures doivent être supérieures à zéro.</translation>
    </message>
    <message>
        <source>%1 hours is not plausible for one time entry.</source>
        <translation>%1 heures n&apos;est pas plausible pour un seul temps.</translation>
    </message>
    <message>
        <source>The hourly rate cannot be negative.</source>
        <translation>Le taux horaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>part description</source>
        <translation>description de la pièce</translation>
    </message>
    <message>
        <source>The quantity of &quot;%1&quot; must not be zero.</source>
        <translation>La quantité de « %1 » ne doit pas être nulle.</translation>
    </message>
    <message>
        <source>The unit price of &quot;%1&quot; cannot be negative.</source>
        <translation>Le prix unitaire de « %1 » ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A service order needs a customer.</source>
        <translation>Une intervention doit avoir un client.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>intervention report</source>
        <translation>rapport d&apos;intervention</translation>
    </message>
    <message>
        <source>Service order %1 is %2: its work can no longer be changed.</source>
        <translation>L&apos;intervention %1 est %2 : ses travaux ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>Service order %1 is invoiced: it can no longer be changed.</source>
        <translation>L&apos;intervention %1 est facturée : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Service order %1 is %2: it can no longer be signed.</source>
        <translation>L&apos;intervention %1 est %2 : elle ne peut plus être signée.</translation>
    </message>
    <message>
        <source>name of the person signing</source>
        <translation>nom du signataire</translation>
    </message>
    <message>
        <source>The signature image is too large.</source>
        <translation>L&apos;image de la signature est trop grande.</translation>
    </message>
    <message>
        <source>Time entry %1 is not on service order %2.</source>
        <translation>Le temps %1 n&apos;est pas sur l&apos;intervention %2.</translation>
    </message>
    <message>
        <source>Part %1 is not on service order %2.</source>
        <translation>La pièce %1 n&apos;est pas sur l&apos;intervention %2.</translation>
    </message>
    <message>
        <source>An order becomes Invoiced when its invoice is created.</source>
        <translation>Une intervention devient Facturée quand sa facture est créée.</translation>
    </message>
    <message>
        <source>Service order %1 cannot go from %2 to %3.</source>
        <translation>L&apos;intervention %1 ne peut pas passer de %2 à %3.</translation>
    </message>
    <message>
        <source>Service order %1 has no time entries or parts: record the work before marking it Done.</source>
        <translation>L&apos;intervention %1 n&apos;a ni temps ni pièces : saisissez les travaux avant de la marquer terminée.</translation>
    </message>
</context>
<context>
    <name>ServiceOrdersPage</name>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search job, customer, description</source>
        <translation>Rechercher une intervention, un client, une description</translation>
    </message>
    <message>
        <source>Import jobs…</source>
        <translation>Importer des interventions…</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Import completed jobs</source>
        <translation>Importer des interventions terminées</translation>
    </message>
    <message>
        <source>Jobs (*.json);;All files (*)</source>
        <translation>Interventions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported, ready to invoice.</source>
        <translation>
            <numerusform>%n intervention importée, prête à facturer.</numerusform>
            <numerusform>%n interventions importées, prêtes à facturer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) imported.</source>
        <translation>
            <numerusform>%n intervention importée.</numerusform>
            <numerusform>%n interventions importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>New service order</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Choose a customer from the list (type part of the name).</source>
        <translation>Choisissez un client dans la liste (tapez une partie du nom).</translation>
    </message>
    <message>
        <source>Service order created.</source>
        <translation>Intervention créée.</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Créer l&apos;intervention</translation>
    </message>
    <message>
        <source>Invoice done orders…</source>
        <translation>Facturer les interventions terminées…</translation>
    </message>
    <message>
        <source>Create the drafts of many Done orders, review them and post them in one action</source>
        <translation>Créer les brouillons de plusieurs interventions terminées, les vérifier et les valider en une seule opération</translation>
    </message>
    <message>
        <source>No service orders yet.</source>
        <translation>Aucune intervention pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Exemption reason</source>
        <translation>Motif d&apos;exonération</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name, e.g. VAT 7%</source>
        <translation>Nom, ex. TVA 7%</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <source>Exemption reason (exempt only)</source>
        <translation>Motif d&apos;exonération (exonéré seulement)</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Ajouter le taux</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Managers approve invoices above the approval threshold and change settings.</source>
        <translation>Les responsables approuvent les factures au-delà du seuil et modifient les paramètres.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Company settings saved.</source>
        <translation>Paramètres de l&apos;entreprise enregistrés.</translation>
    </message>
    <message>
        <source>Tax rate %1 added.</source>
        <translation>Taux de TVA %1 ajouté.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The document template was saved.</source>
        <translation>Le modèle de document a été enregistré.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Mail server settings saved.</source>
        <translation>Paramètres du serveur de messagerie enregistrés.</translation>
    </message>
    <message>
        <source>Mail texts</source>
        <translation>Textes des messages</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>Pénalités de retard</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Some fields need your attention: see the lines in red.</source>
        <translation>Certains champs demandent votre attention : voyez les lignes en rouge.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Job hand-off</source>
        <translation>Échange des interventions</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Mot de passe…</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>company name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>company address</source>
        <translation>adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The VAT id is too long.</source>
        <translation>Le n° de TVA est trop long.</translation>
    </message>
    <message>
        <source>The IBAN %1 is not valid (its check digits do not match).</source>
        <translation>L&apos;IBAN %1 n&apos;est pas valide (sa clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>The BIC must have 8 or 11 characters.</source>
        <translation>Le BIC doit comporter 8 ou 11 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot; (use an ISO 4217 code such as EUR).</source>
        <translation>Devise inconnue « %1 » (utilisez un code ISO 4217 comme EUR).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Les conditions de paiement doivent être comprises entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>Invoices and credit notes need different numbering patterns.</source>
        <translation>Les factures et les avoirs doivent avoir des modèles de numérotation différents.</translation>
    </message>
    <message>
        <source>The approval threshold cannot be negative.</source>
        <translation>Le seuil d&apos;approbation ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The paper size must be A4 or Letter.</source>
        <translation>Le format de papier doit être A4 ou Letter.</translation>
    </message>
    <message>
        <source>Reminder levels must be increasing numbers of days, such as 7,14,30.</source>
        <translation>Les niveaux de relance doivent être des nombres de jours croissants, comme 7,14,30.</translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation>Seul un responsable peut %1.</translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation>modifier les paramètres de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The currency cannot change once documents exist in this company file.</source>
        <translation>La devise ne peut plus changer une fois que des documents existent dans ce fichier.</translation>
    </message>
    <message>
        <source>change the tax rates</source>
        <translation>modifier les taux de TVA</translation>
    </message>
    <message>
        <source>tax rate name</source>
        <translation>nom du taux de TVA</translation>
    </message>
    <message>
        <source>item code (SKU)</source>
        <translation>code de l&apos;article (réf.)</translation>
    </message>
    <message>
        <source>item description</source>
        <translation>description de l&apos;article</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>Le prix unitaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>change the chart of accounts</source>
        <translation>modifier le plan comptable</translation>
    </message>
    <message>
        <source>account code</source>
        <translation>code du compte</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nom du compte</translation>
    </message>
    <message>
        <source>add a user</source>
        <translation>ajouter un utilisateur</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>A user name has no spaces.</source>
        <translation>Un nom d&apos;utilisateur ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>The %1 must be a percentage between 0 and 100, such as 10.5.</source>
        <translation>Le champ %1 doit être un pourcentage entre 0 et 100, par exemple 10,5.</translation>
    </message>
    <message>
        <source>late-payment interest rate</source>
        <translation>taux des pénalités de retard</translation>
    </message>
    <message>
        <source>early-payment discount</source>
        <translation>escompte pour paiement anticipé</translation>
    </message>
    <message>
        <source>The fixed recovery indemnity must be a positive amount.</source>
        <translation>L&apos;indemnité forfaitaire pour frais de recouvrement doit être un montant positif.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>The payment reference must be rf (ISO 11649 creditor reference) or be (Belgian structured communication), not &quot;%1&quot;.</source>
        <translation>La référence de paiement doit être rf (référence créancier ISO 11649) ou be (communication structurée belge), et non &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le fichier</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The users of this company file sign in with their password.</source>
        <translation>Les utilisateurs de ce fichier d&apos;entreprise se connectent avec leur mot de passe.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
</context>
<context>
    <name>SignaturePadWidget</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Signez ici avec la souris, un stylet ou un doigt</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>post</source>
        <translation>valider</translation>
    </message>
    <message>
        <source>post and send</source>
        <translation>valider et envoyer</translation>
    </message>
    <message>
        <source>Contract invoices due</source>
        <translation>Factures de contrat à émettre</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Date de facturation</translation>
    </message>
    <message>
        <source>Makes</source>
        <translation>Crée</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Create all</source>
        <translation>Tout créer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n contract invoice(s) are due since the program last made them. Choose for each: create it now, postpone it to the next time, or skip the period (it is never billed).</source>
        <translation>
            <numerusform>%n facture de contrat est à émettre depuis la dernière fois que le programme les a créées. Choisissez pour chacune : la créer maintenant, la reporter à la prochaine fois, ou ignorer la période (elle ne sera jamais facturée).</numerusform>
            <numerusform>%n factures de contrat sont à émettre depuis la dernière fois que le programme les a créées. Choisissez pour chacune : la créer maintenant, la reporter à la prochaine fois, ou ignorer la période (elle ne sera jamais facturée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Contracts: %1 invoice(s) created, %2 skipped, %3 postponed</source>
        <translation>Contrats : %1 facture(s) créée(s), %2 ignorée(s), %3 reportée(s)</translation>
    </message>
    <message numerus="yes">
        <source>; %n need attention (on the Contracts page)</source>
        <translation>
            <numerusform>; %n demande votre attention (page Contrats)</numerusform>
            <numerusform>; %n demandent votre attention (page Contrats)</numerusform>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Comptabilisé le</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>look for the statement</source>
        <translation>rechercher le relevé</translation>
    </message>
    <message>
        <source>record the statement</source>
        <translation>enregistrer le relevé</translation>
    </message>
    <message>
        <source>look for the statement entry</source>
        <translation>rechercher l&apos;opération du relevé</translation>
    </message>
    <message>
        <source>record the statement entry</source>
        <translation>enregistrer l&apos;opération du relevé</translation>
    </message>
    <message>
        <source>read statement entry %1</source>
        <translation>lire l&apos;opération de relevé %1</translation>
    </message>
    <message>
        <source>Statement entry %1 does not exist.</source>
        <translation>L&apos;opération de relevé %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read the statement entries</source>
        <translation>lire les opérations des relevés</translation>
    </message>
    <message>
        <source>update statement entry %1</source>
        <translation>mettre à jour l&apos;opération de relevé %1</translation>
    </message>
    <message>
        <source>link the payment to statement entry %1</source>
        <translation>rattacher le paiement à l&apos;opération de relevé %1</translation>
    </message>
    <message>
        <source>read the payments of statement entry %1</source>
        <translation>lire les paiements de l&apos;opération de relevé %1</translation>
    </message>
</context>
<context>
    <name>TableViews</name>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>TaxCalculator</name>
    <message>
        <source>the discount must be between 0 and 100 %</source>
        <translation>la remise doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>the line amount is too large</source>
        <translation>le montant de la ligne est trop élevé</translation>
    </message>
    <message>
        <source>the tax rate must be between 0 and 100 %</source>
        <translation>le taux de TVA doit être compris entre 0 et 100 %</translation>
    </message>
    <message>
        <source>a %1 line must have a 0 % tax rate</source>
        <translation>une ligne %1 doit avoir un taux de TVA de 0 %</translation>
    </message>
    <message>
        <source>an exempt line needs an exemption reason</source>
        <translation>une ligne exonérée doit avoir un motif d&apos;exonération</translation>
    </message>
    <message>
        <source>the document total is too large</source>
        <translation>le total du document est trop élevé</translation>
    </message>
    <message>
        <source>a 0 % line must use the zero, exempt, reverse-charge, intra-EU, export or out-of-scope category</source>
        <translation>une ligne à 0 % doit utiliser la catégorie taux zéro, exonérée, autoliquidation, intracommunautaire, exportation ou hors champ</translation>
    </message>
</context>
<context>
    <name>TaxCategories</name>
    <message>
        <source>Standard rate</source>
        <translation>Taux normal</translation>
    </message>
    <message>
        <source>Reduced rate</source>
        <translation>Taux réduit</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>Taux zéro</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Autoliquidation</translation>
    </message>
    <message>
        <source>Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)</source>
        <translation>Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE)</translation>
    </message>
    <message>
        <source>unknown tax category &quot;%1&quot; (standard, reduced, zero, exempt, reverse-charge, intra-eu, export or out-of-scope)</source>
        <translation>catégorie de TVA inconnue « %1 » (standard, reduced, zero, exempt, reverse-charge, intra-eu, export ou out-of-scope)</translation>
    </message>
    <message>
        <source>Intra-EU supply</source>
        <translation>Livraison intracommunautaire</translation>
    </message>
    <message>
        <source>Export outside the EU</source>
        <translation>Exportation hors UE</translation>
    </message>
    <message>
        <source>Not subject to VAT</source>
        <translation>Non soumis à la TVA</translation>
    </message>
</context>
<context>
    <name>TaxTotalsWidget</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Créditée</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>TemplateSettingsWidget</name>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Free text printed under the company details on every page</source>
        <translation>Texte libre imprimé sous les coordonnées de l&apos;entreprise sur chaque page</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Printed notes</source>
        <translation>Notes imprimées</translation>
    </message>
    <message>
        <source>Service-order report</source>
        <translation>Rapport d&apos;intervention</translation>
    </message>
    <message>
        <source>Customer sign-off</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation>QR code de paiement</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Coordonnées bancaires</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texte de pied de page</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n KB</source>
        <translation>
            <numerusform>%n Ko</numerusform>
            <numerusform>%n Ko</numerusform>
        </translation>
    </message>
    <message>
        <source>The template is saved. Documents printed from now on use it; archived PDFs keep their look.</source>
        <translation>Le modèle est enregistré. Les documents imprimés désormais l&apos;utilisent ; les PDF archivés gardent leur aspect.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The %1 is required.</source>
        <translation>Le champ %1 est requis.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>Le champ %1 est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>The %1 must be on one line.</source>
        <translation>Le champ %1 doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: Facturo prints documents in en, fr or de.</source>
        <translation>Langue inconnue « %1 » : Facturo imprime les documents en en, fr ou de.</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2 at position %3): remove it.</source>
        <translation>Le champ %1 contient un caractère de contrôle (%2 à la position %3) : supprimez-le.</translation>
    </message>
    <message>
        <source>The %1 contains a bidirectional control character (%2 at position %3), which would show the text in another order than it is stored: remove it.</source>
        <translation>Le champ %1 contient un caractère de contrôle bidirectionnel (%2 à la position %3), qui afficherait le texte dans un autre ordre que celui où il est enregistré : supprimez-le.</translation>
    </message>
</context>
<context>
    <name>TransferCatalog</name>
    <message>
        <source>the columns %1 only in the file</source>
        <translation>les colonnes %1 uniquement dans le fichier</translation>
    </message>
    <message>
        <source>the columns %1 only on the server</source>
        <translation>les colonnes %1 uniquement sur le serveur</translation>
    </message>
    <message>
        <source>the columns (%1) in the file and (%2) on the server</source>
        <translation>les colonnes (%1) dans le fichier et (%2) sur le serveur</translation>
    </message>
    <message>
        <source>the table %1 has %2</source>
        <translation>la table %1 a %2</translation>
    </message>
    <message>
        <source>read the tables of the company file</source>
        <translation>lire les tables du fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>Could not read the tables of the server&apos;s database: %1</source>
        <translation>Impossible de lire les tables de la base de données du serveur : %1</translation>
    </message>
    <message>
        <source>The column %1.%2 on the server is of type %3, which no Facturo schema has.</source>
        <translation>La colonne %1.%2 sur le serveur est de type %3, qu&apos;aucun schéma Facturo ne comporte.</translation>
    </message>
    <message>
        <source>the table %1 is only on the server</source>
        <translation>la table %1 n&apos;existe que sur le serveur</translation>
    </message>
    <message>
        <source>the table name %1 is not a plain name</source>
        <translation>le nom de table %1 n&apos;est pas un nom simple</translation>
    </message>
    <message>
        <source>the column name %1.%2 is not a plain name</source>
        <translation>le nom de colonne %1.%2 n&apos;est pas un nom simple</translation>
    </message>
    <message>
        <source>the table %1 is only in the company file</source>
        <translation>la table %1 n&apos;existe que dans le fichier d&apos;entreprise</translation>
    </message>
    <message>
        <source>The company file and the server&apos;s database do not have the same schema: %1. Both must have the schema of this version of Facturo.</source>
        <translation>Le fichier d&apos;entreprise et la base de données du serveur n&apos;ont pas le même schéma : %1. Les deux doivent avoir le schéma de cette version de Facturo.</translation>
    </message>
</context>
<context>
    <name>TrustCheck</name>
    <message>
        <source>The immutability trigger %1 is missing: what it protects could be changed without a trace.</source>
        <translation>Le déclencheur d&apos;immuabilité %1 est manquant : ce qu&apos;il protège pourrait être modifié sans laisser de trace.</translation>
    </message>
    <message>
        <source>The immutability trigger %1 was altered: it is not the one schema %2 defines.</source>
        <translation>Le déclencheur d&apos;immuabilité %1 a été altéré : ce n&apos;est pas celui que définit le schéma %2.</translation>
    </message>
    <message>
        <source>The table %1 is missing.</source>
        <translation>La table %1 est manquante.</translation>
    </message>
    <message>
        <source>The definition of table %1 (its columns or rules) was altered: it is not the one schema %2 defines.</source>
        <translation>La définition de la table %1 (ses colonnes ou ses règles) a été altérée : ce n&apos;est pas celle que définit le schéma %2.</translation>
    </message>
    <message>
        <source>Schema %1: all %2 immutability triggers and %3 table definitions are present and unaltered</source>
        <translation>Schéma %1 : les %2 déclencheurs d&apos;immuabilité et les %3 définitions de tables sont tous présents et intacts</translation>
    </message>
    <message>
        <source>Numbers are chronological: no document is dated before one posted earlier</source>
        <translation>Les numéros sont chronologiques : aucun document n&apos;est daté d&apos;avant un document validé plus tôt</translation>
    </message>
    <message>
        <source>Numbers are not chronological: %1 (was the clock set back?)</source>
        <translation>Les numéros ne sont pas chronologiques : %1 (l&apos;horloge a-t-elle été reculée ?)</translation>
    </message>
    <message>
        <source>No payment is dated before its document, no reversal before its payment</source>
        <translation>Aucun paiement n&apos;est daté d&apos;avant son document, aucune annulation d&apos;avant son paiement</translation>
    </message>
    <message>
        <source>A payment is out of time: %1</source>
        <translation>Un paiement est hors chronologie : %1</translation>
    </message>
    <message>
        <source>The trigger %1 is switched off: what it protects could be changed without a trace.</source>
        <translation>Le déclencheur %1 est désactivé : ce qu&apos;il protège pourrait être modifié sans laisser de trace.</translation>
    </message>
    <message>
        <source>%1 belongs to a role that writes rows or is not the schema&apos;s owner: that role could change or switch off the rules.</source>
        <translation>%1 appartient à un rôle qui écrit des lignes ou qui n&apos;est pas le propriétaire du schéma : ce rôle pourrait modifier ou désactiver les règles.</translation>
    </message>
    <message>
        <source>The function %1 that the rules run was altered: it is not the one schema %2 defines, so what it protects could be changed without a trace.</source>
        <translation>La fonction %1 qu&apos;exécutent les règles a été altérée : ce n&apos;est pas celle que définit le schéma %2, de sorte que ce qu&apos;elle protège pourrait être modifié sans laisser de trace.</translation>
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
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Le nombre %1 est trop grand.</translation>
    </message>
</context>
<context>
    <name>UnitCodeMigration</name>
    <message>
        <source>read the unit texts</source>
        <translation>lire les textes d&apos;unité</translation>
    </message>
    <message>
        <source>map the unit texts</source>
        <translation>associer les textes d&apos;unité à des codes</translation>
    </message>
    <message>
        <source>read the rules of posted lines</source>
        <translation>lire les règles des lignes validées</translation>
    </message>
</context>
<context>
    <name>UnitCodes</name>
    <message>
        <source>unknown unit code &quot;%1&quot;: use a UN/ECE Recommendation 20 code such as HUR (hour), C62 (unit), H87 (piece), DAY, KGM, MTR, LTR or LS (lump sum)</source>
        <translation>code d&apos;unité inconnu « %1 » : utilisez un code de la Recommandation 20 de l&apos;UN/ECE, comme HUR (heure), C62 (unité), H87 (pièce), DAY, KGM, MTR, LTR ou LS (forfait)</translation>
    </message>
</context>
<context>
    <name>UserPasswordDialog</name>
    <message>
        <source>Clear the password</source>
        <translation>Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Once a user has a password, everyone signs in with their own when the company file opens. A password has at least %1 characters.</source>
        <translation>Dès qu&apos;un utilisateur a un mot de passe, chacun se connecte avec le sien à l&apos;ouverture du fichier d&apos;entreprise. Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>Le mot de passe de %1 est défini.</translation>
    </message>
    <message>
        <source>The password of %1 is cleared.</source>
        <translation>Le mot de passe de %1 est supprimé.</translation>
    </message>
</context>
<context>
    <name>UserPasswordRepository</name>
    <message>
        <source>read the password of a user</source>
        <translation>lire le mot de passe d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>save the password of a user</source>
        <translation>enregistrer le mot de passe d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Cet utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>read whether users have passwords</source>
        <translation>vérifier si des utilisateurs ont un mot de passe</translation>
    </message>
    <message>
        <source>read which users have passwords</source>
        <translation>lire quels utilisateurs ont un mot de passe</translation>
    </message>
</context>
<context>
    <name>UserPasswordService</name>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Un mot de passe compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>Un mot de passe compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Only a manager can set the password of another user; %1 may set their own.</source>
        <translation>Seul un responsable peut définir le mot de passe d&apos;un autre utilisateur ; %1 peut définir le sien.</translation>
    </message>
    <message>
        <source>%1 has no password to clear.</source>
        <translation>%1 n&apos;a pas de mot de passe à supprimer.</translation>
    </message>
    <message>
        <source>The first password of a company file is a manager&apos;s: once one is set, everyone signs in with their own, and a manager must be able to. Set a manager&apos;s password first.</source>
        <translation>Le premier mot de passe d&apos;un fichier d&apos;entreprise est celui d&apos;un responsable : dès qu&apos;il est défini, chacun se connecte avec le sien, et un responsable doit pouvoir le faire. Définissez d&apos;abord le mot de passe d&apos;un responsable.</translation>
    </message>
    <message>
        <source>%1 is the last manager with a password: clearing it would leave no manager able to sign in while other users have passwords.</source>
        <translation>%1 est le dernier responsable ayant un mot de passe : le supprimer ne laisserait aucun responsable capable de se connecter alors que d&apos;autres utilisateurs ont un mot de passe.</translation>
    </message>
    <message>
        <source>Set your own password first: once the file has a password, everyone signs in with their own, you too.</source>
        <translation>Définissez d&apos;abord votre propre mot de passe : dès que le fichier a un mot de passe, chacun se connecte avec le sien, vous aussi.</translation>
    </message>
    <message>
        <source>Your password cannot be cleared while other users have one: you could no longer sign in.</source>
        <translation>Votre mot de passe ne peut pas être supprimé tant que d&apos;autres utilisateurs en ont un : vous ne pourriez plus vous connecter.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>add the user %1</source>
        <translation>ajouter l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>save the user %1</source>
        <translation>enregistrer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>read the user %1</source>
        <translation>lire l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur nommé « %1 ».</translation>
    </message>
    <message>
        <source>list the users</source>
        <translation>lister les utilisateurs</translation>
    </message>
    <message>
        <source>count the managers</source>
        <translation>compter les responsables</translation>
    </message>
</context>
<context>
    <name>UserSignIn</name>
    <message>
        <source>%1 has no password yet: in this company file everyone signs in with their own. A manager sets it (Settings &gt; Users, or facturo-cli user password %1).</source>
        <translation>%1 n&apos;a pas encore de mot de passe : dans ce fichier d&apos;entreprise, chacun se connecte avec le sien. Un responsable le définit (Paramètres &gt; Utilisateurs, ou facturo-cli user password %1).</translation>
    </message>
    <message>
        <source>This company file asks for passwords: %1 must sign in with theirs.</source>
        <translation>Ce fichier d&apos;entreprise demande des mots de passe : %1 doit se connecter avec le sien.</translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation>Mot de passe incorrect pour %1.</translation>
    </message>
</context>
<context>
    <name>VatId</name>
    <message>
        <source>the letter U and 8 digits</source>
        <translation>la lettre U et 8 chiffres</translation>
    </message>
    <message>
        <source>its last digit is the weighted check digit of the seven before it</source>
        <translation>son dernier chiffre est le chiffre de contrôle pondéré des sept qui le précèdent</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>10 chiffres commençant par 0 ou 1</translation>
    </message>
    <message>
        <source>its last two digits must be 97 minus the first eight modulo 97</source>
        <translation>ses deux derniers chiffres doivent valoir 97 moins les huit premiers modulo 97</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 ou 10 chiffres</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 chiffres et une lettre</translation>
    </message>
    <message>
        <source>8 to 10 digits</source>
        <translation>8 à 10 chiffres</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>9 chiffres, le premier différent de 0</translation>
    </message>
    <message>
        <source>its last digit is the ISO 7064 MOD 11,10 check digit of the first eight</source>
        <translation>son dernier chiffre est le chiffre de contrôle ISO 7064 MOD 11,10 des huit premiers</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 chiffres</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>9 characters: a letter or digit, 7 digits and a control letter or digit</source>
        <translation>9 caractères : une lettre ou un chiffre, 7 chiffres et une lettre ou un chiffre de contrôle</translation>
    </message>
    <message>
        <source>its last character is the control character of the other eight</source>
        <translation>son dernier caractère est le caractère de contrôle des huit autres</translation>
    </message>
    <message>
        <source>a 2-character key and the 9 digits of the SIREN</source>
        <translation>une clé de 2 caractères et les 9 chiffres du SIREN</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>7 digits and one or two letters (or the older 8-character form)</source>
        <translation>7 chiffres et une ou deux lettres (ou l&apos;ancienne forme à 8 caractères)</translation>
    </message>
    <message>
        <source>its last digit is the Luhn check digit of the first ten</source>
        <translation>son dernier chiffre est le chiffre de contrôle de Luhn des dix premiers</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 ou 12 chiffres</translation>
    </message>
    <message>
        <source>its last two digits must be the first six modulo 89</source>
        <translation>ses deux derniers chiffres doivent valoir les six premiers modulo 89</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits</source>
        <translation>9 chiffres, la lettre B et 2 chiffres</translation>
    </message>
    <message>
        <source>its ninth digit must be the weighted sum of the first eight modulo 11 (or the whole id 1 modulo 97)</source>
        <translation>son neuvième chiffre doit valoir la somme pondérée des huit premiers modulo 11 (ou le numéro entier doit valoir 1 modulo 97)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0</source>
        <translation>2 à 10 chiffres, le premier différent de 0</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 chiffres se terminant par 01</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>8 chiffres, le premier différent de 0</translation>
    </message>
    <message>
        <source>9 or 12 digits, or GD or HA and 3 digits</source>
        <translation>9 ou 12 chiffres, ou GD ou HA et 3 chiffres</translation>
    </message>
    <message>
        <source>The VAT id &quot;%1&quot; is not valid: it starts with the two letters of its country (FR, DE, …) followed by 2 to 16 letters or digits.</source>
        <translation>Le n° de TVA « %1 » n&apos;est pas valide : il commence par les deux lettres de son pays (FR, DE, …) suivies de 2 à 16 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: Greek VAT ids start with EL, not GR.</source>
        <translation>Le n° de TVA %1 n&apos;est pas valide : les n° de TVA grecs commencent par EL, pas par GR.</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: a %2 VAT id has %3.</source>
        <translation>Le n° de TVA %1 n&apos;est pas valide : un n° de TVA %2 comporte %3.</translation>
    </message>
    <message>
        <source>its key must be (12 + 3 × (SIREN mod 97)) mod 97, %1 for SIREN %2</source>
        <translation>sa clé doit valoir (12 + 3 × (SIREN mod 97)) mod 97, soit %1 pour le SIREN %2</translation>
    </message>
    <message>
        <source>The VAT id %1 is not valid: its check digits do not match (%2).</source>
        <translation>Le n° de TVA %1 n&apos;est pas valide : ses chiffres de contrôle ne correspondent pas (%2).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Facturo</source>
        <translation>Bienvenue dans Facturo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Facturo&lt;/h2&gt;&lt;p&gt;Invoices, payments and service orders for small service firms.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Facturo&lt;/h2&gt;&lt;p&gt;Factures, paiements et interventions pour les petites entreprises de services.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>Ouvrir l&apos;entreprise de démonstration</translation>
    </message>
    <message>
        <source>A year of a small heating and cooling firm: look around, try anything.</source>
        <translation>Une année d&apos;une petite entreprise de chauffage et climatisation : explorez, essayez tout.</translation>
    </message>
    <message>
        <source>Create my company</source>
        <translation>Créer mon entreprise</translation>
    </message>
    <message>
        <source>A few questions: who you are, how you are paid, how you number invoices.</source>
        <translation>Quelques questions : qui vous êtes, comment vous êtes payé, comment vous numérotez vos factures.</translation>
    </message>
    <message>
        <source>Open a company file…</source>
        <translation>Ouvrir un fichier d&apos;entreprise…</translation>
    </message>
    <message>
        <source>A file copied from another computer or a backup.</source>
        <translation>Un fichier copié d&apos;un autre ordinateur ou une sauvegarde.</translation>
    </message>
</context>
</TS>
