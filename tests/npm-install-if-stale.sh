#!/usr/bin/env bash
# Makes DIR/node_modules current with DIR/package-lock.json, running `npm ci` only when it is
# stale. Used by tests/interop/run-interop.sh and tests/e2e/run-e2e.sh (through their
# --install-only CTest fixtures).
#
#   npm-install-if-stale.sh DIR
#
# Installs are serialized per DIR with flock (util-linux; without it the install runs unlocked),
# so parallel runs never race on one node_modules. The lock lives outside the source tree so it
# never shows up in git.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/package-lock.json" ]]; then
  echo "usage: npm-install-if-stale.sh DIR (a folder with a package-lock.json)" >&2
  exit 2
fi
cd "$1"

# npm writes node_modules/.package-lock.json on every install: it is missing or
# older than package-lock.json exactly when node_modules is stale.
install_if_stale() {
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "npm-install-if-stale.sh: installing npm dependencies in $(pwd) (npm ci)" >&2
    npm ci --no-audit --no-fund >&2
  fi
}

if command -v flock >/dev/null 2>&1; then
  lock="${TMPDIR:-/tmp}/gatehouse-npm-$(id -u)-$(pwd | cksum | cut -d' ' -f1).lock"
  exec 9>"$lock"
  flock -w 300 9
  install_if_stale
  flock -u 9
  exec 9>&-
else
  install_if_stale
fi
