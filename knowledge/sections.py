"""What the knowledge app adds to other apps' pages (portal.core.sections), registered in wagtail_hooks.py."""

from django.template.loader import render_to_string

from .models import GoodPracticePage


def good_practices_of(organisation):
    """Good practices the organisation implements, in its page's language (one query)."""
    return (
        GoodPracticePage.objects.live()
        .public()
        .real()
        .filter(organisation__translation_key=organisation.translation_key, locale_id=organisation.locale_id)
        .order_by("-date")
    )


def organisation_good_practices(page, request):
    """On a directory organisation's page: the good practices it implements."""
    if page._meta.label != "network.OrganisationPage":
        return ""
    context = {"practices": good_practices_of(page), "request": request}
    return render_to_string("knowledge/includes/organisation_good_practices.html", context)
