# shellcheck shell=bash disable=SC2034
# Shared helpers of ./platform: paths, output, packages, background processes, waiting.
# Sourced by ./platform, which sets ROOT (the repository root) before sourcing.

LOCAL="$ROOT/.local"
DOWNLOADS="$LOCAL/downloads"
DATA="$LOCAL/data"
LOGS="$LOCAL/logs"
RUN="$LOCAL/run"
APPS_DIR="$LOCAL/apps"
STACK="$ROOT/stack"

mkdir -p "$DOWNLOADS" "$DATA" "$LOGS" "$RUN" "$APPS_DIR"

# ---------------------------------------------------------------- output

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  C_BOLD=$'\e[1m' C_DIM=$'\e[2m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_BLUE=$'\e[34m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_DIM='' C_RED='' C_GREEN='' C_YELLOW='' C_BLUE='' C_OFF=''
fi

info() { printf '%s==>%s %s\n' "$C_BLUE" "$C_OFF" "$*"; }
ok() { printf '%s ok%s %s\n' "$C_GREEN" "$C_OFF" "$*"; }
warn() { printf '%swarn%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
die() {
  printf '%serror%s %s\n' "$C_RED" "$C_OFF" "$*" >&2
  exit 1
}

# Shows the end of a log file on stderr (after a failure).
show_log_tail() {
  local log="$1" lines="${2:-60}"
  [ -f "$log" ] || return 0
  printf '%s---- last %s lines of %s ----%s\n' "$C_DIM" "$lines" "$log" "$C_OFF" >&2
  tail -n "$lines" "$log" >&2
  printf '%s----%s\n' "$C_DIM" "$C_OFF" >&2
}

# ---------------------------------------------------------------- packages and tools

# Runs a command as root (directly, or through sudo). Like every command that may leave a daemon
# behind, it does not inherit the lock of ./platform (file descriptor 9, see take_lock).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@" 9>&-
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@" 9>&-
  else
    die "root rights are needed for: $* (run as root or install sudo)"
  fi
}

APT_UPDATED=
# apt_install PACKAGE... installs Debian packages (non-interactively).
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these packages by hand: $*"
  info "installing with apt: $*"
  if [ -z "$APT_UPDATED" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null \
    || die "apt-get install $* failed"
}

# need_cmd COMMAND [PACKAGE] installs PACKAGE (default: COMMAND) when COMMAND is missing.
need_cmd() {
  command -v "$1" >/dev/null 2>&1 || apt_install "${2:-$1}"
}

need_java() {
  command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)"
  local version major
  version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  major=${version%%.*}
  [ "${major:-0}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed, found: ${version:-unknown}"
}

# Voikko (libvoikko and its Finnish dictionary): feedback-service's anonymiser reads Finnish words with it, and does
# not start without it.
need_voikko() {
  local installed
  installed=$(dpkg-query -W -f='${db:Status-Status}\n' libvoikko1 voikko-fi 2>/dev/null | grep -c '^installed$')
  [ "$installed" = 2 ] || apt_install libvoikko1 voikko-fi
}

# bundle_voikko DIR: libvoikko, the libraries it needs beyond the C and C++ runtimes, and the Finnish dictionary, copied
# from this machine's Debian packages (DIR/lib, DIR/dict) for feedback-service's image, which has them in /opt/voikko.
bundle_voikko() {
  local dir=$1 lib dep
  need_voikko
  rm -rf "$dir"
  mkdir -p "$dir/lib" "$dir/dict"
  lib=$(dpkg -L libvoikko1 | grep -m1 '/libvoikko\.so\.1$') || die "libvoikko1 installs no libvoikko.so.1"
  cp -L "$lib" "$dir/lib/"
  for dep in $(ldd "$lib" | awk '$3 ~ /^\// {print $3}'); do
    case "$(basename "$dep")" in
      libc.so* | libm.so* | libstdc++.so* | libgcc_s.so* | ld-linux*) ;;
      *) cp -L "$dep" "$dir/lib/" ;;
    esac
  done
  cp -R /usr/lib/voikko/. "$dir/dict/"
}

TYPESCRIPT_VERSION=5.9.3
# need_typescript: Node.js from Debian and the TypeScript compiler from npm; prints the compiler's path. The tests
# compile the generated TypeScript clients with it (api-clients).
need_typescript() {
  local dir="$DOWNLOADS/typescript-$TYPESCRIPT_VERSION"
  need_cmd node nodejs >&2
  need_cmd npm >&2
  if [ ! -x "$dir/node_modules/.bin/tsc" ]; then
    info "installing TypeScript $TYPESCRIPT_VERSION from npm" >&2
    mkdir -p "$dir"
    npm install --prefix "$dir" --no-audit --no-fund --silent "typescript@$TYPESCRIPT_VERSION" >&2 \
      || die "npm install typescript@$TYPESCRIPT_VERSION failed"
  fi
  echo "$dir/node_modules/.bin/tsc"
}

# need_chromium: a real browser and its WebDriver from Debian, for the system test of Swagger UI (SwaggerUiIT).
need_chromium() {
  local installed
  installed=$(dpkg-query -W -f='${db:Status-Status}\n' chromium chromium-driver 2>/dev/null | grep -c '^installed$')
  [ "$installed" = 2 ] || apt_install chromium chromium-driver
}

need_basics() {
  need_java
  need_cmd curl
  need_cmd unzip
  need_cmd setsid util-linux
  need_cmd sha256sum coreutils
  need_voikko
}

# The Maven wrapper of the repository, non-interactive, without download progress.
mvnw() {
  "$ROOT/mvnw" -B --no-transfer-progress "$@" 9>&-
}

# Content hash of one file.
file_sum() {
  sha256sum "$1" | cut -d' ' -f1
}

# ---------------------------------------------------------------- background processes
#
# Every process is started in a new session (setsid), so it leads its own process group, whose id is
# written to .local/run/<name>.pid. Stopping signals the whole group, which includes children such
# as the java process started by Keycloak's kc.sh. Nothing else is ever signalled.

pid_file() { echo "$RUN/$1.pid"; }
log_file() { echo "$LOGS/$1.log"; }

# Prints the process group id of a running component; fails when it is not running.
running_pgid() {
  local file pgid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pgid=$(cat "$file")
  [[ "$pgid" =~ ^[0-9]+$ ]] && [ "$pgid" -gt 1 ] || return 1
  # Some process of the group is alive (a group id cannot be reused while the group exists) ...
  kill -0 -- "-$pgid" 2>/dev/null || return 1
  # ... and if the leader is alive, it is ours: it was started from this clone's .local.
  if [ -r "/proc/$pgid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pgid/cmdline" | grep -qF "$LOCAL" || return 1
  fi
  echo "$pgid"
}

is_running() { running_pgid "$1" >/dev/null; }

# start_bg NAME WORKDIR [ENV=VALUE...] -- COMMAND... starts COMMAND in the background, logging to
# .local/logs/NAME.log.
start_bg() {
  local name="$1" workdir="$2" log pidf
  shift 2
  local -a envs=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    envs+=("$1")
    shift
  done
  shift
  log=$(log_file "$name")
  pidf=$(pid_file "$name")
  rm -f "$pidf"
  {
    echo "==== $(date '+%F %T') starting $name: $*"
  } >>"$log"
  (
    cd "$workdir" || exit 1
    # The inner shell becomes the session and group leader; it records its pid and replaces itself
    # with the command. Lock file descriptors of ./platform are not inherited.
    exec env -u DIGIPOLKU_PLATFORM_LOCK "${envs[@]}" setsid nohup bash -c 'echo $$ > "$0"; exec "$@"' "$pidf" "$@" \
      >>"$log" 2>&1 </dev/null 9>&-
  ) &
  local i
  for i in $(seq 50); do
    [ -s "$pidf" ] && return 0
    sleep 0.1
  done
  die "$name did not start (see $log)"
}

# stop_bg NAME [TIMEOUT] stops the process group of NAME: TERM, then KILL after TIMEOUT seconds.
stop_bg() {
  local name="$1" timeout="${2:-30}" pgid i
  if ! pgid=$(running_pgid "$name"); then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for i in $(seq $((timeout * 5))); do
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 -- "-$pgid" 2>/dev/null; then
    warn "$name did not stop within ${timeout}s, killing it"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$(pid_file "$name")"
  echo "==== $(date '+%F %T') stopped $name" >>"$(log_file "$name")"
}

# ---------------------------------------------------------------- waiting

# Succeeds when something listens on localhost:PORT.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Succeeds when URL answers with HTTP 200.
http_ok() {
  [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1" 2>/dev/null)" = 200 ]
}

# wait_until NAME TIMEOUT CHECK... polls CHECK every second; fails when TIMEOUT seconds pass or when
# the background process NAME has died (then its log tail is shown).
wait_until() {
  local name="$1" timeout="$2" start=$SECONDS
  shift 2
  until "$@"; do
    if ! is_running "$name"; then
      show_log_tail "$(log_file "$name")"
      die "$name exited during start-up (log: $(log_file "$name"))"
    fi
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      show_log_tail "$(log_file "$name")"
      die "$name was not ready within ${timeout}s (log: $(log_file "$name"))"
    fi
    sleep 1
  done
}

# Fails when PORT is taken by a process that ./platform did not start for NAME.
ensure_port_free() {
  local name="$1" port="$2"
  if port_open "$port"; then
    die "port $port (needed by $name) is used by a process not started by ./platform; stop it first"
  fi
}

# ---------------------------------------------------------------- locking

# Serialises commands that start or stop things (run, stop, test). Processes started from here must
# not inherit file descriptor 9, or they would hold the lock after ./platform has ended.
# A ./platform run from inside a locked one (e.g. by a system test that restarts Kafka during
# ./platform test) finds DIGIPOLKU_PLATFORM_LOCK set and goes ahead without waiting.
take_lock() {
  [ "${DIGIPOLKU_PLATFORM_LOCK:-}" = "$RUN/platform.lock" ] && return 0
  exec 9>"$RUN/platform.lock"
  if ! flock -n 9; then
    info "another ./platform command is running; waiting for it"
    flock 9
  fi
  export DIGIPOLKU_PLATFORM_LOCK="$RUN/platform.lock"
}
