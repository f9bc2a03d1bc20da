"""A sharing site's file line, a site's page-kind line and a short heading of principles.

A sharing site names the file it holds in a line over its text (``《某方案.docx》由会员分享,可在线
阅读,更多相关《某方案.docx(21页珍藏版)》请在某网|工程机械CAD图纸|…上搜索。``): the keywords of
its own name, parted by pipes, make no table's row, and a model label after the file's name
(``参考范文``, after the name's kind or its period) is no part of the title. A model-essay site
prints the kind of page a reader is on over the name (``某网实用文档策划方案内容页``): the page's.
A short heading of principles (``二、创建原则``) is prose whatever its first word, as
``基本原则`` is: the principles numbered under it are no tasks.
"""

from __future__ import annotations

import pytest

import rulegov

SITE = "请在某文阁网|工程机械CAD图纸|机械工程制图|CAD装配图下载|设计图分享下载上搜索。"
CHUNKS = (
    "1、{name}为贯彻落实有关文件,结合实际,制定本实施方案。一、总体目标坚持以人民为中心,到2025年"
    "法治观念深入人心,社会治理法治化水平显著提高,形成良好局\n2、面,为建设现代化城区筑牢\n3、基础"
)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("某区法治社会建设实施方案(2022—2025年)", "参考范文"),
        ("某区法治社会建设实施方案(2022—2025年)", ""),
        ("某县2023年普法依法治理工作要点", "参考范文"),
        ("某镇法治乡村建设工作方案", "范文"),
    ],
    ids=["period-then-label", "period-alone", "kind-then-label", "kind-then-short-label"],
)
def test_a_shared_files_line_with_pipes_is_no_table_and_names_the_title(
    name: str, label: str
) -> None:
    file = f"{name}{label}.docx"
    line = f"《{file}》由会员分享,可在线阅读,更多相关《{file}(21页珍藏版)》{SITE}"
    plan = rulegov.parse_plan(line + "\n" + CHUNKS.format(name=name.replace("—", "")))
    assert plan.title == name
    # the file line is the page's, said so on its line, and no part of a table's task or a section
    assert any(d.code == "page-text" and d.line == 1 for d in plan.diagnostics)
    assert not any(d.code == "unclassified-line" and d.line == 1 for d in plan.diagnostics)
    assert not any("由会员分享" in part.title for part in (*plan.sections, *plan.tasks))


def test_a_label_inside_the_name_stays() -> None:
    # 范文 is a model only after the name's kind or its period, not inside the name
    name = "优秀范文评选活动方案"
    line = f"《{name}.docx》由会员分享,可在线阅读,更多相关《{name}.docx(3页珍藏版)》{SITE}"
    plan = rulegov.parse_plan(line + "\n" + CHUNKS.format(name=name))
    assert plan.title == name


BODY = "一、活动主题\n学习宣传宪法。\n二、主题活动\n1、“宪法进机关”主题活动。组织学习。\n"


@pytest.mark.parametrize(
    "kind_line",
    ["作文吧实用文档策划方案内容页", "某某网法律法规正文页", "某网工作计划详情页"],
)
def test_a_sites_page_kind_line_is_no_part_of_the_title(kind_line: str) -> None:
    name = "2023年宪法宣传周工作方案"
    plan = rulegov.parse_plan(f"{kind_line}\n\n{name}\n\n{BODY}")
    assert plan.title == name


def test_a_title_ending_in_a_page_word_stays_a_title() -> None:
    # a name that ends in 页 without a page's kind before it is the document's
    name = "某县网站首页改版工作方案"
    plan = rulegov.parse_plan(f"{name}\n\n{BODY}")
    assert plan.title == name


PRINCIPLES = (
    "某市创建民主法治示范村工作实施方案\n一、指导思想\n坚持以人民为中心。\n二、{heading}\n"
    "(一)广泛参与。鼓励各村积极争当创建主体。\n(二)注重实效。以创建促提升。\n"
    "三、工作步骤\n(一)动员部署。4月底前完成。\n(二)组织创建。11月底前完成。\n"
)


@pytest.mark.parametrize("heading", ["创建原则", "实施原则", "建设原则", "基本原则"])
def test_a_short_heading_of_principles_heads_prose(heading: str) -> None:
    plan = rulegov.parse_plan(PRINCIPLES.format(heading=heading))
    assert [task.path for task in plan.tasks] == [("三", "（一）"), ("三", "（二）")]
    assert plan.sections[1].kind is not rulegov.SectionKind.TASKS


def test_a_long_heading_ending_in_principles_still_heads_work() -> None:
    # a heading that does something about principles (…落实各项原则) is no list of them
    plan = rulegov.parse_plan(PRINCIPLES.format(heading="认真贯彻落实公开公正各项原则"))
    assert [task.path[0] for task in plan.tasks][:2] == ["二", "二"]


def test_a_heading_that_keeps_principles_stays_a_task() -> None:
    # 坚持原则 upholds principles: a task's heading under a part of work, not a list of them
    text = "某县工作方案\n一、主要任务\n(一)加强普法。做好宣传。\n(二)坚持原则。依法办事。\n"
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == ["加强普法", "坚持原则"]


@pytest.mark.parametrize("heading", ["明确原则", "细化原则", "统一原则"])
def test_a_lower_heading_of_principles_under_tasks_stays_a_task(heading: str) -> None:
    # only a part's heading (二、创建原则) lists principles: a lower one under a part of work is
    # a task, with the items numbered under it
    text = (
        f"某县工作方案\n一、主要任务\n(一)加强普法。做好宣传。\n(二){heading}\n"
        "1.依法办事。\n2.定期通报。\n(三)强化督查。定期通报。\n"
    )
    plan = rulegov.parse_plan(text)
    assert {task.path for task in plan.tasks} == {
        ("一", "（一）"),
        ("一", "（二）", "1"),
        ("一", "（二）", "2"),
        ("一", "（三）"),
    }
