#!/usr/bin/env bash
# Prints an access token of the local Keycloak (realm digipolku), or its decoded claims.
#
#   stack/keycloak/token.sh nurse              access token of demo user nurse (password demo)
#   stack/keycloak/token.sh --claims guardian  claims of the token as JSON
#   stack/keycloak/token.sh integrator         token of client digipolku-integrator (client_credentials)
#
# Example: curl -H "Authorization: Bearer $(stack/keycloak/token.sh nurse)" http://localhost:8080/...
set -euo pipefail

KC_URL=${KC_URL:-http://localhost:8180}
TOKEN_URL="$KC_URL/realms/digipolku/protocol/openid-connect/token"

claims=''
if [ "${1:-}" = --claims ]; then
  claims=1
  shift
fi
[ $# -eq 1 ] || {
  sed -n '2,8s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

if [ "$1" = integrator ]; then
  response=$(curl -s "$TOKEN_URL" -d grant_type=client_credentials \
    -d client_id=digipolku-integrator -d client_secret=integrator-secret)
else
  response=$(curl -s "$TOKEN_URL" -d grant_type=password -d client_id=digipolku-app \
    -d "username=$1" -d password="${PASSWORD:-demo}")
fi

token=$(sed -nE 's/.*"access_token":"([^"]+)".*/\1/p' <<<"$response")
if [ -z "$token" ]; then
  echo "no token from $TOKEN_URL: ${response:-no answer (is Keycloak running? ./platform run keycloak)}" >&2
  exit 1
fi

if [ -z "$claims" ]; then
  echo "$token"
  exit 0
fi

payload=$(cut -d. -f2 <<<"$token" | tr '_-' '/+')
while [ $((${#payload} % 4)) -ne 0 ]; do payload+='='; done
if command -v jq >/dev/null 2>&1; then
  base64 -d <<<"$payload" | jq .
else
  base64 -d <<<"$payload"
  echo
fi
