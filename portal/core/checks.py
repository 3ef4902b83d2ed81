"""System checks for settings that would make a private file public."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security)
def documents_outside_media(app_configs, **kwargs):
    """Documents reach visitors only through Wagtail's serve view, which checks a collection's password or login.
    A DOCUMENTS_ROOT at or inside MEDIA_ROOT puts their files under the web server's /media/, past that check."""
    documents = Path(settings.DOCUMENTS_ROOT).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if documents == media or media in documents.parents:
        return [
            Error(
                f"DOCUMENTS_ROOT ({documents}) is inside MEDIA_ROOT ({media}).",
                hint="Give documents a folder of their own, outside MEDIA_ROOT, that the web server does not serve.",
                id="portal.E001",
            )
        ]
    return []
