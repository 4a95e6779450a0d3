// Cross-origin rules for browser clients: which origins may call us, with or without
// credentials, and what a preflight answers (custom headers such as Authorization included).
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QByteArrayList>
#include <QRegularExpression>
#include <QStringList>

namespace gatehouse {

struct CorsOptions {
    QStringList origins; // empty: no CORS headers; "*": any origin; "http://localhost:*": a pattern
    bool credentials = false; // allow cookies / Authorization from browsers
    QByteArrayList allowedHeaders; // empty: echo Access-Control-Request-Headers
    QByteArrayList methods {"GET", "POST", "OPTIONS"};
    int maxAgeSeconds = 600;
};

class CorsPolicy {
public:
    explicit CorsPolicy(CorsOptions options = {});

    const CorsOptions &options() const { return m_options; }
    bool enabled() const { return !m_options.origins.isEmpty(); }
    bool isOriginAllowed(QByteArrayView origin) const;

    // Adds Access-Control-* headers to a normal response, when the request's origin is allowed.
    void apply(const HttpRequest &request, HttpResponse &response) const;
    // True for a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method).
    static bool isPreflight(const HttpRequest &request);
    HttpResponse preflightResponse(const HttpRequest &request) const;

private:
    CorsOptions m_options;
    QList<QRegularExpression> m_patterns; // origins containing '*', compiled once
};

} // namespace gatehouse
