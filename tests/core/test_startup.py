"""What an application server does before its first request (portal/wsgi.py)."""

import gc

from portal.core.startup import GC_YOUNG_THRESHOLD, freeze_startup_objects


def test_startup_freezes_the_loaded_objects_and_collects_the_young_generation_less_often():
    before = gc.get_threshold()
    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() > 100_000  # the loaded framework, out of the collector's walks
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *before[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
