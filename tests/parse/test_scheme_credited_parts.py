"""A row's standard cell that lists its parts, each closing on the points it credits
(``1.…沟通1分<br/>2.…指导1分<br/>…<br/>4.…总体评价（优、缺点点评） 2分``), the credits adding up
to the row's points: the parts are the row's scored sub-items. Each test is a class of printing,
its texts written for the test."""

from __future__ import annotations

import pytest

from schemetrees import scheme_nodes

_HEAD = "<table><tr><th>三级指标</th><th>评估内容</th><th>评分标准</th><th>分值</th></tr>"
_FIRST = (
    "<tr><td>4.1.2技能操作安排情况</td><td>安排规定的技能操作</td>"
    "<td>满意率≥90%，得满分<br/>满意率＜80%，不得分</td><td>4</td></tr>"
)


def _table(cell: str, points: str = "5") -> str:
    row = (
        f"<tr><td>4.1.3技能操作带教情况</td><td>带教医师指导培训对象完成技能操作</td>"
        f"<td>{cell}</td><td>{points}</td></tr>"
    )
    return f"{_HEAD}{_FIRST}{row}</table>"


_CREDITED = (
    "1.操作前是否与患者交流、沟通1分<br/>2.操作中存在问题及时进行指导{credit}1分<br/>"
    "3.操作结束后提问1分<br/>4.对操作进行总体评价（优、缺点点评） 2分"
)


@pytest.mark.parametrize("credit", ["", "得"])
def test_criteria_closing_on_credits_that_add_up_are_the_rows_parts(credit):
    nodes = scheme_nodes(_table(_CREDITED.format(credit=credit)), capped=True)
    assert nodes[2:] == [
        ("2", "技能操作带教情况", 5.0),
        ("2.1", "带教医师指导培训对象完成技能操作", 5.0),
        ("2.1.1", "操作前是否与患者交流、沟通", 1.0),
        ("2.1.2", "操作中存在问题及时进行指导", 1.0),
        ("2.1.3", "操作结束后提问", 1.0),
        ("2.1.4", "对操作进行总体评价（优、缺点点评）", 2.0),
    ]


def test_credits_that_do_not_add_up_leave_the_criteria_without_points():
    # 1 + 1 + 1 + 2 is not the row's 6: the cell is the row's standard, its criteria unscored
    nodes = scheme_nodes(_table(_CREDITED.format(credit=""), points="6"), capped=True)
    assert ("2.1", "带教医师指导培训对象完成技能操作", 6.0) in nodes
    assert all(points in (None, 6.0) for node_id, _, points in nodes if node_id.startswith("2.1."))


def test_criteria_closing_on_deductions_are_no_parts():
    cell = "1.未与患者沟通扣1分<br/>2.未及时指导扣1分<br/>3.未提问扣1分<br/>4.未总体评价扣2分"
    nodes = scheme_nodes(_table(cell), capped=True)
    assert ("2.1", "带教医师指导培训对象完成技能操作", 5.0) in nodes
    assert all(points in (None, 5.0) for node_id, _, points in nodes if node_id.startswith("2.1."))
