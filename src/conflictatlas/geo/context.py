"""Where an article says it is: the regions it names (`Context`) and the countries bordering them.

Split from resolve.py, which scores a name's candidates against them."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def neighbours(countries: frozenset[str]) -> set[str]:
    """ISO2 codes of the countries bordering any of `countries` (countryinfo's land borders)."""
    borders = _borders()
    return {n for c in countries for n in borders.get(c, ())} - set(countries)


@lru_cache(maxsize=1)
def _borders() -> dict[str, set[str]]:
    import countryinfo

    from ..countries import alpha2

    out: dict[str, set[str]] = {}
    for ci in countryinfo.all_countries():
        info = ci.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = {a2 for a3 in info.get("borders") or [] if (a2 := alpha2(a3))}
    # Land borders countryinfo leaves out: Palestine has none listed, the United Kingdom none with Ireland.
    for a, b in (("PS", "IL"), ("PS", "EG"), ("PS", "JO"), ("GB", "IE")):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def near_context(country: str | None, context: set[str]) -> bool:
    """The country is one the article names, or borders one."""
    countries = frozenset(c for c in context if c and "." not in c)
    return country in countries or country in neighbours(countries)


class Context(set):
    """What an article says about where it is: the set of regions it names outright ("LY",
    "US.TN"), and `support`: for each region key (country, "CC.A1", "CC.A1.A2"), the article's
    names that have a candidate inside it."""

    def __init__(self, keys=(), support: dict[str, set[str]] | None = None,
                 named: dict[str, set[str]] | None = None, reading: dict[str, str] | None = None):
        super().__init__(keys)
        self.support = support or {}
        self.named = named or {}  # region key -> the names that named it outright
        self.reading = reading or {}  # a name -> the place name of its first reading

    def including(self, key: str | None) -> Context:
        """A copy that also holds `key`, its support and readings kept (a plain set union would
        drop them, and with them the article's other names)."""
        out = Context(self, self.support, {k: set(v) for k, v in self.named.items()}, self.reading)
        if key:
            out.add(key)
        return out

    def name_region(self, key: str, by: str) -> None:
        self.add(key)
        self.named.setdefault(key, set()).add(by)
        self.__dict__.pop("_answers", None)

    def add(self, key) -> None:
        super().add(key)
        self.__dict__.pop("_answers", None)

    def by_others(self, key: str | None, own: str | None) -> bool:
        """The article places itself in `key` on the strength of a name other than `own`: "London"
        alone does not make an article British for its own "London"."""
        # (asked once per candidate of every name read: the answer is kept until a region is named)
        answers = self.__dict__.setdefault("_answers", {})
        if (key, own) not in answers:
            answers[(key, own)] = self._by_others(key, own)
        return answers[(key, own)]

    def _by_others(self, key: str | None, own: str | None) -> bool:
        if key not in self:
            return False
        if key not in self.named:
            return True
        same = {own, self.reading.get(own)}
        rest = [n for n in self.named[key] if n not in same and not (own and n.startswith(own + " "))]
        if not rest or not own:
            return bool(rest)
        # (nor does its own office, "Berea Police" being "Berea" named again, nor what that was read as)
        offices = {self.reading[n] for n in self.reading if n.startswith(own + " ")}
        return any(n not in offices for n in rest)
