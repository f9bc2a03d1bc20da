"""Recipients as a PDF's text layer gives them: cut where the page's line ended, inside a name.

A notice's address runs over two or three lines of 28 characters; a copy of the PDF breaks it
wherever a line was full: inside a name (…有关单 / 位:), inside a list of short names joined by
、 (市委各部、委、 / 办、局,…), after a kind's word inside a name (各计划单列市 …). The names are
the address's, whole, and none of its pieces is a title.
"""

from __future__ import annotations

import pytest

import rulegov

HEADING = "某某市人民政府办公室关于印发某某市2023年法治政府建设工作要点的通知"
NOTICE = "现将《某某市2023年法治政府建设工作要点》印发给你们，请认真贯彻落实。"
SIGNATURE = "某某市人民政府办公室\n2023年3月5日"
PLAN = "某某市2023年法治政府建设工作要点\n一、加强组织领导\n（一）健全工作机制。市司法局负责。\n"


def document(address: str, *, above: str = "") -> str:
    return f"{above}{HEADING}\n某政办发〔2023〕5号\n{address}\n{NOTICE}\n{SIGNATURE}\n{PLAN}"


@pytest.mark.parametrize(
    ("address", "names"),
    [
        (
            "各苏木乡镇人民政府,旗政府各部门,驻鄂温克族自治旗有关单\n位:",
            ["各苏木乡镇人民政府", "旗政府各部门", "驻鄂温克族自治旗有关单位"],
        ),
        (
            "各市、县(市、区)市场监督管理局,省局机关各处室、直属各单\n位:",
            ["各市、县(市、区)市场监督管理局", "省局机关各处室、直属各单位"],
        ),
        (
            "各市、区人民政府,苏州工业园区、苏州高新区管委会;市各委办\n局,各直属单位:",
            ["各市、区人民政府", "苏州工业园区、苏州高新区管委会", "市各委办局", "各直属单位"],
        ),
        (
            (
                "各省、自治区、直辖市教育厅(教委),各计划单列市教育局,新疆\n"
                "生产建设兵团教育局,部属各高等学校:"
            ),
            [
                "各省、自治区、直辖市教育厅(教委)",
                "各计划单列市教育局",
                "新疆生产建设兵团教育局",
                "部属各高等学校",
            ],
        ),
        (
            (
                "各区委、区政府,经济开发区党工委、管委会,市委各部、委、\n"
                "办、局,市政府各委、办、局,各人民团体,各企事业单位及驻市\n单位:"
            ),
            [
                "各区委、区政府",
                "经济开发区党工委、管委会",
                "市委各部、委、办、局",
                "市政府各委、办、局",
                "各人民团体",
                "各企事业单位及驻市单位",
            ],
        ),
        (
            (
                "各区镇(街道)党(工)委,区委各部委办局,区各委办局党组(党\n"
                "委),区各人民团体和直属单位党组织,各垂直管理部门(单位)党\n组织:"
            ),
            [
                "各区镇(街道)党(工)委",
                "区委各部委办局",
                "区各委办局党组(党委)",
                "区各人民团体和直属单位党组织",
                "各垂直管理部门(单位)党组织",
            ],
        ),
        (
            "各区委、区政府,市委各部委办,市各国家机关,各国有企业,各人\n民团体,各高等院校:",
            [
                "各区委、区政府",
                "市委各部委办",
                "市各国家机关",
                "各国有企业",
                "各人民团体",
                "各高等院校",
            ],
        ),
        (
            "各县市人民政府、湘西经开区管委会,州政府各局\n委、各直属机构:",
            ["各县市人民政府、湘西经开区管委会", "州政府各局委、各直属机构"],
        ),
    ],
)
@pytest.mark.parametrize("above", ["", "当前位置：首页 > 政务公开 > 政策文件\n"])
def test_an_address_cut_inside_a_name_reads_whole(
    address: str, names: list[str], above: str
) -> None:
    plan = rulegov.parse_plan(document(address, above=above))
    assert list(plan.recipients) == names
    assert plan.title == "某某市2023年法治政府建设工作要点"


@pytest.mark.parametrize(
    "address",
    [
        "各乡镇人民政府,县直各部门:",
        "各乡镇人民政府,\n县直各部门:",
        "各乡镇人民政府\n县直各部门:",
    ],
)
def test_addresses_broken_at_their_commas_or_one_class_a_line_read_as_before(address: str) -> None:
    assert list(rulegov.parse_plan(document(address)).recipients) == [
        "各乡镇人民政府",
        "县直各部门",
    ]


def test_a_sentence_over_lines_ending_in_a_colon_is_no_address() -> None:
    text = document("为进一步加强法治政府建设,结合我市实际,现就有关事项\n通知如下:")
    assert list(rulegov.parse_plan(text).recipients) == []
