"""Stage 1: sources -> Article.

`read_sources(paths)` walks files and directories and yields, in a stable order, either an Article
or an IngestError for each input that could not be read, so one bad file never stops a batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import IngestError
from ..records import Article
from .provenance import detect_provenance
from .readers import MAX_BYTES, read_path

__all__ = ["MAX_BYTES", "detect_provenance", "expand_paths", "read_sources"]

_SKIP_DIRS = {".git", "__pycache__", ".venv", "node_modules"}


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | IngestError]:
    """Files named, and files under directories named (recursively, sorted, hidden ones skipped)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield Path(root) / f
        elif path.exists():
            yield path
        else:
            yield IngestError(str(path), "no such file or directory")


def read_sources(paths: Iterable[str | os.PathLike], *, published: str | None = None,
                 max_bytes: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    for item in expand_paths(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield from read_path(item, published=published, max_bytes=max_bytes)
        except IngestError as exc:
            yield exc
        except Exception as exc:
            # A reader's own fault (a library meeting input it was not written for) costs this
            # input, never the batch: the rest of the files are still read and stored.
            text = str(exc).splitlines()[0] if str(exc) else ""
            yield IngestError(str(item), f"unreadable ({exc.__class__.__name__}{': ' + text if text else ''})")
