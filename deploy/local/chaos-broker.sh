#!/usr/bin/env bash
# The broker `make chaos` runs its fault scenarios against: a second KRaft broker (127.0.0.1:29092, see env.sh) whose
# data lives on a small tmpfs of its own (64 MiB), so that killing it or filling its disk never touches the broker of
# `make run` or `make test`. Needs root for the mount, as the rest of the local stack does.
# Usage: chaos-broker.sh start | stop | kill | fill-disk | free-disk | status
set -euo pipefail
export JUESUAN_STACK=chaos
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

DISK="$RUN_DIR/kafka-disk"
export JUESUAN_KAFKA_DATA_DIR="$DISK/data"
FILLER="$DISK/filler"
KAFKA="$ROOT_DIR/deploy/local/kafka.sh"

mount_disk() {
  mkdir -p "$DISK"
  if ! mountpoint -q "$DISK"; then
    mount -t tmpfs -o size=64m,mode=0755 juesuan-chaos-kafka "$DISK"
    log "a 64 MiB disk for the chaos broker at $DISK"
  fi
}

start() {
  mount_disk
  bash "$KAFKA" start
}

# stop: the broker, then its disk (the data goes with it: every make chaos starts from empty topics)
stop() {
  bash "$KAFKA" stop
  if mountpoint -q "$DISK"; then
    umount "$DISK"
    log "the chaos broker's disk unmounted"
  fi
}

# fill-disk: leaves the broker 64 KiB of its disk, too little for the next segment or index it writes
fill_disk() {
  local free
  free=$(df --output=avail -B1 "$DISK" | tail -n 1)
  fallocate -l $(( free - 65536 )) "$FILLER"
  log "the chaos broker's disk filled ($(df --output=avail -h "$DISK" | tail -n 1 | tr -d ' ') left)"
}

free_disk() {
  rm -f "$FILLER"
  log "the chaos broker's disk freed"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  kill) bash "$KAFKA" kill ;;
  status) bash "$KAFKA" status ;;
  fill-disk) fill_disk ;;
  free-disk) free_disk ;;
  *) echo "usage: $0 start|stop|kill|fill-disk|free-disk|status" >&2; exit 2 ;;
esac
