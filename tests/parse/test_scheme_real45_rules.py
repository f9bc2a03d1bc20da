"""Target-responsibility appraisals printed beside the rule-of-law one: the layouts of the
forty-fifth real set, each in its printed forms."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize(
    "header",
    [
        ["序号", "单位", "考核项目", "具体要求", "考核细则"],
        ["序号", "条线工作", "考核单位", "考核项目", "考核指标、要求", "考核赋分办法"],
    ],
)
def test_a_bare_figure_after_a_header_opened_by_its_serial_column_is_the_first_row_serial(header):
    # a table flattened one cell a paragraph: its header opens with 序号, and the bare 1 after
    # the header's last cell is the first row's serial, whatever words stand between them
    text = (
        "某县考绩办公室关于印发条线工作考核细则的通知\n\n"
        + "\n\n".join(header)
        + "\n\n1\n\n县委办公室\n\n(1)信息报送工作(20分)\n\n按信息工作考核办法赋分。\n\n"
        "(2)档案工作(30分)\n\n按档案工作考评细则赋分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "县委办公室", None),
        ("1.1", "信息报送工作", 20.0),
        ("1.2", "档案工作", 30.0),
    ]


@pytest.mark.parametrize(("first", "rest"), [("县委", "办公室"), ("县政", "府办"), ("统计", "局")])
def test_a_unit_name_a_narrow_column_wrapped_after_the_row_serial_is_one_name(first, rest):
    # 1 / 县委 / 办公室 / (1)…: a narrow unit column wraps the row's name onto a second short line
    # before the row's first numbered item
    text = (
        "序号\n\n单位\n\n考核项目\n\n考核细则\n\n1\n\n" + first + "\n\n" + rest + "\n\n"
        "(1)信息报送工作(20分)\n\n按信息工作考核办法赋分。\n\n2\n\n县档案馆\n\n(1)档案工作(30分)\n\n"
        "按档案工作考评细则赋分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", first + rest, None),
        ("1.1", "信息报送工作", 20.0),
        ("2", "县档案馆", None),
        ("2.1", "档案工作", 30.0),
    ]


def test_a_long_name_after_the_row_serial_takes_no_line_after_it():
    # 1 / 殡葬改革与养老服务体系建设 / 市民政局: a name as long as a row's is whole; the short line
    # after it is the next cell (the responsible unit), not the rest of the name
    text = (
        "序号\n\n条线工作\n\n责任单位\n\n考核项目\n\n考核细则\n\n1\n\n殡葬改革与养老服务体系建设\n\n"
        "市民政局\n\n(1)公墓建设工作(20分)\n\n按进度排名赋分。\n"
    )
    names = [node.name for node in rulegov.parse_scheme(text).nodes()[1:]]
    assert "殡葬改革与养老服务体系建设市民政局" not in names


def test_a_row_numbered_by_its_serial_without_points_holds_the_unnumbered_items_after_it():
    # 1 / 殡葬改革… / 私坟整改工作(30分) / 公墓建设工作(20分): the row names the line of work and
    # prints no points; the unnumbered items with their points in brackets after it are its own
    text = (
        "序号\n\n条线工作\n\n考核项目\n\n考核细则\n\n1\n\n殡葬改革与养老服务体系建设\n\n"
        "私坟整改工作(30分)\n\n按排名赋分。\n\n公墓建设工作(20分)\n\n按进度排名赋分。\n\n2\n\n"
        "社会救助工作\n\n低保工作(20分)\n\n按排名赋分。\n"
    )
    scheme = rulegov.parse_scheme(text)
    assert _tree(scheme) == [
        ("1", "殡葬改革与养老服务体系建设", None),
        ("1.1", "私坟整改工作", 30.0),
        ("1.2", "公墓建设工作", 20.0),
        ("2", "社会救助工作", None),
        ("2.1", "低保工作", 20.0),
    ]


_DESCRIBED = (
    "| 考核指标 | 分值 | 指标定义 | 考核指标值 | 评分标准及方法 | 考核操作说明 | 牵头单位 |\n"
    "| 1.制度建设情况 | 10 | 年度制度建设 | 制度建设率 | 未建立制度的,每项扣1分。 | 以检查为准。 | 法制科 |\n"
    "| 2.信息报送情况 | 5 | 信息报送 | 报送率 | 迟报一次扣0.5分。 | 以通报为准。 | 办公室 |\n"
)


@pytest.mark.parametrize("cut", [None, "考核指标值", "考核操作说明"])
def test_columns_that_define_or_explain_a_row_after_its_points_are_no_names(cut):
    # 考核指标 | 分值 | 指标定义 | 考核指标值 | … | 考核操作说明: the columns after the row's 分值 that
    # define its indicator, state its target value or explain how it is checked describe the
    # row; they name no item under it
    lines = _DESCRIBED.splitlines()
    if cut is not None:
        at = [cell.strip() for cell in lines[0].split("|")].index(cut)
        lines = ["|".join(c for k, c in enumerate(line.split("|")) if k != at) for line in lines]
    scheme = rulegov.parse_scheme("\n".join(lines) + "\n")
    assert _tree(scheme) == [("1", "制度建设情况", 10.0), ("2", "信息报送情况", 5.0)]
    assert [rule.points for rule in scheme.rules] == [1.0, 0.5]


@pytest.mark.parametrize("ends", ["||||||", "| | | | | |"])
def test_a_short_row_whose_points_stand_under_the_points_column_keeps_its_place(ends):
    # | 2.信息报送情况 | 10 | 信息报送 | ||||||: the row's cells after its definition are merged
    # with the row above's and left out; its number like the last row's does not slide it right
    # when its points already stand under the 分值 column
    header = "| 考核指标 | 分值 | 指标定义 | 考核指标值 | 评分标准及方法 | 计算公式 | 考核操作说明 | 牵头单位 | |\n"
    first = (
        "| 1.制度建设情况 | 10 | 年度制度建设 | 建设率 | 未建立制度的,每项扣1分。 | 按公式计算。 |"
        " 以检查为准。 | 法制科 | |\n"
    )
    scheme = rulegov.parse_scheme(
        header + first + "| 2.信息报送情况 | 10 | 信息报送 " + ends + "\n"
    )
    assert _tree(scheme) == [("1", "制度建设情况", 10.0), ("2", "信息报送情况", 10.0)]
