#include "TableViews.h"

#include "DocumentLinesModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace {
QString settingsKey(const QTableView *view, const char *what)
{
    return QStringLiteral("lists/%1/%2").arg(view->objectName(), QLatin1String(what));
}

// Keeps the empty-list label over the whole viewport.
class ViewportFollower : public QObject
{
public:
    ViewportFollower(QWidget *viewport, QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        viewport->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_label->setGeometry(static_cast<QWidget *>(watched)->rect());
        return false;
    }

private:
    QLabel *m_label;
};
} // namespace

namespace TableViews {

QTableView *list(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    setUpList(view);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setUpList(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void setUpLines(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentLinesModel::Description, QHeaderView::Stretch);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(DocumentLinesModel::Quantity, digit * 8);
    view->setColumnWidth(DocumentLinesModel::Unit, digit * 6);
    view->setColumnWidth(DocumentLinesModel::UnitPrice, digit * 12);
    view->setColumnWidth(DocumentLinesModel::Discount, digit * 9);
    view->setColumnWidth(DocumentLinesModel::TaxRate, digit * 14);
    view->setColumnWidth(DocumentLinesModel::Net, digit * 14);
}

void makeSortable(QTableView *view)
{
    Q_ASSERT(!view->objectName().isEmpty());
    QHeaderView *header = view->horizontalHeader();
    // Only the columns the user resizes: a stretched column follows the window.
    auto resizable = [view, header](int section) {
        return header->sectionResizeMode(section) == QHeaderView::Interactive
            && !(header->stretchLastSection() && section == header->count() - 1)
            && section < view->model()->columnCount();
    };
    QSettings settings;
    const QStringList widths = settings.value(settingsKey(view, "widths")).toStringList();
    for (int section = 0; section < widths.size() && section < header->count(); ++section) {
        const int width = widths.at(section).toInt();
        if (width > 0 && resizable(section))
            header->resizeSection(section, width);
    }
    view->setProperty("widthsRemembered", !widths.isEmpty());
    const int column = settings.value(settingsKey(view, "sortColumn"), -1).toInt();
    const auto order = settings.value(settingsKey(view, "sortOrder")).toString() == QLatin1String("descending")
        ? Qt::DescendingOrder
        : Qt::AscendingOrder;
    header->setSortIndicatorClearable(true);
    // A column the model does not have yet (a report before it is run) is kept for when it has.
    header->setSortIndicator(std::max(column, -1), order);
    view->setSortingEnabled(true); // sorts the model by the indicator
    header->setSectionsClickable(true);

    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view, [view](int section, Qt::SortOrder order) {
        QSettings settings;
        settings.setValue(settingsKey(view, "sortColumn"), section);
        settings.setValue(settingsKey(view, "sortOrder"),
            order == Qt::DescendingOrder ? QStringLiteral("descending") : QStringLiteral("ascending"));
    });
    QObject::connect(header, &QHeaderView::sectionResized, view, [view, header, resizable](int section) {
        if (!resizable(section))
            return;
        QStringList widths;
        for (int i = 0; i < header->count(); ++i)
            widths << QString::number(resizable(i) ? header->sectionSize(i) : 0);
        QSettings().setValue(settingsKey(view, "widths"), widths);
    });
}

QLabel *showWhenEmpty(QTableView *view, const QString &emptyText, std::function<bool()> filtered)
{
    auto *label = new QLabel(view->viewport());
    label->setObjectName(QStringLiteral("emptyListLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #6b7280; font-size: 11pt; background: transparent; }"));
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setGeometry(view->viewport()->rect());
    new ViewportFollower(view->viewport(), label);
    QAbstractItemModel *model = view->model();
    auto update = [model, label, emptyText, filtered = std::move(filtered)] {
        const bool empty = model->rowCount() == 0;
        if (empty)
            label->setText(
                filtered && filtered() ? QCoreApplication::translate("TableViews", "Nothing found") : emptyText);
        label->setVisible(empty);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, label, update);
    update();
    return label;
}

} // namespace TableViews
