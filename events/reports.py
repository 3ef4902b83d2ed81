"""Which event reports visitors see, in one place for the event page, event cards and the feeds.

Reports are read through the app registry: this module is imported by the event models and by the feeds, which the
models import in turn, so it imports neither.
"""

from django.apps import apps


def report_model():
    return apps.get_model("events", "EventReportPage")


def shown_reports():
    """The reports visitors see listed: live, public, not alias copies."""
    return report_model().objects.live().public().real()
