#include "DraftEditorWidget.h"

#include "AddLineCommand.h"
#include "CompanySession.h"
#include "DocumentLinesModel.h"
#include "DraftHeaderForm.h"
#include "EditHeaderCommand.h"
#include "EditLineCommand.h"
#include "LineUnitCodeField.h"
#include "FlowLayout.h"
#include "LineItemDelegate.h"
#include "MessageBanner.h"
#include "RemoveLineCommand.h"
#include "TableViews.h"
#include "TaxTotalsWidget.h"
#include "UiFormat.h"
#include "print/PrintActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

DraftEditorWidget::DraftEditorWidget(CompanySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(new QUndoStack(this)), m_lines(new DocumentLinesModel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_banner(new MessageBanner(this)),
      m_header(new DraftHeaderForm(session.context().customers, this)), m_linesIssue(new QLabel(this)),
      m_table(new QTableView(this)), m_totals(new TaxTotalsWidget(this)),
      m_addLine(new QPushButton(tr("Add line"), this)), m_removeLine(new QPushButton(tr("Remove line"), this)),
      m_approve(new QPushButton(tr("Approve"), this)), m_trash(new QPushButton(tr("Move to trash"), this)),
      m_restore(new QPushButton(tr("Restore"), this)), m_post(new QPushButton(tr("Post"), this))
{
    setObjectName(QStringLiteral("draftEditor"));
    buildUi();
    connect(m_lines, &DocumentLinesModel::editRejected, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_header, &DraftHeaderForm::headerEdited, this, &DraftEditorWidget::headerEdited);
    connect(m_addLine, &QPushButton::clicked, this, &DraftEditorWidget::focusNewLine);
    connect(m_removeLine, &QPushButton::clicked, this, &DraftEditorWidget::removeSelectedLine);
    connect(m_post, &QPushButton::clicked, this, &DraftEditorWidget::requestPost);
    connect(m_approve, &QPushButton::clicked, this, &DraftEditorWidget::approve);
    connect(m_trash, &QPushButton::clicked, this, &DraftEditorWidget::moveToTrash);
    connect(m_restore, &QPushButton::clicked, this, &DraftEditorWidget::restore);
    auto *remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &DraftEditorWidget::removeSelectedLine);
}

DraftEditorWidget::~DraftEditorWidget() = default;

void DraftEditorWidget::buildUi()
{
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_banner->setObjectName(QStringLiteral("editorMessage"));
    m_linesIssue->setObjectName(QStringLiteral("linesIssue"));
    m_linesIssue->setStyleSheet(QStringLiteral("color: #a24a00;"));
    m_linesIssue->setVisible(false);
    m_table->setObjectName(QStringLiteral("linesTable"));
    m_table->setModel(m_lines);
    auto *delegate = new LineItemDelegate(m_table);
    m_table->setItemDelegate(delegate);
    // Enter on the last line finishes it: the next line is typed in the new-line row.
    connect(delegate, &LineItemDelegate::lineEntered, this, [this](int row) {
        if (row >= m_document.lines.size() - 1)
            QTimer::singleShot(0, this, [this] {
                if (m_document.isDraft() && !m_document.isDeleted())
                    focusNewLine();
            });
    });
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    TableViews::setUpLines(m_table);
    m_totals->setObjectName(QStringLiteral("draftTotals"));
    m_addLine->setObjectName(QStringLiteral("addLineButton"));
    m_removeLine->setObjectName(QStringLiteral("removeLineButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_trash->setObjectName(QStringLiteral("trashButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setDefault(true);
    m_post->setToolTip(tr("Give the draft its final number (Ctrl+Return)"));
    m_post->setStyleSheet(QStringLiteral("QPushButton { background: #1f6feb; color: white; font-weight: bold; "
                                         "padding: 6px 18px; border-radius: 4px; border: none; }"
                                         "QPushButton:disabled { background: #9db8e6; }"));

    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("‹ Invoices"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &DraftEditorWidget::closeRequested);
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    undo->setObjectName(QStringLiteral("undoButton"));
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    redo->setObjectName(QStringLiteral("redoButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    // The draft's actions wrap onto a second row rather than widen the window.
    auto *actions = new FlowLayout;
    actions->setRightAligned(true);
    top->addLayout(actions, 2);
    // The draft as it would print, watermarked DRAFT in its language: never archived nor numbered.
    auto *preview = new QPushButton(tr("Print preview"), this);
    preview->setObjectName(QStringLiteral("previewDraftButton"));
    connect(preview, &QPushButton::clicked, this, [this] { (void)PrintActions::preview(this, m_session.ledger(), m_document.id); });
    auto *exportPdf = new QPushButton(tr("Export PDF"), this);
    exportPdf->setObjectName(QStringLiteral("exportDraftPdfButton"));
    connect(exportPdf, &QPushButton::clicked, this, [this] { (void)PrintActions::exportPdf(this, m_session.ledger(), m_document.id); });
    for (QWidget *w : std::initializer_list<QWidget *> {undo, redo, preview, exportPdf, m_trash, m_restore, m_approve, m_post})
        actions->addWidget(w);

    // The unit code (e-invoices) of the line the clerk is on.
    m_unitCode = new LineUnitCodeField(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &DraftEditorWidget::showUnitCode);
    connect(m_unitCode, &LineUnitCodeField::unitCodeChosen, this, [this](const QString &code) {
        const int row = m_table->currentIndex().row();
        if (row < 0 || row >= m_document.lines.size())
            return;
        DocumentLine line = m_document.lines.at(row);
        line.unitCode = code;
        const Status done = editLine(row, line);
        if (!done)
            m_banner->showMessage(done.message());
        showUnitCode();
    });
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_unitCode);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_header->notesPanel(), 3);
    bottom->addSpacing(24);
    bottom->addWidget(m_totals, 2, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addWidget(m_linesIssue);
    layout->addWidget(m_table, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(bottom);
}

DraftService &DraftEditorWidget::draftService()
{
    return m_session.ledger().drafts();
}

Result<Document> DraftEditorWidget::storedDraft()
{
    return m_session.context().documents.find(m_document.id);
}

Status DraftEditorWidget::openDraft(qint64 documentId)
{
    auto document = m_session.context().documents.find(documentId);
    if (!document)
        return document.error();
    m_undo->clear();
    m_banner->clearMessage();
    auto rates = m_session.context().catalog.taxRates();
    m_lines->setTaxRates(rates ? rates.value() : QList<TaxRate>());
    auto items = m_session.context().catalog.items();
    m_lines->setCatalog(items ? items.value() : QList<CatalogItem>());
    m_lines->setCurrency(document->currency);
    m_lines->setLines({});
    display(document.value());
    return {};
}

void DraftEditorWidget::reload()
{
    auto document = storedDraft();
    if (!document) {
        m_banner->showMessage(document.message());
        return;
    }
    display(document.value());
}

void DraftEditorWidget::display(const Document &document)
{
    m_document = document;
    const bool editable = document.isDraft() && !document.isDeleted();
    m_title->setText(document.displayName());
    QString subtitle = document.customerName;
    if (document.isDeleted())
        subtitle = tr("In the trash since %1 — restore it to edit or post it.").arg(UiFormat::dateTime(document.deletedAt));
    else if (!document.approvedBy.isEmpty())
        subtitle += tr(" · approved by %1").arg(document.approvedBy);
    m_subtitle->setText(subtitle);
    m_header->setDocument(document, editable);
    m_lines->setEditable(editable, [this](int row, const DocumentLine &line) { return editLine(row, line); });
    m_lines->setLines(document.lines);
    auto totals = DraftService::totalsOf(document.lines);
    if (totals)
        m_totals->setTotals(totals.value(), document.currency);
    m_addLine->setEnabled(editable);
    m_removeLine->setEnabled(editable);
    showUnitCode();
    m_post->setVisible(!document.isDeleted());
    m_post->setEnabled(editable);
    m_trash->setVisible(!document.isDeleted());
    m_restore->setVisible(document.isDeleted());
    m_approve->setVisible(editable && m_session.ledger().user().isManager() && overThreshold()
                          && document.approvedBy.isEmpty() && document.type == DocumentType::Invoice);
    updateIssues();
}

bool DraftEditorWidget::overThreshold() const
{
    const qint64 threshold = m_session.company().approvalThreshold;
    return threshold > 0 && m_document.totalGross > threshold;
}

void DraftEditorWidget::updateIssues()
{
    QList<PostingIssue> issues;
    if (m_document.isDraft() && !m_document.isDeleted()) {
        auto checked = m_session.ledger().posting().check(m_document.id);
        if (checked)
            issues = checked.value();
    }
    m_header->setIssues(issues);
    QStringList lines;
    for (const PostingIssue &issue : std::as_const(issues))
        if (issue.field == QLatin1String("lines") || issue.field == QLatin1String("total"))
            lines << issue.message;
    m_linesIssue->setText(lines.isEmpty() ? QString() : tr("Needed to post: %1").arg(lines.join(tr("; "))));
    m_linesIssue->setVisible(!lines.isEmpty());
}

Status DraftEditorWidget::editLine(int row, const DocumentLine &edited)
{
    m_banner->clearMessage();
    std::unique_ptr<DraftCommand> command;
    if (row >= m_document.lines.size()) {
        command = std::make_unique<AddLineCommand>(*this, edited);
    } else {
        const DocumentLine &before = m_document.lines.at(row);
        command = std::make_unique<EditLineCommand>(*this, before.position, before, edited);
    }
    const Status done = command->execute();
    if (!done)
        return done;
    m_undo->push(command.release());
    return {};
}

void DraftEditorWidget::showUnitCode()
{
    const int row = m_table->currentIndex().row();
    const bool onLine = row >= 0 && row < m_document.lines.size();
    m_unitCode->setLine(onLine ? &m_document.lines.at(row) : nullptr, m_document.isDraft() && !m_document.isDeleted());
}

void DraftEditorWidget::removeSelectedLine()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_document.lines.size() || !m_document.isDraft())
        return;
    auto command = std::make_unique<RemoveLineCommand>(*this, m_document.lines.at(current.row()));
    const Status done = command->execute();
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    m_undo->push(command.release());
}

void DraftEditorWidget::focusNewLine()
{
    const QModelIndex index = m_lines->index(static_cast<int>(m_document.lines.size()), DocumentLinesModel::Description);
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

void DraftEditorWidget::headerEdited(const Document &before, const Document &after, const QString &what)
{
    m_banner->clearMessage();
    auto command = std::make_unique<EditHeaderCommand>(*this, before, after, what);
    const Status done = command->execute();
    if (!done) {
        m_banner->showMessage(done.message());
        reload();
        return;
    }
    m_undo->push(command.release());
}

void DraftEditorWidget::draftChanged(const QString &whatHappened)
{
    reload();
    m_session.changed();
    emit statusMessage(whatHappened.left(1).toUpper() + whatHappened.mid(1));
}

void DraftEditorWidget::draftCommandFailed(const QString &message)
{
    m_banner->showMessage(message);
    reload();
}

void DraftEditorWidget::requestPost()
{
    if (!m_document.isDraft() || m_document.isDeleted())
        return;
    m_banner->clearMessage();
    auto issues = m_session.ledger().posting().check(m_document.id);
    if (!issues) {
        m_banner->showMessage(issues.message());
        return;
    }
    if (!issues->isEmpty()) {
        QStringList missing;
        bool approvalOnly = true;
        for (const PostingIssue &issue : issues.value()) {
            missing << issue.message;
            approvalOnly = approvalOnly && issue.field == QLatin1String("approval");
        }
        updateIssues();
        if (approvalOnly)
            m_banner->showMessage(tr("%1 needs %2. Ask a manager to approve it, then post it.")
                                      .arg(m_document.displayName(), missing.join(tr("; "))),
                                  MessageBanner::Kind::Warning);
        else
            m_banner->showMessage(tr("%1 cannot be posted yet: it needs %2.")
                                      .arg(m_document.displayName(), missing.join(tr("; "))));
        return;
    }
    QString text = tr("Post %1 to %2 for %3?\n\nIt gets its final number and can no longer be changed; a mistake "
                      "is then corrected with a credit note.")
                       .arg(m_document.displayName(), m_document.customerName, m_session.money(m_document.totalGross));
    if (overThreshold() && m_document.approvedBy.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("The total is above the approval threshold of %1: posting it approves it in your name.")
                  .arg(m_session.money(m_session.company().approvalThreshold));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Post"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmPost"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Post"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmPostButton"));
    box->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, &DraftEditorWidget::post);
    box->open();
}

void DraftEditorWidget::post()
{
    const qint64 id = m_document.id;
    auto number = m_session.ledger().posting().post(id);
    if (!number) {
        m_banner->showMessage(number.message());
        reload();
        return;
    }
    m_undo->clear();
    m_session.changed(tr("Posted %1 for %2.").arg(number.value(), m_session.money(m_document.totalGross)));
    emit posted(id, number.value());
}

void DraftEditorWidget::approve()
{
    const Status done = m_session.ledger().drafts().approve(m_document.id);
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    reload();
    m_session.changed(tr("%1 approved.").arg(m_document.displayName()));
}

void DraftEditorWidget::moveToTrash()
{
    const Status done = m_session.ledger().drafts().moveToTrash(m_document.id);
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    m_undo->clear();
    const QString name = m_document.displayName();
    m_session.changed(tr("%1 moved to the trash. Restore it from the Trash filter of the list.").arg(name));
    emit closeRequested();
}

void DraftEditorWidget::restore()
{
    const Status done = m_session.ledger().drafts().restore(m_document.id);
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    reload();
    m_session.changed(tr("%1 restored.").arg(m_document.displayName()));
}
