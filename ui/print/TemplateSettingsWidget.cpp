#include "TemplateSettingsWidget.h"

#include "DocumentRenderer.h"
#include "DocumentTemplateService.h"
#include "Ledger.h"
#include "TemplatePreviewSample.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr qreal PreviewDpi = 60;

QCheckBox *checkBox(const QString &text, const char *name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QString::fromLatin1(name));
    return box;
}
} // namespace

TemplateSettingsWidget::TemplateSettingsWidget(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("templateSettingsWidget"));
    buildForm();
    auto sample = TemplatePreviewSample::forLedger(m_ledger.context());
    if (sample)
        m_sample = sample.value();
    else
        showMessage(sample.message(), true);
    const Status loaded = reload();
    Q_UNUSED(loaded); // shown in the message line
}

void TemplateSettingsWidget::buildForm()
{
    m_logoButton = new QPushButton(tr("Choose logo…"), this);
    m_logoButton->setObjectName(QStringLiteral("templateLogoButton"));
    m_clearLogoButton = new QPushButton(tr("No logo"), this);
    m_clearLogoButton->setObjectName(QStringLiteral("templateClearLogoButton"));
    m_logoLabel = new QLabel(this);
    m_logoLabel->setObjectName(QStringLiteral("templateLogoLabel"));
    m_accentButton = new QPushButton(this);
    m_accentButton->setObjectName(QStringLiteral("templateAccentButton"));
    m_fontCombo = new QFontComboBox(this);
    m_fontCombo->setObjectName(QStringLiteral("templateFontCombo"));
    m_fontCombo->setFontFilters(QFontComboBox::ScalableFonts);
    m_footerEdit = new QPlainTextEdit(this);
    m_footerEdit->setObjectName(QStringLiteral("templateFooterEdit"));
    m_footerEdit->setPlaceholderText(tr("Free text printed under the company details on every page"));
    m_footerEdit->setMaximumHeight(80);
    m_paperCombo = new QComboBox(this);
    m_paperCombo->setObjectName(QStringLiteral("templatePaperCombo"));
    m_paperCombo->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paperCombo->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_showNotes = checkBox(tr("Printed notes"), "templateShowNotes", this);
    m_showServiceReport = checkBox(tr("Service-order report"), "templateShowServiceReport", this);
    m_showSignOff = checkBox(tr("Customer sign-off"), "templateShowSignOff", this);
    m_showQrCode = checkBox(tr("Payment QR code"), "templateShowQrCode", this);
    m_showBankDetails = checkBox(tr("Bank details"), "templateShowBankDetails", this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("templateMessage"));
    m_message->setWordWrap(true);
    m_saveButton = new QPushButton(tr("Save"), this);
    m_saveButton->setObjectName(QStringLiteral("templateSaveButton"));
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("templateRevertButton"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("templatePreviewScroll"));
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(360);

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoButton);
    logoRow->addWidget(m_clearLogoButton);
    logoRow->addWidget(m_logoLabel, 1);
    auto *blocks = new QVBoxLayout;
    for (QCheckBox *box : {m_showNotes, m_showServiceReport, m_showSignOff, m_showQrCode, m_showBankDetails})
        blocks->addWidget(box);
    auto *form = new QFormLayout;
    form->addRow(tr("Logo"), logoRow);
    form->addRow(tr("Accent colour"), m_accentButton);
    form->addRow(tr("Font"), m_fontCombo);
    form->addRow(tr("Footer text"), m_footerEdit);
    form->addRow(tr("Paper"), m_paperCombo);
    form->addRow(tr("Show"), blocks);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_message);
    left->addStretch(1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(scroll, 3);

    connect(m_logoButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose a logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty()) {
            const Status read = setLogoFile(path);
            Q_UNUSED(read); // shown in the message line
        }
    });
    connect(m_clearLogoButton, &QPushButton::clicked, this, [this] { setLogo({}); });
    connect(m_accentButton, &QPushButton::clicked, this, [this] {
        const QColor color = QColorDialog::getColor(m_accent, this, tr("Accent colour"));
        if (color.isValid())
            setAccentColor(color);
    });
    connect(m_fontCombo, &QFontComboBox::currentFontChanged, this, &TemplateSettingsWidget::changed);
    connect(m_footerEdit, &QPlainTextEdit::textChanged, this, &TemplateSettingsWidget::changed);
    connect(m_paperCombo, &QComboBox::currentIndexChanged, this, &TemplateSettingsWidget::changed);
    for (QCheckBox *box : {m_showNotes, m_showServiceReport, m_showSignOff, m_showQrCode, m_showBankDetails})
        connect(box, &QCheckBox::toggled, this, &TemplateSettingsWidget::changed);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const Status done = save();
        Q_UNUSED(done); // shown in the message line
    });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        const Status done = reload();
        Q_UNUSED(done);
    });
}

DocumentTemplate TemplateSettingsWidget::documentTemplate() const
{
    DocumentTemplate style;
    style.logo = m_logo;
    style.accentColor = m_accent;
    style.fontFamily = m_fontCombo->currentFont().family();
    style.footerText = m_footerEdit->toPlainText();
    style.paperSize = static_cast<QPageSize::PageSizeId>(m_paperCombo->currentData().toInt());
    style.showNotes = m_showNotes->isChecked();
    style.showServiceReport = m_showServiceReport->isChecked();
    style.showSignOff = m_showSignOff->isChecked();
    style.showQrCode = m_showQrCode->isChecked();
    style.showBankDetails = m_showBankDetails->isChecked();
    return style;
}

void TemplateSettingsWidget::setDocumentTemplate(const DocumentTemplate &style)
{
    m_filling = true;
    m_logo = style.logo;
    m_accent = style.accentColor;
    m_fontCombo->setCurrentFont(QFont(style.fontFamily));
    m_footerEdit->setPlainText(style.footerText);
    m_paperCombo->setCurrentIndex(qMax(0, m_paperCombo->findData(static_cast<int>(style.paperSize))));
    m_showNotes->setChecked(style.showNotes);
    m_showServiceReport->setChecked(style.showServiceReport);
    m_showSignOff->setChecked(style.showSignOff);
    m_showQrCode->setChecked(style.showQrCode);
    m_showBankDetails->setChecked(style.showBankDetails);
    m_filling = false;
    m_accentButton->setText(m_accent.name());
    m_accentButton->setStyleSheet(QStringLiteral("background-color: %1; color: white;").arg(m_accent.name()));
    updateLogoLabel();
    rerender();
}

Status TemplateSettingsWidget::setLogoFile(const QString &path)
{
    auto bytes = DocumentTemplateService::readLogoFile(path);
    if (!bytes) {
        showMessage(bytes.message(), true);
        return bytes.error();
    }
    setLogo(bytes.value());
    return {};
}

void TemplateSettingsWidget::setLogo(const QByteArray &bytes)
{
    m_logo = bytes;
    updateLogoLabel();
    changed();
}

void TemplateSettingsWidget::setAccentColor(const QColor &color)
{
    m_accent = color;
    m_accentButton->setText(color.name());
    m_accentButton->setStyleSheet(QStringLiteral("background-color: %1; color: white;").arg(color.name()));
    changed();
}

void TemplateSettingsWidget::updateLogoLabel()
{
    m_logoLabel->setText(
        m_logo.isEmpty() ? tr("none") : tr("%n KB", nullptr, static_cast<int>((m_logo.size() + 1023) / 1024)));
    m_clearLogoButton->setEnabled(!m_logo.isEmpty());
}

void TemplateSettingsWidget::changed()
{
    if (m_filling)
        return;
    m_dirty = true;
    rerender();
}

void TemplateSettingsWidget::rerender()
{
    if (m_sample.issueDate.isNull())
        return;
    int pages = 0;
    auto image = DocumentRenderer::renderPageImage(m_sample, documentTemplate(), 0, PreviewDpi, &pages);
    ++m_renderCount;
    if (!image) {
        showMessage(image.message(), true);
        return;
    }
    m_image = image.value();
    m_preview->setPixmap(QPixmap::fromImage(m_image));
    emit previewRendered(pages);
}

Status TemplateSettingsWidget::save()
{
    const Status done = DocumentTemplateService(m_ledger.context(), m_ledger.audit()).save(documentTemplate());
    if (!done) {
        showMessage(done.message(), true);
        return done;
    }
    m_dirty = false;
    showMessage(
        tr("The template is saved. Documents printed from now on use it; archived PDFs keep their look."), false);
    emit saved();
    return {};
}

Status TemplateSettingsWidget::reload()
{
    auto style = DocumentTemplateService(m_ledger.context(), m_ledger.audit()).load();
    if (!style) {
        showMessage(style.message(), true);
        return style.error();
    }
    setDocumentTemplate(style.value());
    m_dirty = false;
    return {};
}

void TemplateSettingsWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}
