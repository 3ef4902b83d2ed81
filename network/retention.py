"""Personal data kept by `network`, and for how long. Called by `purge_personal_data` (portal.core).

- Contact form log (organisation, time, a keyed hash of the client, whether a copy was sent; never the message,
  name or e-mail address): deleted CONTACT_LOG_RETENTION_DAYS after the message was sent.
- Applications to join (contact person's name and e-mail, description): while waiting, kept. Approved: the
  contact person's name and the description are dropped at once (the page holds the organisation's details, the
  contact address becomes its private e-mail); the application keeps the organisation's name, type, place and
  website and a link to the page. Rejected: deleted JOIN_REJECTED_RETENTION_DAYS after the decision.

Each kind of data has its own `purge_*(now, stdout)` function returning its counts; `purge` calls them all.
"""

from datetime import timedelta

from django.conf import settings

from network.models import ContactLog, JoinApplication


def purge(now, stdout):
    counts = {}
    counts.update(purge_contact_logs(now, stdout))
    counts.update(purge_join_applications(now, stdout))
    return counts


def purge_contact_logs(now, stdout):
    days = settings.CONTACT_LOG_RETENTION_DAYS
    deleted, _per_model = ContactLog.objects.filter(sent_at__lt=now - timedelta(days=days)).delete()
    stdout.write(f"network: {deleted} contact log record(s) older than {days} days deleted")
    return {"contact_logs": deleted}


def purge_join_applications(now, stdout):
    days = settings.JOIN_REJECTED_RETENTION_DAYS
    deleted, _per_model = JoinApplication.objects.filter(
        status=JoinApplication.Status.REJECTED, reviewed_at__lt=now - timedelta(days=days)
    ).delete()
    stdout.write(f"network: {deleted} rejected application(s) to join older than {days} days deleted")
    return {"join_applications": deleted}
