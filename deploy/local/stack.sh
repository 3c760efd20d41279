#!/usr/bin/env bash
# Everything at once: PostgreSQL, Kafka and the four services.
# Usage: stack.sh start | stop | status
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"

case "${1:-}" in
  start)
    "$here/postgres.sh" start
    "$here/kafka.sh" start
    "$here/services.sh" start
    ;;
  stop)
    "$here/services.sh" stop
    "$here/kafka.sh" stop
    "$here/postgres.sh" stop
    ;;
  status)
    rc=0
    "$here/postgres.sh" status || rc=1
    "$here/kafka.sh" status || rc=1
    "$here/services.sh" status || rc=1
    exit $rc
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
