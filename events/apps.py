from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import registration_admin  # noqa: F401  (admin hooks: registrations and their CSV export)
        from .signals import connect as connect_search_dependents

        connect_search_dependents()
