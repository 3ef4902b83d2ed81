"""Turning one file into one page: parent, duplicate check, building, saving as a draft or publishing, all in one
transaction so that a failure leaves nothing behind."""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page

from .dates import find_date
from .document import Document
from .errors import AlreadyImported, ImportFailure
from .languages import guess_language
from .readers import check_extension, file_limit, read_data, read_document, too_large
from .registry import ImportContext
from .text import content_hash, shorten, slug_for
from .tree import page_url

TITLE_MAX = 255


@dataclass
class ImportOptions:
    type_name: str
    importer: object  # registry.PageImporter
    locale: object  # wagtail Locale
    parent: object = None  # the parent page, when resolved
    parent_error: str = ""  # why there is no parent
    title: str = ""
    date: datetime.date | None = None
    publish: bool = False
    again: bool = False
    user: object = None  # who the pages are created (and published) by
    translation_of: object = None  # the page (any language) the file translates, when it does
    check_permissions: bool = False  # the user's own page permissions apply (the admin's import)


@dataclass
class ImportSource:
    """A file read for import: its name (named in every error), its normalised Markdown text, the lines left out
    as navigation, banners or boilerplate."""

    name: str
    text: str
    skipped: list = field(default_factory=list)


@dataclass
class ImportResult:
    page: object
    url: str
    status: str  # "draft" or "live"
    warnings: list = field(default_factory=list)


# Users and records --------------------------------------------------------------------------------------


def first_superuser():
    return get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()


def record_model():
    """The model that remembers each import (settings.IMPORT_RECORD_MODEL: page, type code, content hash,
    source name), named by a setting as AUTH_USER_MODEL is, because it lives in a domain app."""
    return apps.get_model(settings.IMPORT_RECORD_MODEL)


# Reading ---------------------------------------------------------------------------------------------------------


def read_path(path):
    skipped = []
    text = read_document(path, skipped)
    return ImportSource(name=Path(path).name, text=text, skipped=skipped)


def read_upload(uploaded):
    """An uploaded file (the admin's form) as an ImportSource; the same reading and limits as a file on disk."""
    skipped = []
    name = Path(uploaded.name or "").name
    limit = file_limit(check_extension(name))
    if uploaded.size > limit:
        raise too_large(uploaded.size, limit)
    uploaded.seek(0)
    text = read_data(uploaded.read(), name, skipped)
    return ImportSource(name=name, text=text, skipped=skipped)


# Checks before anything is made ---------------------------------------------------------------------------------


def translation_parent(source_page, options):
    """The parent of a translation of `source_page` in the options' locale: the translation of its parent.
    ImportFailure when the file cannot be that translation."""
    source_page = source_page.specific
    locale = options.locale
    url = page_url(source_page)
    if source_page.alias_of_id:
        raise ImportFailure(_("%(url)s is an alias copy, not a page of its own") % {"url": url})
    if source_page.locale_id == locale.pk:
        raise ImportFailure(
            _("%(url)s is in %(language)s already: choose the language of the file")
            % {"url": url, "language": language_name(locale.language_code)}
        )
    model = options.importer.get_page_model()
    if not isinstance(source_page, model):
        raise ImportFailure(
            _("%(url)s is a %(kind)s, not a %(type)s")
            % {"url": url, "kind": source_page._meta.verbose_name, "type": model._meta.verbose_name}
        )
    existing = Page.objects.filter(translation_key=source_page.translation_key, locale=locale).order_by("pk").first()
    if existing is not None:
        if existing.alias_of_id:
            reason = _("%(url)s has an alias copy in %(language)s at %(existing)s: delete it first")
        else:
            reason = _("%(url)s has a %(language)s translation already: %(existing)s")
        raise ImportFailure(
            reason % {"url": url, "language": language_name(locale.language_code), "existing": page_url(existing)}
        )
    parent = source_page.get_parent().get_translation_or_none(locale)
    if parent is None or parent.alias_of_id:
        raise ImportFailure(
            _("the parent of %(url)s has no %(language)s version: translate it first")
            % {"url": url, "language": language_name(locale.language_code)}
        )
    return parent.specific


def language_name(code):
    names = dict(settings.LANGUAGES)
    return str(names.get(code, code))


def check_language(document, locale):
    found = guess_language(document.plain_text)
    if found and found != locale.language_code:
        raise ImportFailure(
            _("the text seems to be in %(found)s, not in %(language)s (check the language chosen)")
            % {"found": language_name(found), "language": language_name(locale.language_code)}
        )


def check_permission(parent, options):
    """The user may add a page of the type under `parent` (the admin's import; the command acts as an
    administrator)."""
    model = options.importer.get_page_model()
    permissions = parent.permissions_for_user(options.user)
    if not permissions.can_add_subpage() or not model.can_create_at(parent):
        raise ImportFailure(
            _("you may not add a %(type)s under %(url)s") % {"type": model._meta.verbose_name, "url": page_url(parent)}
        )


@dataclass
class Prepared:
    document: Document
    parent: object
    title: str
    date: datetime.date
    digest: str
    warnings: list


def prepare(source, options):
    """Every check that needs no page made: the parent (the translated parent for a translation), permissions, the
    title, the language and the date. Raises ImportFailure."""
    if options.translation_of is not None:
        parent = translation_parent(options.translation_of, options)
    else:
        parent = options.parent
    if parent is None:
        raise ImportFailure(options.parent_error or _("no parent page"))
    if options.check_permissions:
        check_permission(parent, options)
    document = Document(source.text, name=source.name)
    title = options.title or document.title
    title = shorten(" ".join(title.split()), TITLE_MAX)
    if not title:
        raise ImportFailure(_("no title: the file has no heading and no short first line (give a title)"))
    check_language(document, options.locale)
    found = options.date or options.importer.find_date(document) or find_date("\n".join(source.skipped))
    warnings = []
    if not found:
        warnings.append(_("No date found in the text: today's date is used."))
    date = found or timezone.localdate()
    if source.skipped:
        warnings.append(
            _("Left out (navigation, banners, boilerplate the page prints already): %(lines)s")
            % {"lines": " · ".join(shorten(line, 80) for line in source.skipped)}
        )
    digest = content_hash(options.type_name, source.text)
    return Prepared(document, parent, title, date, digest, warnings)


# One file ------------------------------------------------------------------------------------------------------


def import_path(path, options):
    """Import one file; returns an ImportResult or raises ImportFailure (nothing is left in the database)."""
    return import_source(read_path(path), options)


class _Rollback(Exception):
    pass


def preview_source(source, options, render):
    """What import_source would make, made and taken back: `render(page)` is called on the page before the
    transaction is rolled back, and its result returned with the warnings. The same checks and errors as
    import_source, so a preview that passes creates."""
    outcome = {}
    try:
        with transaction.atomic():
            result = import_source(source, options)
            outcome["rendered"] = render(result.page)
            outcome["warnings"] = result.warnings
            raise _Rollback
    except _Rollback:
        pass
    return outcome["rendered"], outcome["warnings"]


def import_source(source, options):
    """Make the page of one read file: a draft (published with options.publish), recorded so that the same
    content is not imported twice. Returns an ImportResult or raises ImportFailure; nothing is left in the
    database on failure. The command and the admin's import both come here."""
    prepared = prepare(source, options)
    importer, parent = options.importer, prepared.parent
    with transaction.atomic():
        if not options.again:
            record = _previous_import(prepared.digest, options.type_name)
            if record is not None:
                raise AlreadyImported(_("already imported as %(url)s") % {"url": page_url(record.page)})
        context = ImportContext(
            document=prepared.document,
            locale=options.locale,
            parent=parent,
            title=prepared.title,
            date=prepared.date,
            title_given=bool(options.title),
        )
        page = importer.build(context)
        page.title = prepared.title
        page.draft_title = prepared.title
        page.slug = find_available_slug(parent, slug_for(prepared.title, fallback=options.type_name))
        page.locale = options.locale
        if options.translation_of is not None:
            page.translation_key = options.translation_of.translation_key
        page.live = False
        page.has_unpublished_changes = True
        page.owner = options.user
        parent.add_child(instance=page)
        _validate(page)
        revision = page.save_revision(user=options.user, log_action=False)
        log(instance=page, action="wagtail.create", user=options.user, revision=revision, content_changed=True)
        if options.publish:
            revision.publish(user=options.user)
            page.refresh_from_db()
        record_model().objects.create(
            page=page, content_type_code=options.type_name, content_hash=prepared.digest, source_name=source.name[:255]
        )
    return ImportResult(
        page=page, url=page_url(page), status="live" if page.live else "draft", warnings=prepared.warnings
    )


def _previous_import(digest, type_name):
    return (
        record_model()
        .objects.filter(content_hash=digest, content_type_code=type_name)
        .select_related("page")
        .order_by("-pk")
        .first()
    )


def _validate(page):
    """The checks an editor's publish would run: model fields, then every StreamField's blocks."""
    try:
        page.full_clean()
    except ValidationError as error:
        raise ImportFailure(_("the page would be invalid: %(errors)s") % {"errors": _describe(error)}) from error
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            try:
                model_field.stream_block.clean(getattr(page, model_field.name))
            except ValidationError as error:
                errors = f"{model_field.verbose_name}: {' '.join(_messages([error]))}"
                raise ImportFailure(_("the page would be invalid: %(errors)s") % {"errors": errors}) from error


def _describe(error):
    if hasattr(error, "error_dict"):
        return "; ".join(f"{name}: {' '.join(_messages(errors))}" for name, errors in error.error_dict.items())
    return " ".join(_messages(error.error_list if hasattr(error, "error_list") else [error]))


def _messages(errors):
    """The messages of validation errors, those of a block's children (a StreamField's items, a struct's fields)
    rather than the block's own "Validation error in ..."."""
    out = []
    for item in errors:
        children = getattr(item, "block_errors", None)
        if children:
            values = children.values() if isinstance(children, dict) else children
            for child in values:
                if child is not None:
                    out.extend(_messages(child if isinstance(child, list) else [child]))
        elif getattr(item, "non_block_errors", None):
            out.extend(_messages(list(item.non_block_errors)))
        else:
            out.extend(str(message) for message in getattr(item, "messages", [str(item)]))
    return list(dict.fromkeys(out))
