"""Rules of the genre read while tuning on the appraisal sets' tune halves (``schemes/realN/tune``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _vetoes(text: str) -> list[str]:
    scheme = rulegov.parse_scheme(text)
    return [rule.reason or "" for rule in scheme.rules if rule.kind == "veto"]


def test_a_veto_system_over_a_named_matter_is_a_requirement_not_a_veto():
    text = (
        "某镇安全生产考核细则\n"
        "1、责任落实(10分)。坚持重大生产安全和消防事故“一票否决”制,落实事故责任追究。"
        "未制定工作方案的扣2分。\n"
        "2、隐患排查(10分)。未开展排查的扣5分。\n"
    )
    assert _vetoes(text) == []


def test_failing_to_run_a_veto_system_is_a_deduction_not_a_veto():
    text = (
        "某镇安全生产考核细则\n"
        "1、责任落实(10分)。查阅相关文件,没有实行“一票否决”的,扣5分。\n"
        "2、隐患排查(10分)。未开展排查的扣5分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _vetoes(text) == []
    assert any(
        "一票否决" in (rule.reason or "") for rule in scheme.rules if rule.kind == "deduction"
    )


def test_units_struck_by_a_veto_or_another_sanction_are_no_veto_of_their_own():
    text = (
        "某县计划生育工作考核方案\n"
        "1、处罚落实(2分)。对被县“一票否决” 或“黄牌警告”的村处罚到位情况,查看收据确定,"
        "任何一项未落实的不计分。\n"
        "2、服务管理(8分)。未建档的扣2分。\n"
    )
    assert _vetoes(text) == []


def test_a_condition_before_a_veto_system_still_vetoes():
    text = (
        "某镇安全生产考核细则\n"
        "1、责任落实(10分)。未制定工作方案的扣2分。\n"
        "二、一票否决\n发生重大安全事故的,落实一票否决制。\n"
    )
    assert len(_vetoes(text)) == 1


def _deductions_by_node(text: str) -> dict[str, list[float]]:
    scheme = rulegov.parse_scheme(text)
    names = {node.id: node.name for node in scheme.nodes()}
    found: dict[str, list[float]] = {}
    for rule in scheme.rules:
        node = getattr(rule, "node", None)
        if rule.kind == "deduction" and node is not None:
            top = node.split(".")[0]
            found.setdefault(names[top][:4], []).append(rule.points or 0.0)
    return {name: sorted(points) for name, points in found.items()}


_PARTS_WITHOUT_POINTS = (
    "某所协管员考核细则\n"
    "考核实行百分制,80分为及格分。\n"
    "(一)出勤情况\n1、未按时签到的,扣2分;\n2、擅自离岗的,扣5分;\n3、全勤的,加3分。\n"
    "(二)工作任务\n1、不服从安排的,扣5分;\n2、未完成交办任务的,扣3分。\n"
)


def test_parts_without_points_whose_entries_deduct_are_items_beside_a_pass_mark():
    assert _deductions_by_node(_PARTS_WITHOUT_POINTS) == {
        "出勤情况": [2.0, 5.0],
        "工作任务": [3.0, 5.0],
    }


def _run_on(text: str) -> str:
    """The text as a sharing site's preview prints it: the whole document on one long line."""
    preamble = (
        "为加强协管员队伍管理,规范日常工作,提高工作效率和服务水平,结合本所实际,特制定本细则。" * 3
    )
    text = "".join(
        line if line.startswith(("1、", "2、", "3、", "(二)")) else "\n" + line
        for line in text.split("\n")
    )
    return text.replace("\n考核实行", preamble + "考核实行").replace("\n(一)", "(一)")


def test_parts_without_points_run_on_in_one_line_are_items_too():
    text = _run_on(_PARTS_WITHOUT_POINTS)
    assert _deductions_by_node(text) == {"出勤情况": [2.0, 5.0], "工作任务": [3.0, 5.0]}


def test_each_part_run_on_opens_its_list_glued_to_its_name():
    # (二)工作任务1、不服从安排的…: the second part's item 1 follows its name with no stop between
    scheme = rulegov.parse_scheme(_run_on(_PARTS_WITHOUT_POINTS))
    tops = [node for node in scheme.nodes()[1:] if "." not in node.id]
    assert [node.name for node in tops] == ["出勤情况", "工作任务"]
    assert [child.name for child in tops[1].children] == ["不服从安排的", "未完成交办任务的"]


def test_deducting_entries_under_a_standards_part_are_items_beside_the_fields_named():
    text = (
        "某县督查工作考核办法\n"
        "一、考核内容\n1.督查事项落实情况;\n2.督查机构建设情况。\n"
        "二、考核标准\n基础分为80分,根据完成情况给予加分或扣分。\n"
        "(一)单位考核事项\n"
        "1.专项督查事项,每完成一项加2分;未按时完成的,扣5分。\n"
        "2.领导交办事项,未按时完成的每项扣2分。\n"
        "3.被通报批评的,每次扣1分。\n"
    )
    found = _deductions_by_node(text)
    assert found == {"考核标准": [1.0, 2.0, 5.0]}


def test_a_part_whose_entries_only_mention_a_score_numbers_no_deductions():
    text = (
        "某局考核办法\n"
        "一、考核对象\n局领导和各科室。\n"
        "二、考核等次\n1、优秀:评分90分以上,单项评分不为0分;\n2、良好:评分80分以上,单项评分为0分的不超过1个。\n"
        "三、加分\n获市级表彰的加2分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [node.name for node in scheme.nodes()[1:]] == []
