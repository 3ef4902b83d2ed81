"""The editors' query report: searches counted per day and language (one upsert per search, counts only, never a
personal detail), shown in the admin's Reports menu to coordinators, purged after 30 days by purge_personal_data."""

import datetime
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.utils import timezone

from portal.core import roles
from portal.search import queries
from portal.search.models import SearchQueryDay

from .conftest import practice

pytestmark = pytest.mark.django_db


def counts():
    return {
        (row.lang, row.query): (row.searches, row.empty)
        for row in SearchQueryDay.objects.filter(day=timezone.localdate())
    }


def test_searches_are_counted_per_language_with_those_without_results(client, indexes):
    practice(indexes["en"], "Zorblax counted", "Counted.")
    SearchQueryDay.objects.all().delete()
    client.get("/en/search/", {"q": "Zorblax"})
    client.get("/en/search/", {"q": "  zorblax "})
    client.get("/fr/search/", {"q": "zorblax"})
    client.get("/en/search/", {"q": "qqxxzzyy"})
    client.get("/api/search/", {"q": "qqxxzzyy", "lang": "en"})
    # Not new searches: a following page, a facet, the autocomplete.
    client.get("/en/search/", {"q": "zorblax", "page": 2})
    client.get("/en/search/", {"q": "zorblax", "type": "good-practice"})
    client.get("/api/search/", {"q": "zorblax", "lang": "en", "country": "BE"})
    client.get("/api/search/suggest/", {"q": "zorblax", "lang": "en"})
    # Never kept: what looks like an e-mail address or a phone number.
    client.get("/en/search/", {"q": "someone@example.org"})
    client.get("/en/search/", {"q": "+32 (0)2 555 12 34"})
    assert counts() == {("en", "zorblax"): (2, 0), ("fr", "zorblax"): (1, 0), ("en", "qqxxzzyy"): (2, 2)}


def test_only_counts_are_kept():
    assert {field.name for field in SearchQueryDay._meta.get_fields()} == {
        "id",
        "day",
        "lang",
        "query",
        "searches",
        "empty",
    }


def test_a_failing_count_never_fails_the_search(client, monkeypatch):
    monkeypatch.setattr(SearchQueryDay._meta, "db_table", "no_such_table")
    assert client.get("/en/search/", {"q": "zorblax"}).status_code == 200
    assert client.get("/api/search/", {"q": "zorblax", "lang": "en"}).status_code == 200


def test_the_report_lists_frequent_queries_and_queries_without_results_per_language(admin_client):
    today = timezone.localdate()
    rows = [
        (today, "en", "olive harvest", 5, 0),
        (today - datetime.timedelta(days=3), "en", "olive harvest", 2, 1),
        (today, "en", "qqxxzzyy", 3, 3),
        (today, "fr", "récolte", 4, 0),
        (today - datetime.timedelta(days=30), "en", "too old", 50, 50),
    ]
    SearchQueryDay.objects.bulk_create(
        [SearchQueryDay(day=d, lang=lang, query=q, searches=n, empty=e) for d, lang, q, n, e in rows]
    )
    assert queries.frequent("en") == [("olive harvest", 7, 1), ("qqxxzzyy", 3, 3)]
    assert queries.without_results("en") == [("qqxxzzyy", 3), ("olive harvest", 1)]

    response = admin_client.get("/admin/reports/search-queries/", {"lang": "en"})
    soup = BeautifulSoup(response.content, "html.parser")
    tables = soup.select("table.listing")
    assert [[td.get_text() for td in tr.select("td")] for tr in tables[0].select("tbody tr")] == [
        ["olive harvest", "7", "1"],
        ["qqxxzzyy", "3", "3"],
    ]
    assert [[td.get_text() for td in tr.select("td")] for tr in tables[1].select("tbody tr")] == [
        ["qqxxzzyy", "3"],
        ["olive harvest", "1"],
    ]
    french = BeautifulSoup(admin_client.get("/admin/reports/search-queries/?lang=fr").content, "html.parser")
    assert [td.get_text() for td in french.select("table.listing tbody td")] == ["récolte", "4", "0"]


def test_the_report_speaks_the_editors_language(admin_client, admin_user):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    soup = BeautifulSoup(admin_client.get("/admin/reports/search-queries/").content, "html.parser")
    headings = [h.get_text() for h in soup.select("main h2")]
    assert headings == ["Requêtes les plus fréquentes", "Requêtes sans résultat"]
    # The header names the report (not "Home"), in the editor's language.
    assert "Recherches effectuées" in soup.select_one("header").get_text()


def test_coordinators_see_the_report_others_do_not(client, django_user_model):
    roles.sync_roles()
    coordinator = django_user_model.objects.create_user("coord-report", "c@example.org", "pw-123-long")
    coordinator.groups.add(Group.objects.get(name=roles.COORDINATORS))
    editor = django_user_model.objects.create_user("plain-editor", "e@example.org", "pw-123-long")
    editor.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    client.force_login(coordinator)
    assert client.get("/admin/reports/search-queries/").status_code == 200
    assert "/admin/reports/search-queries/" in client.get("/admin/").content.decode()
    assert coordinator.has_perm("wagtailsearchpromotions.add_searchpromotion")
    # Coordinators keep the synonym sets too: the snippet's list opens for them, not for a plain editor.
    assert client.get("/admin/snippets/portal_search/synonymset/").status_code == 200
    client.force_login(editor)
    assert client.get("/admin/snippets/portal_search/synonymset/").status_code == 302
    refused = client.get("/admin/reports/search-queries/")  # Wagtail's answer to PermissionDenied: back home
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert "/admin/reports/search-queries/" not in client.get("/admin/").content.decode()


def test_purge_personal_data_deletes_days_older_than_the_window():
    today = timezone.localdate()
    SearchQueryDay.objects.bulk_create(
        [
            SearchQueryDay(day=today - datetime.timedelta(days=29), lang="en", query="kept", searches=1),
            SearchQueryDay(day=today - datetime.timedelta(days=30), lang="en", query="gone", searches=1),
        ]
    )
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert set(SearchQueryDay.objects.values_list("query", flat=True)) == {"kept"}
    assert "search: 1 daily query count(s) older than 30 days deleted" in out.getvalue()
