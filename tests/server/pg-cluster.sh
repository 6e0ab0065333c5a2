#!/bin/bash
# A private PostgreSQL 15 cluster for the server tests (tests/server/README.md).
#   pg-cluster.sh start DIR   a fresh cluster in DIR/data on 127.0.0.1 and a free port; writes
#                             DIR/uri (the superuser's URI) and DIR/env (what `env` prints)
#   pg-cluster.sh stop DIR    stops it and removes DIR/data (nothing to do when none runs)
#   pg-cluster.sh env DIR     prints `export FACTURO_TEST_PG=postgresql://...` lines
#   pg-cluster.sh halt DIR    stops the server at once, as a crash would (its data stays)
#   pg-cluster.sh resume DIR  starts a halted server again on the same port (it recovers)
# Started as root, the server runs as the system user facturo-pg (created when missing): the
# PostgreSQL server refuses to run as root. A cluster left behind in DIR is stopped first.
set -eu

BIN=${FACTURO_PG_BIN:-/usr/lib/postgresql/15/bin}
SUPERUSER=facturo_test
PASSWORD_ROLE=facturo_password
PASSWORD=facturo-test-password
RUN_AS=facturo-pg

usage() {
    echo "usage: $0 start|stop|env DIR" >&2
    exit 2
}

[ $# -eq 2 ] || usage
command=$1
mkdir -p "$2"
DIR=$(cd "$2" && pwd)
DATA=$DIR/data
SOCKETS=$DIR/sockets

# Runs a server program as the unprivileged user when this script runs as root.
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$RUN_AS" -- "$@"
    else
        "$@"
    fi
}

ensure_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    if ! id "$RUN_AS" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS" 2>/dev/null || id "$RUN_AS" >/dev/null
    fi
}

stop_cluster() {
    if [ -f "$DATA/postmaster.pid" ]; then
        as_server "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        # A server whose data directory was taken away: stop it by the pid it wrote.
        pid=$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -QUIT "$pid" 2>/dev/null || true
            sleep 1
        fi
    fi
    rm -rf "$DATA" "$SOCKETS" "$DIR/uri" "$DIR/env" "$DIR/port"
}

# A port nothing listens on; the start is retried with another one if it is taken meanwhile.
pick_port() {
    while :; do
        port=$(awk 'BEGIN { srand(); print 20000 + int(rand() * 40000) }')
        port=$((port + $$ % 97))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

start_cluster() {
    ensure_user
    stop_cluster
    mkdir -p "$DATA" "$SOCKETS"
    if [ "$(id -u)" -eq 0 ]; then
        chown "$RUN_AS" "$DATA" "$SOCKETS"
    fi
    chmod 700 "$DATA"
    cd "$DIR"
    as_server "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log" >&2
        exit 1
    }
    # Trust only for the test superuser on loopback; every other role signs in with SCRAM.
    as_server sh -c "cat > '$DATA/pg_hba.conf'" <<EOF
local all all trust
host all $SUPERUSER 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
EOF
    attempt=0
    while :; do
        port=$(pick_port)
        as_server sh -c "cat >> '$DATA/postgresql.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$SOCKETS'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
password_encryption = 'scram-sha-256'
EOF
        if as_server "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null 2>&1; then
            break
        fi
        attempt=$((attempt + 1))
        if [ $attempt -ge 5 ]; then
            cat "$DATA/server.log" >&2
            exit 1
        fi
    done
    as_server "$BIN/psql" -X -q -h "$SOCKETS" -p "$port" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $PASSWORD_ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >/dev/null
    echo "$port" >"$DIR/port"
    echo "postgresql://$SUPERUSER@127.0.0.1:$port/postgres" >"$DIR/uri"
    {
        echo "export FACTURO_TEST_PG=postgresql://$SUPERUSER@127.0.0.1:$port/postgres"
        echo "export FACTURO_TEST_PG_PASSWORD=postgresql://$PASSWORD_ROLE:$PASSWORD@127.0.0.1:$port/postgres"
    } >"$DIR/env"
    echo "PostgreSQL cluster on 127.0.0.1:$port (data in $DATA)"
}

case "$command" in
start) start_cluster ;;
halt) as_server "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 60 stop >/dev/null ;;
resume) as_server "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null ;;
stop) stop_cluster ;;
env)
    [ -f "$DIR/env" ] || {
        echo "no cluster runs in $DIR" >&2
        exit 1
    }
    cat "$DIR/env"
    ;;
*) usage ;;
esac
