"""Template tags of the events: times in the event's zone, and the events of a directory organisation."""

from django import template
from django.template.loader import select_template
from django.utils import timezone

from ..feeds import when_text

register = template.Library()

ORGANISATION_EVENTS_LIMIT = 10


@register.simple_tag
def event_when(event):
    """'14 May 2025, 09:30–13:00 (CEST, Europe/Brussels)': in the event's own zone, the zone named."""
    return when_text(event)


@register.simple_tag
def template_exists(name):
    try:
        select_template([name])
    except template.TemplateDoesNotExist:
        return False
    return True


@register.inclusion_tag("events/includes/organisation_events.html", takes_context=True)
def organisation_events(context, organisation):
    """The live events in the organisation's language that it organises or partners (two queries)."""
    from ..models.event import ORGANISATION_ROLES, EventOrganisation, EventPage

    request = context.get("request")
    now = timezone.now()
    # Links may point at the organisation's page in any language: match on its translation key.
    links = EventOrganisation.objects.filter(organisation__translation_key=organisation.translation_key)
    keys = links.values("page__translation_key")
    events = EventPage.objects.for_listing().filter(locale_id=organisation.locale_id, translation_key__in=keys)
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
    return {"upcoming": upcoming, "past": past, "request": request, "organisation": organisation}
