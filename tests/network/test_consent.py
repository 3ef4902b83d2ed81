"""Consent: a person is shown only with recorded consent; withdrawing it, in any language, hides them everywhere."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import HomePage
from network.models import DirectoryPage, OrganisationPage, Person
from portal.core.feeds import FeedsMixin
from tests.helpers import translate_as_editor
from tests.network.factories import DirectoryPageFactory, OrganisationPageFactory, PersonFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "nl", "el", "es", "it"]
CONSENTED, NEVER_ASKED, WITHDRAWN = "Aurelia Konstantinou", "Bartholomew Quayle", "Cornelia Verhaegen"


def directory_page():
    """The English directory: the demo's when there is one (one per home page), else a new one."""
    home = HomePage.objects.get(locale__language_code="en")
    page = DirectoryPage.objects.child_of(home).first()
    return page or DirectoryPageFactory(parent=home, title="Directory", slug="directory")


def person(name, user, consent=True, withdrawn=False, **extra):
    return PersonFactory(name=name, recorded_by=user, consent=consent, withdrawn=withdrawn, **extra)


def organisation(directory, title, people, description=""):
    """An organisation in Patras with nothing but its people and description (no sectors, services, inbox)."""
    return OrganisationPageFactory(
        parent=directory,
        title=title,
        slug=title.lower().replace(" ", "-"),
        city="Patras",
        latitude=Decimal("38.246639"),
        longitude=Decimal("21.734573"),
        sectors=[],
        services=[],
        languages=[],
        private_email="",
        description=description,
        members=people,
    )


def translate(pages, user, languages, on_commit):
    """Translate pages (parents first) where missing, as an editor does; their people are translated with them.

    Each page is published (after commit) before its children are translated: a parent's publication deferred
    until after its children exist would write back its stale child count, and the children would answer 404.
    """
    for language in languages:
        for page in pages:
            if page.get_translation_or_none(Locale.objects.get(language_code=language)) is None:
                with on_commit(execute=True):
                    translate_as_editor(page, language, lambda text: text, user)


def translations(page):
    return [page, *OrganisationPage.objects.translation_of(page).order_by("locale__language_code")]


def texts_of_public_places(client, directory, org):
    """What a visitor or a program can read: pages, listings, exports, map data, the API, feeds."""
    texts = []
    for version in translations(org):
        texts.append(client.get(version.url).content.decode())
        texts.append(client.get(f"/api/v2/pages/{version.pk}/?fields=*").content.decode())
    for version in [directory, *DirectoryPage.objects.translation_of(directory)]:
        for suffix in ("", "?view=map", "geojson/", "export/csv/", "export/json/"):
            response = client.get(version.url + suffix)
            assert response.status_code == 200, version.url + suffix
            texts.append(response.content.decode())
    texts.append(client.get("/api/v2/pages/", {"type": "network.OrganisationPage", "fields": "*"}).content.decode())
    indexes = [model for model in apps.get_models() if issubclass(model, FeedsMixin)]
    feeds = [link["url"] for index in indexes for page in index.objects.live() for link in page.feed_links()]
    assert feeds
    texts.extend(client.get(url).content.decode() for url in feeds)
    return texts


@pytest.fixture
def org_with_people(admin_user, django_capture_on_commit_callbacks):
    directory = directory_page()
    people = [
        person(CONSENTED, admin_user),
        person(NEVER_ASKED, admin_user, consent=False),
        person(WITHDRAWN, admin_user, withdrawn=True),
    ]
    org = organisation(directory, "Consent Test Centre", people)
    translate([directory, org], admin_user, LANGUAGES[1:], django_capture_on_commit_callbacks)
    return directory, org


def test_only_people_with_consent_appear_anywhere(client, org_with_people):
    directory, org = org_with_people
    versions = translations(org)
    assert sorted(v.locale.language_code for v in versions) == sorted(LANGUAGES)
    for version in versions:
        html = client.get(version.url).content.decode()
        assert f"<h3>{CONSENTED}</h3>" in html, version.locale  # translated with the page, shown in every language
        assert f"Role of {CONSENTED}" in html
    texts = texts_of_public_places(client, directory, org)
    for name in (NEVER_ASKED, WITHDRAWN):
        for text in texts:
            assert name not in text and f"Expertise of {name}" not in text


def test_withdrawing_in_french_hides_the_person_in_every_language(client, org_with_people, admin_user):
    directory, org = org_with_people
    consented = Person.objects.get(name=CONSENTED, locale__language_code="en")
    french = Person.objects.get(translation_key=consented.translation_key, locale__language_code="fr")
    assert Person.objects.filter(translation_key=consented.translation_key).count() == 6
    french.withdraw_consent()

    assert not Person.objects.public().filter(translation_key=consented.translation_key).exists()
    consented.refresh_from_db()
    assert not consented.is_public
    for text in texts_of_public_places(client, directory, org):
        assert CONSENTED not in text


def test_republishing_a_translation_does_not_bring_back_a_withdrawn_person(
    client, org_with_people, admin_user, django_capture_on_commit_callbacks
):
    """wagtail-localize copies synchronised fields from its stored source: consent must not travel that way."""
    _directory, org = org_with_people
    consented = Person.objects.get(name=CONSENTED, locale__language_code="en")
    Person.objects.get(translation_key=consented.translation_key, locale__language_code="fr").withdraw_consent()
    with django_capture_on_commit_callbacks(execute=True):
        for translation in Translation.objects.filter(source__object_id=consented.translation_key):
            translation.save_target(user=admin_user, publish=True)
        translate_as_editor(org, "nl", lambda text: text, admin_user)
    assert not Person.objects.public().filter(translation_key=consented.translation_key).exists()
    assert CONSENTED not in client.get(org.url).content.decode()


def test_giving_consent_again_shows_the_person_again(client, org_with_people):
    _directory, org = org_with_people
    withdrawn = Person.objects.get(name=WITHDRAWN, locale__language_code="it")
    withdrawn.consent_withdrawn_at = None
    withdrawn.save()
    assert Person.objects.public().filter(translation_key=withdrawn.translation_key).count() == 6
    assert f"<h3>{WITHDRAWN}</h3>" in client.get(org.url).content.decode()


def test_search_follows_consent_in_every_language(client, org_with_people):
    """Withdrawn in English: no language's record names the person; given again in Greek: every one does."""
    _directory, org = org_with_people
    urls = {version.url for version in translations(org)}

    def languages_found():
        """The languages whose own record of the organisation the search API finds by the person's name."""
        found = set()
        for language in LANGUAGES:
            data = client.get("/api/search/", {"q": CONSENTED, "lang": language}).json()
            found |= {hit["locale"] for hit in data["results"] if hit["url"] in urls}
        return found

    assert languages_found() == set(LANGUAGES)  # each language's own record first
    english = Person.objects.get(name=CONSENTED, locale__language_code="en")
    english.withdraw_consent()
    assert languages_found() == set()
    greek = Person.objects.get(translation_key=english.translation_key, locale__language_code="el")
    greek.consent_withdrawn_at = None
    greek.save()
    assert languages_found() == set(LANGUAGES)


def test_consent_needs_who_recorded_it(admin_user):
    english = Locale.objects.get(language_code="en")
    someone = Person(locale=english, name="Nobody Asked", consent_given_at=timezone.now())
    with pytest.raises(ValidationError) as error:
        someone.full_clean()
    assert "consent_recorded_by" in error.value.message_dict
    someone.consent_recorded_by = admin_user
    someone.full_clean()


def test_the_api_exposes_no_people(client, org_with_people):
    _directory, org = org_with_people
    assert "people" not in (getattr(OrganisationPage, "api_fields", None) or [])
    assert client.get(f"/api/v2/pages/{org.pk}/", {"fields": "people"}).status_code == 400
    for path in ("/api/v2/snippets/", "/api/v2/people/", "/api/v2/persons/"):
        assert client.get(path).status_code == 404
    body = client.get(f"/api/v2/pages/{org.pk}/", {"fields": "*"}).content.decode()
    assert CONSENTED not in body  # not even people with consent: the API has no people at all
