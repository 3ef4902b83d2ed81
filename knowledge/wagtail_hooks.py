"""Admin: the 'Send newsletter' action on live newsletter issues, for users with knowledge.send_newsletter."""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from knowledge.newsletter.admin_views import SendNewsletterView, can_send
from portal.core.sections import PAGE_SECTIONS_HOOK

from . import sections

hooks.register(PAGE_SECTIONS_HOOK, sections.organisation_good_practices)


class SendNewsletterButton(PageMenuItem):
    label = _("Send newsletter")
    icon_name = "mail"

    @property
    def url(self):
        return reverse("knowledge_newsletter_send", args=[self.page.pk])

    def is_shown(self, user):
        from knowledge.models import NewsletterIssuePage

        return (
            issubclass(self.page.specific_class or type(None), NewsletterIssuePage)
            and self.page.live
            and not self.page.alias_of_id
            and can_send(user)
        )


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    # Outside the admin request's transaction: each delivery is committed as it is sent (see sending.py).
    view = transaction.non_atomic_requests(SendNewsletterView.as_view())
    return [path("newsletter/send/<int:page_id>/", view, name="knowledge_newsletter_send")]


@hooks.register("register_page_header_buttons")
def newsletter_header_button(page, user, view_name, next_url=None):
    yield SendNewsletterButton(page=page, priority=55)


@hooks.register("register_page_listing_more_buttons")
def newsletter_listing_button(page, user, next_url=None):
    yield SendNewsletterButton(page=page, priority=45)


@hooks.register("register_permissions")
def newsletter_permissions():
    """So that administrators can give 'send newsletter' to a group in Settings > Groups."""
    return Permission.objects.filter(content_type__app_label="knowledge", codename="send_newsletter")
