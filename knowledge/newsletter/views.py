"""The public subscription views. They are routes of NewsletterIndexPage (see knowledge.models.newsletters)."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from knowledge.models.subscriptions import Subscriber
from portal.core.public_forms import message_page, page_with_form, rate_limited, too_many_requests
from portal.core.shell import privacy_page
from portal.core.urls import route_path

from . import subscription, tasks
from .forms import CONSENT_TEXT, SubscribeForm
from .tokens import ExpiredToken, InvalidToken, confirms_request, read_confirm_token, read_unsubscribe_token

ONE_CLICK_BODY = ("List-Unsubscribe", "One-Click")


def _message_context(request, index_page):
    return {
        "page": index_page,
        "self": index_page,
        "index_page": index_page,
        "back_url": index_page.get_url(request),
        "back_label": _("Back to the newsletter"),
    }


def _render(request, index_page, template, context=None, status=200):
    context = {**_message_context(request, index_page), **(context or {})}
    return message_page(request, f"knowledge/{template}", context.pop("title"), context, status=status)


def subscribe_context(request, index_page, form=None):
    """What the subscription form needs on the index page."""
    return {
        "subscribe_form": form or SubscribeForm(),
        "subscribe_action": route_path(index_page, "subscribe", request=request),
        "privacy_page": privacy_page(request, index_page.locale.language_code),
    }


def subscribe(index_page, request):
    if request.method != "POST":
        return HttpResponseRedirect(index_page.get_url(request) + "#subscribe")
    limits = getattr(settings, "NEWSLETTER_SUBSCRIBE_RATE_LIMIT", (10, 3600))
    if window := rate_limited(request, "newsletter-subscribe", limits):
        return too_many_requests(request, window, _message_context(request, index_page))
    form = SubscribeForm(request.POST)
    if form.is_bot():
        # Answer as for anyone, so that the robot learns nothing; record and send nothing.
        return HttpResponseRedirect(route_path(index_page, "subscribe_sent", request=request), status=303)
    if not form.is_valid():
        return page_with_form(index_page, request, subscribe_context(request, index_page, form))
    # Queued, whatever the address: the request does the same work for a new, a pending and a confirmed address,
    # so that neither its answer nor its duration tells who is subscribed. The worker records it and mails.
    tasks.subscribe.enqueue(index_page.pk, form.cleaned_data["email"], str(CONSENT_TEXT))
    return HttpResponseRedirect(route_path(index_page, "subscribe_sent", request=request), status=303)


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
    if not confirms_request(token, subscriber):  # the link of an earlier request: a newer e-mail was sent
        return _invalid_link(request, index_page)
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
