"""Wagtail's account settings save without a first and last name (the first administrator has none)."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile


@pytest.mark.django_db
def test_an_account_without_a_name_saves_its_language(client, django_user_model):
    admin = django_user_model.objects.create_superuser("first-admin", "first-admin@example.org", "pw-123-long")
    assert admin.first_name == "" and admin.last_name == ""
    client.force_login(admin)
    url = reverse("wagtailadmin_account")
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="name_email-first_name"' in page.content.decode()
    response = client.post(
        url,
        {
            "name_email-first_name": "",
            "name_email-last_name": "",
            "name_email-email": "first-admin@example.org",
            "locale-preferred_language": "fr",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, response.context and [
        (panel.name, panel.get_form().errors) for panel in response.context["panels_by_tab"].popitem()[1]
    ]
    assert UserProfile.get_for_user(admin).preferred_language == "fr"
    # A name typed is kept as before.
    client.post(
        url,
        {
            "name_email-first_name": "Eleni",
            "name_email-last_name": "Georgiou",
            "name_email-email": "first-admin@example.org",
            "locale-preferred_language": "fr",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )
    admin.refresh_from_db()
    assert (admin.first_name, admin.last_name) == ("Eleni", "Georgiou")


@pytest.mark.django_db
def test_the_account_settings_still_need_admin_access(client, django_user_model):
    visitor = django_user_model.objects.create_user("visitor", "visitor@example.org", "pw-123-long")
    client.force_login(visitor)
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 302 and response.url != reverse("wagtailadmin_account")
    client.logout()
    assert client.get(reverse("wagtailadmin_account")).url.startswith(reverse("wagtailadmin_login"))
