"""Sections that one app adds to another app's pages, so that neither app imports the other.

A page's template asks for them with `{% page_sections page %}` (portal_tags). An app with something to add
registers a function for the Wagtail hook named by PAGE_SECTIONS_HOOK, usually in its wagtail_hooks.py:

    hooks.register(PAGE_SECTIONS_HOOK, organisation_events)

Each function is called with the (specific) page and the request and returns HTML, or "" when it has nothing for
that page type (it checks the type by its label, e.g. `page._meta.label == "network.OrganisationPage"`, so it need
not import the other app either). Sections appear in the order of INSTALLED_APPS.
"""

from django.utils.safestring import mark_safe
from wagtail import hooks

PAGE_SECTIONS_HOOK = "portal_page_sections"


def page_sections(page, request):
    return mark_safe("".join(str(section(page, request) or "") for section in hooks.get_hooks(PAGE_SECTIONS_HOOK)))
