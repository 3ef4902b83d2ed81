"""Organisations for directory tests, under their own directory page, and the people shown on them (fixed data, no
randomness).

The functions below the factories are the names the tests have always called; each is one factory call.
"""

import datetime
from decimal import Decimal

import factory
from django.utils import timezone
from wagtail.models import Locale

from network.models import DirectoryPage, OrganisationPage, OrganisationPerson, Person
from tests.helpers import IndexPageFactory, PublishedPageFactory


class DirectoryPageFactory(IndexPageFactory):
    class Meta:
        model = DirectoryPage

    class Params:
        label = "Test directory"
        kind = "directory"


class PersonFactory(factory.django.DjangoModelFactory):
    """A person (in English) whose consent, recorded by `recorded_by`, was given 30 days ago; `consent=False` for
    one never asked, `withdrawn=True` for one who withdrew it yesterday."""

    class Meta:
        model = Person

    class Params:
        consent = True
        withdrawn = False
        recorded_by = None
        now = factory.LazyFunction(timezone.now)

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))
    name = factory.Sequence(lambda n: f"Person {n:03d}")
    role = factory.LazyAttribute(lambda o: f"Role of {o.name}")
    expertise = factory.LazyAttribute(lambda o: f"Expertise of {o.name}")
    consent_given_at = factory.Maybe(
        "consent", factory.LazyAttribute(lambda o: o.now - datetime.timedelta(days=30)), None
    )
    consent_recorded_by = factory.Maybe("consent", factory.SelfAttribute("recorded_by"), None)
    consent_withdrawn_at = factory.Maybe(
        "withdrawn", factory.LazyAttribute(lambda o: o.now - datetime.timedelta(days=1)), None
    )


class OrganisationPageFactory(PublishedPageFactory):
    """A civil-society organisation in Athens, with a private inbox (never shown) for its contact form; `members`
    (Person rows) become its people, in that order."""

    class Meta:
        model = OrganisationPage

    class Params:
        members = ()

    parent = factory.SubFactory(DirectoryPageFactory)
    title = factory.Sequence(lambda n: f"Organisation {n:03d}")
    slug = factory.Sequence(lambda n: f"org-{n}")
    city = "Athens"
    country = "GR"
    latitude = Decimal("37.983810")
    longitude = Decimal("23.727539")
    org_type = "civil-society"
    sectors = factory.List(["agriculture"])
    services = factory.List(["guidance"])
    languages = factory.List(["el", "en"])
    private_email = "private-inbox@example.org"
    people = factory.LazyAttribute(lambda o: [OrganisationPerson(person=someone) for someone in o.members])


def _decimal(value):
    return Decimal(value) if value is not None else None


def directory():
    return DirectoryPageFactory()


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
    return OrganisationPageFactory(
        parent=parent,
        title=title,
        city=city,
        country=country,
        latitude=_decimal(lat),
        longitude=_decimal(lon),
        org_type=org_type,
        sectors=list(sectors),
        services=list(services),
        languages=list(languages),
        **extra,
    )
