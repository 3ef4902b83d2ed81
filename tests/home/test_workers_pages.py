"""The plain-language pages for workers: built by seed_demo in every configured language under a "For workers"
page in the menu, written in short sentences, and translated for the languages still to be configured by
catalogues that hold exactly these pages' texts, and whole other pages of the site as the French catalogue has
them."""

import re
from html.parser import HTMLParser

import polib
import pytest
from django.conf import settings
from django.utils.html import escape

from home.demo.loader import OTHER_LANGUAGES, content_folder, english
from home.demo.seed import demo_key
from home.models import StandardPage

UPCOMING_LANGUAGES = ["ar", "ro", "sq", "uk", "bn"]  # catalogues ready before the languages are configured
CONTEXT = "workers"


def family():
    return english("home")["workers"]


def page_names():
    return [family()["parent"]["name"], *family()["pages"]]


def english_texts():
    """Every text of the pages' English source, as the translator's msgid."""
    texts = []
    for data in [family()["parent"], *family()["pages"].values()]:
        texts += [data["title"], data["slug"], data["intro"]]
        for item in data["body"]:
            texts += [item[kind] for kind in ("heading", "paragraph", "link") if kind in item]
            texts += item.get("list", [])
    return texts


def sentences(text):
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+", text) if sentence]


class Tags(HTMLParser):
    def __init__(self, text):
        super().__init__()
        self.tags = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, sorted(attrs)))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag, []))


def test_the_english_source_is_plain():
    """Short sentences, no figures, and nothing wagtail-localize would escape: the msgid is the text itself."""
    for text in english_texts():
        for sentence in sentences(text):
            assert len(sentence.split()) <= 20, sentence
        assert not re.search(r"\d", text), text
        assert not set("&<>'\"") & set(text), text


@pytest.mark.parametrize("language", UPCOMING_LANGUAGES)
def test_upcoming_catalogues_translate_exactly_these_pages(language):
    po = polib.pofile(str(content_folder("home") / "locale" / f"{language}.po"))
    assert po.metadata["Language"] == language
    source = english_texts()
    slugs = {data["slug"] for data in [family()["parent"], *family()["pages"].values()]}
    keys = [(entry.msgctxt, entry.msgid) for entry in po]
    assert len(keys) == len(set(keys)), "duplicate entries"
    msgids = {msgid for context, msgid in keys if context == CONTEXT}
    assert msgids == set(source), msgids ^ set(source)  # nothing stale, nothing missing
    # Other pages (the home page, the footer, ...) translated whole, with the texts of the French catalogue.
    french = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(content_folder("home") / "locale" / "fr.po"))
    }
    for context in {context for context, _msgid in keys} - {CONTEXT}:
        held = {key for key in keys if key[0] == context}
        assert held == {key for key in french if key[0] == context}, (language, context)
    for entry in po:
        where = (language, entry.msgctxt, entry.msgid[:60])
        assert not entry.obsolete and not entry.fuzzy, where
        assert entry.msgstr.strip(), where
        assert re.findall(r"{\w+}", entry.msgid) == re.findall(r"{\w+}", entry.msgstr), where
        assert Tags(entry.msgid).tags == Tags(entry.msgstr).tags, where
        if entry.msgctxt != CONTEXT and french[entry.msgctxt, entry.msgid] == entry.msgid:
            assert entry.msgstr == entry.msgid, where  # kept as it is in French too ("home", a partner's name)
        elif entry.msgid in slugs or (
            entry.msgctxt != CONTEXT and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.msgid)
        ):
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.msgstr), where  # ASCII, as the Greek slugs
        else:
            assert entry.msgstr != entry.msgid, where  # translated, not copied


def test_romanian_uses_the_comma_below():
    text = (content_folder("home") / "locale" / "ro.po").read_text(encoding="utf-8")
    assert not set("şţŞŢ") & set(text)
    assert "ș" in text and "ț" in text


@pytest.mark.django_db
def test_seed_demo_builds_the_pages_in_every_language(client):
    """What seed_demo built (tests/conftest.py): the parent in the menu, the pages under it, in every language,
    published, and the parent's links going to the pages in the reader's language."""
    parent_key = demo_key(family()["parent"]["name"])
    for language in ["en", *OTHER_LANGUAGES]:
        pages = {
            name: StandardPage.objects.get(translation_key=demo_key(name), locale__language_code=language, live=True)
            for name in page_names()
        }
        parent = pages.pop(family()["parent"]["name"])
        assert parent.show_in_menus and parent.get_parent().specific_class.__name__ == "HomePage", language
        for name, page in pages.items():
            assert page.get_parent().pk == parent.pk, (language, name)
        linked = [block.value["page"] for block in parent.body if block.block_type == "call_to_action"]
        assert [page.translation_key for page in linked] == [page.translation_key for page in pages.values()]
        response = client.get(parent.url)
        html = response.content.decode()
        assert response.status_code == 200, language
        for page in pages.values():  # the links go to the pages in the reader's language
            assert f'<a class="button" href="{page.url}">{escape(page.title)}</a>' in html, (language, page.title)
        response = client.get(pages["workers:rights-greece"].url)
        assert response.status_code == 200, language
        if language == "el":
            assert "Επιθεώρηση Εργασίας" in response.content.decode()
    assert StandardPage.objects.filter(translation_key=parent_key).count() == len(settings.LANGUAGES)


@pytest.mark.django_db
def test_a_seed_cut_short_leaves_no_version_without_its_links(client):
    """A version of the parent translated without its links (the seed stopped before adding them) gets them, in its
    own language, on the next run."""
    from home.demo.seed import DemoSeeder
    from home.models import HomePage

    parent_key = demo_key(family()["parent"]["name"])
    arabic = StandardPage.objects.get(translation_key=parent_key, locale__language_code="ar")
    arabic.body = []
    arabic.save_revision().publish()
    assert not StandardPage.objects.get(pk=arabic.pk).body

    DemoSeeder().workers_pages(HomePage.objects.get(locale__language_code="en"))

    arabic = StandardPage.objects.get(pk=arabic.pk)
    linked = [block.value["page"].translation_key for block in arabic.body if block.block_type == "call_to_action"]
    children = StandardPage.objects.child_of(arabic).filter(locale__language_code="ar")
    assert linked and set(linked) == set(children.values_list("translation_key", flat=True))
    html = client.get(arabic.url).content.decode()
    for child in children:  # in the reader's language
        assert f'href="{child.url}"' in html, child.url
