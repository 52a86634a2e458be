"""The FastAPI application: REST API under ``/api``, the explorer page at ``/``.

Everything the browser loads comes from this server (no CDN), so the page and the
API docs work offline and a strict Content-Security-Policy can forbid inline and
foreign scripts: article text is untrusted, and if rendering ever slipped, the CSP
is the second wall that keeps a scraped ``<script>`` from running.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from dragoman.web.api import StoreAccess, router

STATIC_DIR = Path(str(resources.files("dragoman.web") / "static"))

#: No inline script or style, nothing from elsewhere; images may be data: URIs (Swagger UI icons).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path: str | Path, *, queries: Any | None = None) -> FastAPI:
    """Build the app over one store file, opened read-only.

    ``queries`` replaces :mod:`dragoman.store.queries` (same function names and
    signatures); tests use it to run the API over an in-memory store.
    """
    db_path = Path(db_path)
    if queries is None and not db_path.exists():
        raise FileNotFoundError(f"no store at {db_path} (create one with `dragoman ingest`)")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.store.close()

    from dragoman import __version__
    app = FastAPI(
        title="dragoman", version=__version__, lifespan=lifespan,
        description=("Actors, PLOVER/CAMEO events, quotes and the evidence behind each, from the "
                     "dragoman store. Every event lists its mentions: the article, sentence and "
                     "character span that support it, with certainty and attribution."),
        docs_url=None, redoc_url=None,  # /docs is served from vendored Swagger UI below (CSP-safe, offline)
    )
    app.state.store = StoreAccess(db_path, queries)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        # A store failure is reported as JSON (with the security headers), never a bare traceback.
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500,
                            headers=SECURITY_HEADERS)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "docs.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")

    return app
