#include "ReminderOutboxDispatcher.h"

#include "MailComposer.h"
#include "OutboxService.h"
#include "Transaction.h"

namespace {
QString key(int level, const QString &language, const char *part)
{
    return QStringLiteral("reminder.template.%1.%2.%3").arg(level).arg(language, QString::fromLatin1(part));
}

// Built-in texts are in the recipient's language: content, not user interface (no tr()).
MailTemplate text(const char16_t *subject, const char16_t *body)
{
    return {QString::fromUtf16(subject), QString::fromUtf16(body)};
}

QString withLevel(QString text, int level, int daysOverdue)
{
    return text.replace(QStringLiteral("{level}"), QString::number(level))
        .replace(QStringLiteral("{days_overdue}"), QString::number(daysOverdue));
}
} // namespace

MailTemplate ReminderOutboxDispatcher::builtInLevel(int level, const QString &language)
{
    const QString lang = MailTemplates::supportedLanguage(language);
    if (level <= 1)
        return MailTemplates::builtIn(MailKind::Reminder, lang);
    const bool final = level >= 3;
    if (lang == QLatin1String("fr"))
        return final ? text(u"Mise en demeure : facture {number} impay\u00e9e",
                   u"Bonjour,\n\nMalgr\u00e9 nos pr\u00e9c\u00e9dentes relances, la facture {number}, "
                   u"\u00e9chue le {due_date}, reste impay\u00e9e depuis {days_overdue} jours. Le "
                   u"montant d\u00fb est de {amount_due}.\nNous vous demandons de r\u00e9gler cette "
                   u"somme sous huit jours ; \u00e0 d\u00e9faut, nous serons contraints d'engager "
                   u"une proc\u00e9dure de recouvrement.\n\nCordialement,\n{company}\n")
                     : text(u"Deuxi\u00e8me relance : facture {number}",
                         u"Bonjour,\n\nNotre pr\u00e9c\u00e9dente relance est rest\u00e9e sans r\u00e9ponse : "
                         u"la facture {number}, \u00e9chue le {due_date}, n'est toujours pas r\u00e9gl\u00e9e "
                         u"({amount_due}).\nMerci de proc\u00e9der au paiement sans tarder ou de nous "
                         u"indiquer ce qui s'y oppose.\n\nCordialement,\n{company}\n");
    if (lang == QLatin1String("de"))
        return final ? text(u"Letzte Mahnung: Rechnung {number}",
                   u"Guten Tag,\n\ntrotz unserer Erinnerungen ist die Rechnung {number}, f\u00e4llig "
                   u"am {due_date}, seit {days_overdue} Tagen offen. Der offene Betrag betr\u00e4gt "
                   u"{amount_due}.\nBitte begleichen Sie ihn innerhalb von acht Tagen; andernfalls "
                   u"m\u00fcssen wir ein Inkassoverfahren einleiten.\n\nMit freundlichen "
                   u"Gr\u00fc\u00dfen\n{company}\n")
                     : text(u"Zweite Mahnung: Rechnung {number}",
                         u"Guten Tag,\n\nauf unsere Zahlungserinnerung haben wir keine Antwort erhalten: "
                         u"die Rechnung {number}, f\u00e4llig am {due_date}, ist weiterhin offen "
                         u"({amount_due}).\nBitte \u00fcberweisen Sie den Betrag umgehend oder teilen Sie "
                         u"uns mit, was dem entgegensteht.\n\nMit freundlichen Gr\u00fc\u00dfen\n{company}\n");
    return final ? text(u"Final notice: invoice {number}",
               u"Hello,\n\nDespite our reminders, invoice {number}, due on {due_date}, has been unpaid "
               u"for {days_overdue} days. The amount due is {amount_due}.\nPlease pay it within "
               u"eight days; otherwise we will have to start collection proceedings.\n\n"
               u"Kind regards,\n{company}\n")
                 : text(u"Second reminder: invoice {number}",
                     u"Hello,\n\nWe have not heard from you since our reminder: invoice {number}, due on "
                     u"{due_date}, is still unpaid ({amount_due}).\nPlease pay it without delay or let "
                     u"us know what stands in the way.\n\nKind regards,\n{company}\n");
}

Result<MailTemplate> ReminderOutboxDispatcher::levelTemplate(int level, const QString &language) const
{
    const QString lang = MailTemplates::supportedLanguage(language);
    if (level <= 1) {
        MailTemplates templates(m_ctx, m_audit);
        return templates.load(MailKind::Reminder, lang);
    }
    auto subject = m_ctx.company.setting(key(level, lang, "subject"));
    auto body = m_ctx.company.setting(key(level, lang, "body"));
    if (!subject || !body)
        return !subject ? subject.error() : body.error();
    if (subject->isEmpty() && body->isEmpty())
        return builtInLevel(level, lang);
    return MailTemplate {subject.value(), body.value()};
}

Status ReminderOutboxDispatcher::saveLevelTemplate(int level, const QString &language, const MailTemplate &text)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the reminder texts."));
        if (level < 2)
            return Error::invalid(tr("The first reminder uses the reminder mail template (Settings › Mail)."));
        if (!MailTemplates::languages().contains(language))
            return Error::invalid(tr("There are reminder texts in English, French and German (en, fr, de)."));
        const bool reset = text.subject.trimmed().isEmpty() && text.body.trimmed().isEmpty();
        if (!reset)
            FACTURO_TRY(MailTemplates::validate({withLevel(text.subject, level, 1), withLevel(text.body, level, 1)}));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(key(level, language, "subject"), reset ? QString() : text.subject));
        FACTURO_TRY(m_ctx.company.setSetting(key(level, language, "body"), reset ? QString() : text.body));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 0, QStringLiteral("reminder_template"),
            {{QStringLiteral("level"), level}, {QStringLiteral("language"), language}}));
        return tx.commit();
    });
}

Result<qint64> ReminderOutboxDispatcher::dispatch(const ReminderRecord &reminder, const ReminderCandidate &invoice)
{
    if (reminder.channel != ReminderChannel::Email)
        return qint64(0);
    auto document = m_ctx.documents.find(invoice.documentId, false);
    auto company = m_ctx.company.load();
    auto text = levelTemplate(reminder.level, invoice.language);
    if (!document || !company || !text)
        return !document ? document.error() : !company ? company.error() : text.error();
    const MailTemplate filled = MailTemplates::fill({withLevel(text->subject, reminder.level, reminder.daysOverdue),
                                                        withLevel(text->body, reminder.level, reminder.daysOverdue)},
        MailTemplates::placeholdersFor(document.value(), company.value()));
    DocumentMailRequest request;
    request.documentId = invoice.documentId;
    request.reminder = true;
    request.subject = filled.subject;
    request.body = filled.body;
    QList<MailAttachment> attachments;
    if (m_attachments) {
        auto files = m_attachments(reminder, invoice);
        if (!files)
            return files.error();
        attachments = files.value();
    }
    MailComposer composer(m_ctx, m_audit);
    auto mail = composer.compose(request, attachments);
    if (!mail)
        return mail.error();
    OutboxService outbox(m_ctx, m_audit);
    return outbox.queue(mail.value());
}
