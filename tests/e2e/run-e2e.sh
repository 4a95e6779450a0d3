#!/usr/bin/env bash
# Runs the Admin UI end-to-end test (admin-ui.test.mjs): the official
# @socket.io/admin-ui page in headless Chromium against a Socket.IO server.
#
#   ADMIN_UI_SERVER    server command line (default: the Node reference server);
#                      see admin-ui.test.mjs for the other ADMIN_UI_* variables
#   ADMIN_UI_CHROMIUM  browser executable (default /usr/bin/chromium, Debian's
#                      chromium package)
#
# Exits 77 (CTest's SKIP_RETURN_CODE) when the browser is not installed.
# `run-e2e.sh --install-only` just makes node_modules current; CTest uses it
# as a fixture so parallel test runs never race on `npm ci`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

# npm ci when node_modules is stale, serialized between parallel runs.
bash ../npm-install-if-stale.sh .

if [[ "${1:-}" == "--install-only" ]]; then
  exit 0
fi

chromium="${ADMIN_UI_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x "$chromium" ]]; then
  echo "run-e2e.sh: SKIPPED: no Chromium at ${chromium}." >&2
  echo "run-e2e.sh: install Debian's browser (apt-get install --no-install-recommends chromium," >&2
  echo "run-e2e.sh: or packaging/linux/install-deps.sh all), or point ADMIN_UI_CHROMIUM at one." >&2
  exit 77
fi

if [[ -z "${ADMIN_UI_SERVER:-}" && -z "${ADMIN_UI_SERVER_URL:-}" ]]; then
  ADMIN_UI_SERVER="$(command -v node) $(pwd)/reference-admin-server.mjs"
  echo "run-e2e.sh: ADMIN_UI_SERVER not set, using the reference server: ${ADMIN_UI_SERVER}" >&2
fi
export ADMIN_UI_SERVER

# exec: the exit code is node's.
exec node --test --test-reporter=spec admin-ui.test.mjs
