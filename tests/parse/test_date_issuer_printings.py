"""The date of issue and the issuer in the places and forms offices and their copies print them.

GB/T 9704 signs a notice under its text, before its attachments; pages and pasted copies also
print the signature after the plan the notice carries, after a table at the very end, or in a
bracket under the heading. Each test writes one such printing the way the genre prints it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov
from notices import DAY, NOTICE, ORGAN, PLAN, PLAN_TITLE

TABLE = "附件\n重点任务分工表\n序号 | 工作任务 | 牵头单位\n1 | 学习宣传 | 区司法局\n"


@pytest.mark.parametrize(
    "day",
    [
        "2023年5月10日",
        "二〇二三年五月十日",
        "二〇二三年 五月 十日",
        "2023 年 5 月 10 日",
        "2023-05-10",
    ],
)
def test_a_signature_after_the_plan_a_notice_lists_as_its_attachment_dates_it(day: str) -> None:
    # the page sets the notice's signature under the plan it carries, not over it
    text = NOTICE + f"附件：{PLAN_TITLE}\n" + PLAN + f"{ORGAN}\n{day}\n"
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on, plan.title) == (ORGAN, DAY, PLAN_TITLE)


@pytest.mark.parametrize(
    "attachment",
    [
        TABLE,
        "附件：重点任务分工表\n序号\t工作任务\t牵头单位\n1\t学习宣传\t区司法局\n",
        "附件\n某区法治政府建设考核细则\n一、考核内容\n考核各单位法治政府建设情况。\n",
    ],
    ids=["piped-table", "tabbed-table", "rules"],
)
def test_a_signature_after_the_attachments_at_the_very_end_signs_the_document(
    attachment: str,
) -> None:
    plan = rulegov.parse_plan(PLAN + attachment + f"{ORGAN}\n{DAY:%Y年%-m月%-d日}\n")
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


@pytest.mark.parametrize(
    "rows",
    [
        "序号 | 工作任务 | 牵头单位\n1 | 学习宣传 | 区司法局\n",
        "序号  工作任务  牵头单位\n1  学习宣传  区司法局\n",
    ],
    ids=["piped", "spaced"],
)
def test_a_tables_rows_over_the_signature_are_no_joint_signers(rows: str) -> None:
    plan = rulegov.parse_plan(NOTICE + PLAN + rows + f"{ORGAN}\n2023年5月10日\n")
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_the_notices_own_signature_wins_over_a_dated_organ_at_the_end_of_an_attachment() -> None:
    text = (
        NOTICE
        + f"附件：{PLAN_TITLE}\n{ORGAN}\n2023年5月10日\n"
        + PLAN
        + "回执\n区司法局\n2023年6月30日\n"
    )
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        ("（某区人民政府 2023年5月10日）", "某区人民政府"),
        ("（某区人民政府　2023年5月10日）", "某区人民政府"),
        ("(某区人民政府2023年5月10日)", "某区人民政府"),
        ("（2023年5月10日 某区人民政府）", "某区人民政府"),
        ("（某区人民政府办公室2023年5月10日印发）", "某区人民政府办公室"),
        ("（某区人民政府 二〇二三年五月十日）", "某区人民政府"),
        (
            "（中共某区委办公室 某区人民政府办公室 2023年5月10日）",
            "中共某区委办公室、某区人民政府办公室",
        ),
    ],
)
def test_a_signature_in_a_bracket_under_the_heading_gives_issuer_and_date(
    note: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(PLAN_TITLE + "\n" + note + "\n" + PLAN.split("\n", 1)[1])
    assert (plan.issuer, plan.issued_on, plan.title) == (issuer, DAY, PLAN_TITLE)


def test_a_bracket_under_the_heading_with_a_date_and_no_organ_gives_no_issuer() -> None:
    plan = rulegov.parse_plan(PLAN_TITLE + "\n（截至2023年5月10日）\n" + PLAN.split("\n", 1)[1])
    assert plan.issuer is None


def test_a_note_of_adoption_then_printing_under_the_heading_dates_the_printing() -> None:
    # as a party regulation's (…审议批准 2019年12月5日中共某省委发布): the organ that printed it
    note = "（2023年5月8日中共某区委常委会会议审议通过 2023年5月10日中共某区委印发）"
    plan = rulegov.parse_plan(PLAN_TITLE + "\n" + note + "\n" + PLAN.split("\n", 1)[1])
    assert (plan.issuer, plan.issued_on, plan.title) == ("中共某区委", DAY, PLAN_TITLE)


def test_the_issuers_signature_at_the_end_wins_over_a_disclosure_blocks_date() -> None:
    # the convention of GB/T 9704 copies: where the two disagree the signature is the document's
    text = "发布机构：某区人民政府办公室\n成文日期：2023年05月12日\n" + NOTICE
    plan = rulegov.parse_plan(text + f"附件：{PLAN_TITLE}\n" + PLAN + f"{ORGAN}\n2023年5月10日\n")
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_a_forwarded_documents_signature_at_the_end_leaves_the_disclosure_date() -> None:
    text = (
        "发布机构：某区人民政府办公室\n成文日期：2023年05月12日\n"
        "某区人民政府办公室转发区司法局关于某工作的意见的通知\n各镇人民政府：\n"
        "区司法局《关于某工作的意见》已经区政府同意，现转发给你们，请认真贯彻执行。\n"
        "关于某工作的意见\n一、加强领导\n（一）明确职责。区司法局牵头。\n区司法局\n2023年4月20日\n"
    )
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (ORGAN, dt.date(2023, 5, 12))


@pytest.mark.parametrize("day", ["（2023年5月10日）", "(2023年5月10日)", "（二〇二三年五月十日）"])
@pytest.mark.parametrize("head", ["", NOTICE + f"附件：{PLAN_TITLE}\n"], ids=["plan", "notice"])
def test_a_signatures_date_in_its_bracket_under_the_organ_at_the_end_is_read(
    head: str, day: str
) -> None:
    plan = rulegov.parse_plan(head + PLAN + f"{ORGAN}\n{day}\n")
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


HEADLESS_NOTICE = (
    f"关于印发《{PLAN_TITLE}》的通知\n各镇人民政府、街道办事处，区政府各部门：\n"
    f"现将《{PLAN_TITLE}》印发给你们，请认真贯彻落实。\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        f"发文机关：{ORGAN}\n成文日期：2023年05月10日\n",
        f"索引号：11111/2023-0001\n发布机构：{ORGAN}\n成文日期：2023-05-10\n文号：无\n",
        f"发文机关：{ORGAN}　　成文日期：二〇二三年五月十日\n发布日期：2023-05-12\n",
    ],
    ids=["two-lines", "block", "two-a-line"],
)
def test_a_pages_fields_under_the_document_give_the_issuer_and_date(fields: str) -> None:
    plan = rulegov.parse_plan(HEADLESS_NOTICE + PLAN + fields)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_a_pages_fields_under_the_signature_leave_it_the_documents() -> None:
    fields = "发布机构：某区人民政府\n发布日期：2023-05-12\n"
    plan = rulegov.parse_plan(HEADLESS_NOTICE + PLAN + f"{ORGAN}\n2023年5月10日\n" + fields)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_an_office_named_by_its_level_alone_under_the_document_is_no_issuer() -> None:
    plan = rulegov.parse_plan(HEADLESS_NOTICE + PLAN + "发布机构：区办公室\n成文日期：2023-05-10\n")
    assert (plan.issuer, plan.issued_on) == (None, DAY)


@pytest.mark.parametrize("gap", ["　　　　", "    ", "\t"])
def test_a_date_alone_run_onto_the_notices_last_sentence_dates_it(gap: str) -> None:
    body = f"现将《{PLAN_TITLE}》印发给你们，请认真贯彻落实。{gap}2023年5月10日\n"
    text = NOTICE.rsplit("现将", 1)[0] + body + PLAN
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


@pytest.mark.parametrize("seal", ["（盖章）", "(印章)", "【公章】"])
def test_joint_signers_in_columns_each_over_a_seals_note_are_named_without_it(seal: str) -> None:
    signature = f"某区司法局{seal}　　　　某区教育局{seal}\n2023年5月10日\n"
    plan = rulegov.parse_plan(HEADLESS_NOTICE + signature + PLAN)
    assert (plan.issuer, plan.issued_on) == ("某区司法局、某区教育局", DAY)


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        ("中共某区委全面依法治区委员会\n办公室", "中共某区委全面依法治区委员会办公室"),
        ("某区人民政府\n办公室", "某区人民政府办公室"),
    ],
)
@pytest.mark.parametrize("where", ["notice", "end"])
def test_an_office_broken_off_its_bodys_name_onto_the_next_line_is_one_signer(
    signature: str, issuer: str, where: str
) -> None:
    sign = f"{signature}\n2023年5月10日\n"
    text = HEADLESS_NOTICE + sign + PLAN if where == "notice" else PLAN + sign
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (issuer, DAY)


@pytest.mark.parametrize(
    "day", ["二〇二三年五月一〇日", "二〇二三年〇五月一〇日", "二〇二三年5月10日", "2023年五月十日"]
)
@pytest.mark.parametrize("where", ["notice", "end"])
def test_a_signatures_date_written_digit_by_digit_or_in_mixed_numerals_is_read(
    day: str, where: str
) -> None:
    sign = f"{ORGAN}\n{day}\n"
    text = HEADLESS_NOTICE + sign + PLAN if where == "notice" else PLAN + sign
    plan = rulegov.parse_plan(text)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)
