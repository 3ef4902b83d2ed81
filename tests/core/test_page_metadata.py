"""Every page of the demo site describes itself (one meta description of at most 160 characters, Open Graph and a
Twitter card with an image that answers), and pictures are responsive: modern formats with a fallback, sizes,
width and height, lazy below the fold only (portal.core.metadata, portal.core.images)."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site, get_page_models

from events.models import EventPage, EventPhoto
from home.models import HomePage
from portal.core.metadata import MAX_DESCRIPTION, description, shorten
from portal.core.models import SiteSettings
from tests.events import factories as event_factories
from tests.home.factories import StandardPageFactory
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db

DOMAIN_APPS = ("home", "knowledge", "network", "events")
PAGE_TYPES = sorted(
    model._meta.label
    for model in get_page_models()
    if model._meta.app_label in DOMAIN_APPS and not model._meta.abstract
)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def meta(document, prop):
    found = document.find_all("meta", attrs={"property": prop}) or document.find_all("meta", attrs={"name": prop})
    assert len(found) == 1, f"{prop}: {len(found)} tags"
    return found[0]["content"]


def demo_page(label, language="en"):
    model = next(m for m in get_page_models() if m._meta.label == label)
    page = model.objects.live().filter(locale__language_code=language, alias_of__isnull=True).first()
    assert page is not None, f"the demo site has no {label} in {language}"
    return page


def answers(client, url):
    """Whether an absolute URL of this site answers 200 through the test client (a rendition or a static file)."""
    parts = urlsplit(url)
    assert parts.scheme in ("http", "https") and parts.netloc, url
    response = client.get(parts.path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code == 200 and response["Content-Type"].startswith("image/") and len(body) > 0


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_every_page_type_describes_itself(client, label):
    page = demo_page(label)
    document = soup(client, page.url)
    descriptions = document.find_all("meta", attrs={"name": "description"})
    assert len(descriptions) == 1
    text = descriptions[0]["content"]
    assert 0 < len(text) <= MAX_DESCRIPTION and "<" not in text
    assert meta(document, "og:description") == text
    assert meta(document, "og:title")
    assert meta(document, "og:url").endswith(page.url)
    assert meta(document, "og:locale") == "en"
    assert meta(document, "twitter:card") == "summary_large_image"
    image = meta(document, "og:image")
    assert int(meta(document, "og:image:width")) > 0 and int(meta(document, "og:image:height")) > 0
    assert meta(document, "og:image:alt")
    assert answers(client, image), image


def test_translations_are_named_as_alternate_locales(client):
    document = soup(client, HomePage.objects.get(locale__language_code="fr").url)
    assert meta(document, "og:locale") == "fr"
    alternates = {tag["content"] for tag in document.find_all("meta", attrs={"property": "og:locale:alternate"})}
    assert alternates == {code for code, _name in settings.LANGUAGES} - {"fr"}


def test_a_view_that_is_no_page_is_described_too(client):
    document = soup(client, "/en/search/")
    assert 0 < len(meta(document, "description")) <= MAX_DESCRIPTION
    assert answers(client, meta(document, "og:image"))


def test_a_page_shares_its_own_image(client):
    page = demo_page("home.HomePage")
    assert page.hero_image is not None
    document = soup(client, page.url)
    image = meta(document, "og:image")
    assert "/media/images/" in image and image.endswith(".jpg")
    assert (meta(document, "og:image:width"), meta(document, "og:image:height")) == ("1200", "630")
    assert meta(document, "og:image:alt") == page.hero_image_alt


def test_the_section_default_from_the_site_settings(client):
    """An event without an image of its own shares the events' image from the site settings, other sections the
    site's default; without settings, the static file."""
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    practice = demo_page("knowledge.GoodPracticePage")
    for page in (event, practice):  # the demo's pages have images of their own: without one
        type(page).objects.filter(pk=page.pk).update(card_image=None)
    event.refresh_from_db()
    assert event.social_image() is None
    assert "/static/core/img/og-default.png" in meta(soup(client, event.url), "og:image")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.og_image_events = get_image_model().objects.create(title="Events", file=get_test_image_file())
    settings.save()
    event_image = meta(soup(client, event.url), "og:image")
    assert "/media/images/" in event_image and answers(client, event_image)
    assert "/static/core/img/og-default.png" in meta(soup(client, practice.url), "og:image")


def test_descriptions_come_from_the_page_texts():
    report = demo_page("events.EventReportPage")
    assert not report.search_description
    assert description(report) == shorten(report.summary.strip())
    page = Page.objects.get(pk=report.pk).specific
    page.search_description = "Written by an editor."
    assert description(page) == "Written by an editor."


def test_a_long_text_is_cut_on_a_word_boundary():
    text = "word " * 60
    cut = shorten(text.strip())
    assert len(cut) <= MAX_DESCRIPTION and cut.endswith("word…")
    assert shorten("short text") == "short text"
    assert len(shorten("x" * 400)) == MAX_DESCRIPTION


def pictures(document):
    return document.select("main picture")


def test_the_hero_is_responsive_and_loads_first(client):
    document = soup(client, demo_page("home.HomePage").url)
    picture = pictures(document)[0]
    assert picture.find("source", attrs={"type": "image/avif"})
    img = picture.find("img")
    assert img["width"] and img["height"] and img["decoding"] == "async"
    assert img.get("loading") != "lazy" and img["fetchpriority"] == "high"
    assert img["src"].endswith(".jpg")


def test_gallery_photos_are_responsive_and_lazy(client):
    """A report's photos: WebP with a JPEG fallback (the 640x480 original fills only the smaller of the two crops,
    so the larger is left out), lazy; the first photo is what the report shares."""
    report = event_factories.report(event_factories.event(event_factories.section(event_factories.event_index())))
    image = get_image_model().objects.create(title="Photo", file=get_test_image_file())
    EventPhoto.objects.create(page=report, image=image, alt_text="A workshop", consent_noted=True, locale=report.locale)
    document = soup(client, report.url)
    pictures = document.select(".gallery picture")
    assert len(pictures) == 1
    source = pictures[0].find("source", attrs={"type": "image/webp"})
    assert source and source["srcset"].endswith(".webp")
    img = pictures[0].find("img")
    assert (img["width"], img["height"], img["alt"]) == ("480", "320", "A workshop")
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert img["src"].endswith(".jpg") and answers(client, "http://testserver" + img["src"])
    assert "/media/images/" in meta(document, "og:image") and meta(document, "og:image:alt") == "A workshop"


def test_an_organisation_logo_is_its_picture_and_its_preview(client):
    logo = get_image_model().objects.create(title="Logo", file=get_test_image_file(size=(800, 400)))
    page = network_factories.organisation(network_factories.directory(), "Logo centre")
    page.logo = logo
    page.save_revision().publish()
    document = soup(client, page.url)
    picture = document.select_one("main picture")
    assert picture.find("source", attrs={"type": "image/avif"})
    img = picture.find("img")
    assert (img["width"], img["height"]) == ("240", "120") and img["src"].endswith(".png")
    assert "240w" in img["srcset"] and "480w" in img["srcset"] and img["sizes"] == "240px"
    assert img.get("loading") != "lazy"
    image = meta(document, "og:image")
    assert ".max-1200x630.format-png" in image and answers(client, image)
    assert meta(document, "og:image:alt") == "Logo centre"


def test_body_images_are_lazy(client):
    image = get_image_model().objects.create(title="Body", file=get_test_image_file(size=(1000, 500)))
    value = {"image": {"image": image.pk, "alt_text": "Fields", "decorative": False}, "caption": "Caption"}
    page = StandardPageFactory(title="With an image")
    page.body = [{"type": "image", "value": value}]
    page.save_revision().publish()
    document = soup(client, page.url)
    img = document.select_one(".image-block picture img")
    assert img["loading"] == "lazy" and img["alt"] == "Fields"
    assert "480w" in img["srcset"] and "800w" in img["srcset"] and "1200w" not in img["srcset"]
    assert document.select_one(".image-block picture source")["type"] == "image/webp"
    assert meta(document, "og:image:alt") == "Fields"
