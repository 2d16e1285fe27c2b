# shellcheck shell=bash disable=SC2034
# (SC2034: the variables set here are used by the scripts that source this file.)
# Shared helpers of the installer scripts. Sourced, never run on its own.
# Everything is derived from the built jar (target/licensor.jar, its manifest and pom.properties) and target/lib/*.jar,
# so the scripts keep working whatever the app's dependencies become.

INSTALLER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$INSTALLER_DIR/.." && pwd)"
TARGET_DIR="$PROJECT_DIR/target"
MAIN_JAR_NAME="licensor.jar"
MAIN_JAR="$TARGET_DIR/$MAIN_JAR_NAME"
LIB_DIR="$TARGET_DIR/lib"
# The app name shown to users; jpackage derives the launcher (bin/Licensor), the .deb package name (licensor) and
# the install folder (/opt/licensor) from it.
APP_NAME="Licensor"
APP_DESCRIPTION="Offline IP portfolio and royalty manager"
APP_VENDOR="Licensor"
# LICENSOR_INSTALLER_OUT lets a comparison build (another CDS mode, say) go elsewhere than target/installer.
OUT_DIR="$(realpath -m "${LICENSOR_INSTALLER_OUT:-$TARGET_DIR/installer}")"
WORK_DIR="$OUT_DIR/work"
APP_IMAGE="$OUT_DIR/$APP_NAME"
CDS_ARCHIVE_NAME="licensor.jsa"
CDS_CLASS_LIST_NAME="licensor.classlist"

# Modules jdeps cannot see because they are reached through services, reflection or locale lookup, plus the ones
# the brief asks to keep whatever jdeps says. Each costs little; see docs/decisions/0051-trimmed-runtime-modules.md.
BASE_MODULES="java.desktop,java.logging,java.management,java.naming,java.prefs,java.sql,jdk.unsupported"
SERVICE_MODULES="jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"

log() { printf '[installer] %s\n' "$*" >&2; }
die() { printf '[installer] error: %s\n' "$*" >&2; exit 1; }

# The JDK whose jlink/jpackage build the image: $JAVA_HOME if it is a full JDK with jmods, else Debian's JDK 17.
find_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ -x "$candidate/bin/jlink" ] \
            && [ -x "$candidate/bin/jdeps" ] && [ -d "$candidate/jmods" ]; then
            JDK="$candidate"
            JDK_FEATURE="$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 \
                | sed -n 's/^ *java.specification.version = //p')"
            [ "${JDK_FEATURE:-0}" -ge 17 ] || die "$JDK is Java $JDK_FEATURE; Licensor needs a JDK 17 or newer"
            return 0
        fi
    done
    die "no JDK with jpackage, jlink, jdeps and jmods: set JAVA_HOME to a JDK 17 (Debian: apt-get install openjdk-17-jdk)"
}

# Builds target/licensor.jar when it is missing or older than the sources, so an installer never ships a stale jar.
ensure_jar() {
    local why=""
    if [ ! -f "$MAIN_JAR" ] || [ ! -d "$LIB_DIR" ]; then
        why="target/$MAIN_JAR_NAME or target/lib is missing"
    elif [ -n "$(find "$PROJECT_DIR/src/main" "$PROJECT_DIR/pom.xml" -newer "$MAIN_JAR" -print -quit)" ]; then
        why="sources changed since target/$MAIN_JAR_NAME was built"
    fi
    if [ -n "$why" ]; then
        log "building the jar ($why): mvn -B -q -DskipTests package"
        (cd "$PROJECT_DIR" && mvn -B -q -DskipTests package) || die "mvn package failed"
    fi
    [ -f "$MAIN_JAR" ] || die "mvn package did not produce $MAIN_JAR"
}

# The manifest's Class-Path entries, one a line (manifest lines are folded at 72 bytes: continuation lines start
# with a space and are joined first).
manifest_class_path() {
    unzip -p "$MAIN_JAR" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
        | sed -n 's/^Class-Path: //p' | tr ' ' '\n' | sed '/^$/d'
}

# target/lib must hold exactly what the jar's manifest names: a missing jar would fail at run time, and an extra one
# is left over from an older build (two versions of a library on one class path).
check_lib_matches_manifest() {
    local expected actual missing extra
    expected="$(manifest_class_path | sed 's#^lib/##' | sort)"
    actual="$(find "$LIB_DIR" -maxdepth 1 -name "*.jar" -printf "%f\n" | sort)"
    missing="$(comm -23 <(printf '%s\n' "$expected") <(printf '%s\n' "$actual"))"
    extra="$(comm -13 <(printf '%s\n' "$expected") <(printf '%s\n' "$actual"))"
    [ -z "$missing" ] || die "target/lib lacks jars the manifest names: $(echo "$missing" | paste -sd' ')"
    [ -z "$extra" ] || die "target/lib holds jars the manifest does not name (left from an older build?):" \
        "$(echo "$extra" | paste -sd' '). Run: mvn -B -q clean package -DskipTests"
}

# Version strings from the jar's pom.properties: APP_VERSION is the numeric core (0.1.0), which every jpackage
# target accepts; DEB_VERSION keeps a qualifier after '~' (0.1.0~snapshot) so Debian sorts it before 0.1.0.
read_versions() {
    local props pom_version
    props="$(unzip -Z1 "$MAIN_JAR" | grep -m1 '^META-INF/maven/.*/pom.properties$')" \
        || die "$MAIN_JAR has no META-INF/maven/*/pom.properties"
    pom_version="$(unzip -p "$MAIN_JAR" "$props" | tr -d '\r' | sed -n 's/^version=//p')"
    APP_VERSION="$(printf '%s' "$pom_version" | grep -oE '^[0-9]+(\.[0-9]+){0,2}')" \
        || die "cannot read a numeric version from '$pom_version'"
    DEB_VERSION="$(printf '%s' "$pom_version" | tr '[:upper:]' '[:lower:]' | sed 's/-/~/')"
    POM_VERSION="$pom_version"
}

# The modules the trimmed runtime needs: what jdeps finds in the jar and every library, plus the lists above.
required_modules() {
    local input="$1" found
    found="$("$JDK/bin/jdeps" --multi-release "$JDK_FEATURE" --ignore-missing-deps --print-module-deps \
        "$input/$MAIN_JAR_NAME" "$input"/lib/*.jar)" || die "jdeps failed"
    found="$(printf '%s\n' "$found" | tail -n 1)"
    printf '%s,%s,%s%s\n' "$found" "$BASE_MODULES" "$SERVICE_MODULES" "${LICENSOR_EXTRA_MODULES:+,$LICENSOR_EXTRA_MODULES}" \
        | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd,
}

# JavaFX first looks for its native libraries beside its own jar and only then unpacks them from the jar into
# ~/.openjfx/cache. Shipping them beside the jars makes the first start faster and leaves nothing in the user's home.
extract_javafx_natives() {
    local lib="$1" jar libs
    for jar in "$lib"/javafx-*-linux*.jar; do
        [ -e "$jar" ] || continue
        libs="$(unzip -Z1 "$jar" | grep -E '^[^/]+\.so$' || true)"
        [ -z "$libs" ] || (cd "$lib" && printf '%s\n' "$libs" | xargs unzip -q -o "$jar")
    done
}

# The environment of every run the scripts make of the app: a throw-away home, data and portfolio folder, so a build or
# a test never touches a real portfolio. user.home is set too because Java reads it from the password database, not
# from $HOME.
isolated_env() {
    local home="$1"
    mkdir -p "$home"
    printf '%s\n' "HOME=$home" "XDG_DATA_HOME=$home/.local/share" "XDG_CONFIG_HOME=$home/.config" \
        "XDG_CACHE_HOME=$home/.cache" "LICENSOR_PORTFOLIO=$home/portfolio"
}

# Runs the app's launcher in the isolated environment: run_isolated HOME EXTRA_JAVA_TOOL_OPTIONS LAUNCHER ARGS...
run_isolated() {
    local home="$1" tool_options="$2"
    shift 2
    local -a envs
    mapfile -t envs < <(isolated_env "$home")
    env "${envs[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$home${tool_options:+ $tool_options}" "$@"
}

have_virtual_display() {
    command -v xvfb-run >/dev/null && command -v xauth >/dev/null && command -v xdotool >/dev/null
}
