"""What the maps need from the settings: the tile server's URL template, its credit, and the host that the button
asking for the visitor's consent names (network/static/network/js/map.js loads nothing before that click)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation

from portal.core.shell import privacy_page


def tiles(request):
    url = settings.MAP_TILES_URL
    host = urlsplit(url.replace("{s}.", "")).netloc or request.get_host()
    return {
        "url": url,
        "attribution": settings.MAP_TILES_ATTRIBUTION,
        "host": host,
        "privacy_page": privacy_page(request, translation.get_language()),
    }
