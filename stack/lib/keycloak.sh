# shellcheck shell=bash disable=SC2034
# Keycloak in development mode with the realm stack/keycloak/digipolku-realm.json.

KC_VERSION=26.7.3
KC_PORT=8180
KC_HOME="$LOCAL/keycloak/keycloak-$KC_VERSION"
KC_REALM=digipolku
KC_REALM_FILE="$STACK/keycloak/digipolku-realm.json"
KC_REALM_SUM="$LOCAL/keycloak/realm.sha256"
KC_URL="http://localhost:$KC_PORT"
KC_READY_URL="$KC_URL/realms/$KC_REALM/.well-known/openid-configuration"
KC_TIMEOUT=${KC_TIMEOUT:-240}

keycloak_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  local zip="$DOWNLOADS/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -s "$zip" ]; then
    info "downloading Keycloak $KC_VERSION (Maven Central)"
    # dependency:copy needs no project: run it outside the build.
    (cd "$DOWNLOADS" && mvnw -q dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "-DoutputDirectory=$DOWNLOADS") \
      || die "downloading Keycloak failed"
  fi
  info "unpacking Keycloak $KC_VERSION"
  rm -rf "$LOCAL/keycloak/keycloak-$KC_VERSION.tmp"
  mkdir -p "$LOCAL/keycloak/keycloak-$KC_VERSION.tmp"
  unzip -q "$zip" -d "$LOCAL/keycloak/keycloak-$KC_VERSION.tmp" || die "unpacking $zip failed"
  mv "$LOCAL/keycloak/keycloak-$KC_VERSION.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rmdir "$LOCAL/keycloak/keycloak-$KC_VERSION.tmp"
}

keycloak_realm_changed() {
  [ "$(cat "$KC_REALM_SUM" 2>/dev/null)" != "$(file_sum "$KC_REALM_FILE")" ]
}

# Starts the Keycloak process (without waiting for it).
keycloak_launch() {
  is_running keycloak && return 0
  keycloak_install
  ensure_port_free keycloak "$KC_PORT"
  mkdir -p "$KC_HOME/data/import"
  if keycloak_realm_changed; then
    info "importing realm $KC_REALM from ${KC_REALM_FILE#"$ROOT/"} (fresh Keycloak database)"
    rm -rf "$KC_HOME/data/h2"
    rm -f "$KC_REALM_SUM"
  fi
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"
  info "starting Keycloak on port $KC_PORT"
  start_bg keycloak "$KC_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
    -- "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm
}

keycloak_wait() {
  wait_until keycloak "$KC_TIMEOUT" http_ok "$KC_READY_URL"
  file_sum "$KC_REALM_FILE" >"$KC_REALM_SUM"
  ok "keycloak ready ($KC_URL, realm $KC_REALM)"
}

keycloak_stop() {
  if is_running keycloak; then
    info "stopping Keycloak"
    stop_bg keycloak 30
    ok "keycloak stopped"
  fi
}

keycloak_status() {
  local state=down pid=-
  if pid=$(running_pgid keycloak); then
    state=starting
    http_ok "$KC_READY_URL" && state=up
  else
    pid=-
  fi
  local note=' (admin/admin)'
  if [ "$state" = down ] && port_open "$KC_PORT"; then
    state=up note=' (not started by ./platform)'
    http_ok "$KC_READY_URL" || state=starting
  fi
  status_line keycloak "$state" "$pid" "$KC_URL$note"
}
