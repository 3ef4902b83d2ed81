"""Building the directory demo: the directory page, organisations, people, and links from good practices.

The demo's own content goes through wagtail-localize as an editor's work does: the English page (or person) is
created, then translated into each other language with the `translate` function the site's demo seeder hands over
(home.demo.translate.translate): a translation source, one string translation per segment, then publish. Texts are
paired with their English originals by position (content modules en.py, fr.py, ...).

Order matters. The directory's translations are published in their own transaction before any organisation is
translated under them (wagtail-localize publishes translated pages when the transaction commits). People are
translated before the organisations that list them: an organisation's translation points at its people's
translations, which must exist.

Idempotent like the rest of the demo: every object has a stable translation key; what exists is left alone (an
editor's change is never overwritten), what is missing is created. People are created only together with their
organisation: a demo person who was erased (network.erasure) does not come back on the next run.

`scale(N)` adds N generated organisations for benchmarks. Only the demo's real content goes through
wagtail-localize; this generated filler does not. Each language version is built directly, as copy_for_translation
would make it (the same translation key, under the directory's translation in that locale) with that language's
generated texts, and added already live with one revision (NetworkSeeder.create_published). Measured on SQLite for
one generated organisation in six languages: 0.63 s through wagtail-localize, 0.35 to 0.45 s with
copy_for_translation or add_child then save_revision().publish(), 0.09 s this way: `--scale 1000` adds its 6,000
pages in about a minute and a half instead of 6 to 11.

This module imports nothing from `home` or `knowledge` (imports run downhill): the site's seeder passes itself,
its key function and the translate function; good practices are reached through the app registry.
"""

import datetime
import functools
import importlib
import random
from decimal import Decimal
from html import escape

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource

from portal.core.vocabularies import ORGANISATION_TYPES, SECTORS, SERVICES

from ..models import DirectoryPage, OrganisationPage, OrganisationPerson, Person

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]

# Good practices of the knowledge demo (knowledge.demo) and the organisation that implements each of them.
PRACTICE_ORGANISATIONS = {
    "peloponnese-job-matching": "region-of-peloponnese",
    "sicily-transport-housing": "cooperativa-serra-aperta",
    "huelva-peer-mentoring": "asociacion-arenal",
    "cyprus-fishers-skills": "larnaca-marine-skills",
    "epirus-forestry-crews": "pindos-forest-cooperative",
}

# Languages spoken locally, for the generated organisations.
COUNTRY_LANGUAGES = {"BE": ["fr", "nl"], "GR": ["el"], "CY": ["el"], "ES": ["es"], "IT": ["it"]}
SCALE_BATCH = 100  # generated organisations per transaction


def content(language):
    return importlib.import_module(f"network.demo.{language}")


def rich(paragraphs):
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in paragraphs)


def private_email(name):
    return f"{name}@example.org"


def organisation_texts(language, name):
    """An organisation's texts in `language`, in a fixed order: title, slug, region, city, description..."""
    english = content(SOURCE_LANGUAGE).ORGANISATIONS[name]
    module = content(language)
    data = module.ORGANISATIONS[name]
    facts = english["facts"]
    return [
        data.get("title", english["title"]),
        data.get("slug", english["slug"]),
        module.PLACES[facts["region"]],
        module.PLACES[facts["city"]],
        *data["description"],
    ]


def paired(source, target, what):
    """{English text: translated text}; the same English text must be translated one way only."""
    if len(source) != len(target):
        raise ValueError(f"demo content differs in shape between languages: {what}")
    strings = {}
    for english, translated in zip(source, target, strict=True):
        if strings.setdefault(english, translated) != translated:
            raise ValueError(f"demo content translates {english[:60]!r} in two ways: {what}")
    return strings


def organisation_pairs(name, language):
    return paired(organisation_texts(SOURCE_LANGUAGE, name), organisation_texts(language, name), name)


def directory_pairs(language):
    english, translated = content(SOURCE_LANGUAGE).DIRECTORY, content(language).DIRECTORY
    fields = ("title", "slug", "intro")
    return paired([english[f] for f in fields], [translated[f] for f in fields], "directory")


def person_pairs(name, language):
    english, translated = content(SOURCE_LANGUAGE).PEOPLE[name], content(language).PEOPLE[name]
    fields = ("role", "expertise")
    return paired([english[f] for f in fields], [translated[f] for f in fields], name)


def consent_time(day):
    """When the demo records a person's consent: 10:00 UTC on the day given in the content module."""
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(10), tzinfo=datetime.UTC)


def people_of(organisation):
    return [
        name for name, data in content(SOURCE_LANGUAGE).PEOPLE.items() if data["facts"]["organisation"] == organisation
    ]


class NetworkSeeder:
    """Directory pages of the demo. `site_seeder` is the site's DemoSeeder (locales, user, log, created count)."""

    def __init__(self, site_seeder, key, translate):
        self.site = site_seeder
        self.key = key
        self.translate = translate
        self.locales = site_seeder.locales
        self.user = site_seeder.user

    def run(self):
        home = self.english_home()
        if home is None:
            return 0
        before = self.site.created
        directory = self.directory(home)
        # Organisations are translated only where the directory is (a translated page needs its parent's).
        languages = [code for code in OTHER_LANGUAGES if self.find(DirectoryPage, directory.translation_key, code)]
        for name in content(SOURCE_LANGUAGE).ORGANISATIONS:
            self.organisation(directory, name, languages)
        self.record_consent()
        self.link_good_practices()
        return self.site.created - before

    # Helpers -------------------------------------------------------------------------------------------
    def english_home(self):
        return Page.objects.filter(translation_key=self.key("home"), locale=self.locales[SOURCE_LANGUAGE]).first()

    def find(self, model, key, language):
        """The page in `language`; an alias (made by syncing trees) counts as missing: translating converts it."""
        return model.objects.filter(translation_key=key, locale=self.locales[language], alias_of__isnull=True).first()

    def create(self, parent, page, key):
        page.translation_key = key
        page.locale = self.locales[SOURCE_LANGUAGE]
        parent.add_child(instance=page)
        page.save_revision(user=self.user).publish(user=self.user)
        self.site.created += 1
        self.site.log(f"created {page.url_path}")
        return page

    # Directory -----------------------------------------------------------------------------------------
    def directory(self, home):
        """The English directory and its translations, committed before any organisation is translated under
        them. A directory an editor made before the demo had one (there is one per home page) is used as it is:
        translating it is left to the editors."""
        key = self.key("network:directory")
        with transaction.atomic():
            page = self.find(DirectoryPage, key, SOURCE_LANGUAGE)
            if page is None:
                page = DirectoryPage.objects.child_of(home).filter(alias_of__isnull=True).order_by("pk").first()
                if page is not None:
                    return page
                data = content(SOURCE_LANGUAGE).DIRECTORY
                page = DirectoryPage(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True)
                page = self.create(home, page, key)
            for code in OTHER_LANGUAGES:
                if self.find(DirectoryPage, page.translation_key, code) is None:
                    target = self.translate(page, self.locales[code], directory_pairs(code), self.user)
                    self.site.created += 1
                    self.site.log(f"translated {target.url_path}")
        return page

    # People --------------------------------------------------------------------------------------------
    def person_key(self, name):
        return self.key(f"network:person:{name}")

    def english_person(self, name):
        key, locale = self.person_key(name), self.locales[SOURCE_LANGUAGE]
        return Person.objects.filter(translation_key=key, locale=locale).first()

    def create_person(self, name):
        data = content(SOURCE_LANGUAGE).PEOPLE[name]
        facts = data["facts"]
        person = Person(
            name=facts["name"],
            role=data["role"],
            expertise=data["expertise"],
            languages=facts["languages"],
            translation_key=self.person_key(name),
            locale=self.locales[SOURCE_LANGUAGE],
        )
        if facts["consent"] and self.user is not None:
            person.consent_given_at = consent_time(facts["consent"])
            person.consent_recorded_by = self.user
        person.full_clean()
        person.save()
        self.site.created += 1
        return person

    def translate_person(self, person, name):
        """The person's missing translations (snippets are saved at once: there is nothing to publish)."""
        for code in OTHER_LANGUAGES:
            if not Person.objects.filter(translation_key=person.translation_key, locale=self.locales[code]).exists():
                self.translate(person, self.locales[code], person_pairs(name, code), self.user)
                self.site.created += 1

    def record_consent(self):
        """Consent of the people who gave it, recorded by the first superuser.

        `make run` runs seed_demo before ensure_admin: on a fresh database there is no superuser yet, and a consent
        must say who recorded it (Person.clean). Those people are then created without consent, and their consent
        is recorded on a later run, once a superuser exists, only when every consent field is still empty (an
        editor's withdrawal, or an erasure, is never undone). Person.save copies it to every translation.
        """
        if self.user is None:
            return
        for name, data in content(SOURCE_LANGUAGE).PEOPLE.items():
            if not data["facts"]["consent"]:
                continue
            person = self.english_person(name)
            if person is None or person.erased_at or person.consent_given_at or person.consent_withdrawn_at:
                continue
            if person.consent_recorded_by_id is not None:
                continue
            person.consent_given_at = consent_time(data["facts"]["consent"])
            person.consent_recorded_by = self.user
            person.save()
            self.site.log(f"recorded the consent of {person.name}")

    # Organisations -------------------------------------------------------------------------------------
    def organisation(self, directory, name, languages):
        english = content(SOURCE_LANGUAGE).ORGANISATIONS[name]
        key = self.key(f"network:organisation:{name}")
        # One transaction per organisation, its people and their translations; the translated pages are
        # published when it commits (their parents, the directory's translations, were committed before).
        with transaction.atomic():
            page = self.find(OrganisationPage, key, SOURCE_LANGUAGE)
            if page is None:
                people = [self.english_person(person) or self.create_person(person) for person in people_of(name)]
                facts = english["facts"]
                page = OrganisationPage(
                    title=english["title"],
                    slug=english["slug"],
                    org_type=facts["type"],
                    is_partner=facts["partner"],
                    country=facts["country"],
                    region=facts["region"],
                    city=facts["city"],
                    latitude=Decimal(facts["lat"]),
                    longitude=Decimal(facts["lon"]),
                    sectors=facts["sectors"],
                    services=facts["services"],
                    languages=facts["languages"],
                    website=facts["website"],
                    private_email=private_email(name),
                    description=rich(english["description"]),
                )
                page.people = [OrganisationPerson(person=person) for person in people]
                page = self.create(directory, page, key)
            missing = [code for code in languages if self.find(OrganisationPage, key, code) is None]
            if not missing:
                return page
            for person_name in people_of(name):
                person = self.english_person(person_name)
                if person is not None:
                    self.translate_person(person, person_name)
            linked = [link.person for link in page.people.select_related("person")]
            for code in missing:
                locale = self.locales[code]
                if any(not person.has_translation(locale) for person in linked):
                    # Someone an editor added to the page has no translation in this language yet.
                    self.site.log(f"not translated into {code}: {page.title} lists a person without translation")
                    continue
                target = self.translate(page, locale, organisation_pairs(name, code), self.user)
                self.site.created += 1
                self.site.log(f"translated {target.url_path}")
        return page

    # Links from good practices -------------------------------------------------------------------------
    def link_good_practices(self):
        """Each demo good practice implemented by a demo organisation points to it, in every language (each
        version to that language's organisation page). Only a practice that has no organisation and never had one
        in any revision is linked, and not while it has a draft: an editor's choice, even removing the link, stays.
        """
        practice_model = apps.get_model("knowledge", "GoodPracticePage")
        for practice_name, organisation_name in PRACTICE_ORGANISATIONS.items():
            organisations = {
                page.locale_id: page
                for page in OrganisationPage.objects.filter(
                    translation_key=self.key(f"network:organisation:{organisation_name}"), alias_of__isnull=True
                )
            }
            practices = practice_model.objects.filter(
                translation_key=self.key(f"knowledge:good-practice:{practice_name}"),
                alias_of__isnull=True,
                organisation__isnull=True,
                has_unpublished_changes=False,
            )
            for practice in practices:
                organisation = organisations.get(practice.locale_id)
                if organisation is None or self.ever_linked(practice):
                    continue
                with transaction.atomic():
                    practice.organisation = organisation
                    practice.save_revision(user=self.user).publish(user=self.user)
                    if practice.locale_id == self.locales[SOURCE_LANGUAGE].pk:
                        # The stored translation source carries the link too, so that a translation saved
                        # again from it (without a sync) keeps its organisation.
                        TranslationSource.update_or_create_from_instance(practice)
                self.site.log(f"linked {practice.url_path} to {organisation.url_path}")

    @staticmethod
    def ever_linked(page):
        contents = Revision.page_revisions.filter(object_id=str(page.pk)).values_list("content", flat=True)
        return any(content.get("organisation") for content in contents)

    # Generated organisations for benchmarks ------------------------------------------------------------
    def scale(self, count):
        """`count` generated organisations in every language, with coordinates spread around the demo's towns.
        Created directly, not through wagtail-localize: see the module's docstring. 100 per transaction."""
        before = self.site.created
        home = self.english_home()
        if home is None:
            return 0
        directory = self.find(DirectoryPage, self.key("network:directory"), SOURCE_LANGUAGE)
        if directory is None:
            self.run()
            directory = self.find(DirectoryPage, self.key("network:directory"), SOURCE_LANGUAGE)
        if directory is None:
            return self.site.created - before
        keys = {n: self.key(f"network:generated:{n}") for n in range(1, count + 1)}
        existing = {}
        for page in OrganisationPage.objects.filter(translation_key__in=keys.values()):
            existing[page.translation_key, page.locale_id] = page
        parents = {code: self.find(DirectoryPage, directory.translation_key, code) for code in LANGUAGES}
        if None in parents.values():
            return self.site.created - before
        numbers = list(keys)
        for start in range(0, len(numbers), SCALE_BATCH):
            with transaction.atomic():
                for n in numbers[start : start + SCALE_BATCH]:
                    self.generated_organisation(parents, n, keys[n], existing)
        return self.site.created - before

    def generated_organisation(self, parents, n, key, existing):
        english_locale = self.locales[SOURCE_LANGUAGE]
        page = existing.get((key, english_locale.pk))
        if page is None:
            page = generated_page(n)
            page.translation_key = key
            page.locale = english_locale
            self.create_published(parents[SOURCE_LANGUAGE], page)
            self.site.created += 1
        for code in OTHER_LANGUAGES:
            locale = self.locales[code]
            target = existing.get((key, locale.pk))
            if target is not None and target.alias_of_id is None:
                continue
            if target is None:
                # What copy_for_translation makes (the same translation key, this locale, under the parent's
                # translation), built directly with this language's texts.
                target = generated_page(n)
                target.translation_key = key
                target.locale = locale
                set_generated_texts(target, code, n)
                self.create_published(parents[code], target)
            else:
                target.alias_of_id = None  # an alias made by syncing trees becomes this language's page
                set_generated_texts(target, code, n)
                target.save_revision(user=self.user).publish(user=self.user)
            self.site.created += 1

    def create_published(self, parent, page):
        """Benchmark filler only: `page` added under `parent` already live, with one revision that is both its
        latest and its live revision, a publish entry in its history and the `page_published` signal sent, as a
        publish does. One save where save_revision().publish() makes three, each one validating and re-indexing
        the page."""
        now = timezone.now()
        page.owner = self.user
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
        page.draft_title = page.title
        parent.add_child(instance=page)
        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            user=self.user,
            content=page.serializable_data(),
            object_str=str(page),
        )
        Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision)
        page.latest_revision = page.live_revision = revision
        PageLogEntry.objects.log_action(
            instance=page,
            action="wagtail.publish",
            user=self.user,
            revision=revision,
            content_changed=True,
        )
        page_published.send(sender=page.specific_class, instance=page, revision=revision)


@functools.cache
def demo_towns():
    """(country, region, city, latitude, longitude) of the demo organisations' towns, in a fixed order."""
    return sorted(
        {
            (
                data["facts"]["country"],
                data["facts"]["region"],
                data["facts"]["city"],
                data["facts"]["lat"],
                data["facts"]["lon"],
            )
            for data in content(SOURCE_LANGUAGE).ORGANISATIONS.values()
        }
    )


def generated_facts(n):
    """Codes and coordinates of generated organisation `n`: around one of the demo's towns, spread by up to
    about 30 km, always the same for the same `n`."""
    towns = demo_towns()
    country, region, city, lat, lon = towns[(n - 1) % len(towns)]
    spread = random.Random(n)
    latitude = (Decimal(lat) + Decimal(str(round(spread.uniform(-0.25, 0.25), 6)))).quantize(Decimal("0.000001"))
    longitude = (Decimal(lon) + Decimal(str(round(spread.uniform(-0.3, 0.3), 6)))).quantize(Decimal("0.000001"))
    types = [code for code, _label in ORGANISATION_TYPES]
    sectors = [code for code, _label in SECTORS]
    services = [code for code, _label in SERVICES]
    return {
        "country": country,
        "region": region,
        "city": city,
        "latitude": latitude,
        "longitude": longitude,
        "org_type": types[n % len(types)],
        "sectors": [sectors[n % len(sectors)]],
        "services": sorted({services[n % len(services)], services[(n * 3 + 1) % len(services)]}, key=services.index),
        "languages": [*COUNTRY_LANGUAGES[country], "en"],
    }


def generated_page(n):
    facts = generated_facts(n)
    page = OrganisationPage(
        country=facts["country"],
        latitude=facts["latitude"],
        longitude=facts["longitude"],
        org_type=facts["org_type"],
        sectors=facts["sectors"],
        services=facts["services"],
        languages=facts["languages"],
        private_email=f"generated-{n}@example.org",
    )
    set_generated_texts(page, SOURCE_LANGUAGE, n)
    return page


def set_generated_texts(page, language, n):
    facts = generated_facts(n)
    texts = content(language).GENERATED
    places = content(language).PLACES
    page.title = texts["title"].format(n=n)
    page.draft_title = page.title
    page.slug = texts["slug"].format(n=n)
    page.description = rich([texts["description"]])
    page.city = places[facts["city"]]
    page.region = places[facts["region"]]
