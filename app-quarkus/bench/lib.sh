# What run.sh and compare-create.sh share: settings, the signing key, and starting and stopping the packaged app.
# Sourced with the caller's working directory set to target/bench (created if missing).

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
module=$(dirname "$bench")
out=$module/target/bench
db=${BENCH_DB:-frontdesk_bench}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-8}
threads=${BENCH_THREADS:-2}
port=${BENCH_PORT:-8089}
java_opts=${BENCH_JAVA_OPTS:--Xmx256m}
url=http://localhost:$port
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432} BENCH_DATA=$out

for tool in java wrk pgbench psql openssl curl; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool on the PATH" >&2; exit 1; }
done
mkdir -p "$out"
cd "$out"
sql() { psql -X -q -At -d "$db" "$@"; }
[ -f key.pem ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem 2>/dev/null
public_key=$(openssl pkey -in key.pem -pubout | grep -v -- '-----' | tr -d '\n')

app_pid=
stop_app() {
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
        app_pid=
    fi
}
trap stop_app EXIT

# start_app <jar> <log file> [java options...]: starts the app in the bench profile and waits until it is ready;
# start_ms is the time from launching the JVM to the first ready answer.
start_ms=
start_app() {
    local jar=$1 log=$2 began deadline
    shift 2
    began=$(date +%s%N)
    deadline=$((began / 1000000 + 60000))
    FRONTDESK_BENCH_PUBLIC_KEY=$public_key FRONTDESK_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        FRONTDESK_DB_USER=$PGUSER java $java_opts "$@" -Dquarkus.profile=bench -Dquarkus.http.port="$port" \
        -jar "$jar" > "$log" 2>&1 &
    app_pid=$!
    until curl -sf -o /dev/null "$url/q/health/ready"; do
        if [ $(($(date +%s%N) / 1000000)) -gt $deadline ] || ! kill -0 "$app_pid" 2>/dev/null; then
            echo "The app did not start; see $out/$log" >&2
            exit 1
        fi
        sleep 0.02
    done
    start_ms=$((($(date +%s%N) - began) / 1000000))
}

# The CPU time the app has used so far, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
