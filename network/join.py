"""Join the network: organisations apply through a public form; a coordinator approves or rejects.

The form is the `join/` route of each DirectoryPage; the application waits in the admin (network.wagtail_hooks).
Nothing is public before approval: approving creates the OrganisationPage and publishes it as the coordinator's
act (recorded in the page history), under the directory the application came from, else the directory of its
language, else the default language's. The applicant is e-mailed at each step, in the application's language.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

from portal.core import mail, ratelimit
from portal.core.i18n import current_site
from portal.core.models import SiteSettings
from portal.core.public_forms import message_page, page_with_form, rate_limited, too_many_requests
from portal.core.shell import privacy_page
from portal.core.urls import absolute_url, page_url

from .forms import CONSENT_TEXT, JoinForm
from .models.join import JoinApplication, name_city_key, website_key

logger = logging.getLogger(__name__)


class ReviewError(Exception):
    """An approval or rejection that cannot be done (already reviewed, no directory)."""


class JoinRoutesMixin(RoutablePageMixin):
    """The join form on DirectoryPage: `join/` (GET the form, POST an application) and `join/done/`."""

    @path("join/", name="join")
    def join(self, request):
        form = JoinForm()
        if request.method == "POST":
            if window := rate_limited(request, "network-join", settings.JOIN_RATE_LIMIT):
                return too_many_requests(request, window, self._join_message_context(request))
            form = JoinForm(request.POST)
            if form.is_bot():
                # Answer as for anyone, so that the robot learns nothing; record and send nothing.
                return self._join_done_redirect(request)
            if form.is_valid():
                submit(self, form)
                return self._join_done_redirect(request)
        context = {
            "title": _("Join the network"),
            "form": form,
            "action": self.get_url(request) + self.reverse_subpage("join"),
            "privacy_page": privacy_page(request, self.locale.language_code),
        }
        if request.method == "POST":  # refused: the form as it was filled in, never kept
            return page_with_form(self, request, context, template="network/join_form.html")
        return self.render(request, template="network/join_form.html", context_overrides=context)

    @path("join/done/", name="join_done")
    def join_done(self, request):
        title = _("Thank you: your application was sent")
        return message_page(request, "network/join_done.html", title, self._join_message_context(request))

    def _join_message_context(self, request):
        return {"page": self, "self": self, "back_url": self.get_url(request), "back_label": _("Back to the directory")}

    def _join_done_redirect(self, request):
        return HttpResponseRedirect(self.get_url(request) + self.reverse_subpage("join_done"), status=303)


# The application ----------------------------------------------------------------------------------------------


def submit(directory, form):
    """Record the application from a valid form, flag a likely duplicate, e-mail the applicant."""
    application = form.save(commit=False)
    application.language = directory.locale.language_code
    application.directory = directory
    application.consent_text = str(CONSENT_TEXT)
    notes = duplicate_notes(application)
    application.possible_duplicate = bool(notes)
    application.duplicate_note = "\n".join(notes)
    application.save()
    acknowledge(application)
    notify_coordinators(application)
    return application


def acknowledge(application):
    """Tell the applicant the application arrived. Anyone can type any address in the form: the acknowledgement
    holds fixed wording (no free text from the form but the one-line organisation name), and one address gets at
    most JOIN_ACKNOWLEDGEMENT_EMAIL_LIMIT of them, so the form cannot be used to send mail to strangers."""
    limit, window = settings.JOIN_ACKNOWLEDGEMENT_EMAIL_LIMIT
    address = application.contact_email
    if not ratelimit.hit(None, "network-join-acknowledgement", limit, window, key=address.strip().casefold()):
        logger.info("Join form: acknowledgement not sent (per-address limit reached)")
        return False
    return send_to_applicant(application, address, "join_received")


def duplicate_notes(application):
    """Why `application` looks like a pending application or an existing organisation, in the default language
    (for the coordinator; the applicant sees nothing different)."""
    OrganisationPage = apps.get_model("network", "OrganisationPage")  # the page models import this module

    site = website_key(application.website)
    name = name_city_key(application.organisation_name, application.city)
    notes = []
    with translation.override(settings.LANGUAGE_CODE):
        same = (Q(name_key=name) | Q(website_key=site)) if site else Q(name_key=name)
        pending = JoinApplication.objects.filter(same, status=JoinApplication.Status.PENDING).exclude(pk=application.pk)
        for other in pending:
            values = {"name": other.organisation_name, "date": timezone.localdate(other.created_at).isoformat()}
            if site and other.website_key == site:
                notes.append(
                    gettext(
                        "Same website as the application from “%(name)s” received on %(date)s, still "
                        "waiting for review."
                    )
                    % values
                )
            if other.name_key == name:
                notes.append(
                    gettext(
                        "Same name and city as the application from “%(name)s” received on %(date)s, "
                        "still waiting for review."
                    )
                    % values
                )
        seen = set()  # one organisation, whatever its number of translations
        for pk, key, title, city, url in OrganisationPage.objects.order_by("pk").values_list(
            "pk", "translation_key", "title", "city", "website"
        ):
            if key in seen:
                continue
            values = {"title": title, "id": pk}
            if site and website_key(url) == site:
                seen.add(key)
                notes.append(gettext("Same website as the organisation page “%(title)s” (id %(id)s).") % values)
            if name_city_key(title, city) == name:
                seen.add(key)
                notes.append(gettext("Same name and city as the organisation page “%(title)s” (id %(id)s).") % values)
    return notes


# The coordinator's decision -----------------------------------------------------------------------------------


def target_directory(application):
    """Where the approved organisation goes: the directory it applied on, else its language's, else the default's."""
    DirectoryPage = apps.get_model("network", "DirectoryPage")

    directories = DirectoryPage.objects.live().real().order_by("path")
    chosen = directories.filter(pk=application.directory_id).first() if application.directory_id else None
    for language in (application.language, settings.LANGUAGE_CODE):
        chosen = chosen or directories.filter(locale__language_code=language).first()
    return chosen


def approve(application, user):
    """Create and publish the organisation's page as `user`'s act (who needs the permission to publish in the
    directory); keep the application minimal (a link to the page). Returns (page, whether the applicant was
    e-mailed)."""
    OrganisationPage = apps.get_model("network", "OrganisationPage")  # the page models import this module

    with transaction.atomic():
        application = _pending(application)
        directory = target_directory(application)
        if directory is None:
            raise ReviewError(gettext("There is no live directory page to publish the organisation in."))
        if not directory.permissions_for_user(user).can_publish_subpage():
            raise ReviewError(
                gettext("You need the permission to publish pages in “%(title)s” to approve.")
                % {"title": directory.title}
            )
        page = OrganisationPage(
            title=application.organisation_name,
            slug=_free_slug(directory, application.organisation_name),
            locale=directory.locale,
            owner=user,
            org_type=application.org_type,
            country=application.country,
            city=application.city,
            website=application.website,
            contact_public=application.contact_public,
            private_email=application.contact_email,
            sectors=application.sectors,
            services=application.services,
            description=_as_rich_text(application.description),
        )
        directory.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=False)
        log(instance=page, action="wagtail.create", user=user, revision=revision, content_changed=True)
        revision.publish(user=user)
        page.refresh_from_db()
        address = application.contact_email
        application.status = JoinApplication.Status.APPROVED
        application.reviewed_at, application.reviewed_by, application.page = timezone.now(), user, page
        # The page now holds what is public and the private address; the contact person is not kept.
        application.contact_name = application.contact_email = application.description = ""
        application.save()
    return page, send_to_applicant(application, address, "join_approved", page_url=page_url(page))


def reject(application, user, reason):
    """Reject with a reason, which is e-mailed to the applicant. Returns whether the e-mail was sent."""
    with transaction.atomic():
        application = _pending(application)
        application.status = JoinApplication.Status.REJECTED
        application.reviewed_at, application.reviewed_by = timezone.now(), user
        application.rejection_reason = reason
        application.save()
    return send_to_applicant(application, application.contact_email, "join_rejected")


def _pending(application):
    application = JoinApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != JoinApplication.Status.PENDING:
        raise ReviewError(gettext("This application has already been reviewed."))
    return application


def _free_slug(parent, title):
    return find_available_slug(parent, slugify(title, allow_unicode=True)[:80].strip("-") or "organisation")


def _as_rich_text(text):
    """Plain text (paragraphs separated by blank lines) as rich text."""
    paragraphs = [" ".join(part.split()) for part in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


# E-mails ------------------------------------------------------------------------------------------------------


def send_to_applicant(application, address, template, **context):
    """An e-mail to the applicant in the application's language, answered to the site's contact address (site
    settings). Returns whether it went (None: it waits for the transaction to commit); failures are logged."""
    context = {"application": application, "site_name": settings.WAGTAIL_SITE_NAME, **context}
    site = current_site(None)
    contact = SiteSettings.for_site(site).contact_email if site else ""
    return mail.send_templated(
        f"network/emails/{template}",
        context,
        [address],
        language=application.language,
        reply_to=[contact] if contact else None,
    )


def notify_coordinators(application):
    """Tell the coordinators (JOIN_NOTIFY_EMAILS) that an application waits, with the link to review it."""
    if not settings.JOIN_NOTIFY_EMAILS:
        return False
    context = {
        "application": application,
        "review_url": absolute_url(reverse("join_applications:inspect", args=[application.pk])),
    }
    return mail.send_templated(
        "network/emails/join_new_application",
        context,
        list(settings.JOIN_NOTIFY_EMAILS),
        language=settings.LANGUAGE_CODE,
    )
