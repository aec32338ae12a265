"""The web app: ``create_app(store_url)`` gives a read-only FastAPI app over a store, its pages and its JSON API.

    uvicorn.run(create_app("sqlite:///conflictgraph.db"), host="127.0.0.1", port=8765)

Safe by default: only GET routes; every stored string is escaped by the templates (autoescape is on and no
template marks stored text safe); scripts are files, and the Content-Security-Policy forbids inline ones; the
only files served are the package's own static files; requests naming another host are refused, so a page
elsewhere cannot reach the app through DNS rebinding.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..brief.words import day
from ..store import Store
from . import api_routes, brief_page, pages
from .cache import ResponseCache
from .cache import warm as warm_cache
from .shared import SharedAnswers

HERE = Path(__file__).parent
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
           (b"x-frame-options", b"DENY"), (b"cross-origin-opener-policy", b"same-origin")]


class SecurityHeaders:
    """Adds the Content-Security-Policy (unless a route set its own) and the other protective headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [h for h in HEADERS if h[0] not in names]
                if scope["path"].startswith("/static/"):
                    headers.append((b"cache-control", b"public, max-age=3600"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def templates() -> Jinja2Templates:
    briefing = HERE.parent / "brief" / "templates"  # the briefing's body, shared with `conflictgraph brief`
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([HERE / "templates", briefing]), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(qs=query_string, version=__version__, day=day)
    env.filters.update(plural=plural, support=support_text)
    return Jinja2Templates(env=env)


def query_string(params: dict | None = None, **more) -> str:
    """``?a=1&b=2`` of the non-empty values (``more`` overrides ``params``), or '' when none is left."""
    merged = {**(params or {}), **more}
    kept = {k: v for k, v in merged.items() if v not in (None, "") and not (k == "offset" and v == 0)}
    return "?" + urlencode(kept) if kept else ""


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def support_text(support) -> str:
    """"3 documents, 2 independent sources"."""
    return f"{plural(support.documents, 'document')}, {plural(support.sources, 'independent source')}"


def _docs_page() -> tuple[str, str]:
    """FastAPI's OpenAPI page, served from the vendored Swagger UI, and a policy that allows its inline script
    by hash."""
    page = get_swagger_ui_html(openapi_url="/openapi.json", title="conflictgraph API",
                               swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                               swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                               swagger_favicon_url="/static/favicon.svg")
    body = bytes(page.body).decode()
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
                      for script in re.findall(r"<script>(.*?)</script>", body, re.S))
    policy = CSP.replace("script-src 'self'", f"script-src 'self' {hashes}").replace(
        "style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return body, policy


# The pages the navigation links to, and the answers those pages load: every visitor opens them. A server
# (`serve`, each of its worker processes) computes them before it takes its first request, so that no visitor
# waits for a map or a network of the whole store while others queue behind it.
FRONT_PAGES = ["/", "/events", "/map", "/network", "/actors", "/documents", "/api/timeline", "/api/network",
               "/api/events.geojson"]


# Python's cycle collector, in a serving process: a full collection walked everything the process had loaded
# (its modules, the store's metadata: some 170,000 objects) and stopped every request of the process for 0.3-0.4 s,
# about once every 100 requests (8.4 s of 19 s of CPU over the load benchmark's 833 distinct answers).
GC_THRESHOLDS = (10_000, 10, 10)  # Python's: (700, 10, 10); an answer allocates some 10,000 objects


def settle() -> None:
    """What the process holds once it is ready (modules, metadata, warmed answers) stays for its life: move it out
    of the collector's sight (``gc.freeze``) and collect less often. The serving processes call this once."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def create_app(store_url: str | None = None, *, store: Store | None = None,
               allowed_hosts: Iterable[str] | None = LOCAL_HOSTS, warm: bool = False,
               shared_answers: str | None = None) -> FastAPI:
    """The app over the store at ``store_url`` (or an open ``store``, which the caller then closes).

    ``allowed_hosts``: the Host headers accepted (the loopback names by default); None accepts any. ``warm``:
    answer the :data:`FRONT_PAGES` into the app's cache when it starts, before its first request.
    ``shared_answers``: a folder where the processes of one server share their answers (``shared.py``).
    """
    own = store is None
    opened = Store.open(store_url) if store is None else store

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await warm_cache(app, FRONT_PAGES)
            settle()
        yield
        if own:
            opened.close()

    app = FastAPI(title="conflictgraph", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Read-only JSON API over a conflictgraph store: events, actors, the network, "
                              "documents and their evidence. The web pages use the same endpoints.")
    app.state.store = opened
    app.state.templates = templates()
    app.include_router(api_routes.router)
    app.include_router(pages.router)
    app.include_router(brief_page.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    docs, policy = _docs_page()

    @app.get("/docs", include_in_schema=False)
    def openapi_page() -> HTMLResponse:
        return HTMLResponse(docs, headers={"content-security-policy": policy})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return app.state.templates.TemplateResponse(request, "error.html", {
            "page": None, "status": exc.status_code, "message": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return app.state.templates.TemplateResponse(request, "error.html", {
            "page": None, "status": 400, "message": problems}, status_code=400)

    app.add_middleware(ResponseCache, store=opened, shared=SharedAnswers(shared_answers) if shared_answers else None)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(AllowedHosts, hosts=allowed_hosts)
    return app


def host_of(header: str) -> str:
    """The host of a Host header, without its port: ``[::1]:8765`` -> ``::1``, ``localhost:8765`` -> ``localhost``."""
    if header.startswith("["):
        return header[1:].partition("]")[0].lower()
    return header.rpartition(":")[0].lower() if header.count(":") == 1 else header.lower()


class AllowedHosts:
    """Refuse (400) a request whose Host header names another host; IPv6 addresses come bracketed, with a port.

    Starlette's TrustedHostMiddleware cuts the header at its first colon, which leaves ``[`` of ``[::1]:8765``.
    """

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = {host_of(h) if h.startswith("[") else h.lower() for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            header = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
            if host_of(header) not in self.hosts:
                await PlainTextResponse("Invalid host header", status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/openapi")) or request.url.path.startswith("/static/")
