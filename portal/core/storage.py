"""Where uploads are kept: images (and their renditions) in MEDIA_ROOT, public under /media/; documents in the
"documents" storage (DOCUMENTS_ROOT), which no web server serves.

A document in a private collection (password or login) must reach visitors only through Wagtail's serve view,
which checks the collection's restriction; a copy under /media/ would bypass it. Wagtail's own Document model
stores its file with the default storage under the name `documents/...`, so the default storage sends every name
under `documents/` to the "documents" storage (see docs/decisions.md for why not a custom document model). The
names in the database stay as they were: `documents/report.pdf` is DOCUMENTS_ROOT/documents/report.pdf.
"""

import filecmp
import posixpath
import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property

DOCUMENTS_PREFIX = "documents/"


def is_document_name(name):
    """True for a name Wagtail's Document.file gives (upload_to="documents"), however it is spelt."""
    normalised = posixpath.normpath(str(name).replace("\\", "/")).lstrip("/")
    return normalised == DOCUMENTS_PREFIX.rstrip("/") or normalised.startswith(DOCUMENTS_PREFIX)


class PrivateFileSystemStorage(FileSystemStorage):
    """A file storage without URLs at DOCUMENTS_ROOT (unless given a location): its files go out only through a
    view that checks who asks.

    `url()` raises NotImplementedError (FileSystemStorage falls back to MEDIA_URL when base_url is None), which
    Wagtail's document serve view reads as "no direct URL: stream the file itself"."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.DOCUMENTS_ROOT)

    def url(self, name):
        raise NotImplementedError("Files in this storage have no public URL; a view serves them.")


class MediaStorage(FileSystemStorage):
    """The default storage: MEDIA_ROOT for everything but documents, which go to the "documents" storage."""

    @staticmethod
    def _documents():
        return storages["documents"]

    def path(self, name):
        if is_document_name(name):
            return self._documents().path(name)
        return super().path(name)

    def _save(self, name, content):
        if is_document_name(name):
            return self._documents()._save(name, content)
        return super()._save(name, content)

    def url(self, name):
        if is_document_name(name):
            return self._documents().url(name)
        return super().url(name)


def move_documents_out_of_media():
    """Move files left in MEDIA_ROOT/documents (uploaded before documents had their own storage) to the documents
    storage under the same names. A name already taken there keeps its file: the media copy is removed when it is
    the same file, else left where it is for an operator to look at. Returns how many files moved. Run by a data
    migration, so an upgraded site keeps serving its documents."""
    source = Path(settings.MEDIA_ROOT) / DOCUMENTS_PREFIX.rstrip("/")
    target_root = Path(storages["documents"].location)
    if not source.is_dir() or source.resolve() == (target_root / DOCUMENTS_PREFIX.rstrip("/")).resolve():
        return 0
    moved = 0
    for path in sorted(source.rglob("*")):
        if not path.is_file():
            continue
        target = target_root / path.relative_to(settings.MEDIA_ROOT)
        if target.exists():
            if filecmp.cmp(path, target, shallow=False):
                path.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
        moved += 1
    for directory in sorted((p for p in source.rglob("*") if p.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    if not any(source.iterdir()):
        source.rmdir()
    return moved
