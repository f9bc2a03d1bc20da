"""Junk and odd Unicode: the parser either reads it (with diagnostics) or raises ParseError."""

from __future__ import annotations

import datetime as dt
import gc
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from strategies import LINE_PIECES

if TYPE_CHECKING:
    from collections.abc import Callable

JUNK_TEXTS = [
    "\ud800 lone surrogate",
    "一、加强\udfff领导",
    "\x01\x02\x03\x04\x05\x06\x07\x08" * 100,
    "abc\x00def",
    " ",
    "\n\n\t\u3000\u00a0\r\n",
    "一、\n（一）\n1.\n(1)\n①\n第一条\n",
    "法" * 100_000,
    "《" * 50_000,
    "〈《" * 20_000 + "》" * 10,
    "(" * 10_000 + "牵头单位:区司法局" + ")" * 10_000,
    "(牵头单位:" * 5_000,
    "1.\n(1)\n①\n" * 3_000,
    "\n".join(f"{i}." for i in range(1, 5_000)),
    "牵头单位：\n配合单位：、、、,,,\n完成时限：\n",
    "一、加强领导\r1.开展培训。\r牵头单位：区司法局",
    "一、\u2028加强\u2029领导\x85\x0b\x0c",
    "🙂一、😀\n1.👍\n\u202e反向\u200f文字",
    "e\u0301\u0301\u0301" * 1000,
    "|" * 10_000,
    "\t" * 10_000 + "\n序号\t工作任务\n1\t",
    "| 序号 | 工作任务 |\n|---|---|\n|1|\n|||||||\n",
    "2023年5月10日\n" * 100,
    "关于\n" * 100,
    "各单位:\n" * 100,
    "100%" * 10_000,
    "不少于" * 10_000 + "3次",
    "第" + "一" * 10_000 + "条",
    "（以下简称“" * 3_000,
    # a notice run into one line is cut back into its lines in one pass, not one cut at a time
    "某县关于印发《要点》的通知 " + "某县人民政府 " * 15_000,
    # the stray closes after a unit's name are taken off in one pass, not one scan each
    "一、加强领导\n1.开展培训。\n牵头单位：区司法局" + "）" * 30_000,
]


def outcome(call: Callable[[], rulegov.Plan]) -> rulegov.Plan | rulegov.ParseError:
    """The plan read, or the ParseError raised; any other exception fails the test."""
    try:
        return call()
    except rulegov.ParseError as error:
        return error


@pytest.mark.slow
@pytest.mark.parametrize("text", JUNK_TEXTS, ids=range(len(JUNK_TEXTS)))
def test_junk_text_parses_or_raises_parse_error(text):
    result = outcome(lambda: rulegov.parse_plan(text, source="junk"))
    if isinstance(result, rulegov.ParseError):
        assert result.source == "junk"
        assert result.line is not None
        return
    plan = result
    assert plan.title
    assert plan.source is not None
    assert plan.source.text == text


@pytest.mark.slow
@pytest.mark.parametrize("text", JUNK_TEXTS, ids=range(len(JUNK_TEXTS)))
def test_junk_files_read_or_raise_parse_error(tmp_path, text):
    path = tmp_path / "junk.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = outcome(lambda: rulegov.read_plan(path))
    if isinstance(result, rulegov.ParseError):
        assert "junk.txt" in str(result)
    else:
        assert result.source is not None


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes(range(256)),
        b"\xff\xfe\x00",
        b"\xef\xbb\xbf\xff\xff",
        b"",
        b"\x81",
    ],
)
def test_binary_files_raise_parse_error(tmp_path, data):
    path = tmp_path / "binary.txt"
    path.write_bytes(data)
    with pytest.raises(rulegov.ParseError, match=r"binary\.txt"):
        rulegov.read_plan(path)


def test_the_error_names_the_place_and_the_value():
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.parse_plan("一、加强领导\n1.开展\ud800培训", source="plan.txt")
    error = caught.value
    assert (error.line, error.column) == (2, 5)
    assert str(error).startswith("plan.txt:2:5: the text holds a lone surrogate")
    assert "'\\ud800'" in str(error)


def test_empty_text_is_a_parse_error():
    with pytest.raises(rulegov.ParseError, match="the document is empty"):
        rulegov.parse_plan("  \n\u3000\n")


def test_bytes_are_refused_with_a_hint():
    with pytest.raises(rulegov.ParseError, match="decode bytes first"):
        rulegov.parse_plan(b"1.abc")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec=None), max_size=300))
def test_any_text_parses_or_raises_parse_error(text):
    try:
        plan = rulegov.parse_plan(text)
    except rulegov.ParseError:
        return
    for diagnostic in plan.diagnostics:
        assert diagnostic.line is None or diagnostic.line >= 1


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(LINE_PIECES, max_size=8).map("".join), min_size=1, max_size=12))
def test_genre_shaped_noise_parses_or_raises_parse_error(lines):
    text = "\n".join(lines)
    try:
        plan = rulegov.parse_plan(text)
    except rulegov.ParseError:
        return
    assert plan.source is not None
    assert plan.source.text == text  # the source is kept as given, for spans to point into
    count = len(text.splitlines())
    for diagnostic in plan.diagnostics:
        assert diagnostic.line is None or 1 <= diagnostic.line <= count


def test_a_number_too_long_for_a_float_is_no_target():
    plan = rulegov.parse_plan("1.开展" + "9" * 400 + "个活动。\n2.开展2个以上活动。")
    assert plan.tasks[0].targets == []
    assert ("9" * 400) in plan.tasks[0].text
    assert [t.text for t in plan.tasks[1].targets] == ["2个以上"]


def test_a_short_name_clause_on_a_unit_line_names_the_same_unit():
    plan = rulegov.parse_plan(
        "2024年工作要点\n1.召开会议。\n牵头单位：县政府办公室（以下简称“县府办”）\n2.开展培训。\n牵头单位：县府办"
    )
    assert [(u.name, u.short_names) for u in plan.units] == [("县政府办公室", ["县府办"])]
    assert [t.lead_units for t in plan.tasks] == [["县政府办公室"], ["县府办"]]
    assert [plan.excerpt(t.assignments[0].span) for t in plan.tasks] == ["县政府办公室", "县府办"]


def test_a_short_name_clause_at_the_start_of_an_item_keeps_the_full_name_as_the_name():
    plan = rulegov.parse_plan(
        "2024年工作要点\n一、加强统筹\n"
        "1.中共某区委全面依法治区委员会办公室（以下简称区委依法治区办）统筹推进。"
        "牵头单位：中共某区委全面依法治区委员会办公室\n"
        "2.开展法治督察。牵头单位：区委依法治区办\n"
    )
    assert [(u.name, u.short_names) for u in plan.units] == [
        ("中共某区委全面依法治区委员会办公室", ["区委依法治区办"])
    ]


def test_reading_makes_no_reference_cycles_and_restores_the_collector():
    text = (rulegov.datasets.yancheng_2023_text().rstrip("\n") + "\n") * 5
    gc.collect()
    assert gc.isenabled()
    plan = rulegov.parse_plan(text)
    assert gc.isenabled()
    del plan
    # the collector is paused while reading, because reading leaves nothing for it to free
    assert gc.collect() == 0
    gc.disable()
    try:
        rulegov.parse_plan(text)
        assert not gc.isenabled()  # a collector that was off stays off
        with pytest.raises(rulegov.ParseError):
            rulegov.parse_plan("\ufeff")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(rulegov.ParseError):
        rulegov.parse_plan("\x00binary")
    assert gc.isenabled()


@pytest.mark.parametrize("text", ["\ufeff", "\ufeff\n \u200b\u2060\n", "\x0b\x0c\u3000"])
def test_invisible_text_is_an_empty_document(text):
    with pytest.raises(rulegov.ParseError, match="the document is empty"):
        rulegov.parse_plan(text)


_SCHEME = "一、组织领导（20分）\n1.成立领导小组。未成立的扣5分。\n"


@pytest.mark.parametrize(
    ("text", "code", "place"),
    [
        # a scheme that kept the surrogate could not be written as JSON afterwards
        (_SCHEME.replace("领导小组", "领\ud800导小组"), "undecodable-text", (2, 6)),
        (_SCHEME.replace("领导小组", "领\x00导小组"), "binary-data", (2, 6)),
        ("\x01\x02" * 50 + _SCHEME, "binary-data", (1, 1)),
        ("\ufeff \n\u3000", "empty-document", (1, 1)),
    ],
    ids=["surrogate", "nul", "controls", "blank"],
)
def test_a_scheme_text_that_is_not_a_document_is_refused_at_its_place(text, code, place):
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.parse_scheme(text, source="scheme.txt")
    assert caught.value.code == code
    assert (caught.value.line, caught.value.column) == place
    assert str(caught.value).startswith(f"scheme.txt:{place[0]}:{place[1]}: ")


@pytest.mark.parametrize("value", [b"\xe4\xb8\x80", None, 3])
def test_a_scheme_is_read_from_text_only(value):
    with pytest.raises(
        rulegov.ParseError, match="parse_scheme needs text \\(str\\), not "
    ) as caught:
        rulegov.parse_scheme(value)
    assert caught.value.code == "not-text"


def test_a_notice_run_into_one_line_is_read_as_its_lines():
    plan = rulegov.parse_plan(
        "某县司法局关于印发《2023年普法工作要点》的通知 各乡镇人民政府: "
        "现将《2023年普法工作要点》印发给你们。 某县司法局 2023年3月1日\n一、加强领导\n"
    )
    assert plan.title == "2023年普法工作要点"
    assert plan.issuer == "某县司法局"
    assert plan.issued_on == dt.date(2023, 3, 1)
    assert plan.recipients == ["各乡镇人民政府"]


@pytest.mark.parametrize("mark", ["⑴", "⒈"])
def test_a_number_sign_that_is_no_decimal_digit_before_a_space_is_read_as_text(mark):
    plan = rulegov.parse_plan(f"某区2024年工作要点\n{mark} {mark} 坚持统筹协调。")
    assert plan.title == "某区2024年工作要点"


def test_lines_with_long_runs_of_spaces_are_read():
    # each run of spaces is read once: a title's suffix after 50,000 spaces took seconds
    gap = " " * 50_000
    text = f"某区2024年法治政府建设工作方案{gap}（试行）\n一、加强领导{gap}x\n1.完善制度建设{gap}(牵头单位:区司法局)\n"
    plan = rulegov.parse_plan(text)
    assert plan.title == "某区2024年法治政府建设工作方案（试行）"
    assert [(s.number, len(s.tasks)) for s in plan.sections] == [("一", 1)]


def test_a_spaced_table_whose_task_column_is_last_and_a_row_cut_short_reads_without_a_crash() -> (
    None
):
    plan = rulegov.parse_plan("序号    具体措施    任务\n1\n1  县财政局、")
    # the cut row is kept as what it prints, not lost
    assert any("县财政局" in task.title for task in plan.tasks)


def test_an_appraisal_row_cut_short_after_its_points_column_reads_without_a_crash() -> None:
    text = "|评分标准||考核内容|\n|每项加1分|成立领导小组|（一）|（10分，每项5分）|"
    scheme = rulegov.parse_scheme(text)
    # no item reads from the cut row, and the scheme says so; its bonus rule is kept
    assert "no-items" in {diagnostic.code for diagnostic in scheme.diagnostics}
    assert [(rule.kind, rule.points) for rule in scheme.rules] == [("bonus", 1.0)]


@pytest.mark.parametrize("mark", ["①", "²"])
def test_a_spaced_table_row_numbered_with_a_sign_that_is_no_decimal_digit_is_read(mark):
    # str.isdigit takes ① and ² for digits, which int() cannot read: the row is read as printed
    text = f"某区2024年工作要点\n序号  工作任务  责任单位\n1  开展普法宣传  区司法局\n{mark}  推进依法行政  区政府办\n"
    plan = rulegov.parse_plan(text)
    assert [(task.title, [a.unit_name for a in task.assignments]) for task in plan.tasks] == [
        ("开展普法宣传", ["区司法局"]),
        ("推进依法行政", ["区政府办"]),
    ]


def test_a_units_bracket_that_holds_an_empty_bracket_after_a_sentence_is_read_without_a_crash():
    plan = rulegov.parse_plan("某区2024年工作要点\n1.开展普法宣传。(各村组,镇长负责。())\n")
    assert [task.title for task in plan.tasks] == ["开展普法宣传"]


def test_a_table_row_skipped_under_headings_run_into_rows_is_named_at_its_printed_line():
    # the parts and measures run into a row are read as rows of their own: the rows the table
    # skips are still named at the lines they are printed on
    rows = [
        "某市2022年政务公开任务分解责任清单",
        "工作任务 | 具体要求 | 责任单位 | 时限要求 |",
        "一、以公开助力经济发展。 | （一）加强信息公开。 | 1 | 公开政策文件执行情况。 | 市政府各部门 | 持续推进 |",
        "2 | 开设帮扶政策专题。 | 市商务局 | 持续推进 |",
        "3 |  | 市商务局 |  |",
        "二、以公开促进社会治理。 | （一）推进执法信息公开。 | 4 | 公开执法结果。 | 市司法局 | 6月底前 |",
        "5 | | | 全年 |",
    ]
    plan = rulegov.parse_plan("\n".join(rows) + "\n")
    assert [task.number for task in plan.tasks] == ["1", "2", "4"]
    skipped = [d for d in plan.diagnostics if d.code == "table-row"]
    assert [(d.line, "no task" in d.message) for d in skipped] == [(5, True), (7, True)]


def test_a_grid_row_after_a_name_broken_over_two_rows_is_named_by_its_printed_row():
    grid = [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "开展普法宣传", "区司法局", "区财政局、区"],
        ["", "", "", "人社局"],
        ["2", "推进依法行政", "区政府办", ""],
        ["合计", "", "", ""],
    ]
    plan = rulegov.parse.read_grid(grid)
    assert [unit.name for unit in plan.units][:3] == ["区司法局", "区财政局", "区人社局"]
    assert [(d.line, d.code) for d in plan.diagnostics] == [(5, "table-row")]


@pytest.mark.parametrize(
    "text",
    ["一、组织领导\n2", "發(ā)展(zhǎn)區(qū)\n區(qū)辦(bàn)公室\n2"],
    ids=["plain", "glossed"],
)
def test_a_scheme_items_points_on_the_last_line_keep_its_span_inside_the_text(text):
    # the points printed on a line of their own under the item's name, on the text's last line
    scheme = rulegov.parse_scheme(text)
    (item,) = scheme.root.children
    assert item.points == 2.0
    assert 0 <= item.span.start < item.span.end <= len(text)
    assert text[item.span.start : item.span.end].endswith("2")


def test_a_scheme_whose_items_share_a_piece_of_standard_reads_without_a_crash():
    # two items hold the same line of standard: ordering them compared the items themselves
    scheme = rulegov.parse_scheme("1、内容分值评分细则\n1.\n3、误1分。文")
    assert scheme.root.children


def test_a_row_printed_a_cell_a_line_and_skipped_is_named_over_all_its_lines():
    text = "序號 |\n年度投資金額 (萬元) |\n責任單位 |\n1 |\n交通局 |3000 |\n交通局 |"
    plan = rulegov.parse_plan(text)
    (skipped,) = [d for d in plan.diagnostics if d.code == "table-row"]
    # the row's lines 4 to 6: its number, the cell the reader names and the cells after it
    assert skipped.span is not None
    assert text[skipped.span.start : skipped.span.end].startswith("1 |")
    assert skipped.span.end > text.index("交通局 |3000")


@pytest.mark.parametrize("text", ["</p>", "<br>\n<br/>", "</p>" * 3_000])
def test_a_text_of_markup_alone_is_refused_as_empty(text: str) -> None:
    # the tags a copy kept are no words: the text passed check_text, its lines read none, and
    # choosing a title from no line raised StopIteration
    with pytest.raises(rulegov.ParseError, match="no text, only markup") as raised:
        rulegov.parse_plan(text, source="a.txt")
    assert raised.value.code == "empty-document"
    assert (raised.value.line, raised.value.column) == (1, 1)
