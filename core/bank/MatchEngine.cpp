#include "MatchEngine.h"

#include "Money.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

MatchEngine::MatchEngine(const QList<OpenInvoice> &invoices, const QHash<QString, QList<qint64>> &accounts,
    const MatchReferenceLookup *references)
    : m_invoices(invoices.begin(), invoices.end())
    , m_accounts(accounts)
    , m_references(references)
{
    std::stable_sort(m_invoices.begin(), m_invoices.end(), [](const OpenInvoice &a, const OpenInvoice &b) {
        return a.issueDate != b.issueDate ? a.issueDate < b.issueDate : a.id < b.id;
    });
    m_byId.reserve(m_invoices.size());
    m_byNumber.reserve(m_invoices.size());
    m_byDue.reserve(m_invoices.size());
    QHash<QString, QString> normalized; // a customer's name is on many invoices: normalized once
    auto normal = [&normalized](const QString &name) {
        auto it = normalized.constFind(name);
        if (it == normalized.cend())
            it = normalized.insert(name, normalizedName(name));
        return it.value();
    };
    for (int i = 0; i < m_invoices.size(); ++i) {
        const OpenInvoice &o = m_invoices.at(i);
        m_byId.insert(o.id, i);
        m_byNumber.insert(o.number.toUpper(), i);
        m_byCustomer[o.customerId].append(i);
        m_byDue.insert(o.due, i);
        for (const QString &name : {normal(o.customerName), normal(o.billedName)}) {
            if (name.isEmpty())
                continue;
            QList<qint64> &ids = m_customersByName[name];
            if (ids.isEmpty() || ids.last() != o.customerId) {
                if (!ids.contains(o.customerId))
                    ids.append(o.customerId);
            }
        }
    }
}

QString MatchEngine::normalizedName(const QString &name)
{
    // Banks shorten, upper-case and strip accents: compare letters and digits only, without the
    // words that differ between how a customer is written and how a bank writes its payer
    // ("&" or "et", a legal form or not).
    static const QSet<QString> ignored {QStringLiteral("et"), QStringLiteral("and"), QStringLiteral("und"),
        QStringLiteral("en"), QStringLiteral("sarl"), QStringLiteral("sas"), QStringLiteral("sa"),
        QStringLiteral("eurl"), QStringLiteral("gmbh"), QStringLiteral("ag"), QStringLiteral("kg"),
        QStringLiteral("ltd"), QStringLiteral("bv"), QStringLiteral("nv"), QStringLiteral("srl"), QStringLiteral("spa"),
        QStringLiteral("sprl"), QStringLiteral("bvba"), QStringLiteral("co"), QStringLiteral("cie")};
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c.category() != QChar::Mark_NonSpacing && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    QStringList kept;
    for (const QString &w : std::as_const(words))
        if (!ignored.contains(w))
            kept.append(w);
    return kept.join(QLatin1Char(' '));
}

const OpenInvoice *MatchEngine::invoice(qint64 documentId) const
{
    const auto it = m_byId.constFind(documentId);
    return it == m_byId.cend() ? nullptr : &m_invoices.at(it.value());
}

bool MatchEngine::usable(int index, const StatementEntry &entry) const
{
    const OpenInvoice &o = m_invoices.at(index);
    return o.due > 0 && (!o.issueDate.isValid() || !entry.bookingDate.isValid() || o.issueDate <= entry.bookingDate);
}

void MatchEngine::allocate(MatchProposal &p, const QList<int> &indexes, qint64 amount) const
{
    qint64 left = amount;
    for (int i : indexes) {
        if (left <= 0)
            break;
        const OpenInvoice &o = m_invoices.at(i);
        const qint64 take = std::min(left, o.due);
        p.allocations.append({o.id, o.number, take});
        left -= take;
    }
}

QList<int> MatchEngine::invoicesNumbered(const StatementEntry &entry) const
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9/_.-]+"));
    QList<int> found;
    const QString text = entry.remittance + QLatin1Char(' ') + entry.structuredReference;
    for (QString token : text.toUpper().split(separators, Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && (token.endsWith(QLatin1Char('.')) || token.endsWith(QLatin1Char('/'))))
            token.chop(1);
        const auto it = m_byNumber.constFind(token);
        if (it != m_byNumber.cend() && usable(it.value(), entry) && !found.contains(it.value()))
            found.append(it.value());
    }
    return found;
}

bool MatchEngine::findSet(const QList<int> &candidates, qint64 amount, QList<int> *chosen) const
{
    // Depth-first over the oldest invoices, smallest sets first; bounded in size and steps.
    const int n = std::min<int>(static_cast<int>(candidates.size()), MaxSetCandidates);
    int budget = 200000;
    QList<int> stack;
    std::function<bool(int, qint64, int)> search = [&](int from, qint64 left, int size) -> bool {
        if (left == 0)
            return stack.size() >= 2;
        if (size == 0 || --budget <= 0)
            return false;
        for (int k = from; k < n; ++k) {
            const qint64 due = m_invoices.at(candidates.at(k)).due;
            if (due > left)
                continue;
            stack.append(candidates.at(k));
            if (search(k + 1, left - due, size - 1))
                return true;
            stack.removeLast();
        }
        return false;
    };
    for (int size = 2; size <= MaxSetSize; ++size) {
        stack.clear();
        if (search(0, amount, size)) {
            *chosen = stack;
            return true;
        }
    }
    return false;
}

QList<MatchProposal> MatchEngine::propose(const StatementEntry &e) const
{
    QList<MatchProposal> proposals;
    if (!e.isPaymentIn() || e.unapplied() <= 0)
        return proposals;
    const qint64 amount = e.unapplied();
    const QString currency = e.currency;
    QSet<qint64> proposed; // first invoice of each proposal: one proposal per invoice
    auto add = [&](MatchProposal p) {
        if (p.allocations.isEmpty() || proposed.contains(p.allocations.first().documentId))
            return;
        proposed.insert(p.allocations.first().documentId);
        proposals.append(p);
    };

    // 1. Structured reference.
    if (m_references) {
        QStringList refs = MatchReferenceLookup::candidates(e.structuredReference);
        refs += MatchReferenceLookup::candidates(e.remittance);
        for (const QString &ref : std::as_const(refs)) {
            const auto it = m_byId.constFind(m_references->invoiceFor(ref));
            if (it == m_byId.cend() || !usable(it.value(), e))
                continue;
            MatchProposal p;
            p.reason = MatchReason::Reference;
            allocate(p, {it.value()}, amount);
            p.explanation = tr("Reference %1 is the one of %2.").arg(ref, m_invoices.at(it.value()).number);
            add(p);
            break;
        }
    }
    // 2. Invoice numbers in the text.
    const QList<int> numbered = invoicesNumbered(e);
    if (!numbered.isEmpty()) {
        MatchProposal p;
        p.reason = MatchReason::NumberInText;
        allocate(p, numbered, amount);
        QStringList numbers;
        for (const MatchAllocation &a : std::as_const(p.allocations))
            numbers << a.number;
        p.explanation = tr("The remittance text names %1.").arg(numbers.join(QStringLiteral(", ")));
        add(p);
    }
    // 3. A known payer account.
    const QList<qint64> payers = e.debtorIban.isEmpty() ? QList<qint64>() : m_accounts.value(e.debtorIban);
    for (qint64 customer : payers) {
        const QList<int> theirs = m_byCustomer.value(customer);
        QList<int> usableOnes;
        for (int i : theirs)
            if (usable(i, e))
                usableOnes.append(i);
        bool single = false;
        for (int i : std::as_const(usableOnes)) {
            if (m_invoices.at(i).due != amount)
                continue;
            MatchProposal p;
            p.reason = MatchReason::IbanAmount;
            allocate(p, {i}, amount);
            p.explanation = tr("%1 pays from %2 and %3 is due on %4.")
                                .arg(m_invoices.at(i).customerName, e.debtorIban, Money::plain(amount, currency),
                                    m_invoices.at(i).number);
            add(p);
            single = true;
            break;
        }
        QList<int> set;
        if (!single && findSet(usableOnes, amount, &set)) {
            MatchProposal p;
            p.reason = MatchReason::IbanSet;
            allocate(p, set, amount);
            QStringList numbers;
            for (const MatchAllocation &a : std::as_const(p.allocations))
                numbers << a.number;
            p.explanation = tr("%1 pays from %2 and %3 together are due %4.")
                                .arg(m_invoices.at(set.first()).customerName, e.debtorIban,
                                    numbers.join(QStringLiteral(", ")), Money::plain(amount, currency));
            add(p);
        }
    }
    // 4. The payer's name and the amount.
    const QString name = normalizedName(e.debtorName);
    if (!name.isEmpty()) {
        const QList<qint64> customers = m_customersByName.value(name);
        for (auto it = m_byDue.constFind(amount); it != m_byDue.cend() && it.key() == amount; ++it) {
            const OpenInvoice &o = m_invoices.at(it.value());
            if (!customers.contains(o.customerId) || !usable(it.value(), e) || o.due != amount)
                continue;
            MatchProposal p;
            p.reason = MatchReason::NameAmount;
            allocate(p, {it.value()}, amount);
            p.explanation = tr("%1 is the name of the customer of %2, due %3.")
                                .arg(e.debtorName, o.number, Money::plain(amount, currency));
            add(p);
        }
    }
    return proposals;
}

void MatchEngine::consume(const QList<MatchAllocation> &allocations)
{
    for (const MatchAllocation &a : allocations) {
        const auto it = m_byId.constFind(a.documentId);
        if (it == m_byId.cend())
            continue;
        OpenInvoice &o = m_invoices[it.value()];
        m_byDue.remove(o.due, it.value());
        o.due = std::max<qint64>(0, o.due - a.amount);
        if (o.due > 0)
            m_byDue.insert(o.due, it.value());
    }
}

void MatchEngine::learn(const QString &iban, qint64 customerId)
{
    QList<qint64> &customers = m_accounts[iban];
    if (!iban.isEmpty() && !customers.contains(customerId))
        customers.append(customerId);
}
