# shellcheck shell=bash disable=SC2034
# PostgreSQL: the system's cluster on port 5432, with one role and two databases per service.
# PostgreSQL is a system service: ./platform stops it only if it started it.

PG_PORT=5432
PG_ROLES=(pathway messaging feedback metrics)
PG_STARTED_MARK="$RUN/postgres.started-by-platform"

# Runs a command as the postgres system user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@" 9>&-)
  else
    (cd / && sudo -u postgres "$@" 9>&-)
  fi
}

pg_installed() {
  command -v pg_lsclusters >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1
}

# Prints "VERSION CLUSTER STATUS" of the cluster on port 5432 (nothing if there is none).
pg_cluster() {
  pg_installed || return 0
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2, $4; exit }'
}

pg_pid() {
  local ver name _status datadir
  read -r ver name _status < <(pg_cluster) || return 1
  datadir=$(pg_lsclusters --no-header "$ver" "$name" | awk '{ print $6 }')
  as_root head -1 "$datadir/postmaster.pid" 2>/dev/null
}

pg_ready() {
  local ver name status
  read -r ver name status < <(pg_cluster) || return 1
  [[ "$status" == online* ]] && port_open "$PG_PORT"
}

pg_log_file() {
  local ver name _status
  read -r ver name _status < <(pg_cluster) || return 1
  pg_lsclusters --no-header "$ver" "$name" | awk '{ print $7 }'
}

postgres_start() {
  if ! pg_installed; then
    apt_install postgresql
  fi
  local ver name status
  if ! read -r ver name status < <(pg_cluster); then
    ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
    [ -n "$ver" ] || die "no PostgreSQL server found under /usr/lib/postgresql"
    if pg_lsclusters --no-header "$ver" main >/dev/null 2>&1; then
      die "PostgreSQL cluster $ver/main exists but does not use port $PG_PORT; change its port (/etc/postgresql/$ver/main/postgresql.conf)"
    fi
    info "creating PostgreSQL cluster $ver/main on port $PG_PORT"
    as_root pg_createcluster "$ver" main --port "$PG_PORT" >/dev/null
    read -r ver name status < <(pg_cluster) || die "PostgreSQL cluster $ver/main was not created"
  fi

  if [[ "$status" == online* ]]; then
    ok "postgres $ver/$name already running"
  else
    info "starting PostgreSQL $ver/$name"
    as_root pg_ctlcluster "$ver" "$name" start || die "PostgreSQL did not start (log: $(pg_log_file))"
    echo "$ver $name" >"$PG_STARTED_MARK"
  fi
  local i
  for i in $(seq 30); do
    as_postgres psql -p "$PG_PORT" -Atqc 'select 1' >/dev/null 2>&1 && break
    [ "$i" -lt 30 ] || die "PostgreSQL does not accept connections (log: $(pg_log_file))"
    sleep 1
  done
  postgres_provision
}

# Creates the missing roles and databases (<role> and <role>_test, owned by <role>).
postgres_provision() {
  local roles
  roles=$(printf "'%s'," "${PG_ROLES[@]}")
  roles="ARRAY[${roles%,}]"
  as_postgres psql -p "$PG_PORT" -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL || die "creating PostgreSQL roles and databases failed"
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', r, r || '-local')
  FROM unnest($roles) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, r)
  FROM unnest($roles) AS r, LATERAL (VALUES (r), (r || '_test')) AS db(d)
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d)
\gexec
SQL
  ok "postgres ready on localhost:$PG_PORT (roles and databases: ${PG_ROLES[*]}, each with <name>_test)"
}

postgres_stop() {
  if [ ! -f "$PG_STARTED_MARK" ]; then
    if pg_ready; then
      ok "postgres left running (a system service that ./platform did not start)"
    fi
    return 0
  fi
  local ver name
  read -r ver name <"$PG_STARTED_MARK"
  info "stopping PostgreSQL $ver/$name"
  as_root pg_ctlcluster "$ver" "$name" stop || warn "pg_ctlcluster $ver $name stop failed"
  rm -f "$PG_STARTED_MARK"
  ok "postgres stopped"
}

postgres_status() {
  local state=down pid=-
  if pg_ready; then
    state=up
    pid=$(pg_pid || echo -)
  fi
  local note=""
  [ -f "$PG_STARTED_MARK" ] || note=" (system service)"
  status_line postgres "$state" "$pid" "postgresql://localhost:$PG_PORT$note"
}

postgres_logs() {
  local log
  log=$(pg_log_file) || die "no PostgreSQL cluster on port $PG_PORT"
  show_logs "$log"
}
