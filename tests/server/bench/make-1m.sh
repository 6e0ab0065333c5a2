#!/bin/bash
# A 1,000,000-invoice company on a PostgreSQL server for bench_reads (docs/performance.md):
#   make-1m.sh SUPERUSER_URI DATABASE      prints the clerk's URI to give bench_reads
# Roles DATABASE_owner / DATABASE_app / DATABASE_clerk (password bench-password), the schema by
# `facturo-cli server init`, the company by `facturo-cli init` as the clerk, then make-1m.sql as
# the superuser (rows generated on the server, triggers off).
set -eu
ADMIN=$1
DB=$2
HERE=$(cd "$(dirname "$0")" && pwd)
CLI=${FACTURO_CLI:-$HERE/../../../build/app/facturo-cli}
PSQL=${PSQL:-/usr/lib/postgresql/15/bin/psql}
base=${ADMIN%/*}
hostpart=${base#*@}
uri() { echo "postgresql://$1:bench-password@$hostpart/$DB"; }
"$PSQL" -X -q "$ADMIN" -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE ${DB}_owner LOGIN PASSWORD 'bench-password'" \
    -c "CREATE ROLE ${DB}_app NOLOGIN" \
    -c "CREATE ROLE ${DB}_clerk LOGIN PASSWORD 'bench-password' IN ROLE ${DB}_app" \
    -c "CREATE DATABASE $DB OWNER ${DB}_owner"
"$CLI" server init "$(uri "${DB}_owner")" --role "${DB}_app" >&2
"$CLI" --db "$(uri "${DB}_clerk")" init --company Climatec --address Lyon --vat-id FR32123456789 \
    --iban FR7630006000011234567890189 >&2
"$PSQL" -X -q "${base}/$DB" -v n="${FACTURO_BENCH_INVOICES:-1000000}" -f "$HERE/make-1m.sql" >&2
uri "${DB}_clerk"
