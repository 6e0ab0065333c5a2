#include "RemindersPage.h"

#include "MailComposer.h"
#include "Money.h"
#include "ReminderDueModel.h"
#include "ReminderLetterPrinter.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

RemindersPage::RemindersPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_outbox(ledger.context(), ledger.audit())
    , m_asOf(new QDateEdit(this))
    , m_level(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_model(new ReminderDueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_preview(new QTextBrowser(this))
    , m_lateFee(new QCheckBox(tr("Invoice the late fee"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("remindersPage"));
    m_outbox.setAttachments(ReminderLetterPrinter::attachments(m_ledger));
    m_dispatcher = &m_outbox;
    m_letterPrinter = [this](qint64 customerId, const QList<qint64> &invoiceIds, int level) {
        return ReminderLetterPrinter::print(m_ledger, this, customerId, invoiceIds, level);
    };
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Late fees"), question, QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("lateFeeConfirmation"));
        return box.exec() == QMessageBox::Yes;
    };
    m_asOf->setObjectName(QStringLiteral("remindersAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(UiFormat::dateFormat());
    m_asOf->setDate(m_ledger.context().clock.today());
    m_level->setObjectName(QStringLiteral("remindersLevel"));
    m_table->setObjectName(QStringLiteral("remindersTable"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReminderDueModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    TableViews::makeSortable(m_table);
    TableViews::showWhenEmpty(m_table, tr("No invoice is due for a reminder on this day."),
                              [this] { return m_level->currentData().toInt() > 0; });
    m_preview->setObjectName(QStringLiteral("reminderPreview"));
    m_lateFee->setObjectName(QStringLiteral("lateFeeCheck"));
    m_summary->setObjectName(QStringLiteral("remindersSummary"));
    m_summary->setWordWrap(true);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    QPushButton *all = button(tr("Check all"), "checkAllRemindersButton");
    QPushButton *send = button(tr("Send by email"), "sendReminderButton");
    QPushButton *print = button(tr("Print letter"), "printReminderButton");
    QPushButton *record = button(tr("Record as sent"), "recordReminderButton");
    QPushButton *dispute = button(tr("Dispute…"), "disputeButton");

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of"), this));
    top->addWidget(m_asOf);
    top->addWidget(new QLabel(tr("Level"), this));
    top->addWidget(m_level);
    top->addStretch();
    top->addWidget(all);
    auto *actions = new QHBoxLayout;
    actions->addWidget(send);
    actions->addWidget(print);
    actions->addWidget(record);
    actions->addWidget(m_lateFee);
    actions->addStretch();
    actions->addWidget(dispute);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_summary);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RemindersPage::refresh);
    connect(m_level, &QComboBox::activated, this, &RemindersPage::refresh);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(send, &QPushButton::clicked, this, [this] { remind(ReminderChannel::Email); });
    connect(print, &QPushButton::clicked, this, [this] { remind(ReminderChannel::Letter); });
    connect(record, &QPushButton::clicked, this, [this] { remind(ReminderChannel::Manual); });
    connect(dispute, &QPushButton::clicked, this, &RemindersPage::toggleDispute);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RemindersPage::showPreview);
    refresh();
}

void RemindersPage::refresh()
{
    ReminderService reminders(m_ledger.context(), m_ledger.audit(), m_ledger.drafts());
    auto levels = reminders.levels();
    const int chosen = m_level->currentData().toInt();
    m_level->clear();
    m_level->addItem(tr("All levels"), 0);
    for (qsizetype i = 0; levels && i < levels->size(); ++i)
        m_level->addItem(tr("Level %1 (%2 days)").arg(i + 1).arg(levels->at(i)), static_cast<int>(i + 1));
    m_level->setCurrentIndex(std::max(0, m_level->findData(chosen)));
    auto due = reminders.due(m_asOf->date(), m_level->currentData().toInt());
    if (!due) {
        m_summary->setText(due.message());
        return;
    }
    auto company = m_ledger.context().company.load();
    m_model->setRows(due.value(), company ? company->currency : QStringLiteral("EUR"));
    if (!m_table->property("widthsRemembered").toBool()) // the user's widths, once there are some
        m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n invoice(s) due for a reminder.", nullptr, static_cast<int>(due->size())));
    if (!due->isEmpty())
        m_table->setCurrentIndex(m_sorted->index(0, 0));
    else
        m_preview->clear();
}

QList<DueReminder> RemindersPage::targets() const
{
    QList<DueReminder> rows = m_model->checked();
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (rows.isEmpty() && current.isValid())
        rows << m_model->rows().at(current.row());
    return rows;
}

QString RemindersPage::previewHtml(const DueReminder &due) const
{
    ReminderService reminders(m_ledger.context(), m_ledger.audit(), m_ledger.drafts());
    auto company = m_ledger.context().company.load();
    const QString currency = company ? company->currency : QStringLiteral("EUR");
    const QLocale locale;
    QString html = tr("<h3>Reminder level %1 to %2</h3>").arg(due.level).arg(due.invoice.customerName.toHtmlEscaped());
    // Not sent yet: what will go, when, how, and in the customer's language.
    const QLocale customerLocale(due.invoice.language);
    html += tr("<p>To be sent on %1 by %2%3, in %4.</p>")
                .arg(locale.toString(m_asOf->date(), QLocale::LongFormat), ReminderChannels::displayName(due.channel),
                    due.invoice.customerEmail.isEmpty() ? QString()
                                                        : tr(" to %1").arg(due.invoice.customerEmail.toHtmlEscaped()),
                    QLocale::languageToString(customerLocale.language()));
    if (due.channel == ReminderChannel::Email) {
        auto mail = MailComposer(m_ledger.context(), m_ledger.audit()).draft(due.invoice.documentId, true);
        if (mail)
            html += QStringLiteral("<p><b>%1</b></p><pre style=\"white-space: pre-wrap\">%2</pre>")
                        .arg(mail->subject.toHtmlEscaped(), mail->body.toHtmlEscaped());
    }
    html += tr("<p>Overdue invoices of this customer:</p><table cellpadding=\"3\"><tr><th>Invoice</th><th>Due</th>"
               "<th>Days overdue</th><th>Amount due</th></tr>");
    qint64 total = 0;
    auto overdue = reminders.overdueOf(due.invoice.customerId, m_asOf->date());
    for (const ReminderCandidate &c : overdue ? overdue.value() : QList<ReminderCandidate>()) {
        total += c.amountDue;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(c.number.toHtmlEscaped(), locale.toString(c.dueDate, QLocale::ShortFormat))
                    .arg(c.dueDate.daysTo(m_asOf->date()))
                    .arg(Money::display(c.amountDue, currency, locale));
    }
    html += tr("<tr><td colspan=\"3\"><b>Total</b></td><td align=\"right\"><b>%1</b></td></tr></table>")
                .arg(Money::display(total, currency, locale));
    if (due.lateFee > 0)
        html += tr("<p>Late fee of this level: %1 (invoiced only when asked for).</p>")
                    .arg(Money::display(due.lateFee, currency, locale));
    return html;
}

void RemindersPage::showPreview()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.row() >= m_model->rows().size()) {
        m_preview->clear();
        return;
    }
    m_preview->setHtml(previewHtml(m_model->rows().at(current.row())));
}

void RemindersPage::remind(ReminderChannel channel)
{
    const QList<DueReminder> rows = targets();
    if (rows.isEmpty())
        return;
    if (m_asOf->date() > m_ledger.context().clock.today()) {
        m_summary->setText(tr("A day to come only shows what will be due: reminders are recorded as of today or "
                              "an earlier day."));
        return;
    }
    bool fees = false;
    if (m_lateFee->isChecked()) {
        qint64 total = 0;
        int count = 0;
        for (const DueReminder &d : rows) {
            total += d.lateFee;
            count += d.lateFee > 0;
        }
        auto company = m_ledger.context().company.load();
        if (count > 0) {
            fees = m_confirm(tr("Create %n late-fee draft invoice(s), %1 in all?", nullptr, count)
                                 .arg(Money::display(total, company ? company->currency : QStringLiteral("EUR"))));
            if (!fees)
                return;
        }
    }
    ReminderService reminders(m_ledger.context(), m_ledger.audit(), m_ledger.drafts());
    reminders.setDispatcher(m_dispatcher);
    QStringList failures;
    int done = 0;
    QMap<qint64, QList<qint64>> letters;
    QMap<qint64, int> letterLevel;
    for (const DueReminder &d : rows) {
        ReminderRequest request;
        request.documentId = d.invoice.documentId;
        request.level = d.level;
        request.channel = channel;
        request.sentOn = m_asOf->date();
        request.chargeLateFee = fees && d.lateFee > 0;
        auto recorded = reminders.record(request);
        if (!recorded) {
            failures << d.invoice.number + QStringLiteral(": ") + recorded.message();
            continue;
        }
        ++done;
        letters[d.invoice.customerId] << d.invoice.documentId;
        letterLevel[d.invoice.customerId] = std::max(letterLevel.value(d.invoice.customerId), d.level);
    }
    if (channel == ReminderChannel::Letter && m_letterPrinter) {
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            const Status printed = m_letterPrinter(it.key(), it.value(), letterLevel.value(it.key()));
            if (!printed)
                failures << printed.message();
        }
    }
    refresh();
    QString text = tr("%n reminder(s) recorded.", nullptr, done);
    if (!failures.isEmpty())
        text += QLatin1Char(' ') + tr("Not recorded: %1").arg(failures.join(QStringLiteral("; ")));
    m_summary->setText(text);
    if (done > 0)
        emit changed(tr("%n reminder(s) recorded", nullptr, done));
}

void RemindersPage::toggleDispute()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const DueReminder &d = m_model->rows().at(current.row());
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dispute"),
        tr("Why does the customer dispute %1? No reminder is sent for it "
           "until the dispute is closed (Invoices › History).")
            .arg(d.invoice.number),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ReminderService reminders(m_ledger.context(), m_ledger.audit(), m_ledger.drafts());
    const Status done = reminders.openDispute(d.invoice.documentId, reason);
    m_summary->setText(done ? tr("%1 is disputed: no reminder will be sent.").arg(d.invoice.number) : done.message());
    if (done) {
        refresh();
        emit changed(tr("%1 disputed").arg(d.invoice.number));
    }
}
