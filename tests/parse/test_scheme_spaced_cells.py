"""Tables a sharing site's preview runs into one line with a space where each cell ended. Each
test is a class of printing, its texts written for the test."""

from __future__ import annotations

import pytest

import rulegov
from schemetrees import scheme_nodes


@pytest.mark.parametrize(
    "head",
    ["序号 考核项目 分数 评 分 标 准 得 分", "序号 检查内容 分值 评分标准 得分"],
)
def test_a_table_run_into_one_line_with_spaced_cells_reads_its_rows(head):
    # 一 组织领导 8 1 领导重视 3 …的得3分,否则得0分。 2 …: each row its serial, name and points
    text = (
        f"附件: 某县司法行政工作考核评分标准 {head} 一 组织领导 8 "
        "1 领导重视 3 列入议事日程的得3分,否则得0分。 2 机构健全 3 有法制机构的得3分,否则得0分。 "
        "3 计划总结 2 有年度计划的得2分,否则得0分。 二 制度建设 6 "
        "4 公示制度 3 执行公示制度的得3分,否则得0分。 5 监督制度 3 落实监督制度的得3分,否则得0分。 \n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "组织领导", 8.0),
        ("1.1", "领导重视", 3.0),
        ("1.2", "机构健全", 3.0),
        ("1.3", "计划总结", 2.0),
        ("2", "制度建设", 6.0),
        ("2.1", "公示制度", 3.0),
        ("2.2", "监督制度", 3.0),
    ]
    scheme = rulegov.parse_scheme(text)
    assert [rule.node for rule in scheme.rules if rule.kind == "deduction"] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
    ]
    # the spans still point into the text as printed
    assert text[scheme.node("1.2").span.start :].startswith("机构健全")


def test_figures_in_a_spaced_line_that_do_not_count_up_are_no_rows():
    # 序号 … 分值 then numbers out of order: no table is set out, the text reads as it did
    text = (
        "某县考核评分表 序号 考核内容 分值 评分标准 3 领导重视 3 未研究的扣1分。 "
        "7 机构健全 2 未设立的扣2分。\n1、依法决策（5分）：未经合法性审查的，每件扣1分。\n"
    )
    assert scheme_nodes(text, capped=True) == [("1", "依法决策", 5.0)]
