"""Rules of the genre read for the sixty-first set of appraisal documents (``schemes/real61``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

from schemetrees import scheme_nodes


def test_cells_closed_by_pipes_with_a_weight_column_before_the_points_it_explains():
    text = (
        "一级指标 |\n二级指标 |\n三级指标 |\n权重 |\n评估要点 |\n"
        "政务公开(20) |\n主动公开(12) |\n机构信息 |\n4 |\n网站发布机构职能、领导信息的情况; |\n"
        "政策文件 |\n4 |\n网站发布规范性文件及其解读的情况; |\n"
        "财政资金 |\n4 |\n网站发布预决算信息的情况; |\n"
        "依申请公开(8) |\n申请渠道 |\n8 |\n网站提供在线申请渠道的情况; |\n"
    )
    assert scheme_nodes(text, capped=True) == [
        ("1", "政务公开", 20.0),
        ("1.1", "主动公开", 12.0),
        ("1.1.1", "机构信息", 4.0),
        ("1.1.2", "政策文件", 4.0),
        ("1.1.3", "财政资金", 4.0),
        ("1.2", "依申请公开", 8.0),
        ("1.2.1", "申请渠道", 8.0),
    ]


def test_a_box_drawn_row_whose_points_span_its_bordered_lines_is_one_row():
    text = (
        "附表 乡镇考核指标赋分(共6分)\n"
        "┌────┬──┬──────────┬───┐\n"
        "│类别│序号│ 指 标 │ 赋分 │\n"
        "├────┼──┼──────────┼───┤\n"
        "│ │ 1 │集镇道路硬化率 │ 2 │\n"
        "├────┤ ├──────────┤ │\n"
        "│ 基 │ │平原乡镇 │ │\n"
        "├────┤ ├──────────┤ │\n"
        "│ │ │山区乡镇 │ │\n"
        "├────┼──┼──────────┼───┤\n"
        "│ 础 │ 2 │自来水普及率 │ 4 │\n"
        "├────┤ ├──────────┤ │\n"
        "│ │ │平原乡镇 │ │\n"
        "└────┴──┴──────────┴───┘\n"
    )
    # the rows' variants (平原乡镇, 山区乡镇) run on in the row's name: no items of their own
    rows = [
        (name, points)
        for _, name, points in scheme_nodes(text)
        if name and name.startswith(("集镇", "自来水", "平原", "山区"))
    ]
    assert [points for _, points in rows] == [2.0, 4.0]
    assert rows[0][0].startswith("集镇道路硬化率")
    assert rows[1][0].startswith("自来水普及率")
