"""Admin: the synonym sets that site search applies to queries (a snippet, see models.SynonymSet)."""

from django.utils.translation import pgettext_lazy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymSet


class SynonymSetViewSet(SnippetViewSet):
    model = SynonymSet
    icon = "list-ul"
    menu_label = pgettext_lazy("search synonyms", "Search synonyms")
    list_display = ["__str__", "language_label"]
    ordering = ["language", "terms"]


register_snippet(SynonymSetViewSet)
