#!/usr/bin/env bash
# The province deployment's fault drill (issue 18, docs/deployment.md "The drill"), on loopback, in a few minutes:
#
#   1. a throwaway PostgreSQL primary and a streaming replica of it (pg_basebackup -R, scripts/pg-test-cluster.sh);
#   2. migrations (`main.ts migrate`, the production command) and a small province (seed/scale.ts) with the drill's accounts;
#   3. three instances started as systemd starts them (`node --import tsx src/main.ts serve`, DATABASE_URL,
#      DATABASE_REPLICA_URL, TRUST_PROXY=loopback) and Debian's nginx in front (its configuration generated below);
#   4. a mixed read/write load through nginx (apps/server/bench/cluster-drill.ts), during which one instance is
#      SIGKILLed and restarted, another restarted gracefully (SIGTERM), and the replica stopped and started again;
#   5. the checks: every acknowledged write present once with one audit row, each read back at once, five failed
#      logins spread over the instances lock the account, the login limit counted once for all instances, the periodic
#      jobs run once, no client errors outside the fault windows; and the client errors seen during each fault.
#
#   bash scripts/cluster-drill.sh            # exit 0 when every check passed
#   DRILL_BENCH=1 bash scripts/cluster-drill.sh   # then also measure one instance's throughput (capacity estimate)
#
# Environment: DRILL_PG_PORT (55470; the replica on the next port), DRILL_APP_PORTS ("58101 58102 58103"),
# DRILL_LB_PORT (58099), DRILL_CONNECTIONS (8 load clients), DRILL_FACTOR (0.0005 of the province), DRILL_KEEP=1 keeps
# the work directory (logs, nginx.conf) for inspection. Needs PostgreSQL's server binaries and nginx (Debian packages
# postgresql and nginx) and an installed checkout (pnpm install).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${DRILL_PG_PORT:-55470}"
REPLICA_PORT=$((PG_PORT + 1))
read -r -a APP_PORTS <<<"${DRILL_APP_PORTS:-58101 58102 58103}"
LB_PORT="${DRILL_LB_PORT:-58099}"
DB=wuye_drill
PRIMARY_URL="postgresql://postgres@127.0.0.1:$PG_PORT/$DB"
REPLICA_URL="postgresql://postgres@127.0.0.1:$REPLICA_PORT/$DB"
LB="http://127.0.0.1:$LB_PORT"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
STARTED=$SECONDS

log() { printf '[drill %3ss] %s\n' "$((SECONDS - STARTED))" "$*" >&2; }
die() { log "error: $*"; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PG_PORT" "$REPLICA_PORT" "${APP_PORTS[@]}" "$LB_PORT"; do
  port_in_use "$p" && die "port $p on 127.0.0.1 is taken (set DRILL_PG_PORT, DRILL_APP_PORTS, DRILL_LB_PORT)"
done
[ -x "$NGINX" ] || die "nginx not found: install Debian's nginx package (or set NGINX)"
[ -d "$ROOT/node_modules" ] || die "run pnpm install first"

WORK="$(mktemp -d /tmp/wuye-drill.XXXXXX)"
chmod 755 "$WORK" # the PostgreSQL owner and nginx's workers reach their directories inside
EVENTS="$WORK/events"
: >"$EVENTS"
declare -A APP_PID=()
NGINX_PID=""

pg() { PG_TEST_DIR="$WORK/pg" PG_TEST_PORT="$PG_PORT" PG_REPLICA_PORT="$REPLICA_PORT" PG_TEST_DB="$DB" bash "$ROOT/scripts/pg-test-cluster.sh" "$@"; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for port in "${!APP_PID[@]}"; do kill -KILL "${APP_PID[$port]}" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && kill -TERM "$NGINX_PID" 2>/dev/null || true
  [ -n "${LOAD_PID:-}" ] && kill -TERM "$LOAD_PID" 2>/dev/null || true
  pg stop >/dev/null 2>&1 || true
  if [ "$status" != 0 ]; then
    for f in "$WORK"/app-*.log; do [ -f "$f" ] && { log "last lines of $(basename "$f"):"; tail -n 5 "$f" >&2; }; done
    [ -f "$WORK/nginx/error.log" ] && { log "nginx error.log:"; tail -n 10 "$WORK/nginx/error.log" >&2; }
  fi
  if [ "${DRILL_KEEP:-}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  log "finished in $((SECONDS - STARTED)) s, exit $status"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

event() { echo "$(date +%s%3N) $1" >>"$EVENTS"; log "event: $1"; }

# --- PostgreSQL: primary, schema, data, replica ---------------------------------------------------------------------
log "PostgreSQL primary on 127.0.0.1:$PG_PORT"
pg start >/dev/null
export DATABASE_URL="$PRIMARY_URL"
cd "$ROOT/apps/server"
log "migrations (main.ts migrate) and a small province (scale factor ${DRILL_FACTOR:-0.0005})"
timeout 300 node --import tsx src/main.ts migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; die "migrate failed"; }
timeout 300 node --import tsx bench/cluster-drill.ts seed >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; die "seed failed"; }
log "seeded: $(tail -n 1 "$WORK/seed.log")"
log "streaming replica on 127.0.0.1:$REPLICA_PORT (pg_basebackup -R)"
pg replica-start >/dev/null

# --- three instances ------------------------------------------------------------------------------------------------
start_instance() {
  local port="$1"
  # As the systemd unit starts it (docs/deployment.md); request limits off so one load generator is not throttled,
  # the login limits on (LOGIN_LIMIT_PER_MINUTE 20, the default) — the drill checks they are shared.
  (
    export PORT="$port" HOST=127.0.0.1 DATABASE_REPLICA_URL="$REPLICA_URL" TRUST_PROXY=loopback \
      RATE_LIMIT_PER_MINUTE=0 RATE_LIMIT_TOKEN_PER_MINUTE=0 LOGIN_LIMIT_PER_MINUTE=20 \
      UPLOAD_DIR="$WORK/uploads" SHUTDOWN_TIMEOUT_SECONDS=10 LOG_LEVEL=info
    exec node --import tsx src/main.ts serve >>"$WORK/app-$port.log" 2>&1
  ) &
  APP_PID[$port]=$!
}

# 200 from /healthz within $2 seconds (the instance answers it once its pool and replica monitor are up).
wait_healthy() {
  local url="$1" limit="${2:-90}" t0=$SECONDS
  until curl -fs -o /dev/null --max-time 2 "$url/healthz"; do
    [ $((SECONDS - t0)) -lt "$limit" ] || die "$url/healthz not 200 after ${limit}s"
    sleep 0.3
  done
}

log "instances on ports ${APP_PORTS[*]}"
for p in "${APP_PORTS[@]}"; do start_instance "$p"; done
for p in "${APP_PORTS[@]}"; do wait_healthy "http://127.0.0.1:$p" 180; done

# --- nginx ----------------------------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/tmp"
chmod 777 "$WORK/nginx/tmp"
upstreams=""
for p in "${APP_PORTS[@]}"; do upstreams+="        server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"$'\n'; done
# As root the master switches its workers to an unprivileged user; as anyone else the directive is ignored.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user nobody nogroup;"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Generated by scripts/cluster-drill.sh: docs/deployment.md has the production version (TLS, server_name).
$user_line
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    log_format drill '\$msec \$status \$request_method \$request_uri \$upstream_addr \$upstream_status \$request_time';
    access_log $WORK/nginx/access.log drill;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;

    upstream wuye {
$upstreams        keepalive 32;
    }

    server {
        listen 127.0.0.1:$LB_PORT;
        client_max_body_size 12m;

        location / {
            proxy_pass http://wuye;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Request-Id \$request_id;
            proxy_connect_timeout 2s;
            # Only what cannot have reached an instance's handler is tried on another instance: a refused or failed
            # connection, and for GET/HEAD a timeout or 502. A POST (every GraphQL request, mutations among them)
            # that was sent is never resent: non_idempotent is deliberately absent.
            proxy_next_upstream error timeout http_502;
            proxy_next_upstream_tries 3;
            proxy_next_upstream_timeout 10s;
            proxy_read_timeout 120s;
        }

        location = /healthz {
            proxy_pass http://wuye;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_next_upstream error timeout http_502 http_503;
            access_log off;
        }
    }
}
EOF
"$NGINX" -t -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >"$WORK/nginx/test.log" 2>&1 || { cat "$WORK/nginx/test.log" >&2; die "nginx -t failed"; }
log "nginx on $LB ($NGINX)"
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
wait_healthy "$LB" 30

# The periodic jobs of the first tick: all six runs finished before the faults begin (a run cut by SIGKILL would wait
# for its 30-minute lease, which is not what this drill is about).
PSQL="$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)"
[ -n "$PSQL" ] || PSQL="$(command -v psql)"
psql_drill() { "$PSQL" -X -qtA -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" -c "$1" </dev/null; }
jobs_done() { psql_drill "select count(*) from job_run where state = 'SUCCEEDED'"; }
t0=$SECONDS
until [ "$(jobs_done)" -ge 6 ]; do
  if [ $((SECONDS - t0)) -ge 180 ]; then
    psql_drill "select job, state, attempts, instance, left(result, 100) from job_run" >&2 || true
    die "the periodic jobs did not finish within 180 s"
  fi
  sleep 0.5
done
log "the periodic jobs of this hour ran ($(jobs_done) runs, waited $((SECONDS - t0)) s)"

# --- the load and the faults ----------------------------------------------------------------------------------------
export DRILL_SIGTERM_EXIT="$WORK/sigterm-exit" DRILL_LB="$LB" DRILL_EVENTS="$EVENTS" DRILL_SECONDS=200 LOGIN_LIMIT_PER_MINUTE=20
DRILL_INSTANCES="$(printf 'http://127.0.0.1:%s,' "${APP_PORTS[@]}")"
export DRILL_INSTANCES="${DRILL_INSTANCES%,}"
log "load through nginx (${DRILL_CONNECTIONS:-8} clients)"
timeout 330 node --import tsx bench/cluster-drill.ts run &
LOAD_PID=$!
t0=$SECONDS
until grep -q 'load:start' "$EVENTS"; do
  kill -0 "$LOAD_PID" 2>/dev/null || die "the load did not start"
  [ $((SECONDS - t0)) -lt 60 ] || die "the load did not start within 60 s"
  sleep 0.2
done

victim="${APP_PORTS[1]}"
sleep 6
event instance-sigkill:begin
kill -KILL "${APP_PID[$victim]}"
wait "${APP_PID[$victim]}" 2>/dev/null || true
sleep 2
start_instance "$victim"
wait_healthy "http://127.0.0.1:$victim" 120
event instance-sigkill:end

graceful="${APP_PORTS[2]}"
sleep 6
event sigterm-restart:begin
kill -TERM "${APP_PID[$graceful]}"
set +e
wait "${APP_PID[$graceful]}"
status=$?
set -e
# Reported by the load's checks (a graceful stop exits 0); the drill goes on either way.
echo "$status" >"$WORK/sigterm-exit"
log "instance $graceful exited $status on SIGTERM"
start_instance "$graceful"
wait_healthy "http://127.0.0.1:$graceful" 120
event sigterm-restart:end

sleep 6
event replica-stopped:begin
pg replica-halt
sleep 8
pg replica-start >/dev/null
# Back in use once an instance's monitor reports it ok again.
t0=$SECONDS
until curl -fsS --max-time 2 "http://127.0.0.1:${APP_PORTS[0]}/healthz" | grep -q '"replica":{"status":"ok"'; do
  [ $((SECONDS - t0)) -lt 60 ] || die "the replica did not come back within 60 s"
  sleep 0.3
done
event replica-stopped:end

sleep 8
event end
set +e
wait "$LOAD_PID"
status=$?
set -e
LOAD_PID=""
[ "$status" = 0 ] || die "the drill's checks failed (exit $status)"

if [ "${DRILL_BENCH:-}" = 1 ]; then
  log "throughput of one instance (${APP_PORTS[0]}, replica attached)"
  DRILL_BENCH_URL="http://127.0.0.1:${APP_PORTS[0]}" timeout 200 node --import tsx bench/cluster-drill.ts bench
fi
log "drill passed"
