"""One head in the ways offices and the sites that copy them print it (GB/T 9704-2012).

Each test prints the same notice's head in several faithful forms (a seal's note, a date's figures
spaced apart, the publication note run onto the date, a title broken over lines) and checks that
every form reads the fields a clerk would read from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

ISSUER = "临泽县人民政府办公室"
PLAN = "临泽县2024年法治政府建设工作要点"
HEADING = f"{ISSUER}关于印发《{PLAN}》的通知"
BODY = "一、加强组织领导\n（一）健全工作机制。县司法局负责。\n（二）强化督促检查。县委依法治县办负责。\n"


def notice(signature: str, *, heading: str = HEADING, plan: str = PLAN) -> str:
    """A notice printing a plan, its signature as given, the plan's title and parts under it."""
    return (
        f"{heading}\n临政办发〔2024〕5号\n各乡镇人民政府，县政府各部门：\n"
        f"现将《{plan}》印发给你们，请结合实际，认真贯彻落实。\n"
        f"{signature}\n{plan}\n{BODY}"
    )


@pytest.mark.parametrize(
    "seal",
    ["（印章）", "(盖章)", "（公章）", "【印章】", "[签章]", "（单位盖章）"],
)
def test_a_seals_note_on_a_line_of_its_own_is_no_signer(seal: str) -> None:
    for signature in (f"{ISSUER}\n{seal}\n2024年3月5日", f"{seal}\n{ISSUER}\n2024年3月5日"):
        plan = rulegov.parse_plan(notice(signature))
        assert (plan.issuer, plan.issued_on) == (ISSUER, dt.date(2024, 3, 5))


def test_joint_signers_each_over_a_seals_note_are_both_the_issuer() -> None:
    signature = "中共临泽县委办公室\n（印章）\n临泽县人民政府办公室\n（印章）\n2024年3月5日"
    plan = rulegov.parse_plan(notice(signature, heading=f"关于印发《{PLAN}》的通知"))
    assert plan.issuer == "中共临泽县委办公室、临泽县人民政府办公室"
    assert plan.issued_on == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "day",
    [
        "2024 年 3 月 5 日",
        "2024年3月 5日",
        "2 0 2 4 年 3 月 5 日",
        "二〇二四年 三 月 五 日",
        "2024年3月5日",
    ],
)
@pytest.mark.parametrize("gap", ["  ", "\u3000\u3000", "      "])
def test_an_organ_and_its_date_on_one_line_read_when_the_dates_figures_are_spaced(
    day: str, gap: str
) -> None:
    plan = rulegov.parse_plan(notice(f"{ISSUER}{gap}{day}"))
    assert (plan.issuer, plan.issued_on) == (ISSUER, dt.date(2024, 3, 5))
    assert plan.title == PLAN


@pytest.mark.parametrize("note", ["（此件公开发布）", "(此件主动公开)", "（此件依申请公开）"])
@pytest.mark.parametrize(
    "signature",
    [
        f"{ISSUER}\n2024年3月5日{{note}}",
        f"{ISSUER}  2024年3月5日{{note}}",
        f"{ISSUER}\n二〇二四年三月五日{{note}}",
        f"{ISSUER}\n2024 年 3 月 5 日 {{note}}",
    ],
)
def test_a_publication_note_run_onto_the_date_leaves_the_date_read(
    signature: str, note: str
) -> None:
    plan = rulegov.parse_plan(notice(signature.format(note=note)))
    assert (plan.issuer, plan.issued_on, plan.title) == (ISSUER, dt.date(2024, 3, 5), PLAN)
    assert "publication-note" in {diagnostic.code for diagnostic in plan.diagnostics}


def test_a_signature_with_its_note_on_the_dates_line_over_a_plans_title_signs_it() -> None:
    text = f"{ISSUER}\n\n2024年3月5日（此件公开发布）\n\n{PLAN}\n{BODY}"
    plan = rulegov.parse_plan(text)
    assert (plan.title, plan.issuer, plan.issued_on) == (PLAN, ISSUER, dt.date(2024, 3, 5))


@pytest.mark.parametrize("digits", ["202256", "201315", "202311"])
def test_six_figures_under_a_signer_are_no_date_of_issue(digits: str) -> None:
    plan = rulegov.parse_plan(notice(f"{ISSUER}\n{digits}"))
    assert plan.issuer == ISSUER
    assert plan.issued_on is None
    assert "unread-date" in {diagnostic.code for diagnostic in plan.diagnostics}


@pytest.mark.parametrize(
    ("digits", "day"), [("2024531", dt.date(2024, 5, 31)), ("20240305", dt.date(2024, 3, 5))]
)
def test_seven_or_eight_figures_that_read_one_way_under_a_signer_are_its_date(
    digits: str, day: dt.date
) -> None:
    plan = rulegov.parse_plan(notice(f"{ISSUER}\n{digits}"))
    assert (plan.issuer, plan.issued_on) == (ISSUER, day)


@pytest.mark.parametrize("day", ["（2024年3月5日）", "(2024年3月5日)", "（二〇二四年三月五日）"])
def test_a_date_in_brackets_under_its_signer_is_the_signatures(day: str) -> None:
    plan = rulegov.parse_plan(notice(f"{ISSUER}\n{day}"))
    assert (plan.issuer, plan.issued_on, plan.title) == (ISSUER, dt.date(2024, 3, 5), PLAN)


JOINT = "中共临泽县委办公室、临泽县人民政府办公室"


@pytest.mark.parametrize(
    "lines",
    [
        ["中共临泽县委办公室", f"临泽县人民政府办公室关于印发《{PLAN}》的通知"],
        ["中共临泽县委办公室", "临泽县人民政府办公室关于印发", f"《{PLAN}》的通知"],
        [
            "中共临泽县委办公室",
            "临泽县人民政府办公室关于印发《临泽县2024年",
            "法治政府建设工作要点》的通知",
        ],
    ],
)
def test_joint_issuers_one_a_line_the_last_run_on_into_the_heading_head_the_notice(
    lines: list[str],
) -> None:
    signature = "中共临泽县委办公室\n临泽县人民政府办公室\n2024年3月5日"
    plan = rulegov.parse_plan(notice(signature, heading="\n".join(lines)))
    assert plan.notice is not None
    assert plan.notice.title == "".join(lines)
    assert (plan.title, plan.issuer) == (PLAN, JOINT)


@pytest.mark.parametrize(
    ("issuer", "lines"),
    [
        (
            "中共临泽县委全面依法治县委员会办公室",
            ["中共临泽县委全面依法治县", "委员会办公室关于印发", f"《{PLAN}》的通知"],
        ),
        (
            "临泽县人民政府办公室",
            ["临泽县", f"人民政府办公室关于印发《{PLAN}》的通知"],
        ),
        (
            "中共临泽县委办公室、临泽县人民政府办公室",
            ["中共临泽县委办公室临泽县人民", "政府办公室关于印发", f"《{PLAN}》的通知"],
        ),
        (
            "临泽县全面推进依法行政工作领导小组办公室",
            ["临泽县全面推进依法行政工作", f"领导小组办公室关于印发《{PLAN}》的通知"],
        ),
    ],
)
def test_a_heading_broken_inside_its_issuers_name_keeps_the_names_first_part(
    issuer: str, lines: list[str]
) -> None:
    signature = "\n".join(issuer.split("、")) + "\n2024年3月5日"
    plan = rulegov.parse_plan(notice(signature, heading="\n".join(lines)))
    assert plan.notice is not None
    assert plan.notice.title == "".join(lines)
    assert (plan.title, plan.issuer) == (PLAN, issuer)


@pytest.mark.parametrize(
    "above",
    [
        "首页 政策文件 通知公告",
        "临泽县政府门户网站",
        "临泽县人民政府办公室",
    ],
)
def test_a_pages_line_or_the_organs_mark_over_a_heading_is_no_part_of_it(above: str) -> None:
    plan = rulegov.parse_plan(notice(f"{ISSUER}\n2024年3月5日", heading=f"{above}\n{HEADING}"))
    assert plan.notice is not None
    assert plan.notice.title == HEADING
    assert (plan.title, plan.issuer) == (PLAN, ISSUER)


@pytest.mark.parametrize(
    ("issuer", "signature"),
    [
        ("中共临泽县委全面依法治县委员会办公室", "中共临泽县委全面依法治县\n委员会办公室"),
        ("临泽县人民政府办公室", "临泽县\n人民政府办公室"),
        ("临泽县全面推进依法行政工作领导小组办公室", "临泽县全面推进依法行政工作\n领导小组办公室"),
    ],
)
@pytest.mark.parametrize("day", ["2024年3月5日", "二〇二四年三月五日"])
def test_a_signers_name_broken_over_two_lines_is_one_issuer(
    issuer: str, signature: str, day: str
) -> None:
    heading = f"关于印发《{PLAN}》的通知"
    plan = rulegov.parse_plan(notice(f"{signature}\n{day}", heading=heading))
    assert (plan.issuer, plan.issued_on, plan.title) == (issuer, dt.date(2024, 3, 5), PLAN)


def test_joint_signers_one_a_line_stay_apart() -> None:
    signature = "中共临泽县委办公室\n临泽县人民政府办公室\n2024年3月5日"
    plan = rulegov.parse_plan(notice(signature, heading=f"关于印发《{PLAN}》的通知"))
    assert plan.issuer == JOINT


@pytest.mark.parametrize(
    "headline",
    [f"{ISSUER}印发《{PLAN}》", f"我县印发《{PLAN}》", f"县政府办公室印发《{PLAN}》"],
)
@pytest.mark.parametrize("between", ["\n", "\n\n", "\n发布时间：2024-03-08  来源：县政府办\n"])
def test_a_pages_headline_that_names_the_plan_over_the_notices_heading_is_no_part_of_it(
    headline: str, between: str
) -> None:
    plan = rulegov.parse_plan(
        notice(f"{ISSUER}\n2024年3月5日", heading=f"{headline}{between}{HEADING}")
    )
    assert plan.notice is not None
    assert plan.notice.title == HEADING
    assert (plan.title, plan.issuer, plan.issued_on) == (PLAN, ISSUER, dt.date(2024, 3, 5))


def test_a_heading_broken_after_its_plans_name_still_joins_its_last_line() -> None:
    lines = [f"{ISSUER}关于印发《{PLAN}》", "的通知"]
    plan = rulegov.parse_plan(notice(f"{ISSUER}\n2024年3月5日", heading="\n".join(lines)))
    assert plan.notice is not None
    assert plan.notice.title == HEADING
