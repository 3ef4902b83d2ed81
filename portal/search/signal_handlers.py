"""Every change that affects what is searchable writes or tombstones outbox rows in its own transaction.

publish / unpublish / slug change / move / delete of a page, a view restriction added or removed on a page or an
ancestor, a registered snippet saved or deleted (records that copy it: a person's consent in an organisation), an
erasure (network sends `person_erased` with the pages that listed the person).
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import outbox


def _page_published(sender, instance, **kwargs):
    outbox.refresh_pages([instance])
    if not instance.is_leaf():
        # A changed slug changes every descendant's URL (page_slug_changed only comes after commit).
        parts = instance.get_url_parts()
        prefix = parts[2] if parts else None
        descendants = Page.objects.filter(path__startswith=instance.path, depth__gt=instance.depth).values("pk")
        rows = outbox.SearchDocument.objects.filter(live=True, page_id__in=descendants)
        if prefix and rows.exclude(url__startswith=prefix).exists():
            outbox.refresh_subtree(instance)


def _page_unpublished(sender, instance, **kwargs):
    outbox.refresh_pages([instance.pk])


def _page_subtree(sender, instance, **kwargs):
    outbox.refresh_subtree(instance)


def _page_pre_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and not hasattr(instance, "_search_dependents"):
        instance._search_dependents = outbox.dependent_ids(instance)


def _page_post_delete(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        return
    outbox.tombstone([instance.pk])
    dependents = getattr(instance, "_search_dependents", set()) - {instance.pk}
    if dependents:
        outbox.refresh_pages(dependents, with_dependents=False)


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        outbox.refresh_subtree(page)


def _is_snippet(instance):
    from wagtail.snippets.models import get_snippet_models

    return type(instance) in get_snippet_models() and not isinstance(instance, Page)


def _snippet_saved(sender, instance, raw=False, **kwargs):
    if not raw and _is_snippet(instance):
        outbox.refresh_dependents(instance)


def _snippet_pre_delete(sender, instance, **kwargs):
    if _is_snippet(instance):
        instance._search_dependents = outbox.dependent_ids(instance)


def _snippet_post_delete(sender, instance, **kwargs):
    dependents = getattr(instance, "_search_dependents", None)
    if dependents and not isinstance(instance, Page):
        outbox.refresh_pages(dependents, with_dependents=False)


def on_person_erased(sender, translation_key=None, pages=(), **kwargs):
    """network.erasure.person_erased: the organisations that listed the person lose their name in search."""
    if pages:
        outbox.refresh_pages(list(pages), with_dependents=False)


def _synonyms_changed(sender, raw=False, **kwargs):
    """Every process reads the synonym sets again: now (this process, this transaction) and after the commit (the
    others, which must not read and keep the sets of before the commit)."""
    from django.db import transaction

    from .synonyms import invalidate

    invalidate()
    transaction.on_commit(invalidate)


def register():
    from .models import SynonymSet

    post_save.connect(_synonyms_changed, sender=SynonymSet, dispatch_uid="search_synonyms_saved")
    post_delete.connect(_synonyms_changed, sender=SynonymSet, dispatch_uid="search_synonyms_deleted")
    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="search_page_unpublished")
    page_slug_changed.connect(_page_subtree, dispatch_uid="search_page_slug_changed")
    post_page_move.connect(_page_subtree, dispatch_uid="search_post_page_move")
    pre_delete.connect(_page_pre_delete, dispatch_uid="search_page_pre_delete")
    post_delete.connect(_page_post_delete, dispatch_uid="search_page_post_delete")
    post_save.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    post_save.connect(_snippet_saved, dispatch_uid="search_snippet_saved")
    pre_delete.connect(_snippet_pre_delete, dispatch_uid="search_snippet_pre_delete")
    post_delete.connect(_snippet_post_delete, dispatch_uid="search_snippet_post_delete")
