"""Search fixtures: `engine` runs the contract suite against the database engine and (marked osmem) the
Elasticsearch engine on an osmem clone; `corpus` builds a small multilingual corpus, every page containing the
made-up word "zorblax" so that assertions never depend on the demo content."""

import datetime

import factory
import pytest
from django.utils import timezone

from portal.search.database import DatabaseEngine
from portal.search.models import SearchDocument
from tests.helpers import given, home, publish  # noqa: F401 (home, publish: names the search tests import from here)
from tests.home.factories import StandardPageFactory
from tests.knowledge.factories import (
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    PressReleasePageFactory,
    PressRoomPageFactory,
)
from tests.search.osmem_fixtures import *  # noqa: F403

TOKEN = "zorblax"


class EngineUnderTest:
    """An engine plus `refresh()`: make what the outbox holds searchable (a push for Elasticsearch)."""

    def __init__(self, engine, since):
        self.engine = engine
        self.name = engine.name
        self.since = since

    def refresh(self):
        if self.name != "database":
            self.engine.push(SearchDocument.objects.filter(updated_at__gte=self.since))

    def search(self, query):
        self.refresh()
        return self.engine.search(query)

    def suggest(self, q, lang, limit=8):
        self.refresh()
        return self.engine.suggest(q, lang, limit)


@pytest.fixture(params=["database", pytest.param("elasticsearch", marks=pytest.mark.osmem)])
def engine(request, db):
    since = timezone.now()
    if request.param == "database":
        return EngineUnderTest(DatabaseEngine(), since)
    return EngineUnderTest(request.getfixturevalue("elastic_engine"), since)


class ZxPracticeFactory(GoodPracticePageFactory):
    """A good practice of the corpus, its slug marked with its language."""

    class Params:
        lang = "en"

    slug = factory.LazyAttributeSequence(lambda o, n: f"zx-gp-{o.lang}-{n}")


def standard(lang, title, body, translation_of=None, slug=None):
    return StandardPageFactory(
        lang=lang,
        title=title,
        body=[("paragraph", f"<p>{body}</p>")],
        translation_of=translation_of,
        **given(slug=slug),
    )


def practice(
    index,
    title,
    summary,
    *,
    lang="en",
    translation_of=None,
    countries=("BE",),
    sectors=("agriculture",),
    date=datetime.date(2025, 3, 1),
    context="",
):
    return ZxPracticeFactory(
        parent=index,
        lang=lang,
        title=title,
        summary=summary,
        tags=(),
        translation_of=translation_of,
        countries=list(countries),
        sectors=list(sectors),
        date=date,
        context=f"<p>{context}</p>",
    )


@pytest.fixture
def indexes(db):
    result = {}
    for lang in ("en", "fr", "el"):
        result[lang] = GoodPracticeIndexPageFactory(
            parent=home(lang), title=f"Zx practices {lang}", slug=f"zx-gp-{lang}"
        )
    result["press"] = PressRoomPageFactory(title="Zx press", slug="zx-press")
    return result


@pytest.fixture
def corpus(indexes):
    """Groups: a good practice in en+fr+el; a press release in en only; one standard page per language."""
    pages = {}
    en = practice(
        indexes["en"],
        "Zorblax mentoring for seasonal farm workers",
        "Mentors help migrants settle into farming jobs.",
        context="Integration through mentoring.",
    )
    fr = practice(
        indexes["fr"],
        "Zorblax : accompagner les migrant·es saisonnier·e·s",
        "L'intégration des travailleur·euse·s agricoles.",
        lang="fr",
        translation_of=en,
        context="Des agricultrices témoignent.",
    )
    el = practice(
        indexes["el"],
        "Zorblax στην ΠΕΛΟΠΟΝΝΗΣΟΥ",
        "Οι εργαζόμενοι μετανάστες στη γεωργία.",
        lang="el",
        translation_of=en,
    )
    pages.update(gp_en=en, gp_fr=fr, gp_el=el)
    pages["press"] = PressReleasePageFactory(
        parent=indexes["press"],
        title="Zorblax fisheries agreement",
        slug="zx-release",
        dateline_city="Athens",
        dateline_country="GR",
        subtitle="",
        summary="A zorblax agreement on fisheries and aquaculture work.",
        date=datetime.date(2024, 5, 28),
        body=[("paragraph", "<p>Fishermen and fisherwomen signed.</p>")],
    )
    pages["nl"] = standard("nl", "Zorblax werknemers", "De werknemers van de boerderij.")
    pages["es"] = standard("es", "Zorblax trabajadores", "Los trabajadores del campo.")
    pages["it"] = standard("it", "Zorblax lavoratori", "I lavoratori stagionali.")
    return pages
