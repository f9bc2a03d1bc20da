import datetime as dt
import json
import re

import networkx as nx
import pytest

import rulegov
import rulegov.graph
from rulegov import Dependency, ScheduleError, TaskGraph
from rulegov.graph import Calendar, Gate, plan_overview
from rulegov.render import (
    graph_dot,
    graph_graphml,
    graph_json,
    graph_mermaid,
    schedule_gantt,
    schedule_ical,
    schedule_json,
    to_networkx,
    to_text,
)

START = dt.date(2023, 5, 10)
CALENDAR = Calendar.china(2023, 2024)


def _graph():
    return TaskGraph(
        {"t2": 3, "t3": 10, "t9": 5, "a1": 0},
        [
            Dependency(predecessor="t2", successor="t3", reason="key points first"),
            Dependency(
                predecessor="t3",
                successor="t9",
                type="SS",
                lag=2,
                origin="inferred",
                reason='按"计划"',
            ),
        ],
        labels={
            "t2": 'task 2 召开会议; 研究制定《工作要点》, "要点"',
            "t3": "task 3 推进<script>alert(1)</script>实施。",
            "t9": "task 9 督察: 整改 # 落实",
            "a1": "assessment 中期评估",
        },
        kinds={"a1": "assessment"},
        gates=[Gate("a1", ("t3", "t9"))],
        deadlines={"t9": dt.date(2023, 6, 30), "t3": dt.date(2023, 5, 12)},
        units={"t3": ["office"]},
    ).with_recurring(
        "report",
        "quarterly",
        start=START,
        end=dt.date(2023, 12, 31),
        label="季度报告",
        calendar=Calendar.china(2023, 2024),
    )


def _schedule():
    return _graph().schedule(start=START, calendar=Calendar.china(2023, 2024))


EXPORTS = {
    "mermaid": lambda: graph_mermaid(_graph()),
    "dot": lambda: graph_dot(_graph()),
    "graphml": lambda: graph_graphml(_graph()),
    "graph json": lambda: graph_json(_graph()),
    "graph html": lambda: _graph()._repr_html_(),
    "graph markdown": lambda: _graph()._repr_markdown_(),
    "gantt": lambda: schedule_gantt(_schedule()),
    "ical": lambda: schedule_ical(_schedule()),
    "schedule json": lambda: schedule_json(_schedule()),
    "schedule html": lambda: _schedule()._repr_html_(),
    "schedule markdown": lambda: _schedule()._repr_markdown_(),
    "numbers markdown": lambda: _graph().schedule(start=START)._repr_markdown_(),
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_export_is_deterministic(name):
    first = EXPORTS[name]().encode("utf-8")
    second = EXPORTS[name]().encode("utf-8")
    assert first == second
    assert first


def test_to_networkx_keeps_every_link_and_gate():
    g = to_networkx(_graph())
    assert g.edges["t3", "t9"]["type"] == "SS"
    assert g.edges["t3", "t9"]["lag"] == 2
    assert g.edges["t3", "t9"]["origin"] == "inferred"
    assert g.edges["t2", "t3"]["reason"] == "key points first"
    assert g.edges["t9", "a1"]["type"] == "gate"
    assert g.nodes["a1"]["kind"] == "assessment"
    assert g.nodes["t9"]["deadline"] == "2023-06-30"
    assert nx.is_directed_acyclic_graph(g)


def test_mermaid_flowchart_escapes_labels():
    text = graph_mermaid(_graph())
    assert text.startswith("flowchart LR\n")
    assert '  n0["task 2 召开会议; 研究制定《工作要点》, #quot;要点#quot;"]' in text
    assert "&lt;script&gt;" in text
    assert "<script>" not in text
    assert '  n1 -.->|"SS +2"| n2' in text  # inferred links dashed
    assert '  n1 ==>|"all"| n3' in text
    assert "  n3{{" in text  # assessments drawn as hexagons


def test_gantt_writes_computed_dates():
    text = schedule_gantt(_schedule(), title="2023年工作计划")
    lines = text.splitlines()
    assert lines[:3] == ["gantt", "  title 2023年工作计划", "  dateFormat YYYY-MM-DD"]
    # t2: Wed 10 - Fri 12 May; t3 starts Mon 15 May
    assert '  task 2 召开会议； 研究制定《工作要点》, "要点" :crit, n0, 2023-05-10, 3d' in lines
    # t9 starts 2 working days after t3 (SS +2): Wed 17 May, 5 working days to Tue 23 May
    assert "  task 9 督察： 整改 ＃ 落实 :n2, 2023-05-17, 7d" in lines
    # the assessment waits for t3 (to Fri 26 May) and t9: the next working day, Mon 29 May
    assert lines[-2:] == [
        "  section wave 4",
        "  assessment 中期评估 :milestone, n3, 2023-05-29, 0d",
    ]
    with pytest.raises(ScheduleError, match="needs dates"):
        schedule_gantt(TaskGraph({"a": 1}).schedule())


def test_dot_is_escaped():
    text = graph_dot(_graph())
    assert text.startswith("digraph rulegov {\n")
    assert '"t2" [label="task 2 召开会议; 研究制定《工作要点》, \\"要点\\""];' in text
    assert '"t3" -> "t9" [label="SS +2", style=dashed];' in text
    assert text.endswith("}\n")


def test_graphml_reads_back():
    g = nx.parse_graphml(graph_graphml(_graph()))
    assert set(g.nodes) == set(_graph().nodes)
    assert g.nodes["t3"]["units"] == "office"
    assert g.edges["t3", "t9"]["type"] == "SS"


def test_ical_follows_rfc_5545():
    text = schedule_ical(_schedule(), name="yancheng")
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert re.search(r"^UID:t9@[0-9a-f]{16}\.rulegov\r$", unfolded, re.MULTILINE)
    assert "DTSTART;VALUE=DATE:20230630" in unfolded
    assert "DTEND;VALUE=DATE:20230701" in unfolded
    assert "DTSTAMP:20230510T000000Z" in unfolded
    assert "SUMMARY:task 2" not in unfolded  # no deadline, no event
    assert "SUMMARY:季度报告 2023-09-30" not in unfolded  # rolled off the holiday
    assert "SUMMARY:季度报告 2023-10-07" in unfolded
    assert "CATEGORIES:DUTY" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 5
    stamped = schedule_ical(_schedule(), stamp=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    assert "DTSTAMP:20240102T030405Z" in stamped


def test_ical_uids_tell_plans_with_the_same_title_apart():
    uids = [line for line in schedule_ical(_schedule(), name="计划").split("\r\n") if "UID" in line]
    assert uids == [
        line for line in schedule_ical(_schedule(), name="计划").split("\r\n") if "UID" in line
    ]
    other = TaskGraph({"t9": 5}, deadlines={"t9": dt.date(2023, 6, 30)})
    other_uids = [
        line
        for line in schedule_ical(other.schedule(start=START), name="计划").split("\r\n")
        if "UID" in line
    ]
    assert len(other_uids) == 1
    assert other_uids[0].startswith("UID:t9@")
    assert other_uids[0] not in uids
    chosen = schedule_ical(_schedule(), uid_domain="plan-1.example")
    assert "UID:t9@plan-1.example" in chosen


def test_ical_escapes_text():
    g = TaskGraph({"a": 1}, labels={"a": "开展, 推进; 落实\\完成"}, deadlines={"a": START})
    text = schedule_ical(g.schedule(start=START))
    assert "SUMMARY:开展\\, 推进\\; 落实\\\\完成" in text


def test_schedule_json_has_days_dates_and_violations():
    data = json.loads(schedule_json(_schedule()))
    assert data["time_unit"] == "working days"
    assert data["calendar"] == "cn_2023+cn_2024"
    row = {r["id"]: r for r in data["nodes"]}["t3"]
    assert row["start_date"] == "2023-05-15"
    assert row["early_start"] == 3
    assert data["violations"] == [
        (
            "task 3 推进<script>alert(1)</script>实施。: finishes 2023-05-26, "
            "late by 10 working days for its deadline 2023-05-12"
        )
    ]


def test_graph_json_round_trips_the_links():
    data = json.loads(graph_json(_graph()))
    assert data["dependencies"][1]["origin"] == "inferred"
    assert data["gates"] == [
        {
            "id": "a1",
            "subjects": ["t3", "t9"],
            "rule": "all",
            "k": None,
            "weights": None,
            "share": None,
        }
    ]


def test_html_is_escaped_and_has_no_scripts():
    for html_text in (_graph()._repr_html_(), _schedule()._repr_html_()):
        assert "<script" not in html_text
        assert "&lt;script&gt;" in html_text


def test_markdown_shows_a_gantt_when_dated():
    assert _schedule()._repr_markdown_().startswith("```mermaid\ngantt\n")
    assert _graph()._repr_markdown_().startswith("```mermaid\nflowchart LR\n")
    table = TaskGraph({"a": 1}).schedule()._repr_markdown_()
    assert table.splitlines()[0] == "| node | ES | EF | LS | LF | slack | critical | driven by |"


def test_reprs_are_short_summaries():
    plan = rulegov.datasets.yancheng_2023()
    calendar = rulegov.Calendar.china(2023, 2024)
    schedule = rulegov.TaskGraph.from_plan(plan, calendar=calendar).schedule(
        start=plan.issued_on, calendar=calendar
    )
    assert repr(schedule) == (
        "Schedule(nodes=43, duration=168 working days, finish=2024-01-08, critical=4, violations=0)"
    )
    assert repr(calendar).startswith("Calendar(name='cn_2023+cn_2024', holidays=")
    assert repr(schedule.slip("t2.m5", 3)).startswith("SlipImpact(node='t2.m5', days=3, moved=")
    assert (
        repr(rulegov.graph.plan_overview(plan, calendar=calendar))
        == "Overview(waves=5, duration=168, chain=2)"
    )


def test_reference_exports_are_deterministic(reference_plan):
    def render():
        g = TaskGraph.from_plan(reference_plan, calendar=CALENDAR)
        s = g.schedule(start=reference_plan.issued_on, calendar=CALENDAR)
        return (
            graph_mermaid(g)
            + graph_dot(g)
            + graph_json(g)
            + schedule_gantt(s)
            + schedule_ical(s)
            + schedule_json(s)
        )

    assert render() == render()


# Labels are for people and speak the plan's words; ids are for programs and stay where one
# needs them (node ids, iCal UIDs).
INTERNAL_ID = re.compile(r"t\d+\.m\d+|a-t\d+|\bt\d+@\d|\bt\d+\b")


def _unfolded(ical):
    return ical.replace("\r\n ", "").splitlines()


def _export_labels(reference_graph, reference_schedule, reference_plan):
    """The human-readable text of each export, by format."""
    graphml = nx.parse_graphml(graph_graphml(reference_graph))
    nodes = json.loads(graph_json(reference_graph))
    rows = json.loads(schedule_json(reference_schedule))["nodes"]
    return {
        "mermaid": re.findall(
            r'^  n\d+(?:\[|\{\{)"(.*)"(?:\]|\}\})$', graph_mermaid(reference_graph), re.MULTILINE
        ),
        "dot": re.findall(r'label="((?:[^"\\]|\\.)*)"', graph_dot(reference_graph)),
        "graphml": [label for _, label in graphml.nodes(data="label")]
        + [reason for _, _, reason in graphml.edges(data="reason")],
        "graph json": [node["label"] for node in nodes["nodes"]]
        + [link["reason"] or "" for link in nodes["dependencies"] + nodes["suggestions"]],
        "schedule json": [row["label"] for row in rows],
        "gantt": [
            line.split(" :")[0].strip()
            for line in schedule_gantt(reference_schedule).splitlines()
            if " :" in line
        ],
        "ical": [
            line.split(":", 1)[1]
            for line in _unfolded(schedule_ical(reference_schedule, name=reference_plan.title))
            if line.startswith(("SUMMARY:", "DESCRIPTION:"))
        ],
        "overview": to_text(plan_overview(reference_plan, calendar=CALENDAR)).splitlines(),
    }


def test_export_labels_name_items_in_the_plans_words(
    reference_plan, reference_graph, reference_schedule
):
    labels = _export_labels(reference_graph, reference_schedule, reference_plan)
    assert len(labels["mermaid"]) == len(reference_graph.nodes)
    assert len(labels["schedule json"]) == len(reference_graph.nodes)
    assert len(labels["gantt"]) == len(reference_graph.nodes)
    for name, texts in labels.items():
        assert texts, name
        assert [text for text in texts if INTERNAL_ID.search(text)] == [], name
    measure = "2 › 及时组织召开工委全面依法治区委员会会议"
    duty = "11 强化法治建设年度监测评价机制 · 2024-01-02"
    for name in ("mermaid", "dot", "graph json", "schedule json", "gantt"):
        assert measure in labels[name], name
        assert "3 推进法治建设规划体系实施" in labels[name], name
        assert duty in labels[name], name
    assert "4 › 纳入法治建设考核指标体系" in labels["mermaid"]
    assert f"SUMMARY:{duty}" in _unfolded(
        schedule_ical(reference_schedule, name=reference_plan.title)
    )


def test_exports_keep_the_ids_where_programs_need_them(
    reference_plan, reference_graph, reference_schedule
):
    assert '  "t2.m2" [label="2 › 及时组织召开工委全面依法治区委员会会议"];' in graph_dot(
        reference_graph
    )
    assert {node["id"] for node in json.loads(graph_json(reference_graph))["nodes"]} == set(
        reference_graph.nodes
    )
    assert set(nx.parse_graphml(graph_graphml(reference_graph)).nodes) == set(reference_graph.nodes)
    uids = [
        line
        for line in _unfolded(schedule_ical(reference_schedule, name=reference_plan.title))
        if line.startswith("UID")
    ]
    assert any(line.startswith("UID:t11@2024-01-02@") for line in uids)
    assert any(line.startswith("UID:a-t4-duty-report@") for line in uids)


def test_schedule_table_names_the_driving_item_by_its_label():
    graph = TaskGraph(
        {"t1": 2, "t2": 3}, [("t1", "t2")], labels={"t1": "1 制定方案", "t2": "2 落实"}
    )
    rows = graph.schedule()._repr_markdown_().splitlines()
    assert rows[-1].endswith("| 1 制定方案 |")
