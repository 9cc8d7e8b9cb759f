#!/usr/bin/env bash
# Remove a CalmKit installation made by install.sh for the current user.
#
#   ~/.local/lib/calmkit/uninstall.sh   (or ./uninstall.sh from the unpacked archive)
#
# Removes exactly what install.sh listed in ~/.local/lib/calmkit/installed-files.txt, and
# the folders it created when they are empty again. The practice log (~/.local/share/calmkit
# or the folder chosen with --data-dir / CALMKIT_DATA_DIR) is never touched.
set -euo pipefail

NAME="calmkit"

say() { printf '%s\n' "$*"; }
fail() {
    printf 'uninstall.sh: %s\n' "$*" >&2
    exit 1
}

# Everything happens inside main, which bash has read in full before it runs: this script may
# delete its own file (the copy in ~/.local/lib/calmkit) while it runs.
main() {
    case "${1:-}" in
    "") ;;
    -h | --help)
        awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
        return 0
        ;;
    *) fail "unknown option: $1 (try --help)" ;;
    esac
    [[ "${HOME:-}" == /* ]] || fail "HOME is not set to an absolute path."
    local data_home="${XDG_DATA_HOME:-}"
    [[ "$data_home" == /* ]] || data_home="$HOME/.local/share"
    local app_root="$HOME/.local/lib/$NAME"
    local manifest="$app_root/installed-files.txt"
    local user_data="$data_home/$NAME"
    local data_note="Your practice log in $user_data (if any) was left in place."
    if [[ -n "${CALMKIT_DATA_DIR:-}" ]]; then
        data_note="Your practice log in $CALMKIT_DATA_DIR was left in place."
    fi

    if [[ ! -f "$manifest" ]]; then
        say "CalmKit is not installed for this user: $manifest does not exist."
        say "Nothing was removed."
        return 0
    fi

    local kind path line removed=0 dirs=() version=""
    local entries=()
    while IFS= read -r line || [[ -n "$line" ]]; do
        if [[ "$line" == "#"* ]]; then
            [[ "$line" =~ (CalmKit [^ ]+)$ ]] && version=${BASH_REMATCH[1]}
            continue
        fi
        [[ -n "$line" ]] || continue
        kind=${line%% *}
        path=${line#* }
        # Only plain absolute paths, never the user's data, never anything that climbs out.
        if [[ "$path" != /* || "$path" == *"/../"* || "$path" == *"/.." ]]; then
            fail "refusing a suspicious manifest entry: $line"
        fi
        if [[ "$path" == "$user_data" || "$path" == "$user_data/"* ]]; then
            fail "refusing to remove the practice log: $line"
        fi
        case "$kind" in
        tree) [[ "$path" == "$app_root" ]] || fail "refusing to remove $path: not $app_root" ;;
        file | link | dir) ;;
        *) fail "unknown manifest entry: $line" ;;
        esac
        entries+=("$line")
    done <"$manifest"

    for line in "${entries[@]}"; do
        kind=${line%% *}
        path=${line#* }
        case "$kind" in
        link)
            # Only our own link: a `calmkit` put there by something else stays.
            if [[ -L "$path" && "$(readlink -- "$path")" == "$app_root/"* ]]; then
                rm -f -- "$path"
                removed=$((removed + 1))
            fi
            ;;
        file)
            if [[ -f "$path" && ! -L "$path" ]]; then
                rm -f -- "$path"
                removed=$((removed + 1))
            fi
            ;;
        dir) dirs+=("$path") ;;
        esac
    done
    rm -rf -- "$app_root"
    removed=$((removed + 1))
    # Folders install.sh created, deepest first, and only when nothing else lives there now.
    if ((${#dirs[@]})); then
        while IFS= read -r path; do
            rmdir -- "$path" 2>/dev/null || true
        done < <(printf '%s\n' "${dirs[@]}" | awk '{ print length($0) "\t" $0 }' |
            sort -rn | cut -f2-)
    fi
    if [[ -d "$data_home/icons/hicolor" ]]; then
        touch -- "$data_home/icons/hicolor"
    fi

    say "Removed ${version:-CalmKit} ($removed items) for this user."
    say "$data_note"
}

main "$@"
