#!/usr/bin/env python3
"""Renders pages as an OCR text detector sees them: several lines of text at random places, sizes
and shades, in the DejaVu faces (Debian fonts-dejavu-core), on plain, graded or mottled
backgrounds with some clutter that is not text (boxes, rules, blobs), with the truth box of every
line. Test tooling only (quality checks); the product never runs this.

  render_page.py OUT_DIR --count N --seed S [--size 320]

Writes OUT_DIR/images.npy (float32 [N, S, S, 3], pixel values 0..255) and OUT_DIR/boxes.txt (one
line per page: the page's line boxes as x0,y0,x1,y1 separated by spaces, in pixels, x1/y1
exclusive). The same seed gives the same bytes.
"""
import argparse
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from render_finish import blur_and_noise
from render_text import FACES, FONT_DIR, phrase


def background(rng, size):
    """A plain, graded or mottled page, light (most) or dark."""
    light = rng.random() < 0.8
    base = rng.randint(170, 250) if light else rng.randint(10, 80)
    tint = np.array([rng.randint(-25, 25) for _ in range(3)], dtype=np.float32)
    page = np.full((size, size, 3), base, dtype=np.float32) + tint
    kind = rng.random()
    if kind < 0.35:  # a gradient across the page, as under uneven light
        ramp = np.linspace(-1, 1, size, dtype=np.float32) * rng.uniform(10, 35)
        page += (ramp[None, :, None] if rng.random() < 0.5 else ramp[:, None, None])
    elif kind < 0.6:  # mottled paper
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 12, (size // 16, size // 16, 1))
        page += np.asarray(Image.fromarray(noise[:, :, 0].astype(np.float32)).resize((size, size), Image.BILINEAR))[:, :, None]
    return np.clip(page, 0, 255), light


def overlaps(box, boxes, margin):
    x0, y0, x1, y1 = box
    return any(x0 < b[2] + margin and b[0] < x1 + margin and y0 < b[3] + margin and b[1] < y1 + margin for b in boxes)


def clutter(rng, draw, size, light):
    """Shapes that are not text: a detector must not report them."""
    for _ in range(rng.randint(0, 3)):
        shade = rng.randint(60, 150) if light else rng.randint(120, 200)
        x0, y0 = rng.randint(0, size - 40), rng.randint(0, size - 40)
        x1, y1 = x0 + rng.randint(20, 120), y0 + rng.randint(20, 120)
        kind = rng.random()
        if kind < 0.4:
            draw.rectangle((x0, y0, x1, y1), outline=(shade,) * 3, width=rng.randint(1, 3))
        elif kind < 0.7:
            draw.line((x0, y0, x1, y0) if rng.random() < 0.5 else (x0, y0, x0, y1), fill=(shade,) * 3, width=rng.randint(1, 2))
        else:
            draw.ellipse((x0, y0, x1, y1), fill=(shade,) * 3)


def render_page(rng, size):
    pixels, light = background(rng, size)
    img = Image.fromarray(pixels.astype(np.uint8))
    draw = ImageDraw.Draw(img)
    clutter(rng, draw, size, light)
    boxes = []
    for _ in range(rng.randint(2, 7)):
        for _attempt in range(30):
            face = ImageFont.truetype(os.path.join(FONT_DIR, rng.choice(FACES)), rng.randint(14, 30))
            text = phrase(rng)
            left, top, right, bottom = face.getbbox(text)
            if right - left > size - 16:
                continue
            x = rng.randint(6, size - (right - left) - 6) - left
            y = rng.randint(6, size - (bottom - top) - 6) - top
            box = (x + left, y + top, x + right, y + bottom)
            if overlaps(box, boxes, 6):
                continue
            fg = rng.randint(0, 80) if light else rng.randint(180, 255)
            draw.text((x, y), text, font=face, fill=(fg, fg, fg))
            boxes.append(box)
            break
    return blur_and_noise(img, rng, 0.8, 5), boxes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=320)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    images, lines = [], []
    for _ in range(a.count):
        img, boxes = render_page(rng, a.size)
        images.append(img)
        lines.append(" ".join(",".join(str(v) for v in b) for b in boxes))
    os.makedirs(a.out_dir, exist_ok=True)
    np.save(os.path.join(a.out_dir, "images.npy"), np.stack(images))
    with open(os.path.join(a.out_dir, "boxes.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
