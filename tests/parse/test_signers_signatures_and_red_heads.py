"""The issuer, the date and the number as signatures and red heads print them.

Each test prints one class of printing in its several forms: a signature whose organ is a
people's body, a task force or a place that writes under its own name, joint signers one a line;
the signer (签发人) on the number's line of an upward document; the number printed under the
signature or its date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

DAY = dt.date(2023, 5, 10)
TITLE = "某县2023年法治建设工作要点"
NOTICE = (
    f"关于印发《{TITLE}》的通知\n"
    "各村（社区），县直各单位：\n"
    f"现将《{TITLE}》印发给你们，请认真贯彻落实。\n"
)
PLAN = (
    f"{TITLE}\n为深入推进法治建设，制定本要点。\n一、加强党的领导\n"
    "（一）深入学习宣传贯彻习近平法治思想。县司法局牵头，2023年6月30日前完成。\n"
    "二、推进依法行政\n（二）规范行政执法行为。县司法局牵头，2023年12月底前完成。\n"
)
# organs that are no government, bureau, committee or office: people's bodies, a task force,
# places that write under their own name
ORGANS = [
    "某县妇联",
    "某县妇女联合会",
    "某县科协",
    "某县总工会",
    "共青团某县委员会",
    "某区法治建设工作专班",
    "某县某某镇",
    "某县某某乡",
    "某某街道办事处",
]
DATES = ["2023年5月10日", "二〇二三年五月十日"]
INDENTS = ["", "\t\t", "\u3000\u3000\u3000\u3000", "                "]
NUMBERS = [
    "某政办发〔2023〕5号",
    "某政办发[2023]5号",
    "某政办发［2023］5号",
    "某政办发(2023)5号",
    "某政办发（2023）5号",
]
ISSUER = "某县人民政府办公室"
HEAD_NOTICE = (
    f"{ISSUER}关于印发《{TITLE}》的通知\n"
    "各乡镇人民政府，县政府各部门：\n"
    f"现将《{TITLE}》印发给你们，请认真贯彻落实。\n"
)


@pytest.mark.parametrize("organ", ORGANS)
@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("indent", INDENTS)
def test_a_signature_at_the_plans_end_names_its_issuer_whatever_kind_of_organ_signs(
    organ: str, date: str, indent: str
) -> None:
    plan = rulegov.parse_plan(NOTICE + PLAN + f"\n{indent}{organ}\n{indent}{date}\n")
    assert (plan.issuer, plan.issued_on, plan.title) == (organ, DAY, TITLE)


@pytest.mark.parametrize("organ", ORGANS)
def test_a_plan_printed_alone_and_signed_at_its_end_names_its_issuer(organ: str) -> None:
    plan = rulegov.parse_plan(PLAN + f"\n{organ}\n2023年5月10日\n（此件公开发布）\n")
    assert (plan.issuer, plan.issued_on, plan.title) == (organ, DAY, TITLE)


@pytest.mark.parametrize(
    "organs",
    [
        ["某县总工会", "共青团某县委员会"],
        ["某县总工会", "共青团某县委员会", "某县妇联"],
        ["某县妇联", "某县科协"],
        ["中共某县某某镇委员会", "某县某某镇"],
    ],
)
@pytest.mark.parametrize("where", ["notice", "end"])
def test_joint_signers_one_a_line_are_each_an_issuer(organs: list[str], where: str) -> None:
    signature = "\n" + "\n".join(organs) + "\n2023年5月10日\n"
    text = NOTICE + signature + PLAN if where == "notice" else NOTICE + PLAN + signature
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "、".join(organs)
    assert plan.issued_on == DAY


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("gap", ["  ", "\t", "\u3000\u3000", "    "])
@pytest.mark.parametrize("label", ["签发人：张三", "签发人:张三", "签发人： 张三"])
def test_the_signer_before_the_number_on_its_line_leaves_the_number_read(
    number: str, gap: str, label: str
) -> None:
    text = f"{ISSUER}文件\n{label}{gap}{number}\n" + HEAD_NOTICE + PLAN
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == number
    assert (plan.issuer, plan.title) == (ISSUER, TITLE)


@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_two_signers_before_the_number_are_signers_not_the_number(gap: str) -> None:
    text = f"{ISSUER}文件\n签发人：张三{gap}李四{gap}{NUMBERS[0]}\n" + HEAD_NOTICE + PLAN
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == NUMBERS[0]
    assert plan.frame.signers == ["张三", "李四"]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize("order", ["before", "after"])
def test_a_signer_on_a_line_of_its_own_beside_the_number_is_no_issuer_nor_title(
    number: str, order: str
) -> None:
    lines = ["签发人：张三", number] if order == "before" else [number, "签发人：张三"]
    text = f"{ISSUER}文件\n" + "\n".join(lines) + "\n" + HEAD_NOTICE + PLAN
    plan = rulegov.parse_plan(text)
    assert (plan.doc_number, plan.issuer, plan.title) == (number, ISSUER, TITLE)


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize(
    "printed",
    ["{n}", "（{n}）", "({n})", "\t{n}", "\n{n}\n"],
)
def test_a_number_under_the_signatures_date_is_the_number_and_no_part_of_the_title(
    number: str, printed: str
) -> None:
    signature = f"\n{ISSUER}\n2023年5月10日\n" + printed.format(n=number) + "\n"
    plan = rulegov.parse_plan(HEAD_NOTICE + signature + PLAN)
    assert (plan.doc_number, plan.title) == (number, TITLE)
    assert (plan.issuer, plan.issued_on) == (ISSUER, DAY)


@pytest.mark.parametrize("number", NUMBERS)
def test_a_number_between_the_signatures_organ_and_date_is_no_signer(number: str) -> None:
    plan = rulegov.parse_plan(HEAD_NOTICE + f"\n{ISSUER}\n{number}\n2023年5月10日\n" + PLAN)
    assert (plan.issuer, plan.doc_number, plan.issued_on) == (ISSUER, number, DAY)
    assert plan.title == TITLE


@pytest.mark.parametrize("number", NUMBERS)
def test_a_number_under_a_signature_over_a_plan_printed_alone_is_read(number: str) -> None:
    plan = rulegov.parse_plan(f"{ISSUER}\n2023年5月10日\n{number}\n" + PLAN)
    assert (plan.doc_number, plan.title, plan.issuer) == (number, TITLE, ISSUER)


def test_a_number_under_the_date_leaves_one_the_head_printed() -> None:
    head = f"{ISSUER}文件\n某政办发〔2023〕4号\n"
    signature = f"\n{ISSUER}\n2023年5月10日\n{NUMBERS[0]}\n"
    plan = rulegov.parse_plan(head + HEAD_NOTICE + signature + PLAN)
    assert (plan.doc_number, plan.title) == ("某政办发〔2023〕4号", TITLE)
