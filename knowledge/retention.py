"""Personal data kept by `knowledge`, and for how long. Called by `purge_personal_data` (portal.core).

- Subscription requests never confirmed: deleted NEWSLETTER_PENDING_RETENTION_DAYS after the request.
- Unsubscribed addresses: deleted NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS after unsubscribing. Their delivery
  records stay, without the subscriber (issue, language, status, dates: no personal data), so that the counts
  of every send remain true.
"""

from datetime import timedelta

from django.conf import settings

from knowledge.models.subscriptions import Subscriber


def purge(now, stdout):
    pending_days = getattr(settings, "NEWSLETTER_PENDING_RETENTION_DAYS", 30)
    unsubscribed_days = getattr(settings, "NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS", 30)
    pending = _delete(
        Subscriber.objects.filter(status=Subscriber.Status.PENDING, requested_at__lt=now - timedelta(days=pending_days))
    )
    unsubscribed = _delete(
        Subscriber.objects.filter(
            status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=now - timedelta(days=unsubscribed_days)
        )
    )
    stdout.write(
        f"knowledge: {pending} unconfirmed newsletter subscription request(s) older than {pending_days} days deleted"
    )
    stdout.write(
        f"knowledge: {unsubscribed} unsubscribed newsletter address(es) older than "
        f"{unsubscribed_days} days deleted (delivery records kept without them)"
    )
    return {"newsletter_pending": pending, "newsletter_unsubscribed": unsubscribed}


def _delete(queryset):
    """Delete and count the subscribers only (their delivery rows are kept, set to no subscriber)."""
    _total, per_model = queryset.delete()
    return per_model.get(Subscriber._meta.label, 0)
