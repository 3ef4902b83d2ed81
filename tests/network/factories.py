"""Organisations for directory tests, under their own directory page."""

import itertools
from decimal import Decimal

from home.models import HomePage
from network.models import DirectoryPage, OrganisationPage

_counter = itertools.count(1)


def directory():
    n = next(_counter)
    home = HomePage.objects.get(locale__language_code="en")
    page = DirectoryPage(title=f"Test directory {n}", slug=f"test-directory-{n}")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def organisation(
    parent,
    title,
    city="Athens",
    country="GR",
    lat="37.983810",
    lon="23.727539",
    org_type="civil-society",
    sectors=("agriculture",),
    services=("guidance",),
    languages=("el", "en"),
    **extra,
):
    page = OrganisationPage(
        title=title,
        slug=f"org-{next(_counter)}",
        city=city,
        country=country,
        latitude=Decimal(lat) if lat is not None else None,
        longitude=Decimal(lon) if lon is not None else None,
        org_type=org_type,
        sectors=list(sectors),
        services=list(services),
        languages=list(languages),
        private_email="private-inbox@example.org",
        **extra,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
