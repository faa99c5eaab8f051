"""The coder's door to the geoparser: toponyms, one sense per article, datelines and event places
live in conflictatlas.geo (recognition beside resolution); these names stay importable from here."""

from ..geo.article import article_places, article_toponyms
from ..geo.eventplace import event_place, joined_places
from ..geo.toponym import Toponym

__all__ = ["Toponym", "article_places", "article_toponyms", "event_place", "joined_places"]
