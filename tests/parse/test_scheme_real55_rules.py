"""Rules of the genre read for the fifty-fifth set of appraisal documents (``schemes/real55``).

Each test is a short made-up text of the shape the rule reads, not a copy of a document.
"""

from __future__ import annotations

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    found: list[tuple[str, str, float | None]] = []

    def walk(nodes: list[rulegov.Node]) -> None:
        for node in nodes:
            found.append((node.id, node.name, node.points))
            walk(node.children)

    walk(scheme.root.children)
    return found


def test_groups_numbered_by_figures_glued_to_their_name_and_first_row_head_the_rows():
    text = (
        "某县乡镇农业技术推广考核评分细则序号项目内容评分细则自评分"
        "1推广体系建设1、乡镇农技站机构健全,有固定办公场所(6分)。每项2分。"
        "2、制定年度推广计划(4分)。未制定的不得分。"
        "2加强服务,促进增收1、建立示范基地(10分)。每建一个得5分。"
        "2、开展农民培训(8分)。每次2分."
        "3推动成果转化1、引进新品种(5分)。每个1分。"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "推广体系建设", None),
        ("1.1", "乡镇农技站机构健全,有固定办公场所", 6.0),
        ("1.2", "制定年度推广计划", 4.0),
        ("2", "加强服务,促进增收", None),
        ("2.1", "建立示范基地", 10.0),
        ("2.2", "开展农民培训", 8.0),
        ("3", "推动成果转化", None),
        ("3.1", "引进新品种", 5.0),
    ]


def test_points_labelled_in_the_bracket_they_share_with_the_rule_are_the_items():
    text = (
        "某县科技工作考核办法\n"
        "一、考核内容及评分标准\n"
        "1、成立科技工作领导小组,制定发展规划。(考核标准分10分,无领导小组的扣10分。)\n"
        "2、落实科技投入。(满分5分,未落实的扣5分。)\n"
        "3、开展科普宣传。(分值为4分,未开展的扣4分。)\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "考核内容及评分标准", None),
        ("1.1", "成立科技工作领导小组,制定发展规划", 10.0),
        ("1.2", "落实科技投入", 5.0),
        ("1.3", "开展科普宣传", 4.0),
    ]
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1", 10.0),
        ("1.2", 5.0),
        ("1.3", 4.0),
    ]


def test_a_row_running_into_the_empty_score_column_opens_a_heading_the_header_does_not_name():
    text = (
        "考评项目 | 考评内容 | 考评方法 | 得分 |\n"
        "一、组织领导(10分) | 1.加强组织领导(5分) | (1)成立领导小组。(2分) | 查看文件,缺项不得分。 | |\n"
        "(2)领导小组由县领导担任组长。(3分) | | |\n"
        "2.保障财政投入(5分) | (1)工作经费纳入财政预算。(3分) | 缺一项扣1分。 | |\n"
        "(2)安排专项资金。(2分) | 没有专项资金不得分。 | |\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert [(node_id, name) for node_id, name, _ in _tree(scheme)] == [
        ("1", "组织领导"),
        ("1.1", "加强组织领导"),
        ("1.1.1", "成立领导小组"),
        ("1.1.2", "领导小组由县领导担任组长"),
        ("1.2", "保障财政投入"),
        ("1.2.1", "工作经费纳入财政预算"),
        ("1.2.2", "安排专项资金"),
    ]
    leaves = {node_id: points for node_id, _, points in _tree(scheme) if node_id.count(".") == 2}
    assert leaves == {"1.1.1": 2.0, "1.1.2": 3.0, "1.2.1": 3.0, "1.2.2": 2.0}
    assert [(rule.node, rule.points) for rule in scheme.rules] == [
        ("1.1.1", 2.0),
        ("1.2.1", 1.0),
        ("1.2.2", 2.0),
    ]
