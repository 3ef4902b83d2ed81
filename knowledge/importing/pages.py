"""Turning one file into one page: parent, duplicate check, building, saving as a draft or publishing, all in one
transaction so that a failure leaves nothing behind."""

import datetime
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page, Site

from .document import Document
from .errors import ImportFailure
from .readers import read_document
from .registry import ImportContext
from .text import content_hash, shorten, slug_for

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


# Users, homes and parents --------------------------------------------------------------------------------------


def first_superuser():
    return get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()


def locale_home(locale):
    """The home page of a locale: the default site's root page in that locale."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        home = site.root_page.get_translation_or_none(locale)
        if home is not None:
            return home
    home_model = apps.get_model("home", "HomePage")
    return home_model.objects.filter(locale=locale).order_by("path").first()


def url_path_of(value):
    """The path of --parent: a path, or a full address whose path is used. None when it is neither."""
    value = (value or "").strip()
    if value.lower().startswith(("http://", "https://")):
        value = urlsplit(value).path or "/"
    if not value.startswith("/"):
        return None
    return value if value.endswith("/") else value + "/"


def resolve_parent(url_path, locale, importer):
    """The page at a public URL path, as Wagtail routes it (a draft page is found by its slugs too)."""
    path = url_path_of(url_path)
    components = [unquote(part) for part in path.split("/") if part]
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if not components or components[0] not in languages:
        raise ImportFailure(f"the parent {path} has no language prefix (such as /{locale.language_code}/)")
    if components[0] != locale.language_code:
        raise ImportFailure(f"the parent {path} is in locale {components[0]}, not {locale.language_code}")
    page = _route(path, components[0]) or _walk(components[1:], locale)
    if page is None:
        raise ImportFailure(f"no page at {path}")
    page = page.specific
    if page.locale_id != locale.pk:
        raise ImportFailure(f"the parent {path} is in locale {page.locale.language_code}, not {locale.language_code}")
    importer.check_parent(page)
    return page


def _route(path, language):
    """The live page Wagtail serves at `path`, or None (not found, or a sub-route of a page)."""
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None
        if match.url_name != "wagtail_serve":
            return None
        request = RequestFactory().get(path)
        try:
            served = match.args[0] if match.args else match.kwargs.get("path", "")
            result = Page.route_for_request(request, served)
        except Http404:
            return None
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs:
        return None  # e.g. a newsletter issue's /email/ view: not a page's own address
    return page


def _walk(slugs, locale):
    page = locale_home(locale)
    for slug in slugs:
        if page is None:
            return None
        page = page.get_children().filter(slug=slug).first()
    return page


def page_url(page):
    """The page's URL path (for a draft, the one it will have when published)."""
    parts = page.get_url_parts()
    if parts and parts[2]:
        return parts[2]
    return page.url_path


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
        page.slug = _free_slug(options.parent, slug_for(title, fallback=options.type_name))
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
        ImportRecord = apps.get_model("knowledge", "ImportRecord")
        ImportRecord.objects.create(
            page=page, content_type_code=options.type_name, content_hash=digest, source_name=Path(path).name[:255]
        )
    return ImportResult(page=page, url=page_url(page), status="live" if page.live else "draft")


def _previous_import(digest, type_name):
    ImportRecord = apps.get_model("knowledge", "ImportRecord")
    return (
        ImportRecord.objects.filter(content_hash=digest, content_type_code=type_name)
        .select_related("page")
        .order_by("-pk")
        .first()
    )


def _free_slug(parent, base):
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


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
