"""The draft and review bar of wagtail-localize's translation editor (portal/core/translation_review.py)."""

from django import template
from wagtail.models import Page

from portal.core.translation_review import review_for

register = template.Library()


@register.inclusion_tag("core/admin/translation_review.html", takes_context=True)
def translation_review(context):
    instance, translation = context.get("instance"), context.get("translation")
    if not isinstance(instance, Page) or translation is None:
        return {"review": None}
    request = context["request"]
    return {"review": review_for(request.user, translation, instance), "request": request}
