"""A flattened table's header names its columns with the words a clerk prints: 评定依据, the
basis of the rating, is one as 评分依据 is."""

from __future__ import annotations

import rulegov


def test_a_flattened_table_whose_header_ends_on_its_basis_column_is_read_as_one():
    # 评定依据 (the basis of the rating) is a column's heading as 评分依据 is
    scheme = rulegov.parse_scheme(
        "窗口月度考评评分标准考核项目评分标准评定依据1.基础分(20分)首席代表基础分占10分"
        "月度考评得分2.人员选派(10分)1.擅自撤出窗口工作人员的,每人次扣2分、首席代表扣1分。"
        "部门进驻函2.未安排人员值守的,每次扣2分、首席代表扣1分。现场巡查\n"
    )
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("基础分", 20.0),
        ("人员选派", 10.0),
    ]
    assert [rule.points for rule in scheme.rules] == [2.0, 1.0, 2.0, 1.0]
