import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import StandardPage
from portal.core.models import FooterText

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_keeps_editors_changes():
    about = StandardPage.objects.get(
        locale__language_code="fr",
        translation_key=StandardPage.objects.get(locale__language_code="en", slug="about").translation_key,
    )
    about.title = "Titre changé par une éditrice"
    about.save_revision().publish()
    before = Page.objects.count(), FooterText.objects.count()
    call_command("seed_demo", verbosity=0)
    assert (Page.objects.count(), FooterText.objects.count()) == before
    about.refresh_from_db()
    assert about.title == "Titre changé par une éditrice"


def test_seed_demo_recreates_what_is_missing(django_capture_on_commit_callbacks):
    legal_it = StandardPage.objects.get(
        locale__language_code="it",
        translation_key=StandardPage.objects.get(locale__language_code="en", slug="legal-notice").translation_key,
    )
    key = legal_it.translation_key
    legal_it.delete()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert StandardPage.objects.filter(locale__language_code="it", translation_key=key, live=True).count() == 1


def test_seed_demo_scale_adds_pages_in_every_language(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", scale=2, verbosity=0)
    titles = set(StandardPage.objects.filter(slug="sample-2", live=True).values_list("locale__language_code", "title"))
    assert ("el", "Δοκιμαστική σελίδα 2") in titles and len(titles) == 6


def test_demo_images_drawn_locally():
    from wagtail.images import get_image_model

    titles = set(get_image_model().objects.values_list("title", flat=True))
    assert "Primacenters demo: fields" in titles
    assert {f"Primacenters demo: logo {name}" for name in ("KMOP", "CARDET", "HEADWAY")} <= titles


def test_translations_stay_in_sync_with_the_source(admin_user, django_capture_on_commit_callbacks):
    """An editor changes the English page, then syncs: the French page follows, keeping its translations."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    about.body.append(("paragraph", "<p>A new paragraph for everyone.</p>"))
    about.save_revision(user=admin_user).publish(user=admin_user)
    source = TranslationSource.objects.get_for_instance(about)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale__language_code="fr")
    segment = StringSegment.objects.get(source=source, string__data="A new paragraph for everyone.")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data="Un nouveau paragraphe pour toutes et tous.",
        translation_type="manual",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)
    french = translation.get_target_instance()
    french.refresh_from_db()
    html = "".join(str(block.value) for block in french.body)
    assert "Un nouveau paragraphe pour toutes et tous." in html
    assert "A new paragraph" not in html
    assert french.title != about.title
