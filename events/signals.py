"""Signal receivers of the events app, connected in EventsConfig.ready()."""

from django.apps import apps
from django.db.models.functions import Length, Substr

from portal.search.documents import search_dependents

from .models import EventPage, EventReportPage


def reports_of_organised_events(sender, instance, **kwargs):
    """documents.search_dependents of an organisation: the reports of the events it organises copy its name (through
    their event, a level the outbox does not follow by itself). Events name it in any language version."""
    events = EventPage.objects.filter(
        event_organisations__organisation__translation_key=instance.translation_key,
        event_organisations__role="organiser",
    )
    parent_path = Substr("path", 1, Length("path") - EventReportPage.steplen)
    return (
        EventReportPage.objects.annotate(parent_path=parent_path)
        .filter(parent_path__in=events.values("path"))
        .values_list("pk", flat=True)
    )


def connect():
    """The organisation model is looked up by name: the directory app is not imported by this one."""
    organisation = apps.get_model("network", "OrganisationPage")
    search_dependents.connect(reports_of_organised_events, sender=organisation, dispatch_uid="events_report_organisers")
