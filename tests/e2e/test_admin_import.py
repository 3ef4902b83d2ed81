"""The admin's "Import a document" in Chromium: a partner signs in, finds the action on its own events section,
uploads a Word programme, sees the preview (title, date, summary, programme), creates the draft and lands in the
page editor with the imported title."""

import json
import re

import docx
import pytest

from tests.e2e.test_pages import assert_accessible

from .admin import sign_in_page

pytestmark = pytest.mark.e2e

PASSWORD = "e2e-import-Partner-pw-2025"
CREATE_PARTNER = f"""
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
group = Group.objects.filter(name__startswith="Partner: ").order_by("name").first()
section = (GroupPagePermission.objects.filter(group=group, page__locale__language_code="en")
           .select_related("page").first().page)
user, _ = get_user_model().objects.get_or_create(username="e2e-import-partner",
                                                  defaults={{"email": "e2e-import-partner@example.org"}})
user.set_password("{PASSWORD}")
user.save()
user.groups.add(group)
print(json.dumps({{"section": section.pk, "title": section.title}}))
"""


@pytest.fixture(scope="module")
def partner(manage_live):
    return json.loads(manage_live("shell", "-c", CREATE_PARTNER).strip().splitlines()[-1])


def programme_docx(path):
    document = docx.Document()
    document.add_paragraph().add_run("Webinar on the first seasonal contract").bold = True
    document.add_paragraph("Tuesday 14 October 2025, 9:30 – 11:30, online.")
    document.add_paragraph("Counsellors and growers go through a first seasonal contract, line by line.")
    document.add_heading("Programme", level=1)
    document.add_paragraph("9:30 Welcome")
    document.add_paragraph("by the coordinator")
    document.add_paragraph("10:00 Reading a contract together")
    document.save(path)
    return path


def test_partner_imports_a_word_programme(page, partner, screenshot, tmp_path):
    sign_in_page(page, "e2e-import-partner", PASSWORD)

    # The action sits in the "more" menu of the partner's own section
    page.goto(f"/admin/pages/{partner['section']}/")
    page.click("header .w-dropdown__toggle >> nth=0")
    page.get_by_role("menuitem", name="Import a document").or_(
        page.get_by_role("link", name="Import a document")
    ).first.click()
    page.wait_for_url(re.compile(rf"/admin/import/{partner['section']}/$"))
    assert page.locator("h1").first.inner_text().strip().startswith("Import a document")
    assert_accessible(page)
    page.set_input_files("input[name=file]", str(programme_docx(tmp_path / "webinar.docx")))
    page.select_option("select[name=page_type]", "event")
    page.click("button[name=action][value=preview]")
    page.wait_for_selector("#import-preview-title")
    assert page.inner_text("[data-preview=title]") == "Webinar on the first seasonal contract"
    assert "Counsellors and growers" in page.inner_text("[data-preview=summary]")
    assert "2025" in page.inner_text("[data-preview=date]")
    assert "Reading a contract together" in page.inner_text(".import-preview")
    screenshot(page, "admin-import-preview")
    assert_accessible(page)

    page.click("button[name=action][value=create]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert page.input_value("input[name=title]") == "Webinar on the first seasonal contract"
    screenshot(page, "admin-import-created")
