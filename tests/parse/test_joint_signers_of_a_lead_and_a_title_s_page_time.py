"""Joint organs signing a text printed without its heading, and a page's time beside a title.

A request, a report or a call for comments printed from its body on (its heading left on
another page) signs at its end as a notice does: joint organs one a line, the date under the
last of them (GB/T 9704), and the list of attachments over them with the annex after the date.
Every organ over the date is an issuer, not the last alone.

A site may print a document's title and the page's time on one line, apart by a space
(``某区规划(草案) 发布时间:2025-11-24``): the time is the page's, no part of the title.

A consultation page heads its call for comments with the draft's name, prints the call (its
ways and closing date perhaps numbered), who asks and when, then the draft under its name again:
the call's organ and date sign the draft, and its numbered paragraphs are no parts of the draft.
"""

from __future__ import annotations

import datetime as dt

import pytest

import rulegov

REQUEST = (
    "2016年,某区批转了《某区第七个五年法治宣传教育规划》。五年来,某区顺利实施了规划。\n"
    "为确保工作持续开展,我们制定了《某区第八个五年法治宣传教育规划》,建议由区委、区政府转发。\n"
    "妥否,请示。\n"
    "附件:某区第八个五年法治宣传教育规划\n"
    "{organs}\n"
    "{date}\n"
    "{after}"
)


@pytest.mark.parametrize("date", ["2021年11月2日", "二〇二一年十一月二日"])
@pytest.mark.parametrize("after", ["附件\n", "", "(此件公开发布)\n"])
def test_joint_organs_over_the_date_of_an_untitled_text_all_sign_it(date: str, after: str) -> None:
    text = REQUEST.format(organs="中共某市某区委宣传部\n某市某区司法局", date=date, after=after)
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "中共某市某区委宣传部、某市某区司法局"
    assert plan.issued_on == dt.date(2021, 11, 2)


def test_three_joint_organs_sign_as_well() -> None:
    organs = "中共某市某区委宣传部\n某市某区司法局\n某市某区教育局"
    plan = rulegov.parse_plan(REQUEST.format(organs=organs, date="2021年11月2日", after=""))
    assert plan.issuer == "中共某市某区委宣传部、某市某区司法局、某市某区教育局"


def test_one_organ_over_the_date_signs_as_before() -> None:
    text = REQUEST.format(organs="某市某区司法局", date="2021年11月2日", after="附件\n")
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "某市某区司法局"
    assert plan.issued_on == dt.date(2021, 11, 2)


def test_a_sentence_over_the_organs_is_no_signer() -> None:
    # a line of the text over the organ, not an organ's name, signs nothing
    text = REQUEST.format(organs="请审定。\n某市某区司法局", date="2021年11月2日", after="附件\n")
    assert rulegov.parse_plan(text).issuer == "某市某区司法局"


PLAN = "{first}\n一、加强组织领导\n(一)健全工作机制。完善制度。\n(二)压实工作责任。明确分工。\n"


@pytest.mark.parametrize(
    "byline",
    [
        "发布时间:2025-11-24",
        "发布日期:2025-11-24",
        "来源:某区司法局",
        "发布时间:2025-11-24 来源:某区司法局",
        "作者:某区司法局 发布时间:2025-11-24",
    ],
)
@pytest.mark.parametrize("page", ["", "民意征询详情\n"])
def test_a_page_s_byline_beside_a_title_is_no_part_of_it(byline: str, page: str) -> None:
    first = f"{page}某区法治建设规划(2026-2030年)(草案) {byline}"
    plan = rulegov.parse_plan(PLAN.format(first=first))
    assert plan.title == "某区法治建设规划(2026-2030年)(草案)"
    assert [task.title for task in plan.tasks] == ["健全工作机制", "压实工作责任"]


def test_a_title_that_names_its_source_in_words_keeps_them() -> None:
    # no label and colon after the space: the words are the title's own
    plan = rulegov.parse_plan(PLAN.format(first="某区法治建设规划 来源于群众"))
    assert plan.title == "某区法治建设规划来源于群众"


# A consultation page heads its call for comments with the draft's name, prints the call, who
# asks and when, then the draft under its own title again.
CALL = (
    "某区法治建设规划(草案)\n"
    "目前,某区依法治区办正在制定《某区法治建设规划(草案)》。现将草案公开征求公众意见,"
    "有关事宜告知如下:\n"
    "{items}"
    "中共某区委全面依法治区委员会办公室\n"
    "2025年11月24日\n"
    "某区法治建设规划(草案)\n"
    "为建设更高水平的法治某区,制定本规划。\n"
    "一、总体要求\n"
    "(一)指导思想。坚持党的领导。\n"
    "二、主要任务\n"
    "(一)健全制度。完善机制。\n"
)
CALL_ITEMS = [
    "",
    "市民可以将书面意见寄送区依法治区办。征求意见截止日期为2025年12月23日。\n",
]


@pytest.mark.parametrize("items", CALL_ITEMS)
def test_a_call_for_comments_under_the_draft_s_name_signs_the_draft(items: str) -> None:
    plan = rulegov.parse_plan(CALL.format(items=items))
    assert plan.title == "某区法治建设规划(草案)"
    assert plan.issuer == "中共某区委全面依法治区委员会办公室"
    assert plan.issued_on == dt.date(2025, 11, 24)
    assert [section.title for section in plan.sections] == ["总体要求", "主要任务"]


def test_a_report_under_its_title_signed_at_its_end_is_read_as_before() -> None:
    # a text that calls for nothing, signed and followed by another title: no call's signature
    text = CALL.format(items="").replace("现将草案公开征求公众意见,有关事宜告知如下:", "特此说明。")
    plan = rulegov.parse_plan(text)
    assert plan.title == "某区法治建设规划(草案)"
    assert plan.issuer is None


@pytest.mark.parametrize(
    ("heading", "again"),
    [
        ("某区法治建设规划(草案)", "某区法治建设规划(草案)"),
        (
            "某区法治建设规划(草案) 发布时间:2025-11-24",
            "某区法治建设规划(草案) 草案全文 发布时间:2025-11-24",
        ),
    ],
)
def test_a_call_s_numbered_paragraphs_are_no_parts_of_the_draft(heading: str, again: str) -> None:
    items = "一、市民可以将书面意见寄送区依法治区办。\n二、征求意见截止日期为2025年12月23日。\n"
    text = CALL.format(items=items).replace("某区法治建设规划(草案)\n", heading + "\n", 1)
    text = text.replace("2025年11月24日\n某区法治建设规划(草案)\n", f"2025年11月24日\n{again}\n", 1)
    plan = rulegov.parse_plan(text)
    assert plan.title == "某区法治建设规划(草案)"
    assert plan.issuer == "中共某区委全面依法治区委员会办公室"
    assert plan.issued_on == dt.date(2025, 11, 24)
    assert [section.title for section in plan.sections] == ["总体要求", "主要任务"]


def test_a_call_printed_with_blank_lines_between_its_lines_signs_the_draft_too() -> None:
    items = "一、市民可以将书面意见寄送区依法治区办。\n二、征求意见截止日期为2025年12月23日。\n"
    text = CALL.format(items=items).replace("\n", "\n\n")
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "中共某区委全面依法治区委员会办公室"
    assert plan.issued_on == dt.date(2025, 11, 24)
    assert [section.title for section in plan.sections] == ["总体要求", "主要任务"]


def test_numbered_parts_above_a_signature_with_no_call_are_read_as_before() -> None:
    # a plan whose parts stand above a signature, no call for comments: its parts are its own
    text = (
        "某区法治建设规划\n一、总体要求\n(一)指导思想。坚持党的领导。\n二、主要任务\n"
        "(一)健全制度。完善机制。\n某区司法局\n2025年11月24日\n某区法治建设规划\n一、附则\n"
    )
    plan = rulegov.parse_plan(text)
    assert [section.title for section in plan.sections][:2] == ["总体要求", "主要任务"]
