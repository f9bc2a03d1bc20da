"""An encyclopedia's record of a document names its issuer under 发布单位 (發布單位).

Wikis print a plan as an article: its name, a sentence on who issued it, a record of fields
under 基本介绍 (• 中文名:…, • 颁布时间:…, • 发布单位:…), the article's contents line, then the
plan from its preamble, with no heading, notice or signature of its own. The organ the record
names under 发布单位 issued it.
"""

from __future__ import annotations

import pytest

import rulegov

_PLAN = (
    "为加快推进我市数字政府建设,结合我市实际,制定本方案。\n"
    "一、指导思想\n"
    "坚持以人民为中心的发展思想,全面推进信息资源整合共享。\n"
    "二、建设目标\n"
    "基本健全数据资源共享交换体系。\n"
)


@pytest.mark.parametrize(
    ("record", "issuer"),
    [
        (  # in traditional characters, with a date of issue
            (
                "某市加快數字政府建設工作實施方案\n\n基本介紹\n\n  • 中文名:某市加快數字政府建設工作實施方案\n"
                "  • 頒布時間:2021年11月18日\n  • 發布單位:某市人民政府辦公室\n全文,解讀,\n\n全文\n\n"
            ),
            "某市人民政府辦公室",
        ),
        (  # in simplified characters, the organ's field before the date's
            (
                "某省优化营商环境三年行动方案\n\n基本介绍\n\n  • 中文名:某省优化营商环境三年行动方案\n"
                "  • 发布单位:某省人民政府办公厅\n  • 发布时间:2023年7月\n内容全文,\n\n内容全文\n\n"
            ),
            "某省人民政府办公厅",
        ),
    ],
)
def test_the_records_organ_issued_the_plan(record: str, issuer: str) -> None:
    plan = rulegov.parse_plan(record + _PLAN)
    assert plan.issuer == issuer
    assert [section.title for section in plan.walk_sections()][:2] in (
        ["指导思想", "建设目标"],
        ["指導思想", "建設目標"],
    )


def test_a_signature_still_names_the_issuer_of_a_notice() -> None:
    plan = rulegov.parse_plan(
        "发布单位:某县人民政府\n"
        "某县人民政府办公室关于印发某县2022年普法工作要点的通知\n"
        "各乡镇人民政府:\n现将《某县2022年普法工作要点》印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室\n2022年3月1日\n"
        "某县2022年普法工作要点\n一、加强组织领导\n(一)健全工作机制。定期研究部署。\n"
    )
    assert plan.issuer == "某县人民政府办公室"
