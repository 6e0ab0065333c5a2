#include "SmtpOutcome.h"

QString SmtpOutcome::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Connecting:
        return tr("connecting");
    case Stage::TlsHandshake:
        return tr("TLS handshake");
    case Stage::Greeting:
        return tr("server greeting");
    case Stage::Hello:
        return tr("EHLO");
    case Stage::StartTls:
        return tr("STARTTLS");
    case Stage::Authentication:
        return tr("authentication");
    case Stage::Envelope:
        return tr("sender and recipients");
    case Stage::DataCommand:
        return tr("DATA command");
    case Stage::MessageTransfer:
        return tr("message transfer");
    case Stage::Done:
        return tr("done");
    }
    return {};
}
