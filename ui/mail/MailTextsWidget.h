#pragma once

#include "MailTemplates.h"
#include "Result.h"

#include <QWidget>

class Ledger;
class MessageBanner;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// The texts of the mails Facturo writes: the invoice, the credit note and each reminder level,
// in each language (en, fr, de), with their placeholders. Save stores the text shown (a manager
// only, audited); "Built-in text" goes back to the text that comes with Facturo.
// objectNames: textKind, textLanguage, textSubject, textBody, textSave, textReset, textMessage.
class MailTextsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MailTextsWidget(Ledger &ledger, QWidget *parent = nullptr);

    // Lists the kinds again (the reminder levels may have changed) and shows the chosen text.
    void reload();
    // kind: "invoice", "credit-note" or "reminder-N"; language: en, fr, de.
    void select(const QString &kind, const QString &language);
    MailTemplate shownText() const;
    Status save();
    Status restoreBuiltIn();

signals:
    void saved(const QString &whatHappened);

private:
    void showText();
    Result<MailTemplate> load(const QString &kind, const QString &language) const;
    Status store(const QString &kind, const QString &language, const MailTemplate &text);

    Ledger &m_ledger;
    MessageBanner *m_banner;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
};
