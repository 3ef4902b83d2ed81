"""Building the knowledge demo: index pages, good practices, training modules, newsletters and press releases.

English texts come from knowledge/demo/content/en/*.yaml; the other languages from the PO catalogues in
knowledge/demo/content/locale/, applied through wagtail-localize by the site's seeder (home.demo.seed.DemoSeeder),
which this module receives and never imports (imports run downhill). Idempotent like the rest of the demo: every
page has a stable translation key; what exists is left alone, what is missing is created.
"""

import datetime
import json
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail_localize.models import OverridableSegment, SegmentOverride

from knowledge.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PressReleasePage,
    PressRoomPage,
    TrainingIndexPage,
    TrainingModulePage,
)
from portal.core import demo_images as images

APP = "knowledge"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
INDEXES = [
    ("good_practices", GoodPracticeIndexPage),
    ("training", TrainingIndexPage),
    ("newsletters", NewsletterIndexPage),
    ("press", PressRoomPage),
]


class KnowledgeSeeder:
    """Knowledge pages of the demo. `site` is the site's DemoSeeder (page helpers, loader, locales, user)."""

    def __init__(self, site):
        self.site = site
        self.content = site.english(APP)
        self.rich = site.rich

    def run(self):
        home = self.site.english_home()
        if home is None:
            return 0
        before = self.site.created
        index = {name: self.index_page(home, name, model) for name, model in INDEXES}
        practices = {}
        for name, data in self.content["good_practices"].items():
            practices[name] = self.good_practice(index["good_practices"], name, data)
        for name, data in self.content["training_modules"].items():
            self.training_module(index["training"], name, data, practices)
        for name, data in self.content["newsletters"].items():
            self.newsletter(index["newsletters"], name, data)
        for name, data in self.content["press_releases"].items():
            self.press_release(index["press"], name, data)
        return self.site.created - before

    def ensure(self, parent, model, name, build, before_translate=None):
        return self.site.ensure(parent, model, f"knowledge:{name}", build, APP, before_translate=before_translate)

    def unit_stream(self, units, documents):
        stream = []
        for index, unit in enumerate(units):
            kind, title = unit["kind"], unit["title"]
            if kind == "text":
                stream.append(("text", {"title": title, "text": self.rich(unit["text"])}))
            elif kind == "video":
                stream.append(("video", {"title": title, "url": unit["url"], "transcript": unit["transcript"]}))
            elif kind == "material":
                value = {"title": title, "description": unit["description"], "document": documents[index]}
                stream.append(("material", value))
            elif kind == "exercise":
                instructions, feedback = self.rich(unit["instructions"]), self.rich(unit["feedback"])
                stream.append(("exercise", {"title": title, "instructions": instructions, "feedback": feedback}))
            else:
                raise ValueError(f"unknown unit {kind!r}")
        return stream

    def highlight_stream(self, highlights):
        stream = []
        for item in highlights:
            value = {"country": item["country"] or "", "date": item["date"], "title": item["title"]}
            value |= {"text": self.rich(item["text"]), "key_takeaways": list(item["key_takeaways"])}
            stream.append(("highlight", value))
        return stream

    def document(self, name, language, data):
        """The demo's downloadable document `name` in `language`: a small UTF-8 text file, written when missing."""
        Document = get_document_model()
        context = f"document:{name}"
        title = f"{self.site.text(APP, language, context, data['title'])} ({language})"
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        lines = [self.site.text(APP, language, context, line) for line in data["lines"]]
        text = "\n\n".join(lines) + "\n\nPrimacenters\n"
        document = Document(title=title)
        document.file = ContentFile(text.encode("utf-8"), name=f"primacenters-{name}-{language}.txt")
        document._set_document_file_metadata()
        document.save()
        return document

    # Pages ---------------------------------------------------------------------------------------------
    def index_page(self, home, name, model):
        data = self.content["indexes"][name]

        def build():
            return model(title=data["title"], slug=data["slug"], intro=data["intro"], show_in_menus=True), ()

        return self.ensure(home, model, f"index:{name}", build)

    def good_practice(self, parent, name, data):
        facts = data["facts"]

        def build():
            start, end = facts["period"]
            image, description = images.sector_image(facts["sectors"])
            return GoodPracticePage(
                card_image=image,
                card_image_alt=description,
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
                context=self.rich(data["context"]),
                approach=self.rich(data["approach"]),
                results=self.rich(data["results"]),
                transferability=self.rich(data["transferability"]),
                resources=self.rich(data["resources"]),
            ), facts["tags"]

        return self.ensure(parent, GoodPracticePage, f"good-practice:{name}", build)

    def training_module(self, parent, name, data, practices):
        facts = data["facts"]
        materials = {index: unit for index, unit in enumerate(data["units"]) if unit["kind"] == "material"}

        def build():
            documents = {
                index: self.document(f"{name}-{index}", SOURCE_LANGUAGE, unit["document"])
                for index, unit in materials.items()
            }
            return TrainingModulePage(
                title=data["title"],
                slug=data["slug"],
                date=facts["date"],
                summary=data["summary"],
                audience=facts["audience"],
                level=facts["level"],
                duration_hours=Decimal(facts["duration_hours"]),
                format=facts["format"],
                sectors=facts["sectors"],
                learning_outcomes=self.rich(data["learning_outcomes"]),
                prerequisites=self.rich(data["prerequisites"]),
                units=self.unit_stream(data["units"], documents),
                related_practices=[("practice", practices[other]) for other in facts["related"]],
            ), ()

        def documents_in_language(page, code, source):
            """Each language gets the material in its own language: an override of the synchronised document,
            as an editor sets one in the translation editor."""
            if not materials:
                return
            documents = {
                block.id: self.document(f"{name}-{index}", code, data["units"][index]["document"])
                for index, block in enumerate(page.units)
                if index in materials and block.block_type == "material"
            }
            for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
                parts = segment.context.path.split(".")
                if len(parts) == 3 and parts[0] == "units" and parts[2] == "document" and parts[1] in documents:
                    SegmentOverride.objects.update_or_create(
                        locale=self.site.locales[code],
                        context=segment.context,
                        defaults={
                            "data_json": json.dumps(documents[parts[1]].pk),
                            "last_translated_by": self.site.user,
                        },
                    )

        return self.ensure(
            parent,
            TrainingModulePage,
            f"training-module:{name}",
            build,
            before_translate=documents_in_language,
        )

    def newsletter(self, parent, name, data):
        facts = data["facts"]

        def build():
            return NewsletterIssuePage(
                title=data["title"],
                slug=data["slug"],
                issue_number=facts["issue_number"],
                date=facts["date"],
                intro=data["intro"],
                highlights=self.highlight_stream(data["highlights"]),
                next_steps=self.rich(data["next_steps"]),
            ), ()

        return self.ensure(parent, NewsletterIssuePage, f"newsletter:{name}", build)

    def press_release(self, parent, name, data):
        facts = data["facts"]

        def build():
            return PressReleasePage(
                title=data["title"],
                slug=data["slug"],
                date=facts["date"],
                dateline_city=data["dateline_city"],
                dateline_country=facts["dateline_country"],
                subtitle=data["subtitle"],
                summary=data["summary"],
                body=self.site.body_stream(data["body"]),
                media_contact=self.rich(data["media_contact"]),
            ), ()

        return self.ensure(parent, PressReleasePage, f"press-release:{name}", build)

    # Generated pages for benchmarks --------------------------------------------------------------------
    GENERATED = [
        ("good_practice", GoodPracticePage, "good_practices"),
        ("training_module", TrainingModulePage, "training"),
        ("newsletter", NewsletterIssuePage, "newsletters"),
        ("press_release", PressReleasePage, "press"),
    ]

    def scale(self, count):
        """`count` generated pages of each knowledge type, in every language, under the demo's index pages."""
        if self.site.english_home() is None or count <= 0:
            return 0
        before = self.site.created

        def index_pages():
            keys = {name: self.site.key(f"knowledge:index:{name}") for name, _model in INDEXES}
            return {name: self.site.find(model, keys[name], SOURCE_LANGUAGE) for name, model in INDEXES}

        parents = index_pages()
        if None in parents.values():
            self.run()
            parents = index_pages()
        for n in range(1, count + 1):
            for kind, model, parent_name in self.GENERATED:
                texts = {field: text.format(n=n) for field, text in self.content["generated"][kind].items()}

                def build(kind=kind, n=n, texts=texts):
                    return generated_page(kind, n, texts, self.content["generated_facts"], self.rich)

                key = self.site.key(f"knowledge:generated:{kind}:{n}")
                context = f"generated:{kind}"
                self.site.ensure(
                    parents[parent_name], model, None, build, APP, key=key, context=context, params={"n": n}
                )
        return self.site.created - before


def generated_page(kind, n, texts, facts, rich):
    """An English generated page of `kind` (not saved) and its tags; codes and dates vary with `n`."""

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
