"""The page shell (navigation, language homes, footer, site settings) comes from the shared cache, and every change
that shows in it shows on the next request (portal.core.shell); routing reads a page's whole path in one query and
keeps Wagtail's answers (portal.core.routing)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal.core.models import FooterText, SiteSettings
from tests.helpers import home
from tests.home.factories import StandardPageFactory
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def menu_page():
    return StandardPageFactory(title="Menu entry", slug="menu-entry", show_in_menus=True)


def menu_reads(queries):
    """The queries that select the menu pages (show_in_menus in a WHERE clause, not only among the columns)."""
    return [query["sql"] for query in queries if '"show_in_menus" AND' in query["sql"]]


def html(client, url="/en/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_shell_is_read_from_the_cache(client, menu_page):
    html(client, menu_page.url)
    with CaptureQueriesContext(connection) as queries:
        assert 'aria-current="page">Menu entry</a>' in html(client, menu_page.url)
    sql = [query["sql"] for query in queries]
    assert not menu_reads(queries), "the menu was read again"
    assert not [s for s in sql if "core_footertext" in s or "core_sitesettings" in s], "the footer was read again"


def test_a_menu_page_retitled_shows_at_once(client, menu_page):
    assert ">Menu entry</a>" in html(client)
    menu_page.title = "Renamed entry"
    menu_page.save_revision().publish()
    page = html(client)
    assert ">Renamed entry</a>" in page and ">Menu entry</a>" not in page


def test_a_menu_page_unpublished_or_deleted_leaves_the_menu(client, menu_page):
    other = StandardPageFactory(title="Second entry", slug="second-entry", show_in_menus=True)
    assert ">Menu entry</a>" in html(client) and ">Second entry</a>" in html(client)
    menu_page.unpublish()
    assert ">Menu entry</a>" not in html(client)
    other.delete()
    assert ">Second entry</a>" not in html(client)


def test_a_menu_page_moved_leaves_the_menu(client, menu_page):
    parent = StandardPageFactory(title="Parent page", slug="parent-page")
    assert ">Menu entry</a>" in html(client)
    menu_page.move(parent, pos="last-child")
    assert ">Menu entry</a>" not in html(client)


def test_a_draft_keeps_the_cached_shell(client, menu_page):
    html(client)
    menu_page.title = "Draft title"
    menu_page.save_revision()  # not published: the live menu is unchanged
    with CaptureQueriesContext(connection) as queries:
        page = html(client)
    assert ">Menu entry</a>" in page and "Draft title" not in page
    assert not menu_reads(queries)


def test_the_footer_snippet_changed_shows_at_once(client):
    settings = SiteSettings.objects.get()
    footer = FooterText.objects.get(pk=settings.footer_id)
    html(client)
    footer.funding_disclaimer = "A new disclaimer, changed a moment ago."
    footer.save()
    assert "A new disclaimer, changed a moment ago." in html(client)


def test_a_setting_changed_shows_at_once(client):
    html(client)
    settings = SiteSettings.objects.get()
    settings.contact_email = "new-address@example.org"
    settings.save()
    assert "mailto:new-address@example.org" in html(client)


def test_each_language_has_its_own_shell(client):
    english, french = html(client, "/en/"), html(client, "/fr/")
    assert 'lang="en"' in english.split(">", 2)[1] and 'lang="fr"' in french.split(">", 2)[1]
    assert f'class="site-name" href="{home("fr").url}"' in french
    assert "Co-funded by the European Union" in english and "Co-funded by the European Union" not in french
    assert "Cofinancé par l" in french  # the cached footer is the French one


# Routing ----------------------------------------------------------------------------------------------------------
def test_routing_reads_the_path_in_one_query(client):
    directory = network_factories.directory()
    organisation = network_factories.organisation(directory, "Deep centre")
    client.get(organisation.url)
    with CaptureQueriesContext(connection) as queries:
        html(client, organisation.url)
    lookups = [q["sql"] for q in queries if '"wagtailcore_page"."slug" =' in q["sql"]]
    assert lookups == [], "a level of the path was looked up on its own"


def test_routing_keeps_wagtails_answers(client):
    directory = network_factories.directory()
    organisation = network_factories.organisation(directory, "Routed centre")
    assert client.get(directory.url + "geojson/").status_code == 200  # a routable page's own sub-URL
    assert "Routed centre" in html(client, organisation.url)  # a child of a routable page
    assert client.get(directory.url + "no-such-page/").status_code == 404
    assert client.get(organisation.url + "no-such-page/").status_code == 404
    organisation.unpublish()
    assert client.get(organisation.url).status_code == 404


def test_view_restrictions_of_ancestors_still_apply(client):
    directory = network_factories.directory()
    organisation = network_factories.organisation(directory, "Hidden centre")
    PageViewRestriction.objects.create(page=directory, restriction_type="password", password="secret-word")
    response = client.get(organisation.url)
    assert response.status_code == 200 and "Hidden centre" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_a_legal_page_below_the_menu_retitled_shows_in_the_footer(client, menu_page):
    notice = StandardPageFactory(parent=menu_page, title="Legal notice", slug="legal-notice")
    settings = SiteSettings.objects.get()
    settings.legal_page = notice
    settings.save()
    assert ">Legal notice</a>" in html(client)
    notice.title = "Legal notice, revised"
    notice.save_revision().publish()
    assert ">Legal notice, revised</a>" in html(client)


def test_a_change_replaces_the_generation_again_when_it_commits(django_capture_on_commit_callbacks):
    """A request reading the token while the change is uncommitted builds from the data before the change: the
    token it read must not outlive the commit."""
    from portal.core.cache import Generation

    generation = Generation("portal:test:generation")
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        generation.bump()
        during = generation.current()  # what a concurrent request reads before the commit
        assert during != before
    assert generation.current() not in (before, during)
