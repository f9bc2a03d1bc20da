"""A list whose numbers lost their ``、`` or ``.`` to the copy: ``1对政策措施…``.

A page that drops some of its punctuation (the brackets of its number, the 年月日 of its date, the
marks after a list's numbers) prints a list's numbers right before their text. A number alone
before a character is no item elsewhere (``2人``, ``3所学校`` wrap a sentence), so only a list of
them reads as one: item 1 under a line that announces it with a colon, item 2 printed the same
way on the next line, and the items that go on with it.
"""

from __future__ import annotations

import rulegov

HEAD = "某县公平竞争审查会审工作规范\n一、会审范围\n起草部门可以提请会审。\n二、会审程序\n"
LIST = (
    "(一)提请会审。起草部门申请会审时,应当提交以下材料:\n"
    "1对政策措施进行会审的申请函;\n2政策措施文稿;\n3起草部门自我审查意见;\n"
    "(二)组织会审。县公竞办可以采取以下形式开展会审:\n"
    "1组织专家学者开展审查;\n2委托第三方评估机构开展审查。\n"
    "(三)回复意见。会审工作在15个工作日内完成。\n"
)


def test_a_list_whose_numbers_lost_their_marks_is_read_as_items() -> None:
    plan = rulegov.parse_plan(HEAD + LIST)
    assert {(task.path, task.title) for task in plan.tasks} == {
        (("二", "（一）", "1"), "对政策措施进行会审的申请函"),
        (("二", "（一）", "2"), "政策措施文稿"),
        (("二", "（一）", "3"), "起草部门自我审查意见"),
        (("二", "（二）", "1"), "组织专家学者开展审查"),
        (("二", "（二）", "2"), "委托第三方评估机构开展审查"),
        (("二", "（三）"), "回复意见"),
    }


def test_a_number_wrapping_a_sentence_stays_text() -> None:
    # no colon announces a list, and the next line opens with no 2: the lines wrap one sentence
    text = (
        HEAD
        + "(一)提请会审。起草部门申请会审时,应当提交材料\n1对一指导起草部门;\n"
        + "(二)组织会审。县公竞办组织会审。\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.path for task in plan.tasks] == [("二", "（一）"), ("二", "（二）")]


def test_a_quantity_after_an_announcing_line_stays_text() -> None:
    # 1名, 2名: counts of people, never a list's numbers
    text = HEAD + "(一)组织会审。会审小组组成如下:\n1名组长;\n2名组员。\n(二)回复意见。\n"
    plan = rulegov.parse_plan(text)
    assert [task.path for task in plan.tasks] == [("二", "（一）"), ("二", "（二）")]


def test_a_bare_number_printed_with_a_space_is_no_lost_mark() -> None:
    # a decimal outline's first level prints its number bare, a space after it (1 总则 over 1.1):
    # the space is printed, no mark lost, and 2 组织指挥体系 is no item of a list of lost marks
    text = "某县森林火灾应急预案\n目 录\n1 总则\n1.1 编制目的\n1.2 编制依据\n1.3 适用范围\n2 组织指挥体系\n"
    plan = rulegov.parse_plan(text)
    assert "组织指挥体系" not in [task.title for task in plan.tasks]
