#!/usr/bin/env bash
# Runs the socket.io-client interop tests (client-interop.test.mjs).
#
#   INTEROP_SERVER  server command line (default: the Node reference server)
#   INTEROP_MODE    default | websocket | polling | comma list (default: all)
#
# `run-interop.sh --install-only` just makes node_modules current; CTest uses
# it as a fixture so parallel test runs never race on `npm ci`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

# npm writes node_modules/.package-lock.json on every install: it is missing or
# older than package-lock.json exactly when node_modules is stale.
install_if_stale() {
  if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "run-interop.sh: installing npm dependencies (npm ci)" >&2
    npm ci --no-audit --no-fund >&2
  fi
}

# Serialize installs when several runs start at once (flock is in util-linux;
# without it we fall back to an unlocked install). The lock lives outside the
# source tree so it never shows up in git.
if command -v flock >/dev/null 2>&1; then
  lock="${TMPDIR:-/tmp}/gatehouse-interop-npm-$(id -u)-$(pwd | cksum | cut -d' ' -f1).lock"
  exec 9>"$lock"
  flock -w 300 9
  install_if_stale
  flock -u 9
  exec 9>&-
else
  install_if_stale
fi

if [[ "${1:-}" == "--install-only" ]]; then
  exit 0
fi

if [[ -z "${INTEROP_SERVER:-}" ]]; then
  INTEROP_SERVER="$(command -v node) $(pwd)/reference-server.mjs"
  echo "run-interop.sh: INTEROP_SERVER not set, using the reference server: ${INTEROP_SERVER}" >&2
fi
export INTEROP_SERVER

# exec: the exit code is node's.
exec node --test --test-reporter=spec client-interop.test.mjs
