"""The HTTP API and the map page (FastAPI): a thin shell over the Store.

Read-only unless a token is configured (`--token` or $CONFLICTATLAS_TOKEN); then the write
endpoints take `Authorization: Bearer TOKEN`. Every error is one JSON shape:
`{"error": {"code": "E410", "message": "..."}}` with a 4xx status (5xx only when the database
cannot be used). The OpenAPI schema is at /openapi.json (the interactive docs pages need a CDN,
so they are off: the map works offline).
"""


import hmac
import logging
import os
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .errors import ConflictAtlasError, ReadOnly, RequestError, Unauthorized
from .export import geojson_feature
from .geo.outlines import country_outlines
from .ingest.readers import MAX_BYTES
from .store import EventQuery, Store
from .store.query import MAX_INT, check_date, parse_bbox

MAX_LIMIT = 1000
# Where `conflictatlas serve` leaves its settings for worker processes (app_from_env).
SERVE_ENV = {"db": "CONFLICTATLAS_SERVE_DB", "tiles": "CONFLICTATLAS_SERVE_TILES"}
log = logging.getLogger("conflictatlas.api")
# HTTP statuses Starlette raises itself (no such route, wrong method), in the project's codes.
_HTTP_CODES = {404: "E404", 405: "E405", 413: "E413"}


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimit:
    """ASGI middleware: a request body over `max_bytes` is refused with 413 as it streams in (the
    CLI's 10 MB input limit, applied to the API), before the app parses any of it. The body is read
    here, at most `max_bytes` of it, and handed on whole."""

    def __init__(self, app, max_bytes: int = MAX_BYTES):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return await self._refuse(send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return await self._refuse(send)
            if not message.get("more_body"):
                break
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send):
        response = _error(413, "E413", f"request body too large (the limit is {self.max_bytes / 1e6:.0f} MB, "
                                       "as for files)")
        await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})


def app_from_env() -> FastAPI:
    """The app `conflictatlas serve` runs, built in each worker process from the environment."""
    db = os.environ.get(SERVE_ENV["db"])
    if not db:
        raise RuntimeError(f"{SERVE_ENV['db']} is not set: start the server with `conflictatlas serve`")
    token = os.environ.get("CONFLICTATLAS_TOKEN") or None
    store = Store(db, create=False, readonly=token is None)
    return create_app(store, token=token, tile_url=os.environ.get(SERVE_ENV["tiles"]) or None)


class IngestRequest(BaseModel):
    text: str | None = Field(None, description="Article text (plain); or give `url` to fetch a page.")
    url: str | None = Field(None, description="Page to fetch politely (robots.txt, size and time limits).")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")


def _static_dir(package: str) -> str:
    import importlib

    return importlib.import_module(package).BASE_DIR


def create_app(store: Store, token: str | None = None, tile_url: str | None = None) -> FastAPI:
    token = token if token is not None else os.environ.get("CONFLICTATLAS_TOKEN") or None
    app = FastAPI(title="Conflict Atlas", version=__version__, docs_url=None, redoc_url=None,
                  description="Sourced, geolocated, deduplicated conflict events from news reports.")

    @app.exception_handler(ConflictAtlasError)
    async def _atlas_error(_request: Request, exc: ConflictAtlasError):
        return _error(exc.http_status, exc.code, str(exc).split("] ", 1)[-1])

    @app.exception_handler(RequestValidationError)
    async def _bad_params(_request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", []) if p not in ("query", "body"))
            parts.append(f"{where}: {e.get('msg')}")
        return _error(400, RequestError.code, "bad parameter(s): " + "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):  # unknown route or method
        message = "no such endpoint; see /openapi.json" if exc.status_code == 404 else str(exc.detail)
        return _error(exc.status_code, _HTTP_CODES.get(exc.status_code, RequestError.code), message)

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception):
        # A fault of ours, not the caller's: still the one JSON shape (the traceback goes to the log).
        log.exception("internal error")
        return _error(500, "E500", f"internal error ({exc.__class__.__name__}); the server log has the details")

    def query(
        since: Annotated[str | None, Query(description="Events on or after YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(description="Events on or before YYYY-MM-DD")] = None,
        country: Annotated[str | None, Query(description="ISO alpha-2/alpha-3 code or English name")] = None,
        actor: Annotated[str | None, Query(description="An actor's name or alias (ISIS) or part of a name, "
                                                   "either side")] = None,
        type: Annotated[str | None, Query(description="PLOVER event type, e.g. ASSAULT")] = None,
        status: Annotated[str | None, Query(description="occurred, ongoing, planned, threatened, hypothetical, "
                                                    "denied; several comma-separated, or all")] = None,
        bbox: Annotated[str | None, Query(description="west,south,east,north in degrees: events at a point, town "
                                                  "or district inside it; west > east crosses the antimeridian")] = None,
        min_corroboration: Annotated[int | None, Query(description="At least this many independent outlets")] = None,
        min_confidence: Annotated[float | None, Query(description="Events with a mention at least this confident, "
                                                      "0 to 1 [default: the gate's threshold, as /api/config "
                                                      "says]")] = None,
        as_of: Annotated[str | None, Query(description="What had been published by then: YYYY-MM-DD or a timestamp")] = None,
    ) -> EventQuery:
        from .nlp.gate import default_min_confidence

        return EventQuery(since=since, until=until, country=country, actor=actor, type=type, status=status,
                          bbox=parse_bbox(bbox) if bbox is not None else None, as_of=as_of,
                          min_corroboration=min_corroboration,
                          min_confidence=default_min_confidence() if min_confidence is None else min_confidence,
                          ).checked()

    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise ReadOnly("this server is read-only: start it with --token (or $CONFLICTATLAS_TOKEN) to allow writes")
        # RFC 7235: the scheme is case-insensitive ("bearer" is Bearer); a bare token is not a credential.
        scheme, _, given = (authorization or "").strip().partition(" ")
        given = given.strip()
        if scheme.lower() != "bearer" or not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise Unauthorized("a valid 'Authorization: Bearer TOKEN' header is required for writes")

    @app.get("/api/events", summary="Events, filtered and paginated, as JSON or GeoJSON")
    def events(q: Annotated[EventQuery, Depends(query)],
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
               offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
               format: Annotated[Literal["json", "geojson"], Query()] = "json"):
        q.limit, q.offset = limit, offset
        rows = store.events(q)
        total = store.count_events(q)
        page = {"total": total, "limit": limit, "offset": offset,
                "next_offset": offset + limit if offset + limit < total else None}
        if format == "geojson":
            return {"type": "FeatureCollection", **page, "features": [geojson_feature(e) for e in rows]}
        return {**page, "events": rows}

    @app.get("/api/events/{event_id}", summary="One event with its mentions, sources, quotes and evidence")
    def event(event_id: str):
        return store.event(event_id)

    @app.get("/api/timeline", summary="Events per day, by status, for the timeline")
    def timeline(q: Annotated[EventQuery, Depends(query)]):
        return {"days": store.daily_counts(q)}

    @app.get("/api/articles", summary="Stored articles, newest first")
    def articles(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
                 offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0):
        return {"articles": store.articles(limit=limit, offset=offset)}

    @app.get("/api/articles/{article_id}", summary="One article with its text and provenance")
    def article(article_id: str):
        return store.article(article_id)

    @app.get("/api/actors", summary="Actors by number of events")
    def actors(limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100):
        return {"actors": store.actors(limit=limit)}

    @app.get("/api/config", summary="What the map page needs to know")
    def config():
        from .nlp.gate import default_min_confidence

        return {"version": __version__, "tile_url": tile_url, "writable": token is not None,
                "min_confidence": default_min_confidence()}

    @app.get("/api/basemap", summary="Country outlines for the offline basemap (GeoJSON)")
    def base():
        return country_outlines()

    @app.post("/api/ingest", summary="Ingest one article (text or URL); needs the token",
              dependencies=[Depends(require_token)])
    def ingest(body: IngestRequest):
        from .pipeline import ingest_items

        if not (body.text or body.url):
            raise RequestError("give 'text' or 'url'")
        published = check_date("published", body.published) if body.published else None
        if body.text:
            from .ingest.readers import article_from_text

            item = article_from_text(body.url or "api", body.text, published=published, url=body.url,
                                     outlet=body.outlet, title=body.title)
        else:
            from .ingest.fetch import Fetcher, public_address
            from .ingest.readers import article_from_html

            # A URL a client sends is fetched from the server's network: public addresses only (SSRF).
            with Fetcher(timeout=20, min_interval=0, allow_address=public_address) as f:
                page = f.get(body.url)
            item = article_from_html(body.url, page.content, published=published, url=page.url,
                                     outlet=body.outlet)
        report = ingest_items([item], store)
        if report.problems:
            raise RequestError(str(report.problems[0]).split("] ", 1)[-1])
        log.info("ingested %s via the API: %d new, %d mention(s)", item.id, report.added, report.mentions)
        return {"article_id": item.id, "added": report.added, "mentions": report.mentions}

    app.add_middleware(BodyLimit)
    web = Path(str(resources.files("conflictatlas") / "web" / "static"))
    app.mount("/static", StaticFiles(directory=web), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=_static_dir("xstatic.pkg.leaflet")), name="leaflet")
    app.mount("/vendor/markercluster", StaticFiles(directory=_static_dir("xstatic.pkg.leaflet_markercluster")),
              name="markercluster")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(web / "index.html", headers={
            "Content-Security-Policy": "default-src 'self'; img-src 'self' data: https: http:; "
                                       "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'"})

    return app
