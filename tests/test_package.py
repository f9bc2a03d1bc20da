"""The package as users meet it: a lean import, a pinned public API, one-way layers."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.resources
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rulegov

PUBLIC_API = [
    "Assessment",
    "AssessmentKind",
    "Assignment",
    "Attachment",
    "Calendar",
    "CalendarWarning",
    "Citation",
    "Comparator",
    "CoordinationGroup",
    "Deliverable",
    "Dependency",
    "DependencyCycleError",
    "DependencyOrigin",
    "DependencyType",
    "Diagnostic",
    "Direction",
    "DocNumber",
    "DocumentFormat",
    "DocumentKind",
    "DuplicateIdError",
    "Evaluation",
    "EvaluationError",
    "Frame",
    "FrameNote",
    "Frequency",
    "Indicator",
    "InvalidSchemeError",
    "Issue",
    "LagUnit",
    "Measure",
    "Membership",
    "MissingExtraError",
    "Notice",
    "NoticeVerb",
    "ParseError",
    "Period",
    "Plan",
    "PlanKind",
    "ProgressReport",
    "Role",
    "RulegovError",
    "RulegovWarning",
    "Schedule",
    "ScheduleError",
    "Scheme",
    "Secrecy",
    "SecrecyLevel",
    "Section",
    "SectionKind",
    "Severity",
    "SourceText",
    "Span",
    "Subject",
    "SubjectKind",
    "Target",
    "Task",
    "TaskGraph",
    "TaskStatus",
    "TimeFrame",
    "TimingKind",
    "Unit",
    "UnitKind",
    "UnitLevel",
    "UnknownReferenceError",
    "Urgency",
    "ValidationError",
    "compare",
    "datasets",
    "evaluate",
    "format_plan",
    "parse_plan",
    "parse_scheme",
    "plan_json_schema",
    "rank_uncertainty",
    "read_plan",
    "read_plans",
    "read_scheme",
    "scheme_json_schema",
    "status",
    "write_plan",
]

OPTIONAL_OR_HEAVY = [
    "networkx",
    "pandas",
    "pyarrow",
    "openpyxl",
    "docx",
    "numpy",
    "scipy",
    "hypothesis",
]


def modules_after(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(output))


def test_public_api_is_exactly_this():
    assert rulegov.__all__ == PUBLIC_API
    assert sorted(rulegov.__all__) == rulegov.__all__
    for name in PUBLIC_API:
        assert getattr(rulegov, name) is not None


def test_version_comes_from_the_package_metadata():
    assert rulegov.__version__ == importlib.metadata.version("rulegov")


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = rulegov.Nope  # type: ignore[attr-defined]


def test_import_rulegov_is_lean():
    loaded = modules_after("import rulegov")
    heavy = [name for name in OPTIONAL_OR_HEAVY if name in loaded]
    assert heavy == []


# Imports point one way: errors <- model <- parse, graph <- evaluate <- io <- cli (STYLE.md).
# Each layer may import the layers listed for it, and nothing above.
ALLOWED = {
    "errors": set(),
    "model": {"errors"},
    "parse": {"errors", "model"},
    "graph": {"errors", "model"},
    "evaluate": {"errors", "model", "graph"},
    "datasets": {"errors", "model", "evaluate"},
    "tracking": {"errors", "model", "graph"},
    "io": {"errors", "model", "parse", "graph", "evaluate", "datasets", "tracking"},
}
SRC = Path(rulegov.__file__).parent


def layer_of(path: Path) -> str:
    relative = path.relative_to(SRC)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def rulegov_imports(path: Path) -> set[str]:
    """The first-level rulegov modules a file imports, at any depth (function-local included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "rulegov" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer):
    files = [p for p in SRC.rglob("*.py") if layer_of(p) == layer]
    wrong = {
        str(p.relative_to(SRC)): sorted(rulegov_imports(p) - ALLOWED[layer] - {layer, "_version"})
        for p in files
    }
    assert {name: bad for name, bad in wrong.items() if bad} == {}


def test_the_parser_loads_on_first_use():
    assert "rulegov.parse" not in modules_after("import rulegov")
    assert "rulegov.io" not in modules_after("import rulegov")
    loaded = modules_after("import rulegov; rulegov.parse_plan")
    assert "rulegov.parse._parser" in loaded
    assert "networkx" not in loaded


def test_the_model_does_not_load_networkx():
    assert "networkx" not in modules_after("import rulegov.model; import rulegov.datasets")


def test_typed_package_marker_is_shipped():
    assert importlib.resources.files("rulegov").joinpath("py.typed").is_file()


def test_published_schemas_match_the_code():
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_schemas.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_changelog_names_the_release():
    changelog = (Path(__file__).resolve().parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = [line.split()[1] for line in changelog.splitlines() if line.startswith("## [")]
    assert releases[0] == "[Unreleased]"
    assert releases[1] == f"[{rulegov.__version__}]"
