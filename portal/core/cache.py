"""The database cache that every worker shares when there is no Redis (settings SHARED_DATABASE_CACHES).

Django's DatabaseCache counts with a read and a later write (`incr` = get + set): two workers counting the same
key at once both read n and both write n + 1, so a rate limit hit by concurrent requests lets more through than
its limit. Here `incr` reads and writes in one transaction that holds the entry: its row is locked (FOR UPDATE)
where the database can, and on SQLite the transaction holds the database's write lock from its start (IMMEDIATE
transactions, settings.base.sqlite_options).
"""

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
