# Shared by .ci/run and bin/run-dev: makes sure the machine has what the build and the app need.
# Debian machines; installing needs root.

log() { printf '\n== %s\n' "$*"; }

apt_install() {
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "$@" >/dev/null
}

ensure_java() {
  if ! command -v javac >/dev/null 2>&1; then
    log "installing a JDK"
    apt_install openjdk-17-jdk-headless
  fi
}

# PostgreSQL on localhost:5432, user postgres with trust authentication, as tests and dev mode expect.
ensure_postgres() {
  if command -v pg_isready >/dev/null 2>&1 && pg_isready -h localhost -p 5432 -q; then
    return
  fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    log "installing PostgreSQL"
    apt_install postgresql
  fi
  local version
  version=$(pg_lsclusters --no-header | awk '$2 == "main" { print $1; exit }')
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main >/dev/null
  fi
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! grep -qE '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nlocal all all trust' "$hba"
  fi
  log "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  local deadline=$((SECONDS + 60))
  until pg_isready -h localhost -p 5432 -q; do
    if [ $SECONDS -ge $deadline ]; then echo "PostgreSQL did not start" >&2; exit 1; fi
    sleep 1
  done
}

# Creates database $1 unless it exists.
ensure_database() {
  if ! psql -h localhost -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1; then
    log "creating database $1"
    psql -h localhost -U postgres -qc "CREATE DATABASE $1"
  fi
}

# Node.js and npm build the admin app and run its tests.
ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    log "installing Node.js and npm"
    apt_install nodejs npm
  fi
}

# Debian's Chromium for the browser tests (playwright-core drives it; no browser is downloaded).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    log "installing Chromium"
    apt_install chromium
  fi
}

# Keycloak, which the end-to-end tests start, needs Java 21 or newer beside the build's Java 17.
ensure_keycloak_java() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then
    return
  fi
  local jdk
  for jdk in /usr/lib/jvm/*; do
    if [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      return
    fi
  done
  log "installing a Java 21+ runtime for Keycloak"
  apt_install openjdk-21-jre-headless 2>/dev/null || {
    echo "Keycloak needs Java 21 or newer: install one under /usr/lib/jvm or set KEYCLOAK_JAVA_HOME" >&2
    exit 1
  }
}

# Radicale, the CalDAV server the calendar tests start on a free port (Debian's package).
ensure_radicale() {
  if python3 -c "import radicale" >/dev/null 2>&1 || command -v radicale >/dev/null 2>&1; then
    return
  fi
  log "installing Radicale"
  apt_install radicale
}
