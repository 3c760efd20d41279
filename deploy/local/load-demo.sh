#!/usr/bin/env bash
# Loads and publishes the seed department's 2020 disclosure (demo/350502001-2020), its 2021 contracts and the
# synthetic Shanghai 2024 disclosure (demo/310101001-2024, printed in Shanghai's layout profile) through the gateway's
# one origin, as the department's discloser (saves, submissions) and the district's reviewer
# (registration, publication) would, with tokens minted from the dev key. Idempotent: a part that already exists
# is left as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

DEMO="$ROOT_DIR/demo/350502001-2020"
DEPT=350502001
YEAR=2020
GATEWAY=http://127.0.0.1:8080
DISCLOSER=$("$ROOT_DIR/deploy/local/token.sh" discloser "$DEPT" 1)
REVIEWER=$("$ROOT_DIR/deploy/local/token.sh" reviewer "${DEPT:0:6}" 1)
TOKEN=$DISCLOSER

# call METHOD URL [FILE [CONTENT-TYPE]]: the HTTP status, as the caller whose token is in TOKEN; the body lands
# in last-response.json
call() {
  local args=(-sS -o "$RUN_DIR/last-response.json" -w '%{http_code}' -X "$1" -H "Content-Type: ${4:-application/json}"
              -H "Authorization: Bearer $TOKEN")
  [ $# -ge 3 ] && args+=(--data-binary "@$3")
  curl "${args[@]}" "$2"
}

expect() {
  local got=$1 what=$2; shift 2
  for ok in "$@"; do [ "$got" = "$ok" ] && return 0; done
  echo "$what failed with HTTP $got:" >&2
  cat "$RUN_DIR/last-response.json" >&2; echo >&2
  exit 1
}

# load_part NAME BASE_URL FILE: PUT the document, submit it for review and publish it, unless the part exists
# already. The demo final accounts are a transcript of the seed's published PDF, so no approval (批复) is needed.
load_part() {
  local name=$1 url=$2 file=$3
  if [ "$(call GET "$url")" = 200 ]; then
    log "demo $name already loaded"
    return 0
  fi
  expect "$(call PUT "$url" "$file")" "saving demo $name" 200 201
  expect "$(call POST "$url/submit" <(echo '{}'))" "submitting demo $name" 200
  expect "$(TOKEN=$REVIEWER call POST "$url/publish" <(echo '{}'))" "publishing demo $name" 200
  log "demo $name published"
}

expect "$(TOKEN=$REVIEWER call PUT "$GATEWAY/api/v1/departments/$DEPT" "$DEMO/department.json")" \
  "registering the demo department" 200 201
load_part "final accounts" "$GATEWAY/api/v1/final-accounts/$DEPT/$YEAR" "$DEMO/final-accounts.json"
load_part "evaluation" "$GATEWAY/api/v1/evaluations/$DEPT/$YEAR" "$DEMO/evaluation.json"
load_part "procurement" "$GATEWAY/api/v1/procurement/$DEPT/$YEAR" "$DEMO/procurement.json"

# 2021: the department's procurement entered as contracts (CSV import), so the contract path runs end to end
PROCUREMENT_2021="$GATEWAY/api/v1/procurement/$DEPT/2021"
if [ "$(call GET "$PROCUREMENT_2021")" = 200 ]; then
  log "demo 2021 contracts already loaded"
else
  expect "$(call POST "$PROCUREMENT_2021/contracts/import" "$ROOT_DIR/demo/$DEPT-2021/contracts.csv" text/csv)" \
    "importing the demo 2021 contracts" 201
  expect "$(call POST "$PROCUREMENT_2021/submit")" "submitting demo 2021 procurement" 200
  expect "$(TOKEN=$REVIEWER call POST "$PROCUREMENT_2021/publish" <(echo '{}'))" "publishing demo 2021 procurement" 200
  log "demo 2021 contracts published"
fi

# await_disclosure YEAR PART...: until the gateway, assembling from the events, shows those parts of DEPT's year
await_disclosure() {
  local year=$1 i part missing; shift
  for i in $(seq 1 60); do
    if [ "$(call GET "$GATEWAY/api/v1/disclosures/$DEPT/$year")" = 200 ]; then
      missing=""
      for part in "$@"; do grep -q "\"$part\"" "$RUN_DIR/last-response.json" || missing="$part"; done
      if [ -z "$missing" ]; then
        log "gateway serves the demo disclosure $DEPT/$year"
        return 0
      fi
    fi
    sleep 0.5
  done
  echo "the gateway did not assemble $DEPT/$year within 30 s" >&2
  exit 1
}

await_disclosure "$YEAR" finalAccounts evaluation procurement
await_disclosure 2021 procurement

# the synthetic Shanghai 2024 department: its own discloser and district reviewer
DEPT=310101001
SHANGHAI="$ROOT_DIR/demo/$DEPT-2024"
DISCLOSER=$("$ROOT_DIR/deploy/local/token.sh" discloser "$DEPT" 1)
REVIEWER=$("$ROOT_DIR/deploy/local/token.sh" reviewer "${DEPT:0:6}" 1)
TOKEN=$DISCLOSER
expect "$(TOKEN=$REVIEWER call PUT "$GATEWAY/api/v1/departments/$DEPT" "$SHANGHAI/department.json")" \
  "registering the Shanghai demo department" 200 201
# the bureau's 2024 function codes: the shipped 类 and the 款/项 the department spends on, loaded by the province's
# reviewer unless the current catalogue has the department's codes already
expect "$(call GET "$GATEWAY/api/v1/catalogues/2024/function-codes")" "reading the 2024 catalogue" 200
if grep -q '"2150805"' "$RUN_DIR/last-response.json"; then
  log "demo 2024 catalogue already loaded"
else
  expect "$(TOKEN=$("$ROOT_DIR/deploy/local/token.sh" reviewer 31 1) call PUT \
    "$GATEWAY/api/v1/catalogues/2024/function-codes" "$SHANGHAI/function-codes.tsv" text/tab-separated-values)" \
    "loading the demo 2024 catalogue" 201
  log "demo 2024 catalogue loaded"
fi
load_part "Shanghai final accounts" "$GATEWAY/api/v1/final-accounts/$DEPT/2024" "$SHANGHAI/final-accounts.json"
load_part "Shanghai evaluation" "$GATEWAY/api/v1/evaluations/$DEPT/2024" "$SHANGHAI/evaluation.json"
load_part "Shanghai procurement" "$GATEWAY/api/v1/procurement/$DEPT/2024" "$SHANGHAI/procurement.json"
await_disclosure 2024 finalAccounts evaluation procurement
