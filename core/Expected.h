// Errors as values: a minimal std::expected stand-in until the project can require C++23.
#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace gatehouse {

template <typename E> struct Unexpected {
    E error;
};

template <typename E> Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

template <typename T, typename E> class [[nodiscard]] Expected {
public:
    Expected(const T &value) : m_storage(std::in_place_index<0>, value) { }
    Expected(T &&value) : m_storage(std::in_place_index<0>, std::move(value)) { }
    template <typename G>
    Expected(Unexpected<G> error) : m_storage(std::in_place_index<1>, std::move(error.error))
    {
    }

    bool hasValue() const { return m_storage.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_storage); }
    const T &value() const & { return std::get<0>(m_storage); }
    T &&value() && { return std::get<0>(std::move(m_storage)); }
    const E &error() const { return std::get<1>(m_storage); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, E> m_storage;
};

// Success that carries no value, like std::expected<void, E>: `return {};` reports success.
template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <typename G> Expected(Unexpected<G> error) : m_error(std::move(error.error)) { }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace gatehouse
