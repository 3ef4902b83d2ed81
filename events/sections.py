"""What the events app adds to other apps' pages (portal.core.sections), registered in wagtail_hooks.py."""

from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone

from .models.event import ORGANISATION_ROLES, EventOrganisation, EventPage

ORGANISATION_EVENTS_LIMIT = 10


def organisation_events(page, request):
    """On a directory organisation's page: the live events in its language that it organises or partners, with
    its roles in each (two queries)."""
    if page._meta.label != "network.OrganisationPage":
        return ""
    now = timezone.now()
    # Links may point at the organisation's page in any language: match on its translation key.
    links = EventOrganisation.objects.filter(organisation__translation_key=page.translation_key)
    keys = links.values("page__translation_key")
    events = EventPage.objects.for_listing().filter(locale_id=page.locale_id, translation_key__in=keys)
    # Each event's roles come with it: whether the organisation is among its organisers, among its partners.
    events = events.annotate(
        **{
            f"is_{role}": Exists(links.filter(page__translation_key=OuterRef("translation_key"), role=role))
            for role, _label in ORGANISATION_ROLES
        }
    )
    upcoming = list(events.upcoming(now)[:ORGANISATION_EVENTS_LIMIT])
    past = list(events.past(now)[:ORGANISATION_EVENTS_LIMIT])
    for event in upcoming + past:
        event.role_labels = [str(label) for role, label in ORGANISATION_ROLES if getattr(event, f"is_{role}")]
    context = {"upcoming": upcoming, "past": past, "request": request, "organisation": page}
    return render_to_string("events/includes/organisation_events.html", context)
