"""Headings and titles printed as offices print them, each class in several faithful forms.

GB/T 9704-2012 centres a notice's heading over two or three lines and more (7.3.1): a long
organ's name takes a line of its own, or two, and a narrow page breaks it wherever the line was
full, inside the place (中共临 / 泽县委…), inside the rule-of-law committee's name (全面依 /
法治县委员会办公室) or between its words (某县 / 人民政府 / 办公室). A title may carry a
subtitle under a dash that names the document (关于…的意见 / ——某县…工作要点). Each test prints
one class in the forms it takes and checks the fields a clerk would read.
"""

from __future__ import annotations

import pytest

import rulegov

PLAN = "临泽县2024年法治政府建设工作要点"
GOVERNMENT = "临泽县人民政府办公室"
COMMITTEE = "中共临泽县委全面依法治县委员会办公室"
BODY = (
    "一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）健全工作机制。县司法局负责。\n（二）强化督促检查。县委依法治县办负责。\n"
)


def notice(heading: str, signer: str) -> str:
    """A notice with ``heading`` as printed over its number, signed by ``signer``, then its plan."""
    return (
        f"{heading}\n临依法办发〔2024〕5号\n\n各乡镇党委，县直各部门：\n"
        f"    现将《{PLAN}》印发给你们，请认真贯彻落实。\n\n{signer}\n2024年3月5日\n\n"
        f"{PLAN}\n\n{BODY}"
    )


def read(heading: str, signer: str) -> tuple[str | None, str | None, str | None]:
    plan = rulegov.parse_plan(notice(heading, signer))
    return (plan.notice.title if plan.notice else None), plan.title, plan.issuer


def _cuts(name: str) -> list[int]:
    return list(range(2, len(name) - 1))


@pytest.mark.parametrize("cut", _cuts(COMMITTEE))
def test_a_committees_office_broken_anywhere_over_a_line_of_its_own_heads_the_heading(
    cut: int,
) -> None:
    # 中共 / 临泽县委…, 中共临 / 泽县委…, 中共临泽县委全面依 / 法治县委员会办公室 …
    heading = f"关于印发《{PLAN}》的通知"
    printed = f"{COMMITTEE[:cut]}\n{COMMITTEE[cut:]}\n{heading}"
    assert read(printed, COMMITTEE) == (COMMITTEE + heading, PLAN, COMMITTEE)


@pytest.mark.parametrize("cut", _cuts(COMMITTEE))
def test_a_committees_office_broken_anywhere_its_tail_run_into_about_heads_the_heading(
    cut: int,
) -> None:
    # 中共临泽县委全面依 / 法治县委员会办公室关于印发…的通知
    heading = f"{COMMITTEE}关于印发《{PLAN}》的通知"
    printed = f"{heading[:cut]}\n{heading[cut:]}"
    assert read(printed, COMMITTEE) == (heading, PLAN, COMMITTEE)


@pytest.mark.parametrize(
    ("printed", "issuer"),
    [
        (f"临泽县\n人民政府\n办公室\n关于印发{PLAN}的通知", GOVERNMENT),
        (f"临泽县\n人民政\n府办公室\n关于印发{PLAN}的通知", GOVERNMENT),
        (f"中共临泽县委\n全面依法治县委员会\n办公室\n关于印发{PLAN}的通知", COMMITTEE),
        (f"中共临泽县委全面\n依法治县委员会\n办公室\n关于印发{PLAN}的通知", COMMITTEE),
        (f"临泽县\n市场监督管理局\n关于印发{PLAN}的通知", "临泽县市场监督管理局"),
    ],
)
def test_an_organ_over_three_lines_above_about_heads_the_heading(printed: str, issuer: str) -> None:
    assert read(printed, issuer) == (printed.replace("\n", ""), PLAN, issuer)


def test_a_site_name_over_a_heading_that_opens_with_a_level_is_still_no_part_of_it() -> None:
    # a site's name names an organ of its own; the heading under it opens with its level
    heading = f"县人民政府办公室关于印发《{PLAN}》的通知"
    notice_title, title, _ = read(f"临泽县政府门户网站\n{heading}", "县人民政府办公室")
    assert (notice_title, title) == (heading, PLAN)


@pytest.mark.parametrize("cut", [5, 9, 10, 11, 13])
def test_a_signature_broken_inside_the_committees_name_is_one_issuer(cut: int) -> None:
    # 中共临泽县委全面依 / 法治县委员会办公室 under the notice: one organ, both lines its own
    plan = rulegov.parse_plan(
        notice(f"关于印发《{PLAN}》的通知", f"{COMMITTEE[:cut]}\n{COMMITTEE[cut:]}")
    )
    assert plan.issuer == COMMITTEE
    assert not [item for item in plan.diagnostics if item.code == "unaccounted-line"]


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("heading", "subtitle"),
    [
        ("临泽县关于深化法治建设的意见", "——临泽县2024年法治政府建设工作要点"),
        ("临泽县人民政府关于深化法治建设的意见", "——临泽县法治政府建设实施纲要（2024—2026年）"),
        ("临泽县人民法院关于深化司法改革的意见", "—临泽县人民法院五年改革纲要"),
    ],
)
def test_a_dash_subtitle_naming_a_document_goes_with_the_heading_above_it(
    heading: str, subtitle: str, blank: str
) -> None:
    plan = rulegov.parse_plan(f"{heading}{blank}{subtitle}\n\n{BODY}")
    assert (plan.title, plan.notice) == (heading + subtitle, None)


@pytest.mark.parametrize(
    "note",
    ["——2024年至2025年", "——2024年3月5日在县人民代表大会第三次会议上", "——在全县法治工作会议上"],
)
def test_a_dash_line_naming_no_document_stays_off_the_title(note: str) -> None:
    heading = "临泽县关于深化法治建设的意见"
    assert rulegov.parse_plan(f"{heading}\n{note}\n\n{BODY}").title == heading


RULES = [
    "临泽县行政执法公示制度",
    "临泽县重大行政决策程序规定",
    "临泽县行政执法工作规则",
    "临泽县行政执法实施办法",
]


@pytest.mark.parametrize("status", ["", "（试行）", "（2024年修订）"])
@pytest.mark.parametrize("rule", RULES)
def test_an_organs_name_over_a_rules_title_is_no_title(rule: str, status: str) -> None:
    # 某县人民政府办公室 / 某县…制度(试行): the organ's mark over the rule, as over a plan
    plan = rulegov.parse_plan(f"{GOVERNMENT}\n{rule}{status}\n\n{BODY}")
    assert (plan.title, plan.issuer) == (rule + status, GOVERNMENT)


@pytest.mark.parametrize("status", ["（试行）", "（2024年修订）"])
@pytest.mark.parametrize("rule", RULES)
def test_a_rules_title_broken_before_its_last_word_and_status_is_read_whole(
    rule: str, status: str
) -> None:
    # 临泽县重大行政决策 / 程序规定(试行): the rule's name ends on the second line, its status after
    cut = len(rule) - 4
    printed = f"{rule[:cut]}\n{rule[cut:]}{status}"
    assert rulegov.parse_plan(f"{printed}\n\n{BODY}").title == rule + status


def test_a_plans_name_broken_over_three_lines_between_the_verb_and_its_last_words_is_read() -> None:
    # 某省人民政府办公厅关于印发 / 某省人民 / 政府发文办理 / 工作规则的通知
    rule = "临泽县人民政府发文办理工作规则"
    printed = f"{GOVERNMENT}关于印发\n临泽县人民\n政府发文办理\n工作规则的通知"
    plan = rulegov.parse_plan(
        f"{printed}\n临政办发〔2024〕5号\n\n各乡镇人民政府：\n    现将《{rule}》印发给你们。\n\n"
        f"{GOVERNMENT}\n2024年3月5日\n\n{rule}\n\n{BODY}"
    )
    assert plan.notice is not None
    assert (plan.notice.title, plan.title, plan.issuer) == (
        printed.replace("\n", ""),
        rule,
        GOVERNMENT,
    )


@pytest.mark.parametrize("cut", ["转", "转发", "转发关"])
def test_a_forwarding_heading_broken_inside_its_verb_or_about_is_read_whole(cut: str) -> None:
    # 某办公室转发关 / 于推行…的指导意见的通知: the forwarded document's own heading names it
    opinion = "关于推行行政执法责任制的指导意见"
    heading = f"{GOVERNMENT}转发{opinion}的通知"
    at = len(GOVERNMENT) + len(cut)
    plan = rulegov.parse_plan(
        f"{heading[:at]}\n{heading[at:]}\n临政办发〔2024〕5号\n\n各乡镇人民政府：\n"
        f"    现将《{opinion}》转发给你们。\n\n{GOVERNMENT}\n2024年3月5日\n\n{opinion}\n\n{BODY}"
    )
    assert plan.notice is not None
    assert (plan.notice.title, plan.title, plan.issuer) == (heading, opinion, GOVERNMENT)


@pytest.mark.parametrize("blank", ["", "\n"])
@pytest.mark.parametrize(
    "heading",
    [
        f"{GOVERNMENT}关于印发《{PLAN}》的通知",
        f"{GOVERNMENT}关\n于印发《{PLAN}》的通知",
        f"{GOVERNMENT}关于印发\n{PLAN}\n的通知",
    ],
)
def test_a_sites_name_over_its_offices_heading_is_no_part_of_it(heading: str, blank: str) -> None:
    # 临泽县人民政府 (the site's name) / 临泽县人民政府办公室关于…: no joint issuers, the government
    # and its own office; the heading is read, the site's name left as the page's
    notice_title, title, issuer = read(f"临泽县人民政府\n{blank}{heading}", GOVERNMENT)
    assert (notice_title, title, issuer) == (heading.replace("\n", ""), PLAN, GOVERNMENT)


@pytest.mark.parametrize(
    ("organ", "cut"),
    [
        ("沈阳市辽中区人民政府", 5),  # inside the district's name: 沈阳市辽中 / 区人民政府
        ("重庆市巴南区木洞镇人民政府", 6),  # the upper places alone: 重庆市巴南区 / 木洞镇人民政府
        ("市人民政府办公室", 4),  # an organ named by its level: 市人民政 / 府办公室
        ("最高人民法院", 3),  # the nation's organ, no place: 最高人 / 民法院
    ],
)
@pytest.mark.parametrize("about", ["\n关于", "关于"])
def test_an_organ_broken_inside_its_place_or_word_over_a_heading_is_read_whole(
    organ: str, cut: int, about: str
) -> None:
    heading = f"{organ}关于印发《{PLAN}》的通知"
    printed = f"{organ[:cut]}\n{organ[cut:]}{about}印发《{PLAN}》的通知"
    assert read(printed, organ) == (heading, PLAN, organ)


@pytest.mark.parametrize("site", ["临泽县政府门户网站", "临泽县政务公开", "政策文件", "通知公告"])
def test_a_sites_line_over_a_heading_opening_with_a_level_stays_the_sites(site: str) -> None:
    heading = f"县人民政府办公室关于印发《{PLAN}》的通知"
    notice_title, title, _ = read(f"{site}\n{heading}", "县人民政府办公室")
    assert (notice_title, title) == (heading, PLAN)
