#!/usr/bin/env bash
# Try out the cluster on one machine: two OneWindow nodes on one PostgreSQL database behind nginx.
#
#   scripts/cluster.sh start            build the jar if missing, create the database, start node 1 (:8081),
#                                       node 2 (:8082) and nginx (https://localhost:8443/, http://localhost:8080/
#                                       redirects there); keeps these settings for the other commands
#   scripts/cluster.sh start --after-restore
#                                       the same on a restored database: node 1 moves the case numbers past those
#                                       given out after the backup and starts with sending paused (release it at
#                                       /admin/outbox once the pending messages are checked)
#   scripts/cluster.sh stop             stop nginx and both nodes
#   scripts/cluster.sh status           what runs, on which database, and each node's readiness
#   scripts/cluster.sh stop-node N      stop node N (1 or 2): the proxy fails over to the other
#   scripts/cluster.sh start-node N     start node N again with the settings of start, and wait until it is ready
#                                       (a rolling restart); refused if the environment names another database
#
# Environment, read by start and kept in $CLUSTER_DIR/cluster.env for the other commands: PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres), CLUSTER_DB (onewindow_cluster), NODE_HEAP (768m), READY_TIMEOUT (300 seconds
# a node may take to become ready), NODE_PORT_BASE (8080: nodes on +1 and +2), PROXY_PORT (8080), PROXY_TLS_PORT
# (8443), JAVA (java), NGINX (/usr/sbin/nginx). Not kept, since they are secrets: PGPASSWORD and
# ONEWINDOW_METRICS_SCRAPE_TOKEN; export them before start and before start-node. CLUSTER_DIR (target/cluster)
# holds the settings, pid files, node logs (appended to across restarts, rotated at 50 MB) and nginx's prefix.
# Demo data is loaded (demo accounts, password "demo") when the database is empty.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR="${CLUSTER_DIR:-$ROOT/target/cluster}"
STATE="$CLUSTER_DIR/cluster.env"
SETTINGS=(PGHOST PGPORT PGUSER CLUSTER_DB NODE_HEAP READY_TIMEOUT NODE_PORT_BASE PROXY_PORT PROXY_TLS_PORT JAVA NGINX)
# A node on another database than its cluster's would be a node of another hall behind the same proxy.
DATABASE_SETTINGS=(PGHOST PGPORT CLUSTER_DB)

defaults() {
    PGHOST="${PGHOST:-127.0.0.1}"
    PGPORT="${PGPORT:-5432}"
    PGUSER="${PGUSER:-postgres}"
    CLUSTER_DB="${CLUSTER_DB:-onewindow_cluster}"
    NODE_HEAP="${NODE_HEAP:-768m}"
    READY_TIMEOUT="${READY_TIMEOUT:-300}"
    NODE_PORT_BASE="${NODE_PORT_BASE:-8080}"
    PROXY_PORT="${PROXY_PORT:-8080}"
    PROXY_TLS_PORT="${PROXY_TLS_PORT:-8443}"
    JAVA="${JAVA:-java}"
    NGINX="${NGINX:-/usr/sbin/nginx}"
}

save_settings() {
    local name
    : >"$STATE"
    for name in "${SETTINGS[@]}"; do
        printf '%s=%q\n' "$name" "${!name}" >>"$STATE"
    done
}

# The settings of start, for every other command. A database setting given now that differs from the cluster's is
# refused; any other setting given now wins over the kept one.
load_settings() {
    [[ -f "$STATE" ]] || return 0
    local name given saved
    declare -A given_now=()
    for name in "${SETTINGS[@]}"; do
        if [[ -n "${!name:-}" ]]; then given_now[$name]="${!name}"; fi
    done
    # shellcheck disable=SC1090
    source "$STATE"
    for name in "${DATABASE_SETTINGS[@]}"; do
        given="${given_now[$name]:-}"
        saved="${!name}"
        if [[ -n "$given" && "$given" != "$saved" ]]; then
            echo "Refused: the cluster runs with $name=$saved (kept by 'start' in $STATE), not $given." >&2
            echo "A node on another database would serve another hall's data behind the same proxy. Unset $name," >&2
            echo "or stop the cluster and start it again ('$0 stop; $name=$given $0 start')." >&2
            exit 3
        fi
    done
    for name in "${!given_now[@]}"; do
        printf -v "$name" '%s' "${given_now[$name]}"
    done
}

nodes_running() {
    running "$(pid_file 1)" || running "$(pid_file 2)"
}

port_of() { echo $((NODE_PORT_BASE + $1)); }
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

start_node() { # node number, then extra arguments for this start only
    local n=$1 port log
    shift
    port=$(port_of "$n")
    log="$CLUSTER_DIR/node$n.log"
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
    # The log of the run before (a crash's included) is kept: appended to, and rotated once it is large.
    if [[ -f "$log" ]] && (($(stat -c %s "$log") > 50 * 1024 * 1024)); then
        mv -f "$log" "$log.1"
    fi
    echo "Starting node $n on port $port, database $CLUSTER_DB (log: $log)"
    printf '{"@timestamp":"%s","log":{"level":"INFO","logger":"scripts/cluster.sh"},"message":"Starting node%s on port %s, database %s%s"}\n' \
        "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$n" "$port" "$CLUSTER_DB" "${*:+, with $*}" >>"$log"
    # Identical nodes: same jar, same database, same configuration; only the port differs.
    PORT="$port" \
    DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CLUSTER_DB" \
    DB_USER="$PGUSER" \
    DB_PASSWORD="${PGPASSWORD:-}" \
    ONEWINDOW_DEMO_ENABLED=true \
    ONEWINDOW_PUBLIC_BASE_URL="https://localhost:$PROXY_TLS_PORT" \
    SERVER_FORWARD_HEADERS_STRATEGY=native \
    ONEWINDOW_NODE_NAME="node$n" \
    nohup "$JAVA" -Xms256m -Xmx"$NODE_HEAP" -jar "$jarfile" --spring.profiles.active=postgres "$@" \
        >>"$log" 2>&1 &
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

# The example configuration with this cluster's ports, and a self-signed certificate for trying TLS out.
prepare_proxy() {
    mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp" "$NGINX_PREFIX/ssl"
    local file
    for file in onewindow.conf onewindow-proxy.conf; do
        sed -e "s/:8081/:$(port_of 1)/g; s/:8082/:$(port_of 2)/g" \
            -e "s/listen 8080;/listen $PROXY_PORT;/; s/8443/$PROXY_TLS_PORT/g" \
            "$ROOT/config/nginx/$file" >"$NGINX_PREFIX/$file"
    done
    if [[ ! -f "$NGINX_PREFIX/ssl/onewindow.crt" ]]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$NGINX_PREFIX/ssl/onewindow.key" -out "$NGINX_PREFIX/ssl/onewindow.crt" 2>/dev/null
    fi
}

start_proxy() {
    if running "$NGINX_PREFIX/logs/nginx.pid"; then
        echo "nginx is already running"
        return 0
    fi
    prepare_proxy
    "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_CONF" -t -q
    "$NGINX" -p "$NGINX_PREFIX" -c "$NGINX_CONF"
    echo "nginx listens on https://localhost:$PROXY_TLS_PORT/ and redirects http://localhost:$PROXY_PORT/ there (logs: $NGINX_PREFIX/logs)"
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
        echo "nginx: pid $(cat "$NGINX_PREFIX/logs/nginx.pid"), https://localhost:$PROXY_TLS_PORT/"
    else
        echo "nginx: stopped"
    fi
}

node_arg() {
    [[ "${1:-}" == 1 || "${1:-}" == 2 ]] || { echo "Which node: 1 or 2" >&2; exit 2; }
}

settings() {
    defaults
    export PGHOST PGPORT PGUSER
    NGINX_PREFIX="$CLUSTER_DIR/nginx"
    NGINX_CONF="$NGINX_PREFIX/onewindow.conf"
}

mkdir -p "$CLUSTER_DIR"
case "${1:-}" in
    start)
        after_restore=()
        if [[ "${2:-}" == --after-restore ]]; then
            # Node 1 only, and only this once: start-node does not repeat it.
            after_restore=(--onewindow.intake.case-numbers.advance-after-restore=true
                --onewindow.notification.dispatcher.paused-at-start=true)
        elif [[ -n "${2:-}" ]]; then
            sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
            exit 2
        fi
        # A running cluster keeps its database: start only adds what is missing.
        if nodes_running; then load_settings; fi
        settings
        save_settings
        jar >/dev/null
        if ((${#after_restore[@]})); then
            [[ "$(psql -d postgres -tAc "select 1 from pg_database where datname = '$CLUSTER_DB'")" == "1" ]] ||
                { echo "No database $CLUSTER_DB to start on after a restore; restore into it first." >&2; exit 3; }
        else
            create_database
        fi
        # One after the other: the first node creates the schema and loads the demo hall into the empty database;
        # the second finds both done.
        start_node 1 "${after_restore[@]}"
        start_node 2
        start_proxy
        cat <<MSG

OneWindow runs at https://localhost:$PROXY_TLS_PORT/ (a self-signed certificate: accept it once; node 1: :$(port_of 1),
node 2: :$(port_of 2), database $CLUSTER_DB). Sign in as frontdesk, hrss.worker, manager or admin, password "demo".
The response header X-OneWindow-Node (and the OW_NODE cookie) names the node serving your session.
Try: $0 stop-node 1 ; $0 status ; $0 start-node 1 ; $0 stop
MSG
        if ((${#after_restore[@]})); then
            echo "Sending of SMS and e-mail is paused: sign in as admin, check /admin/outbox, then release it there."
        fi
        ;;
    stop)
        load_settings
        settings
        stop_proxy
        stop_node 2
        stop_node 1
        ;;
    status)
        load_settings
        settings
        echo "database: $CLUSTER_DB on $PGHOST:$PGPORT (settings: $STATE)"
        status
        ;;
    stop-node)
        node_arg "${2:-}"
        load_settings
        settings
        stop_node "$2"
        ;;
    start-node)
        node_arg "${2:-}"
        if [[ ! -f "$STATE" ]]; then
            echo "No cluster settings in $STATE: start the cluster with '$0 start' first." >&2
            exit 3
        fi
        load_settings
        settings
        start_node "$2"
        ;;
    *)
        sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
