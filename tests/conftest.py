import freezegun
import pytest
from django.core.management import call_command

from tests.helpers import refresh_planner_statistics

# pytest times each test with the functions of _pytest.timing: left out of freezegun's patching, a frozen clock
# in a test does not distort the durations pytest reports (`--durations`).
freezegun.configure(extend_ignore_list=["_pytest.timing"])


DATABASE_FIXTURES = {"db", "transactional_db", "live_server"}


def _needs_database(item):
    return item.get_closest_marker("django_db") is not None or bool(DATABASE_FIXTURES & set(item.fixturenames))


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """The demo site, built once for the session through seed_demo (as `make run` does).

    pytest-django creates the test database only when a collected test asks for it; the browser tests, which serve
    a copy of it from another process, never do. Run alone, they get one made here."""
    from django.test.utils import setup_databases, teardown_databases

    own = None
    with django_db_blocker.unblock():
        if not any(_needs_database(item) for item in request.session.items):
            own = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        call_command("seed_demo", verbosity=0)
        refresh_planner_statistics()
    yield
    if own is not None:
        with django_db_blocker.unblock():
            teardown_databases(own, verbosity=0)


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("editor-admin", "editor-admin@example.org", "pw-123-long")


@pytest.fixture
def page_cache(settings):
    """The page cache on, with an empty default cache; the clock skew off, since a test's own changes happen just
    before its next request."""
    from django.core.cache import caches

    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_CLOCK_SKEW = 0
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A test-client request leaves its page's language active; every test starts (and ends) in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _fresh_home_blocks():
    """What the cache keeps under generation tokens (the page shell, listings' facts, the homes' latest items,
    related lists) outlives a test's rollback: each test starts with new generations, as after a publication."""
    from portal.core import cache

    cache.replace_all()


def pytest_collection_modifyitems(items):
    """A test that never opens the test database (no `django_db` mark, no database fixture) runs the same code
    whatever the engine: it is marked `no_database`, which CI runs once (.ci/run). The browser tests, which serve a
    copy of the test database, keep their own mark."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        uses_database = item.get_closest_marker("django_db") or fixtures & {"_django_db_helper", "django_db_setup"}
        if not uses_database and not item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.no_database)
