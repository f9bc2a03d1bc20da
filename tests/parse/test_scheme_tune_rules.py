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
