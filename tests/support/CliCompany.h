#pragma once

#include "TestDatabase.h"
#include "TestServer.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <memory>

// Where the facturo-cli a test runs keeps its company: a new file at `file`, or on a server
// (TestServer) a new database of its own, schema made and no company set up yet (dropped with
// this object). The program's `init` sets up the company on either.
class CliCompany
{
public:
    explicit CliCompany(const QString &file) : m_location(file)
    {
        if (TestServer::enabled()) {
            m_server = std::make_unique<TestLedger>(false);
            m_location = m_server->path();
        }
    }
    QString location() const { return m_location; }
    // The company's whole state, to tell that a refused command changed nothing: the file's bytes,
    // or on a server every table's rows (TestLedger::dump).
    QByteArray state() const
    {
        if (m_server)
            return m_server->dump().toUtf8();
        QFile file(m_location);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

private:
    std::unique_ptr<TestLedger> m_server;
    QString m_location;
};
