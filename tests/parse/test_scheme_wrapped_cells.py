"""Tables whose cells wrap over lines: laid out in columns of spaces, or tab rows whose pieces
stand on lines of their own or break after their commas, read as the rows they print."""

from __future__ import annotations

import unicodedata

import pytest

import rulegov
from growth import growth
from rulegov.parse._scheme_wrapped import unwrapped_rows

_HEADER = ["考核项目", "考核内容", "分值", "评分标准"]
_ROWS = [
    [
        "组织领导和工作机构",
        "成立依法治县工作领导小组，明确分管领导和工作人员，定期研究部署法治建设工作",
        "10",
        "未成立领导小组的扣5分；未明确分管领导和工作人员的扣3分。",
    ],
    [
        "制度建设和落实",
        "建立健全重大行政决策程序制度、合法性审查制度和规范性文件备案审查制度",
        "15",
        "每缺一项制度扣3分，制度未落实的每项扣2分。",
    ],
    [
        "宣传教育",
        "开展法治宣传活动不少于4次，覆盖全部村（社区）和重点人群",
        "20",
        "每少1次扣5分；未覆盖全部村（社区）的扣2分。",
    ],
]
_TREE = [
    ("组织领导和工作机构", 10.0, [5.0, 3.0]),
    ("制度建设和落实", 15.0, [3.0, 2.0]),
    ("宣传教育", 20.0, [5.0, 2.0]),
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _wrapped(cell: str, width: int) -> list[str]:
    pieces = [""]
    for char in cell:
        if pieces[-1] and _width(pieces[-1] + char) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _laid_out(width: int, gap: int = 3, name: int = 8, blank: tuple[str, ...] = ()) -> str:
    """The table as a PDF's text with its layout kept: each cell wrapped under its column.

    ``blank`` names columns after the last, in the head only (their cells left blank).
    """
    widths = [name, width, 4, width] + [8] * len(blank)
    lines = []
    for row in [_HEADER + list(blank), *(row + [""] * len(blank) for row in _ROWS)]:
        pieces = [_wrapped(cell, widths[column]) for column, cell in enumerate(row)]
        for index in range(max(len(piece) for piece in pieces)):
            printed = ""
            for column, piece in enumerate(pieces):
                part = piece[index] if index < len(piece) else ""
                printed += part + " " * (widths[column] - _width(part) + gap)
            lines.append(printed.rstrip())
    return "\n".join(lines)


def _tab_wrapped(width: int, name: int = 8) -> str:
    """The table as tab rows whose wrapped pieces stand on lines of their own after tabs."""
    lines = []
    for row in [_HEADER, *_ROWS]:
        pieces = [_wrapped(cell, name if column == 0 else width) for column, cell in enumerate(row)]
        lines.append("\t".join(piece[0] for piece in pieces))
        for index in range(1, max(len(piece) for piece in pieces)):
            lines.extend(
                "\t" * column + piece[index]
                for column, piece in enumerate(pieces)
                if index < len(piece)
            )
    return "\n".join(lines)


def _tab_broken() -> str:
    """The table as tab rows whose cells break after their commas and semicolons."""
    rows = [
        "\t".join(cell.replace("，", "，\n").replace("；", "；\n") for cell in row)
        for row in [_HEADER, *_ROWS]
    ]
    return "\n".join(rows)


def test_a_first_cell_broken_after_its_commas_goes_on_with_its_row():
    rows = ["考核内容\t分值\t评分标准"] + [
        "\t".join([content.replace("，", "，\n"), points, standard.replace("；", "；\n")])
        for _, content, points, standard in _ROWS
    ]
    scheme = _read("\n".join(rows))
    assert [(node.name[:6], node.points) for node in scheme.root.children] == [
        ("成立依法治县", 10.0),
        ("建立健全重大", 15.0),
        ("开展法治宣传", 20.0),
    ]
    assert sorted(rule.points for rule in scheme.rules) == [2.0, 2.0, 3.0, 3.0, 5.0, 5.0]


def _read(table: str) -> rulegov.Scheme:
    return rulegov.parse_scheme("法治建设考核评分表\n" + table + "\n合计100分。\n")


@pytest.mark.parametrize(
    "table",
    [
        _laid_out(24),
        _laid_out(30, name=12),
        _laid_out(20, gap=2),
        _laid_out(24, blank=("考核方式", "得分")),
        _tab_wrapped(24),
        _tab_wrapped(32, name=12),
        _tab_wrapped(20, name=20),
        _tab_broken(),
    ],
    ids=[
        "spaces-24",
        "spaces-30",
        "spaces-20-gap-2",
        "spaces-blank-columns",
        "tabs-24",
        "tabs-32",
        "tabs-20-name-unwrapped",
        "tabs-broken",
    ],
)
def test_a_wrapped_row_reads_as_the_row_it_prints(table):
    scheme = _read(table)
    read = []
    for node in scheme.root.children:
        points = node.points if node.is_leaf else node.cap
        rules = sorted(
            (rule.points for rule in scheme.rules if rule.node in {n.id for n in node.walk()}),
            reverse=True,
        )
        read.append((node.name, points, rules))
    assert read == _TREE


@pytest.mark.parametrize(
    "table", [_laid_out(24), _tab_wrapped(24), _tab_broken()], ids=["spaces", "tabs", "broken"]
)
def test_a_joined_row_keeps_spans_in_the_printed_text(table):
    text = "法治建设考核评分表\n" + table + "\n合计100分。\n"
    scheme = rulegov.parse_scheme(text)
    for node in scheme.root.children:
        assert node.span is not None
        assert text[node.span.start : node.span.end].startswith(node.name[:4])


@pytest.mark.parametrize(
    "text",
    [
        "考核项目\t分值\t评分标准\n组织领导\t10\t未成立的扣5分\n制度建设\t15\t每缺一项扣3分\n",
        "考核项目    分值    评分标准\n组织领导    10      未成立的扣5分\n制度建设    15      每缺一项扣3分\n",
        "一、组织领导（10分）\n  1.成立领导小组（5分），未成立的扣5分；\n  2.明确分管领导（5分）。\n",
    ],
    ids=["tab-rows", "space-rows", "indented-prose"],
)
def test_a_table_that_does_not_wrap_is_left_as_printed(text):
    assert unwrapped_rows(text) is None


@pytest.mark.parametrize(
    "blank", [("考核方式", "得分"), ("得分",), ("考核方式", "扣分说明", "得分")]
)
def test_a_head_cell_over_a_blank_column_keeps_its_column(blank):
    joined = unwrapped_rows(_laid_out(24, blank=blank))
    assert joined is not None
    assert joined[0].split("\n")[0].split("\t") == _HEADER + list(blank)


def test_rows_broken_after_their_commas_are_joined_in_linear_time():
    # each broken line looked ahead for a tab over every broken line after it
    def read(count: int) -> object:
        rows = ["考核项目\t分值\t评分标准"]
        rows += [
            f"第{number}项工作，\n按时完成。\t2\t未完成的，\n扣2分；" for number in range(count)
        ]
        return unwrapped_rows("\n".join(rows))

    assert growth(read, 500, factor=8) < 2 * 8
