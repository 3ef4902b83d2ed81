"""Knowledge pages for tests, each family under its own index page (fixed data, no randomness).

The functions below the factories are the names the tests have always called; each is one factory call.
"""

import datetime

import factory

from knowledge.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PressReleasePage,
    PressRoomPage,
    TrainingIndexPage,
    TrainingModulePage,
)
from tests.helpers import IndexPageFactory, PublishedPageFactory, given, publish  # noqa: F401 (publish: a public name)
from tests.helpers import home as _home


class GoodPracticeIndexPageFactory(IndexPageFactory):
    class Meta:
        model = GoodPracticeIndexPage

    class Params:
        kind = "index-goodpracticeindexpage"


class TrainingIndexPageFactory(IndexPageFactory):
    class Meta:
        model = TrainingIndexPage

    class Params:
        kind = "index-trainingindexpage"


class NewsletterIndexPageFactory(IndexPageFactory):
    class Meta:
        model = NewsletterIndexPage

    class Params:
        kind = "index-newsletterindexpage"


class PressRoomPageFactory(IndexPageFactory):
    class Meta:
        model = PressRoomPage

    class Params:
        kind = "index-pressroompage"


class KnowledgeItemFactory(PublishedPageFactory):
    """An item numbered `n` (by default the next in the sequence): its title, slug and date follow from it."""

    class Meta:
        abstract = True

    class Params:
        n = factory.Sequence(lambda n: n + 1)


class GoodPracticePageFactory(KnowledgeItemFactory):
    class Meta:
        model = GoodPracticePage

    title = factory.LazyAttribute(lambda o: f"Practice {o.n:03d}")
    slug = factory.LazyAttribute(lambda o: f"practice-{o.n}")
    summary = factory.LazyAttribute(lambda o: f"Summary of practice {o.n}.")
    countries = factory.List(["BE"])
    sectors = factory.List(["agriculture"])
    target_groups = factory.List(["employers"])
    date = factory.LazyAttribute(lambda o: datetime.date(2025, 1, 1) + datetime.timedelta(days=o.n))
    context = "<p>Context.</p>"

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        """Tags go in before the revision is published, as an editor types them before publishing."""
        if create:
            for tag in ("mentoring",) if extracted is None else extracted:
                page.tags.add(tag)


class TrainingModulePageFactory(KnowledgeItemFactory):
    class Meta:
        model = TrainingModulePage

    title = factory.LazyAttribute(lambda o: f"Module {o.n:03d}")
    slug = factory.LazyAttribute(lambda o: f"module-{o.n}")
    summary = factory.LazyAttribute(lambda o: f"Summary of module {o.n}.")
    audience = factory.List(["professionals"])
    level = "introductory"
    format = "self-paced"
    duration_hours = 2
    sectors = factory.List(["fisheries"])
    learning_outcomes = "<p>Outcomes.</p>"
    units = factory.LazyFunction(
        lambda: [
            ("text", {"title": "Unit one", "text": "<p>Text.</p>"}),
            ("exercise", {"title": "Unit two", "instructions": "<p>Do it.</p>"}),
        ]
    )


class NewsletterIssuePageFactory(KnowledgeItemFactory):
    class Meta:
        model = NewsletterIssuePage

    title = factory.LazyAttribute(lambda o: f"Newsletter {o.n}")
    slug = factory.LazyAttribute(lambda o: f"newsletter-{o.n}")
    issue_number = factory.SelfAttribute("n")
    intro = factory.LazyAttribute(lambda o: f"Issue {o.n} introduction.")
    date = factory.LazyAttribute(lambda o: datetime.date(2024, 1, 1) + datetime.timedelta(days=3 * o.n))
    highlights = factory.LazyFunction(
        lambda: [
            (
                "highlight",
                {"title": "Cyprus", "country": "CY", "text": "<p>Text.</p>", "key_takeaways": ["One", "Two"]},
            )
        ]
    )


class PressReleasePageFactory(KnowledgeItemFactory):
    class Meta:
        model = PressReleasePage

    title = factory.LazyAttribute(lambda o: f"Release {o.n}")
    slug = factory.LazyAttribute(lambda o: f"release-{o.n}")
    dateline_city = "Brussels"
    dateline_country = "BE"
    subtitle = factory.LazyAttribute(lambda o: f"Subtitle {o.n}")
    summary = factory.LazyAttribute(lambda o: f"Summary {o.n}.")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body.</p>")])
    date = factory.LazyAttribute(lambda o: datetime.date(2024, 1, 1) + datetime.timedelta(days=3 * o.n))


INDEX_FACTORIES = {
    GoodPracticeIndexPage: GoodPracticeIndexPageFactory,
    TrainingIndexPage: TrainingIndexPageFactory,
    NewsletterIndexPage: NewsletterIndexPageFactory,
    PressRoomPage: PressRoomPageFactory,
}


def english_home():
    return _home("en")


def index(model, title="Test index"):
    return INDEX_FACTORIES[model](label=title)


def good_practice(
    parent,
    n,
    countries=("BE",),
    sectors=("agriculture",),
    targets=("employers",),
    tags=("mentoring",),
    date=None,
    title=None,
):
    return GoodPracticePageFactory(
        parent=parent,
        n=n,
        countries=list(countries),
        sectors=list(sectors),
        target_groups=list(targets),
        tags=tags,
        **given(date=date, title=title),
    )


def training_module(
    parent, n, audience=("professionals",), level="introductory", fmt="self-paced", sectors=("fisheries",)
):
    return TrainingModulePageFactory(
        parent=parent, n=n, audience=list(audience), level=level, format=fmt, sectors=list(sectors)
    )


def newsletter_issue(parent, n, date=None):
    return NewsletterIssuePageFactory(parent=parent, n=n, **given(date=date))


def press_release(parent, n, date=None):
    return PressReleasePageFactory(parent=parent, n=n, **given(date=date))


FAMILIES = {
    "good-practice": (GoodPracticeIndexPage, good_practice),
    "training-module": (TrainingIndexPage, training_module),
    "newsletter": (NewsletterIndexPage, newsletter_issue),
    "press-release": (PressRoomPage, press_release),
}
