"""The default Site takes its address from WAGTAILADMIN_BASE_URL, so that e-mails and API links do not point at
http://localhost."""

import pytest
from django.apps import apps
from django.db.models.signals import post_migrate
from django.test import override_settings
from wagtail.models import Site

from portal.core.sites import align_default_site, base_url_address

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://portal.example.org", ("portal.example.org", 443)),
        ("https://portal.example.org:8443/", ("portal.example.org", 8443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("", None),
    ],
)
def test_base_url_address(url, address):
    with override_settings(WAGTAILADMIN_BASE_URL=url):
        assert base_url_address() == address


def test_the_default_site_is_not_left_at_localhost():
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)  # WAGTAILADMIN_BASE_URL in the test settings
    assert site.root_url == "http://127.0.0.1:8000"


@override_settings(WAGTAILADMIN_BASE_URL="https://portal.example.org")
def test_migrate_moves_a_localhost_default_site_and_leaves_a_chosen_one():
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    core = apps.get_app_config("core")
    post_migrate.send(sender=core, app_config=core, verbosity=0, interactive=False, using="default", plan=[])
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("portal.example.org", 443)
    assert site.root_page.specific.full_url.startswith("https://portal.example.org/")
    site.hostname, site.port = "www.primacenters.eu", 443  # an administrator's choice stays
    site.save()
    align_default_site()
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("www.primacenters.eu", 443)
