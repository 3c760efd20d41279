#!/usr/bin/env bash
# The four Quarkus services, run from their built fast-jars (mvn package) in the background.
# Usage: services.sh start|stop|status|train|jvm-options [accounts|evaluation|procurement|gateway ...]   (default: all four)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

READY_TIMEOUT=${READY_TIMEOUT:-90}

# Small JVMs (figures in bench/README.md): heap, class metadata and compiled code capped; two malloc arenas instead
# of many. The three services compile with C1 only: on two cores shared by four JVMs, C2's compiler threads took a
# third of each service's CPU for many minutes of a load, for writes that are bound by the database anyway. The
# gateway keeps both compilers: its event loop serves the public's reads, where C2's code is 1.6x faster. The
# services collect with SerialGC (least memory); the gateway with G1, whose pauses stayed under 40 ms through a load
# where SerialGC's full collections paused its reads and its consumer for 70-100 ms each, every few seconds. Every
# JVM hands freed malloc memory back to the system every 5 s: after a load the gateway's arenas held ~48 MB free.
# The gateway's heap also shrinks once it rests: after 5 s without a collection G1 runs one of its own and gives
# back what exceeds 15 % free (a load leaves ~20 MB live in a heap grown to 112 MB; 238 MB resident 15 s after a
# load with a full document cache, against 248 MB at 30 % and no measurable CPU). SerialGC resizes the services'
# old generation only at its full collections: between 20 and 50 % free instead of 40 and 70 it holds ~10 MB less
# (accounts 242 against 252 MB after a load of 2,300) for more, equally short, full collections (18 against 10,
# ~150 ms each under load) and the same CPU.
COMMON_JVM_OPTS="-Xss512k -XX:+ExitOnOutOfMemoryError -XX:TrimNativeHeapInterval=5000"
SERVICE_JVM_OPTS="-XX:+UseSerialGC -Xms32m -Xmx112m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m
  -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=50"
GATEWAY_JVM_OPTS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Xms32m -Xmx112m -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m
  -XX:G1PeriodicGCInterval=5000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=15"

# JUESUAN_JVM_OPTS replaces all of them, for trying other settings
jvm_opts() {
  if [ -n "${JUESUAN_JVM_OPTS:-}" ]; then
    echo "$JUESUAN_JVM_OPTS"
  elif [ "$1" = gateway ]; then
    echo "$COMMON_JVM_OPTS $GATEWAY_JVM_OPTS"
  else
    echo "$COMMON_JVM_OPTS $SERVICE_JVM_OPTS"
  fi
}

jar_of() { echo "$ROOT_DIR/$(service_module "$1")/target/quarkus-app/quarkus-run.jar"; }

# Application class data sharing (AppCDS). The first run of a service after a build records every class it loaded
# into an archive, written as the JVM exits; later runs map that archive instead of loading, parsing and verifying
# those classes from the jars again (the gateway ready in 2.7 s instead of 3.8). A training run writes beside the
# archive, and its file becomes the archive only once the JVM has exited by itself and a trial JVM maps it: a JVM
# given a partly written archive crashes. The JVM ignores an archive whose jars changed since; a newer jar retrains.
cds_archive() { echo "$(dirname "$(jar_of "$1")")/app-cds.jsa"; }
cds_training() { echo "$(cds_archive "$1").$STACK-training"; }
cds_current() { [ "$(cds_archive "$1")" -nt "$(jar_of "$1")" ]; }

cds_opts() {
  if cds_current "$1"; then
    echo "-XX:SharedArchiveFile=$(cds_archive "$1")"
  else
    rm -f "$(cds_training "$1")"
    echo "-XX:ArchiveClassesAtExit=$(cds_training "$1")"
  fi
}

keep_training() {
  local name=$1 training
  training=$(cds_training "$name")
  [ -f "$training" ] || return 0
  if [ "$STOP_FORCED" = false ] &&
     java -Xshare:on -XX:SharedArchiveFile="$training" -cp "$(jar_of "$name")" -version >/dev/null 2>&1; then
    mv "$training" "$(cds_archive "$name")"
    log "$name: class data archive recorded"
  else
    rm -f "$training"
  fi
}

# The bench stack's own ports, databases, topics and consumer group (see env.sh); nothing for `make run`'s.
stack_environment() {
  [ "$STACK" = bench ] || return 0
  # pids and logs of its own too; PostgreSQL and Kafka are shared, so only this script moves them
  PID_DIR="$RUN_DIR/bench/pids"
  LOG_DIR="$RUN_DIR/bench/logs"
  mkdir -p "$PID_DIR" "$LOG_DIR"
  local s upper
  for s in "${SERVICES[@]}"; do
    upper=$(echo "$s" | tr '[:lower:]' '[:upper:]')
    export "${upper}_HTTP_PORT=$(service_port "$s")"
    export "${upper}_DB_URL=jdbc:postgresql://127.0.0.1:5432/${s}${DB_SUFFIX}"
    export "${upper}_URL=http://127.0.0.1:$(service_port "$s")"
  done
  export JUESUAN_TOPIC_PREFIX=bench.
  export GATEWAY_CONSUMER_GROUP=bench-gateway-read-model
  # the bench measures how fast the stack can go, which a caller's rate limit would cap
  export JUESUAN_RATE_LIMIT_ENABLED=false
}

start_one() {
  local name=$1 port jar
  port=$(service_port "$name")
  jar=$(jar_of "$name")
  if pid_alive "$PID_DIR/$name.pid"; then
    log "$name already running (pid $(cat "$PID_DIR/$name.pid"))"
    return 0
  fi
  [ -f "$jar" ] || { echo "$jar is missing: build first (make build)" >&2; exit 1; }
  # the dev key pair: production names its issuer's public key instead (see deploy/README.md)
  # shellcheck disable=SC2046 # the options are a list
  JWT_PUBLIC_KEY_LOCATION="file:$ROOT_DIR/deploy/local/jwt/dev-public.pem" \
  MALLOC_ARENA_MAX=2 java $(jvm_opts "$name") $(cds_opts "$name") -jar "$jar" >>"$LOG_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/$name.pid"
  log "$name starting on port $port (pid $!)"
}

await_ready() {
  local name=$1 port i
  port=$(service_port "$name")
  for i in $(seq 1 $(( READY_TIMEOUT * 10 ))); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      log "$name ready: http://127.0.0.1:$port"
      return 0
    fi
    if ! pid_alive "$PID_DIR/$name.pid"; then
      echo "$name exited during start-up; last lines of $LOG_DIR/$name.log:" >&2
      tail -n 30 "$LOG_DIR/$name.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "$name was not ready within ${READY_TIMEOUT}s; see $LOG_DIR/$name.log" >&2
  exit 1
}

status_one() {
  local name=$1 port
  port=$(service_port "$name")
  if pid_alive "$PID_DIR/$name.pid" && curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
    echo "$name: up (port $port, pid $(cat "$PID_DIR/$name.pid"))"
  elif pid_alive "$PID_DIR/$name.pid"; then
    echo "$name: running but not ready (port $port)"
    return 1
  else
    echo "$name: down"
    return 1
  fi
}

stack_environment
action=${1:-}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${SERVICES[@]}")
for name in "${names[@]}"; do service_port "$name" >/dev/null; done

case "$action" in
  start)
    for name in "${names[@]}"; do start_one "$name"; done
    for name in "${names[@]}"; do await_ready "$name"; done
    ;;
  # together: a JVM that records its class data archive takes a few seconds to write it as it exits
  stop)
    for name in "${names[@]}"; do (stop_pid "$name"; keep_training "$name") & done
    wait
    ;;
  # a start and stop of each service whose archive is missing or older than its jar, so the next start maps one
  train)
    stale=()
    for name in "${names[@]}"; do cds_current "$name" || stale+=("$name"); done
    if [ ${#stale[@]} -gt 0 ]; then
      "$0" start "${stale[@]}"
      "$0" stop "${stale[@]}"
    fi
    ;;
  # what the images run too (each Dockerfile.jvm; DockerfilesTest keeps them equal)
  jvm-options)
    for name in "${names[@]}"; do echo $(jvm_opts "$name"); done
    ;;
  status)
    rc=0
    for name in "${names[@]}"; do status_one "$name" || rc=1; done
    exit $rc
    ;;
  *) echo "usage: $0 start|stop|status|train|jvm-options [service ...]" >&2; exit 2 ;;
esac
