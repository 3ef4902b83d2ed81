"""What an application server does once the portal is loaded, before it answers requests."""

import gc

GC_YOUNG_THRESHOLD = 50_000


def freeze_startup_objects():
    """Load the URL configuration, then move every object that exists now (modules, models, settings, URL
    patterns: hundreds of thousands, never garbage) out of the garbage collector's reach with `gc.freeze()`.

    Python's full collections walk every tracked object; without this, a request that allocates many containers
    (a search grouping thousands of matching rows) pays for walking the whole loaded framework now and then, tens
    of milliseconds at random. Frozen objects are also never written to by the collector, so forked workers keep
    sharing their memory pages (the reason the Python documentation gives for gc.freeze).

    The youngest generation is also collected less often (every GC_YOUNG_THRESHOLD container allocations instead of
    Python's 700): a request that allocates tens of thousands of short-lived tuples (a search over thousands of
    matching rows) otherwise triggers dozens of young collections, which promote its temporary objects and lead to
    full collections of everything the process has cached since it started (word stems, parsed facets): pauses of
    50 to 100 ms in one search of twenty."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every app's URLs and views now, not on the first request
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
