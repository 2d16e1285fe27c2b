#!/usr/bin/env bash
# Starts a desktop program on $DISPLAY, waits until its window is visible, says how long that took, can take a
# screenshot, then ends the program (SIGTERM, as a desktop session does at logout) and waits for it to exit.
#
#   window-probe.sh [--title REGEX] [--timeout SECONDS] [--hold SECONDS] [--screenshot FILE.png] [--print-class]
#                   [--ready-file FILE] -- COMMAND [ARGS...]
#
# Prints "window-shown-ms=N" (from just before the program starts to the first poll that sees its window mapped; the
# poll runs every ~20 ms) and "window-cpu-ms=N" (CPU time, user + system of all its threads, the program had used by
# then: less disturbed than the wall time when other work shares the machine) on standard output, and with --print-class "window-class=NAME" (the X11 WM_CLASS, which a
# .desktop file's StartupWMClass must equal; needs xprop). With --ready-file it then waits until the program creates FILE
# (the app does when started with -Dlicensor.readyMarker=FILE: portfolio open, first section's figures laid out) and
# prints "window-ready-ms=N" and "window-ready-cpu-ms=N" the same way. Exits 0 when the window showed, 1 when it did not in time or the program
# ended first, 2 on wrong use. Needs xdotool, and ImageMagick's import for --screenshot.
set -euo pipefail

title='^Licensor'
timeout_s=60
hold_s=0
screenshot=""
print_class=no
ready_file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --title) title="$2"; shift 2 ;;
        --timeout) timeout_s="$2"; shift 2 ;;
        --hold) hold_s="$2"; shift 2 ;;
        --screenshot) screenshot="$2"; shift 2 ;;
        --print-class) print_class=yes; shift ;;
        --ready-file) ready_file="$2"; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || { echo "usage: window-probe.sh [options] -- COMMAND [ARGS...]" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "window-probe: DISPLAY is not set (run it under xvfb-run)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "window-probe: xdotool is missing (apt-get install xdotool)" >&2; exit 2; }

stop_program() {
    local pid="$1" waited=0
    kill -TERM "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 200 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "window-probe: program $pid still running 20 s after SIGTERM: killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

start_ns=$(date +%s%N)
"$@" &
pid=$!
deadline_ns=$((start_ns + timeout_s * 1000000000))
shown_ns=""
window_id=""
while kill -0 "$pid" 2>/dev/null; do
    if window_id="$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -n 1)" && [ -n "$window_id" ]; then
        shown_ns=$(date +%s%N)
        break
    fi
    [ "$(date +%s%N)" -lt "$deadline_ns" ] || break
    sleep 0.02
done

if [ -z "$shown_ns" ]; then
    if kill -0 "$pid" 2>/dev/null; then
        echo "window-probe: no visible window titled '$title' within ${timeout_s} s" >&2
        stop_program "$pid"
    else
        wait "$pid" && rc=0 || rc=$?
        echo "window-probe: the program ended (exit $rc) before a window titled '$title' showed" >&2
    fi
    exit 1
fi

# Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (the command name, field 2, has no spaces here).
cpu_ms() {
    echo $(( $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) * 1000 / $(getconf CLK_TCK) ))
}
shown_cpu_ms="$(cpu_ms)"
echo "window-shown-ms=$(((shown_ns - start_ns) / 1000000))"
echo "window-cpu-ms=$shown_cpu_ms"
if [ -n "$ready_file" ]; then
    ready_ns=""
    while kill -0 "$pid" 2>/dev/null && [ "$(date +%s%N)" -lt "$deadline_ns" ]; do
        if [ -e "$ready_file" ]; then
            ready_ns=$(date +%s%N)
            break
        fi
        sleep 0.02
    done
    if [ -z "$ready_ns" ]; then
        echo "window-probe: the program did not write $ready_file within ${timeout_s} s" >&2
        stop_program "$pid"
        exit 1
    fi
    echo "window-ready-ms=$(((ready_ns - start_ns) / 1000000))"
    echo "window-ready-cpu-ms=$(cpu_ms)"
fi
if [ "$print_class" = yes ]; then
    # WM_CLASS(STRING) = "instance", "class": the second string is the class.
    echo "window-class=$(xprop -id "$window_id" WM_CLASS | sed -n 's/.*= ".*", "\(.*\)"$/\1/p')"
fi
sleep "$hold_s"
if [ -n "$screenshot" ]; then
    import -window root "$screenshot"
fi
stop_program "$pid"
