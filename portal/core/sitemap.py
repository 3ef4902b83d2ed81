"""One sitemap for every language's tree, with hreflang alternates between real translations.

Wagtail's own sitemap covers only the default site's tree, so it would leave out /fr/, /nl/, ...
"""

from collections import defaultdict
from xml.sax.saxutils import quoteattr

from django.http import HttpResponse
from wagtail.models import Page

from .i18n import current_site


def sitemap_xml(request):
    site = current_site(request)
    homes = Page.objects.filter(translation_key=site.root_page.translation_key) if site else Page.objects.none()
    pages = Page.objects.none()
    for home in homes:
        pages = pages | Page.objects.descendant_of(home, inclusive=True)
    pages = pages.live().public().filter(alias_of__isnull=True).select_related("locale").order_by("path")
    groups = defaultdict(list)
    entries = []
    for page in pages:
        relative = page.get_url(request)
        if not relative:
            continue
        # The request's own host (checked against ALLOWED_HOSTS), not the Site record's hostname and port.
        url = request.build_absolute_uri(relative)
        groups[page.translation_key].append((page.locale.language_code, url))
        entries.append((page, url))
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for page, url in entries:
        out.append(f"<url><loc>{_escape(url)}</loc>")
        if page.last_published_at:
            out.append(f"<lastmod>{page.last_published_at.date().isoformat()}</lastmod>")
        alternates = groups[page.translation_key]
        if len(alternates) > 1:
            for lang, alt_url in alternates:
                out.append(f'<xhtml:link rel="alternate" hreflang="{lang}" href={quoteattr(alt_url)}/>')
        out.append("</url>")
    out.append("</urlset>")
    return HttpResponse("\n".join(out), content_type="application/xml; charset=utf-8")


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
