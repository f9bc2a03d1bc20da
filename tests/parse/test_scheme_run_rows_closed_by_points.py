"""A flattened table's unnumbered rows, each closed by its points cell after its standard.

``考核内容评分标准分值 认真贯彻…年度计划。有计划的得5分。10支部成员明确分工…``: under a header
whose 分值 column follows its 评分标准 column, the figure after a row's stop is the row's points,
and the text after it opens the next row.
"""

from __future__ import annotations

import pytest

import rulegov

_ROWS = [
    ("认真贯彻上级关于党风廉政建设的部署和要求", "有计划的得5分，召开专题会议一次计3分。", "10"),
    ("支部成员明确分工，把责任分解落实到人", "对责任制自查二次得4分，民主测评一次得6分。", "10"),
    ("认真执行廉洁自律有关规定", "发生一起违法违纪案件扣5分。", "20"),
]
_EXPECTED = [
    ("认真贯彻上级关于党风廉政建设的部署和要求", 10.0),
    ("支部成员明确分工，把责任分解落实到人", 10.0),
    ("认真执行廉洁自律有关规定", 20.0),
]


def _glued(points: str = "{}") -> str:
    return "".join(
        f"{content}。{standard}{points.format(figure)}" for content, standard, figure in _ROWS
    )


def _spaced(points: str = "{}") -> str:
    return " ".join(
        f"{content}。 {standard} {points.format(figure)}" for content, standard, figure in _ROWS
    )


def _read(text: str) -> list[tuple[str | None, float | None]]:
    scheme = rulegov.parse_scheme(text)
    return [(node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(
    "table",
    [
        # glued together, the header's words too
        "考核内容评分标准分值" + _glued(),
        # the header letter-spaced, a rater's columns after it
        "考 核 内 容评 分 标 准分 值自 评 分核 查 分合 计 " + _glued(),
        # cells set apart by spaces
        "考核内容 评分标准 分值 自评分 " + _spaced(),
        # the points with their 分, ideographic spaces between the header's words
        "考核内容\u3000评分标准\u3000标准分\u3000" + _glued("{}分"),
    ],
)
def test_each_row_closes_with_its_points(table: str) -> None:
    text = f"某乡党风廉政建设考核办法\n考核内容见下表：\n{table}\n"
    assert _read(text) == _EXPECTED


def test_a_row_without_a_rule_is_no_such_table() -> None:
    # the second row states no rule: the figures after the stops are no points column
    rows = (
        "开展学习活动。全年学习十二次。10做好宣传工作。按时上报信息。10认真执行有关规定。扣5分。20"
    )
    with pytest.raises(rulegov.ParseError, match="looked for"):
        rulegov.parse_scheme(f"某乡考核办法\n考核内容评分标准分值{rows}\n")


@pytest.mark.parametrize("unit", ["分", " 分"])
def test_rows_closed_by_points_after_a_level_s_credit_without_a_stop(unit: str) -> None:
    # 评分规则 names the standard column; a row that scores by levels ends on its last credit
    # (得0分, or 得0 分 as typeset) and its points follow it with no stop between
    text = (
        "某单位评分表\n序号项目评分要求评分规则分值"
        f"用能量指标能源利用效率较高按能耗平均值判定:0.9倍以下的,得7分;其余的,得0{unit}14"
        f"用水量指标水资源利用效率较高被评为节水型单位的,得7分;否则得0{unit}7\n"
    )
    read = _read(text)
    assert [points for _, points in read] == [14.0, 7.0]
    assert (read[0][0] or "").startswith("用能量指标")
