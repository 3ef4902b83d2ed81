"""A small fixed-window rate limiter on Django's cache, for public forms.

    from portal.core.ratelimit import hit
    if not hit(request, "newsletter-subscribe", limit=10, window=3600):
        ...answer 429...

`hit()` counts one request and tells whether it is still within the limit. The client is identified by
`request.META[RATELIMIT_CLIENT_IP_META]` (default `REMOTE_ADDR`; behind a trusted reverse proxy that sets a
single-address header such as X-Real-IP, set it to "HTTP_X_REAL_IP"). IPv6 clients are counted per /64, since
one host usually holds a whole /64. Pass `key=` to count something else (e.g. an e-mail address); it is hashed
with SECRET_KEY, so no personal data lands in the cache. `RATELIMIT_ENABLED = False` switches every limit off.
A cache outage never breaks the form: the limiter then lets the request through and logs a warning.

`reset()` clears one identity's counter (the login lockout, portal.core.lockout, clears an account's failures
after a successful login); `seconds_left()` says when the current window ends.
"""

import ipaddress
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)


def client_ip(request):
    """The client's address as the limiter counts it (an IPv6 address is reduced to its /64 network)."""
    return normalise_ip(request.META.get(getattr(settings, "RATELIMIT_CLIENT_IP_META", "REMOTE_ADDR")) or "")


def normalise_ip(raw):
    """An address as the limiter counts it (also for an address typed by an administrator)."""
    raw = raw.strip()
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw or "unknown"
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def hashed(scope, identity):
    """`identity` as it appears in cache keys: keyed with SECRET_KEY, since a plain hash of an IPv4 address (or of a
    known e-mail address) is reversed by trying them all."""
    return salted_hmac(f"portal.core.ratelimit.{scope}", str(identity)).hexdigest()[:32]


def _cache_key(scope, identity, window, now):
    return f"ratelimit:{scope}:{hashed(scope, identity)}:{int(now // window)}"


def limiter_cache():
    """The cache the counters live in: one shared by all workers in production (RATELIMIT_CACHE)."""
    return caches[getattr(settings, "RATELIMIT_CACHE", "default")]


def hit(request, scope, limit, window, key=None):
    """Count one request for `scope`; True while at most `limit` were counted in this `window` (seconds)."""
    if not getattr(settings, "RATELIMIT_ENABLED", True) or limit is None:
        return True
    identity = key if key is not None else client_ip(request)
    cache_key = _cache_key(scope, identity, window, time.time())
    cache = limiter_cache()
    try:
        if cache.add(cache_key, 1, timeout=window + 1):
            count = 1
        else:
            try:
                count = cache.incr(cache_key)
            except ValueError:  # expired between add() and incr()
                cache.add(cache_key, 1, timeout=window + 1)
                count = 1
    except Exception:  # a broken cache must not break the form
        logger.warning("Rate limit cache unavailable; letting the request through", exc_info=True)
        return True
    return count <= limit


def reset(scope, window, key):
    """Forget what was counted for `key` in the current window."""
    try:
        limiter_cache().delete(_cache_key(scope, key, window, time.time()))
    except Exception:
        logger.warning("Rate limit cache unavailable; nothing reset", exc_info=True)


def seconds_left(window):
    """Seconds until the current window ends (when a counter of this window starts again from zero)."""
    return int(window - time.time() % window) + 1
