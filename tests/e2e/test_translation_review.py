"""Translation review in Chromium, the whole loop: a CARDET partner translates an event of its section, fills a
segment, saves a draft and submits it; a coordinator requests changes with a comment from the dashboard; the
partner sees the comment in the translation editor, changes the text and resubmits; the coordinator approves; the
public translated page shows the text. Run with the admin in English and in French (the users' preferred language).
"""

import json
from urllib.parse import urlsplit

import pytest

from .admin import sign_in
from .test_pages import AXE_OPTIONS, _axe, axe_report

pytestmark = pytest.mark.e2e

PASSWORD = "review-pw-123-long"

# Run in the live server's database: a partner and a coordinator, and a live English event in CARDET's section.
SETUP = """
import datetime, json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from events.models import EventPage, EventSectionPage
from portal.core import roles

language = {language!r}
section = EventSectionPage.objects.get(locale__language_code="en", organisation__title="CARDET", is_coordinator=False)
users = {{}}
for role, group in (("partner", roles.partner_group_name(section.organisation)), ("coordinator", roles.COORDINATORS)):
    user = get_user_model().objects.create_user(
        f"review-{{role}}-{{language}}", f"review-{{role}}-{{language}}@example.org", {password!r},
        first_name=role.title(), last_name=language.upper(),
    )
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    users[role] = user.username
start = datetime.datetime(2031, 9, 18, 7, 0, tzinfo=datetime.UTC)
event = EventPage(
    title=f"Review loop workshop {{language}}", slug=f"review-loop-{{language}}",
    summary=f"Source summary of the review loop ({{language}}).", start=start, end=start + datetime.timedelta(hours=2),
    venue_city="Nicosia", venue_country="CY",
)
section.add_child(instance=event)
event.save_revision().publish()
print(json.dumps({{"event": event.pk, "fr": Locale.objects.get(language_code="fr").pk, "users": users}}))
"""


@pytest.fixture
def loop(manage_live, request):
    language = request.node.callspec.params["admin_language"]
    output = manage_live("shell", "-c", SETUP.format(language=language, password=PASSWORD))
    return json.loads(output.strip().splitlines()[-1])


def translate_segment(page, source_text, value):
    """In wagtail-localize's editor: the segment showing `source_text`, its Translate/Edit button, type, Enter."""
    segment = page.locator("li", has_text=source_text).filter(has=page.locator("button")).last
    segment.locator("button").last.click()
    with page.expect_response(lambda r: "/strings/" in r.url and r.request.method == "PUT") as response:
        segment.locator("textarea").fill(value)
        segment.locator("textarea").press("Enter")
    assert response.value.ok


def assert_bar_accessible(page):
    """What this project adds to the editor passes axe-core: the status bar and the action menu."""
    for part in (".translation-review", ".translation-review-footer"):
        if not page.locator(part).count():
            continue
        violations = _axe.run(page, context=part, options=AXE_OPTIONS).response["violations"]
        assert not violations, axe_report(violations)


def workflow_action(page, scope, action, comment=""):
    """Wagtail's workflow action button `action` within `scope`, then its modal (with `comment`)."""
    scope.locator(f"button[data-launch-modal][data-workflow-action-url*='/{action}/']").click()
    modal = page.locator(".modal-content form")
    modal.wait_for()
    if comment:
        modal.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        modal.locator("[type=submit]").click()


def review_from_dashboard(page, title):
    """Follow the "Review" link of `title` in the dashboard's "Waiting for your review" panel."""
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    with page.expect_navigation():
        row.locator("a.button[href$='/edit/']").first.click()


@pytest.mark.parametrize("admin_language", ["en", "fr"])
def test_partner_translation_review_loop(browser, live_url, loop, screenshot, admin_language):
    title = f"Review loop workshop {admin_language}"
    source_summary = f"Source summary of the review loop ({admin_language})."
    partner = sign_in(browser, live_url, loop["users"]["partner"], PASSWORD)
    assert partner.evaluate("document.documentElement.lang").startswith(admin_language)

    # "Translate this page" into French: the translation editor of the new French draft.
    partner.goto(f"/admin/localize/submit/page/{loop['event']}/")
    partner.check(f"input[name=locales][value='{loop['fr']}']")
    partner.locator("main form [type=submit]").last.click()
    partner.wait_for_selector(".translation-review")
    editor_url = partner.url
    translate_segment(partner, source_summary, "Atelier traduit par CARDET.")
    partner.locator(".translation-review-footer [data-w-dropdown-target=toggle]").click()
    partner.locator(".translation-review").scroll_into_view_if_needed()
    assert_bar_accessible(partner)
    screenshot(partner, f"translation-review-partner-{admin_language}")
    with partner.expect_navigation():
        partner.locator("[data-review-action=save]").click()
    assert partner.locator(".messages .success").count() == 1
    with partner.expect_navigation():
        partner.locator("[data-review-action=submit]").click()
    assert partner.locator(".messages .success").count() == 1
    assert partner.locator(".translation-review .help-block").count() == 1  # awaiting review
    assert partner.locator("[data-review-action]").count() == 0  # locked while under review

    # The coordinator finds it on the dashboard and asks for changes in the translation editor it leads to.
    coordinator = sign_in(browser, live_url, loop["users"]["coordinator"], PASSWORD)
    review_from_dashboard(coordinator, title)
    assert urlsplit(coordinator.url).path == urlsplit(editor_url).path
    review = coordinator.locator(".translation-review")
    workflow_action(coordinator, review, "reject", "Merci de préciser le lieu : Nicosie.")

    # The partner sees the comment where it translates, changes the text and resubmits.
    partner.goto(editor_url)
    comment = partner.locator(".translation-review__comment")
    assert comment.inner_text().strip() == "Merci de préciser le lieu : Nicosie."
    assert_bar_accessible(partner)
    screenshot(partner, f"translation-review-changes-requested-{admin_language}")
    translate_segment(partner, source_summary, "Atelier traduit par CARDET, à Nicosie.")
    with partner.expect_navigation():
        partner.locator("[data-review-action=submit]").click()
    assert partner.locator(".translation-review__comment").count() == 0

    # The coordinator approves from the translation editor (where the e-mail's link leads): the French page is
    # published with the translated text.
    coordinator.goto(editor_url)
    assert_bar_accessible(coordinator)
    screenshot(coordinator, f"translation-review-coordinator-{admin_language}")
    workflow_action(coordinator, coordinator.locator(".translation-review"), "approve")
    assert coordinator.url.endswith(urlsplit(editor_url).path)
    partner.goto(editor_url)
    props = json.loads(partner.locator(".js-translation-editor").get_attribute("data-props"))
    live_path = urlsplit(props["object"]["liveUrl"]).path
    assert live_path.startswith("/fr/")
    response = partner.goto(live_path)
    assert response.status == 200
    assert "Atelier traduit par CARDET, à Nicosie." in partner.locator("main").inner_text()
    for page in (partner, coordinator):
        page.context.close()
