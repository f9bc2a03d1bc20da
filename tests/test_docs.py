"""The documentation covers the public API, and the examples stay runnable and clean."""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import rulegov

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SUBPACKAGES = (
    "rulegov.datasets",
    "rulegov.evaluation",
    "rulegov.graph",
    "rulegov.io",
    "rulegov.model",
    "rulegov.parse",
    "rulegov.render",
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


def _ci_docs_command(site_dir: Path) -> tuple[list[str], dict[str, str]]:
    """The ``mkdocs build`` line of ``.ci/run`` as argv and environment, building to ``site_dir``."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [
        line for line in script.splitlines() if "mkdocs build" in line and not line.startswith("#")
    ]
    assert len(lines) == 1, f".ci/run should build the docs exactly once: {lines}"
    words = shlex.split(lines[0])
    env = dict(os.environ)
    while "=" in words[0]:
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[:2] == ["mkdocs", "build"], lines[0]
    argv = [str(site_dir) if "$work" in word else word for word in words[2:]]
    return [sys.executable, "-m", "mkdocs", "build", *argv], env


def _build_tiny_site(tmp_path: Path, link: str) -> subprocess.CompletedProcess[str]:
    """Build a one-page mkdocs project whose page links to ``link``, as CI builds the docs."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: tiny\n", encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text(
        f"# Tiny\n\nSee [the other page]({link}).\n", encoding="utf-8"
    )
    (tmp_path / "docs" / "other.md").write_text("# Other\n", encoding="utf-8")
    argv, env = _ci_docs_command(tmp_path / "site")
    return subprocess.run(
        argv, capture_output=True, text=True, check=False, cwd=tmp_path, env=env, timeout=120
    )


def test_the_ci_docs_check_fails_on_a_broken_link(tmp_path):
    done = _build_tiny_site(tmp_path, "missing.md")
    assert done.returncode != 0, f"CI's docs build passed a broken link:\n{done.stderr}"
    assert "missing.md" in done.stderr, done.stderr


def test_the_ci_docs_check_passes_a_sound_site(tmp_path):
    done = _build_tiny_site(tmp_path, "other.md")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    """The documentation site, built from this checkout as CI builds it.

    The tests that read it share an xdist group, so that one worker builds it (the site takes
    seconds to build), not each worker that draws one of them.
    """
    site = tmp_path_factory.mktemp("site")
    argv, env = _ci_docs_command(site)
    done = subprocess.run(
        argv, capture_output=True, text=True, check=False, cwd=ROOT, env=env, timeout=600
    )
    return done, site


SPHINX_ROLE = re.compile(r":(?:class|func|meth|attr|mod|exc|data|obj):")
CODE = re.compile(r"<code>.*?</code>", re.DOTALL)
QUOTE = re.compile(r"<blockquote>.*?</blockquote>", re.DOTALL)


@pytest.mark.slow
@pytest.mark.xdist_group("docs-site")
def test_the_docs_build_strictly_without_warnings(built_site):
    done, site = built_site
    assert done.returncode == 0, done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    assert (site / "api" / "index.html").is_file()


@pytest.mark.slow
@pytest.mark.xdist_group("docs-site")
def test_no_page_shows_a_sphinx_role(built_site):
    _, site = built_site
    pages = sorted(site.glob("**/index.html"))
    assert len(pages) > 10
    # a role quoted as code (`:class:`) is a mention; outside code it is an unrendered reference
    found = {
        str(page.relative_to(site)): SPHINX_ROLE.findall(CODE.sub("", page.read_text("utf-8")))
        for page in pages
    }
    assert not {page: roles for page, roles in found.items() if roles}


@pytest.mark.slow
@pytest.mark.xdist_group("docs-site")
def test_the_api_examples_render_as_code_not_as_quotes(built_site):
    _, site = built_site
    for name in ("api", "exceptions"):
        html = (site / name / "index.html").read_text("utf-8")
        quotes = QUOTE.findall(html)
        assert not [quote for quote in quotes if "&gt;&gt;&gt;" in quote], name
        # `>>>` read as Markdown quote markers leaves the prompts out and nests the quotes
        assert "<blockquote>\n<blockquote>" not in html, name
    api = (site / "api" / "index.html").read_text("utf-8")
    prompts = api.count('<span class="gp">&gt;&gt;&gt; </span>')
    assert prompts > 100, prompts
    # a cross-reference written as [`ValidationError`][rulegov.ValidationError] became a link
    assert re.search(r'href="[^"]*#rulegov\.ValidationError"', api)


SINGULAR_EXAMPLE = re.compile(r"^\s*Example:\s*$", re.MULTILINE)


def _unrendered_docstrings(path: Path) -> list[int]:
    """The lines of the docstrings (module, class, function, attribute) that the API reference
    would render badly: an ``Example:`` section, whose >>> lines mkdocstrings reads as Markdown
    quotes, or a Sphinx role, which it shows raw."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and (SINGULAR_EXAMPLE.search(node.value.value) or SPHINX_ROLE.search(node.value.value))
    ]


def test_docstrings_use_the_sections_and_links_the_api_reference_renders():
    wrong = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "src").rglob("*.py"))
        for line in _unrendered_docstrings(path)
    ]
    assert not wrong, f"write Examples: and [`Name`][rulegov.Name] in {wrong}"


def test_the_docstring_check_finds_both_mistakes(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        '"""A module.\n\nExample:\n    >>> 1\n    1\n"""\n\n'
        'def f():\n    """See :func:`g`."""\n\n'
        'def g():\n    """Fine.\n\n    Examples:\n        >>> 2\n        2\n    """\n',
        encoding="utf-8",
    )
    assert _unrendered_docstrings(module) == [1, 9]
