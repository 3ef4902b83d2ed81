"""An approved organisation's slug: free under the directory, numbered the way Wagtail numbers copies."""

import pytest

from network.join import _free_slug

from . import factories

pytestmark = pytest.mark.django_db


def test_a_taken_slug_gets_a_number():
    directory = factories.directory()
    assert _free_slug(directory, "Agro Coop Ελλάς") == "agro-coop-ελλάς"
    taken = factories.organisation(directory, "Agro Coop").slug
    assert _free_slug(directory, taken) == f"{taken}-1"
    assert _free_slug(directory, "???") == "organisation"
