"""The shape of every error: keyword fields for the place, the value, and a documented code."""

from __future__ import annotations

import ast
import copy
import datetime as dt
import pathlib
import pickle
import re
from typing import TYPE_CHECKING

import pytest

import rulegov
import rulegov.graph  # the recurrence rules' errors below, whichever test ran first
from rulegov import errors

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = pathlib.Path(__file__).parent.parent
SRC = ROOT / "src" / "rulegov"
ERROR_CLASSES = [
    getattr(errors, name)
    for name in errors.__all__
    if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), Exception)
]


def calls_in_source() -> Iterator[tuple[pathlib.Path, str, ast.Call]]:
    """Every call in src/, with its file and the name called (``ParseError``, ``Issue``...)."""
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                yield path, name, node


def codes_in_source() -> set[str]:
    """Every constant code given to an error or an issue in src/, and every class's own code."""
    found: set[str] = set()
    for _, name, node in calls_in_source():
        if name == "Issue" and len(node.args) >= 4 and isinstance(node.args[3], ast.Constant):
            found.add(node.args[3].value)
        if name.endswith("Error") or name == "Issue":
            found.update(
                keyword.value.value
                for keyword in node.keywords
                if keyword.arg == "code" and isinstance(keyword.value, ast.Constant)
            )
    found.update(cls.code for cls in ERROR_CLASSES if issubclass(cls, rulegov.RulegovError))
    return found


def test_every_code_is_published():
    page = (ROOT / "docs" / "exceptions.md").read_text(encoding="utf-8")
    published = set(re.findall(r"`([a-z]+(?:-[a-z]+)*)`", page))
    missing = sorted(codes_in_source() - published)
    assert not missing, f"codes raised but not listed in docs/exceptions.md: {missing}"


def test_codes_are_kebab_case():
    for code in codes_in_source():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code), code


@pytest.mark.parametrize(
    "error",
    [
        rulegov.ScheduleError("no working day", code="invalid-calendar", path="weekend", value=7),
        rulegov.EvaluationError("no data", code="missing-data", unit="u1", node="n2"),
        rulegov.ParseError("bad", line=3, column=2, source="plan.txt", value="x"),
        rulegov.UnknownReferenceError(
            [rulegov.Issue("units[0].parent", "no unit has this id", "x", "unknown-unit")], "Plan"
        ),
        rulegov.InvalidSchemeError(
            [rulegov.Issue("bonus_cap", "too big", 200.0, "invalid-scheme", line=5, column=1)],
            "Scheme",
            source="细则.txt",
        ),
        rulegov.DependencyCycleError(["a", "b"], ["1 a", "2 b"]),
        rulegov.MissingExtraError("pandas", "pandas", "to_dataframe"),
        rulegov.FileFormatError("plan.doc", (".json", ".txt"), "write a plan to"),
        rulegov.UndrawableError("rulegov draws no Markdown for a int", 3),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_keep_their_fields_through_pickle_and_copy(error: rulegov.RulegovError):
    again = pickle.loads(pickle.dumps(error))  # noqa: S301  (bytes this test just made)
    for clone in (again, copy.copy(error)):
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert clone.code == error.code
        assert clone.context == error.context


def test_every_error_has_the_same_fields():
    fields = ("code", "message", "source", "path", "line", "column", "unit", "node", "task")
    for error in (
        rulegov.ScheduleError("x"),
        rulegov.EvaluationError("x"),
        rulegov.ParseError("x"),
        rulegov.ValidationError([rulegov.Issue("a", "b", 1)]),
        rulegov.DependencyCycleError(["a"]),
        rulegov.MissingExtraError("p", "e", "f"),
        rulegov.FileFormatError("a.b", (".c",)),
        rulegov.UndrawableError("x", 3),
    ):
        for field in (*fields, "value", "context"):
            assert hasattr(error, field), (type(error).__name__, field)


def test_a_schedule_error_names_its_code_and_value():
    with pytest.raises(rulegov.ScheduleError) as caught:
        rulegov.Calendar.from_dict({"name": "c", "holidays": [{"name": "x", "date": "2023-13-45"}]})
    assert caught.value.code == "unparseable-date"
    assert caught.value.value == "2023-13-45"


def test_an_unknown_calendar_is_named():
    with pytest.raises(rulegov.ScheduleError) as caught:
        rulegov.Calendar.bundled("nowhere")
    assert (caught.value.code, caught.value.value) == ("unknown-calendar", "nowhere")


def test_an_evaluation_error_names_the_unit_and_the_node():
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {"id": "all", "children": [{"id": "a"}, {"id": "b"}], "missing": "error"},
        }
    )
    with pytest.raises(rulegov.EvaluationError) as caught:
        rulegov.evaluate(scheme, {"u1": {"a": 1.0}, "u2": {"a": 2.0, "b": 1.0}})
    assert caught.value.code == "missing-data"
    assert (caught.value.unit, caught.value.node) == ("u1", "b")


def plan_data() -> dict[str, object]:
    return {
        "id": "p",
        "title": "计划",
        "units": [{"id": "office", "name": "区依法治区办"}],
        "unsectioned_tasks": [
            {
                "id": "t1",
                "number": "1",
                "path": ["1"],
                "title": "甲",
                "assignments": [{"unit": "office", "role": "lead"}],
            },
            {
                "id": "t1",
                "number": "2",
                "path": ["2"],
                "title": "乙",
                "assignments": [{"unit": "nobody", "role": "lead"}],
            },
        ],
        "dependencies": [{"predecessor": "t1", "successor": "t9"}],
    }


def test_a_duplicate_id_does_not_hide_the_other_problems():
    with pytest.raises(rulegov.DuplicateIdError) as caught:
        rulegov.Plan.model_validate(plan_data())
    codes = [issue.code for issue in caught.value.issues]
    assert codes == ["duplicate-id", "unknown-unit", "unknown-reference"]
    paths = [issue.path for issue in caught.value.issues]
    assert paths[1] == "unsectioned_tasks[1].assignments[0].unit"
    assert caught.value.code == "duplicate-id"


def test_the_class_follows_the_codes_not_the_message():
    issue = rulegov.Issue("units[0].parent", "no such thing here", "x", "unknown-unit")
    assert type(rulegov.ValidationError.of([issue])) is rulegov.UnknownReferenceError
    other = rulegov.Issue("units[0].parent", "no unit has this id", "x", "unit-parent-cycle")
    assert type(rulegov.ValidationError.of([other])) is rulegov.ValidationError


def test_validation_does_not_change_the_objects_given():
    task = rulegov.Task(
        id="t1",
        number="1",
        path=("1",),
        title="甲",
        assignments=[rulegov.Assignment(unit="office", role="lead")],
    )
    before = task.model_dump()
    plan = rulegov.Plan(
        id="p",
        title="计划",
        units=[rulegov.Unit(id="office", name="区依法治区办")],
        unsectioned_tasks=[task],
    )
    assert task.model_dump() == before
    assert task.assignments[0].unit_name is None
    assert plan.tasks[0].lead_units == ["区依法治区办"]


def test_excerpt_without_source_text_is_a_rulegov_error():
    plan = rulegov.Plan(id="p", title="计划")
    with pytest.raises(rulegov.RulegovError) as caught:
        plan.excerpt(rulegov.Span(start=0, end=1))
    assert caught.value.code == "no-source-text"
    assert isinstance(caught.value, ValueError)


def test_a_wrong_suffix_has_its_own_error(tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    with pytest.raises(rulegov.FileFormatError) as caught:
        rulegov.write_plan(plan, tmp_path / "plan.doc")
    assert caught.value.value == ".doc"
    assert caught.value.source == str(tmp_path / "plan.doc")
    assert ".json" in str(caught.value)
    assert "write_plan" not in str(caught.value)  # names the file, not a function


def test_a_validation_error_with_a_line_leads_its_message_with_the_place():
    issue = rulegov.Issue("bonus_cap", "too big", 200.0, "invalid-scheme", line=5, column=3)
    error = rulegov.InvalidSchemeError([issue], "Scheme", source="细则.txt")
    assert str(error) == "细则.txt:5:3: invalid Scheme: bonus_cap: too big (got 200.0)"
    assert (error.source, error.line, error.column) == ("细则.txt", 5, 3)
    assert error.message == "invalid Scheme: bonus_cap: too big (got 200.0)"
    without = rulegov.InvalidSchemeError([rulegov.Issue("bonus_cap", "too big", 200.0)], "Scheme")
    assert str(without) == "invalid Scheme: bonus_cap: too big (got 200.0)"


# The classes whose bare constructor takes a message and keyword fields, and so needs a code
_MESSAGE_ERRORS = {"RulegovError", "ParseError", "ScheduleError", "EvaluationError"}


def test_every_error_raised_names_the_kind_of_problem():
    """Each error built from a message gives its own ``code=``, not the class's catch-all."""
    missing: list[str] = []
    for path, name, node in calls_in_source():
        keywords = {keyword.arg for keyword in node.keywords}
        if name in _MESSAGE_ERRORS and "code" not in keywords and None not in keywords:
            missing.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert missing == []


@pytest.mark.parametrize(
    ("call", "code", "path"),
    [
        (lambda: rulegov.graph.occurrences("FREQ", start=_day(1), end=_day(9)), "invalid-recurrence-rule", "rule"),
        (lambda: rulegov.graph.occurrences("INTERVAL=2", start=_day(1), end=_day(9)), "invalid-recurrence-rule", "rule"),
        (lambda: rulegov.graph.occurrences("monthly", start=_day(9), end=_day(1)), "reversed-date-range", "end"),
        (lambda: rulegov.graph.occurrences("FREQ=YEARLY;BYMONTH=12", start=_day(1), end=_day(9)), "no-occurrence", "rule"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule(start="2023-01-01"), "invalid-parameter", "start"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule(calendar=rulegov.Calendar.china(2023)), "missing-value", "start"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule(actual_finish={"a": 3}), "missing-value", "actual_start['a']"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule(actual_start={"a": 3}, actual_finish={"a": 2}), "reversed-date-range", "actual_finish['a']"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule(actual_start={"a": _day(1)}), "undated-schedule", "actual_start['a']"),
        (lambda: rulegov.TaskGraph({"a": 1}).schedule().slip("a", -1), "invalid-parameter", "days"),
        (lambda: rulegov.graph.monte_carlo(rulegov.TaskGraph({"a": 1}), seed="x"), "invalid-parameter", "seed"),
    ],
)  # fmt: skip
def test_a_schedule_error_names_its_kind_and_place(call, code, path):
    with pytest.raises(rulegov.ScheduleError) as caught:
        call()
    assert (caught.value.code, caught.value.path) == (code, path)


def test_a_finished_task_cannot_slip_and_the_error_names_it():
    schedule = rulegov.TaskGraph({"a": 1, "b": 2}, [("a", "b")]).schedule(
        actual_start={"a": 0}, actual_finish={"a": 1}
    )
    with pytest.raises(rulegov.ScheduleError) as caught:
        schedule.slip("a", 2)
    assert (caught.value.code, caught.value.node) == ("finished-work", "a")


def test_a_graph_names_every_problem_at_once():
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.TaskGraph(
            {"a": 1, "b": -1},
            [("a", "zz"), ("b", "b"), "junk"],
            deadlines={"q": 3},
        )
    issues = {(issue.path, issue.code) for issue in caught.value.issues}
    assert issues == {
        ("durations['b']", "invalid-value"),
        ("dependencies[0].successor", "unknown-node"),
        ("dependencies[1].successor", "self-dependency"),
        ("dependencies[2]", "invalid-dependency"),
        ("deadlines['q']", "unknown-node"),
    }


def test_a_graph_whose_only_problems_are_unknown_ids_raises_unknown_reference():
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        rulegov.TaskGraph({"a": 1}, [("a", "zz")], deadlines={"q": 3})
    assert [issue.node for issue in caught.value.issues] == ["zz", "q"]


def _day(day: int) -> dt.date:
    return dt.date(2023, 1, day)


@pytest.mark.parametrize(
    ("call", "path"),
    [
        (lambda plan: rulegov.compare(3, plan), "old"),
        (lambda plan: rulegov.compare(plan, plan, threshold=2), "threshold"),
        (lambda plan: rulegov.status(plan, as_of="2023-07-01"), "as_of"),
        (lambda plan: rulegov.io.to_pandas(plan, "nothing"), "table"),
        (lambda _: rulegov.io.read_plans([], workers=0), "workers"),
        (lambda _: rulegov.io.corpus_files("/nonexistent/folder"), "folder"),
    ],
)
def test_an_argument_of_the_wrong_kind_is_named_as_an_argument_not_a_model(call, path):
    with pytest.raises(rulegov.ValidationError) as caught:
        call(rulegov.datasets.yancheng_2023())
    error = caught.value
    assert (error.code, error.path, error.model) == ("invalid-parameter", path, "")
    assert str(error).startswith(f"invalid argument: {path}: ")


WRONG_ARGUMENTS = [None, 5, 3.5, b"plan", ["a"], {"a": 1}, object()]


@pytest.mark.parametrize("wrong", WRONG_ARGUMENTS, ids=lambda value: type(value).__name__)
def test_public_entry_points_name_an_argument_of_the_wrong_kind(wrong: object):
    plan = rulegov.parse_plan("某县2023年工作要点\n1.召开会议。牵头单位:县司法局\n")
    scheme = rulegov.Scheme.model_validate(
        {"id": "s", "root": {"id": "r", "children": [{"id": "a"}]}}
    )
    evaluation = rulegov.evaluate(scheme, {"x": {"a": 1.0}})
    calls = [
        ("scheme", lambda: rulegov.evaluate(wrong, {"x": {"a": 1.0}})),
        ("plan", lambda: rulegov.TaskGraph.from_plan(wrong)),
        ("span", lambda: plan.excerpt(wrong)),
        ("plan", lambda: rulegov.format_plan(wrong)),
        ("plan", lambda: rulegov.status(wrong, as_of=dt.date(2024, 1, 1))),
        ("scheme", lambda: rulegov.rank_uncertainty(wrong, {"x": {"a": 1.0}})),
        ("before", lambda: evaluation.compare(wrong)),
    ]
    for name, call in calls:
        with pytest.raises(rulegov.RulegovError) as raised:
            call()
        assert raised.value.code == "invalid-parameter"
        assert name in str(raised.value)
        assert type(wrong).__name__ in str(raised.value)
        if isinstance(raised.value, rulegov.ValidationError):
            assert str(raised.value).startswith(f"invalid argument: {name}: ")


@pytest.mark.parametrize(
    "wrong", ["/work/plan.txt", pathlib.Path("plan.txt"), b"plan.txt", {"plan.txt": 1}, None, 5]
)
def test_read_plans_wants_a_list_of_paths_never_one_path(wrong: object):
    with pytest.raises(rulegov.ValidationError) as raised:
        rulegov.read_plans(wrong, workers=1)  # type: ignore[arg-type]
    assert raised.value.code == "invalid-parameter"
    assert str(raised.value).startswith("invalid argument: paths: expected a list of paths")


def test_read_plans_names_an_item_that_is_no_path():
    with pytest.raises(rulegov.ValidationError) as raised:
        rulegov.read_plans(["plan.txt", 5], workers=1)  # type: ignore[list-item]
    assert raised.value.code == "invalid-parameter"
    assert "paths[1]" in str(raised.value)
