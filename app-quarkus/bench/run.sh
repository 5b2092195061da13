#!/usr/bin/env bash
# Measures the packaged app against the raw-SQL ceiling on a generated data set (see README.md here): JVM start,
# then for each scenario the app under wrk and the same SQL under pgbench, at the same concurrency, in one run.
# Everything it writes goes to target/bench; the summary to target/bench/results.md.
#
#   ./mvnw package -DskipTests && app-quarkus/bench/run.sh --generate
#
# --generate [scale] first creates the database if missing, migrates it and fills it (generate-dataset.sql, scale
# 1.0 by default); without it, the run uses the data set already there.
# Settings (environment): BENCH_DB (frontdesk_bench), PGHOST/PGUSER/PGPORT (localhost/postgres/5432),
# BENCH_SECONDS per run (30), BENCH_WARMUP_SECONDS (20), BENCH_CONNECTIONS (8), BENCH_THREADS (2),
# BENCH_PORT (8089), BENCH_JAVA_OPTS (-Xmx256m).
set -euo pipefail

. "$(dirname "$0")/lib.sh"
jar=$module/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "No packaged app at $jar: run ./mvnw package -DskipTests first" >&2; exit 1; }

if [ "${1:-}" = "--generate" ]; then
    echo "== Generating the data set into $db (scale ${2:-1.0})"
    psql -X -q -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
        || psql -X -q -d postgres -c "CREATE DATABASE $db"
    start_app "$jar" app.log # migrates the schema
    stop_app
    sql -v scale="${2:-1.0}" -f "$bench/generate-dataset.sql"
fi

echo "== Preparing $db"
sql -f "$bench/prepare.sql" >/dev/null
sql -c "SELECT tenant_id FROM bench_tenants ORDER BY rank" | while read -r tenant; do
    echo "$tenant $("$bench/mint-token.sh" key.pem "$tenant" bench-desk)"
done > tokens.txt
sql -F ' ' -c "SELECT shape, query FROM bench_list_params ORDER BY shape, n" > list.txt
sql -c "SELECT query FROM bench_stats_params ORDER BY n" > stats.txt
# Each create run books its own slots; pgbench takes the rest, from bench_slot_seq.
slot_file() { sql -F ' ' -c "SELECT slot_id, tenant_rank FROM bench_slots WHERE n BETWEEN $2 AND $3 ORDER BY n" > "slots-$1.txt"; }
# Shares of the open future slots: 10 % warm-up, 20 % create, 14 % paced create, 10 % mix; the rest for pgbench.
slots=$(sql -c "SELECT count(*) FROM bench_slots")
slot_file warmup 1 $((slots * 10 / 100))
slot_file create $((slots * 10 / 100 + 1)) $((slots * 30 / 100))
slot_file paced $((slots * 30 / 100 + 1)) $((slots * 44 / 100))
slot_file mix $((slots * 44 / 100 + 1)) $((slots * 54 / 100))
sql -c "SELECT setval('bench_slot_seq', $((slots * 54 / 100)))" >/dev/null

echo "== JVM start (three starts)"
: > start.txt
for i in 1 2 3; do
    stop_app
    start_app "$jar" app.log
    echo "ready after ${start_ms} ms; Quarkus: $(grep -o 'started in [0-9.]*s' app.log)" | tee -a start.txt
done

# Samples the app's resident memory while a run lasts (largest value in rss-<name>.txt) and, from its CPU ticks,
# the CPU it used (percent of one core).
clock_ticks=$(getconf CLK_TCK)
sample_rss() {
    local max=0 rss
    while kill -0 "$app_pid" 2>/dev/null; do
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
        # Written aside and renamed, so that stopping the sampler never leaves the file empty.
        [ "$rss" -gt "$max" ] && max=$rss && echo "$max" > "rss-$1.tmp" && mv "rss-$1.tmp" "rss-$1.txt"
        sleep 0.5
    done
}

results=()
# run_app <name> <scenario> <seconds> [slots file] [pause ms]
run_app() {
    local name=$1 scenario=$2 duration=$3 slots=${4:-} pause=${5:-0} before after sampler
    before=$(cpu_ticks)
    sample_rss "$name" & sampler=$!
    BENCH_PAUSE_MS=$pause wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$bench/wrk/frontdesk.lua" "$url" \
        -- "$scenario" "$threads" ${slots:+"$slots"} > "wrk-$name.txt"
    after=$(cpu_ticks)
    kill "$sampler" 2>/dev/null || true
    local line cpu rss
    line=$(grep '^RESULT' "wrk-$name.txt")
    cpu=$(awk -v t=$((after - before)) -v hz="$clock_ticks" -v s="$duration" 'BEGIN {printf "%.0f", 100 * t / hz / s}')
    rss=$(($(cat "rss-$name.txt") / 1024))
    echo "$name: $line cpu_pct=$cpu rss_mb=$rss"
    results+=("app $name $line cpu_pct=$cpu rss_mb=$rss")
}

# run_sql <name> <pgbench script arguments...>: the raw statements at the same concurrency; percentiles from the
# per-transaction log.
run_sql() {
    local name=$1
    shift
    rm -f "pgbench-$name".log*
    pgbench -n -M prepared -c "$connections" -j "$threads" -T "$seconds" -l --log-prefix="pgbench-$name.log" \
        "$@" "$db" > "pgbench-$name.txt" 2>&1 || echo "pgbench $name did not finish cleanly; see pgbench-$name.txt" >&2
    local tps failed line
    tps=$(awk '/^tps =/ {print $3}' "pgbench-$name.txt")
    failed=$(awk -F': ' '/^number of failed transactions/ {split($2, a, " "); print a[1]; exit}' "pgbench-$name.txt")
    failed=$((${failed:-0} + $(grep -c '^pgbench: error' "pgbench-$name.txt" || true)))
    line=$(cat "pgbench-$name".log* | awk '{print $3 / 1000}' | sort -n | awk -v tps="$tps" -v failed="${failed:-0}" '
        { v[NR] = $1 }
        END { printf "RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
              NR, tps, v[int(NR * 0.50) + 1], v[int(NR * 0.95) + 1], v[int(NR * 0.99) + 1], v[NR], failed }')
    echo "$name (raw SQL): $line"
    results+=("sql $name $line")
}

value() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<< "$1"; }

echo "== Warm-up (${warmup} s each, not reported)"
run_app warmup-list list "$warmup" >/dev/null
run_app warmup-stats stats "$warmup" >/dev/null
run_app warmup-create create "$warmup" slots-warmup.txt >/dev/null
results=()

echo "== Runs of ${seconds} s, ${connections} connections"
# run_paced <name> <scenario> [slots file]: the app at 70 % of the peak just measured (the last result): each
# connection pauses so that connections / (pause + latency) comes to that rate.
run_paced() {
    local peak p50 pause
    peak=$(value "${results[-2]}" rps)
    p50=$(value "${results[-2]}" p50_ms)
    pause=$(awk -v c="$connections" -v peak="$peak" -v p50="$p50" \
        'BEGIN {p = 1000 * c / (0.7 * peak) - p50 / 2; printf "%d", p < 1 ? 1 : p}')
    run_app "$1" "$2" "$seconds" "${3:-}" "$pause"
}
run_app list list "$seconds"
run_sql list -f "$bench/pgbench/list.sql"
run_paced list-70pct list
run_app stats stats "$seconds"
run_sql stats -f "$bench/pgbench/stats.sql"
run_paced stats-70pct stats
run_app create create "$seconds" slots-create.txt
run_sql create -f "$bench/pgbench/create.sql"
run_paced create-70pct create slots-paced.txt
run_app mix mix "$seconds" slots-mix.txt
run_sql mix -f "$bench/pgbench/list.sql@60" -f "$bench/pgbench/stats.sql@20" -f "$bench/pgbench/create.sql@20"

echo "== EXPLAIN (ANALYZE, BUFFERS)"
sql -f "$bench/explain.sql" > explain.txt
echo "written to $out/explain.txt"

{
    echo "| Scenario | App req/s | App p50 / p95 / p99 ms | Raw SQL tx/s | Raw p50 / p95 / p99 ms | App / raw | Errors (app, raw) | App CPU % | App RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for scenario in list list-70pct stats stats-70pct create create-70pct mix; do
        app=$(printf '%s\n' "${results[@]}" | grep "^app $scenario " || true)
        raw=$(printf '%s\n' "${results[@]}" | grep "^sql $scenario " || true)
        a_rps=$(value "$app" rps)
        r_rps=$(value "$raw" rps)
        ratio=$([ -n "$r_rps" ] && awk -v a="$a_rps" -v r="$r_rps" 'BEGIN {printf "%.0f %%", 100 * a / r}' || echo "-")
        [[ $scenario == *-70pct ]] && a_rps="$a_rps ($(awk -v a="$a_rps" -v p="$(value "$(printf '%s\n' "${results[@]}" \
            | grep "^app ${scenario%-70pct} ")" rps)" 'BEGIN {printf "%.0f", 100 * a / p}') % of peak)"
        echo "| $scenario | $a_rps | $(value "$app" p50_ms) / $(value "$app" p95_ms) / $(value "$app" p99_ms)" \
            "| ${r_rps:--} | ${raw:+$(value "$raw" p50_ms) / $(value "$raw" p95_ms) / $(value "$raw" p99_ms)} | $ratio" \
            "| $(($(value "$app" status_errors) + $(value "$app" socket_errors))), ${raw:+$(value "$raw" errors)}" \
            "| $(value "$app" cpu_pct) | $(value "$app" rss_mb) |"
    done
    echo
    echo "JVM start:"
    sed 's/^/- /' start.txt
} > results.md
cat results.md
