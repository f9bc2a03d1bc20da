"""The words and patterns of a document's head, in one place for every part of the head reader.

Disclosure labels (索引号 · 发文机关 · 成文日期 · 发文字号) and the fields they fill, a site's chrome
(breadcrumbs, share and print links, account bars), document numbers (某府办〔2023〕32号), notice and
news headings (关于印发《…》的通知 · 近日,市委、市政府印发了《…》), the ends of issuers' and organs'
names, signatures (某某令 · 市长:某某), dates printed loosely, and the kinds of plan a title names.
Patterns only: no function reads with them here.
"""

from __future__ import annotations

import re

from rulegov.model import PlanKind
from rulegov.parse._traditional import SIMPLIFIED as TRADITIONAL_SIMPLIFIED
from rulegov.parse._traditional import TRADITIONAL
from rulegov.parse._vocab import GOVERNOR_TITLES, PLACE_ENDS, TOWNSHIP_ENDS

__all__ = [
    "ABOUT",
    "ACCOUNT_BAR",
    "ADDRESSEE_ENDS",
    "ADDRESS_LABEL",
    "ADOPTION",
    "ANNOUNCEMENT_MARK",
    "ANNOUNCES",
    "ATTACHMENT_LEAD",
    "BANK_ENDS",
    "BARE_OFFICE",
    "BARE_PLACE",
    "BODY_ENDS",
    "BUREAU_SHARED",
    "BUREAU_TITLE",
    "BYLINE",
    "CALL_HEADING",
    "CARRIES",
    "CATEGORY_TAG",
    "CHROME",
    "CHROME_WORDS",
    "CLOCK",
    "CLOSING",
    "CLOSING_FORMULA",
    "COLLECTIVE_ADDRESS",
    "COLUMN_LABEL",
    "COLUMN_NAME",
    "CONTENTS",
    "CONTENTS_TAIL",
    "COPY_MARK",
    "COUNTER",
    "CRUMBS",
    "CRUMB_LABEL",
    "CUT_HEADING",
    "DASHED_NOTE",
    "DATED_NOTE",
    "DATE_NOTE",
    "DELEGATION",
    "DELIVERY",
    "DESCRIBED",
    "DIGITS_DAY",
    "DIVISION_ENDS",
    "DOCUMENT_ENDS",
    "DOC_NUMBER",
    "EDITORIAL_NOTE",
    "FIELD_BLANK",
    "FILE_NAME",
    "FOR_COMMENTS",
    "FULL_TEXT_BELOW",
    "GENRE_LABEL",
    "GLUED_DATE",
    "GLUED_HEAD",
    "GLUED_NUMBER",
    "GLUED_TAIL_NUMBER",
    "HEADING_CONTENTS_TAIL",
    "HEADING_LOOKAHEAD",
    "HEADLINE",
    "HEADLINE_JOINS",
    "HEAD_VERB",
    "INTERPRETATION_LINK",
    "ISO_DATE",
    "ISSUER_ENDS",
    "ITEM_OPENING",
    "LABEL_CHROME",
    "LINK_GROUP",
    "LINK_LABEL",
    "LOOSE_DATE",
    "LOOSE_NUMBER",
    "LOST_DATE",
    "LOST_INDENT",
    "LOST_MONTH_DATE",
    "LOST_SPACES",
    "MARKUP",
    "MARK_RULE",
    "MAX_ADDRESS_LINES",
    "MAX_CHROME",
    "MAX_HEADING_TITLE",
    "MAX_ISSUER",
    "MAX_LEAD_START",
    "MAX_META_VALUE",
    "MAX_PAGE_LINE",
    "MAX_RECIPIENTS",
    "MAX_SIGNERS",
    "MAX_SITE_LINE",
    "MAX_SUFFIX_LINES",
    "MAX_TITLE",
    "MAX_TITLE_COMMAS",
    "MAX_TITLE_PART",
    "MEETING_LEAD",
    "MENU_BULLET",
    "MENU_ITEM",
    "META",
    "META_ALONE",
    "META_BARE",
    "META_BRACKETED",
    "META_LABELS",
    "MIN_BARE_LABELS",
    "MIN_CUT_TITLE",
    "MIN_LIST_LABEL",
    "MIN_NUMBER_HEAD",
    "MIN_RUN_NAME",
    "MONTH_DATE",
    "NAMED_TITLE",
    "NAV_WORDS",
    "NEWS_LEAD",
    "NEWS_LEAD_CITES_FIRST",
    "NEWS_LEAD_ENACTED",
    "NEWS_LEAD_ISSUER_FIRST",
    "NEWS_LEAD_NAMED_AGAIN",
    "NEWS_LEAD_PLAN_FIRST",
    "NEWS_LEAD_SOURCED",
    "NEWS_LEAD_UNQUOTED",
    "NOTICE_HEAD",
    "NOTICE_ISSUER",
    "NOTICE_ISSUER_ENDS",
    "NOTICE_VERB",
    "NOTICE_WORDS",
    "NUMBERED",
    "NUMBER_BEFORE_ADDRESS",
    "NUMBER_BROKEN",
    "OFFICE_ALONE",
    "OFFICE_WORD",
    "ONE_FILE",
    "ON_BEHALF",
    "ORDER_MARK",
    "ORDER_NUMBER",
    "ORDER_NUMBER_LINE",
    "ORGAN_ENDS",
    "ORGAN_LABEL_ENDS",
    "ORGAN_MARK",
    "ORGAN_NAME_ENDS",
    "ORGAN_YEAR_TITLE",
    "OWNED_TITLE",
    "PADDED_DAY",
    "PAGE_BYLINE",
    "PAGE_CONTROLS",
    "PAGE_DATE_FIRST",
    "PAGE_KIND",
    "PAGE_MARK",
    "PAGE_NUMBER",
    "PAGE_TITLE",
    "PAGE_TITLE_ALONE",
    "PAGE_TITLE_TAGGED",
    "PAPER_PAGE",
    "PARTY_COMMITTEE",
    "PLACE_WRITER_ENDS",
    "PLAN_KINDS",
    "PRINTED_BELOW",
    "PROMULGATED_LABELS",
    "PUBLICATION",
    "PUBLIC_NOTE",
    "QUOTED",
    "QUOTED_NOTICE",
    "QUOTED_SLOGAN",
    "QUOTED_TAG",
    "REGISTRATION",
    "RELATED_LABEL",
    "REPORTING",
    "REPORTS_OUT",
    "REPORT_ENDS",
    "REVISION",
    "RULE_ENDS",
    "RUNNING_HEAD",
    "RUN_END",
    "RUN_START",
    "RUN_YEAR_DATE",
    "SALUTATION",
    "SAME_DOCUMENT",
    "SEAL",
    "SEALED_FOR",
    "SELF_NAMED",
    "SELF_REPORTING",
    "SENTENCE_GOES_ON",
    "SEPARATOR",
    "SHARED_ENTRY",
    "SHARED_FILE",
    "SHARED_GROUP",
    "SHARED_PAGE",
    "SHARED_PART",
    "SIGNER",
    "SIGNER_ENDS",
    "SIMPLIFIED",
    "SITE_ADDRESS",
    "SITE_FOOTER",
    "SITE_NAME_TAIL",
    "SITE_NOTES",
    "SITE_ONLY",
    "SITE_PUBLISHER",
    "SITE_SECTION",
    "SITE_SUFFIX",
    "SITE_TEXT",
    "SPEAKER",
    "STAMP",
    "STATUS",
    "TAG",
    "TEXT_CELL",
    "TEXT_LABEL",
    "TITLE_SUFFIX_LINE",
    "TITLE_SUFFIX_RUN",
    "TOWN_PLACE",
    "TO_SIMPLIFIED",
    "TRAIL",
    "TRAILING_NUMBER",
    "TRAIL_TO_TITLE",
    "UNDATED_DELIVERY",
    "UNNESTED",
    "VALIDITY_NOTE",
    "VERBS",
    "WORKED_CHROME",
    "WORK_REPORT_TITLE",
    "YEARLESS_DATE",
    "YEAR_LINE",
    "simplified",
]

META_LABELS: dict[str, str] = {
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
    # an encyclopedia-style page's record of a document: 词条 | its heading |, then 释义 | its text
    "词条": "title",
    # …or a list of fields under 基本介绍 (• 中文名:某市…的通知 / • 发文字号:…): the name is the
    # heading printed above it again
    "中文名": "",
    "文件名称": "title",
    "索引号": "",
    "主题分类": "",
    "发布日期": "",
    "发布时间": "",
    "生效日期": "",
    "有效性": "",
    "文件有效性": "",  # a disclosure row's label, its value often left empty
    "是否有效": "",  # the same field asked as a question, its value often left empty too
    "主题词": "",
    "公开方式": "",
    "公开类别": "",
    "信息来源": "",
    "来源": "",
    "浏览次数": "",
    "分类": "",
    "体裁分类": "",
    # a ministry's disclosure labels: the department, the trade and the kind of its document
    "机构分类": "",
    "行业分类": "",
    "公文类型": "",
    "组配分类": "",
    "文件编号": "doc_number",
    "编号": "",
    "责任编辑": "",
    "作者": "",
    # a page's byline naming who sent, checked and proofread its copy
    "稿件来源": "",
    "文章来源": "",
    "文件来源": "",  # a law library's source of its copy (【文件來源】國務院法制辦公室)
    "文档来源": "",
    "审核": "",
    "校对": "",
    "信息分类": "",
    "生成日期": "",
    "生效时间": "",
    "废止时间": "",
    "关键词": "",
    "关键字": "",  # the keywords field by its other name (关 键 字:), often left empty
    "内容概述": "",
    "公文目录": "",
    "浏览量": "",
    "公开范围": "",
    "访问量": "",
    "访问次数": "",
    "点击数": "",
    "点击量": "",
    "热度": "",  # a news site's counter of a page's readers
    "发布于": "",  # a page's byline in a bracket under a heading: (發布于:2023-12-13 09:01)
    # a page's byline naming the day it posted the copy (发表日期: 2020-11-18 来源:… 作者:…)
    "发表日期": "",
    "發表日期": "",
    "日期": "",
    "时间": "",
    "发布人": "",
    "发布者": "",
    "发布部门": "issuer",
    "浏览": "",
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
    # the office that answers for a page's disclosure (公开责任部门 某办公室): not the issuer
    "公开责任部门": "",
    "发文机构": "issuer",
    "公布机关": "issuer",
    "发布单位": "issuer",
    "内容分类": "",
    "有效性/截止日期": "",
    "索取号": "",
    "产生日期": "issued_on",
    "时效性": "",
    "时效": "",
    "公文时效": "",  # a county's list of fields: the document's validity, its value often empty
    "效力级别": "",
    "施行日期": "",
    "发布文号": "doc_number",
    # a policy database's fields over the document (政策级别:市级 / 发文部门:… / 政策主题:…)
    "政策级别": "",
    "政策主题": "",
    "政策分类": "",
    "政策类型": "",
    "发文部门": "issuer",
    # a disclosure block's last row, whom to ask about the policy (政策咨询机关: | 政策咨询电话:
    # |, its values often left empty): the organ that answers questions, not the issuer
    "政策咨询机关": "",
    "政策咨询电话": "",
    # labels of disclosure rows printed two fields to a row (信息名称 … 成文日期 …)
    "信息名称": "title",
    "信息索引号": "",
    "公开日期": "",
    "著录日期": "",
    "失效日期": "",  # a register's date of entry, not of issue
    "公开形式": "",
    "公开时限": "",
    "责任科室": "",
    "体裁": "",
    "印发日期": "issued_on",
    # a platform's list of fields: the document's own date and number (公文生成日期, 备注/文号)
    "公文生成日期": "issued_on",
    "备注/文号": "doc_number",
    "成文时间": "issued_on",
    # the same fields under other names: the day it was signed, made or formed, its number, its
    # maker
    "签发日期": "issued_on",
    "制发日期": "issued_on",
    "形成日期": "issued_on",
    "文件字号": "doc_number",
    "制发单位": "issuer",
    "制发机关": "issuer",
    "印发机关": "issuer",
    "统一编号": "",
    "登记号": "",
    "废止日期": "",
    "有效期": "",
    "主办单位": "",
    "承办单位": "",  # a site's sponsor and its host (主办单位:某宣传部 / 承办单位:某网)
    "所属类别": "",
    "所属分类": "",
    "文件类型": "",
    "信息类别": "",
    "效力状态": "",
    "公开属性": "",
    "公开时间": "",
    # a law library's record of a document: 【颁布时间】…【标题】…【发文号】…【颁布单位】…, its
    # day of promulgation the date of issue only where the document prints none of its own
    "颁布单位": "issuer",
    "颁布时间": "",
    "颁布日期": "",
    "发文号": "doc_number",
    # …or 【制定机关】…【字号】: 字号 is its number, as a page's 字号: is its font size, which
    # gives no number
    "制定机关": "issuer",
    # the same fields under the names other sites give them: the organ that publishes or
    # promulgates it, the time it was issued, its number (发文编号, 发文文号); the day it takes
    # effect is no day of issue
    "发布机关": "issuer",
    "颁布机关": "issuer",
    "发文时间": "issued_on",
    "发文编号": "doc_number",
    "发文文号": "doc_number",
    "实施日期": "",
    "服务对象分类": "",
    "字号": "doc_number",
    "公布日期": "",
    "公布时间": "",
    "效力等级": "",
    "失效时间": "",
    "法规来源": "",
    "法规全文": "",
}
# a law library's day of promulgation (颁布日期, 公布时间): the date of issue where the document
# prints none of its own (no signature's date, no 成文日期); a page's day of posting (发布日期) is not
PROMULGATED_LABELS = frozenset(("颁布日期", "颁布时间", "公布日期", "公布时间"))
META = re.compile("(?P<label>" + "|".join(sorted(META_LABELS, key=len, reverse=True)) + "):")
# the labels of META that only a page's byline prints (来源: 作者: 编辑:…): under a document they
# are the page's, where 时间: or 名称: may still be the document's own last line
PAGE_BYLINE = re.compile(
    r"(?:来源|作者|责任编辑|编辑|发布时间|发布日期|浏览次数|访问量|点击数?)\s*:"
)
# the same labels printed without colons, apart from their values by spaces
META_BARE = re.compile("|".join(sorted(META_LABELS, key=len, reverse=True)))
MIN_BARE_LABELS = 2  # one label and a value could be any line; two make a row
MIN_LIST_LABEL = 3  # a label run against its value (发文字号皖交发…): 文号 or 来源 could open text
# a disclosure row whose labels a site prints in square brackets ([ 发文字号 ] 某府办发〔2023〕32号)
META_BRACKETED = re.compile(
    r"[\[［【](?P<label>" + "|".join(sorted(META_LABELS, key=len, reverse=True)) + r")[\]］】]"
)
# a disclosure label alone on its line, its value on the next (索引号: / 640501001/2022-00153)
META_ALONE = re.compile(
    "[•·●▪ ]*(?P<label>" + "|".join(sorted(META_LABELS, key=len, reverse=True)) + "):"
)
# a government site's links to its other channels, one a line over the page (移动端应用 / 政务微信 /
# 政务微博 / 智能问答 / 登录个人中心); a plan's work may name them too (办好政务微博)
CHANNEL_LINKS = ("移动端应用", "政务微信", "政务微博", "政务抖音", "智能问答", "个人中心")
CHROME = (
    # a page's link past its menus, for screen readers: 跳至内容, 跳到主要内容, 跳转到正文
    "跳至内容",
    "跳到内容",
    "跳至主要内容",
    "跳到主要内容",
    "跳转到主要内容",
    "跳转到正文",
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
    "字体大小:",
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
    "欢迎来到",
    "欢迎光临",
    "门户网站",
    # a site's link to the sites of its lower bureaus, a label over their list (市局子站:)
    "子站:",
    "首頁>",
    "当前所在",
    "更新时间:",
    "【大】",
    "【中】",
    "【小】",
    "字体【",
    "返回首页",
    "合集下载",
    # a disclosure table's link to download the document's version for reading (下载阅读版本 |)
    "下载阅读版本",
    "开启左侧",
    "复制链接",
    "显示全部楼层",
    "阅读模式",
    # a document-sharing site's instructions, numbered like items (1、部分资料下载需要金币…)
    "资料下载",
    "下载资料",
    "资料包下载",
    "下载即用",
    "下载文档",
    "下载后继续阅读",
    "当前文档共",
    "金币",
    "客服",  # …请联系客服反馈: a sharing site's note to its readers
    # a sharing site's notice to its readers over the file, by its label and its numbered tips
    # (温馨提示: / 1. …文件下载后无此问题,请放心下载。 / 3. 下载前请仔细阅读文档内容…)
    "温馨提示:",
    "放心下载",
    "下载前请",
    "文章属性",  # a law library's head over its record of a document's fields
    "基本介绍",  # an encyclopedia's label over its record of a document's fields (• 中文名:…)
    "已购买过的文档",
    # a sharing site's record of a file it holds and its buttons (上传人:… 文档编号:…, 下载 相关
    # 举报, 点击查看更多>>), over its text under 资源描述 or 文档简介 and its 版权说明
    "上传人:",
    "文档编号:",
    "上传时间:",
    "格式:DOC",
    "格式:PDF",
    "页数:",
    "相关举报",
    "相关 举报",
    "下载相关举报",  # the same buttons with their spaces taken out
    "返回相关举报",
    "点击查看更多",
    "资源描述",
    "文档简介",
    "版权说明:",
    "下载本文档",
    "本文档由用户提供并上传",  # a sharing site's 版权说明 over the text it extracted
    "全文预览已结束",
    "免费阅读",
    "在线预览",
    "预览加载",
    # a site's prompt before a link leaves it, and its breadcrumb's other wording
    "即将离开",
    "继续访问",
    "您现在的位置",
    "当前页面:",  # a breadcrumb's label: 当前页面: / 首页 / > 政务公开
    # a page's reading aloud, its button and the states it prints: 语音播报 / 语音合成中,请耐心
    # 等待... / 进入播报模式 / 退出播报模式, 全文朗读, 听全文, 停止朗读
    "语音播报",
    "语音朗读",
    "语音合成",
    "播报模式",
    "全文朗读",
    "朗读全文",
    "听全文",
    "开始朗读",
    "停止朗读",
    "暂停朗读",
    # a page's counters, its correction link and its editor, its eye-care and elder-care modes
    "阅读次数:",
    "阅读量:",
    "浏览量:",
    "点击量:",
    "访问量:",
    "我要纠错",
    "责任编辑:",
    "保护视力色",
    "护眼模式",
    "网站无障碍",
    "适老化服务",
    # a blog's table of contents over the post, by its label (Contents, Table of Contents)
    "Contents",
    # a site's links to other pages, and a question-and-answer site's labels over the answer it
    # prints (问题描述: / 某计划,在线求解答 / 最佳答案 / 推荐答案)
    "相关推荐",
    "问题描述:",
    "在线求解答",
    # a periodical site's label over the abstract it prints of an article or a gazette's item
    "论文部分内容阅读",
    "最佳答案",
    "推荐答案",
    # a sharing site's shop over the file it sells: the cart, the reader's history and the
    # buttons to buy it (购物车(0) / 我的足迹 / 加入Vip免费下载 立即下载)
    "购物车",
    "我的足迹",
    "立即下载",
    # a government site's links to its other channels, one a line over the page
    *CHANNEL_LINKS,
)
CHROME_WORDS = re.compile("|".join(re.escape(word) for word in CHROME))
# words a document's own work may name as well (加强政府门户网站建设, 办好政务微博): furniture only on a
# line that is no sentence of work
WORKED_CHROME = frozenset(
    {
        "门户网站",
        "收藏",
        "语音播报",
        "适老化服务",
        *CHANNEL_LINKS,
    }
)
LABEL_CHROME = frozenset(
    {
        "温馨提示:",
        "上传人:",
        "文档编号:",
        "上传时间:",
        "格式:DOC",
        "格式:PDF",
        "页数:",
        "相关举报",
        "下载相关举报",
        "返回相关举报",
        "点击查看更多",
        "资源描述",
        "论文部分内容阅读",
        "文档简介",
        "版权说明:",
        "下载本文档",
        "Contents",
        "相关推荐",
        "问题描述:",
        "最佳答案",
        "推荐答案",
        "购物车",
        "我的足迹",
    }
)
"""Words of CHROME a site prints as labels (资源描述, 相关推荐, 页数:31, Contents) that a plan's own
work may also hold (统一资源描述规范, 设置“相关推荐”栏目): they make a line furniture only when
they open it, alone or with their colon and value."""
"""Words of CHROME that a document's own work may name as its object (加强政府门户网站建设, 加强
文物收藏管理, 完善应急广播语音播报): a line holding no other is the page's only when it is no sentence
of work."""
# a page's controls alone on a line, two or more of them, in brackets or between bars: the size
# of the type (A+ A A-, 大 中 小, 默认 超大), printing and closing, playing the text aloud
PAGE_CONTROLS = re.compile(
    r"(?:[\[【(]?(?:A\+|A-|A|大|中|小|默认|标准|较大|超大|放大|缩小|打印|关闭|收藏|播放|暂停|停止|继续)"
    r"[\]】)]?[\s|/]*){2,}"
)
ITEM_OPENING = re.compile(
    r"\d{1,3}[.、]|[一二三四五六七八九十]{1,3}[、是]|\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)"
    r"|第[一二三四五六七八九十百零〇\d]{1,4}[章节条款部分]|[①-⑳]"
)
"""An item's number opening a line (``match``), in any of the genre's styles: 2.加强…, 三、…,
(三)…, 一是…, 第二章 …, 第二条 …, ①…."""
# a breadcrumb's label however worded (您当前的位置:, 你现在所在位置:): the page's, not the text's
CRUMB_LABEL = re.compile(r"[^,。:《》]{0,8}位置[:>]")
# a site's list of links, each group's name set between dashes: --国家部门网站--, --站群导航--
LINK_GROUP = re.compile(r"-{2,}[^-\s]{2,16}-{2,}")
# a disclosure page's label, alone on its line, over the links to the document's interpretation
# and file (部门解读:, 一图读懂:, 文件下载:): the page's head only, where it is never a numbered item
# nor a sentence (政策解读:重要政策文件印发后… is a plan's task)
# the label of a page's list of links to related documents printed over the document (相关链接,
# 相关文章, 相关图书, 推荐阅读), its entries one a line: titles of other documents, never this one's
RELATED_LABEL = re.compile(
    r"(?:相关|相關)(?:链接|鏈接|文章|阅读|閱讀|图书|圖書|文档|文檔|推荐|推薦|新闻|新聞|文件|资料|資料)"
    r"|(?:推荐|推薦|延伸|扩展|擴展)(?:阅读|閱讀)|热门文章|熱門文章"
)
LINK_LABEL = re.compile(r"(?:部门|政策|图片|图文|视频)解读:|一图读懂:|(?:文件|附件)下载:")
# a link under such a label to the page that interprets the document: 关于《某通知》 政策解读
INTERPRETATION_LINK = re.compile(r"[^,。:;]{0,30}《[^》]{4,80}》的?(?:政策|文件|图文|图片)?解读")
# a line that names a file (某通知.pdf, 某方案.docx), once or over and over: a sharing site's
# …or the caption of a page of it the site shows as an image (某条例.doc_第1页). A name holds no
# extension and opens with no page's caption, so each name ends at one place: a line of many
# names that is no list of them fails at once, in linear time. A sharing site marks a file for
# its paying members by VIP run onto the extension (某计划.docxVIP): the site's mark, the line a
# file's name all the same
FILE_NAME = re.compile(
    r"(?:(?!_第\d)(?:(?!\.(?:docx?|pdf|wps))\S){4,90}"
    r"\.(?:docx|doc(?!x)|pdf|wps)(?:VIP)?(?:_第\d{1,3}[页頁])?)+",
    re.IGNORECASE,
)
# one file's name: the document's name, a copy's number after it (某方案(1).docx), its extension
# and a sharing site's mark of a paid file after it (某计划.docxVIP)
ONE_FILE = re.compile(
    r"(?P<name>[^\s.]{4,90}?)(?:\(\d{1,2}\))?\.(?:docx?|pdf|wps)(?:VIP)?", re.IGNORECASE
)
MAX_CHROME = 120
MAX_META_VALUE = 120
MAX_HEADING_TITLE = 40  # a document's heading under a site's headline is short
# a numbered line: a heading of the body, not the document's
NUMBERED = re.compile(
    r"[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第"
)
# the spaces before a signature, lost by a copy to question marks: ???????二○○七年六月二十一日
LOST_SPACES = re.compile(r"[?？]{3,}(?=\S)")
# a paragraph's indent (two ideographic spaces), lost by a copy to question marks: ??特此通知.
LOST_INDENT = re.compile(r"[?？]{2}(?=[^?？\s])")
# the time of day a disclosure block prints after a date: 2024年04月06日 16:40
CLOCK = re.compile(r"(?<!\s)\s*\d{1,2}:\d{2}(?::\d{2})?$")
MIN_CUT_TITLE = 8  # a title cut short by a site: this much of it at least
MAX_SUFFIX_LINES = 2  # (2020—2025年) / (征求意见稿)
# a breadcrumb broken over lines: 首页 / >政府信息公开>信息公开目录>…
CRUMBS = re.compile(r"首[页頁]|[>»].{0,80}")
# a breadcrumb trail that does not start at 首页 (香港商报官网 > 广东 > 本地新闻), or one that
# ends in its mark (條據 >條例 >): two names at least, each closed by the mark
TRAIL = re.compile(r"(?:[^>»]{1,16}(?:>>?|»)){2,}[^>»]{0,16}")
# or one that ends in the page's own title, which the page prints again below it: 某数据库 >
# 地方政策 > 某政府关于…的实施意见
TRAIL_TO_TITLE = re.compile(r"[^>»《》]{1,16}(?:(?:>>?|»)[^>»《》]{1,16}){1,}(?:>>?|»)[^>»]{17,90}")
# the bracket holds the year, or a congress's term (常委会公告〔十三届〕第52号)
# (or in the low and high quotes „‟ that a copy's font turned the brackets into: 炉府发„2011‟92号)
# (its head, the organ's short name, holds no field's label in brackets: •【字号】某政发…)
# or an order's number, the organ's short name or full name and 令 before it: 渝府令第121号,
# 某市人民政府令第290号, 某部令2019年第1号
# (the serial after the bracket may open with the word of the document's series, which other
# organs print before the bracket: 某政[2002]文4号, 某政〔2020〕函5号, 某府办〔2019〕发12号)
SERIAL = r"(?:第|[文函发發字电電])?\d{1,5}[号號]"
DOC_NUMBER = re.compile(
    r"[^\s:,。()【】•]{1,24}[〔\[(【„](?:[12]\d{3}|第?[一二三四五六七八九十]{1,3}届)[〕\])】‟]\s?"
    + SERIAL
    + r"|[^\s:,。()【】•令]{1,24}令\s?(?:[12]\d{3}年)?第\s?\d{1,5}\s?[号號]"
)
# a document number broken over two lines, as a red head's line or a PDF's column end breaks
# it: after its bracketed year (某政办发〔2023〕 / 12号) or before it (某政办发 / 〔2023〕12号, 粤府 /
# 〔2021〕22号); the head is an organ's code, short, and no heading's words (的, 关于, 通知, 方案)
NUMBER_BROKEN = (
    re.compile(r"[^\s:,。()【】•《》]{1,16}[〔\[(【](?:[12]\d{3})[〕\])】]"),
    re.compile(SERIAL),
    re.compile(
        r"(?!.*(?:的|关于|關於|通知|意见|方案|要点|规划|计划|办法|细则|决定|规定|报告))"
        r"[^\s:,。()【】•《》\d]{1,10}"
    ),
    re.compile(r"[〔\[(【][12]\d{3}[〕\])】]\s?" + SERIAL),
)
# the mark of a document's publication printed beside its number on one line (主动公开
# 某府办函〔2018〕84号, 某府办〔2018〕8号 依申请公开, 【主动公开】某府办…): the page's or the
# record's, no part of the organ's code before the bracket
PUBLICITY_MARK = re.compile(
    r"[(\[【]?(?:(?:信息)?公开(?:方式|形式|属性|类型|选项)?:?)?"
    r"(?:主动公开|依申请公开|不予公开|免予公开|不公开)[)\]】]?"
)
# the signers a report prints on its number's line, after the number (GB/T 9704 7.2.3.2:
# 某发改〔2020〕10号  签发人:张某某 李某某): their names, no part of the number
SIGNERS_MARK = re.compile(r"签发人:\s?[\u4e00-\u9fff·][\u4e00-\u9fff·、,\s]{1,23}")


def marked_number(text: str) -> tuple[int, int] | None:
    """Where a document number stands on a line that prints a publication mark beside it.

    Or a report's signers after it (某发改〔2020〕10号  签发人:张某某).

    Examples:
        >>> text = "主动公开明府办函〔2018〕84号"
        >>> begin, end = marked_number(text)
        >>> text[begin:end]
        '明府办函〔2018〕84号'
        >>> marked_number("某府办〔2018〕8号【依申请公开】")
        (0, 11)
        >>> marked_number("主动公开") is None
        True
        >>> marked_number("湘政发〔2014〕1号签发人:张某某")
        (0, 11)
    """
    mark = PUBLICITY_MARK.match(text)
    if mark is not None:
        begin = len(text) - len(text[mark.end() :].lstrip(" \t\u3000"))
        if DOC_NUMBER.fullmatch(text, begin):
            return begin, len(text)
    number = DOC_NUMBER.match(text)
    if number is None or number.end() == len(text):
        return None
    after = len(text) - len(text[number.end() :].lstrip(" \t\u3000"))
    marked = PUBLICITY_MARK.fullmatch(text, after) or SIGNERS_MARK.fullmatch(text, after)
    return (0, number.end()) if marked else None


def number_alone(text: str) -> bool:
    """Whether a line prints a document number alone, or beside a publication mark.

    Examples:
        >>> number_alone("某府办函〔2018〕84号"), number_alone("主动公开 某府办函〔2018〕84号")
        (True, True)
        >>> number_alone("某府办函〔2018〕84号印发")
        False
    """
    return DOC_NUMBER.fullmatch(text) is not None or marked_number(text) is not None


# a document number run onto the address that follows it, in its brackets or not:
# (某政发〔1994〕103号)某州,各县人民政府: — the number up to its first 号, read whole by DOC_NUMBER
NUMBER_BEFORE_ADDRESS = re.compile(
    r"\(?(?P<number>[^\s:,。()]{2,24}(?:\([12]\d{3}\))?[^\s:,。()]{0,16}?[号號])\)?(?=[^\s)])"
)
# an order's number alone on its line, which names no document (某市人民政府令第290号)
ORDER_NUMBER_LINE = re.compile(
    r"[^\s:,。()【】•令]{1,24}令\s?(?:[12]\d{3}年)?第\s?\d{1,5}\s?[号號]"
)
# a document number at the end of a line, its head (the organ's short name) of a few characters
GLUED_TAIL_NUMBER = re.compile(
    r"[^\s\d:,。()《》〔]{2,10}(?P<bracket>[〔\[(【])[12]\d{3}[〕\])】]" + SERIAL + "$"
)
ABOUT = re.compile(r"[关關][于於]")
MIN_NUMBER_HEAD = 2  # 某办〔2020〕4号: the organ's short name has two characters at least
# a head whose lines a copy ran together without spaces: a sharing site's page count, the
# heading (…关于…的报告) and the address (…办公室:) before the text
GLUED_HEAD = re.compile(
    r"(?:第\d{1,3}页共\d{1,3}页)?(?P<heading>[^,。:;《]{2,30}?关于[^,。:;]{2,60}?"
    r"(?:报告|通知|意见|请示|函))(?P<address>[^。:;《]{2,60}):(?=\S)"
)
NOTICE_HEAD = re.compile(
    r"(?P<issuer>.*?)(?:[关關][于於]|(?=(?:印[发發]|[转轉][发發]|批[转轉])《))(?P<rest>.*)"
)
# a verb of a notice's heading (关于, 印发, 转发, 批转): a name holding one is no issuer of the notice;
# the organ after 转发 (转发市普法办关于印发…) is the one forwarded, never the one that forwards
NOTICE_VERB = re.compile(r"[关關][于於]|印[发發]|[转轉][发發]|批[转轉]")
NOTICE_ISSUER = re.compile(
    r"(?P<issuer>.{2,60}?)(?:[关關][于於])?(?:印[发發]|[转轉][发發]|批[转轉])"
)
# a notice's title that names the plan it prints in 《》 with no verb before it (某县人民政府办公室
# 关于《某方案》的通知): the notice's, as X关于印发《Y》的通知 is, nothing between 》 and 的通知
QUOTED_NOTICE = re.compile(r"(?P<issuer>.{2,60}?)[关關][于於]《[^《》]+》的通知")
TRAILING_NUMBER = re.compile(r"\((?P<number>[^()]{2,30}[〔\[(【]\d{4}[〕\])】]" + SERIAL + r")\)$")
PAGE_TITLE = re.compile(
    r"(?P<number>[^\s:,。()《]{1,24}[〔\[(【][12]\d{3}[〕\])】]" + SERIAL + r")《(?P<title>.+)》"
)
SITE_TEXT = re.compile(r".{0,60}政府信息公开(?:规章库|专栏|目录|指南)?")
SITE_ADDRESS = re.compile(r"www\.|https?://")
# a site's account and version links (登录 | 注册, 无障碍 | 长者模式) and its column label
# (专栏省内政策法规): lines of the page, never of the document; its notice that it supports
# IPv6 (本网站支持IPv6, 本站已支持IPV6) is the site's own line of the same bar, and so is its
# link to the version for the elderly (适老化模式, 适老版)
# a site's name over the section a page is in, at the page's head (某某法律网—法律法规查看): the
# name one word ending in 网, the section's label one of a site's (…查看, …频道, …库)
SITE_SECTION = re.compile(
    r"\w{1,12}[网網]\s*[—\-_|｜]+\s*\w{0,10}"
    r"(?:查看|频道|頻道|栏目|欄目|首页|首頁|正文|详情|詳情|列表|文库|文庫|大全|[库庫])"
)
ACCOUNT_BAR = re.compile(
    r"(?:登录|登陆|注册|退出|无障碍(?:阅读|浏览|版本?|模式)?|长者(?:模式|助手)|关怀版|English"
    r"|适老化?(?:模式|版)?"
    r"|本?(?:网站|站)?已?支持IP[vV]6|繁体版?|简体版?|繁體版?|[|/])+"
)
COLUMN_LABEL = re.compile(r"(?:专栏|栏目)[^,。:《]{1,12}")
# a site's line naming the kind of page a reader is on, after the site's and its column's names
# (某网实用文档策划方案内容页, 某网法规正文页): the page's, never the document's
PAGE_KIND = re.compile(
    r"[^,。:;《》\d]{2,20}(?:内容页|正文页|详情页|文章页|內容頁|正文頁|詳情頁|文章頁)"
)
# a journal's running head over a page of the text: the issue, the article's name (who issues
# it and its title, parted by a colon) and the page's number, the number on either side
# (2023年3月第1期 某委员会办公室:某工作要点 3, 4 某工作要点 2023年第1期)
_ISSUE = r"\d{4}年(?:\d{1,2}月)?(?:第?\d{1,3}卷)?第\d{1,3}期"
RUNNING_HEAD = re.compile(
    r"(?:\d{1,4})?"
    + _ISSUE
    + r"(?:(?P<issuer>[^:,。《》\d]{2,40}):)?(?P<title>[^:,。]{4,80}?)\d{1,4}"
    r"|\d{1,4}(?:(?P<issuer2>[^:,。《》\d]{2,40}):)?(?P<title2>[^:,。]{4,80}?)" + _ISSUE
)
# a newspaper's page label: 第A12版:, 第3版
PAPER_PAGE = re.compile(r"第[A-Z]?\d{1,3}版:?")
# a copy's marks around the text, never its heading: a newspaper's continuation ((上接第一版),
# 【下转第2版】, 转第A3版), a site's switch of language (EN, English, 中文版), a journal's running
# head (Page 7 - 某刊(网络版)2023年1期, P. 7) and its name with the volume and issue (某刊
# 2023年第1期, 某刊2023年第45卷第3期, 2023年3月第1期, 总第120期)
_VERSION = r"(?:第?[A-Z]?[\d一二三四五六七八九十]{1,3}(?:版|页|頁|面))"
COPY_MARK = re.compile(
    r"[(【\[]?(?:上接|下转|下轉|接|转|轉|续|續)" + _VERSION + r"[)】\]]?"
    r"|(?:EN|ENG|English|ENGLISH|中文版?|简体中文|簡體中文)"
    r"|(?:Page|PAGE|P\.?)\d{1,4}(?:[-—–－|](?:[^-—–－|:。,]{2,30}?)?\d{4}年(?:第?\d{1,3}卷)?第?\d{1,3}期)?"
    r"|[^\d,。:《》()关關]{2,20}(?:\(网络版\)|\(網絡版\))?\d{4}年(?:第?\d{1,3}卷)?第?\d{1,3}期"
    r"|\d{4}年\d{1,2}月第\d{1,3}期|(?:\d{4}年)?总第\d{1,4}期"
)
MAX_SITE_LINE = 80
# the items of a site's menu, which a page's menu row names (| 首页 | 政务公开 | 政策文件 |)
NAV_WORDS = frozenset(
    (
        "首页",
        "网站首页",
        "政务公开",
        "信息公开",
        "政府信息公开",
        "新闻中心",
        "新闻动态",
        "政务服务",
        "办事服务",
        "互动交流",
        "政民互动",
        "登录",
        "注册",
        "无障碍",
        "English",
    )
)
# words only a site's footer prints (a plan's own 主办单位 of an event prints none of them)
_SITE_ONLY_WORDS = (
    r"网站标识码|网站识别码|ICP备|ICP证|公网安备|备案号|版权所有|Copyright|©|技术支持[:：]|网站地图"
)
SITE_ONLY = re.compile(_SITE_ONLY_WORDS)
# a site's footer under the document: who runs the site, its registration and its links
SITE_FOOTER = re.compile(
    _SITE_ONLY_WORDS + r"|主办单位[:：]|承办单位[:：]|主办[:：]|承办[:：]|联系我们"
)
# a line that opens with a page's date (2020-08-26 阅读:, 2023年5月10日 来源:) names no recipient
PAGE_DATE_FIRST = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")
# a menu's item, a word after its bullet (• 搜索), not a labelled field (•所属单位:某局), and a
# page's counter alone (2160 visits) between a heading and the address
MENU_ITEM = re.compile(r"[•●]\s*[^•●\d:]{0,12}")
# a menu's bullet before an item that is the page's heading (• 2018—2022年某某改革工作规划)
MENU_BULLET = re.compile(r"[•●▪■◆]\s*(?=\S)")
COUNTER = re.compile(r"\d{2,9}")
# a document-sharing site's facts of the file it holds, one to a bulleted line over the text: the
# counts of its views and downloads (• 0), its length (• 约4.13千字, • 约1.95万字), its pages
# (• 约 9页), its upload's day and place (• 2026-02-11 发布于山西) and the button to report it
# (• 举报); spaces are out of the line
FILE_FACT = re.compile(
    r"[•●\-](?:\d{1,9}|约\d{1,5}(?:\.\d{1,2})?[千万]?字|约\d{1,4}页"
    r"|\d{4}-\d{1,2}-\d{1,2}发布于[\u4e00-\u9fff]{2,4}|举报)"
)
PAGE_TITLE_ALONE = re.compile(r"《(?P<title>[^《》]{4,90})》")
# a mirror's title in 《》 with its tag after it: 《2024年某某工作要点》(全文)
PAGE_TITLE_TAGGED = re.compile(r"《(?P<title>[^《》]{4,90})》[(【](?:全文|原文)[)】]")
NAMED_TITLE = PAGE_TITLE_ALONE  # a title a notice names in 《》
# the count of what a plan holds, in a bracket under its title: (共118项), (共十条), (计23项)
COUNT_NOTE = re.compile(r"\((?:共|计)[\d一二三四五六七八九十百零〇]{1,5}(?:项|条|个|件|类|部分)\)")
TITLE_SUFFIX_LINE = re.compile(r"\([^()]{1,20}\)")
# a title's last line that opens with its period: (2023—2025年)实施方案
TITLE_SUFFIX_RUN = re.compile(r"\([^()]{1,20}\)(?P<end>[^()\s,。:]{2,8})")
# a label over the text a page prints: 规划全文, 全文, 原文 (the title, if any, is elsewhere)
# a site's label after a title it prints whole (某市某某条例全文, 某报告(全文), 某方案【附全文】),
# or a sharing site's button after the document's name (某规划 下载本文), or a law library's
# label of the version it prints, its year bare (某条例(2007修正)): the page's, not the title's;
# a status the document prints itself names its year (某制度(2024年修订)) and stays
TEXT_TAIL = re.compile(
    r"(?:[(【]附?(?:全文|原文)[)】]|全文|原文|下载本文|免费下载|下载全文|全文下载"
    r"|[(（](?:19|20)\d\d(?:修正|修订|修訂|修改)[)）])$"
)
TEXT_LABEL = re.compile(r"[^,。:《》()]{0,6}(?:全文|原文|正文)")
# a news report's lead: when (近日, or the day: 11月9日), who, and the verb; the notice is
# often named first (省委、省政府发出通知,转发《…》)
NEWS_LEAD = re.compile(
    r"[^。《]*?(?:近日|日前|近期|今天|今日(?!头条)|\d{1,2}月\d{1,2}日)[,，]?"
    r"(?P<issuer>[^,，。《]{2,40}?)(?:(?:根据|按照|依据)[^,，。《]{2,40}[,，])?(?:发出通知[,，]?)?"
    r"(?:联合)?(?:研究)?(?:制定)?(?:印发|转发|出台|公布|发布)了?《(?P<title>[^《》]{4,90})》"
)
# or naming the document without 《》, as a news page may under its headline: 近日,省政府办公厅
# 印发2020年…责任分解的通知,公布… (what it names is read against the heading printed below)
NEWS_LEAD_UNQUOTED = re.compile(
    r"[^。《]*?(?:近日|日前|近期|今天|今日(?!头条)|\d{1,2}月\d{1,2}日)[,，]?"
    r"(?P<issuer>[^,，。《]{2,40}?)(?:联合)?(?:印发|转发|出台|公布|发布)了?(?P<named>[^《》。,，]{4,90})"
)
# or with who first, after the report's dateline: 本报讯 X近日印发了《…》, 新华社…电 X于近日印发
NEWS_LEAD_ISSUER_FIRST = re.compile(
    r"(?:[^。《]*?(?:电|讯|\))\s*)?(?P<issuer>[^,，。《\d()]{2,40}?)于?(?:近日|日前|近期)[,，]?"
    r"(?:发出通知[,，]?)?(?:联合)?(?:印发|转发|出台|公布|发布)了?《(?P<title>[^《》]{4,90})》"
)
# or dated by its month alone, the document then put in force: 2023年12月,省委办公厅、省政府
# 办公厅发布《某实施细则》,自发布之日起施行 (a history's 2004年3月,国务院发布《纲要》,明确… is none)
NEWS_LEAD_ENACTED = re.compile(
    r"[^。《]*?\d{4}年\d{1,2}月[,，]?(?P<issuer>[^,，。《]{2,40}?)(?:联合)?(?:印发|发布|公布)了?"
    r"《(?P<title>[^《》]{4,90})》[,，]?自[^。]{0,12}(?:施行|执行)"
)
# or after the reporter's source, with no day: 据介绍,市委、市政府印发了《…》
NEWS_LEAD_SOURCED = re.compile(
    r"[^。《]*?据(?:介绍|了解|悉)[,，]\s*(?P<issuer>[^,，。《\d()]{2,40}?)"
    r"(?:联合)?(?:印发|转发|出台)了?《(?P<title>[^《》]{4,90})》"
)
# or with the plan first, who issued it left to its title: 某市《关于…的实施意见》于近日出台
NEWS_LEAD_PLAN_FIRST = re.compile(
    r"[^。《]*?《(?P<title>[^《》]{4,90})》(?:已|已经)?于?(?:近日|日前|近期)(?:正式)?"
    r"(?:出台|印发|发布)"
)
# or a dated lead that names an earlier document before the one issued: 6月16日,某市在《A》的
# 基础上,制定出台了《B》; who issued B is then left to its title
NEWS_LEAD_CITES_FIRST = re.compile(
    r"[^。]{0,120}?(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[^。]{0,120}?"
    r"(?:出台|印发|转发|发布|公布)了?《(?P<title>[^《》]{4,90})》"
)
# or a sentence of the text that names the document it is about, then calls it by its short
# name: 某办公室印发了《关于…的安排意见》。《意见》共有…; or one that says the text is the
# document it names: 结合实际,特制定《某县普法工作方案》
NEWS_LEAD_NAMED_AGAIN = re.compile(
    r"(?P<issuer>[^,，。;；《》]{2,40}?)(?:联合)?(?:印发|出台|发布|公布)了?"
    r"《(?P<title>[^《》]{4,90})》[。,，;；]?(?:该|这一)?《(?P<short>[^《》]{1,8})》"
)
# (特制定 or 现制定, the text at hand; a report's 研究制定了《…》 tells what was done)
SELF_NAMED = re.compile(r"(?:特|现)制定(?:如下)?《(?P<title>[^《》]{4,90})》")
# or a report of a meeting that reviewed or read out one plan, in any sentence of the lead
# before the first title: 会议审议《…》等相关文件,
# 县司法局负责人宣读了《…》; who reviews or reads it is no issuer, an organ named right before
# the title is (审议通过了区政府《…》)
MEETING_LEAD = re.compile(
    r"[^《]*?(?:审议|宣读)(?:并)?(?:通过)?了?(?P<issuer>[^,，。《、\s]{0,20}?)"
    r"《(?P<title>[^《》]{4,90})》(?![、,，和及与]?《)"
)
# a people's congress that adopted a work report (县第十八届人民代表大会第五次会议, 区十四届人大):
# the report it adopted (审议通过的《政府工作报告》) is what a plan divides, never printed in it
CONGRESS = re.compile(r"代表大会|人大")
ADOPTED_REPORT_ENDS = ("工作报告",)
# a clause after a title that names what the sentence takes out of it (现将《政府工作报告》提出的
# 重点工作任务予以分解, 《Y》确定的任务): what is carried is that part, not the titled document
QUALIFIED_PART = re.compile(r"(?:中)?(?:提出|确定|明确|涉及|部署|安排)的")
# a news headline's voice, never a document's title: it exclaims (全省首创!) or announces a day
# to come (…将于12月4日启动)
HEADLINE_VOICE = re.compile(r"[!！]|将于")
# a slogan in quotation marks (某县“法治护航、奋战百日!”专项行动实施方案): its ! is the campaign's
# name, not the title's voice
QUOTED_SLOGAN = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
# the verbs of a headline that reports a plan come out, anywhere before its kind (我市发布…清单)
REPORTS_OUT = re.compile(r"印[发發]|[转轉][发發]|出台|[发發]布|公布")
# the verbs of a news headline that reports a plan rather than titling it
REPORTING = re.compile(r"印[发發]|[转轉][发發]|出台|[发發]布$|公布$")
# a news headline that names a plan and who issued it: 【权威】省委、省政府转发《…》
HEADLINE = re.compile(
    r"(?:【[^【】]{1,8}】)?(?P<issuer>[^《》,。:【】]{2,40}?)(?:印[发發]|[转轉][发發])了?"
    r"《(?P<title>[^《》]{4,90})》"
)
# a site's sentence that describes the document it prints, as a heading:
# 《某市人民政府2018年度法治政府建设工作报告》是2019年某市人民政府发布的通知。
DESCRIBED = re.compile(
    r"《(?P<title>[^《》]{4,90})》是(?:(?:19|20)\d{2}年)?(?P<issuer>[^《》,。:]{2,40}?)"
    r"(?:[发發]布|印[发發]|[颁頒]布)的[^《》,。]{0,12}。?"
)
# the publication line of a party regulation: (2019年11月22日…审议批准 2019年12月5日中共辽宁省委发布)
# and of a government rule: (2021年6月21日某省人民政府令第4号公布 自2021年8月1日起施行)
PUBLICATION = re.compile(
    r"\((?:[^()]*?)(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?P<issuer>[^()\d]{2,30}?)"
    r"(?P<order>令第?[\d一二三四五六七八九十百〇零]+[号號])?(?:[发發公]布|印[发發])"
    r"(?:\s*自[^()]{2,30}起施行)?\)"
)
# a day's date in Arabic or Chinese numerals (2021年8月9日, 二○一四年十一月二十一日), for the
# notes below
_DAY = (
    r"(?:(?:19|20)\d{2}|[〇○零O一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
    r"[\d一二三四五六七八九十]{1,3}日"
)
# the note under a resolution's or a rule's title that says when a meeting adopted it:
# (2021年8月9日某县第十八届人民代表大会常务委员会第三次会议通过)
# (or in Chinese numerals: 二○一四年十一月二十一日中共某省委十届四次全体会议通过), or the same
# note without its brackets on a line of its own; a congress's plan for the year is often
# adopted in principle (…第五十次主任会议原则通过), and revised by a later meeting in the same
# bracket (…原则通过 2025年4月18日…第42次委员长会议修改)
ADOPTION = re.compile(
    r"(?P<open>\()?(?P<date>"
    + _DAY
    + r")[^()]{2,60}?会议(?:审议)?(?:原则)?(?:通过|批准)(?(open)[^()]{0,40}\))"
)
# a later meeting's revision in an adoption's note: the day the text as printed was made
REVISION = re.compile(
    r"(?P<date>"
    + _DAY
    + r")[^()]{2,60}?会议(?:审议)?(?:第[一二三四五六七八九十]次)?(?:修改|修正|修订)"
)
# a report's delivery note under its heading: the meeting it was given at, dated
# ((2024年5月28日在某市人大常委会第九次会议上)), the same note as an adoption's; a report to a
# congress prints it as its subtitle, after a dash (——2023年2月9日在某市人民代表大会第三次会议上),
# or bare on its line, the day and 在 opening it (2023年2月9日在某县人民代表大会第三次会议上)
DELIVERY = re.compile(
    r"(?:(?P<open>\()|[-—–―─－]{1,2}[ \t]*|(?=" + _DAY + r"在))"
    r"(?P<date>" + _DAY + r")在?[^()]{2,60}?会议上(?:的[^()]{1,8})?(?(open)\))"
)
# the same subtitle without its day (——在某旗第十六届人民代表大会第一次会议上): the day may follow
# in a bracket under the speaker's line
UNDATED_DELIVERY = re.compile(r"[-—–―─－]{1,2}[ \t]*在[^()]{2,60}?会议上")
# a bracket a day's date opens: a meeting's note under a heading, never the heading's own
# period ((2021—2025年), (试行)); its note may break over two lines
DATED_NOTE = re.compile(r"\(" + _DAY)
# a report's subtitle a dash and a day's date open (——2024年1月19日在某区…会议): it may break over
# two lines as the bracket does (…人大工作会议 / 暨某县第十八届人民代表大会第三次会议上)
DASHED_NOTE = re.compile(r"[-—–―─－]{1,2}[ \t]*" + _DAY)
# a day's date alone in a bracket: the date a document prints under its heading ((2024年6月21日))
# or with who printed it: ((2019年1月31日中共某省委办公厅印发), (2021年3月5日印发)), or the
# signature set in the bracket, the organs before the date or after it ((某区人民政府 2023年5月10日),
# (某区人民政府办公室2023年5月10日印发), (2023年5月10日 某区人民政府)); a party regulation's line
# of two dates (adopted, then published) is another note
DATE_NOTE = re.compile(
    r"\((?:(?P<signer>[^()\d]{2,60}?)[ \t\u3000]*)?(?P<date>" + _DAY + r")"
    r"(?:[ \t\u3000]*(?P<organ>(?!(?:印[发發]|[发發]布)\))[^()\d]{2,40}?))?(?P<verb>印[发發]|[发發]布)?\)"
)
# a page's number as a paged file prints it: - 1 -, — 2 —
_DASHED_NUMBER = r"[-—–－]\s*\d{1,4}\s*[-—–－]"
# a line that is a page's number alone (— 2 —, 第3页共5页), or one a copy ran onto the last
# line of its page ((此件主动公开)—2—, its note read apart): the file's, never the text's
PAGE_NUMBER = re.compile(_DASHED_NUMBER + r"|第\d{1,4}页(?:\s*/?\s*共\d{1,4}页)?")
# a page number printed before a title by a copy of a paged file: - 1 -, — 2 —
PAGE_MARK = re.compile(_DASHED_NUMBER + r"\s*(?=\S)")
# a sharing site's mark after a title: (最新), (完整版)
# a site's name a page prints after the heading, as in its window's title
# (…的通知_某县人民政府, …的通知-某县人民政府门户网站)
SITE_NAME_TAIL = re.compile(
    r"[_|｜—-](?P<site>[^_|｜—\-,。《》()]{2,24}(?:人民政府|政府|门户网站|网站|政府网|网))$"
)
# the seal a copy notes after a signer (某县司法局(盖章)) or on a line of its own under it
# ((印章), [公章], 【单位盖章】), or the seal of an office that signs for a body (某县人民政府办公室
# (代章), 某局办公室 (代)), or an office sealing with a borrowed seal (某办公室(借章)): not the
# signer's name
# (a run of spaces is tried from its first only: a line of thousands of spaces is read once)
SEAL = re.compile(
    r"(?<!\s)\s*[(\[【](?:单位)?(?:盖章|公章|印章|签章|代章|代印|借章|代|印|章)[)\]】]$"
)
# the seal of an office that signs for a body: 代章, 代印, 代
ON_BEHALF = re.compile(r"代")
# an office that seals for the body signing above it, in brackets on a line of its own under the
# body's name: (某区政务服务管理局代章), 【某县人民政府办公室代印】
SEALED_FOR = re.compile(
    r"[(\[【〔]\s*[^()\[\]【】〔〕]{2,40}?(?:办公室|办公厅|局|委|办|中心|政府)\s*(?:代章|代印)\s*[)\]】〕]"
)
# an office printed alone on a signature's line: the end of the name above it, never an organ
OFFICE_ALONE = ("办公室", "办公厅", "辦公室", "辦公廳")
# the mark a sharing site puts after a document's name: (最新), its count of the documents it
# groups under the name ((3篇)), or its label of the document as a model (参考模板, 模板范文,
# 参考范文, or 模板 or 范文 alone: 天津法治政府建设方案模板, 计划范文), after the name's kind or
# after the period the name ends in (某区法治社会建设实施方案(2022—2025年)参考范文), or its count
# of the one document among those it groups (某方案篇1, 某方案精选篇1, 某计划 第1篇)
_MODEL_LABEL = "(?:参考模板|模板范文|范文参考|范文模板|范文范本|参考范文|模板|范文)"
# the words a site puts before its count of the documents it groups: (精选12篇), (通用5篇),
# (汇总19篇), and its praise of them as popular or as models (热门8篇), (模板16篇)
_COUNT_WORD = "(?:精选|精選|精编|精編|汇总|匯總|优质|優質|通用|优选|優選|热门|熱門|模板)"
_LABELLED_KIND = (
    r"(?<=方案|计划|計劃|要点|要點|意见|意見|办法|辦法|细则|规则|规定|制度|预案|规划|总结|报告|通知"
    r"|措施|安排|清单|标准|纲要|条例|年\))"
)
SITE_SUFFIX = re.compile(
    r"(?:\((?:最新|完整|完整版|精选|范文|合集|推荐)\)"
    rf"|\({_COUNT_WORD}?\d{{1,3}}篇\)"
    f"|{_LABELLED_KIND}{_MODEL_LABEL}"
    # or its count of the one document among those it groups (某方案篇1, 某方案精选篇1, 某方案 篇一,
    # 某计划 第1篇), after its label of the document as a model or not (某方案范文范本篇一)
    rf"|{_LABELLED_KIND}{_MODEL_LABEL}?\s?"
    r"(?:(?:精选|精選)?篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇))$"
)
# a line ending in : that announces what follows rather than addressing anyone (为…,制定本方案:;
# 现将有关事项通知如下:)
# (only whole lead words: 经开区各部门: and 现代农业园区: are addresses)
ANNOUNCES = re.compile(
    r"^(?:为了?|根据|按照|依据|结合|现将|现就|现对|经过|經過|经研究|經研究)"
    # 如下 with a word or two after it (…作如下安排:); never 以下 so (及以下单位: addresses)
    r"|如下[^,;:、]{0,4}:$|(?:以下|方案|办法|意见|要点):$"
)
# the quotes of a title named inside another's 《》 (《关于落实〈政府工作报告〉…》), as its own
# heading prints them
UNNESTED = str.maketrans({"〈": "《", "〉": "》"})
VERBS = ("印发", "印發", "转发", "轉發", "批转", "批轉")
# a notice's heading with its 的通知 cut off by a page: X关于印发《Y》
CUT_HEADING = re.compile(r"[^《》]{2,60}?关于(?:印发|转发)《[^《》]{4,90}》")
# where the issuers of a heading end: at 关于, or at the verb of a heading without it
HEAD_VERB = re.compile(r"关于|印发|转发|批转")
# the last words of a heading broken before them: X关于印发《Y》 / 的通知
# the formula that closes a notice's or a letter's text, never a signer: 特此通知, 此通知 (its
# 特 lost or set on the line above), 特此函告, 此复
CLOSING_FORMULA = re.compile(
    r"(?:特此|此)(?:通知|通告|公告|函告|函复|函復|函|报告|報告|批复|批復|复|復|说明|說明|告知)[。.!]?"
)
CLOSING = re.compile(r"》?的?通知")
# the same last words after the title's period or status, the heading broken before its bracket:
# 关于印发某三年行动计划 / (2023—2025年)的通知
CLOSING_AFTER_PERIOD = re.compile(r"(?P<period>\([^()]{1,20}\))》?的?通知")
# a date glued to the notice's last sentence, and the title glued to it: …执行。2020年7月11日某办法
GLUED_DATE = re.compile(r"。(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
MAX_LEAD_START = 80  # a news lead's naming sentence starts this far into its paragraph at most
MAX_PAGE_LINE = 60  # a site's slogan or column above a document: no paragraph of its text
# a site's column named by a kind of document alone, printed above its items: 工作报告, 政府文件
COLUMN_NAME = re.compile(
    r"(?:工作|政府|政策|规划|计划|通知)?(?:报告|要点|计划|规划|文件|公告|动态|总结|快递|要闻|信息)"
    r"|要闻快递|工作动态|政务动态"
    r"|(?:地方|国家|部门|省级|市级|县级|最新)?(?:政策|法规)(?:文件|法规|解读)?"
)
# the words a site's headline may join the parts of a heading with: …报告及2023年工作计划
HEADLINE_JOINS = re.compile(r"[及和与、\s]")
# a document number whose closing bracket was lost, run into the issuer's name after it
GLUED_NUMBER = re.compile(
    r"[^\s\d:,。()《]{1,10}[〔\[(【][12]\d{4,7}(?P<organ>[^\d〔〕\[\]]{2,40})"
)
# a signature's date whose year a copy left out: 年12月15日
YEARLESS_DATE = re.compile(r"年\d{1,2}月\d{1,2}日")
# a signature's date whose 月 a copy lost (2022年56日, 2022年121日): no date to read
LOST_MONTH_DATE = re.compile(r"(?:19|20)\d{2}年\d{2,3}日")
# a signature's date whose 年 and 月 (or 月 alone) a copy lost: 202256, 2022121日, 2022年56日;
# digits alone only where what follows the year reads as a month and a day (1-21 or 12-1), never a
# postal code (201100, 200003)
LOST_DATE = re.compile(
    rf"{LOST_MONTH_DATE.pattern}|(?:19|20)\d{{2}}"
    r"(?:\d{2,3}日|[1-9]{2}|[1-9](?:0[1-9]|[12]\d|3[01])|1[0-2][1-9])"
)
# a signature's date that gives the month alone (2023年5月): no day to read
MONTH_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月")
# the month a plan's cover prints under its organ, in Arabic or Chinese numerals: 二〇二一年二月;
# copies print the zero as a Latin O or a digit too (二O二一年九月, 二0二一年九月)
COVER_MONTH = re.compile(
    r"(?:(?:19|20)\d{2}|[〇○零O0一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
)
# the last characters of a place's name, and of a county's or a higher place's, for a regex's [...]
_PLACES = "".join(sorted(PLACE_ENDS))
_COUNTY_PLACES = "".join(sorted(PLACE_ENDS - TOWNSHIP_ENDS))
# joint issuers run together: where one name ends, and how the next one starts
# the place an organ's name opens with: 某县 of 某县发展和改革局, 某某市 of 某某市司法局
OWN_PLACE = re.compile(rf"[^,、\s]{{1,10}}?[{_PLACES}]")
RUN_END = re.compile(r"办公室|辦公室|办公厅|辦公廳|人民政府|委员会|委員會")
# (or with its level alone before its organ: 省委办公厅省政府办公厅)
RUN_START = re.compile(rf"中共|[^,、]{{1,8}}?[{_PLACES}]|[{_COUNTY_PLACES}](?:委|政府|人大|政协)")
MIN_RUN_NAME = 5
# a bureau's or a department's name ends one of joint issuers run together only where the next
# opens with the first's own place, or with 中共 (某市某区甲局某市某区乙局中共某市某区委丙部): a
# branch after its bureau (某市公安局某区分局) opens with a place of its own
BUREAU_RUN_END = re.compile(r"局|部|厅|廳")
OPENING_PLACE = re.compile(rf"[^,、]{{1,8}}?[{_PLACES}]")
# a party committee named first of joint issuers, the government of its place after it
# (中共某市委某市人民政府): the second name opens with the first's place
PARTY_COMMITTEE = re.compile(rf"中共(?P<place>[^,、]{{1,10}}?[{_COUNTY_PLACES}])委")
# the words that end the title of a government's rules, beside its plans' (规划, 方案…)
RULE_ENDS = ("制度", "规定", "规则", "细则", "办法", "清单", "纲要")
# the last words of a reply to a request (关于同意…的批复, 关于…问题的复函): the reply is its own
# document, whatever it attaches
REPLY_ENDS = ("的批复", "的批覆", "的复函", "的答复", "的答覆")  # and 批復, 復函 simplified
# the last words of a table's or a division's name, which a title broken over lines may end
# with (…重点工作任务分解表, …《政府工作报告》重点工作责任分工, …台账)
DIVISION_ENDS = (
    "分解表", "分工表", "一览表", "汇总表", "任务表", "责任表", "台账", "任务书",
    "责任分工", "任务分工", "工作分工", "责任分解", "任务分解", "目标分解",
)  # fmt: skip
# a title that opens with the name of the government that owns the plan, without 关于
OWNED_TITLE = re.compile(r"[^《》,。、\d\s]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府)")
# or an office's annual plan, its name right before the year: 某县司法局2023年普法工作计划
ORGAN_YEAR_TITLE = re.compile(
    r"[^《》,。、\d\s]{2,24}?"
    r"(?:局|厅|委员会|委|办公室|办公厅|办事处|办|领导小组|部|人民法院|人民检察院)"
    # its second name in brackets may follow it: 某自治区某语委办(编译局)2025年度…报告
    r"(?:\([^()《》\d]{2,12}\))?(?=(?:19|20)\d{2}年)"
)
# or a bureau's or a department's plan, its name (a place's, then the body's) right before what
# the plan is about, no year between: 某县司法局优化法治化营商环境工作方案, 某市公安局执法规范化
# 建设工作方案, 某省交通运输厅法治宣传教育实施方案; a word that ends in 局 and names no body
# (布局, 格局, 大局, 全局, 开局, 变局) ends none
BUREAU_TITLE = re.compile(
    rf"[^《》,。、\d\s]{{0,12}}?[{_PLACES}][^《》,。、\d\s]{{1,12}}?"
    r"(?<![布格大全结開开当當新破变變棋残殘僵胜勝败敗骗騙])(?:局|厅|廳)"
)
# what after a bureau's name in a heading makes it one of several or a whole line of bodies
# (某县教育局等五部门…, 全省司法厅系统…): the heading names no one issuer
BUREAU_SHARED = re.compile(r"等(?:[一二三四五六七八九十\d]{1,3}个?)?(?:部门|单位|家)|系统")
# a page's field naming a site as the publisher (发布单位:某县人民政府门户网站): no issuer
SITE_PUBLISHER = re.compile(
    r".{2,40}?(?:网站|(?<!电)网|網站|(?<!電)網|平台|客户端|公众号|APP|App|app)"
)
# a body's report on its work to a congress or a session, its name first and no year between:
# 某市人民法院工作报告, 某某委员会常务委员会工作报告 (never a speaker's: 某某同志在…工作报告)
WORK_REPORT_TITLE = re.compile(
    r"[^《》,。、\d\s在]{2,30}?(?:委员会|人民法院|人民检察院)(?=工作报告$)"
)
# an office a disclosure block names by its level alone, no place and no body (区办公室): which
# office is not said, so it names no issuer
BARE_OFFICE = re.compile(rf"[{_PLACES}](?:办公[室厅]|辦公[室廳]|办|辦)")
# a place a disclosure block names as its publisher, no body of it named (发布机构 鲍沟镇, 某县,
# 某区某镇, 某街道, 某经济技术开发区): its party committee, its government or an office may have
# issued the document, which one is not said, so it names no body
BARE_PLACE = re.compile(rf"[^\s,，、:：()（）《》\d]{{1,24}}?(?:[{_PLACES}]|街道)")
# such a place that publishes in its own name: a town, a township, a street office (某镇, 某区某乡,
# 某街道) or a development zone (某经济技术开发区, 某工业园区), one place, its county before it or
# not: the issuer where nothing the document prints names its organ (a county, a city and a
# province name a government and a party committee apart, so a field naming one alone names none)
TOWN_PLACE = re.compile(
    r"[^\s,，、:：()（）《》\d·•・/]{1,20}"
    r"(?:[乡镇鄉鎮]|街道|开发区|開發區|园区|園區)"
)
# a disclosure field left blank in words or marks (发布部门:信息补充中, 发布机构:暂无, 发文机关: 无,
# 发布机构:/, 发文机构:——, 不详, 待补充): the page has no value for it, and names no body
FIELD_BLANK = re.compile(
    r"[\s/\\\-—–－_.·…*＊]*|(?:信息|資訊|资料|資料)?(?:补充|補充|完善)中|待(?:补充|補充|定|完善)"
    r"|暂无(?:信息|资料)?|暫無(?:信息|資料)?|无|無|不详|不詳|未知|未填(?:写|寫)?|空|null|none|n/?a",
    re.IGNORECASE,
)
# the last words of a body's account of its year: …工作情况报告, or …工作情况 alone
REPORT_ENDS = ("报告", "工作情况", "工作总结")
# what a copy adds to a title from its file or its page: the file's extension and a copy's
# number (某要点.docx, 某方案(1).pdf), the file's kind in brackets ((PDF), （PDF版）, [Word]) and
# a site's label ([附件], 【附件】) after the name, or the label before it
COPY_TAIL = re.compile(
    r"(?:(?:[(（]\d{1,2}[)）])?\.(?:docx|doc|pdf|wps|ofd|txt)"
    r"|[(（\[【](?:pdf|word|wps|doc|docx|ofd)(?:版|格式|文件|文档|文檔)?[)）\]】]"
    r"|[\[【](?:附件|附件下载|附件下載|下载|下載)[\]】])$",
    re.IGNORECASE,
)
# or a sharing site's label of the files it serves, before the name it runs on into
# (实用文档精品实用文档系列 (标准 完整 实用 可修改)某县…方案)
COPY_HEAD = re.compile(
    r"[\[【](?:附件|附件下载|附件下載)[\]】]"
    r"|(?:实用文档|精品文档|精品实用文档系列|精品)*\s*[(（](?:\s*(?:标准|完整|实用|可修改|可编辑)){2,}\s*[)）]"
)
# the last words of a heading that names an account or a set of measures (关于…的情况说明,
# 关于…的若干措施): a document of its own, as a plan's kind names one
ACCOUNT_ENDS = ("说明", "措施", "举措")
# a body's name over the rest of its heading, on the next line from a year (某厅 / 2025年…情况)
YEAR_LINE = re.compile(r"(?:19|20)\d{2}年")
ISSUER_ENDS = (
    "政府",
    "领导小组",  # a leading group issues in its own name: 某省依法治省领导小组
    "領導小組",
    "工作组",  # and so do its working groups: 某区依法治区领导小组学法用法工作组
    "工作組",
    "办公室",
    "办事处",
    "辦事處",
    "公署",  # a prefecture's or a league's government: 某地区行政公署, 某盟行政公署
    "行署",
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
# the last words of a central bank's branch (中国人民银行某分行, 某中心支行), which signs a joint
# notice with the departments of its place, on their lines of names (某委员会 中国人民银行某分行)
BANK_ENDS = ("银行", "分行", "支行")
# the last words of a disclosure label that names an organ (信息来源, 发布单位, 责任部门, 发布机构)
ORGAN_LABEL_ENDS = ("来源", "单位", "部门", "机构", "机关")
# the last words of the name a notice's heading prints before 关于印发: besides the organs that
# sign, the offices named short (某区依法治区办), the bodies of a zone or a service (某开发区管委会,
# 某市政务服务中心), the people's organisations (某县总工会, 某县妇联, 某县科学技术协会), the units
# under a bureau (某派出所, 某执法大队), a task force (某工作专班) and a place writing under its own
# name (某街道, 某镇): a heading that prints a document names its issuer there
NOTICE_ISSUER_ENDS = (
    *ISSUER_ENDS,
    "办",
    "辦",
    "管委会",
    "管委會",
    "中心",
    "会",
    "會",
    "联",
    "聯",
    "协",
    "協",
    "所",
    "队",
    "隊",
    "站",
    "专班",
    "專班",
    "街道",
    "镇",
    "鎮",
    "乡",
    "鄉",
    "苏木",
)
# the last words of a people's body or a task force, whose name a place opens and which signs
# whole (某县总工会, 某县妇联, 某市科协, 某区工作专班): no place's name cut short
BODY_ENDS = ("工会", "妇联", "联合会", "协会", "科协", "残联", "工商联", "文联", "侨联", "专班")
# the last words of a signature's organ printed alone over its date besides an organ's own
# (ORGAN_NAME_ENDS): the people's organisations (某县妇联, 某县科协), a task force (某区工作专班)
# and a place that signs under its name alone (某某镇, 某某乡)
SIGNER_ENDS = ("联", "聯", "协", "協", "专班", "專班", "镇", "鎮", "乡", "鄉", "苏木")
# an attachment's label or a list's number opening a line (附件1.2023年县政府, 附件：某局, 2.某县
# 人民政府): a line so opened lists or heads an attachment, or numbers an item, and is no organ's
# name, however its cut words end
# an attachment's label alone on its line (附件1, 附件二：, 附件1 | in a table's cell): it labels
# what follows and names no document
ANNEX_LABEL_ALONE = re.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?\s*[:：]?\s*\|?")
# a note under an attachment's label, over its table: (注:A类指责任目标), 注：
ANNEX_NOTE = re.compile(r"[(（]?注\s*[:：]")
ATTACHMENT_LEAD = re.compile(r"(?:附件|附\s*[:：]|[0-9０-９]{1,2}\s*[.．、])")
# a township or street office that writes under its place's name alone (某街道关于…的报告)
PLACE_WRITER_ENDS = ("街道", "镇", "鎮", "乡", "鄉", "苏木")
# the last words of an organ's name printed alone: a signature's line, the office that prints a
# document, names side by side in a record's cell (某县人民政府办公室, 某某街道办事处)
ORGAN_NAME_ENDS = (
    "政府",
    "部门",
    "单位",
    "机构",
    "局",
    "委",
    "办",
    "办公室",
    "委员会",
    "厅",
    "院",
    "所",
    "中心",
    "公司",
    "组",
    "会",
    "处",
    "科",
    "队",
    "站",
    "部",
    "署",
    "开发区",
    "新区",
    "管理区",
    "港区",
    "园区",
    "街道",
    "办事处",
)
# the last words of the names an address line lists (organs, their offices, units)
ORGAN_ENDS = (
    *ISSUER_ENDS,
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
# a name that addresses a class of organs, not one organ: 各乡镇人民政府, 县直有关单位, 市直属机关;
# 有关/直属/所属 only where the class closes the name (有关部门, 直属单位), never inside an organ's
# own name (中共某县直属机关工作委员会, 某县有关事项协调办公室)
COLLECTIVE_ADDRESS = re.compile(
    "各|(?:有关|有關|相关|相關|直属|直屬|所属|所屬)[\u4e00-\u9fff]{0,6}?"
    "(?:部门|部門|单位|單位|机关|機關|机构|機構|企业|企業|学校|學校|处室|處室|科室|方面)"
    "(?=$|[,;、:])"
)
# and the last words of the names an address adds to them: offices in short (各区法宣办),
# rooms and schools (机关各处室, 各高等学校), a prefecture's office (海东行署), people's bodies
# (各人民团体), a committee's groups (各协调小组), a bureau's detachments (监察支队, 各执法大队)
ADDRESSEE_ENDS = (
    *ORGAN_ENDS,
    "办",
    "辦",
    "室",
    "队",
    "隊",
    "署",
    "学校",
    "學校",
    "企业",  # 各直属企业, 各有关企业: enterprises a government addresses
    "企業",
    "团体",
    "團體",
    "小组",
    "小組",
    "机关",  # 市各国家机关
    "機關",
    "院校",  # 各高等院校
    # a party group addressed by its organ: 区各委办局党组(党委), 各人民团体党组
    "党组",
    "黨組",
    # an autonomous prefecture or county addressed by its name, for its government: 伊犁哈萨克自治州
    "自治州",
    "自治县",
    "自治縣",
    "自治旗",
    # a zone addressed by its name, for its committee: 某某经济开发区, 某某工业园区, 某某新区
    "开发区",
    "開發區",
    "园区",
    "園區",
    "新区",
    "新區",
    "经济区",
    "經濟區",
)
# a number whose brackets were lost on the way to the page: 株县发20174 (2017, number 4),
# 某司通202155, or its closing bracket and 号 only: 某司〔2017497
LOOSE_NUMBER = re.compile(
    r"[^\s\d:,。()《]{1,10}[发字函][12]\d{4,7}号?"
    r"|[^\s\d:,。()《》A-Za-z]{2,10}〔?(?:19|20)\d{3,5}号?"
)
LOOSE_DATE = re.compile(r"(?:19|20)\d{4,6}")
# a date whose 年 alone was lost (20186月22日): the year's four digits run into the month
RUN_YEAR_DATE = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
# markup a copy left in the text (<?xml:namespace prefix = o … />, <o:p></o:p>): not the document's
MARKUP = re.compile(r"(?:<[?/]?[A-Za-z][^<>]{0,200}>)+$")
# a site's note before a title: (本文有删减) says the page abridged the document; or the
# record's count of copies that a copy ran into the title after it: (共印45份,自存3份)
EDITORIAL_NOTE = re.compile(
    r"\((?:(?:本文)?(?:有删减|有删节|节选|摘编|全文)|现行有效|已失效|已废止|已修改|部分失效"
    r"|(?:资料)?图片[^()]{0,8}|共印\d+份[^()]{0,12})\)"
)
# a law site's note on a document's validity, under its own label: 税谱®提示:根据…规定,继续有效,
# 【温馨提示】本文件已废止, 编者注:该文件已于2020年修订 — the site's, never the document's words;
# the note's word is a label, closed by its colon or bracket, and no heading's words stand before
# it (某市人民政府关于注销和修改…, 关于做好注册会计师…修订工作的通知 are headings)
VALIDITY_NOTE = re.compile(
    r"[【\[]?(?:(?!关于)[^,。:;【】\[\]()]){0,10}(?:提示|编者注|编者按|注|说明)(?:[】\]]:?|:)"
    r".{0,160}?(?:继续有效|现行有效|仍然有效|已失效|失效|已废止|废止|修改|修订|有效期)"
)
# a site's notes before a heading: which copy holds (以此件为准), what it corrected
# (日期修改其他内容不变), that it is public (此件主动公开, 信息公开形式:主动公开); never the
# heading's words
SITE_NOTES = re.compile(
    r"(?:\((?:此件[^()]{0,12}|(?:信息)?公开(?:方式|形式|选项|属性|类型)[^()]{0,12}|以此(?:件|稿)?为准|[^()]{0,12}(?:修改|更正|勘误)[^()]{0,12})\))+"
)
# the label of an address: 主送:, 主送机关:
ADDRESS_LABEL = re.compile(r"主送(?:机关|单位)?:")
# a report's words before the text it prints: 通知全文如下:
PRINTED_BELOW = re.compile(r"(?:全文|原文|内容)如下:")
# a news page's line announcing the document alone (全文如下:, 通知全文如下:): it starts below
FULL_TEXT_BELOW = re.compile(r"[^,。;:]{0,8}(?:全文|原文)如下:")
# the head of an order (令): the organ's mark, and the order's number on the next line
ORDER_MARK = re.compile(r"(?P<organ>[^,。:《》]{2,30}?(?:人民政府|政府|委员会|常务委员会))令")
# a standing committee's or a government's 公告 that promulgates a rule, its number under it
# (某市人民代表大会常务委员会公告 / 第三十七号): the number is the 公告's, printed on its own line
ANNOUNCEMENT_MARK = re.compile(r"(?P<organ>[^,。:《》]{2,30}?(?:人民政府|委员会))公告")
# a 公告's or an order's number in its bracket under the heading, its end cut off or not:
# (第3号), 第十五号, (第3
SERIAL_NUMBER = re.compile(r"\(?第[\d一二三四五六七八九十百〇零]{1,6}(?:[号號]\)?|\))?")
ORDER_NUMBER = re.compile(r"第[\d一二三四五六七八九十百〇零]{1,6}[号號]")
# a person who signs an order or a law: 市长:某某, 省长:某某, or the name after a printed gap
# (市长 某某, 代市长  某某某, 市长　某 某: spaces are gone from the normalised line, a tab is
# kept; the caller checks the line's gaps); an acting head signs as 代市长, 代理市长
_GOVERNORS = "|".join((*GOVERNOR_TITLES, "州长", "旗长", "主席", "主任"))
# (or the office alone, where a copy left the name out: 市 长 over the date)
# (a ministry's or a bureau's order signed by its head: 部长, 局长, 署长; the State Council's by 总理)
_SIGNERS = f"{_GOVERNORS}|部长|局长|署长|总理"
# the words an office's name opens, which no person's name ends in: 局长办公会, 主任会议
OFFICE_WORD = re.compile("办公会|辦公會|会议|會議|办公室|辦公室|小组|小組|处室|處室")
SIGNER = re.compile(
    rf"(?:代理|代)?(?:{_SIGNERS})(?P<named>:[^,。:]{{2,4}}|(?P<gap>[ \t]*)(?P<name>[\u4e00-\u9fff·]{{2,4}}))?"
)
# the speaker's line under a report's delivery note: the organ, the office that heads it and the
# speaker's name (某市中级人民法院副院长 某某, 某省人民检察院检察长某某)
SPEAKER = re.compile(
    r"(?P<organ>[^,。:、《》\s]{4,40}?)(?:代理|代|副|常务副)?"
    rf"(?:院长|检察长|{_GOVERNORS}|厅长|局长|部长|秘书长)"
    r"[ \t\u3000]*[\u4e00-\u9fff·][ \t\u3000]*[\u4e00-\u9fff·]{1,3}"
)
# the organs that report their own work to a congress, their head speaking: courts,
# procuratorates, governments, supervisory commissions, a congress's standing committee
SELF_REPORTING = ("法院", "检察院", "人民政府", "监察委员会", "常务委员会", "人大常委会")
# a report given on another organ's behalf: 受市人民政府委托, opening its clause (not 受理委托,
# 接受群众委托); the organ may open with its level (in simplified characters, no 盟), a person
# named with it (和县长) is not its
_DELEGATING_LEVELS = "".join(sorted(PLACE_ENDS - TOWNSHIP_ENDS - frozenset("盟縣區")))
DELEGATION = re.compile(
    r"(?:^|[,。;:\s])(?:我|本人|现)?受"
    rf"(?P<organ>(?P<level>[{_DELEGATING_LEVELS}])?[^,。:、受和及]{{1,30}}?)"
    r"(?:[和及][^,。:、]{1,10}?)?(?:的)?委托"
)
# a register's status before a title: 有效, 失效
STATUS = re.compile(r"(?:现行有效|有效|已失效|失效|已废止|废止)")
# the provinces, autonomous regions and municipalities by their short names: a reprinting site
# tags a heading with the one it comes from ((内蒙古)某旗政府工作报告, 【北京】…)
REGIONS = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
    "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾",
)  # fmt: skip
# a day whose month or day is padded with 0 (2024年01月08日, 2023年12月05日): a page's, as a
# document's own date never pads them
PADDED_DAY = re.compile(r"(?:19|20)\d{2}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日")
# a day in digits apart by hyphens or slashes (2023-05-10, 2023/5/10): a page's, as a
# document's own date is written out with 年, 月 and 日 (GB/T 9704-2012, 7.3.5.1)
DIGITS_DAY = re.compile(r"(?:19|20)\d{2}([-/])\d{1,2}\1\d{1,2}")
# a document's name quoted in 《》 (no 《》 inside)
QUOTED = re.compile(r"《[^《》]{2,90}》")
# a page's label of the document's text in a cell of its own before it, by a table's rule
# (释义 | 各乡镇人民政府: …, 正文 | …): the page's, never the first recipient's name; the text
# runs to the end of the row
TEXT_CELL = re.compile(
    r"\|?[ \t]*(?:释义|正文|全文|原文)[ \t]*\|[ \t]*(?=[^|\s])(?=[^|]*\|?[ \t]*$)"
)
# a publisher's tag printed before a heading: (授权发布), 【权威发布】
# (a news agency's tag may name the occasion first: (两会受权发布)); a reprinting site's tag of
# the region a document comes from: (内蒙古), 【四川】
TAG = re.compile(
    r"[(【](?:[^()【】\d,。:]{0,4}(?:授权|受权|权威)发布|全文|转载|原文|(?:现行|已)?(?:有效|失效|废止)|"
    + "|".join(REGIONS)
    + r")[)】]|<正>"
)
# a sharing site's number of one of the documents it groups on a page (第一篇:), before any
# heading: under a title, 第一篇: opens a part of a 规划 (第一篇:发展基础与总体要求)
SHARED_PART = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇:")
# or its label of one document of the group, numbered and closed by its count (1.某办法 篇一), and
# the group's title that says how many it holds (某办法(精选12篇), 某方案(汇总19篇), 某方案15篇):
# the site's, never the text's
SHARED_ENTRY = re.compile(r"\d{1,2}[.、]\s*[^,。:;]{2,40}?篇[一二三四五六七八九十\d]{1,3}")
SHARED_GROUP = re.compile(
    rf"[^,。:;]{{2,60}}?(?:\({_COUNT_WORD}\d{{1,3}}篇\)"
    # or its count printed right after the kind the documents share (某活动方案15篇)
    r"|(?<=方案|计划|計劃|要点|要點|意见|意見|办法|辦法|细则|规则|规定|制度|预案|规划|总结|安排"
    r"|措施|清单)\d{1,3}篇)"
)
# or the label of one page of an uploaded file it shows as an image: 某工作方案_第1页
SHARED_PAGE = re.compile(r"[^,。:;]{2,60}?_第\d{1,3}页")
# a site's category before a heading that names its document: 【工作总结】某局关于…的报告
CATEGORY_TAG = re.compile(r"【[^【】\d,。:]{2,6}】")
# or a column's name in quotes, apart from the heading by a space: “党政混合信息公开” 某办公室印发…
QUOTED_TAG = re.compile(r"“[^“”《》\d,。:]{2,12}”")
# a sharing site's line that names the document's file: 《某工作要点.docx》由会员分享,可在线阅读…
SHARED_FILE = re.compile(
    r"《(?P<name>[^《》]{4,90}?)\.(?:docx?|pdf|wps|txt)》由(?:会员|用户)(?:分享|上传)"
)
REGISTRATION = re.compile(r"[A-Z]{2,8}[-—]\d{4}[-—]\d{1,8}")  # HFGS—2017—9
# Traditional characters to their simplified forms, one for one, for matching only: every
# character keeps its place, so a match in the folded text cuts the printed one (省司法廳 ends
# as an organ's name does, 關於 reads as 关于, 發佈日期 as 发布日期)
SIMPLIFIED = str.maketrans(TRADITIONAL + "於佈", TRADITIONAL_SIMPLIFIED + "于布")
# any character SIMPLIFIED folds: a text without one is its own simplified form
_TRADITIONAL_CHAR = re.compile("[" + "".join(chr(code) for code in sorted(SIMPLIFIED)) + "]")


def simplified(text: str) -> str:
    """``text.translate(SIMPLIFIED)``, without looking up each character of a simplified text.

    str.translate looks every character of CJK text up in the table; one search for a
    character to fold answers for most texts, which hold none.

    Examples:
        >>> simplified("發佈日期"), simplified("发布日期")
        ('发布日期', '发布日期')
    """
    return text.translate(SIMPLIFIED) if _TRADITIONAL_CHAR.search(text) else text


DOCUMENT_ENDS = (
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
    "答复",
)
# a notice that sends a draft out for comments: 关于征求《Y》意见的通知, or a call for
# comments as an announcement or a letter (关于面向社会征求《Y》意见建议的公告, …意见的函),
# the draft also named before the call (关于《Y》征求意见建议的公告), or its draft's mark printed
# after the marks (关于公开征求《Y》(征求意见稿)意见的公告): the mark is the draft's
FOR_COMMENTS = re.compile(
    r"(?:征求(?P<title>《[^《》]+》)(?P<draft>[(（](?:征求意见稿|草案|送审稿|讨论稿|修改稿)[)）])?"
    r"(?:的)?|(?P<named>《[^《》]+》)(?:公开)?征求)"
    r"(?:修改)?(?:意见|意見)(?:建议|建議)?的(?:通知|公告|函)$"
)
# a call for comments that names no draft in 《》: 征求意见公告, 某市司法局征求意见公告, 关于某市
# 实施方案公开征求意见的通知, or a page's heading that names the draft before the call
# (某市实施方案(征求意见稿)公开征求意见)
CALL_HEADING = re.compile(
    r"[^。;,:《》]{0,60}?(?:公开)?征求(?:社会|公众|社会公众)?(?:修改)?(?:意见|意見)"
    r"(?:建议|建議)?的?(?:通知|公告|函)"
    r"|[^。;,:《》]{2,60}?(?:稿|方案|办法|规划|计划|条例|细则|规定|要点|清单)\)?"
    r"(?:公开|公開)?征求(?:社会|公众|社会公众)?(?:意见|意見)(?:建议|建議)?"
)
# the head of a table of contents a plan may print before its text
CONTENTS = re.compile(r"序言|前言|目录|目錄|目次")
# a list of names a notice publishes, printed after its signature (某某示范村名单, 获奖名单(第一批),
# 详细名单, 名录): the notice's annex, never a plan's heading; linear (no nested repeats)
NAME_LIST = re.compile(r"[^。,;:]{0,60}名[单單录錄](?:[((][^()()]{1,12}[))])?")
# a page's label over a notice it prints, naming no subject (公布通知, 通知全文, 公告): the
# notice's own heading names what it is about
BARE_NOTICE_LABEL = re.compile(
    r"(?:公布|发布|發布|印发|印發|转发|轉發)?(?:通知|公告|通告)(?:全文|原文|正文)?"
)
# or a plan's heading over its table of contents, run together with it: 某市应急预案目录
CONTENTS_TAIL = re.compile(r"(?:目录|目錄|目次)$")
# the same head after a heading that names a document by its kind (某市应急预案目录), never the
# last word of a list's own name (重大行政决策事项目录, 政务服务事项目录, 公共数据资源目录)
HEADING_CONTENTS_TAIL = re.compile(
    r"(?<=预案|規劃|规划|纲要|綱要|方案|计划|計劃|办法|辦法|条例|條例|要点|要點|意见|意見|报告|報告"
    r"|细则|細則|规定|規定|决定|決定|规则|規則)(?:目录|目錄|目次)$"
)
# a speaker's salutation to a congress or a session, never an address: 各位代表:, 各位委员、同志们:
SALUTATION = re.compile(
    r"(?:(?:各位|尊敬的)[^,;:、\d]{0,6}(?:代表|委员|委員|常委|领导|領導|来宾|來賓)|同志们|同志們)"
    r"(?:[、,](?:(?:各位|尊敬的)?[^,;:、\d]{0,6}(?:代表|委员|委員|常委|领导|領導|来宾|來賓)|同志们|同志們))*:"
)
# the red rule under the organ's mark (GB/T 9704 7.2.6), as a copy prints it: a line of dashes
MARK_RULE = re.compile(r"[-—–_─━=＿]{4,}")
# 发文机关标志, the organ's mark over a document: 某省司法厅文件 (or …纪要)
ORGAN_MARK = re.compile(r"[^\s,。:;《>»()“”]{2,40}(?:文件|纪要)")
# a notice's sentence going on under the title it names, on the next line of a PDF's copy:
# 《Y》 / 已经自治区人民政府常务会议审议通过,现印发你们
SENTENCE_GOES_ON = re.compile(r"(?:已经|已|业经|经|现|予以|印发|转发|发给|请)")
# the verb by which a notice's sentence carries a plan: 《Y》已经…同意,现印发给你们
CARRIES = re.compile(r"印发|转发")
SAME_DOCUMENT = 0.7  # a headline and a heading this alike (difflib's ratio) name one document
PUBLIC_NOTE = re.compile(r"\(此件[^()]{0,12}\)")
# a page's time stamp written with 年月日: 2011年07月27日 21:25:32
STAMP = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:\d{1,2}:\d{2}(?::\d{2})?)?")
ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?")
# a site's byline without labels: who posted the page and when, to the minute
# (江源区人民政府 2017-11-24 15:04, 2023-01-05 10:00 区人民政府办公室), the date also day first
# as aggregators print it (30.12.2014 18:45)
BYLINE = re.compile(
    r"(?P<before>[^\d《》:]{0,30}?)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"\d{1,2}:\d{2}(?::\d{2})?"
    r"(?P<after>[^\d《》:]{0,30})"
)
NOTICE_WORDS = (
    "现将",
    "印发给你们",
    "印发给你",
    "现予印发",  # 《某规则》已经某会议审议通过,现予印发。
    "请结合实际",
    "请认真",
    "遵照执行",
    "贯彻执行",
)
SEPARATOR = re.compile(r":?-{2,}:?")

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
MAX_TITLE = 90
MAX_TITLE_PART = 30  # a part of a title broken over three lines: its middle line at most
HEADING_LOOKAHEAD = 3  # page text above a heading: this many lines at most
MAX_TITLE_COMMAS = 2  # 关于…,…的意见 has one comma at most; a line with more is a sentence
MAX_RECIPIENTS = 300
# the lines of a recipient list printed one name a line: a ministry's runs to seven or eight
MAX_ADDRESS_LINES = 10
# the last words of a field's label whose value is a body: 颁发部门, 发布机构, 制定机关
BODY_LABEL_ENDS = ("部门", "单位", "机关", "机构", "部門", "單位", "機關", "機構")
# the lines of a joint signature: ministries and provinces sign two to a line, up to seven lines
MAX_SIGNERS = 8
MAX_ISSUER = 40

TO_SIMPLIFIED = str.maketrans(TRADITIONAL, TRADITIONAL_SIMPLIFIED)

# a sharing site's category before a title: 工作方案:XX市…行动方案
GENRE_LABEL = re.compile(r"(?P<label>[^\s:,。《》\d]{2,6}):(?=\S)")
