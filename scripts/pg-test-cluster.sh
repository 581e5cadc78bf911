#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests, on a loopback port, run by an unprivileged user.
#
#   bash scripts/pg-test-cluster.sh start    # prints the URL on stdout (everything else goes to stderr)
#   bash scripts/pg-test-cluster.sh stop     # stops the server and deletes .pg-test/
#   bash scripts/pg-test-cluster.sh status   # exit 0 when running
#   bash scripts/pg-test-cluster.sh url      # prints the URL without starting anything
#   bash scripts/pg-test-cluster.sh reset    # drops and recreates the test database
#   bash scripts/pg-test-cluster.sh halt     # stops the server, keeps its data (`start` brings it back): outage tests
#   bash scripts/pg-test-cluster.sh replica-start  # a streaming replica of the running cluster (pg_basebackup -R) on
#                                                  # PG_REPLICA_PORT (default port + 1); prints its URL
#   bash scripts/pg-test-cluster.sh replica-halt   # stops the replica, keeps its data (`replica-start` brings it back)
#
#   export TEST_PG_URL="$(bash scripts/pg-test-cluster.sh start)"
#
# Environment: PG_TEST_PORT (default 55432), PG_TEST_DB (default wuye_test), PG_TEST_USER (OS user that owns the
# cluster when run as root; default postgres, else nobody), PG_TEST_DIR (where the cluster lives, default .pg-test in
# the checkout; a test that stops its database mid-test runs a private cluster in a directory of its own).
#
# `start` reuses a running cluster, so it is safe to call repeatedly. As root it installs Debian's `postgresql`
# package when no server binaries are found.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_TEST_DIR="${PG_TEST_DIR:-$ROOT/.pg-test}"
PORT="${PG_TEST_PORT:-55432}"
DB="${PG_TEST_DB:-wuye_test}"
SUPERUSER=postgres
URL="postgresql://$SUPERUSER@127.0.0.1:$PORT/$DB"

log() { printf 'pg-test-cluster: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# --- locating the server binaries -----------------------------------------------------------------------------------

# A bin dir is usable when its initdb, pg_ctl and postgres all run (guards against broken symlinks or wrappers).
bindir_works() {
  local dir="$1"
  [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] || return 1
  "$dir/initdb" --version >/dev/null 2>&1 && "$dir/pg_ctl" --version >/dev/null 2>&1 \
    && "$dir/postgres" --version >/dev/null 2>&1
}

find_bindir() {
  local dir candidate
  if [ -n "${PG_BINDIR:-}" ] && bindir_works "$PG_BINDIR"; then echo "$PG_BINDIR"; return 0; fi
  # Debian keeps the real binaries here; pick the newest major version.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if bindir_works "$dir"; then echo "$dir"; return 0; fi
  done
  # Anything on PATH (e.g. /usr/local/bin symlinks, Homebrew). Resolve symlinks so pg_ctl finds its postgres.
  if candidate="$(command -v pg_ctl 2>/dev/null)"; then
    dir="$(dirname "$(readlink -f "$candidate")")"
    if bindir_works "$dir"; then echo "$dir"; return 0; fi
  fi
  if candidate="$(command -v pg_config 2>/dev/null)"; then
    dir="$("$candidate" --bindir 2>/dev/null || true)"
    if [ -n "$dir" ] && bindir_works "$dir"; then echo "$dir"; return 0; fi
  fi
  return 1
}

ensure_bindir() {
  if BINDIR="$(find_bindir)"; then return 0; fi
  is_root || die "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; install Debian's 'postgresql' package or set PG_BINDIR"
  command -v apt-get >/dev/null || die "PostgreSQL server binaries not found and apt-get is unavailable; set PG_BINDIR"
  log "installing PostgreSQL server (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >&2
  apt-get install -y -qq --no-install-recommends postgresql </dev/null >&2
  BINDIR="$(find_bindir)" || die "postgresql installed but no working initdb/pg_ctl found under /usr/lib/postgresql/*/bin"
}

# --- running commands as the cluster owner --------------------------------------------------------------------------

pick_owner() {
  if ! is_root; then OWNER="$(id -un)"; return 0; fi
  if [ -n "${PG_TEST_USER:-}" ]; then
    id -u "$PG_TEST_USER" >/dev/null 2>&1 || die "PG_TEST_USER=$PG_TEST_USER does not exist"
    OWNER="$PG_TEST_USER"
  elif id -u postgres >/dev/null 2>&1; then
    OWNER=postgres
  else
    OWNER=nobody
  fi
}

# Runs a command as OWNER from a neutral cwd (an unreadable cwd such as /root makes initdb/pg_ctl complain).
as_owner() {
  if ! is_root; then (cd / && "$@"); return; fi
  if command -v runuser >/dev/null; then
    (cd / && runuser -u "$OWNER" -- "$@")
  elif command -v setpriv >/dev/null; then
    (cd / && setpriv --reuid="$OWNER" --regid="$(id -g "$OWNER")" --init-groups -- "$@")
  else
    local quoted; quoted="$(printf '%q ' "$@")"
    (cd / && su -s /bin/sh "$OWNER" -c "$quoted" </dev/null)
  fi
}

# --- where the cluster lives ----------------------------------------------------------------------------------------

# The cluster lives in .pg-test/cluster (owned by OWNER, mode 700). When OWNER cannot reach the checkout (e.g. a
# clone under /root), it lives in a private directory under /tmp instead and .pg-test/location points at it.
resolve_cluster_dir() {
  if [ -f "$PG_TEST_DIR/location" ]; then
    CLUSTER_DIR="$(cat "$PG_TEST_DIR/location")"
  else
    CLUSTER_DIR="$PG_TEST_DIR/cluster"
  fi
  DATA="$CLUSTER_DIR/data"
  LOGFILE="$CLUSTER_DIR/postgres.log"
}

prepare_cluster_dir() {
  mkdir -p "$PG_TEST_DIR"
  resolve_cluster_dir
  if [ ! -d "$CLUSTER_DIR" ]; then
    CLUSTER_DIR="$PG_TEST_DIR/cluster"
    mkdir -p "$CLUSTER_DIR"
    if is_root; then
      chown "$OWNER:" "$CLUSTER_DIR"
      if ! as_owner test -w "$CLUSTER_DIR"; then
        rmdir "$CLUSTER_DIR"
        CLUSTER_DIR="$(mktemp -d /tmp/wuye-pg-test.XXXXXX)"
        chown "$OWNER:" "$CLUSTER_DIR"
        echo "$CLUSTER_DIR" >"$PG_TEST_DIR/location"
        log "$OWNER cannot reach $PG_TEST_DIR; using $CLUSTER_DIR"
      fi
    fi
    chmod 700 "$CLUSTER_DIR"
  fi
  DATA="$CLUSTER_DIR/data"
  LOGFILE="$CLUSTER_DIR/postgres.log"
}

# --- server state ---------------------------------------------------------------------------------------------------

# Port of the running postmaster (4th line of postmaster.pid), empty when not running or not accepting connections
# (a killed postmaster can linger as a zombie whose pid still looks alive).
running_port() {
  [ -f "$DATA/postmaster.pid" ] || return 0
  if as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    local port; port="$(sed -n 4p "$DATA/postmaster.pid")"
    if port_in_use "$port"; then echo "$port"; fi
  fi
}

psql_admin() {
  "$PSQL" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres "$@" </dev/null
}

port_in_use() {
  # bash's /dev/tcp succeeds only when something accepts on the port.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

init_cluster() {
  log "initdb ($("$BINDIR/initdb" --version)) in $DATA as $OWNER"
  # C locale: independent of which locales the machine has generated; UTF8 for the Chinese text.
  as_owner "$BINDIR/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C \
    --no-instructions >"$CLUSTER_DIR/initdb.log" 2>&1 \
    || { cat "$CLUSTER_DIR/initdb.log" >&2; die "initdb failed"; }
  # Loopback TCP only, no Unix socket (Debian's default socket dir may not exist or belong to another cluster).
  # Durability is pointless for a throwaway cluster; turning it off makes schema-heavy tests much faster.
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<'EOF'

# --- wuye test cluster (scripts/pg-test-cluster.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
EOF
}

start_server() {
  log "starting PostgreSQL on 127.0.0.1:$PORT (log: $LOGFILE)"
  # 9>&-: the postmaster must not inherit the lock descriptor, or it would hold the lock for its lifetime.
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t 60 -o "-p $PORT" start >/dev/null 9>&- \
    || { tail -n 30 "$LOGFILE" >&2 || true; die "pg_ctl start failed"; }
}

stop_server() {
  [ -f "$DATA/postmaster.pid" ] || return 0
  if as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "stopping PostgreSQL ($DATA)"
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_owner "$BINDIR/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 \
      || { local pid; pid="$(head -n 1 "$DATA/postmaster.pid")"; kill -9 "$pid" 2>/dev/null || true; }
  fi
}

ensure_database() {
  local exists
  exists="$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")"
  if [ "$exists" != 1 ]; then
    log "creating database $DB"
    psql_admin -c "CREATE DATABASE \"$DB\""
  fi
}

# Serialises concurrent start/stop calls from parallel scripts.
take_lock() {
  mkdir -p "$PG_TEST_DIR"
  if command -v flock >/dev/null; then
    exec 9>"$PG_TEST_DIR/.lock"
    flock -w 120 9 || die "timed out waiting for $PG_TEST_DIR/.lock"
  fi
}

# --- commands -------------------------------------------------------------------------------------------------------

cmd_start() {
  ensure_bindir
  PSQL="$BINDIR/psql"; [ -x "$PSQL" ] || PSQL="$(command -v psql)" || die "psql not found"
  pick_owner
  take_lock
  prepare_cluster_dir
  if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$("$BINDIR/postgres" --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')" ]; then
    log "data dir was created by another PostgreSQL major version; recreating it"
    stop_server
    rm -rf "$DATA"
  fi
  [ -f "$DATA/PG_VERSION" ] || init_cluster
  local current; current="$(running_port)"
  if [ -n "$current" ] && [ "$current" = "$PORT" ]; then
    log "reusing running cluster on 127.0.0.1:$PORT"
  else
    if port_in_use "$PORT"; then
      die "port $PORT on 127.0.0.1 is already taken by another process; set PG_TEST_PORT"
    fi
    if [ -n "$current" ]; then log "running on port $current, restarting on $PORT"; fi
    stop_server
    start_server
  fi
  ensure_database
  echo "$URL"
}

replica_paths() {
  RPORT="${PG_REPLICA_PORT:-$((PORT + 1))}"
  RDATA="$CLUSTER_DIR/replica"
  RLOG="$CLUSTER_DIR/replica.log"
  RURL="postgresql://$SUPERUSER@127.0.0.1:$RPORT/$DB"
}

# A hot standby streaming from the test cluster: what a province's analytics replica is (docs/deployment.md).
cmd_replica_start() {
  ensure_bindir
  pick_owner
  take_lock
  resolve_cluster_dir
  replica_paths
  [ -n "$(running_port)" ] || die "the primary is not running; run start first"
  if [ ! -f "$RDATA/PG_VERSION" ]; then
    log "pg_basebackup from 127.0.0.1:$PORT into $RDATA"
    as_owner "$BINDIR/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -D "$RDATA" -R -X stream -c fast \
      || die "pg_basebackup failed"
    as_owner chmod 700 "$RDATA"
  fi
  if as_owner "$BINDIR/pg_ctl" -D "$RDATA" status >/dev/null 2>&1; then
    log "replica already running"
  else
    port_in_use "$RPORT" && die "port $RPORT on 127.0.0.1 is already taken; set PG_REPLICA_PORT"
    log "starting the replica on 127.0.0.1:$RPORT (log: $RLOG)"
    as_owner "$BINDIR/pg_ctl" -D "$RDATA" -l "$RLOG" -w -t 60 -o "-p $RPORT" start >/dev/null 9>&- \
      || { tail -n 30 "$RLOG" >&2 || true; die "replica start failed"; }
  fi
  echo "$RURL"
}

cmd_replica_halt() {
  [ -d "$PG_TEST_DIR" ] || return 0
  take_lock
  resolve_cluster_dir
  replica_paths
  [ -f "$RDATA/postmaster.pid" ] || return 0
  BINDIR="$(find_bindir)" || die "cannot find pg_ctl"
  OWNER="$(stat -c %U "$RDATA")"
  log "stopping the replica ($RDATA)"
  as_owner "$BINDIR/pg_ctl" -D "$RDATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
    || as_owner "$BINDIR/pg_ctl" -D "$RDATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
}

cmd_stop() {
  if [ ! -d "$PG_TEST_DIR" ]; then log "nothing to stop"; return 0; fi
  take_lock
  resolve_cluster_dir
  if [ -f "$CLUSTER_DIR/replica/postmaster.pid" ]; then
    BINDIR="$(find_bindir)" || die "cannot find pg_ctl to stop the replica"
    OWNER="$(stat -c %U "$CLUSTER_DIR/replica")"
    as_owner "$BINDIR/pg_ctl" -D "$CLUSTER_DIR/replica" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  if [ -f "$DATA/postmaster.pid" ]; then
    BINDIR="$(find_bindir)" || die "cannot find pg_ctl to stop the cluster in $DATA"
    OWNER="$(stat -c %U "$DATA")"
    stop_server
  fi
  [ "$CLUSTER_DIR" = "$PG_TEST_DIR/cluster" ] || rm -rf "$CLUSTER_DIR"
  rm -rf "$PG_TEST_DIR"
  log "stopped and removed $PG_TEST_DIR"
}

cmd_halt() {
  [ -d "$PG_TEST_DIR" ] || { log "nothing to halt"; return 0; }
  take_lock
  resolve_cluster_dir
  [ -f "$DATA/postmaster.pid" ] || return 0
  BINDIR="$(find_bindir)" || die "cannot find pg_ctl to stop the cluster in $DATA"
  OWNER="$(stat -c %U "$DATA")"
  stop_server
}

cmd_status() {
  resolve_cluster_dir
  [ -f "$DATA/postmaster.pid" ] || { log "not running"; return 3; }
  BINDIR="$(find_bindir)" || die "cannot find pg_ctl"
  OWNER="$(stat -c %U "$DATA")"
  local port; port="$(running_port)"
  if [ -n "$port" ]; then log "running on 127.0.0.1:$port ($DATA)"; else log "not running"; return 3; fi
}

cmd_reset() {
  ensure_bindir
  PSQL="$BINDIR/psql"; [ -x "$PSQL" ] || PSQL="$(command -v psql)"
  psql_admin -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\""
  echo "$URL"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  url) echo "$URL" ;;
  reset) cmd_reset ;;
  halt) cmd_halt ;;
  replica-start) cmd_replica_start ;;
  replica-halt) cmd_replica_halt ;;
  *) echo "usage: $0 start|stop|halt|status|url|reset|replica-start|replica-halt" >&2; exit 2 ;;
esac
