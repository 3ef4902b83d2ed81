"""Signed tokens for links in e-mails (cancel a registration, confirm or end a subscription).

A token signs a random key kept on the record, never an address, with one salt per purpose, so a token made for
one purpose is refused by every other. The signed string ("value:signature", or "value:timestamp:signature" when
it expires) is base64url-encoded without padding into one path segment, because Wagtail's page routes accept
only letters, digits, "-" and "_" in a segment. This is the format of the links already sent: keep it.

    token = make_token(subscriber.key, "knowledge.newsletter.confirm", expires=True)
    key = read_token(token, "knowledge.newsletter.confirm", max_age=timedelta(days=7))  # ExpiredToken, InvalidToken
"""

import base64
import binascii

from django.core import signing


class InvalidToken(Exception):
    """The token was altered, made with another key or purpose, or is not a token at all."""


class ExpiredToken(InvalidToken):
    """A genuine token, but older than the max age it was read with."""


def _signer(salt, expires):
    return signing.TimestampSigner(salt=salt) if expires else signing.Signer(salt=salt)


def make_token(value, salt, *, expires=False):
    """A token for `value`; with `expires`, it carries its time and must be read with a `max_age`."""
    signed = _signer(salt, expires).sign(value)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def read_token(token, salt, *, max_age=None):
    """The value signed in `token` for `salt`. With `max_age` (seconds or timedelta) the token must be one made
    with `expires` and younger than that: ExpiredToken otherwise. InvalidToken for anything else."""
    try:
        signed = base64.urlsafe_b64decode((token + "=" * (-len(token) % 4)).encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError, TypeError, AttributeError) as exc:
        raise InvalidToken("not a token") from exc
    try:
        if max_age is None:
            return _signer(salt, False).unsign(signed)
        return _signer(salt, True).unsign(signed, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredToken(str(exc)) from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc
