import json
import re

import feedparser
import pytest

from knowledge.models import GoodPracticeIndexPage, NewsletterIndexPage, PressRoomPage, TrainingIndexPage
from tests.helpers import translate_as_editor

from . import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "index_model, make",
    [
        (GoodPracticeIndexPage, factories.good_practice),
        (PressRoomPage, factories.press_release),
        (NewsletterIndexPage, factories.newsletter_issue),
    ],
)
@pytest.mark.parametrize("kind, content_type", [("rss", "application/rss+xml"), ("atom", "application/atom+xml")])
def test_feeds_parse_and_list_every_item(client, index_model, make, kind, content_type):
    index = factories.index(index_model)
    pages = [make(index, n) for n in range(1, 4)]
    html = client.get(index.url).content.decode()
    feed_url = f"{index.url}feed/{kind}/"
    assert f'<link rel="alternate" type="{content_type}"' in html and f'href="{feed_url}"' in html
    assert f'<a href="{feed_url}" type="{content_type}">' in html  # visible too
    response = client.get(feed_url)
    assert response.status_code == 200 and response["Content-Type"].startswith(content_type)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == ("rss20" if kind == "rss" else "atom10")
    assert len(parsed.entries) == 3
    for entry in parsed.entries:
        assert entry.title and entry.link.startswith("http://testserver/en/") and entry.id and entry.published_parsed
    assert {e.title for e in parsed.entries} == {p.title for p in pages}
    assert len({e.id for e in parsed.entries}) == 3


def test_feed_is_per_language(client, admin_user, django_capture_on_commit_callbacks):
    index = factories.index(GoodPracticeIndexPage)
    factories.good_practice(index, 1, title="Only in English")
    with django_capture_on_commit_callbacks(execute=True):
        french = translate_as_editor(index, "fr", lambda text: text, admin_user)
    parsed = feedparser.parse(client.get(f"{french.url}feed/rss/").content)
    assert parsed.feed.language == "fr"
    assert parsed.entries == []  # the English practice has no French translation yet


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


REQUIRED = {
    "Article": {"@context", "@type", "headline", "datePublished", "author", "publisher", "url", "inLanguage"},
    "NewsArticle": {"@context", "@type", "headline", "datePublished", "author", "publisher", "url", "inLanguage"},
    "Course": {"@context", "@type", "name", "description", "provider", "url", "inLanguage"},
}


@pytest.mark.parametrize(
    "index_model, make, schema_type",
    [
        (GoodPracticeIndexPage, factories.good_practice, "Article"),
        (PressRoomPage, factories.press_release, "NewsArticle"),
        (TrainingIndexPage, factories.training_module, "Course"),
        (NewsletterIndexPage, factories.newsletter_issue, "NewsArticle"),
    ],
)
def test_json_ld_and_open_graph(client, index_model, make, schema_type):
    index = factories.index(index_model)
    page = make(index, 1)
    html = client.get(page.url).content.decode()
    data = json_ld(html)
    assert data["@type"] == schema_type
    assert REQUIRED[schema_type] <= set(data), REQUIRED[schema_type] - set(data)
    assert data["url"] == f"http://testserver{page.url}"
    assert data["provider" if schema_type == "Course" else "publisher"]["name"] == "Primacenters"
    assert f'<meta property="og:url" content="http://testserver{page.url}">' in html
    assert f'<meta property="og:title" content="{page.title}">' in html


def test_json_ld_cannot_break_out_of_its_script(client):
    index = factories.index(GoodPracticeIndexPage)
    page = factories.good_practice(index, 1, title="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == "</script><script>alert(1)</script>"


def test_sitemap_lists_translations_with_alternates(client, admin_user, django_capture_on_commit_callbacks):
    index = factories.index(GoodPracticeIndexPage)
    page = factories.good_practice(index, 1)
    with django_capture_on_commit_callbacks(execute=True):
        translate_as_editor(index, "el", lambda text: text, admin_user)
        greek = translate_as_editor(page, "el", lambda text: text, admin_user)
    sitemap = client.get("/sitemap.xml").content.decode()
    entry = re.search(rf"<url><loc>http://testserver{re.escape(greek.url)}</loc>.*?</url>", sitemap, re.S).group(0)
    assert f'hreflang="en" href="http://testserver{page.url}"' in entry
    assert f'hreflang="el" href="http://testserver{greek.url}"' in entry
