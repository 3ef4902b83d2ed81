"""Turning one file into one page: parent, duplicate check, building, saving as a draft or publishing, all in one
transaction so that a failure leaves nothing behind."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.log_actions import log

from .document import Document
from .errors import ImportFailure
from .readers import read_document
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


@dataclass
class ImportResult:
    page: object
    url: str
    status: str  # "draft" or "live"


# Users and records --------------------------------------------------------------------------------------


def first_superuser():
    return get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()


def record_model():
    """The model that remembers each import (settings.IMPORT_RECORD_MODEL: page, type code, content hash,
    source name), named by a setting as AUTH_USER_MODEL is, because it lives in a domain app."""
    return apps.get_model(settings.IMPORT_RECORD_MODEL)


# One file ------------------------------------------------------------------------------------------------------


def import_path(path, options):
    """Import one file; returns an ImportResult or raises ImportFailure (nothing is left in the database)."""
    text = read_document(path)
    if options.parent is None:
        raise ImportFailure(options.parent_error or "no parent page")
    digest = content_hash(options.type_name, text)
    document = Document(text, name=Path(path).name)
    importer = options.importer

    title = options.title or (document.first_heading.text if document.first_heading else "")
    title = shorten(" ".join(title.split()), TITLE_MAX)
    if not title:
        raise ImportFailure("no title: the file has no heading (give --title)")
    date = options.date or importer.find_date(document) or timezone.localdate()

    with transaction.atomic():
        if not options.again:
            record = _previous_import(digest, options.type_name)
            if record is not None:
                raise ImportFailure(f"already imported as {page_url(record.page)} (use --again)")
        context = ImportContext(
            document=document,
            locale=options.locale,
            parent=options.parent,
            title=title,
            date=date,
            title_given=bool(options.title),
        )
        page = importer.build(context)
        page.title = title
        page.draft_title = title
        page.slug = find_available_slug(options.parent, slug_for(title, fallback=options.type_name))
        page.locale = options.locale
        page.live = False
        page.has_unpublished_changes = True
        page.owner = options.user
        options.parent.add_child(instance=page)
        _validate(page)
        revision = page.save_revision(user=options.user, log_action=False)
        log(instance=page, action="wagtail.create", user=options.user, revision=revision, content_changed=True)
        if options.publish:
            revision.publish(user=options.user)
            page.refresh_from_db()
        record_model().objects.create(
            page=page, content_type_code=options.type_name, content_hash=digest, source_name=Path(path).name[:255]
        )
    return ImportResult(page=page, url=page_url(page), status="live" if page.live else "draft")


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
        for model_field in page._meta.get_fields():
            if isinstance(model_field, StreamField):
                model_field.stream_block.clean(getattr(page, model_field.name))
    except ValidationError as error:
        raise ImportFailure(f"the page would be invalid: {_describe(error)}") from error


def _describe(error):
    if hasattr(error, "error_dict"):
        return "; ".join(f"{name}: {' '.join(_messages(errors))}" for name, errors in error.error_dict.items())
    return " ".join(_messages(error.error_list if hasattr(error, "error_list") else [error]))


def _messages(errors):
    out = []
    for item in errors:
        if hasattr(item, "block_errors") and item.block_errors:
            out.append(str(item.message) if getattr(item, "message", None) else "invalid block")
        else:
            out.extend(str(message) for message in getattr(item, "messages", [str(item)]))
    return out
