"""Graph analyses: redundant links, waves, impact sets, workload and the unit network."""

import datetime as dt

import pytest

from rulegov import (
    ScheduleError,
    TaskGraph,
)
from rulegov.graph import (
    Calendar,
    diagnostics,
    downstream,
    redundant_links,
    unit_network,
    upstream,
    waves,
    workload,
)


def test_redundant_links_are_reported():
    g = TaskGraph(
        {"a": 1, "b": 1, "c": 1, "d": 1},
        [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d"), ("a", "d", "SS", 0)],
    )
    assert [(d.predecessor, d.successor) for d in redundant_links(g)] == [("a", "c")]
    codes = [d.code for d in diagnostics(g)]
    assert codes == ["redundant-link"]
    assert "a -> c" in diagnostics(g)[0].message


def test_a_link_with_lag_is_not_redundant():
    g = TaskGraph({"a": 1, "b": 1, "c": 1}, [("a", "b"), ("b", "c"), ("a", "c", "FS", 5)])
    assert redundant_links(g) == ()


def test_waves_and_impact_sets():
    g = TaskGraph(
        {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1},
        [("a", "c"), ("b", "c"), ("c", "d")],
    )
    assert waves(g) == [("a", "b", "e"), ("c",), ("d",)]
    assert downstream(g, "a") == {"c", "d"}
    assert upstream(g, "d") == {"a", "b", "c"}
    assert downstream(g, "e") == frozenset()


def test_workload_per_wave_and_month_and_unit_network():
    g = TaskGraph(
        {"a": 3, "b": 2, "c": 4},
        [("a", "c")],
        units={"a": ["justice"], "b": ["justice", "court"], "c": ["court", "police"]},
        groups={"a": ["g-enforcement"], "c": ["g-enforcement"]},
    )
    assert workload(g, by="group") == {"g-enforcement": {"wave 1": 1, "wave 2": 1}}
    s = g.schedule(start=dt.date(2023, 5, 29), calendar=Calendar.china(2023))
    # a: 29, 30, 31 May; c: 1-6 June (4 working days); b: 29, 30 May
    assert workload(g, by="unit", per="month", schedule=s) == {
        "court": {"2023-05": 2, "2023-06": 4},
        "justice": {"2023-05": 5},
        "police": {"2023-06": 4},
    }
    assert unit_network(g) == {("court", "justice"): ("b",), ("court", "police"): ("c",)}


def test_workload_errors():
    g = TaskGraph({"a": 1})
    with pytest.raises(ScheduleError, match="by 'team'"):
        workload(g, by="team")
    with pytest.raises(ScheduleError, match="per 'year'"):
        workload(g, per="year")
    with pytest.raises(ScheduleError, match="needs a schedule with a start date"):
        workload(g, per="month", schedule=g.schedule())
