"""A public function given the wrong kind of object names the argument and the type it got.

Each raises a ``ValidationError`` with code ``invalid-parameter``, the argument's name as its
path and the value received, instead of an ``AttributeError`` from deep inside.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import TYPE_CHECKING, Any

import pytest

import rulegov
import rulegov.evaluation
import rulegov.graph
import rulegov.io
import rulegov.render
import rulegov.tracking

if TYPE_CHECKING:
    from collections.abc import Callable

PLAN = rulegov.parse_plan("某县2023年工作要点\n1.召开会议。牵头单位:县司法局\n")
GRAPH = rulegov.TaskGraph({"a": 1, "b": 2}, [("a", "b")])
SCHEDULE = GRAPH.schedule(start=dt.date(2024, 1, 2))
OUT = pathlib.Path("never-written")

TAKES_A_PLAN: dict[str, Callable[[Any], object]] = {
    "graph.node_names": rulegov.graph.node_names,
    "graph.infer_dependencies": rulegov.graph.infer_dependencies,
    "graph.plan_overview": rulegov.graph.plan_overview,
    "tracking.with_progress": lambda plan: rulegov.tracking.with_progress(plan, []),
    "evaluation.plan_indicators": lambda plan: rulegov.evaluation.plan_indicators(
        plan, on=dt.date(2024, 1, 1)
    ),
    "evaluation.plan_data": lambda plan: rulegov.evaluation.plan_data(plan, {}),
    "io.tables": rulegov.io.tables,
    "io.task_table_rows": rulegov.io.task_table_rows,
    "io.write_task_table": lambda plan: rulegov.io.write_task_table(plan, OUT / "tasks.csv"),
    "render.render_report": rulegov.render.render_report,
}
TAKES_A_GRAPH: dict[str, Callable[[Any], object]] = {
    "graph.pert": rulegov.graph.pert,
    "graph.monte_carlo": rulegov.graph.monte_carlo,
    "render.to_networkx": rulegov.render.to_networkx,
    "render.graph_mermaid": rulegov.render.graph_mermaid,
    "render.graph_dot": rulegov.render.graph_dot,
    "render.graph_graphml": rulegov.render.graph_graphml,
    "render.graph_json": rulegov.render.graph_json,
}
TAKES_A_SCHEDULE: dict[str, Callable[[Any], object]] = {
    "render.schedule_json": rulegov.render.schedule_json,
    "render.schedule_gantt": rulegov.render.schedule_gantt,
    "render.schedule_ical": rulegov.render.schedule_ical,
}
# the wrong objects a caller passes: nothing, a number, a file name, parsed JSON, and the
# neighbouring objects of the library (a graph for a plan, a plan for a graph...)
WRONG: list[object] = [None, 5, "plan.txt", {"title": "某县2023年工作要点"}, object()]


def _refused(call: Callable[[], object], parameter: str, wrong: object) -> rulegov.ValidationError:
    with pytest.raises(rulegov.ValidationError) as raised:
        call()
    error = raised.value
    assert (error.code, error.path, error.model) == ("invalid-parameter", parameter, "")
    assert error.value is wrong
    assert str(error).startswith(f"invalid argument: {parameter}: expected ")
    assert f"not a {type(wrong).__name__}" in str(error)
    return error


@pytest.mark.parametrize("name", sorted(TAKES_A_PLAN))
@pytest.mark.parametrize("wrong", [*WRONG, GRAPH, SCHEDULE], ids=lambda value: type(value).__name__)
def test_a_function_of_a_plan_names_what_it_got_instead(name: str, wrong: object) -> None:
    error = _refused(lambda: TAKES_A_PLAN[name](wrong), "plan", wrong)
    assert "a rulegov Plan" in str(error)


@pytest.mark.parametrize("name", sorted(TAKES_A_GRAPH))
@pytest.mark.parametrize("wrong", [*WRONG, PLAN, SCHEDULE], ids=lambda value: type(value).__name__)
def test_a_function_of_a_graph_names_what_it_got_instead(name: str, wrong: object) -> None:
    error = _refused(lambda: TAKES_A_GRAPH[name](wrong), "graph", wrong)
    assert "a rulegov TaskGraph" in str(error)


@pytest.mark.parametrize("name", sorted(TAKES_A_SCHEDULE))
@pytest.mark.parametrize("wrong", [*WRONG, PLAN, GRAPH], ids=lambda value: type(value).__name__)
def test_a_function_of_a_schedule_names_what_it_got_instead(name: str, wrong: object) -> None:
    error = _refused(lambda: TAKES_A_SCHEDULE[name](wrong), "schedule", wrong)
    assert "a rulegov Schedule" in str(error)


@pytest.mark.parametrize("reader", [rulegov.io.read_plan_bytes, rulegov.io.read_scheme_bytes])
@pytest.mark.parametrize(
    ("wrong", "hint"),
    [("一、加强领导", "; for text use rulegov.parse_"), (None, ""), (5, "")],
    ids=lambda value: type(value).__name__,
)
def test_a_reader_of_bytes_names_what_it_got_instead(
    reader: Callable[[Any], object], wrong: object, hint: str
) -> None:
    with pytest.raises(rulegov.ParseError) as raised:
        reader(wrong)
    assert raised.value.code == "not-bytes"
    assert f"needs bytes as data, not {type(wrong).__name__}{hint}" in str(raised.value)


@pytest.mark.parametrize("reader", [rulegov.io.read_plan_bytes, rulegov.io.read_scheme_bytes])
@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_a_reader_of_bytes_reads_other_bytes_like_values(
    reader: Callable[[Any], object], kind: Callable[[bytes], object]
) -> None:
    text = "一、组织领导（10分）\n1.召开会议（5分）。未召开的扣5分。\n"
    assert reader(kind(text.encode())) == reader(text.encode())


def test_the_reader_of_bytes_still_reads_bytes() -> None:
    plan = rulegov.io.read_plan_bytes("2023年工作要点\n1.召开会议。".encode("gb18030"))
    assert [task.title for task in plan.tasks] == ["召开会议"]


@pytest.mark.parametrize("wrong", [None, 5, 2.5, object()], ids=lambda value: type(value).__name__)
def test_the_corpus_functions_name_sources_that_are_no_paths(wrong: object) -> None:
    _refused(lambda: rulegov.io.corpus_files(wrong), "folder", wrong)  # type: ignore[arg-type]
    _refused(lambda: rulegov.io.write_corpus(wrong, OUT), "sources", wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("wrong", [5, None, b"plan.txt"], ids=lambda value: type(value).__name__)
def test_write_corpus_names_the_item_of_its_list_that_is_no_path(wrong: object) -> None:
    with pytest.raises(rulegov.ValidationError) as raised:
        rulegov.io.write_corpus(["plan.txt", wrong], OUT)  # type: ignore[list-item]
    assert (raised.value.code, raised.value.path) == ("invalid-parameter", "sources[1]")
    assert f"not a {type(wrong).__name__}" in str(raised.value)
    assert not OUT.exists()


def test_the_right_objects_are_still_taken() -> None:
    assert rulegov.graph.waves(GRAPH) == [("a",), ("b",)]
    assert rulegov.io.tables(PLAN)["tasks"][0]["title"] == "召开会议"
    assert rulegov.render.schedule_json(SCHEDULE).startswith("{")
    assert rulegov.graph.node_names(PLAN)
