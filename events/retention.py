"""Personal data kept by `events`, and for how long. Called by `purge_personal_data` (portal.core).

- Registrations (name, e-mail address, organisation): anonymised EVENT_REGISTRATION_RETENTION_DAYS after the event
  ends (its latest end across its language versions). What stays has no personal data (status, language, dates),
  so that the counts of the event remain true. Registrations of an event that no longer exists are anonymised the
  same number of days after they were made.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import Max

from events.models import EventPage, Registration


def purge(now, stdout):
    days = getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30)
    cutoff = now - timedelta(days=days)
    ends = dict(EventPage.objects.values_list("translation_key").annotate(last_end=Max("end")))
    over = [key for key, end in ends.items() if end is not None and end < cutoff]
    personal = Registration.objects.filter(anonymised_at__isnull=True)
    count = personal.filter(event_key__in=over).update(name="", email="", organisation="", anonymised_at=now)
    orphans = (
        personal.exclude(event_key__in=list(ends))
        .filter(created_at__lt=cutoff)
        .update(
            name="",
            email="",
            organisation="",
            anonymised_at=now,
        )
    )
    stdout.write(
        f"events: personal data of {count + orphans} event registration(s) deleted ({days} days after the event)"
    )
    return {"event_registrations": count + orphans}
