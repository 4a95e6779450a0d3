#!/usr/bin/env bash
# Runs a command against a real Secret Service that nobody else sees: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon in it, its "login" keyring created in a fresh
# temporary HOME, unlocked with a fixed password, and the default collection. Everything is
# removed afterwards, so a test can never read or write the keyring of the person running it.
#
#   with-private-keyring.sh <command> [args...]
#
# The command also gets GATEHOUSE_TEST_PRIVATE_KEYRING=1, which tst_keychain insists on.
# Needs gnome-keyring and dbus (packaging/linux/install-deps.sh installs them).
set -euo pipefail

readonly PASSWORD=gatehouse-test
readonly LOGIN_COLLECTION=/org/freedesktop/secrets/collection/login

fail() {
    echo "with-private-keyring: $*" >&2
    exit 1
}

# Second stage, inside the private bus: start the daemon, wait for the login collection, run.
if [ "${1:-}" = --inside-session ]; then
    shift
    # --unlock reads the password from stdin and creates the login keyring with it in the empty
    # HOME; no prompt is needed for anything after that. In the foreground (as our child, not
    # daemonized) so that it can be stopped and waited for here rather than left behind.
    printf '%s' "$PASSWORD" \
        | gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$KEYRING_TMP/daemon.out" 2>"$KEYRING_TMP/daemon.err" &
    daemon=$!
    trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT

    # Ready when our daemon owns the Secret Service name (at most 10 s). Asked of the bus, not of
    # the service: a call to org.freedesktop.secrets before that would have the bus start a
    # second daemon from gnome-keyring's .service file.
    owned() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null || true
    }
    for _ in $(seq 100); do
        case "$(owned)" in *true*) break ;; esac
        kill -0 "$daemon" 2>/dev/null || break
        sleep 0.1
    done
    # And the login keyring, created and unlocked by --unlock, is the default collection.
    default_alias() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.secrets /org/freedesktop/secrets \
            org.freedesktop.Secret.Service.ReadAlias string:default 2>/dev/null || true
    }
    case "$(default_alias)" in
    *"$LOGIN_COLLECTION"*) ;;
    *)
        cat "$KEYRING_TMP/daemon.err" >&2
        fail "gnome-keyring-daemon did not provide an unlocked login collection"
        ;;
    esac
    # Whatever the daemon printed (GNOME_KEYRING_CONTROL=..., nothing for --components=secrets).
    while IFS= read -r line; do
        case "$line" in *=*) export "$line" ;; esac
    done <"$KEYRING_TMP/daemon.out"

    status=0
    GATEHOUSE_TEST_PRIVATE_KEYRING=1 "$@" || status=$?
    exit "$status"
fi

[ $# -ge 1 ] || fail "usage: $0 <command> [args...]"
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null \
        || fail "$tool not found: install dbus and gnome-keyring (packaging/linux/install-deps.sh)"
done

KEYRING_TMP=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-keyring.XXXXXX")
trap 'rm -rf "$KEYRING_TMP"' EXIT
chmod 0700 "$KEYRING_TMP"
mkdir -m 0700 "$KEYRING_TMP/home" "$KEYRING_TMP/data" "$KEYRING_TMP/config" "$KEYRING_TMP/cache" \
    "$KEYRING_TMP/runtime"
export KEYRING_TMP
export HOME="$KEYRING_TMP/home" XDG_DATA_HOME="$KEYRING_TMP/data" XDG_CONFIG_HOME="$KEYRING_TMP/config" \
    XDG_CACHE_HOME="$KEYRING_TMP/cache" XDG_RUNTIME_DIR="$KEYRING_TMP/runtime"
# QtKeychain picks its backend from the desktop: GNOME means libsecret (the Secret Service).
export XDG_CURRENT_DESKTOP=GNOME
unset DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL
# No display: nothing may pop up a keyring prompt on the desktop of whoever runs the tests.
unset DISPLAY WAYLAND_DISPLAY
unset DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- "$BASH" "$0" --inside-session "$@" || status=$?
exit "$status"
