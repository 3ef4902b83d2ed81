"""The database cache that every worker shares when there is no Redis (settings SHARED_DATABASE_CACHES).

Django's DatabaseCache counts with a read and a later write (`incr` = get + set): two workers counting the same
key at once both read n and both write n + 1, so a rate limit hit by concurrent requests lets more through than
its limit. Here `incr` reads and writes in one transaction that holds the entry: its row is locked (FOR UPDATE)
where the database can, and on SQLite the transaction holds the database's write lock from its start (IMMEDIATE
transactions, settings.base.sqlite_options).
"""

import uuid

from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router, transaction


class DatabaseCache(DjangoDatabaseCache):
    def incr(self, key, delta=1, version=None):
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        with transaction.atomic(using=db):
            if connection.features.has_select_for_update:
                table = connection.ops.quote_name(self._table)
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT cache_key FROM {table} WHERE cache_key = %s FOR UPDATE",
                        [self.make_and_validate_key(key, version=version)],
                    )
            return super().incr(key, delta=delta, version=version)


class Generation:
    """A random token kept in the shared cache under `key`, which entries' keys carry: replacing it (`bump`, a
    signal receiver taking any arguments) orphans every entry at once, whichever process wrote them, and the orphans
    expire. Random rather than a counter: if the cache evicts the token, the next one is new, never a number an old
    entry was stored under (portal.core.shell explains the pattern)."""

    def __init__(self, key):
        self.key = key

    def current(self):
        from django.core.cache import cache

        token = cache.get(self.key)
        if token is None:
            token = uuid.uuid4().hex
            if not cache.add(self.key, token, None):
                token = cache.get(self.key) or token
        return token

    def bump(self, *args, **kwargs):
        from django.core.cache import cache

        cache.set(self.key, uuid.uuid4().hex, None)


def on_page_changes(uid, page_changed, bump):
    """Connect `page_changed` to pages published and unpublished, `bump` to pages moved and deleted."""
    from django.db.models.signals import post_delete
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(page_changed, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(bump, dispatch_uid=f"{uid}.moved")
    post_delete.connect(bump, sender=Page, dispatch_uid=f"{uid}.page_deleted")
