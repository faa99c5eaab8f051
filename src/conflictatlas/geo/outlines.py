"""Country outlines for maps: the offline basemap of the web page and of the report's map.

From the countryinfo package (its outlines derive from Natural Earth), so no map needs a network.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def country_outlines() -> dict:
    """A GeoJSON FeatureCollection: one Feature per country, its id the ISO alpha-3 code."""
    import countryinfo

    features = []
    for c in countryinfo.all_countries():
        info = c.info()
        for f in (info.get("geoJSON") or {}).get("features") or []:
            features.append({"type": "Feature", "id": f.get("id"), "properties": {"name": info.get("name")},
                             "geometry": f.get("geometry")})
    return {"type": "FeatureCollection", "features": features}
