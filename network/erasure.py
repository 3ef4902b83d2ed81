"""Erasing a person (the right to erasure): `erase_person ID` and the admin action "Erase this person".

In one transaction: every language version of the person and their links to organisations; their photo when
nothing else uses it; their name in page and snippet revisions; their wagtail-localize sources and strings, and
their name in other sources and strings; audit-log labels; the search index. Free-text mentions in the current
content of pages are not rewritten but listed for an editor to review. What remains is an ErasureRecord: when, by
whom and counts, nothing about the person.
"""

import json
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q
from django.dispatch import Signal
from modelcluster.fields import ParentalKey
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, ReferenceIndex, Revision, get_page_models
from wagtail.search import index
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    TranslationSource,
)

from .models import ErasureRecord, Person

ERASED = "[erased]"
# Page fields that hold no prose (tree position, URL parts): never reported as mentions.
NOT_PROSE = {"path", "url_path", "slug", "draft_title"}

person_erased = Signal()  # sent with `translation_key` and `pages` inside the erasure's transaction


def on_person_erased(translation_key, pages=()):
    """Hook for whatever else keeps copies of people: the portal's search outbox rewrites the records of the
    pages that listed the person here (receiver connected in person_hooks.py).

    Called inside the erasure's transaction, after the person's rows are gone; receivers of `person_erased` get
    the translation key, the only identifier left, and the pages that linked the person.
    """
    person_erased.send(sender=Person, translation_key=translation_key, pages=list(pages))


@dataclass
class Erasure:
    counts: dict
    mentions: list
    record: ErasureRecord


class Scrubber:
    """Finds a person's names (whole words, any case) in text and JSON, and replaces them with "[erased]".

    `links` maps a child relation name (e.g. "people") to the foreign key that points at a person ("person"):
    serialized child objects pointing at `person_ids` are dropped from JSON (revisions, translation sources).
    """

    def __init__(self, names, person_ids=(), links=None):
        words = [r"\s+".join(re.escape(part) for part in name.split()) for name in names if name.strip()]
        # Without a name, a pattern that matches nothing (an empty one would match everywhere).
        self.pattern = re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)" if words else r"(?!)", re.IGNORECASE)
        self.person_ids = set(person_ids)
        self.links = links or {}
        # What a database LIKE can match, also inside JSON written with escaped non-ASCII characters (once in a
        # JSON column, twice in a StreamField inside revision JSON). The regular expression has the last word.
        forms = {form for name in names if name.strip() for form in (name, name.lower(), name.upper(), name.title())}
        escaped = {json.dumps(form)[1:-1] for form in forms}
        self.variants = sorted(forms | escaped | {json.dumps(form)[1:-1] for form in escaped})

    def text(self, value):
        return self.pattern.sub(ERASED, value)

    def found(self, value):
        return self.data(value) != value

    def data(self, value):
        if isinstance(value, str):
            if value[:1] in ("[", "{"):
                try:
                    parsed = json.loads(value)
                except ValueError:
                    parsed = None
                if isinstance(parsed, (list, dict)):
                    scrubbed = self.data(parsed)
                    return value if scrubbed == parsed else json.dumps(scrubbed, cls=DjangoJSONEncoder)
            return self.text(value)
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, dict):
            return {key: self.data(self._without_links(key, item)) for key, item in value.items()}
        return value

    def _without_links(self, key, value):
        foreign_key = self.links.get(key)
        if not foreign_key or not isinstance(value, list):
            return value
        return [item for item in value if not (isinstance(item, dict) and item.get(foreign_key) in self.person_ids)]

    def q(self, *fields):
        """A prefilter: rows where any of `fields` may contain a name."""
        query = Q(pk__in=[])
        for field in fields:
            for variant in self.variants:
                query |= Q(**{f"{field}__icontains": variant})
        return query


def child_links():
    """(child model, foreign key to Person, parental key) for every child object that links a page to a person."""
    for relation in Person._meta.related_objects:
        model = relation.related_model
        parental = next((f for f in model._meta.fields if isinstance(f, ParentalKey)), None)
        if parental is not None:
            yield model, relation.field.name, parental


def erase_person(person, user=None):
    """Erase `person` (any language version) everywhere. Returns an Erasure with counts and the mentions left."""
    key = person.translation_key
    with transaction.atomic():
        people = list(Person.objects.select_for_update().filter(translation_key=key))
        ids = [p.pk for p in people]
        names = sorted({p.name.strip() for p in people if p.name.strip()})
        links = list(child_links())
        scrubber = Scrubber(names, ids, {parental.remote_field.related_name: fk for _m, fk, parental in links})
        parent_ids = {
            parent_id
            for model, fk, parental in links
            for parent_id in model.objects.filter(**{f"{fk}__in": ids}).values_list(parental.attname, flat=True)
        }
        pages = list(Page.objects.filter(pk__in=parent_ids))

        mentions = free_text_mentions(Scrubber(names))  # before the latest revisions are scrubbed
        counts = {"language versions": len(people)}
        counts.update(_revisions(scrubber, ids, pages))
        counts.update(_translations(scrubber, key, [page.translation_key for page in pages]))
        counts["log entries"] = _log_entries(scrubber, ids)
        counts["search entries"] = _search(people)
        counts["organisation links"] = sum(
            model.objects.filter(**{f"{fk}__in": ids}).delete()[0] for model, fk, _parental in links
        )
        photo_ids = {p.photo_id for p in people if p.photo_id}
        Person.objects.filter(pk__in=ids).delete()
        counts["photos"] = _unused_photos(photo_ids)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page.specific)
        on_person_erased(key, pages)
        record = ErasureRecord.objects.create(
            erased_by=user if getattr(user, "pk", None) else None,
            counts=counts,
            objects_touched=sum(counts.values()),
            mentions_to_review=len(mentions),
        )
    return Erasure(counts=counts, mentions=mentions, record=record)


def _revisions(scrubber, person_ids, pages):
    """The person's own revisions go; every other revision loses the person's links and names."""
    own = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Person), object_id__in=[str(pk) for pk in person_ids]
    )
    deleted = own.count()
    own.delete()
    linked = Q(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(page.pk) for page in pages]
    )
    scrubbed = 0
    for revision in Revision.objects.filter(linked | scrubber.q("content", "object_str")):
        content, object_str = scrubber.data(revision.content), scrubber.text(revision.object_str)
        if (content, object_str) != (revision.content, revision.object_str):
            Revision.objects.filter(pk=revision.pk).update(content=content, object_str=object_str)
            scrubbed += 1
    return {"revisions deleted": deleted, "revisions scrubbed": scrubbed}


def _translations(scrubber, key, page_keys):
    """wagtail-localize: the person's sources, contexts, strings and translations go; names elsewhere scrubbed."""
    sources = TranslationSource.objects.filter(object_id=key)
    counts = {"translation sources deleted": sources.count()}
    string_ids = set(StringSegment.objects.filter(source__in=sources).values_list("string_id", flat=True))
    # Translations and overrides made in the person's contexts would outlive them (SET_NULL): delete them first.
    counts["string translations deleted"] = StringTranslation.objects.filter(context__object_id=key).delete()[0]
    SegmentOverride.objects.filter(context__object_id=key).delete()
    # The sources first, with their segments (which protect their contexts); then the object, with its contexts and
    # the other sources' references to the person.
    sources.delete()
    TranslatableObject.objects.filter(translation_key=key).delete()
    orphans = String.objects.filter(pk__in=string_ids, segments__isnull=True)
    counts["strings deleted"] = orphans.delete()[0]

    scrubbed = 0
    for source in TranslationSource.objects.filter(
        Q(object_id__in=page_keys) | scrubber.q("content_json", "object_repr")
    ):
        content = json.loads(source.content_json)
        scrubbed_content, object_repr = scrubber.data(content), scrubber.text(source.object_repr)
        if (scrubbed_content, object_repr) != (content, source.object_repr):
            source.content_json = json.dumps(scrubbed_content, cls=DjangoJSONEncoder)
            source.object_repr = object_repr
            source.save(update_fields=["content_json", "object_repr"])
            scrubbed += 1
    for model in (OverridableSegment, SegmentOverride):
        for segment in model.objects.filter(scrubber.q("data_json")):
            value = json.loads(segment.data_json)
            if scrubber.found(value):
                model.objects.filter(pk=segment.pk).update(data_json=json.dumps(scrubber.data(value)))
    counts["translation sources scrubbed"] = scrubbed
    counts["strings scrubbed"] = sum(_scrub_string(scrubber, s) for s in String.objects.filter(scrubber.q("data")))
    translations = 0
    for translation in StringTranslation.objects.filter(scrubber.q("data")):
        data = scrubber.text(translation.data)
        if data != translation.data:
            StringTranslation.objects.filter(pk=translation.pk).update(data=data)
            translations += 1
    counts["string translations scrubbed"] = translations
    return counts


def _scrub_string(scrubber, string):
    """Rewrite a source string without the name; strings are unique per text, so merge into an existing twin."""
    data = scrubber.text(string.data)
    if data == string.data:
        return 0
    data_hash = String._get_data_hash(data)
    twin = String.objects.filter(locale_id=string.locale_id, data_hash=data_hash).first()
    if twin is None:
        String.objects.filter(pk=string.pk).update(data=data, data_hash=data_hash)
    else:
        StringSegment.objects.filter(string=string).update(string=twin)
        string.delete()  # with its translations, which translated the text with the name
    return 1


def _log_entries(scrubber, person_ids):
    """Audit-log labels of the person, or naming them, become "[erased]"; names in the entries' data are scrubbed."""
    person_type = ContentType.objects.get_for_model(Person)
    own_ids = {str(pk) for pk in person_ids}
    count = 0
    for model, own in ((ModelLogEntry, Q(content_type=person_type, object_id__in=own_ids)), (PageLogEntry, Q())):
        for entry in model.objects.filter(own | scrubber.q("label", "data")):
            is_own = entry.content_type_id == person_type.pk and getattr(entry, "object_id", None) in own_ids
            label = ERASED if is_own or scrubber.found(entry.label) else entry.label
            data = scrubber.data(entry.data)
            if (label, data) != (entry.label, entry.data):
                model.objects.filter(pk=entry.pk).update(label=label, data=data)
                count += 1
    return count


def _search(people):
    """Remove the person from the Wagtail search index (every backend), when the model is indexed at all."""
    if not index.class_is_indexed(Person):
        return 0
    for person in people:
        index.remove_object(person)
    return len(people)


def _unused_photos(photo_ids):
    """Delete the person's photos that nothing else uses (the people are already deleted)."""
    deleted = 0
    for image in get_image_model().objects.filter(pk__in=photo_ids):
        if not (ReferenceIndex.get_references_to(image).exists() or Person.objects.filter(photo=image).exists()):
            image.delete()
            deleted += 1
    return deleted


def text_fields(model):
    """The fields declared on `model` itself (not on a parent page model) that can hold prose."""
    return [
        field
        for field in model._meta.concrete_fields
        if field.model is model
        and isinstance(field, (models.CharField, models.TextField, StreamField))
        and not field.choices
        and field.name not in NOT_PROSE
    ]


def free_text_mentions(finder):
    """Lines "page ID TITLE: field" for every page whose current fields or latest revision mention the name."""
    found = {}
    for model in dict.fromkeys([Page, *get_page_models()]):
        fields = text_fields(model)
        if not fields:
            continue
        rows = model.objects.filter(alias_of__isnull=True).filter(finder.q(*(f.name for f in fields)))
        for page in rows.only("pk", "title", *(f.name for f in fields)):
            for field in fields:
                if finder.found(field.get_prep_value(field.value_from_object(page))):
                    found[(page.pk, field.name)] = page.title
    latest = Revision.objects.filter(
        pk__in=Page.objects.filter(alias_of__isnull=True).values("latest_revision_id")
    ).filter(finder.q("content"))
    for revision in latest:
        for name, value in revision.content.items():
            if name not in NOT_PROSE and isinstance(value, (str, list, dict)) and finder.found(value):
                found.setdefault((int(revision.object_id), name), revision.object_str)
    return [f"page {pk} {title}: {field}" for (pk, field), title in sorted(found.items())]
