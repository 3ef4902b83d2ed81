"""What a page says about itself to search engines and social networks: its meta description and its Open Graph
image, worked out from what the page already holds, so that editors (and the demo seeder) need not fill
`search_description` on every page.

Description: the page's `search_description` when an editor wrote one, else the first of its summary,
introduction, description (`DESCRIPTION_FIELDS`), first paragraph of its body, what its feeds show
(`feed_summary()`), or what the page type makes of its facts (`fallback_description()`); else the portal's own
one-line description. HTML is stripped and the text cut to at most `MAX_DESCRIPTION` characters on a word
boundary. The same text is the page's `og:description`.

Image: the page's own (`social_image()`, which a page type overrides: an organisation's logo, a report's first
photo, a home page's hero; by default the first image of the page's body), else the site settings' image for the
page's section, else the site's, else the static file `core/img/og-default.png` (1200x630, the portal's name on
its colour).
"""

import logging
import re

from django.templatetags.static import static
from django.utils.translation import gettext as _
from wagtail.images.models import SourceImageIOError

from .images import SOCIAL_HEIGHT, SOCIAL_WIDTH, social_rendition
from .text import html_to_text

logger = logging.getLogger(__name__)

MAX_DESCRIPTION = 160
ELLIPSIS = "…"
DESCRIPTION_FIELDS = ("summary", "intro", "description")
DEFAULT_IMAGE = "core/img/og-default.png"
PORTAL_NAME = "Primacenters Portal"


def site_description():
    return _(
        "Primacenters: employment centres, good practices, training and events for the decent work of migrants "
        "in agriculture, fisheries and the whole primary sector."
    )


def plain(text):
    """One line of plain text from plain text or HTML."""
    text = str(text or "")
    if "<" in text:
        text = html_to_text(text, links=False)
    return re.sub(r"\s+", " ", text).strip()


def shorten(text, limit=MAX_DESCRIPTION):
    """`text` cut to at most `limit` characters on a word boundary, an ellipsis showing the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS) + 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    else:
        cut = cut[: limit - len(ELLIPSIS)]
    return cut.rstrip(" ,;:.–—-") + ELLIPSIS


def _first_paragraph(page):
    for name in getattr(page, "rendered_streams", ()):
        for block in getattr(page, name, None) or ():
            if block.block_type == "paragraph":
                text = plain(block.value.source if hasattr(block.value, "source") else block.value)
                if text:
                    return text
    return ""


def description(page):
    """The page's meta description (see the module's docstring); the portal's own for a view that is no page."""
    if page is None:
        return shorten(site_description())
    candidates = [
        lambda: page.search_description,
        *(lambda name=name: getattr(page, name, "") for name in DESCRIPTION_FIELDS),
        lambda: _first_paragraph(page),
        lambda: page.feed_summary() if hasattr(page, "feed_summary") else "",
        lambda: page.fallback_description() if hasattr(page, "fallback_description") else "",
    ]
    for candidate in candidates:
        text = plain(candidate())
        if text:
            return shorten(text)
    return shorten(site_description())


def first_stream_image(page):
    """(image, alt text) of the first image block in the page's rendered StreamFields, or None."""
    for name in getattr(page, "rendered_streams", ()):
        for block in getattr(page, name, None) or ():
            if block.block_type == "image":
                image = block.value.get("image")
                if image is not None:
                    return image, getattr(image, "contextual_alt_text", "") or ""
    return None


# The site settings' field holding each section's default image, by the page type's app.
SECTION_IMAGE_FIELDS = {
    "knowledge": "og_image_knowledge",
    "network": "og_image_network",
    "events": "og_image_events",
}


def default_images(settings_obj):
    """{section or "": {url, width, height, alt}} from the site settings (paths, not absolute URLs: cached for
    every host of the site); "" is the site-wide default, the static file when the settings have none."""
    found = {
        "": {
            "url": static(DEFAULT_IMAGE),
            "width": SOCIAL_WIDTH,
            "height": SOCIAL_HEIGHT,
            "alt": PORTAL_NAME,
        }
    }
    if settings_obj is None:
        return found
    fields = {"": "og_image", **SECTION_IMAGE_FIELDS}
    for section, field in fields.items():
        image = getattr(settings_obj, field, None)
        if image is not None:
            try:
                found[section] = image_data(image, image.default_alt_text)
            except SourceImageIOError:
                logger.warning("Image %s of the site settings has no file", image.pk)
    return found


def image_data(image, alt, kind="photo"):
    rendition = social_rendition(image, kind)
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt or ""}


def social_image(page, defaults):
    """{url, width, height, alt} of the page's shared preview (a path or an absolute URL). A page whose own image
    has lost its file (a restore without the media folder) is shared with the section's image: a missing preview
    must not turn the page into an error."""
    own = page.social_image() if page is not None and hasattr(page, "social_image") else None
    if own is not None:
        image, alt, kind = (*own, "photo")[:3]
        try:
            return image_data(image, alt, kind)
        except SourceImageIOError:
            logger.warning("Image %s has no file: page %s is shared without it", image.pk, page.pk)
    section = page._meta.app_label if page is not None else ""
    return defaults.get(section) or defaults[""]
