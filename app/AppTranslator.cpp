#include "AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace gatehouse::app {

namespace {

// Where qt_add_translations() puts the compiled translations (app/CMakeLists.txt).
const QString ResourceFolder = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("gatehouse_");

} // namespace

QString AppTranslator::install(const QLocale &locale)
{
    remove();
    if (!QCoreApplication::instance())
        return m_language;
    for (const QString &name : locale.uiLanguages()) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::English)
            break;
        if (candidate.language() == QLocale::C || candidate.language() == QLocale::AnyLanguage)
            continue;
        // "de_CH" finds gatehouse_de.qm: QTranslator drops the territory when there is no exact file.
        if (!m_gatehouse.load(Prefix + candidate.name(), ResourceFolder))
            continue;
        m_gatehouseInstalled = QCoreApplication::installTranslator(&m_gatehouse);
        if (!m_gatehouseInstalled)
            break;
        m_language = QLocale::languageToCode(candidate.language());
        // Optional (Debian: qt6-translations-l10n); without it Qt's few strings stay English.
        if (m_qt.load(QStringLiteral("qtbase_") + candidate.name(),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
        break;
    }
    return m_language;
}

QStringList AppTranslator::availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(ResourceFolder).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(Prefix.size()).chopped(3));
    return languages;
}

void AppTranslator::remove()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_gatehouseInstalled)
        QCoreApplication::removeTranslator(&m_gatehouse);
    m_qtInstalled = false;
    m_gatehouseInstalled = false;
    m_language = QStringLiteral("en");
}

} // namespace gatehouse::app
