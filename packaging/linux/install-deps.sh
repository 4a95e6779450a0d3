#!/usr/bin/env bash
# Installs what Gatehouse needs to build, test and run on Debian 12 / Ubuntu 24.04.
# Idempotent: packages already present are skipped; apt is only called when something is missing.
# Uses sudo only when not already root.
set -euo pipefail

BUILD_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6  # LinguistTools: lupdate, lrelease
  qtkeychain-qt6-dev libjwt-dev libsodium-dev libssl-dev libgl-dev libhttp-parser-dev
)
# libqt6keychain1: the OS keychain; on Linux it loads libsecret-1-0 at run time.
# qt6-translations-l10n: Qt's own strings (standard buttons, --help) in German and French; optional,
# the app runs without it.
RUNTIME_PKGS=(
  qt6-qpa-plugins libqt6sql6-sqlite libqt6websockets6 libhttp-parser2.9 libsodium23
  libqt6keychain1 libsecret-1-0 ca-certificates qt6-translations-l10n
)
# dbus (dbus-run-session, dbus-send) and gnome-keyring: the keychain tests run a private Secret
# Service (tests/keychain/with-private-keyring.sh); libsecret-tools (secret-tool) to look into it
# by hand.
TEST_PKGS=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools nodejs openssl chromium
)

want=("${BUILD_PKGS[@]}" "${RUNTIME_PKGS[@]}")
case "${1:-all}" in
  runtime) want=("${RUNTIME_PKGS[@]}") ;;
  build) ;;
  all) want+=("${TEST_PKGS[@]}") ;;
  *) echo "usage: $0 [all|build|runtime]" >&2; exit 2 ;;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm ships inside some nodejs builds (e.g. NodeSource); Debian packages it separately.
if [ "${1:-all}" = all ] && ! command -v npm >/dev/null; then
  missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
