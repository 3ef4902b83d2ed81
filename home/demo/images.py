"""Demo images drawn locally with Pillow: no download, no stock photo."""

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
