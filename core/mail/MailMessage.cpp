#include "MailMessage.h"

QStringList MailMessage::envelopeRecipients() const
{
    QStringList recipients;
    for (const QList<MailAddress> *list : {&to, &cc, &bcc}) {
        for (const MailAddress &address : *list) {
            if (!address.isNull() && !recipients.contains(address.address(), Qt::CaseInsensitive))
                recipients.append(address.address());
        }
    }
    return recipients;
}
