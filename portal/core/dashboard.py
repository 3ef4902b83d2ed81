"""The admin's home page shows each role the work waiting for it, and the page explorer opens where one works.

Coordinators (whoever may publish pages) see:
- what is in review: pages and translations submitted to a workflow they review, with the language, who submitted
  it, since when, and a link to review it (the page's editor, where the workflow actions are);
- translations missing or out of date, per language, and the most recently published of them, with links. A page
  is missing in a language when it (a live page that is no translation of another) has no real version there (an
  alias is not one). A translation is out of date when its source page was published after the translation was
  last synced: wagtail-localize's last TranslationLog of that source and language (else the Translation's
  creation), or the translation's last publish when later (publishing a translation writes it from the source as
  it is then, since every publish of a source refreshes it: portal/core/translations.py). The translation editor
  of an out-of-date translation shows the changed strings;
- applications to join the network waiting for a decision (network.change_joinapplication).

A partner (edits an events section without publishing) sees its section: its drafts, what it submitted for
review, its upcoming events with places left and registrations.

The review panel replaces Wagtail's own "awaiting your review", the section panel its "your pages in a workflow":
both ask the database again for every row. Each panel asks a fixed number of queries, whatever the number of rows
(tests/core/test_dashboard.py). Domain models are named by "app_label.ModelName": portal imports no domain app.

Wagtail opens the page explorer on the closest common ancestor of the pages one has rights on: for a partner with
its section in six language trees, that is the root of all trees. `explorer_start_page` opens it on the version
in the user's language instead (see its docstring); the user can still go up and across to the other languages.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import GroupPagePermission, Locale, Page, TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation, TranslationLog

LIST_LIMIT = 10  # rows per list on the dashboard; the counts cover everything


def is_publisher(user):
    """Whoever may publish some page reviews the others' work (coordinators, administrators)."""
    return user.is_active and PagePermissionPolicy().user_has_permission(user, "publish")


def translation_targets():
    """Translations made with wagtail-localize, matched against a page's (translation key, locale)."""
    return Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
    )


def edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


# In review ------------------------------------------------------------------------------------------------------


def pages_in_review(user):
    """Rows for the pages (and translations) waiting in a workflow task that `user` may review, oldest first."""
    page_type = ContentType.objects.get_for_model(Page)
    states = (
        TaskState.objects.reviewable_by(user)
        .filter(workflow_state__base_content_type=page_type)
        .select_related("task", "workflow_state__requested_by")
        .order_by("workflow_state__created_at", "pk")
    )
    states = list(states[: LIST_LIMIT * 2])  # a page has one task in progress; the margin covers deleted ones
    pages = (
        Page.objects.filter(pk__in=[int(state.workflow_state.object_id) for state in states])
        .annotate(is_translation=Exists(translation_targets()))
        .select_related("locale")
        .in_bulk()
    )
    rows = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        rows.append(
            {
                "page": page,
                "type": page.specific_class._meta.verbose_name if page.specific_class else "",
                "language": page.locale.get_display_name(),
                "is_translation": page.is_translation,
                "task": state.task.name,
                "submitted_by": state.workflow_state.requested_by,
                "since": state.workflow_state.created_at,
                "url": edit_url(page.pk),
            }
        )
    return rows[:LIST_LIMIT]


class DashboardPanel(Component):
    """A panel shown to some users only; its template receives `context(request)`."""

    def __init__(self, request):
        self.request = request

    def context(self, request):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {"request": self.request, **self.context(self.request)}


class ReviewPanel(DashboardPanel):
    name = "portal_in_review"
    template_name = "core/dashboard/in_review.html"
    order = 100

    def context(self, request):
        return {"rows": pages_in_review(request.user)}


# Translations ---------------------------------------------------------------------------------------------------


def other_locales():
    return list(Locale.objects.order_by("language_code"))


def source_pages():
    """Live pages that are not the translation of another page, nor an alias (depth 1 is the tree's root)."""
    return Page.objects.filter(live=True, alias_of__isnull=True, depth__gt=1).exclude(Exists(translation_targets()))


def with_versions(queryset, locales):
    """Annotate `has_<code>`: whether the page has a real version (not an alias) in each locale."""
    return queryset.annotate(
        **{
            f"has_{locale.pk}": Exists(
                Page.objects.filter(
                    translation_key=OuterRef("translation_key"), locale_id=locale.pk, alias_of__isnull=True
                )
            )
            for locale in locales
        }
    )


def missing_q(locales):
    missing = Q()
    for locale in locales:
        missing |= Q(**{f"has_{locale.pk}": False})
    return missing


def outdated_translations():
    """Enabled translations of pages whose source page was published after the translation was last synced, with
    `source_published`, `synced` and `target_id` (the real page in the target language)."""
    page_type = ContentType.objects.get_for_model(Page)
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    )
    target_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("target_locale_id"), alias_of__isnull=True
    )
    last_sync = TranslationLog.objects.filter(source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id"))
    logged = Coalesce(
        Subquery(last_sync.values("source_id").annotate(last=Max("created_at")).values("last")[:1]), F("created_at")
    )
    return (
        Translation.objects.filter(enabled=True, source__object__content_type=page_type)
        .annotate(
            source_published=Subquery(source_page.values("last_published_at")[:1]),
            target_id=Subquery(target_page.values("pk")[:1]),
            logged=logged,
            target_published=Subquery(target_page.values("last_published_at")[:1]),
        )
        .annotate(synced=Greatest(F("logged"), Coalesce(F("target_published"), F("logged"))))
        .filter(target_id__isnull=False, source_published__gt=F("synced"))
    )


def translation_status():
    """{"languages": [per language: name, missing, out of date], "missing": rows, "outdated": rows}."""
    locales = other_locales()
    sources = with_versions(source_pages(), locales)
    missing_counts = sources.aggregate(
        **{f"missing_{locale.pk}": Count("pk", filter=Q(**{f"has_{locale.pk}": False})) for locale in locales}
    )
    outdated = outdated_translations()
    outdated_counts = dict(outdated.values_list("target_locale_id").annotate(n=Count("pk")).order_by())
    languages = [
        {
            "name": locale.get_display_name(),
            "missing": missing_counts[f"missing_{locale.pk}"],
            "outdated": outdated_counts.get(locale.pk, 0),
        }
        for locale in locales
    ]

    names = {locale.pk: locale.get_display_name() for locale in locales}
    # The pages to translate are those a project language lacks: the languages added for the people the network
    # serves carry the essentials (their counts above say how far they go), not every page.
    project = [locale for locale in locales if locale.language_code in settings.PROJECT_LANGUAGES]
    missing_rows = [
        {
            "page": page,
            "language": names.get(page.locale_id, ""),
            "missing": [names[locale.pk] for locale in project if not getattr(page, f"has_{locale.pk}")],
            "url": translate_url(page.pk),
        }
        for page in sources.filter(missing_q(project)).order_by("-last_published_at", "pk")[:LIST_LIMIT]
    ]
    latest = list(
        outdated.values("target_id", "target_locale_id", "source_published", "synced", "source_id").order_by(
            "-source_published", "pk"
        )[:LIST_LIMIT]
    )
    targets = Page.objects.in_bulk([row["target_id"] for row in latest])
    outdated_rows = [
        {
            "page": targets[row["target_id"]],
            "language": names.get(row["target_locale_id"], ""),
            "source_published": row["source_published"],
            "synced": row["synced"],
            "url": edit_url(row["target_id"]),
            "sync_url": reverse("wagtail_localize:update_translations", args=[row["source_id"]]),
        }
        for row in latest
        if row["target_id"] in targets
    ]
    return {"languages": languages, "missing": missing_rows, "outdated": outdated_rows}


def translate_url(page_id):
    return reverse("wagtail_localize:submit_page_translation", args=[page_id])


class TranslationsPanel(DashboardPanel):
    name = "portal_translations"
    template_name = "core/dashboard/translations.html"
    order = 110

    def context(self, request):
        return translation_status()


# Applications to join ------------------------------------------------------------------------------------------


class JoinApplicationsPanel(DashboardPanel):
    name = "portal_join_applications"
    template_name = "core/dashboard/join_applications.html"
    order = 120
    permission = "network.change_joinapplication"

    def context(self, request):
        model = apps.get_model("network", "JoinApplication")
        waiting = model.objects.filter(status=model.Status.PENDING)
        rows = list(waiting.order_by("created_at", "pk")[:LIST_LIMIT])
        for row in rows:
            row.review_url = reverse("join_applications:inspect", args=[row.pk])
        return {
            "rows": rows,
            "count": waiting.count(),
            "index_url": reverse("join_applications:index") + "?status=pending",
        }


# A partner's section --------------------------------------------------------------------------------------------


def editable_sections(user):
    """The events sections `user` has direct rights on (every language), in tree order."""
    section_model = apps.get_model("events", "EventSectionPage")
    granted = GroupPagePermission.objects.filter(group__user=user).values("page_id")
    return list(section_model.objects.filter(pk__in=granted).select_related("locale").order_by("path"))


def under(sections):
    """Pages below any of `sections` (the sections excepted)."""
    inside = Q(pk__in=[])
    for section in sections:
        inside |= Q(path__startswith=section.path, depth__gt=section.depth)
    return inside


def in_workflow():
    """Pages waiting for a reviewer (a page sent back with changes requested is the partner's to work on: a draft)."""
    page_type = ContentType.objects.get_for_model(Page)
    return Exists(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=page_type,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )


def section_work(user, now=None):
    """The drafts, the pages in review and the upcoming events of the sections `user` edits."""
    sections = editable_sections(user)
    if not sections:
        return {"sections": []}
    pages = Page.objects.filter(under(sections), alias_of__isnull=True).annotate(in_review=in_workflow())
    pages = pages.select_related("locale")
    drafts = list(
        pages.filter(has_unpublished_changes=True, in_review=False).order_by("-latest_revision_created_at", "pk")[
            :LIST_LIMIT
        ]
    )
    in_review = list(pages.filter(in_review=True).order_by("-latest_revision_created_at", "pk")[:LIST_LIMIT])
    return {
        "sections": sections,
        "drafts": [page_row(page) for page in drafts],
        "in_review": [page_row(page) for page in in_review],
        "events": upcoming_events(sections, now),
    }


def page_row(page):
    return {
        "page": page,
        "type": page.specific_class._meta.verbose_name if page.specific_class else "",
        "language": page.locale.get_display_name(),
        "changed": page.latest_revision_created_at,
        "url": edit_url(page.pk),
    }


def upcoming_events(sections, now=None):
    """Upcoming live events under `sections`, one row per event (all its languages), soonest first, with the
    registrations of the portal's form, shown (and linked) in the editor's language when the event has a version
    in it. Capacity and registration settings are the original version's, as the registration form counts them
    (events.registration.reference_event): the first created live version."""
    event_model = apps.get_model("events", "EventPage")
    registration_model = apps.get_model("events", "Registration")
    versions = event_model.objects.filter(under(sections)).live().real().upcoming(now).select_related("locale")
    originals, shown, here = {}, {}, Locale.get_active().pk
    for event in versions.order_by("pk"):
        originals.setdefault(event.translation_key, event)
        if event.locale_id == here:
            shown[event.translation_key] = event
    events = sorted(originals.values(), key=lambda event: (event.start, event.pk))[:LIST_LIMIT]
    statuses = registration_model.Status
    counts = {
        row["event_key"]: row
        for row in registration_model.objects.filter(event_key__in=[event.translation_key for event in events])
        .values("event_key")
        .annotate(
            confirmed=Count("pk", filter=Q(status=statuses.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=statuses.WAITING)),
        )
        .order_by()
    }
    rows = []
    for event in events:
        row = counts.get(event.translation_key, {})
        confirmed, waiting = row.get("confirmed", 0), row.get("waiting", 0)
        uses_form = event.registration_mode == "portal"
        version = shown.get(event.translation_key, event)
        rows.append(
            {
                "page": version,
                "start": timezone.localtime(event.start, event.zone) if event.start else None,
                "uses_form": uses_form,
                "confirmed": confirmed,
                "waiting": waiting,
                "capacity": event.capacity,
                "places_left": None if event.capacity is None else max(0, event.capacity - confirmed),
                "url": edit_url(version.pk),
                "registrations_url": reverse("events_registrations", args=[version.pk]) if uses_form else "",
            }
        )
    return rows


class SectionPanel(DashboardPanel):
    name = "portal_my_section"
    template_name = "core/dashboard/my_section.html"
    order = 100

    def context(self, request):
        return section_work(request.user)


# The hook -------------------------------------------------------------------------------------------------------


def construct_homepage_panels(request, panels):
    """Add the panels `request.user` has work in; drop the Wagtail panels they replace."""
    user = request.user
    ours, replaced = [], set()
    if is_publisher(user):
        ours += [ReviewPanel(request), TranslationsPanel(request)]
        replaced.add("workflow_objects_to_moderate")
    elif editable_sections(user):
        ours.append(SectionPanel(request))
        replaced.add("user_objects_in_workflow_moderation")
    if user.has_perm(JoinApplicationsPanel.permission):
        ours.append(JoinApplicationsPanel(request))
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in replaced] + ours


# Where the explorer opens ---------------------------------------------------------------------------------------


def explorer_start_page(user):
    """The page the explorer opens on: Wagtail's explorable root (the common ancestor of the pages one has rights
    on), unless those pages are all in several language trees, as a partner's section or a coordinator's indexes
    are. Then: the common ancestor of those in the user's admin language (else the default language), so that a
    partner lands on its section and a coordinator on the home page of its language. Kept on the user for the
    request: the main menu asks on every admin page."""
    if hasattr(user, "_portal_explorer_start"):
        return user._portal_explorer_start
    user._portal_explorer_start = _explorer_start_page(user)
    return user._portal_explorer_start


def _explorer_start_page(user):
    policy = PagePermissionPolicy()
    root = policy.explorable_root_instance(user)
    if root is None or not root.is_root() or user.is_superuser:
        return root
    granted = Page.objects.filter(group_permissions__group__user=user).distinct()
    for locale in (Locale.get_active(), Locale.get_default()):
        pages = list(granted.filter(locale=locale))
        if pages:
            try:
                return Page.objects.first_common_ancestor_of(pages, include_self=True, strict=True)
            except Page.DoesNotExist:
                return root
    return root


class SectionExplorerMenuItem(ExplorerMenuItem):
    """Wagtail's "Pages" menu item, opening on `explorer_start_page`."""

    def render_component(self, request):
        start = explorer_start_page(request.user)
        if start is None:
            return super().render_component(request)
        url = self.url if start.is_root() else reverse("wagtailadmin_explore", args=[start.pk])
        return PageExplorerMenuItemComponent(
            self.name, self.label, url, start.pk, icon_name=self.icon_name, classname=self.classname
        )


def construct_main_menu(request, menu_items):
    """Replace Wagtail's explorer item by one opening on the user's section (`explorer_start_page`)."""
    for index, item in enumerate(menu_items):
        if item.name == "explorer" and type(item) is ExplorerMenuItem:
            menu_items[index] = SectionExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )
