# Shared settings of the local stack; sourced by the other scripts in this folder.
# Everything the stack writes (pids, logs, broker data) lives under .run/, which git ignores.

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${JUESUAN_RUN_DIR:-$ROOT_DIR/.run}"
# the real directory: a broker started through a link must not lose its data when the link goes
mkdir -p "$RUN_DIR" && RUN_DIR="$(cd "$RUN_DIR" && pwd -P)"

# JUESUAN_STACK=bench: a second set of the four services beside `make run`'s, for the benchmarks (bench/), with
# databases, topics, consumer group and ports of its own, so a benchmark neither reads nor wipes the demo.
STACK="${JUESUAN_STACK:-dev}"
PORT_OFFSET=0
DB_SUFFIX=""
if [ "$STACK" = bench ]; then
  PORT_OFFSET=10000
  DB_SUFFIX="_bench"
fi
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
# JUESUAN_STACK=chaos: the broker `make chaos` kills and starves of disk (chaos-broker.sh), its own beside `make
# run`'s, with ports, pids, logs and a small data disk under .run/chaos/
if [ "$STACK" = chaos ]; then
  RUN_DIR="$RUN_DIR/chaos"
  KAFKA_PORT=29092
  KAFKA_CONTROLLER_PORT=29093
fi
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
mkdir -p "$LOG_DIR" "$PID_DIR"

# Each service owns one database and one role; tests use the *_test databases.
SERVICES=(accounts evaluation procurement gateway)
DB_PASSWORD_SUFFIX="-local-pw"   # local development only; Kubernetes takes passwords from Secrets

KAFKA_HOST=127.0.0.1
TOPICS=(accounts.disclosures.v1 evaluation.evaluations.v1 procurement.summaries.v1)

service_port() {
  local port
  case "$1" in
    gateway) port=8080 ;;
    accounts) port=8081 ;;
    evaluation) port=8082 ;;
    procurement) port=8083 ;;
    *) echo "unknown service: $1" >&2; return 1 ;;
  esac
  echo $(( port + PORT_OFFSET ))
}

service_module() {
  case "$1" in
    gateway) echo gateway ;;
    *) echo "$1-service" ;;
  esac
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# pid_alive FILE: true when FILE names a running process.
pid_alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# stop_pid NAME: TERM, wait up to 30 s, then KILL (STOP_FORCED=true tells); removes the pid file.
stop_pid() {
  local file="$PID_DIR/$1.pid" pid i
  STOP_FORCED=false
  if ! pid_alive "$file"; then rm -f "$file"; return 0; fi
  pid=$(cat "$file")
  kill "$pid" 2>/dev/null
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; STOP_FORCED=true; fi
  rm -f "$file"
  log "$1 stopped"
}

# port_open HOST PORT: whether something accepts connections there right now
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# wait_port HOST PORT SECONDS
wait_port() {
  local i
  for i in $(seq 1 $(( $3 * 4 ))); do
    port_open "$1" "$2" && return 0
    sleep 0.25
  done
  return 1
}
