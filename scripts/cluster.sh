#!/usr/bin/env bash
# Try out the cluster on one machine: two OneWindow nodes on one PostgreSQL database behind nginx.
#
#   scripts/cluster.sh start            build the jar if missing, create the database, start node 1 (:8081),
#                                       node 2 (:8082) and nginx (:8080); open http://localhost:8080/
#   scripts/cluster.sh stop             stop nginx and both nodes
#   scripts/cluster.sh status           what runs, and each node's readiness
#   scripts/cluster.sh stop-node N      stop node N (1 or 2): the proxy fails over to the other
#   scripts/cluster.sh start-node N     start node N again and wait until it is ready (a rolling restart)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, CLUSTER_DB (onewindow_cluster),
# CLUSTER_DIR (target/cluster: pid files, node logs, nginx prefix), NGINX (/usr/sbin/nginx), JAVA (java),
# NODE_HEAP (768m). Demo data is loaded (demo accounts, password "demo") when the database is empty.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
CLUSTER_DB="${CLUSTER_DB:-onewindow_cluster}"
CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
NGINX="${NGINX:-/usr/sbin/nginx}"
JAVA="${JAVA:-java}"
NODE_HEAP="${NODE_HEAP:-768m}"
NGINX_CONF="$ROOT/config/nginx/onewindow.conf"
NGINX_PREFIX="$CLUSTER_DIR/nginx"
PROXY_PORT=8080
READY_TIMEOUT="${READY_TIMEOUT:-300}"

port_of() { echo $((8080 + $1)); }
pid_file() { echo "$CLUSTER_DIR/node$1.pid"; }

running() { # pid file -> true if its process lives
    [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null
}

jar() {
    local found
    found="$(ls "$ROOT"/target/onewindow-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)"
    if [[ -z "$found" ]]; then
        echo "Building the jar (./mvnw -DskipTests package) ..." >&2
        (cd "$ROOT" && ./mvnw -q -DskipTests package) >&2
        found="$(ls "$ROOT"/target/onewindow-*.jar | grep -v -- '-plain\.jar$' | head -n 1)"
    fi
    echo "$found"
}

create_database() {
    if [[ "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$CLUSTER_DB'")" != "1" ]]; then
        echo "Creating database $CLUSTER_DB on $PGHOST:$PGPORT"
        createdb "$CLUSTER_DB"
    fi
}

wait_ready() { # node number
    local n=$1 port deadline
    port=$(port_of "$n")
    deadline=$((SECONDS + READY_TIMEOUT))
    printf 'Waiting for node %s (http://127.0.0.1:%s/actuator/health/readiness) ' "$n" "$port"
    until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
        if ! running "$(pid_file "$n")"; then
            echo; echo "Node $n exited; the end of $CLUSTER_DIR/node$n.log:" >&2
            tail -n 40 "$CLUSTER_DIR/node$n.log" >&2
            return 1
        fi
        if ((SECONDS > deadline)); then
            echo; echo "Node $n is not ready after ${READY_TIMEOUT}s; see $CLUSTER_DIR/node$n.log" >&2
            return 1
        fi
        printf '.'
        sleep 3
    done
    echo " ready"
}

start_node() { # node number
    local n=$1 port
    port=$(port_of "$n")
    if running "$(pid_file "$n")"; then
        echo "Node $n is already running (pid $(cat "$(pid_file "$n")"))"
        return 0
    fi
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Port $port is taken by another program; stop it first." >&2
        return 1
    fi
    local jarfile
    jarfile="$(jar)"
    echo "Starting node $n on port $port (log: $CLUSTER_DIR/node$n.log)"
    # Identical nodes: same jar, same database, same configuration; only the port differs.
    PORT="$port" \
    DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CLUSTER_DB" \
    DB_USER="$PGUSER" \
    DB_PASSWORD="${PGPASSWORD:-}" \
    ONEWINDOW_DEMO_ENABLED=true \
    ONEWINDOW_PUBLIC_BASE_URL="http://localhost:$PROXY_PORT" \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    ONEWINDOW_NODE_NAME="node$n" \
    nohup "$JAVA" -Xms256m -Xmx"$NODE_HEAP" -jar "$jarfile" --spring.profiles.active=postgres \
        >"$CLUSTER_DIR/node$n.log" 2>&1 &
    echo $! >"$(pid_file "$n")"
    wait_ready "$n"
}

stop_node() { # node number
    local n=$1 file pid
    file="$(pid_file "$n")"
    if ! running "$file"; then
        echo "Node $n is not running"
        rm -f "$file"
        return 0
    fi
    pid="$(cat "$file")"
    echo "Stopping node $n (pid $pid)"
    kill -TERM "$pid"
    # Spring Boot shuts down gracefully: requests in progress finish, the job executor hands back its jobs.
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "Node $n did not stop within 60s; killing it" >&2
        kill -KILL "$pid"
    fi
    rm -f "$file"
}

start_proxy() {
    if running "$NGINX_PREFIX/logs/nginx.pid"; then
        echo "nginx is already running"
        return 0
    fi
    mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp"
    "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_CONF" -t -q
    "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_CONF"
    echo "nginx listens on port $PROXY_PORT (logs: $NGINX_PREFIX/logs)"
}

stop_proxy() {
    if running "$NGINX_PREFIX/logs/nginx.pid"; then
        echo "Stopping nginx"
        "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_CONF" -s quit
        for _ in $(seq 1 20); do
            running "$NGINX_PREFIX/logs/nginx.pid" || break
            sleep 0.5
        done
    else
        echo "nginx is not running"
    fi
}

status() {
    for n in 1 2; do
        local port health
        port=$(port_of "$n")
        if running "$(pid_file "$n")"; then
            health="$(curl -s "http://127.0.0.1:$port/actuator/health/readiness" || true)"
            echo "node $n: pid $(cat "$(pid_file "$n")"), port $port, readiness ${health:-unreachable}"
        else
            echo "node $n: stopped"
        fi
    done
    if running "$NGINX_PREFIX/logs/nginx.pid"; then
        echo "nginx: pid $(cat "$NGINX_PREFIX/logs/nginx.pid"), port $PROXY_PORT"
    else
        echo "nginx: stopped"
    fi
}

node_arg() {
    [[ "${1:-}" == 1 || "${1:-}" == 2 ]] || { echo "Which node: 1 or 2" >&2; exit 2; }
}

mkdir -p "$CLUSTER_DIR"
case "${1:-}" in
    start)
        jar >/dev/null
        create_database
        # One after the other: the first node creates the schema and loads the demo hall into the empty database;
        # the second finds both done.
        start_node 1
        start_node 2
        start_proxy
        cat <<MSG

OneWindow runs at http://localhost:$PROXY_PORT/ (node 1: :8081, node 2: :8082, database $CLUSTER_DB).
Sign in as frontdesk, hrss.worker, manager or admin, password "demo". The response header X-OneWindow-Node (and
the OW_NODE cookie) names the node serving your session. Try: $0 stop-node 1 ; $0 status ; $0 stop
MSG
        ;;
    stop)
        stop_proxy
        stop_node 2
        stop_node 1
        ;;
    status)
        status
        ;;
    stop-node)
        node_arg "${2:-}"
        stop_node "$2"
        ;;
    start-node)
        node_arg "${2:-}"
        start_node "$2"
        ;;
    *)
        sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
