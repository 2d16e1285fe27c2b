#!/usr/bin/env bash
# Trains and writes the AppCDS archive of an app image; called by build-app-image.sh in LICENSOR_CDS=app mode.
#
#   installer/train-cds.sh APP_IMAGE_DIR
#
# How: every training run records the classes it loads (-XX:DumpLoadedClassList); the lists are merged into
# lib/app/licensor.classlist and one static archive of the JDK and app classes (lib/app/licensor.jsa) is dumped with
# the image's own runtime (lib/runtime/bin/java) and the launcher's exact class path. A JDK 17 archive is only used
# when the class path matches the one it was dumped with, absolute paths included: the archive made here serves the
# image where it was built; the .deb ships the class list and its postinst dumps the archive again at /opt/licensor.
# A static archive is used rather than -XX:ArchiveClassesAtExit because the latter keeps only the classes of a single
# run, and Licensor has two start paths (the CLI and the desktop) that load different classes.
# Training runs: --help, --version, and import/metrics/export of the demo portfolio found in the jar (commands that do
# not exist yet simply fail and teach nothing); then the desktop under Xvfb until its window has shown for 3 s
# (see LICENSOR_CDS_DESKTOP in build-app-image.sh). All runs use a throw-away home.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

IMAGE="$(cd "${1:?usage: train-cds.sh APP_IMAGE_DIR}" && pwd)"
LAUNCHER="$IMAGE/bin/$APP_NAME"
CFG="$IMAGE/lib/app/$APP_NAME.cfg"
JAVA_BIN="$IMAGE/lib/runtime/bin/java"
ARCHIVE="$IMAGE/lib/app/$CDS_ARCHIVE_NAME"
CLASS_LIST="$IMAGE/lib/app/$CDS_CLASS_LIST_NAME"
TRAIN_DIR="$(dirname "$IMAGE")/work/cds"
DESKTOP_MODE="${LICENSOR_CDS_DESKTOP:-auto}"

if [ ! -x "$LAUNCHER" ] || [ ! -f "$CFG" ]; then
    die "$IMAGE is not a $APP_NAME app image"
fi
[ -x "$JAVA_BIN" ] || die "$JAVA_BIN is missing: build the image with LICENSOR_CDS=app"

run_count=0
# train_cli ARGS...: one CLI run with its own class list; a failing command is logged, not fatal.
train_cli() {
    run_count=$((run_count + 1))
    local rc=0
    run_isolated "$TRAIN_DIR/home" "-XX:DumpLoadedClassList=$TRAIN_DIR/classes-$run_count.txt" \
        timeout 120 "$LAUNCHER" "$@" >>"$TRAIN_DIR/training.log" 2>&1 || rc=$?
    log "  training run $run_count: licensor $* (exit $rc)"
}

train_desktop() {
    case "$DESKTOP_MODE" in
        no) log "  desktop training skipped (LICENSOR_CDS_DESKTOP=no)"; return 0 ;;
        auto) have_virtual_display || {
            log "  desktop training skipped: needs xvfb-run, xauth and xdotool (apt-get install xvfb xauth xdotool)"
            return 0
        } ;;
        yes) have_virtual_display || die "LICENSOR_CDS_DESKTOP=yes but xvfb-run, xauth or xdotool is missing" ;;
        *) die "LICENSOR_CDS_DESKTOP must be auto, yes or no" ;;
    esac
    run_count=$((run_count + 1))
    local -a envs
    mapfile -t envs < <(isolated_env "$TRAIN_DIR/home")
    # trained until the app is ready (decision 0110: the shell and the dashboard come after the first frame)
    local ready="$TRAIN_DIR/ready-$run_count"
    local tool_options="-Duser.home=$TRAIN_DIR/home -XX:DumpLoadedClassList=$TRAIN_DIR/classes-$run_count.txt"
    tool_options="$tool_options -Dlicensor.readyMarker=$ready"
    if xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" env "${envs[@]}" JAVA_TOOL_OPTIONS="$tool_options" \
        "$INSTALLER_DIR/window-probe.sh" --timeout 120 --ready-file "$ready" --hold 3 -- "$LAUNCHER" \
        >>"$TRAIN_DIR/training.log" 2>&1; then
        log "  training run $run_count: the desktop app under Xvfb, window shown and ready"
    else
        [ "$DESKTOP_MODE" != yes ] || die "desktop training run failed: see $TRAIN_DIR/training.log"
        log "  training run $run_count: the desktop app did not show a window (see $TRAIN_DIR/training.log)"
    fi
}

# The class path exactly as the launcher builds it from the .cfg: the archive is only used when it matches.
launcher_class_path() {
    sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\\\$APPDIR#$IMAGE/lib/app#" | paste -sd:
}

# Joins the lists, dropping the per-run "id: N" numbers (they would clash) and keeping the first of each line.
merge_class_lists() {
    cat "$TRAIN_DIR"/classes-*.txt | grep -v '^#' | sed -E 's/ id: [0-9]+$//' | awk '!seen[$0]++' \
        >"$CLASS_LIST"
    [ -s "$CLASS_LIST" ] || die "the training runs recorded no classes (see $TRAIN_DIR/training.log)"
}

verify_archive() {
    # _JAVA_OPTIONS is read after the launcher's own options, so this logging survives the .cfg's -Xlog:disable.
    local -a envs
    mapfile -t envs < <(isolated_env "$TRAIN_DIR/home")
    env "${envs[@]}" _JAVA_OPTIONS="-Duser.home=$TRAIN_DIR/home -Xlog:class+load=info:file=$TRAIN_DIR/verify.log" \
        "$LAUNCHER" --version >/dev/null 2>&1 || die "the launcher failed with the new archive"
    grep -q 'io.licensor.app.Launcher source: shared objects file' "$TRAIN_DIR/verify.log" \
        || die "the JVM did not use $ARCHIVE (see $TRAIN_DIR/verify.log and dump.log)"
}

main() {
    local demo
    rm -rf "$TRAIN_DIR"
    mkdir -p "$TRAIN_DIR/home"
    rm -f "$ARCHIVE" "$CLASS_LIST"
    log "AppCDS training"
    train_cli --help
    train_cli --version
    demo="$(unzip -Z1 "$IMAGE/lib/app/$MAIN_JAR_NAME" | grep -m1 'demo-portfolio\.json$' || true)"
    if [ -n "$demo" ]; then
        unzip -p "$IMAGE/lib/app/$MAIN_JAR_NAME" "$demo" >"$TRAIN_DIR/demo-portfolio.json"
        train_cli import --portfolio "$TRAIN_DIR/cli-portfolio" "$TRAIN_DIR/demo-portfolio.json"
        train_cli metrics --portfolio "$TRAIN_DIR/cli-portfolio"
        train_cli export --portfolio "$TRAIN_DIR/cli-portfolio" --out "$TRAIN_DIR/export.json"
    fi
    train_desktop
    merge_class_lists
    log "dumping $(wc -l <"$CLASS_LIST") classes into $CDS_ARCHIVE_NAME"
    # Warnings about skipped classes (old bytecode such as picocli's, lambdas of failed runs) are expected: kept in the log.
    "$JAVA_BIN" -Xshare:dump -XX:SharedClassListFile="$CLASS_LIST" -XX:SharedArchiveFile="$ARCHIVE" \
        -cp "$(launcher_class_path)" >"$TRAIN_DIR/dump.log" 2>&1 \
        || { tail -20 "$TRAIN_DIR/dump.log" >&2; die "the CDS dump failed"; }
    verify_archive
    log "AppCDS archive: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
}

main
