#pragma once

#include "DocumentTemplate.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QImage>
#include <QWidget>

class Ledger;
class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The document template settings (logo, accent colour, font, footer text, paper size, visible
// blocks) with a live preview: every change re-renders the first page of the company's latest
// invoice (or a sample) with the edited template, painted by the same renderer as the PDFs.
// Save stores the template (DocumentTemplateService: a manager only, audited "settings"/"edit").
//
//   auto *page = new TemplateSettingsWidget(session.ledger(), this); // e.g. a settings tab
class TemplateSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateSettingsWidget(Ledger &ledger, QWidget *parent = nullptr);

    // The template as edited (not saved yet).
    DocumentTemplate documentTemplate() const;
    // Fills the form (one re-render).
    void setDocumentTemplate(const DocumentTemplate &style);
    // Reads a PNG or JPEG file as the logo (its bytes are stored in the company file).
    Status setLogoFile(const QString &path);
    void setLogo(const QByteArray &bytes);
    void setAccentColor(const QColor &color);

    int renderCount() const { return m_renderCount; }
    const QImage &previewImage() const { return m_image; }
    bool hasUnsavedChanges() const { return m_dirty; }

public slots:
    Status save();
    Status reload();
    void rerender();

signals:
    void previewRendered(int pageCount);
    void saved();

private:
    void buildForm();
    void changed();
    void showMessage(const QString &text, bool error);
    void updateLogoLabel();

    Ledger &m_ledger;
    PrintedDocument m_sample;
    QByteArray m_logo;
    QColor m_accent;
    QImage m_image;
    int m_renderCount = 0;
    bool m_dirty = false;
    bool m_filling = false;

    QPushButton *m_logoButton = nullptr;
    QPushButton *m_clearLogoButton = nullptr;
    QLabel *m_logoLabel = nullptr;
    QPushButton *m_accentButton = nullptr;
    QFontComboBox *m_fontCombo = nullptr;
    QPlainTextEdit *m_footerEdit = nullptr;
    QComboBox *m_paperCombo = nullptr;
    QCheckBox *m_showNotes = nullptr;
    QCheckBox *m_showServiceReport = nullptr;
    QCheckBox *m_showSignOff = nullptr;
    QCheckBox *m_showQrCode = nullptr;
    QCheckBox *m_showBankDetails = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};
