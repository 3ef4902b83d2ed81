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


GENERATIONS = []  # every Generation made, in the order their modules were imported


def replace_all():
    """A new token for every generation: what a write that sends no signals (a bulk copy, a restore) calls, and
    `clear_page_cache`."""
    for generation in GENERATIONS:
        generation.replace()


class Generation:
    """Entries kept in the shared cache under a random token stored at `key`, which their keys carry: replacing the
    token (`bump`, a signal receiver taking any arguments) orphans every entry at once, whichever process wrote
    them, and the orphans expire. Random rather than a counter: if the cache evicts the token, the next one is new,
    never a number an old entry was stored under.

    `bump` replaces the token at once and again when the writer's transaction commits: a request that read the
    token while the change was still uncommitted built its entry from the data before the change, under a token
    that the second replacement then orphans (the page cache does the same, portal.core.pagecache.invalidate)."""

    def __init__(self, key, timeout=24 * 60 * 60):
        self.key = key
        self.timeout = timeout  # seconds an entry lives at most
        GENERATIONS.append(self)

    def current(self, request=None):
        """The current token; read once per request when `request` is given (kept on it)."""
        from django.core.cache import cache

        memo = request.__dict__.setdefault("_portal_generations", {}) if request is not None else {}
        token = memo.get(self.key)
        if token is None:
            token = cache.get(self.key)
            if token is None:
                token = uuid.uuid4().hex
                if not cache.add(self.key, token, None):
                    token = cache.get(self.key) or token
            memo[self.key] = token
        return token

    def replace(self):
        """A new token now (what `bump` does twice)."""
        from django.core.cache import cache

        cache.set(self.key, uuid.uuid4().hex, None)

    def bump(self, *args, **kwargs):
        self.replace()
        transaction.on_commit(self.replace)

    def entry_key(self, token, name):
        """The cache key of the entry `name` kept under `token`."""
        return f"{self.key}:{token}:{name}"

    def fetch(self, name, build, request=None, expires=None):
        """The entry `name` of the current token, built by `build()` and kept when missing. `expires(value)`, when
        given, returns the moments its value stops being true (e.g. the end of the first event it lists): the entry
        lives until the first of them, and at most `timeout` seconds."""
        from django.core.cache import cache
        from django.utils import timezone

        key = self.entry_key(self.current(request), name)
        found = cache.get(key)
        if found is None:
            found = build()
            moments = list(expires(found)) if expires is not None else []
            timeout = self.timeout
            if moments:
                left = int((min(moments) - timezone.now()).total_seconds()) + 1
                timeout = max(1, min(timeout, left))
            cache.set(key, found, timeout)
        return found

    def fetch_many(self, builds, request=None):
        """{name: entry} for `builds` ({name: build}) of the current token, read from the cache in one round trip;
        the missing ones built by their `build()` and kept together."""
        from django.core.cache import cache

        token = self.current(request)
        keys = {self.entry_key(token, name): name for name in builds}
        found = {keys[key]: value for key, value in cache.get_many(list(keys)).items()}
        missing = {key: builds[name]() for key, name in keys.items() if name not in found}
        if missing:
            cache.set_many(missing, self.timeout)
            found.update((keys[key], value) for key, value in missing.items())
        return found


def on_page_changes(uid, page_changed, bump, restrictions=False):
    """Connect `page_changed` to pages published and unpublished, `bump` to pages moved and deleted and, with
    `restrictions`, to view restrictions saved or deleted (a page hidden from the public, or shown again)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(page_changed, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(bump, dispatch_uid=f"{uid}.moved")
    post_delete.connect(bump, sender=Page, dispatch_uid=f"{uid}.page_deleted")
    if restrictions:
        post_save.connect(bump, sender=PageViewRestriction, dispatch_uid=f"{uid}.restriction_saved")
        post_delete.connect(bump, sender=PageViewRestriction, dispatch_uid=f"{uid}.restriction_deleted")
