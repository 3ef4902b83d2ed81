"""The directory demo: built by seed_demo (once per session, tests/conftest.py) in all six languages, translated for
real through wagtail-localize, with people with and without consent, idempotent, and served in every language."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from home.demo.loader import catalogue, english
from home.demo.seed import DemoSeeder, demo_key
from knowledge.models import GoodPracticePage
from knowledge.sections import good_practices_of
from network.demo.seed import PRACTICE_ORGANISATIONS, NetworkSeeder
from network.models import DirectoryPage, OrganisationPage, OrganisationPerson, Person

pytestmark = pytest.mark.django_db

# The demo carries every page in the project languages (the others carry what their catalogues hold).
LANGUAGES = list(settings.PROJECT_LANGUAGES)
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
ENGLISH = english("network")
PHONE_PREFIXES = {"GR": "+30 ", "CY": "+357 ", "BE": "+32 ", "ES": "+34 ", "IT": "+39 "}
PARTNERS = {"kmop", "cardet", "land-impresa-sociale", "headway", "region-of-peloponnese"}
NAMED = [
    "KMOP",
    "CARDET",
    "LAND Impresa Sociale",
    "HEADWAY",
    "Region of Peloponnese",
    "Cyprus Labour Institute (PEO)",
    "Collectif des Femmes",
    "Assembly of European Regions",
    "AEIDL",
    "Province of Flemish Brabant",
    "Actiris",
    "DUO for a JOB",
    "IRFAM",
    "CEPAG",
    "Le Monde des Possibles",
]


def org_key(name):
    return demo_key(f"network:organisation:{name}")


def person_key(name):
    return demo_key(f"network:person:{name}")


def directory(language):
    return DirectoryPage.objects.get(translation_key=demo_key("network:directory"), locale__language_code=language)


def demo_organisations(language):
    return OrganisationPage.objects.live().filter(
        translation_key__in=[org_key(name) for name in ENGLISH["organisations"]],
        locale__language_code=language,
        alias_of__isnull=True,
    )


def organisation(name, language):
    return OrganisationPage.objects.get(translation_key=org_key(name), locale__language_code=language)


def counts():
    return (
        Page.objects.count(),
        Person.objects.count(),
        OrganisationPerson.objects.count(),
        GoodPracticePage.objects.filter(organisation__isnull=False).count(),
    )


# Content -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_catalogues_translate_descriptions_roles_and_slugs(language):
    texts = catalogue("network", language).entries
    for name, data in ENGLISH["organisations"].items():
        context = f"network:organisation:{name}"
        for paragraph in data["description"]:
            assert texts[context, paragraph] != paragraph, (language, name, paragraph)
        slug = texts[context, data["slug"]]
        assert slug.isascii() and slug == slug.lower(), (language, slug)
    for name, data in ENGLISH["people"].items():
        for field in ("role", "expertise"):
            assert texts[f"network:person:{name}", data[field]] != data[field], (language, name, field)
    directory_texts = ENGLISH["directory"]
    assert texts["network:directory", directory_texts["intro"]] != directory_texts["intro"]
    assert texts["network:directory", directory_texts["slug"]].isascii()


def test_content_has_the_named_organisations_and_enough_local_ones():
    titles = [data["title"] for data in ENGLISH["organisations"].values()]
    assert titles[:15] == NAMED
    local = list(ENGLISH["organisations"].values())[15:]
    assert len(local) >= 20
    assert {data["facts"]["country"] for data in local} == {"BE", "GR", "ES", "IT", "CY"}
    assert len({data["facts"]["city"] for data in local}) >= 15
    for data in ENGLISH["organisations"].values():
        for value in (data["facts"]["lat"], data["facts"]["lon"]):
            assert len(value.split(".")[1]) <= 6
        assert 1 <= len(data["description"]) and all(20 < len(text) < 600 for text in data["description"])
        assert not data["facts"]["website"] or data["facts"]["website"].startswith("https://")
    assert len(ENGLISH["people"]) >= 8
    consent = [data["facts"]["consent"] for data in ENGLISH["people"].values()]
    assert any(consent) and not all(consent)
    assert set(PRACTICE_ORGANISATIONS.values()) <= set(ENGLISH["organisations"])


# Pages built by seed_demo ------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_organisation_is_live_in_every_language(language):
    page = directory(language)
    assert page.live and page.show_in_menus and page.alias_of_id is None
    assert page.get_parent().specific_class.__name__ == "HomePage"
    organisations = demo_organisations(language)
    assert organisations.count() == len(ENGLISH["organisations"]) >= 35
    assert OrganisationPage.objects.live().child_of(page).count() >= 35
    partners = {o.translation_key for o in organisations.filter(is_partner=True)}
    assert partners == {org_key(name) for name in PARTNERS}
    for org in organisations:
        assert org.latitude is not None and org.longitude is not None, org.title
        assert -90 <= org.latitude <= 90 and -180 <= org.longitude <= 180
        assert Decimal(33) < org.latitude < Decimal(52) and Decimal(-10) < org.longitude < Decimal(35)  # Europe
        assert org.private_email.endswith("@example.org") and org.public_email.endswith(".example.org")
        assert org.address and org.public_phone.startswith(PHONE_PREFIXES[org.country]) and org.opening_hours
        assert org.description and org.city and org.region and org.sectors is not None
        assert org.slug.isascii() and org.get_parent().pk == page.pk


def test_demo_organisations_show_how_to_reach_them_unless_they_chose_not_to(client):
    """Most publish their contact details; three keep them to themselves, and their pages show only the town."""
    hidden = {name for name, data in ENGLISH["organisations"].items() if not data["facts"]["contact_public"]}
    assert len(hidden) == 3
    for language in LANGUAGES:
        for name in ENGLISH["organisations"]:
            page = organisation(name, language)
            assert page.contact_public == (name not in hidden)
            if language != "en":
                assert page.opening_hours != organisation(name, "en").opening_hours, (name, language)
    shown, kept = organisation("kmop", "el"), organisation(sorted(hidden)[0], "el")
    html = client.get(shown.url).content.decode()
    assert shown.public_phone in html and shown.address in html and shown.opening_hours in html
    html = client.get(kept.url).content.decode()
    assert kept.public_phone not in html and kept.address not in html and kept.opening_hours not in html


def test_named_organisations_and_their_facts():
    kmop = organisation("kmop", "en")
    assert (kmop.org_type, kmop.country, kmop.city, kmop.is_partner) == ("civil-society", "GR", "Athens", True)
    actiris = organisation("actiris", "en")
    assert actiris.org_type == "public-employment-service" and not actiris.is_partner
    titles = set(demo_organisations("en").values_list("title", flat=True))
    assert set(NAMED) <= titles
    countries = set(demo_organisations("en").values_list("country", flat=True))
    assert countries == {"BE", "GR", "ES", "IT", "CY"}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_translated_organisations_keep_no_english_text(language):
    for name in ENGLISH["organisations"]:
        english, translated = organisation(name, "en"), organisation(name, language)
        assert translated.description != english.description, (language, name)
        for paragraph in ENGLISH["organisations"][name]["description"]:
            assert paragraph not in translated.description
        # Synchronised facts follow the English page.
        assert (
            translated.org_type,
            translated.is_partner,
            translated.country,
            translated.latitude,
            translated.longitude,
            translated.sectors,
            translated.services,
            translated.languages,
            translated.website,
        ) == (
            english.org_type,
            english.is_partner,
            english.country,
            english.latitude,
            english.longitude,
            english.sectors,
            english.services,
            english.languages,
            english.website,
        )
    assert directory(language).title != directory("en").title


def test_french_texts_are_french():
    english, french = organisation("headway", "en"), organisation("headway", "fr")
    assert french.description != english.description
    assert "partenaire belge de Primacenters" in french.description
    assert (french.city, french.region) == ("Bruxelles", "Région de Bruxelles-Capitale")
    peloponnese = organisation("region-of-peloponnese", "fr")
    assert peloponnese.title == "Région du Péloponnèse" and peloponnese.url == "/fr/annuaire/region-du-peloponnese/"
    assert organisation("centre-kalamata", "el").title == "Κέντρο Primacenters Καλαμάτας"
    assert organisation("irfam", "nl").city == "Luik"


@pytest.mark.parametrize("language", LANGUAGES)
def test_directory_and_organisation_pages_answer_in_every_language(client, language):
    page = directory(language)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert client.get(page.url, {"page": 2}).status_code == 200
    org = organisation("cooperativa-serra-aperta", language)
    response = client.get(org.url)
    assert response.status_code == 200 and org.city in response.content.decode()


# People ------------------------------------------------------------------------------------------------
def test_people_are_translated_and_linked_in_every_language():
    for name, data in ENGLISH["people"].items():
        versions = {p.locale.language_code: p for p in Person.objects.filter(translation_key=person_key(name))}
        assert set(versions) == set(LANGUAGES), name
        assert len({p.role for p in versions.values()}) == 6 and len({p.expertise for p in versions.values()}) == 6
        assert {p.name for p in versions.values()} == {data["facts"]["name"]}
        for language, person in versions.items():
            org = organisation(data["facts"]["organisation"], language)
            assert list(org.people.values_list("person_id", flat=True)).count(person.pk) == 1, (name, language)


def test_people_with_and_without_consent(admin_user, client):
    """The session's demo was built before any superuser existed: nobody's consent could be recorded. A later run,
    with a superuser, records the consent of those who gave it, in every language, and of nobody else."""
    keys = [person_key(name) for name in ENGLISH["people"]]
    assert not Person.objects.public().filter(translation_key__in=keys).exists()
    before = counts()
    call_command("seed_demo", verbosity=0)
    assert counts() == before
    for name, data in ENGLISH["people"].items():
        people = Person.objects.filter(translation_key=person_key(name))
        if data["facts"]["consent"]:
            assert people.public().count() == 6, name
            assert {p.consent_recorded_by_id for p in people} == {admin_user.pk}
        else:
            assert not people.filter(consent_given_at__isnull=False).exists(), name
    shown = Person.objects.get(translation_key=person_key("eleni-markopoulou"), locale__language_code="el")
    hidden = Person.objects.get(translation_key=person_key("samir-haddad"), locale__language_code="el")
    html = client.get(organisation("centre-kalamata", "el").url).content.decode()
    assert shown.name in html and shown.role in html
    assert hidden.name not in client.get(organisation("argolida-network", "el").url).content.decode()


def test_a_withdrawn_consent_is_never_recorded_again(admin_user):
    english = Person.objects.get(translation_key=person_key("nadia-benali"), locale__language_code="en")
    english.consent_given_at = None
    english.withdraw_consent()
    call_command("seed_demo", verbosity=0)
    assert not Person.objects.public().filter(translation_key=english.translation_key).exists()


def test_an_erased_person_does_not_come_back(admin_user):
    from network.erasure import erase_person

    person = Person.objects.get(translation_key=person_key("karim-diallo"), locale__language_code="fr")
    erase_person(person, user=admin_user)
    call_command("seed_demo", verbosity=0)
    assert not Person.objects.filter(translation_key=person_key("karim-diallo")).exists()


# Good practices ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_good_practices_point_to_their_organisation_in_each_language(language):
    for practice_name, organisation_name in PRACTICE_ORGANISATIONS.items():
        practice = GoodPracticePage.objects.get(
            translation_key=demo_key(f"knowledge:good-practice:{practice_name}"), locale__language_code=language
        )
        org = organisation(organisation_name, language)
        assert practice.organisation_id == org.pk and practice.live and not practice.has_unpublished_changes
        assert practice.organisation_page().pk == org.pk
    region = organisation("region-of-peloponnese", language)
    assert [p.translation_key for p in good_practices_of(region)] == [
        demo_key("knowledge:good-practice:peloponnese-job-matching")
    ]


def test_an_editors_choice_of_organisation_is_kept(admin_user):
    key = demo_key("knowledge:good-practice:huelva-peer-mentoring")
    english = GoodPracticePage.objects.get(translation_key=key, locale__language_code="en")
    english.organisation = organisation("centro-primacenters-almeria", "en")
    english.save_revision(user=admin_user).publish(user=admin_user)
    spanish = GoodPracticePage.objects.get(translation_key=key, locale__language_code="es")
    spanish.organisation = None
    spanish.save_revision(user=admin_user).publish(user=admin_user)
    call_command("seed_demo", verbosity=0)
    english.refresh_from_db()
    spanish.refresh_from_db()
    assert english.organisation_id == organisation("centro-primacenters-almeria", "en").pk
    assert spanish.organisation_id is None


# Idempotence -------------------------------------------------------------------------------------------
def test_seed_demo_twice_creates_nothing_and_keeps_editors_changes(admin_user):
    french = organisation("actiris", "fr")
    french.title = "Actiris (changé par une éditrice)"
    french.save_revision(user=admin_user).publish(user=admin_user)
    before = counts()
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    assert counts() == before
    french.refresh_from_db()
    assert french.title == "Actiris (changé par une éditrice)"


def test_seed_demo_recreates_a_missing_translation(django_capture_on_commit_callbacks):
    italian = organisation("akkerbrug", "it")
    italian.delete()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    again = organisation("akkerbrug", "it")
    assert again.live and again.city == "Gand" and again.description != organisation("akkerbrug", "en").description


def test_scale_adds_organisations_in_every_language(client):
    seeder = NetworkSeeder(DemoSeeder())
    assert seeder.scale(3) == 18
    assert seeder.scale(3) == 0
    for language in LANGUAGES:
        pages = OrganisationPage.objects.live().filter(
            translation_key__in=[demo_key(f"network:generated:{n}") for n in (1, 2, 3)], locale__language_code=language
        )
        assert pages.count() == 3
        for page in pages:
            assert (
                page.live_revision_id
                and not page.has_unpublished_changes
                and page.get_parent().pk == directory(language).pk
            )
            assert -90 <= page.latitude <= 90 and -180 <= page.longitude <= 180
            assert client.get(page.url).status_code == 200
    titles = set(
        OrganisationPage.objects.filter(translation_key=demo_key("network:generated:2")).values_list("title", flat=True)
    )
    assert titles == {
        "Sample organisation 2",
        "Organisation d'exemple 2",
        "Voorbeeldorganisatie 2",
        "Δοκιμαστικός οργανισμός 2",
        "Organización de ejemplo 2",
        "Organizzazione di esempio 2",
    }
    points = set(
        OrganisationPage.objects.filter(
            translation_key__in=[demo_key(f"network:generated:{n}") for n in (1, 2, 3)]
        ).values_list("latitude", "longitude")
    )
    assert len(points) == 3  # spread, not piled on one town


def test_privacy_notice_names_the_map_tile_server():
    """The maps ask before loading tiles, naming the server; the privacy notice says the same, in every language."""
    from home.models import StandardPage

    english = StandardPage.objects.get(locale__language_code="en", slug="privacy-notice")
    versions = StandardPage.objects.filter(translation_key=english.translation_key, alias_of__isnull=True)
    assert versions.count() == len(settings.LANGUAGES)  # the languages added later carry it too
    for page in versions:
        assert "tile.openstreetmap.org" in str(page.body), page.locale
