#include "DocumentTemplateService.h"

#include "Transaction.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace {
// The keys of the settings table; the paper size lives in the company row.
const char *const LogoKey = "template.logo";
const char *const AccentKey = "template.accent_color";
const char *const FontKey = "template.font_family";
const char *const FooterKey = "template.footer_text";
const char *const NotesKey = "template.show_notes";
const char *const ServiceReportKey = "template.show_service_report";
const char *const SignOffKey = "template.show_sign_off";
const char *const QrCodeKey = "template.show_qr_code";
const char *const BankKey = "template.show_bank_details";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

bool imageFormatAccepted(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    return (format == "png" || format == "jpeg" || format == "jpg") && reader.canRead() && !reader.read().isNull();
}
} // namespace

QString DocumentTemplateService::paperSizeKey(QPageSize::PageSizeId size)
{
    return size == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QPageSize::PageSizeId DocumentTemplateService::paperSizeFromKey(const QString &key)
{
    return key.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QPageSize::Letter : QPageSize::A4;
}

Result<DocumentTemplate> DocumentTemplateService::load() const
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    DocumentTemplate style;
    style.paperSize = paperSizeFromKey(company->paperSize);
    auto read
        = [this](const char *name, const QString &fallback) { return m_ctx.company.setting(key(name), fallback); };
    auto readFlag = [&read](const char *name, bool fallback) -> Result<bool> {
        auto value = read(name, flag(fallback));
        if (!value)
            return value.error();
        return value.value() != QLatin1String("0");
    };
    auto logo = read(LogoKey, {});
    auto accent = read(AccentKey, style.accentColor.name());
    auto font = read(FontKey, style.fontFamily);
    auto footer = read(FooterKey, {});
    for (const auto *value : {&logo, &accent, &font, &footer})
        if (!*value)
            return value->error();
    style.logo = QByteArray::fromBase64(logo->toLatin1());
    const QColor color = QColor::fromString(accent.value());
    if (color.isValid())
        style.accentColor = color;
    if (!font->trimmed().isEmpty())
        style.fontFamily = font->trimmed();
    style.footerText = footer.value();
    const std::pair<const char *, bool DocumentTemplate::*> flags[] = {{NotesKey, &DocumentTemplate::showNotes},
        {ServiceReportKey, &DocumentTemplate::showServiceReport}, {SignOffKey, &DocumentTemplate::showSignOff},
        {QrCodeKey, &DocumentTemplate::showQrCode}, {BankKey, &DocumentTemplate::showBankDetails}};
    for (const auto &[name, member] : flags) {
        auto value = readFlag(name, style.*member);
        if (!value)
            return value.error();
        style.*member = value.value();
    }
    return style;
}

Result<DocumentTemplate> DocumentTemplateService::validated(DocumentTemplate style)
{
    if (!style.accentColor.isValid())
        return Error::invalid(tr("The accent colour is not a colour."));
    style.accentColor.setAlpha(255);
    style.fontFamily = style.fontFamily.trimmed();
    if (style.fontFamily.isEmpty())
        style.fontFamily = DocumentTemplate().fontFamily;
    if (style.fontFamily.size() > 100)
        return Error::invalid(tr("The font name is too long."));
    style.footerText = style.footerText.trimmed();
    if (style.footerText.size() > MaxFooterLength)
        return Error::invalid(tr("The footer text is too long (at most %1 characters).").arg(MaxFooterLength));
    if (style.paperSize != QPageSize::A4 && style.paperSize != QPageSize::Letter)
        return Error::invalid(tr("Documents are printed on A4 or US Letter paper."));
    if (!style.logo.isEmpty()) {
        if (style.logo.size() > MaxLogoBytes)
            return Error::invalid(tr("The logo is too large (at most 2 MB)."));
        if (!imageFormatAccepted(style.logo))
            return Error::invalid(tr("The logo must be a PNG or JPEG image."));
    }
    return style;
}

Status DocumentTemplateService::save(const DocumentTemplate &edited)
{
    if (!m_ctx.user.isManager())
        return Error::permission(tr("Only a manager can change the document template."));
    auto style = validated(edited);
    if (!style)
        return style.error();
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    const QString paper = paperSizeKey(style->paperSize);
    if (company->paperSize != paper) {
        CompanySettings changed = company.value();
        changed.paperSize = paper;
        FACTURO_TRY(m_ctx.company.save(changed, m_ctx.clock.nowUtc()));
    }
    const std::pair<const char *, QString> values[] = {
        {LogoKey, QString::fromLatin1(style->logo.toBase64())},
        {AccentKey, style->accentColor.name()},
        {FontKey, style->fontFamily},
        {FooterKey, style->footerText},
        {NotesKey, flag(style->showNotes)},
        {ServiceReportKey, flag(style->showServiceReport)},
        {SignOffKey, flag(style->showSignOff)},
        {QrCodeKey, flag(style->showQrCode)},
        {BankKey, flag(style->showBankDetails)},
    };
    for (const auto &[name, value] : values)
        FACTURO_TRY(m_ctx.company.setSetting(key(name), value));
    QJsonObject details = toJson(style.value());
    details.remove(QStringLiteral("logo"));
    details.insert(QStringLiteral("logo_bytes"), static_cast<qint64>(style->logo.size()));
    FACTURO_TRY(
        m_audit.record(QStringLiteral("settings"), 1, QStringLiteral("edit"), {{QStringLiteral("template"), details}}));
    return tx.commit();
}

Result<QByteArray> DocumentTemplateService::readLogoFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The logo %1 cannot be read: %2").arg(name, file.errorString()));
    if (file.size() > MaxLogoBytes)
        return Error::invalid(tr("The logo %1 is too large (at most 2 MB).").arg(name));
    const QByteArray bytes = file.readAll();
    if (!imageFormatAccepted(bytes))
        return Error::invalid(tr("The logo %1 is not a PNG or JPEG image.").arg(name));
    return bytes;
}

QJsonObject DocumentTemplateService::toJson(const DocumentTemplate &style)
{
    return {{QStringLiteral("logo"), QString::fromLatin1(style.logo.toBase64())},
        {QStringLiteral("accent_color"), style.accentColor.name()}, {QStringLiteral("font_family"), style.fontFamily},
        {QStringLiteral("footer_text"), style.footerText},
        {QStringLiteral("paper_size"), paperSizeKey(style.paperSize)}, {QStringLiteral("show_notes"), style.showNotes},
        {QStringLiteral("show_service_report"), style.showServiceReport},
        {QStringLiteral("show_sign_off"), style.showSignOff}, {QStringLiteral("show_qr_code"), style.showQrCode},
        {QStringLiteral("show_bank_details"), style.showBankDetails}};
}

DocumentTemplate DocumentTemplateService::fromJson(const QJsonObject &json)
{
    DocumentTemplate style;
    style.logo = QByteArray::fromBase64(json.value(QLatin1String("logo")).toString().toLatin1());
    const QColor color = QColor::fromString(json.value(QLatin1String("accent_color")).toString());
    if (color.isValid())
        style.accentColor = color;
    const QString family = json.value(QLatin1String("font_family")).toString();
    if (!family.isEmpty())
        style.fontFamily = family;
    style.footerText = json.value(QLatin1String("footer_text")).toString();
    style.paperSize = paperSizeFromKey(json.value(QLatin1String("paper_size")).toString());
    style.showNotes = json.value(QLatin1String("show_notes")).toBool(true);
    style.showServiceReport = json.value(QLatin1String("show_service_report")).toBool(true);
    style.showSignOff = json.value(QLatin1String("show_sign_off")).toBool(true);
    style.showQrCode = json.value(QLatin1String("show_qr_code")).toBool(true);
    style.showBankDetails = json.value(QLatin1String("show_bank_details")).toBool(true);
    return style;
}
