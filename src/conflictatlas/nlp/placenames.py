"""The Toponym record, which lives in conflictatlas.geo.toponym; importable from here for the coder."""

from ..geo.toponym import Toponym

__all__ = ["Toponym"]
