from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Admin hooks of the person erasure, kept apart from wagtail_hooks.py (the join applications).
        from . import person_hooks  # noqa: F401
