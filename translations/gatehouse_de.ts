<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminBootstrap</name>
    <message>
        <source>%1 is not usable: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>AdminOptions</name>
    <message>
        <source>The server to talk to, e.g. https://chat.example.org:3000 (default: the address in the config file, else http://127.0.0.1:3000).</source>
        <translation>Der Server, mit dem gesprochen wird, z. B. https://chat.example.org:3000 (Standard: die Adresse aus der Konfigurationsdatei, sonst http://127.0.0.1:3000).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if it is signed by the CA in &lt;file&gt; (PEM), or is that self-signed certificate.</source>
        <translation>Dem Zertifikat des Servers vertrauen, wenn es von der CA in &lt;datei&gt; (PEM) signiert ist oder dieses selbstsignierte Zertifikat ist.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt;, a moderator or admin (default: admin).</source>
        <translation>Als &lt;name&gt; anmelden, ein Moderator oder Admin (Standard: admin).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password from standard input (else GATEHOUSE_ADMIN_PASSWORD, else a prompt).</source>
        <translation>Das Passwort von der Standardeingabe lesen (sonst GATEHOUSE_ADMIN_PASSWORD, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Work on the store in the data folder instead of a running server.</source>
        <translation>Mit der Datenbank im Datenordner arbeiten statt mit einem laufenden Server.</translation>
    </message>
    <message>
        <source>It signs in to the running server (the address from --server or the config file) as --admin, with the password from --password-stdin, GATEHOUSE_ADMIN_PASSWORD or a prompt.</source>
        <translation>Der Befehl meldet sich beim laufenden Server an (die Adresse aus --server oder der Konfigurationsdatei) als --admin, mit dem Passwort aus --password-stdin, GATEHOUSE_ADMIN_PASSWORD oder einer Abfrage.</translation>
    </message>
    <message>
        <source>With --offline it works on the store in --data-dir instead; a running server then notices the change at the user&apos;s next sign-in or handshake.</source>
        <translation>Mit --offline arbeitet er stattdessen mit der Datenbank in --data-dir; ein laufender Server bemerkt die Änderung dann bei der nächsten Anmeldung oder dem nächsten Handshake des Benutzers.</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 failed or refused (no such user, forbidden); 2 invalid command line; 3 cannot reach the server; 4 the server refused the sign-in.</source>
        <translation>Exit-Status: 0 erledigt; 1 fehlgeschlagen oder abgelehnt (kein solcher Benutzer, nicht erlaubt); 2 ungültige Befehlszeile; 3 Server nicht erreichbar; 4 der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>--server wants an address like http://127.0.0.1:3000 or https://chat.example.org:3000, not &quot;%1&quot;.</source>
        <translation>--server erwartet eine Adresse wie http://127.0.0.1:3000 oder https://chat.example.org:3000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--ca: no PEM certificate in &quot;%1&quot;. Give the CA&apos;s (or the self-signed server&apos;s) certificate file.</source>
        <translation>--ca: kein PEM-Zertifikat in „%1“. Geben Sie die Zertifikatsdatei der CA (oder des selbstsignierten Servers) an.</translation>
    </message>
    <message>
        <source>Password of %1 on %2: </source>
        <translation>Passwort von %1 auf %2: </translation>
    </message>
    <message>
        <source>no password for %1: set GATEHOUSE_ADMIN_PASSWORD, or give it on standard input with --password-stdin.</source>
        <translation>kein Passwort für %1: setzen Sie GATEHOUSE_ADMIN_PASSWORD oder geben Sie es mit --password-stdin auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>warning: the password goes to %1 unencrypted; use https if the network is not trusted.</source>
        <translation>Warnung: Das Passwort geht unverschlüsselt an %1; verwenden Sie https, wenn dem Netzwerk nicht vertraut wird.</translation>
    </message>
</context>
<context>
    <name>AppStore</name>
    <message>
        <source>Keep Gatehouse&apos;s data (accounts, sign-ins, audit log) in &lt;folder&gt; (default: %1).</source>
        <translation>Die Daten von Gatehouse (Konten, Anmeldungen, Audit-Protokoll) in &lt;ordner&gt; speichern (Standard: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>cannot open the data folder %1: %2
Fix the cause above, or choose another folder with --data-dir.</source>
        <translation>der Datenordner %1 kann nicht geöffnet werden: %2
Beheben Sie die oben genannte Ursache oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Entries: %1, newest first; older ones with a larger --limit.</source>
        <translation>Einträge: %1, neueste zuerst; ältere mit einem größeren --limit.</translation>
    </message>
    <message>
        <source>Entries: %1, newest first.</source>
        <translation>Einträge: %1, neueste zuerst.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>Shows the audit log, newest first: sign-ins, account changes, kicks, suspensions, role changes.</source>
        <translation>Zeigt das Audit-Protokoll, neueste Einträge zuerst: Anmeldungen, Kontoänderungen, Rauswürfe, Sperren, Rollenänderungen.</translation>
    </message>
    <message>
        <source>Only entries about this user.</source>
        <translation>Nur Einträge zu diesem Benutzer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only entries of this type, e.g. user.role_changed.</source>
        <translation>Nur Einträge dieses Typs, z. B. user.role_changed.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Only entries since &lt;when&gt;: a duration ago (2h, 7d) or a date or time (2026-03-01, 2026-03-01T14:30).</source>
        <translation>Nur Einträge seit &lt;zeitpunkt&gt;: eine Dauer zurück (2h, 7d) oder ein Datum bzw. eine Uhrzeit (2026-03-01, 2026-03-01T14:30).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>zeitpunkt</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default %1).</source>
        <translation>Höchstens &lt;n&gt; Einträge (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>See: gatehouse audit --help</source>
        <translation>Siehe: gatehouse audit --help</translation>
    </message>
    <message>
        <source>this command takes no arguments; for one user: --user NAME.</source>
        <translation>dieser Befehl nimmt keine Argumente; für einen Benutzer: --user NAME.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to 100000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 100000.</translation>
    </message>
    <message>
        <source>--since wants a duration such as 2h or 7d, or a date such as 2026-03-01, not &quot;%1&quot;.</source>
        <translation>--since erwartet eine Dauer wie 2h oder 7d oder ein Datum wie 2026-03-01, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: gatehouse [command] [options]

Without a command: the desktop app (embedded server, console, chat) when there is a display,
else the server headless as with &quot;serve&quot;.

Commands:
  gui       The desktop app [--port N] [--bind ADDRESS] [--data-dir DIR] [--no-server].
  serve     Run the Socket.IO server headless until stopped (Ctrl+C or SIGTERM).
  user      Manage accounts: add, list, passwd, remove (on the store); suspend, unsuspend,
            role (on the running server, or --offline): gatehouse user --help
  sessions  List who is connected to the running server [--user NAME] [--sockets].
  kick      Disconnect a user: kick NAME [--device ID | --socket ID] [--reason R].
  audit     Show the audit log [--user NAME] [--type T] [--since WHEN] [--limit N].

sessions, kick, audit and user suspend/unsuspend/role sign in to the running server (the
address from the config file, or --server URL) as --admin NAME (default admin), with the
password from --password-stdin, GATEHOUSE_ADMIN_PASSWORD or a prompt.

Options:
  -h, --help     Show this help, or a command&apos;s help: gatehouse kick --help
  -v, --version  Show the version.

Exit status: 0 done; 1 failed or refused; 2 invalid command line; 3 cannot reach the
server; 4 the server refused the sign-in.
</source>
        <translation>Aufruf: gatehouse [Befehl] [Optionen]

Ohne Befehl: die Desktop-App (eingebetteter Server, Konsole, Chat), wenn eine Anzeige vorhanden
ist, sonst der Server ohne Fenster wie mit „serve“.

Befehle:
  gui       Die Desktop-App [--port N] [--bind ADDRESS] [--data-dir DIR] [--no-server].
  serve     Den Socket.IO-Server ohne Fenster ausführen, bis er gestoppt wird (Strg+C oder SIGTERM).
  user      Konten verwalten: add, list, passwd, remove (in der Datenbank); suspend, unsuspend,
            role (auf dem laufenden Server oder mit --offline): gatehouse user --help
  sessions  Anzeigen, wer mit dem laufenden Server verbunden ist [--user NAME] [--sockets].
  kick      Einen Benutzer hinauswerfen: kick NAME [--device ID | --socket ID] [--reason R].
  audit     Das Audit-Protokoll anzeigen [--user NAME] [--type T] [--since WHEN] [--limit N].

sessions, kick, audit und user suspend/unsuspend/role melden sich beim laufenden Server an (die
Adresse aus der Konfigurationsdatei oder --server URL), und zwar als --admin NAME (Standard: admin)
mit dem Passwort aus --password-stdin, GATEHOUSE_ADMIN_PASSWORD oder einer Abfrage.

Optionen:
  -h, --help     Diese Hilfe anzeigen oder die Hilfe eines Befehls: gatehouse kick --help
  -v, --version  Die Version anzeigen.

Exit-Status: 0 erledigt; 1 fehlgeschlagen oder abgelehnt; 2 ungültige Befehlszeile; 3 Server nicht
erreichbar; 4 der Server hat die Anmeldung abgelehnt.
</translation>
    </message>
    <message>
        <source>gatehouse gui: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run the desktop app in a graphical session, or the server alone with &quot;gatehouse serve&quot;.
</source>
        <translation>gatehouse gui: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie die Desktop-App in einer grafischen Sitzung oder nur den Server mit „gatehouse serve“.
</translation>
    </message>
    <message>
        <source>No display found: running the server headless, as &quot;gatehouse serve&quot;.
</source>
        <translation>Keine Anzeige gefunden: Der Server läuft ohne Fenster, wie mit „gatehouse serve“.
</translation>
    </message>
    <message>
        <source>gatehouse: unknown command &quot;%1&quot;.
</source>
        <translation>gatehouse: unbekannter Befehl „%1“.
</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>Read settings from &lt;file&gt; (INI). Default: gatehouse.conf in the user&apos;s config folder, else /etc/gatehouse/gatehouse.conf.</source>
        <translation>Einstellungen aus &lt;datei&gt; (INI) lesen. Standard: gatehouse.conf im Konfigurationsordner des Benutzers, sonst /etc/gatehouse/gatehouse.conf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No data folder given.</source>
        <translation>Kein Datenordner angegeben.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite (Debian/Ubuntu) or the Qt SQL SQLite plugin.</source>
        <translation>Der SQLite-Treiber von Qt fehlt: Installieren Sie libqt6sql6-sqlite (Debian/Ubuntu) oder das SQLite-Plugin von Qt SQL.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it is not a Gatehouse database, or it is damaged (%1).</source>
        <translation>die Datei ist keine Gatehouse-Datenbank oder beschädigt (%1).</translation>
    </message>
    <message>
        <source>the file system does not support write-ahead logging (journal mode stayed &quot;%1&quot;). Put the data folder on a local disk.</source>
        <translation>das Dateisystem unterstützt kein Write-Ahead-Logging (der Journal-Modus blieb „%1“). Legen Sie den Datenordner auf eine lokale Festplatte.</translation>
    </message>
    <message>
        <source>this SQLite library does not enforce foreign keys.</source>
        <translation>diese SQLite-Bibliothek erzwingt keine Fremdschlüssel.</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Gatehouse only knows versions up to %3: it was written by a newer Gatehouse. Run that version, or use a backup made for this one.</source>
        <translation>%1 hat die Schemaversion %2, dieses Gatehouse kennt aber nur Versionen bis %3: Sie wurde von einem neueren Gatehouse geschrieben. Verwenden Sie diese Version oder eine Sicherung, die für diese hier erstellt wurde.</translation>
    </message>
    <message>
        <source>Cannot update the schema of %1 to version %2 (%3): %4</source>
        <translation>Das Schema von %1 kann nicht auf Version %2 aktualisiert werden (%3): %4</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The Gatehouse desktop app: the embedded server, its console and chat.</source>
        <translation>Die Gatehouse-Desktop-App: der eingebettete Server, seine Konsole und der Chat.</translation>
    </message>
    <message>
        <source>Do not start the embedded server (start it from the window).</source>
        <translation>Den eingebetteten Server nicht starten (er lässt sich im Fenster starten).</translation>
    </message>
    <message>
        <source>gatehouse: %1</source>
        <translation>gatehouse: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Keychain</name>
    <message>
        <source>The keychain was closed before the signing secret was stored. Start Gatehouse again.</source>
        <translation>Der Schlüsselbund wurde geschlossen, bevor der Signierschlüssel gespeichert war. Starten Sie Gatehouse erneut.</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of &quot;%2&quot; holds %3 bytes, not a signing secret of at least %4 bytes. Delete the entry (for example in Seahorse or KWalletManager) to have a new secret generated; everyone signed in will have to sign in again.</source>
        <translation>Der Schlüsselbundeintrag „%1“ von „%2“ enthält %3 Bytes, keinen Signierschlüssel von mindestens %4 Bytes. Löschen Sie den Eintrag (zum Beispiel in Seahorse oder KWalletManager), damit ein neuer Schlüssel erzeugt wird; alle Angemeldeten müssen sich dann neu anmelden.</translation>
    </message>
    <message>
        <source>The keychain accepted the new signing secret but did not return it. Check that the keyring is unlocked and keeps entries, then start Gatehouse again.</source>
        <translation>Der Schlüsselbund hat den neuen Signierschlüssel angenommen, gibt ihn aber nicht zurück. Prüfen Sie, ob der Schlüsselbund entsperrt ist und Einträge behält, und starten Sie Gatehouse dann erneut.</translation>
    </message>
    <message>
        <source>No secret service is running. Install and unlock a keyring such as GNOME Keyring or KWallet, or sign in for this session only.</source>
        <translation>Es läuft kein Secret Service. Installieren und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined. Try again and allow Gatehouse to use the keychain when asked.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgelehnt. Versuchen Sie es erneut und erlauben Sie Gatehouse den Zugriff, wenn Sie gefragt werden.</translation>
    </message>
    <message>
        <source>This system&apos;s keychain cannot store Gatehouse&apos;s secrets. Use a keyring such as GNOME Keyring or KWallet, or sign in for this session only.</source>
        <translation>Der Schlüsselbund dieses Systems kann die Geheimnisse von Gatehouse nicht speichern. Verwenden Sie einen Schlüsselbund wie GNOME Keyring oder KWallet, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring is set up and unlocked, then try again.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1). Prüfen Sie, ob Ihr Schlüsselbund eingerichtet und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>KickCommand</name>
    <message>
        <source>Disconnects NAME from the running server: every device, one device (--device), or one socket (--socket, see gatehouse sessions --user NAME --sockets). The user&apos;s clients are told why and do not reconnect by themselves; to keep the user out, use gatehouse user suspend.</source>
        <translation>Trennt NAME vom laufenden Server: alle Geräte, ein Gerät (--device) oder einen Socket (--socket, siehe gatehouse sessions --user NAME --sockets). Die Clients des Benutzers erfahren den Grund und verbinden sich nicht von selbst neu; um den Benutzer fernzuhalten, verwenden Sie gatehouse user suspend.</translation>
    </message>
    <message>
        <source>Only the sockets of this device.</source>
        <translation>Nur die Sockets dieses Geräts.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this socket.</source>
        <translation>Nur diesen Socket.</translation>
    </message>
    <message>
        <source>Why; the user sees it and it is audited.</source>
        <translation>Der Grund; der Benutzer sieht ihn, und er wird protokolliert.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>See: gatehouse kick --help</source>
        <translation>Siehe: gatehouse kick --help</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: gatehouse kick --help</source>
        <translation>geben Sie genau einen NAME an. Siehe: gatehouse kick --help</translation>
    </message>
    <message>
        <source>give --device or --socket, not both.</source>
        <translation>geben Sie --device oder --socket an, nicht beides.</translation>
    </message>
    <message>
        <source>Disconnected %1 on device %2 (sockets: %3).</source>
        <translation>%1 auf Gerät %2 getrennt (Sockets: %3).</translation>
    </message>
    <message>
        <source>Disconnected %1 (sockets: %2).</source>
        <translation>%1 getrennt (Sockets: %2).</translation>
    </message>
    <message>
        <source>%1 has no socket %2 now. See: gatehouse sessions --user %1 --sockets</source>
        <translation>%1 hat gerade keinen Socket %2. Siehe: gatehouse sessions --user %1 --sockets</translation>
    </message>
</context>
<context>
    <name>LocalConsoleConnection</name>
    <message>
        <source>The console cannot sign in: %1</source>
        <translation>Die Konsole kann sich nicht anmelden: %1</translation>
    </message>
    <message>
        <source>The console cannot sign in as &quot;%1&quot;: %2</source>
        <translation>Die Konsole kann sich nicht als „%1“ anmelden: %2</translation>
    </message>
    <message>
        <source>The server was restarted.</source>
        <translation>Der Server wurde neu gestartet.</translation>
    </message>
</context>
<context>
    <name>ModerationCommand</name>
    <message>
        <source>The username.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>user, moderator or admin.</source>
        <translation>user, moderator oder admin.</translation>
    </message>
    <message>
        <source>See: %1 --help</source>
        <translation>Siehe: %1 --help</translation>
    </message>
    <message>
        <source>give NAME and ROLE. See: %1 --help</source>
        <translation>geben Sie NAME und ROLE an. Siehe: %1 --help</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: %1 --help</source>
        <translation>geben Sie genau einen NAME an. Siehe: %1 --help</translation>
    </message>
    <message>
        <source>Suspended %1 until %2.</source>
        <translation>%1 ist gesperrt bis %2.</translation>
    </message>
    <message>
        <source>Suspended %1 indefinitely.</source>
        <translation>%1 ist auf unbestimmte Zeit gesperrt.</translation>
    </message>
    <message>
        <source>Why (required); the user sees it and it is audited.</source>
        <translation>Der Grund (erforderlich); der Benutzer sieht ihn, und er wird protokolliert.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>How long: 30m, 2h, 7d, 1w (default: until unsuspended).</source>
        <translation>Wie lange: 30m, 2h, 7d, 1w (Standard: bis zur Aufhebung).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>dauer</translation>
    </message>
    <message>
        <source>Suspends NAME: their sign-ins end (refresh tokens revoked), their sockets are disconnected, and logins are refused until the suspension ends or is lifted.</source>
        <translation>Sperrt NAME: Die Anmeldungen enden (Refresh-Tokens widerrufen), die Sockets werden getrennt, und Anmeldungen werden abgelehnt, bis die Sperre endet oder aufgehoben wird.</translation>
    </message>
    <message>
        <source>give a reason with --reason: the user sees it, and it is audited.</source>
        <translation>geben Sie mit --reason einen Grund an: Der Benutzer sieht ihn, und er wird protokolliert.</translation>
    </message>
    <message>
        <source>--for wants a duration such as 30m, 2h, 7d or 1w, not &quot;%1&quot;.</source>
        <translation>--for erwartet eine Dauer wie 30m, 2h, 7d oder 1w, nicht „%1“.</translation>
    </message>
    <message>
        <source>Sockets disconnected: %1.</source>
        <translation>Getrennte Sockets: %1.</translation>
    </message>
    <message>
        <source>Lifts the suspension of NAME: they may sign in again.</source>
        <translation>Hebt die Sperre von NAME auf: Er oder sie darf sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1 is not suspended now.</source>
        <translation>%1 ist derzeit nicht gesperrt.</translation>
    </message>
    <message>
        <source>Why; it goes into the audit log.</source>
        <translation>Der Grund; er kommt ins Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Gives NAME the role ROLE: user, moderator or admin. Only admins may do this, not on themselves, and the last active admin stays admin. After a demotion the user&apos;s sockets in namespaces the new role may not enter (e.g. /admin) are disconnected.</source>
        <translation>Gibt NAME die Rolle ROLE: user, moderator oder admin. Nur Admins dürfen das, nicht bei sich selbst, und der letzte aktive Admin bleibt Admin. Nach einer Herabstufung werden die Sockets des Benutzers in Namespaces getrennt, die die neue Rolle nicht betreten darf (z. B. /admin).</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use user, moderator or admin.</source>
        <translation>unbekannte Rolle „%1“: verwenden Sie user, moderator oder admin.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ist bereits %2; nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is now %2 (was %3).</source>
        <translation>%1 ist jetzt %2 (vorher %3).</translation>
    </message>
</context>
<context>
    <name>OfflineModeration</name>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>warning: changed in the store only. If a server is running, the user&apos;s live sessions are not disconnected until their next handshake; run the command without --offline to act on them now.</source>
        <translation>Warnung: nur in der Datenbank geändert. Falls ein Server läuft, werden die aktiven Sitzungen des Benutzers erst beim nächsten Handshake getrennt; führen Sie den Befehl ohne --offline aus, um sofort darauf einzuwirken.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Das Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation>Das Passwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Could not hash the password: not enough memory for %1 MiB, or the hashing limits are invalid.</source>
        <translation>Das Passwort konnte nicht gehasht werden: nicht genug Speicher für %1 MiB, oder die Hash-Grenzwerte sind ungültig.</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot read standard input.</source>
        <translation>die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--password-stdin expects the password on a single line.</source>
        <translation>--password-stdin erwartet das Passwort in einer einzigen Zeile.</translation>
    </message>
</context>
<context>
    <name>RefreshTokenStore</name>
    <message>
        <source>A refresh token needs a user, a family, a hash and an expiry time.</source>
        <translation>Ein Refresh-Token braucht einen Benutzer, eine Familie, einen Hash und einen Ablaufzeitpunkt.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>gatehouse serve: %1</source>
        <translation>gatehouse serve: %1</translation>
    </message>
    <message>
        <source>gatehouse serve: cannot create the first account: %1</source>
        <translation>gatehouse serve: Das erste Konto kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Daten in %1</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot; (role admin) with the password from %2.</source>
        <translation>Das Konto „%1“ (Rolle admin) wurde mit dem Passwort aus %2 angelegt.</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot; (role admin) with the password: %2
It is shown only this once. Sign in and change it, or set another with: gatehouse user passwd %1</source>
        <translation>Das Konto „%1“ (Rolle admin) wurde mit diesem Passwort angelegt: %2
Es wird nur dieses eine Mal angezeigt. Melden Sie sich an und ändern Sie es, oder setzen Sie ein anderes mit: gatehouse user passwd %1</translation>
    </message>
    <message>
        <source>Runs the Gatehouse Socket.IO server without a window.</source>
        <translation>Führt den Gatehouse-Socket.IO-Server ohne Fenster aus.</translation>
    </message>
    <message>
        <source>Access tokens are signed with the secret %1</source>
        <translation>Zugriffstokens werden mit dem Schlüssel %1 signiert</translation>
    </message>
    <message>
        <source>TLS: serving HTTPS and WSS as %1 (certificate valid until %2)</source>
        <translation>TLS: HTTPS und WSS als %1 (Zertifikat gültig bis %2)</translation>
    </message>
    <message>
        <source>The TLS certificate expired on %1: clients will refuse to connect. Renew it and restart Gatehouse.</source>
        <translation>Das TLS-Zertifikat ist am %1 abgelaufen: Clients werden die Verbindung verweigern. Erneuern Sie es und starten Sie Gatehouse neu.</translation>
    </message>
    <message>
        <source>Serving the login API on %1 without TLS: passwords and tokens cross the network in clear text. Give a certificate with --tls-cert and --tls-key (or [tls] in the config file), put Gatehouse behind a TLS reverse proxy, or bind to 127.0.0.1.</source>
        <translation>Die Login-API auf %1 läuft ohne TLS: Passwörter und Tokens gehen im Klartext durchs Netzwerk. Geben Sie mit --tls-cert und --tls-key (oder [tls] in der Konfigurationsdatei) ein Zertifikat an, betreiben Sie Gatehouse hinter einem TLS-Reverse-Proxy oder binden Sie an 127.0.0.1.</translation>
    </message>
    <message>
        <source>Gatehouse %1 is listening on %2 (Socket.IO path %3)</source>
        <translation>Gatehouse %1 lauscht auf %2 (Socket.IO-Pfad %3)</translation>
    </message>
    <message>
        <source>Settings from %1</source>
        <translation>Einstellungen aus %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1; :: for all).</source>
        <translation>Auf &lt;adresse&gt; lauschen (Standard 127.0.0.1; :: für alle).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 3000; 0 picks a free one).</source>
        <translation>Auf &lt;port&gt; lauschen (Standard 3000; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Socket.IO path (default /socket.io/).</source>
        <translation>Socket.IO-Pfad (Standard /socket.io/).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Allow browsers from &lt;origin&gt; (repeatable; * for any; http://localhost:* for any port). Default: this machine&apos;s pages only.</source>
        <translation>Browser von &lt;origin&gt; zulassen (wiederholbar; * für alle; http://localhost:* für jeden Port). Standard: nur Seiten dieses Rechners.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>Allow cookies and Authorization from those origins.</source>
        <translation>Cookies und Authorization von diesen Origins zulassen.</translation>
    </message>
    <message>
        <source>Largest message or POST body in bytes (default 1000000).</source>
        <translation>Größte Nachricht oder größter POST-Body in Bytes (Standard 1000000).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Heartbeat interval in ms.</source>
        <translation>Heartbeat-Intervall in ms.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Heartbeat timeout in ms.</source>
        <translation>Heartbeat-Timeout in ms.</translation>
    </message>
    <message>
        <source>Close connections that join no namespace within &lt;ms&gt;.</source>
        <translation>Verbindungen schließen, die innerhalb von &lt;ms&gt; keinem Namespace beitreten.</translation>
    </message>
    <message>
        <source>Drop a client with more than &lt;bytes&gt; unsent (default 8 MiB).</source>
        <translation>Einen Client mit mehr als &lt;bytes&gt; nicht gesendeten Daten trennen (Standard 8 MiB).</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For from &lt;subnet&gt; (repeatable).</source>
        <translation>X-Forwarded-For von &lt;subnetz&gt; glauben (wiederholbar).</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>subnetz</translation>
    </message>
    <message>
        <source>Serve HTTPS and WSS with this PEM certificate chain (with --tls-key).</source>
        <translation>HTTPS und WSS mit dieser PEM-Zertifikatskette bereitstellen (mit --tls-key).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key (mode 600 or 640; passphrase from GATEHOUSE_TLS_KEY_PASSPHRASE).</source>
        <translation>Der private PEM-Schlüssel des Zertifikats (Modus 600 oder 640; Passphrase aus GATEHOUSE_TLS_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Log every connection and protocol detail.</source>
        <translation>Jede Verbindung und jedes Protokolldetail protokollieren.</translation>
    </message>
</context>
<context>
    <name>ServerStack</name>
    <message>
        <source>cannot set up sign-in: %1</source>
        <translation>die Anmeldung kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot set up the chat: %1</source>
        <translation>der Chat kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3. Pick another port, or stop the program using it.</source>
        <translation>auf %1 Port %2 kann nicht gelauscht werden: %3. Wählen Sie einen anderen Port oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>There is no admin account that may sign in. Create one with &quot;gatehouse user add NAME --role admin&quot;, or lift an admin&apos;s suspension.</source>
        <translation>Es gibt kein Admin-Konto, das sich anmelden darf. Legen Sie eines an mit „gatehouse user add NAME --role admin“ oder heben Sie die Sperre eines Admins auf.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>SOCKETS</source>
        <translation>SOCKETS</translation>
    </message>
    <message>
        <source>NAMESPACES</source>
        <translation>NAMESPACES</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>SOCKET</source>
        <translation>SOCKET</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>TRANSPORT</source>
        <translation>TRANSPORT</translation>
    </message>
    <message>
        <source>Users: %1, devices: %2, sockets: %3.</source>
        <translation>Benutzer: %1, Geräte: %2, Sockets: %3.</translation>
    </message>
    <message>
        <source>Lists who is connected to the running server: one line per user and device, or per socket with --sockets. This command&apos;s own connection is left out.</source>
        <translation>Listet auf, wer mit dem laufenden Server verbunden ist: eine Zeile pro Benutzer und Gerät oder mit --sockets pro Socket. Die eigene Verbindung dieses Befehls wird ausgelassen.</translation>
    </message>
    <message>
        <source>Only this user&apos;s sessions.</source>
        <translation>Nur die Sitzungen dieses Benutzers.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>One line per socket, with the ids `gatehouse kick --socket` takes.</source>
        <translation>Eine Zeile pro Socket, mit den IDs, die `gatehouse kick --socket` erwartet.</translation>
    </message>
    <message>
        <source>See: gatehouse sessions --help</source>
        <translation>Siehe: gatehouse sessions --help</translation>
    </message>
    <message>
        <source>this command takes no arguments; for one user: --user NAME.</source>
        <translation>dieser Befehl nimmt keine Argumente; für einen Benutzer: --user NAME.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>%1 has no connection now.</source>
        <translation>%1 ist gerade nicht verbunden.</translation>
    </message>
    <message>
        <source>Nobody is connected.</source>
        <translation>Niemand ist verbunden.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Usage: gatehouse user &lt;command&gt; [options]

Commands:
  add NAME [--role R] [--display-name D] [--password-stdin]
                 Create an account (role user, moderator or admin; default user).
  list           Show every account.
  passwd NAME [--password-stdin]
                 Set a new password; the account&apos;s devices must sign in again.
  remove NAME    Delete an account and its sessions (the audit log keeps its history).

These work on the store and take --data-dir DIR. Without --password-stdin the password is
asked twice on the terminal.

  suspend NAME --reason R [--for DURATION]
                 Suspend an account (30m, 2h, 7d, 1w; default: until lifted).
  unsuspend NAME Lift a suspension.
  role NAME ROLE [--reason R]
                 Make NAME a user, moderator or admin (admins only; audited).

These act on the running server, which disconnects the user&apos;s sockets at once; they sign
in as --admin NAME (default admin) with the password from --password-stdin,
GATEHOUSE_ADMIN_PASSWORD or a prompt. With --offline [--data-dir DIR] they change the
store only, and live sessions stay until their next handshake.

Exit status: 0 done; 1 failed or refused; 2 invalid command line or password; 3 cannot
reach the server; 4 the server refused the sign-in.
Help on one command: gatehouse user add --help
</source>
        <translation>Aufruf: gatehouse user &lt;Befehl&gt; [Optionen]

Befehle:
  add NAME [--role R] [--display-name D] [--password-stdin]
                 Ein Konto anlegen (Rolle user, moderator oder admin; Standard user).
  list           Alle Konten anzeigen.
  passwd NAME [--password-stdin]
                 Ein neues Passwort setzen; die Geräte des Kontos müssen sich neu anmelden.
  remove NAME    Ein Konto und seine Sitzungen löschen (das Audit-Protokoll behält den Verlauf).

Diese arbeiten mit der Datenbank und nehmen --data-dir DIR. Ohne --password-stdin wird das
Passwort zweimal im Terminal abgefragt.

  suspend NAME --reason R [--for DURATION]
                 Ein Konto sperren (30m, 2h, 7d, 1w; Standard: bis zur Aufhebung).
  unsuspend NAME Eine Sperre aufheben.
  role NAME ROLE [--reason R]
                 NAME zum user, moderator oder admin machen (nur Admins; protokolliert).

Diese wirken auf den laufenden Server, der die Sockets des Benutzers sofort trennt; sie melden
sich als --admin NAME (Standard: admin) mit dem Passwort aus --password-stdin,
GATEHOUSE_ADMIN_PASSWORD oder einer Abfrage an. Mit --offline [--data-dir DIR] ändern sie nur
die Datenbank, und aktive Sitzungen bleiben bis zu ihrem nächsten Handshake bestehen.

Exit-Status: 0 erledigt; 1 fehlgeschlagen oder abgelehnt; 2 ungültige Befehlszeile oder ungültiges
Passwort; 3 Server nicht erreichbar; 4 der Server hat die Anmeldung abgelehnt.
Hilfe zu einem Befehl: gatehouse user add --help
</translation>
    </message>
    <message>
        <source>gatehouse user: %1</source>
        <translation>gatehouse user: %1</translation>
    </message>
    <message>
        <source>See: gatehouse user --help</source>
        <translation>Siehe: gatehouse user --help</translation>
    </message>
    <message>
        <source>this command takes no NAME.</source>
        <translation>dieser Befehl nimmt keinen NAME.</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: %1 --help</source>
        <translation>geben Sie genau einen NAME an. Siehe: %1 --help</translation>
    </message>
    <message>
        <source>gatehouse user: warning: the audit record was not written: %1</source>
        <translation>gatehouse user: Warnung: Der Audit-Eintrag wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>es gibt kein Terminal, um nach dem Passwort zu fragen: Übergeben Sie es mit --password-stdin auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the passwords do not match.</source>
        <translation>die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>user, moderator or admin (default: user).</source>
        <translation>user, moderator oder admin (Standard: user).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>The name others see (default: the username).</source>
        <translation>Der Name, den andere sehen (Standard: der Benutzername).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Creates an account.</source>
        <translation>Legt ein Konto an.</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use user, moderator or admin.</source>
        <translation>unbekannte Rolle „%1“: verwenden Sie user, moderator oder admin.</translation>
    </message>
    <message>
        <source>the username &quot;%1&quot; is already taken.</source>
        <translation>der Benutzername „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Added user %1 (role %2).</source>
        <translation>Benutzer %1 angelegt (Rolle %2).</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>Das neue Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Sets a new password. The account&apos;s refresh tokens are revoked, so its devices must sign in again.</source>
        <translation>Setzt ein neues Passwort. Die Refresh-Tokens des Kontos werden widerrufen, daher müssen sich seine Geräte neu anmelden.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>Deletes an account and its refresh tokens. The audit log keeps its history.</source>
        <translation>Löscht ein Konto und seine Refresh-Tokens. Das Audit-Protokoll behält seinen Verlauf.</translation>
    </message>
    <message>
        <source>%1 is the only admin. Add another admin first (gatehouse user add NAME --role admin).</source>
        <translation>%1 ist der einzige Admin. Legen Sie zuerst einen weiteren Admin an (gatehouse user add NAME --role admin).</translation>
    </message>
    <message>
        <source>Removed user %1.</source>
        <translation>Benutzer %1 entfernt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Shows every account.</source>
        <translation>Zeigt alle Konten.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ANGELEGT</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>LETZTE ANMELDUNG</translation>
    </message>
    <message>
        <source>gatehouse user: unknown command &quot;%1&quot;.</source>
        <translation>gatehouse user: unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The username is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>The username is longer than %1 characters.</source>
        <translation>Der Benutzername ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; may only contain letters a-z and A-Z, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Der Benutzername „%1“ darf nur die Buchstaben a–z und A–Z, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>The display name is longer than %1 characters.</source>
        <translation>Der Anzeigename ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>Der Anzeigename enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken.</source>
        <translation>Der Benutzername „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiAttach</name>
    <message>
        <source>The admin namespace must start with / (instrument()&apos;s namespaceName, /admin by default).</source>
        <translation>Der Admin-Namespace muss mit / beginnen (namespaceName von instrument(), standardmäßig /admin).</translation>
    </message>
    <message>
        <source>The Socket.IO path must start with / (/socket.io by default).</source>
        <translation>Der Socket.IO-Pfad muss mit / beginnen (standardmäßig /socket.io).</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>%1 has no namespace %2. Is instrument() running there, with that namespace name?</source>
        <translation>%1 hat keinen Namespace %2. Läuft dort instrument() mit diesem Namespace-Namen?</translation>
    </message>
    <message>
        <source>The server refused the admin namespace %1: %2</source>
        <translation>Der Server hat den Admin-Namespace %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address, the path and that the server is running.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse, den Pfad und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer within %2 s.</source>
        <translation>%1 ist nicht erreichbar: keine Antwort innerhalb von %2 s.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiFeed</name>
    <message>
        <source>The server sent no list of sockets within %1 s. Does it run instrument() in development mode?</source>
        <translation>Der Server hat innerhalb von %1 s keine Socket-Liste gesendet. Läuft instrument() dort im Entwicklungsmodus?</translation>
    </message>
    <message>
        <source>The server runs instrument() in production mode: it reports statistics only, no sockets. Its console needs mode &quot;development&quot;.</source>
        <translation>Der Server führt instrument() im Produktionsmodus aus: Er meldet nur Statistiken, keine Sockets. Seine Konsole braucht den Modus „development“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiGrouping</name>
    <message>
        <source>unknown address</source>
        <translation>unbekannte Adresse</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatClient</name>
    <message>
        <source>The chat server refused the request.</source>
        <translation>Der Chat-Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Not connected to the chat server.</source>
        <translation>Nicht mit dem Chat-Server verbunden.</translation>
    </message>
    <message>
        <source>The chat server did not answer (%1).</source>
        <translation>Der Chat-Server hat nicht geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatOutbox</name>
    <message>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatSession</name>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:3000.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://chat.example.org:3000.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>There is no saved sign-in to restore. Sign in with your password.</source>
        <translation>Es gibt keine gespeicherte Anmeldung zum Wiederherstellen. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 on %2. Sign in with your password.</source>
        <translation>Keine gespeicherte Anmeldung für %1 auf %2. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>Sign in with your password to continue.</source>
        <translation>Melden Sie sich mit Ihrem Passwort an, um fortzufahren.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain. %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund gelöscht werden. %1</translation>
    </message>
    <message>
        <source>The server could not be told that you signed out (%1); your sign-in there ends when it expires.</source>
        <translation>Dem Server konnte die Abmeldung nicht mitgeteilt werden (%1); Ihre Anmeldung dort endet, wenn sie abläuft.</translation>
    </message>
    <message>
        <source>The server ended the connection. Sign in again to reconnect.</source>
        <translation>Der Server hat die Verbindung beendet. Melden Sie sich erneut an, um die Verbindung wiederherzustellen.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Your account is suspended until %1: %2. Sign in again after that, or ask a moderator.</source>
        <translation>Ihr Konto ist bis %1 gesperrt: %2. Melden Sie sich danach erneut an oder wenden Sie sich an einen Moderator.</translation>
    </message>
    <message>
        <source>Your account is suspended until a moderator lifts it: %1. Ask a moderator.</source>
        <translation>Ihr Konto ist gesperrt, bis ein Moderator die Sperre aufhebt: %1. Wenden Sie sich an einen Moderator.</translation>
    </message>
    <message>
        <source>A moderator disconnected you: %1. Sign in again to come back.</source>
        <translation>Ein Moderator hat Ihre Verbindung getrennt: %1. Melden Sie sich erneut an, um zurückzukommen.</translation>
    </message>
    <message>
        <source>%1 disconnected you: %2. Sign in again to come back.</source>
        <translation>%1 hat Ihre Verbindung getrennt: %2. Melden Sie sich erneut an, um zurückzukommen.</translation>
    </message>
    <message>
        <source>The server disconnected you: %1</source>
        <translation>Der Server hat Ihre Verbindung getrennt: %1</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed: %1</source>
        <translation>Ihre Anmeldung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in. Sign in again.</source>
        <translation>Der Server hat Ihre Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server does not let %1 into the chat. Ask its administrator.</source>
        <translation>Der Server lässt %1 nicht in den Chat. Wenden Sie sich an seinen Administrator.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Try again later.</source>
        <translation>Der Server hat die Verbindung abgelehnt (%1). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleConnection</name>
    <message>
        <source>Not allowed. %1</source>
        <translation>Nicht erlaubt. %1</translation>
    </message>
    <message>
        <source>Not found (it may have just left). %1</source>
        <translation>Nicht gefunden (vielleicht gerade gegangen). %1</translation>
    </message>
    <message>
        <source>The server did not accept the request. %1</source>
        <translation>Der Server hat die Anfrage nicht angenommen. %1</translation>
    </message>
    <message>
        <source>Not possible now. %1</source>
        <translation>Jetzt nicht möglich. %1</translation>
    </message>
    <message>
        <source>The server failed. %1</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten. %1</translation>
    </message>
    <message>
        <source>Not connected to the server. Wait until the console is connected again, then retry.</source>
        <translation>Nicht mit dem Server verbunden. Warten Sie, bis die Konsole wieder verbunden ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server did not answer (%1). Check the connection, then retry.</source>
        <translation>Der Server hat nicht geantwortet (%1). Prüfen Sie die Verbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This connection cannot do that (%1).</source>
        <translation>Diese Verbindung kann das nicht (%1).</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>Der Server hat abgelehnt (%1).</translation>
    </message>
    <message>
        <source>nothing within %1 s</source>
        <translation>nichts innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>kick</source>
        <translation>hinauswerfen</translation>
    </message>
    <message>
        <source>The socket&apos;s namespace is not known.</source>
        <translation>Der Namespace des Sockets ist nicht bekannt.</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>unsuspend</source>
        <translation>entsperren</translation>
    </message>
    <message>
        <source>account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>das Audit-Protokoll</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleFeed</name>
    <message>
        <source>The server did not answer %1 (%2).</source>
        <translation>Der Server hat nicht auf %1 geantwortet (%2).</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::EmbeddedServer</name>
    <message>
        <source>Cannot open the data folder %1: %2</source>
        <translation>Der Datenordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the first account: %1</source>
        <translation>Das erste Konto kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The embedded server is not running: start it first.</source>
        <translation>Der eingebettete Server läuft nicht: Starten Sie ihn zuerst.</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoginApi</name>
    <message>
        <source>The server&apos;s answer to the sign-in had no tokens. Is the address that of a Gatehouse server?</source>
        <translation>Die Antwort des Servers auf die Anmeldung enthielt keine Tokens. Ist die Adresse die eines Gatehouse-Servers?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server&apos;s certificate is self-signed or from a private CA, install that CA; if the name does not match, use the name in the certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Ist das Zertifikat des Servers selbstsigniert oder von einer privaten CA, installieren Sie diese CA; passt der Name nicht, verwenden Sie den Namen aus dem Zertifikat.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check your network and the server address, then try again.</source>
        <translation>Der Server unter %1 hat nicht innerhalb von %2 s geantwortet. Prüfen Sie Ihr Netzwerk und die Serveradresse und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your network, and that the server is running.</source>
        <translation>Der Server unter %1 ist nicht erreichbar (%2). Prüfen Sie die Adresse, Ihr Netzwerk und ob der Server läuft.</translation>
    </message>
    <message>
        <source>it has no login API (HTTP 404): is it a Gatehouse server?</source>
        <translation>er hat keine Login-API (HTTP 404): Ist es ein Gatehouse-Server?</translation>
    </message>
    <message>
        <source>The server has no login API (HTTP 404). Check that the address is that of a Gatehouse server.</source>
        <translation>Der Server hat keine Login-API (HTTP 404). Prüfen Sie, ob die Adresse die eines Gatehouse-Servers ist.</translation>
    </message>
    <message>
        <source>Wrong username or password for &quot;%1&quot;. Check both and try again.</source>
        <translation>Falscher Benutzername oder falsches Passwort für „%1“. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>This account is suspended until %1 (%2). Sign in again after that, or ask a moderator.</source>
        <translation>Dieses Konto ist bis %1 gesperrt (%2). Melden Sie sich danach erneut an oder wenden Sie sich an einen Moderator.</translation>
    </message>
    <message>
        <source>This account is suspended until a moderator lifts it (%1). Ask a moderator.</source>
        <translation>Dieses Konto ist gesperrt, bis ein Moderator die Sperre aufhebt (%1). Wenden Sie sich an einen Moderator.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has ended (it expired, was revoked, or was used elsewhere). Sign in again with your password.</source>
        <translation>Ihre Anmeldung ist beendet (abgelaufen, widerrufen oder anderswo verwendet). Melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The server could not sign you in (HTTP %1: %2). Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>Der Server konnte Sie nicht anmelden (HTTP %1: %2). Versuchen Sie es später erneut; wenn es so bleibt, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
</context>
<context>
    <name>gatehouse::RemoteAdminSignIn</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:8443.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://chat.example.org:8443.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Leave names, passwords and queries out of the address; enter them below.</source>
        <translation>Lassen Sie Namen, Passwörter und Abfragen aus der Adresse weg; geben Sie sie unten ein.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server&apos;s certificate is self-signed or from a private CA, choose that certificate as the CA file.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Ist das Zertifikat des Servers selbstsigniert oder von einer privaten CA, wählen Sie dieses Zertifikat als CA-Datei.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and that the server is running.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Gatehouse console</source>
        <translation>Gatehouse-Konsole</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>it has no login API (HTTP 404); is it a Gatehouse server?</source>
        <translation>er hat keine Login-API (HTTP 404); ist es ein Gatehouse-Server?</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is suspended: %1</source>
        <translation>Dieses Konto ist gesperrt: %1</translation>
    </message>
    <message>
        <source>The sign-in failed (HTTP %1): %2</source>
        <translation>Die Anmeldung ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>%1 is neither a moderator nor an admin; the console needs one of those roles.</source>
        <translation>%1 ist weder Moderator noch Admin; die Konsole braucht eine dieser Rollen.</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>The server refused %1 on /admin: %2</source>
        <translation>Der Server hat %1 auf /admin abgelehnt: %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>The sign-in to %1 ended: %2. Sign in again.</source>
        <translation>Die Anmeldung bei %1 ist beendet: %2. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTokens</name>
    <message>
        <source>Sign in with your password to continue.</source>
        <translation>Melden Sie sich mit Ihrem Passwort an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain. %1 You stay signed in until you close this window; next time, sign in with your password.</source>
        <translation>Ihre Anmeldung konnte nicht im Schlüsselbund gespeichert werden. %1 Sie bleiben angemeldet, bis Sie dieses Fenster schließen; melden Sie sich beim nächsten Mal mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain. %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund gelöscht werden. %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::app::AdminClient</name>
    <message>
        <source>the secure connection to %1 failed: %2
If the server&apos;s certificate is self-signed or from a private CA, give that certificate with --ca FILE; if the name does not match, use --server with the name in the certificate.</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2
Ist das Zertifikat des Servers selbstsigniert oder von einer privaten CA, geben Sie dieses Zertifikat mit --ca FILE an; passt der Name nicht, verwenden Sie --server mit dem Namen aus dem Zertifikat.</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: %2
Is `gatehouse serve` running? Use --server URL to reach it elsewhere.</source>
        <translation>der Server unter %1 ist nicht erreichbar: %2
Läuft `gatehouse serve`? Mit --server URL erreichen Sie ihn anderswo.</translation>
    </message>
    <message>
        <source>gatehouse command line</source>
        <translation>gatehouse-Befehlszeile</translation>
    </message>
    <message>
        <source>wrong username or password for &quot;%1&quot;. Give the right password (GATEHOUSE_ADMIN_PASSWORD, --password-stdin or the prompt), or sign in as someone else with --admin NAME.</source>
        <translation>falscher Benutzername oder falsches Passwort für „%1“. Geben Sie das richtige Passwort an (GATEHOUSE_ADMIN_PASSWORD, --password-stdin oder die Abfrage) oder melden Sie sich mit --admin NAME als jemand anderes an.</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the sign-in failed (HTTP %1): %2</source>
        <translation>die Anmeldung ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>%1 is neither a moderator nor an admin. Sign in as one with --admin NAME.</source>
        <translation>%1 ist weder Moderator noch Admin. Melden Sie sich mit --admin NAME als ein solcher an.</translation>
    </message>
    <message>
        <source>the server refused %1 on /admin: %2</source>
        <translation>der Server hat %1 auf /admin abgelehnt: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist verloren gegangen</translation>
    </message>
    <message>
        <source>no answer to %1 from the server: %2</source>
        <translation>keine Antwort des Servers auf %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::app::DesktopController</name>
    <message>
        <source>The server is stopped. Start it to see who is connected.</source>
        <translation>Der Server ist gestoppt. Starten Sie ihn, um zu sehen, wer verbunden ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine wie 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerke) ein.</translation>
    </message>
    <message>
        <source>Starting the server…</source>
        <translation>Server wird gestartet …</translation>
    </message>
    <message>
        <source>No OS keychain is available, so the secret that signs access tokens is kept in a file in the data folder, readable by you only. To keep it in the keychain, start a Secret Service (GNOME Keyring or KWallet) and restart Gatehouse.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar, daher liegt der Schlüssel, der die Zugriffstokens signiert, in einer Datei im Datenordner, die nur Sie lesen können. Um ihn im Schlüsselbund aufzubewahren, starten Sie einen Secret Service (GNOME Keyring oder KWallet) und starten Sie Gatehouse neu.</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Der Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>Der Server ist gestoppt.</translation>
    </message>
    <message>
        <source>Reading the secret that signs access tokens from the OS keychain… If the keychain asks to be unlocked or to create a keyring, answer it to go on.</source>
        <translation>Das Geheimnis, mit dem Zugriffstoken signiert werden, wird aus dem Schlüsselbund des Betriebssystems gelesen … Falls der Schlüsselbund darum bittet, entsperrt oder angelegt zu werden, antworten Sie darauf, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AuditLogModel</name>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(Server)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Socket kicked</source>
        <translation>Socket hinausgeworfen</translation>
    </message>
    <message>
        <source>Device kicked</source>
        <translation>Gerät hinausgeworfen</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Benutzer hinausgeworfen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unsuspended</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Suspension ended</source>
        <translation>Sperre abgelaufen</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Anmeldung blockiert</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>Refresh-Token wiederverwendet</translation>
    </message>
    <message>
        <source>Room created</source>
        <translation>Raum angelegt</translation>
    </message>
    <message>
        <source>Room archived</source>
        <translation>Raum archiviert</translation>
    </message>
    <message>
        <source>Admin UI: joined a room</source>
        <translation>Admin UI: einem Raum beigetreten</translation>
    </message>
    <message>
        <source>Admin UI: left a room</source>
        <translation>Admin UI: einen Raum verlassen</translation>
    </message>
    <message>
        <source>Admin UI: sent an event</source>
        <translation>Admin UI: ein Ereignis gesendet</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n Socket</numerusform>
            <numerusform>%n Sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Rolle: %1 → %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AuditLogView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Keine passenden Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>; older ones: Load More</source>
        <translation>; ältere: Mehr laden</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Senden (Eingabetaste). Umschalt+Eingabetaste beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: shorten it by %n character(s).</source>
        <translation>
            <numerusform>Zu lang zum Senden: Kürzen Sie um %n Zeichen.</numerusform>
            <numerusform>Zu lang zum Senden: Kürzen Sie um %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages can be up to %1 characters long.</source>
        <translation>Nachrichten dürfen bis zu %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatLoginDialog</name>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <translation>Nur für diese Sitzung anmelden</translation>
    </message>
    <message>
        <source>Sign in to chat</source>
        <translation>Beim Chat anmelden</translation>
    </message>
    <message>
        <source>https://chat.example.org:3000</source>
        <translation>https://chat.example.org:3000</translation>
    </message>
    <message>
        <source>How this device appears in your list of sign-ins.</source>
        <translation>So erscheint dieses Gerät in Ihrer Liste der Anmeldungen.</translation>
    </message>
    <message>
        <source>Keep the sign-in in the system keychain, so the next start needs no password.</source>
        <translation>Die Anmeldung im Schlüsselbund des Systems speichern, damit der nächste Start kein Passwort braucht.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Gerätename:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:3000.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://chat.example.org:3000.</translation>
    </message>
    <message>
        <source>This connection is not encrypted: your password would cross the network readable. Use https:// if the server offers it.</source>
        <translation>Diese Verbindung ist nicht verschlüsselt: Ihr Passwort ginge lesbar durchs Netzwerk. Verwenden Sie https://, wenn der Server es anbietet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMembersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n devices</source>
        <translation>
            <numerusform>%1 · %n Gerät</numerusform>
            <numerusform>%1 · %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1, online on %n device(s)</source>
        <translation>
            <numerusform>@%1, online auf %n Gerät</numerusform>
            <numerusform>@%1, online auf %n Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>@%1, offline</source>
        <translation>@%1, offline</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent: %1 Double-click to try again.</source>
        <translation>Nicht gesendet: %1 Doppelklicken, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMessageList</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatNoticeBanner</name>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatRoomsModel</name>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archived: the history stays readable, nobody can write here.</source>
        <translation>Archiviert: Der Verlauf bleibt lesbar, niemand kann hier schreiben.</translation>
    </message>
    <message>
        <source>@%1 is online</source>
        <translation>@%1 ist online</translation>
    </message>
    <message>
        <source>@%1 is offline</source>
        <translation>@%1 ist offline</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatView</name>
    <message>
        <source>&amp;Join Room…</source>
        <translation>Raum &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Neue Nachricht…</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Raum &amp;verlassen</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Ältere Nachrichten laden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Keine Unterhaltung</translation>
    </message>
    <message>
        <source>Choose a room or a person on the left, or join a room.</source>
        <translation>Wählen Sie links einen Raum oder eine Person, oder treten Sie einem Raum bei.</translation>
    </message>
    <message>
        <source>Choose a conversation to write.</source>
        <translation>Wählen Sie eine Unterhaltung, um zu schreiben.</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>This room is archived: its history stays readable, nobody can write here.</source>
        <translation>Dieser Raum ist archiviert: Sein Verlauf bleibt lesbar, niemand kann hier schreiben.</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>Direct message with</source>
        <translation>Direktnachricht mit</translation>
    </message>
    <message>
        <source>This room is archived.</source>
        <translation>Dieser Raum ist archiviert.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <source>Join Room</source>
        <translation>Raum beitreten</translation>
    </message>
    <message>
        <source>Room to join (pick one or type its name):</source>
        <translation>Beizutretender Raum (auswählen oder Namen eingeben):</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Username of the person to write to:</source>
        <translation>Benutzername der Person, der Sie schreiben möchten:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatWindow</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Sign In as &amp;Someone Else…</source>
        <translation>Als &amp;jemand anderes anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Disconnected by a moderator</source>
        <translation>Von einem Moderator getrennt</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Gatehouse Chat</source>
        <translation>Gatehouse Chat</translation>
    </message>
    <message>
        <source>%1 on %2 — Gatehouse Chat</source>
        <translation>%1 auf %2 — Gatehouse Chat</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionStatusLabel</name>
    <message>
        <source>Connected as %1</source>
        <translation>Verbunden als %1</translation>
    </message>
    <message>
        <source>Connected as %1 to %2</source>
        <translation>Verbunden als %1 mit %2</translation>
    </message>
    <message>
        <source>Connected as %1 to %2, updating…</source>
        <translation>Verbunden als %1 mit %2, wird aktualisiert …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting to %1…</source>
        <translation>Verbindung verloren, neue Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionsColumns</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>The client sent no device id; this one is guessed from its address and user agent.</source>
        <translation>Der Client hat keine Geräte-ID gesendet; diese hier ist aus seiner Adresse und seinem User-Agent geschätzt.</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>App-Version: %1</translation>
    </message>
    <message>
        <source>User agent: %1</source>
        <translation>User-Agent: %1</translation>
    </message>
    <message>
        <source>User agent: %1
Rooms: %2
Packets in/out: %3/%4</source>
        <translation>User-Agent: %1
Räume: %2
Pakete ein/aus: %3/%4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConsoleActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Hinauswerfen…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Show in &amp;Audit Log</source>
        <translation>Im &amp;Audit-Protokoll zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Moderators cannot act on admins; ask an admin.</source>
        <translation>Moderatoren können nicht gegen Admins vorgehen; fragen Sie einen Admin.</translation>
    </message>
    <message>
        <source>Disconnect the selected socket</source>
        <translation>Den ausgewählten Socket trennen</translation>
    </message>
    <message>
        <source>Disconnect the selected device</source>
        <translation>Das ausgewählte Gerät trennen</translation>
    </message>
    <message>
        <source>Disconnect the selected user</source>
        <translation>Den ausgewählten Benutzer trennen</translation>
    </message>
    <message>
        <source>You cannot suspend yourself.</source>
        <translation>Sie können sich nicht selbst sperren.</translation>
    </message>
    <message>
        <source>Keep the selected user out for a while</source>
        <translation>Den ausgewählten Benutzer eine Zeit lang aussperren</translation>
    </message>
    <message>
        <source>Let the selected user back in</source>
        <translation>Den ausgewählten Benutzer wieder zulassen</translation>
    </message>
    <message>
        <source>Kicking %1…</source>
        <translation>%1 wird hinausgeworfen …</translation>
    </message>
    <message>
        <source>Could not kick %1: %2</source>
        <translation>%1 konnte nicht hinausgeworfen werden: %2</translation>
    </message>
    <message>
        <source>Asked the server to disconnect %1.</source>
        <translation>Der Server wurde gebeten, %1 zu trennen.</translation>
    </message>
    <message numerus="yes">
        <source>Kicked %1: %n socket(s) disconnected.</source>
        <translation>
            <numerusform>%1 hinausgeworfen: %n Socket getrennt.</numerusform>
            <numerusform>%1 hinausgeworfen: %n Sockets getrennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>%1 wird gesperrt …</translation>
    </message>
    <message>
        <source>Could not suspend %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Suspended %1 until %2.</source>
        <translation>%1 ist gesperrt bis %2.</translation>
    </message>
    <message>
        <source>Suspended %1 until lifted.</source>
        <translation>%1 ist bis zur Aufhebung gesperrt.</translation>
    </message>
    <message>
        <source>Unsuspending %1…</source>
        <translation>Sperre von %1 wird aufgehoben …</translation>
    </message>
    <message>
        <source>Could not unsuspend %1: %2</source>
        <translation>Die Sperre von %1 konnte nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConsoleView</name>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Filter by user, device or address (Ctrl+F)</source>
        <translation>Nach Benutzer, Gerät oder Adresse filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Read the whole list again from the server</source>
        <translation>Die ganze Liste neu vom Server lesen</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Au&amp;dit Log</source>
        <translation>Au&amp;dit-Protokoll</translation>
    </message>
    <message>
        <source>Offline: showing the last known state</source>
        <translation>Offline: letzter bekannter Stand</translation>
    </message>
    <message>
        <source>Loading… page %1 of %2</source>
        <translation>Wird geladen … Seite %1 von %2</translation>
    </message>
    <message>
        <source>Live: %1 users, %2 devices, %3 sockets</source>
        <translation>Live: %1 Benutzer, %2 Geräte, %3 Sockets</translation>
    </message>
    <message>
        <source>%1 Press F5 to retry.</source>
        <translation>%1 Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FirstRunBanner</name>
    <message>
        <source>&amp;Copy password</source>
        <translation>Passwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Open a &amp;chat window</source>
        <translation>&amp;Chatfenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>The server created the account &lt;b&gt;%1&lt;/b&gt; with the password from GATEHOUSE_ADMIN_PASSWORD.</source>
        <translation>Der Server hat das Konto &lt;b&gt;%1&lt;/b&gt; mit dem Passwort aus GATEHOUSE_ADMIN_PASSWORD angelegt.</translation>
    </message>
    <message>
        <source>The server created the account &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt;. It is shown only this once: copy it now, and change it later with &lt;tt&gt;gatehouse user passwd %1&lt;/tt&gt;.</source>
        <translation>Der Server hat das Konto &lt;b&gt;%1&lt;/b&gt; mit dem Passwort &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt; angelegt. Es wird nur dieses eine Mal angezeigt: Kopieren Sie es jetzt und ändern Sie es später mit &lt;tt&gt;gatehouse user passwd %1&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Gatehouse.&lt;/b&gt; Your server is running at &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This console is already signed in. To chat, open a chat window (Ctrl+N) and sign in as %3; add people with &lt;tt&gt;gatehouse user add NAME&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Willkommen bei Gatehouse.&lt;/b&gt; Ihr Server läuft unter &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Diese Konsole ist bereits angemeldet. Zum Chatten öffnen Sie ein Chatfenster (Strg+N) und melden sich als %3 an; weitere Personen fügen Sie mit &lt;tt&gt;gatehouse user add NAME&lt;/tt&gt; hinzu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KickDialog</name>
    <message>
        <source>Kick Socket</source>
        <translation>Socket hinauswerfen</translation>
    </message>
    <message>
        <source>Disconnect the socket %1?</source>
        <translation>Den Socket %1 trennen?</translation>
    </message>
    <message>
        <source>Only this connection closes; the user&apos;s other sockets stay.</source>
        <translation>Nur diese Verbindung wird geschlossen; die anderen Sockets des Benutzers bleiben bestehen.</translation>
    </message>
    <message>
        <source>Kick Device</source>
        <translation>Gerät hinauswerfen</translation>
    </message>
    <message>
        <source>Disconnect the device %1?</source>
        <translation>Das Gerät %1 trennen?</translation>
    </message>
    <message>
        <source>Every socket of the user on this device closes; other devices stay.</source>
        <translation>Alle Sockets des Benutzers auf diesem Gerät werden geschlossen; andere Geräte bleiben verbunden.</translation>
    </message>
    <message>
        <source>Kick User</source>
        <translation>Benutzer hinauswerfen</translation>
    </message>
    <message>
        <source>Disconnect %1 on every device?</source>
        <translation>%1 auf allen Geräten trennen?</translation>
    </message>
    <message>
        <source>Every socket of the user closes.</source>
        <translation>Alle Sockets des Benutzers werden geschlossen.</translation>
    </message>
    <message>
        <source>They can connect again at once; to keep them out, suspend them instead.</source>
        <translation>Er oder sie kann sich sofort wieder verbinden; um jemanden fernzuhalten, sperren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Shown to the user (optional)</source>
        <translation>Wird dem Benutzer angezeigt (optional)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>&amp;Hinauswerfen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LiveChart</name>
    <message>
        <source>Live activity chart</source>
        <translation>Live-Aktivitätsdiagramm</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::MainWindow</name>
    <message>
        <source>Gatehouse</source>
        <translation>Gatehouse</translation>
    </message>
    <message>
        <source>Start the server to see who is connected.</source>
        <translation>Starten Sie den Server, um zu sehen, wer verbunden ist.</translation>
    </message>
    <message>
        <source>Embedded server</source>
        <translation>Eingebetteter Server</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;Chat Window</source>
        <translation>Neues &amp;Chatfenster</translation>
    </message>
    <message>
        <source>Connect to a &amp;Remote Server…</source>
        <translation>Mit &amp;entferntem Server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Über &amp;Gatehouse</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;A Socket.IO server that knows who is connected, with a moderation console and a chat client.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Ein Socket.IO-Server, der weiß, wer verbunden ist, mit Moderationskonsole und Chat-Client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Embedded server running at %1</source>
        <translation>Eingebetteter Server läuft unter %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RemoteConsoleWindow</name>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Close</source>
        <translation>Abmelden und &amp;schließen</translation>
    </message>
    <message>
        <source>%1 — Gatehouse console (%2)</source>
        <translation>%1 — Gatehouse-Konsole (%2)</translation>
    </message>
    <message>
        <source>Attached through @socket.io/admin-ui (namespace %1): this server offers the list of sockets and disconnecting one socket. Users and devices are read from each socket&apos;s data; kicking a device or a user, suspending, account details and the audit log need a Gatehouse server.</source>
        <translation>Angebunden über @socket.io/admin-ui (Namespace %1): Dieser Server bietet die Liste der Sockets und das Trennen einzelner Sockets. Benutzer und Geräte werden aus den Daten jedes Sockets gelesen; Geräte oder Benutzer hinauswerfen, Sperren, Kontodetails und das Audit-Protokoll erfordern einen Gatehouse-Server.</translation>
    </message>
    <message>
        <source>%1 — attached console, @socket.io/admin-ui (%2)</source>
        <translation>%1 — angebundene Konsole, @socket.io/admin-ui (%2)</translation>
    </message>
    <message>
        <source>%1 Use Console › Sign In Again to go on watching this server.</source>
        <translation>%1 Mit Konsole › Erneut anmelden beobachten Sie diesen Server weiter.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Gatehouse server</source>
        <translation>Gatehouse-Server</translation>
    </message>
    <message>
        <source>Any Socket.IO server with @socket.io/admin-ui</source>
        <translation>Beliebiger Socket.IO-Server mit @socket.io/admin-ui</translation>
    </message>
    <message>
        <source>https://chat.example.org:8443</source>
        <translation>https://chat.example.org:8443</translation>
    </message>
    <message>
        <source>Only for a private or self-signed certificate</source>
        <translation>Nur für ein privates oder selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Admin &amp;namespace:</source>
        <translation>Admin-&amp;Namespace:</translation>
    </message>
    <message>
        <source>Socket.IO pa&amp;th:</source>
        <translation>Socket.IO-Pfa&amp;d:</translation>
    </message>
    <message>
        <source>Attach to a Socket.IO Server</source>
        <translation>Mit einem Socket.IO-Server verbinden</translation>
    </message>
    <message>
        <source>Connect to a Gatehouse Server</source>
        <translation>Mit einem Gatehouse-Server verbinden</translation>
    </message>
    <message>
        <source>Leave empty when instrument() has auth: false</source>
        <translation>Leer lassen, wenn instrument() auth: false hat</translation>
    </message>
    <message>
        <source>An admin or moderator</source>
        <translation>Ein Admin oder Moderator</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>This address is not encrypted: the password will cross the network in clear text. Use https:// unless the network is trusted.</source>
        <translation>Diese Adresse ist nicht verschlüsselt: Das Passwort geht im Klartext durchs Netzwerk. Verwenden Sie https://, außer das Netzwerk ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Choose the Server&apos;s CA Certificate</source>
        <translation>CA-Zertifikat des Servers auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ServerPanel</name>
    <message>
        <source>127.0.0.1: this computer only. 0.0.0.0 or ::: every network this computer is on; give the server a TLS certificate first (see the README).</source>
        <translation>127.0.0.1: nur dieser Computer. 0.0.0.0 oder ::: alle Netzwerke, in denen dieser Computer ist; geben Sie dem Server zuerst ein TLS-Zertifikat (siehe README).</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the URL clients connect to</source>
        <translation>Die URL kopieren, mit der sich Clients verbinden</translation>
    </message>
    <message>
        <source>Client URL:</source>
        <translation>Client-URL:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>Sockets:</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>%1 users, %2 devices, %3 sockets</source>
        <translation>%1 Benutzer, %2 Geräte, %3 Sockets</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Server gestoppt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Server running</source>
        <translation>Server läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Data in %1. Tokens are signed with the secret %2.</source>
        <translation>Daten in %1. Tokens werden mit dem Schlüssel %2 signiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n Tag, %1</numerusform>
            <numerusform>%n Tage, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuspendDialog</name>
    <message>
        <source>Suspend User</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>Every socket of the user closes now, and signing in, refreshing and connecting are refused until the suspension ends.</source>
        <translation>Alle Sockets des Benutzers werden sofort geschlossen, und Anmelden, Erneuern und Verbinden werden abgelehnt, bis die Sperre endet.</translation>
    </message>
    <message>
        <source>Shown to the user and kept in the audit log</source>
        <translation>Wird dem Benutzer angezeigt und im Audit-Protokoll festgehalten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Bis zur Aufhebung</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>Choose an end in the future.</source>
        <translation>Wählen Sie ein Ende in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserDetailPane</name>
    <message>
        <source>Select a user to see their devices, sockets, suspension and recent moderation.</source>
        <translation>Wählen Sie einen Benutzer, um seine Geräte, Sockets, Sperre und letzte Moderation zu sehen.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Account created:</source>
        <translation>Konto angelegt:</translation>
    </message>
    <message>
        <source>Device / socket</source>
        <translation>Gerät / Socket</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Devices and sockets</source>
        <translation>Geräte und Sockets</translation>
    </message>
    <message>
        <source>Recent moderation and sign-ins</source>
        <translation>Letzte Moderation und Anmeldungen</translation>
    </message>
    <message>
        <source>Online (no account on this server)</source>
        <translation>Online (kein Konto auf diesem Server)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Suspended until lifted</source>
        <translation>Gesperrt bis zur Aufhebung</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
