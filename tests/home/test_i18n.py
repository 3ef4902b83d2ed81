import re

import pytest
from django.conf import settings
from django.core import mail
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from tests.helpers import translate_as_editor
from tests.worker import run_worker

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="([a-z]{2})"', nav)}


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html))


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_served_in_each_language(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    home = HomePage.objects.get(locale__language_code=language)
    assert f"<h1>{home.title}</h1>" in html


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="el")
    assert response.status_code == 302
    assert response["Location"] == "/el/"


def test_a_translation_made_through_wagtail_localize_is_served(client, admin_user, django_capture_on_commit_callbacks):
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(
        instance=StandardPage(
            title="Seasonal work guide", slug="seasonal-work-guide", intro="How seasonal contracts work."
        )
    )
    page.save_revision().publish()
    french = {
        "Seasonal work guide": "Guide du travail saisonnier",
        "seasonal-work-guide": "guide-travail-saisonnier",
        "How seasonal contracts work.": "Comment fonctionnent les contrats saisonniers.",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate_as_editor(page, "fr", french, admin_user)
    assert translated.locale.language_code == "fr"
    response = client.get("/fr/guide-travail-saisonnier/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Guide du travail saisonnier" in html
    assert "Comment fonctionnent les contrats saisonniers." in html
    # The switcher and hreflang link the two real translations both ways.
    assert switcher_links(html)["en"] == "/en/seasonal-work-guide/"
    assert hreflangs(client.get("/en/seasonal-work-guide/").content.decode())["fr"].endswith(
        "/fr/guide-travail-saisonnier/"
    )


def test_language_switcher_links_each_translation(client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    html = client.get("/en/about/").content.decode()
    links = switcher_links(html)
    for language in LANGUAGES:
        expected = about.get_translation(Locale.objects.get(language_code=language)).url
        assert links[language] == expected
    assert links["fr"] != "/fr/"  # a real translation, not the home page
    assert set(hreflangs(html)) == set(LANGUAGES) | {"x-default"}


def test_language_switcher_offers_an_untranslated_page_in_every_language_and_no_hreflang(client):
    """A page that exists in English only: every language's link is the page under that language's prefix, where it
    is shown in English with a notice in the visitor's language (portal.core.fallback)."""
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="English only", slug="english-only"))
    page.save_revision().publish()
    html = client.get("/en/english-only/").content.decode()
    links = switcher_links(html)
    assert links["en"] == "/en/english-only/"
    for language in LANGUAGES[1:]:
        assert links[language] == f"/{language}/english-only/"
        assert client.get(links[language]).status_code == 200
    assert hreflangs(html) == {}


def test_the_language_switcher_keeps_the_visitors_place(client):
    """Filters, page number, map or list, a month of the calendar and the search words carry over to the other
    languages; a page that does not exist falls back to the homes."""
    from events.models import EventIndexPage

    index = {page.locale.language_code: page.url for page in EventIndexPage.objects.select_related("locale")}
    links = switcher_links(client.get(index["en"] + "?when=past&format=online&page=2").content.decode())
    assert links["fr"] == index["fr"] + "?when=past&amp;format=online&amp;page=2"
    links = switcher_links(client.get(index["en"] + "calendar/?month=2025-06").content.decode())
    assert links["el"] == index["el"] + "calendar/?month=2025-06"
    links = switcher_links(client.get("/en/search/?q=seasonal+work&type=event").content.decode())
    assert links["es"] == "/es/search/?q=seasonal+work&amp;type=event"
    links = switcher_links(client.get("/en/no-such-page/").content.decode())
    assert links["it"] == "/it/"


def test_alias_is_not_passed_off_as_a_translation(client):
    home = HomePage.objects.get(locale__language_code="en")
    page = home.add_child(instance=StandardPage(title="Aliased", slug="aliased"))
    page.save_revision().publish()
    page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True, alias=True)
    html = client.get("/en/aliased/").content.decode()
    # The switcher offers the page under /fr/, as for any page without a French version; no hreflang, no sitemap.
    assert switcher_links(html)["fr"] == "/fr/aliased/"
    assert hreflangs(html) == {}
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/aliased/" not in sitemap


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_in_each_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert "101140836" in footer
    from portal.core.models import FooterText

    text = FooterText.objects.get(locale__language_code=language)
    assert text.funding_disclaimer[:60] in footer.replace("&#x27;", "'")
    if language != "en":
        english = FooterText.objects.get(locale__language_code="en")
        assert english.funding_disclaimer[:60] not in footer
    for name in ("KMOP", "CARDET", "HEADWAY"):
        assert f'alt="{name}"' in footer


@pytest.mark.parametrize("language", LANGUAGES)
def test_404_in_each_language(client, language):
    response = client.get(f"/{language}/this-page-does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<footer class="site-footer">' in html
    expected = {
        "en": "Page not found",
        "fr": "Page introuvable",
        "nl": "Pagina niet gevonden",
        "el": "Η σελίδα δεν βρέθηκε",
        "es": "Página no encontrada",
        "it": "Pagina non trovata",
    }.get(language)
    if expected is None:  # a language added later: its catalogue's words, not the English ones
        with translation.override(language):
            expected = translation.gettext("Page not found")
        assert expected != "Page not found"
    assert expected in html


@pytest.mark.parametrize("path", ["/xx/", "/xx/about/", "/zz-top/a/b/", "/en-gb-xx/"])
def test_unknown_language_prefix_ends_on_a_404(client, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert '<footer class="site-footer">' in response.content.decode()


def test_500_page_in_the_site_style_and_language(rf):
    from django.utils import translation

    from portal.core.views import server_error

    with translation.override("it"):
        response = server_error(rf.get("/it/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="it"' in html
    assert "Si è verificato un problema" in html or "Qualcosa è andato storto" in html


def test_slug_change_creates_a_redirect(client, admin_user, django_capture_on_commit_callbacks):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    about.slug = "about-primacenters"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision(user=admin_user).publish(user=admin_user)
    response = client.get("/en/about/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/about-primacenters/")


def test_page_move_creates_a_redirect(client, admin_user):
    home = HomePage.objects.get(locale__language_code="en")
    legal = StandardPage.objects.get(locale__language_code="en", slug="legal-notice")
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    from wagtail.actions.move_page import MovePageAction

    MovePageAction(legal, about, pos="last-child", user=admin_user).execute()
    response = client.get("/en/legal-notice/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/about/legal-notice/")
    assert home.pk  # home untouched


def test_admin_password_reset_by_email(client, admin_user):
    response = client.post("/admin/password_reset/", {"email": admin_user.email})
    assert response.status_code == 302
    run_worker()  # the e-mail is sent by a background task
    assert len(mail.outbox) == 1
    link = re.search(r"(/admin/password_reset/confirm/[^\s]+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link
    response = client.post(form_url, {"new_password1": "A-new-long-pass-2026", "new_password2": "A-new-long-pass-2026"})
    assert response.status_code == 302
    admin_user.refresh_from_db()
    assert admin_user.check_password("A-new-long-pass-2026")


def test_navigation_and_breadcrumbs(client):
    html = client.get("/fr/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    about_fr = StandardPage.objects.get(
        locale__language_code="fr",
        translation_key=StandardPage.objects.get(locale__language_code="en", slug="about").translation_key,
    )
    assert about_fr.url in nav and about_fr.title in nav
    html = client.get(about_fr.url).content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', html, re.S).group(0)
    assert 'href="/fr/"' in crumbs and 'aria-current="page"' in crumbs


def test_every_demo_page_is_live_in_every_project_language():
    keys = set(Page.objects.filter(depth__gte=2, locale__language_code="en").values_list("translation_key", flat=True))
    for language in settings.PROJECT_LANGUAGES:
        got = set(
            Page.objects.filter(
                locale__language_code=language, live=True, alias_of__isnull=True, translation_key__in=keys
            ).values_list("translation_key", flat=True)
        )
        assert got == keys, language


def test_text_direction_follows_djangos_bidi_languages(rf):
    """dir comes from Django's LANGUAGE_BIDI, so a right-to-left language needs no list of our own."""
    request = rf.get("/")
    for language, direction in (("en", "ltr"), ("ar", "rtl")):
        with translation.override(language):
            html = render_to_string("404.html", request=request)
        assert f'dir="{direction}"' in html.split(">", 2)[1]


def test_the_sitemaps_query_count_does_not_grow_with_the_pages(client):
    """The site, its homes, the view restrictions, whether the pages fit in one sitemap (a count capped at its
    size) and the listed pages with their translations: five queries whatever the number of pages and languages
    (while they fit in one sitemap)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.home.factories import StandardPageFactory

    def queries():
        client.get("/sitemap.xml")  # warm up
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/sitemap.xml")
        assert response.status_code == 200
        return len(captured.captured_queries), response.content.decode()

    StandardPageFactory.create_batch(3)
    few, _ = queries()
    StandardPageFactory.create_batch(30, lang="fr")
    many, sitemap = queries()
    assert "/fr/standard-fr-" in sitemap
    assert few == many <= 5
