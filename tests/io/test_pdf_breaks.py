"""PDF lines broken where an office's page breaks them: spaces, points and clauses at the breaks."""

from __future__ import annotations

import pytest

from pdfs import pdf_of_lines
from rulegov.io import read_text
from rulegov.io._pdf import _ends_in_space, _spaces_by_height

pytest.importorskip("pdfplumber")

# a page set as GB/T 9704 sets a document: lines of 28 characters of 16 points from x = 79,
# a paragraph's first line set in by two characters; a full line is justified to x = 527
LEFT, SIZE, WIDTH = 79.0, 16.0, 448.0
# a paragraph that fills its lines, so that the page shows where its right margin is
OTHER = [
    (LEFT + 2 * SIZE, "为做好年度考核工作，结合本地实际，制定本细则，请各", WIDTH - 2 * SIZE),
    (LEFT, "单位认真遵照执行，并将执行中遇到的问题及时报送考核办", WIDTH),
    (LEFT, "公室。", None),
]


def _page(rows: list[tuple[float, str, float | None]], top: float = 760.0) -> list[tuple]:
    """Lines from ``top`` down, 28 points apart: ``(x, text, width to justify to or None)``."""
    return [
        (x, top - 28 * index, SIZE, text)
        if width is None
        else (x, top - 28 * index, SIZE, text, width)
        for index, (x, text, width) in enumerate(rows)
    ]


def _read(tmp_path, pages: list[list[tuple]]) -> list[str]:
    path = tmp_path / "细则.pdf"
    path.write_bytes(pdf_of_lines(pages, proportional=True))
    return read_text(path).split("\n")


def test_a_space_printed_where_a_line_breaks_is_kept_when_the_lines_are_joined(tmp_path):
    # a heading row set letter-spaced, broken after 标: the page prints the space at the line's end
    rows = [
        (LEFT + 2 * SIZE, "附表：某某县年度考核评分总表 序号 考评内容 评 分 标 ", WIDTH - 2 * SIZE),
        (LEFT, "准 得分 备注", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[0] == "附表：某某县年度考核评分总表 序号 考评内容 评 分 标 准 得分 备注"


def test_lines_broken_without_a_space_are_joined_without_one(tmp_path):
    rows = [
        (LEFT + 2 * SIZE, "附表：某某县年度考核评分总表序号考评内容和分值评分标", WIDTH - 2 * SIZE)
    ]
    lines = _read(tmp_path, [_page([*rows, (LEFT, "准得分备注", None), *OTHER])])
    assert lines[0] == "附表：某某县年度考核评分总表序号考评内容和分值评分标准得分备注"


def test_points_carried_onto_the_next_line_after_a_full_stop_close_the_item_above(tmp_path):
    rows = [
        (LEFT + 2 * SIZE, "1.积极组织开展卫生乡镇、卫生村和卫生单位等创建活动，", WIDTH - 2 * SIZE),
        (LEFT, "并按照要求完成年度的各项创建任务，按时上报全部创建资料。", WIDTH),
        (LEFT, "(2分) 未组织开展创建活动的扣1分。", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[0] == (
        "1.积极组织开展卫生乡镇、卫生村和卫生单位等创建活动，并按照要求完成年度的各项创建任务，按时上报全部创建资料。"
        "(2分) 未组织开展创建活动的扣1分。"
    )


def test_an_item_number_in_brackets_after_a_full_stop_still_opens_a_line(tmp_path):
    rows = [
        (LEFT + 2 * SIZE, "1.积极组织开展卫生乡镇、卫生村和卫生单位等创建活动，", WIDTH - 2 * SIZE),
        (LEFT, "并按照要求完成年度的各项创建任务，按时上报全部创建资料。", WIDTH),
        (LEFT, "(2)完善考核制度。", None),
        *OTHER,
    ]
    assert "(2)完善考核制度。" in _read(tmp_path, [_page(rows)])


FOOTER = (LEFT, 60.0, SIZE, "某县考核细则")


def _items(*texts: str) -> list[tuple[float, str, None]]:
    return [(LEFT, text, None) for text in texts]


def test_a_clause_at_the_foot_of_one_page_and_the_top_of_the_next_is_text(tmp_path):
    # the same standard under two items: by chance at the foot of page 1 and the top of page 2
    clause = "持平不扣分，超过平均值的扣2分。"
    pages = [
        [
            *_page(
                _items(
                    "5.命案全部侦破。(2分)",
                    "未破的扣2分。",
                    "6.盗窃案件数不超过平均值。(2分)",
                    clause,
                ),
                200,
            ),
            FOOTER,
        ],
        [
            *_page(
                _items(
                    clause, "7.抢劫案件数不超过平均值。(2分)", clause, "8.诈骗案件逐年下降。(2分)"
                )
            ),
            FOOTER,
        ],
        [*_page(_items("未下降的扣2分。", "9.群众安全感较高。(2分)", "低于九成的扣2分。")), FOOTER],
    ]
    lines = _read(tmp_path, pages)
    assert "\n".join(lines).count(clause) == 3
    assert "某县考核细则" not in lines  # the running footer, at one height on every page


def test_a_clause_that_ends_two_pages_at_different_heights_is_text(tmp_path):
    # a page of text ends short of the foot: its last line is no footer of the page before
    clause = "发现一处不合格的扣0.5分，扣完为止。"
    pages = [
        [
            *_page(_items("一、路面管理", "1.路面整洁。(5分)", "2.边沟畅通。(5分)", clause), 200),
            FOOTER,
        ],
        [
            *_page(_items("二、设施管理", "3.标志完好。(5分)", "4.护栏完好。(5分)", clause), 500),
            FOOTER,
        ],
        [*_page(_items("三、其他", "5.按时上报。(5分)", "未上报的扣5分。")), FOOTER],
    ]
    lines = _read(tmp_path, pages)
    assert "\n".join(lines).count(clause) == 2
    assert "某县考核细则" not in lines


def test_the_recipients_open_a_line_of_their_own_under_a_line_that_runs_to_the_margin(tmp_path):
    # a page printed from a site: the line over the recipients runs to the margin, no stop
    rows = [
        (LEFT, "发布机构：某市政府办公厅 更新时间：2018-09-10 点击：1165", None),
        (LEFT, "各区人民政府，市政府各委、办、局，各市属机构：", None),
        (LEFT + 2 * SIZE, "现将《某某市政务公开工作要点》印发给你们，请认真贯彻落实。", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[1] == "各区人民政府，市政府各委、办、局，各市属机构："


def test_the_recipients_open_a_line_of_their_own_under_a_heading_that_fills_its_line(tmp_path):
    # the notice's heading runs to the margin and holds no figure: it names no recipient
    rows = [
        (LEFT, "某区人民政府办公室关于印发区法治政府建设实施方案的通知", None),
        (LEFT, "各街道办事处，区政府各部门：", None),
        (LEFT + 2 * SIZE, "现将《某区法治政府建设实施方案》印发给你们，请认真贯彻落实。", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[:2] == [
        "某区人民政府办公室关于印发区法治政府建设实施方案的通知",
        "各街道办事处，区政府各部门：",
    ]


def test_recipients_broken_inside_their_list_go_on(tmp_path):
    rows = [
        (LEFT, "市委全面依法治市委员会守法普法协调小组办公室及其所属", None),
        (LEFT, "各成员单位，各相关委办局，各区法宣办：", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[0] == (
        "市委全面依法治市委员会守法普法协调小组办公室及其所属各成员单位，各相关委办局，各区法宣办："
    )


def test_a_document_number_broken_before_its_year_in_brackets_is_one_line(tmp_path):
    rows = [
        (LEFT, "发布日期：2024-04-03 17:35:06 来源：州司法局 文号：楚司通", None),
        (LEFT, "(2024)1号", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[0] == "发布日期：2024-04-03 17:35:06 来源：州司法局 文号：楚司通(2024)1号"


def test_a_date_set_to_the_right_under_an_attachments_item_opens_a_line(tmp_path):
    # the item's line ends a little short of the margin; the date stands far right of its number
    rows = [
        (LEFT + 2 * SIZE, "附件：1.县政府工作报告确定的重点工作责任分解表", None),
        (LEFT + 2 * SIZE, "2.市政府工作报告涉及本县的重点事项的责任分解表", None),
        (LEFT + 19.5 * SIZE, "2021年5月12日", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert "2021年5月12日" in lines


def test_a_full_line_that_ends_in_a_colon_goes_on_where_the_next_starts_at_the_margin(tmp_path):
    # the document sets its paragraphs in: a line at the margin continues the paragraph above
    rows = [
        (LEFT + 2 * SIZE, "一、考核内容", None),
        (LEFT + 2 * SIZE, "考核按年度进行，实行百分制。", None),
        (LEFT + 2 * SIZE, "二、评分标准", None),
        (LEFT + 2 * SIZE, "考核工作按照以下标准计分，具体的内容分为创建工作：", WIDTH - 2 * SIZE),
        (LEFT, "50分，社区文化活动中心建设5分，达到标准化要求。", None),
        (LEFT + 2 * SIZE, "三、其他事项", None),
        (LEFT + 2 * SIZE, "本细则由县文广局负责解释。", None),
        (LEFT + 2 * SIZE, "四、施行日期", None),
        (LEFT + 2 * SIZE, "本细则自印发之日起施行。", None),
        *OTHER,
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[3] == (
        "考核工作按照以下标准计分，具体的内容分为创建工作：50分，社区文化活动中心建设5分，达到标准化要求。"
    )


def test_the_test_pdfs_print_a_middle_dot(tmp_path):
    # the font's encoding knows the middle dot (开发区·铁山区) by another code: the page shows it
    assert _read(tmp_path, [_page([(LEFT, "关于开发区·铁山区法治政府建设情况的报告", None)])]) == [
        "关于开发区·铁山区法治政府建设情况的报告"
    ]


def test_a_figure_at_the_top_of_a_page_whose_foot_shows_its_number_is_text(tmp_path):
    # an item's points carried to the top of page 2; the pages print their numbers at the foot
    pages = [
        [
            *_page(_items("一、组织领导", "1.成立领导小组，明确分管领导。", "未成立的不得分。")),
            (270.0, 50.0, 14.0, "— 1 —"),
        ],
        [*_page(_items("2", "2.制定年度计划。", "3")), (270.0, 50.0, 14.0, "— 2 —")],
        [*_page(_items("3.开展宣传活动。", "4")), (270.0, 50.0, 14.0, "— 3 —")],
    ]
    lines = _read(tmp_path, pages)
    assert lines[lines.index("未成立的不得分。") + 1] == "2"
    assert not [line for line in lines if "—" in line]


def test_a_signature_too_long_for_a_line_set_to_the_right_is_one_line(tmp_path):
    # GB/T 9704 sets the signature two characters in from the right margin; a long one wraps
    right = LEFT + WIDTH - 2 * SIZE  # where its lines end
    name, rest, date = (
        "某某经济技术开发区创建全国民族团结进步示范开发区工作",
        "领导小组办公室",
        "2019年12月19日",
    )
    rows = [
        *OTHER,
        (LEFT, name, None),
        (right - SIZE * len(rest), rest, None),
        (right - SIZE * 5 - 8 * 8, date, None),  # 8 figures half as wide as an ideograph
    ]
    lines = _read(tmp_path, [_page(rows)])
    assert lines[-2:] == [name + rest, date]


def test_the_test_pdfs_spread_only_the_lines_given_a_width(tmp_path):
    import pdfplumber  # noqa: PLC0415 - with the pdf extra

    path = tmp_path / "细则.pdf"
    path.write_bytes(pdf_of_lines([_page(OTHER)], proportional=True))
    with pdfplumber.open(path) as document:
        last = [char for char in document.pages[0].chars if char["text"] in "公室"]
    assert [round(char["x0"]) for char in last[-2:]] == [LEFT, LEFT + SIZE]


class _Counted(dict):  # type: ignore[type-arg]
    """A character that counts how often it is looked at."""

    looks = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _Counted.looks += 1
        return super().__getitem__(key)


def test_a_line_looks_at_the_spaces_at_its_own_height_alone():
    # before, every line of a page compared its end with every space the page prints: a page of
    # many lines and many spaces (a letter-spaced table) took lines times spaces
    chars = [
        _Counted(text=" ", top=float(top), x0=float(x), size=12.0)
        for top in range(100, 700, 12)
        for x in range(60, 540, 24)
    ]
    spaces = _spaces_by_height(chars)
    last = {"text": "准", "top": 196.0, "x1": 96.0, "size": 12.0}
    _Counted.looks = 0
    assert _ends_in_space([last], spaces)
    assert _Counted.looks <= 2 * 20  # the twenty spaces of its own line, no more
    last["x1"] = 545.0
    assert not _ends_in_space([last], spaces)
