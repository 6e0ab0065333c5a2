#pragma once

#include "DraftCommand.h"
#include "PostingService.h"

#include <QWidget>

class CompanySession;
class DocumentLinesModel;
class DraftHeaderForm;
class MessageBanner;
class QLabel;
class LineUnitCodeField;
class QPushButton;
class QTableView;
class QUndoStack;
class TaxTotalsWidget;

// The editor of a draft invoice or credit note: header, lines edited in place, live totals per
// tax rate, what posting still needs next to each field, undo/redo of every edit, and the
// verbs of a draft (post, approve, move to the trash, restore).
class DraftEditorWidget : public QWidget, public DraftCommandTarget
{
    Q_OBJECT
public:
    explicit DraftEditorWidget(CompanySession &session, QWidget *parent = nullptr);
    ~DraftEditorWidget() override;

    Status openDraft(qint64 documentId);
    qint64 documentId() const { return m_document.id; }
    const Document &document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undo; }
    DocumentLinesModel *linesModel() const { return m_lines; }

    // Checks, asks for confirmation, then posts. Refusals are shown in the editor.
    void requestPost();
    void reload();

    // DraftCommandTarget
    DraftService &draftService() override;
    qint64 draftId() const override { return m_document.id; }
    Result<Document> storedDraft() override;
    void draftChanged(const QString &whatHappened) override;
    void draftCommandFailed(const QString &message) override;

signals:
    void posted(qint64 documentId, const QString &number);
    void closeRequested();
    void statusMessage(const QString &text);

private:
    void buildUi();
    void display(const Document &document);
    void updateIssues();
    Status editLine(int row, const DocumentLine &edited);
    void removeSelectedLine();
    void showUnitCode();
    void focusNewLine();
    void headerEdited(const Document &before, const Document &after, const QString &what);
    void post();
    void approve();
    void moveToTrash();
    void restore();
    bool overThreshold() const;

    CompanySession &m_session;
    Document m_document;
    QUndoStack *m_undo;
    DocumentLinesModel *m_lines;
    QLabel *m_title;
    QLabel *m_subtitle;
    MessageBanner *m_banner;
    DraftHeaderForm *m_header;
    QLabel *m_linesIssue;
    QTableView *m_table;
    TaxTotalsWidget *m_totals;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    LineUnitCodeField *m_unitCode = nullptr;
    QPushButton *m_approve;
    QPushButton *m_trash;
    QPushButton *m_restore;
    QPushButton *m_post;
};
