"""Points for the gazetteer's countries and divisions, computed once when the index is built: a
country's point checked against its outline, a division's checked against its own towns' extent.
A seam of gazetteer.py: geometry, not lookup."""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path


def country_point(info: dict) -> tuple[float, float] | None:
    """countryinfo's point for a country, checked against its outline: a point outside the
    country's extent (Kuwait's lies in Saudi Arabia) gives way to the centroid of its largest
    polygon. A point at sea within the extent is an archipelago's middle and stays."""
    latlng = info.get("latlng")
    polygons = []
    for f in (info.get("geoJSON") or {}).get("features") or []:
        g = f.get("geometry") or {}
        polygons += g.get("coordinates", []) if g.get("type") == "MultiPolygon" else [g.get("coordinates")]
    rings = [p[0] for p in polygons if p and len(p[0]) > 2]
    if not rings or (latlng and _within_extent(latlng, rings)):
        return tuple(latlng) if latlng else None
    lon, lat = _polygon_centroid(max(rings, key=_area))
    return lat, lon


def _within_extent(latlng, rings) -> bool:
    lons = [x for ring in rings for x, _ in ring]
    lats = [y for ring in rings for _, y in ring]
    return min(lats) <= latlng[0] <= max(lats) and min(lons) <= latlng[1] <= max(lons)


def _area(ring) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _polygon_centroid(ring) -> tuple[float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a, cx, cy = a + cross, cx + (x0 + x1) * cross, cy + (y0 + y1) * cross
    return cx / (3 * a), cy / (3 * a)


def iso_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> iso3166-2's point for that subdivision (read from its data file: its API
    builds objects for every attribute, flags and code history included)."""
    import iso3166_2

    with open(Path(iso3166_2.__file__).parent / "iso3166-2.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {code: (float(sub["latLng"][0]), float(sub["latLng"][1]))
            for subs in data.values() for code, sub in subs.items() if len(sub.get("latLng") or ()) == 2}


def division_point(members: list[tuple[float, float, int]], point: tuple[float, float] | None) -> tuple[float, float]:
    """The package's point for a division, unless it lies beyond its own towns' extent (a few are
    geocoded to a namesake elsewhere: Sud Sardegna in Piedmont, Lekoumou 700 km north); else the
    middle of that extent."""
    lats, lons = _town_extent(members)
    if point:
        lat, lon = point
        if lons[-1] > 180 and lon < 0:
            lon += 360
        if lats[0] - 1 <= lat <= lats[-1] + 1 and lons[0] - 1 <= lon <= lons[-1] + 1:
            return point
    k = len(lats) // 100  # 1st-99th percentile: outlying islands do not pull the middle
    lon = (lons[k] + lons[-1 - k]) / 2
    return (lats[k] + lats[-1 - k]) / 2, lon - 360 if lon > 180 else lon


def _town_extent(members: list[tuple[float, float, int]]) -> tuple[list[float], list[float]]:
    """Sorted latitudes and longitudes of a division's towns; longitudes run on past 180 for a
    division across the antimeridian (Chukotka, Fiji's Eastern), whose middle is not at 0."""
    lats = [la for la, _, _ in members]
    lons = [lo for _, lo, _ in members]
    if max(lons) - min(lons) > 180:
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
    # GeoNames files some towns under the wrong division (Hebei holds towns in Xinjiang): a town
    # far beyond the others' usual distance from their median is left out first.
    mid_lat, mid_lon = statistics.median(lats), statistics.median(lons)
    dist = [abs(la - mid_lat) + abs(lo - mid_lon) for la, lo in zip(lats, lons, strict=True)]
    usual = statistics.median(dist)
    kept = [i for i, d in enumerate(dist) if d <= max(10 * usual, 15)]
    return sorted(lats[i] for i in kept), sorted(lons[i] for i in kept)


def centroid(members: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Population-weighted centroid of member cities: where the people of an area live."""
    w = sum(p for _, _, p in members)
    if not w:
        return None
    return (sum(la * p for la, _, p in members) / w, sum(lo * p for _, lo, p in members) / w)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
