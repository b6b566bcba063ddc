"""Validate Slack app manifests against Slack's published JSON schema (slackapi/manifest-schema).

The schema lives outside this repository: `SCHEMA_DIR` is `$SLACK_MANIFEST_SCHEMA_DIR`, else
`<repo root>/../shared/reference/slack-manifest-schema/` (v0.5.0). Its top file names the versioned
schemas by their GitHub URLs; they are read from the same folder. Tests needing it use the
`requires_schema` marker, which skips them when the folder is absent.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = Path(
    os.environ.get("SLACK_MANIFEST_SCHEMA_DIR")
    or REPO_ROOT.parent / "shared" / "reference" / "slack-manifest-schema"
)
RELEASE = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/"
VERSIONED = ("manifest.schema.1.0.0.json", "manifest.schema.2.0.0.json")

MISSING = f"Slack's manifest schema not found in {SCHEMA_DIR} (it lives outside this checkout)"
requires_schema = pytest.mark.skipif(
    not (SCHEMA_DIR / "manifest.schema.json").is_file(), reason=MISSING
)
CHECKED: list[str] = []  # the manifests checked in this run (`manifest_errors` calls)


def summary() -> str:
    """The run's one-line account, for the terminal summary."""
    if not (SCHEMA_DIR / "manifest.schema.json").is_file():
        return f"Slack manifest schema: SKIPPED, {MISSING}"
    return f"Slack manifest schema: {len(CHECKED)} manifests checked against {SCHEMA_DIR}"


def _read(name: str) -> Any:
    return json.loads((SCHEMA_DIR / name).read_text())


@cache
def _validator(name: str) -> Draft7Validator:
    registry = Registry().with_resources(
        (RELEASE + versioned, Resource.from_contents(_read(versioned), DRAFT7))
        for versioned in VERSIONED
    )
    return Draft7Validator(_read(name), registry=registry)


def manifest_errors(manifest: dict[str, Any]) -> list[str]:
    """Where `manifest` breaks Slack's schema, as `"<path>: <message>"` (none: it is valid).

    The top schema chooses a version by `_metadata.major_version` (1 without it); the errors
    shown are those of that version's schema.
    """
    CHECKED.append(str((manifest.get("display_information") or {}).get("name")))
    if _validator("manifest.schema.json").is_valid(manifest):
        return []
    version = (manifest.get("_metadata") or {}).get("major_version", 1)
    versioned = _validator(VERSIONED[1] if version == 2 else VERSIONED[0])
    errors = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in versioned.iter_errors(manifest)
    ]
    return sorted(errors) or ["(top): matches no version of the schema"]
