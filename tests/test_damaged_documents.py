"""Documents damaged the ways real files are, read as the undamaged ones are or refused by name.

Each case is a finding of the mutation campaign over the collected documents
(``scripts/mutate_documents.py``), written on a short made-up text of the same shape: invisible
characters inside words, lines ended by Unicode's own separators, UTF-16 without its mark.
"""

from __future__ import annotations

import random

import pytest

import rulegov
from rulegov.io import read_plan_bytes, read_scheme_bytes
from rulegov.io._bytes import as_utf8

PLAN = "某县2023年法治政府建设工作要点\n一、加强领导\n1.开展法治培训。\n牵头单位：县司法局\n2.召开专题会议。\n责任单位：县政府办"
SCHEME = "一、组织领导（10分）。未成立领导小组的扣5分。\n二、依法决策（20分）。未经合法性审查的，每件扣2分。"

# invisible format characters a copied text carries: zero-width joiner and non-joiner, word
# joiner, soft hyphen, marks of writing direction, the Mongolian vowel separator
INVISIBLE = ["\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u202a", "\u2061", "\u180e"]


def _tasks(plan: rulegov.Plan) -> list[tuple[str, list[str], list[str]]]:
    return [(task.title, task.lead_units, task.responsible_units) for task in plan.tasks]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_inside_a_plan_s_words_change_nothing_read(mark: str) -> None:
    damaged = PLAN.replace("牵头", f"牵{mark}头").replace("司法", f"司{mark}法")
    damaged = damaged.replace("一、", f"一{mark}、").replace("2.", f"2{mark}.")
    assert _tasks(rulegov.parse_plan(damaged)) == _tasks(rulegov.parse_plan(PLAN))


def _items(scheme: rulegov.Scheme) -> list[tuple[str | None, float | None]]:
    return [(node.name, node.points) for node in scheme.root.children]


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", *INVISIBLE])
def test_invisible_characters_inside_a_scheme_s_items_change_nothing_read(mark: str) -> None:
    damaged = SCHEME.replace("10分", f"1{mark}0{mark}分").replace("二、", f"二{mark}、")
    scheme = rulegov.parse_scheme(damaged)
    assert _items(scheme) == _items(rulegov.parse_scheme(SCHEME))
    # each span still points at the item's words in the text as given
    for node in scheme.root.children:
        assert node.span is not None
        assert node.name is not None
        printed = damaged[node.span.start : node.span.end].replace(mark, "")
        assert node.name in printed


# tasks whose heading stands on a line of its own, its text on the next
HEADED = (
    "某县2023年法治政府建设工作要点\n一、加强领导\n（一）开展法治培训\n组织全县干部学法。\n"
    "牵头单位：县司法局\n（二）召开专题会议\n每季度召开一次。\n责任单位：县政府办"
)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_plan_whose_lines_end_with_unicode_separators_reads_as_with_line_feeds(
    separator: str,
) -> None:
    plan = rulegov.parse_plan(HEADED.replace("\n", separator))
    assert _tasks(plan) == [
        ("开展法治培训", ["县司法局"], []),
        ("召开专题会议", [], ["县政府办"]),
    ]
    assert [section.title for section in plan.sections] == ["加强领导"]
    assert plan.tasks[1].span is not None
    assert plan.source is not None
    assert plan.source.excerpt(plan.tasks[1].span).startswith("（二）召开专题会议")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_scheme_whose_lines_end_with_unicode_separators_reads_as_with_line_feeds(
    separator: str,
) -> None:
    scheme = rulegov.parse_scheme(SCHEME.replace("\n", separator))
    assert _items(scheme) == [("组织领导", 10.0), ("依法决策", 20.0)]


def test_a_separator_inside_a_line_of_a_text_with_line_feeds_stays_a_space() -> None:
    # Word's soft line break inside a paragraph: the task's words run on over it
    plan = rulegov.parse_plan(PLAN.replace("开展法治", "开展\u2028法治"))
    assert _tasks(plan) == _tasks(rulegov.parse_plan(PLAN))


# a form to fill in prints a box to tick as a Cyrillic letter, one on every short line: more
# than a tenth of the text is a letter no Chinese document is written in
FORM = "\n".join(
    ["某县2023年法治政府建设工作要点", *(f"{n}.开展培训。Р是Р否" for n in range(1, 9))]
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_reads_though_a_symbol_is_on_every_line(encoding: str) -> None:
    data = FORM.encode(encoding)
    assert read_plan_bytes(data, source="form.txt").source.text == FORM
    with pytest.raises(rulegov.ParseError, match="no appraisal item") as refused:
        read_scheme_bytes(data, source="form.txt")
    assert refused.value.code == "no-scheme-items"  # read as text, then found no item


def test_utf16_read_the_wrong_way_is_still_refused_as_binary() -> None:
    # bytes that hold NULs and read in neither order to text stay binary data
    with pytest.raises(rulegov.ParseError) as refused:
        read_plan_bytes(b"\x00\x01\x02\x03" * 20, source="junk.txt")
    assert refused.value.code == "binary-data"


@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_inside_its_last_character_reads_with_a_warning(cut: int) -> None:
    data = PLAN.encode()[:-cut]  # a download that stopped inside 办
    plan = read_plan_bytes(data, source="cut.txt")
    assert plan.source is not None
    assert plan.source.text == PLAN[:-1] + "\ufffd"
    assert [task.title for task in plan.tasks] == ["开展法治培训", "召开专题会议"]
    warned = [d for d in plan.diagnostics if d.code == "cut-short"]
    assert len(warned) == 1
    assert (warned[0].line, warned[0].column) == (6, len("责任单位：县政府办"))
    assert repr(data[-(3 - cut) :]) in warned[0].message


def test_a_scheme_in_utf8_cut_short_reads_with_a_warning() -> None:
    scheme = read_scheme_bytes(SCHEME.encode()[:-1], source="cut.txt")
    assert _items(scheme) == [("组织领导", 10.0), ("依法决策", 20.0)]
    assert [d.code for d in scheme.diagnostics] == ["cut-short"]


def test_utf8_cut_anywhere_inside_a_character_is_never_read_as_another_encoding() -> None:
    # read as GB18030 or Big5, UTF-8 bytes cut short give other characters throughout
    text = "各乡镇人民政府，县政府各部门：现将《某县法治政府建设实施方案》印发给你们。"
    data = text.encode()
    for end in range(4, len(data)):
        if 0x80 <= data[end] < 0xC0:  # the next byte goes on a character: cut inside it
            read = read_plan_bytes(data[:end], source="cut.txt").source
            assert read is not None
            assert read.text == data[:end].decode("utf-8", "ignore") + "\ufffd"


def test_ascii_with_a_last_byte_above_ascii_is_no_utf8_cut_short() -> None:
    # nothing before the last byte says UTF-8: the bytes are refused as undecodable, by place
    with pytest.raises(rulegov.ParseError, match=r"cut\.txt:1:4: .*neither UTF-8") as refused:
        read_plan_bytes(b"1.a\xe6", source="cut.txt")
    assert refused.value.code == "undecodable-text"


def _noted(plan: rulegov.Plan, line: int) -> list[str]:
    return [d.code for d in plan.diagnostics if d.line == line]


@pytest.mark.parametrize(
    "markup",
    ["<img src='a.jpg'>", ' <div class="wrap" style="width:1px;">', "<p></p><br/>", "</div>"],
)
def test_a_line_of_markup_alone_in_a_text_is_noted_never_dropped(markup: str) -> None:
    # a page's source whose first tag a stray character broke is read as text, not as a page:
    # the lines of its markup read blank, and each is noted
    plan = rulegov.parse_plan(f"某县2023年工作要点\n{markup}\n1.开展法治培训。\n牵头单位：县司法局")
    assert _noted(plan, 2) == ["editorial-note"]
    note = next(d for d in plan.diagnostics if d.line == 2)
    assert note.span is not None
    assert plan.source is not None
    assert plan.source.excerpt(note.span) == markup
    assert _tasks(plan) == [("开展法治培训", ["县司法局"], [])]


def test_markup_inside_a_task_s_lines_is_not_noted_again() -> None:
    plan = rulegov.parse_plan("某县2023年工作要点\n1.开展法治培训。\n<br/>\n牵头单位：县司法局")
    assert [d.code for d in plan.diagnostics if d.code == "editorial-note"] == []


# a unit's name with an invisible character inside it, in a list of names a space would part
UNITS_HEAD = "2024年法治政府建设工作要点\n一、加强领导\n（一）健全制度。"


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", *INVISIBLE])
@pytest.mark.parametrize(
    ("units", "named"),
    [
        ("（市司法局牵头，各县市{}区政府负责）", ["市司法局", "各县市区政府"]),
        (
            "（市政府办公室牵头，市级各有{}关部门、各县市区政府负责）",
            ["市政府办公室", "市级各有关部门", "各县市区政府"],
        ),
    ],
)
def test_an_invisible_character_inside_a_unit_s_name_parts_no_names(
    mark: str, units: str, named: list[str]
) -> None:
    text = UNITS_HEAD + units.format(mark)
    plan = rulegov.parse_plan(text)
    assert [unit.name for unit in plan.units] == named
    # every span slices the text as given: the name, with the invisible character inside it
    for unit in plan.units:
        assert unit.span is not None
        assert text[unit.span.start : unit.span.end].replace(mark, "") == unit.name
    for assignment in plan.tasks[0].assignments:
        assert assignment.span is not None
        printed = text[assignment.span.start : assignment.span.end]
        assert printed.replace(mark, "") == assignment.unit_name
    assert text[plan.spans["title"].start : plan.spans["title"].end] == plan.title
    task = plan.tasks[0]
    assert task.span is not None
    assert task.title_span is not None
    assert text[task.title_span.start : task.title_span.end] == task.title
    assert text[task.span.start : task.span.end].startswith("（一）健全制度。")


def test_an_invisible_character_inside_a_latin_word_parts_it_not() -> None:
    plan = rulegov.parse_plan(PLAN.replace("县司法局", "县司法局PD\u00adF"))
    assert plan.tasks[0].lead_units == ["县司法局PDF"]


@pytest.mark.parametrize(
    "data",
    [
        ("  " * 19 + " 2022年1月23日").encode() + b"\x00",  # a dated line in UTF-8, a NUL after
        b"2020\xc4\xea7\x00",  # 2020年7 in GBK, a NUL after
    ],
)
def test_a_few_bytes_with_a_nul_are_refused_as_binary_not_read_as_utf16(data: bytes) -> None:
    with pytest.raises(rulegov.ParseError) as refused:
        read_plan_bytes(data, source="short.txt")
    assert refused.value.code == "binary-data"


@pytest.mark.parametrize(("size", "most"), [(8, 150), (16, 5)])
def test_random_short_bytes_with_a_nul_are_seldom_read_as_utf16(size: int, most: int) -> None:
    # a few characters tell little: short bytes must be plausible UTF-16 all but a tenth
    rng = random.Random(2029)  # noqa: S311 (seeded bytes, not a secret)
    read = 0
    for _ in range(2000):
        data = bytearray(rng.randbytes(size))
        data[rng.randrange(size)] = 0
        read += as_utf8(bytes(data)) != bytes(data)
    assert read <= most


# a web page in UTF-8 cut inside its last character, after its closing tags were cut too
PAGE = (
    "<html><head><title>法治方案</title></head><body>"
    "<p>（二）开展培训。（区委组织部负责）</p></body></html>"
)


def test_a_web_page_cut_inside_its_last_character_reads_with_a_warning() -> None:
    data = PAGE.encode()[:-30] + "法".encode()[:2]
    plan = read_plan_bytes(data, source="a.html")
    assert plan.source is not None
    assert plan.source.text.endswith("\ufffd")
    warned = [d for d in plan.diagnostics if d.code == "cut-short"]
    assert len(warned) == 1
    assert warned[0].line is not None
    assert warned[0].column is not None
    line = plan.source.text.split("\n")[warned[0].line - 1]
    assert line[warned[0].column - 1] == "\ufffd"
    assert repr("法".encode()[:2]) in warned[0].message
    # the page's source given as bytes to parse_plan is warned of alike
    assert [d.code for d in rulegov.parse_plan(data).diagnostics].count("cut-short") == 1


def test_a_scheme_s_web_page_cut_inside_its_last_character_reads_with_a_warning() -> None:
    page = f"<html><body><p>{SCHEME}</p></body></html>"
    data = page.encode()[: page.encode().index("扣2分".encode()) + 5]  # cut inside 分
    scheme = read_scheme_bytes(data, source="a.html")
    assert [d.code for d in scheme.diagnostics] == ["cut-short"]


def test_a_whole_web_page_is_not_warned_of_as_cut_short() -> None:
    plan = read_plan_bytes(PAGE.encode(), source="a.html")
    assert "cut-short" not in [d.code for d in plan.diagnostics]


# lines ended by a separator, with the line feed an editor adds at the end, or one after the title
@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
@pytest.mark.parametrize("feeds", ["end", "title"])
def test_a_few_line_feeds_among_unicode_separators_leave_them_line_ends(
    separator: str, feeds: str
) -> None:
    text = HEADED.replace("\n", separator)
    if feeds == "end":
        text += "\n"
    else:
        text = text.replace(separator, "\n", 1)
    plan = rulegov.parse_plan(text)
    assert _tasks(plan) == [
        ("开展法治培训", ["县司法局"], []),
        ("召开专题会议", [], ["县政府办"]),
    ]
    assert plan.source is not None
    assert plan.tasks[1].span is not None
    assert plan.source.excerpt(plan.tasks[1].span).startswith("（二）召开专题会议")
    scheme = rulegov.parse_scheme(SCHEME.replace("\n", separator) + "\n")
    assert _items(scheme) == [("组织领导", 10.0), ("依法决策", 20.0)]


def test_soft_line_breaks_fewer_than_a_text_s_line_feeds_stay_spaces() -> None:
    # Word's soft line breaks inside two paragraphs of a text whose lines end with line feeds
    damaged = PLAN.replace("开展法治", "开展\u2028法治").replace("召开专题", "召开\u2028专题")
    assert _tasks(rulegov.parse_plan(damaged)) == _tasks(rulegov.parse_plan(PLAN))
