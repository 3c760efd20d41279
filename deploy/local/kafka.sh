#!/usr/bin/env bash
# A single Apache Kafka broker in KRaft mode, run from the jars on Maven Central (kafka/pom.xml).
# Usage: kafka.sh start | stop | kill | status | create-topics [PREFIX] | delete-topics PREFIX
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KAFKA_DIR="$RUN_DIR/kafka"
CLASSPATH_FILE="$KAFKA_DIR/classpath.txt"
CONFIG="$KAFKA_DIR/server.properties"
# JUESUAN_KAFKA_DATA_DIR: the log directory elsewhere, e.g. on the small disk of make chaos (chaos-broker.sh)
DATA_DIR="${JUESUAN_KAFKA_DATA_DIR:-$KAFKA_DIR/data}"
BOOTSTRAP="$KAFKA_HOST:$KAFKA_PORT"

classpath() {
  local pom="$ROOT_DIR/deploy/local/kafka/pom.xml"
  if [ ! -s "$CLASSPATH_FILE" ] || [ "$pom" -nt "$CLASSPATH_FILE" ]; then
    mkdir -p "$KAFKA_DIR"
    log "resolving the Kafka broker's jars with Maven"
    mvn -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" >"$LOG_DIR/kafka-resolve.log" 2>&1 \
      || { cat "$LOG_DIR/kafka-resolve.log" >&2; exit 1; }
  fi
  cat "$CLASSPATH_FILE"
}

write_config() {
  cat >"$CONFIG" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA_DIR
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
# every event is kept: the topics are the platform's history (DESIGN section 4)
log.retention.ms=-1
log.retention.bytes=-1
PROPS
}

start() {
  if pid_alive "$PID_DIR/kafka.pid"; then
    if wait_port "$KAFKA_HOST" "$KAFKA_PORT" 5; then
      log "Kafka already running (pid $(cat "$PID_DIR/kafka.pid"))"
      return 0
    fi
    # a broker that stopped serving (its log directory failed) or a pid now someone else's
    log "Kafka (pid $(cat "$PID_DIR/kafka.pid")) does not answer on $BOOTSTRAP: stopping it, starting again"
    stop
  fi
  if port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    echo "port $KAFKA_PORT is taken by a process this checkout did not start (another checkout's broker? stop it" \
      "there with 'make stop' or 'deploy/local/kafka.sh stop')" >&2
    exit 1
  fi
  local cp
  cp=$(classpath)
  mkdir -p "$DATA_DIR"
  write_config
  if [ ! -f "$DATA_DIR/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$CONFIG" >"$LOG_DIR/kafka-format.log" 2>&1
    log "Kafka storage formatted (cluster $cluster_id)"
  fi
  # started directly so that $! is java's own pid
  java -Xms256m -Xmx512m -XX:+UseG1GC -Dlog4j2.level=WARN -cp "$cp" kafka.Kafka "$CONFIG" \
    >>"$LOG_DIR/kafka.log" 2>&1 </dev/null &
  echo $! >"$PID_DIR/kafka.pid"
  if ! wait_port "$KAFKA_HOST" "$KAFKA_PORT" 60; then
    echo "Kafka did not open $BOOTSTRAP within 60 s; see $LOG_DIR/kafka.log" >&2
    tail -n 30 "$LOG_DIR/kafka.log" >&2
    exit 1
  fi
  log "Kafka started on $BOOTSTRAP (pid $(cat "$PID_DIR/kafka.pid"))"
  create_topics ""
}

topic_command() {
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$(classpath)" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$BOOTSTRAP" "$@" 2>>"$LOG_DIR/kafka-tools.log"
}

# Creates the topics with the retention DESIGN section 4 asks for; idempotent.
create_topics() {
  local prefix="${1:-}" topic
  for topic in "${TOPICS[@]}"; do
    topic_command --create --if-not-exists --topic "$prefix$topic" --partitions 3 --replication-factor 1 \
      --config cleanup.policy=delete --config retention.ms=-1 --config retention.bytes=-1 >/dev/null
  done
  log "topics ready: ${TOPICS[*]/#/$prefix}"
}

delete_topics() {
  local prefix="$1" existing topic
  [ -n "$prefix" ] || { echo "delete-topics needs a prefix" >&2; exit 2; }
  existing=$(topic_command --list)
  for topic in $existing; do
    case "$topic" in
      "$prefix"*) topic_command --delete --topic "$topic" >/dev/null ;;
    esac
  done
  log "topics with prefix '$prefix' deleted"
}

stop() { stop_pid kafka; }

# kill: SIGKILL, no shutdown at all (make chaos); the next start recovers the logs.
kill_broker() {
  local file="$PID_DIR/kafka.pid" pid
  pid_alive "$file" || { log "Kafka not running"; return 0; }
  pid=$(cat "$file")
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$file"
  log "Kafka killed (SIGKILL, pid $pid)"
}

status() {
  if pid_alive "$PID_DIR/kafka.pid" && wait_port "$KAFKA_HOST" "$KAFKA_PORT" 1; then
    echo "kafka: up ($BOOTSTRAP, pid $(cat "$PID_DIR/kafka.pid"))"
  else
    echo "kafka: down"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) kill_broker ;;
  status) status ;;
  create-topics) create_topics "${2:-}" ;;
  delete-topics) delete_topics "${2:-}" ;;
  *) echo "usage: $0 start|stop|kill|status|create-topics [PREFIX]|delete-topics PREFIX" >&2; exit 2 ;;
esac
