"""Directory queries shared by the list, the map data and the exports: one query whatever the number of items."""

import math
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q

from portal.core.listing import filter_codes, listed, query_text
from portal.core.vocabularies import COUNTRIES, ORGANISATION_TYPES, SECTORS, SERVICES, SPOKEN_LANGUAGES

from .models.organisation import public_point

FILTERS = {
    "country": ("country", COUNTRIES),
    "type": ("org_type", ORGANISATION_TYPES),
    "sector": ("sectors", SECTORS),
    "service": ("services", SERVICES),
    "language": ("languages", SPOKEN_LANGUAGES),
}
EARTH_RADIUS_KM = 6371.0


@dataclass
class Origin:
    latitude: float
    longitude: float
    label: str


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def organisations(directory):
    OrganisationPage = apps.get_model("network", "OrganisationPage")  # the page models import this module
    return listed(OrganisationPage.objects.live().public().real(), directory).order_by("title", "pk")


def filtered(directory, request):
    """(queryset, chosen codes, text) for the request's filters; unknown values are ignored."""
    queryset, chosen = filter_codes(organisations(directory), request, FILTERS)
    text = query_text(request, "q")
    if text:
        queryset = queryset.filter(
            Q(title__icontains=text)
            | Q(city__icontains=text)
            | Q(region__icontains=text)
            | Q(description__icontains=text)
        )
    return queryset, chosen, text


def towns(directory):
    """The directory's own towns with coordinates: [(name, latitude, longitude)], one query."""
    points = {}
    rows = (
        organisations(directory)
        .exclude(latitude=None)
        .exclude(longitude=None)
        .values_list("city", "latitude", "longitude", "contact_public")
    )
    for city, *point in rows:
        points.setdefault(city, []).append(public_point(*point))  # a town of one organisation is not its door
    return sorted(
        (city, sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)) for city, pts in points.items()
    )


def origin_from(request, town_list):
    """Where "near me" measures from: the visitor's coordinates (lat, lon) or a chosen town. None when absent."""
    town = query_text(request, "town")
    if town:
        for name, lat, lon in town_list:
            if name == town:
                return Origin(lat, lon, name)
        return None
    try:
        lat, lon = float(request.GET["lat"]), float(request.GET["lon"])
    except (KeyError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        return None
    return Origin(lat, lon, "")


def sorted_by_distance(pages, origin):
    """Pages with a `distance_km` attribute, nearest first; those without coordinates last."""
    pages = list(pages)
    for page in pages:
        point = page.public_point()  # the shown distance must not reveal an unpublished address
        page.distance_km = None if point is None else distance_km(origin.latitude, origin.longitude, *point)
    return sorted(pages, key=lambda p: (p.distance_km is None, p.distance_km or 0, p.title))
