"""News reports of a plan: their leads and headlines.

The issuer and title a report's lead names (近日,市委、市政府印发了《…》), a headline that names
who printed a plan (省委、省政府转发《…》), and a headline that names no document at all.
"""

from __future__ import annotations

import re

from rulegov._text import fold_width
from rulegov.parse._header_titles import ends_a_name, plan_kind
from rulegov.parse._header_words import (
    ADOPTED_REPORT_ENDS,
    CONGRESS,
    DESCRIBED,
    DOCUMENT_ENDS,
    HEADLINE,
    HEADLINE_VOICE,
    ISSUER_ENDS,
    MAX_LEAD_START,
    MEETING_LEAD,
    NEWS_LEAD,
    NEWS_LEAD_CITES_FIRST,
    NEWS_LEAD_ENACTED,
    NEWS_LEAD_ISSUER_FIRST,
    NEWS_LEAD_NAMED_AGAIN,
    NEWS_LEAD_PLAN_FIRST,
    NEWS_LEAD_SOURCED,
    NEWS_LEAD_UNQUOTED,
    QUOTED_SLOGAN,
    REPORTING,
    REPORTS_OUT,
    SELF_NAMED,
    SIMPLIFIED,
    TO_SIMPLIFIED,
)

__all__ = [
    "headline",
    "is_report_headline",
    "lead_match",
    "lead_naming",
    "names_no_document",
    "news_lead",
    "self_named",
    "speaks_as_headline",
]


def lead_match(text: str) -> re.Match[str] | None:
    return (
        NEWS_LEAD_ISSUER_FIRST.match(text)
        or NEWS_LEAD.match(text)
        or NEWS_LEAD_SOURCED.match(text)
        or NEWS_LEAD_ENACTED.match(text)
        or NEWS_LEAD_PLAN_FIRST.match(text)
        or NEWS_LEAD_CITES_FIRST.match(text)
        or MEETING_LEAD.match(text)
    )


def news_lead(text: str) -> tuple[str, str] | None:
    """The issuer and title a news report names: 近日,市委、市政府印发了《…》.

    Examples:
        >>> news_lead("近日,市委、市政府印发了《成都市法治政府建设实施方案》,并发出通知")
        ('市委、市政府', '成都市法治政府建设实施方案')
        >>> news_lead("本报讯 日前,省委办公厅、省政府办公厅印发《某省实施办法》,并发出通知")
        ('省委办公厅、省政府办公厅', '某省实施办法')
        >>> news_lead("11月9日,中共某省委、某省人民政府转发《某省第七个五年规划》,并发出通知")
        ('中共某省委、某省人民政府', '某省第七个五年规划')
        >>> news_lead("本报讯 近日,省委、省政府发出通知,转发《某省第七个五年规划》")
        ('省委、省政府', '某省第七个五年规划')
        >>> news_lead("某网讯(通讯员 某某)为做好宣传工作,近期,县依法治县办印发了《某县宣传方案》。")
        ('县依法治县办', '某县宣传方案')
        >>> news_lead("本报讯 省委办公厅、省政府办公厅近日印发了《某省实施方案》,并发出通知")
        ('省委办公厅、省政府办公厅', '某省实施方案')
        >>> news_lead("新华社北京12月6日电 中共中央办公厅、国务院办公厅于近日印发了《某项工作意见》")
        ('中共中央办公厅、国务院办公厅', '某项工作意见')
        >>> news_lead("据介绍,市委、市政府印发了《关于在全市开展普法的实施意见》,明确主要目标")
        ('市委、市政府', '关于在全市开展普法的实施意见')
        >>> news_lead("记者获悉,某市《关于实行普法责任制的实施意见》于近日出台,此举旨在…")
        ('', '关于实行普法责任制的实施意见')
        >>> news_lead("4月3日,全国普法办公布《2019年全国普法依法治理工作要点》(下称《工作要点》)。")
        ('全国普法办', '2019年全国普法依法治理工作要点')
        >>> news_lead("会议审议《某区委全面依法治区委员会2021年工作要点》等相关文件,研究部署工作。")
        ('', '某区委全面依法治区委员会2021年工作要点')
        >>> news_lead("会上,县司法局负责人宣读了《某县宣传周活动实施方案》。")
        ('', '某县宣传周活动实施方案')
        >>> news_lead("会议听取并审议通过了区政府《关于开展法制宣传教育的第六个五年规划》。")
        ('区政府', '关于开展法制宣传教育的第六个五年规划')
        >>> news_lead("会议审议通过了《某县实施方案》《某县工作要点》等文件。") is None
        True
        >>> news_lead("会议听取和审议了县人民法院院长某某所作的《某县人民法院工作报告》。") is None
        True
        >>> news_lead("现将县人民代表大会第五次会议审议通过的《政府工作报告》确定的任务分解如下") is None
        True
        >>> news_lead("6月16日,某市在《关于建立责任清单制度的意见》的基础上,制定出台了《某实施意见》")
        ('', '某实施意见')
        >>> news_lead("本报北京5月12日讯 今年5月是宣传月。中央宣传部、司法部日前联合印发《某宣传方案》")
        ('中央宣传部、司法部', '某宣传方案')
        >>> news_lead("2023年12月,省委办公厅、省政府办公厅发布《某省实施细则》,自发布之日起施行。")
        ('省委办公厅、省政府办公厅', '某省实施细则')
        >>> news_lead("2004年3月,国务院发布《某纲要》(以下简称《纲要》),明确提出目标。") is None
        True
        >>> news_lead("今天,某省人民政府网站发布了《某省人民政府办公厅关于印发某计划的通知》")
        ('某省人民政府网站', '某省人民政府办公厅关于印发某计划的通知')
    """
    simplified = text.translate(TO_SIMPLIFIED)  # one for one: the offsets hold
    found = lead_match(simplified)
    start = 0
    for stop in re.finditer("。", simplified[: MAX_LEAD_START + 1]):
        if found is not None:
            break
        # the lead's second sentence, after the dateline's: 本报北京5月12日讯…。X日前印发《Y》
        start = stop.end()
        found = lead_match(simplified[start:])
    if found is None:
        return None
    if found.re is MEETING_LEAD and found.string[: found.start("title") - 1].endswith("作的"):
        return None  # a report a meeting heard (审议了某某所作的《工作报告》) is not printed here
    if (
        found.re is MEETING_LEAD
        and found["title"].endswith(ADOPTED_REPORT_ENDS)
        and CONGRESS.search(found.string, 0, found.start("title"))
    ):
        # nor one a congress adopted (人民代表大会…审议通过的《政府工作报告》): a plan divides it
        return None
    text = text[start:]
    # as printed: a report in traditional characters keeps them
    issuer = text[slice(*found.span("issuer"))].strip() if "issuer" in found.re.groupindex else ""
    if found.re is MEETING_LEAD and not issuer.translate(SIMPLIFIED).endswith(ISSUER_ENDS):
        issuer = ""  # 宣读了《…》: who reads a plan out does not issue it
    return issuer, text[slice(*found.span("title"))]


def lead_naming(text: str, heading: str) -> tuple[int, int] | None:
    """Where a news lead names the organ that printed the document headed ``heading``.

    A news page's lead may name the document without 《》 (近日,省政府办公厅印发2020年…责任
    分解的通知,公布…): the organ before the verb printed it where the words after the verb
    hold the heading's. Returns the organ's start and end in ``text``, or None.

    Examples:
        >>> lead = "近日,省政府办公厅印发2020年工作报告责任分解的通知,公布责任单位。"
        >>> begin, end = lead_naming(lead, "工作报告责任分解")
        >>> lead[begin:end]
        '省政府办公厅'
        >>> lead_naming(lead, "某县民生实事方案") is None
        True
    """
    found = NEWS_LEAD_UNQUOTED.match(text.translate(TO_SIMPLIFIED))  # one for one: offsets hold
    if found is None or not found["issuer"].strip().endswith(ISSUER_ENDS):
        return None
    bare = re.sub(r"\W", "", heading.translate(TO_SIMPLIFIED))
    if not bare or bare not in re.sub(r"\W", "", found["named"]):
        return None
    return found.span("issuer")


def self_named(text: str) -> tuple[str, str] | None:
    """The issuer and title a text without a heading names as its own, in one of its sentences.

    A text that names the document it is about and then calls it by the short name its title
    ends with (X印发了《关于…的安排意见》。《意见》共有…) is about that document; one that says it
    is what it names (结合实际,特制定《Y》) is Y. Who issued it is named before the verb, if
    anywhere; a document only cited (根据《…》, 贯彻落实《…》) is never named again so.

    Examples:
        >>> self_named("为推进法治建设,真正落到实处。县委办公室印发了《关于推进普法的安排意见》。《意见》共有10项")
        ('县委办公室', '关于推进普法的安排意见')
        >>> self_named("为深入推进法治建设,结合我县实际,特制定《某县2023年普法工作方案》。")
        ('', '某县2023年普法工作方案')
        >>> self_named("根据《某省普法规划》,结合实际,制定本方案。") is None
        True
        >>> self_named("县委印发了《某县普法规划》。《决议》要求…") is None
        True
    """
    simplified = text.translate(TO_SIMPLIFIED)  # one for one: the offsets hold
    starts = [0, *(stop.end() for stop in re.finditer("[。!?;；,，]", simplified))]
    for start in starts:
        found = NEWS_LEAD_NAMED_AGAIN.match(simplified, start)
        if found is not None and found["title"].endswith(found["short"]):
            issuer = text[slice(*found.span("issuer"))].strip()
            return issuer, text[slice(*found.span("title"))]
    found = SELF_NAMED.search(simplified)
    if found is not None:
        return "", text[slice(*found.span("title"))]
    return None


def is_report_headline(title: str) -> bool:
    """Whether a title is a news headline that reports a plan: who issued it, or that it came out.

    A document's own title names the document; a headline names an act (省委省政府转发…,
    …规划发布). A notice that prints a plan (…印发…的通知) is a title, not a headline.

    Examples:
        >>> is_report_headline("省委省政府转发“七五”普法规划"), is_report_headline("某省法治规划发布")
        (True, True)
        >>> is_report_headline("关于印发《2023年工作要点》的通知"), is_report_headline("2023年工作要点")
        (False, False)
        >>> is_report_headline("省政府印发2020年政府工作报告重点工作责任分解通知")
        True
        >>> is_report_headline("某县人民政府印发某县方案的通知")
        False
        >>> is_report_headline("某市进一步完善普法责任清单制度")
        True
        >>> is_report_headline("某市进一步完善普法责任清单制度的实施意见")
        False
    """
    bare = title.translate(SIMPLIFIED).strip()
    # a notice's heading says 关于 or 的通知 (X关于印发Y的通知, X转发Y的通知); a headline drops
    # both (省政府印发2020年…责任分解通知)
    if bare.startswith("关于") or (
        bare.endswith("通知") and ("关于" in bare or bare.endswith("的通知"))
    ):
        return False
    if "进一步" in bare and not bare.endswith(DOCUMENT_ENDS):
        return True  # what a place did (某市进一步完善…制度), not a document's name
    return REPORTING.search(bare) is not None


def speaks_as_headline(title: str) -> bool:
    """Whether a title speaks as a news headline: it exclaims or announces a day to come.

    A slogan's ! in quotation marks is the campaign's name, and a title that ends in a
    document's kind names the document, unless it reports the document come out (我市发布…).

    Examples:
        >>> speaks_as_headline("全省首创!我市发布全覆盖普法责任清单")
        True
        >>> speaks_as_headline("2022年全国“宪法宣传周”宣传活动将于12月4日启动")
        True
        >>> speaks_as_headline("某县“法治护航、奋战百日！”专项行动实施方案")
        False
        >>> speaks_as_headline("某市关于第三轮法治督察将于2024年启动的工作方案")
        False
    """
    bare = QUOTED_SLOGAN.sub("", fold_width(title.translate(SIMPLIFIED)).strip())
    if HEADLINE_VOICE.search(bare) is None:
        return False
    return not ends_a_name(bare) or REPORTS_OUT.search(bare) is not None


def names_no_document(title: str) -> bool:
    """Whether a title names no kind of document: a news headline (某市“八五”普法启动实施).

    Examples:
        >>> names_no_document("某市“八五”普法启动实施"), names_no_document("某市普法工作要点")
        (True, False)
        >>> names_no_document("关于加强法治宣传的意见")
        False
    """
    return plan_kind(title) is None and not title.translate(SIMPLIFIED).endswith(DOCUMENT_ENDS)


def headline(text: str) -> tuple[str, str] | None:
    """A news headline naming a plan and who printed it: the issuer and the title.

    Examples:
        >>> headline("【权威】省委、省政府转发《省委宣传部、省司法厅关于开展第八个五年规划》")
        ('省委、省政府', '省委宣传部、省司法厅关于开展第八个五年规划')
        >>> headline("中共某省委印发《某省法治社会建设实施方案(2021—2025年)》")
        ('中共某省委', '某省法治社会建设实施方案(2021—2025年)')
        >>> headline("关于印发《2022年工作要点》") is None
        True

        So does a site's sentence that describes the document as its heading:

        >>> headline("《某市人民政府2018年度工作报告》是2019年某市人民政府发布的通知。")
        ('某市人民政府', '某市人民政府2018年度工作报告')
    """
    if "《" not in text:  # both name the title in 《》
        return None
    found = HEADLINE.fullmatch(text) or DESCRIBED.fullmatch(text)
    if found is None:
        return None
    issuer = found["issuer"].strip()
    if not issuer.endswith(ISSUER_ENDS) or issuer.startswith(("关于", "關於", "关於")):
        return None
    return issuer, found["title"]
