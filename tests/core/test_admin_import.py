"""The admin's "Import a document": a partner imports into its own section only (checked on the server), previews
the page, then creates the draft through the same function as import_content; a bad file gives its name and
reason on the form with the choices kept, never a 500."""

import datetime
import io

import docx
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from events.models import EventPage, EventSectionPage
from knowledge.models import PressReleasePage, PressRoomPage
from knowledge.models.imports import ImportRecord
from portal.importing import get_importers

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def seminar_docx(title="Seminar on seasonal contracts"):
    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph("Tuesday 14 October 2025, 9:30 – 12:30, in Ghent.")
    document.add_paragraph("Growers and counsellors meet on the first contracts of seasonal workers in the region.")
    document.add_heading("Programme", level=2)
    document.add_paragraph("9:30 Welcome")
    document.add_paragraph("by the coordinator")
    document.add_paragraph("10:00 Contracts explained")
    out = io.BytesIO()
    document.save(out)
    return SimpleUploadedFile("seminar.docx", out.getvalue(), content_type=DOCX_CONTENT_TYPE)


def partner_sections():
    """{group: its English events section} for the demo's partner groups (setup_roles)."""
    out = {}
    for group in Group.objects.filter(name__startswith="Partner: ").order_by("name"):
        permission = (
            GroupPagePermission.objects.filter(group=group, page__locale__language_code="en")
            .select_related("page")
            .first()
        )
        if permission is not None:
            out[group] = permission.page.specific
    return out


@pytest.fixture
def partner(db, django_user_model):
    sections = partner_sections()
    assert len(sections) >= 2, "the demo has several partners"
    (group, own), (_other_group, other) = list(sections.items())[:2]
    assert isinstance(own, EventSectionPage) and isinstance(other, EventSectionPage)
    user = django_user_model.objects.create_user("import-partner", "import-partner@example.org", "pw-123-long")
    user.groups.add(group)
    return user, own, other


def import_url(page):
    return reverse("importing_import", args=[page.pk])


def test_partner_previews_then_creates_a_draft_in_its_own_section(client, partner):
    user, own, _other = partner
    client.force_login(user)
    response = client.get(import_url(own))
    assert response.status_code == 200
    form = response.context["form"]
    assert [code for code, _label in form.fields["page_type"].choices] == ["event"]
    assert form["language"].value() == "en"

    before = EventPage.objects.count()
    response = client.post(
        import_url(own), {"file": seminar_docx(), "page_type": "event", "language": "en", "action": "preview"}
    )
    assert response.status_code == 200
    preview = response.context["preview"]
    assert preview["title"] == "Seminar on seasonal contracts"
    assert preview["summary"].startswith("Growers and counsellors meet")
    assert preview["start"].hour == 9 and preview["start"].minute == 30
    labels = [label for label, _html in preview["fields"]]
    assert "Programme" in labels
    html = response.content.decode()
    assert "Contracts explained" in html and "Create draft" in html
    assert EventPage.objects.count() == before  # the preview made nothing

    token = response.context["form"]["token"].value()
    response = client.post(
        import_url(own), {"token": token, "page_type": "event", "language": "en", "action": "create"}
    )
    page = EventPage.objects.get(title="Seminar on seasonal contracts")
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.get_parent().pk == own.pk and not page.live and page.owner == user
    assert page.latest_revision.user == user
    assert ImportRecord.objects.get(page=page).source_name == "seminar.docx"
    assert [block.value["speakers"] for block in page.programme] == ["the coordinator", ""]


def test_partner_refused_in_another_section_and_under_an_index(client, partner):
    user, _own, other = partner
    client.force_login(user)
    refused = reverse("wagtailadmin_home")  # Wagtail's answer to PermissionDenied in its admin: home, with a message
    response = client.get(import_url(other))
    assert (response.status_code, response["Location"]) == (302, refused)
    response = client.post(
        import_url(other), {"file": seminar_docx(), "page_type": "event", "language": "en", "action": "create"}
    )
    assert (response.status_code, response["Location"]) == (302, refused)
    assert not EventPage.objects.filter(title="Seminar on seasonal contracts").exists()
    press_room = PressRoomPage.objects.filter(locale__language_code="en").first()
    assert client.get(import_url(press_room))["Location"] == refused


def test_import_button_only_where_the_user_may_import(client, partner):
    user, own, other = partner
    client.force_login(user)
    own_page = client.get(reverse("wagtailadmin_explore", args=[own.pk])).content.decode()
    assert import_url(own) in own_page
    assert import_url(other) not in client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).content.decode()


def test_a_bad_file_is_named_on_the_form_with_the_choices_kept(client, partner):
    user, own, _other = partner
    client.force_login(user)
    binary = SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="text/plain")
    response = client.post(
        import_url(own), {"file": binary, "page_type": "event", "language": "fr", "action": "preview"}
    )
    assert response.status_code == 200
    assert "photo.txt: not a text file (binary content)" in response.content.decode()
    assert response.context["form"]["language"].value() == "fr"
    renamed = SimpleUploadedFile("seminar.pdf", b"not a pdf at all", content_type="application/pdf")
    response = client.post(import_url(own), {"file": renamed, "page_type": "event", "language": "en"})
    assert "does not match its .pdf extension" in response.content.decode()
    unknown = SimpleUploadedFile("seminar.odt", b"PK\x03\x04 zip", content_type="application/zip")
    response = client.post(import_url(own), {"file": unknown, "page_type": "event", "language": "en"})
    assert response.status_code == 200
    assert "Allowed: .md, .txt, .docx, .pdf." in response.content.decode()


def test_messages_in_the_users_language(client, partner):
    user, own, _other = partner
    client.force_login(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    binary = SimpleUploadedFile("photo.txt", b"\x89PNG\x00\x00", content_type="text/plain")
    response = client.post(
        import_url(own), {"file": binary, "page_type": "event", "language": "en", "action": "preview"}
    )
    html = response.content.decode()
    assert "Importer un document" in html
    assert "photo.txt: pas un fichier texte (contenu binaire)" in html


def test_a_translation_from_the_admin(admin_client, db):
    room_en = PressRoomPage.objects.get(locale__language_code="en")
    room_fr = room_en.get_translation(room_en.locale.__class__.objects.get(language_code="fr"))
    source = PressReleasePage.objects.child_of(room_en).filter(live=True).first()
    text = (
        "Un nouveau communiqué traduit\n"
        "Bruxelles, 28/05/2025\n"
        "Les partenaires du réseau ouvrent des centres locaux pour l'emploi dans les régions agricoles.\n"
    )
    if PressReleasePage.objects.filter(translation_key=source.translation_key, locale=room_fr.locale).exists():
        source = PressReleasePage(
            title="Source for the admin import",
            slug="admin-import-source",
            summary="S.",
            date=datetime.date(2025, 5, 1),
            dateline_city="Brussels",
            dateline_country="BE",
            body=[("paragraph", "<p>S.</p>")],
        )
        room_en.add_child(instance=source)
    upload = SimpleUploadedFile("communique.txt", text.encode(), content_type="text/plain")
    data = {"file": upload, "page_type": "press-release", "language": "fr", "translation_of": source.pk}
    response = admin_client.post(import_url(room_en), {**data, "action": "create"})
    assert response.status_code == 302
    page = PressReleasePage.objects.get(title="Un nouveau communiqué traduit")
    assert page.translation_key == source.translation_key and page.get_parent().pk == room_fr.pk
    # the same file again: that translation exists now, said on the form
    upload.seek(0)
    again = SimpleUploadedFile("communique.txt", text.encode(), content_type="text/plain")
    response = admin_client.post(import_url(room_en), {**data, "file": again, "action": "create"})
    assert response.status_code == 200
    assert "communique.txt: " in response.content.decode() and "translation already" in response.content.decode()


def test_an_unexpected_error_is_a_message_not_a_server_error(client, partner, monkeypatch):
    user, own, _other = partner
    client.force_login(user)
    importer = get_importers()["event"]

    def broken(context):
        raise RuntimeError("a bug in a builder")

    monkeypatch.setattr(importer, "build", broken)
    response = client.post(
        import_url(own), {"file": seminar_docx(), "page_type": "event", "language": "en", "action": "preview"}
    )
    assert response.status_code == 200
    assert "seminar.docx: unexpected error (logged for the site&#x27;s administrators)" in response.content.decode()
    assert not EventPage.objects.filter(title="Seminar on seasonal contracts").exists()
