"""The default Site's address from WAGTAILADMIN_BASE_URL.

Wagtail's first migration creates the default Site as localhost:80, and nothing changes it: review e-mails, the
API's links and every absolute URL built from the Site then point at http://localhost. After each migrate, a
default Site still at localhost:80 takes the host and port of WAGTAILADMIN_BASE_URL; a Site an administrator has
set is left alone.
"""

from urllib.parse import urlsplit

from django.conf import settings

WAGTAIL_DEFAULT = ("localhost", 80)


def base_url_address():
    """(host, port) of WAGTAILADMIN_BASE_URL, the port implied by the scheme when not given; None when unset."""
    parts = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def align_default_site(**kwargs):
    """post_migrate: the default Site, when still Wagtail's localhost:80, moved to WAGTAILADMIN_BASE_URL's address."""
    from wagtail.models import Site

    address = base_url_address()
    if address is None or address == WAGTAIL_DEFAULT:
        return
    site = Site.objects.filter(is_default_site=True, hostname=WAGTAIL_DEFAULT[0], port=WAGTAIL_DEFAULT[1]).first()
    if site is None or Site.objects.filter(hostname=address[0], port=address[1]).exists():
        return
    site.hostname, site.port = address
    site.save()  # save(), not update(): Wagtail's signal clears its cached site root paths
