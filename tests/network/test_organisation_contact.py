"""How visitors reach an organisation: contact details shown only when the organisation chose to publish them (on
its page, in its JSON-LD, in the map's data, the exports and the search record), opening hours translated, and
the small map, which names the tile server before anything is loaded from it."""

import csv
import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.maps import tiles
from network.models import OrganisationPerson
from portal.settings.base import _tile_origin

from . import factories

pytestmark = pytest.mark.django_db

CONTACT = {
    "address": "Odos Kifisias 12, 115 26",
    "public_phone": "+30 210 012 3499",
    "public_email": "info@athens-centre.example.org",
    "website": "https://athens-centre.example.org/",
    "opening_hours": "Monday to Friday, 9:00 to 17:00",
    "latitude": "37.987654",
    "longitude": "23.765432",
}
SECRETS = [
    "Kifisias",
    "012 3499",
    "2100123499",
    "info@athens-centre",
    "athens-centre.example.org",
    "9:00 to 17:00",
    "37.987654",
    "23.765432",
    "private-inbox",
]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def organisation(directory, public, title="Athens Centre"):
    extra = {key: value for key, value in CONTACT.items() if key not in ("latitude", "longitude")}
    return factories.organisation(
        directory, title, lat=CONTACT["latitude"], lon=CONTACT["longitude"], contact_public=public, **extra
    )


def everything_public_about(client, directory, page):
    """Every public view of the organisation, as one text."""
    page.refresh_from_db()
    views = [
        client.get(page.url).content.decode(),
        client.get(directory.url).content.decode(),
        client.get(directory.url + "?view=map").content.decode(),
        client.get(directory.url + "geojson/").content.decode(),
        client.get(directory.url + "export/csv/").content.decode(),
        client.get(directory.url + "export/json/").content.decode(),
        client.get(f"/api/v2/pages/{page.pk}/").content.decode(),
        client.get("/api/v2/pages/?type=network.OrganisationPage&fields=*").content.decode(),
        client.get("/sitemap.xml").content.decode(),
        json.dumps(page.specific.search_document(), ensure_ascii=False),
    ]
    return "\n".join(views)


def test_contact_details_stay_private_until_the_organisation_publishes_them(client):
    directory = factories.directory()
    page = organisation(directory, public=False)
    text = everything_public_about(client, directory, page)
    for secret in SECRETS:
        assert secret not in text, secret
    html = client.get(page.url).content.decode()
    assert 'href="#contact"' in html and "<textarea" in html  # the contact form is the way to reach it
    data = json_ld(html)[0]
    assert data["@type"] == "Organization" and data["address"]["addressLocality"] == "Athens"
    assert not {"telephone", "email", "sameAs", "contactPoint"} & set(data)
    assert "streetAddress" not in data["address"]
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 37.99, "longitude": 23.77}
    feature = json.loads(client.get(directory.url + "geojson/").content)["features"][0]
    assert feature["geometry"]["coordinates"] == [23.77, 37.99]  # the town, not the door
    row = next(csv.DictReader(io.StringIO(client.get(directory.url + "export/csv/").content.decode())))
    assert [row[key] for key in ("address", "telephone", "email", "website", "opening_hours")] == [""] * 5


def test_published_contact_details_show_everywhere(client):
    directory = factories.directory()
    page = organisation(directory, public=True)
    html = client.get(page.url).content.decode()
    assert "Odos Kifisias 12, 115 26, Athens" in html
    assert '<a href="tel:+302100123499">+30 210 012 3499</a>' in html
    assert '<a href="mailto:info@athens-centre.example.org">' in html
    assert "Monday to Friday, 9:00 to 17:00" in html
    data = json_ld(html)[0]
    assert data["address"]["streetAddress"] == CONTACT["address"]
    assert data["telephone"] == CONTACT["public_phone"] and data["email"] == CONTACT["public_email"]
    assert data["sameAs"] == [CONTACT["website"]]
    assert data["contactPoint"]["description"] == CONTACT["opening_hours"]
    assert data["location"]["geo"]["latitude"] == 37.987654
    assert "private-inbox" not in html and "private-inbox" not in json.dumps(data)
    record = client.get(directory.url + "export/json/").json()["organisations"][0]
    assert (record["address"], record["telephone"], record["email"], record["opening_hours"]) == (
        CONTACT["address"],
        CONTACT["public_phone"],
        CONTACT["public_email"],
        CONTACT["opening_hours"],
    )
    feature = json.loads(client.get(directory.url + "geojson/").content)["features"][0]
    assert feature["geometry"]["coordinates"] == [23.765432, 37.987654]


def test_people_stay_hidden_without_consent_whatever_the_organisation_publishes(client):
    directory = factories.directory()
    page = organisation(directory, public=True)
    never_asked = factories.PersonFactory(name="Eleni Unasked", consent=False)
    page.people = [OrganisationPerson(person=never_asked)]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Eleni Unasked" not in html and "Eleni Unasked" not in json.dumps(page.search_document())


def test_opening_hours_are_translated(client, admin_user, django_capture_on_commit_callbacks):
    from tests.helpers import translate_as_editor

    directory = factories.directory()
    page = organisation(directory, public=True)
    texts = {CONTACT["opening_hours"]: "Du lundi au vendredi, de 9 h à 17 h"}
    with django_capture_on_commit_callbacks(execute=True):
        translate_as_editor(directory, "fr", {}, admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        french = translate_as_editor(page, "fr", lambda t: texts.get(t, t), admin_user)
    french.refresh_from_db()
    assert french.opening_hours == "Du lundi au vendredi, de 9 h à 17 h"
    assert french.contact_public and french.public_phone == CONTACT["public_phone"]  # synchronised, not translated
    assert "Du lundi au vendredi, de 9 h à 17 h" in client.get(french.url).content.decode()


def test_the_small_map_names_the_tile_server_and_loads_nothing_itself(client):
    directory = factories.directory()
    page = organisation(directory, public=True)
    html = client.get(page.url).content.decode()
    assert 'id="organisation-map"' in html and 'data-point="37.987654,23.765432"' in html
    assert "Show the map from tile.openstreetmap.org" in html
    assert 'data-name="Athens Centre"' in html
    # Leaflet itself comes after the click (map.js): only its stylesheet, from this site, is in the page.
    assert "leaflet.js" not in re.sub(r'data-leaflet="[^"]+"', "", html)
    assert "tile.openstreetmap.org/{z}" not in re.sub(r'data-tiles="[^"]+"', "", html)
    nowhere = factories.organisation(directory, "Nowhere", lat=None, lon=None)
    assert "organisation-map" not in client.get(nowhere.url).content.decode()


def test_tile_server_is_configurable(rf, settings):
    settings.MAP_TILES_URL = "https://maps.example.org/tiles/{z}/{x}/{y}.png"
    settings.MAP_TILES_ATTRIBUTION = "© Example"
    found = tiles(rf.get("/"))
    assert (found["url"], found["attribution"], found["host"]) == (
        settings.MAP_TILES_URL,
        "© Example",
        "maps.example.org",
    )
    settings.MAP_TILES_URL = "https://{s}.tile.example.net/{z}/{x}/{y}.png"
    assert tiles(rf.get("/"))["host"] == "tile.example.net"
    assert _tile_origin("https://{s}.tile.example.net/{z}/{x}/{y}.png") == "https://*.tile.example.net"
    assert _tile_origin("/tiles/{z}/{x}/{y}.png") is None  # the site's own host: 'self' allows it


def test_the_tile_host_is_the_only_other_image_source(client):
    directory = factories.directory()
    page = organisation(directory, public=True)
    policy = client.get(page.url)["Content-Security-Policy"]
    img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src")).split()[1:]
    assert img_src == ["'self'", "data:", "https://tile.openstreetmap.org"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[1].split(";")[0]


def test_organisation_page_queries_do_not_grow_with_its_people(client):
    directory = factories.directory()
    page = organisation(directory, public=True)

    def count():
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page.url).status_code == 200
        return len(queries)

    def give_people(n):
        people = [factories.PersonFactory(name=f"Member {i:02d}") for i in range(n)]
        page.people = [OrganisationPerson(person=person) for person in people]
        page.save_revision().publish()

    give_people(2)
    few = count()
    give_people(30)
    assert count() == few


def test_distances_and_towns_measure_from_the_public_point_only(client):
    """A visitor may ask "near me" from any point, as often as they like: the distance shown must not find the
    door of an organisation that keeps its address to itself, nor may a town of one organisation."""
    from network.directory import Origin, distance_km, sorted_by_distance, towns

    directory = factories.directory()
    page = organisation(directory, public=False, title="Private door centre")
    exact = Origin(float(CONTACT["latitude"]), float(CONTACT["longitude"]), "")
    (shown,) = [found for found in sorted_by_distance([page], exact) if found.pk == page.pk]
    assert shown.distance_km == distance_km(exact.latitude, exact.longitude, 37.99, 23.77) > 0
    assert ("Athens", 37.99, 23.77) in [town for town in towns(directory) if town[0] == "Athens"]
    published = organisation(directory, public=True, title="Open door centre")
    assert sorted_by_distance([published], exact)[0].distance_km == 0
