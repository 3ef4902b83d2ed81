"""Every page type renders with a fixed number of SQL queries: the same for 3 and for 300 of what it lists or shows
(children, gallery photos, organisers, speakers, programme items, people, tags, highlights), and at most
MAX_QUERIES, shell included (navigation, breadcrumbs, language switcher, footer: portal.core.shell).

Each page is requested once to warm the caches (the shell, Wagtail's site root paths and renditions), then counted.
"""

import datetime

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import get_page_models
from wagtail.signal_handlers import disable_reference_index_auto_update

from events.models import EventOrganisation, EventPage, EventPhoto, EventSpeaker
from home.models import HomePage, StandardPage
from tests.events import factories as event_factories
from tests.helpers import home, refresh_planner_statistics
from tests.home.factories import StandardPageFactory
from tests.knowledge import factories as knowledge_factories
from tests.network import factories as network_factories

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# Page types allowed more than MAX_QUERIES (none: the home keeps its blocks with the shell, home.latest).
MAX_QUERIES_FOR = {}
FEW, MANY = 3, 300
DOMAIN_APPS = ("home", "knowledge", "network", "events")


def role(n):
    """Two organisers, then partners: the search record joins the organisers' names in a field of 255 characters."""
    return "organiser" if n < 2 else "partner"


def count_queries(client, url):
    client.get(url)  # warm up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def images(count, start=0):
    """`count` images sharing one stored file (quick to make, each its own row and its own renditions)."""
    model = get_image_model()
    first = model.objects.create(title=f"Image {start}", file=get_test_image_file())
    model.objects.bulk_create(
        [
            model(title=f"Image {n}", file=first.file.name, width=first.width, height=first.height)
            for n in range(start + 1, start + count)
        ]
    )
    return list(model.objects.filter(pk__gte=first.pk).order_by("pk"))


def quick(factory, **fields):
    """A live page without a publication revision: hundreds are quick to build."""
    return factory(publish_revision=False, **fields)


# Builders: each returns (page, add) where add(start, count) adds `count` more of what the page shows.


def build_home():
    parent = home("en")

    def add(start, count):
        for n in range(start, start + count):
            quick(StandardPageFactory, title=f"Menu page {n}", show_in_menus=True)

    return parent, add


def build_standard():
    page = StandardPageFactory(title="Standard page with images")

    def add(start, count):
        body = list(page.body.raw_data)
        for n, image in enumerate(images(count, start)):
            body.append(
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image.pk, "alt_text": f"Alt {n}", "decorative": False},
                        "caption": f"Caption {n}",
                    },
                }
            )
            body.append({"type": "paragraph", "value": f"<p>Paragraph {start + n}.</p>"})
        page.body = body
        page.save_revision().publish()

    return page, add


def knowledge_index(model, factory, with_images=False):
    """A knowledge listing; `with_images`: each item has its card image (its renditions read with the items)."""

    def build():
        index = knowledge_factories.index(model)

        def add(start, count):
            pictures = images(count, start) if with_images else [None] * count
            for n, picture in zip(range(start + 1, start + count + 1), pictures, strict=True):
                quick(
                    factory,
                    parent=index,
                    n=n,
                    **({"card_image": picture, "card_image_alt": f"Photo {n}"} if picture else {}),
                )

        return index, add

    return build


def build_good_practice():
    index = knowledge_factories.index(knowledge_factories.GoodPracticeIndexPage)
    page = knowledge_factories.good_practice(index, 1, tags=())
    organisation = network_factories.organisation(network_factories.directory(), "Implementing centre")
    page.organisation = organisation
    page.save_revision().publish()

    def add(start, count):
        page.tags.add(*[f"keyword-{n}" for n in range(start, start + count)])
        page.save_revision().publish()

    return page, add


def appending(page, field, block):
    """(page, add) where add(start, count) appends block(n) for each n to the StreamField `field` and publishes."""

    def add(start, count):
        setattr(page, field, list(getattr(page, field).raw_data) + [block(n) for n in range(start, start + count)])
        page.save_revision().publish()

    return page, add


def build_newsletter_issue():
    index = knowledge_factories.index(knowledge_factories.NewsletterIndexPage)
    text = {"country": "CY", "text": "<p>Text.</p>", "key_takeaways": ["One"]}
    return appending(
        knowledge_factories.newsletter_issue(index, 1),
        "highlights",
        lambda n: {"type": "highlight", "value": {"title": f"Highlight {n}", **text}},
    )


def build_press_release():
    room = knowledge_factories.index(knowledge_factories.PressRoomPage)
    return appending(
        knowledge_factories.press_release(room, 1),
        "body",
        lambda n: {"type": "paragraph", "value": f"<p>Paragraph {n}.</p>"},
    )


def build_training_module():
    practices = knowledge_factories.index(knowledge_factories.GoodPracticeIndexPage)
    modules = knowledge_factories.index(knowledge_factories.TrainingIndexPage)
    page = knowledge_factories.training_module(modules, 1)

    def add(start, count):
        related = [
            quick(knowledge_factories.GoodPracticePageFactory, parent=practices, n=n)
            for n in range(start + 1, start + count + 1)
        ]
        page.units = list(page.units.raw_data) + [
            {"type": "text", "value": {"title": f"Unit {n}", "text": "<p>Text.</p>"}}
            for n in range(start, start + count)
        ]
        page.related_practices = list(page.related_practices.raw_data) + [
            {"type": "practice", "value": practice.pk} for practice in related
        ]
        page.save_revision().publish()

    return page, add


def build_directory():
    directory = network_factories.directory()

    def add(start, count):
        for n in range(start, start + count):
            quick(network_factories.OrganisationPageFactory, parent=directory, title=f"Organisation {n:03d}")

    return directory, add


def build_organisation():
    directory = network_factories.directory()
    page = network_factories.organisation(directory, "Busy centre")
    section = event_factories.section(event_factories.event_index())

    def add(start, count):
        people = network_factories.PersonFactory.create_batch(count)
        page.people.add(*[network_factories.OrganisationPerson(person=person) for person in people])
        page.save_revision().publish()
        for event in event_factories.many_events(
            section, count, start=event_factories.local(2025, 1, 1) + datetime.timedelta(days=start)
        ):
            EventOrganisation.objects.create(page=event, organisation=page, locale=event.locale)

    return page, add


def events_listing(which):
    def build():
        index = event_factories.event_index()
        section = event_factories.section(index)

        def add(start, count):
            events = event_factories.many_events(
                section, count, start=event_factories.local(2025, 7, 1) + datetime.timedelta(days=start)
            )
            for event, picture in zip(events, images(count, start), strict=True):  # every card with its image
                event.card_image, event.card_image_alt = picture, f"Photo {event.pk}"
            EventPage.objects.bulk_update(events, ["card_image", "card_image_alt"])

        return (index if which == "index" else section), add

    return build


def build_event():
    section = event_factories.section(event_factories.event_index())
    page = event_factories.event(section, "Crowded event", start=event_factories.local(2025, 7, 1))
    directory = network_factories.directory()

    def add(start, count):
        organisations = [
            quick(network_factories.OrganisationPageFactory, parent=directory, title=f"Partner {n:03d}")
            for n in range(start, start + count)
        ]
        people = network_factories.PersonFactory.create_batch(count)
        EventOrganisation.objects.bulk_create(
            [
                EventOrganisation(
                    page=page,
                    organisation=organisation,
                    role=role(start + n),
                    locale=page.locale,
                    sort_order=start + n,
                )
                for n, organisation in enumerate(organisations)
            ]
        )
        EventSpeaker.objects.bulk_create(
            [
                EventSpeaker(
                    page=page, person=person, organisation=organisation, locale=page.locale, sort_order=start + n
                )
                for n, (person, organisation) in enumerate(zip(people, organisations, strict=True))
            ]
        )
        page.tags.add(*[f"topic-{n}" for n in range(start, start + count)])
        page.programme = list(page.programme.raw_data) + [
            {
                "type": "agenda_item",
                "value": {
                    "start_time": "09:00:00",
                    "title": f"Session {n}",
                    "people": [person.pk],
                    "speakers": f"Growers' cooperative {n}",  # a text is checked for names without consent
                    "description": "",
                },
            }
            for n, person in enumerate(people, start=start)
        ]
        page.save_revision().publish()
        for n in range(start, start + count):
            quick(event_factories.EventReportPageFactory, parent=page, title=f"Report {n}")

    return page, add


def build_report():
    section = event_factories.section(event_factories.event_index())
    event = event_factories.event(section, "Reported event")
    page = event_factories.report(event, "Report with a gallery")

    def add(start, count):
        EventPhoto.objects.bulk_create(
            [
                EventPhoto(
                    page=page,
                    image=image,
                    caption=f"Photo {start + n}",
                    consent_noted=True,
                    locale=page.locale,
                    sort_order=start + n,
                )
                for n, image in enumerate(images(count, start), start=start)
            ]
        )

    return page, add


BUILDERS = {
    "home.HomePage": build_home,
    "home.StandardPage": build_standard,
    "knowledge.GoodPracticeIndexPage": knowledge_index(
        knowledge_factories.GoodPracticeIndexPage, knowledge_factories.GoodPracticePageFactory, with_images=True
    ),
    "knowledge.GoodPracticePage": build_good_practice,
    "knowledge.TrainingIndexPage": knowledge_index(
        knowledge_factories.TrainingIndexPage, knowledge_factories.TrainingModulePageFactory
    ),
    "knowledge.TrainingModulePage": build_training_module,
    "knowledge.NewsletterIndexPage": knowledge_index(
        knowledge_factories.NewsletterIndexPage, knowledge_factories.NewsletterIssuePageFactory
    ),
    "knowledge.NewsletterIssuePage": build_newsletter_issue,
    "knowledge.PressRoomPage": knowledge_index(
        knowledge_factories.PressRoomPage, knowledge_factories.PressReleasePageFactory
    ),
    "knowledge.PressReleasePage": build_press_release,
    "network.DirectoryPage": build_directory,
    "network.OrganisationPage": build_organisation,
    "events.EventIndexPage": events_listing("index"),
    "events.EventSectionPage": events_listing("section"),
    "events.EventPage": build_event,
    "events.EventReportPage": build_report,
}


def test_every_page_type_is_counted():
    """A new page type needs its builder here (and its count pinned)."""
    page_types = {
        model._meta.label
        for model in get_page_models()
        if model._meta.app_label in DOMAIN_APPS and not model._meta.abstract
    }
    assert page_types == set(BUILDERS)
    assert all(apps.get_model(label) for label in BUILDERS)
    assert HomePage._meta.label in BUILDERS and StandardPage._meta.label in BUILDERS


@freeze_time("2025-06-01 12:00:00")
@pytest.mark.parametrize("page_type", sorted(BUILDERS))
def test_page_queries_are_few_and_do_not_grow(client, page_type):
    page, add = BUILDERS[page_type]()
    # What is counted is rendering. Wagtail re-indexes a page's references once per saved child row (speakers,
    # organisers...), each time over all of them: hundreds of rows would spend minutes there.
    with disable_reference_index_auto_update():
        add(0, FEW)
    url = page.url
    few = count_queries(client, url)
    with disable_reference_index_auto_update():
        add(FEW, MANY - FEW)
    refresh_planner_statistics()
    many = count_queries(client, url)
    assert (few, many) == (few, few), f"{page_type}: {few} queries with {FEW} items, {many} with {MANY}"
    assert few <= MAX_QUERIES_FOR.get(page_type, MAX_QUERIES), f"{page_type}: {few} queries"


# The listings of the demo site, whose items have their card images.
LISTINGS = (
    "knowledge.GoodPracticeIndexPage",
    "knowledge.TrainingIndexPage",
    "knowledge.NewsletterIndexPage",
    "knowledge.PressRoomPage",
    "network.DirectoryPage",
    "events.EventIndexPage",
    "events.EventSectionPage",
)


@pytest.mark.parametrize("page_type", LISTINGS)
def test_demo_listings_stay_within_the_limit_in_every_language(client, page_type):
    """The seeded demo (every language, cards with images): the same count in every project language (routing finds
    each language's home in one query, portal.core.routing.route_request), within MAX_QUERIES; a language that
    carries only the essentials reads its listing's default-language version too (portal.core.listing.listed)."""
    pages = {}
    for page in apps.get_model(page_type).objects.live().select_related("locale").order_by("path"):
        pages.setdefault(page.locale.language_code, page)
    assert set(pages) == {code for code, _name in settings.LANGUAGES}
    counts = {code: count_queries(client, page.url) for code, page in pages.items()}
    assert max(counts.values()) <= MAX_QUERIES_FOR.get(page_type, MAX_QUERIES), counts
    project = {counts[code] for code in settings.PROJECT_LANGUAGES}
    assert len(project) == 1, counts
    assert all(count <= max(project) + 1 for count in counts.values()), counts


@pytest.mark.parametrize("url", ["/en/good-practices/", "/el/kales-praktikes/", "/en/events/?when=all"])
def test_demo_listings_show_their_cards_images(client, url):
    """What the count above covers: listings whose cards show pictures."""
    assert client.get(url).content.decode().count('class="card-image"') >= 3
