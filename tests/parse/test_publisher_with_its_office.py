"""A page's publisher named with its office in brackets is the government the heading names.

A disclosure block may name the government that posts the page together with its general office,
the office in brackets (``发布机构: 某市人民政府(办公室)``). Over a notice whose heading names the
government (``某市人民政府关于…的通知``) the issuer is the government; over a notice of the
office (``某市人民政府办公室关于…``) it is the office.
"""

from __future__ import annotations

import pytest

import rulegov

BODY = [
    "各县、区人民政府,市政府各部门:",
    "现将2019年重点工作及责任分解印发给你们,请认真组织落实。",
    "一、确保完成全年主要预期目标",
    "1.全市生产总值增长8%。",
    "牵头责任单位:市发展改革委。",
    "协同责任单位:市政府各部门。",
]


def _page(publisher: str, heading: str) -> str:
    return "\n".join(
        [
            "索 引 号: 001/201905-00164 信息分类: 年度重点工作",
            f"发布机构: {publisher} 生成日期: 2019-05-20 16:05",
            "文 号: 某政发〔2019〕16号 发文日期: 2019-05-20 16:05",
            "",
            heading,
            "",
            *BODY,
        ]
    )


@pytest.mark.parametrize("office", ["(办公室)", "（办公室）"])
def test_the_government_with_its_office_in_brackets_is_the_government(office: str) -> None:
    text = _page("某市人民政府" + office, "某市人民政府关于2019年重点工作及责任分解的通知")
    assert rulegov.parse_plan(text).issuer == "某市人民政府"


def test_the_offices_own_notice_stays_the_offices() -> None:
    text = _page("某市人民政府(办公室)", "某市人民政府办公室关于2019年重点工作及责任分解的通知")
    assert rulegov.parse_plan(text).issuer == "某市人民政府办公室"
