<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminBootstrap</name>
    <message>
        <source>%1 is not usable: %2</source>
        <translation>%1 n&apos;est pas utilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AdminOptions</name>
    <message>
        <source>The server to talk to, e.g. https://chat.example.org:3000 (default: the address in the config file, else http://127.0.0.1:3000).</source>
        <translation>Le serveur à contacter, p. ex. https://chat.example.org:3000 (par défaut&#xa0;: l&apos;adresse du fichier de configuration, sinon http://127.0.0.1:3000).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate if it is signed by the CA in &lt;file&gt; (PEM), or is that self-signed certificate.</source>
        <translation>Faire confiance au certificat du serveur s&apos;il est signé par l&apos;AC de &lt;fichier&gt; (PEM) ou s&apos;il est ce certificat autosigné.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt;, a moderator or admin (default: admin).</source>
        <translation>Se connecter en tant que &lt;nom&gt;, modérateur ou admin (par défaut&#xa0;: admin).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the password from standard input (else GATEHOUSE_ADMIN_PASSWORD, else a prompt).</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard (sinon GATEHOUSE_ADMIN_PASSWORD, sinon une invite).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Work on the store in the data folder instead of a running server.</source>
        <translation>Travailler sur la base de données du dossier de données au lieu d&apos;un serveur en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>It signs in to the running server (the address from --server or the config file) as --admin, with the password from --password-stdin, GATEHOUSE_ADMIN_PASSWORD or a prompt.</source>
        <translation>La commande se connecte au serveur en cours d&apos;exécution (l&apos;adresse de --server ou du fichier de configuration) en tant que --admin, avec le mot de passe de --password-stdin, de GATEHOUSE_ADMIN_PASSWORD ou d&apos;une invite.</translation>
    </message>
    <message>
        <source>With --offline it works on the store in --data-dir instead; a running server then notices the change at the user&apos;s next sign-in or handshake.</source>
        <translation>Avec --offline, elle travaille à la place sur la base de données de --data-dir&#xa0;; un serveur en cours d&apos;exécution remarque alors le changement à la prochaine connexion ou au prochain handshake de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 failed or refused (no such user, forbidden); 2 invalid command line; 3 cannot reach the server; 4 the server refused the sign-in.</source>
        <translation>Code de sortie&#xa0;: 0 terminé&#xa0;; 1 échec ou refus (utilisateur inconnu, interdit)&#xa0;; 2 ligne de commande invalide&#xa0;; 3 serveur injoignable&#xa0;; 4 le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>--server wants an address like http://127.0.0.1:3000 or https://chat.example.org:3000, not &quot;%1&quot;.</source>
        <translation>--server attend une adresse comme http://127.0.0.1:3000 ou https://chat.example.org:3000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--ca: no PEM certificate in &quot;%1&quot;. Give the CA&apos;s (or the self-signed server&apos;s) certificate file.</source>
        <translation>--ca&#xa0;: aucun certificat PEM dans «&#xa0;%1&#xa0;». Indiquez le fichier de certificat de l&apos;AC (ou du serveur autosigné).</translation>
    </message>
    <message>
        <source>Password of %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>no password for %1: set GATEHOUSE_ADMIN_PASSWORD, or give it on standard input with --password-stdin.</source>
        <translation>pas de mot de passe pour %1&#xa0;: définissez GATEHOUSE_ADMIN_PASSWORD ou fournissez-le sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>aucun mot de passe fourni.</translation>
    </message>
    <message>
        <source>warning: the password goes to %1 unencrypted; use https if the network is not trusted.</source>
        <translation>avertissement&#xa0;: le mot de passe part en clair vers %1&#xa0;; utilisez https si le réseau n&apos;est pas de confiance.</translation>
    </message>
</context>
<context>
    <name>AppStore</name>
    <message>
        <source>Keep Gatehouse&apos;s data (accounts, sign-ins, audit log) in &lt;folder&gt; (default: %1).</source>
        <translation>Conserver les données de Gatehouse (comptes, connexions, journal d&apos;audit) dans &lt;dossier&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>cannot open the data folder %1: %2
Fix the cause above, or choose another folder with --data-dir.</source>
        <translation>impossible d&apos;ouvrir le dossier de données %1&#xa0;: %2
Corrigez la cause ci-dessus ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>Entries: %1, newest first; older ones with a larger --limit.</source>
        <translation>Entrées&#xa0;: %1, les plus récentes d&apos;abord&#xa0;; les plus anciennes avec un --limit plus grand.</translation>
    </message>
    <message>
        <source>Entries: %1, newest first.</source>
        <translation>Entrées&#xa0;: %1, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Shows the audit log, newest first: sign-ins, account changes, kicks, suspensions, role changes.</source>
        <translation>Affiche le journal d&apos;audit, les entrées les plus récentes d&apos;abord&#xa0;: connexions, modifications de comptes, expulsions, suspensions, changements de rôle.</translation>
    </message>
    <message>
        <source>Only entries about this user.</source>
        <translation>Uniquement les entrées concernant cet utilisateur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Only entries of this type, e.g. user.role_changed.</source>
        <translation>Uniquement les entrées de ce type, p. ex. user.role_changed.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Only entries since &lt;when&gt;: a duration ago (2h, 7d) or a date or time (2026-03-01, 2026-03-01T14:30).</source>
        <translation>Uniquement les entrées depuis &lt;quand&gt;&#xa0;: une durée écoulée (2h, 7d) ou une date ou une heure (2026-03-01, 2026-03-01T14:30).</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries (default %1).</source>
        <translation>Au plus &lt;n&gt; entrées (par défaut %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>See: gatehouse audit --help</source>
        <translation>Voir&#xa0;: gatehouse audit --help</translation>
    </message>
    <message>
        <source>this command takes no arguments; for one user: --user NAME.</source>
        <translation>cette commande ne prend pas d&apos;arguments&#xa0;; pour un seul utilisateur&#xa0;: --user NAME.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to 100000.</source>
        <translation>--limit attend un nombre de 1 à 100000.</translation>
    </message>
    <message>
        <source>--since wants a duration such as 2h or 7d, or a date such as 2026-03-01, not &quot;%1&quot;.</source>
        <translation>--since attend une durée comme 2h ou 7d, ou une date comme 2026-03-01, pas «&#xa0;%1&#xa0;».</translation>
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
        <translation>Utilisation&#xa0;: gatehouse [commande] [options]

Sans commande&#xa0;: l&apos;application de bureau (serveur intégré, console, chat) s&apos;il y a un écran,
sinon le serveur sans fenêtre, comme avec «&#xa0;serve&#xa0;».

Commandes&#xa0;:
  gui       L&apos;application de bureau [--port N] [--bind ADDRESS] [--data-dir DIR] [--no-server].
  serve     Exécuter le serveur Socket.IO sans fenêtre jusqu&apos;à son arrêt (Ctrl+C ou SIGTERM).
  user      Gérer les comptes&#xa0;: add, list, passwd, remove (dans la base)&#xa0;; suspend, unsuspend,
            role (sur le serveur en cours d&apos;exécution, ou --offline)&#xa0;: gatehouse user --help
  sessions  Lister qui est connecté au serveur en cours d&apos;exécution [--user NAME] [--sockets].
  kick      Expulser un utilisateur&#xa0;: kick NAME [--device ID | --socket ID] [--reason R].
  audit     Afficher le journal d&apos;audit [--user NAME] [--type T] [--since WHEN] [--limit N].

sessions, kick, audit et user suspend/unsuspend/role se connectent au serveur en cours
d&apos;exécution (l&apos;adresse du fichier de configuration, ou --server URL) en tant que --admin NAME
(admin par défaut), avec le mot de passe de --password-stdin, de GATEHOUSE_ADMIN_PASSWORD ou
d&apos;une invite.

Options&#xa0;:
  -h, --help     Afficher cette aide, ou l&apos;aide d&apos;une commande&#xa0;: gatehouse kick --help
  -v, --version  Afficher la version.

Code de sortie&#xa0;: 0 terminé&#xa0;; 1 échec ou refus&#xa0;; 2 ligne de commande invalide&#xa0;; 3 serveur
injoignable&#xa0;; 4 le serveur a refusé la connexion.
</translation>
    </message>
    <message>
        <source>gatehouse gui: no display found (DISPLAY and WAYLAND_DISPLAY are not set). Run the desktop app in a graphical session, or the server alone with &quot;gatehouse serve&quot;.
</source>
        <translation>gatehouse gui&#xa0;: aucun écran trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Lancez l&apos;application de bureau dans une session graphique, ou le serveur seul avec «&#xa0;gatehouse serve&#xa0;».
</translation>
    </message>
    <message>
        <source>No display found: running the server headless, as &quot;gatehouse serve&quot;.
</source>
        <translation>Aucun écran trouvé&#xa0;: le serveur s&apos;exécute sans fenêtre, comme avec «&#xa0;gatehouse serve&#xa0;».
</translation>
    </message>
    <message>
        <source>gatehouse: unknown command &quot;%1&quot;.
</source>
        <translation>gatehouse&#xa0;: commande inconnue «&#xa0;%1&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>Read settings from &lt;file&gt; (INI). Default: gatehouse.conf in the user&apos;s config folder, else /etc/gatehouse/gatehouse.conf.</source>
        <translation>Lire les réglages dans &lt;fichier&gt; (INI). Par défaut&#xa0;: gatehouse.conf dans le dossier de configuration de l&apos;utilisateur, sinon /etc/gatehouse/gatehouse.conf.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe mais n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>No data folder given.</source>
        <translation>Aucun dossier de données indiqué.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing: install libqt6sql6-sqlite (Debian/Ubuntu) or the Qt SQL SQLite plugin.</source>
        <translation>Le pilote SQLite de Qt est absent&#xa0;: installez libqt6sql6-sqlite (Debian/Ubuntu) ou le plugin SQLite de Qt SQL.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a Gatehouse database, or it is damaged (%1).</source>
        <translation>ce n&apos;est pas une base de données Gatehouse, ou elle est endommagée (%1).</translation>
    </message>
    <message>
        <source>the file system does not support write-ahead logging (journal mode stayed &quot;%1&quot;). Put the data folder on a local disk.</source>
        <translation>le système de fichiers ne prend pas en charge la journalisation anticipée (WAL&#xa0;; le mode de journal est resté «&#xa0;%1&#xa0;»). Placez le dossier de données sur un disque local.</translation>
    </message>
    <message>
        <source>this SQLite library does not enforce foreign keys.</source>
        <translation>cette bibliothèque SQLite n&apos;applique pas les clés étrangères.</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this Gatehouse only knows versions up to %3: it was written by a newer Gatehouse. Run that version, or use a backup made for this one.</source>
        <translation>%1 a la version de schéma %2, mais ce Gatehouse ne connaît que les versions jusqu&apos;à %3&#xa0;: elle a été écrite par un Gatehouse plus récent. Utilisez cette version-là, ou une sauvegarde faite pour celle-ci.</translation>
    </message>
    <message>
        <source>Cannot update the schema of %1 to version %2 (%3): %4</source>
        <translation>Impossible de mettre à jour le schéma de %1 vers la version %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The Gatehouse desktop app: the embedded server, its console and chat.</source>
        <translation>L&apos;application de bureau Gatehouse&#xa0;: le serveur intégré, sa console et le chat.</translation>
    </message>
    <message>
        <source>Do not start the embedded server (start it from the window).</source>
        <translation>Ne pas démarrer le serveur intégré (il peut être démarré depuis la fenêtre).</translation>
    </message>
    <message>
        <source>gatehouse: %1</source>
        <translation>gatehouse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Gatehouse::Keychain</name>
    <message>
        <source>The keychain was closed before the signing secret was stored. Start Gatehouse again.</source>
        <translation>Le trousseau a été fermé avant l&apos;enregistrement du secret de signature. Relancez Gatehouse.</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; of &quot;%2&quot; holds %3 bytes, not a signing secret of at least %4 bytes. Delete the entry (for example in Seahorse or KWalletManager) to have a new secret generated; everyone signed in will have to sign in again.</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» dans le trousseau contient %3 octets, et non un secret de signature d&apos;au moins %4 octets. Supprimez l&apos;entrée (par exemple dans Seahorse ou KWalletManager) pour qu&apos;un nouveau secret soit généré&#xa0;; tous les utilisateurs connectés devront se reconnecter.</translation>
    </message>
    <message>
        <source>The keychain accepted the new signing secret but did not return it. Check that the keyring is unlocked and keeps entries, then start Gatehouse again.</source>
        <translation>Le trousseau a accepté le nouveau secret de signature mais ne l&apos;a pas restitué. Vérifiez que le trousseau est déverrouillé et conserve les entrées, puis relancez Gatehouse.</translation>
    </message>
    <message>
        <source>No secret service is running. Install and unlock a keyring such as GNOME Keyring or KWallet, or sign in for this session only.</source>
        <translation>Aucun service de secrets n&apos;est en cours d&apos;exécution. Installez et déverrouillez un trousseau comme GNOME Keyring ou KWallet, ou connectez-vous pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou a refusé l&apos;accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was declined. Try again and allow Gatehouse to use the keychain when asked.</source>
        <translation>L&apos;accès au trousseau a été refusé. Réessayez et autorisez Gatehouse à utiliser le trousseau lorsque la question est posée.</translation>
    </message>
    <message>
        <source>This system&apos;s keychain cannot store Gatehouse&apos;s secrets. Use a keyring such as GNOME Keyring or KWallet, or sign in for this session only.</source>
        <translation>Le trousseau de ce système ne peut pas conserver les secrets de Gatehouse. Utilisez un trousseau comme GNOME Keyring ou KWallet, ou connectez-vous pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry (%1). Unlock the keychain and try again.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée (%1). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring is set up and unlocked, then try again.</source>
        <translation>Le trousseau a signalé une erreur (%1). Vérifiez que votre trousseau est configuré et déverrouillé, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>KickCommand</name>
    <message>
        <source>Disconnects NAME from the running server: every device, one device (--device), or one socket (--socket, see gatehouse sessions --user NAME --sockets). The user&apos;s clients are told why and do not reconnect by themselves; to keep the user out, use gatehouse user suspend.</source>
        <translation>Déconnecte NAME du serveur en cours d&apos;exécution&#xa0;: tous ses appareils, un appareil (--device) ou un socket (--socket, voir gatehouse sessions --user NAME --sockets). Les clients de l&apos;utilisateur reçoivent la raison et ne se reconnectent pas d&apos;eux-mêmes&#xa0;; pour tenir l&apos;utilisateur à l&apos;écart, utilisez gatehouse user suspend.</translation>
    </message>
    <message>
        <source>Only the sockets of this device.</source>
        <translation>Uniquement les sockets de cet appareil.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only this socket.</source>
        <translation>Uniquement ce socket.</translation>
    </message>
    <message>
        <source>Why; the user sees it and it is audited.</source>
        <translation>La raison&#xa0;; l&apos;utilisateur la voit et elle est consignée dans l&apos;audit.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>See: gatehouse kick --help</source>
        <translation>Voir&#xa0;: gatehouse kick --help</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: gatehouse kick --help</source>
        <translation>indiquez exactement un NAME. Voir&#xa0;: gatehouse kick --help</translation>
    </message>
    <message>
        <source>give --device or --socket, not both.</source>
        <translation>indiquez --device ou --socket, pas les deux.</translation>
    </message>
    <message>
        <source>Disconnected %1 on device %2 (sockets: %3).</source>
        <translation>%1 déconnecté sur l&apos;appareil %2 (sockets&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Disconnected %1 (sockets: %2).</source>
        <translation>%1 déconnecté (sockets&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 has no socket %2 now. See: gatehouse sessions --user %1 --sockets</source>
        <translation>%1 n&apos;a pas de socket %2 en ce moment. Voir&#xa0;: gatehouse sessions --user %1 --sockets</translation>
    </message>
</context>
<context>
    <name>LocalConsoleConnection</name>
    <message>
        <source>The console cannot sign in: %1</source>
        <translation>La console ne peut pas se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The console cannot sign in as &quot;%1&quot;: %2</source>
        <translation>La console ne peut pas se connecter en tant que «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server was restarted.</source>
        <translation>Le serveur a été redémarré.</translation>
    </message>
</context>
<context>
    <name>ModerationCommand</name>
    <message>
        <source>The username.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>user, moderator or admin.</source>
        <translation>user, moderator ou admin.</translation>
    </message>
    <message>
        <source>See: %1 --help</source>
        <translation>Voir&#xa0;: %1 --help</translation>
    </message>
    <message>
        <source>give NAME and ROLE. See: %1 --help</source>
        <translation>indiquez NAME et ROLE. Voir&#xa0;: %1 --help</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: %1 --help</source>
        <translation>indiquez exactement un NAME. Voir&#xa0;: %1 --help</translation>
    </message>
    <message>
        <source>Suspended %1 until %2.</source>
        <translation>%1 est suspendu jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Suspended %1 indefinitely.</source>
        <translation>%1 est suspendu pour une durée indéterminée.</translation>
    </message>
    <message>
        <source>Why (required); the user sees it and it is audited.</source>
        <translation>La raison (obligatoire)&#xa0;; l&apos;utilisateur la voit et elle est consignée dans l&apos;audit.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>How long: 30m, 2h, 7d, 1w (default: until unsuspended).</source>
        <translation>Durée&#xa0;: 30m, 2h, 7d, 1w (par défaut&#xa0;: jusqu&apos;à la levée).</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Suspends NAME: their sign-ins end (refresh tokens revoked), their sockets are disconnected, and logins are refused until the suspension ends or is lifted.</source>
        <translation>Suspend NAME&#xa0;: ses sessions prennent fin (jetons de rafraîchissement révoqués), ses sockets sont déconnectés et les connexions sont refusées jusqu&apos;à la fin ou la levée de la suspension.</translation>
    </message>
    <message>
        <source>give a reason with --reason: the user sees it, and it is audited.</source>
        <translation>indiquez une raison avec --reason&#xa0;: l&apos;utilisateur la voit et elle est consignée dans l&apos;audit.</translation>
    </message>
    <message>
        <source>--for wants a duration such as 30m, 2h, 7d or 1w, not &quot;%1&quot;.</source>
        <translation>--for attend une durée comme 30m, 2h, 7d ou 1w, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sockets disconnected: %1.</source>
        <translation>Sockets déconnectés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Lifts the suspension of NAME: they may sign in again.</source>
        <translation>Lève la suspension de NAME&#xa0;: l&apos;utilisateur peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is not suspended now.</source>
        <translation>%1 n&apos;est pas suspendu actuellement.</translation>
    </message>
    <message>
        <source>Why; it goes into the audit log.</source>
        <translation>La raison&#xa0;; elle est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Gives NAME the role ROLE: user, moderator or admin. Only admins may do this, not on themselves, and the last active admin stays admin. After a demotion the user&apos;s sockets in namespaces the new role may not enter (e.g. /admin) are disconnected.</source>
        <translation>Donne à NAME le rôle ROLE&#xa0;: user, moderator ou admin. Seuls les admins peuvent le faire, pas sur eux-mêmes, et le dernier admin actif reste admin. Après une rétrogradation, les sockets de l&apos;utilisateur dans les namespaces interdits au nouveau rôle (p. ex. /admin) sont déconnectés.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use user, moderator or admin.</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez user, moderator ou admin.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 est déjà %2&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 is now %2 (was %3).</source>
        <translation>%1 est maintenant %2 (auparavant %3).</translation>
    </message>
</context>
<context>
    <name>OfflineModeration</name>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>warning: changed in the store only. If a server is running, the user&apos;s live sessions are not disconnected until their next handshake; run the command without --offline to act on them now.</source>
        <translation>avertissement&#xa0;: modifié dans la base de données seulement. Si un serveur est en cours d&apos;exécution, les sessions actives de l&apos;utilisateur ne sont déconnectées qu&apos;à leur prochain handshake&#xa0;; lancez la commande sans --offline pour agir sur elles tout de suite.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The password must be at most %1 characters long.</source>
        <translation>Le mot de passe doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Could not hash the password: not enough memory for %1 MiB, or the hashing limits are invalid.</source>
        <translation>Impossible de hacher le mot de passe&#xa0;: mémoire insuffisante pour %1 Mio, ou les limites de hachage sont invalides.</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>cannot read standard input.</source>
        <translation>impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--password-stdin expects the password on a single line.</source>
        <translation>--password-stdin attend le mot de passe sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>RefreshTokenStore</name>
    <message>
        <source>A refresh token needs a user, a family, a hash and an expiry time.</source>
        <translation>Un jeton de rafraîchissement nécessite un utilisateur, une famille, un hachage et une date d&apos;expiration.</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>gatehouse serve: %1</source>
        <translation>gatehouse serve&#xa0;: %1</translation>
    </message>
    <message>
        <source>gatehouse serve: cannot create the first account: %1</source>
        <translation>gatehouse serve&#xa0;: impossible de créer le premier compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation>Données dans %1</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot; (role admin) with the password from %2.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» (rôle admin) a été créé avec le mot de passe de %2.</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot; (role admin) with the password: %2
It is shown only this once. Sign in and change it, or set another with: gatehouse user passwd %1</source>
        <translation>Le compte «&#xa0;%1&#xa0;» (rôle admin) a été créé avec le mot de passe&#xa0;: %2
Il n&apos;est affiché que cette fois. Connectez-vous et changez-le, ou définissez-en un autre avec&#xa0;: gatehouse user passwd %1</translation>
    </message>
    <message>
        <source>Runs the Gatehouse Socket.IO server without a window.</source>
        <translation>Exécute le serveur Socket.IO Gatehouse sans fenêtre.</translation>
    </message>
    <message>
        <source>Access tokens are signed with the secret %1</source>
        <translation>Les jetons d&apos;accès sont signés avec le secret %1</translation>
    </message>
    <message>
        <source>TLS: serving HTTPS and WSS as %1 (certificate valid until %2)</source>
        <translation>TLS&#xa0;: HTTPS et WSS servis en tant que %1 (certificat valide jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>The TLS certificate expired on %1: clients will refuse to connect. Renew it and restart Gatehouse.</source>
        <translation>Le certificat TLS a expiré le %1&#xa0;: les clients refuseront de se connecter. Renouvelez-le et redémarrez Gatehouse.</translation>
    </message>
    <message>
        <source>Serving the login API on %1 without TLS: passwords and tokens cross the network in clear text. Give a certificate with --tls-cert and --tls-key (or [tls] in the config file), put Gatehouse behind a TLS reverse proxy, or bind to 127.0.0.1.</source>
        <translation>L&apos;API de connexion est servie sur %1 sans TLS&#xa0;: les mots de passe et les jetons traversent le réseau en clair. Fournissez un certificat avec --tls-cert et --tls-key (ou [tls] dans le fichier de configuration), placez Gatehouse derrière un proxy inverse TLS, ou liez-le à 127.0.0.1.</translation>
    </message>
    <message>
        <source>Gatehouse %1 is listening on %2 (Socket.IO path %3)</source>
        <translation>Gatehouse %1 écoute sur %2 (chemin Socket.IO %3)</translation>
    </message>
    <message>
        <source>Settings from %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1; :: for all).</source>
        <translation>Écouter sur &lt;adresse&gt; (par défaut 127.0.0.1&#xa0;;&#xa0;:: pour toutes).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default 3000; 0 picks a free one).</source>
        <translation>Écouter sur &lt;port&gt; (par défaut 3000&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Socket.IO path (default /socket.io/).</source>
        <translation>Chemin Socket.IO (par défaut /socket.io/).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Allow browsers from &lt;origin&gt; (repeatable; * for any; http://localhost:* for any port). Default: this machine&apos;s pages only.</source>
        <translation>Autoriser les navigateurs venant de &lt;origine&gt; (répétable&#xa0;; * pour toutes&#xa0;; http://localhost:* pour tout port). Par défaut&#xa0;: seulement les pages de cette machine.</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>Allow cookies and Authorization from those origins.</source>
        <translation>Autoriser les cookies et Authorization depuis ces origines.</translation>
    </message>
    <message>
        <source>Largest message or POST body in bytes (default 1000000).</source>
        <translation>Taille maximale d&apos;un message ou d&apos;un corps POST en octets (par défaut 1000000).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Heartbeat interval in ms.</source>
        <translation>Intervalle du heartbeat en ms.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Heartbeat timeout in ms.</source>
        <translation>Délai d&apos;expiration du heartbeat en ms.</translation>
    </message>
    <message>
        <source>Close connections that join no namespace within &lt;ms&gt;.</source>
        <translation>Fermer les connexions qui ne rejoignent aucun namespace en &lt;ms&gt;.</translation>
    </message>
    <message>
        <source>Drop a client with more than &lt;bytes&gt; unsent (default 8 MiB).</source>
        <translation>Abandonner un client ayant plus de &lt;octets&gt; non envoyés (par défaut 8 Mio).</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For from &lt;subnet&gt; (repeatable).</source>
        <translation>Faire confiance à X-Forwarded-For venant de &lt;sous-réseau&gt; (répétable).</translation>
    </message>
    <message>
        <source>subnet</source>
        <translation>sous-réseau</translation>
    </message>
    <message>
        <source>Serve HTTPS and WSS with this PEM certificate chain (with --tls-key).</source>
        <translation>Servir HTTPS et WSS avec cette chaîne de certificats PEM (avec --tls-key).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key (mode 600 or 640; passphrase from GATEHOUSE_TLS_KEY_PASSPHRASE).</source>
        <translation>La clé privée PEM du certificat (mode 600 ou 640&#xa0;; phrase secrète dans GATEHOUSE_TLS_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Log every connection and protocol detail.</source>
        <translation>Journaliser chaque connexion et chaque détail du protocole.</translation>
    </message>
</context>
<context>
    <name>ServerStack</name>
    <message>
        <source>cannot set up sign-in: %1</source>
        <translation>impossible de mettre en place la connexion des utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot set up the chat: %1</source>
        <translation>impossible de mettre en place le chat&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3. Pick another port, or stop the program using it.</source>
        <translation>impossible d&apos;écouter sur %1 port %2&#xa0;: %3. Choisissez un autre port, ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>There is no admin account that may sign in. Create one with &quot;gatehouse user add NAME --role admin&quot;, or lift an admin&apos;s suspension.</source>
        <translation>Aucun compte admin ne peut se connecter. Créez-en un avec «&#xa0;gatehouse user add NAME --role admin&#xa0;», ou levez la suspension d&apos;un admin.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SessionsCommand</name>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
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
        <translation>DEPUIS</translation>
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
        <translation>Utilisateurs&#xa0;: %1, appareils&#xa0;: %2, sockets&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Lists who is connected to the running server: one line per user and device, or per socket with --sockets. This command&apos;s own connection is left out.</source>
        <translation>Liste qui est connecté au serveur en cours d&apos;exécution&#xa0;: une ligne par utilisateur et appareil, ou par socket avec --sockets. La connexion de cette commande elle-même est omise.</translation>
    </message>
    <message>
        <source>Only this user&apos;s sessions.</source>
        <translation>Uniquement les sessions de cet utilisateur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>One line per socket, with the ids `gatehouse kick --socket` takes.</source>
        <translation>Une ligne par socket, avec les identifiants qu&apos;attend `gatehouse kick --socket`.</translation>
    </message>
    <message>
        <source>See: gatehouse sessions --help</source>
        <translation>Voir&#xa0;: gatehouse sessions --help</translation>
    </message>
    <message>
        <source>this command takes no arguments; for one user: --user NAME.</source>
        <translation>cette commande ne prend pas d&apos;arguments&#xa0;; pour un seul utilisateur&#xa0;: --user NAME.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 has no connection now.</source>
        <translation>%1 n&apos;est pas connecté en ce moment.</translation>
    </message>
    <message>
        <source>Nobody is connected.</source>
        <translation>Personne n&apos;est connecté.</translation>
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
        <translation>Utilisation&#xa0;: gatehouse user &lt;commande&gt; [options]

Commandes&#xa0;:
  add NAME [--role R] [--display-name D] [--password-stdin]
                 Créer un compte (rôle user, moderator ou admin&#xa0;; par défaut user).
  list           Afficher tous les comptes.
  passwd NAME [--password-stdin]
                 Définir un nouveau mot de passe&#xa0;; les appareils du compte doivent se reconnecter.
  remove NAME    Supprimer un compte et ses sessions (le journal d&apos;audit garde son historique).

Celles-ci travaillent sur la base de données et acceptent --data-dir DIR. Sans --password-stdin,
le mot de passe est demandé deux fois dans le terminal.

  suspend NAME --reason R [--for DURATION]
                 Suspendre un compte (30m, 2h, 7d, 1w&#xa0;; par défaut&#xa0;: jusqu&apos;à la levée).
  unsuspend NAME Lever une suspension.
  role NAME ROLE [--reason R]
                 Faire de NAME un user, moderator ou admin (admins seulement&#xa0;; audité).

Celles-ci agissent sur le serveur en cours d&apos;exécution, qui déconnecte aussitôt les sockets de
l&apos;utilisateur&#xa0;; elles se connectent en tant que --admin NAME (admin par défaut) avec le mot de
passe de --password-stdin, de GATEHOUSE_ADMIN_PASSWORD ou d&apos;une invite. Avec --offline
[--data-dir DIR], elles ne modifient que la base de données, et les sessions actives restent
jusqu&apos;à leur prochain handshake.

Code de sortie&#xa0;: 0 terminé&#xa0;; 1 échec ou refus&#xa0;; 2 ligne de commande ou mot de passe invalide&#xa0;;
3 serveur injoignable&#xa0;; 4 le serveur a refusé la connexion.
Aide sur une commande&#xa0;: gatehouse user add --help
</translation>
    </message>
    <message>
        <source>gatehouse user: %1</source>
        <translation>gatehouse user&#xa0;: %1</translation>
    </message>
    <message>
        <source>See: gatehouse user --help</source>
        <translation>Voir&#xa0;: gatehouse user --help</translation>
    </message>
    <message>
        <source>this command takes no NAME.</source>
        <translation>cette commande ne prend pas de NAME.</translation>
    </message>
    <message>
        <source>give exactly one NAME. See: %1 --help</source>
        <translation>indiquez exactement un NAME. Voir&#xa0;: %1 --help</translation>
    </message>
    <message>
        <source>gatehouse user: warning: the audit record was not written: %1</source>
        <translation>gatehouse user&#xa0;: avertissement&#xa0;: l&apos;entrée d&apos;audit n&apos;a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>aucun terminal pour demander le mot de passe&#xa0;: transmettez-le sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>no password given.</source>
        <translation>aucun mot de passe fourni.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>the passwords do not match.</source>
        <translation>les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;.</source>
        <translation>l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>user, moderator or admin (default: user).</source>
        <translation>user, moderator ou admin (par défaut&#xa0;: user).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>The name others see (default: the username).</source>
        <translation>Le nom que voient les autres (par défaut&#xa0;: le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Creates an account.</source>
        <translation>Crée un compte.</translation>
    </message>
    <message>
        <source>The username.</source>
        <translation>Le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use user, moderator or admin.</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez user, moderator ou admin.</translation>
    </message>
    <message>
        <source>the username &quot;%1&quot; is already taken.</source>
        <translation>le nom d&apos;utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>Added user %1 (role %2).</source>
        <translation>Utilisateur %1 ajouté (rôle %2).</translation>
    </message>
    <message>
        <source>Read the new password from standard input.</source>
        <translation>Lire le nouveau mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Sets a new password. The account&apos;s refresh tokens are revoked, so its devices must sign in again.</source>
        <translation>Définit un nouveau mot de passe. Les jetons de rafraîchissement du compte sont révoqués&#xa0;: ses appareils doivent donc se reconnecter.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>Deletes an account and its refresh tokens. The audit log keeps its history.</source>
        <translation>Supprime un compte et ses jetons de rafraîchissement. Le journal d&apos;audit garde son historique.</translation>
    </message>
    <message>
        <source>%1 is the only admin. Add another admin first (gatehouse user add NAME --role admin).</source>
        <translation>%1 est le seul admin. Ajoutez d&apos;abord un autre admin (gatehouse user add NAME --role admin).</translation>
    </message>
    <message>
        <source>Removed user %1.</source>
        <translation>Utilisateur %1 supprimé.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>suspended until %1</source>
        <translation>suspendu jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>Shows every account.</source>
        <translation>Affiche tous les comptes.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>NOM D&apos;UTILISATEUR</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>NOM AFFICHÉ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>DERNIÈRE CONNEXION</translation>
    </message>
    <message>
        <source>gatehouse user: unknown command &quot;%1&quot;.</source>
        <translation>gatehouse user&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The username is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>The username is longer than %1 characters.</source>
        <translation>Le nom d&apos;utilisateur dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; may only contain letters a-z and A-Z, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» ne peut contenir que les lettres a-z et A-Z, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The display name is longer than %1 characters.</source>
        <translation>Le nom affiché dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>Le nom affiché contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>Aucun utilisateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiAttach</name>
    <message>
        <source>The admin namespace must start with / (instrument()&apos;s namespaceName, /admin by default).</source>
        <translation>Le namespace d&apos;administration doit commencer par / (namespaceName d&apos;instrument(), /admin par défaut).</translation>
    </message>
    <message>
        <source>The Socket.IO path must start with / (/socket.io by default).</source>
        <translation>Le chemin Socket.IO doit commencer par / (/socket.io par défaut).</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>%1 has no namespace %2. Is instrument() running there, with that namespace name?</source>
        <translation>%1 n&apos;a pas de namespace %2. instrument() y est-il actif, avec ce nom de namespace&#xa0;?</translation>
    </message>
    <message>
        <source>The server refused the admin namespace %1: %2</source>
        <translation>Le serveur a refusé le namespace d&apos;administration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address, the path and that the server is running.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez l&apos;adresse, le chemin et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Cannot reach %1: no answer within %2 s.</source>
        <translation>Impossible de joindre %1&#xa0;: pas de réponse en %2 s.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiFeed</name>
    <message>
        <source>The server sent no list of sockets within %1 s. Does it run instrument() in development mode?</source>
        <translation>Le serveur n&apos;a envoyé aucune liste de sockets en %1 s. Exécute-t-il instrument() en mode développement&#xa0;?</translation>
    </message>
    <message>
        <source>The server runs instrument() in production mode: it reports statistics only, no sockets. Its console needs mode &quot;development&quot;.</source>
        <translation>Le serveur exécute instrument() en mode production&#xa0;: il ne fournit que des statistiques, pas de sockets. Sa console nécessite le mode «&#xa0;development&#xa0;».</translation>
    </message>
</context>
<context>
    <name>gatehouse::AdminUiGrouping</name>
    <message>
        <source>unknown address</source>
        <translation>adresse inconnue</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatClient</name>
    <message>
        <source>The chat server refused the request.</source>
        <translation>Le serveur de chat a refusé la requête.</translation>
    </message>
    <message>
        <source>Not connected to the chat server.</source>
        <translation>Non connecté au serveur de chat.</translation>
    </message>
    <message>
        <source>The chat server did not answer (%1).</source>
        <translation>Le serveur de chat n&apos;a pas répondu (%1).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatOutbox</name>
    <message>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ChatSession</name>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:3000.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://chat.example.org:3000.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>There is no saved sign-in to restore. Sign in with your password.</source>
        <translation>Aucune connexion enregistrée à restaurer. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 on %2. Sign in with your password.</source>
        <translation>Aucune connexion enregistrée pour %1 sur %2. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in with your password to continue.</source>
        <translation>Connectez-vous avec votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain. %1</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée du trousseau. %1</translation>
    </message>
    <message>
        <source>The server could not be told that you signed out (%1); your sign-in there ends when it expires.</source>
        <translation>Le serveur n&apos;a pas pu être informé de votre déconnexion (%1)&#xa0;; votre session y prendra fin à son expiration.</translation>
    </message>
    <message>
        <source>The server ended the connection. Sign in again to reconnect.</source>
        <translation>Le serveur a mis fin à la connexion. Reconnectez-vous pour rétablir la connexion.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Your account is suspended until %1: %2. Sign in again after that, or ask a moderator.</source>
        <translation>Votre compte est suspendu jusqu&apos;au %1&#xa0;: %2. Reconnectez-vous après, ou adressez-vous à un modérateur.</translation>
    </message>
    <message>
        <source>Your account is suspended until a moderator lifts it: %1. Ask a moderator.</source>
        <translation>Votre compte est suspendu jusqu&apos;à ce qu&apos;un modérateur lève la suspension&#xa0;: %1. Adressez-vous à un modérateur.</translation>
    </message>
    <message>
        <source>A moderator disconnected you: %1. Sign in again to come back.</source>
        <translation>Un modérateur vous a déconnecté&#xa0;: %1. Reconnectez-vous pour revenir.</translation>
    </message>
    <message>
        <source>%1 disconnected you: %2. Sign in again to come back.</source>
        <translation>%1 vous a déconnecté&#xa0;: %2. Reconnectez-vous pour revenir.</translation>
    </message>
    <message>
        <source>The server disconnected you: %1</source>
        <translation>Le serveur vous a déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed: %1</source>
        <translation>Votre session n&apos;a pas pu être renouvelée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in. Sign in again.</source>
        <translation>Le serveur n&apos;a pas accepté votre connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server does not let %1 into the chat. Ask its administrator.</source>
        <translation>Le serveur n&apos;admet pas %1 dans le chat. Adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). Try again later.</source>
        <translation>Le serveur a refusé la connexion (%1). Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleConnection</name>
    <message>
        <source>Not allowed. %1</source>
        <translation>Non autorisé. %1</translation>
    </message>
    <message>
        <source>Not found (it may have just left). %1</source>
        <translation>Introuvable (peut-être vient-il de partir). %1</translation>
    </message>
    <message>
        <source>The server did not accept the request. %1</source>
        <translation>Le serveur n&apos;a pas accepté la requête. %1</translation>
    </message>
    <message>
        <source>Not possible now. %1</source>
        <translation>Impossible pour le moment. %1</translation>
    </message>
    <message>
        <source>The server failed. %1</source>
        <translation>Le serveur a rencontré une erreur. %1</translation>
    </message>
    <message>
        <source>Not connected to the server. Wait until the console is connected again, then retry.</source>
        <translation>Non connecté au serveur. Attendez que la console soit de nouveau connectée, puis réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer (%1). Check the connection, then retry.</source>
        <translation>Le serveur n&apos;a pas répondu (%1). Vérifiez la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>This connection cannot do that (%1).</source>
        <translation>Cette connexion ne permet pas cela (%1).</translation>
    </message>
    <message>
        <source>The server refused (%1).</source>
        <translation>Le serveur a refusé (%1).</translation>
    </message>
    <message>
        <source>nothing within %1 s</source>
        <translation>rien en %1 s</translation>
    </message>
    <message>
        <source>the connection dropped</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <source>kick</source>
        <translation>expulser</translation>
    </message>
    <message>
        <source>The socket&apos;s namespace is not known.</source>
        <translation>Le namespace du socket est inconnu.</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>unsuspend</source>
        <translation>lever la suspension</translation>
    </message>
    <message>
        <source>account details</source>
        <translation>détails du compte</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleFeed</name>
    <message>
        <source>The server did not answer %1 (%2).</source>
        <translation>Le serveur n&apos;a pas répondu à %1 (%2).</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::EmbeddedServer</name>
    <message>
        <source>Cannot open the data folder %1: %2</source>
        <translation>Impossible d&apos;ouvrir le dossier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the first account: %1</source>
        <translation>Impossible de créer le premier compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The embedded server is not running: start it first.</source>
        <translation>Le serveur intégré n&apos;est pas démarré&#xa0;: démarrez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>gatehouse::LoginApi</name>
    <message>
        <source>The server&apos;s answer to the sign-in had no tokens. Is the address that of a Gatehouse server?</source>
        <translation>La réponse du serveur à la connexion ne contenait aucun jeton. L&apos;adresse est-elle celle d&apos;un serveur Gatehouse&#xa0;?</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server&apos;s certificate is self-signed or from a private CA, install that CA; if the name does not match, use the name in the certificate.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Si le certificat du serveur est autosigné ou émis par une AC privée, installez cette AC&#xa0;; si le nom ne correspond pas, utilisez le nom figurant dans le certificat.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 s. Check your network and the server address, then try again.</source>
        <translation>Le serveur à l&apos;adresse %1 n&apos;a pas répondu en %2 s. Vérifiez votre réseau et l&apos;adresse du serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your network, and that the server is running.</source>
        <translation>Impossible de joindre le serveur à l&apos;adresse %1 (%2). Vérifiez l&apos;adresse et votre réseau, et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>it has no login API (HTTP 404): is it a Gatehouse server?</source>
        <translation>il n&apos;a pas d&apos;API de connexion (HTTP 404)&#xa0;: est-ce un serveur Gatehouse&#xa0;?</translation>
    </message>
    <message>
        <source>The server has no login API (HTTP 404). Check that the address is that of a Gatehouse server.</source>
        <translation>Le serveur n&apos;a pas d&apos;API de connexion (HTTP 404). Vérifiez que l&apos;adresse est celle d&apos;un serveur Gatehouse.</translation>
    </message>
    <message>
        <source>Wrong username or password for &quot;%1&quot;. Check both and try again.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect pour «&#xa0;%1&#xa0;». Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>This account is suspended until %1 (%2). Sign in again after that, or ask a moderator.</source>
        <translation>Ce compte est suspendu jusqu&apos;au %1 (%2). Reconnectez-vous après, ou adressez-vous à un modérateur.</translation>
    </message>
    <message>
        <source>This account is suspended until a moderator lifts it (%1). Ask a moderator.</source>
        <translation>Ce compte est suspendu jusqu&apos;à ce qu&apos;un modérateur lève la suspension (%1). Adressez-vous à un modérateur.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de connexions échouées. Patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de connexions échouées. Patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sign-in has ended (it expired, was revoked, or was used elsewhere). Sign in again with your password.</source>
        <translation>Votre session a pris fin (expirée, révoquée ou utilisée ailleurs). Reconnectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>The server could not sign you in (HTTP %1: %2). Try again later; if it persists, tell the server&apos;s administrator.</source>
        <translation>Le serveur n&apos;a pas pu vous connecter (HTTP %1&#xa0;: %2). Réessayez plus tard&#xa0;; si cela persiste, prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>gatehouse::RemoteAdminSignIn</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:8443.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://chat.example.org:8443.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L&apos;adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Leave names, passwords and queries out of the address; enter them below.</source>
        <translation>N&apos;incluez ni noms, ni mots de passe, ni paramètres de requête dans l&apos;adresse&#xa0;; saisissez-les ci-dessous.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server&apos;s certificate is self-signed or from a private CA, choose that certificate as the CA file.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Si le certificat du serveur est autosigné ou émis par une AC privée, choisissez ce certificat comme fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and that the server is running.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez l&apos;adresse et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Gatehouse console</source>
        <translation>Console Gatehouse</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>it has no login API (HTTP 404); is it a Gatehouse server?</source>
        <translation>il n&apos;a pas d&apos;API de connexion (HTTP 404)&#xa0;; est-ce un serveur Gatehouse&#xa0;?</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de connexions échouées. Patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de connexions échouées. Patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is suspended: %1</source>
        <translation>Ce compte est suspendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sign-in failed (HTTP %1): %2</source>
        <translation>La connexion a échoué (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a moderator nor an admin; the console needs one of those roles.</source>
        <translation>%1 n&apos;est ni modérateur ni admin&#xa0;; la console exige l&apos;un de ces rôles.</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>The server refused %1 on /admin: %2</source>
        <translation>Le serveur a refusé %1 sur /admin&#xa0;: %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>The sign-in to %1 ended: %2. Sign in again.</source>
        <translation>La session sur %1 a pris fin&#xa0;: %2. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionTokens</name>
    <message>
        <source>Sign in with your password to continue.</source>
        <translation>Connectez-vous avec votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the keychain. %1 You stay signed in until you close this window; next time, sign in with your password.</source>
        <translation>Votre connexion n&apos;a pas pu être enregistrée dans le trousseau. %1 Vous restez connecté jusqu&apos;à la fermeture de cette fenêtre&#xa0;; la prochaine fois, connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain. %1</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée du trousseau. %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::app::AdminClient</name>
    <message>
        <source>the secure connection to %1 failed: %2
If the server&apos;s certificate is self-signed or from a private CA, give that certificate with --ca FILE; if the name does not match, use --server with the name in the certificate.</source>
        <translation>la connexion sécurisée à %1 a échoué&#xa0;: %2
Si le certificat du serveur est autosigné ou émis par une AC privée, indiquez ce certificat avec --ca FILE&#xa0;; si le nom ne correspond pas, utilisez --server avec le nom figurant dans le certificat.</translation>
    </message>
    <message>
        <source>cannot reach the server at %1: %2
Is `gatehouse serve` running? Use --server URL to reach it elsewhere.</source>
        <translation>impossible de joindre le serveur à l&apos;adresse %1&#xa0;: %2
`gatehouse serve` est-il lancé&#xa0;? Utilisez --server URL pour le joindre ailleurs.</translation>
    </message>
    <message>
        <source>gatehouse command line</source>
        <translation>ligne de commande gatehouse</translation>
    </message>
    <message>
        <source>wrong username or password for &quot;%1&quot;. Give the right password (GATEHOUSE_ADMIN_PASSWORD, --password-stdin or the prompt), or sign in as someone else with --admin NAME.</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect pour «&#xa0;%1&#xa0;». Fournissez le bon mot de passe (GATEHOUSE_ADMIN_PASSWORD, --password-stdin ou l&apos;invite), ou connectez-vous sous un autre nom avec --admin NAME.</translation>
    </message>
    <message>
        <source>the server refused the sign-in: %1</source>
        <translation>le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>the sign-in failed (HTTP %1): %2</source>
        <translation>la connexion a échoué (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a moderator nor an admin. Sign in as one with --admin NAME.</source>
        <translation>%1 n&apos;est ni modérateur ni admin. Connectez-vous en tant que l&apos;un d&apos;eux avec --admin NAME.</translation>
    </message>
    <message>
        <source>the server refused %1 on /admin: %2</source>
        <translation>le serveur a refusé %1 sur /admin&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>la connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>no answer to %1 from the server: %2</source>
        <translation>pas de réponse du serveur à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::app::DesktopController</name>
    <message>
        <source>The server is stopped. Start it to see who is connected.</source>
        <translation>Le serveur est arrêté. Démarrez-le pour voir qui est connecté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter one such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP. Saisissez-en une comme 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (tous les réseaux).</translation>
    </message>
    <message>
        <source>Starting the server…</source>
        <translation>Démarrage du serveur…</translation>
    </message>
    <message>
        <source>No OS keychain is available, so the secret that signs access tokens is kept in a file in the data folder, readable by you only. To keep it in the keychain, start a Secret Service (GNOME Keyring or KWallet) and restart Gatehouse.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le secret qui signe les jetons d&apos;accès est donc conservé dans un fichier du dossier de données, lisible par vous seul. Pour le conserver dans le trousseau, lancez un service de secrets (GNOME Keyring ou KWallet) et redémarrez Gatehouse.</translation>
    </message>
    <message>
        <source>The server did not start: %1</source>
        <translation>Le serveur n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is stopped.</source>
        <translation>Le serveur est arrêté.</translation>
    </message>
    <message>
        <source>Reading the secret that signs access tokens from the OS keychain… If the keychain asks to be unlocked or to create a keyring, answer it to go on.</source>
        <translation>Lecture, dans le trousseau du système, du secret qui signe les jetons d'accès… Si le trousseau demande à être déverrouillé ou à créer un trousseau, répondez-lui pour continuer.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AuditLogModel</name>
    <message>
        <source>User id: %1</source>
        <translation>Identifiant utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(serveur)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Socket kicked</source>
        <translation>Socket expulsé</translation>
    </message>
    <message>
        <source>Device kicked</source>
        <translation>Appareil expulsé</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Utilisateur expulsé</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Unsuspended</source>
        <translation>Suspension levée</translation>
    </message>
    <message>
        <source>Suspension ended</source>
        <translation>Suspension terminée</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Connexion bloquée</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Refresh token reused</source>
        <translation>Jeton de rafraîchissement réutilisé</translation>
    </message>
    <message>
        <source>Room created</source>
        <translation>Salon créé</translation>
    </message>
    <message>
        <source>Room archived</source>
        <translation>Salon archivé</translation>
    </message>
    <message>
        <source>Admin UI: joined a room</source>
        <translation>Admin UI&#xa0;: a rejoint un salon</translation>
    </message>
    <message>
        <source>Admin UI: left a room</source>
        <translation>Admin UI&#xa0;: a quitté un salon</translation>
    </message>
    <message>
        <source>Admin UI: sent an event</source>
        <translation>Admin UI&#xa0;: a émis un événement</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s)</source>
        <translation>
            <numerusform>%n socket</numerusform>
            <numerusform>%n sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <translation>Rôle&#xa0;: %1 → %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AuditLogView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Aucune entrée ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entrée affichée</numerusform>
            <numerusform>%n entrées affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>; older ones: Load More</source>
        <translation>&#xa0;; plus anciennes&#xa0;: Charger plus</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send (Enter). Shift+Enter starts a new line.</source>
        <translation>Envoyer (Entrée). Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Écrire un message</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Too long to send: shorten it by %n character(s).</source>
        <translation>
            <numerusform>Trop long pour être envoyé&#xa0;: raccourcissez-le de %n caractère.</numerusform>
            <numerusform>Trop long pour être envoyé&#xa0;: raccourcissez-le de %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages can be up to %1 characters long.</source>
        <translation>Les messages peuvent comporter jusqu&apos;à %1 caractères.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatLoginDialog</name>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in for this session only</source>
        <translation>Se connecter pour cette session uniquement</translation>
    </message>
    <message>
        <source>Sign in to chat</source>
        <translation>Se connecter au chat</translation>
    </message>
    <message>
        <source>https://chat.example.org:3000</source>
        <translation>https://chat.example.org:3000</translation>
    </message>
    <message>
        <source>How this device appears in your list of sign-ins.</source>
        <translation>Le nom de cet appareil dans votre liste de connexions.</translation>
    </message>
    <message>
        <source>Keep the sign-in in the system keychain, so the next start needs no password.</source>
        <translation>Conserver la connexion dans le trousseau du système, pour que le prochain démarrage se passe de mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://chat.example.org:3000.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://chat.example.org:3000.</translation>
    </message>
    <message>
        <source>This connection is not encrypted: your password would cross the network readable. Use https:// if the server offers it.</source>
        <translation>Cette connexion n&apos;est pas chiffrée&#xa0;: votre mot de passe traverserait le réseau en clair. Utilisez https:// si le serveur le propose.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMembersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n devices</source>
        <translation>
            <numerusform>%1 · %n appareil</numerusform>
            <numerusform>%1 · %n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1, online on %n device(s)</source>
        <translation>
            <numerusform>@%1, en ligne sur %n appareil</numerusform>
            <numerusform>@%1, en ligne sur %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>@%1, offline</source>
        <translation>@%1, hors ligne</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1 Double-click to try again.</source>
        <translation>Non envoyé&#xa0;: %1 Double-cliquez pour réessayer.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatMessageList</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatNoticeBanner</name>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatRoomsModel</name>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Messages directs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Archived: the history stays readable, nobody can write here.</source>
        <translation>Archivé&#xa0;: l&apos;historique reste lisible, personne ne peut écrire ici.</translation>
    </message>
    <message>
        <source>@%1 is online</source>
        <translation>@%1 est en ligne</translation>
    </message>
    <message>
        <source>@%1 is offline</source>
        <translation>@%1 est hors ligne</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ChatView</name>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>&amp;Nouveau message…</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>&amp;Quitter le salon</translation>
    </message>
    <message>
        <source>Next Conversation</source>
        <translation>Conversation suivante</translation>
    </message>
    <message>
        <source>Previous Conversation</source>
        <translation>Conversation précédente</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Load older messages</source>
        <translation>Charger les messages plus anciens</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Aucune conversation</translation>
    </message>
    <message>
        <source>Choose a room or a person on the left, or join a room.</source>
        <translation>Choisissez un salon ou une personne à gauche, ou rejoignez un salon.</translation>
    </message>
    <message>
        <source>Choose a conversation to write.</source>
        <translation>Choisissez une conversation pour écrire.</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>This room is archived: its history stays readable, nobody can write here.</source>
        <translation>Ce salon est archivé&#xa0;: son historique reste lisible, personne ne peut y écrire.</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Chargement des messages plus anciens…</translation>
    </message>
    <message>
        <source>Direct message with</source>
        <translation>Message direct avec</translation>
    </message>
    <message>
        <source>This room is archived.</source>
        <translation>Ce salon est archivé.</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Envoyer un message à %1</translation>
    </message>
    <message>
        <source>Join Room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <source>Room to join (pick one or type its name):</source>
        <translation>Salon à rejoindre (choisissez-en un ou tapez son nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Username of the person to write to:</source>
        <translation>Nom d&apos;utilisateur de la personne à qui écrire&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
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
        <translation>Nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Sign In as &amp;Someone Else…</source>
        <translation>Se connecter sous un &amp;autre nom…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fermer la fenê&amp;tre</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Disconnected by a moderator</source>
        <translation>Déconnecté par un modérateur</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <translation>Compte suspendu</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Gatehouse Chat</source>
        <translation>Gatehouse Chat</translation>
    </message>
    <message>
        <source>%1 on %2 — Gatehouse Chat</source>
        <translation>%1 sur %2 — Gatehouse Chat</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionStatusLabel</name>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Connected as %1 to %2</source>
        <translation>Connecté en tant que %1 à %2</translation>
    </message>
    <message>
        <source>Connected as %1 to %2, updating…</source>
        <translation>Connecté en tant que %1 à %2, mise à jour…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting to %1…</source>
        <translation>Connexion perdue, reconnexion à %1…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConnectionsColumns</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
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
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Identifiant utilisateur&#xa0;: %1</translation>
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
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Suspendu jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Device id: %1</source>
        <translation>Identifiant de l&apos;appareil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The client sent no device id; this one is guessed from its address and user agent.</source>
        <translation>Le client n&apos;a envoyé aucun identifiant d&apos;appareil&#xa0;; celui-ci est déduit de son adresse et de son user agent.</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Version de l&apos;application&#xa0;: %1</translation>
    </message>
    <message>
        <source>User agent: %1</source>
        <translation>User agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>User agent: %1
Rooms: %2
Packets in/out: %3/%4</source>
        <translation>User agent&#xa0;: %1
Rooms&#xa0;: %2
Paquets reçus/envoyés&#xa0;: %3/%4</translation>
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
        <translation>&amp;Expulser…</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Lever la suspension</translation>
    </message>
    <message>
        <source>Show in &amp;Audit Log</source>
        <translation>Afficher dans le &amp;journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Moderators cannot act on admins; ask an admin.</source>
        <translation>Les modérateurs ne peuvent pas agir sur les admins&#xa0;; demandez à un admin.</translation>
    </message>
    <message>
        <source>Disconnect the selected socket</source>
        <translation>Déconnecter le socket sélectionné</translation>
    </message>
    <message>
        <source>Disconnect the selected device</source>
        <translation>Déconnecter l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>Disconnect the selected user</source>
        <translation>Déconnecter l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>You cannot suspend yourself.</source>
        <translation>Vous ne pouvez pas vous suspendre vous-même.</translation>
    </message>
    <message>
        <source>Keep the selected user out for a while</source>
        <translation>Tenir l&apos;utilisateur sélectionné à l&apos;écart pendant un temps</translation>
    </message>
    <message>
        <source>Let the selected user back in</source>
        <translation>Réadmettre l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Kicking %1…</source>
        <translation>Expulsion de %1…</translation>
    </message>
    <message>
        <source>Could not kick %1: %2</source>
        <translation>Impossible d&apos;expulser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asked the server to disconnect %1.</source>
        <translation>Le serveur a été prié de déconnecter %1.</translation>
    </message>
    <message numerus="yes">
        <source>Kicked %1: %n socket(s) disconnected.</source>
        <translation>
            <numerusform>%1 expulsé&#xa0;: %n socket déconnecté.</numerusform>
            <numerusform>%1 expulsé&#xa0;: %n sockets déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>Suspension de %1…</translation>
    </message>
    <message>
        <source>Could not suspend %1: %2</source>
        <translation>Impossible de suspendre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Suspended %1 until %2.</source>
        <translation>%1 est suspendu jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Suspended %1 until lifted.</source>
        <translation>%1 est suspendu jusqu&apos;à la levée de la suspension.</translation>
    </message>
    <message>
        <source>Unsuspending %1…</source>
        <translation>Levée de la suspension de %1…</translation>
    </message>
    <message>
        <source>Could not unsuspend %1: %2</source>
        <translation>Impossible de lever la suspension de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ConsoleView</name>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Filter by user, device or address (Ctrl+F)</source>
        <translation>Filtrer par utilisateur, appareil ou adresse (Ctrl+F)</translation>
    </message>
    <message>
        <source>Read the whole list again from the server</source>
        <translation>Relire toute la liste depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>Au&amp;dit Log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Offline: showing the last known state</source>
        <translation>Hors ligne&#xa0;: dernier état connu</translation>
    </message>
    <message>
        <source>Loading… page %1 of %2</source>
        <translation>Chargement… page %1 sur %2</translation>
    </message>
    <message>
        <source>Live: %1 users, %2 devices, %3 sockets</source>
        <translation>En direct&#xa0;: %1 utilisateurs, %2 appareils, %3 sockets</translation>
    </message>
    <message>
        <source>%1 Press F5 to retry.</source>
        <translation>%1 Appuyez sur F5 pour réessayer.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::FirstRunBanner</name>
    <message>
        <source>&amp;Copy password</source>
        <translation>&amp;Copier le mot de passe</translation>
    </message>
    <message>
        <source>Open a &amp;chat window</source>
        <translation>Ouvrir une fenêtre de c&amp;hat</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>The server created the account &lt;b&gt;%1&lt;/b&gt; with the password from GATEHOUSE_ADMIN_PASSWORD.</source>
        <translation>Le serveur a créé le compte &lt;b&gt;%1&lt;/b&gt; avec le mot de passe de GATEHOUSE_ADMIN_PASSWORD.</translation>
    </message>
    <message>
        <source>The server created the account &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt;. It is shown only this once: copy it now, and change it later with &lt;tt&gt;gatehouse user passwd %1&lt;/tt&gt;.</source>
        <translation>Le serveur a créé le compte &lt;b&gt;%1&lt;/b&gt; avec le mot de passe &lt;b&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/b&gt;. Il n&apos;est affiché que cette fois&#xa0;: copiez-le maintenant, et changez-le plus tard avec &lt;tt&gt;gatehouse user passwd %1&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to Gatehouse.&lt;/b&gt; Your server is running at &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This console is already signed in. To chat, open a chat window (Ctrl+N) and sign in as %3; add people with &lt;tt&gt;gatehouse user add NAME&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenue dans Gatehouse.&lt;/b&gt; Votre serveur fonctionne à l&apos;adresse &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Cette console est déjà connectée. Pour discuter, ouvrez une fenêtre de chat (Ctrl+N) et connectez-vous en tant que %3&#xa0;; ajoutez des personnes avec &lt;tt&gt;gatehouse user add NAME&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::KickDialog</name>
    <message>
        <source>Kick Socket</source>
        <translation>Expulser le socket</translation>
    </message>
    <message>
        <source>Disconnect the socket %1?</source>
        <translation>Déconnecter le socket %1&#xa0;?</translation>
    </message>
    <message>
        <source>Only this connection closes; the user&apos;s other sockets stay.</source>
        <translation>Seule cette connexion est fermée&#xa0;; les autres sockets de l&apos;utilisateur restent ouverts.</translation>
    </message>
    <message>
        <source>Kick Device</source>
        <translation>Expulser l&apos;appareil</translation>
    </message>
    <message>
        <source>Disconnect the device %1?</source>
        <translation>Déconnecter l&apos;appareil %1&#xa0;?</translation>
    </message>
    <message>
        <source>Every socket of the user on this device closes; other devices stay.</source>
        <translation>Tous les sockets de l&apos;utilisateur sur cet appareil sont fermés&#xa0;; les autres appareils restent connectés.</translation>
    </message>
    <message>
        <source>Kick User</source>
        <translation>Expulser l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disconnect %1 on every device?</source>
        <translation>Déconnecter %1 sur tous ses appareils&#xa0;?</translation>
    </message>
    <message>
        <source>Every socket of the user closes.</source>
        <translation>Tous les sockets de l&apos;utilisateur sont fermés.</translation>
    </message>
    <message>
        <source>They can connect again at once; to keep them out, suspend them instead.</source>
        <translation>L&apos;utilisateur peut se reconnecter aussitôt&#xa0;; pour le tenir à l&apos;écart, suspendez-le plutôt.</translation>
    </message>
    <message>
        <source>Shown to the user (optional)</source>
        <translation>Affichée à l&apos;utilisateur (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kick</source>
        <translation>&amp;Expulser</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LiveChart</name>
    <message>
        <source>Live activity chart</source>
        <translation>Graphique de l&apos;activité en direct</translation>
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
        <translation>Démarrez le serveur pour voir qui est connecté.</translation>
    </message>
    <message>
        <source>Embedded server</source>
        <translation>Serveur intégré</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New &amp;Chat Window</source>
        <translation>Nouvelle fenêtre de &amp;chat</translation>
    </message>
    <message>
        <source>Connect to a &amp;Remote Server…</source>
        <translation>Se connecter à un serveur &amp;distant…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;A Socket.IO server that knows who is connected, with a moderation console and a chat client.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Un serveur Socket.IO qui sait qui est connecté, avec une console de modération et un client de chat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Embedded server running at %1</source>
        <translation>Serveur intégré en cours d&apos;exécution à l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RemoteConsoleWindow</name>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Console</translation>
    </message>
    <message>
        <source>Sign In &amp;Again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Close</source>
        <translation>Se déconnecter et &amp;fermer</translation>
    </message>
    <message>
        <source>%1 — Gatehouse console (%2)</source>
        <translation>%1 — console Gatehouse (%2)</translation>
    </message>
    <message>
        <source>Attached through @socket.io/admin-ui (namespace %1): this server offers the list of sockets and disconnecting one socket. Users and devices are read from each socket&apos;s data; kicking a device or a user, suspending, account details and the audit log need a Gatehouse server.</source>
        <translation>Attachée via @socket.io/admin-ui (namespace %1)&#xa0;: ce serveur fournit la liste des sockets et la déconnexion d&apos;un socket. Les utilisateurs et appareils sont lus dans les données de chaque socket&#xa0;; expulser un appareil ou un utilisateur, suspendre, les détails des comptes et le journal d&apos;audit nécessitent un serveur Gatehouse.</translation>
    </message>
    <message>
        <source>%1 — attached console, @socket.io/admin-ui (%2)</source>
        <translation>%1 — console attachée, @socket.io/admin-ui (%2)</translation>
    </message>
    <message>
        <source>%1 Use Console › Sign In Again to go on watching this server.</source>
        <translation>%1 Utilisez Console › Se reconnecter pour continuer à surveiller ce serveur.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RemoteSignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Gatehouse server</source>
        <translation>Serveur Gatehouse</translation>
    </message>
    <message>
        <source>Any Socket.IO server with @socket.io/admin-ui</source>
        <translation>Tout serveur Socket.IO avec @socket.io/admin-ui</translation>
    </message>
    <message>
        <source>https://chat.example.org:8443</source>
        <translation>https://chat.example.org:8443</translation>
    </message>
    <message>
        <source>Only for a private or self-signed certificate</source>
        <translation>Uniquement pour un certificat privé ou autosigné</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Admin &amp;namespace:</source>
        <translation>&amp;Namespace d&apos;administration&#xa0;:</translation>
    </message>
    <message>
        <source>Socket.IO pa&amp;th:</source>
        <translation>C&amp;hemin Socket.IO&#xa0;:</translation>
    </message>
    <message>
        <source>Attach to a Socket.IO Server</source>
        <translation>S&apos;attacher à un serveur Socket.IO</translation>
    </message>
    <message>
        <source>Connect to a Gatehouse Server</source>
        <translation>Se connecter à un serveur Gatehouse</translation>
    </message>
    <message>
        <source>Leave empty when instrument() has auth: false</source>
        <translation>Laisser vide si instrument() a auth: false</translation>
    </message>
    <message>
        <source>An admin or moderator</source>
        <translation>Un admin ou un modérateur</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>This address is not encrypted: the password will cross the network in clear text. Use https:// unless the network is trusted.</source>
        <translation>Cette adresse n&apos;est pas chiffrée&#xa0;: le mot de passe traversera le réseau en clair. Utilisez https:// sauf si le réseau est de confiance.</translation>
    </message>
    <message>
        <source>Choose the Server&apos;s CA Certificate</source>
        <translation>Choisir le certificat d&apos;AC du serveur</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::ServerPanel</name>
    <message>
        <source>127.0.0.1: this computer only. 0.0.0.0 or ::: every network this computer is on; give the server a TLS certificate first (see the README).</source>
        <translation>127.0.0.1&#xa0;: cet ordinateur seulement. 0.0.0.0 ou&#xa0;::&#xa0;: tous les réseaux auxquels cet ordinateur est relié&#xa0;; donnez d&apos;abord un certificat TLS au serveur (voir le README).</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur&#xa0;:</translation>
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
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the URL clients connect to</source>
        <translation>Copier l&apos;URL à laquelle les clients se connectent</translation>
    </message>
    <message>
        <source>Client URL:</source>
        <translation>URL des clients&#xa0;:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Temps de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils&#xa0;:</translation>
    </message>
    <message>
        <source>Sockets:</source>
        <translation>Sockets&#xa0;:</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Messages/s</source>
        <translation>Messages/s</translation>
    </message>
    <message>
        <source>%1 users, %2 devices, %3 sockets</source>
        <translation>%1 utilisateurs, %2 appareils, %3 sockets</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Server running</source>
        <translation>Serveur en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Data in %1. Tokens are signed with the secret %2.</source>
        <translation>Données dans %1. Les jetons sont signés avec le secret %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), %1</source>
        <translation>
            <numerusform>%n jour, %1</numerusform>
            <numerusform>%n jours, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SuspendDialog</name>
    <message>
        <source>Suspend User</source>
        <translation>Suspendre l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>Suspendre %1&#xa0;?</translation>
    </message>
    <message>
        <source>Every socket of the user closes now, and signing in, refreshing and connecting are refused until the suspension ends.</source>
        <translation>Tous les sockets de l&apos;utilisateur sont fermés immédiatement, et la connexion, le renouvellement et les connexions de sockets sont refusés jusqu&apos;à la fin de la suspension.</translation>
    </message>
    <message>
        <source>Shown to the user and kept in the audit log</source>
        <translation>Affichée à l&apos;utilisateur et conservée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Until lifted</source>
        <translation>Jusqu&apos;à la levée</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Jusqu&apos;à une date…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indiquez une raison.</translation>
    </message>
    <message>
        <source>Choose an end in the future.</source>
        <translation>Choisissez une fin dans le futur.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::UserDetailPane</name>
    <message>
        <source>Select a user to see their devices, sockets, suspension and recent moderation.</source>
        <translation>Sélectionnez un utilisateur pour voir ses appareils, ses sockets, sa suspension et la modération récente.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Account created:</source>
        <translation>Compte créé&#xa0;:</translation>
    </message>
    <message>
        <source>Device / socket</source>
        <translation>Appareil / socket</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Devices and sockets</source>
        <translation>Appareils et sockets</translation>
    </message>
    <message>
        <source>Recent moderation and sign-ins</source>
        <translation>Modération et connexions récentes</translation>
    </message>
    <message>
        <source>Online (no account on this server)</source>
        <translation>En ligne (pas de compte sur ce serveur)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Suspended until lifted</source>
        <translation>Suspendu jusqu&apos;à la levée</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Suspendu jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
