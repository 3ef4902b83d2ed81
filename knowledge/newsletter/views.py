"""The public subscription views. They are routes of NewsletterIndexPage (see knowledge.models.newsletters)."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from knowledge.models.subscriptions import Subscriber
from portal.core import ratelimit
from portal.core.i18n import privacy_page

from . import subscription
from .forms import CONSENT_TEXT, SubscribeForm
from .tokens import ExpiredToken, InvalidToken, read_confirm_token, read_unsubscribe_token

ONE_CLICK_BODY = ("List-Unsubscribe", "One-Click")


def _render(request, index_page, template, context=None, status=200):
    context = {"page": index_page, "self": index_page, "index_page": index_page, **(context or {})}
    response = TemplateResponse(request, f"knowledge/{template}", context, status=status)
    add_never_cache_headers(response)
    return response


def _route_url(request, index_page, name, *args):
    return index_page.get_url(request) + index_page.reverse_subpage(name, args=args)


def subscribe_context(request, index_page, form=None):
    """What the subscription form needs on the index page."""
    return {
        "subscribe_form": form or SubscribeForm(),
        "subscribe_action": _route_url(request, index_page, "subscribe"),
        "privacy_page": privacy_page(request, index_page.locale.language_code),
    }


def too_many_requests(request, index_page, window):
    response = _render(request, index_page, "subscription_too_many.html", {"title": _("Too many requests")}, status=429)
    response["Retry-After"] = str(window)
    return response


def subscribe(index_page, request):
    if request.method != "POST":
        return HttpResponseRedirect(index_page.get_url(request) + "#subscribe")
    limit, window = getattr(settings, "NEWSLETTER_SUBSCRIBE_RATE_LIMIT", (10, 3600))
    if not ratelimit.hit(request, "newsletter-subscribe", limit, window):
        return too_many_requests(request, index_page, window)
    form = SubscribeForm(request.POST)
    if form.is_bot():
        # Answer as for anyone, so that the robot learns nothing; record and send nothing.
        return HttpResponseRedirect(_route_url(request, index_page, "subscribe_sent"), status=303)
    if not form.is_valid():
        return index_page.render(
            request, context_overrides=subscribe_context(request, index_page, form) | {"subscribe_errors": True}
        )
    subscription.request_subscription(index_page, form.cleaned_data["email"], CONSENT_TEXT, request=request)
    return HttpResponseRedirect(_route_url(request, index_page, "subscribe_sent"), status=303)


def subscribe_sent(index_page, request):
    return _render(
        request,
        index_page,
        "subscription_check_inbox.html",
        {
            "title": _("Check your inbox"),
            "confirm_max_age_days": getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7),
        },
    )


def _invalid_link(request, index_page, expired=False):
    return _render(
        request,
        index_page,
        "subscription_invalid_link.html",
        {
            "title": _("This link has expired") if expired else _("This link is not valid"),
            "expired": expired,
            "max_age_days": getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE_DAYS", 7),
        },
        status=400,
    )


def confirm(index_page, request, token):
    """GET shows a button (so that a mail scanner following links subscribes nobody); POST confirms."""
    try:
        key = read_confirm_token(token)
    except ExpiredToken:
        return _invalid_link(request, index_page, expired=True)
    except InvalidToken:
        return _invalid_link(request, index_page)
    subscriber = Subscriber.objects.filter(key=key).first()
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _invalid_link(request, index_page)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return _render(
            request,
            index_page,
            "subscription_confirmed.html",
            {"title": _("Your subscription is confirmed"), "already": True},
        )
    if request.method == "POST":
        subscription.confirm(subscriber)
        return _render(
            request, index_page, "subscription_confirmed.html", {"title": _("Your subscription is confirmed")}
        )
    return _render(
        request,
        index_page,
        "subscription_confirm.html",
        {"title": _("Confirm your subscription"), "email": subscriber.email},
    )


def unsubscribe(index_page, request, token):
    """GET shows a button; POST unsubscribes, from that form or as an RFC 8058 one-click request."""
    try:
        key = read_unsubscribe_token(token)
    except InvalidToken:
        return _invalid_link(request, index_page)
    if request.method == "POST":
        subscription.unsubscribe(key)
        return _render(
            request, index_page, "subscription_unsubscribed.html", {"title": _("You have been unsubscribed")}
        )
    subscriber = Subscriber.objects.filter(key=key).exclude(status=Subscriber.Status.UNSUBSCRIBED).first()
    if subscriber is None:
        return _render(
            request,
            index_page,
            "subscription_unsubscribed.html",
            {"title": _("You have been unsubscribed"), "already": True},
        )
    return _render(
        request,
        index_page,
        "subscription_unsubscribe.html",
        {"title": _("Unsubscribe from the newsletter"), "email": subscriber.email},
    )
