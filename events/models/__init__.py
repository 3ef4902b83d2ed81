"""The events app's models, one module per page family; `from events.models import EventPage` reads them all."""

from .event import EventOrganisation, EventPage, EventPageTag, EventSpeaker
from .index import EventIndexPage, EventSectionPage
from .registration import Registration
from .report import EventPhoto, EventReportPage

__all__ = [
    "EventIndexPage",
    "EventOrganisation",
    "EventPage",
    "EventPageTag",
    "EventPhoto",
    "EventReportPage",
    "EventSectionPage",
    "EventSpeaker",
    "Registration",
]
