"""Signed links. A token signs the subscriber's random key, never the address.

- confirmation: TimestampSigner with its own salt, valid NEWSLETTER_CONFIRM_MAX_AGE_DAYS days;
- unsubscribe: Signer with another salt, never expires (old issues in a mailbox keep working).

The signed string ("key:timestamp:signature") is base64url-encoded into one path segment, because Wagtail's
page URLs accept only letters, digits, "-" and "_" in a segment.
"""

import base64
import binascii
from datetime import timedelta

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "knowledge.newsletter.confirm"
UNSUBSCRIBE_SALT = "knowledge.newsletter.unsubscribe"


class InvalidToken(Exception):
    """The token was altered, made with another key or salt, or is not a token at all."""


class ExpiredToken(InvalidToken):
    """A genuine confirmation token, but older than NEWSLETTER_CONFIRM_MAX_AGE_DAYS."""


def confirm_max_age():
    return timedelta(days=getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7))


def _encode(signed):
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def _decode(token):
    try:
        return base64.urlsafe_b64decode((token + "=" * (-len(token) % 4)).encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidToken("not a token") from exc


def make_confirm_token(subscriber):
    return _encode(signing.TimestampSigner(salt=CONFIRM_SALT).sign(subscriber.key))


def read_confirm_token(token):
    """The subscriber key in a confirmation token; ExpiredToken or InvalidToken otherwise."""
    signed = _decode(token)
    try:
        return signing.TimestampSigner(salt=CONFIRM_SALT).unsign(signed, max_age=confirm_max_age())
    except signing.SignatureExpired as exc:
        raise ExpiredToken(str(exc)) from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc


def make_unsubscribe_token(subscriber_key):
    return _encode(signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscriber_key))


def read_unsubscribe_token(token):
    signed = _decode(token)
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(signed)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc
