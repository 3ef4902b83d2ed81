"""Helpers shared by tests: the base of every page factory, and translating a page the way an editor does in
wagtail-localize.

A page built by a factory goes through the same steps as one an editor publishes (added under its parent, then a
revision saved and published), so the search outbox, wagtail-localize's sync and the page's own publish hooks all
see a real publication, and the page holds exactly the fields and revisions a hand-built one held.
"""

import uuid

import factory
import wagtail_factories
from django.db import connection
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from home.models import HomePage


def refresh_planner_statistics():
    """On PostgreSQL, ANALYZE: the planner's statistics then count the rows the test's own transaction added.

    Autovacuum refreshes them only for committed rows, at most once a minute: rows a test adds inside its
    transaction stay invisible to it, and for tables it believes nearly empty PostgreSQL plans nested loops that
    take minutes over a few hundred pages instead of milliseconds. A production database is analysed by autovacuum
    (and by the bulk generator after it writes). Call it after adding many rows, before measuring."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def home(language="en"):
    """The demo site's home page in `language` (tests/conftest.py seeds the demo once per session)."""
    return HomePage.objects.get(locale__language_code=language)


def publish(parent, page):
    """Add an already built `page` under `parent` and publish a revision of it, as the factories do."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def given(**fields):
    """The fields a caller actually set: None stands for "the factory's default"."""
    return {name: value for name, value in fields.items() if value is not None}


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added under `parent`, then published through a revision once every other hook has run (tags and
    orderables included), as an editor's "Publish" does. `publish_revision=False`, or a page built with `live=False`,
    skips the revision: a live page without one is quick to build by the hundred; a page not live is a draft.
    `translation_of` makes it a translation of that page (same translation key; its locale is its parent's).
    """

    class Meta:
        abstract = True

    class Params:
        translation_of = None

    translation_key = factory.Maybe(
        "translation_of", factory.SelfAttribute("translation_of.translation_key"), factory.LazyFunction(uuid.uuid4)
    )

    @factory.post_generation
    def publish_revision(page, create, extracted, **kwargs):
        return extracted is not False

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # Replaces DjangoModelFactory's extra save(): the revision's publication saves the page.
        if create and results.get("publish_revision") and instance.live:
            instance.save_revision().publish()


class IndexPageFactory(PublishedPageFactory):
    """An index page under the English home; `label` starts its title, `kind` keeps slugs of index types apart."""

    class Meta:
        abstract = True

    class Params:
        label = "Test index"
        kind = "index"

    parent = factory.LazyFunction(home)
    title = factory.LazyAttributeSequence(lambda o, n: f"{o.label} {n}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"test-{o.kind}-{n}")


def translate_as_editor(page, language, texts, user):
    """'Translate this page' into `language`, fill every string with `texts` (a dict or a callable), publish."""
    locale = Locale.objects.get(language_code=language)
    creator = TranslationCreator(user, [locale])
    creator.create_translations(page)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        source_text = segment.string.data
        text = texts(source_text) if callable(texts) else texts.get(source_text, source_text)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": "manual", "last_translated_by": user},
        )
    translation.save_target(user=user, publish=True)
    return translation.get_target_instance()
