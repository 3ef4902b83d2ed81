"""Erasure: `erase_person ID` and the admin action remove a person from every place and keep only counts."""

import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.search.models import IndexEntry
from wagtail_localize.models import String, StringTranslation, TranslatableObject, Translation, TranslationSource

from network.erasure import person_erased
from network.models import ErasureRecord, OrganisationPage, OrganisationPerson, Person
from tests.helpers import translate_as_editor

from .test_consent import CONSENTED, directory_page, organisation, person, texts_of_public_places, translate

pytestmark = pytest.mark.django_db

NAME, GREEK_NAME = "Theodora Vasilaki", "Θεοδώρα Βασιλάκη"
DESCRIPTION = f"<p>Founded with {NAME}, who runs the seasonal desk.</p>"


def dumped(value):
    return json.dumps(value, ensure_ascii=False).casefold()


def mentions_name(value):
    text = value if isinstance(value, str) else dumped(value)
    return NAME.casefold() in text.casefold() or GREEK_NAME.casefold() in text.casefold()


@pytest.fixture
def world(admin_user, django_capture_on_commit_callbacks):
    """Theodora, with a photo and consent, listed by two organisations (one describes her) in three languages."""
    on_commit = django_capture_on_commit_callbacks
    directory = directory_page()
    photo = get_image_model().objects.create(title=f"Portrait of {NAME}", file=get_test_image_file())
    theodora = person(NAME, admin_user, photo=photo)
    colleague = person(CONSENTED, admin_user)
    described = organisation(directory, "Harbour Workers Centre", [theodora, colleague], description=DESCRIPTION)
    listing = organisation(directory, "Olive Growers Union", [theodora])
    listing.title = "Olive Growers’ Union"
    listing.save_revision(user=admin_user).publish()
    log(instance=theodora, action="wagtail.create", user=admin_user)
    log(instance=described, action="wagtail.edit", user=admin_user, title=f"Interview with {NAME}")
    translate([directory], admin_user, ["fr", "el"], on_commit)
    for page in (described, listing):
        with on_commit(execute=True):
            translate_as_editor(page, "fr", lambda text: text, admin_user)
        with on_commit(execute=True):
            translate_as_editor(page, "el", lambda text: text.replace(NAME, GREEK_NAME), admin_user)
    Person.objects.filter(translation_key=theodora.translation_key, locale__language_code="el").update(
        name=GREEK_NAME
    )  # a name overridden in one language is erased too
    return {
        "directory": directory,
        "theodora": theodora,
        "colleague": colleague,
        "photo": photo,
        "described": described,
        "listing": listing,
    }


def test_the_world_holds_the_person_everywhere_before_erasure(client, world):
    """The places the erasure tests check do hold the person before: otherwise they would prove nothing."""
    theodora = world["theodora"]
    assert Person.objects.filter(translation_key=theodora.translation_key).count() == 3
    assert f"<h3>{NAME}</h3>" in client.get(world["listing"].url).content.decode()
    assert TranslationSource.objects.filter(object_id=theodora.translation_key).exists()
    assert any(mentions_name(s) for s in String.objects.values_list("data", flat=True))
    assert any(mentions_name(t) for t in StringTranslation.objects.values_list("data", flat=True))
    assert any(mentions_name(r.content) for r in Revision.objects.all())
    assert ModelLogEntry.objects.filter(label=NAME).exists()
    assert PageLogEntry.objects.filter(label__contains=NAME).exists()


def assert_erased(client, world, erasure_output=""):
    theodora, colleague = world["theodora"], world["colleague"]
    key, described, listing = theodora.translation_key, world["described"], world["listing"]

    # Every language version and every link, but nobody else.
    assert not Person.objects.filter(translation_key=key).exists()
    assert not OrganisationPerson.objects.filter(person__translation_key=key).exists()
    assert OrganisationPerson.objects.filter(person=colleague, page=described).exists()
    assert not get_image_model().objects.filter(pk=world["photo"].pk).exists()

    # Public places.
    for text in texts_of_public_places(client, world["directory"], listing):
        assert not mentions_name(text)
    for version in [described, *OrganisationPage.objects.translation_of(described)]:
        html = client.get(version.url).content.decode()
        assert f"<h3>{NAME}</h3>" not in html and f"Role of {NAME}" not in html and f"Expertise of {NAME}" not in html
        assert f"<h3>{CONSENTED}</h3>" in html

    # Revisions: scrubbed, not lost, and still usable.
    revisions = Revision.objects.all()
    for revision in revisions:
        assert not mentions_name(revision.content) and not mentions_name(revision.object_str), revision.pk
        for link in revision.content.get("people", []):
            assert link["person"] in set(Person.objects.values_list("pk", flat=True))
    assert listing.revisions.count() == 2
    restored = OrganisationPage.objects.get(pk=described.pk).get_latest_revision().as_object()
    assert [link.person for link in restored.people.all()] == [colleague]
    assert "[erased]" in restored.description

    # wagtail-localize: the person's source, strings and translations; the name in the pages' sources and strings.
    assert not TranslatableObject.objects.filter(translation_key=key).exists()
    assert not TranslationSource.objects.filter(object_id=key).exists()
    assert not any(
        mentions_name(s.content_json) or mentions_name(json.loads(s.content_json))
        for s in TranslationSource.objects.all()
    )
    assert not any(mentions_name(data) for data in String.objects.values_list("data", flat=True))
    assert not any(mentions_name(data) for data in StringTranslation.objects.values_list("data", flat=True))
    # The person's own strings are deleted, not merely scrubbed.
    assert not String.objects.filter(data__in=["Role of [erased]", "Expertise of [erased]"]).exists()

    # Audit log.
    person_type = ContentType.objects.get_for_model(Person)
    own_entries = ModelLogEntry.objects.filter(content_type=person_type, object_id=str(theodora.pk))
    assert list(own_entries.values_list("label", flat=True)) == ["[erased]"]
    for model in (ModelLogEntry, PageLogEntry):
        for entry in model.objects.all():
            assert not mentions_name(entry.label) and not mentions_name(entry.data)

    # Search.
    assert not IndexEntry.objects.filter(content_type=person_type).exists()

    # The record: counts, no personal data.
    record = ErasureRecord.objects.get()
    stored = dumped({field.attname: str(getattr(record, field.attname)) for field in record._meta.concrete_fields})
    for personal in (NAME, GREEK_NAME, "Vasilaki", str(key), f"Role of {NAME}", "portrait"):
        assert personal.casefold() not in stored
    assert record.counts["language versions"] == 3 and record.counts["organisation links"] == 6
    assert record.objects_touched == sum(record.counts.values())
    assert record.mentions_to_review == 3
    for version in [described, *OrganisationPage.objects.translation_of(described)]:
        assert f"page {version.pk} {version.title}: description" in erasure_output


def test_erase_person_command(client, world, admin_user, django_capture_on_commit_callbacks):
    keys = []
    person_erased.connect(receiver := lambda translation_key, **kwargs: keys.append(translation_key))
    french = Person.objects.get(translation_key=world["theodora"].translation_key, locale__language_code="fr")
    out = io.StringIO()
    try:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("erase_person", str(french.pk), stdout=out)
    finally:
        person_erased.disconnect(receiver)
    output = out.getvalue()
    assert keys == [world["theodora"].translation_key]
    assert "language versions: 3" in output and "organisation links: 6" in output
    assert "Free-text mentions left for an editor to review: 3" in output
    assert not mentions_name(output)  # the mentions name pages, not her
    assert_erased(client, world, output)
    assert ErasureRecord.objects.get().erased_by_id is None

    # wagtail-localize still syncs the pages that listed her, from its stored (scrubbed) sources and afresh.
    with django_capture_on_commit_callbacks(execute=True):
        for translation in Translation.objects.filter(source__object_id=world["listing"].translation_key):
            translation.save_target(user=admin_user, publish=True)
    with django_capture_on_commit_callbacks(execute=True):
        translate_as_editor(world["listing"], "es", lambda text: text, admin_user)
    assert OrganisationPage.objects.translation_of(world["listing"]).count() == 3


def test_unknown_person_is_a_clear_error(world):
    with pytest.raises(CommandError, match="No person with id 999999") as error:
        call_command("erase_person", "999999")
    assert error.value.returncode == 1
    assert Person.objects.filter(name=NAME).exists() and not ErasureRecord.objects.exists()


def test_admin_action_confirms_then_erases(client, world, admin_user, django_capture_on_commit_callbacks):
    theodora = world["theodora"]
    client.force_login(admin_user)
    listing = client.get("/admin/snippets/network/person/?locale=en").content.decode()
    erase_url = f"/admin/network/people/{theodora.pk}/erase/"
    assert erase_url in listing
    assert erase_url in client.get(f"/admin/snippets/network/person/edit/{theodora.pk}/").content.decode()
    confirm = client.get(erase_url)
    assert confirm.status_code == 200
    assert "Erase this person" in confirm.content.decode() and "(3)" in confirm.content.decode()
    assert Person.objects.filter(translation_key=theodora.translation_key).count() == 3  # nothing done yet

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(erase_url, follow=True)
    assert response.redirect_chain[-1][0].startswith("/admin/snippets/network/person/")
    page = response.content.decode()
    assert "The person was erased" in page and "Still mentioned, please review" in page
    assert_erased(client, world, page.replace("&#x27;", "'").replace("&quot;", '"'))
    assert ErasureRecord.objects.get().erased_by_id == admin_user.pk


def test_admin_action_needs_the_permission(client, world, django_user_model):
    theodora = world["theodora"]
    editors = Group.objects.create(name="People editors")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="network", codename__in=["view_person", "change_person"]),
    )
    user = django_user_model.objects.create_user("people-editor", "people-editor@example.org", "pw-123-long")
    user.groups.add(editors)
    client.force_login(user)
    erase_url = f"/admin/network/people/{theodora.pk}/erase/"
    assert erase_url not in client.get("/admin/snippets/network/person/?locale=en").content.decode()
    for response in (client.get(erase_url), client.post(erase_url)):
        assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    assert Person.objects.filter(translation_key=theodora.translation_key).count() == 3

    editors.permissions.add(Permission.objects.get(content_type__app_label="network", codename="erase_person"))
    user = django_user_model.objects.get(pk=user.pk)  # permissions are cached per user object
    client.force_login(user)
    assert erase_url in client.get("/admin/snippets/network/person/?locale=en").content.decode()
    assert client.get(erase_url).status_code == 200
