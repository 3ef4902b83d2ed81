"""What the events app adds to other apps' pages (portal.core.sections), registered in wagtail_hooks.py."""

from django.template.loader import render_to_string
from django.utils import timezone

from .models.event import ORGANISATION_ROLES, EventOrganisation, EventPage

ORGANISATION_EVENTS_LIMIT = 10


def organisation_events(page, request):
    """On a directory organisation's page: the live events in its language that it organises or partners (two
    queries)."""
    if page._meta.label != "network.OrganisationPage":
        return ""
    now = timezone.now()
    # Links may point at the organisation's page in any language: match on its translation key.
    links = EventOrganisation.objects.filter(organisation__translation_key=page.translation_key)
    keys = links.values("page__translation_key")
    events = EventPage.objects.for_listing().filter(locale_id=page.locale_id, translation_key__in=keys)
    roles = {}
    for key, role in links.values_list("page__translation_key", "role"):
        roles.setdefault(key, set()).add(role)
    upcoming = list(events.upcoming(now)[:ORGANISATION_EVENTS_LIMIT])
    past = list(events.past(now)[:ORGANISATION_EVENTS_LIMIT])
    names = dict(ORGANISATION_ROLES)
    for event in upcoming + past:
        event.role_labels = [
            str(names[role]) for role in ("organiser", "partner") if role in roles.get(event.translation_key, ())
        ]
    context = {"upcoming": upcoming, "past": past, "request": request, "organisation": page}
    return render_to_string("events/includes/organisation_events.html", context)
