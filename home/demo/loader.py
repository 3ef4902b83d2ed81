"""Demo content as data, translated the way a translator's work arrives.

Each app keeps its demo prose in `<app>/demo/content/`: the English source in `en/<family>.yaml` (one file per page
family, block scalars for paragraphs) and one gettext catalogue per language in `locale/<language>.po`. A catalogue
entry's msgctxt names the demo object (`knowledge:good-practice:huelva-peer-mentoring`) or the use of a text that
is not a page segment (`document:...`, `generated:...`, `place`), or a family of pages that share their texts
(`workers`); its msgid is the English text exactly as wagtail-localize extracts it from the page (HTML-escaped, as
in wagtail-localize's own PO export). A catalogue may wait for its language: only the configured languages are read.

`translate` applies a catalogue the way a translator's PO upload is applied: the page's translation source and
translation, the string translations `Translation.import_po` would record for its PO export filled from the
catalogue, then `save_target`. The result is an ordinary wagtail-localize translation, in sync, that editors open
in the translation editor. A text without a translation fails loudly, naming the language, the object and the text.

The project's languages (PROJECT_LANGUAGES) carry every demo object: a missing catalogue or text fails. A language
added for the people the network serves carries what its catalogues hold (`covers`): an object none of whose texts
its catalogue has stays untranslated, and visitors see it in another language (portal.core.fallback).
"""

import functools
from html import escape
from pathlib import Path

import polib
import yaml
from django.apps import apps
from django.conf import settings
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue, validate_translation_links

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PROJECT_LANGUAGES = [code for code in LANGUAGES if code in settings.PROJECT_LANGUAGES]
TOOL_NAME = "seed_demo"


class MissingDemoTranslation(Exception):
    pass


def content_folder(app):
    return Path(apps.get_app_config(app).path) / "demo" / "content"


@functools.cache
def english(app):
    """{family: data} of an app's English source, one YAML file per family."""
    folder = content_folder(app) / "en"
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))}


# The msgctxt of texts that several demo objects share, looked up when an object's own context lacks them.
SHARED_CONTEXT = "images"


class Catalogue:
    """One language's translations of an app's demo content, keyed by (msgctxt, msgid)."""

    def __init__(self, app, language):
        self.language = language
        self.path = content_folder(app) / "locale" / f"{language}.po"
        self.entries = {(entry.msgctxt or "", entry.msgid): entry.msgstr for entry in polib.pofile(str(self.path))}

    def text(self, context, msgid, params=None, where=None):
        """The translation of `msgid` in `context`. With `params`, `msgid` may be an entry's msgid formatted with
        them (`sample-event-3` for `sample-event-{n}`), and the translation is formatted the same way."""
        key = (context, msgid)
        if key not in self.entries and (SHARED_CONTEXT, msgid) in self.entries:
            key = (SHARED_CONTEXT, msgid)  # a text many objects share (an image's description)
        if key not in self.entries and params:
            templates = [other for other in self.entries if other[0] == context and "{" in other[1]]
            key = next((other for other in templates if other[1].format(**params) == msgid), key)
        if not self.entries.get(key):
            raise MissingDemoTranslation(
                f"No {self.language} translation in {self.path.relative_to(settings.BASE_DIR)} for msgctxt "
                f"{context!r}{f' ({where})' if where else ''}: {msgid[:60]!r}"
            )
        return self.entries[key].format(**params) if params else self.entries[key]


@functools.cache
def catalogue(app, language):
    return Catalogue(app, language)


def covers(app, language, context):
    """Whether the demo object of msgctxt `context` is to be translated into `language`: always in a project
    language (a missing text fails there, loudly); in another language when its catalogue has texts of `context`."""
    if language in PROJECT_LANGUAGES:
        return True
    if not (content_folder(app) / "locale" / f"{language}.po").exists():
        return False
    return any(entry_context == context for entry_context, _msgid in catalogue(app, language).entries)


def source(instance):
    """`instance`'s translation source, created or brought up to date with the instance."""
    translation_source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        translation_source.update_from_db()
    return translation_source


def translate(source, locale, app, context, user=None, params=None):
    """The object of translation `source` translated into `locale` with catalogue entries of `context`, saved and
    published. A page's new revision is published here, in the caller's transaction: `save_target(publish=True)`
    would publish it after the commit, where each of its writes commits on its own (a disk sync each on SQLite)."""
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    import_strings(translation, catalogue(app, locale.language_code), context, params, user)
    if not issubclass(source.specific_content_type.model_class(), DraftStateMixin):
        translation.save_target(user=user, publish=True)  # a snippet without drafts: saved is published
        return translation.get_target_instance()
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return target


def import_strings(translation, texts, context, params=None, user=None):
    """What `translation.import_po` records for the translation's PO export with each msgstr from `texts`, in
    three queries where import_po takes several per string: one StringTranslation per string and context of the
    source, created with import_po's fields and the HTML check of its save (`has_error`), or updated (saved, as
    import_po does) where it differs; a new title also becomes the target's draft title, as after import_po's."""
    source, locale_id = translation.source, translation.target_locale_id
    fields = {"translation_type": "manual", "tool_name": TOOL_NAME, "last_translated_by": user, "has_error": False}
    segments = StringSegment.objects.filter(source=source).order_by("order").select_related("string", "context")
    existing = StringTranslation.objects.filter(locale_id=locale_id, context__object_id=source.object_id)
    existing, new = {(item.translation_of_id, item.context_id): item for item in existing}, {}
    for segment in segments:
        key, msgid = (segment.string_id, segment.context_id), segment.string.data
        data = texts.text(context, msgid, params, where=source.object_repr)
        if key in new or (key in existing and existing[key].data == data):
            continue
        item = existing.get(key) or StringTranslation(translation_of=segment.string, context=segment.context)
        for name, value in {**fields, "data": data, "locale_id": locale_id}.items():
            setattr(item, name, value)
        if key in existing:
            item.save()  # import_po's update: its save checks the HTML, its post_save copies a title
        else:
            new[key], item.has_error = item, not valid_translation(msgid, data)
    StringTranslation.objects.bulk_create(new.values())
    for item in new.values():
        if item.context.path == "title":
            Page.objects.filter(translation_key=source.object_id, locale_id=locale_id).update(draft_title=item.data)


def valid_translation(msgid, data):
    """The check StringTranslation.save makes: HTML that wagtail-localize can read, with the source's links."""
    try:
        StringValue.from_translated_html(data), validate_translation_links(msgid, data)
    except ValueError:
        return False
    return True


def rich(items):
    """Rich text from a list of paragraphs (str) and bulleted lists (list of str): one segment per <p> or <li>."""
    html = []
    for item in items:
        if isinstance(item, str):
            html.append(f"<p>{escape(item, quote=False)}</p>")
        else:
            html.append("<ul>" + "".join(f"<li>{escape(line, quote=False)}</li>" for line in item) + "</ul>")
    return "".join(html)


def body_stream(body, page=None):
    """A body StreamField from YAML items `{heading: ...}`, `{paragraph: ...}`, `{list: [...]}` (a bulleted list),
    `{quote: ..., attribution: ...}` and `{link: ..., page: name}` (a call to action to the page `page(name)`)."""
    stream = []
    for item in body:
        if "heading" in item:
            stream.append(("heading", {"text": item["heading"], "level": "h2"}))
        elif "paragraph" in item:
            stream.append(("paragraph", rich([item["paragraph"]])))
        elif "list" in item:
            stream.append(("paragraph", rich([item["list"]])))
        elif "link" in item and page is not None:
            stream.append(("call_to_action", {"text": item["link"], "page": page(item["page"]), "url": ""}))
        elif "quote" in item:
            stream.append(("quote", {"text": item["quote"], "attribution": item["attribution"]}))
        else:
            raise ValueError(f"unknown body item {item!r}")
    return stream
