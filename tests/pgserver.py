"""A throwaway PostgreSQL server for the tests and the benches.

`PgServer().start()` runs initdb in a fresh temporary folder and starts the server on 127.0.0.1 only
(a free port, its socket in that folder), `database()` creates an empty database and returns its
URL, `stop()` stops the server and removes the folder. The binaries are Debian's (`apt-get install
postgresql`, which `quickstart.py test` does), found under /usr/lib/postgresql/<version>/bin, or
those named by $CONFLICTATLAS_PG_BINDIR, or pg_ctl on the PATH. The server runs as the `postgres`
user when we are root (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class NoServer(RuntimeError):
    """No PostgreSQL server can be started here; the message says why and what to install."""


def find_bindir() -> Path:
    env = os.environ.get("CONFLICTATLAS_PG_BINDIR")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    raise NoServer("no PostgreSQL server binaries (pg_ctl, initdb): install Debian's postgresql "
                   "(`apt-get install postgresql`; `python3 quickstart.py test` does) or set CONFLICTATLAS_PG_BINDIR")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, *, durable: bool = False, settings: dict[str, str] | None = None):
        self.bindir = find_bindir()
        self.durable = durable  # fsync and synchronous commit on (benches); off for tests
        self.settings = settings or {}  # more server settings, e.g. {"log_min_duration_statement": "20"}
        self.dir: Path | None = None
        self.port = 0
        self.user = "atlas"
        self._as: str | None = None

    def _run(self, *args: str) -> None:
        res = subprocess.run([str(self.bindir / args[0]), *args[1:]], capture_output=True, text=True, cwd=self.dir,
                             user=self._as, timeout=120, check=False)
        if res.returncode != 0:
            raise NoServer(f"{args[0]} failed: {(res.stderr or res.stdout).strip()[-500:]}")

    def start(self) -> str:
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise NoServer("running as root and there is no `postgres` user to run the server as") from None
            self._as = "postgres"
        self.dir = Path(tempfile.mkdtemp(prefix="conflictatlas-pg-"))
        if self._as:
            shutil.chown(self.dir, self._as)
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", self.user, "--auth=trust", "-E", "UTF8", "--locale=C",
                  *([] if self.durable else ["--no-sync"]))
        self.port = _free_port()
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.dir} "
                "-c max_connections=200 -c shared_buffers=256MB")
        if not self.durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        opts += "".join(f" -c {k}={v}" for k, v in self.settings.items())
        self._run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(self.dir / "server.log"), "-w", "-t", "60", "start")
        return self.url("postgres")

    def url(self, database: str) -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def database(self, prefix: str = "t") -> str:
        """A new, empty database: its URL."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.dir is None:
            return
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")
        except NoServer:
            pass  # never started; the folder goes anyway
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
