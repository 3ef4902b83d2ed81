"""Delete personal data past its retention period, app by app.

Generic on purpose: portal knows no domain app. Every installed app may have a `retention` module with a
`purge(now, stdout)` function that deletes (or anonymises) what it keeps too long and prints its counts.
Each app's purge runs in its own transaction.
"""

import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone


def retention_modules():
    """(app label, module) for every installed app with a `retention` module, in INSTALLED_APPS order."""
    found = []
    for config in apps.get_app_configs():
        name = f"{config.name}.retention"
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "purge", None)):
            found.append((config.label, module))
    return found


class Command(BaseCommand):
    help = "Delete personal data kept longer than its retention period (each app's `retention.purge`)."

    def handle(self, *args, **options):
        now = timezone.now()
        modules = retention_modules()
        for _label, module in modules:
            with transaction.atomic():
                module.purge(now=now, stdout=self.stdout)
        labels = ", ".join(label for label, _module in modules) or "none"
        self.stdout.write(f"purge_personal_data: done at {now.isoformat()} (apps with a retention policy: {labels})")
