#!/usr/bin/env bash
# Builds the Linux package target/installer/licensor_VERSION-1_amd64.deb from the app image (built first when it is
# missing or older than target/licensor.jar). Installs into /opt/licensor, adds the `licensor` command, a desktop
# entry (menu group Office) with the icon, and declares libgtk-3-0 (JavaFX's GTK window needs it).
#
#   installer/build-deb.sh
#
# Environment: as build-app-image.sh, plus LICENSOR_DEB_MAINTAINER_EMAIL (the Maintainer field's address).
#
# jpackage makes the package (control file, library dependencies); it is then unpacked and packed again with dpkg-deb
# to (1) add a packaged .desktop file, icon and /usr/bin/licensor instead of jpackage's --linux-shortcut, whose
# postinst (xdg-desktop-menu) fails on systems without /etc/xdg/menus, and (2) replace the maintainer scripts with
# ours, which dump the AppCDS archive at the installed path and remove it again (a JDK 17 archive only serves the
# absolute class path it was dumped with, so the image's own archive cannot be shipped).
# See docs/decisions/0053-deb-repacked-after-jpackage.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

PACKAGE_NAME="$(echo "$APP_NAME" | tr '[:upper:]' '[:lower:]')"
INSTALL_DIR="/opt/$PACKAGE_NAME"

image_is_current() {
    [ -x "$APP_IMAGE/bin/$APP_NAME" ] || return 1
    cmp -s "$MAIN_JAR" "$APP_IMAGE/lib/app/$MAIN_JAR_NAME" || return 1
    diff -q <(cd "$LIB_DIR" && ls -1 -- *.jar) <(cd "$APP_IMAGE/lib/app/lib" && ls -1 -- *.jar) >/dev/null
}

# The X11 window class of the JavaFX window is the name of the class extending Application; the .desktop entry's
# StartupWMClass must match it for docks to put the window under the menu entry's icon.
javafx_application_class() {
    local classes="$WORK_DIR/classes" candidate found=""
    rm -rf "$classes"
    mkdir -p "$classes"
    (cd "$classes" && unzip -q "$MAIN_JAR" '*.class')
    while IFS= read -r candidate; do
        candidate="${candidate#"$classes"/}"
        candidate="${candidate%.class}"
        if "$JDK/bin/javap" -cp "$classes" "${candidate//\//.}" 2>/dev/null \
            | grep -q 'extends javafx\.application\.Application'; then
            found="${found:+$found }${candidate//\//.}"
        fi
    done < <(grep -rl 'javafx/application/Application' "$classes" --include='*.class' || true)
    rm -rf "$classes"
    echo "$found"
}

write_desktop_entry() {
    local file="$1" wm_class
    wm_class="$(javafx_application_class)"
    sed -e "s#@INSTALL_DIR@#$INSTALL_DIR#" "$INSTALLER_DIR/linux/licensor.desktop.in" >"$file"
    case "$wm_class" in
        "" | *" "*)
            log "no single JavaFX Application class found ('$wm_class'): the desktop entry gets no StartupWMClass"
            sed -i '/^StartupWMClass=/d' "$file" ;;
        *) sed -i "s#@WM_CLASS@#$wm_class#" "$file" ;;
    esac
}

# Our postinst and prerm replace jpackage's, which only hold empty case statements (so do preinst and postrm).
write_maintainer_scripts() {
    local debian="$1" script
    rm -f "$debian/preinst" "$debian/postinst" "$debian/prerm" "$debian/postrm"
    for script in postinst prerm; do
        sed -e "s#@INSTALL_DIR@#$INSTALL_DIR#g" -e "s#@APP_NAME@#$APP_NAME#g" "$INSTALLER_DIR/linux/$script.in" \
            >"$debian/$script"
        chmod 0755 "$debian/$script"
    done
}

# jpackage appends --linux-package-deps to the dependencies it found, which already hold libgtk-3-0 when the JavaFX
# libraries sit beside the jars: list each package once.
dedupe_depends() {
    local control="$1" depends
    depends="$(sed -n 's/^Depends: //p' "$control" | tr ',' '\n' | sed 's/^ *//; s/ *$//; /^$/d' | sort -u | paste -sd, \
        | sed 's/,/, /g')"
    sed -i "s/^Depends: .*/Depends: $depends/" "$control"
}

run_jpackage_deb() {
    local dest="$WORK_DIR/jpackage-deb"
    local -a maintainer=()
    [ -z "${LICENSOR_DEB_MAINTAINER_EMAIL:-}" ] || maintainer=(--linux-deb-maintainer "$LICENSOR_DEB_MAINTAINER_EMAIL")
    rm -rf "$dest"
    log "jpackage --type deb ($PACKAGE_NAME $DEB_VERSION)"
    # repack() unpacks this package again: skip compressing it (dpkg-deb 1.21.10+ reads DPKG_DEB_COMPRESSOR_TYPE; an
    # older one ignores it and compresses, which is only slower).
    DPKG_DEB_COMPRESSOR_TYPE=none "$JDK/bin/jpackage" --type deb --app-image "$APP_IMAGE" --name "$APP_NAME" --dest "$dest" \
        --linux-package-name "$PACKAGE_NAME" --app-version "$DEB_VERSION" \
        --description "$APP_DESCRIPTION" --vendor "$APP_VENDOR" --linux-app-category office \
        --linux-package-deps libgtk-3-0 "${maintainer[@]}" \
        >"$WORK_DIR/jpackage-deb.log" 2>&1 || { cat "$WORK_DIR/jpackage-deb.log" >&2; die "jpackage --type deb failed"; }
    JPACKAGE_DEB="$(ls "$dest"/*.deb)"
}

repack() {
    local tree="$WORK_DIR/deb-tree" out
    rm -rf "$tree"
    dpkg-deb -R "$JPACKAGE_DEB" "$tree"
    [ -x "$tree$INSTALL_DIR/bin/$APP_NAME" ] || die "the jpackage .deb does not install $INSTALL_DIR/bin/$APP_NAME"
    # The archive dumped for the build folder is useless at /opt; postinst makes the right one from the class list.
    rm -f "$tree$INSTALL_DIR/lib/app/$CDS_ARCHIVE_NAME"
    write_maintainer_scripts "$tree/DEBIAN"

    mkdir -p "$tree/usr/bin" "$tree/usr/share/applications" "$tree/usr/share/icons/hicolor/256x256/apps"
    ln -s "$INSTALL_DIR/bin/$APP_NAME" "$tree/usr/bin/$PACKAGE_NAME"
    write_desktop_entry "$tree/usr/share/applications/$PACKAGE_NAME.desktop"
    install -m 0644 "$INSTALLER_DIR/icon/licensor.png" "$tree/usr/share/icons/hicolor/256x256/apps/$PACKAGE_NAME.png"

    dedupe_depends "$tree/DEBIAN/control"
    (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
        >"$tree/DEBIAN/md5sums"
    sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk --apparent-size --exclude=DEBIAN "$tree" | cut -f1)/" \
        "$tree/DEBIAN/control"

    out="$OUT_DIR/$(basename "$JPACKAGE_DEB")"
    rm -f "$OUT_DIR"/"${PACKAGE_NAME}"_*.deb
    log "dpkg-deb --build (xz)"
    dpkg-deb --root-owner-group -Zxz --build "$tree" "$out" >/dev/null
    DEB="$out"
}

main() {
    local started
    started=$(date +%s)
    command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (a Debian or Ubuntu system is needed)"
    command -v fakeroot >/dev/null || [ "$(id -u)" = 0 ] || die "jpackage needs fakeroot (apt-get install fakeroot)"
    find_jdk
    ensure_jar
    read_versions
    mkdir -p "$WORK_DIR"
    if image_is_current; then
        log "reusing the app image $APP_IMAGE (same jars as target/)"
    else
        "$INSTALLER_DIR/build-app-image.sh"
    fi
    run_jpackage_deb
    repack
    log "package: $DEB ($(du -h "$DEB" | cut -f1), $(($(date +%s) - started)) s)"
    dpkg-deb -f "$DEB" Package Version Depends >&2
}

main "$@"
