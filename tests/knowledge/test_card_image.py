"""A page's own image: on its card, at the top of its page and in its shared preview, always with a description."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventPage
from knowledge.models import GoodPracticeIndexPage, GoodPracticePage
from portal.core.fields import codes_q

from . import factories

pytestmark = pytest.mark.django_db


def practice(language, sector="agriculture"):
    return (
        GoodPracticePage.objects.live()
        .filter(codes_q("sectors", [sector]), locale__language_code=language, alias_of__isnull=True)
        .exclude(card_image=None)
        .first()
    )


def images_with_alt(html):
    return re.findall(r'<img [^>]*alt="([^"]+)"', html)


def test_the_demo_pages_have_an_image_described_in_their_language(client):
    english, greek = practice("en"), practice("el")
    assert english.card_image_alt == "Rows of crops under a rising sun, in a simple drawing"
    assert greek.card_image_alt == "Σειρές καλλιεργειών κάτω από τον ήλιο που ανατέλλει, σε απλό σχέδιο"
    assert greek.card_image_id == english.card_image_id  # the image is shared, its description translated
    event = EventPage.objects.filter(codes_q("sectors", ["fisheries"]), locale__language_code="fr").first()
    assert event.card_image_alt == "Un petit bateau de pêche sur une mer calme, en dessin simple"


def test_the_image_shows_on_the_card_the_page_and_its_preview(client):
    page = practice("el")
    detail = client.get(page.url).content.decode()
    assert page.card_image_alt in images_with_alt(detail.split('class="lead-image"')[1])
    preview = re.search(r'<meta property="og:image" content="([^"]+)"', detail).group(1)
    assert page.card_image.get_rendition("fill-1200x630|format-jpeg").url in preview
    listing = client.get(page.get_parent().url).content.decode()
    card = listing.split(f">{page.title}</a>")[0].rsplit('<li class="card">', 1)[1]
    assert 'class="card-image"' in card and f'alt="{page.card_image_alt}"' in card and 'loading="lazy"' in card


def test_an_image_without_a_description_is_refused():
    page = practice("en")
    page.card_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "card_image_alt" in error.value.message_dict


def test_cards_with_images_cost_the_same_queries_for_few_and_many(client):
    index = factories.index(GoodPracticeIndexPage, "Pictured practices")
    image = practice("en").card_image

    def add(start, count):
        for n in range(start, start + count):
            factories.GoodPracticePageFactory(parent=index, n=n, card_image=image, card_image_alt=f"Picture {n}")

    def queries():
        client.get(index.url)
        with CaptureQueriesContext(connection) as captured:
            html = client.get(index.url).content.decode()
        return len(captured), html.count('class="card-image"')

    add(0, 3)
    few, shown = queries()
    add(3, 9)  # a full page of cards
    assert (few, shown) == (few, 3) and queries() == (few, 12)


def test_a_page_seen_again_writes_nothing_to_the_shared_database_cache(client, settings):
    """Wagtail writes the renditions it reads from its cache back on every call: on the database cache that was a
    row written per picture size on every view. Renditions now live in each process's memory."""
    from django.core.cache import caches
    from django.core.management import call_command

    settings.CACHES = settings.SHARED_DATABASE_CACHES
    call_command("createcachetable", verbosity=0)
    page = practice("en")
    try:
        for url in (page.url, page.get_parent().url):
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            writes = [q["sql"] for q in queries if "portal_cache" in q["sql"] and not q["sql"].startswith("SELECT")]
            assert writes == [], (url, writes)
    finally:
        caches["default"].clear()
