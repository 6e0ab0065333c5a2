#include "PartyAddressMigration.h"

#include "CountryCodes.h"
#include "PartyColumns.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PartyAddressMigration", text);
}

// What the address becomes: split, or flagged to review (empty text: nothing to review).
PostalAddress structured(const QString &text, const QString &vatId)
{
    if (text.trimmed().isEmpty())
        return {};
    if (auto split = PostalAddress::split(text, CountryCodes::fromVatId(vatId)))
        return *split;
    PostalAddress review;
    review.toReview = true;
    return review;
}
} // namespace

Status PartyAddressMigration::run(Database &db)
{
    {
        SqlStatement read(db, "SELECT address, vat_id FROM company WHERE id = 1");
        FACTURO_TRY(read.exec(tr("read the company address")));
        if (read.next()) {
            const PostalAddress address = structured(read.text(0), read.text(1));
            read.finish();
            SqlStatement write(db,
                QStringLiteral("UPDATE company SET %1 WHERE id = 1").arg(QString::fromLatin1(PartyColumns::setList())));
            PartyColumns::bind(write, address, {}, {});
            FACTURO_TRY(write.exec(tr("split the company address")));
        }
    }
    struct Row
    {
        qint64 id;
        PostalAddress address;
    };
    QList<Row> rows;
    {
        SqlStatement read(db, "SELECT id, billing_address, vat_id FROM customers WHERE billing_address <> ''");
        FACTURO_TRY(read.exec(tr("read the customers' addresses")));
        while (read.next())
            rows.append({read.integer(0), structured(read.text(1), read.text(2))});
    }
    SqlStatement write(
        db, QStringLiteral("UPDATE customers SET %1 WHERE id = :id").arg(QString::fromLatin1(PartyColumns::setList())));
    for (const Row &row : std::as_const(rows)) {
        PartyColumns::bind(write, row.address, {}, {});
        write.bind(":id", row.id);
        FACTURO_TRY(write.exec(tr("split the customers' addresses")));
    }
    return {};
}
