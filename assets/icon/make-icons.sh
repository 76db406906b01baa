#!/bin/sh
# Makes every icon file the systems want from contrechamp.svg (run it after changing the drawing,
# and commit what it writes):
#   png/contrechamp-N.png  N = 16 24 32 48 64 128 256 512  (Linux desktop entries, the window, the README)
#   contrechamp.ico        16-256, for the Windows installer and the .exe
#   contrechamp.icns       16-1024, for the macOS .app and .dmg
#   src/main/resources/org/contrechamp/ui/icon/  the sizes the window offers the system (16-256)
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert. The .icns is written by
# iconutil on macOS; elsewhere by write-icns.py (python3), which stores the PNGs as they are
# (ICNS types ic04-ic14 hold PNG data).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
cd "$here"
mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" contrechamp.svg -o "png/contrechamp-$size.png"
done
convert png/contrechamp-16.png png/contrechamp-24.png png/contrechamp-32.png png/contrechamp-48.png \
  png/contrechamp-64.png png/contrechamp-128.png png/contrechamp-256.png contrechamp.ico

window=../../src/main/resources/org/contrechamp/ui/icon
mkdir -p "$window"
for size in 16 32 48 64 128 256; do
  cp "png/contrechamp-$size.png" "$window/"
done

iconset=$(mktemp -d)/contrechamp.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  rsvg-convert -w "$size" -h "$size" contrechamp.svg -o "$iconset/icon_${size}x${size}.png"
  double=$((size * 2))
  rsvg-convert -w "$double" -h "$double" contrechamp.svg -o "$iconset/icon_${size}x${size}@2x.png"
done
if command -v iconutil >/dev/null 2>&1; then
  iconutil -c icns -o contrechamp.icns "$iconset"
else
  python3 write-icns.py "$iconset" contrechamp.icns
fi
rm -r "$(dirname "$iconset")"
