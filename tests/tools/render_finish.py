"""The last step both renderers share: sometimes a slight blur, then sensor-like Gaussian noise."""
import numpy as np
from PIL import ImageFilter


def blur_and_noise(img, rng, max_blur, max_noise):
    """`img` (PIL) blurred with probability 0.3 (radius 0.3..max_blur), plus noise of a random
    sigma in 0..max_noise; float32 pixels clipped to 0..255. Draws from `rng` in a fixed order, so
    a seed gives the same images as before this was shared."""
    if rng.random() < 0.3:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, max_blur)))
    pixels = np.asarray(img, dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(0, max_noise), pixels.shape)
    return np.clip(pixels + noise, 0, 255).astype(np.float32)
