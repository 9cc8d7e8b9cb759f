#!/usr/bin/env bash
# Install what `python3 packaging/build.py --debootstrap` needs on Debian 12 (as root, or with
# sudo): the distribution's Python (a stripped shared libpython keeps the bundle small), the
# libraries the bundle copies from this machine, and the tools the verification runs.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

PACKAGES=(
    # Python for the build venv, and PyInstaller's helpers (ldd comes with libc-bin).
    python3 python3-venv libpython3.11 binutils
    # Copied into the bundle: PulseAudio client, the X11 (xcb) platform plugin's libraries,
    # GL/EGL, and the speech-dispatcher client for spoken cues. Keep in step with
    # NEEDED_TO_BUILD in packaging/syslibs.py (a test checks).
    libpulse0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
    libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libegl1 libgl1
    libspeechd2
    # Verification: validators, the minimal Debian root, a throwaway X server, fonts.
    desktop-file-utils appstream debootstrap xvfb fonts-dejavu-core
)

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
    sudo=(sudo)
fi
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends \
    "${PACKAGES[@]}"
