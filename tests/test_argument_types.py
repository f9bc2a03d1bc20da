"""A wrong kind of value given to a public function is a rulegov error naming the parameter.

Every function in the public namespaces (``rulegov`` and its packages) is called with values of
the wrong type for each parameter in turn, the other required parameters given good values. A
bare ``AttributeError`` or ``TypeError`` from deep inside is a failure; what is raised must be a
[`RulegovError`][rulegov.RulegovError].
"""

from __future__ import annotations

import datetime as dt
import fractions
import importlib
import inspect
import pathlib
import warnings
from typing import Any

import pytest

import rulegov
from rulegov import datasets

# Low-level text helpers of the parser take a str the way ``str`` methods do. (The renderers'
# ``to_*`` refuse an object they do not draw with an UndrawableError, a TypeError too.)
_TYPE_ERRORS = {
    "rulegov.parse.match_heading",
    "rulegov.parse.normal",
    "rulegov.parse.render_number",
    "rulegov.parse.split_lines",
    "rulegov.parse.split_names",
    "rulegov.parse.read_timeframe",
    "rulegov.model.short_repr",
}
_NAMESPACES = (
    "rulegov",
    "rulegov.io",
    "rulegov.graph",
    "rulegov.evaluation",
    "rulegov.tracking",
    "rulegov.render",
    "rulegov.parse",
    "rulegov.model",
)
_WRONG: tuple[object, ...] = (None, 5, object(), ["x"], {"x": 1})


def _good(name: str, tmp: pathlib.Path) -> Any:
    """A good value for a required parameter, by its name; None when there is none to give."""
    return {
        "plan": datasets.yancheng_2023(),
        "old": datasets.yancheng_2023(),
        "new": datasets.yancheng_2023(),
        "scheme": datasets.yancheng_2023_scheme(),
        "as_of": dt.date(2023, 6, 1),
        "path": tmp / "plan.json",
        "text": "一、加强领导\n1.召开会议。\n",
        "paths": [tmp / "plan.json"],
        "sources": [tmp / "plan.json"],
        "out": tmp / "tables",
        "graph": rulegov.TaskGraph.from_plan(datasets.yancheng_2023()),
        "node": "t1",
        "rule": "FREQ=MONTHLY",
        "start": dt.date(2023, 1, 1),
        "end": dt.date(2023, 12, 31),
        "begin": 0,
        # a progress report, which also reads as a table's row of columns task, on and status
        "rows": [{"task": "1", "on": "2023-06-30", "status": "已完成"}],
        "grid": [["序号", "工作任务"], ["1", "开展培训"]],
        "title": "2023年工作要点",
    }.get(name)


def _calls() -> list[tuple[str, Any]]:
    found = []
    for space in _NAMESPACES:
        module = importlib.import_module(space)
        for name in getattr(module, "__all__", []):
            thing = getattr(module, name)
            qualified = f"{space}.{name}"
            if inspect.isfunction(thing) and qualified not in _TYPE_ERRORS:
                found.append((qualified, thing))
    return found


@pytest.mark.parametrize(("name", "function"), _calls(), ids=[name for name, _ in _calls()])
def test_a_wrong_kind_of_argument_is_a_rulegov_error(
    name: str, function: Any, tmp_path: pathlib.Path
) -> None:
    rulegov.write_plan(datasets.yancheng_2023(), tmp_path / "plan.json")
    parameters = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]
    tried = 0
    for parameter in parameters:
        arguments = {}
        for other in parameters:
            if other is parameter or other.default is not inspect.Parameter.empty:
                continue
            value = _good(other.name, tmp_path)
            if value is None:
                break
            arguments[other.name] = value
        else:
            for wrong in _WRONG:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    try:
                        result = function(**arguments, **{parameter.name: wrong})
                        if inspect.isgenerator(result):
                            list(result)
                    except rulegov.RulegovError:
                        pass
                    except Exception as error:  # noqa: BLE001 - the failure is the point
                        pytest.fail(
                            f"{name}({parameter.name}={wrong!r}) raised "
                            f"{type(error).__name__}: {error}"
                        )
                tried += 1
    assert tried or not parameters


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda: rulegov.write_plan(None, "plan.json"), "plan"),  # type: ignore[arg-type]
        (lambda: rulegov.parse_plan("1.召开会议。", 5), "source"),  # type: ignore[arg-type]
        (lambda: rulegov.parse_scheme("1.组织（5分）", source=5), "source"),  # type: ignore[arg-type]
        (lambda: rulegov.read_plans(["a.txt"], workers="2"), "workers"),  # type: ignore[arg-type]
        (lambda: rulegov.read_plans(["a.txt"], progress=5), "progress"),  # type: ignore[arg-type]
        (lambda: rulegov.graph.waves(None), "graph"),  # type: ignore[arg-type]
        (lambda: rulegov.render.graph_mermaid("a"), "graph"),  # type: ignore[arg-type]
        (lambda: rulegov.io.tables({"title": "x"}), "plan"),  # type: ignore[arg-type]
        (lambda: rulegov.evaluation.plan_data(datasets.yancheng_2023(), None), "data"),  # type: ignore[arg-type]
        (lambda: rulegov.parse.read_grid("序号,工作任务"), "grid"),  # type: ignore[arg-type]
    ],
)
def test_the_error_names_the_parameter_and_the_value(call: Any, parameter: str) -> None:
    with pytest.raises(rulegov.ValidationError) as caught:
        call()
    assert caught.value.code == "invalid-parameter"
    assert caught.value.issues[0].path == parameter
    assert "expected" in str(caught.value)


def test_a_path_names_the_source_of_parsed_text() -> None:
    plan = rulegov.parse_plan("一、加强领导\n1.召开会议。\n", pathlib.Path("plans") / "计划.txt")
    assert plan.source.name == str(pathlib.Path("plans") / "计划.txt")
    scheme = rulegov.parse_scheme("1.组织领导（5分）", source=pathlib.Path("细则.txt"))
    assert scheme.root.children[0].points == 5


def test_bytes_readers_refuse_text_and_say_what_reads_it() -> None:
    with pytest.raises(
        rulegov.ParseError, match=r"needs bytes as data, not str; for text use rulegov\.parse_plan"
    ):
        rulegov.io.read_plan_bytes("1.召开会议。", source="plan.txt")  # type: ignore[arg-type]
    with pytest.raises(rulegov.ParseError, match="parse_scheme"):
        rulegov.io.read_scheme_bytes("1.组织（5分）")  # type: ignore[arg-type]
    plan = rulegov.io.read_plan_bytes(memoryview("一、总体\n1.召开会议。\n".encode()))
    assert [task.title for task in plan.tasks] == ["召开会议"]


def test_a_grid_cell_that_is_no_text_is_named_by_row_and_column() -> None:
    grid = [["序号", "工作任务", "牵头单位"], ["1", "开展培训", 5]]
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.parse.read_grid(grid)  # type: ignore[arg-type]
    assert (caught.value.line, caught.value.column, caught.value.value) == (2, 3, 5)
    rows = iter([("序号", "工作任务"), ("1", "开展培训")])
    assert [task.title for task in rulegov.parse.read_grid(rows).tasks] == ["开展培训"]  # type: ignore[arg-type]


def test_a_progress_row_that_is_no_mapping_is_named_by_its_row() -> None:
    plan = datasets.yancheng_2023()
    with pytest.raises(rulegov.ParseError, match=r"row 3.*not a list"):
        rulegov.tracking.with_progress(plan, [{"task": "1", "on": "2023-06-01"}, ["1", "x"]])  # type: ignore[list-item]


def test_unknown_nodes_and_units_given_as_other_values_are_unknown_references() -> None:
    plan = datasets.yancheng_2023()
    graph = rulegov.TaskGraph.from_plan(plan)
    with pytest.raises(rulegov.UnknownReferenceError):
        graph.successors(["t1"])  # type: ignore[arg-type]
    with pytest.raises(rulegov.UnknownReferenceError):
        plan.unit(5)  # type: ignore[arg-type]
    with pytest.raises(rulegov.EvaluationError, match="must be a number"):
        rulegov.evaluation.RoleWeights(lead="1")  # type: ignore[arg-type]


class _Row:
    """A row that reads like a mapping without being one (as a pandas row does)."""

    def __init__(self, data: dict[str, object]) -> None:
        self._data = data

    def get(self, key: str, default: object = None) -> object:
        return self._data.get(key, default)

    def items(self) -> Any:
        return self._data.items()

    def keys(self) -> Any:
        return self._data.keys()


def test_weights_of_other_number_types_are_floats() -> None:
    weights = rulegov.evaluation.RoleWeights(cooperating=fractions.Fraction(1, 2))  # type: ignore[arg-type]
    assert weights.cooperating == 0.5
    assert isinstance(weights.cooperating, float)


@pytest.mark.parametrize("wrong", [True, 0, 2.0, "2"], ids=repr)
def test_a_worker_count_is_a_whole_number_of_one_or_more(wrong: object) -> None:
    with pytest.raises(rulegov.ValidationError, match="workers"):
        rulegov.read_plans([], workers=wrong)  # type: ignore[arg-type]


def test_numpy_and_pandas_values_are_read_as_their_python_kin(tmp_path: pathlib.Path) -> None:
    np = pytest.importorskip("numpy")
    path = tmp_path / "plan.json"
    rulegov.write_plan(datasets.yancheng_2023(), path)
    assert rulegov.read_plan(path, max_bytes=np.int64(10**7)).title
    assert rulegov.evaluation.RoleWeights(cooperating=np.float32(0.5)).cooperating == 0.5
    assert rulegov.read_plans([path], workers=np.int64(1))[0].plan is not None
    grid = np.array([["序号", "工作任务"], ["1", "开展培训"]])
    assert [task.title for task in rulegov.parse.read_grid(grid).tasks] == ["开展培训"]


def test_rows_and_data_that_read_like_mappings_are_read() -> None:
    plan = datasets.yancheng_2023()
    name = plan.units[0].name
    assert rulegov.evaluation.plan_data(plan, _Row({name: 1.5})) == {name: 1.5}  # type: ignore[arg-type]
    rows = [_Row({"task": "1", "on": "2023-06-01", "status": "in_progress", "percent": "40"})]
    tracked = rulegov.tracking.with_progress(plan, rows)  # type: ignore[arg-type]
    assert tracked.task("1").progress[-1].percent_complete == 40


@pytest.mark.parametrize("year", [True, -5, 0, 10000, 10**30, 2.5, "2023"])
@pytest.mark.parametrize("reader", [rulegov.parse.read_grid, rulegov.io.read_task_rows])
def test_a_table_reader_refuses_a_year_with_no_dates_naming_it(reader: Any, year: object) -> None:
    # before: True read 6月底前 as 0001-06-30 without a word; -5 blamed the cell's timing
    grid = [["序号", "工作任务", "完成时限"], ["1", "开展培训", "6月底前"]]
    with pytest.raises(rulegov.ValidationError) as caught:
        reader(grid, year=year)
    assert (caught.value.code, caught.value.path, caught.value.value) == (
        "invalid-parameter",
        "year",
        year,
    )


def test_a_table_reader_and_plan_id_take_a_path_as_the_source() -> None:
    grid = [["序号", "工作任务", "完成时限"], ["1", "开展培训", "6月底前"]]
    where = pathlib.Path("分工") / "任务分工表.csv"
    for reader in (rulegov.parse.read_grid, rulegov.io.read_task_rows):
        assert reader(grid, source=where, year=2023).title == "任务分工表"
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.io.read_task_rows([["序号", "工作任务"], ["1", object()]], source=where)
    assert caught.value.source == str(where)
    assert rulegov.model.plan_id(title="要点", source=where) == rulegov.model.plan_id(
        title="要点", source=str(where)
    )
