#pragma once

#include <QDialog>

class CompanySession;
class CustomerPicker;
class MessageBanner;

// Starts a new draft invoice: who is it for? The draft opens in the editor once created.
class NewInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewInvoiceDialog(CompanySession &session, QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_customer; }
    void accept() override;

signals:
    void draftCreated(qint64 documentId);

private:
    CompanySession &m_session;
    CustomerPicker *m_customer;
    MessageBanner *m_banner;
};
