import datetime as dt

import rulegov
from rulegov import Plan, TaskGraph
from rulegov.graph import diagnostics, infer_dependencies, node_names


def _task(number, title, text="", measures=()):
    return {
        "id": f"t{number}",
        "number": str(number),
        "path": [str(number)],
        "title": title,
        "text": text or title,
        "measures": [{"id": f"t{number}.m{i}", "text": m} for i, m in enumerate(measures, 1)],
    }


def test_measure_order_plan_then_carry_out_then_check():
    plan = Plan(
        title="计划",
        unsectioned_tasks=[
            _task(
                9,
                "切实加强法治督察工作。",
                measures=[
                    "科学制定整改方案",
                    "落实整改责任",
                    "适时开展实地督导",
                    "推动各部门全面落实整改任务",
                ],
            )
        ],
    )
    found = infer_dependencies(plan)
    assert [(d.predecessor, d.successor) for d in found] == [("t9.m1", "t9.m2"), ("t9.m2", "t9.m3")]
    assert all(d.origin.value == "inferred" for d in found)
    assert found[0].reason == (
        "measure order in task 9: 科学制定整改方案 (plan) before 落实整改责任 (carry out)"
    )


def test_wording_links_name_the_task_referred_to():
    plan = Plan(
        title="计划",
        unsectioned_tasks=[
            _task(3, "推进法治建设规划体系实施。", "开展法治建设规划中期评估。"),
            _task(4, "完善对策。", "根据法治建设规划中期评估结果,制定对策措施。"),
            _task(5, "深化试点。", "在法治小区建设试点基础上,总结推广经验。"),
            _task(6, "开展法治小区建设试点。"),
            _task(7, "其他。", "根据上级部署安排开展工作。"),  # names nothing in the plan
        ],
    )
    found = {(d.predecessor, d.successor): d.reason for d in infer_dependencies(plan)}
    assert found == {
        ("t3", "t4"): "task 4 says '根据法治建设规划中期评估结果' (根据…结果), "
        "which names task 3 推进法治建设规划体系实施。",
        ("t6", "t5"): "task 5 says '在法治小区建设试点基础上' (在…基础上), "
        "which names task 6 开展法治小区建设试点。",
    }


def test_stated_links_are_not_suggested_again():
    plan = Plan(
        title="计划",
        unsectioned_tasks=[
            _task(3, "推进法治建设规划体系实施。"),
            _task(4, "完善对策。", "根据法治建设规划体系实施结果,制定对策。"),
        ],
        dependencies=[{"predecessor": "t3", "successor": "t4", "origin": "document"}],
    )
    assert infer_dependencies(plan) == []


def test_suggestions_are_offered_and_accepted_one_by_one():
    plan = Plan(
        title="计划",
        unsectioned_tasks=[
            _task(1, "督察。", measures=["制定整改方案", "落实整改", "开展实地督导"]),
            _task(2, "总结。"),
        ],
        dependencies=[{"predecessor": "t1", "successor": "t2"}],
    )
    g = TaskGraph.from_plan(plan, include_measures=True, measure_duration=3, default_duration=5)
    assert g.nodes == ("t1", "t1.m1", "t1.m2", "t1.m3", "t2")
    # plan, carry out, check: each measure waits on the one before it
    assert [(d.predecessor, d.successor, d.type.value, d.origin.value) for d in g.suggestions] == [
        ("t1.m1", "t1.m2", "FS", "inferred"),
        ("t1.m2", "t1.m3", "FS", "inferred"),
    ]
    assert g.suggestions[0].reason == (
        "measure order in task 1: 制定整改方案 (plan) before 落实整改 (carry out)"
    )
    first = g.suggestions[0]
    g1 = g.accept(first)
    assert g1.suggestions == g.suggestions[1:]
    s = g.accept().schedule()
    # measures in order: 0-3, 3-6, 6-9; what waits on task 1 waits on its measures too
    assert [s.early_start[m] for m in ("t1.m1", "t1.m2", "t1.m3")] == [0, 3, 6]
    assert s.early_finish["t1"] == 5
    assert s.early_start["t2"] == 9
    assert s.driving_predecessor["t2"] == "t1.m3"
    codes = [d.code for d in diagnostics(g)]
    assert codes == ["inferred-link", "inferred-link"]


def test_recurring_duties_expand_to_quarter_ends_from_the_date_of_issue():
    text = (
        "某区2023年工作要点\n一、加强领导\n1.报送工作进展。每季度报送。\n牵头单位：区司法局\n"
        "2.开展专项督查。每半年开展一次。\n牵头单位：区委依法治区办\n"
    )
    plan = rulegov.parse_plan(text).model_copy(update={"issued_on": dt.date(2023, 5, 10)})
    calendar = rulegov.Calendar.china(2023, 2024)
    graph = rulegov.TaskGraph.from_plan(plan, calendar=calendar)
    quarterly = [node for node in graph.nodes if node.startswith("t1@")]
    # 31 March is before the plan exists; 30 September is a Saturday, 31 December a Sunday
    assert quarterly == ["t1@2023-06-30", "t1@2023-10-07", "t1@2024-01-02"]
    assert [graph.kind(node) for node in quarterly] == ["duty"] * 3
    assert graph.label("t1@2023-06-30") == "1 报送工作进展 · 2023-06-30"
    assert [node for node in graph.nodes if node.startswith("t2@")] == [
        "t2@2023-06-30",
        "t2@2024-01-02",
    ]
    assert "t1" not in graph.deadlines  # the duty itself: no deadline, its instances have them
    assert graph.deadlines["t1@2023-06-30"] == dt.date(2023, 6, 30)
    assert graph.predecessors("t1@2023-10-07") == ("t1@2023-06-30",)
    schedule = graph.schedule(start=plan.issued_on, calendar=calendar)
    assert schedule.violations == ()  # no instance gets a deadline it cannot meet
    assert schedule.dates("t1@2023-10-07").finish == dt.date(2023, 10, 7)


def test_an_instance_too_soon_after_issue_is_left_out():
    text = "某区2023年工作要点\n一、加强领导\n1.报送工作进展。每季度报送。\n牵头单位：区司法局\n"
    plan = rulegov.parse_plan(text).model_copy(update={"issued_on": dt.date(2023, 6, 29)})
    graph = rulegov.TaskGraph.from_plan(plan, recurring_duration=3)
    assert [node for node in graph.nodes if node.startswith("t1@")] == [
        "t1@2023-09-30",
        "t1@2023-12-31",
    ]
    assert graph.schedule(start=plan.issued_on).violations == ()


def test_recurring_duties_can_stay_one_node():
    text = "某区2023年工作要点\n一、加强领导\n1.报送工作进展。每季度报送。\n牵头单位：区司法局\n"
    graph = rulegov.TaskGraph.from_plan(rulegov.parse_plan(text), expand_recurring=False)
    assert [node for node in graph.nodes if "@" in node] == []
    assert graph.deadlines == {"t1": dt.date(2023, 12, 31)}


def test_node_names_are_the_plans_words_and_label_the_graph():
    long_measure = "落实" + "整改" * 40
    plan = Plan(
        title="计划",
        unsectioned_tasks=[_task(3, "推进规划实施。", measures=["制定方案", long_measure])],
        assessments=[
            {
                "id": "a-t3-review",
                "kind": "mid_term_evaluation",
                "name": "中期评估",
                "subjects": [{"kind": "task", "ref": "t3"}],
            },
            {"id": "a-other", "kind": "monitoring_evaluation", "name": "年度评价"},
        ],
    )
    names = node_names(plan)
    assert names["t3"] == "3 推进规划实施。"
    assert names["t3.m1"] == "3 › 制定方案"
    assert names["t3.m2"].startswith("3 › 落实整改")
    assert names["t3.m2"].endswith("…")
    assert names["a-t3-review"] == "3 › 中期评估"  # by the task it checks
    assert names["a-other"] == "年度评价"
    graph = TaskGraph.from_plan(plan, include_measures=True)
    assert {node: graph.label(node) for node in graph.nodes} == {
        node: names[node] for node in graph.nodes
    }
