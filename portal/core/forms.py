"""Upload validation for documents (size limit and an extension allow-list checked on the content too) and for
images (the whole picture must decode)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
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


class ValidatedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "size"):
            return uploaded
        limit = settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE
        if uploaded.size > limit:
            raise ValidationError(
                _("This file is too large (%(size)s MB). The limit is %(limit)s MB."),
                params={"size": round(uploaded.size / 1048576, 1), "limit": limit // 1048576},
            )
        extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
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


class ValidatedImageForm(BaseImageForm):
    """Wagtail checks an upload's header (format, size in pixels); a file cut short or damaged after it passed,
    then failed when the admin drew its thumbnail: a 500 instead of a message. Every frame is decoded here, so the
    editor is told at once."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded or not hasattr(uploaded, "image"):  # no new upload: the image already stored
            return uploaded
        try:
            uploaded.seek(0)
            with PILImage.open(uploaded) as picture:
                for frame in range(getattr(picture, "n_frames", 1)):
                    picture.seek(frame)
                    picture.load()
        except (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError) as error:
            raise ValidationError(
                _("This image is damaged or incomplete and cannot be read. Please upload it again."),
                code="invalid_image",
            ) from error
        finally:
            uploaded.seek(0)
        return uploaded
