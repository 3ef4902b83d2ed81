"""Importing partners' documents as pages (the `import_content` command).

The generic parts (readers, Markdown, dates, registry, the page-making in `pages`) know no page model, so other
apps register their own types in an `importers` module (see registry); `builders` holds the knowledge types.
"""

from .errors import ImportFailure
from .registry import CONTRACT_TYPES, ImportContext, PageImporter, get_importers

__all__ = ["CONTRACT_TYPES", "ImportContext", "ImportFailure", "PageImporter", "get_importers"]
