#!/usr/bin/env bash
# One-step set-up for CalmKit on Debian/Ubuntu, then run the app or the whole test suite.
#
#   ./dev.sh app [ARGS...]   install what is missing, then start CalmKit (ARGS go to calmkit)
#   ./dev.sh test [ARGS...]  install what is missing, then ruff, mypy, lint-imports and pytest
#
# Safe to run again: system packages and Python packages are installed only when missing or
# when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")"

# Qt's xcb platform plugin, PulseAudio client (QtMultimedia), fonts, and Python itself.
SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libpulse0 fonts-dejavu-core libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxrandr2
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
)
# Only for the tests: the validators the desktop-entry and AppStream tests run, and strace
# for the check that CalmKit opens no network socket.
TEST_PACKAGES=(desktop-file-utils appstream strace)
VENV=.venv

say() { printf '\033[1mdev.sh:\033[0m %s\n' "$*" >&2; }

install_system_packages() {
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "installing system packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  say "CalmKit needs Python 3.11 or newer (Debian 12, Ubuntu 24.04 or later have it)."
  exit 1
}

# The stamp holds the hash of pyproject.toml and the extras installed with it. `app` needs no
# extras, so any install of the same pyproject.toml does; `test` needs its own extras, which
# are a superset of `app`. Switching back and forth therefore installs at most once.
install_python_packages() {
  local extras=$1
  local stamp="$VENV/.calmkit-installed"
  local hash installed_hash installed_extras
  hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$(pick_python)" -m venv "$VENV"
  fi
  installed_hash="" installed_extras=""
  if [ -f "$stamp" ]; then read -r installed_hash installed_extras <"$stamp" || true; fi
  if [ "$installed_hash" = "$hash" ] \
    && { [ -z "$extras" ] || [ "$installed_extras" = "$extras" ]; }; then
    return
  fi
  say "installing CalmKit and its Python dependencies into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".$extras"
  precompile_pyside_signatures
  echo "$hash $extras" >"$stamp"
}

# PySide compiles its signature package from source embedded in shiboken6 at every start (a
# fifth of a bare window's start-up, ~124 M instructions here). Unpacked next to shiboken6
# (its own SBK_EMBED switch) and compiled, it loads like any other module. Made afresh after
# every install, so it always matches the installed shiboken6.
precompile_pyside_signatures() {
  local python=$VENV/bin/python
  SBK_EMBED=1 "$python" -c "import shiboken6" # removes an older copy
  SBK_EMBED=0 "$python" -c "import shiboken6" # unpacks this version's
  "$python" -m compileall -q --invalidation-mode unchecked-hash \
    "$("$python" -c 'import pathlib, shiboken6; print(pathlib.Path(shiboken6.__file__).parent / "files.dir")')"
}

run_tests() {
  local bin=$VENV/bin
  say "ruff"
  "$bin/ruff" check src tests benchmarks tools packaging
  "$bin/ruff" format --check src tests benchmarks tools packaging
  say "mypy"
  "$bin/mypy"
  say "import contracts"
  "$bin/lint-imports"
  say "pytest"
  QT_QPA_PLATFORM=offscreen "$bin/pytest" "$@"
}

command=${1:-}
shift || true
case "$command" in
  app)
    install_system_packages
    install_python_packages ""
    exec "$VENV/bin/calmkit" "$@"
    ;;
  test)
    install_system_packages "${TEST_PACKAGES[@]}"
    install_python_packages "[test,dev]"
    run_tests "$@"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
