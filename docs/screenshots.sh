#!/bin/sh
# Refreshes the README screenshots: builds the desktop program, creates the demo company and
# lets the program photograph its own pages (QWidget::grab) under a virtual X server.
#
#   docs/screenshots.sh [build-dir] [output-dir]
#
# Needs xvfb-run (Debian: xvfb). Writes dashboard.png, invoices.png, invoice-editor.png,
# invoice-posted.png and service-orders.png into docs/screenshots by default.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
out=${2:-$here/screenshots}
language=${FACTURO_SCREENSHOT_LANG:-en_GB}

if [ ! -x "$build/app/facturo" ]; then
    cmake -S "$root" -B "$build" -G Ninja
    cmake --build "$build" --target facturo
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$out"

# The demo company as of today, in a throw-away settings and data folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export LANG="$language.UTF-8" LC_ALL="$language.UTF-8"
QT_QPA_PLATFORM=offscreen "$build/app/facturo" --create-demo "$work/demo.facturo"

xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -dpi 96" \
    "$build/app/facturo" --screenshot "$out" "$work/demo.facturo"

ls -1 "$out"/*.png
