import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_security_headers_on_public_pages(client):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_gets_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


def test_admin_policy_covers_the_login_page_only_under_admin(client):
    login = client.get("/admin/login/")
    assert login.status_code == 200 and "'unsafe-inline'" in login["Content-Security-Policy"]
    assert "'unsafe-inline'" not in client.get("/robots.txt")["Content-Security-Policy"]


class ResourceCollector(HTMLParser):
    """URLs a browser would load by itself (not links the visitor may follow)."""

    LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed") and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag in ("img", "source") and attrs.get("srcset"):
            self.urls += [part.strip().split(" ")[0] for part in attrs["srcset"].split(",")]
        if tag == "link" and set((attrs.get("rel") or "").split()) & self.LINK_RELS:
            self.urls.append(attrs.get("href", ""))


def test_public_pages_request_nothing_from_other_hosts(client):
    for url in ("/en/", "/el/", "/en/about/", "/fr/no-such-page/"):
        collector = ResourceCollector()
        collector.feed(client.get(url).content.decode())
        assert collector.urls, url
        foreign = [u for u in collector.urls if u.startswith(("http:", "https:", "//"))]
        assert foreign == [], (url, foreign)
    # Nothing in the stylesheets either (no web fonts, no remote images).
    css = (Path(__file__).resolve().parents[2] / "portal/core/static/core/css/portal.css").read_text()
    assert "url(" not in css and "@import" not in css


def test_admin_has_no_gravatar_or_update_check(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


def test_robots_and_sitemap(client):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Disallow: /admin/" in robots.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in ("en", "fr", "nl", "el", "es", "it"):
        assert f"<loc>http://testserver/{language}/</loc>" in sitemap
        assert f'<xhtml:link rel="alternate" hreflang="{language}" href="http://testserver/{language}/"/>' in sitemap
    # Every live public page in every language is listed once; demo pages are translated into all six.
    from wagtail.models import Page

    expected = Page.objects.live().public().filter(depth__gte=2, alias_of__isnull=True).count()
    assert sitemap.count("<url>") == expected
    assert sitemap.count('hreflang="el"') == sitemap.count('hreflang="fr"') >= 30


def test_unknown_api_path_answers_json_404(client):
    response = client.get("/api/nothing/here/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["message"]


def make_document_form():
    from wagtail.documents.forms import get_document_form
    from wagtail.documents.models import Document

    return get_document_form(Document)


@pytest.fixture
def collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node()


def test_document_upload_rejects_a_renamed_executable(collection, admin_user):
    form_class = make_document_form()
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    form = form_class({"title": "Report", "collection": collection.pk}, {"file": upload}, user=admin_user)
    assert not form.is_valid()
    assert "does not match its .pdf extension" in str(form.errors["file"])


def test_document_upload_rejects_unknown_extensions(collection, admin_user):
    form_class = make_document_form()
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    form = form_class({"title": "Tool", "collection": collection.pk}, {"file": upload}, user=admin_user)
    assert not form.is_valid()
    assert "file" in form.errors


@override_settings(PORTAL_DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_document_upload_rejects_large_files(collection, admin_user):
    form_class = make_document_form()
    upload = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 4096, content_type="application/pdf")
    form = form_class({"title": "Big", "collection": collection.pk}, {"file": upload}, user=admin_user)
    assert not form.is_valid()
    assert "too large" in str(form.errors["file"])


def test_valid_pdf_is_accepted(collection, admin_user):
    form_class = make_document_form()
    upload = SimpleUploadedFile("ok.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    form = form_class({"title": "OK", "collection": collection.pk}, {"file": upload}, user=admin_user)
    assert form.is_valid(), form.errors


def test_svg_images_cannot_be_uploaded(settings):
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert "image/svg+xml" not in settings.WAGTAILDOCS_INLINE_CONTENT_TYPES


def test_sitemap_becomes_an_index_past_its_page_size(client, monkeypatch):
    from portal.core.sitemap import PortalSitemap

    whole = client.get("/sitemap.xml").content.decode()
    monkeypatch.setattr(PortalSitemap, "limit", 7)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    locations = re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", index.content.decode())
    assert locations[:2] == ["http://testserver/sitemap-pages.xml", "http://testserver/sitemap-pages.xml?p=2"]
    parts = [client.get(location.removeprefix("http://testserver")) for location in locations]
    assert all(part.status_code == 200 for part in parts)
    entries = [re.findall(r"<url>.*?</url>", part.content.decode(), re.S) for part in parts]
    assert all(len(chunk) <= 7 for chunk in entries)
    # the same entries, each with all its alternates, wherever its translations fall
    assert [entry for chunk in entries for entry in chunk] == re.findall(r"<url>.*?</url>", whole, re.S)
    assert client.get(f"/sitemap-pages.xml?p={len(locations) + 1}").status_code == 404


def test_sitemap_index_dates_the_site_without_building_every_page(client, monkeypatch):
    """The index is built from a capped count and the latest publication, asked of the database: building each
    page to ask its date, or the first part's pages to find out whether there are more, costs seconds on a site of
    100,000 pages."""
    from django.utils import timezone
    from django.utils.dateformat import format as date_format
    from wagtail.models import Page

    from portal.core.sitemap import PortalSitemap

    built = []
    from_db = Page.from_db.__func__
    monkeypatch.setattr(Page, "from_db", classmethod(lambda cls, *args: built.append(cls) or from_db(cls, *args)))
    monkeypatch.setattr(PortalSitemap, "limit", 100)
    assert Page.objects.live().count() > 300
    index = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in index and len(built) < 30  # the site and its homes, not 101 pages
    latest = max(Page.objects.live().exclude(last_published_at=None).values_list("last_published_at", flat=True))
    assert f"<lastmod>{date_format(timezone.localtime(latest), 'c')}</lastmod>" in index


def test_pages_are_routed_through_an_index_on_their_url_path():
    """Routing reads the pages of a URL by `url_path` (portal/core/routing.py): without an index each page view
    reads the whole page table."""
    from django.db import connection

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(c["index"] and c["columns"] == ["url_path"] for c in constraints.values()), constraints.keys()
