#!/usr/bin/env python3
"""Set up Conflict Atlas in .venv/ and run it. Needs only python3 (3.11); idempotent.

    python3 quickstart.py          # install, ingest the example article, print its events
    python3 quickstart.py test     # install with test extras (and Debian's chromium and postgresql), run every test

Everything comes from the package registries (PyPI); nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".conflictatlas-installed"
EXAMPLE = ROOT.parent / "shared" / "eval" / "000_a2d6e3adf7c3a122.txt"
EXAMPLE_PUBLISHED = "2016-11-25"  # the Washington Post report it reposts ran in late November 2016
EXAMPLE_DB = ROOT / ".conflictatlas" / "example.db"


def run(*cmd, **kw) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], **kw)


def install(extras: str) -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"quickstart: Python 3.11 is required (this is {sys.version.split()[0]})")
    if not PY.exists():
        print(f"+ python3 -m venv {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    # Reinstall only when the dependencies changed: the stamp holds a hash of pyproject.toml.
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == want:
        return
    spec = f"{ROOT}[{extras}]" if extras else str(ROOT)
    if run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec) != 0:
        sys.exit("quickstart: pip install failed (see above)")
    STAMP.write_text(want + "\n")


def example() -> int:
    install("")
    cli = BIN / "conflictatlas"
    if run(cli, "gazetteer") != 0:
        return 1
    if not EXAMPLE.exists():
        sys.exit(f"quickstart: the example article is expected at {EXAMPLE}")
    # The example database is the demo's own, rebuilt on each run: `ingest` keeps an article it has
    # already stored, so after an upgrade an old file would show the old coder's events.
    for stale in (EXAMPLE_DB, EXAMPLE_DB.with_name(EXAMPLE_DB.name + "-wal"), EXAMPLE_DB.with_name(EXAMPLE_DB.name + "-shm")):
        stale.unlink(missing_ok=True)
    if run(cli, "ingest", EXAMPLE, "--db", EXAMPLE_DB, "--published", EXAMPLE_PUBLISHED) != 0:
        return 1
    rc = run(cli, "events", "--db", EXAMPLE_DB)
    print(f"\nThe database is {EXAMPLE_DB}; query it with:\n  {cli} events --db {EXAMPLE_DB} --format jsonl")
    return rc


def _postgres_installed() -> bool:
    import glob
    import shutil

    return bool(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl") or shutil.which("pg_ctl")
                or os.environ.get("CONFLICTATLAS_PG_BINDIR"))


def debian_packages() -> None:
    """The browser tests drive Debian's chromium (never a downloaded one) and the store tests start
    a PostgreSQL server of their own from Debian's postgresql: install whichever is missing."""
    import shutil

    missing = [pkg for pkg, have in (("chromium", shutil.which("chromium") or os.environ.get("CONFLICTATLAS_CHROMIUM")),
                                     ("postgresql", _postgres_installed())) if not have]
    if not missing:
        return
    if not shutil.which("apt-get"):
        print(f"quickstart: no {' or '.join(missing)} and no apt-get: the tests that need them will say what is missing",
              flush=True)
        return
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if "postgresql" in missing:
        # Only the binaries: the tests start a server of their own on 127.0.0.1 and stop it at the
        # end, so Debian is told not to create (and start) its default cluster.
        run(*prefix, "sh", "-c", "mkdir -p /etc/postgresql-common && { test -e /etc/postgresql-common/createcluster.conf"
            " || echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf; }")
    ok = run(*prefix, "apt-get", "update", "-qq", env=env) == 0
    for pkg, extra in (("chromium", []), ("postgresql", ["--no-install-recommends"])):
        if pkg in missing and not (ok and run(*prefix, "apt-get", "install", "-y", "-qq", *extra, pkg, env=env) == 0):
            print(f"quickstart: could not install {pkg}; the tests that need it will fail with the reason", flush=True)


def test() -> int:
    install("test")
    debian_packages()
    return run(PY, "-m", "pytest", *sys.argv[2:], cwd=ROOT)


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "example"
    if what not in ("example", "test"):
        sys.exit(__doc__)
    sys.exit(example() if what == "example" else test())
