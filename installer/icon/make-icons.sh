#!/usr/bin/env bash
# Regenerates the committed icons from IconMaker.java (run it after changing the drawing, then commit the results):
#   licensor.png   256x256, used by jpackage on Linux (--icon) and by the .desktop entry
#   licensor.ico   16..256 px, for the Windows .msi (--icon); needs ImageMagick (apt-get install imagemagick)
#   licensor.icns  16..512 px, for the macOS .dmg (--icon); needs png2icns (apt-get install icnsutils)
# Every size is drawn by IconMaker itself rather than scaled down, so small icons stay sharp.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
java_bin="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
[ -x "$java_bin" ] || java_bin=java
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512; do
    "$java_bin" "$here/IconMaker.java" "$tmp/icon-$size.png" "$size"
done
cp "$tmp/icon-256.png" "$here/licensor.png"

# /usr/bin/convert is ImageMagick's; a 'convert' found elsewhere on the PATH may be something else.
magick_convert=/usr/bin/convert
if [ -x "$magick_convert" ]; then
    "$magick_convert" "$tmp"/icon-{16,24,32,48,64,128,256}.png "$here/licensor.ico"
else
    echo "make-icons: ImageMagick not found (/usr/bin/convert): licensor.ico not regenerated" >&2
fi
if command -v png2icns >/dev/null; then
    # png2icns knows the sizes 16, 32, 48, 128, 256 and 512 only.
    png2icns "$here/licensor.icns" "$tmp"/icon-{16,32,48,128,256,512}.png >/dev/null
else
    echo "make-icons: png2icns not found (icnsutils): licensor.icns not regenerated" >&2
fi
ls -l "$here"/licensor.*
