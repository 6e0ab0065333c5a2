#include "UiTestSupport.h"

#include "BackgroundReader.h"
#include "UiFormat.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMutex>
#include <QPointer>
#include <QStandardPaths>

namespace {
QMutex problemsMutex;
QStringList problems;
QtMessageHandler previousHandler = nullptr;

void collectModelProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && QByteArray(context.category ? context.category : "").contains("modeltest")) {
        QMutexLocker lock(&problemsMutex);
        problems << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

UiFixture::UiFixture(const std::function<void(TestLedger &)> &prepare)
{
    if (prepare)
        prepare(m_ledger);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(collectModelProblems);
    m_session = std::make_unique<CompanySession>(m_ledger.ledger());
    m_window = std::make_unique<MainWindow>(*m_session);
    watchModels(m_window.get());
    QObject::connect(m_window.get(), &MainWindow::pageMade, m_window.get(),
        [this](PageId id) { watchModels(m_window->page(id)); });
    m_window->resize(1280, 800);
    m_window->show();
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
}

UiFixture::~UiFixture()
{
    m_testers.clear();
    m_window.reset();
    m_session.reset();
}

void UiFixture::makeAllPages()
{
    for (int id = 0; id <= static_cast<int>(PageId::Settings); ++id)
        m_window->page(static_cast<PageId>(id));
}

void UiFixture::watchModels(QObject *root)
{
    const QList<QAbstractItemModel *> models = root->findChildren<QAbstractItemModel *>();
    for (QAbstractItemModel *model : models) {
        bool known = false;
        for (const auto &tester : m_testers)
            known = known || tester->model() == model;
        if (!known)
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }
}

QStringList UiFixture::modelProblems()
{
    QMutexLocker lock(&problemsMutex);
    return problems;
}

void UiFixture::waitForReads()
{
    REQUIRE(QTest::qWaitFor([this] { return m_session->reader().pending() == 0; }));
    QCoreApplication::processEvents(); // deliver the last result
    QCoreApplication::processEvents();
}

bool UiFixture::closed(QWidget *dialog)
{
    QPointer<QWidget> guard(dialog);
    return QTest::qWaitFor([&guard] { return guard.isNull() || !guard->isVisible(); });
}

void UiFixture::click(QWidget *widget)
{
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        QTest::mouseClick(button, Qt::LeftButton);
    else
        QTest::mouseClick(widget, Qt::LeftButton);
}

void UiFixture::setText(const char *name, const QString &text, QObject *root)
{
    auto *edit = find<QLineEdit>(name, root);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QByteArray sampleJobJson(const QString &jobId)
{
    return QStringLiteral(R"({
  "job_id": "%1",
  "customer": {"name": "Hôtel du Parc", "address": "8 quai Saint-Antoine\n69002 Lyon",
               "vat_id": "FR83404833048", "email": "compta@hotelduparc.example"},
  "completed_at": "2026-03-09T15:00:00Z",
  "description": "Boiler repair, kitchen",
  "report": "Replaced two valves, tested the circuit.",
  "labor": [{"technician": "Luc", "date": "2026-03-09", "hours": "2.5", "rate": "60"}],
  "parts": [{"sku": "V-1", "description": "Valve", "quantity": "2", "unit": "pc", "unit_price": "12.40",
             "tax_rate": "20"}]
})")
        .arg(jobId)
        .toUtf8();
}

QString money(qint64 minor)
{
    return UiFormat::money(minor, QStringLiteral("EUR"));
}

void typeInCell(QTableView *table, int row, int column, const QString &text)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index); // opens the editor when the view edits on current change
    auto openEditor = [table] {
        QLineEdit *found = nullptr;
        for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>())
            if (candidate->isVisible())
                found = candidate;
        return found;
    };
    if (!openEditor())
        table->edit(index);
    QLineEdit *editor = openEditor();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the edit from the event loop
}
