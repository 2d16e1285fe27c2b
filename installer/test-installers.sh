#!/usr/bin/env bash
# Checks the installers the way a user meets them: the app image starts (CLI and window), the .deb installs with apt,
# the installed `licensor` runs and shows its window, the desktop entry matches the window, and the package removes
# cleanly. Slow (builds both, about 3 to 10 minutes on 2 cores) and needs root and apt: CI does not run it.
#
#   sudo installer/test-installers.sh [--no-build]
#
# --no-build tests the app image and .deb already in target/installer. Installs what it needs first
# (xvfb xauth xdotool x11-utils imagemagick libgtk-3-0 desktop-file-utils). Every run of the app uses a throw-away home.
# Screenshots go to target/installer/test/. Ends with "N passed, M failed"; exits 1 when a check failed.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

PACKAGE_NAME="licensor"
INSTALL_DIR="/opt/$PACKAGE_NAME"
TEST_DIR="$OUT_DIR/test"
passed=0
failed=0

check() {
    local name="$1"
    shift
    if "$@" >>"$TEST_DIR/checks.log" 2>&1; then
        passed=$((passed + 1))
        printf '  ok    %s\n' "$name"
    else
        failed=$((failed + 1))
        printf '  FAIL  %s (see %s)\n' "$name" "$TEST_DIR/checks.log"
    fi
}

install_tools() {
    local missing=()
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    command -v xauth >/dev/null || missing+=(xauth)
    command -v xdotool >/dev/null || missing+=(xdotool)
    command -v xprop >/dev/null || missing+=(x11-utils)
    command -v import >/dev/null || missing+=(imagemagick)
    command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
    dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
    [ "${#missing[@]}" -eq 0 ] && return 0
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >/dev/null
}

# launcher_runs LAUNCHER: --help exits 0, its usage is on standard output, and no JVM log line got there
help_is_clean() {
    local out
    out="$(run_isolated "$TEST_DIR/home" "" "$1" --help 2>/dev/null)"
    printf '%s\n' "$out"
    grep -q '^Usage: licensor' <<<"$out" && ! grep -qE '^\[[0-9.]+s\]\[(warning|error|info)' <<<"$out"
}

version_prints() { run_isolated "$TEST_DIR/home" "" "$1" --version 2>/dev/null | grep -qE '[0-9]+\.[0-9]+'; }

# archive_used LAUNCHER: the JVM loads the app's own classes from the AppCDS archive
archive_used() {
    local -a envs
    mapfile -t envs < <(isolated_env "$TEST_DIR/home")
    env "${envs[@]}" _JAVA_OPTIONS="-Duser.home=$TEST_DIR/home -Xlog:class+load=info" "$1" --version 2>&1 \
        | grep 'io.licensor.app.Launcher source:' | tee /dev/stderr | grep -q 'shared objects file'
}

# window_shows LAUNCHER NAME: under Xvfb the window becomes visible; screenshot to $TEST_DIR/NAME.png, probe output to
# $TEST_DIR/NAME.probe; the picture is not empty (the window is lighter than the black root window)
window_shows() {
    local launcher="$1" name="$2"
    local -a envs
    mapfile -t envs < <(isolated_env "$TEST_DIR/home")
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" env "${envs[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$TEST_DIR/home" \
        "$INSTALLER_DIR/window-probe.sh" --hold 2 --print-class --screenshot "$TEST_DIR/$name.png" -- "$launcher" \
        >"$TEST_DIR/$name.probe" || return 1
    cat "$TEST_DIR/$name.probe"
    local mean
    mean="$(/usr/bin/convert "$TEST_DIR/$name.png" -colorspace Gray -format '%[fx:mean]' info:)"
    echo "mean brightness $mean"
    awk -v m="$mean" 'BEGIN { exit !(m > 0.1) }'
}

no_javafx_cache() { [ ! -e "$TEST_DIR/home/.openjfx" ]; }

not_installed() { ! dpkg -s "$PACKAGE_NAME" 2>/dev/null | grep -q '^Status: install ok installed'; }

depends_on_gtk() { dpkg -s "$PACKAGE_NAME" | grep '^Depends:' | grep -qw 'libgtk-3-0'; }

desktop_entry_valid() {
    local file="/usr/share/applications/$PACKAGE_NAME.desktop" exec
    desktop-file-validate "$file"
    exec="$(sed -n 's/^Exec=//p' "$file")"
    [ -x "$exec" ] && grep -q '^Categories=Office;' "$file" \
        && [ -f "/usr/share/icons/hicolor/256x256/apps/$PACKAGE_NAME.png" ]
}

wm_class_matches() {
    local want got
    want="$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$PACKAGE_NAME.desktop")"
    got="$(sed -n 's/^window-class=//p' "$TEST_DIR/deb-window.probe")"
    echo "desktop entry: '$want', window: '$got'"
    [ -n "$got" ] && [ "$want" = "$got" ]
}

nothing_left() {
    local leftover
    for leftover in "$INSTALL_DIR" "/usr/bin/$PACKAGE_NAME" "/usr/share/applications/$PACKAGE_NAME.desktop" \
        "/usr/share/icons/hicolor/256x256/apps/$PACKAGE_NAME.png"; do
        if [ -e "$leftover" ] || [ -L "$leftover" ]; then echo "left behind: $leftover"; return 1; fi
    done
}

test_app_image() {
    local launcher="$APP_IMAGE/bin/$APP_NAME"
    echo "App image $APP_IMAGE:"
    check "--help prints the usage on a clean standard output" help_is_clean "$launcher"
    check "--version prints a version" version_prints "$launcher"
    check "the AppCDS archive is used" archive_used "$launcher"
    check "the desktop window shows under Xvfb (app-image-window.png)" window_shows "$launcher" app-image-window
    check "JavaFX loaded its libraries from the image (no ~/.openjfx cache)" no_javafx_cache
}

test_deb() {
    local deb
    deb="$(ls "$OUT_DIR"/"$PACKAGE_NAME"_*.deb)"
    echo "Package $deb:"
    if ! not_installed; then
        die "$PACKAGE_NAME is installed on this machine already: remove it first (apt-get remove $PACKAGE_NAME)"
    fi
    check "apt-get installs it" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
    check "dpkg lists it as installed and depending on libgtk-3-0" depends_on_gtk
    check "dpkg --verify finds the files intact" dpkg --verify "$PACKAGE_NAME"
    check "$INSTALL_DIR/bin/$APP_NAME --help works" help_is_clean "$INSTALL_DIR/bin/$APP_NAME"
    check "'licensor --help' works from the PATH" help_is_clean "$PACKAGE_NAME"
    check "postinst made the AppCDS archive and the JVM uses it" archive_used "$PACKAGE_NAME"
    check "the desktop entry is valid, runs the launcher, sits in Office, has its icon" desktop_entry_valid
    check "the installed app's window shows under Xvfb (deb-window.png)" window_shows "/usr/bin/$PACKAGE_NAME" deb-window
    check "the desktop entry's StartupWMClass is the window's class" wm_class_matches
    check "apt-get remove removes it" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$PACKAGE_NAME"
    check "nothing is left in /opt, /usr/bin or the menus" nothing_left
    dpkg --purge "$PACKAGE_NAME" >/dev/null 2>&1 || true
}

main() {
    [ "$(id -u)" = 0 ] || die "run as root (it installs and removes the .deb)"
    if [ "${1:-}" != --no-build ]; then
        "$INSTALLER_DIR/build-app-image.sh"
        "$INSTALLER_DIR/build-deb.sh"
    fi
    [ -x "$APP_IMAGE/bin/$APP_NAME" ] || die "no app image at $APP_IMAGE: run without --no-build"
    install_tools
    rm -rf "$TEST_DIR"
    mkdir -p "$TEST_DIR/home"
    test_app_image
    rm -rf "${TEST_DIR:?}/home" && mkdir -p "$TEST_DIR/home"
    test_deb
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

main "$@"
