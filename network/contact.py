"""Contact an organisation: a form on each organisation page that relays the message to its private address.

The private address is never shown: not on the site, not in the copy sent to the sender. The organisation's
e-mail carries the sender's address as Reply-To. Each relayed message leaves a ContactLog line without its
content, name or e-mail address (purged by `purge_personal_data`, see network.retention).
"""

import logging

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.core import mail, ratelimit
from portal.core.public_forms import (
    message_page,
    page_with_form,
    rate_limited,
    too_many_requests,
)
from portal.core.shell import privacy_page
from portal.core.urls import absolute_url, page_path, route_path

from .forms import ContactForm
from .models.contact import ContactLog

logger = logging.getLogger(__name__)


class ContactFormMixin(RoutablePageMixin):
    """Routes of the contact form on OrganisationPage: `contact/` (POST) and `contact/sent/`."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.private_email:
            context.update(self.contact_context(request))
        return context

    def contact_context(self, request, form=None):
        return {
            "contact_form": form or ContactForm(),
            "contact_action": route_path(self, "contact", request=request),
            "contact_privacy_page": privacy_page(request, self.locale.language_code),
        }

    @path("contact/", name="contact")
    def contact(self, request):
        if not self.private_email:
            raise Http404
        if request.method != "POST":
            return HttpResponseRedirect((self.get_url(request) or "") + "#contact")
        if window := rate_limited(request, "network-contact", settings.CONTACT_RATE_LIMIT):
            return too_many_requests(request, window, self._contact_page_context(request))
        form = ContactForm(request.POST)
        if form.is_bot():
            # Answer as for anyone, so that the robot learns nothing; send and record nothing.
            return HttpResponseRedirect(route_path(self, "contact_sent", request=request), status=303)
        if not form.is_valid():
            return self._contact_form_again(request, form, status=400)
        try:
            copy_sent = relay(self, form.cleaned_data, request)
        except RelayFailed:
            logger.warning("Contact form: the message could not be relayed (page %s)", self.pk)
            form.add_error(None, _("Your message could not be sent. Please try again later."))
            return self._contact_form_again(request, form, status=503)
        ContactLog.objects.create(page=self, copy_sent=copy_sent, client_hash=client_hash(request))
        return HttpResponseRedirect(route_path(self, "contact_sent", request=request), status=303)

    @path("contact/sent/", name="contact_sent")
    def contact_sent(self, request):
        if not self.private_email:
            raise Http404
        return self._contact_page(request, "contact_sent.html", _("Your message has been sent"))

    def _contact_form_again(self, request, form, status):
        """The organisation page again, with the form as it was filled in and its errors."""
        return page_with_form(self, request, self.contact_context(request, form), status=status)

    def _contact_page(self, request, template, title):
        return message_page(request, f"network/{template}", title, self._contact_page_context(request))

    def _contact_page_context(self, request):
        back = _("Back to %(organisation)s") % {"organisation": self.title}
        return {"page": self, "self": self, "back_url": self.get_url(request), "back_label": back}


def client_hash(request):
    """A keyed hash of the client's address (as the rate limiter counts it): not reversible without SECRET_KEY."""
    return salted_hmac("network.contact.client", ratelimit.client_ip(request)).hexdigest()[:32]


def relay(page, data, request=None):
    """E-mail the message to the organisation (Reply-To: the sender); a copy to the sender when asked and allowed.

    Returns whether a copy was sent; raises RelayFailed when the message itself could not be sent. The copy never
    names the private address.
    """
    context = {**data, "organisation": page.title, "page_url": absolute_url(page_path(page, request) or "/")}
    language = page.locale.language_code
    sent = mail.send_templated(
        "network/emails/contact_message", context, [page.private_email], language=language, reply_to=[data["email"]]
    )
    if sent is False:
        raise RelayFailed
    if not data["send_copy"]:
        return False
    # A copy goes to an address nobody checked: a per-address limit keeps the form from being used to flood one.
    limit, window = settings.CONTACT_COPY_EMAIL_LIMIT
    if not ratelimit.hit(request, "network-contact-copy", limit, window, key=data["email"].lower()):
        logger.info("Contact form: copy not sent (per-address limit reached)")
        return False
    # When the copy fails, the message itself went through: say so (the failure is logged).
    return mail.send_templated("network/emails/contact_copy", context, [data["email"]], language=language) is not False


class RelayFailed(Exception):
    """The message could not be handed to the mail server (the failure is logged)."""
