#!/usr/bin/env bash
# End-to-end tests of the web app in headless Chromium: builds nothing
# (run `make build` first), starts bin/capofila on a fresh embedded database
# with the demo data, runs the GraphQL over HTTP audits of graphql-http
# (frontend/scripts/graphql-http-audit.mjs: every one must pass) and
# frontend/e2e/run.mjs against it, stops it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/bin/capofila"
port=${E2E_PORT:-18181}
work=$(mktemp -d)
[ -x "$bin" ] || { echo "e2e: $bin missing: run make build" >&2; exit 1; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "e2e: Chromium missing: apt-get install -y chromium" >&2; exit 1; }
cd "$work"
"$bin" seed > seed.log
"$bin" serve --addr "127.0.0.1:$port" --insecure-cookies > serve.log 2>&1 &
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
CAPOFILA_URL="http://127.0.0.1:$port" npm run --silent e2e
