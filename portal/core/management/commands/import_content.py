"""import_content PATH... --type TYPE --locale LANG [--parent URL_PATH | --translation-of URL] [--title TITLE]
[--date YYYY-MM-DD] [--publish] [--again]: see docs/contracts.md.

Prints one line per file, `PATH -> URL (draft|live)` or `PATH: error: REASON`; exits 0 when every file was
imported, 1 when any failed (each file has its own transaction: the others are imported, a failed one leaves
nothing), 2 on a usage error.
"""

import datetime
import re
import sys
import traceback

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.models import Locale

from portal.importing import CONTRACT_TYPES, ImportFailure, get_importers
from portal.importing.errors import AlreadyImported
from portal.importing.pages import ImportOptions, first_superuser, import_path
from portal.importing.tree import resolve_page, resolve_parent, url_path_of

PROGRESS_MIN_FILES = 4  # a progress bar from this many files on, when stderr is a terminal


def usage_error(message):
    return CommandError(message, returncode=2)


class Progress:
    """A one-line progress bar on a terminal's stderr, cleared before each result line on stdout."""

    WIDTH = 30

    def __init__(self, stream, total, enabled):
        self.stream, self.total, self.enabled = stream, total, enabled

    def show(self, done, name=""):
        if not self.enabled:
            return
        filled = int(self.WIDTH * done / self.total)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        label = name if len(name) <= 40 else "…" + name[-39:]
        self.stream.write(f"\r\033[K[{bar}] {done}/{self.total} {label}", style_func=str, ending="")
        self.stream.flush()

    def clear(self):
        if self.enabled:
            self.stream.write("\r\033[K", style_func=str, ending="")
            self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import Markdown, text, Word (.docx) or PDF files as pages: a draft each, or live with --publish. "
        "One line per file: 'PATH -> URL (draft|live)' or 'PATH: error: REASON'."
    )

    def add_arguments(self, parser):
        types = ", ".join(get_importers())
        languages = ", ".join(self.languages())
        parser.add_argument("paths", nargs="*", metavar="PATH", help="Files to import: .md, .txt, .docx, .pdf.")
        parser.add_argument("--type", dest="type", metavar="TYPE", help=f"Content type: {types}.")
        parser.add_argument("--locale", metavar="LANG", help=f"Language of the pages: {languages}.")
        parser.add_argument(
            "--parent",
            metavar="URL_PATH",
            help="Public URL path of the parent page (default: the type's index page in LANG).",
        )
        parser.add_argument(
            "--translation-of",
            metavar="URL",
            help="URL or path of a page on this site that the file translates: the page is made as its translation "
            "in LANG, under the translation of its parent.",
        )
        parser.add_argument(
            "--title",
            help="Title of the page, for a single file (default: the file's first heading, else its first short line).",
        )
        parser.add_argument(
            "--date",
            metavar="YYYY-MM-DD",
            help="Publication date of every page (default: the first date in the text, else today).",
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish at once, as the first administrator (default: drafts)."
        )
        parser.add_argument("--again", action="store_true", help="Import files whose content was imported before.")

    @staticmethod
    def languages():
        return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

    # Arguments ---------------------------------------------------------------------------------------------
    def check_arguments(self, options):
        importers = get_importers()
        available = ", ".join(importers)
        if not options["paths"]:
            raise usage_error("give at least one file to import (PATH...)")
        type_name = options["type"]
        if not type_name:
            raise usage_error(f"--type is required (available: {available})")
        if type_name not in importers:
            if type_name in CONTRACT_TYPES:
                raise usage_error(f"type '{type_name}' is not available in this installation (available: {available})")
            raise usage_error(f"unknown type '{type_name}' (available: {available})")
        importer = importers[type_name]
        language = options["locale"]
        if not language:
            raise usage_error(f"--locale is required (one of: {', '.join(self.languages())})")
        if language not in self.languages():
            raise usage_error(f"unknown locale '{language}' (one of: {', '.join(self.languages())})")
        date = None
        if options["date"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", options["date"]):
                raise usage_error(f"--date must be YYYY-MM-DD (got '{options['date']}')")
            try:
                date = datetime.date.fromisoformat(options["date"])
            except ValueError as error:
                raise usage_error(f"--date is not a valid date (got '{options['date']}')") from error
        title = options["title"]
        if title is not None and not title.strip():
            raise usage_error("--title must not be empty")
        if title is not None and len(options["paths"]) > 1:
            raise usage_error(
                "--title names one page: give a single PATH with it (without --title, each file's title is taken "
                "from its text)"
            )
        if options["translation_of"] is not None:
            if options["parent"] is not None:
                raise usage_error(
                    "--parent and --translation-of cannot go together (a translation goes under the "
                    "translation of its source's parent)"
                )
            if url_path_of(options["translation_of"]) is None:
                raise usage_error(
                    f"--translation-of must be a URL or a path such as /en/... (got '{options['translation_of']}')"
                )
        if options["parent"] is not None and url_path_of(options["parent"]) is None:
            raise usage_error(f"--parent must be a URL path such as /{language}/... (got '{options['parent']}')")
        if importer.parent_required and options["parent"] is None:
            raise usage_error(
                f"--parent is required for {type_name} (the URL path of a {importer.parent_description()})"
            )
        return type_name, importer, language, date, (title or "").strip()

    def prepare(self, options):
        type_name, importer, language, date, title = self.check_arguments(options)
        locale = Locale.objects.filter(language_code=language).first()
        prepared = ImportOptions(
            type_name=type_name,
            importer=importer,
            locale=locale,
            title=title,
            date=date,
            publish=options["publish"],
            again=options["again"],
            user=first_superuser(),
        )
        try:
            if locale is None:
                raise ImportFailure(f"no locale {language} in the database (run migrations and seed_demo)")
            if options["publish"] and prepared.user is None:
                raise ImportFailure("--publish needs an administrator to publish as (create a superuser first)")
            if options["translation_of"] is not None:
                prepared.translation_of = resolve_page(options["translation_of"])
            elif options["parent"] is not None:
                prepared.parent = resolve_parent(options["parent"], locale, importer)
            else:
                prepared.parent = importer.default_parent(locale)
        except ImportFailure as failure:
            prepared.parent, prepared.parent_error = None, failure.reason
            prepared.translation_of = None
        return prepared

    # Running -----------------------------------------------------------------------------------------------
    def handle(self, *args, **options):
        with translation.override("en"):  # the command's lines are the contract's English, whatever the locale
            return self.run(options)

    def run(self, options):
        prepared = self.prepare(options)
        paths = options["paths"]
        progress = Progress(self.stderr, len(paths), enabled=len(paths) >= PROGRESS_MIN_FILES and self.stderr.isatty())
        failed = 0
        for done, path in enumerate(paths):
            progress.show(done, path)
            try:
                result = import_path(path, prepared)
                line = f"{path} -> {result.url} ({result.status})"
            except AlreadyImported as failure:
                failed += 1
                line = f"{path}: error: {failure.reason} (use --again)"
            except ImportFailure as failure:
                failed += 1
                line = f"{path}: error: {failure.reason}"
            except Exception as error:  # a bug or the database: name it, keep going with the other files
                failed += 1
                line = f"{path}: error: unexpected {type(error).__name__}: {error}"
                if options["verbosity"] > 1:
                    progress.clear()
                    self.stderr.write(traceback.format_exc())
            progress.clear()
            self.stdout.write(line)
        progress.show(len(paths))
        progress.clear()
        if failed:
            self.stdout.flush()
            sys.exit(1)
