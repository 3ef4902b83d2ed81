"""Building the directory demo: the directory page, organisations, people, and links from good practices.

English texts come from network/demo/content/en/*.yaml; the other languages from the PO catalogues in
network/demo/content/locale/, applied through wagtail-localize by the site's seeder (home.demo.seed.DemoSeeder),
which this module receives and never imports (imports run downhill); good practices are reached through the app
registry.

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
generated texts, and added already live with one revision (the site seeder's create_published): several times
faster than a translation through wagtail-localize or copy_for_translation, which matters for `--scale 1000`.
"""

import datetime
import functools
import random
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.db import transaction
from wagtail.models import Revision
from wagtail_localize.models import TranslationSource

from network.models import DirectoryPage, OrganisationPage, OrganisationPerson, Person
from portal.core.vocabularies import ORGANISATION_TYPES, SECTORS, SERVICES

APP = "network"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
# The languages every demo object of this app is built in; the others get what their catalogues hold
# (home.demo.loader.covers).
LANGUAGES = [code for code, _name in settings.LANGUAGES if code in settings.PROJECT_LANGUAGES]
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


def consent_time(day):
    """When the demo records a person's consent: 10:00 UTC on the day given in the content."""
    return datetime.datetime.combine(datetime.date.fromisoformat(str(day)), datetime.time(10), tzinfo=datetime.UTC)


class NetworkSeeder:
    """Directory pages of the demo. `site` is the site's DemoSeeder (page helpers, loader, locales, user)."""

    def __init__(self, site):
        self.site = site
        self.content = site.english(APP)
        self.key = site.key
        self.find = site.find
        self.locales = site.locales
        self.user = site.user

    def run(self):
        home = self.site.english_home()
        if home is None:
            return 0
        before = self.site.created
        directory = self.directory(home)
        # Organisations are translated only where the directory is (a translated page needs its parent's).
        languages = [code for code in OTHER_LANGUAGES if self.find(DirectoryPage, directory.translation_key, code)]
        for name in self.content["organisations"]:
            self.organisation(directory, name, languages)
        self.record_consent()
        self.link_good_practices()
        return self.site.created - before

    def people_of(self, organisation):
        return [name for name, data in self.content["people"].items() if data["facts"]["organisation"] == organisation]

    # Directory -----------------------------------------------------------------------------------------
    def directory(self, home):
        """The English directory and its translations, committed before any organisation is translated under
        them. A directory an editor made before the demo had one (there is one per home page) is used as it is:
        translating it is left to the editors."""
        if self.find(DirectoryPage, self.key("network:directory"), SOURCE_LANGUAGE) is None:
            page = DirectoryPage.objects.child_of(home).filter(alias_of__isnull=True).order_by("pk").first()
            if page is not None:
                return page
        data = self.content["directory"]

        def build():
            return DirectoryPage(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True), ()

        return self.site.ensure(home, DirectoryPage, "network:directory", build, APP)

    # People --------------------------------------------------------------------------------------------
    def english_person(self, name):
        return self.find(Person, self.key(f"network:person:{name}"), SOURCE_LANGUAGE)

    def create_person(self, name):
        data = self.content["people"][name]
        facts = data["facts"]
        person = Person(
            name=facts["name"],
            role=data["role"],
            expertise=data["expertise"],
            languages=facts["languages"],
            translation_key=self.key(f"network:person:{name}"),
            locale=self.locales[SOURCE_LANGUAGE],
        )
        if facts["consent"] and self.user is not None:
            person.consent_given_at = consent_time(facts["consent"])
            person.consent_recorded_by = self.user
        person.full_clean()
        person.save()
        self.site.created += 1
        return person

    def record_consent(self):
        """Consent of the people who gave it, recorded by the first superuser.

        `make run` runs seed_demo before ensure_admin: on a fresh database there is no superuser yet, and a consent
        must say who recorded it (Person.clean). Those people are then created without consent, and their consent
        is recorded on a later run, once a superuser exists, only when every consent field is still empty (an
        editor's withdrawal, or an erasure, is never undone). Person.save copies it to every translation.
        """
        if self.user is None:
            return
        for name, data in self.content["people"].items():
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
        english = self.content["organisations"][name]
        key = self.key(f"network:organisation:{name}")
        # One transaction per organisation, its people and their translations (their parents, the directory's
        # translations, were committed before).
        with transaction.atomic():
            page = self.find(OrganisationPage, key, SOURCE_LANGUAGE)
            if page is None:
                people = [self.english_person(person) or self.create_person(person) for person in self.people_of(name)]
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
                    address=facts["address"],
                    public_phone=facts["phone"],
                    public_email=facts["email"],
                    opening_hours=facts["opening_hours"],
                    contact_public=facts["contact_public"],
                    private_email=f"{name}@example.org",
                    description=self.site.rich(english["description"]),
                )
                page.people = [OrganisationPerson(person=person) for person in people]
                page = self.site.create(directory, page, key)
            missing = [code for code in languages if self.find(OrganisationPage, key, code) is None]
            if not missing:
                return page
            for person_name in self.people_of(name):
                person = self.english_person(person_name)
                if person is not None:
                    self.site.translate_missing(person, APP, f"network:person:{person_name}")
            linked = [link.person for link in page.people.select_related("person")]
            # Not where someone an editor added to the page has no translation in that language yet.
            ready = [code for code in missing if all(person.has_translation(self.locales[code]) for person in linked)]
            for code in set(missing) - set(ready):
                self.site.log(f"not translated into {code}: {page.title} lists a person without translation")
            self.site.translate_missing(page, APP, f"network:organisation:{name}", languages=ready)
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
        home = self.site.english_home()
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
            page = self.generated_page(n)
            page.translation_key = key
            page.locale = english_locale
            self.site.create_published(parents[SOURCE_LANGUAGE], page)
            self.site.created += 1
        for code in OTHER_LANGUAGES:
            locale = self.locales[code]
            target = existing.get((key, locale.pk))
            if target is not None and target.alias_of_id is None:
                continue
            if target is None:
                # What copy_for_translation makes (the same translation key, this locale, under the parent's
                # translation), built directly with this language's texts.
                target = self.generated_page(n)
                target.translation_key = key
                target.locale = locale
                self.set_generated_texts(target, code, n)
                self.site.create_published(parents[code], target)
            else:
                target.alias_of_id = None  # an alias made by syncing trees becomes this language's page
                self.set_generated_texts(target, code, n)
                target.save_revision(user=self.user).publish(user=self.user)
            self.site.created += 1

    # Generated organisations: codes and coordinates vary with their number, texts come from the content.
    @functools.cached_property
    def towns(self):
        """(country, region, city, latitude, longitude) of the demo organisations' towns, in a fixed order."""
        facts = [data["facts"] for data in self.content["organisations"].values()]
        return sorted({(f["country"], f["region"], f["city"], f["lat"], f["lon"]) for f in facts})

    def generated_facts(self, n):
        """Codes and coordinates of generated organisation `n`: around one of the demo's towns, spread by up to
        about 30 km, always the same for the same `n`."""
        country, region, city, lat, lon = self.towns[(n - 1) % len(self.towns)]
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
            "services": sorted(
                {services[n % len(services)], services[(n * 3 + 1) % len(services)]}, key=services.index
            ),
            "languages": [*COUNTRY_LANGUAGES[country], "en"],
        }

    def generated_page(self, n):
        facts = self.generated_facts(n)
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
        self.set_generated_texts(page, SOURCE_LANGUAGE, n)
        return page

    def set_generated_texts(self, page, language, n):
        facts, texts = self.generated_facts(n), self.content["generated"]
        page.title = page.draft_title = self.site.text(
            APP, language, "generated:organisation", texts["title"], {"n": n}
        )
        page.slug = self.site.text(APP, language, "generated:organisation", texts["slug"], {"n": n})
        description = self.site.text(APP, language, "generated:organisation", texts["description"])
        page.description = self.site.rich([description])
        page.city = self.site.text(APP, language, "place", facts["city"])
        page.region = self.site.text(APP, language, "place", facts["region"])
