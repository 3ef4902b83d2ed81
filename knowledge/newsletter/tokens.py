"""The newsletter's signed links (see portal.core.tokens). A token signs the subscriber's random key, never the
address.

- confirmation: expires after NEWSLETTER_CONFIRM_MAX_AGE_DAYS days;
- unsubscribe: never expires (old issues in a mailbox keep working).
"""

from datetime import timedelta

from django.conf import settings

from portal.core.tokens import ExpiredToken, InvalidToken, make_token, read_token

__all__ = [
    "ExpiredToken",
    "InvalidToken",
    "make_confirm_token",
    "make_unsubscribe_token",
    "read_confirm_token",
    "read_unsubscribe_token",
]

CONFIRM_SALT = "knowledge.newsletter.confirm"
UNSUBSCRIBE_SALT = "knowledge.newsletter.unsubscribe"


def confirm_max_age():
    return timedelta(days=getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7))


def make_confirm_token(subscriber):
    return make_token(subscriber.key, CONFIRM_SALT, expires=True)


def read_confirm_token(token):
    """The subscriber key in a confirmation token; ExpiredToken or InvalidToken otherwise."""
    return read_token(token, CONFIRM_SALT, max_age=confirm_max_age())


def make_unsubscribe_token(subscriber_key):
    return make_token(subscriber_key, UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    return read_token(token, UNSUBSCRIBE_SALT)
