"""Template tags of the events: times in the event's zone."""

from django import template

from ..feeds import when_text

register = template.Library()


@register.simple_tag
def event_when(event):
    """'14 May 2025, 09:30–13:00 (Central European Summer Time)': in the event's own zone, the zone named."""
    return when_text(event)


@register.simple_tag(takes_context=True)
def speaker_line(context, value):
    """A programme item's speakers line, with the names of people without consent read once per page (the event
    page's `withheld_speaker_names`) when the context has them."""
    return value.speaker_line(context.get("withheld_speaker_names"))
