"""Where things live: one rule for every command.

The database is `--db PATH`, else `$CONFLICTATLAS_DB`, else `conflictatlas.db` under the user's
data directory. Derived data (the gazetteer index) lives under the user's cache directory, or
`$CONFLICTATLAS_CACHE` when set (tests and CI point it at a shared folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "conflictatlas"


def db_path(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("CONFLICTATLAS_DB")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP)) / "conflictatlas.db"


def cache_dir() -> Path:
    env = os.environ.get("CONFLICTATLAS_CACHE")
    path = Path(env).expanduser() if env else Path(platformdirs.user_cache_dir(APP))
    path.mkdir(parents=True, exist_ok=True)
    return path
