"""The page cache (portal/core/pagecache.py): anonymous pages kept whole in the shared cache, form pages with each
visitor's own CSRF token put in, never a page with a session, a message, what a visitor typed or a nonce, and dropped
exactly when something they show changes, after commit.

Every test turns the cache on (the test settings keep it off for the rest of the suite) and reads `X-Page-Cache`
(hit / miss / absent when the request or the answer is not cacheable). Each visitor is a fresh test client, so no
cookie of another request sends it past the cache by accident.
"""

import re
import uuid

import pytest
from django.contrib import messages
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time
from wagtail.models import Page, PageViewRestriction, Site

from events.models import EventOrganisation
from portal.core import pagecache
from portal.core.models import FooterText, SiteSettings
from tests.events import factories as event_factories
from tests.helpers import translate_as_editor
from tests.knowledge import factories as knowledge_factories
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db

HEADER = pagecache.HEADER


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs the change and then its on_commit callbacks, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def visit(url, client=None, **headers):
    response = (client or Client()).get(url, headers=headers)
    return response.get(HEADER), response


def cached(*urls):
    """Requests each URL until it is kept: the first visit is a miss, the second a hit."""
    for url in urls:
        first, response = visit(url)
        assert response.status_code == 200, (url, response.status_code)
        assert first in ("miss", "hit"), (url, first)
        assert visit(url)[0] == "hit", url


def html(url):
    return visit(url)[1].content.decode()


@pytest.fixture
def room():
    """A press room with two releases, under the English home."""
    from knowledge.models import PressRoomPage

    index = knowledge_factories.index(PressRoomPage, "Cache press room")
    first = knowledge_factories.press_release(index, 901)
    second = knowledge_factories.press_release(index, 902)
    return index, first, second


# --- what is kept, and how it is served ---------------------------------------------------------------------------


def test_an_anonymous_page_is_kept_and_served_with_public_validators(page_cache, room):
    index, release, _other = room
    state, first = visit(release.url)
    assert state == "miss" and first.status_code == 200
    cache_control = {part.strip() for part in first["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=60"}
    assert first["ETag"] and first["Last-Modified"]

    state, second = visit(release.url)
    assert state == "hit" and second.content == first.content and second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"] and second["Content-Language"] == "en"
    assert second["Content-Security-Policy"]  # added by the middleware above the cache, on hits too

    assert Client().head(release.url)[HEADER] == "hit"
    not_modified = Client().get(release.url, headers={"if-none-match": first["ETag"]})
    assert not_modified.status_code == 304 and not_modified[HEADER] == "hit"
    assert Client().get(release.url, headers={"if-modified-since": first["Last-Modified"]}).status_code == 304


def test_keys_hold_the_language_and_the_full_query_string(page_cache, room):
    index, _release, _other = room
    cached(index.url, "/fr/")
    assert visit(index.url + "?page=2")[0] == "miss"
    assert visit(index.url + "?page=2")[0] == "hit"
    assert visit(index.url + "?page=2&sort=title")[0] == "miss"
    assert visit("/en/")[0] == "miss"
    assert visit("/en/", host="localhost")[0] == "miss"  # keyed per host


def test_feeds_calendars_and_the_sitemap_are_kept(page_cache):
    section = event_factories.section(event_factories.event_index("Cache events"))
    event = event_factories.event(section, "Cached seminar", start=event_factories.local(2031, 3, 2))
    cached(event.url + "event.ics", "/sitemap.xml")
    directory = network_factories.directory()
    network_factories.organisation(directory, "Mapped centre")
    cached(directory.url + "geojson/")


def test_a_hit_keeps_the_content_security_policy_the_view_gave(page_cache):
    """The newsletter's e-mail version allows its own inline styles; served from the cache, it still does."""
    from tests.knowledge.test_newsletter_subscription import make_index, make_issue

    url = make_issue(make_index()).url + "email/"
    first, miss = visit(url)
    hit_state, hit = visit(url)
    assert (first, hit_state) == ("miss", "hit")
    assert "'unsafe-hashes'" in miss["Content-Security-Policy"]
    assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]


def test_redirects_and_not_found_are_never_kept(page_cache):
    for url in ("/", "/en/no-such-page-here/"):
        assert visit(url)[0] is None and visit(url)[0] is None


def test_unrelated_and_csrf_cookies_keep_the_cache_but_session_and_messages_cookies_bypass_it(page_cache, room):
    _index, release, _other = room
    cached(release.url)
    assert visit(release.url, client=client_with_cookie("_pk_id", "1"))[0] == "hit"
    assert visit(release.url, client=client_with_cookie("csrftoken", "x"))[0] == "hit"  # opened a form once
    for name in ("sessionid", "messages"):
        assert visit(release.url, client=client_with_cookie(name, "x"))[0] is None, name


def client_with_cookie(name, value):
    client = Client()
    client.cookies[name] = value
    return client


# --- who never gets a cached page, and what never leaks --------------------------------------------------------------


def test_an_editor_never_gets_the_cached_page_and_never_fills_it(page_cache, room, admin_user):
    _index, release, _other = room
    cached(release.url)
    editor = Client()
    editor.force_login(admin_user)
    state, response = visit(release.url, client=editor)
    assert state is None and response.status_code == 200
    assert "userbar" in response.content.decode()  # the editor's own page, with Wagtail's user bar
    state, anonymous = visit(release.url)
    assert state == "hit" and "userbar" not in anonymous.content.decode()


FORM_TAG = re.compile(r'<form method="post" action="([^"]*)"')
TOKEN_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')


def form_token(response):
    """The CSRF token in a page's form; the page holds no placeholder."""
    html = response.content.decode()
    assert pagecache.csrf_placeholder() not in html and "csrf-placeholder" not in html
    tokens = set(TOKEN_INPUT.findall(html))
    assert len(tokens) == 1, tokens
    return tokens.pop()


def posts_past_csrf(client, response, token):
    """Posting the page's (empty) form with `token` gets past the CSRF check: refused fields, never a 403."""
    action = FORM_TAG.search(response.content.decode()).group(1)
    answer = client.post(action, {"csrfmiddlewaretoken": token})
    return answer.status_code != 403


@freeze_time("2026-01-10 12:00:00")
def test_form_pages_are_kept_and_each_visitor_gets_their_own_valid_token(page_cache):
    from tests.core.test_form_pages_private import form_pages

    for name, url in form_pages().items():
        tokens = set()
        for expected in ("miss", "hit", "hit"):
            visitor = Client(enforce_csrf_checks=True)
            state, response = visit(url, client=visitor)
            assert (state, response.status_code) == (expected, 200), name
            directives = {part.strip() for part in response["Cache-Control"].split(",")}
            assert "private" in directives and "public" not in directives, name
            assert not response.has_header("ETag") and not response.has_header("Last-Modified"), name
            token = form_token(response)
            assert response.cookies["csrftoken"].value and token not in tokens, name
            tokens.add(token)
            assert posts_past_csrf(visitor, response, token), name
            assert not posts_past_csrf(Client(enforce_csrf_checks=True), response, token), name  # not someone else's


def test_the_organisation_page_is_served_from_the_cache_without_a_query(page_cache):
    organisation = network_factories.organisation(network_factories.directory(), "Queried centre")
    assert visit(organisation.url)[0] == "miss"
    with CaptureQueriesContext(connection) as queries:
        state, response = visit(organisation.url)
    assert state == "hit" and len(queries) == 0
    assert 'name="csrfmiddlewaretoken"' in response.content.decode() and response.cookies["csrftoken"].value


def test_a_kept_form_page_answers_a_conditional_request_and_head_with_the_visitors_token(page_cache):
    organisation = network_factories.organisation(network_factories.directory(), "Conditional centre")
    cached(organisation.url)
    later = "Sat, 01 Jan 2050 00:00:00 GMT"
    state, response = visit(organisation.url, if_none_match='"anything"', if_modified_since=later)
    assert (state, response.status_code) == ("hit", 200) and form_token(response)
    head = Client().head(organisation.url)
    assert (head[HEADER], head.status_code) == ("hit", 200) and head.cookies["csrftoken"].value


def test_a_visitor_with_a_csrf_cookie_gets_kept_pages_and_keeps_their_cookie(page_cache, room):
    """Someone who opened a form once is served from the cache, the form page too, with a token for the cookie they
    already have, so a form they opened earlier in another tab still posts."""
    organisation = network_factories.organisation(network_factories.directory(), "Returning centre")
    _index, release, _other = room
    cached(release.url, organisation.url)
    visitor = Client(enforce_csrf_checks=True)
    _state, first = visit(organisation.url, client=visitor)
    cookie = first.cookies["csrftoken"].value
    assert visit(release.url, client=visitor)[0] == "hit"
    state, again = visit(organisation.url, client=visitor)
    assert state == "hit" and again.cookies["csrftoken"].value == cookie
    assert posts_past_csrf(visitor, again, form_token(first))  # the earlier page's token still matches


def test_a_visitor_with_a_session_never_gets_a_kept_form_page(page_cache, admin_user):
    organisation = network_factories.organisation(network_factories.directory(), "Session centre")
    cached(organisation.url)
    editor = Client()
    editor.force_login(admin_user)
    for client in (editor, client_with_cookie("sessionid", "x")):
        state, response = visit(organisation.url, client=client)
        assert state is None and response.status_code == 200
        assert visit(organisation.url, client=client)[0] is None
        form_token(response)
    assert visit(organisation.url)[0] == "hit"


def test_a_post_with_errors_is_never_kept_and_never_shown_to_the_next_visitor(page_cache):
    organisation = network_factories.organisation(network_factories.directory(), "Typed centre")
    cached(organisation.url)
    poster = Client(enforce_csrf_checks=True)
    _state, page = visit(organisation.url, client=poster)
    poster_token = form_token(page)
    data = {"name": "Secret Sender", "email": "not-an-address", "subject": "Hi", "csrfmiddlewaretoken": poster_token}
    refused = poster.post(organisation.url + "contact/", data)
    assert refused.status_code == 400 and "Secret Sender" in refused.content.decode()
    assert HEADER not in refused and "no-store" in refused["Cache-Control"]
    for url in (organisation.url, organisation.url + "contact/"):
        for _visitor in range(2):
            _state, response = visit(url)
            text = response.content.decode()
            assert "Secret Sender" not in text and "not-an-address" not in text and poster_token not in text
    assert visit(organisation.url)[0] == "hit"


def test_a_page_whose_view_called_get_token_itself_is_not_kept(page_cache, room):
    """A token that did not come from `{% csrf_token %}` (a view's own `get_token`) is not behind the placeholder:
    such a page is the visitor's own, private and never kept."""
    from django.middleware.csrf import CsrfViewMiddleware, get_token

    page = room[1]

    def view(request):
        setattr(request, pagecache.PAGE_ATTR, page)
        return HttpResponse(f"<meta name='csrf' content='{get_token(request)}'>")

    stack = pagecache.PageCacheMiddleware(CsrfViewMiddleware(pagecache.FormTokenMiddleware(view)))
    first, second = stack(RequestFactory().get("/en/token/")), stack(RequestFactory().get("/en/token/"))
    assert HEADER not in first and HEADER not in second and first.content != second.content
    assert "private" in second["Cache-Control"]


def test_the_placeholder_never_reaches_a_visitor_whatever_carried_it(page_cache):
    """A placeholder that reached an answer by another way than this request's own rendering (a fragment kept
    elsewhere) is replaced by the visitor's token all the same."""
    from django.middleware.csrf import CsrfViewMiddleware

    def view(request):
        return HttpResponse(f"<input value='{pagecache.csrf_placeholder()}'>")

    stack = CsrfViewMiddleware(pagecache.FormTokenMiddleware(view))
    response = stack(RequestFactory().get("/en/fragment/"))
    assert pagecache.csrf_placeholder() not in response.content.decode()
    assert response.cookies["csrftoken"].value and "private" in response["Cache-Control"]


def test_an_event_page_with_open_registration_is_not_kept_past_the_deadline(page_cache):
    section = event_factories.section(event_factories.event_index("Deadline events"))
    deadline = event_factories.local(2030, 5, 1, 12, 5)  # 10:05 UTC
    with freeze_time("2030-05-01 10:00:00"):
        event = event_factories.event(
            section,
            "Seminar closing soon",
            start=event_factories.local(2030, 5, 14),
            registration_mode="portal",
            registration_deadline=deadline,
            capacity=20,
        )
        cached(event.url)
        assert 'name="csrfmiddlewaretoken"' in html(event.url)
    with freeze_time("2030-05-01 10:06:00"):
        state, response = visit(event.url)
    assert state == "miss" and 'name="csrfmiddlewaretoken"' not in response.content.decode()


def test_a_page_that_leaves_a_message_is_not_kept(page_cache, room):
    """The messages framework stores an anonymous visitor's message in a cookie: the answer sets it, so it is not
    kept, and the next visitor's page is built afresh, without the message."""
    from django.contrib.messages.middleware import MessageMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware

    page = room[1]
    calls = []

    def view(request):
        calls.append(request)
        setattr(request, pagecache.PAGE_ATTR, page)
        if len(calls) == 1:
            messages.info(request, "For the first visitor only")
            return HttpResponse("message left")
        return HttpResponse(" ".join(str(m) for m in messages.get_messages(request)) or "no message")

    stack = pagecache.PageCacheMiddleware(SessionMiddleware(MessageMiddleware(view)))
    first = stack(RequestFactory().get("/en/messages/"))
    assert "messages" in first.cookies and HEADER not in first
    second = stack(RequestFactory().get("/en/messages/"))
    assert second.content == b"no message" and second[HEADER] == "miss"
    assert stack(RequestFactory().get("/en/messages/"))[HEADER] == "hit" and len(calls) == 2


def test_a_page_that_used_a_csp_nonce_is_not_kept(page_cache, room):
    from csp.middleware import CSPMiddleware

    page = room[1]
    calls = []

    def view(request):
        calls.append(request)
        setattr(request, pagecache.PAGE_ATTR, page)
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    stack = CSPMiddleware(pagecache.PageCacheMiddleware(view))
    first, second = stack(RequestFactory().get("/en/nonce/")), stack(RequestFactory().get("/en/nonce/"))
    assert HEADER not in first and HEADER not in second and first.content != second.content and len(calls) == 2


def test_a_page_changed_while_it_was_built_is_not_kept(page_cache, room):
    """A publish that commits while a page is being rendered: the page may hold the old content, so it is served
    but not stored under the new tokens; the next request builds and keeps it."""
    page = room[1]

    def view(request):
        setattr(request, pagecache.PAGE_ATTR, page)
        pagecache.bump([f"page:{page.pk}"])  # the concurrent change's tokens, set after this request began
        return HttpResponse("maybe stale")

    stack = pagecache.PageCacheMiddleware(view)
    assert stack(RequestFactory().get("/en/race/"))[HEADER] == "miss"
    stack = pagecache.PageCacheMiddleware(
        lambda request: setattr(request, pagecache.PAGE_ATTR, page) or HttpResponse("x")
    )
    assert stack(RequestFactory().get("/en/race/"))[HEADER] == "miss"
    assert stack(RequestFactory().get("/en/race/"))[HEADER] == "hit"


# --- exact invalidation ------------------------------------------------------------------------------------------


def test_publishing_a_change_drops_the_page_and_its_listings_only(page_cache, room, committed):
    index, release, sibling = room
    unrelated = event_factories.event_index("Unrelated events")
    cached(release.url, index.url, "/en/", sibling.url, unrelated.url, "/fr/", "/sitemap.xml")
    with committed():
        release.summary = "A summary changed after caching."
        release.save_revision().publish()
    assert "A summary changed after caching." in html(release.url)
    # The homes of every language list the latest press releases (in another language when theirs has none).
    for url in (index.url, "/en/", "/fr/", "/sitemap.xml"):
        assert visit(url)[0] == "miss", url
    for url in (sibling.url, unrelated.url):
        assert visit(url)[0] == "hit", url


def test_a_new_page_shows_in_its_listings(page_cache, room, committed):
    index, _release, sibling = room
    cached(index.url, sibling.url)
    with committed():
        fresh = knowledge_factories.press_release(index, 903)
    assert fresh.title in html(index.url)
    assert visit(sibling.url)[0] == "hit"


def test_unpublishing_and_deleting_drop_the_page_and_its_listing(page_cache, room, committed):
    index, release, sibling = room
    cached(release.url, index.url, sibling.url)
    with committed():
        release.unpublish()
    assert visit(release.url)[1].status_code == 404
    assert release.title not in html(index.url)
    cached(index.url)
    with committed():
        Page.objects.get(pk=sibling.pk).delete()
    assert visit(sibling.url)[1].status_code == 404
    assert sibling.title not in html(index.url)


def test_moving_a_page_drops_both_listings_and_its_old_address(page_cache, room, committed):
    from knowledge.models import PressRoomPage

    index, release, sibling = room
    other = knowledge_factories.index(PressRoomPage, "Second press room")
    old_url = release.url
    cached(old_url, index.url, other.url, sibling.url)
    with committed():
        release.move(other, pos="last-child")
    release.refresh_from_db()
    assert visit(old_url)[0] is None  # no longer a page there (a redirect or a 404, never the cached page)
    assert release.title not in html(index.url) and release.title in html(other.url)
    assert visit(release.url)[1].status_code == 200
    assert visit(sibling.url)[0] == "hit"


def test_renaming_a_parent_changes_its_descendants_addresses_and_nothing_else(page_cache, committed):
    events = event_factories.event_index("Renamed events")
    renamed, kept = event_factories.section(events, "Renamed section"), event_factories.section(events, "Kept")
    start = event_factories.local(2031, 4, 1)
    below = event_factories.event(renamed, "Event below", start=start)
    elsewhere = event_factories.event(kept, "Event elsewhere", start=start)
    cached(below.url, elsewhere.url, events.url)
    with committed():
        renamed.slug = "new-section-slug"
        renamed.title = "New section title"
        renamed.save_revision().publish()
    below.refresh_from_db()
    assert "/new-section-slug/" in below.url
    assert "New section title" in html(below.url)  # its breadcrumbs
    assert below.url in html(events.url)
    assert visit(elsewhere.url)[0] == "hit"


def test_a_published_translation_shows_in_both_languages(page_cache, room, committed, admin_user):
    index, release, sibling = room
    with committed():
        french_index = translate_as_editor(index, "fr", lambda text: f"FR {text}", admin_user)
    cached(release.url, french_index.url, sibling.url)
    with committed():
        french = translate_as_editor(release, "fr", lambda text: f"FR {text}", admin_user)
    assert french.url in html(release.url)  # the English page's language switcher
    assert french.title in html(french_index.url)  # the French listing
    assert visit(sibling.url)[0] == "hit"


def test_footer_snippet_and_site_settings_drop_every_page_in_every_language(page_cache, room, committed):
    _index, release, _other = room
    site = Site.objects.get(is_default_site=True)
    settings_obj = SiteSettings.for_site(site)
    cached(release.url, "/en/", "/fr/")
    with committed():
        footer = FooterText.objects.get(pk=settings_obj.footer_id)
        french_footer = FooterText.objects.filter(translation_key=footer.translation_key, locale__language_code="fr")
        for text in [footer, *french_footer]:
            text.funding_disclaimer = f"Disclaimer changed {text.locale.language_code}"
            text.save()
    assert "Disclaimer changed en" in html(release.url) and "Disclaimer changed en" in html("/en/")
    assert "Disclaimer changed fr" in html("/fr/")
    cached(release.url)
    with committed():
        settings_obj.project_number = "424242"
        settings_obj.save()
    assert "424242" in html(release.url) and "424242" in html("/fr/")


def test_an_organisation_renamed_shows_on_its_events_and_an_event_on_its_organisation(page_cache, committed):
    organisation = network_factories.organisation(network_factories.directory(), "Old centre name", private_email="")
    section = event_factories.section(event_factories.event_index("Organised events"))
    event = event_factories.event(section, "Organised seminar", start=event_factories.local(2031, 6, 1))
    unrelated = event_factories.event(section, "Other seminar", start=event_factories.local(2031, 6, 2))
    cached(organisation.url, event.url, unrelated.url)
    with committed():
        EventOrganisation.objects.create(page=event, organisation=organisation, role="organiser", locale=event.locale)
        event.refresh_from_db()
        event.save_revision().publish()
    assert "Organised seminar" in html(organisation.url)  # the organisation's events section
    cached(event.url)
    with committed():
        organisation.title = "New centre name"
        organisation.save_revision().publish()
    assert "New centre name" in html(event.url)
    assert visit(unrelated.url)[0] == "hit"


def test_a_person_edited_shows_on_the_organisation_that_lists_them(page_cache, committed):
    person = network_factories.PersonFactory(name="Ada Cached")
    directory = network_factories.directory()
    organisation = network_factories.organisation(directory, "Peopled centre", members=[person], private_email="")
    other = network_factories.organisation(directory, "Unpeopled centre", private_email="")
    cached(organisation.url, other.url)
    assert "Ada Cached" in html(organisation.url)
    with committed():
        person.name = "Ada Renamed"
        person.save()
    assert "Ada Renamed" in html(organisation.url)
    assert visit(other.url)[0] == "hit"


def test_a_page_of_the_main_navigation_renamed_shows_on_every_page(page_cache, room, committed):
    index, _release, _other = room
    with committed():
        index.show_in_menus = True
        index.save_revision().publish()
    elsewhere = event_factories.event_index("Elsewhere in the site")  # neither above, below nor linked to it
    cached(elsewhere.url)
    with committed():
        index.title = "Renamed in the menu"
        index.save_revision().publish()
    assert "Renamed in the menu" in html(elsewhere.url)


def test_a_view_restriction_takes_the_page_out_of_the_cache(page_cache, room, committed):
    index, release, sibling = room
    cached(release.url, sibling.url)
    with committed():
        PageViewRestriction.objects.create(page=release, restriction_type="password", password="secret-pass")
    state, response = visit(release.url)
    assert state is None and "secret-pass" not in response.content.decode() and "Body." not in response.content.decode()
    assert visit(sibling.url)[0] == "hit"


def test_clear_page_cache_drops_everything(page_cache, room):
    _index, release, _other = room
    cached(release.url, "/fr/")
    from portal.core import cache

    tokens = [generation.current() for generation in cache.GENERATIONS]
    call_command("clear_page_cache", stdout=open("/dev/null", "w"))
    assert visit(release.url)[0] == "miss" and visit("/fr/")[0] == "miss"
    # and the blocks kept apart from whole pages (the page shell, listings' facts, ...)
    assert all(old != generation.current() for old, generation in zip(tokens, cache.GENERATIONS, strict=True))


# --- the shared caches of production -----------------------------------------------------------------------------


def exercise(settings_obj, room, committed):
    """Miss, hit, a change, the new content, a hit again: on the cache the settings name."""
    _index, release, sibling = room
    cached(release.url, sibling.url)
    with committed():
        release.summary = "Changed on a shared cache."
        release.save_revision().publish()
    state, response = visit(release.url)
    assert state == "miss" and "Changed on a shared cache." in response.content.decode()
    assert visit(release.url)[0] == "hit" and visit(sibling.url)[0] == "hit"


def test_on_the_database_cache(page_cache, settings, room, committed):
    settings.CACHES = settings.SHARED_DATABASE_CACHES
    call_command("createcachetable", verbosity=0)
    try:
        exercise(settings, room, committed)
        assert caches["default"].__class__.__name__ == "DatabaseCache"
    finally:
        caches["default"].clear()


def test_a_hit_on_the_process_copy_reads_only_the_tokens_and_still_sees_a_change(page_cache, settings, room, committed):
    """On the database cache a hit costs one query (the tokens) when this process keeps a copy of the entry, two
    (the entry, then its tokens) when it keeps none; a change is seen on the next request either way."""
    settings.CACHES = settings.SHARED_DATABASE_CACHES
    call_command("createcachetable", verbosity=0)
    _index, release, _sibling = room

    def hit_queries():
        with CaptureQueriesContext(connection) as queries:
            assert visit(release.url)[0] == "hit"
        return len(queries)

    try:
        cached(release.url)
        assert hit_queries() == 1
        with committed():
            release.summary = "Seen through the process copy."
            release.save_revision().publish()
        state, response = visit(release.url)
        assert state == "miss" and "Seen through the process copy." in response.content.decode()
        settings.PAGE_CACHE_LOCAL_BYTES = 0
        pagecache.local_entries.cache_clear()
        assert hit_queries() == 2
    finally:
        pagecache.local_entries.cache_clear()
        caches["default"].clear()


def test_a_form_page_hit_on_the_process_copy_reads_only_the_tokens(page_cache, settings):
    """On the database cache a kept form page costs one query too (its tokens): the session, CSRF and locale
    middleware it goes through on a hit read nothing from the database."""
    settings.CACHES = settings.SHARED_DATABASE_CACHES
    call_command("createcachetable", verbosity=0)
    organisation = network_factories.organisation(network_factories.directory(), "Copied centre")
    try:
        cached(organisation.url)
        with CaptureQueriesContext(connection) as queries:
            state, response = visit(organisation.url)
        assert state == "hit" and len(queries) == 1 and form_token(response)
    finally:
        pagecache.local_entries.cache_clear()
        caches["default"].clear()


def test_on_redis(page_cache, settings, room, committed):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, db=15, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"test-pagecache-{uuid.uuid4().hex[:8]}",
        }
    }
    try:
        exercise(settings, room, committed)
    finally:
        caches["default"].delete_pattern("*")


# --- an HTTP cache in front --------------------------------------------------------------------------------------


@pytest.fixture
def purge_server():
    """A stand-in for Varnish: records the paths of the PURGE requests it gets."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", purged
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_same_pages_from_the_cache_in_front(page_cache, settings, room, committed, purge_server):
    location, purged = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    index, release, sibling = room
    with committed():
        release.summary = "Purged from the front."
        release.save_revision().publish()
    assert {release.url, index.url, "/en/", "/sitemap.xml"} <= set(purged)
    assert sibling.url not in purged
