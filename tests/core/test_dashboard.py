"""The admin's dashboard (portal/core/dashboard.py): what waits for coordinators and for a partner, in a fixed
number of queries, in the editor's language; and the page explorer opening on a partner's own section.

Built on the demo site (seed_demo, tests/conftest.py): its "Coordinators" group and the "Partner: HEADWAY" group
with HEADWAY's events section in six languages (setup_roles).
"""

import datetime
import itertools
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.users.models import UserProfile

from events.models import EventPage, EventSectionPage, Registration
from home.models import StandardPage
from knowledge.models import GoodPracticePage
from network.models import JoinApplication
from portal.core import dashboard
from tests.helpers import home, translate_as_editor

pytestmark = pytest.mark.django_db
PARTNER_GROUP = "Partner: HEADWAY"
NOW = datetime.datetime(2030, 6, 1, 9, 0, tzinfo=datetime.UTC)
_counter = itertools.count(1)


def make_user(django_user_model, name, group=None, language="en", superuser=False):
    """A user (a member of `group`; an administrator with `superuser`) whose admin language is `language`."""
    maker = django_user_model.objects.create_superuser if superuser else django_user_model.objects.create_user
    user = maker(name, f"{name}@example.org", "pw-123-long", first_name=name.title())
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def coordinator(django_user_model):
    return make_user(django_user_model, "coordinator-dash", "Coordinators")


@pytest.fixture
def partner(django_user_model):
    return make_user(django_user_model, "partner-dash", PARTNER_GROUP)


def partner_section(language="en"):
    granted = GroupPagePermission.objects.filter(group__name=PARTNER_GROUP).values("page_id")
    return EventSectionPage.objects.get(pk__in=granted, locale__language_code=language)


def new_event(section, user=None, publish=True, capacity=None, days=30):
    n = next(_counter)
    start = NOW + datetime.timedelta(days=days + n)
    page = EventPage(
        title=f"Dashboard event {n}",
        slug=f"dashboard-event-{n}",
        summary="A test event.",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue_city="Athens",
        venue_country="GR",
        registration_mode="portal",
        capacity=capacity,
    )
    section.add_child(instance=page)
    revision = page.save_revision(user=user)
    if publish:
        revision.publish()
    return EventPage.objects.get(pk=page.pk)


def submit(page, user):
    """The page's latest revision submitted to its workflow, as the editor's "Submit for review" does."""
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def dashboard_html(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(html, panel_id):
    """The HTML of one dashboard panel (Wagtail's `{% panel %}` section with that id)."""
    match = re.search(rf'<section[^>]*\bid="{panel_id}-section"(.*?)</section>', html, re.S)
    assert match, f"no panel {panel_id}"
    return match.group(1)


# Coordinators ---------------------------------------------------------------------------------------------------


def test_coordinator_sees_pages_and_translations_in_review(client, coordinator, partner):
    section = partner_section()
    event = new_event(section)
    submit(event, partner)
    french = translate_as_editor(event, "fr", lambda text: f"FR {text}", partner)
    submit(french, partner)

    html = panel(dashboard_html(client, coordinator), "portal-in-review")

    for page in (event, french):
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    assert "FR Dashboard event" in html and "Français" in html and "English" in html
    assert "Partner-Dash" in html  # who submitted (their name)
    rows = {row["page"].pk: row for row in dashboard.pages_in_review(coordinator)}
    assert rows[french.pk]["is_translation"] and not rows[event.pk]["is_translation"]
    assert rows[event.pk]["since"] <= timezone.now()
    # The replaced Wagtail panel is gone; its replacement is there once.
    assert 'id="awaiting-review-section"' not in html and html.count("<table") == 1


def test_coordinator_counts_missing_and_out_of_date_translations(coordinator):
    before = {row["name"]: row for row in dashboard.translation_status()["languages"]}
    # A new English page: missing in the five other languages.
    page = StandardPage(title="Dashboard new page", slug="dashboard-new-page")
    home("en").add_child(instance=page)
    page.save_revision().publish()
    # A translated good practice published again: each of its translations is out of date...
    practice = GoodPracticePage.objects.filter(locale__language_code="en").order_by("pk").first()
    practice.save_revision().publish()
    status = dashboard.translation_status()
    after = {row["name"]: row for row in status["languages"]}
    for name in ("Français", "Nederlands", "Ελληνικά", "Español", "Italiano"):
        assert after[name]["missing"] == before[name]["missing"] + 1
        assert after[name]["outdated"] == before[name]["outdated"] + 1
    assert after["English"] == before["English"]
    assert status["missing"][0]["page"].pk == page.pk
    assert len(status["missing"][0]["missing"]) == 5
    outdated = {row["page"].pk for row in status["outdated"]}
    assert set(practice.get_translations().values_list("pk", flat=True)) <= outdated

    # ... until it is synced: the French translation from the refreshed source.
    translate_as_editor(practice, "fr", lambda text: text, coordinator)
    synced = {row["name"]: row for row in dashboard.translation_status()["languages"]}
    assert synced["Français"]["outdated"] == before["Français"]["outdated"]
    assert synced["Italiano"]["outdated"] == before["Italiano"]["outdated"] + 1


def test_translations_panel_links_to_translate_and_to_sync(client, coordinator):
    page = StandardPage(title="Dashboard page to translate", slug="dashboard-page-to-translate")
    home("en").add_child(instance=page)
    page.save_revision().publish()
    practice = GoodPracticePage.objects.filter(locale__language_code="en").order_by("pk").first()
    practice.save_revision().publish()

    html = panel(dashboard_html(client, coordinator), "portal-translations")

    assert reverse("wagtail_localize:submit_page_translation", args=[page.pk]) in html
    french = practice.get_translation(Locale.objects.get(language_code="fr"))
    assert reverse("wagtailadmin_pages:edit", args=[french.pk]) in html
    assert "/admin/localize/update/" in html
    # An accessible table: a caption, column headers and a header per language row.
    assert "<caption>" in html and '<th scope="col">' in html and '<th scope="row">Français</th>' in html


def test_join_applications_waiting_for_a_decision(client, coordinator):
    waiting = [join_application(f"Waiting cooperative {n}") for n in range(2)]
    decided = join_application("Decided cooperative", status=JoinApplication.Status.REJECTED)

    html = panel(dashboard_html(client, coordinator), "portal-join-applications")

    for application in waiting:
        assert application.organisation_name in html
        assert reverse("join_applications:inspect", args=[application.pk]) in html
    assert decided.organisation_name not in html


def join_application(name, status=JoinApplication.Status.PENDING):
    return JoinApplication.objects.create(
        status=status,
        language="en",
        organisation_name=name,
        org_type="civil-society",
        country="GR",
        city="Patras",
        services=["job-matching"],
        contact_name="Contact",
        contact_email="contact@example.org",
    )


# A partner ------------------------------------------------------------------------------------------------------


@freeze_time(NOW)
def test_partner_sees_its_section_drafts_review_and_events(client, partner):
    section = partner_section()
    full = new_event(section, capacity=2)
    open_event = new_event(section, capacity=10)
    unlimited = new_event(section)
    for n, status in enumerate(["confirmed", "confirmed", "waiting"]):
        register(full, n, status)
    register(open_event, 9, "confirmed")
    register(open_event, 10, "cancelled")
    draft = new_event(section, user=partner, publish=False)
    in_review = new_event(section)
    submit(in_review, partner)
    elsewhere = new_event(partner_section_of_other_group())  # another partner's: not shown

    html = panel(dashboard_html(client, partner), "portal-my-section")

    rows = {row["page"].pk: row for row in dashboard.section_work(partner)["events"]}
    assert (rows[full.pk]["confirmed"], rows[full.pk]["waiting"], rows[full.pk]["places_left"]) == (2, 1, 0)
    assert (rows[open_event.pk]["confirmed"], rows[open_event.pk]["places_left"]) == (1, 9)
    assert rows[unlimited.pk]["places_left"] is None
    assert elsewhere.pk not in rows
    assert reverse("events_registrations", args=[full.pk]) in html
    drafts = html.split(">Drafts</h3>")[1]
    review = html.split(">Submitted for review</h3>")[1].split(">Drafts</h3>")[0]
    assert draft.title in drafts and in_review.title not in drafts
    assert in_review.title in review and draft.title not in review
    assert elsewhere.title not in html
    assert 'id="portal-in-review-section"' not in html  # a partner reviews nothing


@freeze_time(NOW)
def test_partner_sees_its_events_in_its_language(client, django_user_model, django_capture_on_commit_callbacks):
    user = make_user(django_user_model, "partner-dash-fr", PARTNER_GROUP, "fr")
    event = new_event(partner_section(), capacity=3)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes after the commit
        french = translate_as_editor(event, "fr", lambda text: f"FR {text}", user)
    register(event, 1, "confirmed")
    register(french, 2, "confirmed")

    html = panel(dashboard_html(client, user), "portal-my-section")

    assert f">{french.title}<" in html and f">{event.title}<" not in html
    assert reverse("wagtailadmin_pages:edit", args=[french.pk]) in html
    assert reverse("events_registrations", args=[french.pk]) in html
    assert "Places restantes" in html
    row = re.search(rf"{re.escape(french.title)}.*?</tr>", html, re.S).group(0)
    assert re.findall(r"<td>(\d+)</td>", row) == ["2", "0", "1"]  # both registrations count, once


def register(event, n, status):
    return Registration.objects.create(
        event_key=event.translation_key, event=event, name=f"Person {n}", email=f"p{n}@example.org", status=status
    )


def partner_section_of_other_group():
    granted = GroupPagePermission.objects.filter(group__name="Partner: CARDET").values("page_id")
    return EventSectionPage.objects.get(pk__in=granted, locale__language_code="en")


# Query counts -------------------------------------------------------------------------------------------------


def queries_for(client, user):
    client.force_login(user)
    url = reverse("wagtailadmin_home")
    client.get(url)  # warm-up: content types, site, session
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def coordinator_items(count, partner):
    section = partner_section()
    sources = list(GoodPracticePage.objects.filter(locale__language_code="en").order_by("pk"))
    for n in range(count):
        submit(new_event(section), partner)
        page = StandardPage(title=f"Dashboard untranslated {n}", slug=f"dashboard-untranslated-{next(_counter)}")
        home("en").add_child(instance=page)
        page.save_revision().publish()
        join_application(f"Applicant {next(_counter)}")
    for source in sources[:count]:
        source.save_revision().publish()


def test_coordinator_dashboard_queries_do_not_grow_with_the_items(client, coordinator, partner):
    coordinator_items(3, partner)
    few = queries_for(client, coordinator)
    coordinator_items(27, partner)
    assert queries_for(client, coordinator) == few


@freeze_time(NOW)
def test_partner_dashboard_queries_do_not_grow_with_the_items(client, partner):
    def items(count):
        section = partner_section()
        for n in range(count):
            event = new_event(section, capacity=5)
            register(event, n, "confirmed")
            new_event(section, user=partner, publish=False)
            submit(new_event(section), partner)

    items(3)
    few = queries_for(client, partner)
    items(27)
    assert queries_for(client, partner) == few


# In the editor's language ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading"),
    [("fr", "Traductions à faire"), ("el", "Μεταφράσεις προς εκτέλεση"), ("es", "Traducciones pendientes")],
)
def test_panels_speak_the_editors_language(client, django_user_model, language, heading):
    user = make_user(django_user_model, f"coordinator-{language}", "Coordinators", language)
    html = dashboard_html(client, user)
    assert heading in html
    assert "Translations to do" not in html and "Waiting for your review" not in html


# The explorer ---------------------------------------------------------------------------------------------------


def sidebar_objects(html):
    """Every object of the sidebar's JSON (its menus, their items), as the admin renders it."""
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    nodes = [json.loads(props.group(1))]
    while nodes:
        node = nodes.pop()
        if isinstance(node, dict):
            yield node
            nodes.extend(node.values())
        elif isinstance(node, list):
            nodes.extend(node)


def sidebar_explorer(client, user):
    """(start page id, url) of the sidebar's page explorer, as the admin renders it for `user`."""
    found = [
        (node["_args"][1], node["_args"][0]["url"])
        for node in sidebar_objects(dashboard_html(client, user))
        if node.get("_type") == "wagtail.sidebar.PageExplorerMenuItem"
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("language", ["en", "fr", "el"])
def test_partner_explorer_opens_on_its_section_in_its_language(client, django_user_model, language):
    user = make_user(django_user_model, f"partner-{language}", PARTNER_GROUP, language)
    # Wagtail's own start: the common ancestor of the section's six versions, the root of every tree.
    assert PagePermissionPolicy().explorable_root_instance(user).is_root()
    section = partner_section(language)
    assert sidebar_explorer(client, user) == (section.pk, reverse("wagtailadmin_explore", args=[section.pk]))
    # The explorer there lists the section's events; the French version stays reachable.
    response = client.get(reverse("wagtailadmin_explore", args=[partner_section("fr").pk]))
    assert response.status_code == 200


def test_coordinator_explorer_opens_on_the_home_of_their_language(client, django_user_model):
    user = make_user(django_user_model, "coordinator-explorer", "Coordinators", "es")
    assert sidebar_explorer(client, user)[0] == home("es").pk


def test_administrator_explorer_unchanged(client, admin_user):
    assert sidebar_explorer(client, admin_user) == (Page.get_first_root_node().pk, reverse("wagtailadmin_explore_root"))
