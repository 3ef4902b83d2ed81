"""What search stores and shows of a page's text: plain text from Wagtail's own `get_searchable_content()` (no
heading level, country code or URL leaking from a block's settings), entities decoded once when stored, and
escaped exactly once when shown (the API's snippet is HTML with only `<mark>`; the page shows the characters)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.rich_text import RichText

from knowledge.blocks import HighlightBlock
from portal.search.documents import flatten
from portal.search.models import SearchDocument
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BODY = [
    ("heading", {"text": "Why the primary sector", "level": "h2"}),
    ("paragraph", "<p>Agriculture &amp; fisheries hire zorblax workers &lt;seasonally&gt;.</p>"),
    ("quote", {"text": "Fish & chips, zorblax style", "attribution": "A cook"}),
    ("call_to_action", {"text": "Read more", "page": None, "url": "https://example.org/zorblax"}),
]


def page_with_body():
    return StandardPageFactory(title="Primary sector", body=BODY)


def test_stored_body_is_the_blocks_text_without_their_settings():
    page = page_with_body()
    body = SearchDocument.objects.get(page_id=page.pk).body
    assert body.splitlines() == [
        "Why the primary sector",
        "Agriculture & fisheries hire zorblax workers <seasonally>.",
        "Fish & chips, zorblax style",
        "A cook",
        "Read more",
    ]
    assert "h2" not in body and "example.org" not in body and "&amp;" not in body


def test_a_choice_block_is_not_text():
    value = HighlightBlock().to_python(
        {"country": "BE", "date": None, "title": "Olive harvest", "text": "<p>R&amp;D</p>", "key_takeaways": ["A & B"]}
    )
    assert flatten(value) == "Olive harvest\nR&D\nA & B"


def test_plain_strings_stay_as_typed_and_rich_text_is_decoded_once():
    assert flatten(["R&amp;D is typed literally", RichText("Fish &amp; chips")]) == (
        "R&amp;D is typed literally\nFish & chips"
    )


def test_api_snippet_escapes_once_and_marks_only_the_match(client):
    page = page_with_body()
    data = client.get("/api/search/", {"q": "fisheries", "lang": "en"}).json()
    (hit,) = [hit for hit in data["results"] if hit["url"] == page.url]
    snippet = hit["snippet"]
    assert "Agriculture &amp; <mark>fisheries</mark> hire zorblax workers &lt;seasonally&gt;." in snippet
    assert "&amp;amp;" not in snippet and "h2" not in snippet
    assert {tag.name for tag in BeautifulSoup(snippet, "html.parser").find_all(True)} == {"mark"}


def test_page_snippet_shows_the_characters(client):
    page = page_with_body()
    response = client.get("/en/search/", {"q": "fisheries"})
    soup = BeautifulSoup(response.content, "html.parser")
    (hit,) = [li for li in soup.select(".search-hit") if li.select_one("h2 a")["href"] == page.url]
    snippet = hit.select_one(".search-snippet")
    text = snippet.get_text()
    assert "Why the primary sector Agriculture & fisheries hire zorblax workers <seasonally>." in text
    assert "h2" not in text and "&amp;" not in text
    assert snippet.select_one("mark").get_text() == "fisheries"
