"""Documents live in their own storage, outside MEDIA_ROOT, and reach visitors only through Wagtail's serve view,
so a private collection's password or login cannot be bypassed by fetching the file under /media/."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% private minutes of the board\n%%EOF\n"


def _collection(name, restriction_type=None, password=""):
    collection = Collection.get_first_root_node().add_child(name=name)
    if restriction_type:
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=restriction_type, password=password
        )
    return collection


def _document(collection, name="minutes.pdf", content=PDF):
    Document = get_document_model()
    document = Document(title=name, collection=collection)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def password_document():
    return _document(_collection("Board", CollectionViewRestriction.PASSWORD, "s3cret-pass"))


def test_document_file_is_outside_media_root(password_document):
    media_root = Path(settings.MEDIA_ROOT).resolve()
    on_disk = Path(password_document.file.path).resolve()
    assert on_disk.is_file()
    assert on_disk.read_bytes() == PDF
    assert media_root not in on_disk.parents
    assert not (media_root / password_document.file.name).exists()
    assert Path(settings.DOCUMENTS_ROOT).resolve() in on_disk.parents


def test_private_document_is_not_under_media(client, password_document):
    assert client.get(f"/media/{password_document.file.name}").status_code == 404
    assert client.get(f"/media/documents/{password_document.filename}").status_code == 404


def test_media_never_serves_a_documents_folder(client):
    """Even a file left behind in MEDIA_ROOT/documents (before the move) is not served under /media/."""
    stale = Path(settings.MEDIA_ROOT, "documents", "left-behind.pdf")
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(PDF)
    try:
        for path in ("documents/left-behind.pdf", "./documents/left-behind.pdf", "x/../documents/left-behind.pdf"):
            assert client.get(f"/media/{path}").status_code == 404, path
    finally:
        stale.unlink()


def test_password_document_needs_the_password(client, password_document):
    url = password_document.url
    response = client.get(url)
    assert response.status_code == 200
    assert PDF not in _body(response)  # the password form, not the file
    restriction = CollectionViewRestriction.objects.get(collection=password_document.collection)
    auth_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    client.post(auth_url, {"password": "wrong", "return_url": url})
    assert PDF not in _body(client.get(url))
    client.post(auth_url, {"password": "s3cret-pass", "return_url": url})
    response = client.get(url)
    assert response.status_code == 200
    assert _body(response) == PDF


def test_login_document_needs_a_login(client, django_user_model):
    document = _document(_collection("Members", CollectionViewRestriction.LOGIN), "members.pdf")
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(django_user_model.objects.create_user("reader", "reader@example.org", "pw-123-long"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert _body(response) == PDF
    assert client.get(f"/media/{document.file.name}").status_code == 404


def test_public_document_is_served_without_a_bogus_content_encoding(client):
    document = _document(Collection.get_first_root_node(), "public-report.pdf")
    response = client.get(document.url)
    assert response.status_code == 200
    assert _body(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert "Content-Encoding" not in response  # it was the literal "None"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_text_document_has_no_content_encoding(client):
    document = _document(Collection.get_first_root_node(), "notes.txt", b"plain notes\n")
    response = client.get(document.url)
    assert response.status_code == 200
    assert "Content-Encoding" not in response


def test_images_stay_public_in_media_root(client):
    name = default_storage.save("original_images/public-check.txt", ContentFile(b"image bytes"))
    try:
        assert Path(settings.MEDIA_ROOT, name).is_file()
        assert default_storage.url(name) == f"/media/{name}"
        assert client.get(f"/media/{name}").status_code == 200
    finally:
        default_storage.delete(name)


def test_documents_storage_has_no_url():
    with pytest.raises(NotImplementedError):
        storages["documents"].url("documents/x.pdf")


def test_existing_documents_move_out_of_media(client):
    """Upgraded sites: files uploaded before under MEDIA_ROOT/documents move to the documents storage, keeping
    their names, so existing Document rows keep working."""
    from portal.core.storage import move_documents_out_of_media

    Document = get_document_model()
    old = Path(settings.MEDIA_ROOT, "documents", "uploaded-before.pdf")
    old.parent.mkdir(parents=True, exist_ok=True)
    old.write_bytes(PDF)
    document = Document.objects.create(
        title="Uploaded before", file="documents/uploaded-before.pdf", collection=Collection.get_first_root_node()
    )
    moved = move_documents_out_of_media()
    assert moved >= 1
    assert not old.exists()
    assert Path(settings.DOCUMENTS_ROOT, "documents", "uploaded-before.pdf").read_bytes() == PDF
    assert _body(client.get(document.url)) == PDF
    assert move_documents_out_of_media() == 0  # nothing left to move


def test_the_documents_api_lists_only_documents_anyone_may_open(client, password_document):
    public = _document(_collection("Reports"), name="annual-report.pdf")
    listed = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert public.pk in listed and password_document.pk not in listed
    assert client.get(f"/api/v2/documents/{password_document.pk}/").status_code == 404


@pytest.mark.parametrize("documents_root", ["{media}", "{media}/documents", "{media}/a/b"])
def test_a_documents_root_inside_media_root_fails_the_system_checks(settings, tmp_path, documents_root):
    from django.core.checks import run_checks

    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.DOCUMENTS_ROOT = documents_root.format(media=settings.MEDIA_ROOT)
    assert "portal.E001" in [error.id for error in run_checks(tags=["security"])]
    settings.DOCUMENTS_ROOT = str(tmp_path / "private")
    assert "portal.E001" not in [error.id for error in run_checks(tags=["security"])]
