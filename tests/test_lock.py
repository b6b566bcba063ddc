"""The lock `make` installs from: every dependency pinned, hashed, and within pyproject's bounds."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
DEPENDENCIES = [  # runtime and dev
    Requirement(text)
    for text in (
        *PROJECT["project"]["dependencies"],
        *PROJECT["project"]["optional-dependencies"]["dev"],
    )
]
DECLARED = [*DEPENDENCIES, *map(Requirement, PROJECT["build-system"]["requires"])]


def pins() -> dict[str, tuple[Version, int]]:
    """Package -> (pinned version, number of hashes) from `requirements.lock`."""
    text = (ROOT / "requirements.lock").read_text().replace("\\\n", " ")
    found: dict[str, tuple[Version, int]] = {}
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        name, _, version = words[0].partition("==")
        hashes = sum(word.startswith("--hash=sha256:") for word in words[1:])
        found[canonicalize_name(name)] = (Version(version), hashes)
    return found


def test_every_locked_package_is_pinned_with_hashes():
    locked = pins()
    assert len(locked) > len(DECLARED)  # the dependencies of dependencies too
    assert locked
    assert all(hashes for _, hashes in locked.values())


@pytest.mark.parametrize("requirement", DECLARED, ids=str)
def test_each_declared_dependency_is_locked_within_its_bounds(requirement):
    version, _ = pins()[canonicalize_name(requirement.name)]
    assert requirement.specifier.contains(version), f"run `make lock`: {requirement} ≠ {version}"


@pytest.mark.parametrize("requirement", DEPENDENCIES, ids=str)
def test_each_dependency_has_an_upper_bound(requirement):
    assert any(spec.operator in ("<", "<=", "==", "~=") for spec in requirement.specifier)
