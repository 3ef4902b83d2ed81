"""Open data: the public directory as GeoJSON, CSV and JSON. Nothing private, no people."""

import csv
import io
import json

from django.conf import settings
from django.http import HttpResponse, JsonResponse

from portal.core.csv import safe_cell
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, label

FIELDS = [
    "name",
    "type",
    "partner",
    "country",
    "region",
    "city",
    "address",
    "latitude",
    "longitude",
    "sectors",
    "services",
    "languages",
    "website",
    "email",
    "telephone",
    "url",
    "opening_hours",
]


def licence():
    return getattr(
        settings,
        "PORTAL_OPEN_DATA_LICENCE",
        {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    )


def record(page, request):
    """An organisation's open-data row: contact details only as the organisation published them (empty otherwise),
    its point rounded to its town unless it did."""
    contact, point = page.public_contact(), page.public_point()
    return {
        "name": page.title,
        "type": page.org_type,
        "partner": page.is_partner,
        "country": page.country,
        "region": page.region,
        "city": page.city,
        "address": contact.get("address", ""),
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
        "sectors": list(page.sectors),
        "services": list(page.services),
        "languages": list(page.languages),
        "website": contact.get("website", ""),
        "email": contact.get("email", ""),
        "telephone": contact.get("telephone", ""),
        "url": request.build_absolute_uri(page.get_url(request)),
        "opening_hours": contact.get("opening_hours", ""),
    }


def geojson_response(pages, request):
    features = []
    for page in pages:
        point = page.public_point()
        if point is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": page.pk,
                "geometry": {"type": "Point", "coordinates": [point[1], point[0]]},
                # Raw text, as in every data file: the map's popup inserts it as text (directory.js), never markup.
                "properties": {
                    "name": page.title,
                    "url": page.get_url(request),
                    "type": page.org_type,
                    "type_label": str(label(ORGANISATION_TYPES, page.org_type)),
                    "city": page.city,
                    "country": page.country,
                    "country_label": str(label(COUNTRIES, page.country)),
                    "partner": page.is_partner,
                },
            }
        )
    body = {"type": "FeatureCollection", "features": features, "licence": licence()}
    response = HttpResponse(json.dumps(body, ensure_ascii=False), content_type="application/geo+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(pages, request):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FIELDS)
    for page in pages:
        row = record(page, request)
        writer.writerow([safe_cell(";".join(v) if isinstance(v, list) else v) for v in row.values()])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="primacenters-directory.csv"'
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


def json_response(pages, request):
    data = {"licence": licence(), "organisations": [record(page, request) for page in pages]}
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response
