"""Plain pages of the home app for tests (fixed data, no randomness)."""

import factory

from home.models import StandardPage
from tests.helpers import PublishedPageFactory, home


class StandardPageFactory(PublishedPageFactory):
    """A plain page under the home page of `lang` (English unless told)."""

    class Meta:
        model = StandardPage

    class Params:
        lang = "en"

    parent = factory.LazyAttribute(lambda o: home(o.lang))
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"standard-{o.lang}-{n}")
    intro = ""
    body = factory.LazyFunction(list)
