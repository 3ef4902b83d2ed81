"""Signal receivers of the events app, connected in EventsConfig.ready()."""

from django.apps import apps
from django.db.models.functions import Length, Substr
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page

from portal.core import pagecache
from portal.search.documents import search_dependents

from .models import EventPage, EventReportPage, Registration


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


def places_changed(sender, instance, raw=False, **kwargs):
    """A registration taken, moved or cancelled changes the places left that the event's versions show, with the
    listings, sections and homes that list them (the homes of every language: a home may show an event from another
    language's tree), after commit."""
    if raw or not pagecache.enabled():
        return
    versions = list(Page.objects.filter(translation_key=instance.event_key).only("path", "depth", "content_type"))
    if not versions:
        return
    step = Page.steplen
    ancestors = {version.path[: depth * step] for version in versions for depth in range(2, version.depth)}
    ids = {version.pk for version in versions} | pagecache.language_homes(versions[0])
    ids |= set(Page.objects.filter(path__in=ancestors).values_list("pk", flat=True))  # listings and sections
    pagecache.invalidate({f"page:{pk}" for pk in ids}, ids)


def connect():
    """The organisation model is looked up by name: the directory app is not imported by this one."""
    organisation = apps.get_model("network", "OrganisationPage")
    search_dependents.connect(reports_of_organised_events, sender=organisation, dispatch_uid="events_report_organisers")
    post_save.connect(places_changed, sender=Registration, dispatch_uid="events_places_saved")
    post_delete.connect(places_changed, sender=Registration, dispatch_uid="events_places_deleted")
