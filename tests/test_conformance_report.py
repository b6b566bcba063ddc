"""A run says whether the OpenAPI and manifest checks ran: how much they checked, or why not."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.openapi_spec import REPO_ROOT, requires_spec
from tests.slack_manifest_schema import requires_schema

SAMPLE = ["tests/clio/test_faults.py", "tests/test_manifest.py"]  # Clio traffic and manifests


def run(**env: str) -> str:
    """A small pytest run in a fresh interpreter, with `env` added; its output."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *SAMPLE],
        cwd=REPO_ROOT,
        env=os.environ | env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    return done.stdout


@requires_spec
@requires_schema
def test_a_run_says_how_much_was_checked():
    said = run()
    checked = re.search(r"OpenAPI conformance: (\d+) requests and \d+ responses checked", said)
    assert checked is not None, said[-1000:]
    assert int(checked.group(1)) > 0
    assert re.search(r"Slack manifest schema: [1-9]\d* manifests checked", said), said[-1000:]


def test_a_run_without_the_spec_or_schema_says_so_and_why(tmp_path):
    missing = tmp_path / "clio-openapi.json"
    said = run(CLIO_OPENAPI_PATH=str(missing), SLACK_MANIFEST_SCHEMA_DIR=str(tmp_path))
    assert f"OpenAPI conformance: SKIPPED, Clio OpenAPI spec not found at {missing}" in said
    skipped = re.search(r"\((\d+) checks of a test's Clio traffic skipped\)", said)
    assert skipped is not None, said[-1000:]
    assert int(skipped.group(1)) > 0
    assert (
        f"Slack manifest schema: SKIPPED, Slack's manifest schema not found in {tmp_path}" in said
    )
