from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = _("Portal core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .roles import connect_signals

        connect_signals()  # new language versions of indexes and sections keep the roles' page permissions

        from . import pagecache

        pagecache.register()  # cached pages dropped when what they show changes
        post_migrate.connect(create_cache_table, sender=self)

        from . import translations

        translations.connect_signals()  # a new translation starts from the page as last published

        from . import shell

        shell.connect_signals()  # a change that shows in the header or footer replaces the cached shells

        from . import related

        related.connect_signals()  # a page published or withdrawn may change other pages' "Related" lists

        from . import listing

        listing.connect_signals()  # a page published or withdrawn changes the kept facts of the listings

        from .sites import align_default_site

        post_migrate.connect(align_default_site, sender=self, dispatch_uid="core.align_default_site")


def create_cache_table(using, verbosity=0, **kwargs):
    """`migrate` also creates the database cache's table (settings SHARED_DATABASE_CACHES), on every run rather than
    in a migration: createcachetable skips a table that exists and does nothing when the cache is Redis or memory,
    so the table appears whenever the settings switch to the database cache, not only on the first migrate."""
    call_command("createcachetable", database=using, verbosity=verbosity)
