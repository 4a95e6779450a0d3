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

# npm ci when node_modules is stale, serialized between parallel runs.
bash ../npm-install-if-stale.sh .

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
