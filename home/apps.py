from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and standard pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core import pagecache

        from . import latest

        pagecache.show_on_every_home(*latest.LISTED_MODELS)
        latest.connect_signals()
