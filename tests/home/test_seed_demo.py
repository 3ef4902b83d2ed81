import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
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


def test_seed_demo_makes_no_redirects_but_an_editors_slug_change_gets_one(django_capture_on_commit_callbacks):
    """A demo translation's copy had the English slug for a moment, never in public: no redirect for it."""
    assert not Redirect.objects.exists()
    about = StandardPage.objects.get(locale__language_code="el", slug="schetika")
    about.slug = "schetika-mas"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert list(Redirect.objects.values_list("old_path", "redirect_page")) == [("/el/schetika", about.pk)]


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


def about_copy(parent, copies):
    """An English page with the demo "about" page's texts, its body repeated `copies` times (more strings to
    translate, all in the catalogues' "about" entries), under `parent`, published."""
    from home.demo.loader import body_stream, english

    texts = english("home")["pages"]["about"]
    page = StandardPage(
        title=texts["title"], slug=texts["slug"], intro=texts["intro"], body=body_stream(texts["body"]) * copies
    )
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_demo_translation_takes_the_same_queries_for_many_strings_as_for_few(admin_user):
    """Translating a page records its strings in a fixed number of queries, however many strings it has (a PO
    import takes several queries per string)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    from home.demo import loader

    parents = [
        StandardPage.objects.get(locale__language_code="en", slug=slug) for slug in ("privacy-notice", "legal-notice")
    ]
    few, many = about_copy(parents[0], 1), about_copy(parents[1], 4)
    assert len(many.body) == 4 * len(few.body)
    loader.translate(loader.source(few), Locale.objects.get(language_code="nl"), "home", "about", admin_user)
    counts = []
    for page in (few, many):
        source = loader.source(page)
        with CaptureQueriesContext(connection) as queries:
            loader.translate(source, Locale.objects.get(language_code="fr"), "home", "about", admin_user)
        counts.append(len(queries))
    # Four times the strings: at most a query or two more (the other parent's lookups), not several per string.
    assert counts[1] <= counts[0] + 2, counts


def test_demo_translations_record_what_a_po_import_records(admin_user):
    """The string translations the demo records are those of wagtail-localize's PO import of the same texts, and
    the translated page the same."""
    from wagtail.models import Locale
    from wagtail_localize.models import StringTranslation, Translation

    from home.demo import loader

    page = about_copy(StandardPage.objects.get(locale__language_code="en", slug="privacy-notice"), 2)
    source = loader.source(page)
    french = loader.translate(source, Locale.objects.get(language_code="fr"), "home", "about", admin_user)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="nl"))
    po = translation.export_po()
    for entry in po:
        entry.msgstr = loader.catalogue("home", "fr").text("about", entry.msgid)
    assert translation.import_po(po, user=admin_user, translation_type="manual", tool_name="seed_demo") == []
    translation.save_target(user=admin_user, publish=False)
    dutch = translation.get_target_instance()
    fields = ["translation_of", "context", "data", "translation_type", "tool_name", "last_translated_by"]
    fields += ["has_error", "field_error"]

    def records(language):
        rows = StringTranslation.objects.filter(context__object_id=source.object_id, locale__language_code=language)
        return list(rows.order_by("pk").values_list(*fields))

    assert records("fr") == records("nl") and len(records("fr")) > 10
    assert (french.draft_title, french.title) == (dutch.draft_title, dutch.title) == ("À propos du projet",) * 2
    assert [block.value.source for block in french.body if block.block_type == "paragraph"] == [
        block.value.source for block in dutch.body if block.block_type == "paragraph"
    ]


def test_the_search_outbox_after_seed_demo_is_what_a_rebuild_writes():
    """seed_demo writes the search outbox's rows once at the end: the rows are those a rebuild would write."""
    from portal.search.outbox import rebuild_outbox

    assert rebuild_outbox() == (0, 0)
