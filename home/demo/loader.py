"""Demo content as data, translated the way a translator's work arrives.

Each app keeps its demo prose in `<app>/demo/content/`: the English source in `en/<family>.yaml` (one file per page
family, block scalars for paragraphs) and one gettext catalogue per language in `locale/<language>.po`. A catalogue
entry's msgctxt names the demo object (`knowledge:good-practice:huelva-peer-mentoring`) or the use of a text that
is not a page segment (`document:...`, `generated:...`, `place`); its msgid is the English text exactly as
wagtail-localize extracts it from the page (HTML-escaped, as in wagtail-localize's own PO export).

`translate` applies a catalogue through wagtail-localize's PO import, the path a translator's upload takes: the
page's translation source and translation, its PO export with each msgstr filled from the catalogue, `import_po`,
then `save_target`. The result is an ordinary wagtail-localize translation, in sync, that editors open in the
translation editor. A text without a translation fails loudly, naming the language, the object and the text.
"""

import functools
from html import escape
from pathlib import Path

import polib
import yaml
from django.apps import apps
from django.conf import settings
from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
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


def source(instance):
    """`instance`'s translation source, created or brought up to date with the instance."""
    translation_source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        translation_source.update_from_db()
    return translation_source


def translate(source, locale, app, context, user=None, params=None):
    """The object of translation `source` translated into `locale` with catalogue entries of `context`, through
    wagtail-localize's PO import, and the translation saved and published.

    A page's translation is saved as a new revision (`save_target(publish=False)`) and that revision published
    here, in the caller's transaction: `save_target(publish=True)` defers the same publish until after the commit,
    where each of its writes commits on its own (a disk sync each on SQLite)."""
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    texts = catalogue(app, locale.language_code)
    po = translation.export_po()
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = texts.text(context, entry.msgid, params, where=source.object_repr)
    translation.import_po(po, user=user, translation_type="manual", tool_name=TOOL_NAME)
    if not issubclass(source.specific_content_type.model_class(), DraftStateMixin):
        translation.save_target(user=user, publish=True)  # a snippet without drafts: saved is published
        return translation.get_target_instance()
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return target


def rich(items):
    """Rich text from a list of paragraphs (str) and bulleted lists (list of str): one segment per <p> or <li>."""
    html = []
    for item in items:
        if isinstance(item, str):
            html.append(f"<p>{escape(item, quote=False)}</p>")
        else:
            html.append("<ul>" + "".join(f"<li>{escape(line, quote=False)}</li>" for line in item) + "</ul>")
    return "".join(html)


def body_stream(body):
    """A body StreamField from YAML items `{heading: ...}`, `{paragraph: ...}`, `{quote: ..., attribution: ...}`."""
    stream = []
    for item in body:
        if "heading" in item:
            stream.append(("heading", {"text": item["heading"], "level": "h2"}))
        elif "paragraph" in item:
            stream.append(("paragraph", rich([item["paragraph"]])))
        elif "quote" in item:
            stream.append(("quote", {"text": item["quote"], "attribution": item["attribution"]}))
        else:
            raise ValueError(f"unknown body item {item!r}")
    return stream
