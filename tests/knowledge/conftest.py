"""The import tests' fixtures, shared by the files that import documents (test_import_content defines them)."""

from tests.knowledge.test_import_content import admin, indexes  # noqa: F401
