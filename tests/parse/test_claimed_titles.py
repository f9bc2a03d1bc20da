"""Which heading a plan's title is, and which names in a head are never the title.

Each test feeds minimal documents written from how offices and their sites print the thing (a
reply and what it attaches, a notice that divides the tasks of a work report a congress adopted,
a notice printed without a plan of its own) and asserts the title a reader would give it.
"""

from __future__ import annotations

import pytest

import rulegov

# a reply to a request, with what it attaches under its 附件 label
_FUHAN = (
    "{crumbs}"
    "国务院办公厅关于某省某县\n"
    "地质灾害险情有关问题的复函\n"
    "国办函〔2004〕80号\n"
    "某省人民政府：\n"
    "你省《关于恳请解决某县地质险情有关问题的请示》收悉。现将有关意见转复你省。\n"
    "附件：1.国土资源部关于某县地质险情调研情况的报告\n"
    "2.某县地质险情调查专家组意见\n"
    "国务院办公厅\n"
    "二〇〇四年十一月四日\n"
    "附件1\n"
    "关于某县某村\n"
    "地质险情调研情况的报告\n"
    "国务院：\n"
    "我部组织专家组进行了调查，现将有关情况报告如下。\n"
    "一、基本情况\n"
    "某村位于长江南岸。\n"
    "二、建议意见\n"
    "建议做好长期监测工作。\n"
)
_CRUMBS = (
    "",
    "首页 > 政府信息公开 > 国务院文件\n",
    "索引号：000014349/2004-00207\n发文机关：国务院办公厅\n发文字号：国办函〔2004〕80号\n",
)


@pytest.mark.parametrize("crumbs", _CRUMBS)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (_FUHAN, "国务院办公厅关于某省某县地质灾害险情有关问题的复函"),
        (
            _FUHAN.replace("地质灾害险情有关问题的复函", "地質災害險情有關問題的復函"),
            "国务院办公厅关于某省某县地質災害險情有關問題的復函",
        ),
        (  # its heading on one line, the attachment's on one
            _FUHAN.replace("某县\n地质", "某县地质").replace("某村\n地质", "某村地质"),
            "国务院办公厅关于某省某县地质灾害险情有关问题的复函",
        ),
    ],
)
def test_a_reply_is_titled_by_its_heading_not_by_what_it_attaches(
    text: str, title: str, crumbs: str
) -> None:
    plan = rulegov.parse_plan(text.format(crumbs=crumbs))
    assert plan.title == title
    assert plan.notice is None or plan.notice.title is None


# notices printed without a plan of their own: the heading is the plan's title, and the notice
# has no title apart from it
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            (
                "某府办发〔2019〕5号\n"
                "市人民政府办公室关于分解落实2019年\n"
                "《政府工作报告》主要目标任务的通知\n"
                "各区人民政府，市政府各部门：\n"
                "为确保完成2019年各项目标任务，经市人民政府同意，现就有关事项通知如下：\n"
                "一、明确责任\n"
                "各牵头单位要制定具体落实方案。\n"
                "二、加强督办\n"
                "市政府督查室要加强跟踪督办。\n"
            ),
            "市人民政府办公室关于分解落实2019年《政府工作报告》主要目标任务的通知",
        ),
        (
            (
                "首页 > 政务公开 > 通知公告\n"
                "关于深化改革创新促进数字经济高质量发展的若干措施\n"
                "为深化改革创新，促进数字经济高质量发展，制定如下措施。\n"
                "一、强化数字基础设施\n"
                "加快5G网络建设。\n"
                "二、培育数字产业\n"
                "支持数字企业发展。\n"
            ),
            "关于深化改革创新促进数字经济高质量发展的若干措施",
        ),
        (
            (
                "關于第21項指標的情況說明\n"
                "根據考核要求，現將有關情況說明如下：\n"
                "一、基本情況\n"
                "我縣已經完成相關工作。\n"
                "二、存在問題\n"
                "部分工作仍需加強。\n"
                "某縣法治政府建設領導小組辦公室\n"
                "2023年12月5日\n"
            ),
            "關于第21項指標的情況說明",
        ),
    ],
)
def test_a_heading_that_titles_the_plan_is_no_notice_title_besides(text: str, title: str) -> None:
    plan = rulegov.parse_plan(text)
    assert plan.title == title
    assert plan.notice is None or plan.notice.title != plan.title


# the work report a people's congress adopted is what a notice divides into tasks; the notice
# never prints it, so it is never the plan's title
_ADOPTED = (
    "区第十四届人大第二次会议审议通过的《政府工作报告》，确定了我区2007年的各项工作目标和任务。"
)
_ADOPTED_TRAD = (
    "經省人民政府同意，現將省第十二屆人民代表大會第五次會議審議通過的《政府工作報告》"
    "確定的工作任務進行責任分解。"
)


@pytest.mark.parametrize(
    "text",
    [
        (
            "各镇政府，区政府直属局以上单位：\n"
            f"{_ADOPTED}\n"
            "一、各牵头单位要细化实施方案。\n"
            "二、各部门要按季度报送进展情况。\n"
        ),
        (
            "各市、州、县人民政府，省政府各部门：\n"
            f"{_ADOPTED_TRAD}\n"
            "一、堅定不移保持經濟平穩健康發展\n"
            "1.強化產業項目建設。\n"
            "二、深化改革開放\n"
            "2.推進重點領域改革。\n"
        ),
        (
            "许政〔2020〕20号\n"
            "各县（市、区）人民政府，市人民政府各部门：\n"
            "现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。\n"
            "一、抓好疫情防控\n"
            "1.完善常态化疫情防控举措。\n"
            "责任单位：市卫生健康委\n"
        ),
    ],
)
def test_a_report_the_notice_divides_is_never_the_title(text: str) -> None:
    plan = rulegov.parse_plan(text)
    assert "政府工作报告" not in plan.title.replace("報告", "报告")[:8]
    assert plan.title not in ("政府工作报告", "政府工作報告")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            (
                "各市、州、县人民政府，省政府各部门：\n"
                "经省人民政府同意，现将省第十三届人民代表大会第一次会议审议通过的《政府工作报告》"
                "确定的工作任务进行责任分解。\n"
                "2018年1月29日\n"
                "《政府工作报告》重点工作责任分解\n"
            ),
            "《政府工作报告》重点工作责任分解",
        ),
        (
            (
                "某政办发〔2021〕5号\n"
                "县人民政府办公室关于\n"
                "对县《政府工作报告》确定的2021年\n"
                "重点工作进行责任分解的通知\n"
                "各镇人民政府，县政府各部门：\n"
                "经县人民政府同意，现将县第十八届人民代表大会第五次会议审议通过的县《政府工作报告》"
                "确定的2021年重点工作责任分解给你们，请认真抓好落实。\n"
                "附件：县《政府工作报告》确定的2021年重点工作责任分解\n"
                "2021年5月12日\n"
                "（此件公开发布）\n"
                "附件\n"
                "县《政府工作报告》确定的2021年重点工作责任分解\n"
            ),
            "县《政府工作报告》确定的2021年重点工作责任分解",
        ),
    ],
)
def test_the_heading_that_divides_an_adopted_report_is_the_title(head: str, title: str) -> None:
    body = "一、2021年经济社会发展主要目标\n1.地区生产总值增长8%。\n牵头单位：县发改局\n"
    plan = rulegov.parse_plan(head + body)
    assert plan.title == title


@pytest.mark.parametrize(
    "sentence",
    [
        "现将《某县2023年普法工作要点》印发给你们，请认真贯彻执行。",
        "现将《某县2023年普法工作要点》印发给你们。",
    ],
)
def test_a_notice_that_issues_a_titled_plan_still_names_it(sentence: str) -> None:
    text = f"各乡镇，县直各单位：\n{sentence}\n一、总体要求\n坚持依法治县。\n二、主要任务\n1.加强宣传。\n"
    plan = rulegov.parse_plan(text)
    assert plan.title == "某县2023年普法工作要点"


# a notice printed without its heading, its attachments listed, the first printed under its
# label alone with a note over its table: neither the label nor the note is a title
_ANNEXED = (
    "区政府各部门，各街道办事处：\n"
    "为确保完成2019年《政府工作报告》提出的各项目标任务，现将主要工作目标任务进行分解。\n"
    "附件：1. 2019年《政府工作报告》目标任务分解表\n"
    "2. 2019年民生实事项目目标任务分解表\n"
    "某区人民政府办公室\n"
    "2019年2月15日\n"
    "（此件公开发布）\n"
    "{label}\n"
    "{note}\n"
    "序号 | 任务名称 | 指标要求 | 牵头部门 |\n"
    "1 | 地区生产总值 | 增长5.5% | 区发改局 |\n"
)


@pytest.mark.parametrize("label", ["附件1 |", "附件1", "附件一：", "附件 1"])
@pytest.mark.parametrize(
    "note", ["（注：A类指责任目标；B类指激励目标）", "(注:A类指责任目标;B类指激励目标)"]
)
def test_an_attachment_label_and_its_note_are_no_title(label: str, note: str) -> None:
    plan = rulegov.parse_plan(_ANNEXED.format(label=label, note=note))
    assert not plan.title.startswith(("附件", "(注", "（注"))


@pytest.mark.parametrize("label", ["附件1：", "附件1", "附件"])
def test_an_attachment_label_over_a_heading_leaves_the_heading(label: str) -> None:
    text = (
        "关于印发《某乡2022年度普法责任清单》的通知\n"
        "各村党支部：\n现将《某乡2022年度普法责任清单》印发给你们，请认真贯彻执行。\n"
        "附件：某乡2022年度普法责任清单\n某乡党委\n2022年5月10日\n"
        f"{label}\n某乡2022年度普法责任清单\n"
        "一、内容清单\n1.宣传宪法。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.title == "某乡2022年度普法责任清单"


# a news report's headline, where no lead names a plan: a document's title never exclaims nor
# announces a day to come, so the page prints no title
@pytest.mark.parametrize(
    "head",
    [
        "2020年03月26日\n第A12版:\n全省首创!\n我市发布全覆盖普法责任清单\n■ 记者 某某\n",
        "全省首创！我市发布全覆盖普法责任清单\n2020-03-26 来源：某日报\n",
        "EN\n2022年全国“宪法宣传周”宣传活动将于12月4日启动\n2022-11-29 19:40 来源: 新华社\n",
        "2022年全國“憲法宣傳周”宣傳活動將於12月4日啟動\n2022-11-29 19:40 來源: 新華社\n",
    ],
)
def test_a_news_headline_that_exclaims_or_announces_is_no_title(head: str) -> None:
    plan = rulegov.parse_plan(
        head + "本报讯 近日，某市率先发布普法责任清单，明确各单位普法责任。\n"
    )
    assert "首创" not in plan.title
    assert "将于" not in plan.title
    assert "將於" not in plan.title
    assert "no-title" in [diagnostic.code for diagnostic in plan.diagnostics]


# a notice printed without its signature, the plan's heading under its text: the heading is the
# title, never a signer
_UNSIGNED = (
    "各市、州、县人民政府，省政府各部门：\n"
    "经省人民政府同意，现将省第十二届人民代表大会第五次会议审议通过的《政府工作报告》"
    "确定的工作任务进行责任分解。各牵头单位要切实履行牵头责任。\n"
    "{gap}{heading}\n"
    "一、2017年经济社会发展的主要任务\n"
    "（一）坚定不移保持经济平稳健康发展\n"
    "1.强化产业项目建设。\n"
)


@pytest.mark.parametrize("gap", ["", "\n", "\u3000\u3000"])
@pytest.mark.parametrize(
    "heading", ["《政府工作报告》重点工作责任分解", "《政府工作報告》重點工作責任分解"]
)
def test_a_heading_under_an_unsigned_notice_is_the_title(gap: str, heading: str) -> None:
    plan = rulegov.parse_plan(_UNSIGNED.format(gap=gap, heading=heading))
    assert plan.title == heading
    assert plan.issuer is None
