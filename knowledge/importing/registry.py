"""The importers `import_content` knows, found the way Django finds admin modules: every installed app may have an
`importers` module with a dict `IMPORTERS` of content type code (CONTRACTS.md) -> PageImporter.

    # events/importers.py
    from knowledge.importing import PageImporter

    class EventImporter(PageImporter):
        page_model = "events.EventPage"
        parent_models = ("events.EventSectionPage",)
        def default_parent(self, locale): ...
        def build(self, context): ...

    IMPORTERS = {"event": EventImporter()}
"""

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule

from .dates import find_date
from .errors import ImportFailure

# Every type of the contract, installed or not, so that a type not yet available gets a message of its own.
CONTRACT_TYPES = ("press-release", "newsletter", "good-practice", "training-module", "event", "event-report")


@dataclass
class ImportContext:
    """What a builder knows about the page to make."""

    document: object  # document.Document
    locale: object  # wagtail Locale
    parent: object  # the specific parent page
    title: str
    date: object  # datetime.date
    title_given: bool = False

    @property
    def language(self):
        return self.locale.language_code


class PageImporter:
    """Makes one page of `page_model` from a document, under a page of one of `parent_models`."""

    page_model = None  # "app_label.ModelName"
    parent_models = ()  # ("app_label.ModelName", ...)
    parent_required = False  # --parent must be given (no default parent)

    def get_page_model(self):
        return apps.get_model(self.page_model)

    def get_parent_models(self):
        return tuple(apps.get_model(label) for label in self.parent_models)

    def parent_description(self):
        names = [str(model._meta.verbose_name) for model in self.get_parent_models()]
        return " or ".join(names)

    def default_parent(self, locale):
        """The parent when --parent is not given: the first index of the type's parent model under the
        locale's home page (live ones first). Raises ImportFailure naming what is missing."""
        from .pages import locale_home

        home = locale_home(locale)
        if home is None:
            raise ImportFailure(f"no home page in locale {locale.language_code}")
        for model in self.get_parent_models():
            candidates = model.objects.filter(locale=locale, alias_of__isnull=True).order_by("-live", "path")
            page = candidates.child_of(home).first() or candidates.descendant_of(home).first()
            if page is not None:
                return page
        raise ImportFailure(
            f"no {self.parent_description()} in locale {locale.language_code} "
            f"(create one under the home page, or give --parent)"
        )

    def check_parent(self, page):
        """Raises ImportFailure when `page` cannot hold pages of this type."""
        from .pages import page_url

        if not isinstance(page.specific, self.get_parent_models()):
            kind = page.specific_class._meta.verbose_name if page.specific_class else "page"
            raise ImportFailure(f"the parent {page_url(page)} is a {kind}, not a {self.parent_description()}")

    def find_date(self, document):
        """The date found in the document's text, or None (the caller falls back to today)."""
        return find_date(document.plain_text)

    def build(self, context):
        """An unsaved page of `page_model` (title, slug and locale are set by the caller)."""
        raise NotImplementedError


_importers = None


def get_importers(refresh=False):
    """{type code: PageImporter} from every installed app's `importers` module."""
    global _importers
    if _importers is None or refresh:
        found = {}
        for app_config in apps.get_app_configs():
            if not module_has_submodule(app_config.module, "importers"):
                continue
            module = import_module(f"{app_config.name}.importers")
            for name, importer in getattr(module, "IMPORTERS", {}).items():
                if name in found:
                    raise ImproperlyConfigured(f"import type {name!r} is registered twice ({app_config.name})")
                if not isinstance(importer, PageImporter):
                    raise ImproperlyConfigured(f"import type {name!r} of {app_config.name} is not a PageImporter")
                found[name] = importer
        _importers = dict(sorted(found.items()))
    return _importers
