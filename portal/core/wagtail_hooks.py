"""Admin hooks of portal.core (translation review, the dashboard) and of the plumbing under portal/ that is not an
installed app of its own (the document import: portal/importing/admin.py)."""

from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.importing import admin as importing_admin

from . import dashboard, translation_review
from .models import KeywordLabel


# Translations: "Save draft" and "Submit for review" in wagtail-localize's translation editor.
@hooks.register("register_admin_urls")
def translation_review_urls():
    return translation_review.admin_urls()


# Documents: "Import a document" on the pages that take imported pages.
hooks.register("register_admin_urls", importing_admin.admin_urls)
hooks.register("register_page_header_buttons", importing_admin.header_buttons)
hooks.register("register_page_listing_more_buttons", importing_admin.listing_buttons)

# The dashboard's panels per role, and the page explorer opening on one's section (portal/core/dashboard.py).
hooks.register("construct_homepage_panels", dashboard.construct_homepage_panels)
hooks.register("construct_main_menu", dashboard.construct_main_menu)


class KeywordLabelViewSet(SnippetViewSet):
    """Keywords' names in each language (portal.core.keywords), kept by the coordinators."""

    model = KeywordLabel
    icon = "tag"
    menu_label = pgettext_lazy("keywords", "Keyword translations")
    list_display = ["tag", "language", "name"]
    list_filter = ["language"]
    ordering = ["tag__name", "language"]


register_snippet(KeywordLabelViewSet)
