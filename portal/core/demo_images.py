"""Demo images drawn locally with Pillow: no download, no stock photo. Shared by every app's demo (seed_demo)."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model


def _png(img):
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


def landscape(seed, width=1200, height=800):
    """Fields in rows under a sun: a simple illustration."""
    rnd = random.Random(seed)
    img = PILImage.new("RGB", (width, height), (206, 232, 240))
    draw = ImageDraw.Draw(img)
    draw.ellipse((width * 0.7, height * 0.08, width * 0.7 + 140, height * 0.08 + 140), fill=(255, 205, 80))
    horizon = int(height * 0.45)
    greens = [(54, 120, 62), (86, 150, 70), (122, 170, 80), (160, 140, 60), (96, 140, 58)]
    y = horizon
    band = 0
    while y < height:
        h = rnd.randint(40, 90)
        draw.rectangle((0, y, width, y + h), fill=greens[band % len(greens)])
        for x in range(0, width, 28):
            draw.line((x, y + 6, x + 10, y + h - 6), fill=(40, 90, 45), width=3)
        y += h
        band += 1
    draw.polygon([(0, horizon), (width * 0.3, horizon - 120), (width * 0.55, horizon)], fill=(70, 110, 90))
    return img


def sea(seed, width=1200, height=800):
    """A small fishing boat on a calm sea: a simple illustration."""
    rnd = random.Random(seed)
    img = PILImage.new("RGB", (width, height), (214, 236, 246))
    draw = ImageDraw.Draw(img)
    horizon = int(height * 0.5)
    draw.ellipse((width * 0.15, height * 0.1, width * 0.15 + 120, height * 0.1 + 120), fill=(255, 214, 102))
    draw.rectangle((0, horizon, width, height), fill=(38, 104, 150))
    for _ in range(40):
        x, y = rnd.randint(0, width), rnd.randint(horizon + 10, height - 10)
        draw.line((x, y, x + rnd.randint(20, 60), y), fill=(120, 180, 210), width=3)
    hull_y = horizon + 40
    draw.polygon([(480, hull_y), (760, hull_y), (720, hull_y + 60), (520, hull_y + 60)], fill=(178, 60, 48))
    draw.rectangle((600, hull_y - 170, 608, hull_y), fill=(70, 50, 40))
    draw.polygon([(612, hull_y - 160), (700, hull_y - 20), (612, hull_y - 20)], fill=(250, 250, 245))
    return img


def forest(seed, width=1200, height=800):
    """Pine trees on a hillside: a simple illustration."""
    rnd = random.Random(seed)
    img = PILImage.new("RGB", (width, height), (222, 236, 228))
    draw = ImageDraw.Draw(img)
    draw.polygon(
        [(0, height * 0.55), (width * 0.6, height * 0.35), (width, height * 0.5), (width, height), (0, height)],
        fill=(120, 150, 90),
    )
    for _ in range(26):
        x = rnd.randint(0, width)
        base = rnd.randint(int(height * 0.55), height)
        size = rnd.randint(60, 130)
        draw.polygon([(x, base - size * 2), (x - size // 2, base), (x + size // 2, base)], fill=(34, 92, 52))
        draw.rectangle((x - 6, base, x + 6, base + 20), fill=(92, 64, 40))
    return img


# The demo's page images, one per kind of work, with what they show (the English source of the description,
# translated in each app's demo catalogue under the msgctxt "images").
SECTOR_DRAWINGS = {
    "fields": (landscape, "Rows of crops under a rising sun, in a simple drawing"),
    "sea": (sea, "A small fishing boat on a calm sea, in a simple drawing"),
    "forest": (forest, "Pine trees on a hillside, in a simple drawing"),
}
SECTOR_SCENES = {"fisheries": "sea", "aquaculture": "sea", "forestry": "forest"}


def sector_image(sectors):
    """(image, English description) of the drawing for the first of `sectors` (fields for farming and the rest)."""
    scene = next((SECTOR_SCENES[code] for code in sectors if code in SECTOR_SCENES), "fields")
    draw, description = SECTOR_DRAWINGS[scene]
    return get_or_create_image(f"Primacenters demo: {scene}", lambda: draw(7)), description


def logo(text, colour, width=320, height=160):
    img = PILImage.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=34)
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(
        ((width - (box[2] - box[0])) / 2, (height - (box[3] - box[1])) / 2 - box[1]),
        text,
        fill=(255, 255, 255),
        font=font,
    )
    return img


def get_or_create_image(title, draw):
    """The image with this title, drawn and saved when missing."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    filename = title.lower().replace(" ", "-").replace(":", "") + ".png"
    image = Image(title=title)
    image.file = ImageFile(_png(draw()), name=filename)
    image.save()
    return image
