import datetime as dt
import subprocess
import sys

import pytest

import rulegov
from rulegov import (
    Dependency,
    DependencyCycleError,
    Plan,
    TaskGraph,
    UnknownReferenceError,
    ValidationError,
)
from rulegov import graph as graph_package
from rulegov.graph import (
    Calendar,
    Gate,
)
from rulegov.render import to_networkx


def test_public_contract():
    g = TaskGraph(
        durations={"a": 3, "b": 2},
        dependencies=[Dependency(predecessor="a", successor="b", type="FS", lag=0)],
    )
    s = g.schedule()
    assert s.duration == 5
    assert (s.early_start["b"], s.early_finish["b"]) == (3, 5)
    assert (s.late_start["b"], s.late_finish["b"], s.total_slack["b"]) == (3, 5, 0)
    assert s.critical == frozenset({"a", "b"})
    nxg = to_networkx(g)
    assert list(nxg.edges) == [("a", "b")]
    assert nxg.nodes["a"]["duration"] == 3


def test_root_exports_the_graph_names():
    assert {"TaskGraph", "Schedule", "Calendar"} <= set(rulegov.__all__)
    assert rulegov.__all__ == sorted(rulegov.__all__)


def test_graph_package_all_is_sorted_and_complete():
    names = graph_package.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    for name in names:
        assert hasattr(graph_package, name)


@pytest.mark.parametrize("module", ["rulegov", "rulegov.graph"])
def test_importing_does_not_import_networkx(module):
    code = f"import sys, {module}; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_networkx_is_loaded_only_by_the_functions_that_need_it():
    code = (
        "import sys; from rulegov import TaskGraph; from rulegov.graph import waves; "
        "from rulegov.render import to_networkx; "
        "g = TaskGraph({'a': 1, 'b': 1}, [('a', 'b')]); g.schedule(); waves(g); "
        "print('networkx' in sys.modules); to_networkx(g); print('networkx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


# -- errors ---------------------------------------------------------------------------------------


def test_cycle_names_the_whole_loop_by_number_and_title():
    labels = {
        "t2": "task 2 坚持和加强党对法治建设工作的集中统一领导。",
        "t3": "task 3 推进法治建设规划体系实施。",
        "t9": "task 9 切实加强法治督察工作。",
        "t1": "task 1 推动学习。",
    }
    with pytest.raises(DependencyCycleError) as caught:
        TaskGraph(
            {"t1": 1, "t2": 1, "t3": 1, "t9": 1},
            [("t1", "t2"), ("t2", "t3"), ("t3", "t9"), ("t9", "t2")],
            labels=labels,
        )
    err = caught.value
    assert err.cycle == ("t2", "t3", "t9")
    assert err.labels[1] == "task 3 推进法治建设规划体系实施。"
    assert str(err) == (
        "dependency cycle: task 2 坚持和加强党对法治建设工作的集中统一领导。 -> "
        "task 3 推进法治建设规划体系实施。 -> task 9 切实加强法治督察工作。 -> "
        "task 2 坚持和加强党对法治建设工作的集中统一领导。; remove or reverse one of these links"
    )
    assert isinstance(err, ValueError)


def test_cycle_through_a_gate():
    with pytest.raises(DependencyCycleError) as caught:
        TaskGraph({"a": 1, "review": 1}, [("review", "a")], gates=[Gate("review", ("a",))])
    assert set(caught.value.cycle) == {"a", "review"}


def test_accepting_a_link_that_closes_a_loop_raises():
    g = TaskGraph({"a": 1, "b": 1}, [("a", "b")])
    with pytest.raises(DependencyCycleError):
        g.with_links(("b", "a"))


def test_unknown_references_name_the_field_and_value():
    with pytest.raises(UnknownReferenceError) as caught:
        TaskGraph({"a": 1}, [("a", "b"), ("c", "a")], deadlines={"d": 3})
    paths = [(i.path, i.value) for i in caught.value.issues]
    assert paths == [
        ("dependencies[0].successor", "b"),
        ("dependencies[1].predecessor", "c"),
        ("deadlines['d']", "d"),
    ]
    assert "add it to durations" in str(caught.value)


def test_unknown_node_errors_name_the_node_in_their_field():
    with pytest.raises(UnknownReferenceError) as caught:
        TaskGraph({"a": 1}, [("a", "zz")])
    assert (caught.value.code, caught.value.node) == ("unknown-node", "zz")
    assert caught.value.issues[0].node == "zz"
    with pytest.raises(UnknownReferenceError) as caught:
        TaskGraph({"a": 1, "g": 0}, gates=[Gate("g", ("a", "zz"))])
    assert caught.value.node == "zz"
    with pytest.raises(ValidationError) as invalid:
        TaskGraph({"a": 1, "b": 1, "g": 0}, gates=[Gate("g", ("a", "b"), k=3)])
    assert (invalid.value.code, invalid.value.node) == ("invalid-gate", "g")
    with pytest.raises(UnknownReferenceError) as caught:
        TaskGraph({"a": 1}).schedule().explain("q")
    assert (caught.value.code, caught.value.node) == ("unknown-node", "q")


def test_self_loop_and_bad_duration():
    with pytest.raises(
        ValidationError, match=r"dependencies\[0\].successor: an item cannot depend on itself"
    ):
        TaskGraph({"a": 1}, [("a", "a")])
    with pytest.raises(ValidationError, match=r"durations\['a'\].*got -1"):
        TaskGraph({"a": -1})
    with pytest.raises(ValidationError, match=r"durations\['a'\].*got 1.5"):
        TaskGraph({"a": 1.5})  # type: ignore[dict-item]
    with pytest.raises(ValidationError, match=r"dependencies\[0\]: expected a Dependency"):
        TaskGraph({"a": 1}, ["a->b"])  # type: ignore[list-item]


def test_unknown_node_question():
    with pytest.raises(UnknownReferenceError, match="'q'"):
        TaskGraph({"a": 1}).label("q")


# -- plans -------------------------------------------------------------------------------------------


def _plan(**extra):
    return Plan(
        title="2023年工作计划",
        issued_on=dt.date(2023, 5, 10),
        units=[{"id": "office", "name": "区依法治区办"}, {"id": "justice", "name": "区司法局"}],
        sections=[
            {
                "id": "s1",
                "number": "一",
                "level": 1,
                "title": "坚持政治引领",
                "tasks": [
                    {
                        "id": "t2",
                        "number": "2",
                        "path": ["一", "2"],
                        "title": "召开委员会会议。",
                        "assignments": [{"unit": "office", "role": "lead"}],
                        "timeframe": {
                            "kind": "range",
                            "start": "2023-05-15",
                            "end": "2023-05-19",
                        },
                    },
                    {
                        "id": "t3",
                        "number": "3",
                        "path": ["一", "3"],
                        "title": "推进法治建设规划体系实施。",
                        "assignments": [
                            {"unit": "office", "role": "lead"},
                            {"unit": "justice", "role": "cooperating"},
                        ],
                        "timeframe": {"kind": "deadline", "end": "2023-06-30"},
                    },
                ],
            }
        ],
        assessments=[
            {
                "id": "a1",
                "kind": "mid_term_evaluation",
                "task": "t3",
                "name": "中期评估",
                "subjects": [{"kind": "task", "ref": "t3"}],
            }
        ],
        coordination_groups=[{"id": "g1", "name": "执法协调小组", "tasks": ["t3"]}],
        dependencies=[{"predecessor": "t2", "successor": "t3", "reason": "key points first"}],
        **extra,
    )


def test_from_plan_durations_deadlines_gates_and_labels():
    plan = _plan()
    cal = Calendar.china(2023)
    g = TaskGraph.from_plan(plan, calendar=cal, default_duration=15)
    assert g.nodes == ("t2", "t3", "a1")
    assert g.duration("t2") == 5  # 15-19 May: five working days
    assert g.duration("t3") == 15  # no start: the default
    assert g.duration("a1") == 5  # the assessment default
    assert g.label("t3") == "3 推进法治建设规划体系实施。"
    assert g.kind("a1") == "assessment"
    assert g.gates == (Gate("a1", ("t3",)),)
    # a due date (the end of a range, or a deadline) is a hard deadline
    assert g.deadlines == {"t2": dt.date(2023, 5, 19), "t3": dt.date(2023, 6, 30)}
    assert g.units_of("t3") == ("office", "justice")
    assert g.groups_of("t3") == ("g1",)
    s = g.schedule(start=plan.issued_on, calendar=cal)
    assert s.early_start["t3"] == 5
    assert s.early_start["a1"] == 20
    assert s.violations == ()


def test_from_plan_overrides_and_soft_deadlines():
    g = TaskGraph.from_plan(_plan(), durations={"t3": 60}, hard_deadlines=False)
    assert g.duration("t3") == 60
    assert g.deadlines == {}
    assert list(g.soft_deadlines) == ["t2", "t3"]


def test_from_plan_without_gates_suggests_them():
    g = TaskGraph.from_plan(_plan(), assessment_gates=False)
    assert g.gates == ()
    (suggestion,) = g.suggestions
    assert (suggestion.predecessor, suggestion.successor) == ("t3", "a1")
    assert suggestion.origin.value == "inferred"
    assert suggestion.reason == "assessment gate: 中期评估 assesses task 3 once it has run"
    accepted = g.accept()
    assert accepted.suggestions == ()
    assert (
        accepted.schedule(start=_plan().issued_on).early_start["a1"] == 25
    )  # t2 (5 days) then t3 (20)
    assert (
        TaskGraph.from_plan(_plan(), assessment_gates=False, accept_inferred=True).dependencies[-1]
        == suggestion
    )
