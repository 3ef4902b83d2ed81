"""What the home page shows that is new and next: the latest news, the next events, a good practice and a training
module (chosen by editors, else the newest), the directory's town search and the project partners.

One rule for every block: one version of each item (a translation group), the visitor's language version when it
exists, else the item's original version (the first created), shown with its language named.
News, events, featured pages and partners are all things a visitor would rather read in another language than not
hear of (a press release or an event is often published in one language days before its translations); the
listing pages they link to stay per language. Items are the live, public, non-alias pages of the site's language
trees (descendants of the translations of this home).

Each block is one query whatever the number of items (a window function keeps one row per translation group);
nothing here reads a page's children one by one. The blocks of a home are built together (`blocks`) and kept in the
shared cache under a generation token, as the page shell is (portal.core.shell): publishing, unpublishing, moving
or deleting a page of the listed types (or a home), or a registration taken or cancelled, replaces the token
(`connect_signals`), whether or not the page cache is on; an entry also expires when the first event it shows ends.
So a home built for a visitor costs the shell's few queries and one cache read, and the eight block queries once
per change.
"""

from django.apps import apps
from django.conf import settings
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Value, When, Window
from django.db.models.functions import RowNumber, Substr
from django.utils import timezone
from django.utils.html import format_html
from wagtail.models import Page

from portal.core.cache import Generation, on_page_changes
from portal.core.vocabularies import CONTENT_TYPES, label

GENERATION_KEY = "portal:home:latest:generation"
TIMEOUT = 10 * 60
NEWS_COUNT = 4
EVENT_COUNT = 3
PARTNER_LIMIT = 24
# What the homes list: a change to one of these drops the cached homes of every language (portal.core.pagecache).
LISTED_MODELS = (
    "knowledge.PressReleasePage",
    "knowledge.NewsletterIssuePage",
    "events.EventPage",
    "knowledge.GoodPracticePage",
    "knowledge.TrainingModulePage",
    "network.OrganisationPage",
)
# What a page's URL and language label need (Page.get_url_parts, the language code).
URL_FIELDS = ("title", "url_path", "path", "depth", "translation_key", "content_type", "locale__language_code")
EVENT_FIELDS = ("start", "end", "timezone", "event_format", "venue_name", "venue_city", "venue_country")
FEATURED_FIELDS = {
    "knowledge.GoodPracticePage": ("date", "summary", "countries"),
    "knowledge.TrainingModulePage": ("date", "summary", "level", "format"),
}
NEWS_TYPES = (("knowledge.PressReleasePage", "press-release"), ("knowledge.NewsletterIssuePage", "newsletter"))


def model(label_):
    return apps.get_model(label_)


def in_site(queryset, home):
    """Pages below any language version of `home` (its site's trees), live, public and not aliases."""
    home_length = Page.steplen * 2
    homes = Page.objects.filter(depth=2, translation_key=home.translation_key).values("path")
    return (
        queryset.live()
        .public()
        .real()
        .annotate(_home_path=Substr("path", 1, home_length))
        .filter(_home_path__in=homes, depth__gt=2)
    )


def one_per_group(queryset, locale_id, fields):
    """One row per translation group: the version in locale `locale_id`, else the group's original (its first
    created version, as events.registration reads an event's settings from). Filter and order the result; its rows
    carry their locale (`select_related`) and, of their own fields, `fields` and what their URL needs: building a
    query over all of Wagtail's page columns costs more than running it."""
    rank = Case(When(locale_id=locale_id, then=Value(0)), default=Value(1), output_field=IntegerField())
    return (
        queryset.select_related("locale")
        .only(*URL_FIELDS, *fields)
        .annotate(
            _version=Window(RowNumber(), partition_by=[F("translation_key")], order_by=[rank.asc(), F("pk").asc()])
        )
        .filter(_version=1)
    )


def item(page, locale_id, **extra):
    """{page, language, language_name, **extra}: `language` is the page's language code when it is not the
    visitor's (the template names it, in that language's own name, marked with its `lang`), else ""."""
    if page.locale_id == locale_id:
        return {"page": page, "language": "", "language_name": "", **extra}
    code = page.locale.language_code
    name = format_html('<span lang="{}">{}</span>', code, dict(settings.LANGUAGES).get(code, code))
    return {"page": page, "language": code, "language_name": name, **extra}


def news(home, count=NEWS_COUNT):
    """The newest press releases and newsletter issues together, newest first: [{page, type, label, language}]."""
    items = []
    for label_, code in NEWS_TYPES:
        pages = in_site(model(label_).objects.all(), home)
        pages = one_per_group(pages, home.locale_id, ["date", "first_published_at"]).order_by("-date", "-pk")
        items += [(page, code) for page in pages[:count]]
    items.sort(key=lambda item: (item[0].date, item[0].first_published_at or timezone.now()), reverse=True)
    return [item(page, home.locale_id, type=code, label=label(CONTENT_TYPES, code)) for page, code in items[:count]]


def next_events(home, now=None, count=EVENT_COUNT):
    """The events not yet over, soonest first: [{page, language, places_left}]. Places are counted as the event
    page counts them (events.registration): the registrations of every version against the capacity of the original
    version (the first created), only for events that take registrations through the portal's form."""
    EventPage = model("events.EventPage")
    events = one_per_group(in_site(EventPage.objects.all(), home), home.locale_id, EVENT_FIELDS).upcoming(now)
    events = events.with_places()
    items = []
    for event in events[:count]:
        items.append(item(event, home.locale_id, places_left=event.places_shown))
    return items


def featured(home, label_, chosen_id):
    """The page an editor chose (its version in the visitor's language, else as the rule says), else the newest:
    {page, language}, or None when there is none."""
    page_model = model(label_)
    pages = one_per_group(in_site(page_model.objects.all(), home), home.locale_id, FEATURED_FIELDS[label_])
    if chosen_id is not None:
        chosen = page_model.objects.filter(pk=chosen_id, translation_key=OuterRef("translation_key"))
        pages = pages.annotate(_chosen=Exists(chosen)).order_by("-_chosen", "-date", "-pk")
    else:
        pages = pages.order_by("-date", "-pk")
    page = pages.first()
    return None if page is None else item(page, home.locale_id)


def partners(home, limit=PARTNER_LIMIT):
    """The project partners' directory pages, by name: [{page, language}]."""
    OrganisationPage = model("network.OrganisationPage")
    partners = OrganisationPage.objects.filter(is_partner=True)
    pages = one_per_group(in_site(partners, home), home.locale_id, ["city", "country"])
    return [item(page, home.locale_id) for page in pages.order_by("title", "pk")[:limit]]


SECTION_CODES = {
    "knowledge.PressRoomPage": "press",
    "knowledge.NewsletterIndexPage": "newsletters",
    "events.EventIndexPage": "events",
    "network.DirectoryPage": "directory",
    "knowledge.GoodPracticeIndexPage": "good_practices",
    "knowledge.TrainingIndexPage": "training",
}


def sections(home):
    """{code: page} of this home's live listing pages (plain pages: their URLs are all that is needed), one query."""
    from django.contrib.contenttypes.models import ContentType

    codes = SECTION_CODES
    types = ContentType.objects.get_for_models(*(model(name) for name in codes))
    by_type = {types[model(name)].pk: code for name, code in codes.items()}
    children = Page.objects.child_of(home).live().filter(content_type__in=by_type, alias_of__isnull=True)
    found = {}
    for page in children.order_by("path"):
        found.setdefault(by_type[page.content_type_id], page)
    return found


def towns(directory):
    """The directory's town choices (the names its `town` parameter accepts): one query."""
    from network.directory import towns as directory_towns

    return [name for name, _lat, _lon in directory_towns(directory)] if directory is not None else []


GENERATION = Generation(GENERATION_KEY, TIMEOUT)
bump = GENERATION.bump  # every home's blocks are out of date (a signal receiver)


def build(home):
    """Every block of `home` (a dict for its template), read from the database."""
    listings = sections(home)
    default = None
    if len(listings) < len(SECTION_CODES) and home.locale.language_code != settings.LANGUAGE_CODE:
        # A home that lacks some listings links to the default language's (shown with a notice there).
        versions = Page.objects.filter(translation_key=home.translation_key, live=True)
        default = versions.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if default is not None:
        listings = {**sections(default), **listings}
    return {
        "listings": listings,
        "news": news(home),
        "events": next_events(home),
        "good_practice": featured(home, "knowledge.GoodPracticePage", home.featured_good_practice_id),
        "training": featured(home, "knowledge.TrainingModulePage", home.featured_training_id),
        "partners": partners(home),
        "towns": towns(listings.get("directory")),
    }


def blocks(home, request=None):
    """`build(home)` from the shared cache, built and kept when missing (see the module's docstring). A preview
    shows the editor's draft (its featured choices), so it is built afresh and never kept."""
    if getattr(request, "is_preview", False):
        return build(home)
    return GENERATION.fetch(
        home.pk, lambda: build(home), request, expires=lambda found: [entry["page"].end for entry in found["events"]]
    )


def _page_changed(sender, instance, **kwargs):
    """A page of a listed type, a home or a listing page the blocks link to (depth 3) published or withdrawn."""
    specific = getattr(instance, "specific_class", None)
    if specific is not None and (specific._meta.label in LISTED_MODELS or instance.depth <= 3):
        bump()


def connect_signals():
    """Replace the blocks' token on every change they may show (called from HomeConfig.ready()): pages, view
    restrictions, and registrations (the places left)."""
    from django.db.models.signals import post_delete, post_save

    uid = "home.latest"
    on_page_changes(uid, _page_changed, bump, restrictions=True)
    registration = model("events.Registration")
    post_save.connect(bump, sender=registration, dispatch_uid=f"{uid}.registration_saved")
    post_delete.connect(bump, sender=registration, dispatch_uid=f"{uid}.registration_deleted")
