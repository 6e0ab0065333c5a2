#include "CatalogPage.h"

#include "CatalogItemDialog.h"
#include "CompanySession.h"
#include "MessageBanner.h"
#include "RowTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString kindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Labor: return QCoreApplication::translate("CatalogPage", "Labor");
    case LineKind::Part: return QCoreApplication::translate("CatalogPage", "Part");
    case LineKind::Other: return QCoreApplication::translate("CatalogPage", "Other");
    }
    return {};
}
} // namespace

CatalogPage::CatalogPage(CompanySession &session, QWidget *parent)
    : Page(session, parent), m_search(new QLineEdit(this)), m_banner(new MessageBanner(this)),
      m_model(new RowTableModel<CatalogItem>(
          {{tr("Code"), [](const CatalogItem &i) { return i.sku; }},
           {tr("Kind"), [](const CatalogItem &i) { return kindName(i.kind); }},
           {tr("Description"), [](const CatalogItem &i) { return i.description; }},
           {tr("Unit"), [](const CatalogItem &i) { return i.unit; }},
           {tr("Unit price"), [](const CatalogItem &i) { return UiFormat::price(i.unitPrice); },
            RowTableModel<CatalogItem>::Number, nullptr,
            [](const CatalogItem &i) { return QVariant(i.unitPrice.scaled()); }},
           {tr("Active"), [](const CatalogItem &i) { return i.active ? tr("yes") : tr("no"); }, Qt::AlignCenter,
            [](const CatalogItem &i, int role) -> QVariant {
                if (role == Qt::ForegroundRole && !i.active)
                    return QBrush(QColor(0x99, 0x99, 0x99));
                return {};
            }}},
          this)),
      m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("catalogPage"));
    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Search code or description"));
    m_search->setClearButtonEnabled(true);
    m_banner->setObjectName(QStringLiteral("catalogMessage"));
    m_view->setObjectName(QStringLiteral("catalogTable"));
    m_view->setModel(m_model);
    TableViews::setUpList(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    TableViews::makeSortable(m_view);
    TableViews::showWhenEmpty(m_view, tr("The catalog is empty: add the parts and services you sell with New item."),
                              [this] { return !m_search->text().trimmed().isEmpty(); });
    auto *add = new QPushButton(tr("New item"), this);
    add->setObjectName(QStringLiteral("newCatalogItemButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    keepThroughReloads(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &CatalogPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] { doAction(PageAction::New); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const CatalogItem *item = m_model->rowAt(index.row()))
            edit(*item);
    });
}

QString CatalogPage::title() const
{
    return tr("Catalog");
}

void CatalogPage::refresh()
{
    auto items = m_session.context().catalog.items(m_search->text());
    if (!items) {
        m_banner->showMessage(items.message());
        return;
    }
    m_model->setRows(items.value());
}

bool CatalogPage::canDo(PageAction action) const
{
    return action == PageAction::New || action == PageAction::Find;
}

void CatalogPage::doAction(PageAction action)
{
    if (action == PageAction::Find) {
        m_search->setFocus();
        m_search->selectAll();
    } else if (action == PageAction::New) {
        edit(CatalogItem{});
    }
}

void CatalogPage::edit(const CatalogItem &item)
{
    auto *dialog = new CatalogItemDialog(m_session, item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
