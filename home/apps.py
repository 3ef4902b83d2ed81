from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and standard pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core import pagecache

        from .latest import LISTED_MODELS

        pagecache.show_on_every_home(*LISTED_MODELS)
