#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

// Writes one output file (an export, a PDF, a backup) so that whatever was there before is
// either left whole or replaced whole, and nothing that is not a regular file is ever replaced:
//  - a missing or regular target: the bytes go to a temporary file beside it
//    (".NAME.facturo-partial-XXXXXXXX", locked while it is written), which is synced, renamed
//    over the target, and the folder synced. A refused or failed write leaves nothing behind.
//  - an existing target that is not a regular file (/dev/stdout, /dev/null, a pipe, a
//    character device, a socket), and anything named under /dev or /proc: written through, never
//    replaced (a regular file behind /dev/stdout is appended to, as the shell opened it).
//  - a symbolic link: the file it points to is written (by the rules above, atomically if it
//    is a regular file or missing); the link itself stays.
//  - a folder: refused.
// A write error (a full disk, /dev/full) comes back as an error value naming the file.
// Leftovers of a process killed while writing are removed by removeLeftovers() at the next
// write into that folder (a temporary file still locked by a living writer is left alone).
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    enum class Existing {
        Replace, // an existing regular file is replaced (exports, PDFs)
        MustNotBe, // refused if anything exists under the name (backups); checked again at the rename
    };

    explicit AtomicFile(const QString &path, Existing existing = Existing::Replace);
    ~AtomicFile(); // discards the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Opens the temporary file (or the non-regular target) for writing.
    Status open();
    // Where the bytes go until commit(): a temporary path, or the target itself when written through.
    QString writingPath() const { return m_writing; }
    bool writesThrough() const { return m_through; }
    QIODevice &device() { return m_file; }
    // Flushes, syncs and renames into place. The first write error wins.
    Status commit();
    // Removes the temporary file; also what the destructor does without a commit.
    void discard();

    // The path as given (for messages) and the file that is finally written (links followed).
    const QString &path() const { return m_path; }
    const QString &finalPath() const { return m_final; }

    // Writes `bytes` to `path` by the rules above.
    static Status write(const QString &path, const QByteArray &bytes, Existing existing = Existing::Replace);
    // Removes temporary files of killed writers in `folder` (only ours, only unlocked ones); with
    // `forName`, only those for that file name.
    static void removeLeftovers(const QString &folder, const QString &forName = {});
    // Removes the files matching `nameFilter` in `folder` that no living process holds locked
    // (a maker keeps its file locked with flock), with their SQLite logs.
    static void removeUnlocked(const QString &folder, const QString &nameFilter);
    // Creates `path` (which must not exist) locked for this process: a descriptor to close when
    // the file is done, or -1 with errno set.
    static int createLocked(const QString &path);
    // The temporary name Facturo uses beside `fileName` ("" for the marker only): tells leftovers apart.
    static QString partialMarker() { return QStringLiteral(".facturo-partial-"); }

    // Syncs a file or a folder's entries to the disk; false if that failed.
    static bool sync(const QString &path, bool folder = false);

private:
    Status resolveTarget();
    Error writeError(const QString &doing, int errorNumber) const;

    QString m_path;
    QString m_final;
    QString m_writing;
    Existing m_existing;
    QFile m_file;
    int m_fd = -1;
    bool m_through = false;
    bool m_append = false; // a regular file behind /dev/stdout: written at its end
    bool m_committed = false;
    int m_mode = -1; // the permissions of the file replaced, kept by the new one
};
