#!/usr/bin/env bash
# One-time (and idempotent) set-up used by `make run`, `make test` and `make bench`:
# Debian packages Qt needs, a venv at .venv with the project installed, compiled translations.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt offscreen/xcb runtime libraries, fonts (without them text renders as boxes), PDF text
# extraction for handout tests, Xvfb for screenshots. Installed only where missing.
APT_PACKAGES="python3-venv libglib2.0-0 libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \
fonts-dejavu-core libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 xvfb xauth poppler-utils"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.oylan-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi

# Translations: .ts sources are committed, .qm files are built here and never committed.
if ls translations/*.ts >/dev/null 2>&1; then
  lrelease=.venv/bin/pyside6-lrelease
  for ts in translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$lrelease" -silent "$ts" -qm "$qm"
    fi
  done
fi
