#!/usr/bin/env bash
# make bench [SCALE=5000]: a fresh bench stack (its own databases, topics and ports beside `make run`'s), the
# synthetic province loaded into it, then every figure of bench/bench.py, printed and kept in bench/results/.
set -euo pipefail
SCALE=${1:-${SCALE:-5000}}
export JUESUAN_STACK=bench
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/env.sh"
LOCAL="$ROOT_DIR/deploy/local"
NGINX_DIR="$RUN_DIR/bench/nginx"
STATIC_PORT=18090

tools() {
  if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    log "installing wrk and nginx with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  fi
}

# nginx serving the static copy of the document the read figures fetch, on loopback
start_nginx() {
  mkdir -p "$NGINX_DIR/root" "$NGINX_DIR/tmp"
  cat >"$NGINX_DIR/nginx.conf" <<CONF
user root;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000000;
  client_body_temp_path $NGINX_DIR/tmp;
  server {
    listen 127.0.0.1:$STATIC_PORT;
    root $NGINX_DIR/root;
  }
}
CONF
  stop_nginx
  nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"
}

stop_nginx() {
  if [ -f "$NGINX_DIR/nginx.pid" ]; then
    nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR" -s quit 2>/dev/null || true
    rm -f "$NGINX_DIR/nginx.pid"
  fi
}

finish() {
  stop_nginx
  "$LOCAL/services.sh" stop >/dev/null 2>&1 || true
}

tools
make -C "$ROOT_DIR" --no-print-directory infra build
"$LOCAL/services.sh" stop
# the bench databases first: on a fresh machine they do not exist yet, and training starts the services on them
"$LOCAL/postgres.sh" reset-bench-databases
"$LOCAL/kafka.sh" delete-topics bench.
# the services start the way they run after their first start: with their class data archive (services.sh)
"$LOCAL/services.sh" train
"$LOCAL/postgres.sh" reset-bench-databases
"$LOCAL/kafka.sh" delete-topics bench.
trap finish EXIT
start_nginx
"$LOCAL/services.sh" start

results="$ROOT_DIR/bench/results/$(date +%Y-%m-%dT%H%M)-$SCALE.txt"
python3 "$ROOT_DIR/bench/bench.py" --scale "$SCALE" --gateway "http://127.0.0.1:$(service_port gateway)" \
  --static "$NGINX_DIR/root" --static-url "http://127.0.0.1:$STATIC_PORT" \
  --kafka-classpath "$(cat "$RUN_DIR/kafka/classpath.txt")" --results "$results"
log "figures kept in $results"
