"""Building the demo site. Idempotent: each demo object has a stable translation key; what exists is left
alone (an editor's change is never overwritten), what is missing is created.

The texts are data (home.demo.loader): English YAML and one PO catalogue per language in each app's
`demo/content/`. This seeder builds the home and standard pages and the footer, then hands itself to the
knowledge, network and events seeders, which use its page helpers (`find`, `create`, `ensure`, `text`) and
the loader it exposes: they import nothing from `home` (imports run downhill).

Wagtail's reference index and admin search index are updated once per object saved, at the end of a run
(indexing_once), and each page's translation source is read once for all its languages.
"""

import contextlib
import uuid

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from taggit.models import Tag
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource

from home.models import HomePage, StandardPage
from portal.core import demo_images as images
from portal.core.models import FooterText, KeywordLabel, SiteSettings
from portal.core.sites import base_url_address

from . import loader
from .loader import LANGUAGES, OTHER_LANGUAGES, SOURCE_LANGUAGE

NAMESPACE = uuid.UUID("6d1c5b0e-6b8e-4b55-9d0a-3c1f6c2a7e11")
STANDARD_PAGES = [("about", True), ("privacy", False), ("accessibility", False), ("legal", False)]


def demo_key(name):
    return uuid.uuid5(NAMESPACE, f"primacenters-demo:{name}")


class DemoSeeder:
    english = staticmethod(loader.english)
    rich = staticmethod(loader.rich)
    body_stream = staticmethod(loader.body_stream)
    key = staticmethod(demo_key)

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.user = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        self.locales = {loc.language_code: loc for loc in Locale.objects.all()}
        for code in LANGUAGES:
            if code not in self.locales:
                self.locales[code] = Locale.objects.create(language_code=code)
        self.created = 0
        self.saved = None  # {(model, pk): None} saved while indexing_once defers the indexes

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self):
        from events.demo.seed import EventsSeeder  # home imports downhill, at call time (no cycle)
        from knowledge.demo.seed import KnowledgeSeeder
        from network.demo.seed import NetworkSeeder

        with self.indexing_once():
            home = self.home_page()
            for name, in_menu in STANDARD_PAGES:
                self.standard_page(home, name, in_menu)
            KnowledgeSeeder(self).run()
            NetworkSeeder(self).run()  # after knowledge: links good practices to organisations
            EventsSeeder(self).run()  # after network: organisers, partners and speakers
            self.workers_pages(home)  # after network: they link to the directory
            self.footer_and_settings(home)
            self.keyword_labels()  # after the pages that brought the keywords
        # The coordinator's and partners' groups, with rights on the sections just made (idempotent).
        call_command("setup_roles", verbosity=0)
        return self.created

    @contextlib.contextmanager
    def indexing_once(self):
        """Wagtail's reference index (the admin's "usage") and admin search index updated once per object saved,
        at the end, instead of at each of the dozen saves that creating, revising, translating and publishing a
        page take. Reentrant: scale may run the demo first."""
        if self.saved is not None:
            yield
            return
        searched = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
        tracked = ReferenceIndex.indexed_models | set(searched)  # child models are indexed with their parent
        self.saved = {}

        def record(sender, instance, raw=False, **kwargs):
            if sender in tracked and not raw:
                self.saved[sender, instance.pk] = None

        for model in searched:
            post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
        post_save.connect(record, weak=False, dispatch_uid="demo-indexing-once")
        try:
            with disable_reference_index_auto_update():
                yield
        finally:
            post_save.disconnect(dispatch_uid="demo-indexing-once")
            for model in searched:
                post_save.connect(search_signals.post_save_signal_handler, sender=model)
            saved, self.saved = self.saved, None
        with transaction.atomic():
            for model, pk in saved:
                instance = model._default_manager.filter(pk=pk).first()
                if instance is not None:
                    if ReferenceIndex.is_indexed(model):
                        ReferenceIndex.create_or_update_for_object(instance)
                    if model in searched:
                        search_index.insert_or_update_object(instance)

    # Helpers shared with the apps' seeders -------------------------------------------------------------
    def text(self, app, language, context, msgid, params=None):
        """A text that is not a page segment (a document's, a generated page's) in `language`."""
        if language == SOURCE_LANGUAGE:
            return msgid.format(**params) if params else msgid
        return loader.catalogue(app, language).text(context, msgid, params)

    def find(self, model, key, language):
        """The object in `language`; an alias (made by syncing trees) counts as missing: translating converts it."""
        objects = model.objects.filter(translation_key=key, locale=self.locales[language])
        if issubclass(model, Page):
            objects = objects.filter(alias_of__isnull=True)
        return objects.first()

    def english_home(self):
        return self.find(HomePage, demo_key("home"), SOURCE_LANGUAGE)

    def create(self, parent, page, key, tags=()):
        page.translation_key = key
        page.locale = self.locales[SOURCE_LANGUAGE]
        parent.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
        page.save_revision(user=self.user).publish(user=self.user)
        self.created += 1
        self.log(f"created {page.url_path}")
        return page

    def translate_missing(self, instance, app, context, params=None, before_translate=None, languages=None):
        """`instance`'s missing translations, from the app's catalogues (entries of `context`); its translation
        source is read once for all of them. `before_translate(instance, language, source)` runs before each."""
        source = None
        for code in OTHER_LANGUAGES if languages is None else languages:
            if self.find(type(instance), instance.translation_key, code) is not None:
                continue
            if not loader.covers(app, code, context) or not self.parent_translated(instance, code):
                continue  # a language that carries only what its catalogues hold (loader.covers)
            source = source or loader.source(instance)
            if before_translate is not None:
                before_translate(instance, code, source)
            target = loader.translate(source, self.locales[code], app, context, self.user, params)
            self.created += 1
            self.log(f"translated {getattr(target, 'url_path', target)}")

    def parent_translated(self, instance, language):
        """Whether a page's parent exists in `language` (a translation needs it); true for a snippet. A project
        language always has it: translating there without it fails, loudly."""
        if not isinstance(instance, Page) or language in loader.PROJECT_LANGUAGES or instance.depth <= 2:
            return True
        parent = instance.get_parent()
        return self.find(Page, parent.translation_key, language) is not None

    def ensure(self, parent, model, name, build, app, *, key=None, context=None, params=None, before_translate=None):
        """The English page `name` (built by `build`, which returns the page and its tags, when missing), then its
        missing translations, published: one savepoint per page and its translations, so a page is never left
        half-translated."""
        key = key or demo_key(name)
        with transaction.atomic():
            page = self.find(model, key, SOURCE_LANGUAGE)
            if page is None:
                page, tags = build()
                page = self.create(parent, page, key, tags)
            self.translate_missing(page, app, context or name, params, before_translate)
        return page

    def create_published(self, parent, page):
        """Benchmark filler only: `page` added under `parent` already live, with one revision (latest and live), a
        publish entry and the `page_published` signal, as a publish does, in one save where a publish makes three."""
        now = timezone.now()
        page.owner = self.user
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
        page.draft_title = page.title
        parent.add_child(instance=page)
        fields = {"base_content_type": page.get_base_content_type(), "user": self.user, "object_str": str(page)}
        revision = Revision.objects.create(content_object=page, content=page.serializable_data(), **fields)
        Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision)
        page.latest_revision = page.live_revision = revision
        log = {"action": "wagtail.publish", "user": self.user, "revision": revision, "content_changed": True}
        PageLogEntry.objects.log_action(instance=page, **log)
        page_published.send(sender=page.specific_class, instance=page, revision=revision)

    # Pages ---------------------------------------------------------------------------------------------
    def home_page(self):
        en = loader.english("home")["pages"]["home"]
        home = self.find(HomePage, demo_key("home"), SOURCE_LANGUAGE)
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's placeholder "Welcome" page takes the slug; it is a plain Page with nothing in it.
            for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
                placeholder.delete()
            hero, _description = images.sector_image(["agriculture"])  # the fields, as the farming pages show them
            home = HomePage(
                title=en["title"],
                slug=en["slug"],
                intro=en["intro"],
                hero_image=hero,
                hero_image_alt=en["hero_image_alt"],
                body=loader.body_stream(en["body"]),
            )
            home = self.create(root, home, demo_key("home"))
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            hostname, port = base_url_address() or ("localhost", 80)
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        elif site.root_page_id != home.pk and not site.root_page.specific_class == HomePage:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        with transaction.atomic():
            self.translate_missing(home, "home", "home")
        return home

    def standard_page(self, home, name, in_menu):
        en = loader.english("home")["pages"][name]

        def build():
            body = loader.body_stream(en["body"])
            page = StandardPage(title=en["title"], slug=en["slug"], intro=en["intro"], body=body, show_in_menus=in_menu)
            return page, ()

        return self.ensure(home, StandardPage, name, build, "home")

    def workers_pages(self, home):
        """The plain-language pages for workers (content/en/workers.yaml): a "For workers" page in the menu and,
        under it, the pages it links to; their texts share the msgctxt `workers`. A translated page needs its
        parent's translation and a translated link its target's: the parent is made and translated without its
        body, then its children, then the body that links to them is added and its translations brought up to date
        (a version left without its body by a seed cut short gets it on the next run)."""
        en = loader.english("home")["workers"]
        parent_en, context = en["parent"], en["parent"]["name"]

        def page(name):
            return self.find(Page, demo_key(name), SOURCE_LANGUAGE)

        with transaction.atomic():
            parent = self.find(StandardPage, demo_key(context), SOURCE_LANGUAGE)
            if parent is None:
                fields = {name: parent_en[name] for name in ("title", "slug", "intro")}
                parent = self.create(home, StandardPage(**fields, show_in_menus=True), demo_key(context))
            # The languages it lacks get it without its links first: their targets are not translated yet.
            missing = [
                code
                for code in OTHER_LANGUAGES
                if self.find(StandardPage, parent.translation_key, code) is None
                and loader.covers("home", code, context)
                and self.parent_translated(parent, code)
            ]
            if missing:
                bare = StandardPage.objects.get(pk=parent.pk)
                bare.body = []
                source, _created = TranslationSource.update_or_create_from_instance(bare)
                for code in missing:
                    loader.translate(source, self.locales[code], "home", context, self.user)
                    self.created += 1
        for name, data in en["pages"].items():

            def build(data=data):
                fields = {field: data[field] for field in ("title", "slug", "intro")}
                return StandardPage(**fields, body=loader.body_stream(data["body"], page)), ()

            self.ensure(parent, StandardPage, name, build, "home", context=context)
        # The links, in English and in every version still without them (made above, or by a seed cut short).
        unlinked = [
            code
            for code in OTHER_LANGUAGES
            if (version := self.find(StandardPage, parent.translation_key, code)) is not None and not version.body
        ]
        if not parent.body or unlinked:
            with transaction.atomic():
                if not parent.body:
                    parent.body = loader.body_stream(parent_en["body"], page)
                    parent.save_revision(user=self.user).publish(user=self.user)
                source = loader.source(parent)
                for code in unlinked:
                    loader.translate(source, self.locales[code], "home", context, self.user)
        return parent

    # Keywords ---------------------------------------------------------------------------------------------------
    def keyword_labels(self):
        """The demo keywords' names in the other languages (content/keywords.yaml); a keyword no page uses is not
        created."""
        with open(loader.content_folder("home") / "keywords.yaml", encoding="utf-8") as stream:
            names = yaml.safe_load(stream)
        tags = Tag.objects.filter(name__in=names)
        known = set(KeywordLabel.objects.filter(tag__in=tags).values_list("tag_id", "language"))
        labels = [
            KeywordLabel(tag=tag, language=language, name=name)
            for tag in tags
            for language, name in names[tag.name].items()
            if (tag.pk, language) not in known
        ]
        KeywordLabel.objects.bulk_create(labels)
        self.created += len(labels)

    # Footer and settings -------------------------------------------------------------------------------
    def footer_and_settings(self, home):
        key = demo_key("footer")
        footer = self.find(FooterText, key, SOURCE_LANGUAGE)
        en = loader.english("home")["footer"]
        if footer is None:
            logos = []
            for p in en["partners"]:
                logo = images.get_or_create_image(
                    f"Primacenters demo: logo {p['name']}",
                    lambda p=p: images.logo(p.get("logo_text", p["name"]), tuple(p["colour"])),
                )
                logos.append(("partner", {"name": p["name"], "url": p["url"], "logo": logo}))
            texts = {
                "contact": f"<p>{en['contact']}</p>",
                **{name: en[name] for name in ("name", "funding_disclaimer")},
            }
            locale = self.locales[SOURCE_LANGUAGE]
            footer = FooterText.objects.create(**texts, partner_logos=logos, translation_key=key, locale=locale)
            self.created += 1
        self.translate_missing(footer, "home", "footer")
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        changed = False
        defaults = {
            "footer": footer,
            "privacy_page": self.find(StandardPage, demo_key("privacy"), SOURCE_LANGUAGE),
            "accessibility_page": self.find(StandardPage, demo_key("accessibility"), SOURCE_LANGUAGE),
            "legal_page": self.find(StandardPage, demo_key("legal"), SOURCE_LANGUAGE),
        }
        for field, value in defaults.items():
            if getattr(site_settings, f"{field}_id") is None and value is not None:
                setattr(site_settings, field, value)
                changed = True
        if not site_settings.contact_email:
            site_settings.contact_email = "info@primacenters.example"
            site_settings.linkedin_url = site_settings.linkedin_url or "https://www.linkedin.com/"
            changed = True
        if changed:
            site_settings.save()

    # Generated pages for benchmarks --------------------------------------------------------------------
    def scale(self, count):
        from events.demo.seed import EventsSeeder  # home imports downhill, at call time (no cycle)
        from knowledge.demo.seed import KnowledgeSeeder
        from network.demo.seed import NetworkSeeder

        home = self.english_home()
        before = self.created
        texts = loader.english("home")["generated"]["page"]
        with self.indexing_once():
            for n in range(1, count + 1):

                def build(n=n):
                    intro = texts["intro"]
                    title, slug = texts["title"].format(n=n), texts["slug"].format(n=n)
                    body = [("paragraph", f"<p>{intro}</p>")]
                    return StandardPage(title=title, slug=slug, intro=intro, body=body), ()

                key = demo_key(f"scale-page-{n}")
                self.ensure(home, StandardPage, None, build, "home", key=key, context="generated:page", params={"n": n})
            KnowledgeSeeder(self).scale(count)
            NetworkSeeder(self).scale(count)
            EventsSeeder(self).scale(count)
        return self.created - before
