"""Units closed by 配合落实: they cooperate, and the role words are no part of a name.

A division of work names the units that help carry a task out with 配合落实 after them
(``(市发改委牵头,市科技局、团市委配合落实)``), as it names them with 配合 alone. Before, the
bracket's last words were read as 落实 (carry out) after a name ending in 配合: a bracket of
them named no unit at all, and a units cell kept ``团市委配合`` as a responsible unit.
"""

from __future__ import annotations

import rulegov

PLAN = (
    "一、重点任务\n"
    "1.推进人才创新创业服务综合体建设。加快建设。(市发改委牵头,市科技局、团市委配合落实)\n"
    "2.推进全球青年人才中心建设。加快建设。(市人力社保局牵头,团市委协助落实)\n"
)

TABLE = (
    "序号 | 重点工作任务 | 责任单位 |\n"
    "1 | 推进人才创新创业服务综合体建设。 | 市发改委、市科技局、团市委配合落实 |\n"
)


def test_a_bracket_closed_by_peihe_luoshi_names_its_cooperating_units() -> None:
    first, second = rulegov.parse_plan(PLAN).tasks
    assert first.lead_units == ["市发改委"]
    assert first.cooperating_units == ["市科技局", "团市委"]
    assert second.lead_units == ["市人力社保局"]
    assert second.cooperating_units == ["团市委"]


def test_a_units_cell_closed_by_peihe_luoshi_keeps_the_names_whole() -> None:
    (task,) = rulegov.parse_plan(TABLE).tasks
    names = [*task.responsible_units, *task.cooperating_units]
    assert "团市委" in task.cooperating_units
    assert not any(name.endswith("配合") for name in names)
