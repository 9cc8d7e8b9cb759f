#!/usr/bin/env bash
# Install CalmKit for the current user, without administrator rights.
#
#   ./install.sh          install, or update/repair an existing installation
#   ./install.sh --check  only check that the system libraries CalmKit needs are present
#
# Puts the app in ~/.local/lib/calmkit, a `calmkit` link in ~/.local/bin, and the launcher,
# icons and AppStream metadata under $XDG_DATA_HOME (default ~/.local/share). Every file it
# adds is listed in ~/.local/lib/calmkit/installed-files.txt, which uninstall.sh reads. It
# never touches the practice log in ~/.local/share/calmkit. When something it needs is
# missing it says what and changes nothing. (CALMKIT_SYSROOT=DIR makes the check look for the
# data files under DIR instead of /; the tests use it.)
set -euo pipefail

APP_ID="io.github.calmkit.CalmKit"
NAME="calmkit"
HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
BUNDLE="$HERE/$NAME"
SHARE="$HERE/share"

# What the bundle takes from the system, with the Debian/Ubuntu package that provides it.
# Kept equal to packaging/syslibs.py by a test; proven on a minimal Debian root.
# Libraries, as "soname package": without them the app does not start.
REQUIRED_LIBS=(
    "libEGL.so.1 libegl1"
    "libGL.so.1 libgl1"
    "libxcb.so.1 libxcb1"
)
# Data, as "path package" (a path ending in / must hold at least one file): without
# fontconfig's configuration and a font text draws as boxes; without XKB data typing fails.
REQUIRED_FILES=(
    "/etc/fonts/fonts.conf fontconfig-config"
    "/usr/share/fonts/ fonts-dejavu-core"
    "/usr/share/X11/xkb/ xkb-data"
)
# Bundle files whose libraries must all resolve for the app to start, play cues and draw.
CRITICAL_FILES=(
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
    "_internal/PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so"
    "_internal/PySide6/Qt/lib/libQt6Multimedia.so.6"
    "_internal/PySide6/QtWidgets.abi3.so"
    "_internal/PySide6/QtOpenGLWidgets.abi3.so"
)

say() { printf '%s\n' "$*"; }
fail() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

is_absolute() { [[ "$1" == /* ]]; }

package_for() {
    local soname=$1 pair
    for pair in "${REQUIRED_LIBS[@]}"; do
        if [[ "${pair%% *}" == "$soname" ]]; then
            printf '%s\n' "${pair#* }"
            return
        fi
    done
    printf '%s\n' "$soname"
}

ldconfig_cache() {
    local tool
    for tool in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
        if command -v "$tool" >/dev/null 2>&1; then
            "$tool" -p 2>/dev/null && return
        fi
    done
}

# Prints the packages to install (one per line); nothing when all is there.
missing_packages() {
    local cache pair soname file
    cache="$(ldconfig_cache || true)"
    for pair in "${REQUIRED_LIBS[@]}"; do
        soname=${pair%% *}
        if ! grep -q "^[[:space:]]*${soname//./\\.} " <<<"$cache"; then
            package_for "$soname"
        fi
    done
    for pair in "${REQUIRED_FILES[@]}"; do
        file=${CALMKIT_SYSROOT:-}${pair%% *}
        if [[ "$file" == */ ]]; then
            [[ -n "$(find "$file" -type f -print -quit 2>/dev/null)" ]] || printf '%s\n' "${pair#* }"
        elif [[ ! -e "$file" ]]; then
            printf '%s\n' "${pair#* }"
        fi
    done
    # ldd has the last word: it also finds libraries missing from the list above.
    if command -v ldd >/dev/null 2>&1; then
        for file in "${CRITICAL_FILES[@]}"; do
            [[ -e "$BUNDLE/$file" ]] || continue
            { LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$BUNDLE/$file" 2>/dev/null || true; } |
                sed -n 's/^[[:space:]]*\([^[:space:]]*\) => not found.*/\1/p' |
                while read -r soname; do package_for "$soname"; done
        done
    fi
    return 0
}

check_system() {
    local missing
    missing="$(missing_packages | sort -u | tr '\n' ' ')"
    missing="${missing% }"
    if [[ -n "$missing" ]]; then
        {
            say "CalmKit needs system libraries that are not installed: $missing"
            say "On Debian or Ubuntu, install them with:"
            say ""
            say "    sudo apt-get install $missing"
            say ""
            say "On other distributions, install the packages that provide these libraries."
            say "Nothing was changed."
        } >&2
        return 1
    fi
}

# Quote a path for the Exec key of a desktop entry (Desktop Entry Specification, "The Exec
# key"): quoted argument rules first, then the string-level escaping of backslashes.
desktop_exec_quote() {
    local q=$1
    q=${q//\\/\\\\}
    q=${q//\"/\\\"}
    q=${q//\`/\\\`}
    q=${q//\$/\\\$}
    q="\"$q\""
    q=${q//\\/\\\\}
    q=${q//%/%%}
    printf '%s' "$q"
}

CREATED_DIRS=()
ensure_dir() {
    local dir=$1 missing=()
    while [[ ! -d "$dir" ]]; do
        missing=("$dir" "${missing[@]}")
        dir=$(dirname -- "$dir")
    done
    if ((${#missing[@]})); then
        mkdir -p -- "${missing[-1]}"
        CREATED_DIRS+=("${missing[@]}")
    fi
}

main() {
    local check_only=0
    case "${1:-}" in
    "") ;;
    --check) check_only=1 ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
        return 0
        ;;
    *) fail "unknown option: $1 (try --help)" ;;
    esac

    [[ "$(uname -s)" == Linux && "$(uname -m)" == x86_64 ]] ||
        fail "this build of CalmKit is for Linux on x86-64; this machine is $(uname -sm)."
    [[ -x "$BUNDLE/$NAME" ]] || fail "$BUNDLE/$NAME is missing: unpack the whole archive first."
    check_system || exit 1
    local version glibc
    if ! version="$("$BUNDLE/$NAME" --version 2>&1)"; then
        glibc="$(grep -o "GLIBC_[0-9.]*' not found" <<<"$version" | sort -V | tail -n 1 || true)"
        if [[ -n "$glibc" ]]; then
            glibc=${glibc#GLIBC_}
            fail "this build needs a newer Linux, with GNU C library ${glibc%%\'*} or later" \
                "(for example Debian 12 or Ubuntu 24.04). Nothing was changed."
        fi
        fail "the bundled app does not run on this system: $version"
    fi
    if ((check_only)); then
        say "All the system libraries $version needs are installed."
        return 0
    fi

    is_absolute "${HOME:-}" || fail "HOME is not set to an absolute path."
    local data_home="${XDG_DATA_HOME:-}"
    is_absolute "$data_home" || data_home="$HOME/.local/share"
    local app_root="$HOME/.local/lib/$NAME"
    local manifest="$app_root/installed-files.txt"
    local bin_link="$HOME/.local/bin/$NAME"
    local desktop="$data_home/applications/$APP_ID.desktop"
    local metainfo="$data_home/metainfo/$APP_ID.metainfo.xml"

    local icon_sources=() icon_targets=() icon
    while IFS= read -r icon; do
        icon_sources+=("$icon")
        icon_targets+=("$data_home/icons/hicolor/${icon#"$SHARE/icons/hicolor/"}")
    done < <(find "$SHARE/icons/hicolor" -type f -name "$APP_ID.*" | sort)
    ((${#icon_sources[@]})) || fail "the icons are missing from $SHARE: unpack the whole archive."

    # Everything is checked before the first change.
    local previous=() entry
    local -A ours=()
    if [[ -f "$manifest" ]]; then
        mapfile -t previous <"$manifest"
        for entry in "${previous[@]}"; do ours["$entry"]=1; done
    elif [[ -e "$app_root" ]]; then
        fail "$app_root exists but was not made by install.sh; move it away and try again."
    fi
    local conflicts=() target
    for target in "$bin_link" "$desktop" "$metainfo" "${icon_targets[@]}"; do
        if [[ (-e "$target" || -L "$target") && -z "${ours["file $target"]:-}" &&
            -z "${ours["link $target"]:-}" ]]; then
            conflicts+=("$target")
        fi
    done
    if ((${#conflicts[@]})); then
        {
            say "These files exist but were not installed by this script:"
            printf '    %s\n' "${conflicts[@]}"
            say "Move them away (or uninstall the other copy of CalmKit) and run install.sh again."
            say "Nothing was changed."
        } >&2
        exit 1
    fi

    ensure_dir "$app_root"
    rm -rf -- "$app_root/app.new" "$app_root/app.old"
    cp -a -- "$BUNDLE" "$app_root/app.new"
    if [[ -e "$app_root/app" ]]; then
        mv -- "$app_root/app" "$app_root/app.old"
    fi
    mv -- "$app_root/app.new" "$app_root/app"
    rm -rf -- "$app_root/app.old"
    install -m 755 -- "$HERE/uninstall.sh" "$app_root/uninstall.sh"

    ensure_dir "$(dirname -- "$bin_link")"
    ln -sfn -- "$app_root/app/$NAME" "$bin_link"

    ensure_dir "$(dirname -- "$desktop")"
    local exec_line line
    exec_line="Exec=$(desktop_exec_quote "$app_root/app/$NAME")"
    while IFS= read -r line || [[ -n "$line" ]]; do
        if [[ "$line" == Exec=* ]]; then
            printf '%s\n' "$exec_line"
        else
            printf '%s\n' "$line"
        fi
    done <"$SHARE/applications/$APP_ID.desktop" >"$desktop.tmp"
    chmod 644 -- "$desktop.tmp"
    mv -- "$desktop.tmp" "$desktop"

    ensure_dir "$(dirname -- "$metainfo")"
    install -m 644 -- "$SHARE/metainfo/$APP_ID.metainfo.xml" "$metainfo"

    local i
    for i in "${!icon_sources[@]}"; do
        ensure_dir "$(dirname -- "${icon_targets[$i]}")"
        install -m 644 -- "${icon_sources[$i]}" "${icon_targets[$i]}"
    done

    # The manifest: what uninstall.sh removes. Directories made by any run are kept in it.
    local entries=("tree $app_root" "link $bin_link" "file $desktop" "file $metainfo")
    for target in "${icon_targets[@]}"; do entries+=("file $target"); done
    local -A current=()
    for entry in "${entries[@]}"; do current["$entry"]=1; done
    for entry in "${previous[@]}"; do
        case "$entry" in
        "dir "*) entries+=("$entry") ;;
        "file "*)
            # A file the previous version installed and this one does not: remove it now.
            [[ -n "${current["$entry"]:-}" ]] || rm -f -- "${entry#file }"
            ;;
        esac
    done
    for target in "${CREATED_DIRS[@]}"; do entries+=("dir $target"); done
    {
        say "# CalmKit install manifest: read by uninstall.sh. $version"
        printf '%s\n' "${entries[@]}" | awk '!seen[$0]++'
    } >"$manifest.tmp"
    mv -- "$manifest.tmp" "$manifest"

    # Desktops notice new launchers by themselves; icon caches only when their folder changes.
    touch -- "$data_home/icons/hicolor"
    if [[ -f "$data_home/icons/hicolor/icon-theme.cache" ]] &&
        command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" || true
    fi

    say "Installed $version for $(id -un 2>/dev/null || echo "this user")."
    say "  app:        $app_root/app"
    say "  command:    $bin_link"
    say "  launcher:   $desktop"
    say "Start it from your application menu, or run: $NAME"
    case ":${PATH:-}:" in
    *":$HOME/.local/bin:"*) ;;
    *) say "Note: $HOME/.local/bin is not on your PATH; log out and in again, or add it." ;;
    esac
    say "To uninstall: $app_root/uninstall.sh (your practice log is always kept)."
}

main "$@"
