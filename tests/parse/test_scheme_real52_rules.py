"""Rules of the genre read for the fifty-second set of appraisal documents (``schemes/real52``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _tree(text: str) -> list[tuple[str | None, float | None]]:
    scheme = rulegov.parse_scheme(text)
    return [(node.name, node.points if node.is_leaf else node.cap) for node in scheme.nodes()[1:]]


def test_points_between_a_part_name_and_its_colon_are_the_part_points():
    text = (
        "第七条 考核实行百分制。\n"
        "（一）落实责任10分：与村委会签订责任书得10分，缺一项扣5分。\n"
        "（二）免疫密度40分：春秋两季各占20分。密度达到100%得20分，有一个指标低于100%扣5分。\n"
        "（三）抗体水平20分：春秋两季各占10分。合格率达到70%得10分。\n"
    )
    tree = _tree(text)
    assert ("落实责任", 10.0) in tree
    assert ("免疫密度", 40.0) in tree
    assert ("抗体水平", 20.0) in tree


def test_a_total_closing_a_criterion_that_sums_what_it_earns_is_its_points():
    text = (
        "二、考评分值\n"
        "1、按规定时间上交初稿计10分，按规定时间上交修改稿和审定稿分别计5分。合计为20分。\n"
        "2、按规定完成照片组稿的计20分。\n"
        "3、按规定报送统计报表计6分，报送分析报告计4分，合计10分。\n"
    )
    tree = _tree(text)
    assert tree[1] == ("按规定时间上交初稿", 20.0)
    assert tree[2][1] == 20.0
    assert tree[3][1] == 10.0


def test_a_group_points_glued_to_its_first_row_number_in_a_flattened_table():
    text = (
        "某学院班委工作考核评分细则\n"
        "项目具体目标要求分值评分标准自查得分检查班委会建设201、组织健全，每年进行改选。"
        "10按10、5、1评分。未按期改选扣2分。2、每月召开一次班委会。10少一次扣1分。"
        "日常工作151、学期初工作有计划。5缺一项扣1分。2、按时收缴班费。10未按时收缴的扣2分。\n"
    )
    tree = _tree(text)
    assert ("班委会建设", 20.0) in tree
    assert ("日常工作", 15.0) in tree
    assert tree[1][1] == 10.0


def test_a_row_points_equal_to_the_next_row_number_are_not_that_row_in_a_flattened_table():
    text = (
        "某学院团支部工作考核评分细则\n"
        "项目具体目标要求分值评分标准自查得分检查组织工作301、学期初工作有计划，学期末有小结。"
        "2按2、1评分。缺一项扣1分。2、每两周组织一次组织生活，考勤严格。8组织生活少一次扣1分。"
        "3、及时接转团员的组织关系。2未按规定接转的扣2分。\n"
    )
    tree = _tree(text)
    names = [name for name, _ in tree]
    assert "学期初工作有计划，学期末有小结" in names
    assert ("每两周组织一次组织生活，考勤严格", 8.0) in tree


def test_an_unnumbered_criterion_whose_points_a_bracketed_remark_follows_is_read():
    text = (
        "三、主要考核内容及评分标准\n\n"
        "（一）责任体系建设情况（8分）\n\n"
        "签订防控工作责任状（8分）（2分×4项，即乡镇同村委会、乡镇同防疫员）且落实措施的得8分。"
        "每少一项扣2分。\n\n"
        "（二）其他工作（2分）\n\n"
        "开展其他工作（2分）。未开展的不得分。\n"
    )
    tree = _tree(text)
    assert ("签订防控工作责任状", 8.0) in tree
    assert ("责任体系建设情况", 8.0) in tree


def test_points_written_as_a_product_in_brackets_are_each_part_times_the_parts():
    numbered = (
        "一、考核内容\n"
        "1、重大动物疫病免疫密度（12分×2项）。每低一个百分点扣2分。\n"
        "2、开展其他工作（2分）。未开展的不得分。\n"
    )
    assert ("重大动物疫病免疫密度", 24.0) in _tree(numbered)
    unnumbered = (
        "三、考核内容\n\n（一）免疫密度情况（24分）\n\n"
        "重大动物疫病免疫密度（12分×2项，即口蹄疫和禽流感）。每低一个百分点扣2分。\n\n"
        "（二）其他工作（2分）\n\n开展其他工作（2分）。未开展的不得分。\n"
    )
    assert ("重大动物疫病免疫密度", 24.0) in _tree(unnumbered)


def test_a_row_points_after_its_content_closing_semicolon_in_a_flattened_table():
    text = (
        "关心下一代工作考核细则\n"
        "序号考核项目考核内容分值评分标准1、关工委工作列入议事日程，配备好执行主任;2 分有文件可查，缺 1 项扣 1 分。"
        "2、党委研究关心下一代工作每年不少于 2 次; 2 分 每少 1 次扣 1 分。"
        "3、有活动经费，全年经费不低于 2000 元; 2 分 达不到标准扣 2 分。\n"
    )
    tree = _tree(text)
    assert ("关工委工作列入议事日程，配备好执行主任", 2.0) in tree
    assert ("党委研究关心下一代工作每年不少于 2 次", 2.0) in tree
    assert ("有活动经费，全年经费不低于 2000 元", 2.0) in tree
