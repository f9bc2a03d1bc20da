"""A report's number with its signers on one line (GB/T 9704 7.2.3.2), wherever the head stands.

A report prints 签发人 and the signers' names at the right of its number's line. Under a red head
the frame reads them; a web page or a copy may print the line under the page's heading or the
document's, where the head reader reads it: the number is the document's, the signers no part of
it nor of any title.
"""

from __future__ import annotations

import pytest

import rulegov

NUMBER = "湘政发〔2014〕1号"
TITLE = "湖南省人民政府关于2014年重点工作部门分工的意见"
REST = (
    "各市州人民政府，省政府各厅委、各直属机构：\n现将意见印发给你们，请认真贯彻执行。\n"
    "湖南省人民政府\n2014年1月5日\n一、总体要求\n（一）加强领导。省政府办公厅负责。\n"
)


@pytest.mark.parametrize(
    "signers",
    [
        "\u3000\u3000\u3000\u3000签发人：张某某",
        "    签发人: 张某某",
        "签发人：张某某",
        "\u3000\u3000签发人：张某某\u3000李某某",
        "\u3000\u3000签发人：张某某、李某某",
    ],
)
@pytest.mark.parametrize(
    "head",
    [
        (
            f"{TITLE}\n湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: 2014-12-02 14:31 【字体:\n"
            f"{TITLE}\n{{number}}\n"
        ),
        (
            f"{TITLE}\n发布时间: 2014-12-02 14:31 【字体:\n湖南省人民政府关于\n"
            f"2014年重点工作部门分工的意见\n{{number}}\n"
        ),
        "发布时间: 2014-12-02 14:31 【字体:\n{number}\n" + TITLE + "\n",
        f"当前位置：首页 > 政务公开\n{TITLE}\n{{number}}\n",
        f"{{number}}\n{TITLE}\n",
    ],
)
def test_the_number_beside_its_signers_is_read_without_them(signers: str, head: str) -> None:
    text = head.format(number=NUMBER + signers) + REST
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == NUMBER
    assert plan.title == TITLE
    assert plan.issuer == "湖南省人民政府"


@pytest.mark.parametrize("number", ["某发改[2020]10号", "某发改(2020)10号", "某发改〔2020〕10号"])
def test_the_number_in_other_brackets_beside_its_signers(number: str) -> None:
    title = "某市发展和改革委员会关于2020年工作计划的报告"
    text = (
        f"{title}\n发布时间: 2020-03-05 【字体:\n{title}\n{number}\u3000\u3000签发人：王某\n"
        "市人民政府：\n现将2020年工作计划报告如下。\n一、工作目标\n（一）加快项目建设。\n"
        "某市发展和改革委员会\n2020年3月2日\n"
    )
    assert rulegov.parse_plan(text).doc_number == number


def test_a_signers_label_alone_is_no_number() -> None:
    text = f"{TITLE}\n签发人：张某某\n{REST}"
    assert rulegov.parse_plan(text).doc_number is None
