#include "CorsPolicy.h"

namespace gatehouse {

CorsPolicy::CorsPolicy(CorsOptions options) : m_options(std::move(options))
{
    for (const QString &origin : std::as_const(m_options.origins)) {
        if (origin != QLatin1StringView("*") && origin.contains(QLatin1Char('*'))) {
            // '*' stands for anything but '/', so "http://localhost:*" means any port.
            m_patterns.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(origin),
                                                 QRegularExpression::CaseInsensitiveOption));
        }
    }
}

bool CorsPolicy::isOriginAllowed(QByteArrayView origin) const
{
    if (origin.isEmpty())
        return false;
    const QString value = QString::fromUtf8(origin);
    for (const QString &allowed : m_options.origins) {
        if (allowed == QLatin1StringView("*") || allowed.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QRegularExpression &pattern : m_patterns) {
        if (pattern.match(value).hasMatch())
            return true;
    }
    return false;
}

void CorsPolicy::apply(const HttpRequest &request, HttpResponse &response) const
{
    if (!enabled())
        return;
    const QByteArray origin = request.header("origin");
    const bool wildcard = m_options.origins.contains(QStringLiteral("*"));
    if (wildcard && !m_options.credentials) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        return;
    }
    response.setHeader("Vary", "Origin");
    if (!isOriginAllowed(origin))
        return;
    // With credentials a browser refuses "*", so the origin itself is echoed.
    response.setHeader("Access-Control-Allow-Origin", origin);
    if (m_options.credentials)
        response.setHeader("Access-Control-Allow-Credentials", "true");
}

bool CorsPolicy::isPreflight(const HttpRequest &request)
{
    return request.method == "OPTIONS" && request.hasHeader("origin")
        && request.hasHeader("access-control-request-method");
}

HttpResponse CorsPolicy::preflightResponse(const HttpRequest &request) const
{
    HttpResponse response;
    response.status = 204;
    if (!enabled())
        return response;
    apply(request, response);
    if (!response.headers.isEmpty() && isOriginAllowed(request.header("origin"))) {
        response.setHeader("Access-Control-Allow-Methods", m_options.methods.join(','));
        const QByteArray requested = request.header("access-control-request-headers");
        if (!m_options.allowedHeaders.isEmpty())
            response.setHeader("Access-Control-Allow-Headers", m_options.allowedHeaders.join(','));
        else if (!requested.isEmpty())
            response.setHeader("Access-Control-Allow-Headers", requested);
        if (m_options.maxAgeSeconds > 0)
            response.setHeader("Access-Control-Max-Age", QByteArray::number(m_options.maxAgeSeconds));
    }
    return response;
}

} // namespace gatehouse
