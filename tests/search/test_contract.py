"""One contract suite for both engines (the `engine` fixture): what docs/contracts.md and docs/architecture.md
promise."""

import pytest
from wagtail.models import PageViewRestriction

from portal.search.engine import SearchQuery

from .conftest import TOKEN


def search(engine, q, lang="en", **kwargs):
    return engine.search(SearchQuery(q=q, lang=lang, **kwargs))


def urls(results):
    return [hit.url for hit in results.hits]


def hit_for(results, page):
    return next((hit for hit in results.hits if hit.translation_key == str(page.translation_key)), None)


@pytest.mark.parametrize(
    ("lang", "key", "q"),
    [
        ("en", "gp_en", "farms migrant"),
        ("fr", "gp_fr", "agricultrice"),
        ("nl", "nl", "werknemer"),
        ("el", "gp_el", "εργαζομένων"),
        ("es", "es", "trabajador"),
        ("it", "it", "lavoratore"),
    ],
)
def test_stemming_in_each_language(engine, corpus, lang, key, q):
    results = search(engine, f"{TOKEN} {q}", lang)
    hit = hit_for(results, corpus[key])
    assert hit is not None, urls(results)
    assert hit.locale == lang


def test_latin_accents_fold_both_ways(engine, corpus):
    assert hit_for(search(engine, f"{TOKEN} integration", "fr"), corpus["gp_fr"]).locale == "fr"
    assert hit_for(search(engine, f"{TOKEN} saisonnières", "fr"), corpus["gp_fr"]) is not None


@pytest.mark.parametrize("q", ["migrants", "migrantes", "migrant", "migrant·es"])
def test_french_inclusive_writing(engine, corpus, q):
    results = search(engine, f"{TOKEN} {q}", "fr")
    hit = hit_for(results, corpus["gp_fr"])
    assert hit is not None and hit.locale == "fr"


@pytest.mark.parametrize("q", ["πελοποννησου", "Πελοποννήσου", "ΠΕΛΟΠΟΝΝΗΣΟΥ"])
def test_greek_case_and_accents(engine, corpus, q):
    results = search(engine, f"{TOKEN} {q}", "el")
    hit = hit_for(results, corpus["gp_el"])
    assert hit is not None and hit.locale == "el"


def test_one_hit_per_translation_group_visitor_language_first(engine, corpus):
    results = search(engine, TOKEN, "fr")
    keys = [hit.translation_key for hit in results.hits]
    assert len(keys) == len(set(keys))
    gp = hit_for(results, corpus["gp_fr"])
    assert gp.locale == "fr" and gp.url == corpus["gp_fr"].url
    assert {t["locale"] for t in gp.translations} == {"en", "el"}
    assert results.hits[0].locale == "fr"
    # Groups: the good practice (3 versions), the press release, nl, es, it pages.
    assert results.total == 5
    english = search(engine, TOKEN, "en")
    assert hit_for(english, corpus["gp_en"]).locale == "en"
    assert english.total == 5
    # A group without a version in the visitor's language comes in another language.
    assert hit_for(english, corpus["nl"]).locale == "nl"


def test_facets_count_translation_groups_and_keep_their_own_counts(engine, corpus):
    results = search(engine, TOKEN, "en")
    facets = {name: {item["value"]: item["count"] for item in items} for name, items in results.facets.items()}
    assert set(facets) == {"type", "country", "sector", "language", "year"}
    assert facets["type"]["good-practice"] == 1  # three language versions, one group
    assert facets["type"]["press-release"] == 1
    assert facets["type"]["page"] == 3
    assert facets["country"]["BE"] == 1 and facets["country"]["GR"] == 1
    assert facets["year"]["2025"] == 1 and facets["year"]["2024"] == 1
    assert facets["language"]["en"] == 2 and facets["language"]["fr"] == 1

    chosen = search(engine, TOKEN, "en", types=("good-practice",))
    assert chosen.total == 1 and len(chosen.hits) == 1
    chosen_facets = {name: {i["value"]: i["count"] for i in items} for name, items in chosen.facets.items()}
    # post_filter: the chosen facet keeps its own counts, the others are narrowed.
    assert chosen_facets["type"] == facets["type"]
    assert chosen_facets["country"] == {"BE": 1}
    both = search(engine, TOKEN, "en", types=("good-practice", "press-release"))
    assert both.total == 2
    assert search(engine, TOKEN, "en", year=2024).total == 1
    assert search(engine, TOKEN, "en", countries=("GR",), sectors=("agriculture",)).total == 0


def test_highlights_come_from_the_original_text(engine, corpus):
    hit = hit_for(search(engine, f"{TOKEN} travailleuses", "fr"), corpus["gp_fr"])
    assert "<mark>travailleur·euse·s</mark>" in hit.snippet
    hit = hit_for(search(engine, f"{TOKEN} integration agricultrice", "fr"), corpus["gp_fr"])
    assert "<mark>intégration</mark>" in hit.snippet and "<mark>agricultrices</mark>" in hit.snippet
    assert "L&#x27;" in hit.snippet  # escaped original text, not the normalised one


def test_pagination(engine, corpus):
    first = search(engine, TOKEN, "en", page_size=2)
    second = search(engine, TOKEN, "en", page=2, page_size=2)
    third = search(engine, TOKEN, "en", page=3, page_size=2)
    past = search(engine, TOKEN, "en", page=9, page_size=2)
    assert (len(first.hits), len(second.hits), len(third.hits), len(past.hits)) == (2, 2, 1, 0)
    assert first.total == second.total == past.total == 5
    seen = [h.translation_key for h in first.hits + second.hits + third.hits]
    assert len(set(seen)) == 5


def test_did_you_mean(engine, corpus):
    results = search(engine, "zorblux", "en")
    assert results.total == 0
    assert results.suggestion and TOKEN in results.suggestion


def test_autocomplete(engine, corpus):
    suggestions = engine.suggest("zorbl", "fr")
    titles = [s["title"] for s in suggestions]
    assert titles and titles[0].startswith("Zorblax")
    assert len(suggestions) <= 8
    assert {"title", "url", "type", "locale"} <= set(suggestions[0]) and suggestions[0]["locale"] == "fr"
    assert len({s["url"] for s in suggestions}) == len(suggestions)
    assert any(s["url"] == corpus["gp_fr"].url for s in suggestions)
    assert not any(s["url"] == corpus["gp_en"].url for s in suggestions)  # one per group, the visitor's version


def test_unpublished_pages_are_never_found(engine, corpus):
    corpus["press"].unpublish()
    corpus["gp_el"].delete()
    results = search(engine, TOKEN, "en")
    assert hit_for(results, corpus["press"]) is None
    gp = hit_for(search(engine, TOKEN, "el"), corpus["gp_en"])
    assert gp is not None and gp.locale != "el"


def test_restricted_pages_are_never_found(engine, corpus, indexes):
    PageViewRestriction.objects.create(
        page=indexes["fr"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    results = search(engine, f"{TOKEN} migrantes", "fr")
    hit = hit_for(results, corpus["gp_fr"])
    assert hit is None or hit.locale != "fr"
    assert all(corpus["gp_fr"].url != h.url for h in search(engine, TOKEN, "fr").hits)


def test_people_are_found_only_with_consent_and_never_after_erasure(engine, admin_user):
    from django.db import transaction
    from django.utils import timezone

    from network.erasure import erase_person
    from network.models import Person
    from tests.network.test_consent import directory_page, organisation, person

    consenting = person("Quillonia Zorbledge", admin_user)
    never = person("Brannoch Zorbledge", admin_user, consent=False)
    org = organisation(directory_page(), "Zorbledge cooperative", [consenting, never])
    assert urls(search(engine, "quillonia")) == [org.url]
    assert search(engine, "brannoch").total == 0  # never consented: not searchable

    with transaction.atomic():
        consenting.withdraw_consent(timezone.now())
    assert search(engine, "quillonia").total == 0
    assert urls(search(engine, "zorbledge")) == [org.url]  # the organisation itself stays

    consenting.consent_withdrawn_at = None
    consenting.save()
    assert urls(search(engine, "quillonia")) == [org.url]
    erase_person(Person.objects.get(pk=consenting.pk), user=admin_user)
    assert search(engine, "quillonia").total == 0
    assert search(engine, "quilonia", page_size=5).suggestion is None  # "did you mean" forgot the name too


def test_programme_speakers_are_found_only_with_consent(engine, admin_user):
    """A programme names directory people: the event is found by their name only while they consent; a typed
    name of a person without consent is not indexed either."""
    from django.db import transaction
    from django.utils import timezone

    from events.models import EventPage
    from tests.events import factories as event_factories
    from tests.network.test_consent import person

    consenting = person("Ottoline Zarquendi", admin_user)
    never = person("Pellinore Zarquendi", admin_user, consent=False)
    typed = person("Rosamund Quillfeather", admin_user, consent=False)
    section = event_factories.section(event_factories.event_index())
    event = event_factories.event(section, "Zarquendi seminar", start=event_factories.local(2030, 5, 14))
    event.programme = [
        ("agenda_item", {"start_time": "09:30", "title": "Opening", "speakers": "", "people": [consenting, never]}),
        ("agenda_item", {"start_time": "10:00", "title": "Testimony", "speakers": typed.name, "people": []}),
    ]
    with transaction.atomic():
        event.save_revision().publish()
    event = EventPage.objects.get(pk=event.pk)
    assert urls(search(engine, "ottoline")) == [event.url]
    assert search(engine, "pellinore").total == 0 and search(engine, "quillfeather").total == 0
    with transaction.atomic():
        consenting.withdraw_consent(timezone.now())
    assert search(engine, "ottoline").total == 0
    assert urls(search(engine, "zarquendi")) == [event.url]  # the event itself stays


def ranked(engine, q, lang="en"):
    return [hit.title for hit in search(engine, q, lang).hits]


def test_documents_with_every_word_come_before_those_with_some(engine, indexes):
    from .conftest import standard

    standard("en", "Quorvath harvest", "Harvest work across the island, every season of the year.")
    standard("en", "Seasonal quorvath mentoring", "Mentoring for seasonal workers at the Quorvath farms.")
    standard("en", "Quorvath fishing", "Small boats and their crews.")
    titles = [hit.title for hit in search(engine, "quorvath seasonal mentoring", page_size=50).hits]
    # No silent AND: a page holding one word of three is still found, after the one holding all three.
    assert titles[0] == "Seasonal quorvath mentoring" and "Quorvath fishing" in titles


def test_a_title_match_weighs_more_than_a_body_match(engine, indexes):
    from .conftest import standard

    standard("en", "Olive groves of Zelvane", "Pruning, picking and pressing with the cooperative of Zelvane.")
    standard("en", "Zelvane cooperative news", "Notes from the olive season.")
    assert ranked(engine, "zelvane olive")[0] == "Olive groves of Zelvane"
    assert ranked(engine, "zelvane cooperative")[0] == "Zelvane cooperative news"


def test_the_words_together_rank_before_the_words_apart(engine, indexes):
    from .conftest import standard

    standard(
        "en",
        "Brivant notes one",
        "The crews of Brivant came in from the sea; on land the season of work in the greenhouses began.",
    )
    standard("en", "Brivant notes two", "In Brivant the greenhouse work starts with the first rains of autumn.")
    assert ranked(engine, "brivant greenhouse work")[0] == "Brivant notes two"


def test_a_query_with_an_unknown_word_still_finds_the_best_partial_matches(engine, corpus):
    results = search(engine, f"{TOKEN} qwxjzv", "en")
    assert results.total == search(engine, TOKEN, "en").total > 0


def test_did_you_mean_for_a_misspelt_word_among_known_ones(engine, corpus):
    if engine.name != "database":
        pytest.skip("Elasticsearch proposes a spelling only when nothing is found")
    results = search(engine, f"{TOKEN} seasonnal", "en")
    assert results.total > 0 and results.suggestion == f"{TOKEN} seasonal"
    assert search(engine, f"{TOKEN} seasonal", "en").suggestion is None


@pytest.mark.parametrize("q", ["ους", "οὖς", "ους zorblax", "'", "\\\\ zorblax"])
def test_words_a_stemmer_leaves_nothing_of_are_no_error(engine, corpus, q):
    """The Greek stemmer reduces "ους" to nothing: an empty term must not reach the engine's query syntax."""
    results = search(engine, q, "el")
    assert results.total >= 0
    if "zorblax" in q:
        assert results.total > 0


def test_autocomplete_completes_a_word_after_a_typographic_apostrophe(engine, indexes):
    from .conftest import standard

    standard("fr", "L’emploi des jeunes à Quorvalle", "Des saisonniers.")
    titles = [s["title"] for s in engine.suggest("emploi des", "fr")] + [
        s["title"] for s in engine.suggest("quorvalle", "fr")
    ]
    assert "L’emploi des jeunes à Quorvalle" in titles
