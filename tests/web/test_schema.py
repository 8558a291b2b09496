"""Schemathesis against the OpenAPI description: generated requests to every operation
get an answer the description documents (status, content type, body), and never a
server error. Bounded: a few dozen examples per operation."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from zopa.examples import example_path
from zopa.store.cases import create_case
from zopa.store.db import connect
from zopa.web import create_app

_FOLDER = Path(tempfile.mkdtemp(prefix="zopa-schema-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
_DB = connect(f"sqlite:///{_FOLDER / 'zopa.db'}")
create_case(_DB, example_path().read_text(encoding="utf-8"), note="seed")

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_DB))


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms_to_its_description(case: schemathesis.Case) -> None:
    # Every other default check applies. "Schema-valid data is accepted" cannot: whether a
    # scenario is valid (a weight names an issue that exists, a red line one of the
    # party's) is the format's business, not JSON Schema's, and is answered with 422 and
    # the format's message (tested in test_api.py).
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
