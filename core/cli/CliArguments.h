#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMultiMap>
#include <QSet>
#include <QStringList>

// The command line of facturo-cli: global options (--db, --user, --json) anywhere, words
// (verb, sub-verb, positional arguments) in order, and `--name value` / `--name=value` options.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
public:
    static Result<CliArguments> parse(const QStringList &arguments); // without the program name

    QString db;
    QString user;
    bool json = false;
    bool help = false;
    QStringList words;

    QString option(const QString &name, const QString &fallback = {}) const { return m_options.value(name, fallback); }
    QStringList options(const QString &name) const { return m_options.values(name); }
    bool has(const QString &name) const { return m_options.contains(name) || m_flags.contains(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    // Refuses options the verb does not know, naming the first one.
    Status allowOnly(const QStringList &known, const QString &verb) const;
    // The positional word at index (after the verb words), or an error naming what is missing.
    Result<QString> positional(int index, const QString &what) const;
    int verbWords = 1; // how many of `words` name the verb

private:
    QMultiMap<QString, QString> m_options;
    QSet<QString> m_flags;
};
