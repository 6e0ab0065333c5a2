#include "CustomerPicker.h"

#include "CustomerRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

CustomerPicker::CustomerPicker(const CustomerRepository &customers, QWidget *parent)
    : QLineEdit(parent), m_customers(customers), m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this)), m_timer(new QTimer(this))
{
    setPlaceholderText(tr("Customer name or VAT id…"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(m_completer);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &CustomerPicker::updateCompletions);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            clearCustomer();
            emit customerChosen(0, QString());
            return;
        }
        m_timer->start();
    });
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(Qt::UserRole).toLongLong(), index.data(Qt::DisplayRole).toString());
            });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (text() != m_chosenName || m_customerId == 0)
            chooseFromText();
    });
}

void CustomerPicker::updateCompletions()
{
    auto found = m_customers.list(text(), 30);
    m_model->clear();
    if (!found)
        return;
    for (const CustomerSummary &c : found.value()) {
        auto *item = new QStandardItem(c.name);
        item->setData(c.id, Qt::UserRole);
        item->setToolTip(c.vatId);
        m_model->appendRow(item);
    }
    if (hasFocus() && m_model->rowCount() > 0)
        m_completer->complete();
}

void CustomerPicker::setCustomer(qint64 id, const QString &name)
{
    m_customerId = id;
    m_chosenName = name;
    setText(name);
}

void CustomerPicker::clearCustomer()
{
    m_customerId = 0;
    m_chosenName.clear();
}

void CustomerPicker::choose(qint64 id, const QString &name)
{
    if (id <= 0)
        return;
    const bool changed = id != m_customerId;
    setCustomer(id, name);
    if (changed)
        emit customerChosen(id, name);
}

bool CustomerPicker::chooseFromText()
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return false;
    auto found = m_customers.list(typed, 50);
    if (!found || found->isEmpty())
        return false;
    for (const CustomerSummary &c : found.value()) {
        if (c.name.compare(typed, Qt::CaseInsensitive) == 0) {
            choose(c.id, c.name);
            return true;
        }
    }
    if (found->size() == 1) {
        choose(found->first().id, found->first().name);
        return true;
    }
    return false;
}
