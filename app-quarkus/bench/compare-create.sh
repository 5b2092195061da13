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
bench=$(cd "$(dirname "$0")" && pwd)
data=$(dirname "$bench")/target/bench
db=${BENCH_DB:-frontdesk_bench}
seconds=${BENCH_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-8}
threads=${BENCH_THREADS:-2}
port=${BENCH_PORT:-8089}
java_opts=${BENCH_JAVA_OPTS:--Xmx256m}
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432} BENCH_DATA=$data

for file in key.pem tokens.txt list.txt stats.txt; do
    [ -f "$data/$file" ] || { echo "No $data/$file: run run.sh first" >&2; exit 1; }
done
for app in "${apps[@]}"; do
    [ -f "$app/quarkus-run.jar" ] || { echo "No quarkus-run.jar in $app" >&2; exit 1; }
done
cd "$data"
public_key=$(openssl pkey -in key.pem -pubout | grep -v -- '-----' | tr -d '\n')

echo "== Preparing $db"
psql -X -q -d "$db" -f "$bench/prepare.sql" >/dev/null
psql -X -q -At -F ' ' -d "$db" -c "SELECT slot_id, tenant_rank FROM bench_slots ORDER BY n" > compare-slots.txt
taken=0
take() { sed -n "$((taken + 1)),$((taken + $1))p" compare-slots.txt > "$2"; taken=$((taken + $1)); }

app_pid=
stop_app() {
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=
    fi
}
trap stop_app EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
# load <name> <slots file> <seconds>: the create scenario at peak; prints wrk's result with the JVM CPU per booking.
load() {
    local before after line requests
    before=$(cpu_ticks)
    wrk -t"$threads" -c"$connections" -d"${3}s" -s "$bench/wrk/frontdesk.lua" "http://localhost:$port" \
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
    FRONTDESK_BENCH_PUBLIC_KEY=$public_key FRONTDESK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        FRONTDESK_DB_USER=$PGUSER java $java_opts -Dquarkus.profile=bench -Dquarkus.flyway.migrate-at-start=false \
        -Dquarkus.http.port="$port" -jar "${apps[$which]}/quarkus-run.jar" > "compare-app-$round.log" 2>&1 &
    app_pid=$!
    deadline=$(($(date +%s) + 60))
    until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do
        [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$app_pid" 2>/dev/null \
            || { echo "The app did not start; see $data/compare-app-$round.log" >&2; exit 1; }
        sleep 0.2
    done
    take 12000 compare-slots-warmup.txt
    take 40000 compare-slots-run.txt
    load "warmup-$round" compare-slots-warmup.txt 15 >/dev/null
    load "$([ "$which" = 0 ] && echo A || echo B)-$round" compare-slots-run.txt "$seconds" | tee -a compare-results.txt
    stop_app
done
echo "A = ${apps[0]}, B = ${apps[1]}; written to $data/compare-results.txt"
