"""The admin action: review an issue's audience, then send it (or a test copy). Needs knowledge.send_newsletter.

The send is queued for the background worker and the page answers at once: a web request would be cut short by
the server's timeout long before thousands of e-mails are out. The page shows the send's progress on each reload.
A test copy is one e-mail: it goes at once."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from knowledge.models.subscriptions import NewsletterDelivery, NewsletterSend, Subscriber
from portal.core import dates

from .sending import (
    IssueRenderer,
    NewsletterError,
    SendInProgress,
    active_send,
    batch_size,
    send_test,
)
from .tasks import queue_issue

PERMISSION = "knowledge.send_newsletter"


def can_send(user):
    return bool(user and user.is_active and user.has_perm(PERMISSION))


class SendNewsletterView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "knowledge/admin/send_newsletter.html"
    header_icon = "mail"
    page_title = gettext_lazy("Send newsletter")

    def dispatch(self, request, page_id):
        if not can_send(request.user):
            raise PermissionDenied
        from knowledge.models import NewsletterIssuePage

        self.page = get_object_or_404(Page, pk=page_id).specific
        if not isinstance(self.page, NewsletterIssuePage):
            raise Http404
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": _("Send newsletter")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.page
        renderer = IssueRenderer(page) if page.live else None
        confirmed = dict(
            Subscriber.objects.confirmed().values_list("language").annotate(n=Count("pk")).values_list("language", "n")
        )
        delivered = dict(
            NewsletterDelivery.objects.filter(
                issue_key=page.translation_key, subscriber__status=Subscriber.Status.CONFIRMED
            )
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        rows = []
        for code, name in settings.LANGUAGES:
            version = renderer.version_for(code) if renderer else None
            rows.append(
                {
                    "code": code,
                    "name": name,
                    "subscribers": confirmed.get(code, 0),
                    "version": version,
                    "translated": bool(version) and version.locale.language_code == code,
                }
            )
        context.update(
            page=page,
            rows=rows,
            total=sum(confirmed.values()),
            already_sent=delivered.get(NewsletterDelivery.Status.SENT, 0),
            uncertain=delivered.get(NewsletterDelivery.Status.SENDING, 0),
            sends=NewsletterSend.objects.filter(issue_key=page.translation_key).select_related("started_by")[:20],
            batch_size=batch_size(),
            current=active_send(page.translation_key),
            test_email=self.request.user.email,
        )
        context["to_send"] = max(0, context["total"] - context["already_sent"] - context["uncertain"])
        if current := context["current"]:
            # This run's share: who had not had the issue when it started.
            context["current_total"] = max(0, current.recipients - current.already_sent - current.uncertain)
        return context

    def post(self, request, page_id):
        here = reverse("knowledge_newsletter_send", args=[self.page.pk])
        if not self.page.live:
            messages.error(request, _("Publish this issue before sending it."))
            return redirect(here)
        try:
            if request.POST.get("action") == "test":
                address = (request.POST.get("test_email") or "").strip()
                try:
                    validate_email(address)
                except ValidationError:
                    messages.error(request, _("Please enter a valid e-mail address for the test copy."))
                    return redirect(here)
                send_test(self.page, address, user=request.user, via="admin")
                messages.success(request, _("A test copy was sent to %(email)s.") % {"email": address})
                return redirect(here)
            if request.POST.get("confirm") != "yes":
                messages.error(request, _("Tick the confirmation box to send the issue to all subscribers."))
                return redirect(here)
            queue_issue(self.page, user=request.user, via="admin")
        except SendInProgress as exc:
            messages.warning(
                request,
                _(
                    "This issue is already being sent (started %(started)s): follow its progress below. A second "
                    "send can start once it has finished."
                )
                % {"started": dates.short_date_time(timezone.localtime(exc.record.started_at))},
            )
            return redirect(here)
        except NewsletterError as exc:
            messages.error(request, str(exc))
            return redirect(here)
        messages.success(
            request,
            _(
                "The newsletter is being sent in the background, in batches of %(batch_size)s. Reload this page "
                "to follow its progress. Nobody gets the issue twice."
            )
            % {"batch_size": batch_size()},
        )
        return redirect(here)
