#!/bin/sh
# Completes the .deb that jpackage made (called by packaging/installers.xml): jpackage puts only the
# application folder (/opt/contrechamp) in it and finds its dependencies from the Java runtime's own
# libraries, not from JavaFX's, which sit inside the jars. This adds, as files the package owns (so
# that `apt-get remove` takes them away again):
#   /usr/bin/contrechamp                      a link to the launcher, for the command line
#   /usr/share/applications/contrechamp.desktop and the icons (hicolor, PNG sizes and the SVG)
# the libraries the window needs (GTK 3 and the X and OpenGL libraries JavaFX loads) in Depends,
# and the maintainer scripts of packaging/linux/deb. Usage: finish-deb.sh DEB PROJECT_DIR
set -eu
deb=$1
project=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -R "$deb" "$root"

mkdir -p "$root/usr/bin" "$root/usr/share/applications"
ln -sfn /opt/contrechamp/bin/contrechamp "$root/usr/bin/contrechamp"
install -m 644 "$project/packaging/linux/contrechamp.desktop" "$root/usr/share/applications/contrechamp.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$project/assets/icon/png/contrechamp-$size.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/contrechamp.png"
done
install -D -m 644 "$project/assets/icon/contrechamp.svg" "$root/usr/share/icons/hicolor/scalable/apps/contrechamp.svg"
for script in postinst prerm postrm; do
  install -m 755 "$project/packaging/linux/deb/$script" "$root/DEBIAN/$script"
done

# GTK 3 is libgtk-3-0 up to Debian 12 and Ubuntu 23.10, libgtk-3-0t64 after them. Each is named
# once, after what jpackage found.
found=$(sed -n 's/^Depends: *//p' "$root/DEBIAN/control")
depends=$(printf '%s\n' "$found, libgtk-3-0 | libgtk-3-0t64, libgl1, libxxf86vm1, libxtst6, libfreetype6, libfontconfig1" \
  | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' | paste -sd, - | sed 's/,/, /g')
sed -i '/^Depends:/d' "$root/DEBIAN/control"
sed -i "/^Architecture:/a Depends: $depends" "$root/DEBIAN/control"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"
fakeroot dpkg-deb --build --root-owner-group -Zxz "$root" "$deb" >/dev/null
