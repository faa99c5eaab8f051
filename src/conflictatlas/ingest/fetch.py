"""A polite HTTP fetcher for feeds and article pages (httpx).

Polite: robots.txt is read per host and obeyed (a server error on robots.txt means "do not crawl
now", as the major crawlers read it), requests to one host are spaced by a minimum interval (or
the host's Crawl-delay), and feeds are fetched with conditional GET (ETag / Last-Modified).
Robust: time-outs, a size limit checked on the header and while streaming, and retries with
exponential back-off for time-outs, connection errors and 5xx/429; every failure is one
FetchError naming the URL and the reason.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..errors import IngestError
from .readers import MAX_BYTES

USER_AGENT = f"ConflictAtlas/{__version__} (+https://github.com/conflictatlas; news monitoring, honours robots.txt)"
_RETRY_STATUS = {429, 500, 502, 503, 504}
log = logging.getLogger("conflictatlas.fetch")


class FetchError(IngestError):
    """A URL could not be fetched. `transient` failures are worth trying again later."""

    code = "E110"

    def __init__(self, url: str, reason: str, transient: bool = False):
        self.transient = transient
        super().__init__(url, reason)


@dataclass
class Page:
    url: str
    status: int
    content: bytes
    headers: dict[str, str]

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address on the public Internet: not private, loopback, link-local (169.254.169.254, the
    cloud metadata service), reserved, multicast or unspecified."""
    return ip.is_global and not ip.is_multicast


def check_host(url: str, allowed: Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], bool]) -> None:
    """Refuse a URL whose host resolves to any address `allowed` rejects (checked after DNS, so a
    name pointing at 127.0.0.1 is refused too)."""
    host = urlsplit(url).hostname
    if not host:
        raise FetchError(url, "no host in the URL")
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        raise FetchError(url, f"cannot resolve {host}", transient=True) from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not allowed(ip):
            raise FetchError(url, f"refused: {host} is a non-public address ({ip})")


@dataclass
class Fetcher:
    """`allow_address`: when set (the API's fetches for users), every URL and every redirect is
    checked against it after DNS resolution, and redirects are followed here, one by one."""

    timeout: float = 20.0
    max_bytes: int = MAX_BYTES
    min_interval: float = 1.0  # seconds between two requests to one host
    retries: int = 2
    backoff: float = 1.0  # first retry after this many seconds, then doubling
    user_agent: str = USER_AGENT
    _robots: dict[str, RobotFileParser | str] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    allow_address: Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], bool] | None = None
    max_redirects: int = 5
    _client: httpx.Client | None = None

    def __post_init__(self) -> None:
        self._client = httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=self.allow_address is None,
                                    headers={"User-Agent": self.user_agent})

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- politeness ----------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        interval = self.min_interval
        rp = self._robots.get(host)
        if isinstance(rp, RobotFileParser):
            delay = rp.crawl_delay(self.user_agent)
            if delay:
                interval = max(interval, float(delay))
        last = self._last.get(host)
        if last is not None:
            wait = last + interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()

    def _robots_for(self, url: str) -> RobotFileParser | str:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            robots_url = f"{parts.scheme}://{host}/robots.txt"
            rp = RobotFileParser(robots_url)
            try:
                page = self._request(robots_url, {}, host)
            except FetchError as exc:
                self._robots[host] = f"robots.txt unavailable ({exc.reason}); not fetching from {host} now"
                return self._robots[host]
            if page.status >= 500:
                self._robots[host] = f"robots.txt unavailable (HTTP {page.status}); not fetching from {host} now"
            elif page.status >= 400:
                rp.parse([])  # no robots.txt: everything is allowed
                self._robots[host] = rp
            else:
                rp.parse(page.content.decode("utf-8", "replace").splitlines())
                self._robots[host] = rp
        return self._robots[host]

    def allowed(self, url: str) -> tuple[bool, str | None]:
        rp = self._robots_for(url)
        if isinstance(rp, str):
            return False, rp
        if not rp.can_fetch(self.user_agent, url):
            return False, "disallowed by robots.txt"
        return True, None

    # --- fetching ------------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Page:
        if self.allow_address is None:
            return self._get(url, etag=etag, modified=modified)
        for _ in range(self.max_redirects + 1):
            page = self._get(url, etag=etag, modified=modified)
            location = page.headers.get("location")
            if page.status not in (301, 302, 303, 307, 308) or not location:
                return page
            url = str(httpx.URL(page.url).join(location))
        raise FetchError(url, f"more than {self.max_redirects} redirects")

    def _get(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Page:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) URL")
        if self.allow_address is not None:
            check_host(url, self.allow_address)
        ok, why = self.allowed(url)
        if not ok:
            raise FetchError(url, why or "not allowed", transient=why is not None and "unavailable" in why)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            try:
                page = self._request(url, headers, host)
                if page.status in _RETRY_STATUS:
                    raise FetchError(url, f"HTTP {page.status}", transient=True)
            except FetchError as exc:
                if not exc.transient or attempt >= self.retries:
                    raise
                log.debug("%s: %s; retry %d in %g s", url, exc.reason, attempt + 1, self.backoff * 2 ** attempt)
                time.sleep(self.backoff * 2 ** attempt)
                attempt += 1
                continue
            if page.status >= 400:
                raise FetchError(url, f"HTTP {page.status}")
            return page

    def _request(self, url: str, headers: dict, host: str) -> Page:
        assert self._client is not None
        self._wait_turn(host)
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise FetchError(url, f"too large ({int(length) / 1e6:.1f} MB; the limit is "
                                          f"{self.max_bytes / 1e6:.0f} MB)")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"too large (over the {self.max_bytes / 1e6:.0f} MB limit)")
                    chunks.append(chunk)
                log.debug("GET %s: HTTP %d, %d bytes", url, resp.status_code, size)
                return Page(str(resp.url), resp.status_code, b"".join(chunks), dict(resp.headers))
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self.timeout:g} s", transient=True) from None
        except httpx.TransportError as exc:
            raise FetchError(url, f"connection failed ({exc.__class__.__name__})", transient=True) from None
