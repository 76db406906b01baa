"""Writes a macOS .icns file from an .iconset folder, for machines without iconutil.

An .icns file is the magic 'icns', the total length, then one block per image: a four-letter
type, the block's length (8 + data) and the data, big-endian. The types below hold PNG data as is.
"""
import struct
import sys
from pathlib import Path

TYPES = {
    "icon_16x16.png": b"icp4",
    "icon_16x16@2x.png": b"ic11",
    "icon_32x32.png": b"icp5",
    "icon_32x32@2x.png": b"ic12",
    "icon_128x128.png": b"ic07",
    "icon_128x128@2x.png": b"ic13",
    "icon_256x256.png": b"ic08",
    "icon_256x256@2x.png": b"ic14",
    "icon_512x512.png": b"ic09",
    "icon_512x512@2x.png": b"ic10",
}


def main(iconset: str, target: str) -> None:
    blocks = b""
    for name, kind in TYPES.items():
        data = (Path(iconset) / name).read_bytes()
        blocks += kind + struct.pack(">I", 8 + len(data)) + data
    Path(target).write_bytes(b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
