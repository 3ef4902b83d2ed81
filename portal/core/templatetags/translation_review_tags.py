"""The draft and review bar of wagtail-localize's translation editor (portal/core/translation_review.py)."""

import json

from django import template
from wagtail.models import Page

from portal.core.translation_review import review_for

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context):
    """The Review of the translated page shown in the editor for the user; None for a snippet."""
    instance, translation = context.get("instance"), context.get("translation")
    if not isinstance(instance, Page) or translation is None:
        return None
    return review_for(context["request"].user, translation, instance)


@register.simple_tag(takes_context=True)
def translation_editor_props(context):
    """wagtail-localize's props for its editor (its links, permissions and preview modes), for the footer that
    replaces the editor's own."""
    return json.loads(context.get("props") or "{}")
