"""Join the network: the public form, the coordinator's review in the admin, duplicates, abuse, retention."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import GroupPagePermission, PageLogEntry

from home.models import HomePage
from network.models import DirectoryPage, JoinApplication, OrganisationPage

from . import factories

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000"  # WAGTAILADMIN_BASE_URL in the test settings


def form_data(**changes):
    data = {
        "organisation_name": "Sunrise Harvest Cooperative",
        "org_type": "employer",
        "country": "ES",
        "city": "Almería",
        "website": "https://www.sunrise-harvest.example/",
        "contact_name": "Ana Martín",
        "contact_email": "ana@sunrise-harvest.example",
        "description": "We employ seasonal workers & train them.\n\nSecond paragraph <b>bold?</b>",
        "sectors": ["agriculture", "agri-food"],
        "services": ["training", "job-matching"],
        "consent": "on",
        "fax": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def join_url(directory):
    return directory.url + "join/"


def apply(client, directory, **changes):
    return client.post(join_url(directory), form_data(**changes))


def review_url(application):
    return reverse("join_applications:inspect", args=[application.pk])


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def directory():
    return factories.directory()


@pytest.fixture
def coordinator(django_user_model):
    """Not a superuser: admin access and the permission to change (review) applications."""
    group = Group.objects.create(name="Join coordinators (test)")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="network", codename="change_joinapplication"),
    )
    user = django_user_model.objects.create_user("coordinator", "coordinator@example.org", "pw-123-long")
    user.groups.add(group)
    return user


@pytest.fixture
def plain_user(django_user_model):
    """Can use the admin, but has no permission on applications."""
    user = django_user_model.objects.create_user("plain", "plain@example.org", "pw-123-long")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def public_texts(client, directory):
    """The directory as the public sees it: list, GeoJSON, CSV and JSON exports."""
    return [
        client.get(directory.url + suffix).content.decode()
        for suffix in ("", "?view=map", "geojson/", "export/csv/", "export/json/")
    ]


# The flow -----------------------------------------------------------------------------------------------------


def test_join_flow_end_to_end(client, directory, admin_user, django_capture_on_commit_callbacks):
    listing = client.get(directory.url).content.decode()
    assert f'href="{join_url(directory)}"' in listing and "Join the network" in listing
    form_page = client.get(join_url(directory))
    assert form_page.status_code == 200
    html = form_page.content.decode()
    for name in (
        "organisation_name",
        "org_type",
        "country",
        "city",
        "website",
        "contact_name",
        "contact_email",
        "description",
        "sectors",
        "services",
        "consent",
    ):
        assert f'name="{name}"' in html
    assert "Read the privacy notice</a>" in html and 'name="fax"' in html

    response = apply(client, directory)
    assert response.status_code == 303 and response["Location"] == join_url(directory) + "done/"
    assert "Thank you" in client.get(response["Location"]).content.decode()
    application = JoinApplication.objects.get()
    assert application.status == JoinApplication.Status.PENDING and application.language == "en"
    assert application.directory_id == directory.pk and not application.possible_duplicate
    assert "privacy notice" in application.consent_text
    [received] = mail.outbox
    assert received.to == ["ana@sunrise-harvest.example"]
    assert "received" in received.subject and "Sunrise Harvest Cooperative" in received.body
    assert received.body.startswith("Hello,") and "&amp;" not in received.body

    # Nothing is public before approval.
    assert not OrganisationPage.objects.filter(title="Sunrise Harvest Cooperative").exists()
    assert all("Sunrise Harvest" not in text for text in public_texts(client, directory))

    # The coordinator reviews it in the admin.
    client.force_login(admin_user)
    index = client.get(reverse("join_applications:index"))
    assert index.status_code == 200 and "Sunrise Harvest Cooperative" in index.content.decode()
    review = client.get(review_url(application)).content.decode()
    assert "ana@sunrise-harvest.example" in review and 'value="approve"' in review
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(application), {"action": "approve"})
    assert response.status_code == 302

    application.refresh_from_db()
    page = application.page
    assert application.status == JoinApplication.Status.APPROVED and application.reviewed_by == admin_user
    assert page.live and page.get_parent().pk == directory.pk and page.locale.language_code == "en"
    assert page.private_email == "ana@sunrise-harvest.example" and page.owner == admin_user
    assert (page.org_type, page.country, page.city) == ("employer", "ES", "Almería")
    assert page.sectors == ["agriculture", "agri-food"] and page.services == ["training", "job-matching"]
    assert page.description == (
        "<p>We employ seasonal workers &amp; train them.</p><p>Second paragraph &lt;b&gt;bold?&lt;/b&gt;</p>"
    )
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=admin_user).exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create", user=admin_user).exists()
    # The application keeps only what identifies the organisation, and the link to its page.
    assert (application.contact_name, application.contact_email, application.description) == ("", "", "")

    approved = mail.outbox[-1]
    assert approved.to == ["ana@sunrise-harvest.example"]
    assert BASE + page.url in approved.body and "approved" in approved.body
    client.logout()
    assert client.get(page.url).status_code == 200
    public = public_texts(client, directory)
    assert "Sunrise Harvest Cooperative" in public[0] and "Sunrise Harvest Cooperative" in public[3]
    assert "ana@sunrise-harvest.example" not in "".join(public)

    # Approving twice creates nothing more.
    client.force_login(admin_user)
    client.post(review_url(application), {"action": "approve"})
    assert OrganisationPage.objects.filter(title="Sunrise Harvest Cooperative").count() == 1
    assert len(mail.outbox) == 2


def test_coordinator_rejects_with_a_reason(client, directory, coordinator, django_capture_on_commit_callbacks):
    apply(client, directory)
    application = JoinApplication.objects.get()
    client.force_login(coordinator)
    assert "Applications to join" in client.get(reverse("wagtailadmin_home")).content.decode()

    client.post(review_url(application), {"action": "reject", "reason": "   "})
    application.refresh_from_db()
    assert application.status == JoinApplication.Status.PENDING and len(mail.outbox) == 1

    reason = "Your organisation works outside the project's sectors & countries."
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves when the admin request commits
        response = client.post(review_url(application), {"action": "reject", "reason": reason})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == JoinApplication.Status.REJECTED and application.reviewed_by == coordinator
    assert application.rejection_reason == reason
    rejected = mail.outbox[-1]
    assert rejected.to == ["ana@sunrise-harvest.example"] and reason in rejected.body
    assert not OrganisationPage.objects.filter(title="Sunrise Harvest Cooperative").exists()
    assert 'value="approve"' not in client.get(review_url(application)).content.decode()


def test_application_language_and_fallback_directory(client, directory, admin_user):
    french_home = HomePage.objects.get(locale__language_code="fr")
    french = DirectoryPage(title="Annuaire (test)", slug="annuaire-test")
    french_home.add_child(instance=french)
    french.save_revision().publish()
    apply(client, french, organisation_name="Coopérative du Soleil")
    application = JoinApplication.objects.get()
    assert application.language == "fr" and application.directory_id == french.pk

    for live_french in DirectoryPage.objects.live().filter(locale__language_code="fr"):
        live_french.unpublish()  # no French directory any more: the default language's directory takes it
    client.force_login(admin_user)
    client.post(review_url(application), {"action": "approve"})
    page = JoinApplication.objects.get().page
    assert page.live and page.locale.language_code == "en"
    assert isinstance(page.get_parent().specific, DirectoryPage)


# Duplicates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "website",
    [
        "http://sunrise-harvest.example",
        "https://SUNRISE-harvest.example/",
        "www.sunrise-harvest.example",
        "http://www.sunrise-harvest.example///",
    ],
)
def test_same_website_is_a_likely_duplicate(client, directory, website):
    first = apply(client, directory)
    second = apply(client, directory, organisation_name="Sunrise (new office)", city="Murcia", website=website)
    assert first.status_code == second.status_code == 303 and first["Location"] == second["Location"]
    original, duplicate = JoinApplication.objects.order_by("pk")
    assert not original.possible_duplicate and duplicate.possible_duplicate
    assert "Same website as the application from “Sunrise Harvest Cooperative”" in duplicate.duplicate_note
    # The applicant sees nothing different.
    assert "duplicate" not in mail.outbox[-1].body.lower()


def test_same_name_and_city_is_a_likely_duplicate(client, directory):
    apply(client, directory)
    apply(client, directory, organisation_name="  sunrise HARVEST   cooperative ", city="ALMERÍA", website="")
    duplicate = JoinApplication.objects.order_by("pk").last()
    assert duplicate.possible_duplicate
    assert duplicate.duplicate_note.startswith("Same name and city as the application")


def test_different_organisations_are_not_duplicates(client, directory):
    apply(client, directory)
    apply(
        client,
        directory,
        organisation_name="Sunrise Harvest Cooperative",
        city="Murcia",
        website="https://sunrise-harvest.example/murcia/",
    )
    assert not JoinApplication.objects.filter(possible_duplicate=True).exists()


def test_duplicate_of_an_existing_organisation_page(client, directory, admin_user):
    factories.organisation(directory, "Athens Centre", website="https://athens-centre.example/")
    factories.organisation(directory, "Nicosia Union", city="Nicosia", country="CY")
    apply(
        client,
        directory,
        organisation_name="Athens Centre for Workers",
        city="Athens",
        country="GR",
        website="http://www.athens-centre.example",
    )
    apply(client, directory, organisation_name="NICOSIA union", city="nicosia", country="CY", website="")
    by_website, by_name = JoinApplication.objects.order_by("pk")
    assert by_website.possible_duplicate and "Same website as the organisation page “Athens Centre”" in (
        by_website.duplicate_note
    )
    assert by_name.possible_duplicate and "Same name and city as the organisation page “Nicosia Union”" in (
        by_name.duplicate_note
    )
    # A rejected application is no longer a reason to flag.
    JoinApplication.objects.update(status=JoinApplication.Status.REJECTED)
    apply(client, directory, organisation_name="Totally New", city="Patras", website="https://athens-centre.example")
    assert "application from" not in JoinApplication.objects.order_by("pk").last().duplicate_note
    # The coordinator sees the note.
    client.force_login(admin_user)
    review = client.get(review_url(by_name)).content.decode()
    assert "Likely duplicate" in review and "Nicosia Union" in review


@override_settings(JOIN_NOTIFY_EMAILS=["coordinators@example.org"])
def test_coordinators_are_told_of_each_application(client, directory):
    apply(client, directory)
    apply(client, directory, city="Murcia")
    notice = mail.outbox[-1]
    assert notice.to == ["coordinators@example.org"] and "Sunrise Harvest Cooperative" in notice.subject
    assert BASE + review_url(JoinApplication.objects.order_by("pk").last()) in notice.body
    assert "Same website as the application" in notice.body


# The public form ----------------------------------------------------------------------------------------------


def test_honeypot_records_and_sends_nothing(client, directory):
    response = apply(client, directory, fax="+30 210 000000")
    assert response.status_code == 303 and response["Location"].endswith("/join/done/")
    assert not JoinApplication.objects.exists() and mail.outbox == []


@override_settings(JOIN_RATE_LIMIT=(2, 3600))
def test_rate_limit_answers_429(client, directory):
    for _ in range(2):
        assert apply(client, directory, contact_email="").status_code == 200
    response = apply(client, directory)
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "too many requests" in response.content.decode().lower()
    assert not JoinApplication.objects.exists()
    assert client.get(join_url(directory)).status_code == 200  # reading the form is not limited


@override_settings(JOIN_RATE_LIMIT=(2, 3600))
def test_rate_limit_is_per_client(client, directory):
    for _ in range(3):
        client.post(join_url(directory), form_data(contact_email=""), REMOTE_ADDR="198.51.100.1")
    response = client.post(join_url(directory), form_data(), REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 303 and JoinApplication.objects.count() == 1


@pytest.mark.parametrize("field", ["contact_name", "organisation_name", "city"])
def test_line_breaks_in_one_line_fields_are_refused(client, directory, field):
    """A line break in a name would start a line of the sender's choosing in the e-mails."""
    response = apply(client, directory, **{field: "Ann\r\nBcc: x@example.org"})
    assert response.status_code == 200
    assert "Please write this on one line, without line breaks or control characters." in response.content.decode()
    assert not JoinApplication.objects.exists() and mail.outbox == []


def test_the_acknowledgement_echoes_no_free_text(client, directory):
    """Anyone can type anyone's address: the acknowledgement must not carry a message of the sender's choosing."""
    apply(
        client,
        directory,
        contact_name="Win a prize at spam.example",
        city="Call +1 555 0100 now",
        website="https://prize.spam.example/",
        description="Claim your prize at https://prize.spam.example/ today, details inside.",
    )
    [received] = [message for message in mail.outbox if message.to == ["ana@sunrise-harvest.example"]]
    for text in ("spam.example", "555 0100", "Claim your prize"):
        assert text not in received.body and text not in received.subject
    assert "Sunrise Harvest Cooperative" in received.body and "Spain" in received.body


@override_settings(JOIN_ACKNOWLEDGEMENT_EMAIL_LIMIT=(2, 86400))
def test_acknowledgements_to_one_address_are_limited(client, directory):
    for number in range(4):
        response = client.post(
            join_url(directory),
            form_data(city=f"Town {number}", contact_email="Target@Example.org"),
            REMOTE_ADDR=f"198.51.100.{number}",
        )
        assert response.status_code == 303  # the same answer every time
    assert JoinApplication.objects.count() == 4
    assert len([message for message in mail.outbox if message.to == ["Target@Example.org"]]) == 2
    apply(client, directory, contact_email="someone-else@example.org")
    assert [message.to for message in mail.outbox].count(["someone-else@example.org"]) == 1


def test_input_is_kept_on_error(client, directory):
    response = apply(client, directory, contact_email="not-an-address", consent=None, description="Line one")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    assert 'value="Sunrise Harvest Cooperative"' in html and 'value="not-an-address"' in html
    assert "Line one</textarea>" in html and 'value="training" id="id_services_2" checked' in html
    assert '<option value="ES" selected>' in html
    assert "we can only review your application with your consent" in html
    assert not JoinApplication.objects.exists() and mail.outbox == []


def test_required_fields_and_length_limits(client, directory):
    response = apply(client, directory, organisation_name="x" * 201, services=None, description="y" * 2001)
    assert response.status_code == 200 and not JoinApplication.objects.exists()
    errors = response.context["form"].errors
    assert set(errors) == {"organisation_name", "services", "description"}


# Permissions --------------------------------------------------------------------------------------------------


def test_users_without_permission_cannot_review(client, directory, plain_user):
    apply(client, directory)
    application = JoinApplication.objects.get()
    client.force_login(plain_user)
    assert client.get(reverse("join_applications:index")).status_code == 302
    assert client.get(review_url(application)).status_code == 302
    response = client.post(review_url(application), {"action": "approve"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    client.post(review_url(application), {"action": "reject", "reason": "No."})
    application.refresh_from_db()
    assert application.status == JoinApplication.Status.PENDING and application.page is None
    assert not OrganisationPage.objects.filter(title="Sunrise Harvest Cooperative").exists()
    assert len(mail.outbox) == 1

    client.logout()  # nor can an anonymous visitor
    response = client.post(review_url(application), {"action": "approve"})
    assert response.status_code == 302 and "/login/" in response["Location"]
    application.refresh_from_db()
    assert application.status == JoinApplication.Status.PENDING


def test_coordinator_can_approve_with_the_right_to_publish_in_the_directory(client, directory, coordinator):
    apply(client, directory)
    client.force_login(coordinator)
    response = client.post(review_url(JoinApplication.objects.get()), {"action": "approve"}, follow=True)
    assert "permission to publish pages" in response.content.decode()
    assert JoinApplication.objects.get().status == JoinApplication.Status.PENDING

    group = coordinator.groups.get()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=directory,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    client.post(review_url(JoinApplication.objects.get()), {"action": "approve"})
    application = JoinApplication.objects.get()
    assert application.status == JoinApplication.Status.APPROVED and application.page.live
    assert PageLogEntry.objects.filter(page=application.page, action="wagtail.publish", user=coordinator).exists()


# Retention ----------------------------------------------------------------------------------------------------


def make_application(status, reviewed_at=None, **fields):
    return JoinApplication.objects.create(
        status=status,
        language="en",
        organisation_name=fields.pop("name", "Old Farm"),
        org_type="employer",
        country="IT",
        city="Latina",
        contact_name="Mario Rossi",
        contact_email="mario@old-farm.example",
        services=["training"],
        reviewed_at=reviewed_at,
        **fields,
    )


@override_settings(JOIN_REJECTED_RETENTION_DAYS=90)
def test_purge_deletes_rejected_applications_after_the_retention_time():
    with freeze_time("2025-01-01 12:00:00"):
        decided = timezone.now()
        old = make_application(JoinApplication.Status.REJECTED, decided, rejection_reason="Out of scope.")
        pending = make_application(JoinApplication.Status.PENDING, name="Waiting Farm")
    with freeze_time("2025-03-01 12:00:00"):
        recent = make_application(JoinApplication.Status.REJECTED, timezone.now(), name="Recent Farm")
    with freeze_time(decided + datetime.timedelta(days=90, minutes=1)):
        out = io.StringIO()
        call_command("purge_personal_data", stdout=out)
    remaining = set(JoinApplication.objects.values_list("pk", flat=True))
    assert old.pk not in remaining and {pending.pk, recent.pk} <= remaining
    assert "network: 1 rejected application(s) to join older than 90 days deleted" in out.getvalue()


def test_admin_listing_filters_and_search(client, directory, admin_user):
    apply(client, directory)
    apply(client, directory, organisation_name="Other Farm", city="Patras", country="GR", website="")
    client.force_login(admin_user)
    html = client.get(reverse("join_applications:index") + "?status=pending&q=Patras").content.decode()
    assert "Other Farm" in html and "Sunrise Harvest Cooperative" not in html
    assert client.get(reverse("join_applications:index") + "?status=rejected").content.decode().count("Other Farm") == 0
    application = JoinApplication.objects.get(organisation_name="Other Farm")
    assert client.get(reverse("join_applications:delete", args=[application.pk])).status_code == 200
    with pytest.raises(NoReverseMatch):  # applications come only from the public form
        reverse("join_applications:add")


def test_no_approval_email_when_the_admin_request_rolls_back(
    client, directory, admin_user, django_capture_on_commit_callbacks
):
    """The approval e-mail leaves when the transaction around the approval commits, never before: an admin request
    that fails after approving (and rolls the page back) has told the applicant nothing."""
    from django.db import transaction

    from network import join

    apply(client, directory)
    mail.outbox.clear()
    application = JoinApplication.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():  # as AdminTransactionMiddleware's transaction
            _page, mailed = join.approve(application, admin_user)
            assert mailed is None and mail.outbox == []  # waits for the commit
            raise RuntimeError("the request failed after the approval")
    assert mail.outbox == []
    assert JoinApplication.objects.get().status == JoinApplication.Status.PENDING
    assert not OrganisationPage.objects.filter(title="Sunrise Harvest Cooperative").exists()

    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            join.approve(application, admin_user)
            assert mail.outbox == []
    assert [m.to for m in mail.outbox] == [["ana@sunrise-harvest.example"]]


@pytest.mark.parametrize("public", [True, False])
def test_the_applicant_chooses_whether_its_website_is_shown(
    client, directory, admin_user, django_capture_on_commit_callbacks, public
):
    html = client.get(join_url(directory)).content.decode()
    assert 'name="contact_public"' in html and "Show contact details publicly" in html
    apply(client, directory, contact_public="on" if public else None)
    application = JoinApplication.objects.get()
    assert application.contact_public is public
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(application), {"action": "approve"})
    client.logout()
    application.refresh_from_db()
    assert application.page.contact_public is public
    shown = ["www.sunrise-harvest.example" in text for text in public_texts(client, directory)]
    shown.append("www.sunrise-harvest.example" in client.get(application.page.url).content.decode())
    assert shown == [False, False, False, public, public, public]  # list, map view, GeoJSON: never; CSV, JSON, page
