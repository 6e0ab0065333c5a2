#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QList>

// The files of a hand-off folder and where they go. Writers drop `NAME.json` whole (they write
// `NAME.json.part` and rename it): only regular `*.json` files directly in the folder are
// candidates, never `*.part`, hidden files, links or the processed/ and failed/ folders.
// A file is never replaced: a name already taken in processed/ or failed/ gets a number
// (NAME-2.json).
class HandoffFolder
{
    Q_DECLARE_TR_FUNCTIONS(HandoffFolder)
public:
    static const QString ProcessedFolder; // "processed"
    static const QString FailedFolder; // "failed"

    // The candidate files, by name.
    static QList<QFileInfo> candidates(const QString &folder);
    // `handoff run`: a file changed within the last settleSeconds is still being written.
    static bool settled(const QFileInfo &file, const QDateTime &nowUtc, int settleSeconds);

    // Moves the file into folder/<subfolder>/ (made when missing) under a free name; returns
    // the new path.
    static Result<QString> moveInto(const QString &filePath, const QString &subfolder);
    // Writes NAME.error.txt beside a file moved to failed/; returns its path.
    static Result<QString> writeErrorFile(const QString &movedPath, const QString &text);
    static QString errorFileName(const QString &fileName);
};
