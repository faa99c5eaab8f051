"""Read one input (a file of text, HTML or JSONL) into Articles.

Every reader either yields Articles or raises IngestError naming the input and the reason; a
JSONL file yields an IngestError *value* per bad line so the good lines still come through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import IngestError
from ..records import Article, content_id
from .furniture import strip_furniture
from .provenance import detect_provenance

MAX_BYTES = 10 * 1024 * 1024  # a news article is rarely over 1 MB; 10 MB leaves room for bloated HTML
_SNIFF = 8192
MIN_HTML_WORDS = 15
_HTML_RE = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.IGNORECASE)
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def read_path(path: Path, *, published: str | None = None, max_bytes: int = MAX_BYTES
              ) -> Iterator[Article | IngestError]:
    """Articles from one file. Raises IngestError when the whole file is unusable."""
    from .warc import is_warc, read_warc

    name = str(path)
    if is_warc(path):  # crawls are gigabytes: streamed record by record, the limit is per page
        yield from read_warc(path, published=published, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(name, "no such file or directory") from None
    except OSError as exc:
        raise IngestError(name, f"cannot read ({exc.strerror})") from None
    if size == 0:
        raise IngestError(name, "empty file")
    if size > max_bytes:
        raise IngestError(name, f"too large ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(name, f"cannot read ({exc.strerror})") from None
    kind = sniff_kind(path, raw)
    notes: list[IngestError] = []
    text = decode(name, raw, notes)
    yield from notes
    if kind == "jsonl":
        yield from _read_jsonl(name, text)
    elif kind == "html":
        yield article_from_html(name, text, published=published)
    else:
        yield article_from_text(name, text, published=published)


def sniff_kind(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _HTML_SUFFIXES or _HTML_RE.search(raw[:_SNIFF]):
        return "html"
    return "text"


class DecodeWarning(IngestError):
    """The input was read, but not all of it as written: said once, and the article is kept."""

    code = "E101"
    warning = True


def decode(name: str, raw: bytes, notes: list[IngestError] | None = None) -> str:
    """Bytes to text: UTF-8; UTF-8 with a few bad bytes replaced (U+FFFD, and a DecodeWarning in
    `notes`); else a confidently detected legacy encoding; else a clear refusal."""
    head = raw[:_SNIFF]
    if b"\x00" in head:
        raise IngestError(name, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A text whose non-ASCII characters are mostly valid UTF-8 is UTF-8 with a few damaged bytes
    # (a cut, a stray legacy character): decoding the whole of it in a legacy encoding would turn
    # every accent and curly quote into mojibake. A legacy text almost never forms valid UTF-8
    # sequences by chance, so its bytes come out as replacements and it goes to detection below.
    text = raw.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if not c.isascii()) - bad
    if good >= bad:
        if notes is not None:
            notes.append(DecodeWarning(name, f"{bad} byte sequence(s) are not valid UTF-8; read as UTF-8 with "
                                             "each replaced by U+FFFD (the rest of the text is kept)"))
        return text
    # charset-normalizer (a trafilatura dependency) scores how plausible each decoding reads;
    # random bytes come back with no match or high chaos, which we refuse rather than guess.
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is not None:
        # Where encodings read equally well (cp1250 and cp1252 for French), the web's commonest
        # legacy encoding wins: WHATWG reads even a declared latin-1 as windows-1252.
        best = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos
                     and m.coherence >= best.coherence), best)
    if best is not None and best.chaos <= 0.1:
        text = str(best)
        # Coherence says the decoding reads as some language; a text of mostly ASCII letters with a
        # few accented ones (too short for coherence) is safe too. Anything else would be a guess.
        ascii_share = sum(c.isascii() and (c.isalnum() or c.isspace()) for c in text) / max(1, len(text))
        if best.coherence > 0.1 or ascii_share > 0.7:
            found = _DECLARED.search(head)
            declared = (found.group(1) or found.group(2)).decode("ascii", "replace") if found else None
            if declared and notes is not None and _codec(declared) != _codec(best.encoding):
                notes.append(DecodeWarning(name, f"declares charset {declared} but is not written in it; "
                                                 f"read as {best.encoding} (detected)"))
            return text
    raise IngestError(name, "undecodable bytes: not UTF-8 and no reliable encoding detected")


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                       re.IGNORECASE)


def _codec(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def article_from_text(name: str, text: str, *, published: str | None = None, **meta) -> Article:
    """An Article from clean text: id, title guess, language, provenance (credit and commentary)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError(name, "no text (only whitespace)")
    if _control_ratio(text) > 0.05:
        raise IngestError(name, "binary file (control characters), not text")
    if not meta.get("outlet") and meta.get("url"):
        # A page that names no publisher is its site's: "news.example" tells a reader more than
        # the file or feed it came through, and credits two pages of one site to one outlet.
        host = (urlsplit(meta["url"]).hostname or "").removeprefix("www.")
        meta["outlet"] = host or None
    title = meta.pop("title", None) or _guess_title(text)
    title = " ".join(title.split()) if title else None
    if not meta.get("language"):
        from ..language import MIN_WORDS, detect_language

        meta["language"] = detect_language(text) if len(text.split()) >= MIN_WORDS else None
    return Article(
        id=content_id(text), text=text, source=name, title=title, published=published,
        provenance=detect_provenance(text), **meta,
    )


def article_from_html(name: str, raw: bytes | str, *, published: str | None = None, url: str | None = None,
                      fallback_date: str | None = None, outlet: str | None = None,
                      notes: list[IngestError] | None = None) -> Article:
    """A web page's article (bytes, or text already decoded). `published` (the user's) wins over
    the page's own date, which wins over `fallback_date` (a feed entry's or crawl's date); `url`
    is where it was fetched. A decoding warning goes to `notes`."""
    import trafilatura

    html = raw if isinstance(raw, str) else decode(name, raw, notes)
    # Precision first (codebook 1.2): no tables, links, images or comments, and trafilatura's
    # stricter pruning of side content; then what is left of the page's furniture (furniture.py).
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      include_links=False, include_images=False, favor_precision=True,
                                      output_format="python")
    if doc is not None and doc.text:
        doc.text = strip_furniture(doc.text)
    words = len((getattr(doc, "text", None) or "").split()) if doc is not None else 0
    # trafilatura's fallbacks return menus and link text from pages without an article; a
    # report is longer than a navigation bar.
    if words < MIN_HTML_WORDS:
        raise IngestError(name, f"HTML page with no article text ({words} words of page furniture)")
    date = getattr(doc, "date", None)
    page_date = date if date and _DATE_RE.match(date) else None
    # The headline is the report's first sentence, often its clearest telling of the event: the
    # text a coder reads starts with it, as a printed article does.
    text = doc.text
    title = (doc.title or "").strip()
    if title and not text.lstrip().startswith(title[:40]):
        text = f"{title}\n\n{text}"
    return article_from_text(
        name, text, published=published or page_date or fallback_date,
        title=doc.title, author=doc.author, outlet=doc.sitename or outlet, url=url or doc.url,
        canonical_url=doc.url or url,
    )


_JSONL_STRINGS = ("id", "url", "outlet", "title")


def _read_jsonl(name: str, text: str) -> Iterator[Article | IngestError]:
    from ..store.query import QueryError, check_date

    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield IngestError(where, "JSON line has no \"text\" string")
            continue
        wrong = [k for k in _JSONL_STRINGS if obj.get(k) is not None and not isinstance(obj[k], str | int)]
        if wrong:
            yield IngestError(where, f"\"{wrong[0]}\" must be a string, not {type(obj[wrong[0]]).__name__}")
            continue
        published = obj.get("published")
        if published is not None:
            try:
                published = check_date("published", published)
            except QueryError:
                yield IngestError(where, f"\"published\" is not an ISO date: {published!r}")
                continue
        obj.update({k: str(obj[k]) for k in _JSONL_STRINGS if isinstance(obj.get(k), int)})
        try:
            art = article_from_text(where, obj["text"], published=published,
                             title=obj.get("title"), url=obj.get("url"), outlet=obj.get("outlet"),
                             canonical_url=obj.get("url"))
        except IngestError as exc:
            yield exc
            continue
        art.doc = str(obj.get("id") or obj.get("url") or where.rsplit("/", 1)[-1])
        yield art


def _guess_title(text: str) -> str | None:
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return first if 0 < len(first) <= 200 and not first.endswith((".", ":")) else None


def _control_ratio(text: str) -> float:
    sample = text[:_SNIFF]
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v")
    return bad / max(1, len(sample))
