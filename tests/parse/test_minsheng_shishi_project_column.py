"""A 民生实事 table whose project column is headed 实事项目.

A district's table of the year's 民生实事 names each row's project in a column headed 实事项目 (or
民生实事项目, 民生实事), beside the measures and the units: each numbered project is a task, titled
by its project, with the units of its row. Before, the heading was none the table reader knew,
the table was not read, and the plan had no task at all.
"""

from __future__ import annotations

import pytest

import rulegov

TABLE = (
    "序号 | 实事项目 | 具体措施 | 责任单位 | 配合单位 |\n"
    "1 | 新建公办幼儿园3所,新增学位900个。 | 6月底前主体完工;10月底前交付。 | 教育局 | "
    "财政局、住建局,某某街道 |\n"
    "2 | 新增婴幼儿照护托位200个。 | 9月底前完成。 | 卫生健康局 | 民政局、妇联 |"
)


@pytest.mark.parametrize("heading", ["实事项目", "民生实事项目", "民生实事"])
def test_each_project_of_the_table_is_a_task(heading: str) -> None:
    plan = rulegov.parse_plan(TABLE.replace("实事项目", heading, 1))
    assert [task.path for task in plan.tasks] == [("1",), ("2",)]
    first, second = plan.tasks
    assert first.title.startswith("新建公办幼儿园3所")
    assert first.responsible_units == ["教育局"]
    assert first.cooperating_units == ["财政局", "住建局", "某某街道"]
    assert second.responsible_units == ["卫生健康局"]
    assert second.cooperating_units == ["民政局", "妇联"]
