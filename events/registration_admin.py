"""Admin: an event's registrations (all its languages), for users who can edit the event: the list, a person
added by hand, a message e-mailed to the registered people, the CSV export and a printable sign-in sheet.

Nowhere else: registrations are personal data, never shown on the public site. Reached from the event's header
and listing "more" buttons ("Registrations"), and from the "Event registrations" menu item, which lists the events
with the portal's registration form that the user can edit. Imported by EventsConfig.ready().

- Added by hand: someone who registered by phone, on paper or by e-mail. The editor records that they agreed
  (the statement is kept as the registration's consent text, with who added it); the same rules of places and
  waiting list as the public form, but the registration deadline does not apply until the event ends; the
  confirmation e-mail is sent unless the editor unticks it.
- A message: the editor's subject and text, sent to each confirmed (optionally also waiting) person, one e-mail
  each, after the transaction commits, wrapped in the registrant's own language with the event and their cancel
  link.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.core import mail
from portal.core.csv import safe_cell
from portal.core.public_forms import single_line

from .feeds import when_text
from .models.registration import Registration
from .registration import (
    RegistrationRefused,
    counts,
    event_for,
    make_cancel_token,
    offer_free_places,
    places_left,
    reference_event,
    send_registration_email,
    take_place,
)

CSV_FIELDS = [
    "status",
    "name",
    "email",
    "organisation",
    "language",
    "registered_through",
    "created_at",
    "confirmed_at",
    "cancelled_at",
    "consent_at",
]


def event_for_user(user, page_id):
    """The event (specific) when `user` may edit it; PermissionDenied otherwise, 404 when it is not an event."""
    from .models import EventPage

    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, EventPage):
        raise Http404
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return page


def editable_portal_events(user):
    """The events with the portal's registration form that `user` can edit (every version), as a queryset."""
    from .models import EventPage

    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change"})
    return EventPage.objects.real().filter(pk__in=editable.values("pk"), registration_mode="portal")


def editable_events(user):
    """Events with the portal's registration form that `user` can edit (one version per event: the first)."""
    events = editable_portal_events(user).order_by("-start", "pk")
    seen, result = set(), []
    for event in events.select_related("locale"):
        if event.translation_key not in seen:
            seen.add(event.translation_key)
            result.append(event)
    return result


def iso(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


class AddRegistrationForm(forms.Form):
    """A person registered by hand by an editor."""

    prefix = "add"

    name = forms.CharField(label=gettext_lazy("Name"), max_length=200, validators=[single_line])
    email = forms.EmailField(label=gettext_lazy("E-mail address"), max_length=254)
    organisation = forms.CharField(
        label=gettext_lazy("Organisation (optional)"), max_length=200, required=False, validators=[single_line]
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Their language"),
        choices=settings.LANGUAGES,
        help_text=gettext_lazy("The e-mails they get are in this language."),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "They agreed that the organisers keep their name, e-mail address and organisation to manage this "
            "registration (on paper, by phone or by e-mail)."
        ),
        error_messages={"required": gettext_lazy("Register someone only with their consent: tick this box.")},
    )
    send_confirmation = forms.BooleanField(
        label=gettext_lazy("E-mail them the confirmation, with the link to cancel"), required=False, initial=True
    )

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_organisation(self):
        return " ".join(self.cleaned_data["organisation"].split())


RECIPIENTS = [
    ("confirmed", gettext_lazy("People with a place")),
    ("active", gettext_lazy("People with a place and people on the waiting list")),
]


class MessageForm(forms.Form):
    """A message to the people registered for an event."""

    prefix = "message"

    recipients = forms.ChoiceField(
        label=pgettext_lazy("e-mail recipients", "To"), choices=RECIPIENTS, initial="confirmed"
    )
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=150, validators=[single_line])
    body = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "Sent as you write it, in one e-mail to each person, with the event's name, date and their own link to "
            "cancel in their language."
        ),
    )


def send_message(event, subject, body, statuses):
    """E-mail `subject` and `body` to the event's registrations of `statuses`; returns how many were sent (queued
    until the transaction commits)."""
    registrations = list(
        Registration.objects.for_event(event.translation_key)
        .filter(status__in=statuses)
        .select_related("event")
        .order_by("created_at", "pk")
    )
    reference = reference_event(event)
    versions = {}  # per language: the version and its address, looked up once
    with transaction.atomic():
        for registration in registrations:
            if registration.language not in versions:
                version = event_for(registration.event_key, registration.language) or reference
                versions[registration.language] = (version, version.get_full_url() or "")
            version, url = versions[registration.language]
            cancel = version.reverse_subpage("registration_cancel", args=[make_cancel_token(registration)])
            mail.send_templated(
                "events/registration/emails/message",
                {
                    "registration": registration,
                    "event": version,
                    "event_url": url,
                    "cancel_url": url + cancel if url else "",
                    "subject": subject,
                    "body": body,
                    "site_name": settings.WAGTAIL_SITE_NAME,
                    "when": lambda version=version: when_text(version),
                },
                [registration.email],
                language=registration.language,
            )
    return len(registrations)


class RegistrationsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/registration/admin_registrations.html"
    header_icon = "group"
    page_title = gettext_lazy("Registrations")

    def dispatch(self, request, page_id):
        self.page = event_for_user(request.user, page_id)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("events_registration_index"), "label": _("Event registrations")},
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": _("Registrations")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reference = reference_event(self.page)
        confirmed, waiting = counts(self.page.translation_key)
        registrations = list(
            Registration.objects.for_event(self.page.translation_key)
            .select_related("event__locale")
            .order_by("created_at", "pk")
        )
        context.update(
            page=self.page,
            reference=reference,
            registrations=registrations,
            confirmed=confirmed,
            waiting=waiting,
            cancelled=sum(r.status == Registration.Status.CANCELLED for r in registrations),
            capacity=reference.capacity,
            places_left=places_left(reference, confirmed),
            csv_url=reverse("events_registration_csv", args=[self.page.pk]),
            sign_in_url=reverse("events_registration_sign_in", args=[self.page.pk]),
            add_form=kwargs.get("add_form")
            or AddRegistrationForm(initial={"language": self.page.locale.language_code}),
            message_form=kwargs.get("message_form") or MessageForm(),
        )
        return context

    def post(self, request, page_id):
        action = request.POST.get("action")
        if action == "offer":
            promoted = offer_free_places(self.page.translation_key)
            messages.success(
                request,
                _("%(count)s person(s) on the waiting list got a place and were told by e-mail.")
                % {"count": len(promoted)},
            )
        elif action == "add":
            return self.add(request)
        elif action == "message":
            return self.message(request)
        return redirect("events_registrations", self.page.pk)

    def add(self, request):
        form = AddRegistrationForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            version = event_for(self.page.translation_key, data["language"]) or reference_event(self.page)
            statement = str(form.fields["consent"].label)
            by = request.user.get_username()
            try:
                registration = take_place(
                    version,
                    data,
                    consent_text=_("Added by %(user)s in the admin: %(statement)s")
                    % {"user": by, "statement": statement},
                    after_deadline=True,
                )
            except RegistrationRefused as refusal:
                form.add_error(refusal.field, refusal.message)
            else:
                if data["send_confirmation"]:
                    send_registration_email(registration)
                if registration.status == Registration.Status.WAITING:
                    text = _("%(name)s is on the waiting list: the event is full.")
                else:
                    text = _("%(name)s has a place.")
                messages.success(request, text % {"name": registration.name})
                return redirect("events_registrations", self.page.pk)
        messages.error(request, _("The person was not added: please correct the form."))
        return self.render_to_response(self.get_context_data(add_form=form))

    def message(self, request):
        form = MessageForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("The message was not sent: please correct the form."))
            return self.render_to_response(self.get_context_data(message_form=form))
        statuses = [Registration.Status.CONFIRMED]
        if form.cleaned_data["recipients"] == "active":
            statuses.append(Registration.Status.WAITING)
        sent = send_message(self.page, form.cleaned_data["subject"], form.cleaned_data["body"], statuses)
        messages.success(request, _("The message is being sent to %(count)s person(s).") % {"count": sent})
        return redirect("events_registrations", self.page.pk)


class SignInSheetView(View):
    """A printable sign-in sheet: the people with a place, by name, with a column to sign and blank lines for
    those who come without registering. In the editor's language; never cached."""

    BLANK_LINES = 8

    def get(self, request, page_id):
        page = event_for_user(request.user, page_id)
        people = sorted(
            Registration.objects.for_event(page.translation_key).confirmed(),
            key=lambda registration: (registration.name.casefold(), registration.pk),
        )
        response = TemplateResponse(
            request,
            "events/registration/sign_in_sheet.html",
            {
                "page": page,
                "when": when_text(page),
                "people": people,
                "blank_lines": range(len(people) + 1, len(people) + 1 + self.BLANK_LINES),
            },
        )
        response["Cache-Control"] = "private, no-store"
        return response


class RegistrationsExportView(SpreadsheetExportMixin, View):
    """The event's registrations as CSV (`?export=xlsx`: as a workbook), every cell kept from running as a
    formula. Wagtail's export mixin (as a ModelViewSet's listing has it) on the per-event URL, so that only those
    who can edit the event get it."""

    list_export = CSV_FIELDS
    export_headings = {field: field for field in CSV_FIELDS}  # the field names: scripts that read the file rely on them

    def get(self, request, page_id):
        self.page = event_for_user(request.user, page_id)
        queryset = (
            Registration.objects.for_event(self.page.translation_key)
            .select_related("event__locale")
            .order_by("created_at", "pk")
        )
        export_format = request.GET.get("export", self.FORMAT_CSV)
        response = self.as_spreadsheet(queryset, export_format if export_format in self.FORMATS else self.FORMAT_CSV)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_filename(self):
        return "registrations-" + (slugify(self.page.slug or self.page.title)[:60] or "event")

    def to_row_dict(self, item):
        through = item.event.get_url() if item.event_id else ""  # the language version used
        return {field: through if field == "registered_through" else getattr(item, field) for field in CSV_FIELDS}

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV:
            return safe_cell(iso(value) if isinstance(value, datetime.datetime) else value)
        return super().preprocess_field_value(field, value, export_format)

    def write_csv_response(self, queryset):
        # One event's registrations are few: a plain response, starting with a byte-order mark so that spreadsheets
        # read the accents right.
        content = "\ufeff".encode() + b"".join(self.stream_csv(queryset))  # Wagtail's writer yields UTF-8 bytes
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class EventRegistrationIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/registration/admin_index.html"
    header_icon = "group"
    page_title = gettext_lazy("Event registrations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        events = editable_events(self.request.user)
        rows = {
            row["event_key"]: row
            for row in Registration.objects.filter(event_key__in=[event.translation_key for event in events])
            .values("event_key")
            .annotate(
                confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
                waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
            )
        }
        context["events"] = [
            {
                "page": event,
                "confirmed": rows.get(event.translation_key, {}).get("confirmed", 0),
                "waiting": rows.get(event.translation_key, {}).get("waiting", 0),
                "url": reverse("events_registrations", args=[event.pk]),
            }
            for event in events
        ]
        return context


class RegistrationsButton(PageMenuItem):
    label = gettext_lazy("Registrations")
    icon_name = "group"

    @property
    def url(self):
        return reverse("events_registrations", args=[self.page.pk])

    def is_shown(self, user):
        from .models import EventPage

        if not issubclass(self.page.specific_class or type(None), EventPage):
            return False
        # The mode is checked when the page is already specific (no query per row of a listing).
        mode = self.page.registration_mode if isinstance(self.page, EventPage) else "portal"
        return mode == "portal" and self.page.permissions_for_user(user).can_edit()


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return editable_portal_events(request.user).exists()


@hooks.register("register_admin_urls")
def registration_admin_urls():
    return [
        path("events/registrations/", EventRegistrationIndexView.as_view(), name="events_registration_index"),
        path("events/registrations/<int:page_id>/", RegistrationsView.as_view(), name="events_registrations"),
        path(
            "events/registrations/<int:page_id>/csv/",
            RegistrationsExportView.as_view(),
            name="events_registration_csv",
        ),
        path(
            "events/registrations/<int:page_id>/sign-in-sheet/",
            SignInSheetView.as_view(),
            name="events_registration_sign_in",
        ),
    ]


@hooks.register("register_admin_menu_item")
def registration_menu_item():
    return RegistrationsMenuItem(
        gettext_lazy("Event registrations"), reverse("events_registration_index"), icon_name="group", order=260
    )


@hooks.register("register_page_header_buttons")
def registration_header_button(page, user, view_name, next_url=None):
    yield RegistrationsButton(page=page, priority=56)


@hooks.register("register_page_listing_more_buttons")
def registration_listing_button(page, user, next_url=None):
    yield RegistrationsButton(page=page, priority=46)
