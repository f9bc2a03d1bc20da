"""The documentation covers the public API, and the examples stay runnable and clean."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import rulegov

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SUBPACKAGES = (
    "rulegov.datasets",
    "rulegov.evaluate",
    "rulegov.graph",
    "rulegov.io",
    "rulegov.model",
    "rulegov.parse",
    "rulegov.tracking",
)


def _public_names() -> list[tuple[str, str]]:
    """Every public name as (module, name): the root's ``__all__`` and each subpackage's."""
    found = [("rulegov", name) for name in rulegov.__all__]
    for module in SUBPACKAGES:
        found.extend((module, name) for name in importlib.import_module(module).__all__)
    return found


def _documented(page: str) -> set[str]:
    """The last part of every dotted path rendered with a ``::: path`` directive."""
    return {match.rsplit(".", 1)[-1] for match in re.findall(r"^::: ([\w.]+)", page, re.MULTILINE)}


def _mentioned(page: str) -> set[str]:
    """The last part of every name in backticks (`rulegov.ParseError`, `ParseError`)."""
    return {match.rsplit(".", 1)[-1] for match in re.findall(r"`([\w.]+)`", page)}


@pytest.mark.parametrize(("module", "name"), _public_names())
def test_every_public_name_is_in_the_api_reference(module, name):
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    if name in rulegov.errors.__all__:
        # exceptions are rendered on their own page and listed, with a link, in the reference
        assert name in _mentioned(page), f"{module}.{name} is not listed in docs/api.md"
        exceptions = (DOCS / "exceptions.md").read_text(encoding="utf-8")
        assert name in _documented(exceptions), f"{module}.{name} is missing from exceptions.md"
        return
    assert name in _documented(page), (
        f"{module}.{name} is public but docs/api.md has no '::: ...{name}' entry for it"
    )


def test_the_check_finds_a_missing_name():
    page = "::: rulegov.Plan\n::: rulegov.graph.TaskGraph\nsee `rulegov.ParseError`\n"
    assert _documented(page) == {"Plan", "TaskGraph"}
    assert "Section" not in _documented(page)
    assert _mentioned(page) == {"ParseError"}


def test_every_page_is_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(path.name for path in DOCS.glob("*.md"))
    missing = [page for page in pages if f" {page}" not in nav]
    assert not missing, f"pages not in the mkdocs nav: {missing}"


def test_the_notebooks_are_committed_without_outputs():
    notebooks = sorted((ROOT / "examples").glob("*.ipynb"))
    assert notebooks, "no notebook in examples/"
    for path in notebooks:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        assert notebook["metadata"]["kernelspec"]["name"] == "python3", path.name
        for cell in notebook["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [], f"{path.name} holds outputs; clear them"
                assert cell["execution_count"] is None, path.name


@pytest.mark.parametrize("script", sorted(path.name for path in (ROOT / "examples").glob("*.py")))
def test_every_example_script_runs(script):
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / script)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script} printed nothing"
