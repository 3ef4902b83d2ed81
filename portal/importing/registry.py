"""The content types `import_content` knows. The framework names no page model: each domain app registers its
own types from an `importers` module, found the way Django's admin finds `admin` modules (autodiscovery over the
installed apps), so that adding an app adds its types and portal never imports a domain app.

    # events/importers.py
    from portal.importing import PageImporter, register

    class EventImporter(PageImporter):
        page_model = "events.EventPage"
        parent_models = ("events.EventSectionPage",)
        def default_parent(self, locale): ...
        def build(self, context): ...

    register("event", EventImporter())
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import autodiscover_modules

from .dates import find_date
from .errors import ImportFailure
from .tree import locale_home, page_url

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
        if not isinstance(page.specific, self.get_parent_models()):
            kind = page.specific_class._meta.verbose_name if page.specific_class else "page"
            raise ImportFailure(f"the parent {page_url(page)} is a {kind}, not a {self.parent_description()}")

    def find_date(self, document):
        """The date found in the document's text, or None (the caller falls back to today)."""
        return find_date(document.plain_text)

    def build(self, context):
        """An unsaved page of `page_model` (title, slug and locale are set by the caller)."""
        raise NotImplementedError


_importers = {}


def register(type_code, importer):
    """Make `importer` (a PageImporter) the one for `type_code` (a content type code of docs/contracts.md)."""
    if not isinstance(importer, PageImporter):
        raise ImproperlyConfigured(f"import type {type_code!r}: {importer!r} is not a PageImporter")
    if _importers.get(type_code, importer) is not importer:
        raise ImproperlyConfigured(f"import type {type_code!r} is registered twice")
    _importers[type_code] = importer


def get_importers():
    """{type code: PageImporter}, sorted by code, from every installed app's `importers` module."""
    autodiscover_modules("importers")
    return dict(sorted(_importers.items()))
