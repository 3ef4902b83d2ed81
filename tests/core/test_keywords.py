"""Keywords: one code (the tag's slug) in URLs and filters, a name in each language (portal.core.keywords)."""

import re

import pytest
import yaml
from django.conf import settings
from taggit.models import Tag

from home.demo import loader
from knowledge.models import GoodPracticeIndexPage, GoodPracticePage
from portal.core.models import KeywordLabel
from portal.search.models import SearchDocument

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "en"]


def tagged_practice(language, tag_name):
    return (
        GoodPracticePage.objects.live()
        .filter(locale__language_code=language, alias_of__isnull=True, tagged_items__tag__name=tag_name)
        .first()
    )


def keywords_shown(html):
    return re.findall(r'class="keyword"[^>]*>#([^<]+)<', html)


def test_every_demo_keyword_has_a_name_in_every_other_language():
    names = yaml.safe_load((loader.content_folder("home") / "keywords.yaml").read_text(encoding="utf-8"))
    used = set(Tag.objects.filter(knowledge_goodpracticetag_items__isnull=False).values_list("name", flat=True))
    used |= set(Tag.objects.filter(events_eventpagetag_items__isnull=False).values_list("name", flat=True))
    assert used and used <= set(names)
    for tag in Tag.objects.filter(name__in=used):
        assert set(tag.labels.values_list("language", flat=True)) == set(OTHER_LANGUAGES), tag.name


def test_a_french_page_shows_french_keywords_linked_by_their_code(client):
    page = tagged_practice("fr", "mentoring")
    html = client.get(page.url).content.decode()
    assert "mentorat" in keywords_shown(html) and "mentoring" not in keywords_shown(html)
    assert f'href="{page.get_parent().url}?tag=mentoring"' in html


def test_the_keyword_filter_lists_names_in_the_visitors_language_and_filters_by_code(client):
    index = GoodPracticeIndexPage.objects.get(locale__language_code="es")
    html = client.get(index.url).content.decode()
    options = dict(
        re.findall(
            r'<option value="([a-z0-9-]+)"[^>]*>([^<]+)</option>',
            html.split('id="filter-tag"')[1].split("</select>")[0],
        )
    )
    assert options["mentoring"] == "mentoría" and options["on-the-job-training"] == "formación en el puesto de trabajo"
    assert list(options.values()) == sorted(options.values(), key=str.casefold)
    filtered = client.get(index.url + "?tag=mentoring").content.decode()
    assert tagged_practice("es", "mentoring").title in filtered
    selected = re.search(r'<option value="mentoring" selected>', filtered)
    assert selected is not None


def test_a_link_that_names_the_keyword_still_filters(client):
    index = GoodPracticeIndexPage.objects.get(locale__language_code="en")
    by_name = client.get(index.url + "?tag=on-the-job training").content.decode()
    by_code = client.get(index.url + "?tag=on-the-job-training").content.decode()
    practice = tagged_practice("en", "on-the-job training")
    assert practice.title in by_name and practice.title in by_code


def test_search_records_hold_the_keywords_own_names_in_every_language():
    page = tagged_practice("el", "mentoring")
    assert "mentoring" in SearchDocument.objects.get(page_id=page.pk).tags


def test_a_renamed_keyword_shows_at_once(client):
    page = tagged_practice("it", "mentoring")
    assert "mentoring" in keywords_shown(client.get(page.url).content.decode())  # Italian keeps the word
    label = KeywordLabel.objects.get(tag__name="mentoring", language="it")
    label.name = "tutoraggio"
    label.save()
    assert "tutoraggio" in keywords_shown(client.get(page.url).content.decode())
    label.delete()
    assert keywords_shown(client.get(page.url).content.decode()).count("mentoring") == 1  # the tag's own name


def test_coordinators_keep_keyword_translations_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/snippets/core/keywordlabel/?language=el")
    assert response.status_code == 200 and "καθοδήγηση" in response.content.decode()
