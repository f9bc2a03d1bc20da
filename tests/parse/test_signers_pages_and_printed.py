"""The issuer, the date of issue and the number as pages and printed documents give them.

Each test prints one class of printing in its several forms: a disclosure block whose labels run
into their values or stand over them, a signature and a head of every common shape.
"""

from __future__ import annotations

import pytest
from tests.notices import DAY, ORGAN, PLAN, PLAN_TITLE

import rulegov

NUMBER = "某区政办发〔2023〕5号"
INDEX = "11530100MB1234567X/2023-00012"
NOTICE = (
    f"关于印发《{PLAN_TITLE}》的通知\n"
    "各镇人民政府、街道办事处，区政府各部门：\n"
    f"现将《{PLAN_TITLE}》印发给你们，请认真贯彻落实。\n"
)


def _read(block: str) -> rulegov.Plan:
    return rulegov.parse_plan(block + NOTICE + PLAN)


@pytest.mark.parametrize(
    ("organ", "day", "number"),
    [
        ("发布机构", "成文日期", "文号"),
        ("发文机关", "成文日期", "发文字号"),
        ("发布机构", "发文日期", "文号"),
    ],
)
@pytest.mark.parametrize("gap", ["  ", "\u3000", "    "])
def test_a_disclosure_row_of_labels_run_into_their_values_apart_by_spaces_fills_the_head(
    organ: str, day: str, number: str, gap: str
) -> None:
    block = f"索引号{INDEX}{gap}{organ}{ORGAN}\n{day}2023-05-10{gap}{number}{NUMBER}\n"
    plan = _read(block)
    assert (plan.issuer, plan.issued_on, plan.doc_number) == (ORGAN, DAY, NUMBER)
    assert plan.title == PLAN_TITLE


@pytest.mark.parametrize("label", ["文号", "字号"])
def test_a_short_number_label_run_into_a_number_is_no_part_of_it(label: str) -> None:
    block = f"索引号{INDEX}\n发布机构{ORGAN}\n成文日期2023年5月10日\n{label}{NUMBER}\n"
    plan = _read(block)
    assert plan.doc_number == NUMBER
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_a_row_of_pieces_one_of_which_opens_with_no_label_is_no_disclosure_row() -> None:
    block = f"索引号{INDEX}  由{ORGAN}发布\n"
    plan = _read(block)
    assert plan.issuer is None


@pytest.mark.parametrize("label", ["发布机构", "发文机关", "发文单位"])
@pytest.mark.parametrize("between", ["\n\n", "\n\n\n"])
def test_an_organs_label_over_its_value_across_blank_lines_gives_the_issuer(
    label: str, between: str
) -> None:
    rows = [("索引号：", INDEX), (f"{label}：", ORGAN), ("成文日期：", "2023年5月10日")]
    block = "".join(f"{name}{between}{value}{between}" for name, value in rows)
    plan = _read(block)
    assert (plan.issuer, plan.issued_on) == (ORGAN, DAY)


def test_an_organs_label_left_empty_does_not_take_a_title_across_blank_lines() -> None:
    block = f"发布机构：\n\n{PLAN_TITLE}\n\n成文日期：\n\n2023年5月10日\n\n"
    plan = rulegov.parse_plan(block + PLAN.split("\n", 1)[1])
    assert plan.issuer is None
    assert plan.title == PLAN_TITLE


@pytest.mark.parametrize(
    "organ",
    [
        "某区依法治区办",
        "某经济技术开发区管委会",
        "某市政务服务中心",
        "某县总工会",
        "某县妇联",
        "某县科学技术协会",
        "某县公安局某派出所",
        "某县城市管理综合执法大队",
        "某县优化营商环境工作专班",
        "某街道",
        "某镇",
    ],
)
def test_the_organ_a_notices_heading_names_before_guan_yu_yin_fa_is_the_issuer(
    organ: str,
) -> None:
    plan = rulegov.parse_plan(f"{organ}{NOTICE}{PLAN}")
    assert plan.issuer == organ
    assert plan.title == PLAN_TITLE


def test_a_heading_that_names_no_organ_before_guan_yu_names_no_issuer() -> None:
    plan = rulegov.parse_plan(f"2023年度{NOTICE}{PLAN}")
    assert plan.issuer is None


@pytest.mark.parametrize(
    ("organ", "day", "number"),
    [("发布机关", "发文时间", "发文编号"), ("颁布机关", "成文日期", "发文文号")],
)
@pytest.mark.parametrize("sign", ["：", ":", "\t", "\n"])
def test_other_sites_names_of_the_organ_date_and_number_fill_the_head(
    organ: str, day: str, number: str, sign: str
) -> None:
    rows = [("索引号", INDEX), (organ, ORGAN), (day, "2023-05-10"), ("实施日期", "2023-06-01")]
    block = "".join(f"{label}{sign}{value}\n" for label, value in [*rows, (number, NUMBER)])
    plan = _read(block)
    assert (plan.issuer, plan.issued_on, plan.doc_number) == (ORGAN, DAY, NUMBER)


def test_a_run_in_row_keeps_a_values_time_of_day_and_a_last_label_left_empty() -> None:
    block = (
        f"索引号{INDEX}  发布机构{ORGAN}\n"
        f"成文日期2023-05-10  发布日期2023-05-12 10:00\n"
        f"发文字号{NUMBER}  有效性\n"
    )
    plan = _read(block)
    assert (plan.issuer, plan.issued_on, plan.doc_number) == (ORGAN, DAY, NUMBER)


@pytest.mark.parametrize("label", ["成文日期", "发文日期"])
def test_a_date_label_run_into_its_date_alone_on_its_line_dates_the_document(label: str) -> None:
    plan = _read(f"{label}2023-05-10\n")
    assert plan.issued_on == DAY
    assert plan.title == PLAN_TITLE


@pytest.mark.parametrize("figures", ["2023510", "20230510"])
@pytest.mark.parametrize("after", ["", "（此件公开发布）\n"])
def test_a_notices_date_that_lost_its_marks_and_its_signer_is_still_its_date(
    figures: str, after: str
) -> None:
    notice = f"{ORGAN}{NOTICE}\n{figures}\n{after}"
    plan = rulegov.parse_plan("成文日期：2023-05-20\n" + notice + PLAN)
    assert plan.issued_on == DAY


def test_figures_under_a_notice_that_read_as_no_single_day_date_nothing() -> None:
    plan = rulegov.parse_plan(f"{ORGAN}{NOTICE}\n2023111\n{PLAN}")
    assert plan.issued_on is None


@pytest.mark.parametrize(
    "rows",
    [
        f"索引号{INDEX}发布机构{ORGAN}\n成文日期2023-05-10文号{NUMBER}\n",
        f"索引号{INDEX}发文机关{ORGAN}成文日期2023年5月10日发文字号{NUMBER}\n",
    ],
)
def test_a_disclosure_row_copied_with_nothing_between_its_cells_fills_the_head(rows: str) -> None:
    plan = _read(rows)
    assert (plan.issuer, plan.issued_on, plan.doc_number) == (ORGAN, DAY, NUMBER)
    assert plan.title == PLAN_TITLE


def test_a_glued_row_whose_date_field_holds_no_date_is_no_row() -> None:
    plan = _read(f"成文日期为2023年发布机构{ORGAN}\n")
    assert plan.issued_on is None


@pytest.mark.parametrize(
    ("label", "value"),
    [("索引号：", INDEX), ("发布日期：", "2023-05-12"), ("信息来源：", "某区司法局")],
)
def test_a_code_a_date_or_an_organ_across_blank_lines_over_the_title_is_no_title(
    label: str, value: str
) -> None:
    block = f"成文日期：\n\n2023年5月10日\n\n{label}\n\n{value}\n\n"
    plan = rulegov.parse_plan(block + PLAN)
    assert plan.title == PLAN_TITLE
    assert plan.issued_on == DAY


@pytest.mark.parametrize(
    ("label", "value"), [("公开方式：", "主动公开"), ("主题分类：", "综合政务")]
)
def test_a_word_across_blank_lines_over_the_next_label_is_the_labels(
    label: str, value: str
) -> None:
    block = f"{label}\n\n{value}\n\n成文日期：\n\n2023年5月10日\n\n"
    plan = rulegov.parse_plan(block + PLAN)
    assert plan.title == PLAN_TITLE
    assert plan.issued_on == DAY


def test_a_word_under_an_organs_label_across_blank_lines_is_no_issuer() -> None:
    block = "发布机构：\n\n政府办,\n\n成文日期：\n\n2023年5月10日\n\n"
    plan = rulegov.parse_plan(block + f"{ORGAN}{NOTICE}{PLAN}")
    assert plan.issuer == ORGAN
    assert plan.recipients == ["各镇人民政府、街道办事处", "区政府各部门"]
