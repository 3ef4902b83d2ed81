"""Large sites for measurements: copies of the demo's pages made in bulk, a few statements per batch of pages.

`seed_demo --scale` makes pages the way an editor does (a save, a revision and a publish each), a few pages a
second; a site of 100,000 pages needs another way. `generate(total)` takes one demo page of each content type
that lists under a section (a good practice, a training module, a newsletter issue, a press release, an
organisation, an event, an event report) with all of its language versions, and copies it again and again under
the same parents, `batch` copies at a time:

- the pages' rows (the tree's paths worked out here, as treebeard would, after the parent's last child) and each
  type's own table, written with one INSERT per table per batch;
- the inline children (tags, organisers, speakers, people, gallery images), with new ids and translation keys;
- one live revision per page, its content the source's own with the copy's ids, title, slug and tree position;
- the search records (portal.search's outbox), copied from the source's with the copy's title and address, and
  (by trigger) the database engine's index of them.

Each copy's language versions share a new translation key, so Wagtail and the language switcher link them as
translations. What is not copied: comments, log entries, the reference index ("usage" in the admin), and
wagtail-localize's translation sources (made when an editor first opens a copy for translation).
"""

import time
import uuid
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models.functions import Cast
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Revision

from portal.search.models import SearchDocument
from portal.search.text import analyse, tokens

# The content types copied, by model label: the pages that list under a section and have no children.
COPIED = [
    "knowledge.goodpracticepage",
    "knowledge.trainingmodulepage",
    "knowledge.newsletterissuepage",
    "knowledge.pressreleasepage",
    "network.organisationpage",
    "events.eventpage",
    "events.eventreportpage",
]
PAGE_FIELDS = {field.attname for field in Page._meta.concrete_fields}
SKIPPED_RELATIONS = {"wagtail_admin_comments"}
VALUE_TYPES = {"CharField", "IntegerField", "PositiveIntegerField", "SmallIntegerField", "DateTimeField"}


class Source:
    """One demo page in every language it has: the copies' model, language versions and parents."""

    def __init__(self, model, versions):
        self.model = model
        self.versions = versions  # [specific page], one per language
        self.parents = {page.pk: page.get_parent() for page in versions}
        self.relations = [r for r in get_all_child_relations(model) if r.name not in SKIPPED_RELATIONS]
        self.children = {  # {page pk: {relation name: [child]}}
            page.pk: {r.name: list(getattr(page, r.name).all().order_by("pk")) for r in self.relations}
            for page in versions
        }
        self.revisions = {page.pk: page.live_revision.content for page in versions}
        self.documents = {row.page_id: row for row in SearchDocument.objects.filter(page_id__in=self.children)}


def sources():
    """A source per copied type: its first English page with no children, in every language it has."""
    found = []
    for label in COPIED:
        model = ContentType.objects.get_by_natural_key(*label.split(".")).model_class()
        english = (
            model.objects.live()
            .filter(locale__language_code="en", alias_of__isnull=True, numchild=0)
            .order_by("path")
            .first()
        )
        if english is not None:
            versions = model.objects.live().filter(translation_key=english.translation_key, alias_of__isnull=True)
            found.append(Source(model, list(versions.select_related("locale"))))
    return found


def generate(total, *, batch=1000, stdout=None):
    """About `total` new live pages (whole copies, every language of each), in batches of about `batch` pages,
    each batch in its own transaction. Returns (pages made, seconds)."""
    started = time.monotonic()
    found = sources()
    if not found:
        return 0, 0.0
    per_round = sum(len(source.versions) for source in found)  # one copy of each source, every language
    made = 0
    while made < total:
        with transaction.atomic():
            made += copy_batch(found, max(1, min(batch, total - made) // per_round))
        if stdout is not None:
            stdout.write(f"{made} pages ({made / (time.monotonic() - started):.0f} pages/s)")
    return made, time.monotonic() - started


def analyse_tables():
    """Refresh PostgreSQL's statistics of the tables the copies filled (as after a restore): until autovacuum gets
    to them, the planner sizes them as they were before, and may read a whole table where an index would do."""
    if connection.vendor != "postgresql":
        return
    tables = {Page._meta.db_table, Revision._meta.db_table, SearchDocument._meta.db_table}
    for label in COPIED:
        tables.add(ContentType.objects.get_by_natural_key(*label.split(".")).model_class()._meta.db_table)
    with connection.cursor() as cursor:
        for table in sorted(tables):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def copy_batch(found, copies):
    """`copies` copies of every source, every language version of each, written table by table: one INSERT per
    table for the whole batch (per page type for the types' own tables). Returns the number of pages made."""
    now = timezone.now()
    planned = []  # (source, source version, copy number, new page)
    for source in found:
        keys = [uuid.uuid4() for _ in range(copies)]
        for version in source.versions:
            parent, step = reserve_children(source.parents[version.pk].pk, copies)
            for number, key in enumerate(keys):
                page = new_page(version, parent, Page._get_path(parent.path, parent.depth + 1, step + 1 + number), key)
                page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
                planned.append((source, version, number, page))
    insert_pages(planned)
    children = {}
    for source in found:
        children.update(copy_children(source, [entry[1:] for entry in planned if entry[0] is source]))
    add_revisions(planned, children, now)
    add_search_documents(planned)
    return len(planned)


def reserve_children(parent_pk, count):
    """Lock the parent, count `count` more children on it and return (parent, the last child's step before
    them): the new children's paths follow it, as treebeard's add_child would place them."""
    parent = Page.objects.select_for_update().get(pk=parent_pk)
    last = parent.get_last_child()
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    return parent, Page._str2int(last.path[-Page.steplen :]) if last else 0


def new_page(version, parent, path, key):
    page = source_copy(version)
    suffix = key.hex[:8]
    page.pk = page.id = None
    page.path, page.depth, page.numchild, page.translation_key = path, parent.depth + 1, 0, key
    page.title = page.draft_title = f"{version.title} ({suffix})"
    page.slug = f"{version.slug}-{suffix}"
    page.url_path = f"{parent.url_path}{page.slug}/"
    page.live, page.has_unpublished_changes, page.show_in_menus = True, False, False
    page.latest_revision_id = page.live_revision_id = None
    page.locked, page.locked_at, page.locked_by_id = False, None, None
    return page


def source_copy(version):
    model = type(version)
    return model(**{field.attname: getattr(version, field.attname) for field in model._meta.concrete_fields})


def insert_pages(planned):
    """The pages' rows: Page's table first, all types at once (its ids returned), then each type's own table
    with those ids."""
    pages = [page for _source, _version, _number, page in planned]
    base = [Page(**{name: getattr(page, name) for name in PAGE_FIELDS if name != "id"}) for page in pages]
    Page.objects.bulk_create(base)
    by_model = {}
    for page, row in zip(pages, base, strict=True):
        page.pk = page.id = page.page_ptr_id = row.pk
        by_model.setdefault(type(page), []).append(page)
    for model, rows in by_model.items():
        fields = list(model._meta.local_concrete_fields)
        with as_values_rows(rows, fields):
            model._base_manager._insert(rows, fields=fields)


def copy_children(source, pages):
    """The inline children of each copy of `source` (`pages`: (source version, copy number, new page)), as the
    source version's, with new ids and shared translation keys. Returns {(page pk, relation name): [child]}."""
    made = {}
    keys = {}  # {(copy number, source child translation key): new key}, one per child across languages
    for relation in source.relations:
        model, field = relation.related_model, relation.field.attname
        rows = []
        for version, number, page in pages:
            children = []
            for child in source.children[version.pk][relation.name]:
                clone = type(child)(**{f.attname: getattr(child, f.attname) for f in model._meta.concrete_fields})
                clone.pk = None
                setattr(clone, field, page.pk)
                if getattr(clone, "translation_key", None) is not None:
                    clone.translation_key = keys.setdefault((number, child.translation_key), uuid.uuid4())
                children.append(clone)
            made[page.pk, relation.name] = children
            rows.extend(children)
        with as_values_rows(rows):
            model.objects.bulk_create(rows)
    return made


def add_revisions(planned, children, now):
    """One live revision per page: the source version's content with the copy's own values."""
    page_type = ContentType.objects.get_for_model(Page)
    revisions = []
    for source, version, _number, page in planned:
        content = dict(source.revisions[version.pk])
        for name in ("pk", "path", "depth", "numchild", "translation_key", "title", "draft_title", "slug", "url_path"):
            content[name] = getattr(page, "pk" if name == "pk" else name)
        content["translation_key"] = str(page.translation_key)
        content.update(live=True, has_unpublished_changes=False, first_published_at=now.isoformat())
        content.update(last_published_at=now.isoformat(), show_in_menus=False)
        for relation in source.relations:
            field = relation.field.name
            content[relation.name] = [
                {**item, "pk": child.pk, field: page.pk, **child_key(child)}
                for item, child in zip(content.get(relation.name, []), children[page.pk, relation.name], strict=False)
            ]
        revisions.append(
            Revision(
                content_type=ContentType.objects.get_for_model(source.model),
                base_content_type=page_type,
                object_id=str(page.pk),
                created_at=now,
                object_str=page.title,
                content=content,
            )
        )
    with as_values_rows(revisions):
        Revision.objects.bulk_create(revisions)
    # One UPDATE for the batch (bulk_update's CASE per row is slower than the whole copy).
    own_revision = Revision.objects.filter(base_content_type=page_type, object_id=Cast(OuterRef("pk"), CharField()))
    revision = Subquery(own_revision.values("pk")[:1])
    Page.objects.filter(pk__in=[page.pk for *_rest, page in planned]).update(
        latest_revision_id=revision, live_revision_id=revision
    )


@contextmanager
def as_values_rows(objects, fields=None):
    """Make the bulk INSERT of `objects` (of `fields`, default all) plain VALUES rows, by giving one field of the
    first object as an expression (its own value, as a Value).

    On PostgreSQL, Django 5.2 writes a bulk INSERT of literal values as UNNEST of one array per column, and psycopg
    builds each array's text in Python, escaping every double quote of every JSON value with a regular expression
    (revisions, StreamFields and search records are mostly JSON): the generator spent more time there than in
    the database. In VALUES rows each value is quoted by libpq. Django keeps VALUES for any row with an expression.
    """
    fields = fields or (type(objects[0])._meta.concrete_fields if objects else [])
    simple = [f for f in fields if not f.primary_key and not f.is_relation and f.get_internal_type() in VALUE_TYPES]
    if not simple:
        yield
        return
    field, first = simple[0], objects[0]
    value = getattr(first, field.attname)
    setattr(first, field.attname, Value(value, output_field=field))
    try:
        yield
    finally:
        setattr(first, field.attname, value)


def child_key(child):
    key = getattr(child, "translation_key", None)
    return {"translation_key": str(key)} if key is not None else {}


def add_search_documents(planned):
    """Each copy's search record: the source version's text and facets, the copy's page, title and address,
    written to the outbox (pending for Elasticsearch; the database engine's index follows by trigger)."""
    documents = []
    for source, version, _number, page in planned:
        row = source.documents.get(version.pk)
        if row is None:
            continue
        values = {f.attname: getattr(row, f.attname) for f in SearchDocument._meta.concrete_fields if f.name != "id"}
        values.update(page_id=page.pk, translation_key=page.translation_key, title=page.title)
        values.update(url=row.url.rsplit("/", 2)[0] + f"/{page.slug}/", analysed_title=analyse(page.title, row.locale))
        values.update(title_words=" ".join(tokens(page.title, row.locale)))
        values.update(state=SearchDocument.PENDING, attempts=0, next_attempt_at=None, synced_at=None, last_error="")
        documents.append(SearchDocument(**values))
    with as_values_rows(documents):
        SearchDocument.objects.bulk_create(documents)
