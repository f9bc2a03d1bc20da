"""The package as users meet it: a lean import, a pinned public API, one-way layers."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import importlib.metadata
import importlib.resources
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rulegov
import rulegov.graph

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
    "Diagnostics",
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


def _public_objects() -> dict[str, object]:
    """One object of each public type a notebook shows, from the reference plan and scheme."""
    plan = rulegov.datasets.yancheng_2023()
    parsed = rulegov.parse_plan(rulegov.datasets.yancheng_2023_text(), source="yancheng.txt")
    scheme = rulegov.datasets.yancheng_2023_scheme()
    data, categories = rulegov.datasets.yancheng_2023_appraisal()
    evaluation = rulegov.evaluate(scheme, data, categories=categories)
    explanation = evaluation.explain("justice-bureau")
    calendar = rulegov.Calendar.china(2023, 2024)
    graph = rulegov.TaskGraph.from_plan(plan, calendar=calendar)
    schedule = graph.schedule(start=plan.issued_on, calendar=calendar)
    task = plan.task("4")
    return {
        "Plan": plan,
        "Plan (parsed)": parsed,
        "Section": plan.sections[0],
        "Task": task,
        "Measure": task.measures[0],
        "Assignment": task.assignments[0],
        "Target": task.targets[0],
        "TimeFrame": plan.tasks[0].timeframe,
        "Unit": plan.units[2],
        "CoordinationGroup": plan.coordination_groups[0],
        "Assessment": plan.assessments[0],
        "Subject": plan.assessments[0].subjects[0],
        "Citation": plan.cited_documents[0],
        "Notice": plan.notice,
        "Period": plan.period,
        "SourceText": plan.source,
        "Span": task.span,
        "Dependency": plan.dependencies[0],
        "Diagnostic": parsed.diagnostics[0],
        "Diagnostics": rulegov.Diagnostics(parsed.diagnostics),
        "Scheme": scheme,
        "Node": scheme.root,
        "Evaluation": evaluation,
        "Explanation": explanation,
        "NodeExplanation": explanation.root,
        "RankInterval": rulegov.rank_uncertainty(scheme, data, categories=categories, runs=5)[0],
        "PlanIndicators": importlib.import_module("rulegov.evaluate").plan_indicators(
            plan, on=dt.date(2023, 12, 31)
        ),
        "Calendar": calendar,
        "TaskGraph": graph,
        "Schedule": schedule,
        "TaskDates": schedule.dates("t1"),
        "Overview": rulegov.graph.plan_overview(plan),
        "PlanStatus": rulegov.status(plan, as_of=dt.date(2023, 9, 1)),
        "PlanComparison": rulegov.compare(plan, parsed),
    }


def test_every_public_object_has_a_short_one_line_repr():
    lengths = {name: len(repr(value)) for name, value in _public_objects().items()}
    assert {name: n for name, n in lengths.items() if n > 250} == {}
    for name, value in _public_objects().items():
        assert "\n" not in repr(value), name


def test_short_reprs_name_the_object_and_keep_the_data_whole():
    objects = _public_objects()
    assert repr(objects["Plan"]) == (
        "Plan(id='yancheng-2023', title='中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划', "
        "sections=5, tasks=16, units=11, coordination_groups=3, assessments=16, diagnostics=0)"
    )
    assert repr(objects["Task"]) == (
        "Task(id='t4', number='4', title='严格落实法治建设责任制', units=1, measures=3, targets=1)"
    )
    assert repr(objects["Evaluation"]) == (
        "Evaluation(scheme='yancheng-2023-appraisal', units=6, nodes=22, first='justice-bureau')"
    )
    plan = objects["Plan"]
    assert rulegov.Plan.model_validate(plan.model_dump()) == plan
    assert len(plan.model_dump_json()) > 30_000


def test_import_rulegov_loads_no_model_until_a_name_is_used():
    loaded = modules_after("import rulegov")
    assert [name for name in loaded if name.startswith(("pydantic", "rulegov."))] == []
    loaded = modules_after("import rulegov; rulegov.Plan")
    assert "rulegov.model" in loaded
    assert "rulegov.evaluate" not in loaded


@pytest.mark.slow
def test_the_reference_plan_loads_without_the_evaluation_models():
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023()")
    assert "rulegov.evaluate" not in loaded
    assert "networkx" not in loaded
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023_scheme()")
    assert "rulegov.evaluate" in loaded


def test_the_help_loads_no_model():
    loaded = modules_after(
        "import contextlib, io\nfrom rulegov.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main(['--help'])"
    )
    assert [name for name in loaded if name.startswith("pydantic")] == []
    assert "rulegov.model" not in loaded


def test_dir_lists_every_public_name_before_it_loads():
    code = "import rulegov, json; print(json.dumps(dir(rulegov)))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert set(PUBLIC_API) <= set(json.loads(output))


def test_rulegov_evaluate_stays_the_function_when_the_subpackage_loads():
    code = (
        "import rulegov.evaluate, rulegov, types\n"
        "assert callable(rulegov.evaluate) and not isinstance(rulegov.evaluate, types.ModuleType)\n"
        "from rulegov import evaluate\n"
        "assert evaluate is rulegov.evaluate\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
