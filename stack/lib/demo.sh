# shellcheck shell=bash
# Demo content: the pathways under stack/demo, created and published through the gateway's API as the demo admin,
# and the care teams' service promises under stack/demo/teams.

DEMO_DIR="$ROOT/stack/demo"

demo_token() {
  curl -s "$KC_URL/realms/$KC_REALM/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=digipolku-app -d username=admin -d password=demo \
    | sed -nE 's/.*"access_token":"([^"]+)".*/\1/p'
}

# The ETag of a resource now: every change of a versioned resource sends it in If-Match.
demo_etag() {
  curl -sf -o /dev/null -D - -H "Authorization: Bearer $1" "$2" | tr -d '\r' \
    | sed -nE 's/^[Ee][Tt][Aa][Gg]: *(.*)$/\1/p' | tail -1
}

# demo_load: creates and publishes each demo pathway whose Finnish name the platform does not know yet.
demo_load() {
  local gateway token known file name body id
  gateway=$(app_url gateway)
  token=$(demo_token)
  [ -n "$token" ] || { warn "demo content skipped: no token for the demo admin"; return 0; }
  known=$(curl -sf -H "Authorization: Bearer $token" "$gateway/api/v1/pathway-definitions?size=100") \
    || { warn "demo content skipped: the gateway did not list pathway definitions"; return 0; }
  for file in "$DEMO_DIR"/*.json; do
    name=$(sed -nE 's/^  "name": \{"fi": "([^"]+)".*/\1/p' "$file")
    if [[ "$known" == *"\"$name\""* ]]; then
      continue
    fi
    body=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data-binary "@$file" "$gateway/api/v1/pathway-definitions") \
      || die "demo pathway $(basename "$file") was refused by the API"
    id=$(sed -nE 's/^\{"id":"([^"]+)".*/\1/p' <<<"$body")
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" \
      -H "If-Match: $(demo_etag "$token" "$gateway/api/v1/pathway-definitions/$id")" \
      "$gateway/api/v1/pathway-definitions/$id/publish" \
      || die "demo pathway $(basename "$file") could not be published"
    ok "demo pathway published: $name"
  done
  local team
  for file in "$DEMO_DIR"/teams/*.json; do
    team=$(basename "$file" .json)
    # settings an admin has made are kept
    curl -sf -H "Authorization: Bearer $token" "$gateway/api/v1/teams/$team" | grep -q '"configured":false' \
      || continue
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "If-Match: $(demo_etag "$token" "$gateway/api/v1/teams/$team")" \
      --data-binary "@$file" "$gateway/api/v1/teams/$team" \
      || die "demo team settings $(basename "$file") were refused by the API"
    ok "demo care team's service promise set: $team"
  done
}
