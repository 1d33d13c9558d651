#!/usr/bin/env python3
"""Renders text lines as an OCR recognizer sees them: one line per image, dark or light text on a
plain or mottled background, in the DejaVu faces (Debian fonts-dejavu-core), with the truth text.
Test tooling only (quality checks); the product never runs this.

  render_text.py OUT_DIR --count N --seed S [--height 48] [--width 320]

Writes OUT_DIR/images.npy (float32 [N, H, W, 3], pixel values 0..255) and OUT_DIR/truth.txt
(one line of text per image). The same seed gives the same bytes.
"""
import argparse
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from render_finish import blur_and_noise

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf",
         "DejaVuSansCondensed.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSans-Oblique.ttf"]
WORDS = ("invoice total amount date order number customer address street city price quantity "
         "account balance payment due receipt store open monday friday hours phone email station "
         "platform train departure arrival gate flight seat class name model serial version "
         "warning caution exit entrance parking level north south east west road avenue").split()


def phrase(rng):
    """A line as found on receipts, signs and forms: words, numbers, dates, codes."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.45:
            w = rng.choice(WORDS)
            parts.append(w.capitalize() if rng.random() < 0.4 else w.upper() if rng.random() < 0.15 else w)
        elif kind < 0.6:
            parts.append(f"{rng.randint(0, 9999)}.{rng.randint(0, 99):02d}")
        elif kind < 0.72:
            parts.append(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)}")
        elif kind < 0.85:
            parts.append("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(rng.randint(3, 8))))
        else:
            parts.append(rng.choice([":", "-", "#", "$", "%", "(", ")", "+", "@"]) + str(rng.randint(1, 500)))
    return " ".join(parts)


def render_line(rng, height, width):
    face = ImageFont.truetype(os.path.join(FONT_DIR, rng.choice(FACES)), rng.randint(22, 34))
    while True:
        text = phrase(rng)
        left, top, right, bottom = face.getbbox(text)
        if right - left <= width - 8:
            break
    dark_on_light = rng.random() < 0.8
    bg = rng.randint(170, 255) if dark_on_light else rng.randint(0, 90)
    fg = rng.randint(0, 80) if dark_on_light else rng.randint(180, 255)
    tint = [rng.randint(-25, 25) for _ in range(3)]
    img = Image.new("RGB", (width, height), tuple(max(0, min(255, bg + t)) for t in tint))
    draw = ImageDraw.Draw(img)
    x = rng.randint(2, max(2, width - (right - left) - 4))
    y = (height - (bottom - top)) // 2 - top + rng.randint(-3, 3)
    draw.text((x, y), text, font=face, fill=(fg, fg, fg))
    return blur_and_noise(img, rng, 0.9, 6), text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--height", type=int, default=48)
    ap.add_argument("--width", type=int, default=320)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    images, texts = [], []
    for _ in range(a.count):
        img, text = render_line(rng, a.height, a.width)
        images.append(img)
        texts.append(text)
    os.makedirs(a.out_dir, exist_ok=True)
    np.save(os.path.join(a.out_dir, "images.npy"), np.stack(images))
    with open(os.path.join(a.out_dir, "truth.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(texts) + "\n")


if __name__ == "__main__":
    main()
