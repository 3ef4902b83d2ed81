"""Subscribing (double opt-in), confirming and unsubscribing, and the confirmation e-mail."""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from knowledge.models.subscriptions import Subscriber, normalise_email
from portal.core import mail, ratelimit
from portal.core.urls import absolute_url, page_path, route_url

from .tokens import make_confirm_token, make_unsubscribe_token

logger = logging.getLogger(__name__)


def unsubscribe_url(index_page, subscriber_key):
    return route_url(index_page, "unsubscribe", make_unsubscribe_token(subscriber_key))


def request_subscription(index_page, email, consent_text, request=None):
    """Record a subscription request in the index page's language and send (or re-send) the confirmation.

    Says nothing to the caller about the address's state: the visitor always sees the same page.
    """
    address = normalise_email(email)
    language = index_page.locale.language_code
    now = timezone.now()
    limit, window = getattr(settings, "NEWSLETTER_CONFIRMATION_EMAIL_LIMIT", (3, 86400))
    may_send = ratelimit.hit(request, "newsletter-confirmation-email", limit, window, key=address)
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=address).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=address, language=language, consent_text=str(consent_text), requested_at=now
                    )
            except IntegrityError:  # the same address, submitted twice at the same moment
                subscriber = Subscriber.objects.select_for_update().get(email=address)
        elif subscriber.status == Subscriber.Status.CONFIRMED:
            return subscriber  # already subscribed: nothing to do, nothing to reveal
        elif may_send:
            # Pending (a second request) or unsubscribed (coming back): a fresh request, a fresh consent.
            subscriber.status = Subscriber.Status.PENDING
            subscriber.language = language
            subscriber.consent_text = str(consent_text)
            subscriber.requested_at = now
            subscriber.confirmed_at = None
            subscriber.unsubscribed_at = None
            subscriber.save()
    if not may_send:
        # Over the per-address limit no e-mail goes, so the request stays as it was: the link last sent (bound to
        # that request) keeps working.
        logger.info("Newsletter: confirmation e-mail not re-sent (per-address limit reached)")
        return subscriber
    # The visitor sees the same page whether it went or not (no enumeration); the operator sees the log.
    send_confirmation_email(subscriber, index_page)
    return subscriber


def send_confirmation_email(subscriber, index_page):
    """The confirmation e-mail, in the subscriber's language, with its signed, expiring link. Returns whether it
    went (None: it waits for the transaction to commit); failures are logged."""
    localized = (
        index_page.get_translations(inclusive=True)
        .filter(locale__language_code=subscriber.language, live=True, alias_of__isnull=True)
        .specific()
        .first()
    ) or index_page
    context = {
        "confirm_url": route_url(localized, "confirm", make_confirm_token(subscriber)),
        "newsletter_url": absolute_url(page_path(localized) or "/"),
        "max_age_days": getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7),
        "retention_days": getattr(settings, "NEWSLETTER_PENDING_RETENTION_DAYS", 30),
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", "Primacenters Portal"),
    }
    return mail.send_templated(
        "knowledge/emails/subscription_confirm",
        context,
        [subscriber.email],
        language=subscriber.language,
        html=True,
        from_email=newsletter_from_email(),
    )


def newsletter_from_email():
    return getattr(settings, "NEWSLETTER_FROM_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def confirm(subscriber):
    """Pending -> confirmed; the consent time is now. Returns False when the subscriber is not pending."""
    now = timezone.now()
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.Status.PENDING).update(
        status=Subscriber.Status.CONFIRMED, confirmed_at=now, unsubscribed_at=None
    )
    return bool(updated)


def unsubscribe(subscriber_key):
    """Unsubscribe whoever holds `subscriber_key` (idempotent; an unknown key is not an error)."""
    now = timezone.now()
    return (
        Subscriber.objects.filter(key=subscriber_key)
        .exclude(status=Subscriber.Status.UNSUBSCRIBED)
        .update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=now)
    )
