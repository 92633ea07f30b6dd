#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tightside::store {

/// The outcome of an I/O operation: a value, or a sentence for the user saying what failed.
/// The store never throws across its boundary; every failure comes back as one of these.
template <typename T = void>
class [[nodiscard]] Result
{
public:
    static Result success(T value)
    {
        Result result;
        result.m_value = std::move(value);
        return result;
    }
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    /// Only valid when ok().
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    /// Empty when ok().
    const QString& error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    static Result success() { return Result(); }
    static Result failure(QString message)
    {
        Result result;
        result.m_failed = true;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    Result() = default;
    bool m_failed = false;
    QString m_error;
};

} // namespace tightside::store
