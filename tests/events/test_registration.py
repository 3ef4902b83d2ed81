"""Registration through the portal's form: places counted across translations, waiting list and promotion,
duplicates, bad input, the hidden online link, e-mails, rate limit and honeypot, admin listing and CSV export,
purge of personal data. The clock is frozen; mail goes to Django's locmem outbox."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import GroupPagePermission

from events import registration
from events.models import Registration
from events.registration import make_cancel_token, read_cancel_token
from portal.core.models import SiteSettings
from tests.helpers import translate_as_editor

from . import factories

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2030, 5, 1, 10, 0, tzinfo=datetime.UTC)
START = factories.local(2030, 6, 10, 9, 30)  # Brussels, summer time (UTC+2)
ONLINE = "https://meet.example.org/primacenters-secret-room-42"
BASE = "http://127.0.0.1:8000"  # WAGTAILADMIN_BASE_URL in the test settings


@pytest.fixture(autouse=True)
def clock():
    cache.clear()
    with freeze_time(NOW) as frozen:
        yield frozen
    cache.clear()


@pytest.fixture
def section():
    return factories.section(factories.event_index())


def portal_event(section, **fields):
    values = {
        "title": "Morning seminar",
        "start": START,
        "event_format": "hybrid",
        "registration_mode": "portal",
        "capacity": 2,
        "waiting_list": True,
        "online_link": ONLINE,
        "venue_name": "Maison des Associations",
    }
    values.update(fields)
    return factories.event(section, **values)


@pytest.fixture
def event(section):
    return portal_event(section)


def form_data(**changes):
    data = {
        "name": "Ana Pérez",
        "email": "ana@example.org",
        "organisation": "Sunrise Farm",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def register(client, page, **changes):
    return client.post(page.get_url() + "register/", form_data(**changes))


def html_of(response):
    return response.content.decode()


def cancel_path(registration):
    event = registration.event
    return event.get_url() + f"cancel/{make_cancel_token(registration)}/"


def translate(page, user, django_capture_on_commit_callbacks, language="fr"):
    with django_capture_on_commit_callbacks(execute=True):
        return translate_as_editor(
            page, language, lambda text: text.replace("Morning seminar", "Séminaire du matin"), user
        )


# The page and its form -----------------------------------------------------------------------------------------


def test_a_line_break_in_the_name_is_refused(client, event):
    """The name goes into the confirmation e-mail: a line break would start a line of the sender's choosing."""
    response = register(client, event, name="Ann\r\nBcc: x@example.org")
    assert "Please write this on one line, without line breaks or control characters." in html_of(response)
    assert mail.outbox == [] and not Registration.objects.exists()


def test_event_page_shows_the_form_places_and_privacy_notice(client, event):
    response = client.get(event.get_url())
    assert response.status_code == 200
    html = html_of(response)
    assert 'id="register"' in html and f'action="{event.get_url()}register/"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ("name", "email", "organisation"):
        assert f'name="{field}"' in html
    assert re.search(r'<input type="checkbox" name="consent"[^>]*required', html)
    assert 'name="website"' in html and 'tabindex="-1"' in html  # the honeypot, out of reach of people
    assert "2 places left." in html
    privacy = SiteSettings.for_site(event.get_site()).privacy_page
    assert privacy is not None and f'href="{privacy.get_url()}"' in html
    assert ONLINE not in html and "secret-room" not in html

    again = client.get(event.get_url() + "register/")  # GET on the route: the page with the form
    assert again.status_code == 200 and f'action="{event.get_url()}register/"' in html_of(again)
    assert ONLINE not in html_of(again)


def test_registration_confirmed_with_cancel_and_online_link_by_email(client, event):
    response = register(client, event, email="  Ana@Example.org ")
    assert response.status_code == 303 and response["Location"] == event.get_url() + "register/done/"
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.email == "ana@example.org" and registration.organisation == "Sunrise Farm"
    assert registration.language == "en" and registration.event_key == event.translation_key
    assert registration.consent_at == NOW and registration.confirmed_at == NOW
    assert "privacy notice" in registration.consent_text

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"] and message.cc == [] and message.bcc == []
    assert "Morning seminar" in message.subject
    assert "Hello Ana Pérez," in message.body
    assert ONLINE in message.body  # the online link goes to registrants only
    assert BASE + cancel_path(registration) in message.body
    assert BASE + event.get_url() in message.body
    assert "09:30–13:00 (Central European Summer Time)" in message.body and "2030" in message.body
    assert "Where: Maison des Associations, Brussels, Belgium" in message.body
    # A hybrid event: the e-mail says so, and that the link is for taking part online.
    assert "A hybrid event: come to the venue or take part online." in message.body
    assert "To take part online, join with this link" in message.body and "The event is online" not in message.body

    done = client.get(response["Location"])
    assert done.status_code == 200 and "your place for “Morning seminar” is booked" in html_of(done)
    assert "no-cache" in done["Cache-Control"]
    assert "1 place left." in html_of(client.get(event.get_url()))


def test_an_online_event_e_mail_says_online(client, section):
    event = portal_event(section, event_format="online", venue_name="")
    register(client, event)
    [message] = mail.outbox
    assert "The event is online. Join it with this link" in message.body and ONLINE in message.body
    assert "hybrid" not in message.body


def test_public_page_never_shows_the_online_link(client, event, admin_user, django_capture_on_commit_callbacks):
    french = translate(event, admin_user, django_capture_on_commit_callbacks)
    assert french.online_link == ONLINE  # synchronised to the translation...
    for page in (event, french):
        assert ONLINE not in html_of(client.get(page.get_url()))  # ...but never shown
    register(client, event)
    refused = register(client, event, email="not-an-address")  # the page again, with errors
    assert refused.status_code == 400 and ONLINE not in html_of(refused)
    for route in ("register/", "register/done/", "register/done/?list=waiting"):
        assert ONLINE not in html_of(client.get(event.get_url() + route))


def test_online_link_shown_publicly_without_the_portal_form(client, section):
    page = portal_event(section, registration_mode="none")
    assert ONLINE in html_of(client.get(page.get_url()))
    assert client.post(page.get_url() + "register/", form_data()).status_code == 404
    assert client.get(page.get_url() + "register/").status_code == 404


def test_external_registration_is_a_link(client, section):
    page = portal_event(section, registration_mode="external", registration_url="https://tickets.example.org/x")
    html = html_of(client.get(page.get_url()))
    assert 'href="https://tickets.example.org/x"' in html and 'name="email"' not in html
    assert register(client, page).status_code == 404 and not Registration.objects.exists()


# Places across languages, waiting list, promotion ----------------------------------------------------------------


def test_places_are_counted_across_translations(client, event, admin_user, django_capture_on_commit_callbacks):
    french = translate(event, admin_user, django_capture_on_commit_callbacks)
    assert french.get_url().startswith("/fr/") and french.translation_key == event.translation_key

    assert register(client, event, email="one@example.org")["Location"] == event.get_url() + "register/done/"
    assert "Il reste 1 place." in html_of(client.get(french.get_url()))  # the French page, in French
    response = register(client, french, email="deux@example.org", name="Claire Martin")
    assert response.status_code == 303 and response["Location"] == french.get_url() + "register/done/"
    # Both places are taken, whatever the language: the third goes to the waiting list, through either version.
    full = {
        "en": ("This event is full. You can put your name on the waiting list", "Join the waiting list", "places left"),
        "fr": (
            "Cet événement est complet. Vous pouvez vous inscrire sur la liste d'attente",
            "S'inscrire sur la liste d'attente",
            "Il reste",
        ),
    }
    for page, language in ((event, "en"), (french, "fr")):
        html = html_of(client.get(page.get_url()))
        message, button, places_left = full[language]
        assert message in html and button in html and places_left not in html
    response = register(client, event, email="three@example.org")
    assert response["Location"] == event.get_url() + "register/done/?list=waiting"
    assert "your name is on the waiting list" in html_of(client.get(response["Location"]))

    rows = {r.email: (r.status, r.language, r.event_id) for r in Registration.objects.all()}
    assert rows == {
        "one@example.org": ("confirmed", "en", event.pk),
        "deux@example.org": ("confirmed", "fr", french.pk),
        "three@example.org": ("waiting", "en", event.pk),
    }
    french_mail = next(m for m in mail.outbox if m.to == ["deux@example.org"])
    french_registration = Registration.objects.get(email="deux@example.org")
    assert BASE + french.get_url() + f"cancel/{make_cancel_token(french_registration)}/" in french_mail.body
    assert "Séminaire du matin" in french_mail.subject and ONLINE in french_mail.body
    waiting_mail = next(m for m in mail.outbox if m.to == ["three@example.org"])
    assert "waiting list" in waiting_mail.subject and ONLINE not in waiting_mail.body
    assert "1 personne est sur liste d'attente." in html_of(client.get(french.get_url()))


def test_the_original_version_sets_the_capacity(client, event, admin_user, django_capture_on_commit_callbacks):
    french = translate(event, admin_user, django_capture_on_commit_callbacks)
    type(french).objects.filter(pk=french.pk).update(capacity=50)  # an overridden (or stale) translation
    register(client, event, email="one@example.org")
    register(client, event, email="two@example.org")
    register(client, french, email="trois@example.org")
    assert Registration.objects.get(email="trois@example.org").status == "waiting"


def test_the_event_is_locked_before_the_places_are_counted(event):
    with CaptureQueriesContext(connection) as queries:
        registration.take_place(event, {"name": "Ana", "email": "ana@example.org", "organisation": ""})
    statements = [q["sql"] for q in queries.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE"))]
    if connection.vendor == "sqlite":  # a write first: the database's write lock, taken before any read
        assert statements[0].startswith('UPDATE "events_registration"')
    else:
        assert statements[0].endswith("FOR UPDATE")
    assert Registration.objects.get().status == "confirmed"


def test_cancelling_promotes_the_first_on_the_waiting_list(client, event):
    for address in ("a@example.org", "b@example.org", "c@example.org", "d@example.org"):
        register(client, event, email=address, name=address[0].upper() + " Person")
    assert list(Registration.objects.values_list("email", "status")) == [
        ("a@example.org", "confirmed"),
        ("b@example.org", "confirmed"),
        ("c@example.org", "waiting"),
        ("d@example.org", "waiting"),
    ]
    mail.outbox.clear()
    first = Registration.objects.get(email="a@example.org")
    page = client.get(cancel_path(first))
    assert page.status_code == 200
    assert "do you want to cancel your registration for “Morning seminar”?" in html_of(page)
    assert Registration.objects.get(pk=first.pk).status == "confirmed"  # a GET changes nothing

    response = client.post(cancel_path(first))
    assert response.status_code == 303 and response["Location"] == cancel_path(first)
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": "cancelled",
        "b@example.org": "confirmed",
        "c@example.org": "confirmed",
        "d@example.org": "waiting",
    }
    first.refresh_from_db()
    assert first.cancelled_at == NOW
    promoted = Registration.objects.get(email="c@example.org")
    assert promoted.confirmed_at == NOW

    assert [m.to for m in mail.outbox] == [["a@example.org"], ["c@example.org"]]
    cancelled, promotion = mail.outbox
    assert "cancelled" in cancelled.subject and ONLINE not in cancelled.body
    assert "A place is free for you" in promotion.subject
    assert ONLINE in promotion.body and BASE + cancel_path(promoted) in promotion.body

    after = client.get(cancel_path(first))
    assert "Your registration for “Morning seminar” is cancelled." in html_of(after)
    assert 'type="submit"' not in html_of(after).split('id="message-heading"')[1]
    assert client.post(cancel_path(first)).status_code == 200  # twice: nothing more happens
    assert len(mail.outbox) == 2


def test_leaving_the_waiting_list_promotes_nobody(client, event):
    for address in ("a@example.org", "b@example.org", "c@example.org", "d@example.org"):
        register(client, event, email=address)
    mail.outbox.clear()
    client.post(cancel_path(Registration.objects.get(email="c@example.org")))
    assert dict(Registration.objects.values_list("email", "status")) == {
        "a@example.org": "confirmed",
        "b@example.org": "confirmed",
        "c@example.org": "cancelled",
        "d@example.org": "waiting",
    }
    assert [m.to for m in mail.outbox] == [["c@example.org"]]


def test_no_email_from_a_registration_that_is_rolled_back(event, django_capture_on_commit_callbacks):
    data = {"name": "Ana Pérez", "email": "ana@example.org", "organisation": "", "consent": True}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            taken = registration.take_place(event, data)
            assert registration.send_registration_email(taken) is None  # waits for the commit
            raise RuntimeError("the request failed after the place was taken")
    assert callbacks == [] and mail.outbox == [] and not Registration.objects.exists()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            taken = registration.take_place(event, data)
            registration.send_registration_email(taken)
            assert mail.outbox == []
    assert callbacks and [message.to for message in mail.outbox] == [["ana@example.org"]]


def test_cancel_links_are_signed_and_belong_to_their_event(client, event, section):
    register(client, event)
    registration = Registration.objects.get()
    token = make_cancel_token(registration)
    assert read_cancel_token(token) == registration.key and registration.email not in token
    for bad in (token[:-2] + "xx", "not-a-token", token.replace(token[5], "A" if token[5] != "A" else "B", 1)):
        response = client.get(event.get_url() + f"cancel/{bad}/")
        assert response.status_code == 404 and "This link does not work" in html_of(response)
        assert client.post(event.get_url() + f"cancel/{bad}/").status_code == 404
    other = portal_event(section, title="Other event")
    assert client.post(other.get_url() + f"cancel/{token}/").status_code == 404
    assert Registration.objects.get().status == "confirmed"


def test_cancelling_frees_the_address_to_register_again(client, event):
    register(client, event)
    client.post(cancel_path(Registration.objects.get()))
    assert register(client, event, email="ANA@example.org").status_code == 303
    assert list(Registration.objects.values_list("status", flat=True)) == ["cancelled", "confirmed"]


# Bad input ---------------------------------------------------------------------------------------------------


def test_one_registration_per_address_whatever_its_case(client, event):
    register(client, event)
    response = register(client, event, email="ANA@Example.ORG", name="Ana P.")
    assert response.status_code == 400
    html = html_of(response)
    assert "This e-mail address is already registered for this event." in html
    assert "use the link in the confirmation e-mail" in html
    assert 'value="Ana P."' in html and 'value="ANA@Example.ORG"' in html  # what was typed is kept
    assert Registration.objects.count() == 1 and len(mail.outbox) == 1


def test_invalid_email_is_explained_and_the_form_keeps_what_was_typed(client, event):
    response = register(client, event, email="ana@", organisation="Huerta & Sol")
    assert response.status_code == 400
    html = html_of(response)
    assert "Please correct the errors below." in html and 'role="alert"' in html
    assert "Please enter a valid e-mail address, for example name@example.org." in html
    assert 'value="Ana Pérez"' in html and 'value="ana@"' in html and 'value="Huerta &amp; Sol"' in html
    assert re.search(r'name="consent"[^>]*checked', html)
    assert 'aria-invalid="true"' in html and 'id="register-email_error"' in html
    assert "Morning seminar" in html and "no-cache" in response["Cache-Control"]  # the event page again
    assert not Registration.objects.exists() and mail.outbox == []


def test_consent_and_name_are_required(client, event):
    response = register(client, event, consent=None, name="")
    html = html_of(response)
    assert response.status_code == 400
    assert "we can only register you with your consent" in html and "This field is required." in html
    assert 'value="ana@example.org"' in html
    assert not Registration.objects.exists()


def test_a_full_event_without_waiting_list_refuses(client, section):
    page = portal_event(section, capacity=1, waiting_list=False)
    register(client, page, email="first@example.org")
    html = html_of(client.get(page.get_url()))
    assert "Sorry, this event is full, and there is no waiting list." in html and 'name="email"' not in html
    response = register(client, page, email="second@example.org")
    assert response.status_code == 400
    assert "Sorry, this event is full, and there is no waiting list." in html_of(response)
    assert list(Registration.objects.values_list("email", flat=True)) == ["first@example.org"]


def test_registration_closes_at_the_deadline(client, section, clock):
    deadline = factories.local(2030, 6, 1, 23, 59)
    page = portal_event(section, registration_deadline=deadline)
    html = html_of(client.get(page.get_url()))
    assert "Registration closes on" in html and "1 June 2030, 23:59 (Central European Summer Time)" in html
    clock.move_to(deadline + datetime.timedelta(minutes=1))
    html = html_of(client.get(page.get_url()))
    assert "Registration for this event is closed." in html and 'name="email"' not in html
    response = register(client, page)
    assert response.status_code == 400 and "Registration for this event is closed." in html_of(response)
    assert not Registration.objects.exists() and mail.outbox == []


def test_no_registration_once_the_event_has_started_or_passed(client, event, clock):
    clock.move_to(START + datetime.timedelta(minutes=5))
    assert "Registration for this event is closed." in html_of(client.get(event.get_url()))
    assert register(client, event).status_code == 400
    clock.move_to(event.end + datetime.timedelta(days=1))
    html = html_of(client.get(event.get_url()))
    assert "This event has already taken place: registration is closed." in html and 'name="email"' not in html
    response = register(client, event)
    assert "This event has already taken place: registration is closed." in html_of(response)
    assert not Registration.objects.exists()


def test_nobody_is_promoted_once_the_event_has_started(client, event, clock):
    for address in ("a@example.org", "b@example.org", "c@example.org"):
        register(client, event, email=address)
    clock.move_to(START + datetime.timedelta(minutes=5))
    client.post(cancel_path(Registration.objects.get(email="a@example.org")))
    assert Registration.objects.get(email="c@example.org").status == "waiting"


def test_honeypot_looks_successful_and_records_nothing(client, event):
    response = register(client, event, website="https://spam.example")
    assert response.status_code == 303 and response["Location"] == event.get_url() + "register/done/"
    assert not Registration.objects.exists() and mail.outbox == []


@override_settings(EVENT_REGISTRATION_RATE_LIMIT=(2, 3600))
def test_rate_limit_answers_429_per_client(client, event):
    register(client, event, email="bad")
    register(client, event, email="bad")
    response = register(client, event)
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "too many requests" in html_of(response).lower() and 'class="site-header"' in html_of(response)
    assert not Registration.objects.exists()
    assert client.get(event.get_url()).status_code == 200  # reading the page is not limited
    other = client.post(event.get_url() + "register/", form_data(), REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 303 and Registration.objects.count() == 1


# Admin: listing and CSV export ---------------------------------------------------------------------------------


def editor_of(django_user_model, username, page):
    """A user with admin access who may edit pages under `page` (a partner's section)."""
    group = Group.objects.create(name=f"Group of {username}")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=page,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw-123-long")
    user.groups.add(group)
    return user


def test_registrations_and_csv_only_for_those_who_can_edit_the_event(
    client, event, section, admin_user, django_user_model
):
    register(client, event, name='=HYPERLINK("http://x")', email="ana@example.org")
    register(client, event, name="Bo Ström", email="bo@example.org", organisation="")
    register(client, event, name="Cy", email="cy@example.org")
    listing_url = reverse("events_registrations", args=[event.pk])
    csv_url = reverse("events_registration_csv", args=[event.pk])

    anonymous = client.get(csv_url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert client.get(listing_url).status_code == 302

    other_partner = editor_of(django_user_model, "partner-b", factories.section(event.get_parent().get_parent()))
    client.force_login(other_partner)
    for url in (csv_url, listing_url):  # Wagtail answers a denied admin view with a redirect to the dashboard
        denied = client.get(url)
        assert denied.status_code == 302 and denied["Location"] == reverse("wagtailadmin_home")
        assert b"ana@example.org" not in denied.content
    index = client.get(reverse("events_registration_index"))
    assert index.status_code == 200 and "Morning seminar" not in html_of(index)

    own_partner = editor_of(django_user_model, "partner-a", section)
    client.force_login(own_partner)
    assert client.get(csv_url).status_code == 200
    assert "Morning seminar" in html_of(client.get(reverse("events_registration_index")))

    client.force_login(admin_user)
    listing = client.get(listing_url)
    assert listing.status_code == 200
    html = html_of(listing)
    assert "Bo Ström" in html and "bo@example.org" in html and "on the waiting list" in html
    assert f'href="{csv_url}"' in html

    response = client.get(csv_url)
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["name"], r["email"], r["status"]) for r in rows] == [
        ('\'=HYPERLINK("http://x")', "ana@example.org", "confirmed"),  # never run as a formula
        ("Bo Ström", "bo@example.org", "confirmed"),
        ("Cy", "cy@example.org", "waiting"),
    ]
    assert rows[0]["language"] == "en" and rows[0]["registered_through"] == event.get_url()
    assert rows[0]["created_at"].startswith("2030-05-01T")
    workbook = client.get(csv_url + "?export=xlsx")  # the same rows as a workbook (Wagtail's export)
    assert workbook.status_code == 200 and "registrations-" in workbook["Content-Disposition"]
    assert workbook["Content-Type"].startswith("application/vnd.openxmlformats")

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert listing_url in html_of(edit)  # the "Registrations" button on the event


def test_editors_give_free_places_to_the_waiting_list_after_raising_the_capacity(
    client, event, admin_user, django_user_model, django_capture_on_commit_callbacks
):
    for address in ("a@example.org", "b@example.org", "c@example.org", "d@example.org"):
        register(client, event, email=address)
    type(event).objects.filter(translation_key=event.translation_key).update(capacity=3)
    mail.outbox.clear()
    url = reverse("events_registrations", args=[event.pk])

    outsider = editor_of(django_user_model, "partner-c", factories.section(event.get_parent().get_parent()))
    client.force_login(outsider)
    assert client.post(url, {"action": "offer"}).status_code == 302
    assert Registration.objects.waiting().count() == 2 and mail.outbox == []

    client.force_login(admin_user)
    assert "Give the free places to the waiting list" in html_of(client.get(url))
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails leave when the admin request commits
        response = client.post(url, {"action": "offer"})
    assert response.status_code == 302 and response["Location"] == url
    assert dict(Registration.objects.values_list("email", "status")) == {
        "a@example.org": "confirmed",
        "b@example.org": "confirmed",
        "c@example.org": "confirmed",
        "d@example.org": "waiting",
    }
    assert [m.to for m in mail.outbox] == [["c@example.org"]] and ONLINE in mail.outbox[0].body
    assert "Give the free places to the waiting list" not in html_of(client.get(url))


def test_registrations_are_not_in_the_public_api_or_pages(client, event):
    register(client, event)
    for url in (event.get_url(), "/api/v2/pages/?type=events.EventPage&fields=*", "/api/search/?q=Ana"):
        response = client.get(url)
        assert "ana@example.org" not in html_of(response)


# Retention ---------------------------------------------------------------------------------------------------


@override_settings(EVENT_REGISTRATION_RETENTION_DAYS=30)
def test_purge_deletes_personal_data_after_the_event(client, event, section, clock):
    register(client, event, email="a@example.org")
    register(client, event, email="b@example.org")
    client.post(cancel_path(Registration.objects.get(email="b@example.org")))
    later = portal_event(section, title="Later event", start=START + datetime.timedelta(days=20))
    register(client, later, email="c@example.org")

    clock.move_to(event.end + datetime.timedelta(days=29))
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "events: personal data of 0 event registration(s) deleted (30 days after the event)" in out.getvalue()
    assert set(Registration.objects.values_list("email", flat=True)) == {
        "a@example.org",
        "b@example.org",
        "c@example.org",
    }

    clock.move_to(event.end + datetime.timedelta(days=30, minutes=1))
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "events: personal data of 2 event registration(s) deleted" in out.getvalue()
    purged = Registration.objects.for_event(event)
    assert list(purged.values_list("name", "email", "organisation")) == [("", "", "")] * 2
    assert list(purged.values_list("status", flat=True)) == ["confirmed", "cancelled"]  # counts stay true
    assert all(r.anonymised_at == timezone.now() for r in purged)
    assert Registration.objects.for_event(later).get().email == "c@example.org"

    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "events: personal data of 0 event registration(s) deleted" in out.getvalue()


def test_no_promotion_email_when_giving_free_places_rolls_back(client, event, django_capture_on_commit_callbacks):
    """Those promoted from the waiting list are told when the transaction commits, never before: a request that
    fails after giving the places (rolling the promotions back) has told nobody they have one."""
    for address in ("a@example.org", "b@example.org", "c@example.org"):
        register(client, event, email=address)
    type(event).objects.filter(translation_key=event.translation_key).update(capacity=3)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():  # as AdminTransactionMiddleware's transaction
            promoted = registration.offer_free_places(event.translation_key)
            assert [r.email for r in promoted] == ["c@example.org"] and mail.outbox == []
            raise RuntimeError("the request failed after the places were given")
    assert mail.outbox == [] and Registration.objects.waiting().count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            registration.offer_free_places(event.translation_key)
            assert mail.outbox == []
    assert [m.to for m in mail.outbox] == [["c@example.org"]]


# Editors at work: a registration by hand, a message to the registered people, the sign-in sheet -----------------


def add_data(**changes):
    data = {
        "action": "add",
        "add-name": "  Giorgos   Papadopoulos ",
        "add-email": "giorgos@example.org",
        "add-organisation": "Fishermen's cooperative of Kalamata",
        "add-language": "el",
        "add-consent": "on",
        "add-send_confirmation": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_an_editor_adds_a_registration_by_hand(
    client, event, section, admin_user, django_user_model, django_capture_on_commit_callbacks
):
    url = reverse("events_registrations", args=[event.pk])
    outsider = editor_of(django_user_model, "partner-d", factories.section(event.get_parent().get_parent()))
    client.force_login(outsider)
    client.post(url, add_data())
    assert not Registration.objects.exists()

    partner = editor_of(django_user_model, "partner-e", section)
    client.force_login(partner)
    # Without the consent ticked: refused, nothing lost of what was typed.
    response = client.post(url, add_data(**{"add-consent": None}))
    assert response.status_code == 200 and not Registration.objects.exists()
    html = html_of(response)
    assert "Register someone only with their consent: tick this box." in html
    assert 'value="Fishermen&#x27;s cooperative of Kalamata"' in html and 'value="giorgos@example.org"' in html

    with freeze_time(START + datetime.timedelta(hours=1)):  # after the deadline (the start), before the end
        client.force_login(partner)  # a session of its own on that day
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url, add_data())
    client.force_login(partner)
    assert response.status_code == 302 and response["Location"] == url
    added = Registration.objects.get()
    assert added.name == "Giorgos Papadopoulos" and added.language == "el"
    assert added.status == Registration.Status.CONFIRMED
    assert added.consent_text.startswith("Added by partner-e in the admin: They agreed that the organisers keep")
    [message] = mail.outbox
    assert message.to == ["giorgos@example.org"] and "Giorgos Papadopoulos" in message.body
    assert BASE in message.body and "/cancel/" in message.body

    # The same address again: the form says why, and keeps the data.
    response = client.post(url, add_data())
    assert response.status_code == 200 and "already registered" in html_of(response)

    # Full (capacity 2) with a waiting list: on the waiting list; no e-mail when unticked.
    register(client, event, email="ana@example.org")
    mail.outbox.clear()
    client.post(url, add_data(**{"add-email": "late@example.org", "add-send_confirmation": None}))
    assert Registration.objects.get(email="late@example.org").status == Registration.Status.WAITING
    assert mail.outbox == []

    # After the event: refused.
    with freeze_time(START + datetime.timedelta(days=1)):
        client.force_login(partner)
        response = client.post(url, add_data(**{"add-email": "after@example.org"}))
    assert "already taken place" in html_of(response)
    assert not Registration.objects.filter(email="after@example.org").exists()


def test_an_editor_e_mails_the_registered_people_in_their_languages(
    client, event, admin_user, django_user_model, django_capture_on_commit_callbacks
):
    french = translate(event, admin_user, django_capture_on_commit_callbacks)
    register(client, event, name="Ana", email="ana@example.org")
    register(client, french, name="Brigitte", email="brigitte@example.org")
    register(client, event, name="Cy", email="cy@example.org")  # waiting list
    register(client, event, name="Dan", email="dan@example.org")  # waiting list
    registration.cancel(Registration.objects.get(email="dan@example.org"))
    mail.outbox.clear()
    url = reverse("events_registrations", args=[event.pk])
    client.force_login(admin_user)

    response = client.post(
        url,
        {"action": "message", "message-recipients": "confirmed", "message-subject": "", "message-body": "Bring boots."},
    )
    assert response.status_code == 200 and mail.outbox == []
    assert "Bring boots." in html_of(response)  # kept

    data = {
        "action": "message",
        "message-recipients": "confirmed",
        "message-subject": "Change of room",
        "message-body": "We meet in room 2, on the first floor.\nBring boots for the farm visit.",
    }
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url, data)
    assert response.status_code == 302 and len(callbacks) == 2  # sent once the request's transaction commits
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"ana@example.org", "brigitte@example.org"}
    ana, brigitte = by_address["ana@example.org"], by_address["brigitte@example.org"]
    assert ana.subject == "Change of room · Morning seminar"
    assert "Hello Ana," in ana.body and "Bring boots for the farm visit." in ana.body
    assert "The organisers of this event write to you:" in ana.body
    for message, who in ((ana, "ana@example.org"), (brigitte, "brigitte@example.org")):
        mine = Registration.objects.get(email=who)
        assert BASE + cancel_path(mine) in message.body
    assert "Bonjour Brigitte" in brigitte.body and "Séminaire du matin" in brigitte.body
    assert "Les organisateurs de cet événement vous écrivent" in brigitte.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {**data, "message-recipients": "active"})
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ana@example.org",
        "brigitte@example.org",
        "cy@example.org",
    ]  # never the cancelled
    cy = next(message for message in mail.outbox if message.to == ["cy@example.org"])
    assert "You are on the waiting list." in cy.body


def test_the_sign_in_sheet_lists_the_people_with_a_place(client, event, admin_user, django_user_model):
    register(client, event, name="Zoé Martin", email="zoe@example.org", organisation="Ferme du Bois")
    register(client, event, name="ana Pérez", email="ana@example.org")
    register(client, event, name="Waiting Person", email="wait@example.org")
    url = reverse("events_registration_sign_in", args=[event.pk])
    assert client.get(url).status_code == 302  # not signed in
    outsider = editor_of(django_user_model, "partner-f", factories.section(event.get_parent().get_parent()))
    client.force_login(outsider)
    assert client.get(url)["Location"] == reverse("wagtailadmin_home")

    client.force_login(admin_user)
    assert f'href="{url}"' in html_of(client.get(reverse("events_registrations", args=[event.pk])))
    response = client.get(url)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    html = html_of(response)
    assert "Morning seminar" in html and "10 June 2030, 09:30–13:00" in html
    assert html.index("ana Pérez") < html.index("Zoé Martin") and "Ferme du Bois" in html
    assert "Waiting Person" not in html and "@example.org" not in html  # no addresses on a sheet passed around
    assert "Sign-in sheet: 2 people with a place" in html
    assert html.count("<tr>") == 1 + 2 + 8  # the header, the people, blank lines for walk-ins


def test_register_is_offered_at_the_top_of_the_page_while_registration_is_open(client, section, clock):
    page = portal_event(section, registration_deadline=factories.local(2030, 6, 1, 23, 59))
    html = html_of(client.get(page.get_url()))
    top = html.index('class="register-cta"')
    assert top < html.index('class="facts"') < html.index('id="register"')
    assert '<a class="button" href="#register">Register</a>' in html[top:] and "2 places left." in html[top:]
    clock.move_to(factories.local(2030, 6, 2, 0, 1))
    assert 'class="register-cta"' not in html_of(client.get(page.get_url()))  # closed: only the box says so


def test_an_external_registration_is_linked_at_the_top_until_the_event_ends(client, section, clock):
    page = portal_event(section, registration_mode="external", registration_url="https://example.org/register")
    html = html_of(client.get(page.get_url()))
    assert html.index('href="https://example.org/register"') < html.index('class="facts"')
    clock.move_to(page.end + datetime.timedelta(minutes=1))
    assert 'class="register-cta"' not in html_of(client.get(page.get_url()))
