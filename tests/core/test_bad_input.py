"""Bad input answers 400 (JSON for the API) or a form error, never a 500: listing query strings in every language,
Wagtail's read-only API, and a corrupted image upload in the admin."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page

from events.models import EventIndexPage, EventSectionPage
from knowledge.models.base import IndexPage
from network.models import DirectoryPage, OrganisationPage
from portal.core import roles

pytestmark = pytest.mark.django_db

# Values that have broken a parser somewhere: a superscript digit passes str.isdigit() but not int(), numbers past
# 64 bits, floats, signs, NUL, a lone quote, unpaired surrogates' UTF-8 stand-ins, very long text.
BAD_VALUES = ["²", "2⁰²⁵", "٢٠٢٥", "1e999", "-1", "0", "99999999999999999999999", "nan", "\x00", '"', "", "x" * 5000]
PARAMS = [
    "year",
    "month",
    "page",
    "when",
    "sort",
    "country",
    "sector",
    "format",
    "target",
    "type",
    "tag",
    "q",
    "view",
    "town",
    "lat",
    "lon",
]


def listing_urls(languages=None):
    """Every listing page kind, in every language the demo has (or in `languages`)."""
    urls = []
    for model in [EventIndexPage, EventSectionPage, DirectoryPage, *IndexPage.__subclasses__()]:
        pages = model.objects.live()
        if languages is not None:
            pages = pages.filter(locale__language_code__in=languages)
        for page in pages:
            urls.append(page.url)
    return sorted(set(urls))


# Reading a parameter does not depend on the language, but a listing's items do: a Latin and a Greek project
# language, and a right-to-left one that also lists the default language's items (portal.core.listing.listed).
PARAMETER_LANGUAGES = ("en", "el", "ar")


def test_the_demo_has_every_listing_kind_in_every_language():
    urls = listing_urls()
    for prefix in ("/en/", "/fr/", "/nl/", "/el/", "/es/", "/it/"):
        assert any(url.startswith(prefix) for url in urls), prefix
    assert len(urls) >= 6 * 5


def test_superscript_year_on_the_events_listings(client):
    """`?year=²` passed the digit test, then failed int(): every events listing in every language."""
    pages = [*EventIndexPage.objects.live(), *EventSectionPage.objects.live()]
    assert len(pages) >= 12
    for page in pages:
        response = client.get(page.url, {"year": "²"})
        assert response.status_code == 200, page.url


@pytest.mark.parametrize("value", [*BAD_VALUES, BAD_VALUES], ids=lambda v: repr(v)[:12])
def test_listing_query_parameters_never_500(client, value):
    """Each bad value in every parameter at once (the listings read each parameter on its own), on every listing
    page of PARAMETER_LANGUAGES; last, every parameter repeated with all the bad values."""
    failures = []
    urls = listing_urls(PARAMETER_LANGUAGES)
    assert len(urls) >= 3 * 12
    for url in urls:
        response = client.get(url, {param: value for param in PARAMS})
        if response.status_code >= 500:
            failures.append((url, response.status_code))
    assert not failures


# Wagtail's API ---------------------------------------------------------------------------------------------------

API_BAD_QUERIES = [
    {"search": "migrants", "search_operator": "xx"},
    {"search_operator": "xx", "search": ""},
    {"offset": str(2**63)},
    {"offset": str(2**63 - 1)},
    {"offset": str(10**40)},
    {"limit": str(2**63)},
    {"limit": str(10**40)},
    {"offset": "²"},
    {"limit": "²"},
    {"search": ""},
    {"search": "   "},
    {"search": "\x00"},
]


@pytest.mark.parametrize("endpoint", ["pages", "documents"])
@pytest.mark.parametrize("query", API_BAD_QUERIES, ids=lambda q: repr(q)[:40])
def test_api_bad_query_answers_400_json(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/", query)
    assert response.status_code == 400, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    assert "message" in response.json() or "error" in response.json()


@pytest.mark.parametrize("endpoint", ["pages", "documents"])
@pytest.mark.parametrize("search", ["'", "a AND", "*", "OR", "NEAR(", "a:b", "-", "^x", "(", "migrants)"])
def test_api_odd_searches_answer_json_never_500(client, endpoint, search):
    """Searches the database engine may read as operators: results or a 400, both JSON."""
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code in (200, 400), (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize("endpoint", ["pages", "documents"])
@pytest.mark.parametrize("search", ['"', '"migrants'])
def test_api_unbalanced_quote_search(client, endpoint, search):
    """SQLite's full-text syntax refuses an unbalanced quote: a 400. PostgreSQL reads it as a word: results."""
    response = client.get(f"/api/v2/{endpoint}/", {"search": search})
    assert response.status_code == (400 if connection.vendor == "sqlite" else 200), response.content[:300]
    assert response["Content-Type"].startswith("application/json")


def test_api_good_search_still_answers(client):
    response = client.get("/api/v2/pages/", {"search": "migrants", "search_operator": "and", "limit": "5"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 0


@pytest.mark.parametrize("pk", [99_999_999, 2**63, 10**30])
def test_api_missing_page_is_a_json_404(client, pk):
    response = client.get(f"/api/v2/pages/{pk}/")
    assert response.status_code == 404
    assert response.json() == {"error": {"message": "Not found."}}


def test_api_page_that_is_not_live_is_a_json_404(client):
    page = Page.objects.filter(live=False).first() or Page.objects.get(depth=1)
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 404
    assert response.json() == {"error": {"message": "Not found."}}


def test_api_missing_document_is_a_json_404(client):
    response = client.get("/api/v2/documents/99999999/")
    assert response.status_code == 404
    assert response.json() == {"error": {"message": "Not found."}}


def test_api_live_page_still_answers(client):
    page = Page.objects.live().public().filter(depth__gt=1).first()
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response.json()["id"] == page.pk


# Corrupted image uploads -----------------------------------------------------------------------------------------


def _png_bytes():
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 300), 60).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg_bytes():
    buffer = io.BytesIO()
    PILImage.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


CORRUPTED = {
    "truncated.png": lambda: _png_bytes()[: len(_png_bytes()) // 2],
    "truncated.jpg": lambda: _jpeg_bytes()[: len(_jpeg_bytes()) // 2],
    "header-only.png": lambda: _png_bytes()[:40],
    "not-an-image.png": lambda: b"This is plain text, not a picture at all." * 10,
    "not-an-image.jpg": lambda: b"%PDF-1.4\n" + b"0" * 500,
}


@pytest.fixture
def partner(django_user_model):
    organisation = OrganisationPage.objects.filter(is_partner=True).live().first()
    assert organisation is not None, "the demo has partner organisations"
    roles.sync_roles()
    user = django_user_model.objects.create_user("upload-partner", "upload-partner@example.org", "pw-123-long")
    user.groups.add(Group.objects.get(name=roles.partner_group_name(organisation)))
    return user


def _upload(client, user, url, name, content, **fields):
    """POST one image file as `user`; (response, how many Image rows it added)."""
    client.force_login(user)
    Image = get_image_model()
    before = Image.objects.count()
    upload = SimpleUploadedFile(name, content, content_type="image/png")
    response = client.post(url, {**fields, "collection": "1", "file" if "title" in fields else "files[]": upload})
    return response, Image.objects.count() - before


@pytest.mark.parametrize("name", list(CORRUPTED))
def test_corrupted_image_single_upload_is_a_form_error(client, partner, name):
    response, added = _upload(client, partner, "/admin/images/add/", name, CORRUPTED[name](), title="Broken")
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors.get("file")
    assert added == 0


@pytest.mark.parametrize("name", list(CORRUPTED))
def test_corrupted_image_multiple_upload_answers_a_json_error(client, partner, name):
    response, added = _upload(client, partner, "/admin/images/multiple/add/", name, CORRUPTED[name]())
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert added == 0


@pytest.mark.parametrize("name, make", [("good.png", _png_bytes), ("good.jpg", _jpeg_bytes)])
def test_a_sound_image_still_uploads(client, partner, name, make):
    response, added = _upload(client, partner, "/admin/images/multiple/add/", name, make())
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert added == 1
