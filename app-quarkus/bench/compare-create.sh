#!/usr/bin/env bash
# Compares the create path of two packaged apps on the same data set: before and after a change, in one run. The
# two run alternately (A B B A, so that a drift of the machine falls on both), each warmed up and then loaded at
# peak with the create scenario on slots nobody has booked yet. Reports each run's throughput, latency and the JVM's
# CPU time per booking (which, unlike throughput, hardly depends on how busy the disk is).
#
#   cp -r app-quarkus/target/quarkus-app /tmp/before     # the build before the change
#   ./mvnw package -DskipTests                           # the build after it
#   app-quarkus/bench/compare-create.sh /tmp/before app-quarkus/target/quarkus-app
#
# Needs a data set and a run of run.sh before it (the tokens, the key and the question files in target/bench). It
# prepares the data set first, as run.sh does, and books about 210,000 of its open slots. Both apps start with migrations off, so an older build runs
# against a schema a newer one migrated. Settings as run.sh: BENCH_DB, PGHOST/PGUSER/PGPORT, BENCH_SECONDS (30),
# BENCH_CONNECTIONS (8), BENCH_THREADS (2), BENCH_PORT (8089), BENCH_JAVA_OPTS (-Xmx256m).
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 <app dir A> <app dir B> (each holding quarkus-run.jar)" >&2; exit 2; }
apps=("$(cd "$1" && pwd)" "$(cd "$2" && pwd)")
. "$(dirname "$0")/lib.sh"
for file in tokens.txt list.txt stats.txt; do
    [ -f "$file" ] || { echo "No $out/$file: run run.sh first" >&2; exit 1; }
done
for app in "${apps[@]}"; do
    [ -f "$app/quarkus-run.jar" ] || { echo "No quarkus-run.jar in $app" >&2; exit 1; }
done

echo "== Preparing $db"
sql -f "$bench/prepare.sql" >/dev/null
sql -F ' ' -c "SELECT slot_id, tenant_rank FROM bench_slots ORDER BY n" > compare-slots.txt
taken=0
take() { sed -n "$((taken + 1)),$((taken + $1))p" compare-slots.txt > "$2"; taken=$((taken + $1)); }

# load <name> <slots file> <seconds>: the create scenario at peak; prints wrk's result with the JVM CPU per booking.
load() {
    local before after line requests
    before=$(cpu_ticks)
    wrk -t"$threads" -c"$connections" -d"${3}s" -s "$bench/wrk/frontdesk.lua" "$url" \
        -- create "$threads" "$2" > "compare-$1.txt"
    after=$(cpu_ticks)
    line=$(grep '^RESULT' "compare-$1.txt")
    requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<< "$line")
    echo "$1 $line jvm_cpu_ms_per_booking=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
        'BEGIN {printf "%.2f", 1000 * t / hz / n}')"
}

: > compare-results.txt
round=0
for which in 0 1 1 0; do
    round=$((round + 1))
    start_app "${apps[$which]}/quarkus-run.jar" "compare-app-$round.log" -Dquarkus.flyway.migrate-at-start=false
    take 12000 compare-slots-warmup.txt
    take 40000 compare-slots-run.txt
    load "warmup-$round" compare-slots-warmup.txt 15 >/dev/null
    load "$([ "$which" = 0 ] && echo A || echo B)-$round" compare-slots-run.txt "$seconds" | tee -a compare-results.txt
    stop_app
done
echo "A = ${apps[0]}, B = ${apps[1]}; written to $out/compare-results.txt"
