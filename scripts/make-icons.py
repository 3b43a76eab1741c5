#!/usr/bin/env python3
"""Draws Ackly's toolbar icon (a white check mark on a blue rounded square) as PNGs, no dependencies."""
import struct
import zlib
from pathlib import Path

BLUE = (26, 115, 232)
WHITE = (255, 255, 255)


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


def pixel(x, y):
    """Colour and alpha at a point in the unit square."""
    r = 0.22
    qx = max(abs(x - 0.5) - (0.5 - r), 0)
    qy = max(abs(y - 0.5) - (0.5 - r), 0)
    if (qx * qx + qy * qy) ** 0.5 > r:
        return (0, 0, 0, 0)
    stroke = 0.075
    d = min(dist_to_segment(x, y, 0.26, 0.52, 0.43, 0.69), dist_to_segment(x, y, 0.43, 0.69, 0.76, 0.33))
    return (*WHITE, 255) if d < stroke else (*BLUE, 255)


def render(size, samples=4):
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(samples):
                for si in range(samples):
                    c = pixel((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size)
                    for k in range(3):
                        acc[k] += c[k] * c[3]
                    acc[3] += c[3]
            n = samples * samples
            a = acc[3] / n
            row += bytes([int(acc[k] / acc[3]) if acc[3] else 0 for k in range(3)] + [int(a)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


out = Path(__file__).resolve().parent.parent / "public" / "icon"
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f"{size}.png").write_bytes(render(size))
print("icons written to", out)
