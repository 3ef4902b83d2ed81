"""The home page shows what is new and next (home.latest): the latest news, the next events with their places, a
good practice and a training module chosen by editors (else the newest), the directory's town search and the
partners; each item in the visitor's language, else in another one, named. It stays in the page cache until one of
those changes, and its queries do not grow with the number of items.

The clock is frozen after the demo's events, so the upcoming events are the test's own.
"""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from events.models import EventIndexPage, Registration
from home import latest
from knowledge.models import GoodPracticeIndexPage, NewsletterIndexPage, PressRoomPage, TrainingIndexPage
from network.models import DirectoryPage
from portal.core import pagecache
from tests.events import factories as event_factories
from tests.helpers import home, translate_as_editor
from tests.knowledge import factories as knowledge_factories
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2034, 3, 1, 10, 0, tzinfo=datetime.UTC)
NEWS_DAY = datetime.date(2034, 2, 1)  # newer than the demo's news


@pytest.fixture(autouse=True)
def clock():
    caches["default"].clear()
    with freeze_time(NOW, tick=True) as frozen:
        yield frozen
    caches["default"].clear()


def index(model, language="en"):
    return model.objects.get(locale__language_code=language)


def section(language="en"):
    return index(EventIndexPage, language).get_children().first().specific


def block(html, heading_id):
    """The HTML of the home's section labelled by `heading_id`."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    assert match, heading_id
    return match.group(0)


def titles(html):
    return re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", html)


def get(url):
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def fr_translation(page, user, django_capture_on_commit_callbacks, suffix=" (fr)"):
    with django_capture_on_commit_callbacks(execute=True):
        return translate_as_editor(page, "fr", lambda text: text + suffix, user)


def press_release(n, day, language="en"):
    return knowledge_factories.press_release(index(PressRoomPage, language), n, date=day)


# --- the blocks ----------------------------------------------------------------------------------------------------


def test_latest_news_mixes_press_releases_and_newsletters_newest_first_with_type_and_date():
    press_release(7001, NEWS_DAY)
    knowledge_factories.newsletter_issue(index(NewsletterIndexPage), 7002, date=NEWS_DAY + datetime.timedelta(days=2))
    press_release(7003, NEWS_DAY + datetime.timedelta(days=1))
    news = block(get("/en/"), "news-heading")
    assert titles(news)[:3] == ["Newsletter 7002", "Release 7003", "Release 7001"]
    assert len(titles(news)) == 4
    assert '<span class="tag">Newsletter</span><time datetime="2034-02-03">3 February 2034</time>' in news
    assert '<span class="tag">Press release</span><time datetime="2034-02-02">' in news
    assert index(PressRoomPage).url in news and index(NewsletterIndexPage).url in news


def test_next_events_soonest_first_with_place_format_and_places_left():
    start = event_factories.local(2034, 4, 2, 10)
    events = [
        event_factories.event(section(), f"Coming event {n}", start=start + datetime.timedelta(days=n))
        for n in (3, 1, 2, 4)
    ]
    seminar = events[1]
    seminar.event_format, seminar.registration_mode, seminar.capacity = "hybrid", "portal", 10
    seminar.venue_city, seminar.venue_country = "Ghent", "BE"
    seminar.save_revision().publish()
    for n in range(3):
        Registration.objects.create(
            event_key=seminar.translation_key, event=seminar, name=f"P{n}", email=f"p{n}@example.org", language="en"
        )
    html = block(get("/en/"), "events-heading")
    assert titles(html) == ["Coming event 1", "Coming event 2", "Coming event 3"]
    assert "7 places left." in html and "Ghent, Belgium" in html and '<span class="tag">Hybrid</span>' in html
    assert "Thursday" not in html and "3 April 2034" in html  # the event pages' own date display
    assert f'href="{index(EventIndexPage).url}"' in html


def test_a_full_event_says_so():
    event = event_factories.event(
        section(), "Small workshop", start=event_factories.local(2034, 4, 2), registration_mode="portal", capacity=1
    )
    Registration.objects.create(event_key=event.translation_key, event=event, name="A", email="a@x.org", language="en")
    assert "Fully booked" in block(get("/en/"), "events-heading")


def test_an_item_only_in_another_language_is_shown_there_named_until_it_is_translated(
    admin_user, django_capture_on_commit_callbacks
):
    release = press_release(7101, NEWS_DAY + datetime.timedelta(days=9))
    news = block(get("/fr/"), "news-heading")
    # Under the visitor's prefix: the page in English with a notice in French (portal.core.fallback).
    fallback_url = "/fr/" + release.url.removeprefix("/en/")
    assert f'<a href="{fallback_url}" lang="en" hreflang="en">Release 7101</a>' in news
    assert 'Langue\u00a0: <span lang="en">English</span>' in news

    fr_translation(release, admin_user, django_capture_on_commit_callbacks)
    news = block(get("/fr/"), "news-heading")
    assert "Release 7101 (fr)" in news and "Release 7101<" not in news
    assert 'lang="en"' not in news
    assert "Release 7101<" in block(get("/en/"), "news-heading")


def test_the_chosen_good_practice_is_shown_in_the_visitors_language_through_the_synchronised_choice(
    admin_user, django_capture_on_commit_callbacks
):
    practices = index(GoodPracticeIndexPage)
    old = knowledge_factories.GoodPracticePageFactory(parent=practices, n=7201, date=datetime.date(2001, 1, 1))
    knowledge_factories.GoodPracticePageFactory(parent=practices, n=7202, date=NEWS_DAY)
    french = fr_translation(old, admin_user, django_capture_on_commit_callbacks, suffix=" en français")

    # Nothing chosen: the newest, in English on the French home (it has no French version).
    assert "Practice 7202" in block(get("/fr/"), "practice-heading")

    english_home = home("en")
    english_home.featured_good_practice = old
    english_home.save_revision().publish()
    assert "Practice 7201" in block(get("/en/"), "practice-heading")

    # The editor syncs the French home, as "Sync translated pages" does: the choice is copied, not translated.
    source, _created = TranslationSource.update_or_create_from_instance(english_home)
    translation = Translation.objects.get(source=source, target_locale=Locale.objects.get(language_code="fr"))
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    assert home("fr").featured_good_practice_id == old.pk
    html = block(get("/fr/"), "practice-heading")
    assert f'<a href="{french.url}">Practice 7201 en français</a>' in html and 'lang="en"' not in html


def test_editors_choose_the_featured_pages_in_the_home_editor(admin_client):
    html = admin_client.get(f"/admin/pages/{home('en').pk}/edit/").content.decode()
    assert 'name="featured_good_practice"' in html and 'name="featured_training"' in html
    assert "Empty: the newest good practice." in html


def test_a_preview_shows_the_draft_choice_and_keeps_it_out_of_the_visitors_home(rf):
    practices = index(GoodPracticeIndexPage)
    chosen = knowledge_factories.GoodPracticePageFactory(parent=practices, n=7211, date=datetime.date(2001, 1, 1))
    knowledge_factories.GoodPracticePageFactory(parent=practices, n=7212, date=NEWS_DAY)
    get("/en/")  # the visitors' blocks are kept
    draft = home("en")
    draft.featured_good_practice = chosen  # an editor's unsaved choice, previewed
    preview = rf.get("/en/")
    preview.is_preview = True
    assert latest.blocks(draft, preview)["good_practice"]["page"].pk == chosen.pk
    assert "Practice 7212" in block(get("/en/"), "practice-heading")  # visitors still see the newest


def test_the_newest_training_module_when_none_is_chosen():
    module = knowledge_factories.TrainingModulePageFactory(parent=index(TrainingIndexPage), n=7301, date=NEWS_DAY)
    html = block(get("/en/"), "training-heading")
    assert titles(html) == [module.title]


def test_the_directory_teaser_searches_the_directory_by_town():
    directory = index(DirectoryPage)
    network_factories.organisation(directory, "Centre in Larissa", city="Larissa")
    html = block(get("/en/"), "directory-heading").replace("<section", "<div")
    assert f'action="{directory.url}"' in html and 'method="get"' in html
    assert '<select id="home-town" name="town">' in html and '<option value="Larissa">Larissa</option>' in html
    assert "Sorted by distance from Larissa." in get(directory.url + "?town=Larissa")


def test_partners_link_to_their_pages():
    directory = index(DirectoryPage)
    partner = network_factories.organisation(directory, "Partner centre", is_partner=True)
    network_factories.organisation(directory, "Not a partner centre")
    html = block(get("/en/"), "partners-heading")
    assert f'<a href="{partner.url}">Partner centre</a>' in html and "Not a partner centre" not in html


def test_the_sections_stay_listed():
    html = get("/en/")
    nav = re.search(r'<nav class="home-sections".*?</nav>', html, re.S).group(0)
    for model in (PressRoomPage, EventIndexPage, DirectoryPage, GoodPracticeIndexPage):
        assert f'href="{index(model).url}"' in nav


# --- queries -------------------------------------------------------------------------------------------------------


def add_items(start, count):
    """`count` more of everything the home lists: news, events with registrations, partners, practices, modules."""
    events_section = section()
    directory = index(DirectoryPage)
    for n in range(start, start + count):
        day = NEWS_DAY - datetime.timedelta(days=n)
        knowledge_factories.PressReleasePageFactory(parent=index(PressRoomPage), n=8000 + n, date=day)
        knowledge_factories.NewsletterIssuePageFactory(parent=index(NewsletterIndexPage), n=8000 + n, date=day)
        knowledge_factories.GoodPracticePageFactory(parent=index(GoodPracticeIndexPage), n=8000 + n, date=day)
        knowledge_factories.TrainingModulePageFactory(parent=index(TrainingIndexPage), n=8000 + n, date=day)
        event = event_factories.event(
            events_section,
            f"Counted event {n}",
            start=event_factories.local(2034, 4, 1) + datetime.timedelta(days=n),
            registration_mode="portal",
            capacity=50,
        )
        Registration.objects.create(
            event_key=event.translation_key, event=event, name="R", email=f"r{n}@example.org", language="en"
        )
        network_factories.organisation(directory, f"Counted partner {n}", city=f"Town {n}", is_partner=True)


def count(url):
    client = Client()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_page_queries_do_not_grow_with_the_items(language):
    add_items(0, 3)
    few = count(f"/{language}/")
    add_items(3, 27)
    assert count(f"/{language}/") == few
    assert few <= 12, few


def test_the_blocks_are_read_once_per_change_and_follow_registrations():
    add_items(0, 3)
    client = Client()
    client.get("/en/")
    latest.bump()  # as a publication does
    with CaptureQueriesContext(connection) as cold:
        client.get("/en/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/en/")
    assert 0 < len(cold) - len(warm) <= 8  # one query a block, once
    event = event_factories.event(
        section(),
        "Tomorrow's event",
        start=timezone.now() + datetime.timedelta(days=1),
        registration_mode="portal",
        capacity=50,
    )
    assert "50 places left." in client.get("/en/").content.decode()
    Registration.objects.create(
        event_key=event.translation_key, event=event, name="B", email="b@example.org", language="en"
    )
    assert "49 places left." in client.get("/en/").content.decode()  # no page cache here: the blocks' own token


# --- the page cache ------------------------------------------------------------------------------------------------


def cached_html(url):
    """The page once kept (a miss, then a hit), and what a later visit gets."""
    Client().get(url)
    response = Client().get(url)
    assert response[pagecache.HEADER] == "hit"
    return response.content.decode()


def visit(url):
    response = Client().get(url)
    return response[pagecache.HEADER], response.content.decode()


def test_publishing_a_press_release_refreshes_the_cached_homes_of_every_language(
    page_cache, django_capture_on_commit_callbacks
):
    cached_html("/en/"), cached_html("/fr/"), cached_html("/el/")
    with django_capture_on_commit_callbacks(execute=True):
        press_release(7401, NEWS_DAY + datetime.timedelta(days=20))
    for url in ("/en/", "/fr/", "/el/"):
        state, html = visit(url)
        assert state == "miss" and "Release 7401" in block(html, "news-heading"), url
        assert visit(url)[0] == "hit"


def test_publishing_an_event_and_taking_a_place_refresh_the_cached_home(page_cache, django_capture_on_commit_callbacks):
    cached_html("/en/")
    with django_capture_on_commit_callbacks(execute=True):
        event = event_factories.event(
            section(), "Cached event", start=event_factories.local(2034, 3, 20), registration_mode="portal", capacity=5
        )
    state, html = visit("/en/")
    assert state == "miss" and "5 places left." in block(html, "events-heading")
    cached_html("/fr/")
    with django_capture_on_commit_callbacks(execute=True):
        Registration.objects.create(
            event_key=event.translation_key, event=event, name="A", email="a@example.org", language="en"
        )
    assert "4 places left." in block(visit("/en/")[1], "events-heading")
    state, html = visit("/fr/")
    assert state == "miss" and "Il reste 4 places." in html  # the English event, named, on the French home
