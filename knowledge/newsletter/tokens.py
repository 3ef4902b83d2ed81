"""The newsletter's signed links (see portal.core.tokens). A token signs the subscriber's random key, never the
address.

- confirmation: expires after NEWSLETTER_CONFIRM_MAX_AGE_DAYS days, and confirms only the request it was sent for
  (it signs the request's time too): after a newer request, an older e-mail's link no longer subscribes anyone;
- unsubscribe: never expires (old issues in a mailbox keep working).
"""

from datetime import timedelta

from django.conf import settings

from portal.core.tokens import ExpiredToken, InvalidToken, make_token, read_token

__all__ = [
    "ExpiredToken",
    "InvalidToken",
    "make_confirm_token",
    "confirms_request",
    "make_unsubscribe_token",
    "read_confirm_token",
    "read_unsubscribe_token",
]

CONFIRM_SALT = "knowledge.newsletter.confirm"
UNSUBSCRIBE_SALT = "knowledge.newsletter.unsubscribe"


def confirm_max_age():
    return timedelta(days=getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7))


def request_stamp(subscriber):
    """The subscriber's latest request, to the microsecond: what a confirmation link is bound to."""
    moment = subscriber.requested_at
    return f"{int(moment.timestamp())}{moment.microsecond:06d}"


def make_confirm_token(subscriber):
    return make_token(f"{subscriber.key}.{request_stamp(subscriber)}", CONFIRM_SALT, expires=True)


def _read_confirm(token):
    """(subscriber key, request stamp) of a confirmation token; the stamp is "" in a token made without one."""
    key, _dot, stamp = read_token(token, CONFIRM_SALT, max_age=confirm_max_age()).partition(".")
    return key, stamp


def read_confirm_token(token):
    """The subscriber key in a confirmation token; ExpiredToken or InvalidToken otherwise."""
    return _read_confirm(token)[0]


def confirms_request(token, subscriber):
    """Whether `token` (already read) was sent for `subscriber`'s latest request, not an earlier one."""
    return _read_confirm(token)[1] == request_stamp(subscriber)


def make_unsubscribe_token(subscriber_key):
    return make_token(subscriber_key, UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    return read_token(token, UNSUBSCRIBE_SALT)
