"""The principles of an appraisal and the outcomes an outline expects set out no work.

A plan of appraisal or of a campaign of creation states its principles as 基本原则 and 工作原则 are
stated (二、考核原则, (二)创建原则, 2.5考核原则一:客观公正), and an outline drafted to a
consultant's model closes on what it expects (六、预期成效 over 6.1 6.2), as it does on 预期效果:
what is numbered under them is prose, never a task. A heading that works on such a principle
(完善考核原则体系 is no principle stated) or on the outcomes (确保取得预期成效) still heads work.
"""

from __future__ import annotations

import pytest

import rulegov


@pytest.mark.parametrize("word", ["考核原则", "考评原则", "评估原则", "督察原则", "创建原则"])
def test_items_under_a_part_of_principles_are_prose(word: str) -> None:
    text = (
        "某县法治建设考核实施方案\n"
        f"一、{word}\n"
        "(一)坚持客观公正。以事实为依据。\n"
        "(二)坚持突出实绩。注重工作成效。\n"
        "二、考核内容\n"
        "(一)组织领导情况。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("二", "（一）")]


def test_numbered_principles_of_an_outline_are_prose() -> None:
    text = (
        "局法治政府建设考核方案模板\n"
        "二、考核目标与原则\n"
        "2.1总体目标:构建科学规范的考核体系\n"
        "2.2考核原则一:依法依规,确保考核权威性\n"
        "2.3考核原则二:客观公正,提升考核公信力\n"
        "三、考核内容与指标体系\n"
        "3.1依法行政制度建设:构建系统完备的制度规范体系\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("三", "3.1")]


def test_the_outcomes_an_outline_expects_are_prose() -> None:
    text = (
        "局法治政府建设考核方案模板\n"
        "五、保障措施\n"
        "5.1组织保障:构建高位推动的责任落实体系\n"
        "六、预期成效\n"
        "6.1法治政府建设水平全面提升\n"
        "6.2群众获得感和社会满意度持续提升\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("五", "5.1")]


def test_work_on_outcomes_or_principles_is_still_work() -> None:
    text = (
        "某县法治建设考核实施方案\n"
        "一、重点任务\n"
        "(一)完善考核制度。健全考核原则和标准体系。\n"
        "(二)确保取得预期成效。加强跟踪问效。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [tuple(task.path) for task in plan.tasks] == [("一", "（一）"), ("一", "（二）")]
