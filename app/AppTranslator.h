// Gatehouse in the user's language: the translation compiled in for the first of the locale's UI
// languages that Gatehouse has (German, French), plus Qt's own strings (standard buttons, the
// command-line parser's help) when Qt's translations are installed, which is optional. English,
// or a language Gatehouse lacks, shows the source strings.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace gatehouse::app {

class AppTranslator {
public:
    // Destroying it removes its translations from the application (QTranslator does).
    AppTranslator() = default;
    AppTranslator(const AppTranslator &) = delete;
    AppTranslator &operator=(const AppTranslator &) = delete;

    // Installs the translations for `locale` into the running Q(Core)Application, in place of any
    // this object installed before. The locale's UI languages count in order, as Qt reads them
    // from LANGUAGE, LC_ALL, LC_MESSAGES and LANG (LANGUAGE=fr:de gives French): the first that
    // is English or one Gatehouse has wins. Returns language().
    QString install(const QLocale &locale = QLocale());

    // The language shown: "de", "fr", or "en" for the source strings.
    QString language() const { return m_language; }
    // Whether Qt's own translations for that language were found and installed.
    bool qtTranslationsInstalled() const { return m_qtInstalled; }

    // The languages compiled in besides English, e.g. {"de", "fr"}.
    static QStringList availableLanguages();

private:
    void remove();

    QTranslator m_gatehouse;
    QTranslator m_qt;
    bool m_gatehouseInstalled = false;
    bool m_qtInstalled = false;
    QString m_language = QStringLiteral("en");
};

} // namespace gatehouse::app
