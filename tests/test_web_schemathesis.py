"""Property-based tests of the REST API against its own OpenAPI schema (schemathesis).

Every operation gets a handful of generated requests (valid and invalid); each
response must be documented (status code, content type) and match its schema, and
nothing may answer 5xx. Bounded so the run takes seconds, not minutes.

The schema is loaded at import (schemathesis parametrizes at collection time), so
the small store is built in a temporary directory that is removed at exit.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from dragoman.web.app import create_app
from web_fixtures import build_store

_TMP = Path(tempfile.mkdtemp(prefix="dragoman-schemathesis-"))
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)
app = create_app(build_store(_TMP / "store.duckdb"))
atexit.register(app.state.store.close)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case) -> None:
    # One documented rule is not expressible in OpenAPI: `since` after `until` is a 422
    # (an analyst's typo should say so, not return an empty list); schema-valid requests
    # may therefore be rejected, so that one check is off. Every other check stays.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
