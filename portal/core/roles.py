"""Partner publishing: who may do what across the site, and the moderation workflow (`setup_roles`).

Roles are Wagtail groups, kept in line with the content by `sync_roles()` (the `setup_roles` command):

- "Coordinators", the coordinator's staff: add, edit, publish (and so unpublish), delete and lock on the home page
  of every language tree, so on its standard pages and on the events, knowledge and directory indexes; admin
  access, wagtail-localize's "submit translation", images and documents, sending newsletters, reviewing
  applications to join, the search query report and promoted search results. They are the only members of the
  "Coordinator review" task, so Wagtail e-mails them each submission.
- "Partner: NAME", one per partner organisation (`OrganisationPage.is_partner`, NAME in the default language):
  add and edit, never publish, on that partner's events section (`EventSectionPage.organisation`) and on its
  translations in every language tree; admin access; "submit translation"; adding and choosing images and
  documents. Through the tree, reports can be added only under the partner's own events.
- The "Partner review" workflow (one GroupApprovalTask, "Coordinator review") on the root page and on each events
  index replaces Wagtail's default "Moderators approval", which is deactivated.

Wagtail's default "Moderators" and "Editors" groups, which hold rights on the root page, are deleted (emptied of
rights when they have members).

These groups are managed: running `sync_roles()` again sets them back to exactly this (page, collection and model
permissions), renames a partner's group when the partner is renamed and strips the permissions of "Partner: "
groups whose organisation is no longer a partner. Members are never touched.

Page types are named by "app_label.ModelName" and looked up when needed: this module imports no domain app.

What Wagtail does not refuse by itself is refused here (the admin hooks in events/wagtail_hooks.py call it):
- deleting a page that has ever been published, unless one may publish it (`delete_refusal`);
- translating, or syncing the translations of, a page one cannot edit (wagtail-localize only checks its own
  "submit translation" permission), and publishing translations through "Sync translated pages" without the right
  to publish them (`can_translate`, `can_sync_translations`).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PagePermissionTester,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COORDINATORS = "Coordinators"
PARTNER_PREFIX = "Partner: "
WORKFLOW = "Partner review"
TASK = "Coordinator review"
DEFAULT_WORKFLOW = "Moderators approval"  # created by Wagtail's migrations
# Wagtail's migrations also create these two groups, with rights on the root page (so on every page of the site).
DEFAULT_GROUPS = ("Moderators", "Editors")

# Page permissions (wagtailcore.<action>_page). "publish" covers unpublishing; "bulk_delete" deleting a subtree.
COORDINATOR_PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
PARTNER_PAGE_ACTIONS = ("add", "change")

# The pages whose subtrees the coordinators publish, in every language tree: the home page (so the standard pages
# under it: about, privacy, legal notice) and, named for the signal that shares rights with new language versions,
# the indexes under it.
COORDINATOR_PAGE_TYPES = (
    "home.HomePage",
    "events.EventIndexPage",
    "knowledge.GoodPracticeIndexPage",
    "knowledge.TrainingIndexPage",
    "knowledge.NewsletterIndexPage",
    "knowledge.PressRoomPage",
    "network.DirectoryPage",
)

COMMON_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
COORDINATOR_PERMISSIONS = COMMON_PERMISSIONS + (
    "knowledge.send_newsletter",
    "network.view_joinapplication",
    "network.change_joinapplication",
    # Search: the query report, synonym sets and promoted results (portal/search/wagtail_hooks.py, search_promotions).
    "portal_search.view_searchqueryday",
    "portal_search.add_synonymset",
    "portal_search.change_synonymset",
    "portal_search.delete_synonymset",
    # Keywords' names in each language (portal.core.keywords).
    "core.add_keywordlabel",
    "core.change_keywordlabel",
    "core.delete_keywordlabel",
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
)
PARTNER_PERMISSIONS = COMMON_PERMISSIONS

# On the root collection.
COORDINATOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
)
# Wagtail lets whoever uploaded an image or document edit it with "add" alone.
PARTNER_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)

GROUP_NAME_LENGTH = 150  # auth.Group.name


# Permissions ----------------------------------------------------------------------------------------------------


def _permissions(labels):
    """Permission objects for "app_label.codename" labels; a missing one is an error (a renamed app or model)."""
    wanted = {tuple(label.split(".", 1)) for label in labels}
    found = {
        (perm.content_type.app_label, perm.codename): perm
        for perm in Permission.objects.filter(codename__in={codename for _app, codename in wanted}).select_related(
            "content_type"
        )
    }
    missing = sorted(".".join(key) for key in wanted - found.keys())
    if missing:
        raise LookupError(f"Unknown permissions: {', '.join(missing)} (run migrate first)")
    return [found[key] for key in sorted(wanted)]


def _page_permissions(actions):
    return _permissions(f"wagtailcore.{action}_page" for action in actions)


# The content the roles apply to -------------------------------------------------------------------------------


def coordinator_pages():
    """The pages of COORDINATOR_PAGE_TYPES in every language tree that are not below another of them: the homes,
    and an index only where it stands outside a home. A right on a page holds for everything below it, and Wagtail
    ORs one condition per right when it works out what a user may see: redundant rows only make that query longer
    (too long for SQLite's expression depth once there were some 250)."""
    pages = []
    for label in COORDINATOR_PAGE_TYPES:
        pages.extend(apps.get_model(label).objects.order_by("path"))
    pages.sort(key=lambda page: page.path)
    kept = []
    for page in pages:
        if not any(page.path.startswith(top.path) for top in kept):
            kept.append(page)
    return kept


def event_indexes():
    return list(apps.get_model("events", "EventIndexPage").objects.order_by("path"))


def partner_organisations():
    """{translation key: the partner's OrganisationPage in the default language (else its oldest version)}."""
    organisation_model = apps.get_model("network", "OrganisationPage")
    default_locale_id = Locale.get_default().pk
    partners = {}
    for page in organisation_model.objects.real().filter(is_partner=True).order_by("pk"):
        current = partners.get(page.translation_key)
        if current is None or (page.locale_id == default_locale_id and current.locale_id != default_locale_id):
            partners[page.translation_key] = page
    return partners


def partner_sections(organisation_key):
    """The events sections of the partner with this translation key, and all their translations (the coordinator's
    section excepted: it belongs to the coordinators even when it names the coordinating partner)."""
    section_model = apps.get_model("events", "EventSectionPage")
    keys = section_model.objects.filter(
        organisation__translation_key=organisation_key,
        is_coordinator=False,
    ).values("translation_key")
    return list(section_model.objects.filter(translation_key__in=keys, is_coordinator=False).order_by("path"))


# Keeping groups in line -----------------------------------------------------------------------------------------


@dataclass
class Report:
    changes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def change(self, text):
        self.changes.append(text)


def _sync_model_permissions(group, permissions, report):
    wanted = {perm.pk for perm in permissions}
    current = set(group.permissions.values_list("pk", flat=True))
    if wanted != current:
        group.permissions.set(permissions)
        report.change(f"{group.name}: {len(wanted - current)} permission(s) added, {len(current - wanted)} removed")


def _sync_page_permissions(group, pages, permissions, report):
    wanted = {(page.pk, perm.pk) for page in pages for perm in permissions}
    existing = {(row.page_id, row.permission_id): row.pk for row in GroupPagePermission.objects.filter(group=group)}
    extra = [pk for key, pk in existing.items() if key not in wanted]
    missing = wanted - existing.keys()
    if extra:
        GroupPagePermission.objects.filter(pk__in=extra).delete()
    if missing:
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group=group, page_id=page_id, permission_id=perm_id) for page_id, perm_id in missing
        )
    if extra or missing:
        report.change(f"{group.name}: {len(missing)} page permission(s) added, {len(extra)} removed")


def _sync_collection_permissions(group, permissions, report):
    root = Collection.get_first_root_node()
    wanted = {(root.pk, perm.pk) for perm in permissions}
    existing = {
        (row.collection_id, row.permission_id): row.pk for row in GroupCollectionPermission.objects.filter(group=group)
    }
    extra = [pk for key, pk in existing.items() if key not in wanted]
    missing = wanted - existing.keys()
    if extra:
        GroupCollectionPermission.objects.filter(pk__in=extra).delete()
    if missing:
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(group=group, collection_id=collection_id, permission_id=perm_id)
            for collection_id, perm_id in missing
        )
    if extra or missing:
        report.change(f"{group.name}: {len(missing)} collection permission(s) added, {len(extra)} removed")


def _group(name, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.change(f"{name}: group created")
    return group


def partner_group_name(organisation):
    return (PARTNER_PREFIX + organisation.title)[:GROUP_NAME_LENGTH]


def _partner_group(name, sections, claimed, report):
    """The partner's group: the one with its name, else (a renamed partner) the unclaimed "Partner: " group that
    holds permissions on one of its sections, renamed; else a new one."""
    group = Group.objects.filter(name=name).first()
    if group is None and sections:
        group = (
            Group.objects.filter(name__startswith=PARTNER_PREFIX, page_permissions__page__in=sections)
            .exclude(pk__in=claimed)
            .distinct()
            .order_by("pk")
            .first()
        )
        if group is not None:
            report.change(f"{group.name}: renamed {name}")
            group.name = name
            group.save(update_fields=["name"])
    return group or _group(name, report)


def sync_coordinators(report):
    group = _group(COORDINATORS, report)
    _sync_model_permissions(group, _permissions(COORDINATOR_PERMISSIONS), report)
    _sync_page_permissions(group, coordinator_pages(), _page_permissions(COORDINATOR_PAGE_ACTIONS), report)
    _sync_collection_permissions(group, _permissions(COORDINATOR_COLLECTION_PERMISSIONS), report)
    return group


def sync_partners(report):
    """One group per partner; returns {translation key of the organisation: group}."""
    model_permissions = _permissions(PARTNER_PERMISSIONS)
    page_permissions = _page_permissions(PARTNER_PAGE_ACTIONS)
    collection_permissions = _permissions(PARTNER_COLLECTION_PERMISSIONS)
    groups, claimed = {}, set()
    for key, organisation in sorted(partner_organisations().items(), key=lambda item: item[1].pk):
        sections = partner_sections(key)
        name = partner_group_name(organisation)
        if Group.objects.filter(name=name, pk__in=claimed).exists():  # two partners with the same name
            name = f"{PARTNER_PREFIX}{organisation.title} ({organisation.slug})"[:GROUP_NAME_LENGTH]
        group = _partner_group(name, sections, claimed, report)
        claimed.add(group.pk)
        _sync_model_permissions(group, model_permissions, report)
        _sync_page_permissions(group, sections, page_permissions, report)
        _sync_collection_permissions(group, collection_permissions, report)
        if not sections:
            report.warnings.append(f"{group.name}: no events section names this partner yet")
        groups[key] = group
    # "Partner: " groups of organisations that are no longer partners keep their members, lose their rights.
    for group in Group.objects.filter(name__startswith=PARTNER_PREFIX).exclude(pk__in=claimed).order_by("name"):
        _sync_model_permissions(group, [], report)
        _sync_page_permissions(group, [], [], report)
        _sync_collection_permissions(group, [], report)
    return groups


def retire_default_groups(report):
    """Wagtail's "Moderators" and "Editors" groups: deleted when nobody is in them, otherwise emptied of every right
    (members are never touched) with a warning, so that nobody edits the whole site outside the roles."""
    for group in Group.objects.filter(name__in=DEFAULT_GROUPS).order_by("name"):
        if not group.user_set.exists():
            group.delete()
            report.change(f"{group.name}: Wagtail's default group deleted")
            continue
        _sync_model_permissions(group, [], report)
        _sync_page_permissions(group, [], [], report)
        _sync_collection_permissions(group, [], report)
        report.warnings.append(f"{group.name}: has members, kept without rights; move them to a role")


def _active(model, name, report):
    """The active task or workflow with this name, created or reactivated when needed."""
    obj = model.objects.filter(name=name).order_by("pk").first()
    if obj is None:
        obj = model.objects.create(name=name)
        report.change(f"{name}: created")
    if not obj.active:
        obj.active = True
        obj.save(update_fields=["active"])
        report.change(f"{name}: reactivated")
    return obj


def sync_workflow(coordinators, report):
    """The "Partner review" workflow, its one "Coordinator review" task, on the root page and every events index;
    Wagtail's default "Moderators approval" deactivated."""
    task = _active(GroupApprovalTask, TASK, report)
    if list(task.groups.all()) != [coordinators]:
        task.groups.set([coordinators])
        report.change(f"task {TASK}: approved by {coordinators.name}")

    workflow = _active(Workflow, WORKFLOW, report)
    steps = list(WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order"))
    if [step.task_id for step in steps] != [task.pk]:
        WorkflowTask.objects.filter(workflow=workflow).delete()
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        report.change(f"workflow {WORKFLOW}: one task, {TASK}")

    for old in Workflow.objects.filter(name=DEFAULT_WORKFLOW, active=True):
        old.deactivate()  # cancels what is in moderation under it and removes it from its pages
        report.change(f"workflow {DEFAULT_WORKFLOW} deactivated")

    for page in [Page.get_first_root_node(), *event_indexes()]:
        link = WorkflowPage.objects.filter(page=page).first()
        if link is None:
            WorkflowPage.objects.create(page=page, workflow=workflow)
            report.change(f"workflow {WORKFLOW} assigned to page {page.pk}")
        elif link.workflow_id != workflow.pk:
            link.workflow = workflow
            link.save(update_fields=["workflow"])
            report.change(f"workflow {WORKFLOW} assigned to page {page.pk} instead of {link.workflow}")
    return workflow


@transaction.atomic
def sync_roles():
    """Create or correct every role, the workflow and its assignments. Returns a Report (empty changes: nothing to
    do)."""
    report = Report()
    coordinators = sync_coordinators(report)
    sync_partners(report)
    sync_workflow(coordinators, report)
    retire_default_groups(report)
    return report


# New language versions -----------------------------------------------------------------------------------------


def share_translation_permissions(page):
    """Give a new language version of a managed page (an index, a partner's section) the page permissions the
    managed groups hold on its other versions, so that a partner who translates an event into a language its
    section was not yet in (wagtail-localize then copies the missing parents) can go on editing it at once."""
    managed = Q(group__name=COORDINATORS) | Q(group__name__startswith=PARTNER_PREFIX)
    wanted = set(
        GroupPagePermission.objects.filter(managed, page__translation_key=page.translation_key)
        .exclude(page_id=page.pk)
        .values_list("group_id", "permission_id")
    )
    wanted -= set(GroupPagePermission.objects.filter(page_id=page.pk).values_list("group_id", "permission_id"))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group_id=group_id, page_id=page.pk, permission_id=perm_id) for group_id, perm_id in wanted
    )


def _page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        share_translation_permissions(instance)


def connect_signals():
    """Called once the apps are ready (CoreConfig.ready)."""
    for label in (*COORDINATOR_PAGE_TYPES, "events.EventSectionPage"):
        post_save.connect(_page_created, sender=apps.get_model(label), dispatch_uid=f"portal.core.roles:{label}")


# What Wagtail leaves open --------------------------------------------------------------------------------------


def delete_refusal(user, page):
    """Why `user` may not delete `page` (a message), or None. Beyond Wagtail's rules: whoever cannot publish the
    page (a partner) deletes only pages that were never published, the page and everything under it."""
    if user.is_superuser or page.permissions_for_user(user).can_publish():
        return None
    if page.get_descendants(inclusive=True).filter(first_published_at__isnull=False).exists():
        return _(
            "“%(title)s” has been published: only the coordinators can delete it. Ask them to unpublish or delete it."
        ) % {"title": page.get_admin_display_title()}
    return None


def can_translate(user, page):
    """Translating a page is editing it in other languages: the source must be editable by the user."""
    source = page.alias_of.specific if page.alias_of_id else page
    return user.is_superuser or source.permissions_for_user(user).can_edit()


def can_translate_snippet(user, model):
    """A new translation of a snippet is a new snippet."""
    from wagtail.snippets.permissions import get_permission_name

    return user.is_superuser or user.has_perm(get_permission_name("add", model))


def can_sync_translations(user, source_object, publish):
    """ "Sync translated pages": the source must be translatable by the user and, to publish at once, every enabled
    translation publishable by them."""
    if user.is_superuser:
        return True
    if isinstance(source_object, Page):
        if not can_translate(user, source_object):
            return False
        if publish:
            targets = source_object.get_translations().filter(alias_of__isnull=True)
            return all(target.permissions_for_user(user).can_publish() for target in targets)
        return True
    from wagtail.models import DraftStateMixin
    from wagtail.snippets.permissions import get_permission_name

    model = type(source_object)
    if not user.has_perm(get_permission_name("change", model)):
        return False
    if publish and issubclass(model, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", model))
    return True


class RolePagePermissionTester(PagePermissionTester):
    """Wagtail's tester with `delete_refusal` applied, so that the admin does not offer a delete it would refuse."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and delete_refusal(self.user, self.page) is None


class RolePermissionsMixin:
    """For the page types partners edit (events and their reports): the admin offers what the roles allow."""

    def permissions_for_user(self, user):
        return RolePagePermissionTester(user, self)
