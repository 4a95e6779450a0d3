// The options `gatehouse serve` and the desktop app share: where to listen, the Socket.IO and
// Engine.IO limits, CORS, proxies, TLS, the config file and the data folder. Both turn them into
// ServerConfig overrides the same way, so `gatehouse --port 4000` means the same with a window
// as without.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QVariantMap>

#include <memory>

namespace gatehouse::app {

class ServerCommandLine {
public:
    ServerCommandLine();
    ~ServerCommandLine();

    void addTo(QCommandLineParser &parser) const;

    // After parser.process(): the config file's "section/key" values the options set.
    QVariantMap overrides(const QCommandLineParser &parser) const;
    // The config file to read (--config, else the default one that exists; empty: none).
    QString configFile(const QCommandLineParser &parser) const;
    // --data-dir; empty: the default folder.
    QString dataDir(const QCommandLineParser &parser) const;
    bool verbose(const QCommandLineParser &parser) const;

private:
    struct Options;
    std::unique_ptr<Options> m_options;
};

} // namespace gatehouse::app
