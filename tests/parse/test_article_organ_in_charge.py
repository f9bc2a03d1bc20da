"""A 办法's article naming the organ in charge of its work frames the 办法, as its purpose does.

The first articles of a 办法 set out its purpose, scope, principles and the organ in charge; they
are prose, not tasks. The organ in charge is named by 负责本办法的组织实施, and as often by the
government that 主管 the work within its area (市、县人民政府主管本行政区域内的行政执法评议考核
工作): such an article frames the 办法 too. An article among the duties that names a unit's
charge otherwise stays a task.
"""

from __future__ import annotations

import rulegov

HEAD = "某市行政执法评议考核办法(试行)\n第一条 为全面落实行政执法责任制,结合我市实际,制定本办法。\n"
PRINCIPLES = "第三条 评议考核工作应当遵循实事求是、合法高效、奖惩结合的原则,做到结果公平。\n"
CONTENTS = (
    "第四条 行政执法评议考核的内容包括以下几个方面:\n"
    "(一)行政执法工作开展情况;\n"
    "(二)行政执法案卷管理情况。\n"
)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(task.path) for task in rulegov.parse_plan(text).tasks]


def test_the_article_of_the_organ_in_charge_is_no_task() -> None:
    organ = (
        "第二条 市、县(市、区)人民政府主管本行政区域内行政执法部门的行政执法评议考核工作,"
        "并负责对下级人民政府的行政执法评议考核工作进行监督和指导。\n"
    )
    paths = _paths(HEAD + organ + PRINCIPLES + CONTENTS)
    assert paths == [("第四条", "（一）"), ("第四条", "（二）")]


def test_the_organ_named_by_its_charge_of_the_banfa_is_no_task_either() -> None:
    organ = "第二条 市司法局负责本办法的组织实施。\n"
    paths = _paths(HEAD + organ + PRINCIPLES + CONTENTS)
    assert paths == [("第四条", "（一）"), ("第四条", "（二）")]
