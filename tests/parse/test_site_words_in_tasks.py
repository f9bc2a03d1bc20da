"""A sharing site's labels are page furniture only as labels, never inside a plan's own work.

A sharing site prints its record of a file under labels (资源描述, 文档简介, 页数:7, 上传人:…), and a
question-and-answer site or a blog its own (相关推荐, 最佳答案, Contents). A plan may hold the same
words in its tasks and headings (统一资源描述规范, 设置“相关推荐”栏目): such a line is the plan's.
The label counts only when it opens its line, alone or with its colon and value.
"""

from __future__ import annotations

import pytest

from rulegov import parse_plan

HEAD = "某县2024年政务数据治理工作要点\n"


def _tasks(text: str) -> list[str]:
    plan = parse_plan(text)
    found: list[str] = []

    def walk(sections: object) -> None:
        for section in sections:  # type: ignore[attr-defined]
            found.extend(task.title for task in section.tasks)
            walk(section.children)

    walk(plan.sections)
    found.extend(task.title for task in plan.unsectioned_tasks)
    return found


@pytest.mark.parametrize(
    "task",
    [
        "编制政务数据资源目录,统一资源描述规范",
        "在门户网站设置“相关推荐”栏目,推送相关政策文件",
        "完善文档简介和元数据著录规则",
        "及时核查相关举报线索",
        "编制英文版Contents页,方便外籍人士查阅",
        "评选推荐答案库中的优秀解答",
    ],
)
@pytest.mark.parametrize("mark", ["1.", "1、", "(1)", "①"])
def test_a_numbered_task_holding_a_site_word_is_kept(task: str, mark: str) -> None:
    text = f"{HEAD}一、夯实数据基础\n{mark}{task}。\n{mark.replace('1', '2').replace('①', '②')}建立数据共享机制。\n"
    assert _tasks(text)[0] == task


@pytest.mark.parametrize(
    "heading",
    [
        "（一）规范数据资源描述",
        "(一)规范数据资源描述",
        "一、规范数据资源描述",
        "第一章 资源描述规范",
    ],
)
def test_a_heading_holding_a_site_word_is_kept(heading: str) -> None:
    text = f"{HEAD}{heading}\n1.制定资源描述标准。\n2.开展编目培训。\n"
    plan = parse_plan(text)
    assert "制定资源描述标准" in _tasks(text)
    assert any("资源描述" in section.title for section in plan.sections)


@pytest.mark.parametrize(
    "furniture",
    [
        "资源描述",
        "资源描述:",
        "文档简介",
        "- 相关推荐",
        "相关推荐",
        "页数:31",
        "- 页数:31",
        "上传人:精**** 文档编号:3142389 上传时间:2024-06-19 格式:DOC 页数:7 大小:33KB",
        "点击查看更多>>",
        "下载 相关 举报",
        "相关举报",
        "Contents",
        "最佳答案",
    ],
)
def test_the_site_label_alone_is_still_furniture(furniture: str) -> None:
    text = f"{HEAD}{furniture}\n一、夯实数据基础\n1.编制政务数据资源目录。\n2.建立数据共享机制。\n"
    plan = parse_plan(text)
    assert plan.title == HEAD.strip()
    assert _tasks(text) == ["编制政务数据资源目录", "建立数据共享机制"]
    assert all(furniture.strip("- ") not in section.title for section in plan.sections)
