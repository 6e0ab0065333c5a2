#pragma once

#include <QString>

#include <optional>
#include <utility>

// Errors are values (STYLE.md). A Result carries either a value or a user-readable,
// translated message; nothing in core throws across the UI boundary.

enum class ErrorKind {
    Invalid,    // the input is wrong: fix it and try again
    NotFound,   // the thing named does not exist
    Refused,    // a business rule says no (posted document, over-payment, ...)
    Conflict,   // already done (job imported twice, order invoiced twice, ...)
    Permission, // the user's role does not allow it
    Storage,    // the database file could not be read or written
};

class Error
{
public:
    Error(ErrorKind kind, QString message) : m_kind(kind), m_message(std::move(message)) {}

    static Error invalid(QString message) { return {ErrorKind::Invalid, std::move(message)}; }
    static Error notFound(QString message) { return {ErrorKind::NotFound, std::move(message)}; }
    static Error refused(QString message) { return {ErrorKind::Refused, std::move(message)}; }
    static Error conflict(QString message) { return {ErrorKind::Conflict, std::move(message)}; }
    static Error permission(QString message) { return {ErrorKind::Permission, std::move(message)}; }
    static Error storage(QString message) { return {ErrorKind::Storage, std::move(message)}; }

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

    // The same error with context in front: "Line 3: quantity has too many decimals".
    Error prefixed(const QString &context) const
    {
        return {m_kind, context + QStringLiteral(": ") + m_message};
    }

private:
    ErrorKind m_kind;
    QString m_message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (auto &x : call().value())` must not refer into a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// Propagates a failed Result out of the calling function.
#define FACTURO_TRY(expr)                                                                          \
    do {                                                                                           \
        auto facturoTryResult_ = (expr);                                                           \
        if (!facturoTryResult_.ok())                                                               \
            return facturoTryResult_.error();                                                      \
    } while (false)
