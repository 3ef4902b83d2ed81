"""Settings shared by every environment. Environment-specific modules import from here."""

import json
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False

INSTALLED_APPS = [
    "home",
    "knowledge",
    "network",
    "events",
    "portal.core",
    "portal.search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "leaflet",
    "taggit",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.core.middleware.SecurityHeadersMiddleware",
    "portal.core.middleware.ApiNotFoundMiddleware",
    # Whole pages for anonymous visitors (portal/core/pagecache.py): before the session, so a hit skips the session,
    # locale, CSRF and authentication work, and a miss sees every cookie and header they add.
    "portal.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.core.middleware.AdminTransactionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                # After Django's own `csrf`: a page the page cache may keep renders a placeholder for the token.
                "portal.core.pagecache.csrf_token_placeholder",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# Database: SQLite by default, DATABASE_URL (PostgreSQL) when set.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0"))
    )
}


def sqlite_options(database):
    """The embedded default's options, for every settings module that builds its own DATABASES (production does).

    Reads memory-mapped and a 32 MiB page cache per connection (SQLite's default is 2 MiB), so that a search joining
    thousands of full-text index entries to their documents reads memory, not pages. Several gunicorn workers write
    at once (sign-ups, registrations, publishing): every transaction takes the write lock when it begins
    (IMMEDIATE), so one that read first never has to upgrade its lock while another writes, which SQLite refuses
    at once with "database is locked" whatever the timeout; a writer waits up to 20 s for the lock instead of 5.
    WAL (persistent in the database file) lets readers go on while one writer writes; synchronous=NORMAL is
    durable in WAL mode except for the last commits on a power loss, and spares an fsync per commit.
    """
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA mmap_size=268435456; PRAGMA cache_size=-32768"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            }
        )
    return database


sqlite_options(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache shared by every worker when there is no Redis (dev and production; the tests keep a memory cache). Its
# table is created by `migrate` (portal.core's post_migrate handler runs createcachetable).
SHARED_DATABASE_CACHES = {
    "default": {
        "BACKEND": "portal.core.cache.DatabaseCache",
        "LOCATION": "portal_cache",
        # Django culls a third of the entries past MAX_ENTRIES (300 by default), rate-limit counters included.
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
    # Wagtail keeps the renditions it finds in the cache named "renditions" (else the default). It writes the ones
    # read from that cache back on every `get_renditions` call (it marks only prefetched ones as read), so on the
    # database cache every page with a picture wrote a row per picture size on every view. Their keys name the
    # image, its file's hash, the focal point and the filter, so a copy kept in each process is never wrong about
    # what it names; only a rendition deleted by hand lingers in other processes, for an hour at most.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "renditions",
        "TIMEOUT": 60 * 60,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

# Page cache (portal/core/pagecache.py): anonymous GET answers of pages, feeds, calendars, the sitemaps, kept in the
# shared cache and dropped exactly when what they show changes. PAGE_CACHE=0 turns it off.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "1").strip().lower() in ("1", "true", "yes", "on")
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))  # seconds an entry lives at most
# Bytes of page content each app server process keeps copies of (a hit on a copy reads only its tokens).
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(16 * 1024 * 1024)))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))  # browsers (Cache-Control: max-age)
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "60"))  # an HTTP cache in front (s-maxage)
PAGE_CACHE_CLOCK_SKEW = 1.0  # seconds: how far app servers' clocks may disagree
PAGE_CACHE_RELEASE = os.environ.get("PAGE_CACHE_RELEASE", "")  # empty: a digest of the code and templates
# Views other than Wagtail pages whose answers are kept (URL names); they depend on every page of the site.
PAGE_CACHE_URL_NAMES = ["sitemap", "sitemap_section", "robots_txt"]
# Paths never looked up (their answers are never kept anyway).
PAGE_CACHE_SKIP_PREFIXES = ["/admin/", "/api/", "/documents/", "/health/", "/static/", "/media/"]
# Cookies besides the session and messages ones that send a request past the page cache (a CSRF cookie does not).
PAGE_CACHE_BYPASS_COOKIES = []
# Models shown on every page besides the snippets that site settings point to ("app_label.Model").
PAGE_CACHE_SITE_WIDE_MODELS = ["core.KeywordLabel"]  # keywords show on listings, pages and filters

# An HTTP cache in front (Varnish, nginx with a purge module, Cloudflare) purged of the pages the page cache drops:
# FRONTEND_CACHE_URL (an HTTP PURGE endpoint) and/or CLOUDFLARE_API_TOKEN with CLOUDFLARE_ZONE_ID. Off when unset.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }

# The model portal.importing remembers each imported file by (import_content refuses a second import of it).
IMPORT_RECORD_MODEL = "knowledge.ImportRecord"
# Imported documents: a .md or .txt file, and the text drawn from a .docx or .pdf, at most IMPORT_MAX_TEXT_SIZE bytes
# (a page made of more is slow to open in the editor); a .docx or .pdf file at most IMPORT_MAX_FILE_SIZE bytes.
IMPORT_MAX_TEXT_SIZE = int(os.environ.get("IMPORT_MAX_TEXT_SIZE", 2 * 1024 * 1024))
IMPORT_MAX_FILE_SIZE = int(os.environ.get("IMPORT_MAX_FILE_SIZE", 20 * 1024 * 1024))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default; every page lives under /<lang>/. The project's six languages come first (the
# language switcher's order): every page exists in them. The languages added for the people the network serves carry
# the essentials; a page they lack is shown in a language it exists in, with a notice (portal.core.fallback). Their
# names are their own (native), as the switcher shows them. Adding a language: docs/adding-a-language.md.
LANGUAGE_CODE = "en"
PROJECT_LANGUAGES = ["en", "fr", "nl", "el", "es", "it"]
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
    ("el", "Ελληνικά"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("ar", "العربية"),
    ("ro", "Română"),
    ("sq", "Shqip"),
    ("uk", "Українська"),
    ("bn", "বাংলা"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Documents are kept apart from the public media, where no web server serves them: Wagtail's serve view, which
# checks a private collection's password or login, is their only way out (portal/core/storage.py).
DOCUMENTS_ROOT = Path(os.environ.get("DOCUMENTS_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "portal.core.storage.MediaStorage"},
    "documents": {"BACKEND": "portal.core.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Primacenters Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_PASSWORD_RESET_ENABLED = True
# Moderation: the "Partner review" workflow (setup_roles) notifies the Coordinators group, not every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILREDIRECTS_AUTO_CREATE = True
# Wagtail's admin search and the portal's database search engine (portal/search/database.py), whatever SEARCH_URL
# says. The portal indexes text it has already analysed (normalised, folded, stemmed per language), so PostgreSQL
# must not stem it again: "simple" (SQLite ignores the option).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Uploads: documents and images are validated and served through Django, never inline when unsafe.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv", "zip"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Largest document accepted (bytes); enforced by portal.core.forms.ValidatedDocumentForm.
PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.core.forms.ValidatedDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.core.forms.ValidatedImageForm"

# Search: the database engine unless SEARCH_URL names an Elasticsearch cluster (README, "Search").
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "primacenters")
# Per-language analyzer overrides for the Elasticsearch engine, e.g. '{"el": "icu_analyzer"}' with the ICU plugin.
SEARCH_ANALYZERS = json.loads(os.environ.get("SEARCH_ANALYZERS") or "{}")
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "1.5"))  # seconds; a dead engine never stalls a publish
# Seconds per bulk request of `search_index sync` and of a rebuild's catch-up (never in a request cycle): a backlog
# after an outage goes in full batches, which a busy cluster may take longer than SEARCH_TIMEOUT to index.
SEARCH_SYNC_TIMEOUT = float(os.environ.get("SEARCH_SYNC_TIMEOUT", "30"))

# E-mail
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Primacenters Portal <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_SUBJECT_PREFIX = "[Primacenters] "

# Security headers (CSP through django-csp 4; the admin's views get their own looser policy, portal/urls.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Video embeds load only when the visitor clicks "Load the video" (training units).
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
# Wagtail's admin needs inline scripts and styles; its views get this looser policy (django-csp's decorator, urls.py).
ADMIN_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
}
REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_REFERRER_POLICY = REFERRER_POLICY
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"
X_FRAME_OPTIONS = "DENY"

PORTAL_PROJECT_NUMBER = "101140836"

# Logging: one `key=value` line per event on standard error (portal/core/logs.py), no personal data or secrets.
# Events with fields of their own: request errors (django.request), search fallbacks and the breaker opening
# (portal.search: event=search.fallback, search.breaker_open), outbox retries (event=search.outbox_retry) and
# e-mail failures (portal.core.mail: event=mail.failed). LOG_LEVEL=INFO adds the searches answered by the database
# engine while the breaker is open.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"keyvalue": {"()": "portal.core.logs.KeyValueFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "keyvalue"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "portal": {"level": os.environ.get("LOG_LEVEL", "WARNING")},
        # Django's own handlers (mail to ADMINS, its console) go: its request errors reach the root's line.
        "django": {"level": "WARNING"},
    },
}
# /health/ (portal/core/health.py): how long the oldest pending search outbox row (with SEARCH_URL) and the oldest
# ready background task may wait before the load balancer is told the site is unhealthy; seconds.
HEALTH_OUTBOX_MAX_AGE = int(os.environ.get("HEALTH_OUTBOX_MAX_AGE", "900"))
HEALTH_TASKS_MAX_AGE = int(os.environ.get("HEALTH_TASKS_MAX_AGE", "900"))
HEALTH_SEARCH_TIMEOUT = float(os.environ.get("HEALTH_SEARCH_TIMEOUT", "1"))  # seconds for the engine's ping

# Background work (django-tasks, which Wagtail 8 depends on). Wagtail's own small tasks (reference index, file
# deletion, wagtail-localize) run at once in the request, as they always have: "default" is the immediate backend.
# Long work that must survive a killed request and never repeat (newsletter sends) goes to "background", django-tasks'
# database backend, run by `manage.py db_worker --backend background` (`make run` starts one; README, "Production").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
TASK_RESULT_RETENTION_DAYS = 7  # finished background tasks (their arguments hold e-mail addresses) deleted after this

# Newsletter (knowledge.newsletter): double opt-in, retention, sending, rate limits.
NEWSLETTER_CONFIRM_MAX_AGE_DAYS = 7  # the confirmation link expires after this many days
NEWSLETTER_PENDING_RETENTION_DAYS = 30  # unconfirmed requests are deleted by purge_personal_data after this
NEWSLETTER_UNSUBSCRIBED_RETENTION_DAYS = 30  # unsubscribed addresses deleted after this (deliveries kept, anonymous)
NEWSLETTER_BATCH_SIZE = 100  # e-mails per batch, one mail connection per batch
NEWSLETTER_SEND_STALE_SECONDS = 900  # a send "running" without progress this long was stopped outright: may start again
NEWSLETTER_FROM_EMAIL = os.environ.get("NEWSLETTER_FROM_EMAIL", "")  # empty: DEFAULT_FROM_EMAIL
NEWSLETTER_SUBSCRIBE_RATE_LIMIT = (10, 3600)  # subscription requests per client IP per window (seconds)
NEWSLETTER_CONFIRMATION_EMAIL_LIMIT = (3, 86400)  # confirmation e-mails per address per window (seconds)
RATELIMIT_ENABLED = True  # portal.core.ratelimit
RATELIMIT_CLIENT_IP_META = os.environ.get("RATELIMIT_CLIENT_IP_META", "REMOTE_ADDR")  # e.g. HTTP_X_REAL_IP
# RFC 8058 one-click unsubscribe: mail providers POST without a CSRF token. This middleware exempts exactly those
# POSTs (a signed token in the URL authorises them); it must come before CsrfViewMiddleware.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.csrf.CsrfViewMiddleware"),
    "knowledge.newsletter.middleware.OneClickUnsubscribeMiddleware",
)

# Directory map and open data (network). Map tiles come from another host only after the visitor clicks the button
# that names it (network/static/network/js/map.js). MAP_TILES_URL: a Leaflet tile URL template ({z}/{x}/{y}, and {s}
# for subdomains) of the tile server, e.g. one the operator runs itself; its host is added to the CSP's img-src.
# MAP_TILES_ATTRIBUTION: the credit shown on the map (HTML). MAP_TILE_URL and MAP_TILE_ATTRIBUTION, the first names
# of these variables, are still read.
MAP_TILES_URL = (
    os.environ.get("MAP_TILES_URL")
    or os.environ.get("MAP_TILE_URL")
    or "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILES_ATTRIBUTION = (
    os.environ.get("MAP_TILES_ATTRIBUTION")
    or os.environ.get("MAP_TILE_ATTRIBUTION")
    or '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
PORTAL_OPEN_DATA_LICENCE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def _tile_origin(url):
    """The CSP source of a tile URL template: `https://{s}.tile.example.org/...` allows `https://*.tile.example.org`;
    a template on the site's own host (a path, no host) needs nothing more than 'self'."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None


if _tile_origin(MAP_TILES_URL):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_tile_origin(MAP_TILES_URL))

# Contact form (network): relays a message to an organisation's private address, which is never shown.
CONTACT_RATE_LIMIT = (5, 3600)  # messages per client IP per window (seconds), portal.core.ratelimit
CONTACT_COPY_EMAIL_LIMIT = (3, 86400)  # copies to one sender address per window (seconds)
CONTACT_LOG_RETENTION_DAYS = 90  # contact log entries (no message, name or address) deleted after this

# Join the network (network.join): organisations apply; a coordinator approves or rejects in the admin.
JOIN_RATE_LIMIT = (5, 3600)  # applications per client IP per window (seconds), portal.core.ratelimit
JOIN_ACKNOWLEDGEMENT_EMAIL_LIMIT = (3, 86400)  # acknowledgements to one applicant address per window (seconds)
JOIN_REJECTED_RETENTION_DAYS = 90  # rejected applications deleted this long after the decision (purge_personal_data)
# Coordinators told of each new application (comma-separated addresses); empty: nobody, check the admin listing.
JOIN_NOTIFY_EMAILS = [a.strip() for a in os.environ.get("JOIN_NOTIFY_EMAILS", "").split(",") if a.strip()]
EVENT_REGISTRATION_RATE_LIMIT = (10, 3600)  # registrations per client IP per window (seconds)
EVENT_REGISTRATION_RETENTION_DAYS = 30  # event registrations anonymised this long after the event (purge_personal_data)

# Brute-force protection (portal.core.lockout): (failures, window in seconds), counted in the shared cache.
LOGIN_FAILURE_LIMIT = (5, 900)  # wrong admin passwords per account, then the account is locked for the window
LOGIN_FAILURE_IP_LIMIT = (20, 900)  # wrong admin passwords per client IP, whatever the accounts tried
PAGE_PASSWORD_FAILURE_LIMIT = (20, 900)  # wrong passwords per page or collection restriction (shared passwords)
PAGE_PASSWORD_FAILURE_IP_LIMIT = (10, 900)  # wrong page or document passwords per client IP
PASSWORD_RESET_RATE_LIMIT = (5, 3600)  # password reset requests per client IP
PASSWORD_RESET_EMAIL_LIMIT = (3, 86400)  # password reset e-mails per address
WAGTAILADMIN_USER_LOGIN_FORM = "portal.core.lockout.LockoutLoginForm"
# The admin password reset form sends its e-mail from a background task, so a known and an unknown address take
# the same time to answer (portal/core/password_reset.py); lockout limits it per client and per address.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.core.lockout.LimitedPasswordResetForm"

# A page that renders a form (a CSRF token) answers `Cache-Control: private`, with the visitor's own token put in
# place of the page cache's placeholder on every answer: inside CsrfViewMiddleware, which then sets the cookie
# (portal.core.pagecache).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.csrf.CsrfViewMiddleware") + 1,
    "portal.core.pagecache.FormTokenMiddleware",
)
