"""WARC and ARC files (CC-NEWS crawls, web archives): each HTML response becomes an Article.

warcio streams the records, so a multi-gigabyte crawl never sits in memory. Requests, metadata,
redirects, errors and non-HTML payloads are passed over silently (a crawl is mostly those); an
HTML page that cannot be read as an article is reported like any other bad input, by its URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import IngestError
from ..records import Article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _archive_kind(path: Path) -> str | None:
    import gzip

    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as fh:
            start = fh.read(16)
    except (OSError, EOFError):
        return None
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    return None


def read_warc(path: Path, *, published: str | None = None, max_bytes: int) -> Iterator[Article | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .readers import article_from_html

    if _archive_kind(path) is None:
        # warcio reads almost anything leniently, with warnings; a file that does not even start
        # like a WARC or ARC record is refused up front.
        raise IngestError(str(path), "not a readable WARC/ARC file (no WARC/ARC header at its start)")
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise IngestError(str(path), f"cannot read ({exc.strerror})") from None
    with fh:
        try:
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if status != "200" or "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{url}"
                raw = record.content_stream().read(max_bytes + 1)
                if len(raw) > max_bytes:
                    yield IngestError(where, f"page too large (over {max_bytes / 1e6:.0f} MB)")
                    continue
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                try:
                    yield article_from_html(where, raw, published=published, url=url, fallback_date=warc_date)
                except IngestError as exc:
                    yield exc
        except ArchiveLoadFailed as exc:
            yield IngestError(str(path), f"not a readable WARC/ARC file ({str(exc).splitlines()[0]})")
