#!/usr/bin/env bash
# Runs the official protocol test suites of the public socket.io repository against
# gatehouse-conformance-server: docs/engine.io-protocol/v4-test-suite (25 tests) and
# docs/socket.io-protocol/v5-test-suite (32 tests). Their code is not part of this repository:
# point GATEHOUSE_PROTOCOL_SUITES at a checkout (or copy) of that repository's docs/ folder.
#
#   GATEHOUSE_PROTOCOL_SUITES=/path/to/socket.io/docs tests/conformance/run-official-suites.sh SERVER [RUNS]
#
# Exits 77 (CTest: skipped) when the suites are not available.
set -euo pipefail
server=${1:?usage: run-official-suites.sh SERVER [RUNS]}
runs=${2:-1}
docs=${GATEHOUSE_PROTOCOL_SUITES:-}
if [ -z "$docs" ] || [ ! -f "$docs/engine.io-protocol/v4-test-suite/test-suite.js" ]; then
  echo "official suites not available (set GATEHOUSE_PROTOCOL_SUITES to socket.io's docs/ folder): skipped"
  exit 77
fi
# The suites hard-code http://localhost:3000.
if (exec 3<>/dev/tcp/127.0.0.1/3000) 2>/dev/null; then
  echo "port 3000 is busy; the official suites need it" >&2
  exit 1
fi
"$server" --port 3000 >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/3000) 2>/dev/null && break; sleep 0.1; done

status=0
for suite in engine.io-protocol/v4-test-suite socket.io-protocol/v5-test-suite; do
  dir="$docs/$suite"
  [ -d "$dir/node_modules" ] || (cd "$dir" && npm install --no-audit --no-fund >/dev/null)
  for run in $(seq "$runs"); do
    echo "== $suite, run $run"
    (cd "$dir" && timeout 120 npx mocha --reporter dot test-suite.js) || status=1
  done
done
exit $status
