#!/usr/bin/env bash
# End-to-end tests of the web app in headless Chromium: builds nothing
# (run `make build` first), starts bin/capofila on a fresh embedded database
# with the demo data, runs the GraphQL over HTTP audits of graphql-http
# (frontend/scripts/graphql-http-audit.mjs: every one must pass) and
# frontend/e2e/run.mjs, then the screen tour frontend/e2e/tour.mjs (every
# role's screens at two sizes, on the data the stories created) against it,
# stops it. The server runs with --dev, as make run does, for GraphiQL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/bin/capofila"
port=${E2E_PORT:-18181}
work=$(mktemp -d)
[ -x "$bin" ] || { echo "e2e: $bin missing: run make build" >&2; exit 1; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "e2e: Chromium missing: apt-get install -y chromium" >&2; exit 1; }
cd "$work"
"$bin" seed > seed.log
"$bin" serve --addr "127.0.0.1:$port" --insecure-cookies --dev > serve.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/readyz" > /dev/null || { cat serve.log; exit 1; }
cd "$root/frontend"
CAPOFILA_URL="http://127.0.0.1:$port" CAPOFILA_EMAIL=admin@capofila.test CAPOFILA_PASSWORD=capofila-demo \
  node scripts/graphql-http-audit.mjs
rc=0
CAPOFILA_URL="http://127.0.0.1:$port" npm run --silent e2e || rc=$?
CAPOFILA_URL="http://127.0.0.1:$port" TOUR_STRICT="${TOUR_STRICT:-1}" node e2e/tour.mjs || rc=$?
exit $rc
