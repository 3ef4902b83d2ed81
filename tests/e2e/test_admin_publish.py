"""One click on Publish (or Submit for review) sends the form once, in Chromium: a double click, or a second click
before the first answer, makes one request and one revision. A coordinator publishes a standard page; a partner
submits an event of its section for review."""

import json

import pytest

from .admin import sign_in

pytestmark = pytest.mark.e2e

PASSWORD = "publish-pw-123-long"

SETUP = """
import datetime, json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from events.models import EventPage, EventSectionPage
from home.models import HomePage, StandardPage
from portal.core import roles

section = EventSectionPage.objects.get(locale__language_code="en", organisation__title="CARDET", is_coordinator=False)
users = {}
for role, group in (("partner", roles.partner_group_name(section.organisation)), ("coordinator", roles.COORDINATORS)):
    user = get_user_model().objects.create_user(f"publish-{role}", f"publish-{role}@example.org", %(password)r)
    user.groups.add(Group.objects.get(name=group))
    users[role] = user.username
home = HomePage.objects.get(locale__language_code="en")
page = home.add_child(instance=StandardPage(title="Double click notice", slug="double-click-notice", live=False))
page.save_revision()
start = datetime.datetime(2031, 10, 2, 7, 0, tzinfo=datetime.UTC)
event = EventPage(title="Double click workshop", slug="double-click-workshop", summary="Once only.", start=start,
                  end=start + datetime.timedelta(hours=2), venue_city="Nicosia", venue_country="CY", live=False)
section.add_child(instance=event)
event.save_revision()
print(json.dumps({"page": page.pk, "event": event.pk, "users": users}))
"""

COUNT = """
from wagtail.models import Page, Revision, WorkflowState
print(Revision.page_revisions.filter(object_id=str(%(pk)d)).count(),
      WorkflowState.objects.filter(base_content_type__model="page", object_id=str(%(pk)d)).count(),
      Page.objects.get(pk=%(pk)d).live)
"""


@pytest.fixture
def pages(manage_live):
    output = manage_live("shell", "-c", SETUP % {"password": PASSWORD})
    return json.loads(output.strip().splitlines()[-1])


def click_twice(page, pk, name):
    """Open the editor, then click the action `name` twice in a row; returns the POSTs sent to the editor."""
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.goto(f"/admin/pages/{pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.evaluate(
        """(name) => { const button = document.querySelector(`button[name="${name}"]`);
                       button.click(); button.click(); }""",
        name,
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)
    return [url for url in posts if url.endswith(f"/admin/pages/{pk}/edit/")]


def counts(manage_live, pk):
    revisions, workflows, live = manage_live("shell", "-c", COUNT % {"pk": pk}).strip().splitlines()[-1].split()
    return int(revisions), int(workflows), live == "True"


def test_publish_and_submit_send_the_form_once(browser, live_url, pages, manage_live):
    coordinator = sign_in(browser, live_url, pages["users"]["coordinator"], PASSWORD)
    assert len(click_twice(coordinator, pages["page"], "action-publish")) == 1
    assert counts(manage_live, pages["page"]) == (2, 0, True)  # the draft, then one published revision
    coordinator.context.close()

    partner = sign_in(browser, live_url, pages["users"]["partner"], PASSWORD)
    assert len(click_twice(partner, pages["event"], "action-submit")) == 1
    assert counts(manage_live, pages["event"]) == (2, 1, False)  # one submission, one workflow, not published
    partner.context.close()
