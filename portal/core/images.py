"""Responsive images: the one recipe per kind of picture the portal shows, rendered through Wagtail's `Picture`.

Wagtail's `{% picture %}` tag takes its filter specs as literal words in the template, so every template that
shows a picture would repeat widths, formats and `sizes`, and the browser would be offered sizes larger than the
original (Wagtail does not upscale, so `width-1200` of a 640 pixel image is a second 640 pixel file). Here a
template names a recipe (`{% responsive_image page.hero_image "hero" alt=... %}`); the recipe says which sizes,
which formats and which `sizes` attribute, and the sizes the original cannot fill are left out. The HTML is
Wagtail's own `Picture` (`<picture>` with a `<source>` per modern format and an `<img>` fallback carrying width and
height, so the page does not shift while images load).

Formats: AVIF where a page shows one picture of its kind (a home page's hero, an organisation's logo): it is the
smallest file, and encoding it is slow (more than a second for a 1200 pixel image), which is paid once. WebP where
a page may show any number of pictures (body images, report galleries, partner logos): a first visit to a gallery
of fifty photos would otherwise wait for a hundred AVIF encodings. docs/decisions.md has the figures.
"""

from dataclasses import dataclass, replace

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found


@dataclass(frozen=True)
class Recipe:
    operation: str  # "width", "fill" or "max"
    boxes: tuple  # widths for "width"; (width, height) pairs for "fill" and "max", smallest first
    formats: tuple  # modern format(s) first, the fallback last
    sizes: str  # the `sizes` attribute: how wide the picture shows at each viewport width
    lazy: bool  # below the fold: loaded when scrolled near


RECIPES = {
    # The first thing on the home page: never lazy, and asked for early.
    "hero": Recipe(
        "width",
        (480, 800, 1200),
        ("avif", "jpeg"),
        "(min-width: 72rem) 27rem, (min-width: 48rem) 38vw, calc(100vw - 2rem)",
        lazy=False,
    ),
    "body": Recipe(
        "width", (480, 800, 1200), ("webp", "jpeg"), "(min-width: 50rem) 48rem, calc(100vw - 2rem)", lazy=True
    ),
    "gallery": Recipe(
        "fill", ((480, 320), (960, 640)), ("webp", "jpeg"), "(min-width: 48rem) 20rem, calc(100vw - 2rem)", True
    ),
    # Logos keep PNG as their fallback: they may be transparent.
    "logo": Recipe("max", ((240, 120), (480, 240)), ("avif", "png"), "240px", lazy=False),
    "partner_logo": Recipe("max", ((160, 80), (320, 160)), ("webp", "png"), "160px", lazy=True),
}

# A page's own image (portal.core.models.CardImageMixin): at the top of its page as a body image but seen at once,
# on its card in listings cropped as a gallery's photos.
RECIPES["lead"] = replace(RECIPES["body"], lazy=False)
RECIPES["card"] = RECIPES["gallery"]

# Shared previews (Open Graph, Twitter cards): one JPEG or PNG of the size the networks ask for.
SOCIAL_SPECS = {"photo": "fill-1200x630|format-jpeg", "logo": "max-1200x630|format-png"}
SOCIAL_WIDTH, SOCIAL_HEIGHT = 1200, 630


def _fits(recipe, image, box):
    """Whether the original is large enough for this size (a larger one would be the same file again)."""
    if recipe.operation == "width":
        return box <= image.width
    width, height = box
    if recipe.operation == "fill":
        return width <= image.width and height <= image.height
    return width <= image.width or height <= image.height


def _spec(recipe, box):
    size = str(box) if recipe.operation == "width" else f"{box[0]}x{box[1]}"
    return f"{recipe.operation}-{size}"


def picture_specs(image, recipe_name):
    """The filter specs of `recipe_name` for `image`: each size the original can fill (at least the smallest), in
    each of the recipe's formats."""
    recipe = RECIPES[recipe_name]
    boxes = [box for box in recipe.boxes if _fits(recipe, image, box)] or [recipe.boxes[0]]
    return [f"{_spec(recipe, box)}|format-{fmt}" for fmt in recipe.formats for box in boxes]


def picture_html(image, recipe_name, **attrs):
    """`<picture>` HTML of `image` in recipe `recipe_name`; `attrs` go on the `<img>` (alt, class ...)."""
    recipe = RECIPES[recipe_name]
    specs = picture_specs(image, recipe_name)
    renditions = get_renditions_or_not_found(image, specs)
    attributes = {"decoding": "async"}
    if recipe.lazy:
        attributes["loading"] = "lazy"
    if recipe_name == "hero":
        attributes["fetchpriority"] = "high"  # the largest thing the home page paints first
    if len(specs) > len(recipe.formats):  # several sizes: the browser picks one by the width it shows
        attributes["sizes"] = recipe.sizes
    attributes.update(attrs)
    return Picture(renditions, attributes).__html__()


def social_rendition(image, kind="photo"):
    """The rendition shared previews use (`kind` "photo": cropped to 1200x630; "logo": whole, at most that)."""
    return image.get_rendition(SOCIAL_SPECS[kind])
