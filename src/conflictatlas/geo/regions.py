"""Regions the news names that no package holds (data/places.yaml `regions_within`): "Darfur",
"Donbas", "Kordofan". cities500 and the division tables hold towns and divisions; a region
spanning several, or none exactly, is no entry there, while a hamlet abroad may bear its name ("Sinai"
in Mexico). Such a region is kept by its own name, in its state, at the point of the division or town
it centres on, with that place's precision: UCDP's practice for an event known only to its region.

Written by hand: GeoNames' region features are not in any package this project may install.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..records import WHERE_PREC, Place
from . import gazetteer
from .words import table


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[str, str]]:
    return {gazetteer.norm(name): (str(code), str(anchor)) for name, (code, anchor) in table("regions_within").items()}


def held_region(text: str, countries: set[str], others: list) -> tuple[str, gazetteer.Entry] | None:
    """(the region's state, the place it is put at) for a region's name, unless the article is about
    the country of a place of that name (`others`, the gazetteer's readings) and not the region's."""
    key = gazetteer.norm(text.removeprefix("the ").removeprefix("The "))
    if key not in _regions():
        return None
    code, anchor = _regions()[key]
    if countries and code not in countries and any(o.country in countries for o in others):
        return None
    found = [e for e in gazetteer.lookup(anchor) if e.country == code]
    best = next((e for kind in ("admin1", "admin2", "city") for e in found if e.kind == kind), None)
    return (code, best) if best is not None else None


def region_place(text: str, code: str, anchor: gazetteer.Entry, start: int | None, end: int | None) -> Place:
    from .resolve import to_place

    name = text.removeprefix("the ").removeprefix("The ")
    # at a town it centres on, a region is still known only to about a province's extent
    precision = anchor.kind if anchor.kind in ("admin1", "admin2") else "admin1"
    return replace(to_place(anchor, text, start, end), name=f"{name} ({anchor.name})", geonameid=None, country=code,
                   precision=precision, where_prec=WHERE_PREC[precision],
                   unresolved_reason=f"a region no GeoNames package holds; placed at {anchor.name} "
                                     f"(GeoNames {anchor.geonameid}), the division it centres on")
