"""Importing partners' documents as pages (the `import_content` command): shared by every app that takes
documents, so it lives under portal and knows no page model.

Readers turn a file into Markdown, `markdown` and `document` into blocks, `dates`, `languages` and `text` find
what a builder needs in any of the project's languages, `tree` finds parents, `pages` makes and saves one page.
Each domain app registers its page types in its own `importers` module (see registry).
"""

from .errors import ImportFailure
from .registry import CONTRACT_TYPES, ImportContext, PageImporter, get_importers, register

__all__ = ["CONTRACT_TYPES", "ImportContext", "ImportFailure", "PageImporter", "get_importers", "register"]
