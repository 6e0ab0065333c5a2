#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

const QStringList Sidecars = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

// Renames without ever replacing what is there (renameat2 RENAME_NOREPLACE; a second hard link
// then the first name removed where the file system does not know it). 0 or an errno value.
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}
} // namespace

AtomicFile::AtomicFile(const QString &path, Existing existing)
    : m_path(path)
    , m_existing(existing)
{ }

AtomicFile::~AtomicFile()
{
    discard();
}

Error AtomicFile::writeError(const QString &doing, int errorNumber) const
{
    const QString file = native(m_path);
    const QString folder = native(QFileInfo(m_final.isEmpty() ? m_path : m_final).absolutePath());
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return Error::storage(tr("Could not %1 %2: the disk is full. Nothing was written.").arg(doing, file));
    case EACCES:
    case EPERM:
    case EROFS:
        return Error::storage(
            tr("Could not %1 %2: the folder %3 is read-only (permission denied). Nothing was written.")
                .arg(doing, file, folder));
    case ENOENT:
        return Error::storage(tr("Could not %1 %2: the folder %3 does not exist.").arg(doing, file, folder));
    case ENOTDIR:
        return Error::storage(tr("Could not %1 %2: %3 is not a folder.").arg(doing, file, folder));
    case EEXIST:
        return Error::refused(tr("%1 already exists: choose a new file name.").arg(file));
    default:
        return Error::storage(
            tr("Could not %1 %2: %3").arg(doing, file, QString::fromLocal8Bit(std::strerror(errorNumber))));
    }
}

Status AtomicFile::resolveTarget()
{
    if (m_path.trimmed().isEmpty())
        return Error::invalid(tr("No file name was given to write to."));
    const QString given = QFileInfo(m_path).absoluteFilePath();
    struct stat st
    {
    };
    if (m_existing == Existing::MustNotBe && ::lstat(encoded(given).constData(), &st) == 0)
        return Error::refused(tr("%1 already exists: choose a new file name.").arg(native(m_path)));
    if (::stat(encoded(given).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return Error::invalid(tr("%1 is a folder: give a file name.").arg(native(m_path)));
        // A pipe, a terminal, a device: written into, never replaced. So is whatever /dev and /proc
        // name (/dev/stdout redirected to a file: appended to, as the shell opened it).
        const bool systemName = given.startsWith(QLatin1String("/dev/")) || given.startsWith(QLatin1String("/proc/"));
        if (!S_ISREG(st.st_mode) || systemName) {
            m_through = true;
            m_append = S_ISREG(st.st_mode);
            m_final = given;
            return {};
        }
        // A regular file, maybe behind symbolic links: the file itself is replaced, the links stay.
        m_final = QFileInfo(given).canonicalFilePath();
        m_mode = static_cast<int>(st.st_mode & 07777);
        return {};
    }
    if (errno != ENOENT)
        return writeError(tr("write"), errno);
    // Missing: a dangling symbolic link names the file to create.
    QString current = given;
    for (int hops = 0; ::lstat(encoded(current).constData(), &st) == 0 && S_ISLNK(st.st_mode); ++hops) {
        const QString target = QFileInfo(current).symLinkTarget();
        if (hops >= 40 || target.isEmpty())
            return Error::invalid(tr("The symbolic link %1 leads nowhere that can be written.").arg(native(m_path)));
        current = QFileInfo(target).absoluteFilePath();
    }
    m_final = current;
    const QString folder = QFileInfo(m_final).absolutePath();
    if (::stat(encoded(folder).constData(), &st) != 0)
        return writeError(tr("write"), errno);
    if (!S_ISDIR(st.st_mode))
        return writeError(tr("write"), ENOTDIR);
    return {};
}

Status AtomicFile::open()
{
    FACTURO_TRY(resolveTarget());
    if (m_through) {
        m_fd = ::open(encoded(m_final).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY | (m_append ? O_APPEND : 0));
        if (m_fd < 0)
            return writeError(tr("write"), errno);
        m_writing = m_final;
    } else {
        const QFileInfo target(m_final);
        removeLeftovers(target.absolutePath());
        for (int attempt = 0; attempt < 8 && m_fd < 0; ++attempt) {
            m_writing = target.absoluteDir().filePath(
                QStringLiteral(".%1%2%3")
                    .arg(target.fileName(), partialMarker())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
            m_fd = createLocked(m_writing); // locked while it is written: removeLeftovers() leaves it alone
            if (m_fd < 0 && errno != EEXIST)
                break;
        }
        if (m_fd < 0) {
            const int error = errno;
            m_writing.clear();
            return writeError(tr("write"), error);
        }
        if (m_mode >= 0)
            (void)::fchmod(m_fd, static_cast<mode_t>(m_mode));
    }
    if (!m_file.open(m_fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        const QString reason = m_file.errorString();
        discard();
        return Error::storage(tr("Could not write %1: %2").arg(native(m_path), reason));
    }
    return {};
}

Status AtomicFile::commit()
{
    if (m_fd < 0)
        return Error::storage(tr("Could not write %1: the file was not opened.").arg(native(m_path)));
    const bool flushed = m_file.flush();
    const int flushErrno = errno;
    if (!flushed || m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        discard();
        if (flushErrno == ENOSPC || flushErrno == EDQUOT)
            return writeError(tr("write"), flushErrno);
        return Error::storage(tr("Could not write %1: %2. Nothing was written.").arg(native(m_path), reason));
    }
    m_file.close();
    if (m_through) {
        // A device or a pipe may not sync (EINVAL): what it took is what it took.
        const int synced = ::fsync(m_fd);
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        m_committed = true;
        if (synced != 0 && error != EINVAL && error != EROFS && error != ENOTSUP)
            return writeError(tr("write"), error);
        return {};
    }
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        discard();
        return writeError(tr("write"), error);
    }
    const QByteArray from = encoded(m_writing);
    const QByteArray to = encoded(m_final);
    const int renamed = m_existing == Existing::MustNotBe
        ? renameNoReplace(from, to)
        : (::rename(from.constData(), to.constData()) == 0 ? 0 : errno);
    if (renamed != 0) {
        discard();
        return writeError(tr("write"), renamed);
    }
    m_committed = true;
    ::close(m_fd);
    m_fd = -1;
    (void)sync(QFileInfo(m_final).absolutePath(), true);
    return {};
}

void AtomicFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_through && !m_committed && !m_writing.isEmpty()) {
        ::unlink(encoded(m_writing).constData());
        for (const QString &suffix : Sidecars)
            ::unlink(encoded(m_writing + suffix).constData());
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_writing.clear();
}

Status AtomicFile::write(const QString &path, const QByteArray &bytes, Existing existing)
{
    AtomicFile file(path, existing);
    FACTURO_TRY(file.open());
    if (file.device().write(bytes) != bytes.size()) {
        const int error = errno;
        const QString reason = file.device().errorString();
        file.discard();
        if (error == ENOSPC || error == EDQUOT)
            return file.writeError(tr("write"), error);
        return Error::storage(tr("Could not write %1: %2. Nothing was written.").arg(native(path), reason));
    }
    return file.commit();
}

void AtomicFile::removeLeftovers(const QString &folder, const QString &forName)
{
    const QString prefix = forName.isEmpty() ? QStringLiteral(".*") : QLatin1Char('.') + forName;
    removeUnlocked(folder, prefix + partialMarker() + QLatin1Char('*'));
}

void AtomicFile::removeUnlocked(const QString &folder, const QString &nameFilter)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({nameFilter}, QDir::Files | QDir::Hidden | QDir::System);
    auto isSidecar = [](const QString &name) {
        for (const QString &suffix : Sidecars)
            if (name.endsWith(suffix))
                return true;
        return false;
    };
    for (const QString &name : names) {
        if (isSidecar(name))
            continue;
        const QByteArray path = encoded(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        struct stat st
        {
        };
        // Only a regular file nobody holds: a writer that is still alive keeps its lock.
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            ::unlink(path.constData());
            for (const QString &suffix : Sidecars)
                ::unlink(encoded(dir.filePath(name + suffix)).constData());
        }
        ::close(fd);
    }
    // Logs whose file is gone (removed above, or by a process killed while removing it).
    for (const QString &name : names) {
        if (!isSidecar(name))
            continue;
        const QString main = name.left(name.lastIndexOf(QLatin1Char('-')));
        if (!dir.exists(main))
            ::unlink(encoded(dir.filePath(name)).constData());
    }
}

bool AtomicFile::sync(const QString &path, bool folder)
{
    const int fd
        = ::open(encoded(path).constData(), folder ? (O_RDONLY | O_DIRECTORY | O_CLOEXEC) : (O_RDONLY | O_CLOEXEC));
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

int AtomicFile::createLocked(const QString &path)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0)
        (void)::flock(fd, LOCK_EX | LOCK_NB);
    return fd;
}
