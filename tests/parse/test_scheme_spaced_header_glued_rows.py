"""A flattened table whose header a copy spaces while its rows run together (``评 分 标 准 1组织建设9``)."""

from __future__ import annotations

import pytest

import rulegov

_ROWS = (
    "1组织建设91、工作纳入社区建设范畴;(3分)2、委员由民主直选产生;(2分)3、有选聘专职委员;(2分)"
    "4、专职委员由残疾人担任;(2分)2活动场所65、有完善的办公场所及设施;(2分)"
    "6、活动室达到30平方米以上;(2分)7、标牌按标准悬挂;(2分)"
)


@pytest.mark.parametrize(
    "header",
    [
        "序 号考评内容分值评 分 标 准评分 ",  # letter-spaced words, a space before the rows
        "序号考评内容分值评分标准评分 ",  # words glued, a space before the rows
        "序 号考评内容分值评 分 标 准评分",  # letter-spaced words, the rows glued on
        "序号 考评内容 分值 评分标准 评分 ",  # words set apart by spaces
    ],
)
def test_rows_run_together_under_a_spaced_header(header: str) -> None:
    scheme = rulegov.parse_scheme("社区工作考核评分标准" + header + _ROWS + "\n")
    tree = [
        (node.id, node.name, node.points if node.is_leaf else node.cap)
        for node in scheme.nodes()[1:]
    ]
    assert tree == [
        ("1", "组织建设", 9.0),
        ("1.1", "工作纳入社区建设范畴", 3.0),
        ("1.2", "委员由民主直选产生", 2.0),
        ("1.3", "有选聘专职委员", 2.0),
        ("1.4", "专职委员由残疾人担任", 2.0),
        ("2", "活动场所", 6.0),
        ("2.1", "有完善的办公场所及设施", 2.0),
        ("2.2", "活动室达到30平方米以上", 2.0),
        ("2.3", "标牌按标准悬挂", 2.0),
    ]


@pytest.mark.parametrize(
    "header", ["序号 考核项目 分值 评分标准", "序号　考核项目　分值　评分标准"]
)
def test_rows_whose_cells_spaces_set_apart_stay_read_as_cells(header: str) -> None:
    scheme = rulegov.parse_scheme(
        f"考核细则\n{header} 1 组织领导 10 未成立领导小组的扣5分。 "
        "2 制度建设 15 制度不健全的扣3分。 3 工作落实 20 未按时完成的每项扣2分。\n"
    )
    assert [(node.name, node.points) for node in scheme.nodes()[1:]] == [
        ("组织领导", 10.0),
        ("制度建设", 15.0),
        ("工作落实", 20.0),
    ]
