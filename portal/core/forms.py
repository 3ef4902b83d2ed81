"""Upload validation for documents (size limit and an extension allow-list checked on the content too) and for
images (the whole picture must decode)."""

import struct

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# First bytes of the formats we accept, so that a renamed executable is refused.
_SIGNATURES = {
    "pdf": [b"%PDF-"],
    "docx": [b"PK\x03\x04"],
    "xlsx": [b"PK\x03\x04"],
    "pptx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "ods": [b"PK\x03\x04"],
    "odp": [b"PK\x03\x04"],
    "zip": [b"PK\x03\x04"],
    "doc": [b"\xd0\xcf\x11\xe0"],
}


def validate_upload(uploaded, limit=None, extensions=None):
    """An uploaded file's checks, for every upload form: at most `limit` bytes (default
    PORTAL_DOCUMENT_MAX_UPLOAD_SIZE), an extension among `extensions` when given, and content that starts as its
    extension's format does (a renamed executable is refused). Raises ValidationError."""
    limit = settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE if limit is None else limit
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is too large (%(size)s MB). The limit is %(limit)s MB."),
            params={"size": round(uploaded.size / 1048576, 1), "limit": f"{round(limit / 1048576, 1):g}"},
        )
    extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
    if extensions is not None and extension not in extensions:
        raise ValidationError(
            _("Files of this type cannot be used here. Allowed: %(extensions)s."),
            params={"extensions": ", ".join(f".{name}" for name in extensions)},
        )
    signatures = _SIGNATURES.get(extension)
    if signatures:
        head = uploaded.read(8)
        uploaded.seek(0)
        if not any(head.startswith(sig) for sig in signatures):
            raise ValidationError(
                _("The content of this file does not match its .%(extension)s extension."),
                params={"extension": extension},
            )
    return uploaded


class ValidatedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "size"):
            return uploaded
        return validate_upload(uploaded)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, with a file that cannot be decoded reported as a form error.

    Wagtail reads an upload's header (format, size in pixels) through Willow, which decodes the first frame with
    Pillow: a file cut short or damaged raised OSError there, a 500 instead of a message. Any later frame of an
    animated image is decoded here too, so that thumbnails and renditions never meet a broken one."""

    def to_python(self, data):
        try:
            uploaded = super().to_python(data)
            if uploaded is not None:
                uploaded.seek(0)
                with PILImage.open(uploaded) as picture:
                    for frame in range(getattr(picture, "n_frames", 1)):
                        picture.seek(frame)
                        picture.load()
                uploaded.seek(0)
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error) as error:
            raise ValidationError(
                _("This image is damaged or incomplete and cannot be read. Please upload it again."),
                code="invalid_image",
            ) from error
        return uploaded


class ValidatedImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: every image form of the admin (single and multiple upload, edit)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail builds this field itself (its formfield callback cannot be replaced); the subclass only
            # adds to to_python, and self.fields holds this form's own copy.
            field.__class__ = ReadableImageField
