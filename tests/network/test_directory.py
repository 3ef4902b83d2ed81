import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.directory import distance_km

from . import factories

pytestmark = pytest.mark.django_db


def names(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())


@pytest.fixture
def directory():
    page = factories.directory()
    factories.organisation(page, "Athens Centre", services=["job-matching", "guidance"], languages=["el", "ar"])
    factories.organisation(
        page,
        "Nicosia Union",
        city="Nicosia",
        country="CY",
        lat="35.185566",
        lon="33.382276",
        org_type="trade-union",
        sectors=["livestock"],
        services=["legal-advice"],
        languages=["el"],
    )
    factories.organisation(
        page,
        "Almería Farmers",
        city="Almería",
        country="ES",
        lat="36.834047",
        lon="-2.463713",
        org_type="employer",
        sectors=["agriculture", "agri-food"],
        services=["training"],
        languages=["es", "fr", "ar"],
        region="Andalucía",
    )
    factories.organisation(
        page,
        "Nowhere Cooperative",
        city="Unknown",
        country="IT",
        lat=None,
        lon=None,
        org_type="employer",
        services=["community"],
        languages=["it"],
    )
    return page


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Almería Farmers", "Athens Centre", "Nicosia Union", "Nowhere Cooperative"]),
        ("?country=CY", ["Nicosia Union"]),
        ("?country=CY&country=ES", ["Almería Farmers", "Nicosia Union"]),
        ("?type=employer", ["Almería Farmers", "Nowhere Cooperative"]),
        ("?sector=agri-food", ["Almería Farmers"]),
        ("?service=guidance", ["Athens Centre"]),
        ("?language=ar", ["Almería Farmers", "Athens Centre"]),
        ("?language=ar&type=employer", ["Almería Farmers"]),
        ("?q=andaluc", ["Almería Farmers"]),
        ("?q=nicosia", ["Nicosia Union"]),
        ("?country=ZZ&type=nonsense", ["Almería Farmers", "Athens Centre", "Nicosia Union", "Nowhere Cooperative"]),
        ("?country=BE", []),
    ],
)
def test_directory_filters(client, directory, query, expected):
    response = client.get(directory.url + query)
    assert response.status_code == 200
    assert names(response) == expected


def test_near_a_town_sorts_by_distance(client, directory):
    html = client.get(directory.url + "?town=Nicosia").content.decode()
    assert re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html) == [
        "Nicosia Union",
        "Athens Centre",
        "Almería Farmers",
        "Nowhere Cooperative",
    ]
    assert "0 km" in html and "Sorted by distance from Nicosia." in html
    # The town list is the directory's own towns with coordinates.
    assert '<option value="Almería">' in html and '<option value="Unknown">' not in html


def test_near_my_location_sorts_by_distance(client, directory):
    assert names(client.get(directory.url + "?lat=37.0&lon=-3.0")) == [
        "Almería Farmers",
        "Athens Centre",
        "Nicosia Union",
        "Nowhere Cooperative",
    ]


@pytest.mark.parametrize("query", ["?lat=999&lon=0", "?lat=abc&lon=1", "?lat=nan&lon=nan", "?town=Atlantis"])
def test_bad_origin_is_ignored(client, directory, query):
    response = client.get(directory.url + query)
    assert response.status_code == 200
    assert names(response)[0] == "Almería Farmers"


def test_distance():
    # Paris to London is about 344 km along the great circle; a point to itself is 0.
    assert abs(distance_km(48.8566, 2.3522, 51.5074, -0.1278) - 343.6) < 1
    assert distance_km(35.0, 33.0, 35.0, 33.0) == 0


def test_list_works_without_javascript_and_map_view_needs_a_click(client, directory):
    html = client.get(directory.url).content.decode()
    assert "directory-map" not in html and "leaflet" not in html  # no map, no tiles, until the map view is opened
    assert len(names(client.get(directory.url))) == 4
    html = client.get(directory.url + "?view=map&country=GR").content.decode()
    assert 'id="directory-map"' in html and "geojson/?country=GR" in html
    assert len(re.findall(r"<h3><a href=", html)) == 1  # the list stays under the map


def test_geojson_is_valid_and_carries_raw_text(client, directory):
    """Data, not markup: names as typed (the map's popup inserts them as text, never as HTML)."""
    factories.organisation(directory, 'Evil <script>alert("x")</script> & Co', city="<b>Town</b>")
    response = client.get(directory.url + "geojson/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 4  # the one without coordinates is left out
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        for key in ("name", "city", "type_label"):
            assert "&lt;" not in feature["properties"][key] and "&amp;" not in feature["properties"][key]
    evil = next(f for f in data["features"] if "Evil" in f["properties"]["name"])
    assert evil["properties"]["name"] == 'Evil <script>alert("x")</script> & Co'
    assert evil["properties"]["city"] == "<b>Town</b>"
    assert "private-inbox" not in response.content.decode()
    filtered = json.loads(client.get(directory.url + "geojson/?country=CY").content)
    assert [f["properties"]["name"] for f in filtered["features"]] == ["Nicosia Union"]


def test_csv_and_json_exports(client, directory):
    factories.organisation(directory, '=HYPERLINK("http://x")', city="Formula")
    response = client.get(directory.url + "export/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "license" in response["Link"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 5
    assert {r["name"] for r in rows} >= {"Athens Centre", "Nowhere Cooperative"}
    assert next(r for r in rows if r["city"] == "Formula")["name"].startswith("'=")
    assert "private-inbox" not in response.content.decode()
    data = client.get(directory.url + "export/json/?service=training").json()
    assert data["licence"]["name"] and [o["name"] for o in data["organisations"]] == ["Almería Farmers"]
    assert "private-inbox" not in json.dumps(data)


def test_the_maps_popup_inserts_names_as_text():
    """The map script builds its popup from text nodes: no property reaches innerHTML or an HTML string."""
    script = (Path(__file__).resolve().parents[2] / "network/static/network/js/map.js").read_text()
    assert "textContent" in script
    assert "innerHTML" not in script and "p.name +" not in script and "insertAdjacentHTML" not in script


def test_csv_keeps_negative_coordinates_as_numbers(client, directory):
    factories.organisation(directory, "Galician Fishers", country="ES", city="Vigo", lat="42.240599", lon="-6.940000")
    factories.organisation(directory, "-1+1 Collective", country="ES", city="Lugo")
    rows = list(csv.DictReader(io.StringIO(client.get(directory.url + "export/csv/").content.decode())))
    vigo = next(r for r in rows if r["city"] == "Vigo")
    assert float(vigo["longitude"]) == -6.94 and vigo["longitude"].startswith("-")
    assert next(r for r in rows if r["city"] == "Lugo")["name"] == "'-1+1 Collective"  # text still guarded


def test_data_files_are_linked_visibly_and_in_head(client, directory):
    html = client.get(directory.url + "?country=GR").content.decode()
    for content_type, url in (
        ("application/geo+json", "geojson/?country=GR"),
        ("text/csv", "export/csv/?country=GR"),
        ("application/json", "export/json/?country=GR"),
    ):
        assert f'<link rel="alternate" type="{content_type}"' in html
        assert f'<a href="{directory.url}{url}" type="{content_type}">' in html


def test_private_address_never_shown(client, directory):
    page = directory.get_children().first()
    assert "private-inbox@example.org" not in client.get(page.url).content.decode()
    assert "private-inbox@example.org" not in client.get(directory.url).content.decode()
    assert "private-inbox" not in client.get(f"/api/v2/pages/{page.pk}/").content.decode()


def test_queries_do_not_grow_with_organisations(client):
    """The directory, its map data, its exports and a town's search ask as many queries for 120 organisations as for
    3 (the same organisations serve every view)."""
    directory = factories.directory()
    suffixes = ["", "?view=map", "geojson/", "export/csv/", "export/json/", "?town=Athens"]
    for n in range(3):
        factories.organisation(directory, f"Org {n:03d}", lat=f"{37 + n / 100:.6f}")

    def count(suffix):
        client.get(directory.url + suffix)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(directory.url + suffix).status_code == 200
        return len(queries)

    few = {suffix: count(suffix) for suffix in suffixes}
    for n in range(3, 120):
        factories.organisation(directory, f"Org {n:03d}", lat=f"{37 + n / 100:.6f}")
    assert {suffix: count(suffix) for suffix in suffixes} == few


def test_good_practice_links_its_organisation_both_ways(
    client, directory, admin_user, django_capture_on_commit_callbacks
):
    from knowledge.models import GoodPracticeIndexPage
    from tests.helpers import translate_as_editor
    from tests.knowledge import factories as knowledge_factories

    organisation = directory.get_children().specific().get(title="Athens Centre")
    index = knowledge_factories.index(GoodPracticeIndexPage)
    practice = knowledge_factories.good_practice(index, 1, title="Linked practice")
    practice.organisation = organisation
    practice.save_revision().publish()
    html = client.get(practice.url).content.decode()
    assert f'<a href="{organisation.url}">Athens Centre</a>' in html
    assert f'<a href="{practice.url}">Linked practice</a>' in client.get(organisation.url).content.decode()

    # In another language, each side points to the other's translation. Each translation is its own editor
    # action (and transaction), parents first.
    def translate(page, texts):
        with django_capture_on_commit_callbacks(execute=True):
            return translate_as_editor(page, "fr", lambda t: texts.get(t, t), admin_user)

    translate(directory, {})
    organisation_fr = translate(organisation, {"Athens Centre": "Centre d'Athènes"})
    translate(index, {})
    practice_fr = translate(practice, {"Linked practice": "Pratique liée"})
    html = client.get(practice_fr.url).content.decode()
    assert f'href="{organisation_fr.url}">Centre d&#x27;Athènes</a>' in html
    assert f'<a href="{practice_fr.url}">Pratique liée</a>' in client.get(organisation_fr.url).content.decode()
