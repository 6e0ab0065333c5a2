#include "MailTextsWidget.h"

#include "Ledger.h"
#include "MessageBanner.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
int reminderLevel(const QString &kind)
{
    return kind.startsWith(QLatin1String("reminder-")) ? kind.mid(9).toInt() : 0;
}
} // namespace

MailTextsWidget::MailTextsWidget(Ledger &ledger, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_banner(new MessageBanner(this)), m_kind(new QComboBox(this)),
      m_language(new QComboBox(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mailTexts"));
    m_banner->setObjectName(QStringLiteral("textMessage"));
    m_kind->setObjectName(QStringLiteral("textKind"));
    m_language->setObjectName(QStringLiteral("textLanguage"));
    m_subject->setObjectName(QStringLiteral("textSubject"));
    m_body->setObjectName(QStringLiteral("textBody"));
    for (const QString &language : MailTemplates::languages())
        m_language->addItem(QLocale::languageToString(QLocale(MailTemplates::localeName(language)).language()),
                            language);

    auto *saveButton = new QPushButton(tr("Save text"), this);
    saveButton->setObjectName(QStringLiteral("textSave"));
    auto *resetButton = new QPushButton(tr("Built-in text"), this);
    resetButton->setObjectName(QStringLiteral("textReset"));
    resetButton->setToolTip(tr("Go back to the text that comes with Facturo"));
    const QStringList names = MailTemplates::placeholderNames();
    QStringList shown;
    for (const QString &name : names)
        shown.append(QLatin1Char('{') + name + QLatin1Char('}'));
    auto *hint = new QLabel(tr("Placeholders: %1; in reminders also {level} and {days_overdue}.")
                                .arg(shown.join(QStringLiteral(", "))),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5a6472;"));

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_kind, 1);
    choice->addWidget(m_language);
    auto *form = new QFormLayout;
    form->addRow(tr("Mail"), choice);
    form->addRow(tr("Subject"), m_subject);
    form->addRow(tr("Text"), m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(resetButton);
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MailTextsWidget::showText);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MailTextsWidget::showText);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); /* shown in the banner */ });
    connect(resetButton, &QPushButton::clicked, this, [this] { (void)restoreBuiltIn(); });
    reload();
}

void MailTextsWidget::reload()
{
    const QString chosen = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Invoice"), QStringLiteral("invoice"));
    m_kind->addItem(tr("Credit note"), QStringLiteral("credit-note"));
    ReminderService reminders(m_ledger.context(), m_ledger.audit(), m_ledger.drafts());
    auto levels = reminders.levels();
    for (qsizetype i = 0; levels && i < levels->size(); ++i)
        m_kind->addItem(tr("Reminder, level %1 (%2 days overdue)").arg(i + 1).arg(levels->at(i)),
                        QStringLiteral("reminder-%1").arg(i + 1));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    showText();
}

void MailTextsWidget::select(const QString &kind, const QString &language)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockLanguage(m_language);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    showText();
}

MailTemplate MailTextsWidget::shownText() const
{
    return {m_subject->text(), m_body->toPlainText()};
}

Result<MailTemplate> MailTextsWidget::load(const QString &kind, const QString &language) const
{
    const int level = reminderLevel(kind);
    if (level >= 2)
        return ReminderOutboxDispatcher(m_ledger.context(), m_ledger.audit()).levelTemplate(level, language);
    const MailTemplates templates(m_ledger.context(), m_ledger.audit());
    const MailKind mailKind = level == 1                           ? MailKind::Reminder
                              : kind == QLatin1String("credit-note") ? MailKind::CreditNote
                                                                     : MailKind::Invoice;
    return templates.load(mailKind, language);
}

Status MailTextsWidget::store(const QString &kind, const QString &language, const MailTemplate &text)
{
    const int level = reminderLevel(kind);
    if (level >= 2)
        return ReminderOutboxDispatcher(m_ledger.context(), m_ledger.audit()).saveLevelTemplate(level, language, text);
    MailTemplates templates(m_ledger.context(), m_ledger.audit());
    const MailKind mailKind = level == 1                           ? MailKind::Reminder
                              : kind == QLatin1String("credit-note") ? MailKind::CreditNote
                                                                     : MailKind::Invoice;
    return templates.save(mailKind, language, text);
}

void MailTextsWidget::showText()
{
    auto text = load(m_kind->currentData().toString(), m_language->currentData().toString());
    if (!text) {
        m_banner->showMessage(text.message());
        return;
    }
    m_banner->clearMessage();
    m_subject->setText(text->subject);
    m_body->setPlainText(text->body);
}

Status MailTextsWidget::save()
{
    const MailTemplate text = shownText();
    // The services check the text (placeholders, no line break in the subject) and the user's role.
    const Status checked = store(m_kind->currentData().toString(), m_language->currentData().toString(), text);
    if (!checked) {
        m_banner->showMessage(checked.message());
        return checked;
    }
    m_banner->showMessage(tr("Text saved."), MessageBanner::Kind::Info);
    emit saved(tr("The “%1” mail text (%2) was saved.").arg(m_kind->currentText(), m_language->currentText()));
    return {};
}

Status MailTextsWidget::restoreBuiltIn()
{
    const Status done = store(m_kind->currentData().toString(), m_language->currentData().toString(), {});
    if (!done) {
        m_banner->showMessage(done.message());
        return done;
    }
    showText();
    m_banner->showMessage(tr("The built-in text is used again."), MessageBanner::Kind::Info);
    emit saved(tr("The “%1” mail text (%2) is the built-in one again.")
                   .arg(m_kind->currentText(), m_language->currentText()));
    return {};
}
