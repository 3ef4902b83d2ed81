"""Building the demo site. Idempotent: each demo object has a stable translation key; what exists is left
alone (an editor's change is never overwritten), what is missing is created."""

import importlib
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from portal.core.models import FooterText, SiteSettings

from . import images
from .translate import translate

NAMESPACE = uuid.UUID("6d1c5b0e-6b8e-4b55-9d0a-3c1f6c2a7e11")
LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
PARTNERS = [
    ("KMOP", "https://www.kmop.gr/", (31, 95, 58)),
    ("CARDET", "https://cardet.org/", (0, 84, 147)),
    ("LAND Impresa Sociale", "https://www.landimpresasociale.it/", (138, 90, 0)),
    ("HEADWAY", "https://headway.eu/", (120, 40, 90)),
    ("Region of Peloponnese", "https://www.ppel.gov.gr/", (20, 90, 110)),
]
LOGO_TEXT = {"LAND Impresa Sociale": "LAND", "Region of Peloponnese": "Peloponnese"}
KEEP = {name for name, _url, _colour in PARTNERS}
STANDARD_PAGES = [("about", True), ("privacy", False), ("accessibility", False), ("legal", False)]


def demo_key(name):
    return uuid.uuid5(NAMESPACE, f"primacenters-demo:{name}")


def content(language):
    return importlib.import_module(f"home.demo.{language}")


def flatten_page(data):
    """The page's texts in a fixed order, to pair a language's texts with English ones."""
    texts = [data["title"], data["slug"], data["intro"]]
    if "hero_image_alt" in data:
        texts.append(data["hero_image_alt"])
    for item in data["body"]:
        texts.extend(item[1:])
    return texts


def pairs(english, translated):
    source, target = flatten_page(english), flatten_page(translated)
    if len(source) != len(target):
        raise ValueError("demo content differs in shape between languages")
    return dict(zip(source, target, strict=True))


def body_stream(data):
    stream = []
    for item in data["body"]:
        kind = item[0]
        if kind == "heading":
            stream.append(("heading", {"text": item[1], "level": "h2"}))
        elif kind == "paragraph":
            stream.append(("paragraph", f"<p>{item[1]}</p>"))
        elif kind == "quote":
            stream.append(("quote", {"text": item[1], "attribution": item[2]}))
    return stream


class DemoSeeder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.user = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        self.locales = {loc.language_code: loc for loc in Locale.objects.all()}
        for code in LANGUAGES:
            if code not in self.locales:
                self.locales[code] = Locale.objects.create(language_code=code)
        self.created = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def run(self):
        from events.demo.seed import EventsSeeder  # home imports downhill, at call time (no cycle)
        from knowledge.demo.seed import KnowledgeSeeder
        from network.demo.seed import NetworkSeeder

        home = self.home_page()
        for name, in_menu in STANDARD_PAGES:
            self.standard_page(home, name, in_menu)
        KnowledgeSeeder(self, demo_key, translate).run()
        NetworkSeeder(self, demo_key, translate).run()  # after knowledge: links good practices to organisations
        EventsSeeder(self, demo_key, translate).run()  # after network: organisers, partners and speakers
        self.footer_and_settings(home)
        # The coordinator's and partners' groups, with rights on the sections just made (idempotent).
        call_command("setup_roles", verbosity=0)
        return self.created

    # Pages ---------------------------------------------------------------------------------------------
    def existing(self, model, key, language):
        return model.objects.filter(translation_key=key, locale=self.locales[language]).first()

    def home_page(self):
        key = demo_key("home")
        en = content("en").PAGES["home"]
        home = self.existing(HomePage, key, "en")
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's placeholder "Welcome" page takes the slug; it is a plain Page with nothing in it.
            for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
                placeholder.delete()
            hero = images.get_or_create_image("Primacenters demo: fields", lambda: images.landscape(1))
            home = HomePage(
                title=en["title"],
                slug=en["slug"],
                intro=en["intro"],
                hero_image=hero,
                hero_image_alt=en["hero_image_alt"],
                body=body_stream(en),
                translation_key=key,
                locale=self.locales["en"],
            )
            root.add_child(instance=home)
            home.save_revision(user=self.user).publish(user=self.user)
            self.created += 1
            self.log(f"created {home.url_path}")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        elif site.root_page_id != home.pk and not site.root_page.specific_class == HomePage:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        self.translate_missing(home, "home", HomePage)
        return home

    def standard_page(self, home, name, in_menu):
        key = demo_key(name)
        en = content("en").PAGES[name]
        page = self.existing(StandardPage, key, "en")
        if page is None:
            page = StandardPage(
                title=en["title"],
                slug=en["slug"],
                intro=en["intro"],
                body=body_stream(en),
                show_in_menus=in_menu,
                translation_key=key,
                locale=self.locales["en"],
            )
            home.add_child(instance=page)
            page.save_revision(user=self.user).publish(user=self.user)
            self.created += 1
            self.log(f"created {page.url_path}")
        self.translate_missing(page, name, StandardPage)
        return page

    def translate_missing(self, page, name, model):
        english = content("en").PAGES[name]
        for code in OTHER_LANGUAGES:
            if self.existing(model, page.translation_key, code) is not None:
                continue
            translated = translate(page, self.locales[code], pairs(english, content(code).PAGES[name]), self.user)
            self.created += 1
            self.log(f"translated {translated.url_path}")

    # Footer and settings -------------------------------------------------------------------------------
    def footer_and_settings(self, home):
        key = demo_key("footer")
        footer = FooterText.objects.filter(translation_key=key, locale=self.locales["en"]).first()
        en = content("en").FOOTER
        if footer is None:
            logos = [
                (
                    "partner",
                    {
                        "name": name,
                        "url": url,
                        "logo": images.get_or_create_image(
                            f"Primacenters demo: logo {name}",
                            lambda n=name, c=colour: images.logo(LOGO_TEXT.get(n, n), c),
                        ),
                    },
                )
                for name, url, colour in PARTNERS
            ]
            footer = FooterText.objects.create(
                name=en["name"],
                contact=f"<p>{en['contact']}</p>",
                funding_disclaimer=en["funding_disclaimer"],
                partner_logos=logos,
                translation_key=key,
                locale=self.locales["en"],
            )
            self.created += 1
        for code in OTHER_LANGUAGES:
            if FooterText.objects.filter(translation_key=key, locale=self.locales[code]).exists():
                continue
            other = content(code).FOOTER
            strings = {en[field]: other[field] for field in ("name", "contact", "funding_disclaimer")}
            translate(footer, self.locales[code], strings, self.user, keep=KEEP)
            self.created += 1
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        changed = False
        defaults = {
            "footer": footer,
            "privacy_page": self.existing(StandardPage, demo_key("privacy"), "en"),
            "accessibility_page": self.existing(StandardPage, demo_key("accessibility"), "en"),
            "legal_page": self.existing(StandardPage, demo_key("legal"), "en"),
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
    SCALE_TEXTS = {
        "en": ("Sample page {n}", "A generated page used to measure the portal with many pages."),
        "fr": ("Page d'exemple {n}", "Une page générée pour mesurer le portail avec de nombreuses pages."),
        "nl": ("Voorbeeldpagina {n}", "Een gegenereerde pagina om het portaal met veel pagina's te meten."),
        "el": ("Δοκιμαστική σελίδα {n}", "Μια σελίδα που δημιουργήθηκε για τη μέτρηση της πύλης με πολλές σελίδες."),
        "es": ("Página de ejemplo {n}", "Una página generada para medir el portal con muchas páginas."),
        "it": ("Pagina di esempio {n}", "Una pagina generata per misurare il portale con molte pagine."),
    }

    def scale(self, count):
        from events.demo.seed import EventsSeeder  # home imports downhill, at call time (no cycle)
        from knowledge.demo.seed import KnowledgeSeeder
        from network.demo.seed import NetworkSeeder

        home = self.existing(HomePage, demo_key("home"), "en")
        created = 0
        en_title, en_intro = self.SCALE_TEXTS["en"]
        for n in range(1, count + 1):
            key = demo_key(f"scale-page-{n}")
            page = self.existing(StandardPage, key, "en")
            if page is None:
                page = StandardPage(
                    title=en_title.format(n=n),
                    slug=f"sample-{n}",
                    intro=en_intro,
                    body=[("paragraph", f"<p>{en_intro}</p>")],
                    translation_key=key,
                    locale=self.locales["en"],
                )
                home.add_child(instance=page)
                page.save_revision(user=self.user).publish(user=self.user)
                created += 1
            for code in OTHER_LANGUAGES:
                if self.existing(StandardPage, key, code) is not None:
                    continue
                title, intro = self.SCALE_TEXTS[code]
                strings = {en_title.format(n=n): title.format(n=n), f"sample-{n}": f"sample-{n}", en_intro: intro}
                translate(page, self.locales[code], strings, self.user)
                created += 1
        created += KnowledgeSeeder(self, demo_key, translate).scale(count)
        created += NetworkSeeder(self, demo_key, translate).scale(count)
        created += EventsSeeder(self, demo_key, translate).scale(count)
        return created
