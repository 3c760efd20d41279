#!/usr/bin/env bash
# Mints a bearer token signed with the dev key pair (RS256), for local runs only: production tokens come from the
# issuer whose public key the services are configured with.
# Usage: token.sh admin | discloser DEPT | reviewer DIVISION   [hours valid, default 8]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

KEY="$ROOT_DIR/deploy/local/jwt/dev-private.pem"
role=${1:-}
scope=${2:-}
hours=${3:-8}

usage() { echo "usage: token.sh admin | discloser DEPARTMENT_CODE | reviewer DIVISION_PREFIX [hours]" >&2; exit 2; }
case "$role" in
  admin) claim="" ;;
  discloser) [[ "$scope" =~ ^[0-9]{9}$ ]] || usage; claim=",\"dept\":\"$scope\"" ;;
  reviewer) [[ "$scope" =~ ^[0-9]{2,6}$ ]] || usage; claim=",\"division\":\"$scope\"" ;;
  *) usage ;;
esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
subject="$role${scope:+-$scope}"
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"https://juesuan.local/dev\",\"sub\":\"$subject\",\"upn\":\"$subject\",\"groups\":[\"$role\"]$claim,\"iat\":$now,\"exp\":$(( now + hours * 3600 )),\"jti\":\"$(cat /proc/sys/kernel/random/uuid)\"}"
input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$input" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)
echo "$input.$signature"
