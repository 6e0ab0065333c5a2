#include "PdfTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

PdfTestSupport::PdfTestSupport() = default;

QString PdfTestSupport::write(const QString &name, const QByteArray &bytes) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    // FACTURO_PDF_KEEP_DIR=/some/folder keeps a copy of every PDF the tests write, to look at.
    const QString keep = qEnvironmentVariable("FACTURO_PDF_KEEP_DIR");
    if (!keep.isEmpty()) {
        static int counter = 0;
        QFile copy(keep + QStringLiteral("/%1-%2").arg(++counter, 3, 10, QLatin1Char('0')).arg(name));
        if (copy.open(QIODevice::WriteOnly))
            copy.write(bytes);
    }
    return file.fileName();
}

QByteArray PdfTestSupport::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

QString PdfTestSupport::text(const QString &pdf, bool layout, int first, int last)
{
    QStringList arguments;
    if (layout)
        arguments << QStringLiteral("-layout");
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments));
}

QString PdfTestSupport::rawText(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                               QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

int PdfTestSupport::pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(info(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString PdfTestSupport::info(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
}

QString PdfTestSupport::fonts(const QString &pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}));
}

QByteArray PdfTestSupport::decodeQr(const QString &pdf, int page) const
{
    const QString prefix = path(QStringLiteral("qr-page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                     QStringLiteral("-l"), QString::number(page), pdf, prefix});
    QByteArray decoded = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                         QStringLiteral("-Sbinary"), prefix + QStringLiteral(".png")});
    return decoded;
}

QString PdfTestSupport::normalized(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        for (QChar &c : line) {
            if (c.isSpace())
                c = QLatin1Char(' ');
        }
        line = line.simplified();
        if (!line.isEmpty())
            out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

QString PdfTestSupport::flat(const QString &text)
{
    return normalized(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
