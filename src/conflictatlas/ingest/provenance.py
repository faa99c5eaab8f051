"""Who wrote which part of an article: credited original outlet, reporting vs commentary.

Reposting sites credit the original in a few conventional ways; each pattern below is one of them.
A credit line near the top ("Source: Washington Post" after the blogger's own paragraph) splits the
text: what comes before is the reposting site's commentary, what follows is the credited outlet's
reporting. A wire dateline ("(AP) —") or "via Reuters" credits the whole text. A closing
"Read more at ..." line is the reposting site's own link, so it is commentary.
"""

from __future__ import annotations

import re

from ..records import Provenance, Segment

_OUTLET = r"(?P<outlet>[A-Z][\w.&'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.&'’-]*){0,5})"
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:sources?|credit|originally[ \t]+(?:published|appeared)[ \t]+(?:by|in|at|on)"
    r"|this[ \t]+(?:article|story|report)[ \t]+(?:was[ \t]+)?(?:originally[ \t]+|first[ \t]+)?"
    r"(?:published|appeared)[ \t]+(?:by|in|at|on))[ \t]*[:\-–—]?[ \t]*(?:the[ \t]+)?" + _OUTLET
    + r"[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_READ_MORE = re.compile(r"^[ \t]*(?:read|continue reading)[ \t]+(?:more|the full (?:story|article))"
                        r"[ \t]*(?:at|on|:)?[ \t]*(?P<outlet>\S.*?)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_DATELINE = re.compile(r"^[^\n]{0,80}?\((?P<outlet>AP|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg)\)[ \t]*[—–-]",
                       re.MULTILINE)
_VIA = re.compile(r"(?:^|[(\[ \t])via[ \t]+(?:the[ \t]+)?" + _OUTLET, re.MULTILINE)

_ALIASES = {"ap": "Associated Press", "afp": "Agence France-Presse", "upi": "United Press International"}
# A credit this far into the text is a header, not a footer.
_HEADER_FRACTION = 0.5


def _outlet_name(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip().rstrip(".:")
    host = re.match(r"(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z.]+", raw, re.IGNORECASE)
    if host and "." in raw:
        return host.group(1)
    return _ALIASES.get(raw.lower(), raw)


def detect_provenance(text: str) -> Provenance:
    n = len(text)
    segments: list[Segment] = []
    outlet = credit = None
    read_more = None
    for m in _READ_MORE.finditer(text):
        if m.start() > n * _HEADER_FRACTION:
            read_more = m
    if (m := _CREDIT_LINE.search(text)) is not None:
        outlet, credit = _outlet_name(m.group("outlet")), m.group(0).strip()
        line_start, line_end = m.start(), m.end()
        if line_start <= n * _HEADER_FRACTION and text[:line_start].strip():
            segments = [Segment("commentary", 0, line_start), Segment("reporting", line_end, n)]
        else:
            segments = [Segment("reporting", 0, line_start), Segment("commentary", line_start, n)]
    elif (m := _DATELINE.search(text)) is not None or (m := _VIA.search(text)) is not None:
        outlet, credit = _outlet_name(m.group("outlet")), m.group(0).strip()
        segments = [Segment("reporting", 0, n)]
    if read_more is not None:
        outlet = outlet or _outlet_name(read_more.group("outlet"))
        credit = credit or read_more.group(0).strip()
        segments = _carve(segments or [Segment("reporting", 0, n)], read_more.start(), n)
    return Provenance(original_outlet=outlet, credit_text=credit, segments=segments)


def _carve(segments: list[Segment], start: int, end: int) -> list[Segment]:
    """Mark [start, end) as commentary, trimming the segments it overlaps."""
    out = []
    for s in segments:
        if s.end <= start or s.start >= end:
            out.append(s)
        elif s.start < start:
            out.append(Segment(s.kind, s.start, start))
    out.append(Segment("commentary", start, end))
    return sorted(out, key=lambda s: s.start)
