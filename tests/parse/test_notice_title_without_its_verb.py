"""A notice's title that names the plan in 《》 with its verb left out: X关于《Y》的通知.

A county site's 标题 field may print the title of a notice that prints a plan without the verb
印发 (``某县人民政府办公室关于《某县…实施方案(试行)》的通知``): it is the notice's title all the
same, as ``X关于印发《Y》的通知`` is, carrying Y, the plan's title printed under the notice, and
naming X, who issues it. Before, only a title with 印发, 转发 or 批转 was read as the notice's:
the field was left unread and the plan had no notice title.
"""

from __future__ import annotations

import rulegov
from rulegov.parse._frame import carried_title

FIELDS = (
    "发文字号:某政办发〔2024〕3号 | 发布日期:2024-10-12 |\n"
    "标 题:某县人民政府办公室关于《某县全面推行证明事项告知承诺制工作实施方案(试行)》的通知 |\n"
    "各乡(镇)人民政府,县直各有关单位:\n"
    "《某县全面推行证明事项告知承诺制工作实施方案(试行)》已经县人民政府同意,现印发给你们,请认真贯彻执行。\n"
    "某县人民政府办公室\n"
    "2024年10月9日\n"
    "某县全面推行证明事项告知承诺制工作实施方案(试行)\n"
    "为深化改革,制定本方案。\n"
    "一、总体要求\n"
    "坚持以人民为中心。"
)


def test_a_title_field_naming_the_plan_in_quotes_is_the_notices() -> None:
    plan = rulegov.parse_plan(FIELDS)
    assert plan.notice is not None
    assert plan.notice.title == (
        "某县人民政府办公室关于《某县全面推行证明事项告知承诺制工作实施方案(试行)》的通知"
    )
    assert plan.title == "某县全面推行证明事项告知承诺制工作实施方案(试行)"
    assert plan.issuer == "某县人民政府办公室"


def test_the_quoted_title_is_what_the_notice_carries() -> None:
    assert carried_title("某县人民政府办公室关于《某县工作方案》的通知") == "某县工作方案"


def test_a_notice_about_a_quoted_law_with_more_words_is_no_such_title() -> None:
    # the notice's own matter (the law's taking effect) stands between the quote and 的通知
    assert carried_title("某县人民政府关于《某条例》施行有关事项的通知") is None
