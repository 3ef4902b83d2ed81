"""Brute-force protection for the passwords typed on the site: the admin login, the page and document passwords
(Wagtail's privacy settings) and password reset requests.

Wrong passwords are counted per target (an account, a page or collection restriction) and per client address, in
the shared cache through portal.core.ratelimit (keys are hashed: no username or address lands in the cache).
Once a target or an address has too many failures in the window (LOGIN_FAILURE_LIMIT, PAGE_PASSWORD_FAILURE_LIMIT),
its next attempts are refused before the password is even checked, with a 429 and "Try again in N minutes": a
guesser gets a handful of tries per window instead of a hundred a second. A successful login clears the account's
counter (whoever knows the password has nothing left to guess) but not the address's. `manage.py unlock_login`
lifts a lockout early.

Password reset requests send e-mails to whoever is named: they are limited per address (hashed) and per client
address (PASSWORD_RESET_RATE_LIMIT, PASSWORD_RESET_EMAIL_LIMIT). Over the per-address limit the answer is the same
"sent" page and nothing goes, so the form never tells whether an address has an account.
"""

import logging
import math
import time

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy, ngettext
from wagtail import views as wagtail_views
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views import account
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from . import ratelimit
from .password_reset import PasswordResetForm

logger = logging.getLogger(__name__)

GENERATION_KEY = "lockout:generation"  # bumped by `unlock_login --all`: every counter starts again from zero


def _generation():
    try:
        return ratelimit.limiter_cache().get(GENERATION_KEY, 0)
    except Exception:  # the counters themselves are unavailable too; ratelimit lets everyone through
        return 0


def _minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def too_many_failures_message(seconds):
    minutes = _minutes(seconds)
    return ngettext(
        "Too many failed attempts. Try again in %(minutes)s minute.",
        "Too many failed attempts. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


def too_many_requests_message(seconds):
    minutes = _minutes(seconds)
    return ngettext(
        "Too many requests. Try again in %(minutes)s minute.",
        "Too many requests. Try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}


class Guard:
    """Failures of one kind of password, counted per target and per client address. `target_limit` and `ip_limit`
    name settings holding (failures, window in seconds): the failure that reaches the limit locks for a whole
    window from then on (and each attempt while locked starts the window again)."""

    def __init__(self, name, target_limit, ip_limit):
        self.name, self.target_limit, self.ip_limit = name, target_limit, ip_limit

    def _counters(self, request, target):
        generation = _generation()  # one cache read for both counters
        counters = [self._ip_counter(ratelimit.client_ip(request), generation)]
        if target is not None:
            counters.append(self._target_counter(target, generation))
        return counters

    def _ip_counter(self, address, generation=None):
        generation = _generation() if generation is None else generation
        return f"{self.name}-ip:{generation}", getattr(settings, self.ip_limit), address

    def _target_counter(self, target, generation=None):
        generation = _generation() if generation is None else generation
        return f"{self.name}-target:{generation}", getattr(settings, self.target_limit), target

    def locked(self, request, target):
        """Seconds until the lockout of `target` or of the client ends; None when they may try."""
        if not getattr(settings, "RATELIMIT_ENABLED", True):
            return None
        now = time.time()
        try:
            ends = ratelimit.limiter_cache().get_many(
                [_lock_key(scope, key) for scope, _limit, key in self._counters(request, target)]
            )
        except Exception:  # as ratelimit does: a cache outage lets people in rather than locking everyone out
            logger.warning("Lockout cache unavailable; letting the attempt through", exc_info=True)
            return None
        waits = [end - now for end in ends.values() if end > now]
        return math.ceil(max(waits)) if waits else None

    def failed(self, request, target):
        for scope, (limit, window), key in self._counters(request, target):
            if not ratelimit.hit(request, scope, limit - 1, window, key=key):  # this failure is the limit-th
                try:
                    ratelimit.limiter_cache().set(_lock_key(scope, key), time.time() + window, timeout=window)
                except Exception:
                    logger.warning("Lockout cache unavailable; not locking", exc_info=True)

    def succeeded(self, target):
        scope, (_limit, window), key = self._target_counter(target)
        ratelimit.reset(scope, window, key)

    def unlock(self, target=None, ip=None):
        counters = [self._target_counter(target)] if target is not None else []
        if ip is not None:
            counters.append(self._ip_counter(ratelimit.normalise_ip(ip)))
        for scope, (_limit, window), key in counters:
            ratelimit.reset(scope, window, key)
            ratelimit.limiter_cache().delete(_lock_key(scope, key))


def _lock_key(scope, key):
    return f"lockout:{scope}:{ratelimit.hashed(scope, key)}"


LOGIN = Guard("login", "LOGIN_FAILURE_LIMIT", "LOGIN_FAILURE_IP_LIMIT")
PAGE_PASSWORD = Guard("page-password", "PAGE_PASSWORD_FAILURE_LIMIT", "PAGE_PASSWORD_FAILURE_IP_LIMIT")


def account_key(username):
    return (username or "").strip().casefold()


def unlock(username=None, ip=None):
    """Lift the lockout of an account (its username) and/or of a client address."""
    LOGIN.unlock(account_key(username) if username is not None else None, ip)
    if ip is not None:
        PAGE_PASSWORD.unlock(ip=ip)


def unlock_all():
    """Every lockout and every password reset limit starts again from zero."""
    cache = ratelimit.limiter_cache()
    if not cache.add(GENERATION_KEY, 1, timeout=None):
        cache.incr(GENERATION_KEY)


# The admin login ----------------------------------------------------------------------------------------------


class LockoutLoginForm(LoginForm):
    """Wagtail's login form (WAGTAILADMIN_USER_LOGIN_FORM) that refuses to check a password for a locked account
    or client, and counts wrong passwords."""

    locked_for = None  # seconds, once refused for too many failures

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's form gives the field no label, so Django shows its name, "Password", untranslated.
        self.fields["password"].label = gettext_lazy("Password")

    def clean(self):
        username, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        if username is None or not password:
            return super().clean()
        target = account_key(username)
        self.locked_for = LOGIN.locked(self.request, target)
        if self.locked_for:
            LOGIN.failed(self.request, target)
            raise forms.ValidationError(too_many_failures_message(self.locked_for), code="locked_out")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            LOGIN.failed(self.request, target)
            raise
        LOGIN.succeeded(target)
        return cleaned


class LoginView(account.LoginView):
    """Wagtail's login view, answering 429 (with Retry-After) while the account or the client is locked out."""

    def form_invalid(self, form):
        return _too_many(super().form_invalid(form), getattr(form, "locked_for", None))


def _too_many(response, seconds):
    if seconds:
        response.status_code = 429
        response["Retry-After"] = str(seconds)
    return response


# Password reset -----------------------------------------------------------------------------------------------


def _reset_scope(name):
    return f"password-reset-{name}:{_generation()}"


class LimitedPasswordResetForm(PasswordResetForm):
    """The admin's password reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM), its e-mail sent by a background task
    (portal.core.password_reset), limited per client and per address."""

    locked_for = None

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.request is not None:
            limit, window = settings.PASSWORD_RESET_RATE_LIMIT
            key = ratelimit.client_ip(self.request)
            if not ratelimit.hit(self.request, _reset_scope("ip"), limit, window, key=key):
                self.locked_for = ratelimit.seconds_left(window)
                raise forms.ValidationError(too_many_requests_message(self.locked_for), code="too_many_requests")
        return cleaned

    def save(self, *args, **kwargs):
        limit, window = settings.PASSWORD_RESET_EMAIL_LIMIT
        address = self.cleaned_data["email"].strip().casefold()
        if not ratelimit.hit(None, _reset_scope("address"), limit, window, key=address):
            logger.info("Password reset: no e-mail sent (per-address limit reached)")
            return None
        return super().save(*args, **kwargs)


class PasswordResetView(account.PasswordResetView):
    """Wagtail's password reset view, giving the form the request (for the per-client limit); 429 over it."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}

    def form_invalid(self, form):
        return _too_many(super().form_invalid(form), getattr(form, "locked_for", None))


# Page and document passwords ----------------------------------------------------------------------------------


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's page password form (`wagtail.views.authenticate_with_password`), with the lockout."""
    target = f"page:{page_view_restriction_id}"
    if request.method == "POST" and (seconds := PAGE_PASSWORD.locked(request, target)):
        restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
        page = get_object_or_404(Page, id=page_id).specific
        action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
        form = _refused_form(request, restriction, seconds)
        return _too_many(page.serve_password_required_response(request, form, action_url), seconds)
    return _counted(
        request, target, wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    )


def document_password(request, restriction_id):
    """Wagtail's document (collection) password form, with the lockout."""
    target = f"collection:{restriction_id}"
    if request.method == "POST" and (seconds := PAGE_PASSWORD.locked(request, target)):
        restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
        template = getattr(settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html")
        context = {
            "form": _refused_form(request, restriction, seconds),
            "action_url": reverse("wagtaildocs_authenticate_with_password", args=[restriction.id]),
        }
        return _too_many(TemplateResponse(request, template, context), seconds)
    return _counted(request, target, document_views.authenticate_with_password(request, restriction_id))


def _counted(request, target, response):
    """A POST that Wagtail answered with the form again (not a redirect) was a wrong password."""
    if request.method == "POST" and response.status_code == 200:
        PAGE_PASSWORD.failed(request, target)
    return response


def _refused_form(request, restriction, seconds):
    # Unbound: nothing typed is checked, so the answer says nothing about the password.
    form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.POST.get("return_url", "")})
    form.cleaned_data = {}  # add_error() expects it; an unbound form has none
    form.add_error(None, too_many_failures_message(seconds))
    return form
