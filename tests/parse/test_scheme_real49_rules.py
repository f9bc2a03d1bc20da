"""Criteria printed a sentence a line under their part, as the appraisals of law enforcement print them."""

from __future__ import annotations

import pytest

import rulegov


def _tree(scheme: rulegov.Scheme) -> list[tuple[str, str, float | None]]:
    return [(node.id, node.name, node.points or node.cap) for node in scheme.nodes()[1:]]


@pytest.mark.parametrize("stop", ["。", ""])
def test_unnumbered_scored_sentences_a_line_are_the_criteria_of_the_part_above(stop):
    # a part with its points, then its criteria unnumbered, one sentence a line, each closing on
    # its points in brackets (after the sentence's stop or before it): each is a criterion
    text = (
        "某队执法人员考核细则\n"
        "一、政治素质(10分)\n"
        f"政治立场坚定,热爱执法事业{stop}(6分)\n"
        f"坚持学习,按时参加理论学习{stop}(4分)\n"
        "二、业务能力(5分)\n"
        f"严格执行法律法规,依法办案{stop}(2分)\n"
        f"熟悉执法程序,文书制作规范{stop}(3分)\n"
    )
    assert _tree(rulegov.parse_scheme(text)) == [
        ("1", "政治素质", 10.0),
        ("1.1", "政治立场坚定,热爱执法事业", 6.0),
        ("1.2", "坚持学习,按时参加理论学习", 4.0),
        ("2", "业务能力", 5.0),
        ("2.1", "严格执行法律法规,依法办案", 2.0),
        ("2.2", "熟悉执法程序,文书制作规范", 3.0),
    ]


def test_a_criterion_sentence_keeps_its_span_in_the_text():
    text = "一、政治素质(10分)\n政治立场坚定。(6分)\n坚持学习。(4分)\n"
    node = rulegov.parse_scheme(text).root.children[0].children[1]
    assert text[node.span.start : node.span.end].startswith("坚持学习")


def test_scored_lines_that_do_not_add_up_to_the_part_stay_its_standard():
    # 3 + 4 is not the part's 10: the lines are no list of its criteria
    text = "一、政治素质(10分)\n政治立场坚定。(3分)\n坚持学习。(4分)\n二、业务能力(5分)\n依法办案。(5分)\n"
    tree = _tree(rulegov.parse_scheme(text))
    assert ("1.1", "政治立场坚定", 3.0) not in tree


def test_a_line_that_deducts_is_no_criterion():
    # a rule with its points in brackets (扣…) is the part's standard, however the sum falls
    text = "一、政治素质(10分)\n政治立场坚定。(6分)\n未参加学习的扣4分。(4分)\n"
    tree = _tree(rulegov.parse_scheme(text))
    assert all(not name.startswith("未参加学习") for _, name, _ in tree)


_CSV = (
    '"类别","考核内容","考核方法","评分标准"\n'
    ',"执法监督(15)","1.落实执法责任制,规范执法文书(10分).","抽查文书","1.行政处罚文书不合格每份扣5分."\n'
    ',,"2.依法办理行政复议案件(5分).","查记录","2.发生行政诉讼败诉案件一例扣5分."\n'
    ',"普法宣传(10)","3.开展以案释法活动(10分).","查资料","3.未开展的扣10分."\n'
)


def test_a_table_saved_as_quoted_comma_separated_cells_reads_as_its_cells():
    # a spreadsheet saved as CSV and pasted: a row a line, each cell quoted, the cells parted by
    # commas and an empty cell nothing between two; the items are the cells, not the quoted run
    scheme = rulegov.parse_scheme(_CSV)
    scored = [(node.name.rstrip("."), node.points) for node in scheme.nodes()[1:] if node.points]
    assert scored == [
        ("落实执法责任制,规范执法文书", 10.0),
        ("依法办理行政复议案件", 5.0),
        ("开展以案释法活动", 10.0),
    ]
    assert [rule.points for rule in scheme.rules] == [5.0, 5.0, 10.0]


def test_the_cells_of_a_quoted_row_keep_their_spans_in_the_text():
    scheme = rulegov.parse_scheme(_CSV)
    node = next(node for node in scheme.nodes()[1:] if node.points == 5.0)
    assert _CSV[node.span.start : node.span.end].startswith("2.依法办理行政复议案件(5分)")


def test_one_quoted_line_is_no_table():
    # a single line of quoted, comma-parted words is a quotation, read as printed
    text = '一、执法监督(10分)\n1.落实执法责任制(10分)。"文书规范","程序合法"\n'
    names = [node.name for node in rulegov.parse_scheme(text).nodes()[1:]]
    assert names[:2] == ["执法监督", "落实执法责任制"]
