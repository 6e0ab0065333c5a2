#pragma once

#include "AuditRepository.h"
#include "CatalogRepository.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DocumentRepository.h"
#include "JournalRepository.h"
#include "PaymentRepository.h"
#include "QuotationRepository.h"
#include "SequenceRepository.h"
#include "ServiceOrderRepository.h"
#include "User.h"
#include "UserRepository.h"

// What every service of one open company file shares: the database, the clock, the acting
// user, and one repository per aggregate. Owned by Ledger; services hold a reference.
struct LedgerContext
{
    LedgerContext(Database &database, const Clock &clockRef)
        : db(database), clock(clockRef), company(database), users(database), customers(database),
          catalog(database), orders(database), quotations(database), documents(database), payments(database),
          journal(database), audit(database), sequences(database)
    {
    }

    Database &db;
    const Clock &clock;
    User user; // who acts; every audit event names them

    CompanyRepository company;
    UserRepository users;
    CustomerRepository customers;
    CatalogRepository catalog;
    ServiceOrderRepository orders;
    QuotationRepository quotations;
    DocumentRepository documents;
    PaymentRepository payments;
    JournalRepository journal;
    AuditRepository audit;
    SequenceRepository sequences;
};
