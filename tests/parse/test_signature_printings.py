"""The signature (落款: the issuing organ and the date) in the ways documents print it."""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

ORGAN = "中共某县委全面依法治县委员会办公室"
TITLE = "某县2023年法治政府建设工作要点"
DAY = dt.date(2023, 5, 10)
PLAN = (
    f"{TITLE}\n为深入贯彻落实党的二十大精神，扎实推进法治政府建设，制定本要点。\n"
    "一、加强党的领导\n"
    "（一）深入学习宣传贯彻习近平法治思想。县司法局牵头，2023年6月30日前完成。\n"
    "二、推进依法行政\n"
    "（二）规范行政执法行为。县司法局牵头，2023年12月底前完成。\n"
)
SIGNATURE = f"{ORGAN}\n2023年5月10日\n"


@pytest.mark.parametrize(
    "tail",
    [
        # a table of tasks printed without its 附件 line
        (
            "某县法治政府建设重点任务分工表\n序号 | 工作任务 | 牵头单位 | 完成时限\n"
            "1 | 学习宣传 | 县司法局 | 2023年6月\n"
        ),
        "某县法治政府建设重点任务分工表\n序号\t工作任务\t牵头单位\n1\t学习宣传\t县司法局\n",
        # the page's links to the files and to a reading of the policy
        "附件下载：\n某县重点任务分工表.docx\n",
        "相关链接：\n某县2022年法治政府建设工作要点\n",
        "相关解读：一图读懂《某县2023年法治政府建设工作要点》\n",
        # the page's footer
        "【打印本页】【关闭窗口】\n主办单位：某县人民政府办公室\n",
        "（本文有删减）\n",
    ],
    ids=["piped-table", "tabbed-table", "downloads", "links", "reading", "footer", "cut-note"],
)
def test_a_signature_under_the_text_is_read_above_what_follows_it(tail: str) -> None:
    plan = rulegov.parse_plan(PLAN + SIGNATURE + tail)
    assert plan.issuer == ORGAN
    assert plan.issued_on == DAY
    last = plan.sections[-1].tasks[-1]
    assert ORGAN not in last.text


def test_an_organ_and_a_date_in_cells_of_a_table_printed_a_cell_a_line_sign_nothing() -> None:
    cells = "序号\n工作任务\n牵头单位\n完成时限\n1\n学习宣传\n县司法局\n2023年6月30日\n"
    plan = rulegov.parse_plan(PLAN + cells + "2\n规范执法\n县公安局\n2023年12月31日\n备注：无\n")
    assert plan.issued_on is None
    assert plan.issuer is None


def test_a_deadline_under_an_organ_under_the_text_is_no_signature() -> None:
    plan = rulegov.parse_plan(PLAN + "县司法局\n2023年12月31日前\n联系人：张某\n")
    assert plan.issued_on is None


def test_a_notice_signature_under_its_address_stays_the_notices_under_a_numbered_page_list() -> (
    None
):
    # a law site numbers its fields; the notice's signature is the header's to read
    text = (
        "1. 【颁布时间】2023-5-10\n2. 【颁布单位】某县人民政府\n3. 【法规全文】\n"
        "某县人民政府关于印发某县规范行政执法若干意见的通知\n各乡镇人民政府，县政府各部门：\n"
        "现将《某县规范行政执法若干意见》印发给你们，请认真贯彻执行。\n"
        "某县人民政府\n2023年5月10日\n某县规范行政执法若干意见\n为规范行政执法，制定本意见。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "某县人民政府"
    assert plan.issued_on == DAY
    assert plan.title == "某县规范行政执法若干意见"


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (f"{ORGAN}（印章）\n2023年5月10日\n", ORGAN),
        (f"{ORGAN}（盖章）\n2023年5月10日\n", ORGAN),
        (f"{ORGAN}(公章)\n2023年5月10日\n", ORGAN),
        (
            "中共某县委办公室（章）\n某县人民政府办公室（章）\n2023年5月10日\n",
            "中共某县委办公室、某县人民政府办公室",
        ),
    ],
    ids=["seal", "stamp", "half-width", "joint"],
)
def test_a_signers_seal_note_is_no_part_of_its_name(signature: str, issuer: str) -> None:
    plan = rulegov.parse_plan(PLAN + signature)
    assert plan.issuer == issuer
    assert plan.issued_on == DAY


@pytest.mark.parametrize(
    "signature",
    [
        "中共某县委办公室 某县人民政府办公室 2023年5月10日\n",
        "中共某县委办公室　　某县人民政府办公室　　2023年5月10日\n",
        "中共某县委办公室\n某县人民政府办公室\n2023年5月10日\n",
        "中共某县委办公室    某县人民政府办公室\n2023年5月10日\n",
    ],
    ids=["one-line", "ideographic", "two-lines", "organs-one-line"],
)
def test_joint_signers_at_the_end_are_both_issuers(signature: str) -> None:
    plan = rulegov.parse_plan(PLAN + signature)
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"
    assert plan.issued_on == DAY


def test_joint_signers_run_into_the_last_paragraph_are_both_issuers() -> None:
    text = PLAN.rstrip("\n") + " 中共某县委办公室 某县人民政府办公室 2023年5月10日\n"
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"
    assert plan.issued_on == DAY


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (f"2023年5月10日\n{ORGAN}\n", ORGAN),
        (f"2023年5月10日\n{ORGAN}\n（此件公开发布）\n", ORGAN),
        (
            "2023 年 5 月 10 日\n中共某县委办公室\n某县人民政府办公室\n",
            "中共某县委办公室、某县人民政府办公室",
        ),
    ],
    ids=["date-first", "with-note", "joint"],
)
def test_a_signature_that_prints_its_date_first_closes_the_text(
    signature: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(PLAN + signature)
    assert plan.issuer == issuer
    assert plan.issued_on == DAY


def test_an_organ_under_a_date_in_a_table_printed_a_cell_a_line_signs_nothing() -> None:
    cells = "序号\n完成时限\n责任单位\n1\n2023年6月30日\n县司法局\n"
    plan = rulegov.parse_plan(PLAN + cells)
    assert plan.issued_on is None


NOTICE_TITLE = f"{ORGAN}关于印发《{TITLE}》的通知"
NOTICE_HEAD = f"{NOTICE_TITLE}\n各乡镇党委和人民政府，县直各单位：\n"
SENTENCE = f"现将《{TITLE}》印发给你们，请结合实际认真抓好落实。"
# a notice's own numbered requirements, the last with a deadline of its own
PARTS = (
    "一、提高思想认识\n各单位要高度重视，切实加强组织领导。\n"
    "二、抓好贯彻落实\n各单位要于2023年12月10日前报送年度工作总结。\n"
)


@pytest.mark.parametrize(
    "run_on",
    [
        f"{SENTENCE} {ORGAN} 2023年5月10日\n",
        f"{SENTENCE}　　{ORGAN}　　2023年5月10日\n",
        f"{SENTENCE}    {ORGAN}    2023 年 5 月 10 日\n",
        f"{SENTENCE} {ORGAN} 二〇二三年五月十日\n",
    ],
    ids=["space", "ideographic", "spaced-date", "chinese-date"],
)
def test_a_signature_run_into_the_notices_last_sentence_is_read(run_on: str) -> None:
    plan = rulegov.parse_plan(NOTICE_HEAD + run_on + "附件\n" + PLAN)
    assert plan.issuer == ORGAN
    assert plan.issued_on == DAY
    assert plan.title == TITLE
    assert plan.notice is not None
    assert plan.notice.text == SENTENCE


@pytest.mark.parametrize(
    "signature",
    [
        f"{ORGAN}\n2023年5月10日（此件公开发布）\n",
        f"{ORGAN}\n2023年5月10日 (此件主动公开)\n",
        f"{ORGAN}  2023年5月10日  （此件公开发布）\n",
    ],
    ids=["glued", "spaced", "one-line"],
)
def test_a_publication_note_beside_the_date_is_no_part_of_it(signature: str) -> None:
    plan = rulegov.parse_plan(NOTICE_HEAD + SENTENCE + "\n" + signature + PLAN)
    assert plan.issuer == ORGAN
    assert plan.issued_on == DAY
    assert plan.title == TITLE


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (f"2023年5月10日\n{ORGAN}\n", ORGAN),
        (f"附件：{TITLE}\n2023年5月10日\n{ORGAN}\n", ORGAN),
        (
            "2023年5月10日\n中共某县委办公室\n某县人民政府办公室\n",
            "中共某县委办公室、某县人民政府办公室",
        ),
    ],
    ids=["date-first", "annex-line", "joint"],
)
def test_the_organ_under_the_notices_date_signs_it_and_is_no_part_of_the_title(
    signature: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(NOTICE_HEAD + SENTENCE + "\n" + signature + "附件\n" + PLAN)
    assert plan.issuer == issuer
    assert plan.issued_on == DAY
    assert plan.title == TITLE


def test_an_organ_over_a_year_under_a_dated_notice_opens_the_plans_title() -> None:
    title = f"{ORGAN}2023年工作要点"
    text = (
        f"关于印发《{title}》的通知\n各单位：\n现将《{title}》印发给你们。\n2023年5月10日\n"
        f"{ORGAN}\n2023年工作要点\n一、加强领导\n（一）深入学习。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == title
    assert plan.issued_on == DAY


@pytest.mark.parametrize(
    "signature",
    [
        "某县法治政府建设领导小组\n2023年5月10日\n",
        "某县法治政府建设领导小组　　2023年5月10日\n",
        "某县法治政府建设领导小组  2023 年 5 月 10 日\n",
    ],
    ids=["two-lines", "one-line", "spaced-date"],
)
def test_a_group_that_signs_the_notice_is_named_by_it_however_the_signature_prints(
    signature: str,
) -> None:
    head = f"某县法治政府建设领导小组关于印发《{TITLE}》的通知\n各乡镇人民政府，县直各单位：\n"
    plan = rulegov.parse_plan(head + SENTENCE + "\n" + signature + PLAN)
    assert plan.issuer == "某县法治政府建设领导小组"
    assert plan.issued_on == DAY
    assert [group.name for group in plan.coordination_groups] == ["某县法治政府建设领导小组"]


@pytest.mark.parametrize(
    ("signature", "issuer"),
    [
        (f"{ORGAN}\n2023年5月10日\n", ORGAN),
        (f"{ORGAN}  2023年5月10日\n", ORGAN),
        (f"{ORGAN}　　2023 年 5 月 10 日\n（此件公开发布）\n", ORGAN),
        (f"2023年5月10日\n{ORGAN}\n", ORGAN),
    ],
    ids=["two-lines", "one-line", "spaced-date-and-note", "date-first"],
)
def test_a_notice_with_numbered_parts_is_signed_over_the_plans_title(
    signature: str, issuer: str
) -> None:
    plan = rulegov.parse_plan(NOTICE_HEAD + SENTENCE + "\n" + PARTS + signature + PLAN)
    assert plan.issuer == issuer
    assert plan.issued_on == DAY
    assert plan.title == TITLE


def test_joint_organs_sign_a_notice_with_numbered_parts_the_last_beside_the_date() -> None:
    head = f"关于印发《{TITLE}》的通知\n各乡镇党委和人民政府，县直各单位：\n"
    signature = "中共某县委办公室\n某县人民政府办公室  2023年5月10日\n"
    plan = rulegov.parse_plan(head + SENTENCE + "\n" + PARTS + signature + PLAN)
    assert plan.issuer == "中共某县委办公室、某县人民政府办公室"
    assert plan.issued_on == DAY


@pytest.mark.parametrize(
    "signature",
    [
        f"{ORGAN}2023年5月10日\n",
        f"{ORGAN}二〇二三年五月十日\n",
        f"{SENTENCE}{ORGAN}2023年5月10日\n",
    ],
    ids=["organ-and-date", "chinese-date", "sentence-organ-and-date"],
)
def test_a_notice_signature_whose_spaces_a_copy_lost_is_read(signature: str) -> None:
    body = "" if signature.startswith(SENTENCE) else SENTENCE + "\n"
    plan = rulegov.parse_plan(NOTICE_HEAD + body + signature + "附件\n" + PLAN)
    assert plan.issuer == ORGAN
    assert plan.issued_on == DAY
    assert plan.notice is not None
    assert plan.notice.text == SENTENCE


@pytest.mark.parametrize(
    "signature",
    [f"{ORGAN}2023年5月10日\n", f"{ORGAN}二〇二三年五月十日\n"],
    ids=["arabic", "chinese"],
)
def test_a_plans_end_signature_whose_spaces_a_copy_lost_is_read(signature: str) -> None:
    plan = rulegov.parse_plan(PLAN + signature)
    assert plan.issuer == ORGAN
    assert plan.issued_on == DAY


def test_a_units_deadline_run_onto_its_name_signs_nothing() -> None:
    plan = rulegov.parse_plan(PLAN + "县司法局2023年12月31日前\n")
    assert plan.issued_on is None
