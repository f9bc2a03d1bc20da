"""Heads of notices that print lists, name their documents by short names or mark their date.

Six printings read in the notices of administrative-law work (重大行政决策事项目录, duty lists,
divisions of a year's work):

- a list named by its own kind of list (``…重大行政决策事项目录``, ``…政务服务事项目录``) keeps its
  last word: 目录 after a document's kind (``某市应急预案目录``) heads a table of contents, after
  a list's words it is the list's name;
- a notice that carries its documents by their short names (``制定《甲》(以下简称《清单》)和《乙》
  (以下简称《目录》),现印发给你们``) carries the first full name, never a short one;
- a disclosure row whose first label stands bare and spaced before its value, the next with a
  colon (``文      号 某政办〔2025〕1号 信息分类: 综合政务``), is the page's: its number is read,
  and the row is no title; a disclosure title that is the notice's heading printed otherwise
  leaves the plan the title the notice carries;
- a page's label over a heading whose organ stands on its own line over 关于 (``普法学法`` /
  ``中共某省委办公厅`` / ``关于印发…的通知``) is the page's, no part of the heading;
- an address cut where a PDF's line ended, inside a name, that addresses towns by their level
  alone (``各园区,镇(街道),区各部委办局,区各直属`` / ``单位:``) is read whole;
- a signature at the end of a notice of requirements with the publication note run onto its date
  (``2020年5月20日（此件公开发布）``) is read as the signature.
"""

from __future__ import annotations

import pytest

import rulegov

_LIST_NOTICE = (
    "区政府办公室关于公布{title}的通知\n各镇政府,区各委办局:\n"
    "经区人民政府同意,现将《{title}》予以公布。\n"
    "某市某区人民政府办公室\n2025年3月4日\n(此件公开发布)\n{title}\n"
    "序号 | 决策项目 | 申报单位 |\n1 | 某区十五五规划纲要 | 发改委 |\n"
)


@pytest.mark.parametrize(
    "title",
    ["2025年区政府重大行政决策事项目录", "某县政务服务事项目录", "某市公共数据资源目录"],
)
def test_a_list_named_by_its_kind_of_list_keeps_its_last_word(title: str) -> None:
    plan = rulegov.parse_plan(_LIST_NOTICE.format(title=title))
    assert plan.title == title


def test_a_table_of_contents_after_a_plan_heading_is_still_cut() -> None:
    text = "某市突发事件总体应急预案目录\n1 总则\n1.1 编制目的\n为了提高应对能力,制定本预案。\n"
    assert rulegov.parse_plan(text).title == "某市突发事件总体应急预案"


_ALIASED = (
    "各乡镇党委和人民政府,县直各单位:\n"
    "为厘清县乡职责,经县委、县政府同意,制定《某县乡镇职责任务清单(试行)》(以下简称《清单》)"
    "{joint}《某县乡镇职责任务清单目录(试行)》(以下简称《目录》),现印发给你们,请遵照执行。\n"
    "中共某县委办公室\n某县人民政府办公室\n2021年10月27日\n"
)


@pytest.mark.parametrize("joint", ["和", "、", "及"])
def test_short_names_give_the_first_full_name_as_the_title(joint: str) -> None:
    plan = rulegov.parse_plan(_ALIASED.format(joint=joint))
    assert plan.title == "某县乡镇职责任务清单(试行)"


def test_one_document_named_by_its_short_name_is_carried_by_its_full_name() -> None:
    text = (
        "各街道办事处:\n制定《某区2024年法治政府建设工作要点》(以下简称《要点》),"
        "现将《要点》印发给你们,请认真贯彻执行。\n某区人民政府办公室\n2024年3月1日\n"
    )
    assert rulegov.parse_plan(text).title == "某区2024年法治政府建设工作要点"


_FIELDS = (
    "文      号 {number} 信息分类: 综合政务\n"
    "发布机构 某区人民政府办公室 有 效 性 有效\n"
    "标     题 区人民政府办公室关于印发2025年区工作目标任务责任分解方案的通知\n\n"
    "区人民政府办公室关于印发2025\n区工作目标任务\n责任分解方案的通知\n\n"
    "各街道办事处、乡人民政府,区人民政府各部门,各有关单位\n"
    "《2025年区工作目标任务责任分解方案》已经区人民政府同意,现印发给你们,请一并贯彻执行。\n"
    "一、加强组织领导。各责任单位要高度重视。\n"
)


@pytest.mark.parametrize("number", ["洪政办〔2025〕1号", "某政办[2025]3号", "某政办(2025)12号"])
def test_a_bare_spaced_label_opening_a_disclosure_row_gives_its_number(number: str) -> None:
    plan = rulegov.parse_plan(_FIELDS.format(number=number))
    assert plan.doc_number == number
    assert plan.title is not None
    assert not plan.title.startswith("文号")


def test_a_disclosure_title_printed_otherwise_than_the_heading_leaves_the_carried_title() -> None:
    plan = rulegov.parse_plan(_FIELDS.format(number="某政办〔2025〕1号"))
    assert plan.notice is not None
    assert plan.title is not None
    assert plan.title.endswith("区工作目标任务责任分解方案")
    assert not plan.title.endswith("的通知")


def test_a_bare_label_before_a_sentence_opens_no_disclosure_row() -> None:
    text = "文号 要按规定编排 来源:某局\n各单位:\n现将《某方案》印发给你们。\n某局\n2024年1月2日\n"
    assert rulegov.parse_plan(text).doc_number is None


_REQUIREMENTS = (
    "某市人民政府办公厅关于印发某工作责任分解的通知\n各区政府,市政府各部门:\n"
    "《某工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
    "一、要加强领导。各单位要落实责任。\n二、要加强督查。\n{signature}\n"
)


@pytest.mark.parametrize(
    "signature",
    [
        "某市人民政府办公厅\n2020年5月20日（此件公开发布）",
        "某市人民政府办公厅\n2020年5月20日 (此件公开发布)",
        "某市人民政府办公厅\n\n2020年5月20日（此件主动公开）",
    ],
)
def test_a_publication_note_run_onto_the_last_date_leaves_the_signature(signature: str) -> None:
    plan = rulegov.parse_plan(_REQUIREMENTS.format(signature=signature))
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2020-05-20"
    assert plan.issuer == "某市人民政府办公厅"


_ORGAN_OVER_ABOUT = "{above}\n\n{organ}\n关于印发《某市2024年法治建设工作要点》的通知\n各区:\n现将《某市2024年法治建设工作要点》印发给你们。\n"


@pytest.mark.parametrize("above", ["普法学法", "某市文化产业政策服务平台", "政策文件"])
@pytest.mark.parametrize("organ", ["中共某省委办公厅", "某市人民政府办公厅"])
def test_a_page_label_over_an_organ_line_over_about_stays_out_of_the_heading(
    above: str, organ: str
) -> None:
    plan = rulegov.parse_plan(_ORGAN_OVER_ABOUT.format(above=above, organ=organ))
    assert plan.notice is not None
    assert plan.notice.title == f"{organ}关于印发《某市2024年法治建设工作要点》的通知"
    assert plan.issuer == organ
    assert plan.title == "某市2024年法治建设工作要点"


def test_joint_organs_a_line_each_over_about_stay_joint() -> None:
    text = "中共某省委\n某省人民政府\n关于印发《某工作要点》的通知\n各市:\n现将《某工作要点》印发给你们。\n"
    assert rulegov.parse_plan(text).issuer == "中共某省委、某省人民政府"


_CUT_ADDRESS = (
    "关于印发《2024年全区普法依法治理工作要点》的通知\n{first}\n单位:\n"
    "现将《2024年全区普法依法治理工作要点》印发给你们,请认真抓好贯彻落实。\n区法宣办\n2024年4月18日\n"
)


@pytest.mark.parametrize(
    ("first", "names"),
    [
        (
            "各园区,镇(街道),区各部委办局,区各直属",
            ["各园区", "镇(街道)", "区各部委办局", "区各直属单位"],
        ),
        ("各镇,各街道,区各部委办局,区各直属", ["各镇", "各街道", "区各部委办局", "区各直属单位"]),
        ("各乡,县政府各部门,县直各", ["各乡", "县政府各部门", "县直各单位"]),
    ],
)
def test_towns_addressed_by_their_level_alone_in_an_address_cut_inside_a_name(
    first: str, names: list[str]
) -> None:
    assert rulegov.parse_plan(_CUT_ADDRESS.format(first=first)).recipients == names
