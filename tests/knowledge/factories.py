"""Building knowledge pages for tests, each family under its own index page (fixed data, no randomness)."""

import datetime
import itertools

from home.models import HomePage
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

_counter = itertools.count(1)


def english_home():
    return HomePage.objects.get(locale__language_code="en")


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def index(model, title="Test index"):
    n = next(_counter)
    return publish(english_home(), model(title=f"{title} {n}", slug=f"test-index-{model.__name__.lower()}-{n}"))


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
    page = GoodPracticePage(
        title=title or f"Practice {n:03d}",
        slug=f"practice-{n}",
        summary=f"Summary of practice {n}.",
        countries=list(countries),
        sectors=list(sectors),
        target_groups=list(targets),
        date=date or datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
        context="<p>Context.</p>",
    )
    parent.add_child(instance=page)
    for tag in tags:
        page.tags.add(tag)
    page.save_revision().publish()
    return page


def training_module(
    parent, n, audience=("professionals",), level="introductory", fmt="self-paced", sectors=("fisheries",)
):
    return publish(
        parent,
        TrainingModulePage(
            title=f"Module {n:03d}",
            slug=f"module-{n}",
            summary=f"Summary of module {n}.",
            audience=list(audience),
            level=level,
            format=fmt,
            duration_hours=2,
            sectors=list(sectors),
            learning_outcomes="<p>Outcomes.</p>",
            units=[
                ("text", {"title": "Unit one", "text": "<p>Text.</p>"}),
                ("exercise", {"title": "Unit two", "instructions": "<p>Do it.</p>"}),
            ],
        ),
    )


def newsletter_issue(parent, n, date=None):
    return publish(
        parent,
        NewsletterIssuePage(
            title=f"Newsletter {n}",
            slug=f"newsletter-{n}",
            issue_number=n,
            intro=f"Issue {n} introduction.",
            date=date or datetime.date(2024, 1, 1) + datetime.timedelta(days=3 * n),
            highlights=[
                (
                    "highlight",
                    {"title": "Cyprus", "country": "CY", "text": "<p>Text.</p>", "key_takeaways": ["One", "Two"]},
                )
            ],
        ),
    )


def press_release(parent, n, date=None):
    return publish(
        parent,
        PressReleasePage(
            title=f"Release {n}",
            slug=f"release-{n}",
            dateline_city="Brussels",
            dateline_country="BE",
            subtitle=f"Subtitle {n}",
            summary=f"Summary {n}.",
            body=[("paragraph", "<p>Body.</p>")],
            date=date or datetime.date(2024, 1, 1) + datetime.timedelta(days=3 * n),
        ),
    )


FAMILIES = {
    "good-practice": (GoodPracticeIndexPage, good_practice),
    "training-module": (TrainingIndexPage, training_module),
    "newsletter": (NewsletterIndexPage, newsletter_issue),
    "press-release": (PressRoomPage, press_release),
}
