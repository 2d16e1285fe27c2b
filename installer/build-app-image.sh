#!/usr/bin/env bash
# Builds the Licensor app image: target/installer/Licensor/ (bin/Licensor, lib/app/ the jars, lib/runtime/ a trimmed
# Java runtime made by jlink) with jpackage, plus an AppCDS archive (lib/app/licensor.jsa) for a faster start.
# Linux only (bash, jlink, Xvfb). See installer/README.md.
#
#   installer/build-app-image.sh
#
# Environment:
#   JAVA_HOME                  a JDK 17+ with jmods (default /usr/lib/jvm/java-17-openjdk-amd64)
#   LICENSOR_CDS               app (default): AppCDS archive trained on the CLI and, when Xvfb is there, the desktop;
#                              base: only the JDK's default CDS archive; off: no class data sharing at all
#   LICENSOR_CDS_DESKTOP       auto (default): train on the desktop too when xvfb-run, xauth and xdotool are present;
#                              yes: require it; no: CLI commands only
#   LICENSOR_EXTRA_MODULES     extra JDK modules for the runtime, comma separated
#   LICENSOR_INSTALLER_OUT     output folder (default target/installer)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

CDS_MODE="${LICENSOR_CDS:-app}"
case "$CDS_MODE" in app | base | off) ;; *) die "LICENSOR_CDS must be app, base or off, not '$CDS_MODE'" ;; esac

stage_input() {
    local input="$WORK_DIR/input"
    rm -rf "$input"
    mkdir -p "$input/lib"
    cp -p "$MAIN_JAR" "$input/"
    cp -p "$LIB_DIR"/*.jar "$input/lib/"
    extract_javafx_natives "$input/lib"
}

make_runtime() {
    local modules="$1" runtime="$WORK_DIR/runtime"
    local -a options=(--strip-debug --no-man-pages --no-header-files)
    # The JDK's default CDS archive is only useful in 'base' mode: in 'app' mode licensor.jsa holds the JDK classes too.
    [ "$CDS_MODE" != base ] || options+=(--generate-cds-archive)
    rm -rf "$runtime"
    log "jlink: $modules"
    "$JDK/bin/jlink" --add-modules "$modules" "${options[@]}" --output "$runtime" >"$WORK_DIR/jlink.log" 2>&1 \
        || { cat "$WORK_DIR/jlink.log" >&2; die "jlink failed"; }
}

run_jpackage() {
    local -a java_options=()
    # In 'app' mode the launcher points the JVM at the archive trained below ($APPDIR is expanded by the launcher).
    # shellcheck disable=SC2016
    [ "$CDS_MODE" != app ] || java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/'"$CDS_ARCHIVE_NAME")
    [ "$CDS_MODE" != off ] || java_options+=(--java-options '-Xshare:off')
    # JVM warnings go to standard error: by default they go to standard output, where they would corrupt
    # `licensor export` JSON (an archive that fails to load would otherwise print a warning there).
    java_options+=(--java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr')
    rm -rf "$APP_IMAGE"
    log "jpackage --type app-image ($APP_NAME $APP_VERSION, CDS: $CDS_MODE)"
    "$JDK/bin/jpackage" --type app-image --name "$APP_NAME" --dest "$OUT_DIR" \
        --input "$WORK_DIR/input" --main-jar "$MAIN_JAR_NAME" --runtime-image "$WORK_DIR/runtime" \
        --app-version "$APP_VERSION" --icon "$INSTALLER_DIR/icon/licensor.png" \
        --description "$APP_DESCRIPTION" --vendor "$APP_VENDOR" "${java_options[@]}" \
        >"$WORK_DIR/jpackage-app-image.log" 2>&1 \
        || { cat "$WORK_DIR/jpackage-app-image.log" >&2; die "jpackage failed"; }
}

# jpackage's own runtimes have no bin/ at all (--strip-native-commands). In 'app' mode bin/java stays: it dumps the
# AppCDS archive, here and again by the .deb's postinst at the installed path (see installer/linux/postinst.in).
trim_runtime_commands() {
    local bin="$APP_IMAGE/lib/runtime/bin"
    if [ "$CDS_MODE" = app ]; then
        find "$bin" -mindepth 1 ! -name java -delete
    else
        rm -rf "$bin"
    fi
}

main() {
    local started modules
    started=$(date +%s)
    find_jdk
    ensure_jar
    check_lib_matches_manifest
    read_versions
    mkdir -p "$WORK_DIR"
    log "JDK $JDK_FEATURE from $JDK; version $POM_VERSION (app $APP_VERSION)"
    stage_input
    modules="$(required_modules "$WORK_DIR/input")"
    make_runtime "$modules"
    run_jpackage
    trim_runtime_commands
    if [ "$CDS_MODE" = app ]; then
        "$INSTALLER_DIR/train-cds.sh" "$APP_IMAGE"
    fi
    printf '%s\n' "$modules" >"$WORK_DIR/modules.txt"
    log "app image: $APP_IMAGE ($(du -sh "$APP_IMAGE" | cut -f1), $(($(date +%s) - started)) s)"
}

main "$@"
