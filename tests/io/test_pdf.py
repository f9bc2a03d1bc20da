"""PDFs with a text layer: paragraphs joined, page furniture dropped, tables as rows; scans refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import rulegov
from pdfs import pdf_of_lines as _pdf
from rulegov.io import read_text
from rulegov.io._pdf import join_lines

pytest.importorskip("pdfplumber")

DATA = Path(__file__).parent / "data"


def test_lines_broken_inside_paragraphs_are_joined_and_furniture_dropped():
    lines = read_text(DATA / "plan.pdf").split("\n")
    assert lines[0] == "金昌市创建全国法治政府建设示范市实施方案"
    assert lines[1].startswith("为加快推进法治金昌建设")
    assert "《法治政府建设实施纲要（2021—2025年）》" in lines[1]
    assert lines[1].endswith("制定本实施方案。")
    assert "一、总体要求" in lines
    assert "牵头单位：市委编办" in lines
    assert not [line for line in lines if "— " in line or "人民政府文件" in line]


def test_a_real_report_keeps_cover_lines_table_rows_and_paragraphs_apart():
    lines = read_text(DATA / "shenzhen_gender_2021.pdf").split("\n")
    assert lines[:4] == [
        "2021 年深圳市社会性别统计报告",
        "深圳市统计局",
        "深圳市妇女儿童工作委员会",
        "深圳市性别平等促进办公室",
    ]
    # rows of a table without rules stay one to a line
    assert "南山区 122.12 62.50 59.62 104.83" in lines
    assert "宝安区 91.01 44.94 46.07 97.55" in lines
    # a paragraph wrapped over three lines on page 3 is one line again
    assert (
        "2021 年，深圳市户籍迁入人口 38.24 万人，其中女性20.94 万人，性别比为 82.62。"
        "户籍迁出人口 4.21 万人，其中女性 1.93 万人，性别比为 118.13。"
    ) in lines
    # the page numbers at the head of each page are gone
    assert not [line for line in lines if line.strip().isdigit()]


def test_a_pdf_plan_reads_as_tasks():
    plan = rulegov.read_plan(DATA / "plan.pdf")
    assert plan.title == "金昌市创建全国法治政府建设示范市实施方案"
    assert [(task.number, task.title, task.lead_units) for task in plan.tasks] == [
        ("1", "推进政府机构职能优化协同高效", ["市委编办"]),
        ("2", "深入推进“放管服”改革", ["市政务服务中心"]),
        ("3", "加强重点领域立法", ["市司法局"]),
    ]


def test_ruled_tables_become_pipe_rows():
    assert read_text(DATA / "table.pdf").split("\n") == [
        "附件：金昌市法治政府建设重点任务分工表",
        "|序号|工作任务|牵头单位|完成时限|",
        "|1|全面实行政府权责清单制度|市委编办|2025年6月底前|",
        "|2|推行审批服务“马上办、网上办”|市政务服务中心|2025年9月底前|",
        "|3|制定修订地方性法规和政府规章|市司法局|2025年12月底前|",
    ]
    plan = rulegov.read_plan(DATA / "table.pdf")
    assert [task.lead_units for task in plan.tasks] == [
        ["市委编办"],
        ["市政务服务中心"],
        ["市司法局"],
    ]


def test_a_scan_says_it_needs_ocr():
    with pytest.raises(
        rulegov.ParseError, match=r"no text layer .* it is a scan; run OCR"
    ) as caught:
        read_text(DATA / "scan.pdf")
    assert caught.value.source == str(DATA / "scan.pdf")


def test_an_encrypted_pdf_says_so():
    with pytest.raises(rulegov.ParseError, match="the PDF is encrypted"):
        rulegov.read_plan(DATA / "encrypted.pdf")


def test_a_damaged_pdf_is_one_parse_error(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes((DATA / "plan.pdf").read_bytes()[:900])
    with pytest.raises(rulegov.ParseError) as caught:
        read_text(path)
    assert caught.value.source == str(path)


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes((DATA / "plan.pdf").read_bytes())
    assert read_text(path).startswith("金昌市创建全国法治政府建设示范市实施方案\n")


def test_without_the_extra_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(rulegov.MissingExtraError, match=r"pip install 'rulegov\[pdf\]'"):
        read_text(DATA / "plan.pdf")


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            [
                ("一、总体要求", False),
                ("坚持以习近平新时代中国特色社会主义思想为", True),
                ("指导。", False),
            ],
            ["一、总体要求", "坚持以习近平新时代中国特色社会主义思想为指导。"],
        ),
        (
            [("牵头单位：市委编办，配合单位：各县区人民", True), ("政府", False)],
            ["牵头单位：市委编办，配合单位：各县区人民政府"],
        ),
        (
            [("全面推行审批服务“马上办、网上办”，持续", True), ("（二）深入推进改革", False)],
            ["全面推行审批服务“马上办、网上办”，持续", "（二）深入推进改革"],
        ),
        (
            [("制定本实施方案。", True), ("一、总体要求", False)],
            ["制定本实施方案。", "一、总体要求"],
        ),
        (
            [("applies the Administrative", True), ("Licensing Law", False)],
            ["applies the Administrative Licensing Law"],
        ),
        ([("实施纲要（2021—20", True), ("25年）", False)], ["实施纲要（2021—2025年）"]),
        (
            [("第一条 为了规范", True), ("第二条 本办法", False)],
            ["第一条 为了规范", "第二条 本办法"],
        ),
    ],
)
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_a_title_repeated_as_the_running_header_of_later_pages_is_kept(tmp_path):
    title = "某县2024年法治建设工作要点"
    path = tmp_path / "要点.pdf"
    path.write_bytes(
        _pdf(
            [
                [
                    (776, title),
                    (752, "一、加强组织领导"),
                    (728, "1.召开工作会议。牵头单位：县司法局"),
                ],
                [
                    (820, title),
                    (776, "二、推进依法行政"),
                    (752, "2.完善决策制度。责任单位：县政府办"),
                ],
            ]
        )
    )
    plan = rulegov.read_plan(path)
    assert plan.title == title
    assert [task.title for task in plan.tasks] == ["召开工作会议", "完善决策制度"]
    assert read_text(path).count(title) == 1  # page 2's running header is dropped


# a page set as GB/T 9704 sets an official document: 28 lines of 28 characters of 16 points from
# x = 79; a paragraph's first line is set in by two characters, the lines it wraps onto are not
LEFT, SIZE, INDENT = 79.0, 16.0, 111.0


def _body(*rows: tuple[float, str]) -> list[tuple[float, float, float, str]]:
    """Body lines from the top of an A4 page down, 28 points apart: ``(x, text)`` each."""
    return [(x, 760 - 28 * index, SIZE, text) for index, (x, text) in enumerate(rows)]


def test_a_heading_that_fills_its_line_is_not_run_into_the_paragraph_under_it(tmp_path):
    # the heading of an item reaches the right margin and ends without a stop; the paragraph
    # under it opens with a first-line indent, so it is a paragraph of its own
    heading = "（一）对个人所得税守信纳税人提供更多便利和机会"
    path = tmp_path / "通知.pdf"
    path.write_bytes(
        _pdf(
            [
                _body(
                    (INDENT, "二、完善守信联合激励和失信联合惩戒机制"),
                    (INDENT, heading),
                    (INDENT, "探索将个人所得税守信情况纳入自然人诚信积分体系管理"),
                    (LEFT, "机制。对纳税信用记录持续优良的纳税人，相关部门应提供更多"),
                    (LEFT, "服务便利。"),
                    (INDENT, "（二）对个人所得税严重失信当事人实施联合惩戒"),
                    (INDENT, "税务部门与有关部门合作，建立联合惩戒机制。"),
                )
            ]
        )
    )
    lines = read_text(path).split("\n")
    assert lines[1] == heading
    assert lines[2] == (
        "探索将个人所得税守信情况纳入自然人诚信积分体系管理机制。对纳税信用记录持续优良的纳税人，"
        "相关部门应提供更多服务便利。"
    )
    plan = rulegov.read_plan(path)
    assert [task.title for task in plan.tasks] == [
        "对个人所得税守信纳税人提供更多便利和机会",
        "对个人所得税严重失信当事人实施联合惩戒",
    ]


def test_a_paragraph_that_ends_on_a_full_line_is_not_run_into_the_next(tmp_path):
    path = tmp_path / "要点.pdf"
    path.write_bytes(
        _pdf(
            [
                _body(
                    (INDENT, "各地区、各部门要统筹实施个人所得税纳税信用管理工作，完"),
                    (LEFT, "善配套制度建设，建立联动机制，实现跨部门信用信息共享，构建"),
                    (LEFT, "税收共治管理、信用协同监管格局和全社会共同参与的工作体系"),
                    (INDENT, "各地区、各部门要充分利用报纸、广播、电视、网络等渠道。"),
                )
            ]
        )
    )
    assert read_text(path).split("\n") == [
        (
            "各地区、各部门要统筹实施个人所得税纳税信用管理工作，完善配套制度建设，建立联动机制，"
            "实现跨部门信用信息共享，构建税收共治管理、信用协同监管格局和全社会共同参与的工作体系"
        ),
        "各地区、各部门要充分利用报纸、广播、电视、网络等渠道。",
    ]


def test_an_item_set_with_a_hanging_indent_is_still_joined(tmp_path):
    # the lines an item wraps onto line up under its text, after its number
    path = tmp_path / "分工.pdf"
    path.write_bytes(
        _pdf(
            [
                _body(
                    (LEFT, "1.健全依法决策机制，严格落实重大行政决策程序规定，推进"),
                    (LEFT + 2 * SIZE, "决策科学化、民主化、法治化，提高决策质量和效率水平"),
                    (LEFT + 2 * SIZE, "牵头单位：县司法局。"),
                    (LEFT, "2.加强行政执法监督。"),
                )
            ]
        )
    )
    assert read_text(path).split("\n") == [
        (
            "1.健全依法决策机制，严格落实重大行政决策程序规定，推进决策科学化、民主化、法治化，"
            "提高决策质量和效率水平牵头单位：县司法局。"
        ),
        "2.加强行政执法监督。",
    ]


@pytest.mark.parametrize("indent", [INDENT, LEFT + 4 * SIZE])
def test_a_line_set_in_after_a_full_line_opens_a_paragraph_whatever_its_indent(tmp_path, indent):
    path = tmp_path / "方案.pdf"
    path.write_bytes(
        _pdf(
            [
                _body(
                    (LEFT, "建立健全个人所得税纳税信用记录，研究制定自然人纳税信用管理"),
                    (indent, "二、主要任务"),
                )
            ]
        )
    )
    assert read_text(path).split("\n") == [
        "建立健全个人所得税纳税信用记录，研究制定自然人纳税信用管理",
        "二、主要任务",
    ]


def _red_head(*issuers: str) -> list[tuple[float, float, float, str]]:
    """A joint red head: the issuers' names stacked at 30 points, 文件 beside them, centred."""
    top = 740.0
    names = [(110.0, top - 35 * index, 30.0, name) for index, name in enumerate(issuers)]
    middle = top - 35 * (len(issuers) - 1) / 2
    return [*names, (436.0, middle, 36.0, "文件")]


@pytest.mark.parametrize(
    "issuers",
    [
        ("发展改革委办公厅", "税务总局办公厅"),
        ("中共某市委全面依法治市委员会办公室", "某市司法局", "某市财政局"),
    ],
)
def test_a_joint_red_head_reads_name_after_name_then_its_mark(tmp_path, issuers):
    path = tmp_path / "通知.pdf"
    body = [
        (209.0, 560.0, 16.0, "某办发〔2019〕860号"),
        (111.0, 500.0, 22.0, "关于加强纳税信用建设的通知"),
        (79.0, 460.0, 16.0, "各区人民政府，市政府各部门："),
        (111.0, 432.0, 16.0, "现就有关事项通知如下。"),
    ]
    path.write_bytes(_pdf([[*_red_head(*issuers), *body]]))
    lines = read_text(path).split("\n")
    assert lines[: len(issuers) + 2] == [*issuers, "文件", "某办发〔2019〕860号"]
    assert rulegov.read_plan(path).issuer == "、".join(issuers)  # no signature names them


@pytest.mark.parametrize("name", ["税务总局办公厅", "某市人民政府办公室"])
def test_a_letter_spaced_name_reads_without_the_spaces(tmp_path, name):
    # each character drawn on its own, with a wide gap after it, as a name set letter-spaced
    spaced = [(110 + 45 * index, 740, 30, character) for index, character in enumerate(name)]
    path = tmp_path / "通知.pdf"
    path.write_bytes(_pdf([[*spaced, (79, 700, 16, "南山区 122.12 62.50 59.62")]]))
    assert read_text(path).split("\n") == [name, "南山区 122.12 62.50 59.62"]


REAL = Path(__file__).parent / "real"


def test_a_real_joint_notice_reads_as_its_pages_print_it():
    lines = read_text(REAL / "fagaiban_2019_860_nashui_xinyong.pdf").split("\n")
    # the red head: the joint issuers' names, the second letter-spaced, 文件 beside them
    assert lines[:4] == ["发展改革委办公厅", "税务总局办公厅", "文件", "发改办财金规〔2019〕860 号"]
    # a hyphen the font maps to a soft hyphen (U+00AD) is the hyphen the page shows
    assert "《国务院关于印发社会信用体系建设规划纲要（2014-2020 年）的通知》" in lines[6]
    # an item's heading that fills its line is not run into the paragraph under it
    assert "（一）对个人所得税守信纳税人提供更多便利和机会" in lines
    assert not [line for line in lines if "— " in line or line.startswith("—")]
    plan = rulegov.read_plan(REAL / "fagaiban_2019_860_nashui_xinyong.pdf")
    assert plan.tasks[3].title == "对个人所得税守信纳税人提供更多便利和机会"
    assert "国务院关于印发社会信用体系建设规划纲要（2014-2020年）的通知" in [
        citation.title for citation in plan.cited_documents
    ]


def _heading_page(heading: list[str], above: str | None = None) -> bytes:
    """A page whose heading, in 22-point type centred over 16-point text, takes the lines of
    ``heading``; ``above``: a line of text over it that runs to the right margin."""
    lines: list[tuple[float, float, float, str]] = []
    top = 760.0
    if above is not None:
        lines.append((INDENT, top, SIZE, above))
        top -= 40
    for index, part in enumerate(heading):
        ems = sum(0.5 if character.isascii() else 1.0 for character in part)
        x = LEFT + (448 - 22 * ems) / 2  # centred on the 448 points of the text block
        lines.append((x, top - 30 * index, 22.0, part))
    top -= 30 * len(heading) + 12
    body = [
        (LEFT, "各区人民政府，市政府各部门："),
        (INDENT, "现将方案印发给你们，请认真贯彻执行。"),
        (INDENT, "一、加强组织领导"),
        (INDENT, "1.召开工作会议，研究部署全年依法行政工作，听取各区各"),
        (LEFT, "部门工作情况汇报。牵头单位：市司法局"),
    ]
    lines += [(x, top - 28 * index, SIZE, text) for index, (x, text) in enumerate(body)]
    return _pdf([lines], proportional=True)


def test_a_heading_broken_where_its_line_is_full_is_one_heading(tmp_path):
    # the page broke the heading's first line where it was full, inside the word 行政
    path = tmp_path / "通知.pdf"
    path.write_bytes(_heading_page(["某市人民政府办公室关于印发2024年依法行", "政工作方案的通知"]))
    assert (
        read_text(path).split("\n")[0] == "某市人民政府办公室关于印发2024年依法行政工作方案的通知"
    )
    plan = rulegov.read_plan(path)
    assert plan.title == "2024年依法行政工作方案"
    assert plan.recipients == ["各区人民政府", "市政府各部门"]


def test_a_heading_broken_where_its_words_part_keeps_its_lines(tmp_path):
    # GB/T 9704 breaks a heading where its words part: short centred lines, none of them full
    path = tmp_path / "通知.pdf"
    path.write_bytes(_heading_page(["某市人民政府办公室", "关于印发依法行政工作方案的通知"]))
    assert read_text(path).split("\n")[:2] == [
        "某市人民政府办公室",
        "关于印发依法行政工作方案的通知",
    ]
    assert rulegov.read_plan(path).title == "依法行政工作方案"


def test_a_heading_in_larger_type_continues_no_line_above_it(tmp_path):
    # a web page printed to PDF: the page's date line runs to the margin over the heading
    above = "发布日期：2024-03-05　来源：某市人民政府办公室　浏览次数：1165　字号：大中小"
    path = tmp_path / "通知.pdf"
    path.write_bytes(_heading_page(["某市人民政府办公室关于做好依法行政工作的通知"], above))
    lines = read_text(path).split("\n")
    assert lines[1] == "某市人民政府办公室关于做好依法行政工作的通知"
    assert rulegov.read_plan(path).title == "某市人民政府办公室关于做好依法行政工作的通知"


def test_short_lines_that_end_before_the_margin_stay_apart(tmp_path):
    # a page printed from a site sets no paragraph in: every line starts at the margin. Most
    # lines of a list of names are short; the two paragraphs that wrap show where lines end
    bodies = [
        "司法局",
        "财政局",
        "人力资源社会保障局",
        "政务服务管理局",
        "市场监管局",
        "生态环境局",
    ]
    names = [f"成员：{family}某某，市{body}负责同志" for family in "王赵钱孙" for body in bodies]
    rows = [
        (LEFT, "为加强依法行政工作的组织领导，经市政府研究，决定成立市依"),
        (LEFT, "法行政工作领导小组，组成人员如下："),
        *((LEFT, name) for name in names),
        (LEFT, "领导小组办公室设在市司法局，负责领导小组的日常工作，办公室"),
        (LEFT, "主任由市司法局局长兼任。"),
    ]
    path = tmp_path / "通知.pdf"
    path.write_bytes(_pdf([_body(*rows)], proportional=True))
    assert read_text(path).split("\n") == [
        "为加强依法行政工作的组织领导，经市政府研究，决定成立市依法行政工作领导小组，组成人员如下：",
        *names,
        "领导小组办公室设在市司法局，负责领导小组的日常工作，办公室主任由市司法局局长兼任。",
    ]


def test_a_figure_at_a_page_edge_is_text_when_the_page_shows_its_number(tmp_path):
    # an appraisal printed a cell a line: the points of an item end page 1 and open page 2,
    # and each page shows its own number at its foot
    page_one = _body(
        (INDENT, "一、组织领导"),
        (INDENT, "成立工作领导小组，定期研究工作。"),
        (INDENT, "查阅资料。"),
        (INDENT, "5"),
    )
    page_two = _body(
        (INDENT, "8"),
        (INDENT, "二、制度建设"),
        (INDENT, "建立健全工作制度。"),
    )
    pages = [[*page_one, (270, 50, 14, "— 1 —")], [*page_two, (270, 50, 14, "— 2 —")]]
    path = tmp_path / "细则.pdf"
    path.write_bytes(_pdf(pages, proportional=True))
    lines = read_text(path).split("\n")
    assert lines == [
        "一、组织领导",
        "成立工作领导小组，定期研究工作。",
        "查阅资料。",
        "5",
        "8",
        "二、制度建设",
        "建立健全工作制度。",
    ]


def test_a_bare_figure_is_the_page_number_where_the_pages_show_no_other(tmp_path):
    pages = [
        [*_body((INDENT, "一、组织领导"), (INDENT, "成立工作领导小组。")), (297, 50, 12, "1")],
        [*_body((INDENT, "二、制度建设"), (INDENT, "建立健全工作制度。")), (297, 50, 12, "2")],
    ]
    path = tmp_path / "方案.pdf"
    path.write_bytes(_pdf(pages, proportional=True))
    assert read_text(path).split("\n") == [
        "一、组织领导",
        "成立工作领导小组。",
        "二、制度建设",
        "建立健全工作制度。",
    ]


def test_a_line_that_goes_on_with_a_reference_to_an_attachment_is_joined():
    lines = [
        ("（一）考核实行量化考评，根据评分标准（见", True),
        ("附件1、2）逐项对照计分。", False),
        ("附件1", False),
        ("某某考核评分表", False),
    ]
    assert join_lines(lines) == [
        "（一）考核实行量化考评，根据评分标准（见附件1、2）逐项对照计分。",
        "附件1",
        "某某考核评分表",
    ]


def test_points_in_brackets_carried_onto_the_next_line_close_the_item_above():
    # a line may not end with an opening bracket: the item's points go to the next line alone,
    # where they read as no item of their own
    lines = [
        ("10、编制、报送并及时公开本机关政府信息公开年度报告", True),
        ("(10)", False),
        ("11、对政府信息公开查找、利用是否方便（5分）", False),
        ("（一）", False),
    ]
    assert join_lines(lines) == [
        "10、编制、报送并及时公开本机关政府信息公开年度报告(10)",
        "11、对政府信息公开查找、利用是否方便（5分）",
        "（一）",
    ]


def test_a_scored_item_whose_points_wrap_onto_a_line_of_their_own_keeps_them(tmp_path):
    width = 28 * SIZE  # the lines a paragraph wraps onto are justified to the right margin
    path = tmp_path / "评分表.pdf"
    path.write_bytes(
        _pdf(
            [
                [
                    (LEFT, 760, SIZE, "政府信息公开工作评估等级表"),
                    (
                        INDENT,
                        732,
                        SIZE,
                        "1、及时准确梳理本机关所掌握的政府信息，在信息形成",
                        width - 32,
                    ),
                    (LEFT, 704, SIZE, "的20日内公开(10)"),
                    (
                        INDENT,
                        676,
                        SIZE,
                        "2、编制、报送并及时公开本机关政府信息公开年度报告",
                        width - 32,
                    ),
                    (LEFT, 648, SIZE, "(10)"),
                ]
            ],
            proportional=True,
        )
    )
    assert read_text(path).split("\n")[1:] == [
        "1、及时准确梳理本机关所掌握的政府信息，在信息形成的20日内公开(10)",
        "2、编制、报送并及时公开本机关政府信息公开年度报告(10)",
    ]


def _lines_pdf(path, rows):
    """A one-page PDF of body lines 28 points apart, ``(x, text)`` or ``(x, text, width)``."""
    lines = [(x, 760 - 28 * index, SIZE, *rest) for index, (x, *rest) in enumerate(rows)]
    path.write_bytes(_pdf([lines], proportional=True))
    return path


def _set_in_document(line: str) -> list[tuple]:
    """A document that sets its paragraphs in, ``line`` at the margin after a full line that
    ends a sentence."""
    width = 28 * SIZE
    return [
        (INDENT, "一、工作目标"),
        (INDENT, "到2025年，法治政府建设取得重大进展。"),
        (INDENT, "二、主要任务"),
        (INDENT, "全面推进严格规范公正文明执法，落实行政执法三项制度，", width - 32),
        (LEFT, "健全行政执法和刑事司法衔接机制，加强行政执法监督工作。", width),
        (LEFT, line),
        (INDENT, "三、保障措施"),
        (INDENT, "各单位要加强组织领导。"),
        (INDENT, "四、其他事项"),
    ]


def test_a_full_line_that_ends_a_sentence_goes_on_where_the_next_starts_at_the_margin(tmp_path):
    path = _lines_pdf(tmp_path / "要点.pdf", _set_in_document("推进执法信息共享，提升执法效能。"))
    assert read_text(path).split("\n")[3] == (
        "全面推进严格规范公正文明执法，落实行政执法三项制度，健全行政执法和刑事司法衔接机制，"
        "加强行政执法监督工作。推进执法信息共享，提升执法效能。"
    )


@pytest.mark.parametrize(
    "line",
    ["2.1 健全依法决策机制", "注：本方案所列任务由牵头单位负责落实。", "抄送：市委办公室。"],
)
def test_a_numbered_heading_or_a_label_at_the_margin_opens_a_line_after_a_full_stop(tmp_path, line):
    path = _lines_pdf(tmp_path / "要点.pdf", _set_in_document(line))
    assert line in read_text(path).split("\n")


def test_a_paragraph_that_opens_at_the_margin_ends_at_its_full_stop(tmp_path):
    # the document sets its paragraphs in, but its attachment's rules stand flush left
    width = 28 * SIZE
    rows = [
        (INDENT, "一、工作目标"),
        (INDENT, "到2025年，法治政府建设取得重大进展。"),
        (INDENT, "二、主要任务"),
        (INDENT, "全面推进严格规范公正文明执法，落实行政执法三项制度，", width - 32),
        (LEFT, "健全行政执法和刑事司法衔接机制。"),
        (INDENT, "三、保障措施"),
        (INDENT, "做好经费保障。"),
        (INDENT, "四、评分细则"),
        (LEFT, "未按规定时限报送材料的，每次扣1分，扣完为止，不得加分。", width),
        (LEFT, "未建立工作台账的扣2分。"),
    ]
    path = _lines_pdf(tmp_path / "细则.pdf", rows)
    assert read_text(path).split("\n")[-2:] == [
        "未按规定时限报送材料的，每次扣1分，扣完为止，不得加分。",
        "未建立工作台账的扣2分。",
    ]
