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
    """Each HTML response of a crawl as an Article. A fault in one record (no target URI, broken
    HTTP headers, an undecodable page) is one IngestError naming the record, and the records after
    it are still read; a file cut short or damaged past some point yields what came before and one
    IngestError saying where it stopped, never a silent partial read."""
    from warcio.archiveiterator import ArchiveIterator

    if _archive_kind(path) is None:
        # warcio reads almost anything leniently, with warnings; a file that does not even start
        # like a WARC or ARC record is refused up front.
        raise IngestError(str(path), "not a readable WARC/ARC file (no WARC/ARC header at its start)")
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise IngestError(str(path), f"cannot read ({exc.strerror})") from None
    with fh:
        # HTTP headers are parsed here, per record (no_record_parse): warcio's own parsing fails
        # inside the iterator on a record it cannot read, which would end the whole file there.
        archive = ArchiveIterator(fh, arc2warc=True, no_record_parse=True)
        records = iter(archive)
        n, end = 0, 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                if _trailing_garbage(fh, end):
                    # A gzip member cut off mid-way ends the iteration without an error.
                    yield IngestError(str(path), f"cut short or damaged after record {n} (byte {end}); "
                                                 f"the {n} record(s) before were read")
                return
            except Exception as exc:  # warcio's ArchiveLoadFailed, zlib and EOF errors alike
                yield IngestError(str(path), f"not readable after record {n} ({_why(exc)}); "
                                             f"the {n} record(s) before were read")
                return
            n += 1
            try:
                yield from _response(path, n, record, published=published, max_bytes=max_bytes)
            except IngestError as exc:
                yield exc
            except Exception as exc:  # a record warcio cannot make sense of: name it, read on
                yield IngestError(f"{path}#record-{n}", f"unreadable WARC record ({_why(exc)})")
            if _cut_short(record):
                yield IngestError(str(path), f"cut short in record {n}: the file ends before the record does; "
                                             f"the {n - 1} record(s) before were read")
                return
            archive.read_to_end(record)
            end = archive.get_record_offset() + archive.get_record_length()


def _why(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def _trailing_garbage(fh, end: int) -> bool:
    """Bytes left after the last whole record that are not the blank lines records end with."""
    fh.seek(end)
    rest = fh.read(1 << 16)
    return bool(rest.strip(b"\r\n \t\x00"))


def _cut_short(record) -> bool:
    """True when the file ended before the record's declared length (read to its end first)."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0) > 0  # warcio's LimitReader counts down what was promised


def _response(path: Path, n: int, record, *, published: str | None, max_bytes: int
              ) -> Iterator[Article | IngestError]:
    from warcio.statusandheaders import StatusAndHeadersParser

    from .readers import article_from_html

    if record.rec_type != "response":
        return
    url = record.rec_headers.get_header("WARC-Target-URI")
    if not url:
        raise IngestError(f"{path}#record-{n}", "response record without a WARC-Target-URI")
    if not url.lower().startswith(("http:", "https:")):
        return  # dns:, ftp: and the like carry no web page
    where = f"{path}#{url}"
    try:
        record.http_headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False).parse(record.raw_stream)
    except EOFError:
        raise IngestError(where, f"cut short in record {n}: the file ends inside its HTTP headers") from None
    except Exception as exc:
        raise IngestError(where, f"unreadable HTTP headers in the WARC record ({_why(exc)})") from None
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != "200" or "html" not in ctype:
        return
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise IngestError(where, f"page too large (over {max_bytes / 1e6:.0f} MB)")
    if _cut_short(record):
        return  # the caller reports the cut; half a page is not an article
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    notes: list[IngestError] = []
    article = article_from_html(where, raw, published=published, url=url, fallback_date=warc_date, notes=notes)
    yield from notes
    yield article
