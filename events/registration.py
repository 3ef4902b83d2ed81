"""Registration for an event through the portal's own form (routes and context mixed into EventPage).

- `register/`: GET shows the event page with the form; POST registers (PRG to `register/done/`).
- `cancel/<token>/`: GET asks to confirm, POST cancels (and gives the freed place to the first on the waiting
  list, who is told by e-mail).

The places are counted for the event across all its translations (the registrations are keyed on its
`translation_key`); the registration settings (capacity, waiting list, deadline, online link) are read from the
event's original version, the first one created, so that a stale or overridden translation cannot change them.
Taking a place happens in a transaction that first locks the event's page rows (`select_for_update` on
PostgreSQL; SQLite serialises writers), so two people never take the last place.

The online meeting link is sent only to registrants with a place (confirmation or promotion e-mail), never shown
on the public page.
"""

from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from portal.core import mail, pagecache
from portal.core.public_forms import (
    message_page,
    page_with_form,
    rate_limited,
    too_many_requests,
)
from portal.core.shell import privacy_page
from portal.core.tokens import InvalidToken, make_token, read_token
from portal.core.urls import page_url, route_path

from .forms import CONSENT_TEXT, RegistrationForm
from .models.registration import Registration, normalise_email

CANCEL_SALT = "events.registration.cancel"
DEFAULT_RATE_LIMIT = (10, 3600)  # registrations per client IP per window (seconds); EVENT_REGISTRATION_RATE_LIMIT

# States of an event's portal registration, as the page shows them.
OPEN, WAITING_LIST, FULL, CLOSED, PAST = "open", "waiting", "full", "closed", "past"


class RegistrationRefused(Exception):
    """A registration that cannot be taken; `field` is the form field the message belongs to (None: the form)."""

    def __init__(self, message, field=None):
        super().__init__(str(message))
        self.message, self.field = message, field


# Tokens -------------------------------------------------------------------------------------------------------
# The cancel link never expires (the e-mail may be read weeks later).


def make_cancel_token(registration):
    return make_token(registration.key, CANCEL_SALT)


def read_cancel_token(token):
    return read_token(token, CANCEL_SALT)


# The event's registration state --------------------------------------------------------------------------------


def reference_event(event):
    """The version whose registration settings count: the event's original (first created, not an alias) live
    version; `event` itself when it is the only one (or a preview)."""
    if not event.translation_key:
        return event
    return type(event).objects.versions_of(event.translation_key).first() or event


def event_window(event, now=None, *, after_deadline=False):
    """PAST once the event has ended (or started, without an end), CLOSED after the deadline (by default: the
    start), else OPEN; `after_deadline` (an editor adding someone by hand) keeps it OPEN until the end. Places are
    not considered here."""
    now = now or timezone.now()
    end = event.end or event.start
    if end is not None and now >= end:
        return PAST
    deadline = event.registration_deadline or event.start
    if deadline is not None and now >= deadline and not after_deadline:
        return CLOSED
    return OPEN


def counts(event_key):
    """(confirmed, waiting) for the event (all its translations), in one query."""
    row = Registration.objects.for_event(event_key).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
    )
    return row["confirmed"], row["waiting"]


def places_left(event, confirmed):
    """None when the capacity is unlimited."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - confirmed)


def event_state(event, confirmed, now=None, *, after_deadline=False):
    """OPEN, WAITING_LIST (full, the waiting list takes names), FULL (no waiting list), CLOSED or PAST."""
    state = event_window(event, now, after_deadline=after_deadline)
    if state == OPEN and places_left(event, confirmed) == 0:
        state = WAITING_LIST if event.waiting_list else FULL
    return state


def local_time(value, event):
    """`value` (aware) in the event's own time zone."""
    return None if value is None else timezone.localtime(value, event.zone)


# The page's routes ---------------------------------------------------------------------------------------------


class RegistrationRoutesMixin:
    """Mixed into EventPage before RoutablePageMixin: the routes `register/`, `register/done/`,
    `cancel/<token>/`, and the context of the registration box (events/includes/registration.html)."""

    def registration_context(self, request):
        """What events/includes/registration.html shows: the mode, and for the portal's form whether it is open,
        the places left, the waiting list and the form (bound, with its errors, after a refused POST)."""
        mode = self.registration_mode or "none"
        if mode != "portal":
            return {"mode": mode, "url": self.registration_url if mode == "external" else ""}
        reference = reference_event(self)
        confirmed, waiting = counts(self.translation_key)
        state = event_state(reference, confirmed)
        if request is not None:  # a kept page shows the form no longer than registration is open
            now = timezone.now()
            changes = (reference.registration_deadline or reference.start, reference.end or reference.start)
            if upcoming := [moment for moment in changes if moment is not None and moment > now]:
                pagecache.keep_until(request, min(upcoming))
        is_open = state in (OPEN, WAITING_LIST)
        form = getattr(request, "_event_registration_form", None) if request is not None else None
        return {
            "mode": mode,
            "state": state,
            "is_open": is_open,
            "capacity": reference.capacity,
            "places_left": places_left(reference, confirmed),
            "waiting_list": bool(reference.waiting_list),
            "waiting_count": waiting,
            "deadline": local_time(reference.registration_deadline, reference),
            "timezone": reference.timezone,
            "form": (form or RegistrationForm()) if is_open or form is not None else None,
            "action": route_path(self, "register", request=request),
            "privacy_page": privacy_page(request, self.locale.language_code) if is_open else None,
        }

    @path("register/", name="register")
    def register(self, request):
        if self.registration_mode != "portal":
            raise Http404
        if request.method != "POST":
            return self._registration_page_again(request, status=200)
        limits = getattr(settings, "EVENT_REGISTRATION_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        if window := rate_limited(request, "events-register", limits):
            return too_many_requests(request, window, self._registration_message_context(request))
        form = RegistrationForm(request.POST)
        if form.is_bot():
            # Answer as for anyone, so that the robot learns nothing; record and send nothing.
            return self._registration_done_redirect(request, Registration.Status.CONFIRMED, mailed=True)
        if form.is_valid():
            try:
                registration = take_place(self, form.cleaned_data)
            except RegistrationRefused as refusal:
                form.add_error(refusal.field, refusal.message)
            else:
                mailed = send_registration_email(registration)
                return self._registration_done_redirect(request, registration.status, mailed)
        request._event_registration_form = form
        return self._registration_page_again(request, status=400)

    @path("register/done/", name="register_done")
    def register_done(self, request):
        if self.registration_mode != "portal":
            raise Http404
        waiting = request.GET.get("list") == "waiting"
        title = _("You are on the waiting list") if waiting else _("You are registered")
        return self._registration_message(
            request,
            "done.html",
            title,
            {
                "waiting": waiting,
                "mail_failed": request.GET.get("mail") == "failed",
            },
        )

    @path("cancel/<str:token>/", name="registration_cancel")
    def registration_cancel(self, request, token):
        registration = None
        try:
            key = read_cancel_token(token)
        except InvalidToken:
            key = None
        if key:
            registration = Registration.objects.filter(key=key, event_key=self.translation_key).first()
        if registration is None:
            return self._registration_message(request, "invalid_link.html", _("This link does not work"), status=404)
        event_over = event_window(reference_event(self)) == PAST
        if request.method == "POST" and registration.is_active and not event_over:
            cancel(registration)
            return HttpResponseRedirect(request.path, status=303)
        return self._registration_message(
            request,
            "cancel.html",
            (_("Cancel your registration") if registration.is_active else _("Your registration is cancelled")),
            {"registration": registration, "event_over": event_over},
        )

    # Helpers ---------------------------------------------------------------------------------------------------

    def _registration_page_again(self, request, status):
        """The event page, with the form as it was filled in and its errors (see registration_context)."""
        return page_with_form(self, request, status=status)

    def _registration_done_redirect(self, request, status, mailed):
        url = route_path(self, "register_done", request=request)
        query = []
        if status == Registration.Status.WAITING:
            query.append("list=waiting")
        if mailed is False:
            query.append("mail=failed")
        return HttpResponseRedirect(url + ("?" + "&".join(query) if query else ""), status=303)

    def _registration_message(self, request, template, title, context=None, status=200):
        context = {**self._registration_message_context(request), **(context or {})}
        return message_page(request, f"events/registration/{template}", title, context, status=status)

    def _registration_message_context(self, request):
        back = _("Back to %(event)s") % {"event": self.title}
        return {"page": self, "self": self, "back_url": self.get_url(request), "back_label": back}


# Taking and giving back a place --------------------------------------------------------------------------------


def lock_event(event_key):
    """Lock the event until the transaction ends, before anything is counted.

    PostgreSQL: `select_for_update` on every version of the event (in the same order everywhere, so no deadlock).
    SQLite ignores FOR UPDATE; there a write that changes nothing takes the database's write lock at once, so a
    concurrent registration waits its turn (the connection's timeout) instead of reading the same count, and
    failing with "database is locked" when it then tries to write.
    """
    if connection.vendor == "sqlite":
        Registration.objects.filter(pk=0).update(status=Registration.Status.CANCELLED)
        return
    list(Page.objects.select_for_update().filter(translation_key=event_key).order_by("pk").values_list("pk", flat=True))


def take_place(event, data, now=None, *, consent_text=None, after_deadline=False):
    """Take a place (or a place on the waiting list) for `data` (a valid form's cleaned data) through the
    language version `event`. Raises RegistrationRefused: closed, past, full, already registered.

    An editor adding someone by hand (events.registration_admin) passes the consent they recorded, and may do so
    after the registration deadline, until the event ends."""
    key = event.translation_key
    email = normalise_email(data["email"])
    with transaction.atomic():
        lock_event(key)
        now = now or timezone.now()
        reference = reference_event(event)
        confirmed, _waiting = counts(key)
        state = event_state(reference, confirmed, now, after_deadline=after_deadline)
        if state == PAST:
            raise RegistrationRefused(_("This event has already taken place: registration is closed."))
        if state == CLOSED:
            raise RegistrationRefused(_("Registration for this event is closed."))
        if state == FULL:
            raise RegistrationRefused(_("Sorry, this event is full, and there is no waiting list."))
        if Registration.objects.for_event(key).active().for_address(email).exists():
            raise RegistrationRefused(
                _(
                    "This e-mail address is already registered for this event. To cancel, use the link in the "
                    "confirmation e-mail we sent you."
                ),
                field="email",
            )
        status = Registration.Status.WAITING if state == WAITING_LIST else Registration.Status.CONFIRMED
        try:
            with transaction.atomic():
                return Registration.objects.create(
                    event_key=key,
                    event=event,
                    name=data["name"],
                    email=email,
                    organisation=data.get("organisation", ""),
                    language=data.get("language") or event.locale.language_code,
                    status=status,
                    created_at=now,
                    confirmed_at=now if status == Registration.Status.CONFIRMED else None,
                    consent_at=now,
                    consent_text=consent_text or str(CONSENT_TEXT),
                )
        except IntegrityError as exc:  # the same address at the same instant (the unique constraint)
            raise RegistrationRefused(
                _("This e-mail address is already registered for this event."), field="email"
            ) from exc


def cancel(registration, now=None):
    """Cancel; when a place was freed, give it to the first on the waiting list. E-mails the registrant (and
    whoever was promoted). Returns the list of promoted registrations."""
    with transaction.atomic():
        lock_event(registration.event_key)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if not registration.is_active:
            return []
        now = now or timezone.now()
        freed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = promote_waiting(registration.event_key, now) if freed else []
    send_registration_email(registration, "cancelled")
    for other in promoted:
        send_registration_email(other, "promoted")
    return promoted


def offer_free_places(event_key):
    """Give the free places (after the capacity was raised) to the waiting list, and e-mail those promoted."""
    with transaction.atomic():
        lock_event(event_key)
        promoted = promote_waiting(event_key)
    for registration in promoted:
        send_registration_email(registration, "promoted")
    return promoted


def promote_waiting(event_key, now=None):
    """Give the free places to the waiting list, first come first served (call inside a transaction that holds
    lock_event). Nobody is promoted once the event has started."""
    event = event_for(event_key)
    now = now or timezone.now()
    if event is None or (event.start is not None and now >= event.start):
        return []
    confirmed, _waiting = counts(event_key)
    free = places_left(event, confirmed)
    queue = Registration.objects.for_event(event_key).waiting().order_by("created_at", "pk")
    promoted = list(queue if free is None else queue[:free])
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
    return promoted


def event_for(event_key, language=None):
    """The event's version in `language` when live, else its original; None when no version is live."""
    EventPage = apps.get_model("events", "EventPage")  # the page model imports this module

    versions = list(
        EventPage.objects.live().real().filter(translation_key=event_key).select_related("locale").order_by("pk")
    )
    if not versions:
        return None
    return next((v for v in versions if v.locale.language_code == language), versions[0])


# E-mails ------------------------------------------------------------------------------------------------------


def send_registration_email(registration, kind=None):
    """The e-mail for `kind` (default: confirmed or waiting, from the status) in the registrant's language, with
    the cancel link; the online meeting link only when they have a place. Returns whether it went (None: it waits
    for the transaction to commit); failures are logged."""
    from .feeds import when_text

    kind = kind or registration.status
    reference = event_for(registration.event_key)
    if reference is None:
        return False
    event = registration.event if registration.event_id and registration.event.live else None
    event = event or event_for(registration.event_key, registration.language) or reference
    event_url = page_url(event)
    context = {
        "registration": registration,
        "event": event,
        "event_url": event_url,
        "cancel_url": event_url + event.reverse_subpage("registration_cancel", args=[make_cancel_token(registration)])
        if event_url
        else "",
        "online_link": reference.online_link if kind in ("confirmed", "promoted") else "",
        "site_name": settings.WAGTAIL_SITE_NAME,
        "when": partial(when_text, reference),  # called while rendering, in the registrant's language
    }
    return mail.send_templated(
        f"events/registration/emails/{kind}", context, [registration.email], language=registration.language
    )
