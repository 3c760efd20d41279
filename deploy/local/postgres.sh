#!/usr/bin/env bash
# PostgreSQL for the local stack and the tests: the system server, installed with apt when missing.
# Usage: postgres.sh start | stop | crash | status | reset-test-databases | reset-databases | reset-bench-databases
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

as_postgres() { su postgres -c "$*"; }
psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAX $*"; }

install_server() {
  if ! command -v pg_lsclusters >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing PostgreSQL with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
}

cluster() {
  # "15 main" of the first cluster; creates one when the package left none
  local line
  line=$(pg_lsclusters -h | head -n 1)
  if [ -z "$line" ]; then
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
    line=$(pg_lsclusters -h | head -n 1)
  fi
  echo "$line" | awk '{print $1" "$2}'
}

ensure_role_and_database() {
  local role=$1 db=$2 password="$1$DB_PASSWORD_SUFFIX"
  if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='$role'\"")" != "1" ]; then
    psql_admin "-c \"CREATE ROLE $role WITH LOGIN PASSWORD '$password'\""
  fi
  if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" != "1" ]; then
    psql_admin "-c \"CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0\""
    log "database $db created"
  fi
}

start() {
  install_server
  local c
  c=$(cluster)
  if ! pg_lsclusters -h | awk '{print $4}' | head -n 1 | grep -q online; then
    pg_ctlcluster $c start
    touch "$RUN_DIR/postgres.started-by-us"
    log "PostgreSQL cluster $c started"
  fi
  for i in $(seq 1 40); do
    as_postgres "pg_isready -q" && break
    sleep 0.25
  done
  local s
  for s in "${SERVICES[@]}"; do
    ensure_role_and_database "$s" "$s"
    ensure_role_and_database "$s" "${s}_test"
  done
  log "PostgreSQL ready: databases ${SERVICES[*]} and their *_test twins"
}

stop() {
  # Only stops the cluster when this project started it: a server someone else runs stays up.
  if [ -f "$RUN_DIR/postgres.started-by-us" ]; then
    pg_ctlcluster $(cluster) stop || true
    rm -f "$RUN_DIR/postgres.started-by-us"
    log "PostgreSQL stopped"
  fi
}

status() {
  if command -v pg_lsclusters >/dev/null && pg_lsclusters -h | head -n 1 | grep -q online; then
    echo "postgres: up ($(pg_lsclusters -h | head -n 1 | awk '{print $1"/"$2" port "$3}'))"
  else
    echo "postgres: down"
    return 1
  fi
}

# crash: stops the server at once, as a power cut would (immediate mode: no checkpoint, crash recovery at the next
# start); for make chaos. Open transactions are lost, committed ones are not.
crash() {
  pg_ctlcluster $(cluster) stop -m immediate
  log "PostgreSQL stopped immediately"
}

# reset SUFFIX: drops and recreates each service's database named {service}SUFFIX.
reset() {
  local s
  for s in "${SERVICES[@]}"; do
    psql_admin "-c \"DROP DATABASE IF EXISTS ${s}$1 WITH (FORCE)\""
    ensure_role_and_database "$s" "${s}$1"
  done
}

# Fresh, empty test databases so every test run starts from the same state.
reset_test_databases() {
  reset _test
  log "test databases reset"
}

# Fresh, empty databases for `make run`: its data is the demo, loaded again on the next start. Needed once when a
# local database holds a schema history from before a migration was last edited (pre-release only).
reset_databases() {
  reset ""
  log "databases of make run reset; the next make run loads the demo again"
}

case "${1:-}" in
  reset-bench-databases) reset _bench; log "bench databases reset" ;;
  start) start ;;
  stop) stop ;;
  crash) crash ;;
  status) status ;;
  reset-test-databases) reset_test_databases ;;
  reset-databases) reset_databases ;;
  *) echo "usage: $0 start|stop|crash|status|reset-test-databases|reset-databases|reset-bench-databases" >&2; exit 2 ;;
esac
