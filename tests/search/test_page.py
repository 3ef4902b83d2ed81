"""The search page `/<lang>/search/?q=` as people get it, rendered by the database engine: facets and their links,
highlights, "Did you mean", pagination, the empty state, results in other languages, the six languages, and the
autocomplete's translated words. Every page of the `corpus` fixture holds the made-up word "zorblax" (TOKEN), so the
demo content never gets in the way."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from portal.search import api

from .conftest import TOKEN, practice

NBSP = "\u00a0"


def search_page(client, lang="en", **params):
    response = client.get(f"/{lang}/search/", params)
    assert response.status_code == 200, response.content[:500]
    return response, BeautifulSoup(response.content, "html.parser")


def query_of(href):
    """The pairs of a link on the page: always relative to the search page itself ("?q=…")."""
    assert href.startswith("?"), href
    return parse_qsl(urlsplit(href).query, keep_blank_values=True)


def facets_of(soup):
    """{facet title: [{"label", "count", "query" (None when not a link), "selected"}]} as the page shows them."""
    aside = soup.select_one("aside.search-facets")
    assert aside is not None
    facets = {}
    for group in aside.select("section.filter-group"):
        options = []
        for item in group.select("ul.facet-options > li"):
            link = item.find("a")
            count = item.select_one(".facet-count").get_text()
            assert count.startswith("(") and count.endswith(")"), count
            label = item.get_text(" ", strip=True)
            label = label.split(" (")[0].lstrip("☐☑ ").strip()
            options.append(
                {
                    "label": label,
                    "count": int(count[1:-1]),
                    "query": query_of(link["href"]) if link else None,
                    "selected": bool(link and link.get("aria-current") == "true"),
                    "link": link,
                }
            )
        facets[group.select_one(".facet-title").get_text(strip=True)] = options
    return facets


def option(facets, title, label):
    found = [o for o in facets[title] if o["label"] == label]
    assert len(found) == 1, (label, facets[title])
    return found[0]


def hits_of(soup):
    return soup.select("ol.search-hits > li.search-hit")


def hit_for(soup, page):
    found = [hit for hit in hits_of(soup) if hit.select_one(".search-hit-title a")["href"] == page.url]
    assert len(found) == 1, (page.url, [h.select_one(".search-hit-title a")["href"] for h in hits_of(soup)])
    return found[0]


def hit_urls(soup):
    return [hit.select_one(".search-hit-title a")["href"] for hit in hits_of(soup)]


# -- facets ------------------------------------------------------------------------------------------------------


def test_facets_show_counts_and_links_that_add_one_filter_to_the_query(client, corpus):
    _response, soup = search_page(client, q=TOKEN)
    facets = facets_of(soup)
    assert set(facets) == {"Type of content", "Country", "Sector", "Language", "Year"}

    types = {o["label"]: (o["count"], o["query"]) for o in facets["Type of content"]}
    assert types["Good practice"] == (1, [("q", TOKEN), ("type", "good-practice")])
    assert types["Press release"] == (1, [("q", TOKEN), ("type", "press-release")])
    assert types["Page"] == (3, [("q", TOKEN), ("type", "page")])
    assert option(facets, "Country", "Belgium")["query"] == [("q", TOKEN), ("country", "BE")]
    assert option(facets, "Country", "Belgium")["count"] == 1
    assert option(facets, "Year", "2024")["query"] == [("q", TOKEN), ("year", "2024")]
    assert not any(o["selected"] for options in facets.values() for o in options)
    assert soup.select_one("aside.search-facets .is-selected") is None

    # The language facet counts, but is not a filter (every language is searched): no links.
    languages = {o["label"]: o["count"] for o in facets["Language"]}
    assert languages == {"English": 2, "Français": 1, "Ελληνικά": 1, "Nederlands": 1, "Español": 1, "Italiano": 1}
    assert all(o["query"] is None for o in facets["Language"])
    assert "Clear all filters" not in soup.select_one("aside.search-facets").get_text()


def test_choosing_a_facet_keeps_the_query_and_the_other_facets(client, corpus):
    _response, soup = search_page(client, q=TOKEN, type="good-practice")
    assert hit_urls(soup) == [corpus["gp_en"].url]
    assert soup.select_one("#search-page-q")["value"] == TOKEN
    facets = facets_of(soup)

    chosen = option(facets, "Type of content", "Good practice")
    assert chosen["selected"] and "is-selected" in chosen["link"]["class"]
    assert chosen["link"].select_one(".facet-box").get_text() == "☑"
    assert "selected, select to remove" in chosen["link"].select_one(".visually-hidden").get_text()
    assert chosen["query"] == [("q", TOKEN)]  # choosing it again removes it
    # The chosen facet keeps its own counts; another type is added to it (OR), a country narrows it further.
    press = option(facets, "Type of content", "Press release")
    assert not press["selected"] and press["link"].select_one(".facet-box").get_text() == "☐"
    assert press["query"] == [("q", TOKEN), ("type", "good-practice"), ("type", "press-release")]
    assert option(facets, "Type of content", "Page")["count"] == 3
    assert option(facets, "Country", "Belgium")["query"] == [("q", TOKEN), ("type", "good-practice"), ("country", "BE")]
    assert "Greece" not in [o["label"] for o in facets["Country"]]  # the press release's country is filtered out
    clear = soup.find("a", string="Clear all filters")
    assert clear is not None and query_of(clear["href"]) == [("q", TOKEN)]

    # Two filters: removing one keeps the other, in every facet's links.
    _response, soup = search_page(client, q=TOKEN, type=["good-practice", "press-release"], country="GR")
    assert hit_urls(soup) == [corpus["press"].url]
    facets = facets_of(soup)
    assert option(facets, "Type of content", "Good practice")["query"] == [
        ("q", TOKEN),
        ("type", "press-release"),
        ("country", "GR"),
    ]
    greece = option(facets, "Country", "Greece")
    assert greece["selected"]
    assert greece["query"] == [("q", TOKEN), ("type", "good-practice"), ("type", "press-release")]

    # One year at a time: another year replaces the chosen one.
    _response, soup = search_page(client, q=TOKEN, type=["good-practice", "press-release"], year="2024")
    assert hit_urls(soup) == [corpus["press"].url]
    facets = facets_of(soup)
    assert option(facets, "Year", "2024")["selected"]
    assert option(facets, "Year", "2025")["query"] == [
        ("q", TOKEN),
        ("type", "good-practice"),
        ("type", "press-release"),
        ("year", "2025"),
    ]


def test_a_chosen_facet_without_results_keeps_its_box_to_untick(client, corpus):
    _response, soup = search_page(client, q=TOKEN, country="GR", sector="forestry")
    assert hits_of(soup) == []
    forestry = option(facets_of(soup), "Sector", "Forestry")
    assert forestry["selected"] and forestry["count"] == 0
    assert forestry["query"] == [("q", TOKEN), ("country", "GR")]


# -- highlights ------------------------------------------------------------------------------------------------------


def test_highlights_mark_the_matched_words_of_the_original_text(client, corpus):
    response, soup = search_page(client, "fr", q=f"{TOKEN} travailleuses")
    snippet = hit_for(soup, corpus["gp_fr"]).select_one(".search-snippet")
    # The query said "travailleuses": the page's own inclusive spelling is marked, not the query's word.
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["travailleur·euse·s"]
    html = response.content.decode()
    assert "L&#x27;intégration des <mark>travailleur·euse·s</mark> agricoles." in html


def test_highlights_and_the_query_are_escaped(client, indexes):
    practice(indexes["en"], "Zorblax escaping", 'Zorblax <script>alert("x")</script> & <b>bold</b> quixotic farms.')
    response, soup = search_page(client, q=f"{TOKEN} quixotic")
    html = response.content.decode()
    snippet = soup.select_one(".search-snippet")
    assert snippet is not None and [m.get_text() for m in snippet.find_all("mark")] == ["Zorblax", "quixotic"]
    assert snippet.find("script") is None and snippet.find("b") is None  # the text's tags stay text
    assert "&lt;script&gt;alert(" in html and "&amp; &lt;b&gt;bold&lt;/b&gt; <mark>quixotic</mark>" in html
    assert "<script>alert" not in html
    # The query comes back escaped too (in the form and in the count).
    response, soup = search_page(client, q=f"{TOKEN} <em>x</em>")
    assert soup.select_one("#search-page-q")["value"] == f"{TOKEN} <em>x</em>"
    assert soup.find("em") is None
    assert f"“{TOKEN} &lt;em&gt;x&lt;/em&gt;”" in response.content.decode()


# -- did you mean ----------------------------------------------------------------------------------------------------


def test_a_misspelt_query_gets_a_did_you_mean_link(client, corpus):
    _response, soup = search_page(client, q="zorblux")
    assert hits_of(soup) == []
    suggestion = soup.select_one("p.search-suggestion")
    assert suggestion is not None and suggestion.get_text().strip() == f"Did you mean {TOKEN}?"
    link = suggestion.find("a")
    assert link.get_text() == TOKEN and query_of(link["href"]) == [("q", TOKEN)]
    # The link keeps the filters, and leads to results.
    _response, soup = search_page(client, q="zorblux", type="page")
    link = soup.select_one("p.search-suggestion a")
    assert query_of(link["href"]) == [("q", TOKEN), ("type", "page")]
    _response, soup = search_page(client, **dict(query_of(link["href"])))
    assert len(hits_of(soup)) == 3 and soup.select_one("p.search-suggestion") is None
    # In French, as one translated sentence.
    _response, soup = search_page(client, "fr", q="zorblux")
    assert soup.select_one("p.search-suggestion").get_text().strip() == f"Vouliez-vous dire {TOKEN}{NBSP}?"


# -- pagination ------------------------------------------------------------------------------------------------------


def pagination(soup):
    nav = soup.select_one("nav.pagination")
    if nav is None:
        return None
    previous, following = nav.select_one("a[rel=prev]"), nav.select_one("a[rel=next]")
    return {
        "previous": query_of(previous["href"]) if previous else None,
        "next": query_of(following["href"]) if following else None,
        "text": " ".join(li.get_text(strip=True) for li in nav.select("li")),
    }


def test_no_pagination_when_the_results_fit_one_page(client, corpus):
    _response, soup = search_page(client, q=TOKEN)
    assert len(hits_of(soup)) == 5 and pagination(soup) is None


def test_pagination_links_keep_the_query_and_the_filters(client, corpus, monkeypatch):
    monkeypatch.setattr(api, "DEFAULT_PAGE_SIZE", 2)  # the page's size: 5 results make 3 pages
    _response, first = search_page(client, q=TOKEN)
    assert len(hits_of(first)) == 2
    assert pagination(first) == {"previous": None, "next": [("q", TOKEN), ("page", "2")], "text": "Page 1 of 3 Next"}
    assert first.select_one(".result-count").get_text() == f"5 results for “{TOKEN}”"

    _response, second = search_page(client, **dict(pagination(first)["next"]))
    assert pagination(second) == {
        "previous": [("q", TOKEN)],
        "next": [("q", TOKEN), ("page", "3")],
        "text": "Previous Page 2 of 3 Next",
    }
    _response, third = search_page(client, q=TOKEN, page="3")
    assert pagination(third) == {
        "previous": [("q", TOKEN), ("page", "2")],
        "next": None,
        "text": "Previous Page 3 of 3",
    }
    urls = hit_urls(first) + hit_urls(second) + hit_urls(third)
    assert len(urls) == len(set(urls)) == 5

    _response, pages = search_page(client, q=TOKEN, type="page")
    assert pagination(pages)["next"] == [("q", TOKEN), ("type", "page"), ("page", "2")]
    _response, pages = search_page(client, "fr", q=TOKEN, type="page", page="2")
    assert pagination(pages) == {
        "previous": [("q", TOKEN), ("type", "page")],
        "next": None,
        "text": "Précédent Page 2 sur 2",
    }
    assert len(hits_of(pages)) == 1


# -- empty state -----------------------------------------------------------------------------------------------------


def test_the_empty_state_helps(client, corpus):
    _response, soup = search_page(client, q="qqqzzzxxx")
    assert hits_of(soup) == [] and pagination(soup) is None
    assert soup.select_one(".result-count").get_text() == "0 results for “qqqzzzxxx”"
    empty = soup.select_one(".search-empty")
    assert empty.find("h2").get_text() == "No results"
    tips = [li.get_text(strip=True) for li in empty.select("li")]
    assert tips == [
        "Check the spelling, or try a shorter or more general search.",
        "Search in another language: results in every language are included.",
    ]

    # With filters: a link to search again without them.
    _response, soup = search_page(client, q=TOKEN, type="event")
    empty = soup.select_one(".search-empty")
    remove = empty.find("a", string="Remove the filters")
    assert remove is not None and query_of(remove["href"]) == [("q", TOKEN)]

    # Past the last page: the real total, and a word about it.
    _response, soup = search_page(client, q=TOKEN, page="9")
    assert hits_of(soup) == []
    assert soup.select_one(".result-count").get_text() == f"5 results for “{TOKEN}”"
    assert "There are fewer pages of results than that." in soup.select_one(".search-empty").get_text()

    _response, soup = search_page(client, "fr", q="qqqzzzxxx")
    assert soup.select_one(".search-empty h2").get_text() == "Aucun résultat"
    assert soup.select_one(".result-count").get_text() == f"0 résultat pour «{NBSP}qqqzzzxxx{NBSP}»"


def test_without_a_query_the_page_explains_what_it_searches(client, corpus):
    _response, soup = search_page(client)
    assert hits_of(soup) == [] and soup.select_one(".search-empty") is None
    assert "in every language of the portal" in soup.select_one("main").get_text()


# -- results in other languages --------------------------------------------------------------------------------------


def translation_links(hit):
    return [(a["href"], a["hreflang"], a["lang"], a.get_text()) for a in hit.select(".search-translations a")]


def test_a_result_in_another_language_says_so_and_translations_are_linked(client, corpus):
    _response, soup = search_page(client, q=TOKEN)
    dutch = hit_for(soup, corpus["nl"])  # a page with no English version
    assert dutch.select_one(".search-hit-language").get_text() == "In Nederlands"
    title = dutch.select_one(".search-hit-title a")
    assert (title["hreflang"], title["lang"]) == ("nl", "nl")
    assert dutch.select_one(".search-snippet")["lang"] == "nl"
    assert dutch.select_one(".search-translations") is None

    english = hit_for(soup, corpus["gp_en"])
    assert english.select_one(".search-hit-language") is None
    assert not english.select_one(".search-hit-title a").has_attr("hreflang")
    assert english.select_one(".search-translations").get_text(" ", strip=True).startswith("Also available in:")
    assert translation_links(english) == [
        (corpus["gp_fr"].url, "fr", "fr", "Français"),
        (corpus["gp_el"].url, "el", "el", "Ελληνικά"),
    ]

    # In French the French version is the hit, and the English one is among the others.
    _response, soup = search_page(client, "fr", q=TOKEN)
    french = hit_for(soup, corpus["gp_fr"])
    assert french.select_one(".search-hit-language") is None
    assert (
        french.select_one(".search-translations")
        .get_text(" ", strip=True)
        .startswith(f"Également disponible en{NBSP}:")
    )
    assert translation_links(french) == [
        (corpus["gp_en"].url, "en", "en", "English"),
        (corpus["gp_el"].url, "el", "el", "Ελληνικά"),
    ]
    assert hit_for(soup, corpus["press"]).select_one(".search-hit-language").get_text() == f"Langue{NBSP}: English"


# -- the six languages -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "count"),
    [
        ("en", "Search", f"5 results for “{TOKEN}”"),
        ("fr", "Rechercher", f"5 résultats pour «{NBSP}{TOKEN}{NBSP}»"),
        ("nl", "Zoeken", f"5 resultaten voor “{TOKEN}”"),
        ("el", "Αναζήτηση", f"5 αποτελέσματα για «{TOKEN}»"),
        ("es", "Buscar", f"5 resultados para «{TOKEN}»"),
        ("it", "Cerca", f"5 risultati per «{TOKEN}»"),
    ],
)
def test_the_page_answers_in_every_language(client, corpus, lang, heading, count):
    _response, soup = search_page(client, lang, q=TOKEN)
    assert soup.html["lang"] == lang
    assert soup.select_one("main h1").get_text() == heading
    assert soup.select_one(".result-count").get_text() == count
    hits = hits_of(soup)
    assert len(hits) == 5
    # The visitor's language first: the first hit is in the page's language, so it says no other language.
    assert hits[0].select_one(".search-hit-title a")["href"].startswith(f"/{lang}/")
    assert hits[0].select_one(".search-hit-language") is None
    # The other hits: the groups with no version in the page's language (English has two of its own).
    assert len(soup.select(".search-hit-language")) == (3 if lang == "en" else 4)


# -- the autocomplete's words ----------------------------------------------------------------------------------------


def test_the_autocomplete_gets_its_words_in_the_page_language(client, corpus):
    _response, soup = search_page(client, "fr", q=TOKEN)
    for box in ("#search-page-q", "#site-search-q"):  # the page's form and the header's box
        attributes = soup.select_one(box).attrs
        assert attributes["data-lang"] == "fr"
        assert attributes["data-announce-one"] == "{count} suggestion, utilisez les touches fléchées"
        assert attributes["data-announce-other"] == "{count} suggestions, utilisez les touches fléchées"
        assert attributes["data-suggestions-label"] == "Suggestions"
    _response, soup = search_page(client, "el", q=TOKEN)
    assert soup.select_one("#site-search-q")["data-suggestions-label"] == "Προτάσεις"
    assert soup.select_one("#site-search-q")["data-announce-other"] == (
        "{count} προτάσεις, χρησιμοποιήστε τα πλήκτρα με τα βέλη"
    )
    _response, soup = search_page(client, "en", q=TOKEN)
    assert soup.select_one("#search-page-q")["data-announce-one"] == "{count} suggestion, use the arrow keys"


def test_snippets_are_escaped_once(client, indexes):
    """The text is escaped once, when the snippet is made: an "&" in rich text reads "&", never "&amp;"."""
    practice(
        indexes["en"],
        "Zorblax ampersand",
        "Tools & tips for zorblax growers.",
        context="Seasonal contracts &amp; housing on quixotic farms.",
    )
    response, soup = search_page(client, q=f"{TOKEN} quixotic")
    snippet = soup.select_one(".search-snippet")
    assert "Tools & tips" in snippet.get_text() and "contracts & housing" in snippet.get_text()
    assert "&amp;amp;" not in response.content.decode()
    data = client.get("/api/search/", {"q": f"{TOKEN} quixotic"}).json()
    assert "contracts &amp; housing" in data["results"][0]["snippet"]
