#!/usr/bin/env bash
# What a screen reader sees of CalmKit, checked on a real desktop accessibility bus (AT-SPI):
# starts a virtual screen (Xvfb) unless DISPLAY is set, a private D-Bus session with the
# accessibility bus, CalmKit with a fresh practice log, then prints CalmKit's accessibility
# tree and every control without a name (tools/atspi_tree.py), and the words announced while
# a session runs. Exit status 1 when a control has no name.
#
#   tools/check_accessibility.sh            the main window
#   tools/check_accessibility.sh relaxed    also run that exercise for 12 s and list what
#                                           a screen reader was told
#
# Needs: apt-get install xvfb at-spi2-core python3-pyatspi dbus
set -euo pipefail
cd "$(dirname "$0")/.."
exercise=${1:-}
python=${PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=python3
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$python" - "$data" <<'PY'
import sys
from pathlib import Path
from calmkit.core.store import Store
with Store.open(Path(sys.argv[1]) / "calmkit.db") as store:
    store.set_setting("welcome_seen", True)  # straight to the main window
PY

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :98 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb; rm -rf "$data"' EXIT
  export DISPLAY=:98
  sleep 1
fi

export CALMKIT_PYTHON=$python CALMKIT_DATA=$data CALMKIT_EXERCISE=$exercise
dbus-run-session -- bash -c '
  set -u
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  sleep 1
  if [ -n "$CALMKIT_EXERCISE" ]; then
    /usr/bin/python3 tools/atspi_tree.py --listen 25 > "$CALMKIT_DATA/said.txt" &
    listener=$!
    sleep 2
    set -- start "$CALMKIT_EXERCISE"
  else
    set --
  fi
  QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$CALMKIT_PYTHON" -m calmkit --data-dir "$CALMKIT_DATA" "$@" \
    > "$CALMKIT_DATA/app.log" 2>&1 &
  app=$!
  status=0
  /usr/bin/python3 tools/atspi_tree.py --wait 30 || status=$?
  if [ -n "$CALMKIT_EXERCISE" ]; then
    wait $listener || true
    echo; echo "Announced during $CALMKIT_EXERCISE:"; cat "$CALMKIT_DATA/said.txt"
  fi
  kill $app 2>/dev/null || true
  exit $status
'
