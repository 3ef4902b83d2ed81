"""The lockfiles pin what pyproject.toml asks for.

Installs (`make run`, `make test`, CI) come from the hash-pinned lockfiles only, so a dependency added to or
narrowed in pyproject.toml without `make lock` would silently not be installed, or be installed at a version the
project does not accept. This check needs no network: it compares the two files.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\]+)", re.MULTILINE)


def pins(lockfile):
    return {canonicalize_name(name): version for name, version in PIN.findall((ROOT / lockfile).read_text())}


def requirements(*extras):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    listed = list(project["dependencies"])
    for extra in extras:
        listed += project["optional-dependencies"][extra]
    return [Requirement(text) for text in listed]


@pytest.mark.parametrize(("lockfile", "extras"), [("requirements.lock", ()), ("requirements-dev.lock", ("dev",))])
def test_every_declared_dependency_is_pinned_within_its_range(lockfile, extras):
    pinned = pins(lockfile)
    problems = []
    for requirement in requirements(*extras):
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name} is not in {lockfile}")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} in {lockfile} is outside {requirement.specifier}")
    assert not problems, "run `make lock`: " + "; ".join(problems)


def test_every_pin_carries_a_hash():
    for lockfile in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / lockfile).read_text()
        for block in re.split(r"\n(?=[A-Za-z0-9])", text.split("\n\n", 1)[-1]):
            if PIN.match(block):
                assert "--hash=sha256:" in block, f"{block.splitlines()[0]} in {lockfile} has no hash"
