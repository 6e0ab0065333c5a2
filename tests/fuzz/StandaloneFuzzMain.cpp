// Runs a libFuzzer harness without libFuzzer: every file of the corpus folders given as
// arguments, then FACTURO_FUZZ_RUNS (default 20000) deterministic mutations of them (bit flips,
// byte insertions and deletions, splices, interesting values). A crash or a failed check in the
// harness fails the test; the failing input is written to fuzz-failure-<harness>.bin first.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
QByteArray g_current;
QString g_name;

QByteArray g_failurePath;

// On a crash or a failed check (abort), keep the input that caused it, then die as before.
void onFatalSignal(int signal)
{
    const int fd = ::open(g_failurePath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        (void)!::write(fd, g_current.constData(), static_cast<size_t>(g_current.size()));
        ::close(fd);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

quint64 g_state = 0x9E3779B97F4A7C15ULL;
quint64 next()
{
    quint64 z = (g_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QByteArray mutate(QByteArray input, const QList<QByteArray> &corpus)
{
    static const char *const interesting[] = {"\r\n", "\n", "\0", "\"", ",", ";", "\t", "9999999999999999999",
                                              "-", ".", "=", "\xff\xfe", "\xef\xbb\xbf", "{", "}", "[", "]", "\\u0000"};
    const int steps = 1 + static_cast<int>(next() % 4);
    for (int s = 0; s < steps; ++s) {
        const qsizetype at = input.isEmpty() ? 0 : static_cast<qsizetype>(next() % static_cast<quint64>(input.size()));
        switch (next() % 6) {
        case 0:
            if (!input.isEmpty())
                input[at] = static_cast<char>(input[at] ^ (1 << (next() % 8)));
            break;
        case 1: input.insert(at, static_cast<char>(next() % 256)); break;
        case 2:
            if (!input.isEmpty())
                input.remove(at, 1 + static_cast<qsizetype>(next() % 8));
            break;
        case 3: {
            const QByteArray &other = corpus.at(static_cast<qsizetype>(next() % static_cast<quint64>(corpus.size())));
            if (!other.isEmpty()) {
                const qsizetype from = static_cast<qsizetype>(next() % static_cast<quint64>(other.size()));
                input.insert(at, other.mid(from, 1 + static_cast<qsizetype>(next() % 32)));
            }
            break;
        }
        case 4: input.insert(at, interesting[next() % std::size(interesting)]); break;
        case 5: input = input.left(at); break;
        }
    }
    return input.left(64 * 1024);
}
} // namespace

int main(int argc, char **argv)
{
    g_name = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile f(file.filePath());
            if (f.open(QIODevice::ReadOnly))
                corpus.append(f.readAll());
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "%s: no seed corpus\n", qPrintable(g_name));
        return 2;
    }
    g_failurePath = QFile::encodeName(QStringLiteral("fuzz-failure-%1.bin").arg(g_name));
    for (int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(signal, onFatalSignal);
    const int runs = qEnvironmentVariableIsSet("FACTURO_FUZZ_RUNS") ? qEnvironmentVariableIntValue("FACTURO_FUZZ_RUNS")
                                                                     : 20000;
    for (const QByteArray &seed : std::as_const(corpus)) {
        g_current = seed;
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(seed.constData()), static_cast<size_t>(seed.size()));
    }
    for (int i = 0; i < runs; ++i) {
        g_current = mutate(corpus.at(static_cast<qsizetype>(next() % static_cast<quint64>(corpus.size()))), corpus);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(g_current.constData()),
                               static_cast<size_t>(g_current.size()));
    }
    std::printf("%s: %lld seeds and %d mutations, no failure\n", qPrintable(g_name), static_cast<long long>(corpus.size()),
                runs);
    QFile::remove(QStringLiteral("fuzz-failure-%1.bin").arg(g_name));
    return 0;
}
