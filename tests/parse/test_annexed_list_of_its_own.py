"""A table annexed to a notice that lists items of its own, not a division of the notice's paragraphs.

A county's notice printing its catalogue of 重大行政决策 (or any list: 项目清单, 事项目录) gives its
requirements in numbered paragraphs (一、承办单位要…) and annexes the list as a table under the
list's title, each row a matter named in a cell of its own (``1 | 某规划 | 某局 |``). A task-division
table annexed to a plan names the plan's tasks: by their titles, or by their numbers where the rows
print no title. A table whose every row names a matter of its own, none of them a numbered heading
of the text, divides no heading: its rows are the annex's items, each with its unit, and the
notice's paragraphs keep no unit of theirs.
"""

from __future__ import annotations

import rulegov

NOTICE = (
    "某县人民政府办公室关于印发2024年度某县重大决策目录清单的通知\n"
    "各乡镇、县直各单位:\n"
    "现将《2024年度某县重大决策目录清单》印发给你们,并就有关工作通知如下:\n"
    "一、承办单位要认真组织实施,确保按时完成。\n"
    "二、承办单位要重视档案管理,及时整理归档。\n"
    "附件:2024年度某县重大决策目录清单\n"
    "某县人民政府办公室\n"
    "2024年3月27日\n"
    "附件\n"
    "2024年度某县重大决策目录清单\n"
    "序号 | 事项名称 | 承办单位 | 备注 |\n"
    "1 | 某河风景区总体规划 | 某河风景区管理局 | |\n"
    "2 | 某县养老服务设施布局规划 | 县民政局 | |\n"
)


def _tasks(plan: rulegov.Plan) -> list[tuple[str, list[str]]]:
    tasks = [*plan.unsectioned_tasks, *(t for s in plan.sections for t in s.all_tasks())]
    return [(task.title, [a.unit_name or a.unit for a in task.assignments]) for task in tasks]


def test_an_annexed_list_that_names_its_own_matters_is_read_as_its_items() -> None:
    found = _tasks(rulegov.parse_plan(NOTICE))
    assert ("某河风景区总体规划", ["某河风景区管理局"]) in found
    assert ("某县养老服务设施布局规划", ["县民政局"]) in found
    assert all(not units for title, units in found if title.startswith("承办单位"))


def test_a_division_table_naming_the_tasks_by_title_is_merged_as_before() -> None:
    text = NOTICE.replace("某河风景区总体规划", "承办单位要认真组织实施").replace(
        "某县养老服务设施布局规划", "承办单位要重视档案管理"
    )
    found = dict(_tasks(rulegov.parse_plan(text)))
    assert found["承办单位要认真组织实施,确保按时完成"] == ["某河风景区管理局"]
