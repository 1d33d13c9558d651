#!/usr/bin/env python3
"""Makes portrait images for a person-segmentation model from photographs Debian ships in
python3-skimage (skimage/data): crops of a photo of a person (framed, mirrored, turned a little,
lit differently), and for calibration also faces of Labeled Faces in the Wild (lfw_subset.npy)
enlarged onto crops of scenes without people. The two splits share no photograph:

  calibration: astronaut.png, and faces on the scenes coffee, brick, rocket, grass
  evaluation:  camera.png (the cameraman) only

Evaluation holds no pasted faces: the segmenter is unsure on a fifth of their pixels (float
probability 0.2-0.8, against 5 % on the photographs), so their masks flip on noise no user
would see on a real portrait, and a check on them would measure that instead.

Test tooling only (quality checks); the product never runs this.

  make_portraits.py DATA_DIR OUT_DIR --split calibration|evaluation --count N --seed S [--size 256]

Writes OUT_DIR/images.npy (float32 [N, S, S, 3], pixel values 0..255). The same seed gives the
same bytes.
"""
import argparse
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

SPLITS = {
    "calibration": {"person": "astronaut.png", "faces": range(0, 50), "scenes": ["coffee.png", "brick.png", "rocket.jpg", "grass.png"]},
    "evaluation": {"person": "camera.png", "faces": range(0), "scenes": []},
}


def rgb(path):
    return Image.open(path).convert("RGB")


def random_crop(rng, img, size, min_share):
    """A square crop of at least min_share of the short side, scaled to size, maybe mirrored."""
    w, h = img.size
    side = int(min(w, h) * rng.uniform(min_share, 1.0))
    x, y = rng.randint(0, w - side), rng.randint(0, h - side)
    turned = img.rotate(rng.uniform(-12, 12), resample=Image.BILINEAR, expand=False, fillcolor=(128, 128, 128))
    out = turned.crop((x, y, x + side, y + side)).resize((size, size), Image.BILINEAR)
    return out.transpose(Image.FLIP_LEFT_RIGHT) if rng.random() < 0.5 else out


def jitter(rng, img):
    """Light and colour as different cameras would give them."""
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.7, 1.3))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.7, 1.3))
    return ImageEnhance.Color(img).enhance(rng.uniform(0.6, 1.4))


def face_on_scene(rng, faces, scenes, size):
    """An LFW face (tinted: the subset is grey) enlarged onto a scene, head-and-shoulders sized."""
    scene = random_crop(rng, rng.choice(scenes), size, 0.4)
    face = Image.fromarray((faces[rng.randrange(len(faces))] * 255).astype(np.uint8)).convert("RGB")
    tint = tuple(rng.uniform(0.8, 1.2) for _ in range(3))
    face = Image.fromarray(np.clip(np.asarray(face, dtype=np.float32) * tint, 0, 255).astype(np.uint8))
    side = rng.randint(size * 2 // 5, size * 4 // 5)
    face = face.resize((side, side), Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    x, y = rng.randint(0, size - side), rng.randint(size // 8, size - side)
    # An oval of the face, feathered, as a head would stand out of the scene rather than a square.
    oval = Image.new("L", (side, side), 0)
    ImageDraw.Draw(oval).ellipse((side // 10, 0, side - side // 10, side), fill=255)
    scene.paste(face, (x, y), oval.filter(ImageFilter.GaussianBlur(side / 30)))
    return scene


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--split", choices=SPLITS, required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=256)
    a = ap.parse_args()
    split = SPLITS[a.split]
    rng = random.Random(a.seed)
    person = rgb(os.path.join(a.data_dir, split["person"]))
    faces = np.load(os.path.join(a.data_dir, "lfw_subset.npy"))[list(split["faces"])] if split["faces"] else None
    scenes = [rgb(os.path.join(a.data_dir, s)) for s in split["scenes"]]
    images = []
    for i in range(a.count):
        photo = i % 2 == 0 or faces is None
        img = random_crop(rng, person, a.size, 0.5) if photo else face_on_scene(rng, faces, scenes, a.size)
        images.append(np.asarray(jitter(rng, img), dtype=np.float32))
    os.makedirs(a.out_dir, exist_ok=True)
    np.save(os.path.join(a.out_dir, "images.npy"), np.stack(images))


if __name__ == "__main__":
    main()
