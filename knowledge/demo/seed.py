"""Building the knowledge demo: index pages, good practices, training modules, newsletters and press releases.

The English page is created and published, then translated into each other language through wagtail-localize with
the `translate` function the site's demo seeder hands over (home.demo.translate.translate): a translation source,
one string translation per segment, then publish, as an editor does in the translation editor. Idempotent like the
rest of the demo: every page has a stable translation key; what exists is left alone, what is missing is created.

This module imports nothing from `home` (imports run downhill): the site's seeder passes itself, its key function
and the translate function.
"""

import datetime
import importlib
import json
from decimal import Decimal
from html import escape

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from ..models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PressReleasePage,
    PressRoomPage,
    TrainingIndexPage,
    TrainingModulePage,
)

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]

# Keys of the content modules that hold facts, not texts to translate.
NOT_TEXT = {"facts", "url", "country", "date", "kind", "document"}

INDEXES = [
    ("good_practices", GoodPracticeIndexPage),
    ("training", TrainingIndexPage),
    ("newsletters", NewsletterIndexPage),
    ("press", PressRoomPage),
]


def content(language):
    return importlib.import_module(f"knowledge.demo.{language}")


def text_pairs(english, translated, path="content"):
    """[(English text, translated text)], walking both values side by side; a difference in shape is an error."""
    if isinstance(english, str):
        if not isinstance(translated, str):
            raise ValueError(f"demo content differs in shape between languages at {path}")
        return [(english, translated)]
    if isinstance(english, dict):
        keys = {key for key in english if key not in NOT_TEXT}
        if not isinstance(translated, dict) or keys != {key for key in translated if key not in NOT_TEXT}:
            raise ValueError(f"demo content differs in shape between languages at {path}")
        if english.get("kind") != translated.get("kind"):
            raise ValueError(f"demo content differs in kind between languages at {path}")
        return [pair for key in sorted(keys) for pair in text_pairs(english[key], translated[key], f"{path}.{key}")]
    if isinstance(english, list | tuple):
        if not isinstance(translated, list | tuple) or len(english) != len(translated):
            raise ValueError(f"demo content differs in shape between languages at {path}")
        if isinstance(english, tuple) and english and english[0] != translated[0]:
            raise ValueError(f"demo content differs in kind between languages at {path}")
        start = 1 if isinstance(english, tuple) else 0  # a tuple starts with its kind: ("paragraph", text)
        return [
            pair
            for index in range(start, len(english))
            for pair in text_pairs(english[index], translated[index], f"{path}[{index}]")
        ]
    return []


def pairs(english, translated):
    """{English text: translated text} for one page; the same English text must be translated the same way."""
    strings = {}
    for source, target in text_pairs(english, translated):
        if strings.setdefault(source, target) != target:
            raise ValueError(f"demo content translates {source[:60]!r} in two ways")
    return strings


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
    stream = []
    for item in body:
        kind = item[0]
        if kind == "heading":
            stream.append(("heading", {"text": item[1], "level": "h2"}))
        elif kind == "paragraph":
            stream.append(("paragraph", rich([item[1]])))
        elif kind == "quote":
            stream.append(("quote", {"text": item[1], "attribution": item[2]}))
        else:
            raise ValueError(f"unknown body item {kind!r}")
    return stream


def unit_stream(units, documents):
    stream = []
    for index, unit in enumerate(units):
        kind = unit["kind"]
        if kind == "text":
            stream.append(("text", {"title": unit["title"], "text": rich(unit["text"])}))
        elif kind == "video":
            stream.append(("video", {"title": unit["title"], "url": unit["url"], "transcript": unit["transcript"]}))
        elif kind == "material":
            stream.append(
                (
                    "material",
                    {
                        "title": unit["title"],
                        "description": unit["description"],
                        "document": documents[index],
                    },
                )
            )
        elif kind == "exercise":
            stream.append(
                (
                    "exercise",
                    {
                        "title": unit["title"],
                        "instructions": rich(unit["instructions"]),
                        "feedback": rich(unit["feedback"]),
                    },
                )
            )
        else:
            raise ValueError(f"unknown unit {kind!r}")
    return stream


def highlight_stream(highlights):
    return [
        (
            "highlight",
            {
                "country": item["country"] or "",
                "date": item["date"],
                "title": item["title"],
                "text": rich(item["text"]),
                "key_takeaways": list(item["key_takeaways"]),
            },
        )
        for item in highlights
    ]


def demo_document(name, language, data):
    """The demo's downloadable document for `name` in `language`: a small UTF-8 text file, written when missing."""
    Document = get_document_model()
    title = f"{data['title']} ({language})"
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    text = "\n\n".join(data["lines"]) + "\n\nPrimacenters\n"
    document = Document(title=title)
    document.file = ContentFile(text.encode("utf-8"), name=f"primacenters-{name}-{language}.txt")
    document._set_document_file_metadata()
    document.save()
    return document


class KnowledgeSeeder:
    """Knowledge pages of the demo. `site_seeder` is the site's DemoSeeder (locales, user, log, created count)."""

    def __init__(self, site_seeder, key, translate):
        self.site = site_seeder
        self.key = key
        self.translate = translate
        self.locales = site_seeder.locales
        self.user = site_seeder.user

    def run(self):
        home = self.english_home()
        if home is None:
            return 0
        before = self.site.created
        english = content(SOURCE_LANGUAGE)
        index = {name: self.index_page(home, name, model) for name, model in INDEXES}
        practices = {}
        for name, data in english.GOOD_PRACTICES.items():
            practices[name] = self.good_practice(index["good_practices"], name, data)
        for name, data in english.TRAINING_MODULES.items():
            self.training_module(index["training"], name, data, practices)
        for name, data in english.NEWSLETTERS.items():
            self.newsletter(index["newsletters"], name, data)
        for name, data in english.PRESS_RELEASES.items():
            self.press_release(index["press"], name, data)
        return self.site.created - before

    # Helpers -------------------------------------------------------------------------------------------
    def english_home(self):
        return Page.objects.filter(translation_key=self.key("home"), locale=self.locales[SOURCE_LANGUAGE]).first()

    def find(self, model, key, language):
        """The page in `language`; an alias (made by syncing trees) counts as missing: translating converts it."""
        return model.objects.filter(translation_key=key, locale=self.locales[language], alias_of__isnull=True).first()

    def create(self, parent, page, key, tags=()):
        page.translation_key = key
        page.locale = self.locales[SOURCE_LANGUAGE]
        parent.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
        page.save_revision(user=self.user).publish(user=self.user)
        self.site.created += 1
        self.site.log(f"created {page.url_path}")
        return page

    def ensure(self, parent, model, name, build, section, item, before_translate=None):
        """The English page `name` (built by `build` when missing), then its missing translations."""
        key = self.key(f"knowledge:{name}")
        english = getattr(content(SOURCE_LANGUAGE), section)[item]
        # One transaction per page and its translations: far fewer commits (and disk syncs) than autocommit.
        # wagtail-localize publishes each translation when the transaction commits.
        with transaction.atomic():
            page = self.find(model, key, SOURCE_LANGUAGE)
            if page is None:
                page, tags = build()
                page = self.create(parent, page, key, tags)
            for code in OTHER_LANGUAGES:
                if self.find(model, key, code) is not None:
                    continue
                translated = getattr(content(code), section)[item]
                if before_translate is not None:
                    before_translate(page, code)
                target = self.translate(page, self.locales[code], pairs(english, translated), self.user)
                self.site.created += 1
                self.site.log(f"translated {target.url_path}")
        return page

    # Pages ---------------------------------------------------------------------------------------------
    def index_page(self, home, name, model):
        data = content(SOURCE_LANGUAGE).INDEXES[name]

        def build():
            return model(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True), ()

        return self.ensure(home, model, f"index:{name}", build, "INDEXES", name)

    def good_practice(self, parent, name, data):
        facts = data["facts"]

        def build():
            start, end = facts["period"]
            page = GoodPracticePage(
                title=data["title"],
                slug=data["slug"],
                date=facts["date"],
                summary=data["summary"],
                countries=facts["countries"],
                region=data["region"],
                sectors=facts["sectors"],
                target_groups=facts["target_groups"],
                implementing_organisation=data["organisation"],
                period_start=start,
                period_end=end,
                context=rich(data["context"]),
                approach=rich(data["approach"]),
                results=rich(data["results"]),
                transferability=rich(data["transferability"]),
                resources=rich(data["resources"]),
            )
            return page, facts["tags"]

        return self.ensure(parent, GoodPracticePage, f"good-practice:{name}", build, "GOOD_PRACTICES", name)

    def training_module(self, parent, name, data, practices):
        facts = data["facts"]
        materials = {index: unit for index, unit in enumerate(data["units"]) if unit["kind"] == "material"}

        def build():
            documents = {
                index: demo_document(f"{name}-{index}", SOURCE_LANGUAGE, unit["document"])
                for index, unit in materials.items()
            }
            page = TrainingModulePage(
                title=data["title"],
                slug=data["slug"],
                date=facts["date"],
                summary=data["summary"],
                audience=facts["audience"],
                level=facts["level"],
                duration_hours=Decimal(facts["duration_hours"]),
                format=facts["format"],
                sectors=facts["sectors"],
                learning_outcomes=rich(data["learning_outcomes"]),
                prerequisites=rich(data["prerequisites"]),
                units=unit_stream(data["units"], documents),
                related_practices=[("practice", practices[other]) for other in facts["related"]],
            )
            return page, ()

        def documents_in_language(page, code):
            """Each language gets the material in its own language: an override of the synchronised document,
            as an editor sets one in the translation editor."""
            if not materials:
                return
            translated_units = content(code).TRAINING_MODULES[name]["units"]
            documents = {
                block.id: demo_document(f"{name}-{index}", code, translated_units[index]["document"])
                for index, block in enumerate(page.units)
                if index in materials and block.block_type == "material"
            }
            source, created = TranslationSource.get_or_create_from_instance(page)
            if not created:
                source.update_from_db()
            for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
                parts = segment.context.path.split(".")
                if len(parts) == 3 and parts[0] == "units" and parts[2] == "document" and parts[1] in documents:
                    SegmentOverride.objects.update_or_create(
                        locale=self.locales[code],
                        context=segment.context,
                        defaults={"data_json": json.dumps(documents[parts[1]].pk), "last_translated_by": self.user},
                    )

        return self.ensure(
            parent,
            TrainingModulePage,
            f"training-module:{name}",
            build,
            "TRAINING_MODULES",
            name,
            before_translate=documents_in_language,
        )

    def newsletter(self, parent, name, data):
        facts = data["facts"]

        def build():
            page = NewsletterIssuePage(
                title=data["title"],
                slug=data["slug"],
                issue_number=facts["issue_number"],
                date=facts["date"],
                intro=data["intro"],
                highlights=highlight_stream(data["highlights"]),
                next_steps=rich(data["next_steps"]),
            )
            return page, ()

        return self.ensure(parent, NewsletterIssuePage, f"newsletter:{name}", build, "NEWSLETTERS", name)

    def press_release(self, parent, name, data):
        facts = data["facts"]

        def build():
            page = PressReleasePage(
                title=data["title"],
                slug=data["slug"],
                date=facts["date"],
                dateline_city=data["dateline_city"],
                dateline_country=facts["dateline_country"],
                subtitle=data["subtitle"],
                summary=data["summary"],
                body=body_stream(data["body"]),
                media_contact=rich(data["media_contact"]),
            )
            return page, ()

        return self.ensure(parent, PressReleasePage, f"press-release:{name}", build, "PRESS_RELEASES", name)

    # Generated pages for benchmarks --------------------------------------------------------------------
    GENERATED = [
        ("good_practice", GoodPracticePage, "good_practices"),
        ("training_module", TrainingModulePage, "training"),
        ("newsletter", NewsletterIssuePage, "newsletters"),
        ("press_release", PressReleasePage, "press"),
    ]

    def scale(self, count):
        """`count` generated pages of each knowledge type, in every language, under the demo's index pages."""
        if self.english_home() is None or count <= 0:
            return 0
        before = self.site.created
        parents = {
            name: self.find(model, self.key(f"knowledge:index:{name}"), SOURCE_LANGUAGE) for name, model in INDEXES
        }
        if None in parents.values():
            self.run()
            parents = {
                name: self.find(model, self.key(f"knowledge:index:{name}"), SOURCE_LANGUAGE) for name, model in INDEXES
            }
        for n in range(1, count + 1):
            with transaction.atomic():
                self.generated_pages(n, parents)
        return self.site.created - before

    def generated_pages(self, n, parents):
        for kind, model, parent_name in self.GENERATED:
            key = self.key(f"knowledge:generated:{kind}:{n}")
            english = generated_texts(SOURCE_LANGUAGE, kind, n)
            page = self.find(model, key, SOURCE_LANGUAGE)
            if page is None:
                page, tags = generated_page(kind, n, english)
                page = self.create(parents[parent_name], page, key, tags)
            for code in OTHER_LANGUAGES:
                if self.find(model, key, code) is not None:
                    continue
                self.translate(page, self.locales[code], pairs(english, generated_texts(code, kind, n)), self.user)
                self.site.created += 1


def generated_texts(language, kind, n):
    return {field: text.format(n=n) for field, text in content(language).GENERATED[kind].items()}


def generated_page(kind, n, texts):
    """An English generated page of `kind` (not saved) and its tags; codes and dates vary with `n`."""
    facts = content(SOURCE_LANGUAGE).GENERATED_FACTS

    def pick(values):
        return values[(n - 1) % len(values)]

    date = datetime.date(2025, 6, 30) - datetime.timedelta(days=11 * n)
    common = {"title": texts["title"], "slug": texts["slug"], "date": date}
    if kind == "good_practice":
        return GoodPracticePage(
            **common,
            summary=texts["summary"],
            countries=[pick(facts["countries"])],
            sectors=[pick(facts["sectors"])],
            target_groups=[pick(facts["target_groups"])],
            context=rich([texts["text"]]),
        ), [pick(facts["tags"])]
    if kind == "training_module":
        return TrainingModulePage(
            **common,
            summary=texts["summary"],
            audience=[pick(facts["audience"])],
            level=pick(facts["levels"]),
            format=pick(facts["formats"]),
            duration_hours=Decimal(1 + n % 8),
            sectors=[pick(facts["sectors"])],
            learning_outcomes=rich([texts["text"]]),
            units=[("text", {"title": texts["unit_title"], "text": rich([texts["text"]])})],
        ), ()
    if kind == "newsletter":
        return NewsletterIssuePage(
            **common,
            issue_number=1000 + n,
            intro=texts["summary"],
            next_steps=rich([texts["text"]]),
        ), ()
    return PressReleasePage(
        **common,
        dateline_city=texts["city"],
        dateline_country=pick(facts["countries"]),
        summary=texts["summary"],
        body=[("paragraph", rich([texts["text"]]))],
    ), ()
