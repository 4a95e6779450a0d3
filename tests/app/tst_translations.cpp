// The German and French translations: complete .ts files (nothing unfinished, empty or
// obsolete; the same %1…/%n placeholders and & mnemonics as the source), AppTranslator picking
// the language from the locale, the main window's menus in that language, and the gatehouse
// command line following LANG and LANGUAGE.
#include "app/AppTranslator.h"
#include "core/server/EmbeddedServer.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace gatehouse;

namespace {

QString translationsDir()
{
    return qEnvironmentVariable("GATEHOUSE_TRANSLATIONS_DIR");
}

QString gatehouseBinary()
{
    return qEnvironmentVariable("GATEHOUSE_BINARY");
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Keyboard mnemonics: single ampersands ("&&" is a literal one).
qsizetype mnemonics(QString text)
{
    return text.remove(QStringLiteral("&&")).count(QLatin1Char('&'));
}

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms;
};

// Reads every message of a .ts file; `language` gets the TS element's language attribute.
QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1StringView("message"))
            messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("TS")) {
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = Message {};
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1StringView("numerusform")) {
            message.forms.append(xml.readElementText());
        } else if (name != QLatin1StringView("context")) {
            xml.skipCurrentElement(); // comment, extracomment, location, translatorcomment
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

using Environment = QMap<QString, QString>;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs gatehouse with a clean locale environment plus `locale` (e.g. LANG, LANGUAGE).
Run runGatehouse(const QStringList &arguments, const Environment &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(variable));
    for (auto it = locale.cbegin(); it != locale.cend(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(gatehouseBinary(), arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList menuTitles(const QLocale &locale)
{
    app::AppTranslator translator;
    translator.install(locale);
    EmbeddedServer server;
    const ui::MainWindow window(&server);
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    return titles;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("de") << 2;
        QTest::newRow("French") << QStringLiteral("fr") << 2;
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        if (translationsDir().isEmpty())
            QSKIP("GATEHOUSE_TRANSLATIONS_DIR is not set");
        const QString path
            = QDir(translationsDir()).filePath(QStringLiteral("gatehouse_%1.ts").arg(language));
        QString fileLanguage;
        QString error;
        const QList<Message> messages = readTs(path, &fileLanguage, &error);
        QVERIFY2(error.isEmpty(), qPrintable(path + QStringLiteral(": ") + error));
        QCOMPARE(fileLanguage, language);
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));

        QStringList problems;
        for (const Message &message : messages) {
            const QString where
                = message.context + QStringLiteral(": \"") + message.source.left(70) + QStringLiteral("\": ");
            if (!message.type.isEmpty()) { // unfinished, vanished or obsolete
                problems.append(where + message.type);
                continue;
            }
            if (message.numerus && message.forms.size() != pluralForms)
                problems.append(
                    where
                    + QStringLiteral("%1 plural forms, not %2").arg(message.forms.size()).arg(pluralForms));
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(where + QStringLiteral("empty"));
                else if (placeholders(form) != placeholders(message.source))
                    problems.append(where + QStringLiteral("placeholders differ in \"%1\"").arg(form));
                else if (mnemonics(form) != mnemonics(message.source))
                    problems.append(where + QStringLiteral("mnemonic (&) lost or added in \"%1\"").arg(form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compiledIn()
    {
        QCOMPARE(app::AppTranslator::availableLanguages(),
                 (QStringList {QStringLiteral("de"), QStringLiteral("fr")}));
    }

    void languageFromLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        const QStringList german {QStringLiteral("&Datei"), QStringLiteral("&Server"),
                                  QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")};
        const QStringList french {QStringLiteral("&Fichier"), QStringLiteral("&Serveur"),
                                  QStringLiteral("&Affichage"), QStringLiteral("A&ide")};
        const QStringList english {QStringLiteral("&File"), QStringLiteral("&Server"),
                                   QStringLiteral("&View"), QStringLiteral("&Help")};
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("de")
                               << german;
        QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland) << QStringLiteral("de")
                               << german;
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("fr") << french;
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("fr") << french;
        QTest::newRow("ja_JP: English")
            << QLocale(QLocale::Japanese, QLocale::Japan) << QStringLiteral("en") << english;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("en")
                               << english;
        QTest::newRow("C") << QLocale::c() << QStringLiteral("en") << english;
    }
    void languageFromLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        {
            app::AppTranslator translator;
            QCOMPARE(translator.install(locale), language);
            QCOMPARE(translator.language(), language);
        }
        QCOMPARE(menuTitles(locale), menus);
    }

    void reinstallAndRemove()
    {
        const auto fileMenu
            = [] { return QCoreApplication::translate("gatehouse::ui::MainWindow", "&File"); };
        {
            app::AppTranslator translator;
            translator.install(QLocale(QLocale::German));
            QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
            translator.install(QLocale(QLocale::French));
            QCOMPARE(fileMenu(), QStringLiteral("&Fichier"));
            translator.install(QLocale(QLocale::Japanese));
            QCOMPARE(fileMenu(), QStringLiteral("&File"));
            translator.install(QLocale(QLocale::German));
            QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
        }
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
    }

    // Qt's own strings (standard buttons, the command-line parser) come along when installed.
    void qtTranslationsAreOptional()
    {
        app::AppTranslator translator;
        translator.install(QLocale(QLocale::German));
        const bool installed = QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                                 .filePath(QStringLiteral("qtbase_de.qm")));
        QCOMPARE(translator.qtTranslationsInstalled(), installed);
        QCOMPARE(translator.language(), QStringLiteral("de"));
        if (!installed)
            QSKIP("Qt's German translations are not installed (Debian: qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Environment>("locale");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QStringList help {QStringLiteral("--help")};
        const QString german = QStringLiteral("Aufruf: gatehouse [Befehl] [Optionen]");
        const QString english = QStringLiteral("Usage: gatehouse [command] [options]");
        QTest::newRow("LANG=de_DE.UTF-8 LANGUAGE=de")
            << help
            << Environment {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                            {QStringLiteral("LANGUAGE"), QStringLiteral("de")}}
            << 0 << german;
        QTest::newRow("LANG=de_DE.UTF-8")
            << help << Environment {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}} << 0 << german;
        QTest::newRow("LC_ALL=de_DE.UTF-8 over LANG=en_US.UTF-8")
            << help
            << Environment {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                            {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}}
            << 0 << german;
        QTest::newRow("LANGUAGE=fr over LANG=C.UTF-8")
            << help
            << Environment {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                            {QStringLiteral("LANGUAGE"), QStringLiteral("fr")}}
            << 0 << QStringLiteral("Utilisation\u00a0: gatehouse [commande] [options]");
        QTest::newRow("LANGUAGE=en:de, English first")
            << help
            << Environment {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                            {QStringLiteral("LANGUAGE"), QStringLiteral("en:de")}}
            << 0 << english;
        QTest::newRow("LANGUAGE=ja:fr, the first Gatehouse has")
            << help << Environment {{QStringLiteral("LANGUAGE"), QStringLiteral("ja:fr")}} << 0
            << QStringLiteral("Utilisation\u00a0: gatehouse [commande] [options]");
        QTest::newRow("LANG=ja_JP.UTF-8: English")
            << help << Environment {{QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}} << 0 << english;
        QTest::newRow("serve --help in German")
            << QStringList {QStringLiteral("serve"), QStringLiteral("--help")}
            << Environment {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}} << 0
            << QStringLiteral("Führt den Gatehouse-Socket.IO-Server ohne Fenster aus.");
        QTest::newRow("gui --help in French (the desktop app's own start)")
            << QStringList {QStringLiteral("gui"), QStringLiteral("--help")}
            << Environment {{QStringLiteral("LANGUAGE"), QStringLiteral("fr")},
                            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}
            << 0
            << QStringLiteral(
                   "L'application de bureau Gatehouse\u00a0: le serveur intégré, sa console et le chat.");
        QTest::newRow("unknown command in German")
            << QStringList {QStringLiteral("fly")}
            << Environment {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}} << 2
            << QStringLiteral("gatehouse: unbekannter Befehl „fly“.");
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Environment, locale);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        if (gatehouseBinary().isEmpty())
            QSKIP("GATEHOUSE_BINARY is not set");
        const Run run = runGatehouse(arguments, locale);
        QCOMPARE(run.exitCode, exitCode);
        const QString output = run.out + run.err;
        QVERIFY2(output.contains(expected), qPrintable(output.left(400)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
