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

import networkx as nx
import pytest

import rulegov
import rulegov.graph
from scriptfiles import load

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
    "FileFormatError",
    "Frame",
    "FrameNote",
    "Frequency",
    "Indicator",
    "InvalidSchemeError",
    "Issue",
    "LagTimeUnit",
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
    "TimeFrameKind",
    "UndrawableError",
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


# Each subpackage's public names, pinned: a change to one is a change to the API.
SUBPACKAGE_API = {
    "datasets": [
        "yancheng_2023",
        "yancheng_2023_appraisal",
        "yancheng_2023_scheme",
        "yancheng_2023_text",
    ],
    "errors": [
        "CalendarWarning",
        "DependencyCycleError",
        "DuplicateIdError",
        "EvaluationError",
        "FileFormatError",
        "InvalidSchemeError",
        "Issue",
        "MissingExtraError",
        "ParseError",
        "RulegovError",
        "RulegovWarning",
        "ScheduleError",
        "UndrawableError",
        "UnknownReferenceError",
        "ValidationError",
    ],
    "evaluation": [
        "Aggregation",
        "Band",
        "BonusRule",
        "DeductionRule",
        "Display",
        "EffectKind",
        "Evaluation",
        "Explanation",
        "GradeBand",
        "GradeGap",
        "GradeStep",
        "Grading",
        "InputKind",
        "MissingPolicy",
        "Node",
        "NodeExplanation",
        "Normalisation",
        "NormalisationKind",
        "Part",
        "PartStatus",
        "PenaltyRule",
        "PlanIndicators",
        "Quota",
        "RankChange",
        "RankInterval",
        "RoleWeights",
        "Rounding",
        "RuleEffect",
        "Scheme",
        "SchemeInput",
        "ShortfallRule",
        "Standing",
        "TiePolicy",
        "VetoEffect",
        "VetoRule",
        "evaluate",
        "plan_data",
        "plan_indicators",
        "rank_uncertainty",
        "scheme_json_schema",
    ],
    "graph": [
        "Calendar",
        "Gate",
        "Link",
        "MonteCarloResult",
        "NodeKind",
        "Overview",
        "PertResult",
        "Roll",
        "Schedule",
        "SlipImpact",
        "TaskDates",
        "TaskGraph",
        "Timeline",
        "Violation",
        "available_calendars",
        "diagnostics",
        "downstream",
        "infer_dependencies",
        "monte_carlo",
        "node_names",
        "occurrences",
        "pert",
        "plan_overview",
        "redundant_links",
        "unit_network",
        "upstream",
        "waves",
        "workload",
    ],
    "io": [
        "CorpusSummary",
        "Document",
        "ReadResult",
        "corpus_files",
        "parse_plan",
        "parse_scheme",
        "read_document",
        "read_plan",
        "read_plan_bytes",
        "read_plans",
        "read_progress",
        "read_scheme",
        "read_scheme_bytes",
        "read_task_rows",
        "read_task_table",
        "read_text",
        "tables",
        "task_table_rows",
        "to_arrow",
        "to_pandas",
        "write_corpus",
        "write_plan",
        "write_status",
        "write_task_table",
    ],
    "model": [
        "Assessment",
        "AssessmentKind",
        "Assignment",
        "Attachment",
        "Citation",
        "Comparator",
        "CoordinationGroup",
        "Deliverable",
        "Dependency",
        "DependencyOrigin",
        "DependencyType",
        "Diagnostic",
        "Diagnostics",
        "Direction",
        "DocNumber",
        "DocumentFormat",
        "DocumentKind",
        "Frame",
        "FrameNote",
        "Frequency",
        "Indicator",
        "LagTimeUnit",
        "Measure",
        "Membership",
        "Model",
        "Notice",
        "NoticeVerb",
        "Period",
        "Plan",
        "PlanKind",
        "ProgressReport",
        "Role",
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
        "TaskStatus",
        "TimeFrame",
        "TimeFrameKind",
        "Unit",
        "UnitKind",
        "UnitLevel",
        "Urgency",
        "percent_done",
        "plan_id",
        "plan_json_schema",
        "short_repr",
    ],
    "parse": [
        "COLUMN_HEADINGS",
        "FREQUENCY_WORDS",
        "HEADER_ROWS",
        "ROLE_FIELDS",
        "ROLE_WORDS",
        "VAGUE_WORDS",
        "check_frame",
        "match_heading",
        "normal",
        "parse_plan",
        "read_grid",
        "read_scheme_document",
        "read_timeframe",
        "render_number",
        "split_lines",
        "split_names",
    ],
    "render": [
        "appraisal_rows",
        "date_words",
        "explanation_table",
        "format_plan",
        "graph_dot",
        "graph_graphml",
        "graph_json",
        "graph_mermaid",
        "render_appraisal",
        "render_report",
        "render_schedule",
        "schedule_gantt",
        "schedule_ical",
        "schedule_json",
        "scheme_inputs_text",
        "timeframe_words",
        "to_html",
        "to_json",
        "to_markdown",
        "to_networkx",
        "to_text",
    ],
    "tracking": [
        "PROGRESS_COLUMNS",
        "STATE_WORDS",
        "ChangeDirection",
        "ChangeKind",
        "PlanComparison",
        "PlanStatus",
        "TaskChange",
        "TaskMatch",
        "TaskState",
        "TrackedTask",
        "compare",
        "status",
        "with_progress",
    ],
}


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


@pytest.mark.parametrize("name", sorted(SUBPACKAGE_API))
def test_each_subpackage_exports_exactly_its_public_names(name: str):
    module = importlib.import_module(f"rulegov.{name}")
    assert module.__all__ == SUBPACKAGE_API[name]
    assert sorted(module.__all__, key=lambda item: (not item.isupper(), item)) == module.__all__
    for public in module.__all__:
        assert getattr(module, public) is not None
    hidden = {
        attribute
        for attribute, value in vars(module).items()
        if not attribute.startswith("_")
        and getattr(value, "__module__", "").startswith("rulegov.")
        and attribute not in module.__all__
        and not isinstance(value, type(sys))
    }
    assert hidden == set(), f"rulegov.{name} holds names outside __all__"


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("rulegov.evaluation", "quantize"),
        ("rulegov.evaluation", "ranks"),
        ("rulegov.graph", "MEASURE_STAGES"),
        ("rulegov.graph", "rule_for"),
        ("rulegov.io", "COLUMNS"),
        ("rulegov.io", "COLUMN_NAMES"),
        ("rulegov.io", "MAX_BYTES"),
        ("rulegov.io", "decode"),
        ("rulegov.render", "plural"),
        ("rulegov.render", "sections_phrase"),
        ("rulegov.render", "timing_words"),
    ],
)
def test_former_public_helpers_still_work_with_a_warning(module: str, name: str):
    with pytest.warns(DeprecationWarning, match=rf"{module}\.{name} is deprecated"):
        value = getattr(importlib.import_module(module), name)
    assert value is not None


def test_version_comes_from_the_package_metadata():
    assert rulegov.__version__ == importlib.metadata.version("rulegov")


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = rulegov.Nope  # type: ignore[attr-defined]


def test_import_rulegov_is_lean():
    loaded = modules_after("import rulegov")
    heavy = [name for name in OPTIONAL_OR_HEAVY if name in loaded]
    assert heavy == []


# Imports point one way (STYLE.md): errors <- model <- parse, graph <- evaluation, tracking <-
# datasets <- render <- io <- cli. Each layer may import the layers listed for it, and nothing above.
ALLOWED = {
    "errors": set(),
    "model": {"errors"},
    "parse": {"errors", "model"},
    "graph": {"errors", "model"},
    "evaluation": {"errors", "model", "graph"},
    "datasets": {"errors", "model", "evaluation"},
    "tracking": {"errors", "model", "graph"},
    "render": {"errors", "model", "parse", "graph", "evaluation", "datasets", "tracking"},
    "io": {"errors", "model", "parse", "graph", "evaluation", "datasets", "tracking", "render"},
}
SRC = Path(rulegov.__file__).parent
# Modules below every layer, which any layer may import
SHARED = {"_version", "_deprecation", "_text", "_collector", "_streams", "_walk"}
# A display hook (_repr_html_, _repr_markdown_, __str__) and a deprecated alias (a function that
# calls warn) may import rulegov.render when they run: the one way up, by its public names only
HOOKS = {"_repr_html_", "_repr_markdown_", "__str__"}
# What only rendering code uses: markup escaping, and the names of the drawing helpers
DRAWING = {"html", "markupsafe"}


def layer_of(path: Path) -> str:
    relative = path.relative_to(SRC)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _is_hook(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    if function.name in HOOKS:
        return True
    return any(
        isinstance(node, ast.Call) and getattr(node.func, "id", "") == "warn"
        for node in ast.walk(function)
    )


def _imports(path: Path) -> list[tuple[str, bool]]:
    """Every module a file imports, with whether the import sits in a display hook or alias."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_hook: set[int] = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and _is_hook(function):
            in_hook.update(id(node) for node in ast.walk(function))
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, id(node) in in_hook) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) in in_hook))
    return found


def rulegov_imports(path: Path) -> set[str]:
    """The first-level rulegov modules a file imports, at any depth, display hooks aside."""
    found: set[str] = set()
    for name, hooked in _imports(path):
        parts = name.split(".")
        if parts[0] == "rulegov" and len(parts) > 1 and not (hooked and parts[1] == "render"):
            found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer):
    files = [p for p in SRC.rglob("*.py") if layer_of(p) == layer]
    wrong = {
        str(p.relative_to(SRC)): sorted(rulegov_imports(p) - ALLOWED[layer] - {layer, *SHARED})
        for p in files
    }
    assert {name: bad for name, bad in wrong.items() if bad} == {}


def test_no_module_imports_another_layers_private_modules():
    wrong: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        layer = layer_of(path)
        for name, _ in _imports(path):
            parts = name.split(".")
            private = any(part.startswith("_") for part in parts[2:])
            if parts[0] == "rulegov" and len(parts) > 2 and parts[1] != layer and private:
                wrong.setdefault(str(path.relative_to(SRC)), []).append(name)
    assert wrong == {}


def _imported_names(path: Path) -> list[tuple[str, str]]:
    """Every ``from rulegov.x import name`` of a file, at any depth, as ``(module, name)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
        for alias in node.names
    ]


def test_a_layer_imports_only_the_public_names_of_another():
    """From another layer's package, only the names in its ``__all__`` (or a subpackage).

    The modules below every layer (``errors`` and the shared ``_text``, ``_deprecation``...) are
    the layers' common helpers, whose private names (``errors._show``) any layer may use.
    """
    wrong: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        layer = layer_of(path)
        for module, name in _imported_names(path):
            parts = module.split(".")
            if parts[0] != "rulegov" or (len(parts) > 1 and parts[1] in {layer, "errors", *SHARED}):
                continue
            exported = importlib.import_module(module)
            public = set(getattr(exported, "__all__", ()))
            subpackage = isinstance(getattr(exported, name, None), type(sys))
            if name not in public and not subpackage:
                wrong.setdefault(str(path.relative_to(SRC)), []).append(f"{module}.{name}")
    assert wrong == {}


def _module_name(path: Path, src: Path) -> str:
    parts = path.relative_to(src.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _run_time_imports(path: Path, src: Path) -> set[str]:
    """The rulegov modules a file imports when it runs (at the top or in a function).

    Type hints aside; ``from rulegov.graph import _cpm`` counts as an import of the module
    ``rulegov.graph._cpm``, not of its package.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(inner) for inner in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            folder = src.parent / node.module.replace(".", "/")
            modules = [
                f"{node.module}.{alias.name}"
                for alias in node.names
                if (folder / f"{alias.name}.py").is_file()
            ]
            found.update(modules)
            if len(modules) < len(node.names):
                found.add(node.module)
    return {name for name in found if name.startswith("rulegov.")}


def _package_circles(src: Path) -> list[list[str]]:
    """The circles of imports among the modules of each package below ``src``."""
    graph = nx.DiGraph()
    for path in src.rglob("*.py"):
        if len(path.relative_to(src).parts) < 2 or path.name == "__init__.py":
            continue
        here = _module_name(path, src)
        package = here.rsplit(".", 1)[0]
        graph.add_node(here)
        graph.add_edges_from(
            (here, name)
            for name in _run_time_imports(path, src)
            if name.startswith(package + ".") and name.count(".") == here.count(".")
        )
    return sorted(sorted(part) for part in nx.strongly_connected_components(graph) if len(part) > 1)


def test_the_modules_of_a_package_import_each_other_in_no_circle():
    """Within a package, imports (also those inside functions) form no circle of any length."""
    assert _package_circles(SRC) == []


def test_the_circle_check_sees_a_circle_of_three(tmp_path):
    """The check reads ``from package import _module`` and imports in functions."""
    src = tmp_path / "rulegov"
    package = src / "demo"
    package.mkdir(parents=True)
    (package / "_a.py").write_text("from rulegov.demo import _b\n", encoding="utf-8")
    (package / "_b.py").write_text("def f():\n    from rulegov.demo._c import g\n")
    (package / "_c.py").write_text("from rulegov.demo._a import x\n", encoding="utf-8")
    (package / "_d.py").write_text("from rulegov.demo._a import x\n", encoding="utf-8")
    assert _package_circles(src) == [["rulegov.demo._a", "rulegov.demo._b", "rulegov.demo._c"]]
    (package / "_c.py").write_text("x = 1\n", encoding="utf-8")
    assert _package_circles(src) == []


def test_no_module_uses_the_private_names_of_another():
    """Within a layer too: a helper that two modules share has a public name in a module."""
    wrong: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        for module, name in _imported_names(path):
            folder = SRC.parent / module.replace(".", "/")
            private = name.startswith("_") and not name.startswith("__")
            if (
                module.startswith("rulegov.")
                and private
                and module != "rulegov.errors"  # below every layer: its helpers serve them all
                and not (folder / f"{name}.py").is_file()  # a private module, not a name in one
            ):
                wrong.setdefault(str(path.relative_to(SRC)), []).append(f"{module}.{name}")
    assert wrong == {}


# Modules loaded on first use, from inside a function of their own package: the readers of one
# file format each (loaded when a file of that format is read), and the HTML display of a model
# (loaded when a notebook shows one, without the rest of rulegov.render)
LOADED_ON_USE = {
    "rulegov.io._zip",
    "rulegov.io._docx",
    "rulegov.io._html",
    "rulegov.io._pdf",
    "rulegov.render._html",
}


def test_a_module_imports_its_own_package_at_the_top():
    """A method that reaches a sibling module imports it at the top, not inside the method."""
    wrong: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        layer = layer_of(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not (isinstance(node, ast.ImportFrom) and node.module):
                    continue
                parts = node.module.split(".")
                inside = parts[0] == "rulegov" and len(parts) > 2 and parts[1] == layer
                if inside and node.module not in LOADED_ON_USE:
                    wrong.setdefault(str(path.relative_to(SRC)), []).append(node.module)
    assert wrong == {}


def _names_bound_twice(source: str) -> dict[str, list[int]]:
    """The module-level names ``source`` binds more than once, with the lines that bind them."""
    lines: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = [target for target in node.targets if isinstance(target, ast.Name)]
            names = [target.id for target in targets]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines.setdefault(name, []).append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_the_names_bound_twice_check_sees_a_pattern_defined_again():
    source = (
        'import re\nWORD = re.compile("a")\n\ndef f():\n    return WORD\n\nWORD = re.compile("b")\n'
    )
    assert _names_bound_twice(source) == {"WORD": [2, 7]}


def test_no_module_binds_a_top_level_name_twice():
    """A pattern or function defined again lower in a module silently replaces the first for
    every caller above it: each module-level name is bound once."""
    twice = {
        str(path.relative_to(SRC)): found
        for path in SRC.rglob("*.py")
        if (found := _names_bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}


def test_rendering_lives_only_in_render():
    """Outside rulegov.render no module escapes markup; display hooks only call render."""
    wrong: dict[str, list[str]] = {}
    for path in SRC.rglob("*.py"):
        if layer_of(path) in {"render", "cli"}:
            continue
        drawing = sorted({name for name, _ in _imports(path) if name.split(".")[0] in DRAWING})
        if drawing:
            wrong[str(path.relative_to(SRC))] = drawing
    assert wrong == {}
    assert not (SRC / "model" / "_html.py").exists()
    assert not (SRC / "graph" / "_export.py").exists()
    assert not (SRC / "_report.py").exists()


def test_the_model_draws_nothing_itself():
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023()")
    assert [name for name in loaded if name.startswith("rulegov.render")] == []
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023()._repr_html_()")
    assert "rulegov.render._html" in loaded
    assert "rulegov.parse._parser" not in loaded
    assert "networkx" not in loaded


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


def test_the_module_map_matches_the_modules():
    script = Path(__file__).resolve().parents[1] / "scripts" / "make_module_map.py"
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
    explanation = evaluation.explain("区司法局")
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
        "PlanIndicators": importlib.import_module("rulegov.evaluation").plan_indicators(
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
        "Evaluation(scheme='yancheng-2023-appraisal', units=6, nodes=22, first='区司法局')"
    )
    plan = objects["Plan"]
    assert rulegov.Plan.model_validate(plan.model_dump()) == plan
    assert len(plan.model_dump_json()) > 30_000


def test_import_rulegov_loads_no_model_until_a_name_is_used():
    loaded = modules_after("import rulegov")
    assert [name for name in loaded if name.startswith(("pydantic", "rulegov."))] == []
    loaded = modules_after("import rulegov; rulegov.Plan")
    assert "rulegov.model" in loaded
    assert "rulegov.evaluation" not in loaded


@pytest.mark.slow
def test_the_reference_plan_loads_without_the_evaluation_models():
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023()")
    assert "rulegov.evaluation" not in loaded
    assert "networkx" not in loaded
    loaded = modules_after("import rulegov; rulegov.datasets.yancheng_2023_scheme()")
    assert "rulegov.evaluation" in loaded


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


def test_rulegov_evaluate_is_the_function_and_the_subpackage_is_evaluation():
    code = (
        "import rulegov.evaluation, rulegov, types\n"
        "assert callable(rulegov.evaluate) and not isinstance(rulegov.evaluate, types.ModuleType)\n"
        "from rulegov import evaluate\n"
        "assert evaluate is rulegov.evaluate\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Tests mirror the modules: the behaviour of src/rulegov/<layer>/_<name>.py is tested in
# tests/<layer>/test_<name>.py. Files that test a property over many modules (fuzz, round trips,
# hand-computed references) sit beside them, named for what they test.
MIRRORED_LAYERS = ("model", "graph", "evaluation", "tracking", "render", "io")
# Modules whose behaviour is tested in other files, and where
TESTED_ELSEWHERE = {
    # the rules of an assessment and its subjects: tests/model/test_invalid.py (bad values) and
    # tests/model/test_plan.py (references to tasks, units and groups)
    "model/_assessment.py",
    # the rules of a link: tests/model/test_invalid.py and test_plan.py; its use in the graph
    # layer's tests
    "model/_dependency.py",
    # one helper that names the extra to install; each reader's tests check it (test_pdf.py,
    # test_html.py, test_views.py, test_tables.py, test_many.py)
    "io/_extras.py",
}


def _modules_without_a_test_file() -> list[str]:
    tests = Path(__file__).parent
    return [
        f"{layer}/{module.name}"
        for layer in MIRRORED_LAYERS
        for module in sorted((SRC / layer).glob("_*.py"))
        if module.name != "__init__.py"
        and not (tests / layer / f"test_{module.stem.removeprefix('_')}.py").is_file()
    ]


def test_every_module_has_a_test_module_of_its_name():
    missing = _modules_without_a_test_file()
    assert [name for name in missing if name not in TESTED_ELSEWHERE] == []
    # and the allow-list holds no module that has since got its own test file, or is gone
    assert sorted(TESTED_ELSEWHERE - set(missing)) == []


@pytest.mark.parametrize(
    "name", ["ROLE_WORDS", "ROLE_FIELDS", "COLUMN_HEADINGS", "FREQUENCY_WORDS", "VAGUE_WORDS"]
)
def test_the_published_vocabularies_cannot_be_changed_by_a_caller(name: str) -> None:
    vocabulary = getattr(importlib.import_module("rulegov.parse"), name)
    key = next(iter(vocabulary))
    with pytest.raises(TypeError):
        vocabulary[key] = "某单位"


# Private attributes of other code that a module may read, each for a reason of its own
FOREIGN_PRIVATE_READS = {
    # the standard library's documented way to read a caller's frame (sys._getframe)
    ("_deprecation.py", "sys._getframe"),
    # the class of what argparse's add_subparsers returns, which argparse names no other way
    ("cli.py", "argparse._SubParsersAction"),
}


def _own_attributes(tree: ast.Module) -> set[str]:
    """The attributes a module defines: set on ``self``/``cls``, or named in a class body."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id in {"self", "cls"}
        ):
            names.add(node.attr)
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.add(item.target.id)
                elif isinstance(item, ast.Assign):
                    names.update(t.id for t in item.targets if isinstance(t, ast.Name))
                elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    names.add(item.name)
    return names


def _foreign_private_reads(src: Path) -> list[str]:
    """``x._name`` where ``x`` is not ``self``/``cls`` and no class of the package defines ``_name``.

    A package is the unit that keeps a name private: the modules of one package may read the
    private attributes of one another's classes (the scheduler those of its graph), no other.
    """
    found: list[str] = []
    paths = sorted(src.rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    package: dict[Path, set[str]] = {}
    for path, tree in trees.items():
        package.setdefault(path.parent, set()).update(_own_attributes(tree))
    for path, tree in trees.items():
        own = package[path.parent]
        where = str(path.relative_to(src))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            name = node.attr
            if not name.startswith("_") or name.startswith("__") or name.endswith("_"):
                continue  # public, a dunder, or a protocol hook such as _repr_html_
            if isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}:
                continue
            if name in own or (where, ast.unparse(node)) in FOREIGN_PRIVATE_READS:
                continue
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_module_reads_the_private_attributes_of_another_modules_class():
    """Render reads a schedule through its public names; the graph's siblings through ``_arrays``."""
    assert _foreign_private_reads(SRC) == []


def test_the_private_read_check_sees_a_read_across_modules(tmp_path):
    (tmp_path / "_a.py").write_text(
        "class A:\n    def __init__(self):\n        self._x = 1\n\n"
        "    def same(self, other):\n        return other._x\n",
        encoding="utf-8",
    )
    (tmp_path / "_b.py").write_text("def f(a):\n    return a._x + a.y\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "_c.py").write_text("def g(a):\n    return a._x\n", encoding="utf-8")
    assert _foreign_private_reads(tmp_path) == ["other/_c.py:2: a._x"]


def test_a_module_without_a_docstring_stops_the_module_map(tmp_path: Path) -> None:
    module_map = load("scripts/make_module_map.py")
    bare = tmp_path / "_bare.py"
    bare.write_text("VALUE = 1\n", encoding="utf-8")
    with pytest.raises(module_map.MapError, match="has no docstring"):
        module_map.summary(bare)
