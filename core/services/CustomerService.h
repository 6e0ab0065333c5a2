#pragma once

#include "AuditLog.h"
#include "Customer.h"
#include "LedgerContext.h"

class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    CustomerService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    // Cleans and checks a customer as typed or imported; the result is what would be stored.
    static Result<Customer> validated(Customer customer);
    Result<qint64> add(const Customer &customer);
    // Editing a customer never changes a posted document: those hold their own frozen copy.
    Status update(const Customer &customer);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
