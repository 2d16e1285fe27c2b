#!/usr/bin/env bash
# Measures how fast app images start: `Licensor --help` (wall time of the whole process) and, under Xvfb, the time until
# the desktop window is visible (window-probe.sh). Runs the images in turn (round robin) so that they share the
# machine's load alike; one unmeasured run of each comes first. Prints median, min and max in milliseconds.
#
#   installer/measure-startup.sh [--runs N] [--no-cli] [--no-window] IMAGE_DIR...
#
# Compare CDS modes by building images into separate folders first, e.g.
#   LICENSOR_CDS=off LICENSOR_INSTALLER_OUT=target/installer-off installer/build-app-image.sh
#   installer/measure-startup.sh target/installer-off/Licensor target/installer/Licensor
# Needs xvfb-run, xauth and xdotool for the window figures. Every run uses a throw-away home.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

runs=5
window=yes
cli=yes
inside_xvfb=no
images=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --no-window) window=no; shift ;;
        --no-cli) cli=no; shift ;;
        --inside-xvfb) inside_xvfb=yes; shift ;;
        -*) die "unknown option $1" ;;
        *) images+=("$(cd "$1" && pwd)"); shift ;;
    esac
done
[ "${#images[@]}" -gt 0 ] || die "usage: measure-startup.sh [--runs N] [--no-cli] [--no-window] IMAGE_DIR..."

HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT

# median/min/max of numbers given one a line
summary() {
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %5d ms  (min %d, max %d, %d runs)\n", m, v[1], v[NR], NR }'
}

label() { echo "$(basename "$(dirname "$1")")/$(basename "$1")"; }

# Prints the wall time; appends the CPU time (user + system, which the machine's other load disturbs less) to $2.
cli_once() {
    local image="$1" cpu_file="${2:-/dev/null}" start end
    start=$(date +%s%N)
    run_isolated "$HOME_DIR/$(basename "$(dirname "$image")")" "" \
        /usr/bin/time -o "$HOME_DIR/time.txt" -f '%U %S' "$image/bin/$APP_NAME" --help >/dev/null 2>&1
    end=$(date +%s%N)
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$HOME_DIR/time.txt" >>"$cpu_file"
    echo $(((end - start) / 1000000))
}

window_once() {
    local image="$1" cpu_file="${2:-/dev/null}" home probe
    local -a envs
    home="$HOME_DIR/$(basename "$(dirname "$1")")"
    mapfile -t envs < <(isolated_env "$home")
    probe="$(env "${envs[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$home" "$INSTALLER_DIR/window-probe.sh" --hold 0.5 -- \
        "$image/bin/$APP_NAME" 2>/dev/null)"
    sed -n 's/^window-cpu-ms=//p' <<<"$probe" >>"$cpu_file"
    sed -n 's/^window-shown-ms=//p' <<<"$probe"
}

# measure KIND: KIND is cli or window; results go to $HOME_DIR/KIND-N.txt for image N
measure() {
    local kind="$1" i
    for i in "${!images[@]}"; do "${kind}_once" "${images[$i]}" >/dev/null; done
    for _ in $(seq "$runs"); do
        for i in "${!images[@]}"; do
            "${kind}_once" "${images[$i]}" "$HOME_DIR/$kind-cpu-$i.txt" >>"$HOME_DIR/$kind-$i.txt"
        done
    done
    for i in "${!images[@]}"; do
        printf '  %-40s %s\n' "$(label "${images[$i]}")" "$(summary <"$HOME_DIR/$kind-$i.txt")"
        if [ -s "$HOME_DIR/$kind-cpu-$i.txt" ]; then
            printf '  %-40s %s\n' "  CPU time (user + system)" "$(summary <"$HOME_DIR/$kind-cpu-$i.txt")"
        fi
    done
}

if [ "$inside_xvfb" = yes ]; then
    echo "Window shown (desktop start, under Xvfb; its CPU time is the time used until the window showed):"
    measure window
    exit 0
fi

if [ "$cli" = yes ]; then
    echo "licensor --help (whole process):"
    measure cli
fi
if [ "$window" = yes ]; then
    if have_virtual_display; then
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$0" --inside-xvfb --runs "$runs" "${images[@]}"
    else
        log "window figures skipped: needs xvfb-run, xauth and xdotool"
    fi
fi
