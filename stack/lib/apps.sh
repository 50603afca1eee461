# shellcheck shell=bash disable=SC2034
# The Quarkus services: build with Maven, deploy a copy to .local/apps/<module>, run it from there.

APP_MODULES=(pathway-service messaging-service feedback-service metrics-service gateway)
APP_TIMEOUT=${APP_TIMEOUT:-120}

app_port() {
  case "$1" in
    gateway) echo 8080 ;;
    pathway-service) echo 8081 ;;
    messaging-service) echo 8082 ;;
    feedback-service) echo 8083 ;;
    metrics-service) echo 8084 ;;
    *) die "unknown app: $1" ;;
  esac
}

app_url() { echo "http://localhost:$(app_port "$1")"; }
app_ready_url() { echo "$(app_url "$1")/q/health/ready"; }
app_built_dir() { echo "$ROOT/$1/target/quarkus-app"; }
app_deployed_dir() { echo "$APPS_DIR/$1"; }
app_built_mark() { echo "$RUN/$1.built-from"; }
app_deployed_mark() { echo "$APPS_DIR/$1.digest"; }

# Fingerprint of the sources that go into the apps (names, sizes and times of the files of the root
# pom and of every module except the system tests).
source_fingerprint() {
  local -a paths=(pom.xml)
  local pom dir
  [ -d "$ROOT/.mvn" ] && paths+=(.mvn)
  for pom in "$ROOT"/*/pom.xml; do
    dir=$(basename "$(dirname "$pom")")
    [ "$dir" = system-tests ] || paths+=("$dir")
  done
  (cd "$ROOT" && find "${paths[@]}" \( -name target -o -name node_modules -o -name .git \) -prune \
    -o -type f -printf '%p %s %T@\n' | LC_ALL=C sort | sha256sum | cut -d' ' -f1)
}

# Content digest of a quarkus-app directory, equal for two builds of the same code: jars count by
# the names and CRCs of their entries (not their time stamps), and the jars under quarkus/ are left
# out (generated and transformed bytecode differs at every build; it derives from app/ and lib/).
app_digest() {
  (
    cd "$1" || exit 1
    find . -type f ! -name '*.jar' -print0 | LC_ALL=C sort -z | xargs -0r sha256sum
    [ -d lib ] && find lib -type f -name '*.jar' -print0 | LC_ALL=C sort -z | xargs -0r sha256sum
    find . \( -path ./lib -o -path ./quarkus \) -prune -o -type f -name '*.jar' -print \
      | LC_ALL=C sort | while IFS= read -r jar; do
      echo "$jar"
      unzip -lv "$jar" | awk 'NF >= 8 { print $7, $8 }' | LC_ALL=C sort
    done
  ) | sha256sum | cut -d' ' -f1
}

# apps_build MODULE... builds the modules whose sources changed since their last build.
# With APPS_PREBUILT=1 the modules count as freshly built (e.g. by a preceding `mvnw verify`).
apps_build() {
  local fingerprint module
  local -a todo=()
  fingerprint=$(source_fingerprint)
  for module in "$@"; do
    if [ "${APPS_PREBUILT:-}" = 1 ] \
      || [ ! -f "$(app_built_dir "$module")/quarkus-run.jar" ] \
      || [ "$(cat "$(app_built_mark "$module")" 2>/dev/null)" != "$fingerprint" ]; then
      todo+=("$module")
    fi
  done
  [ ${#todo[@]} -gt 0 ] || return 0
  if [ "${APPS_PREBUILT:-}" != 1 ]; then
    local list
    list=$(IFS=,; echo "${todo[*]}")
    info "building $list"
    mvnw -q package -DskipTests -pl "$list" -am || die "building the apps failed (./mvnw package -pl $list -am)"
  fi
  # The build may reformat sources, so the fingerprint is taken again afterwards.
  fingerprint=$(source_fingerprint)
  for module in "${todo[@]}"; do
    [ -f "$(app_built_dir "$module")/quarkus-run.jar" ] \
      || die "$module/target/quarkus-app/quarkus-run.jar is missing after the build"
    echo "$fingerprint" >"$(app_built_mark "$module")"
  done
}

# Copies the built app to .local/apps/<module> when it differs from the deployed copy; restarts it
# then if it was running.
app_deploy() {
  local module="$1" built deployed digest
  built=$(app_built_dir "$module")
  deployed=$(app_deployed_dir "$module")
  digest=$(app_digest "$built")
  if [ -f "$deployed/quarkus-run.jar" ] && [ "$(cat "$(app_deployed_mark "$module")" 2>/dev/null)" = "$digest" ]; then
    return 0
  fi
  if is_running "$module"; then
    info "stopping $module to deploy its new build"
    stop_bg "$module" 30
  fi
  info "deploying $module"
  rm -rf "$deployed.new"
  cp -a "$built" "$deployed.new"
  rm -rf "$deployed"
  mv "$deployed.new" "$deployed"
  echo "$digest" >"$(app_deployed_mark "$module")"
}

app_launch() {
  local module="$1" port
  port=$(app_port "$module")
  ensure_port_free "$module" "$port"
  info "starting $module on port $port"
  local -a extra=()
  if [ "$module" = pathway-service ]; then
    # The local stack's own key for identity codes at rest, made once. The local databases live in the machine's
    # PostgreSQL, shared by every checkout, so the key is kept per user beside them rather than in one checkout's
    # .local. Webhooks to http://localhost are allowed because the stack is a development environment.
    local keydir="${DIGIPOLKU_KEY_DIR:-$HOME/.local/share/digipolku}" keyfile
    keyfile="$keydir/pathway-identity.key"
    [ -s "$keyfile" ] || (umask 077 && mkdir -p "$keydir" && head -c 32 /dev/urandom | base64 >"$keyfile")
    extra+=(DIGIPOLKU_PATHWAY_IDENTITY_KEY="$(cat "$keyfile")" DIGIPOLKU_PATHWAY_WEBHOOK_ALLOW_HTTP_LOCALHOST=true)
  fi
  if [ "$module" = feedback-service ]; then
    # Pooled answers are stored as soon as a pathway has enough of them (production looks every 15 minutes), so a
    # walk-through or a system test sees them within seconds.
    extra+=(DIGIPOLKU_FEEDBACK_POOL_INTERVAL="${DIGIPOLKU_FEEDBACK_POOL_INTERVAL:-2s}")
    # The key that seals pooled answers, made once and kept beside the machine's databases like pathway's key.
    local poolkey="${DIGIPOLKU_KEY_DIR:-$HOME/.local/share/digipolku}/feedback-pool.key"
    [ -s "$poolkey" ] || (umask 077 && mkdir -p "$(dirname "$poolkey")" && head -c 32 /dev/urandom | base64 >"$poolkey")
    extra+=(DIGIPOLKU_FEEDBACK_POOL_KEY="$(cat "$poolkey")")
  fi
  # A JVM out of memory exits instead of limping on unanswering (./platform run, or Kubernetes, starts it again).
  # The local stack serves the system tests and benchmarks from a handful of demo users, so the gateway's
  # per-person budget is larger here than the production default (300 a minute).
  start_bg "$module" "$(app_deployed_dir "$module")" QUARKUS_HTTP_PORT="$port" "${extra[@]}" \
    DIGIPOLKU_GATEWAY_RATE_LIMIT_PER_SUBJECT="${DIGIPOLKU_GATEWAY_RATE_LIMIT_PER_SUBJECT:-600000}" \
    DIGIPOLKU_GATEWAY_RATE_LIMIT_PER_INTEGRATOR="${DIGIPOLKU_GATEWAY_RATE_LIMIT_PER_INTEGRATOR:-600000}" \
    -- java -Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$(app_deployed_dir "$module")/quarkus-run.jar"
}

# apps_start MODULE...: build what changed, deploy what differs, start what is not running, wait.
apps_start() {
  local module
  for module in "$@"; do
    [ -f "$ROOT/$module/pom.xml" ] || die "module $module does not exist (no $module/pom.xml)"
  done
  apps_build "$@"
  local -a started=()
  for module in "$@"; do
    app_deploy "$module"
    if is_running "$module"; then
      ok "$module already running ($(app_url "$module"))"
    else
      app_launch "$module"
      started+=("$module")
    fi
  done
  for module in ${started[@]+"${started[@]}"}; do
    wait_until "$module" "$APP_TIMEOUT" http_ok "$(app_ready_url "$module")"
    ok "$module ready ($(app_url "$module"))"
  done
}

app_stop() {
  if is_running "$1"; then
    info "stopping $1"
    stop_bg "$1" 30
    ok "$1 stopped"
  fi
}

app_status() {
  local module="$1" state=down pid=-
  if pid=$(running_pgid "$module"); then
    state=starting
    http_ok "$(app_ready_url "$module")" && state=up
  else
    pid=-
  fi
  local note=''
  if [ "$state" = down ] && port_open "$(app_port "$module")"; then
    state=up note=' (not started by ./platform)'
    http_ok "$(app_ready_url "$module")" || state=starting
  fi
  status_line "$module" "$state" "$pid" "$(app_url "$module")$note"
}
