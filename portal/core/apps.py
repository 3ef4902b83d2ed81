from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .roles import connect_signals

        connect_signals()  # new language versions of indexes and sections keep the roles' page permissions

        from django.db.models.signals import post_migrate

        from .sites import align_default_site

        post_migrate.connect(align_default_site, sender=self, dispatch_uid="core.align_default_site")
