#!/usr/bin/env bash
# Reproduces docs/PERFORMANCE.md: for each dataset (demo, small, national) it
# loads a PostgreSQL database (once; BENCH_RELOAD=1 loads it again), starts
# bin/capofila on it with the rate limits off, runs cmd/loadbench from this
# second process, stops the server; then the in-process Go benchmarks; then
# it writes the tables between the markers of docs/PERFORMANCE.md.
#
# Environment: BENCH_PG (default postgres://postgres@127.0.0.1:5432),
# BENCH_SCALES (default "demo small national"), BENCH_DURATION (default 5s),
# BENCH_CLIENTS (default 1,8,32), BENCH_PORT (default 18500),
# BENCH_DIGEST (default national: the dataset on which 10,000 daily
# digests are sent, `loadbench digest`; empty for none).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pg=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
scales=${BENCH_SCALES:-demo small national}
duration=${BENCH_DURATION:-5s}
clients=${BENCH_CLIENTS:-1,8,32}
port=${BENCH_PORT:-18500}
digest_scale=${BENCH_DIGEST-national}
out=docs/bench
mkdir -p "$out" bin
go build -o bin/capofila ./cmd/capofila
go build -o bin/loadbench ./cmd/loadbench

for scale in $scales; do
  dbname="capofila_bench_$scale"
  url="$pg/$dbname?sslmode=disable"
  exists=$(psql "$pg/postgres?sslmode=disable" -Atc "SELECT 1 FROM pg_database WHERE datname = '$dbname'")
  # Documents (frozen PDF copies) live next to their database, as in a
  # real installation: reloading the database empties them.
  docs="${BENCH_DOCS:-${TMPDIR:-/tmp}/capofila-bench-documents}/$scale"
  if [ -n "${BENCH_RELOAD:-}" ] || [ "$exists" != 1 ]; then
    rm -rf "$docs"
    psql "$pg/postgres?sslmode=disable" -qc "DROP DATABASE IF EXISTS $dbname" -c "CREATE DATABASE $dbname"
    echo "loading the $scale dataset into $dbname"
    start=$(date +%s)
    if [ "$scale" = demo ]; then
      ./bin/capofila seed --database-url "$url"
    elif [ "$scale" = small ]; then
      # 1/500 of the country: the same kind of 64-member project, 500-item
      # claim and users as national, in a database with ~140 times fewer rows.
      ./bin/capofila seed --scale national --scale-factor 0.002 --database-url "$url"
    else
      ./bin/capofila seed --scale "$scale" --database-url "$url"
    fi
    echo "loaded in $(( $(date +%s) - start )) s"
  fi
  mkdir -p "$docs"
  # The operations are measured without background jobs (the day's
  # reminders over the whole dataset would run during the first minutes);
  # the digest run below measures them with the jobs on. The harness's
  # sessions send their own documents (internal/loadtest), as the web app
  # sent them before trusted documents: --any-graphql-documents.
  ./bin/capofila serve --database-url "$url" --addr "127.0.0.1:$port" --metrics-addr "127.0.0.1:$((port + 1))" \
    --rate-limit-user 0 --rate-limit-address 0 --trusted-proxies 127.0.0.1 --log-format json --documents-dir "$docs" --jobs=false --any-graphql-documents > "$out/serve-$scale.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
    sleep 0.5
  done
  ./bin/loadbench -url "http://127.0.0.1:$port" -metrics "http://127.0.0.1:$((port + 1))/metrics" -db "$url" \
    -scale "$scale" -duration "$duration" -clients "$clients" -documents "$docs" -out "$out/$scale.json"
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT

  if [ "$scale" = "$digest_scale" ]; then
    # 10,000 daily digests: the server with its jobs on and its e-mail to
    # the harness's SMTP sink.
    ./bin/capofila serve --database-url "$url" --addr "127.0.0.1:$port" --metrics-addr "127.0.0.1:$((port + 1))" \
      --rate-limit-user 0 --rate-limit-address 0 --trusted-proxies 127.0.0.1 --log-format json --documents-dir "$docs" --any-graphql-documents \
      --smtp-host 127.0.0.1 --smtp-port "$((port + 2))" --smtp-security none --mail-from capofila@localhost \
      --public-url "http://127.0.0.1:$port" > "$out/serve-digest-$scale.log" 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
    for _ in $(seq 1 60); do
      curl -sf "http://127.0.0.1:$port/readyz" > /dev/null && break
      sleep 0.5
    done
    ./bin/loadbench digest -url "http://127.0.0.1:$port" -metrics "http://127.0.0.1:$((port + 1))/metrics" -db "$url" \
      -smtp "127.0.0.1:$((port + 2))" -scale "$scale" -out "$out/digest-$scale.json" -markdown "$out/digest.md"
    kill $pid; wait $pid 2>/dev/null || true
    trap - EXIT
  fi
done

echo "in-process benchmarks (go test -bench)"
CAPOFILA_REQUIRE_POSTGRES=1 CAPOFILA_TEST_POSTGRES_URL="${CAPOFILA_TEST_POSTGRES_URL:-$pg/test?sslmode=disable}" \
  go test -run XXX -bench . -benchtime 2s ./internal/server ./internal/reports | tee "$out/go-bench.txt"

# The tables show every dataset measured so far, smallest first.
jsons=()
for scale in demo small national; do [ -f "$out/$scale.json" ] && jsons+=("$out/$scale.json"); done
./bin/loadbench report "${jsons[@]}" > "$out/tables.md"
# Replace what lies between the markers of docs/PERFORMANCE.md.
awk -v tables="$out/tables.md" -v gobench="$out/go-bench.txt" '
  /<!-- bench:begin -->/ { print; while ((getline l < tables) > 0) print l;
    print "```"; while ((getline l < gobench) > 0) if (l ~ /^(Benchmark|goos|goarch|cpu)/) print l; print "```"; skip = 1; next }
  /<!-- bench:end -->/ { skip = 0 }
  !skip { print }' docs/PERFORMANCE.md > "$out/PERFORMANCE.md.new"
mv "$out/PERFORMANCE.md.new" docs/PERFORMANCE.md
if [ -f "$out/digest.md" ]; then
  awk -v digest="$out/digest.md" '
    /<!-- digest:begin -->/ { print; while ((getline l < digest) > 0) print l; skip = 1; next }
    /<!-- digest:end -->/ { skip = 0 }
    !skip { print }' docs/PERFORMANCE.md > "$out/PERFORMANCE.md.new"
  mv "$out/PERFORMANCE.md.new" docs/PERFORMANCE.md
fi
echo "docs/PERFORMANCE.md updated"
