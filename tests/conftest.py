import freezegun
import pytest
from django.core.management import call_command

# pytest times each test with the functions of _pytest.timing: left out of freezegun's patching, a frozen clock
# in a test does not distort the durations pytest reports (`--durations`).
freezegun.configure(extend_ignore_list=["_pytest.timing"])


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site, built once for the session through seed_demo (as `make run` does)."""
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0)


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("editor-admin", "editor-admin@example.org", "pw-123-long")


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A test-client request leaves its page's language active; every test starts (and ends) in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.activate("en")

