"""The admin speaks the editor's language: no English label of the project's own in a French, Greek or Spanish admin.

An editor whose admin language is French (Greek, Spanish) walks what they would: every item of the main menu and
its submenus (as a coordinator, then as an administrator, who sees the settings too), the page editor of every
page type of the project ("add" under a parent in their language's tree, "edit" of the English source in Wagtail's
editor and of their language's version in wagtail-localize's translation editor), and the snippet and settings
editors. What the browser would show is read from the HTML: text, `title`/`aria-label`/`placeholder` attributes,
<option>s, and the labels Wagtail's JavaScript renders from JSON (the sidebar's menu, StreamField block
definitions, the translation editor's field names and help texts).

Any of those that is one of the project's English strings fails the test, with the page it was seen on: the
English msgids of the project's catalogue, and the verbose names, help texts and choices of the project's models,
the headings of their panels and the labels and help texts of their blocks. Allowed: a string whose translation
really is the same word (the catalogue translates it to itself, as French "Contact"), language names (each in its
own language) and social networks' names, and the editors' text: the values of the form being edited, and the
titles of pages, documents and images, which the admin lists. A string of Wagtail's own left in English (one the
project has only with a context of its own) is Wagtail's to fix, not the project's.
"""

import json
import sys
from functools import cache
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site, get_page_models
from wagtail.snippets.models import get_snippet_models

from tests.core.test_dashboard import make_user, sidebar_objects

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["fr", "el", "es"]
JSON_LABEL_KEYS = {"label", "helpText", "help_text", "heading", "field", "fieldHelpText", "subField", "text"}
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}
# Names that are the same in every language: the social networks of the site settings (their field labels).
PROPER_NOUNS = {"Facebook", "Instagram", "LinkedIn", "YouTube"}
CONTENT_INPUT_TYPES = {"text", "hidden", "url", "email", "number", "search", "date", "datetime-local", "time"}

pytestmark = pytest.mark.django_db


# The project's English strings ----------------------------------------------------------------------------------


def norm(text):
    return " ".join(str(text).split()).strip().rstrip(":*").strip().casefold()


def worth_checking(text):
    """Words, not codes or numbers: at least three letters."""
    return sum(char.isalpha() for char in text) >= 3


# Models the admin lists without a page, snippet or setting of their own.
LISTED_MODELS = {"network.JoinApplication", "events.Registration", "portal_search.SearchQueryDay"}


def project_models():
    """The project's models the admin shows: pages, snippets, settings, their inline children, listed models."""
    shown = set(get_snippet_models()) | set(settings_registry)
    for model in apps.get_models():
        if not ours(model._meta.app_config.path):
            continue
        parents = {field.related_model for field in model._meta.get_fields() if isinstance(field, ParentalKey)}
        if (
            issubclass(model, Page)
            or model in shown
            or model._meta.label in LISTED_MODELS
            or any(issubclass(parent, Page) or parent in shown for parent in parents)
        ):
            yield model


GENERIC_CONTAINERS = (blocks.StructBlock, blocks.StreamBlock, blocks.ListBlock)


def project_blocks(block, seen, ours=True):
    """Every block whose label the project declares under `block` (a StreamField's stream block), depth first:
    not the children of a block class of Wagtail's own (ImageBlock's "Alt text"), which Wagtail translates."""
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for child in children.values():
        if id(child) in seen:
            continue
        seen.add(id(child))
        if ours:
            yield child
        declared_by_wagtail = type(child).__module__.startswith("wagtail.") and type(child) not in GENERIC_CONTAINERS
        yield from project_blocks(child, seen, ours=ours and not declared_by_wagtail)


def ours(path):
    """Whether `path` is the project's code: under the checkout, and not an installed package (the virtualenv may
    sit inside the checkout, as `make install` puts it)."""
    path = Path(path).resolve()
    return path.is_relative_to(ROOT) and "site-packages" not in path.parts


def declared_by_project(model, field):
    """Whether the project declares the field (not an abstract model of Wagtail's: TranslatableMixin's locale,
    TaggedItemBase's tag, Orderable's sort order)."""
    for base in model.__mro__[1:]:
        meta = getattr(base, "_meta", None)
        if meta is not None and meta.abstract and any(f.name == field.name for f in meta.get_fields()):
            if not ours(sys.modules[base.__module__].__file__):
                return False
    return ours(field.model._meta.app_config.path)


def panel_headings(panel):
    heading = getattr(panel, "heading", "")
    if heading:
        yield heading
    help_text = getattr(panel, "help_text", "")
    if help_text:
        yield help_text
    for child in getattr(panel, "children", ()):
        yield from panel_headings(child)


def model_strings(model):
    """The labels a model of the project brings into the admin (lazy strings, rendered in the active language)."""
    meta = model._meta
    yield meta.verbose_name
    yield meta.verbose_name_plural
    for field in meta.get_fields(include_parents=False):
        if (field.auto_created and not field.concrete) or not getattr(field, "editable", False):
            continue  # reverse relations, the page pointer, keys kept by the code: never in a form or listing
        if getattr(getattr(field, "remote_field", None), "parent_link", False):
            continue
        if not declared_by_project(model, field):
            continue  # a field of Wagtail's (Page.title, TranslatableMixin.locale ...): Wagtail translates it
        yield getattr(field, "verbose_name", "")
        yield getattr(field, "help_text", "")
        if getattr(field, "choices", None) and not field.is_relation:
            for value, label in field.flatchoices:
                # Language names are endonyms: "Français" in every language, on purpose.
                if value not in ("", None) and label not in LANGUAGE_NAMES:
                    yield label
        if isinstance(field, StreamField):
            for block in project_blocks(field.stream_block, set()):
                yield block.meta.label or ""
                yield getattr(block.meta, "help_text", "") or ""
                if isinstance(block, blocks.ChoiceBlock | blocks.MultipleChoiceBlock):
                    for value, label in block.field.choices:
                        if value not in ("", None):  # the blank choice is Wagtail's
                            yield label
    if issubclass(model, Page) or hasattr(model, "panels") or hasattr(model, "edit_handler"):
        try:
            handler = get_edit_handler(model)
        except Exception:  # noqa: BLE001 - a model without panels of its own
            handler = None
        if handler is not None:
            yield from panel_headings(handler)


@cache
def english_strings():
    """({normalised: English} of every project string that may show in the admin, the normalised ones the project
    uses without a context: its catalogue's plain msgids and its models' labels)."""
    found, plain = {}, set()
    po = polib.pofile(str(ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    for entry in po:
        for text in (entry.msgid, entry.msgid_plural):
            if text and worth_checking(text) and "%(" not in text and "{" not in text:
                found.setdefault(norm(text), text)
                if not entry.msgctxt:
                    plain.add(norm(text))
    with translation.override("en"):
        for text in project_labels():
            english = str(text or "")
            if worth_checking(english):
                found.setdefault(norm(english), capfirst(english))
                plain.add(norm(english))
    return found, plain


@cache
def project_labels():
    return [text for model in project_models() for text in model_strings(model) if text]


def installed_catalogues(language, suffix="django.mo"):
    import django
    import django_filters
    import taggit
    import wagtail
    import wagtail_localize

    for package in (wagtail, wagtail_localize, django, django_filters, taggit):
        yield from Path(package.__file__).parent.glob(f"**/locale/{language}/LC_MESSAGES/{suffix}")


@cache
def same_in(language):
    """Normalised strings that really are the same in `language`: our catalogue, or an installed package's,
    translates them to themselves."""
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    same = {norm(entry.msgid) for entry in po if entry.msgstr and norm(entry.msgstr) == norm(entry.msgid)}
    for path in installed_catalogues(language):
        same |= {norm(entry.msgid) for entry in polib.mofile(str(path)) if norm(entry.msgstr) == norm(entry.msgid)}
    return same


@cache
def translated(language):
    """Normalised English of the plain msgids our catalogue translates into `language`, and of the models' labels
    that `language` changes."""
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    found = {norm(entry.msgid) for entry in po if not entry.msgctxt and entry.msgstr}
    for text in project_labels():
        with translation.override("en"):
            english = str(text)
        with translation.override(language):
            if str(text) != english:
                found.add(norm(english))
    return found


@cache
def theirs():
    """Plain msgids of Wagtail's, wagtail-localize's and Django's catalogues (their English ones list them all):
    shown in English, one of those is their string left untranslated (Wagtail's Greek catalogue lacks a few; its
    redirects filter translates "All" when Python imports it), not ours, unless the project uses the same words
    without a context."""
    found = set()
    for suffix in ("django.po", "djangojs.po"):
        for path in installed_catalogues("en", suffix):
            found |= {norm(entry.msgid) for entry in polib.pofile(str(path)) if not entry.msgctxt}
    return found


@cache
def editors_text():
    """The titles of pages, documents and images, snippets' names and keywords: the editors' text, listed by the
    admin."""
    from taggit.models import Tag
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    titles = set(Page.objects.values_list("title", flat=True))
    titles |= set(get_document_model().objects.values_list("title", flat=True))
    titles |= set(get_image_model().objects.values_list("title", flat=True))
    titles |= set(Tag.objects.values_list("name", flat=True))
    return {norm(title) for title in titles}


# What the admin shows -------------------------------------------------------------------------------------------


def json_strings(data, shown):
    """Labels in Wagtail's JSON (telepath definitions, the sidebar, the translation editor's props); HTML inside
    it (widgets rendered for JavaScript) is read as HTML."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in JSON_LABEL_KEYS and isinstance(value, str):
                shown.add(value)
            json_strings(value, shown)
    elif isinstance(data, list):
        for value in data:
            json_strings(value, shown)
    elif isinstance(data, str) and "<" in data and ">" in data:
        page_strings(data, shown, set())


def page_strings(html, shown, content):
    """Fill `shown` with what the page shows and `content` with the values of its form (the editor's text)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(["input"]):
        if element.get("type", "text") in CONTENT_INPUT_TYPES and element.get("value"):
            content.add(norm(element["value"]))
    for element in soup.find_all("textarea"):
        content.add(norm(element.get_text()))
        element.decompose()
    for element in soup.find_all("script"):
        if element.get("type") == "application/json":
            json_strings(json.loads(element.string or "null"), shown)
        element.decompose()
    for element in soup.find_all(["style", "noscript"]):
        element.decompose()
    for element in soup.find_all("option"):
        if element.get("value") == element.get_text().strip():
            element.decompose()  # a code shown as it is (a time zone): no label
    for element in soup.find_all(True):
        for name in ("title", "aria-label", "placeholder"):
            if element.get(name):
                shown.add(element[name])
        for name, value in element.attrs.items():
            if name.startswith("data-") and isinstance(value, str) and value[:1] in "[{":
                if name.endswith("arguments-value"):
                    continue  # a block's value: content
                try:
                    json_strings(json.loads(value), shown)
                except ValueError:
                    pass
    for text in soup.find_all(string=True):
        if text.strip():
            shown.add(str(text))


def english_on(client, url, language, extra_content=()):
    """[(url, English string)] on the admin page at `url` (followed through redirects)."""
    response = client.get(url, follow=True)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content.decode()
    assert f'lang="{language}"' in html[:500], f"{url}: not in {language}"
    shown, content = set(), {norm(text) for text in extra_content}
    page_strings(html, shown, content)
    (english, plain), same, others = english_strings(), same_in(language), theirs()
    allowed = same | content | editors_text() | {norm(name) for name in LANGUAGE_NAMES | PROPER_NOUNS}
    found = set()
    for text in shown:
        key = norm(text)
        if key not in english or key in allowed:
            continue
        # Words Wagtail or Django use too: ours would have been translated when our catalogue has them.
        if key not in others or (key in plain and key not in translated(language)):
            found.add((response.request["PATH_INFO"], english[key]))
    return found


# The walk ------------------------------------------------------------------------------------------------------


def editor(django_user_model, name, language, group=None, superuser=False):
    return make_user(django_user_model, name, group, language, superuser=superuser)


def menu_urls(client):
    """Every admin URL of the main menu and its submenus, from the sidebar the admin renders."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    urls = [node.get("url") for node in sidebar_objects(html)]
    return sorted({url for url in urls if isinstance(url, str) and url.startswith("/admin/")})


def page_editor_urls(language):
    """(url, content) for each page type of the project: "add" under a parent in `language`'s tree, "edit" of an
    English page and of its `language` version."""
    locale = Locale.objects.get(language_code=language)
    urls = []
    for model in get_page_models():
        if not ours(model._meta.app_config.path):
            continue
        parents = [parent for parent in model.allowed_parent_page_models() if parent is not Page]
        if parents:
            parent = parents[0].objects.filter(locale=locale, alias_of__isnull=True).order_by("path").first()
        else:
            parent = Page.get_first_root_node()
        assert parent is not None, f"no parent for {model.__name__} in {language}"
        meta = model._meta
        urls.append((reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk]), ()))
        urls.append((reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]), [parent.title]))
        for code in ("en", language):
            page = model.objects.filter(locale__language_code=code, alias_of__isnull=True).order_by("path").first()
            assert page is not None, f"no {model.__name__} in {code}"
            ancestors = [ancestor.title for ancestor in page.get_ancestors()]
            urls.append((reverse("wagtailadmin_pages:edit", args=[page.pk]), [page.title, *ancestors]))
    return urls


def snippet_and_settings_urls(language):
    urls = []
    for model in get_snippet_models():
        if not ours(model._meta.app_config.path):
            continue
        viewset = model.snippet_viewset
        urls.append((reverse(viewset.get_url_name("list")), ()))
        urls.append((reverse(viewset.get_url_name("add")), ()))
        objects = model.objects.all()
        codes = ("en", language) if hasattr(model, "locale") else (None,)
        for code in codes:
            instance = (objects.filter(locale__language_code=code) if code else objects).order_by("pk").first()
            if instance is not None:
                urls.append((reverse(viewset.get_url_name("edit"), args=[instance.pk]), [str(instance)]))
    site = Site.objects.get(is_default_site=True)
    for model in settings_registry:
        meta = model._meta
        urls.append((reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name, site.pk]), ()))
    return urls


def listed_object_urls():
    """The pages of objects the admin lists (an application to join, waiting and decided; an event's
    registrations)."""
    join_model = apps.get_model("network", "JoinApplication")
    event_model = apps.get_model("events", "EventPage")
    urls = []
    for status in (join_model.Status.PENDING, join_model.Status.REJECTED):
        application = join_model.objects.create(
            status=status,
            language="en",
            organisation_name=f"Label test cooperative {status}",
            org_type="civil-society",
            country="GR",
            city="Patras",
            services=["guidance"],
            rejection_reason="Outside the network's area." if status == join_model.Status.REJECTED else "",
        )
        urls.append((reverse("join_applications:inspect", args=[application.pk]), [application.organisation_name]))
    event = event_model.objects.filter(registration_mode="portal", alias_of__isnull=True).order_by("pk").first()
    urls.append((reverse("events_registrations", args=[event.pk]), [event.title]))
    return urls


def report(found):
    return "\n".join(f"{url}: {text!r}" for url, text in sorted(found))


@pytest.mark.parametrize("language", [*LANGUAGES, "ar"])  # and right to left
def test_menus_speak_the_editors_language(client, django_user_model, language):
    found = set()
    for user in (
        editor(django_user_model, f"coordinator-{language}", language, group="Coordinators"),
        editor(django_user_model, f"administrator-{language}", language, superuser=True),
    ):
        client.force_login(user)
        urls = menu_urls(client)
        assert len(urls) > 5, urls
        for url in urls:
            found |= english_on(client, url, language)
    assert not found, "English labels of the project in the admin:\n" + report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_snippet_and_settings_editors_speak_the_editors_language(client, django_user_model, language):
    client.force_login(editor(django_user_model, f"administrator-{language}", language, superuser=True))
    found = set()
    for url, content in page_editor_urls(language) + snippet_and_settings_urls(language) + listed_object_urls():
        found |= english_on(client, url, language, content)
    assert not found, "English labels of the project in the admin:\n" + report(found)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_every_label_of_the_projects_models_is_translated(language):
    """Beyond the pages walked above: every verbose name, help text, choice, panel heading and block label of the
    models the admin shows has a translation (or really is the same word)."""
    untranslated = set()
    for text in project_labels():
        with translation.override("en"):
            english = str(text)
        with translation.override(language):
            local = str(text)
        if local == english and worth_checking(english) and norm(english) not in same_in(language):
            if english not in LANGUAGE_NAMES | PROPER_NOUNS:
                untranslated.add(english)
    assert untranslated == set()


def test_every_model_names_its_plural():
    """Without `verbose_name_plural`, Django adds an "s" to the translated singular: "οργανισμόςs"."""
    implicit = [
        model._meta.label for model in project_models() if "verbose_name_plural" not in model._meta.original_attrs
    ]
    assert implicit == []


class FakeClient:
    def __init__(self, html):
        self.html = html

    def get(self, url, follow=False):
        from django.http import HttpResponse

        response = HttpResponse(self.html)
        response.request = {"PATH_INFO": url}
        return response


def test_the_check_finds_an_english_label():
    """The walk can fail: a project label left in English in a French page, in its HTML or in the JSON Wagtail's
    JavaScript renders (a block definition), is found; the same word as the form's content is not."""
    block = json.dumps({"_type": "wagtail.blocks.StructBlock", "_args": ["cta", [], {"label": "Call to action"}]})
    html = (
        '<html lang="fr"><body><label class="w-field__label">Coordinator\'s section</label>'
        f"<div data-w-block-data-value='{block}'></div>"
        '<input type="text" name="title" value="Partner organisation"><h2>Partner organisation</h2></body></html>'
    )
    found = english_on(FakeClient(html), "/admin/pages/1/edit/", "fr")
    assert {norm(text) for _url, text in found} == {norm("Coordinator's section"), norm("Call to action")}
