"""The head of a document: web-page metadata, the cover notice and the plan's own title.

Lines before the first numbered heading are read with a small state machine: page furniture and
metadata (索引号, 发文机关, 成文日期, 发文字号), the document number, the notice title, the
recipients (主送机关, ending in ``:``), the notice body, the signature (issuer and date), a
publication note (此件公开发布), the plan's title and the preamble. A line that fits none of these
is kept with an ``unclassified-line`` diagnostic.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Diagnostic, PlanKind, Severity, Span
from rulegov.parse._time import read_date
from rulegov.parse._traditional import SIMPLIFIED as TRADITIONAL_SIMPLIFIED
from rulegov.parse._traditional import TRADITIONAL

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rulegov.parse._text import Line

__all__ = [
    "FOR_COMMENTS",
    "ORGAN_MARK",
    "SIMPLIFIED",
    "Header",
    "is_chrome",
    "is_nav_bar",
    "loose_date",
    "names_document",
    "news_lead",
    "read_header",
    "table_cells",
    "title_issuer",
    "trim_range",
]

_META_LABELS: dict[str, str] = {
    "发文字号": "doc_number",
    "文号": "doc_number",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "发文单位": "issuer",
    "成文日期": "issued_on",
    "发文日期": "issued_on",
    "标题": "title",
    "栏目": "",
    "所属栏目": "",
    "名称": "title",
    "文件标题": "title",
    "文件名称": "title",
    "索引号": "",
    "主题分类": "",
    "发布日期": "",
    "发布时间": "",
    "生效日期": "",
    "有效性": "",
    "主题词": "",
    "公开方式": "",
    "信息来源": "",
    "来源": "",
    "浏览次数": "",
    "分类": "",
    "体裁分类": "",
    "组配分类": "",
    "文件编号": "doc_number",
    "编号": "",
    "责任编辑": "",
    "作者": "",
    "信息分类": "",
    "生成日期": "",
    "生效时间": "",
    "废止时间": "",
    "关键词": "",
    "内容概述": "",
    "公文目录": "",
    "浏览量": "",
    "公开范围": "",
    "访问量": "",
    "访问次数": "",
    "点击数": "",
    "点击量": "",
    "日期": "",
    "时间": "",
    "发布人": "",
    "制发机构": "issuer",
    "有效时间": "",
    "所属主题": "",
    "公开对象": "",
    "发文类型": "",
    "公开部门": "",
    "状态": "",
    "所属机构": "",
    "發布時間": "",
    "發布日期": "",
    "信息來源": "",
    "來源": "",
    "瀏覽次數": "",
    "作者來源": "",
    "责任部门": "",
    "发文机构": "issuer",
    "公布机关": "issuer",
    "发布单位": "",
    "内容分类": "",
    "有效性/截止日期": "",
    "索取号": "",
    "产生日期": "issued_on",
    "时效性": "",
    "效力级别": "",
    "施行日期": "",
}
_META = re.compile("(?P<label>" + "|".join(sorted(_META_LABELS, key=len, reverse=True)) + "):")
# the same labels printed without colons, apart from their values by spaces
_META_BARE = re.compile("|".join(sorted(_META_LABELS, key=len, reverse=True)))
_MIN_BARE_LABELS = 2  # one label and a value could be any line; two make a row
_MIN_LIST_LABEL = 3  # a label run against its value (发文字号皖交发…): 文号 or 来源 could open text
# a disclosure row whose labels a site prints in square brackets ([ 发文字号 ] 某府办发〔2023〕32号)
_META_BRACKETED = re.compile(
    r"[\[［【](?P<label>" + "|".join(sorted(_META_LABELS, key=len, reverse=True)) + r")[\]］】]"
)
# a disclosure label alone on its line, its value on the next (索引号: / 640501001/2022-00153)
_META_ALONE = re.compile(
    "[•·●▪ ]*(?P<label>" + "|".join(sorted(_META_LABELS, key=len, reverse=True)) + "):"
)
_CHROME = (
    "当前位置",
    "所在的位置",
    "您的位置:",
    "所在位置:",
    "首页>",
    "首页»",
    "分享到",
    "分享至",
    "分享:",
    "打印本页",
    "关闭窗口",
    "【打印】",
    "【关闭】",
    "字体:",
    "字号:",
    "【字体",
    "扫一扫",
    "微信扫",
    "收藏",
    "返回顶部",
    "相关链接",
    "上一篇",
    "下一篇",
    "视力保护色",
    "背景颜色",
    "背景色:",
    "欢迎访问",
    "门户网站",
    "首頁>",
    "当前所在",
    "更新时间:",
    "【大】",
    "【中】",
    "【小】",
    "字体【",
    "今天是",
    "返回首页",
    "合集下载",
    "开启左侧",
    "复制链接",
    "显示全部楼层",
    "阅读模式",
    # a document-sharing site's instructions, numbered like items (1、部分资料下载需要金币…)
    "资料下载",
    "下载资料",
    "资料包下载",
    "金币",
    "已购买过的文档",
    "免费阅读",
    "在线预览",
    "预览加载",
    # a site's prompt before a link leaves it, and its breadcrumb's other wording
    "即将离开",
    "继续访问",
    "您现在的位置",
)
_CHROME_WORDS = re.compile("|".join(re.escape(word) for word in _CHROME))
_MAX_CHROME = 120
_MAX_META_VALUE = 120
_MAX_HEADING_TITLE = 40  # a document's heading under a site's headline is short
# a numbered line: a heading of the body, not the document's
_NUMBERED = re.compile(
    r"[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第"
)
# the spaces before a signature, lost by a copy to question marks: ???????二○○七年六月二十一日
_LOST_SPACES = re.compile(r"[?？]{3,}(?=\S)")
# the time of day a disclosure block prints after a date: 2024年04月06日 16:40
_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?$")
_MIN_CUT_TITLE = 8  # a title cut short by a site: this much of it at least
_MAX_SUFFIX_LINES = 2  # (2020—2025年) / (征求意见稿)
# a breadcrumb broken over lines: 首页 / >政府信息公开>信息公开目录>…
_CRUMBS = re.compile(r"首[页頁]|[>»].{0,80}")
# a breadcrumb trail that does not start at 首页: 香港商报官网 > 广东 > 本地新闻
_TRAIL = re.compile(r"[^>»]{1,16}(?:(?:>>?|»)[^>»]{1,16}){2,}")
_DOC_NUMBER = re.compile(r"[^\s:,。()]{1,24}[〔\[(【][12]\d{3}[〕\])】]\s?第?\d{1,5}[号號]")
# a document number at the end of a line, its head (the organ's short name) of a few characters
_GLUED_TAIL_NUMBER = re.compile(
    r"[^\s\d:,。()《》〔]{2,10}(?P<bracket>[〔\[(【])[12]\d{3}[〕\])】]第?\d{1,5}[号號]$"
)
_ABOUT = re.compile(r"[关關][于於]")
_MIN_NUMBER_HEAD = 2  # 某办〔2020〕4号: the organ's short name has two characters at least
# a head whose lines a copy ran together without spaces: a sharing site's page count, the
# heading (…关于…的报告) and the address (…办公室:) before the text
_GLUED_HEAD = re.compile(
    r"(?:第\d{1,3}页共\d{1,3}页)?(?P<heading>[^,。:;《]{2,30}?关于[^,。:;]{2,60}?"
    r"(?:报告|通知|意见|请示|函))(?P<address>[^,。:;《]{2,60}):(?=\S)"
)
_NOTICE_HEAD = re.compile(
    r"(?P<issuer>.*?)(?:[关關][于於]|(?=(?:印[发發]|[转轉][发發]|批[转轉])《))(?P<rest>.*)"
)
_NOTICE_ISSUER = re.compile(
    r"(?P<issuer>.{2,60}?)(?:[关關][于於])?(?:印[发發]|[转轉][发發]|批[转轉])"
)
_TRAILING_NUMBER = re.compile(
    r"\((?P<number>[^()]{2,30}[〔\[(【]\d{4}[〕\])】]第?\d{1,5}[号號])\)$"
)
_PAGE_TITLE = re.compile(
    r"(?P<number>[^\s:,。()《]{1,24}[〔\[(【][12]\d{3}[〕\])】]第?\d{1,5}[号號])《(?P<title>.+)》"
)
_SITE_TEXT = re.compile(r".{0,60}政府信息公开(?:规章库|专栏|目录|指南)?")
_SITE_ADDRESS = re.compile(r"www\.|https?://")
# a site's account and version links (登录 | 注册, 无障碍 | 长者模式) and its column label
# (专栏省内政策法规): lines of the page, never of the document
_ACCOUNT_BAR = re.compile(
    r"(?:登录|登陆|注册|退出|无障碍(?:阅读|浏览)?|长者(?:模式|助手)|关怀版|English"
    r"|(?:网站)?支持IPv6|繁体版?|简体版?|繁體版?|[|/])+"
)
_COLUMN_LABEL = re.compile(r"(?:专栏|栏目)[^,。:《]{1,12}")
# a newspaper's page label: 第A12版:, 第3版
_PAPER_PAGE = re.compile(r"第[A-Z]?\d{1,3}版:?")
_MAX_SITE_LINE = 80
_PAGE_TITLE_ALONE = re.compile(r"《(?P<title>[^《》]{4,90})》")
_NAMED_TITLE = _PAGE_TITLE_ALONE  # a title a notice names in 《》
_TITLE_SUFFIX_LINE = re.compile(r"\([^()]{1,20}\)")
# a news report's lead: when (近日, or the day: 11月9日), who, and the verb; the notice is
# often named first (省委、省政府发出通知,转发《…》)
_NEWS_LEAD = re.compile(
    r"[^。《]*?(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[,，]?"
    r"(?P<issuer>[^,，。《]{2,40}?)(?:发出通知[,，]?)?"
    r"(?:联合)?(?:印发|转发|出台|公布|发布)了?《(?P<title>[^《》]{4,90})》"
)
# or with who first, after the report's dateline: 本报讯 X近日印发了《…》, 新华社…电 X于近日印发
_NEWS_LEAD_ISSUER_FIRST = re.compile(
    r"(?:[^。《]*?(?:电|讯|\))\s*)?(?P<issuer>[^,，。《\d()]{2,40}?)于?(?:近日|日前|近期)[,，]?"
    r"(?:发出通知[,，]?)?(?:联合)?(?:印发|转发|出台|公布|发布)了?《(?P<title>[^《》]{4,90})》"
)
# or after the reporter's source, with no day: 据介绍,市委、市政府印发了《…》
_NEWS_LEAD_SOURCED = re.compile(
    r"[^。《]*?据(?:介绍|了解|悉)[,，]\s*(?P<issuer>[^,，。《\d()]{2,40}?)"
    r"(?:联合)?(?:印发|转发|出台)了?《(?P<title>[^《》]{4,90})》"
)
# or with the plan first, who issued it left to its title: 某市《关于…的实施意见》于近日出台
_NEWS_LEAD_PLAN_FIRST = re.compile(
    r"[^。《]*?《(?P<title>[^《》]{4,90})》(?:已|已经)?于?(?:近日|日前|近期)(?:正式)?"
    r"(?:出台|印发|发布)"
)
# or a dated lead that names an earlier document before the one issued: 6月16日,某市在《A》的
# 基础上,制定出台了《B》; who issued B is then left to its title
_NEWS_LEAD_CITES_FIRST = re.compile(
    r"[^。]{0,120}?(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[^。]{0,120}?"
    r"(?:出台|印发|转发|发布|公布)了?《(?P<title>[^《》]{4,90})》"
)
# or a report of a meeting that reviewed or read out one plan, in any sentence of the lead
# before the first title: 会议审议《…》等相关文件,
# 县司法局负责人宣读了《…》; who reviews or reads it is no issuer, an organ named right before
# the title is (审议通过了区政府《…》)
_MEETING_LEAD = re.compile(
    r"[^《]*?(?:审议|宣读)(?:并)?(?:通过)?了?(?P<issuer>[^,，。《、\s]{0,20}?)"
    r"《(?P<title>[^《》]{4,90})》(?![、,，和及与]?《)"
)
# the verbs of a news headline that reports a plan rather than titling it
_REPORTING = re.compile(r"印[发發]|[转轉][发發]|出台|[发發]布$|公布$")
# a news headline that names a plan and who issued it: 【权威】省委、省政府转发《…》
_HEADLINE = re.compile(
    r"(?:【[^【】]{1,8}】)?(?P<issuer>[^《》,。:【】]{2,40}?)(?:印[发發]|[转轉][发發])了?"
    r"《(?P<title>[^《》]{4,90})》"
)
# the publication line of a party regulation: (2019年11月22日…审议批准 2019年12月5日中共辽宁省委发布)
# and of a government rule: (2021年6月21日某省人民政府令第4号公布 自2021年8月1日起施行)
_PUBLICATION = re.compile(
    r"\((?:[^()]*?)(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?P<issuer>[^()\d]{2,30}?)"
    r"(?P<order>令第?[\d一二三四五六七八九十百〇零]+[号號])?[发發公]布(?:\s*自[^()]{2,30}起施行)?\)"
)
# a page number printed before a title by a copy of a paged file: - 1 -, — 2 —
_PAGE_MARK = re.compile(r"[-—–]\s*\d{1,3}\s*[-—–]\s*(?=\S)")
# a sharing site's mark after a title: (最新), (完整版)
_SITE_SUFFIX = re.compile(r"\((?:最新|完整|完整版|精选|范文|合集|推荐)\)$")
# a line ending in : that announces what follows rather than addressing anyone (为…,制定本方案:;
# 现将有关事项通知如下:)
# (only whole lead words: 经开区各部门: and 现代农业园区: are addresses)
_ANNOUNCES = re.compile(
    r"^(?:为了?|根据|按照|依据|结合|现将|现就|现对|经过|經過|经研究|經研究)|(?:如下|以下|方案|办法|意见|要点):$"
)
_VERBS = ("印发", "印發", "转发", "轉發", "批转", "批轉")
# a notice's heading with its 的通知 cut off by a page: X关于印发《Y》
_CUT_HEADING = re.compile(r"[^《》]{2,60}?关于(?:印发|转发)《[^《》]{4,90}》")
# where the issuers of a heading end: at 关于, or at the verb of a heading without it
_HEAD_VERB = re.compile(r"关于|印发|转发|批转")
# the last words of a heading broken before them: X关于印发《Y》 / 的通知
_CLOSING = re.compile(r"》?的?通知")
# a date glued to the notice's last sentence, and the title glued to it: …执行。2020年7月11日某办法
_GLUED_DATE = re.compile(r"。(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
_MAX_LEAD_START = 80  # a news lead's naming sentence starts this far into its paragraph at most
_MAX_PAGE_LINE = 60  # a site's slogan or column above a document: no paragraph of its text
# a site's column named by a kind of document alone, printed above its items: 工作报告, 政府文件
_COLUMN_NAME = re.compile(
    r"(?:工作|政府|政策|规划|通知)?(?:报告|要点|计划|文件|公告|动态|总结|快递|要闻|信息)"
    r"|要闻快递|工作动态|政务动态"
)
# the words a site's headline may join the parts of a heading with: …报告及2023年工作计划
_HEADLINE_JOINS = re.compile(r"[及和与、\s]")
# a document number whose closing bracket was lost, run into the issuer's name after it
_GLUED_NUMBER = re.compile(
    r"[^\s\d:,。()《]{1,10}[〔\[(【][12]\d{4,7}(?P<organ>[^\d〔〕\[\]]{2,40})"
)
# a signature's date whose year a copy left out: 年12月15日
_YEARLESS_DATE = re.compile(r"年\d{1,2}月\d{1,2}日")
# joint issuers run together: where one name ends, and how the next one starts
_RUN_END = re.compile(r"办公室|辦公室|办公厅|辦公廳|人民政府|委员会|委員會")
_RUN_START = re.compile(r"中共|[^,、]{1,8}?[省市县縣区區州盟旗镇鎮乡鄉]")
_MIN_RUN_NAME = 5
# the words that end the title of a government's rules, beside its plans' (规划, 方案…)
_RULE_ENDS = ("制度", "规定", "规则", "细则", "办法", "清单", "纲要")
# a title that opens with the name of the government that owns the plan, without 关于
_OWNED_TITLE = re.compile(r"[^《》,。、\d\s]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府)")
# or an office's annual plan, its name right before the year: 某县司法局2023年普法工作计划
_ORGAN_YEAR_TITLE = re.compile(
    r"[^《》,。、\d\s]{2,24}?(?:局|厅|委员会|委|办公室|办公厅|办|领导小组|部)(?=(?:19|20)\d{2}年)"
)
# the last words of a body's account of its year: …工作情况报告, or …工作情况 alone
_REPORT_ENDS = ("报告", "工作情况")
# a body's name over the rest of its heading, on the next line from a year (某厅 / 2025年…情况)
_YEAR_LINE = re.compile(r"(?:19|20)\d{2}年")
_ISSUER_ENDS = (
    "政府",
    "领导小组",  # a leading group issues in its own name: 某省依法治省领导小组
    "領導小組",
    "办公室",
    "办事处",
    "辦事處",
    "市委",
    "县委",
    "区委",
    "州委",
    "省委",
    "党委",
    "司法局",
    "辦公室",
    "委员会",
    "委員會",
    "常委会",  # a people's congress's standing committee: 某县人大常委会
    "常委會",
    "办公厅",
    "辦公廳",
    "局",
    "委",
    "厅",
    "院",
    "部",
)
# the last words of the names an address line lists (organs, their offices, units)
_ORGAN_ENDS = (
    *_ISSUER_ENDS,
    "单位",
    "單位",
    "部门",
    "部門",
    "处",
    "處",
    "会",
    "會",
    "机构",
    "機構",
    "组织",
    "組織",
)
# a number whose brackets were lost on the way to the page: 株县发20174 (2017, number 4),
# 某司通202155, or its closing bracket and 号 only: 某司〔2017497
_LOOSE_NUMBER = re.compile(
    r"[^\s\d:,。()《]{1,10}[发字函][12]\d{4,7}号?"
    r"|[^\s\d:,。()《》A-Za-z]{2,10}〔?(?:19|20)\d{3,5}号?"
)
_LOOSE_DATE = re.compile(r"(?:19|20)\d{4,6}")
# a site's note before a title: (本文有删减) says the page abridged the document
_EDITORIAL_NOTE = re.compile(
    r"\((?:(?:本文)?(?:有删减|有删节|节选|摘编|全文)|现行有效|已失效|已废止|已修改|部分失效"
    r"|(?:资料)?图片[^()]{0,8})\)"
)
# the label of an address: 主送:, 主送机关:
_ADDRESS_LABEL = re.compile(r"主送(?:机关|单位)?:")
# a report's words before the text it prints: 通知全文如下:
_PRINTED_BELOW = re.compile(r"(?:全文|原文|内容)如下:")
# the head of an order (令): the organ's mark, and the order's number on the next line
_ORDER_MARK = re.compile(r"(?P<organ>[^,。:《》]{2,30}?(?:人民政府|政府|委员会|常务委员会))令")
_ORDER_NUMBER = re.compile(r"第[\d一二三四五六七八九十百〇零]{1,6}[号號]")
# a person who signs an order or a law: 市长:某某, 省长:某某
_SIGNER = re.compile(r"(?:省长|市长|县长|区长|州长|旗长|主席|主任):[^,。:]{2,4}")
# a register's status before a title: 有效, 失效
_STATUS = re.compile(r"(?:现行有效|有效|已失效|失效|已废止|废止)")
# a publisher's tag printed before a heading: (授权发布), 【权威发布】
_TAG = re.compile(r"[(【](?:授权发布|受权发布|权威发布|全文|转载|原文)[)】]|<正>")
# a site's category before a heading that names its document: 【工作总结】某局关于…的报告
_CATEGORY_TAG = re.compile(r"【[^【】\d,。:]{2,6}】")
# a sharing site's line that names the document's file: 《某工作要点.docx》由会员分享,可在线阅读…
_SHARED_FILE = re.compile(
    r"《(?P<name>[^《》]{4,90}?)\.(?:docx?|pdf|wps|txt)》由(?:会员|用户)(?:分享|上传)"
)
_REGISTRATION = re.compile(r"[A-Z]{2,8}[-—]\d{4}[-—]\d{1,8}")  # HFGS—2017—9
# Traditional forms of the characters in the genre's title words, for matching only.
SIMPLIFIED = str.maketrans(
    "實劃點計規辦發關於轉議報決見復紀請務範劃則細", "实划点计规办发关于转议报决见复纪请务范划则细"
)
_DOCUMENT_ENDS = (
    "通知",
    "意见",
    "意見",
    "决定",
    "決定",
    "办法",
    "辦法",
    "方案",
    "要点",
    "要點",
    "规划",
    "計劃",
    "计划",
    "报告",
    "通报",
    "函",
    "批复",
)
# a notice that sends a draft out for comments: 关于征求《Y》意见的通知, or a call for
# comments as an announcement or a letter (关于面向社会征求《Y》意见建议的公告, …意见的函)
FOR_COMMENTS = re.compile(
    r"征求(?P<title>《[^《》]+》)(?:的)?(?:修改)?(?:意见|意見)(?:建议|建議)?的(?:通知|公告|函)$"
)
# the head of a table of contents a plan may print before its text
_CONTENTS = re.compile(r"序言|前言|目录|目錄|目次")
# 发文机关标志, the organ's mark over a document: 某省司法厅文件 (or …纪要)
ORGAN_MARK = re.compile(r"[^\s,。:;《>»()“”]{2,40}(?:文件|纪要)")
# the verb by which a notice's sentence carries a plan: 《Y》已经…同意,现印发给你们
_CARRIES = re.compile(r"印发|转发")
_SAME_DOCUMENT = 0.7  # a headline and a heading this alike (difflib's ratio) name one document
_PUBLIC_NOTE = re.compile(r"\(此件[^()]{0,12}\)")
# a page's time stamp written with 年月日: 2011年07月27日 21:25:32
_STAMP = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")
# a site's byline without labels: who posted the page and when, to the minute
# (江源区人民政府 2017-11-24 15:04, 2023-01-05 10:00 区人民政府办公室)
_BYLINE = re.compile(
    r"(?P<before>[^\d《》:]{0,30}?)\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}(?::\d{2})?"
    r"(?P<after>[^\d《》:]{0,30})"
)
_NOTICE_WORDS = ("现将", "印发给你们", "印发给你", "请结合实际", "请认真", "遵照执行", "贯彻执行")
_SEPARATOR = re.compile(r":?-{2,}:?")

# Title keyword -> kind of plan, most specific first.
PLAN_KINDS: tuple[tuple[str, PlanKind], ...] = (
    ("任务分工方案", PlanKind.TASK_DIVISION_PLAN),
    ("分工方案", PlanKind.TASK_DIVISION_PLAN),
    ("分工表", PlanKind.TASK_DIVISION_PLAN),
    ("考核办法", PlanKind.APPRAISAL_SCHEME),
    ("考核方案", PlanKind.APPRAISAL_SCHEME),
    ("考核细则", PlanKind.APPRAISAL_SCHEME),
    ("考评办法", PlanKind.APPRAISAL_SCHEME),
    ("工作要点", PlanKind.KEY_POINTS),
    ("要点", PlanKind.KEY_POINTS),
    ("工作安排", PlanKind.WORK_ARRANGEMENTS),
    ("实施方案", PlanKind.IMPLEMENTATION_PLAN),
    ("规划", PlanKind.MULTI_YEAR_PLAN),
    ("工作计划", PlanKind.WORK_PLAN),
    ("计划", PlanKind.WORK_PLAN),
    ("方案", PlanKind.IMPLEMENTATION_PLAN),
    ("清单", PlanKind.TASK_DIVISION_PLAN),
    ("意见", PlanKind.IMPLEMENTATION_PLAN),
)
_MAX_TITLE = 90
_HEADING_LOOKAHEAD = 3  # page text above a heading: this many lines at most
_MAX_TITLE_COMMAS = 2  # 关于…,…的意见 has one comma at most; a line with more is a sentence
_MAX_RECIPIENTS = 300
_MAX_ADDRESS_LINES = 4
_MAX_SIGNERS = 3
_MAX_ISSUER = 40


class State(enum.Enum):
    """Where the reader is in the head of the document."""

    START = enum.auto()
    NOTICE = enum.auto()
    SIGNED = enum.auto()
    TITLED = enum.auto()


@attrs.define
class Header:
    """What the head of a document says, with spans in the original text."""

    doc_number: str | None = None
    issuer: str | None = None
    issued_on: dt.date | None = None
    recipients: list[str] = attrs.Factory(list)
    notice_title: str | None = None
    notice_issuer: str | None = None
    issuers: list[str] = attrs.Factory(list)
    notice_lines: list[Line] = attrs.Factory(list)
    title: str | None = None
    title_lines: list[Line] = attrs.Factory(list)
    preamble_lines: list[Line] = attrs.Factory(list)
    meta_title: str | None = None
    # the issuer came from the page's disclosure block (发布机构), which may name the government
    # that publishes the page rather than the office that signs the document
    issuer_from_page: bool = False
    # the document's file name a sharing site prints before it (《某要点.docx》由会员分享…)
    shared_name: str | None = None
    reported_issuer: str | None = None
    spans: dict[str, Span] = attrs.Factory(dict)
    diagnostics: list[Diagnostic] = attrs.Factory(list)


def loose_date(text: str) -> dt.date | None:
    """A date whose 年月日 were lost on the way to the page (2017531), when only one reading fits.

    Examples:
        >>> loose_date("2017531"), loose_date("2017322"), loose_date("2017111")
        (datetime.date(2017, 5, 31), datetime.date(2017, 3, 22), None)
    """
    if not _LOOSE_DATE.fullmatch(text):
        return None
    year, rest = int(text[:4]), text[4:]
    readings: list[dt.date] = []
    for cut in range(1, len(rest)):
        try:
            readings.append(dt.date(year, int(rest[:cut]), int(rest[cut:])))
        except ValueError:
            continue
    return readings[0] if len(readings) == 1 else None


def _is_byline(text: str, first: int, count: int) -> bool:
    """Metadata labels that open the line, or follow a date, or come two or more to a line."""
    before = text[:first].strip("•·●▪ ")
    if not before:
        return True
    dated = _ISO_DATE.fullmatch(before) or _STAMP.fullmatch(before)
    return dated is not None or (count >= 2 and len(before) <= 20)


def _bracketed_meta(line: Line) -> list[tuple[str, int, int, int]] | None:
    """The label and value ranges of a disclosure row with its labels in brackets, if it is one.

    [ 索引号 ] 115002310086780358/2023-00063 [ 发文字号 ] 某府办发〔2023〕32号: the first label
    opens the line; each value runs to the next label.
    """
    labels = list(_META_BRACKETED.finditer(line.text))
    if not labels or labels[0].start() != 0:
        return None
    return [
        (
            found["label"],
            found.start(),
            found.end(),
            labels[i + 1].start() if i + 1 < len(labels) else len(line.text),
        )
        for i, found in enumerate(labels)
    ]


def _bare_meta(line: Line) -> list[tuple[str, int, int, int]] | None:
    """The label and value ranges of a disclosure row printed without colons, if it is one.

    索 引 号 MB1534522/2023-05475 发文日期 2023-01-03: two or more labels, the first opening the
    line, each standing between gaps of the printed line (the spaces the text drops).
    """
    gaps = line.breaks
    labels = [
        found
        for found in _META_BARE.finditer(line.text)
        if (found.start() == 0 or found.start() in gaps) and found.end() in gaps
    ]
    if len(labels) < _MIN_BARE_LABELS or labels[0].start() != 0:
        return None
    return [
        (
            found.group(),
            found.start(),
            found.end(),
            labels[i + 1].start() if i + 1 < len(labels) else len(line.text),
        )
        for i, found in enumerate(labels)
    ]


def _list_label(text: str) -> str | None:
    """The disclosure label that opens a line, its value after it, if one does."""
    found = _META_BARE.match(text)
    if found is None or len(found.group()) < _MIN_LIST_LABEL:
        return None
    if not 0 < len(text) - found.end() <= _MAX_META_VALUE:
        return None
    return found.group()


def _is_organ_name(text: str) -> bool:
    return len(text) <= _MAX_ISSUER and _is_titleish(text) and text.endswith(_ISSUER_ENDS)


def _is_address(text: str) -> bool:
    """A recipient line: names (at least two characters) ending in ``:``, without a full stop.

    A clause that leads into the text (为深入贯彻…,制定本方案:) ends in ``:`` too, and is not one.
    """
    return (
        text.endswith(":")
        and len(text.strip(" :")) >= 2
        and len(text) <= _MAX_RECIPIENTS
        and "。" not in text
        and _ANNOUNCES.search(text) is None
    )


def _names_organs(text: str) -> bool:
    """Whether every name of an address line is an organ's: 各镇人民政府,区政府各部门,有关单位:."""
    names = [name for name in re.split("[,;]", text.rstrip(":")) if name]
    return bool(names) and all(name.endswith(_ORGAN_ENDS) for name in names)


def is_nav_bar(text: str) -> bool:
    """A site's navigation bar: 县委| 县人大| 县政协 (short cells, not a table's heading).

    Examples:
        >>> is_nav_bar("县委| 县人大| 县政协"), is_nav_bar("序号|工作任务|牵头单位")
        (True, False)
    """
    from rulegov.parse._table import read_columns  # noqa: PLC0415

    if text.startswith("|") or text.count("|") < 2:
        return False
    cells = [cell.strip() for cell in text.split("|")]
    short = all(0 < len(cell) <= 4 for cell in cells)
    return short and read_columns(cells) is None


_TO_SIMPLIFIED = str.maketrans(TRADITIONAL, TRADITIONAL_SIMPLIFIED)


def _lead(text: str) -> re.Match[str] | None:
    return (
        _NEWS_LEAD_ISSUER_FIRST.match(text)
        or _NEWS_LEAD.match(text)
        or _NEWS_LEAD_SOURCED.match(text)
        or _NEWS_LEAD_PLAN_FIRST.match(text)
        or _NEWS_LEAD_CITES_FIRST.match(text)
        or _MEETING_LEAD.match(text)
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
        >>> news_lead("6月16日,某市在《关于建立责任清单制度的意见》的基础上,制定出台了《某实施意见》")
        ('', '某实施意见')
        >>> news_lead("本报北京5月12日讯 今年5月是宣传月。中央宣传部、司法部日前联合印发《某宣传方案》")
        ('中央宣传部、司法部', '某宣传方案')
    """
    simplified = text.translate(_TO_SIMPLIFIED)  # one for one: the offsets hold
    found = _lead(simplified)
    start = 0
    for stop in re.finditer("。", simplified[: _MAX_LEAD_START + 1]):
        if found is not None:
            break
        # the lead's second sentence, after the dateline's: 本报北京5月12日讯…。X日前印发《Y》
        start = stop.end()
        found = _lead(simplified[start:])
    if found is None:
        return None
    text = text[start:]
    # as printed: a report in traditional characters keeps them
    issuer = text[slice(*found.span("issuer"))].strip() if "issuer" in found.re.groupindex else ""
    if found.re is _MEETING_LEAD and not issuer.translate(SIMPLIFIED).endswith(_ISSUER_ENDS):
        issuer = ""  # 宣读了《…》: who reads a plan out does not issue it
    return issuer, text[slice(*found.span("title"))]


def is_report_headline(title: str) -> bool:
    """Whether a title is a news headline that reports a plan: who issued it, or that it came out.

    A document's own title names the document; a headline names an act (省委省政府转发…,
    …规划发布). A notice that prints a plan (…印发…的通知) is a title, not a headline.

    Examples:
        >>> is_report_headline("省委省政府转发“七五”普法规划"), is_report_headline("某省法治规划发布")
        (True, True)
        >>> is_report_headline("关于印发《2023年工作要点》的通知"), is_report_headline("2023年工作要点")
        (False, False)
        >>> is_report_headline("某市进一步完善普法责任清单制度")
        True
        >>> is_report_headline("某市进一步完善普法责任清单制度的实施意见")
        False
    """
    bare = title.translate(SIMPLIFIED).strip()
    if bare.endswith("通知") or bare.startswith("关于"):
        return False
    if "进一步" in bare and not bare.endswith(_DOCUMENT_ENDS):
        return True  # what a place did (某市进一步完善…制度), not a document's name
    return _REPORTING.search(bare) is not None


def names_no_document(title: str) -> bool:
    """Whether a title names no kind of document: a news headline (某市“八五”普法启动实施).

    Examples:
        >>> names_no_document("某市“八五”普法启动实施"), names_no_document("某市普法工作要点")
        (True, False)
        >>> names_no_document("关于加强法治宣传的意见")
        False
    """
    return plan_kind(title) is None and not title.translate(SIMPLIFIED).endswith(_DOCUMENT_ENDS)


def _spaced_issuers(lines: list[Line]) -> list[str] | None:
    """Joint issuers a heading prints apart by spaces or lines: 中共某省委 某省人民政府 / 转发….

    Each name must end as an organ's; else the spaces are not a separator.
    """
    printed = " ".join(line.original.strip() for line in lines)
    head = _HEAD_VERB.split(printed.translate(SIMPLIFIED), maxsplit=1)[0]
    names = [name for name in re.split(r"[\s\u3000]+", printed[: len(head)]) if name]
    if len(names) < 2 or not all(
        name.translate(SIMPLIFIED).endswith(_ISSUER_ENDS) for name in names
    ):
        return None
    return names


def run_together(name: str) -> list[str]:
    """Joint issuers printed without a separator, apart: each ends as an office or government.

    A second name starts with its own place (某县, 某市…) or with 中共; an office inside one organ
    (某市人民政府法制办公室) stays whole.

    Examples:
        >>> run_together("中共某县县委办公室某县人民政府办公室")
        ['中共某县县委办公室', '某县人民政府办公室']
        >>> run_together("某市人民政府法制办公室"), run_together("某县人民政府办公室")
        (['某市人民政府法制办公室'], ['某县人民政府办公室'])
    """
    for found in _RUN_END.finditer(name):
        rest = name[found.end() :]
        if len(rest) >= _MIN_RUN_NAME and _RUN_START.match(rest) and rest.endswith(_ISSUER_ENDS):
            return [name[: found.end()], *run_together(rest)]
    return [name]


def is_plain_notice(title: str) -> bool:
    """Whether a 关于…的通知 carries no document: it prints no verb of a notice and no 《》.

    Such a notice (关于开展宪法宣传周系列活动的通知) is itself the plan its items set out.

    Examples:
        >>> is_plain_notice("关于在全县开展宪法宣传周系列活动的通知")
        True
        >>> is_plain_notice("关于印发2023年工作要点的通知"), is_plain_notice("2023年工作要点")
        (False, False)
    """
    bare = title.translate(SIMPLIFIED).strip()
    return bare.endswith("通知") and "关于" in bare and _carries_nothing(bare)


def _carries_nothing(bare: str) -> bool:
    """No verb of a notice (印发, 转发) and no title in 《》: the text names no other document."""
    return "《" not in bare and not any(verb in bare for verb in _VERBS)


def names_own_plan(title: str) -> bool:
    """Whether a 关于 title names its own plan rather than a notice that carries one.

    It names a plan (规划, 方案, 要点…), prints no verb of a notice (印发, 转发) and no other
    title in 《》, and is no 通知.

    Examples:
        >>> names_own_plan("关于在全市公民中开展法治宣传教育的第七个五年规划(2016—2020年)")
        True
        >>> names_own_plan("关于印发2023年工作要点的通知"), names_own_plan("关于做好宣传工作的通知")
        (False, False)
    """
    bare = title.translate(SIMPLIFIED).strip()
    return plan_kind(bare) is not None and _carries_nothing(bare) and not bare.endswith("通知")


def headline(text: str) -> tuple[str, str] | None:
    """A news headline naming a plan and who printed it: the issuer and the title.

    Examples:
        >>> headline("【权威】省委、省政府转发《省委宣传部、省司法厅关于开展第八个五年规划》")
        ('省委、省政府', '省委宣传部、省司法厅关于开展第八个五年规划')
        >>> headline("中共某省委印发《某省法治社会建设实施方案(2021—2025年)》")
        ('中共某省委', '某省法治社会建设实施方案(2021—2025年)')
        >>> headline("关于印发《2022年工作要点》") is None
        True
    """
    found = _HEADLINE.fullmatch(text)
    if found is None:
        return None
    issuer = found["issuer"].strip()
    if not issuer.endswith(_ISSUER_ENDS) or issuer.startswith(("关于", "關於", "关於")):
        return None
    return issuer, found["title"]


def title_issuer(title: str) -> str | None:
    """The issuer a title names before 关于: 省委宣传部、省司法厅关于… gives 省委宣传部、省司法厅.

    Examples:
        >>> title_issuer("某县人民政府关于加强法治建设的实施意见"), title_issuer("关于加强法治建设的意见")
        ('某县人民政府', None)
        >>> title_issuer("某市人民政府全面推进依法行政五年规划(2004-2008年)")
        '某市人民政府'
        >>> title_issuer("某县司法局2023年普法依法治理工作计划")
        '某县司法局'
        >>> title_issuer("某市司法局2024年法治政府建设工作情况报告")
        '某市司法局'
        >>> title_issuer("某省交通运输厅2025年法治政府部门建设工作情况")
        '某省交通运输厅'
        >>> title_issuer("某某部2024年度法治政府建设情况的报告")
        '某某部'
    """
    found = _NOTICE_HEAD.match(title)
    if found is None or "关于" not in title.translate(SIMPLIFIED):
        bare = title.translate(SIMPLIFIED)
        owner = _OWNED_TITLE.match(bare) or _ORGAN_YEAR_TITLE.match(bare)
        # a government's own plan names it first: 某市人民政府全面推进依法行政五年规划; so does
        # a body's report on its year (某市司法局2024年法治政府建设工作情况报告)
        rest = re.sub(r"\([^()]*\)$", "", title[owner.end() :] if owner else "")
        reports = rest.translate(SIMPLIFIED).endswith(_REPORT_ENDS)
        if owner is not None and (plan_kind(rest) or rest.endswith(_RULE_ENDS) or reports):
            return title[: owner.end()]
        return None
    issuer = found["issuer"].strip()
    if not issuer or "《" in issuer or len(issuer) > _MAX_ISSUER * 2:
        return None
    return issuer if issuer.endswith(_ISSUER_ENDS) else None


# a sharing site's category before a title: 工作方案:XX市…行动方案
_GENRE_LABEL = re.compile(r"(?P<label>[^\s:,。《》\d]{2,6}):(?=\S)")


def _genre_label(text: str) -> re.Match[str] | None:
    """A category label (a genre word alone) and its colon before a title that names a genre."""
    found = _GENRE_LABEL.match(text)
    if found is None or plan_kind(found["label"]) is None:
        return None
    return found if plan_kind(text[found.end() :]) is not None else None


def plan_kind(title: str) -> PlanKind | None:
    """The kind of plan a title names, by its keyword (工作要点 -> key points).

    Examples:
        >>> plan_kind("2023年法治建设工作要点").value
        'key_points'
    """
    title = title.translate(SIMPLIFIED)
    for word, kind in PLAN_KINDS:
        if word in title:
            return kind
    return None


def table_cells(text: str) -> list[tuple[int, int]] | None:
    """The cells of a pipe (``|a|b|``) or tab-separated row, as ranges; None for other lines.

    Examples:
        >>> text = "|序号|工作任务|"
        >>> [text[a:b] for a, b in table_cells(text)]
        ['序号', '工作任务']
    """
    separator = "|" if text.count("|") >= 2 else "\t" if text.count("\t") >= 2 else ""
    if not separator:
        return None
    cells: list[tuple[int, int]] = []
    start = 0
    for position, char in enumerate(text):
        if char == separator:
            cells.append((start, position))
            start = position + 1
    cells.append((start, len(text)))
    if separator == "|":
        if cells and cells[0][1] - cells[0][0] == 0:
            cells = cells[1:]
        if cells and cells[-1][1] - cells[-1][0] == 0:
            cells = cells[:-1]
    return [trim_range(text, begin, end, " \t") for begin, end in cells]


def trim_range(text: str, begin: int, end: int, marks: str) -> tuple[int, int]:
    """The range ``[begin, end)`` of ``text`` without the ``marks`` at either end.

    Examples:
        >>> trim_range(" 区司法局。", 0, 6, " 。")
        (1, 5)
    """
    first, last = begin, end
    while first < last and text[first] in marks:
        first += 1
    while last > first and text[last - 1] in marks:
        last -= 1
    return first, last


def is_separator_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a table row is a Markdown rule such as ``|---|:--:|``."""
    return all(_SEPARATOR.fullmatch(text[a:b]) for a, b in cells if b > a)


def is_meta_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a table row holds web-page metadata (索引号, 发文机关...)."""
    return any(text[a:b].rstrip(":") in _META_LABELS for a, b in cells)


def is_chrome(text: str) -> bool:
    """Whether a normalised line is web-page furniture (breadcrumbs, share links, print buttons).

    Examples:
        >>> is_chrome("首页>政务公开>政府文件"), is_chrome("打印本页关闭窗口"), is_chrome("1.开展宣传")
        (True, True, False)
    """
    if len(text) >= _MAX_CHROME:
        return False
    return _CHROME_WORDS.search(text) is not None or _ISO_DATE.fullmatch(text) is not None


def _span(line: Line, begin: int, end: int) -> Span:
    start, stop = line.bounds(begin, end)
    return Span(start=start, end=stop)


def _notice_issuers(lines: list[Line], issuer: re.Match[str]) -> list[str]:
    """The issuers a notice's heading names; one issuer as printed (traditional kept)."""
    spaced = _spaced_issuers(lines)
    names = spaced or run_together(issuer["issuer"].strip())
    if names == [issuer["issuer"].strip()] and issuer.end("issuer") <= len(lines[0].text):
        return [lines[0].printed(issuer.start("issuer"), issuer.end("issuer")).strip()]
    return names


def _has_form_of(field: str, text: str) -> bool:
    """Whether a disclosure value has the form its field demands: a number, or a date.

    Examples:
        >>> _has_form_of("doc_number", "镇政发〔2024〕7号"), _has_form_of("issuer", "县政府网站")
        (True, False)
        >>> _has_form_of("issued_on", "2024年04月06日16:40")
        True
    """
    if field == "doc_number":
        return _DOC_NUMBER.fullmatch(text) is not None
    if field == "issued_on":
        return read_date(_CLOCK.sub("", text)) is not None
    return False


def names_document(text: str) -> bool:
    """Whether a title names its document's kind: a plan (工作要点) or a rule (…处理办法).

    Examples:
        >>> names_document("某县2023年普法工作要点"), names_document("某县2023年普法")
        (True, False)
    """
    bare = text.translate(SIMPLIFIED)
    return plan_kind(bare) is not None or bare.endswith((*_DOCUMENT_ENDS, *_RULE_ENDS))


def _rule_lines(lines: list[Line]) -> list[Line]:
    """The fewest first lines of a broken title that end a rule's name (…办法), else the first."""
    for count in range(1, len(lines) + 1):
        joined = "".join(item.text for item in lines[:count]).translate(SIMPLIFIED)
        if joined.endswith(_RULE_ENDS):
            return lines[:count]
    return lines[:1]


def _without_site_mark(title: str) -> str:
    """A title without the mark a sharing site puts after it: 关于…的实施方案(最新)."""
    site = _SITE_SUFFIX.search(title)
    return title[: site.start()] if site is not None and site.start() > 0 else title


def _is_titleish(text: str) -> bool:
    # a title names a document: it is no sentence, and a run of clauses (a, b, c) is one
    return (
        0 < len(text) <= _MAX_TITLE
        and not text.endswith(("。", ":", ",", ";"))
        and "。" not in text
        and text.count(",") < _MAX_TITLE_COMMAS
        and not _ISO_DATE.fullmatch(text)
    )


def _number_apart(line: Line) -> int | None:
    """Where a heading and the document number printed on its line part, if they do.

    A page may print the number before the heading, apart by a space (云司通〔2021〕55号
    某厅关于印发《…》的通知), or glue it to the heading's end (某县…实施方案某办〔2020〕4号).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> _number_apart(split_lines("某司通〔2021〕55号 某厅关于印发《规划》的通知")[0])
        12
        >>> _number_apart(split_lines("某县证明事项告知承诺制实施方案某府办〔2020〕4号")[0])
        15
        >>> _number_apart(split_lines("某交发 [2022] 97号关于印发《方案》的通知")[0])
        12
        >>> _number_apart(split_lines("根据某府办〔2020〕4号")[0]) is None
        True
    """
    text = line.text
    lead = _DOC_NUMBER.match(text)
    # or glued to a heading that opens with 关于, which no number ends with
    if lead is not None and (lead.end() in line.breaks or _ABOUT.match(text, lead.end())):
        rest = text[lead.end() :]
        if _is_titleish(rest) and rest.translate(SIMPLIFIED).endswith(_DOCUMENT_ENDS):
            return lead.end()
        return None
    tail = _GLUED_TAIL_NUMBER.search(text)
    if tail is None:
        return None
    for begin in range(tail.start("bracket") - _MIN_NUMBER_HEAD, tail.start() - 1, -1):
        head = text[:begin]
        if _is_titleish(head) and head.translate(SIMPLIFIED).endswith(_DOCUMENT_ENDS):
            return begin
    return None


def run_on_parts(line: Line) -> list[Line]:
    """A notice whose head a copy ran into one line, apart by spaces: its lines again.

    The line opens with the heading (…的通知); it is cut at the spaces after the heading, the
    address (…:), a sentence (…。), a title, an organ's name and a date, where a printed notice
    breaks its lines.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "某领导小组关于印发《要点》的通知 各单位: 现将《要点》印发给你们。 某领导小组 二00六年二月一日"
        >>> [part.text for part in run_on_parts(split_lines(text)[0])]
        ['某领导小组关于印发《要点》的通知', '各单位:', '现将《要点》印发给你们。', '某领导小组', '二00六年二月一日']
        >>> text = "第1页共13页某区政府关于加强行政执法工作的报告某市领导小组办公室:为全面落实要求,现报告如下:"
        >>> [part.text for part in run_on_parts(split_lines(text)[0])][:3]
        ['第1页共13页', '某区政府关于加强行政执法工作的报告', '某市领导小组办公室:']
    """
    number = _number_apart(line)
    if number is not None:
        return [part for part in line.cut((number,)) if part.text]
    glued = None if line.breaks else _GLUED_HEAD.match(line.text)
    if glued is not None and _names_organs(glued["address"]):
        # a copy that lost the line breaks: 第1页共13页某区政府关于…的报告某办公室:为…
        bounds = (glued.start("heading"), glued.end("heading"), glued.end())
        return [part for part in line.cut(bounds) if part.text]
    if not line.breaks or not line.text[: line.breaks[0]].translate(SIMPLIFIED).endswith("通知"):
        return [line]
    if _NOTICE_HEAD.match(line.text[: line.breaks[0]]) is None:
        return [line]
    cuts: list[int] = []
    done = 0
    for cut in line.breaks:
        segment = line.text[done:cut]
        ends = segment.endswith((":", "。", "》", *_DOCUMENT_ENDS))
        if ends or read_date(segment) or _is_organ_name(segment):
            cuts.append(cut)
            done = cut
    return [part for part in line.cut(cuts) if part.text]


class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.signer = False  # a signer's line (市长:某某) was read: the next date is the issue's
        self.lines = lines
        self.header = Header()
        self.state = State.START
        self.pending: list[Line] = []
        self.index = 0

    def note(self, line: Line, code: str, message: str, severity: Severity) -> None:
        self.header.diagnostics.append(
            Diagnostic(
                severity=severity,
                code=code,
                message=message,
                line=line.number,
                column=1,
                span=_span(line, 0, len(line.text)),
            )
        )

    def run(self) -> Header:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            if line.text.strip(" \t"):
                parts = run_on_parts(line)
                if len(parts) > 1:
                    self.lines[self.index - 1 : self.index] = parts
                    line = parts[0]
                line = self.untag(line)
                if not self.read_anywhere(line):
                    self.read(line)
        if self.pending:
            self.fallback(self.pending)
        return self.header

    def read_anywhere(self, line: Line) -> bool:
        """The lines read whatever came before: a report's printed address, a number line.

        And the head of an order (令, GB/T 9704 10.2): the organ's mark 某市人民政府令 with the
        order's number under it, and the signer (市长:某某) over the date.
        """
        if self.printed_below(line) or self.labelled_address(line) or self.order_mark(line):
            return True
        if self.address_runs_into_text(line):
            return True
        if _SIGNER.fullmatch(line.text):
            self.note(line, "signer", f"signed by a person: {line.text}", Severity.INFO)
            self.signer = True
            return True
        if self.signer and self.signature(line):
            self.signer = False
            return True
        return self.state is State.TITLED and not self.header.recipients and self.numbers_only(line)

    def order_mark(self, line: Line) -> bool:
        """An order's organ mark (某市人民政府令) and its number (第189号) on the next line."""
        mark = _ORDER_MARK.fullmatch(line.text)
        index = self.next_index()
        if mark is None or index is None:
            return False
        number = self.lines[index]
        if not _ORDER_NUMBER.fullmatch(number.text):
            return False
        header = self.header
        organ = line.printed(0, mark.end("organ"))
        if header.issuer is None:
            header.issuer = organ
            header.spans["issuer"] = _span(line, 0, mark.end("organ"))
        if header.doc_number is None:
            header.doc_number = line.printed(0, len(line.text)) + number.printed(
                0, len(number.text)
            )
            header.spans["doc_number"] = Span(
                start=line.offset(0), end=number.end_offset(len(number.text))
            )
        self.index = index + 1
        self.note(line, "order-mark", f"the head of an order: {line.text}", Severity.INFO)
        return True

    def labelled_address(self, line: Line) -> bool:
        """The address printed with its label (主送:各乡镇人民政府,县政府各部门), GB/T 9704 7.2.4."""
        label = _ADDRESS_LABEL.match(line.text)
        if label is None or self.header.recipients or label.end() >= len(line.text):
            return False
        head, tail = line.split(label.end())
        self.note(head, "metadata", "the address's label", Severity.INFO)
        self.recipients(tail, colon=tail.text.endswith(":"))
        return True

    def address_runs_into_text(self, line: Line) -> bool:
        """An address whose ``:`` a copy lost, run into the notice's sentence that carries a plan.

        各镇政府、街道办事处,市各有关单位《某市实施方案》已经市政府同意,现印发给你们.
        """
        if self.header.recipients or self.state not in (State.START, State.TITLED):
            return False
        text = line.text
        at = text.find("《")
        if at <= 0 or not _CARRIES.search(text[at:].translate(SIMPLIFIED)):
            return False
        head = text[:at]
        if "," not in head or len(head) > _MAX_RECIPIENTS or not _names_organs(head):
            return False
        address, rest = line.split(at)
        self.note(address, "address-without-colon", "an address run into the text", Severity.INFO)
        self.recipients(address, colon=False)
        self.notice(rest)
        return True

    def printed_below(self, line: Line) -> bool:
        """A report that prints the notice after 全文如下: with its address on the same line."""
        found = _PRINTED_BELOW.search(line.text)
        if found is None or self.header.recipients or not _is_address(line.text[found.end() :]):
            return False
        head, tail = line.split(found.end())
        self.preamble(head)
        self.recipients(tail)
        return True

    def untag(self, line: Line) -> Line:
        """The line without a site's tag before the heading: (授权发布)中央宣传部、司法部."""
        tag = _TAG.match(line.text)
        category = _CATEGORY_TAG.match(line.text)
        if tag is None and category is not None:
            after = line.text[category.end() :]
            if _is_titleish(after) and names_document(after):
                tag = category
        status = _STATUS.match(line.text)
        if tag is None and status is not None and status.end() in line.breaks:
            tag = status  # a register's status printed before a title: 有效 某市…办法
        if tag is None or tag.end() >= len(line.text):
            return line
        head, rest = line.split(tag.end())
        self.note(head, "editorial-note", f"the site's tag: {head.text}", Severity.INFO)
        return rest

    def read(self, line: Line) -> None:
        text = line.text
        if self.page_text(line):
            return
        signing = self.state in (State.START, State.NOTICE, State.SIGNED) or bool(self.pending)
        if signing and self.signature(line):
            return
        if self.state is not State.START and self.heading_after_page_text(line):
            self.restart(line)
        if self.state is State.START:
            self.start(line)
        elif self.state is State.NOTICE:
            self.notice(line)
        elif self.state is State.SIGNED:
            self.signed(line)
        elif self.address_under_title(line):
            pass
        elif self.late_title(text):
            self.title(line)
        elif self.signs_lead(text):
            self.pending = [line]
        else:
            self.pending = []
            self.preamble(line)

    def signed(self, line: Line) -> None:
        """A line after the signature: a publication note, the plan's title, or its text."""
        text = line.text
        if _PUBLIC_NOTE.fullmatch(text):
            self.note(line, "publication-note", f"publication note: {text}", Severity.INFO)
        elif _CONTENTS.fullmatch(text):
            # a plan printed with its table of contents first: 序言 heads the list, not the plan
            self.note(line, "contents", f"a table of contents: {text}", Severity.INFO)
            self.preamble(line)
        elif _is_titleish(text):
            self.title(line)
        else:
            self.preamble(line)

    def signs_lead(self, text: str) -> bool:
        """An organ's name and a date under an untitled lead: a call for comments, signed.

        A page that asks for comments prints its request first, then who asks and when, then
        the draft under its own title.
        """
        header = self.header
        untitled = header.title is None and header.notice_title is None
        # or under a heading that calls for comments on a draft it names (…征求《Y》意见的公告)
        calls = (
            header.notice_title is not None and FOR_COMMENTS.search(header.notice_title) is not None
        )
        return (
            (untitled or (calls and not header.recipients))
            and header.issuer is None
            and bool(header.preamble_lines)
            and _is_organ_name(text)
            and self.date_follows()
        )

    def page_text(self, line: Line) -> bool:
        """The lines a page prints around the document: metadata, furniture, notes, columns."""
        return (
            self.shared_file(line)
            or self.meta(line)
            or self.chrome(line)
            or self.publication(line)
            or self.site_note(line)
            or self.column_name(line)
            or self.page_date(line)
            or self.byline(line)
            or self.organ_mark_line(line)
        )

    def shared_file(self, line: Line) -> bool:
        """A sharing site's line that names the document's file: its name, not the title."""
        found = _SHARED_FILE.match(line.text)
        if found is None or self.header.title is not None:
            return False
        self.header.shared_name = line.printed(found.start("name"), found.end("name"))
        self.note(line, "page-text", f"the sharing site's file: {found['name']}", Severity.INFO)
        return True

    def organ_mark_line(self, line: Line) -> bool:
        """The organ's mark over a document (某省司法厅文件, GB/T 9704 7.2.5): no title."""
        text = line.text
        if not ORGAN_MARK.fullmatch(text) or "关于" in text or not _is_organ_name(text[:-2]):
            return False
        self.note(line, "organ-mark", f"the organ's mark: {line.text}", Severity.INFO)
        return True

    def byline(self, line: Line) -> bool:
        """A site's byline without labels: an organ and the minute it posted the page.

        The organ that posts a page is not the document's issuer (the signature or the heading
        names that); the line is the page's.
        """
        found = _BYLINE.fullmatch(line.text)
        if found is None or self.header.recipients:
            return False
        self.note(line, "page-text", f"the site's byline: {line.text}", Severity.INFO)
        return True

    def page_date(self, line: Line) -> bool:
        """A date alone above everything else: the page's or the paper's (2020年03月26日).

        A date of issue stands under a notice or a signer; nothing is read yet here.
        """
        header = self.header
        if self.state is not State.START or self.pending or header.doc_number is not None:
            return False
        if header.meta_title is not None or read_date(line.text) is None:
            return False
        self.note(line, "page-text", f"the page's date: {line.text}", Severity.INFO)
        return True

    def column_name(self, line: Line) -> bool:
        """A site's column, named by a kind of document alone, above the head: 工作报告."""
        header = self.header
        if header.title is not None or header.notice_title is not None or header.recipients:
            return False
        if not _COLUMN_NAME.fullmatch(line.text.translate(SIMPLIFIED)):
            return False
        self.note(line, "page-text", f"the site's column: {line.text}", Severity.INFO)
        return True

    def site_note(self, line: Line) -> bool:
        """A site's note on the text, before its title: (本文有删减)."""
        if _EDITORIAL_NOTE.fullmatch(line.text) is None:
            return False
        self.note(
            line, "editorial-note", f"the site's note on the text: {line.text}", Severity.INFO
        )
        return True

    def addressed_after_title(self, text: str) -> bool:
        """Recipients under the title: of a plan, or of a notice after a site's own text."""
        header = self.header
        if header.recipients or not _is_address(text):
            return False
        if not header.preamble_lines:
            return True
        return header.notice_title is not None or _names_organs(text)

    def address_under_title(self, line: Line) -> bool:
        """Read the recipients under the title, on one line or broken over several."""
        if self.addressed_after_title(line.text):
            self.recipients(line)
            return True
        # a list broken over lines is an address here only if it names organs alone
        if not self.header.recipients and _names_organs(self.address_runs_on(line.text) or ""):
            self.recipients_over_lines(line)
            return True
        return False

    def late_title(self, text: str) -> bool:
        """A plan's title under a site's lead sentence (下面是…整理的…,供大家参考。).

        Or the whole title under a page's title that the site cut short (…规划(2...).
        """
        header = self.header
        cut = (header.title or "").rstrip()
        if cut.endswith(("...", "…")) and not header.recipients:
            head = cut.rstrip(".…")
            return len(head) >= _MIN_CUT_TITLE and text.startswith(head) and _is_titleish(text)
        if (
            header.title is not None
            or header.notice_title is not None
            or header.recipients
            or header.notice_lines
            or not _is_titleish(text)
        ):
            return False
        if (
            len(header.preamble_lines) == 1
            and "。" in header.preamble_lines[0].text
            and plan_kind(text) is not None
            and text.endswith((*_DOCUMENT_ENDS, ")"))
        ):
            return True
        # under a site's short lines (a slogan, a column, a name): a heading that names its kind
        page_text = all(len(item.text) <= _MAX_PAGE_LINE for item in header.preamble_lines)
        return page_text and len(text) >= _MIN_CUT_TITLE and names_document(text)

    def publication(self, line: Line) -> bool:
        """A party regulation's publication line: (…审议批准 2019年12月5日中共某省委发布)."""
        found = _PUBLICATION.fullmatch(line.text)
        if found is None:
            return False
        header = self.header
        day = read_date(found["date"])
        if day is not None and header.issued_on is None:
            header.issued_on = day
            header.spans["issued_on"] = _span(line, found.start("date"), found.end("date"))
        if header.issuer is None:
            header.issuer = line.printed(found.start("issuer"), found.end("issuer")).strip()
            header.spans["issuer"] = _span(line, found.start("issuer"), found.end("issuer"))
        if found["order"] and header.doc_number is None:
            # a government rule's number is its order's: 某市人民政府令第290号
            header.doc_number = line.printed(found.start("issuer"), found.end("order")).strip()
            header.spans["doc_number"] = _span(line, found.start("issuer"), found.end("order"))
        self.note(line, "publication-line", f"publication line: {line.text}", Severity.INFO)
        return True

    def meta(self, line: Line) -> bool:
        text = line.text
        if _META_ALONE.fullmatch(text):
            return self.meta_alone(line, _META_ALONE.fullmatch(text)["label"])  # type: ignore[index]
        cells = table_cells(text)
        pairs: list[tuple[str, int, int, int]] = []
        if cells is not None and (is_meta_row(text, cells) or is_separator_row(text, cells)):
            for i in range(0, len(cells) - 1, 2):
                label = text[cells[i][0] : cells[i][1]].rstrip(":")
                pairs.append((label, cells[i][0], *cells[i + 1]))
        else:
            matches = list(_META.finditer(text))
            if not matches:
                bare = _bracketed_meta(line) or _bare_meta(line) or self.field_list(line)
                if bare is None:
                    return False
                pairs = bare
            elif not _is_byline(text, matches[0].start(), len(matches)):
                return False
            for i, match in enumerate(matches):
                stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
                pairs.append((match.group("label"), match.start(), match.end(), stop))
        for label, _, begin, end in pairs:
            self.meta_value(line, _META_LABELS.get(label, ""), begin, end)
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def field_list(self, line: Line) -> list[tuple[str, int, int, int]] | None:
        """A field of a list printed label against value, one to a line (发文字号皖交发〔2021〕63号).

        A label that opens a line counts only in a run of such lines: the line before or the
        line after opens with a label too.
        """
        label = _list_label(line.text)
        if label is None:
            return None
        position = self.lines.index(line) if line in self.lines else self.index - 1
        neighbours = (
            self.lines[max(position - 1, 0) : position] + self.lines[position + 1 : position + 2]
        )
        if not any(_list_label(item.text) or _META.match(item.text) for item in neighbours):
            return None
        return [(label, 0, len(label), len(line.text))]

    def meta_alone(self, line: Line, label: str) -> bool:
        """A disclosure label on a line of its own: its value is the next line, unless a label.

        An empty label is mostly followed by a gap; across a gap, only a value of the form its
        field demands (a document number, a date) is the label's.
        """
        index = self.next_index()
        field = _META_LABELS.get(label, "")
        if index is not None:
            value = self.lines[index]
            if (
                _META_ALONE.match(value.text) is None
                and len(value.text) <= _MAX_META_VALUE
                and (index == self.index or _has_form_of(field, value.text))
            ):
                self.index = index + 1
                self.meta_value(value, field, 0, len(value.text))
        self.note(line, "metadata", "web-page metadata read for the plan", Severity.INFO)
        return True

    def meta_value(self, line: Line, field: str, begin: int, end: int) -> None:
        header = self.header
        if field == "doc_number":
            # a number ends at its 号: what runs on is the next label, unknown to the reader
            number = _DOC_NUMBER.match(line.text, begin, end)
            if number is not None:
                end = number.end()
        value = line.printed(begin, end).strip()
        if not value:
            return
        span = _span(line, begin, end)
        if field == "doc_number" and header.doc_number is None:
            header.doc_number = value
            header.spans["doc_number"] = span
        elif field == "issuer" and header.issuer is None:
            header.issuer = value
            header.spans["issuer"] = span
            header.issuer_from_page = True
        elif field == "issued_on" and header.issued_on is None:
            day = read_date(_CLOCK.sub("", line.text[begin:end]))
            if day is not None:
                header.issued_on = day
                header.spans["issued_on"] = span
        elif field == "title" and header.meta_title is None:
            header.meta_title = value
            if (
                header.notice_title is None
                and _NOTICE_ISSUER.match(value)
                and value.endswith("通知")
            ):
                header.notice_title = value
                header.spans["notice_title"] = span
                header.notice_issuer = _NOTICE_ISSUER.match(value)["issuer"].strip()  # type: ignore[index]

    def chrome(self, line: Line) -> bool:
        text = line.text
        site = len(text) <= _MAX_SITE_LINE and _SITE_ADDRESS.search(text) is not None
        marks_only = not any(char.isalnum() for char in text)
        if (
            marks_only
            or is_chrome(text)
            or site
            or _SITE_TEXT.fullmatch(text)
            or is_nav_bar(text)
            or _CRUMBS.fullmatch(text)
            or _PAPER_PAGE.fullmatch(text)
            or _ACCOUNT_BAR.fullmatch(text)
            or _COLUMN_LABEL.fullmatch(text)
            or (len(text) <= _MAX_SITE_LINE and _TRAIL.fullmatch(text))
        ):
            self.note(
                line, "page-chrome", f"web-page furniture skipped: {text[:30]}", Severity.INFO
            )
            return True
        return False

    def signature(self, line: Line) -> bool:
        padding = _LOST_SPACES.match(line.text)
        if padding is not None and self.state is State.NOTICE:
            # a signature set right by spaces that a copy turned into question marks
            line = line.split(padding.end())[1]
        day = read_date(line.text)
        if day is None and self.pending and self.state is State.NOTICE:
            day = loose_date(line.text)
        if day is None and self.state is State.NOTICE:
            line, day = self.signed_on_one_line(line)
        if day is None:
            return self.signed_without_year(line)
        header = self.header
        if (
            header.issued_on is None
            or "issued_on" not in header.spans
            or self.state is State.NOTICE
        ):
            header.issued_on = day
            header.spans["issued_on"] = _span(line, 0, len(line.text))
        if self.pending:
            self.issuer(self.pending)
            self.pending = []
        self.state = State.SIGNED
        return True

    def signed_without_year(self, line: Line) -> bool:
        """Signers over a date whose year a copy lost (年12月15日): the issuer, and no date."""
        text = line.text
        # or whose 年月 were lost so that it reads more than one way (2022121日: 1-21 or 12-1)
        ambiguous = _LOOSE_DATE.fullmatch(text.removesuffix("日")) is not None
        if self.state is not State.NOTICE or not (_YEARLESS_DATE.fullmatch(text) or ambiguous):
            return False
        if not self.pending or not all(_is_organ_name(item.text) for item in self.pending):
            return False
        self.note(line, "unread-date", f"a date not read: {line.text}", Severity.WARNING)
        self.issuer(self.pending)
        self.pending = []
        self.state = State.SIGNED
        return True

    def signed_on_one_line(self, line: Line) -> tuple[Line, dt.date | None]:
        """A signature whose organ and date share a line, apart by spaces: 某县人民政府  2023年5月10日.

        The organ becomes the pending signer; the date line is returned with its day.
        """
        if not line.breaks:
            return line, None
        cut = line.breaks[-1]
        day = read_date(line.text[cut:])
        if day is None or not _is_organ_name(line.text[:cut]):
            return line, None
        head, tail = line.split(cut)
        self.pending = [head]
        return tail, day

    def issuer(self, lines: list[Line]) -> None:
        from rulegov.parse._frame import split_organs  # noqa: PLC0415

        organs: list[str] = []
        for line in lines:
            organs.extend(split_organs(line))
        self.header.issuers = organs
        self.header.issuer = "、".join(organs)
        self.header.issuer_from_page = False
        first, last = lines[0], lines[-1]
        self.header.spans["issuer"] = (
            _span(first, 0, len(first.text))
            if len(organs) == 1
            else Span(start=first.offset(0), end=last.end_offset(len(last.text)))
        )

    def numbers_only(self, line: Line) -> bool:
        """A document number alone on its line, read wherever it stands above the address."""
        if self.header.doc_number is not None or not _DOC_NUMBER.fullmatch(line.text):
            return False
        return self.numbers(line)

    def numbers(self, line: Line) -> bool:
        """A line of numbers: a document number, a page title with one, or a 登记号."""
        text = line.text
        bare = text[1:-1] if text.startswith("(") and text.endswith(")") else text
        page_title = _PAGE_TITLE.fullmatch(text)
        if _DOC_NUMBER.fullmatch(bare) or _LOOSE_NUMBER.fullmatch(bare):
            begin = 1 if bare is not text else 0
            if self.header.doc_number is None or "doc_number" not in self.header.spans:
                self.header.doc_number = line.printed(begin, begin + len(bare))
                self.header.spans["doc_number"] = _span(line, begin, begin + len(bare))
        elif page_title is not None:
            # a web page's own title: the number and the document's title in 《》
            if self.header.doc_number is None:
                self.header.doc_number = line.printed(0, page_title.end("number"))
                self.header.spans["doc_number"] = _span(line, 0, page_title.end("number"))
            begin = page_title.start("title")
            self.page_title(line, begin, begin + len(page_title["title"]))
        elif _PAGE_TITLE_ALONE.fullmatch(text):
            # a web page's own title, the document's title in 《》
            self.page_title(line, 1, len(text) - 1)
        elif _REGISTRATION.fullmatch(text):
            self.note(line, "registration-number", f"registration number: {text}", Severity.INFO)
        else:
            return self.number_before_issuer(line) or self.number_and_date(line)
        return True

    def number_and_date(self, line: Line) -> bool:
        """A gazette's line under a heading: the number and the date apart by a space.

        川府发〔2015〕9号 2015年1月30日
        """
        cut = line.breaks[0] if len(line.breaks) == 1 else 0
        if cut == 0 or not _DOC_NUMBER.fullmatch(line.text[:cut]):
            return False
        day = read_date(line.text[cut:])
        if day is None:
            return False
        head, tail = line.split(cut)
        if self.header.doc_number is None:
            self.header.doc_number = head.printed(0, len(head.text))
            self.header.spans["doc_number"] = _span(head, 0, len(head.text))
        if self.header.issued_on is None:
            self.header.issued_on = day
            self.header.spans["issued_on"] = _span(tail, 0, len(tail.text))
        return True

    def number_before_issuer(self, line: Line) -> bool:
        """A number that lost its closing bracket, run into the issuer's name: 某政字〔201722某县人民政府."""
        glued = _GLUED_NUMBER.fullmatch(line.text)
        if glued is None or not _is_organ_name(glued["organ"]) or self.header.doc_number:
            return False
        head, rest = line.split(glued.start("organ"))
        self.header.doc_number = head.printed(0, len(head.text))
        self.header.spans["doc_number"] = _span(head, 0, len(head.text))
        self.start(rest)
        return True

    def page_title(self, line: Line, begin: int, end: int) -> None:
        """A web page's title: the document's title, a notice's when it names one."""
        header = self.header
        title = line.printed(begin, end)
        if header.meta_title is None:
            header.meta_title = title
        if header.notice_title is None and title.endswith("通知") and _NOTICE_ISSUER.match(title):
            header.notice_title = title
            header.spans["notice_title"] = _span(line, begin, end)
            issuer = _NOTICE_ISSUER.match(title)
            if issuer is not None and issuer["issuer"].strip().endswith(_ISSUER_ENDS):
                header.notice_issuer = issuer["issuer"].strip()

    def start(self, line: Line) -> None:
        text = line.text
        if self.numbers(line) or self.address_run_in(line):
            return
        if self.is_notice_title(text) or self.title_follows(text):
            self.notice_title(line)
        elif _is_address(text):
            self.recipients(line)
        elif self.address_runs_on(text) is not None:
            self.recipients_over_lines(line)
        elif any(word in text for word in _NOTICE_WORDS):
            self.header.notice_lines.append(line)
            self.state = State.NOTICE
        elif len(text) <= _MAX_ISSUER and _is_titleish(text) and self.date_follows():
            self.pending = [line]
        elif _is_titleish(text):
            self.title(line)
        elif self.heading_below():
            # GB/T 9704 puts the heading first: what a page prints above it is the page's
            self.note(line, "page-text", f"page text above the heading: {text[:30]}", Severity.INFO)
        else:
            self.preamble(line)

    def address_run_in(self, line: Line) -> bool:
        """An address run into the notice's text, a copy that lost its line breaks.

        各区人民政府,市政府各部门:经市人民政府同意,现将《Y》印发给你们。2020年7月11日Y: the
        address, the notice, and the date and title glued after its last sentence.
        """
        text = line.text
        colon = text.find(":")
        if colon < 2 or colon + 1 >= len(text) or not _names_organs(text[: colon + 1]):
            return False
        if not _is_address(text[: colon + 1]):
            return False
        rest = text[colon + 1 :]
        if not any(word in rest for word in _NOTICE_WORDS):
            return False
        head, tail = line.split(colon + 1)
        self.recipients(head)
        glued = _GLUED_DATE.search(tail.text)
        if glued is None:
            self.notice(tail)
            return True
        notice, dated = tail.split(glued.start("date"))
        self.notice(notice)
        date_end = glued.end("date") - glued.start("date")
        if date_end < len(dated.text):
            day, title = dated.split(date_end)
            self.signature(day)
            self.signed(title)
        else:
            self.signature(dated)
        return True

    def heading_after_page_text(self, line: Line) -> bool:
        """A notice's heading under lines taken for the head before any address or notice.

        GB/T 9704 prints the number and the heading first: whatever a page shows above them
        (a file name, a sharing site's page list) is the page's.
        """
        header = self.header
        if header.notice_title is not None or header.recipients or header.notice_lines:
            return False
        if self.state is not State.TITLED or self.pending:
            return False
        text = line.text
        if self.title_follows(text):
            return True
        if self.names_what_the_headline_does_not(text) or self.prints_the_headline_again(text):
            return True
        if self.words_the_headline_otherwise(text) or self.heading_opens_the_text(text):
            return True
        return self.is_notice_title(text) and self.heading_ends(text).endswith("通知")

    def heading_opens_the_text(self, text: str) -> bool:
        """A document's heading that the text under it prints again before its first sentence.

        A sharing site shows its headline (某市…办法), then the document's heading (关于…的实施方案),
        then the text, which opens with the heading once more: the heading is the title.
        """
        following = self.next_text()
        return (
            text != self.header.title
            and _is_titleish(text)
            and names_document(_SITE_SUFFIX.sub("", text))
            and len(following) > len(text)
            and following.startswith(text)
        )

    def prints_the_headline_again(self, text: str) -> bool:
        """The document's own heading under a site's headline that joins its lines into one.

        A page shows the heading as its headline (…工作报告及2023年工作计划) and the document
        prints it again in its own lines (…工作报告 / 2023年工作计划), or with the name of the
        government that owns it in front: the document's is the title.
        """
        title = self.header.title
        if title is None or not _is_titleish(text) or text == title:
            return False
        owner = text[: len(text) - len(title)]
        if text.endswith(title) and owner and title_issuer(text) == owner:
            return True  # the heading names its owner first: 某区人民政府重大行政决策…制度
        wanted = _HEADLINE_JOINS.sub("", title)
        joined = _HEADLINE_JOINS.sub("", text)
        following = self.following_texts()
        while len(joined) < len(wanted) and wanted.startswith(joined):
            more = next(following, "")
            if not more or not _is_titleish(more):
                return False
            joined += _HEADLINE_JOINS.sub("", more)
        return joined == wanted

    def words_the_headline_otherwise(self, text: str) -> bool:
        """The document's own heading right above its text, worded apart from a site's headline.

        A page's headline (某街道2023年度法治政府建设情况报告) and the heading the document
        prints (某街道2023年法治政府建设工作报告) name the same document in other words: the
        last one, under which the text begins, is the document's.
        """
        title = self.header.title
        if title is None or text == title or not _is_titleish(text) or _NUMBERED.match(text):
            return False
        kind = next((end for end in _DOCUMENT_ENDS if title.endswith(end)), None)
        if kind is None or not text.endswith(kind):
            return False
        if SequenceMatcher(None, title, text).ratio() < _SAME_DOCUMENT:
            return False
        following = next(self.following_texts(), "")
        return bool(following) and not _is_titleish(following)

    def names_what_the_headline_does_not(self, text: str) -> bool:
        """A document's heading under a site's headline that names no document.

        A page may print its own headline (某局“三项制度”) and byline above the document, whose
        heading then names what it is (行政执法全过程记录实施办法).
        """
        title = self.header.title
        return (
            title is not None
            and names_no_document(title)
            and _is_titleish(text)
            and len(text) <= _MAX_HEADING_TITLE
            and _NUMBERED.match(text) is None
            and not names_no_document(text)
        )

    def heading_ends(self, text: str) -> str:
        """The heading that starts with ``text``, joined over the lines that continue it."""
        joined = text
        for following in self.lines[self.index : self.index + 5]:
            if joined.endswith("通知") or not following.text.strip(" \t"):
                continue
            if not _is_titleish(following.text):
                break
            joined += following.text
        return joined.translate(SIMPLIFIED)

    def restart(self, line: Line) -> None:
        """Take what was read above a late heading for page text, keeping a number line."""
        header = self.header
        above = list(header.preamble_lines)
        if header.title is not None:
            self.note(
                line,
                "page-text",
                f"page text above the heading: {header.title[:30]}",
                Severity.INFO,
            )
        header.title = None
        header.spans.pop("title", None)
        header.preamble_lines.clear()
        for item in above:
            if header.doc_number is None and _DOC_NUMBER.fullmatch(item.text):
                header.doc_number = item.printed(0, len(item.text))
                header.spans["doc_number"] = _span(item, 0, len(item.text))
            else:
                self.note(
                    item,
                    "page-text",
                    f"page text above the heading: {item.text[:30]}",
                    Severity.INFO,
                )
        self.state = State.START

    def heading_below(self) -> bool:
        """Whether a notice's heading (X关于印发《Y》的通知) stands on one of the next lines.

        Only above the head: once a heading or title is read, what follows is the document's.
        """
        header = self.header
        if header.notice_title is not None or header.title is not None or header.recipients:
            return False
        seen = 0
        for index in range(self.index, len(self.lines)):
            text = self.lines[index].text
            if not text.strip(" \t"):
                continue
            saved, self.index = self.index, index + 1
            try:
                if self.is_notice_title(text) and text.translate(SIMPLIFIED).endswith("通知"):
                    return True
            finally:
                self.index = saved
            seen += 1
            if seen >= _HEADING_LOOKAHEAD:
                return False
        return False

    def title_follows(self, text: str) -> bool:
        """Organs' names on the lines above a title that begins with 关于 (the title's head)."""
        if not _is_organ_name(text) or _NOTICE_HEAD.match(text):
            return False
        for seen, following in enumerate(self.following_texts(), 1):
            if following.startswith(("关于", "關于", "關於", *_VERBS)):
                return self.is_notice_title(following)
            if seen > 1 or not _is_organ_name(following):
                return False
        return False

    def next_index(self) -> int | None:
        for index in range(self.index, len(self.lines)):
            if self.lines[index].text.strip(" \t"):
                return index
        return None

    def following_texts(self) -> Iterator[str]:
        """The texts of the lines from the current one on, blank lines left out."""
        for line in self.lines[self.index :]:
            if line.text.strip(" \t"):
                yield line.text

    def next_text(self) -> str:
        return next(self.following_texts(), "")

    def is_notice_title(self, text: str) -> bool:
        """A document title with 关于: ``X关于印发《Y》的通知``, possibly over several lines.

        A page may cut 的通知 off the heading (X关于印发《Y》): the heading still carries Y.
        """
        if _CUT_HEADING.fullmatch(text):
            return True
        if text.endswith(_VERBS) and len(text) <= _MAX_ISSUER * 2:
            # X印发 / 关于完善…的意见的通知, the verb closing the first line
            return self.next_text().endswith("通知")
        trailing = _TRAILING_NUMBER.search(text)
        if trailing is not None:
            text = text[: trailing.start()]
        head = _NOTICE_HEAD.match(text)
        if head is None or not _is_titleish(text) or len(head["issuer"]) > _MAX_ISSUER * 2:
            return False
        if head["issuer"] == "" or text.endswith(_DOCUMENT_ENDS):
            return True
        joined = text
        for following in self.lines[self.index : self.index + 10]:
            if not following.text.strip(" \t"):
                continue
            if not _is_titleish(following.text) or _META.match(following.text):
                break
            joined += following.text
            if joined.endswith(_DOCUMENT_ENDS):
                return True
        return False

    def notice_title(self, line: Line) -> None:
        lines = [line]
        text = line.text
        while (
            not text.endswith("通知")
            and not _TRAILING_NUMBER.search(text)
            and not (_CUT_HEADING.fullmatch(text) and not _CLOSING.fullmatch(self.next_text()))
            and self.index < len(self.lines)
        ):
            following = self.lines[self.index]
            if not following.text.strip(" \t"):
                self.index += 1
                continue
            if not _is_titleish(following.text) or len(lines) >= 5:
                break
            if (
                text.endswith(_DOCUMENT_ENDS)
                and not text.endswith("》")
                and text.count("《") <= text.count("》")  # a title in 《》 still open goes on
            ):
                break
            if _META.search(following.text) or is_chrome(following.text):
                break  # a site's byline under the heading is no part of it
            lines.append(following)
            text += following.text
            self.index += 1
        printed = "".join(item.printed(0, len(item.text)) for item in lines)
        number = _TRAILING_NUMBER.search(text)
        if number is not None:
            # a number printed after the title: 《…》的通知(岳办发〔2017〕2号)
            last = lines[-1]
            begin = len(last.text) - len(number.group()) + 1
            if begin > 0 and self.header.doc_number is None:
                self.header.doc_number = number["number"]
                self.header.spans["doc_number"] = _span(last, begin, len(last.text) - 1)
            printed = (
                printed[: len(printed) - len(number.group())].rstrip()
                if printed.endswith((")", "）"))
                else printed
            )
        suffix = self.next_index()
        if (
            suffix is not None
            and not text.endswith("通知")
            and _TITLE_SUFFIX_LINE.fullmatch(self.lines[suffix].text)
        ):
            # a heading that is its own title, with its period under it: (2011-2015年)
            lines.append(self.lines[suffix])
            printed += self.lines[suffix].printed(0, len(self.lines[suffix].text))
            self.index = suffix + 1
        self.header.notice_title = _without_site_mark(printed)
        issuer = _NOTICE_ISSUER.match(text) or _NOTICE_HEAD.match(text)
        if issuer is not None and issuer["issuer"].strip().endswith(_ISSUER_ENDS):
            self.header.notice_issuer = "、".join(_notice_issuers(lines, issuer))
        self.header.spans["notice_title"] = Span(
            start=lines[0].offset(0), end=lines[-1].end_offset(len(lines[-1].text))
        )

    def address_runs_on(self, text: str) -> str | None:
        """A recipient list broken over lines: this line ends in a comma, a later one in ``:``.

        A list set in narrow lines may also break inside a name (各市 / (区)司法局): then the
        lines joined must read as an address whose every name is an organ's. Returns the lines
        joined, or None.
        """
        if "。" in text or len(text) > _MAX_RECIPIENTS or not re.search("[,;、]", text):
            return None
        at_comma = text.endswith((",", ";", "、"))
        if not at_comma and (
            text.endswith((":", "!", "?", *_ORGAN_ENDS)) or plan_kind(text) is not None
        ):
            return None  # a whole line (an issuer, a title), not one broken inside a name
        joined = text
        for seen, following in enumerate(self.following_texts(), 1):
            joined += following
            if _is_address(following):
                organs = _is_address(joined) and "," in joined and _names_organs(joined)
                return joined if at_comma or organs else None
            broken = not following.endswith((",", ";", "、")) and (
                at_comma or following.endswith((":", "!", "?"))
            )
            if "。" in following or seen >= _MAX_ADDRESS_LINES or broken:
                break
        return None

    def recipients_over_lines(self, line: Line) -> None:
        from rulegov.parse._frame import split_recipients  # noqa: PLC0415

        lines = [line]
        while self.index < len(self.lines) and not _is_address(lines[-1].text):
            following = self.lines[self.index]
            self.index += 1
            if following.text.strip(" \t"):
                lines.append(following)
        names: list[str] = []
        broken = False  # the line before ended inside a name
        for item in lines:
            text = item.text.rstrip(":")
            parts = [item.printed(begin, end) for begin, end in split_recipients(text)]
            if broken and names and parts:
                names[-1] += parts.pop(0)
            names.extend(parts)
            broken = not text.endswith((",", ";", "、"))
        self.header.recipients = names
        last = lines[-1]
        self.header.spans["recipients"] = Span(
            start=line.offset(0), end=last.end_offset(len(last.text) - 1)
        )
        self.state = State.NOTICE

    def recipients(self, line: Line, *, colon: bool = True) -> None:
        """The address: the line's names, before the ``:`` that ends it when ``colon``."""
        from rulegov.parse._frame import split_recipients  # noqa: PLC0415

        text = line.text
        end = len(text) - 1 if colon else len(text)
        names = split_recipients(text[:end])
        self.header.recipients = [line.printed(begin, stop) for begin, stop in names]
        self.header.spans["recipients"] = _span(line, 0, end)
        self.state = State.NOTICE

    def notice(self, line: Line) -> None:
        text = line.text
        short = len(text) <= _MAX_ISSUER and not any(mark in text for mark in "。,;:!?")
        # joint issuers sign on lines of their own: organ names, one above the other
        joint = (
            short
            and len(self.pending) < _MAX_SIGNERS
            and _is_organ_name(text)
            and all(_is_organ_name(item.text) for item in self.pending)
        )
        named = plan_kind(text) is not None and _is_titleish(text) and not self.date_follows()
        head = self.title_head() if named else []
        if self.pending and not joint:
            self.header.notice_lines.extend(self.pending)
            self.pending = []
        if named:
            self.title(line)
            if head:
                self.prepend_title(head)
        elif short:
            self.pending.append(line)
        else:
            self.header.notice_lines.append(line)

    def title_head(self) -> list[Line]:
        """The lines of a title broken above the line that names the plan, after a signature.

        A plan printed under its notice may break its title over lines: 某局、某局 / 关于在公民中
        开展…的 / 第八个五年规划. A line that cannot end a title (…的, or 关于… without a
        document's name) goes with the name below it, and so does the organ above a 关于 line.
        """
        if not self.pending:
            return []
        last = self.pending[-1]
        bare = last.text.translate(SIMPLIFIED)
        if len(self.pending) > 1 or bare.endswith(_DOCUMENT_ENDS):
            return []
        if not (bare.endswith("的") or bare.startswith("关于")):
            return []
        head = [last]
        self.pending = []
        above = self.header.notice_lines[-1] if self.header.notice_lines else None
        if (
            bare.startswith("关于")
            and above is not None
            and _is_organ_name(above.text)
            and last.number - above.number == 1 + self.blanks_between(above, last)
        ):
            head.insert(0, self.header.notice_lines.pop())
        return head

    def blanks_between(self, first: Line, second: Line) -> int:
        between = [line for line in self.lines if first.number < line.number < second.number]
        return sum(1 for line in between if not line.text.strip(" \t"))

    def prepend_title(self, head: list[Line]) -> None:
        """Put the title's first lines before the part already read."""
        header = self.header
        printed = "".join(item.printed(0, len(item.text)) for item in head)
        header.title = printed + (header.title or "")
        header.title_lines = [*head, *header.title_lines]
        end = header.spans["title"].end if "title" in header.spans else head[-1].end_offset(0)
        header.spans["title"] = Span(start=head[0].offset(0), end=end)

    def date_follows(self) -> bool:
        """Whether the next line is a date (of a signature: a site's dated byline is no such)."""
        for line in self.lines[self.index :]:
            if line.text.strip(" \t"):
                return read_date(line.text) is not None and _META.search(line.text) is None
        return False

    def title(self, line: Line) -> None:
        header = self.header
        lines = self.title_lines(line)
        for _ in range(_MAX_SUFFIX_LINES):
            following_index = self.next_index()
            if following_index is None or not _TITLE_SUFFIX_LINE.fullmatch(
                self.lines[following_index].text
            ):
                break
            # a suffix on a line of its own: (2021—2025年), (试行), (征求意见稿)
            lines.append(self.lines[following_index])
            self.index = following_index + 1
        if header.title is not None and header.title_lines:
            for old in header.title_lines:
                self.note(
                    old, "unclassified-line", "a title-like line not recognised", Severity.WARNING
                )
        alone = next((item for item in lines[1:] if _PAGE_TITLE_ALONE.fullmatch(item.text)), None)
        if alone is not None:
            # a label over the title in 《》 on its own line (政策全文 / 《…》): the title
            self.page_title(alone, 1, len(alone.text) - 1)
            header.title = alone.printed(1, len(alone.text) - 1)
            header.title_lines = [alone]
            header.spans["title"] = _span(alone, 1, len(alone.text) - 1)
            self.state = State.TITLED
            return
        self.set_title(lines)

    def title_lines(self, line: Line) -> list[Line]:
        """The lines of a title broken over up to three lines, until one names the plan's kind."""
        lines = [line]
        text = line.text
        start = self.index
        while plan_kind(text) is None and self.index < len(self.lines) and len(lines) < 3:
            following = self.lines[self.index]
            if not following.text.strip(" \t"):
                self.index += 1
                continue
            if not _is_titleish(following.text) or read_date(following.text) is not None:
                break
            if names_document(text) and _ABOUT.match(following.text):
                break  # a title whole on its line, then another heading (关于…)
            lines.append(following)
            text += following.text
            self.index += 1
        if plan_kind(text) is None and len(lines) > 1 and self.organ_over_year(lines):
            lines = lines[:2]
            self.index = self.lines.index(lines[1], start) + 1
        elif plan_kind(text) is None and len(lines) > 1:
            # no plan named: the lines that join into a title the notice carries in 《》
            # (政府工作报告“十四五”时期 / 重点工作责任分解), else those that end a rule's name
            # (…大会 / …公文处理办法), else one
            lines = self.carried_lines(lines) or _rule_lines(lines)
            self.index = start
            for kept in lines[1:]:
                self.index = self.lines.index(kept, self.index) + 1
        return lines

    @staticmethod
    def organ_over_year(lines: list[Line]) -> bool:
        """A heading broken after the body's name, its year's account on the next line.

        某省交通运输厅 / 2025年法治政府部门建设工作情况: the body alone, then a year that opens
        what the body reports on.
        """
        first, second = lines[0].text, lines[1].text
        joined = (first + second).translate(SIMPLIFIED)
        return (
            _is_organ_name(first.translate(SIMPLIFIED))
            and _YEAR_LINE.match(second) is not None
            and (joined.endswith(_REPORT_ENDS) or not names_no_document(joined))
        )

    def carried_lines(self, lines: list[Line]) -> list[Line] | None:
        """The most first lines of a broken title that join into a title the notice names."""
        named = {
            found.group("title")
            for line in self.header.notice_lines
            for found in _NAMED_TITLE.finditer(line.text)
        }
        for count in range(len(lines), 1, -1):
            if "".join(item.text for item in lines[:count]) in named:
                return lines[:count]
        return None

    def set_title(self, lines: list[Line]) -> None:
        """The title from its lines, less a site's note before it and a site's mark after it."""
        header = self.header
        note = (
            _EDITORIAL_NOTE.match(lines[0].text)
            or _PAGE_MARK.match(lines[0].text)
            or _genre_label(lines[0].text)
        )
        skip = note.end() if note is not None and note.end() < len(lines[0].text) else 0
        last = lines[-1]
        suffix = _SITE_SUFFIX.search(last.text) if len(lines) > 1 or skip == 0 else None
        stop = suffix.start() if suffix is not None and suffix.start() > 0 else len(last.text)
        dated = last.breaks[-1] if last.breaks else 0
        if dated > 0 and _ISO_DATE.fullmatch(last.text[dated:]):
            stop = min(stop, dated)  # a site's date beside its headline: 某报告 2023-02-22
            self.note(last, "page-text", f"the site's date: {last.text[dated:]}", Severity.INFO)
        if len(lines) == 1:
            header.title = lines[0].printed(skip, stop)
        else:
            header.title = (
                lines[0].printed(skip, len(lines[0].text))
                + "".join(item.printed(0, len(item.text)) for item in lines[1:-1])
                + last.printed(0, stop)
            )
        header.title_lines = lines
        header.spans["title"] = Span(start=lines[0].offset(skip), end=last.end_offset(stop))
        reported = headline("".join(item.text for item in lines)) if len(lines) == 1 else None
        if reported is not None:
            issuer, title = reported
            begin = lines[0].text.index("《" + title) + 1
            header.title = lines[0].printed(begin, begin + len(title))
            header.spans["title"] = _span(lines[0], begin, begin + len(title))
            at = lines[0].text.index(issuer)
            # as for a news lead: the plan's own title names its issuer before the reporter;
            # both as printed (traditional characters stay)
            header.reported_issuer = title_issuer(header.title) or lines[0].printed(
                at, at + len(issuer)
            )
        self.state = State.TITLED

    def preamble(self, line: Line) -> None:
        self.header.preamble_lines.append(line)
        self.state = State.TITLED

    def fallback(self, lines: list[Line]) -> None:
        if self.header.issuer is None and self.state is State.NOTICE:
            self.issuer(lines)
        else:
            self.header.notice_lines.extend(lines)


def read_header(lines: list[Line]) -> Header:
    r"""Read the lines before a plan's first numbered heading.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> text = "各镇(街),各部门:\n现将《2023年工作计划》印发给你们。\n"
        >>> header = read_header(split_lines(text + "区依法治区办\n2023年5月10日\n2023年工作计划"))
        >>> header.recipients, header.issuer, header.issued_on.isoformat(), header.title
        (['各镇(街)', '各部门'], '区依法治区办', '2023-05-10', '2023年工作计划')
    """
    return _Reader(lines).run()
