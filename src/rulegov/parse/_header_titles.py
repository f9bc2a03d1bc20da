"""Titles, notices, recipients and issuers: what a document's heading names.

The kind of plan a title names (工作要点), the issuer printed before 关于, joint issuers spaced apart
or run together, a notice's address line (各镇人民政府,区政府各部门:), a 关于 title that names its
own plan or carries none, and a notice's head a copy ran into one line.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from rulegov._text import fold_width
from rulegov.parse._header_page import is_chrome, split_organs
from rulegov.parse._header_words import (
    ABOUT,
    ACCOUNT_ENDS,
    ADDRESSEE_ENDS,
    ANNOUNCES,
    ATTACHMENT_LEAD,
    BANK_ENDS,
    BODY_ENDS,
    BUREAU_RUN_END,
    BUREAU_SHARED,
    BUREAU_TITLE,
    COPY_HEAD,
    COPY_TAIL,
    DIVISION_ENDS,
    DOC_NUMBER,
    DOCUMENT_ENDS,
    GENRE_LABEL,
    GLUED_HEAD,
    GLUED_TAIL_NUMBER,
    HEAD_VERB,
    ISO_DATE,
    ISSUER_ENDS,
    MAX_ISSUER,
    MAX_RECIPIENTS,
    MAX_TITLE,
    MAX_TITLE_COMMAS,
    MENU_BULLET,
    MIN_NUMBER_HEAD,
    MIN_RUN_NAME,
    NAMED_TITLE,
    NOTICE_HEAD,
    NOTICE_ISSUER_ENDS,
    NOTICE_VERB,
    OPENING_PLACE,
    ORGAN_YEAR_TITLE,
    OWNED_TITLE,
    PAGE_BYLINE,
    PAGE_DATE_FIRST,
    PARTY_COMMITTEE,
    PLAN_KINDS,
    REPLY_ENDS,
    REPORT_ENDS,
    RULE_ENDS,
    RUN_END,
    RUN_START,
    SALUTATION,
    SIMPLIFIED,
    SITE_SUFFIX,
    TEXT_TAIL,
    UNNESTED,
    VERBS,
    WORK_REPORT_TITLE,
    simplified,
)
from rulegov.parse._time import read_date
from rulegov.parse._vocab import COLLECTIVE_OPENINGS, PLACE_ENDS, ROLE_LABELS, WORK_VERBS

MIN_LEVEL_NAME = 4  # 市政府办公厅, 某区人民政府: a level and an office, or a place and a government
MIN_SIGNER = 3  # a signer's name apart by spaces: 国务院, 某某局 and longer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rulegov.model import PlanKind
    from rulegov.parse._text import Line

__all__ = [
    "BARE_NAME",
    "MAX_ORGAN_TAIL",
    "accounts_for_document",
    "bureau_issuer",
    "carries_nothing",
    "ends_a_name",
    "genre_label",
    "is_address",
    "is_organ_name",
    "is_plain_notice",
    "is_titleish",
    "name_broken_over",
    "named_titles",
    "names_by_level",
    "names_document",
    "names_organs",
    "names_own_plan",
    "notice_issuers",
    "number_apart",
    "opens_a_heading",
    "opens_an_organ",
    "place_name_cut",
    "placed_level_name",
    "plan_kind",
    "published_list",
    "rule_lines",
    "run_on_parts",
    "run_together",
    "signers",
    "spaced_issuers",
    "tail_opens_a_name",
    "title_issuer",
    "without_site_mark",
]


def named_titles(texts: Iterable[str]) -> set[str]:
    """The titles the lines of a notice name in 《》, each also with its 〈〉 printed 《》.

    A name the notice quotes inside 《》 marks its own quotes 〈〉 (《关于落实〈政府工作报告〉
    重点工作的任务分工》); the title prints them 《》.

    Examples:
        >>> sorted(named_titles(["现将《关于落实〈报告〉的分工》印发给你们。"]))
        ['关于落实〈报告〉的分工', '关于落实《报告》的分工']
    """
    named = {found.group("title") for text in texts for found in NAMED_TITLE.finditer(text)}
    return named | {title.translate(UNNESTED) for title in named}


def is_organ_name(text: str) -> bool:
    return (
        len(text) <= MAX_ISSUER
        and is_titleish(text)
        and text.endswith(ISSUER_ENDS)
        and ATTACHMENT_LEAD.match(text) is None
    )


def is_address(text: str) -> bool:
    """A recipient line: names (at least two characters) ending in ``:``, without a full stop.

    A clause that leads into the text (为深入贯彻…,制定本方案:) ends in ``:`` too, and is not one;
    nor is a page's date before a counter's label (2020-08-26 阅读:).

    Examples:
        >>> is_address("各乡镇人民政府,县直各单位:"), is_address("2020-08-26阅读:")
        (True, False)
    """
    return (
        text.endswith(":")
        and PAGE_DATE_FIRST.match(text) is None
        and len(text.strip(" :")) >= 2
        and len(text) <= MAX_RECIPIENTS
        and "。" not in text
        and ANNOUNCES.search(text) is None
        and SALUTATION.fullmatch(text) is None
        and MENU_BULLET.match(text) is None  # a page's bulleted field (• 文档来源:), no address
    )


def names_organs(text: str) -> bool:
    """Whether every name of an address line is an organ's: 各镇人民政府,区政府各部门,有关单位:.

    A name may close on a note in brackets: 各乡镇人民政府(管委会、管理处).

    Examples:
        >>> names_organs("各乡镇人民政府(管委会、管理处),县政府各部门,各人民团体:")
        True
        >>> names_organs("为深入贯彻落实,制定本方案:")
        False
        >>> names_organs("各科室,各站所,各村:"), names_organs("各村(社区),镇属各单位:")
        (True, True)

        A district addresses its towns by their level alone: 各园区,镇(街道),区各部门:.

        >>> names_organs("各园区,各镇,区各部委办局:"), names_organs("各园区,镇(街道),区直各单位:")
        (True, True)
    """
    names = [
        re.sub(r"\([^()]*\)$", "", name) for name in re.split("[,;]", text.rstrip(":")) if name
    ]
    return bool(names) and all(
        name.endswith(ADDRESSEE_ENDS)
        or _TOWN_UNITS.fullmatch(name) is not None
        or _LEVEL_ALONE.fullmatch(name) is not None
        for name in names
    )


# the units a town or a street office addresses besides its offices: 各村, 各社区, 各站所, 各村(居)
_TOWN_UNITS = re.compile(r"各(?:行政)?(?:村|社区|村居|村社|站所|站|所|片区|网格)")
# the bodies of a level a district or a county addresses by the level's word alone: 各镇, 镇(街道)
_LEVEL_ALONE = re.compile(r"各?(?:乡|镇|乡镇|街道|镇街|街镇|苏木)")


def spaced_issuers(lines: list[Line]) -> list[str] | None:
    """Joint issuers a heading prints apart by spaces or lines: 中共某省委 某省人民政府 / 转发….

    Each name must end as an organ's; else the spaces are not a separator.
    """
    printed = " ".join(line.original.strip() for line in lines)
    head = HEAD_VERB.split(printed.translate(SIMPLIFIED), maxsplit=1)[0]
    names = [name for name in re.split(r"[\s\u3000]+", printed[: len(head)]) if name]
    if len(names) < 2 or not all(
        name.translate(SIMPLIFIED).endswith(ISSUER_ENDS) for name in names
    ):
        return None
    return names


def run_together(name: str) -> list[str]:
    """Joint issuers printed without a separator, apart: each ends as an office or government.

    A second name starts with its own place (某县, 某市…) or with 中共; an office inside one organ
    (某市人民政府法制办公室) stays whole. A party committee (中共某市委) is apart from the name
    after it only when that name opens with the committee's place (某市人民政府).

    Examples:
        >>> run_together("中共某县县委办公室某县人民政府办公室")
        ['中共某县县委办公室', '某县人民政府办公室']
        >>> run_together("中共某市委某市人民政府"), run_together("中共某市委宣传部")
        (['中共某市委', '某市人民政府'], ['中共某市委宣传部'])
        >>> run_together("某市人民政府法制办公室"), run_together("某县人民政府办公室")
        (['某市人民政府法制办公室'], ['某县人民政府办公室'])
        >>> run_together("省委办公厅省政府办公厅"), run_together("某市人民政府市场监督管理局")
        (['省委办公厅', '省政府办公厅'], ['某市人民政府市场监督管理局'])

    Bureaus and departments of one place, their spaces lost, stand apart where the next name
    opens with the same place or with 中共; a branch bureau under its own place stays whole:

        >>> run_together("某市某区甲局某市某区乙局中共某市某区委宣传部")
        ['某市某区甲局', '某市某区乙局', '中共某市某区委宣传部']
        >>> run_together("某市公安局某区分局"), run_together("某市公安局某某区分局")
        (['某市公安局某区分局'], ['某市公安局某某区分局'])
    """
    bare = name.translate(SIMPLIFIED)  # one character for one: a place in either is the other's
    # the office and government names after which another organ opens, wherever the organ
    # before them opened: found once, not again from each cut
    joints = [
        (found.start(), found.end())
        for found in RUN_END.finditer(name)
        if len(name) - found.end() >= MIN_RUN_NAME
        and RUN_START.match(name, found.end())
        and bare.endswith(ISSUER_ENDS, found.end())
    ]
    parts: list[str] = []
    start = 0
    while (cut := _run_cut(name, bare, start, joints)) is not None:
        parts.append(name[start:cut])
        start = cut
    parts.append(name[start:])
    return parts


def _run_cut(name: str, bare: str, start: int, joints: list[tuple[int, int]]) -> int | None:
    """Where the organ that opens at ``start`` ends, if another is run together after it.

    ``bare`` is ``name`` in simplified characters, ``joints`` the places of the office and
    government names that another organ follows. The names are cut one after another in a
    loop, each from where the last ended: a line of a thousand organs run together (a copy's
    table of units without its rules) is no thousand calls deep.
    """
    party = PARTY_COMMITTEE.match(bare, start)
    if party is not None:
        end = party.end()
        if (
            len(name) - end >= MIN_RUN_NAME
            and bare.startswith(party["place"], end)
            and bare.endswith(ISSUER_ENDS, end)
        ):
            return end
    joint = bisect.bisect_left(joints, (start,))
    if joint < len(joints):
        return joints[joint][1]
    place = OPENING_PLACE.match(bare, start)
    for found in BUREAU_RUN_END.finditer(name, start):
        end = found.end()
        if (
            len(name) - end >= MIN_RUN_NAME
            and bare.endswith(ISSUER_ENDS, end)
            and (
                bare.startswith("中共", end)
                or (place is not None and bare.startswith(place[0], end))
            )
        ):
            return end
    return None


def signers(line: Line) -> list[str]:
    """The organs a signature line names: apart by spaces, or run together, in either script.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> signers(split_lines("中共某市委宣傳部 某市司法局")[0])
        ['中共某市委宣傳部', '某市司法局']
        >>> signers(split_lines("中共某县委某县人民政府")[0])
        ['中共某县委', '某县人民政府']
        >>> signers(split_lines("某省卫生健康委员会 中国人民银行某分行")[0])
        ['某省卫生健康委员会', '中国人民银行某分行']
    """
    names = [name for name in re.split(r"[\s\u3000]+", line.original.strip()) if name]
    if len(names) < 2 or not all(
        len(name) >= MIN_SIGNER and name.translate(SIMPLIFIED).endswith((*ISSUER_ENDS, *BANK_ENDS))
        for name in names
    ):
        names = split_organs(line)
    return [part for name in names for part in run_together(name)]


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
    return bare.endswith("通知") and "关于" in bare and carries_nothing(bare)


# a notice that publishes a list (关于公布某县2025年度重大行政决策事项目录的通知): the list, named
# after the verb, is what it carries, as a plan after 印发
_PUBLISHED_LIST = re.compile(r"关于(?:公布|发布)(?P<title>[^《》,，。]{4,90}?(?:目录|清单))的通知$")


def published_list(title: str) -> tuple[int, int] | None:
    """Where a notice's heading names the list it publishes: Y in ``X关于公布Y的通知``.

    A government publishes its year's list of major decisions (重大行政决策事项目录) or of
    powers (权责清单) by a notice that names the list after 公布 as a notice names the plan it
    印发: the list is the document, and the heading the notice's. A notice that publishes no
    list (关于公布2024年度先进单位名单的通知, 关于开展…活动的通知) is no such heading.

    Examples:
        >>> heading = "某县人民政府关于公布某县人民政府2025年度重大行政决策事项目录的通知"
        >>> begin, end = published_list(heading)
        >>> heading[begin:end]
        '某县人民政府2025年度重大行政决策事项目录'
        >>> published_list("关于公布2024年度先进单位名单的通知") is None
        True
    """
    found = _PUBLISHED_LIST.search(title.translate(SIMPLIFIED).strip())
    if found is None:
        return None
    offset = len(title) - len(title.lstrip())
    return found.start("title") + offset, found.end("title") + offset


def carries_nothing(bare: str) -> bool:
    """No verb of a notice (印发, 转发) and no title in 《》: the text names no other document."""
    return "《" not in bare and not any(verb in bare for verb in VERBS)


def names_own_plan(title: str) -> bool:
    """Whether a 关于 title names its own plan rather than a notice that carries one.

    It names a plan (规划, 方案, 要点…) or its own rules (办法, 细则…), prints no verb of a
    notice (印发, 转发) and no other title in 《》, and is no 通知.

    Examples:
        >>> names_own_plan("关于在全市公民中开展法治宣传教育的第七个五年规划(2016—2020年)")
        True
        >>> names_own_plan("关于印发2023年工作要点的通知"), names_own_plan("关于做好宣传工作的通知")
        (False, False)
        >>> names_own_plan("某县人民政府关于2022年度目标责任考核的实施办法(试行)")
        True
    """
    bare = title.translate(SIMPLIFIED).strip()
    # or its own rules (关于某某考核的实施办法, …细则(试行)): a rule is no notice either
    rule = re.sub(r"\([^()]{1,10}\)$", "", bare).endswith(RULE_ENDS)
    named = plan_kind(bare) is not None or rule
    return named and carries_nothing(bare) and not bare.endswith("通知")


# an account of another document, which it names in 《》: its interpretation (关于《Y》的政策解读,
# 《Y》解读), the note on its drafting (《Y》起草说明, 关于《Y》的说明) or its questions and answers
_ACCOUNT_ENDS = re.compile(
    r"》(?:的|之)?(?:政策|文件|图文|图片|视频|文字)?(?:解读|解读稿|起草说明|编制说明|说明|问答)$"
)


def accounts_for_document(title: str) -> bool:
    """Whether a heading is an account of a document it names in 《》, not a notice carrying it.

    An interpretation or a drafting note is its own document: its heading is its title, with no
    notice above it, though it names another's title.

    Examples:
        >>> accounts_for_document("关于《某县2024年法治政府建设工作要点》的政策解读")
        True
        >>> accounts_for_document("《某县工作要点》起草说明"), accounts_for_document("《某县方案》解读")
        (True, True)
        >>> accounts_for_document("关于印发《某县2024年工作要点》的通知")
        False
    """
    return _ACCOUNT_ENDS.search(title.translate(SIMPLIFIED).strip()) is not None


def answers_alone(title: str, attached: str) -> bool:
    """Whether a reply to a request (批复, 复函) is its own document over what it attaches.

    A reply attaches what it answers (a ministry's report, an expert group's opinion): its
    heading titles the document, never the attachment's heading under it. A reply that names
    what it attaches (关于同意建立某联席会议制度的批复 over 某联席会议制度) carries it, as a notice
    carries the plan it names.

    Examples:
        >>> answers_alone("国务院办公厅关于某县地质灾害险情有关问题的复函", "关于某村险情的调研报告")
        True
        >>> answers_alone("國務院辦公廳關於某縣險情有關問題的復函", "關於某村險情的調研報告")
        True
        >>> answers_alone("某省人民政府关于同意建立某联席会议制度的批复", "某联席会议制度")
        False
        >>> answers_alone("关于印发《某县工作方案》的通知", "某县工作方案")
        False

    The reply names what it attaches without its period or its marks (关于同意某县普法规划的批复
    over 某县普法规划（2021—2025年）):

        >>> answers_alone("某市人民政府关于同意某县普法规划的批复", "某县普法规划（2021—2025年）")
        False
    """
    bare = title.translate(SIMPLIFIED).strip()
    name = _bare_name(attached)
    named = bool(name) and name in _bare_name(bare)
    return bare.endswith(REPLY_ENDS) and carries_nothing(bare) and not named


def _bare_name(text: str) -> str:
    """A document's name less its notes in brackets and its 《》: what a reply names it by."""
    folded = simplified(fold_width(text)).strip()
    return _NAME_NOTE.sub("", folded).replace("《", "").replace("》", "")


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
        >>> title_issuer("中共某市委某市人民政府关于2023年度法治政府建设情况的报告")
        '中共某市委、某市人民政府'
        >>> title_issuer("某某街道关于2025年法治政府建设情况的报告")
        '某某街道'
        >>> title_issuer("中共某市某区委某市某区人民政府2023年法治政府建设情况报告")
        '中共某市某区委、某市某区人民政府'
    """
    # a title as printed, in full-width signs or not: （编译局） reads as (编译局), 省司法廳 as
    # 省司法厅; the folding keeps every position, so the printed title is cut where the folded
    # one matches
    bare = fold_width(title).translate(SIMPLIFIED)
    found = NOTICE_HEAD.match(bare)
    if found is None or "关于" not in bare:
        owner = (
            OWNED_TITLE.match(bare) or ORGAN_YEAR_TITLE.match(bare) or WORK_REPORT_TITLE.match(bare)
        )
        # a government's own plan names it first: 某市人民政府全面推进依法行政五年规划; so does
        # a body's report on its year (某市司法局2024年法治政府建设工作情况报告)
        rest = re.sub(r"\([^()]*\)$", "", bare[owner.end() :] if owner else "")
        reports = rest.endswith(REPORT_ENDS)
        if owner is not None and (plan_kind(rest) or rest.endswith(RULE_ENDS) or reports):
            # two organs reporting together, printed with nothing between them (中共某区委某区
            # 人民政府2023年…报告), are two issuers, as before 关于
            owned = title[: owner.end()]
            return "、".join(run_together(owned)) if "、" not in owned else owned
        return None
    issuer = title[found.start("issuer") : found.end("issuer")].strip()
    named = found["issuer"].strip()
    if not issuer or "《" in issuer or len(issuer) > MAX_ISSUER * 2:
        return None
    # before 关于 a township or a street office writes under its place's name (某街道关于…)
    if not named.endswith(NOTICE_ISSUER_ENDS):
        return None
    return "、".join(run_together(issuer)) if "、" not in issuer else issuer


def bureau_issuer(title: str) -> str | None:
    """The bureau or department a plan's own heading names first, what the plan is about after it.

    A bureau's plan printed with no notice and no signature names its issuer only there, with no
    year between (a year between is read by ``title_issuer``); a heading that opens with a verb
    (推进全市司法局系统…) or a word that ends in 局 (优化城市布局…) names no body, nor does one
    that names no plan.

    Examples:
        >>> bureau_issuer("某县司法局优化法治化营商环境三项专项行动工作方案")
        '某县司法局'
        >>> bureau_issuer("某省交通运输厅法治宣传教育实施方案"), bureau_issuer("优化城市布局实施方案")
        ('某省交通运输厅', None)
        >>> bureau_issuer("全省司法厅系统法治宣传教育实施方案"), bureau_issuer("县教育局等五部门整治方案")
        (None, None)
    """
    bare = fold_width(title).translate(SIMPLIFIED)
    found = BUREAU_TITLE.match(bare)
    if found is None or "关于" in bare or plan_kind(bare[found.end() :]) is None:
        return None
    name = title[: found.end()]
    if found.group().startswith(WORK_VERBS) or not is_organ_name(found.group()):
        return None
    if found.group().startswith(("全", "各")) or BUREAU_SHARED.match(bare, found.end()):
        return None  # a scope (全省司法厅系统…) or one of several (县教育局等五部门…)
    return name


def genre_label(text: str) -> re.Match[str] | None:
    """A category label (a genre word alone) and its colon before a title that names a genre."""
    found = GENRE_LABEL.match(text)
    if found is None or plan_kind(found["label"]) is None:
        return None
    return found if plan_kind(text[found.end() :]) is not None else None


def plan_kind(title: str) -> PlanKind | None:
    """The kind of plan a title names, by its keyword (工作要点 -> key points).

    Examples:
        >>> plan_kind("2023年法治建设工作要点").value
        'key_points'
    """
    title = simplified(title)
    for word, kind in PLAN_KINDS:
        if word in title:
            return kind
    return None


def issues_notice(name: str) -> bool:
    """Whether the name a notice's heading prints before its verb can be the notice's issuer.

    It ends as an organ's name does, and holds no verb of a heading: 转发市普法办 (the heading
    opens with its verb) names the organ forwarded, never the one that forwards.

    Examples:
        >>> issues_notice("某县人民政府办公室"), issues_notice("转发市普法办")
        (True, False)
    """
    return name.endswith(NOTICE_ISSUER_ENDS) and NOTICE_VERB.search(name) is None


def notice_issuers(lines: list[Line], issuer: re.Match[str]) -> list[str]:
    """The issuers a notice's heading names; one issuer as printed (traditional kept)."""
    spaced = spaced_issuers(lines)
    if spaced:
        return spaced
    names = run_together(issuer["issuer"].strip())
    if issuer.end("issuer") > len(lines[0].text):
        return names
    # each name as printed: cut where the folded heading names it (办公室 read, 辦公室 kept)
    printed: list[str] = []
    at = issuer.start("issuer")
    for name in names:
        at = lines[0].text.index(name, at)
        printed.append(lines[0].printed(at, at + len(name)).strip())
        at += len(name)
    return printed


def names_document(text: str) -> bool:
    """Whether a title names its document's kind: a plan (工作要点) or a rule (…处理办法).

    Examples:
        >>> names_document("某县2023年普法工作要点"), names_document("某县2023年普法")
        (True, False)
    """
    bare = simplified(text)
    return plan_kind(bare) is not None or bare.endswith((*DOCUMENT_ENDS, *RULE_ENDS))


def ends_a_name(text: str) -> bool:
    """Whether a heading's line ends a document's name: its kind is its last word.

    Less a period or a note in brackets after it (…规划(2021—2025年), …办法(试行)) and a site's
    date beside it; a kind
    named inside it (关于贯彻落实“一规划两纲要”进一步深) does not end it.

    Examples:
        >>> ends_a_name("某县法治宣传教育第八个五年规划(2021—2025年)")
        True
        >>> ends_a_name("关于贯彻落实“一规划两纲要”进一步深")
        False
    """
    bare = simplified(fold_width(text)).strip()
    dated = ISO_DATE.search(bare)  # or a site's date beside it: …工作计划 2023-02-22
    if dated is not None and dated.end() == len(bare) and dated.start() > 0:
        bare = bare[: dated.start()].rstrip()
    bare = _less_closing_notes(bare)
    return bare.endswith(_NAME_ENDS)


def out_of_copy(title: str) -> tuple[int, int]:
    """Where a title's name begins and ends within what a copy printed around it.

    A file's extension (某要点.docx, 某方案(1).pdf), the file's kind in brackets (（PDF）), a
    site's label ([附件]) and the name printed again are the copy's, never the name's; so is the
    space about them.

    Examples:
        >>> out_of_copy("某县2023年工作要点.docx"), out_of_copy("某县2023年工作要点（PDF）")
        ((0, 11), (0, 11))
        >>> out_of_copy("[附件]某县工作方案(1).pdf"), out_of_copy("某县工作方案")
        ((4, 10), (0, 6))

        An extraction that ran the name into itself prints it more than once; the name is one.

        >>> out_of_copy("某乡普法工作计划某乡普法工作计划某乡普法工作计划"), out_of_copy("方案方案")
        ((0, 8), (0, 4))
        >>> out_of_copy("某县工作要点某县工作要点")
        (0, 6)
    """
    begin, end = 0, len(title)
    while True:
        name = title[begin:end]
        stripped = name.strip(" \t\u3000")
        if stripped != name:
            begin += len(name) - len(name.lstrip(" \t\u3000"))
            end = begin + len(stripped)
            continue
        head = COPY_HEAD.match(title, begin, end)
        if head is not None and head.end() < end:
            begin = head.end()
            continue
        tail = COPY_TAIL.search(title, begin, end)
        if tail is not None and tail.start() > begin:
            end = tail.start()
            continue
        once = _repeated_name(title[begin:end])
        if once < end - begin:
            end = begin + once
            continue
        return begin, end


_SHORTEST_REPEATED = 4  # a name run into itself is a place's and a kind's at least (某乡计划)


def _repeated_name(text: str) -> int:
    """How long the name is that an extraction printed over and over as ``text``, if it did.

    A copy may run a document's name into itself two or three times (某乡普法工作计划某乡普法工作
    计划…): the name is there once when each copy names a document (it ends in the genre's word).
    Where ``text`` is no such run, its whole length.
    """
    for size in range(_SHORTEST_REPEATED, len(text) // 2 + 1):
        if len(text) % size == 0 and text == text[:size] * (len(text) // size):
            return size if _names_document(text[:size]) else len(text)
    return len(text)


def names_itself(heading: str) -> bool:
    """Whether a notice's heading is its own document's name, the title of what it prints.

    A 关于…的通知 that carries no other document, or a heading whose last word names its kind
    (要点, 方案, 意见, 办法, 细则, 清单) or an account (情况说明) or measures (若干措施).

    Examples:
        >>> names_itself("某市人民政府办公室关于分解落实2019年主要目标任务的通知")
        True
        >>> names_itself("關于第21項指標的情況說明"), names_itself("关于某某的若干措施(试行)")
        (True, True)
        >>> names_itself("关于进一步加强")
        False
    """
    if ends_a_name(heading):
        return True
    bare = _less_closing_notes(simplified(fold_width(heading)).strip())
    return bare.endswith(ACCOUNT_ENDS)


# the last words of a document's name: a plan's kind, a document's, a rule's, a report's
_NAME_ENDS = (
    *(word for word, _ in PLAN_KINDS),
    *DOCUMENT_ENDS,
    *RULE_ENDS,
    *REPORT_ENDS,
    *DIVISION_ENDS,  # the text that divides a report's tasks: 《政府工作报告》重点工作责任分解
)


_LONGEST_NOTE = 20  # a note in brackets after a name: (2021—2025年), (试行)
# such a note anywhere in a name: what a reply leaves out when it names what it attaches
_NAME_NOTE = re.compile(rf"\([^()]{{1,{_LONGEST_NOTE}}}\)")


def _less_closing_notes(text: str) -> str:
    """``text`` less the notes in brackets at its end, each 1 to 20 characters with no bracket.

    Each note is found from the end back, so a line of many brackets takes one pass.
    """
    end = len(text)
    while end and text[end - 1] == ")":
        opening = text.rfind("(", max(0, end - _LONGEST_NOTE - 2), end - 1)
        if opening < 0 or opening == end - 2 or ")" in text[opening + 1 : end - 1]:
            break
        end = opening
    return text[:end]


# an owner's name, then 对 or a year: the opening of a reply's or a report's heading
_OWNER_OPENS = re.compile(
    r"[^《》,。、\d\s]{2,30}?(?:政府|办公厅|办公室|委员会|院|部|局|厅|委)(?:对|(?:19|20)\d{2}年)"
)


def opens_a_heading(text: str) -> bool:
    """Whether a line opens a heading with its owner: 某政府关于…, 某办公厅对…, 某州人民政府2024年….

    Examples:
        >>> opens_a_heading("国务院办公厅对十届全国人大"), opens_a_heading("第1页共13页")
        (True, False)
    """
    bare = fold_width(text).translate(SIMPLIFIED)
    head = NOTICE_HEAD.match(bare)
    return bool(head and head["issuer"].endswith(ISSUER_ENDS)) or bool(_OWNER_OPENS.match(bare))


# the most characters of an organ's name's tail broken off onto a heading's line (政府关于…)
MAX_ORGAN_TAIL = 4
MAX_BROKEN_TAIL = 13  # 全面依法治县委员会办公室: the longest tail of a broken issuer's name
_LEVEL_CHARACTERS = "省市县区州盟旗镇乡"
# a name, or its part, alone on a line: Chinese characters, no figure, no mark, no space
BARE_NAME = re.compile(r"[\u4e00-\u9fff]+")


def organ_broken_over(first: str, following: str) -> bool:
    """Whether a heading's issuer is broken between two lines: 某自治区人民 / 政府关于….

    The second line opens with the tail of an organ's name (政府, 局) and 关于; the first names
    no organ alone, but does with that tail; a page's line (第1页共13页) holds figures.

    Examples:
        >>> organ_broken_over("某自治区人民", "政府关于2017年法治政府")
        True
        >>> organ_broken_over("第1页共13页", "区政府关于加强执法的报告")
        False
    """
    head = NOTICE_HEAD.match(following)
    if head is None:
        return False
    tail = head["issuer"].translate(SIMPLIFIED)
    first = first.translate(SIMPLIFIED)
    return (
        (0 < len(tail) <= MAX_ORGAN_TAIL or name_broken_over(first, tail))
        and re.search(r"\d", first) is None
        and not is_organ_name(first)
        and is_organ_name(first + tail)
    )


def name_broken_over(first: str, tail: str) -> bool:
    """Whether an organ's name is broken wherever a line was full: 中共某县委全面依法治县 / 委员会办公室.

    The first part opens an organ's name (中共…, a place) and names none alone; the tail
    (人民政府办公室, 领导小组办公室, 委员会办公室) completes it, but never opens with a place or a
    level of its own (某市人民政府办公厅, 县人民政府办公室): that tail names an organ whole, under
    a line of another's (a site's name, a page's menu).

    Examples:
        >>> name_broken_over("中共某县委全面依法治县", "委员会办公室")
        True
        >>> name_broken_over("某县政府门户网站", "县人民政府办公室")
        False
    """
    first, tail = first.translate(SIMPLIFIED), tail.translate(SIMPLIFIED)
    # the party's mark and a place cut short (中共 / 某县委…, 中共某 / 县委…) name nothing alone,
    # whatever the tail opens with and however long it is
    party = _PARTY_CUT.fullmatch(first) is not None
    cut = place_name_cut(first, tail)
    return (
        0 < len(tail) <= (MAX_ISSUER if party else MAX_BROKEN_TAIL)
        and BARE_NAME.fullmatch(first) is not None
        and (opens_an_organ(first) or cut)
        and (
            party
            or cut
            or not tail_opens_a_name(first, tail)
            or _inner_place_cut(first)
            # a place alone over the organ of the place inside it (某市某区 / 某镇人民政府)
            or (first[-1] in _LEVEL_CHARACTERS and tail[:1] not in _LEVEL_CHARACTERS)
        )
        and not is_organ_name(first)
        and is_organ_name(first + tail)
    )


# the party's mark alone, or with the first characters of its place, no level: 中共 / 中共某某
_PARTY_CUT = re.compile(r"(?:中共|中国共产党)[^省市县区州盟旗镇乡\d]{0,4}")
# a level's character inside a word that names no place: the committee's 依法治县 (全面依 /
# 法治县委员会办公室), 市场 (某县 / 市场监督管理局)
_NO_PLACE = re.compile(r"(?<=依法治)[省市县区州盟旗]|市(?=场)")


# the last words of a site's name, which a line over a heading may print (某县政府门户网站)
_SITE_ENDS = ("网", "网站", "门户", "平台", "在线", "之窗", "公开", "专栏", "频道", "政务", "服务")
_LONGEST_PLACES = 10  # 某某市某某区某某: a place and the first characters of the one inside it
# a place, then one to four characters of the place inside it, no level of their own
_PLACE_THEN_CUT = re.compile(r"[\u4e00-\u9fff]{1,8}[省市县区州盟旗][^省市县区州盟旗镇乡]{1,4}")


def _inner_place_cut(first: str) -> bool:
    """Whether a line opens with a place and ends inside the name of the place inside it.

    沈阳市辽中 / 区人民政府关于…, 重庆市巴南区木洞 / 镇人民政府…: the level that ends the inner
    place opens the next line, a place's name of its own would not; a site's name (某县政府门户
    网站) ends with a word of its own.

    Examples:
        >>> _inner_place_cut("沈阳市辽中"), _inner_place_cut("某县政府门户网站")
        (True, False)
        >>> _inner_place_cut("某县总工会")
        False
    """
    return (
        len(first) <= _LONGEST_PLACES
        and first[-1] not in _LEVEL_CHARACTERS
        and not first.endswith(_SITE_ENDS)
        and not first.endswith(BODY_ENDS)
        and _PLACE_THEN_CUT.fullmatch(first) is not None
    )


# the first words of an organ that names no place: the nation's (最高人民法院, 国务院办公厅)
_NATIONAL = ("最高", "国务院", "全国", "中央", "国家")


def opens_an_organ(text: str) -> bool:
    """Whether a line opens as an organ's name does: a place, 中共, a level, the nation's.

    Examples:
        >>> opens_an_organ("某县人民"), opens_an_organ("市人民政"), opens_an_organ("最高人")
        (True, True, True)
        >>> opens_an_organ("通知公告")
        False
    """
    bare = text.translate(SIMPLIFIED)
    return (
        RUN_START.match(bare) is not None
        or bare[:1] in _LEVEL_CHARACTERS
        or bare.startswith(_NATIONAL)
    )


# a page's short words over a heading, never a place's name
PAGE_WORDS = frozenset({"首页", "正文", "通知", "公告", "文件", "标题", "附件", "当前位置", "原文"})
# the first characters of a line that finish the place's own name the line above cut, and its
# level: 齐市 (乌鲁木 / 齐市…), 治区 (新疆维吾尔自 / 治区…), 区 (广西壮族自治 / 区…)
_PLACE_NAME_TAIL = re.compile(r"(?P<rest>[^省市县区州盟旗镇乡]{0,2}?)[省市县区州盟旗]")
_LONGEST_AUTONOMOUS = 10  # 新疆维吾尔自, 西双版纳傣族自治: a people's name before 自治
_LONGEST_STEM = 3  # 乌鲁木, 呼和浩: the most of a place's name a line holds before its cut


def place_name_cut(first: str, tail: str) -> bool:
    """Whether a line ends inside a place's own name that the line under it finishes with its level.

    A narrow heading breaks its organ wherever the line was full, also inside the place's name,
    where no level's character marks the break: inside 自治 (新疆维吾尔自 / 治区…, 广西壮族自治 /
    区…, 内蒙古自 / 治区…), or inside a name of three characters or more (乌鲁木 / 齐市…, 黑龙 /
    江省…). The line holds no level of its own; one or two characters of the name, then its
    level, open the next (a single one only after a stem of two or three: a page's word over a
    heading, 通知 / 沛县人民政府…, is none).

    Examples:
        >>> place_name_cut("新疆维吾尔自", "治区人民政府办公室"), place_name_cut("广西壮族自治", "区人民政府")
        (True, True)
        >>> place_name_cut("乌鲁木", "齐市人民政府办公室"), place_name_cut("通知", "沛县人民政府")
        (True, False)
        >>> place_name_cut("某县", "人民政府"), place_name_cut("某县政府网", "县人民政府办公室")
        (False, False)
    """
    first = first.translate(SIMPLIFIED).strip(" \t")
    head = _PLACE_NAME_TAIL.match(tail.translate(SIMPLIFIED))
    if (
        head is None
        or BARE_NAME.fullmatch(first) is None
        or any(level in first for level in _LEVEL_CHARACTERS)
        or first in PAGE_WORDS
        or is_chrome(first)
    ):
        return False
    rest = head["rest"]
    if (first.endswith("自") and rest == "治") or (first.endswith("自治") and not rest):
        return 3 <= len(first) <= _LONGEST_AUTONOMOUS
    return 2 <= len(first) <= _LONGEST_STEM and 1 <= len(rest) <= 2 and len(first + rest) >= 3


def tail_opens_a_name(first: str, tail: str) -> bool:
    """Whether the tail of a name broken over lines opens a name of its own.

    It opens with a place (某省某市人民政府办公室) or a level (县人民政府办公室), which a name's
    tail never does: a level inside the word the break cut (依法治 / 县委员会办公室, 全面依 /
    法治县委员会办公室) or in 市场 opens no place.

    Examples:
        >>> tail_opens_a_name("某县政府门户网站", "县人民政府办公室")
        True
        >>> tail_opens_a_name("中共某县委全面依", "法治县委员会办公室")
        False
        >>> tail_opens_a_name("中共某县委全面依法治", "县委员会办公室")
        False
        >>> tail_opens_a_name("某县", "市场监督管理局")
        False
    """
    rest = _NO_PLACE.sub("国", first + tail)[len(first) :]
    return RUN_START.match(rest) is not None or rest[:1] in _LEVEL_CHARACTERS


def rule_lines(lines: list[Line]) -> list[Line]:
    """The fewest first lines of a broken title that end a document's name, else the first.

    A rule's name (…办法) ends it, and so does a table's or a division's (…任务分解表,
    …重点工作责任分工) past a kind named inside it (某县政府工作报告 / 重点工作任务分解表); so
    does a document's kind (…建议的答复, …情况报告) under a line that opens a heading with its
    owner (国务院办公厅对十届全国人大 / 四次会议第7240号建议的答复, 某州人民政府2024年度法治政府 /
    建设情况报告), unless a later line opens a heading of its own with 关于 (第1页共13页 /
    区政府关于…的报告 is a page's line over one).
    """
    # a first line that names no document of its own is a title's head, whoever opens it
    # (某省2024年度法治政府建设 / 情况报告), unless spaces part its words: a page's menu
    # (首页 新闻中心 信息公开) over the title
    first = lines[0]
    opens = opens_a_heading(first.text) or not (names_document(first.text) or first.gaps)
    for count in range(1, len(lines) + 1):
        joined = "".join(item.text for item in lines[:count]).translate(SIMPLIFIED)
        # less a site's label after the last line (…情况报告(全文)): the page's, not the name's
        joined = TEXT_TAIL.sub("", joined)
        # and less its status or period in brackets: …公示制度(试行), …规定(2024年修订)
        if _less_closing_notes(joined).endswith((*RULE_ENDS, *DIVISION_ENDS)):
            return lines[:count]
        if (
            opens
            and joined.endswith(DOCUMENT_ENDS)
            and not any(
                ABOUT.search(item.text) and not organ_broken_over(above.text, item.text)
                for above, item in itertools.pairwise(lines[:count])
            )
        ):
            return lines[:count]
    return lines[:1]


def without_site_mark(title: str) -> str:
    """A title without the mark a sharing site puts after it: 关于…的实施方案(最新) or （最新）."""
    site = SITE_SUFFIX.search(fold_width(title))
    return title[: site.start()] if site is not None and site.start() > 0 else title


def is_titleish(text: str) -> bool:
    # a title names a document: it is no sentence, and a run of clauses (a, b, c) is one
    return (
        0 < len(text) <= MAX_TITLE
        and not text.endswith(("。", ":", ",", ";"))
        and "。" not in text
        and text.count(",") < MAX_TITLE_COMMAS
        and not ISO_DATE.fullmatch(text)
    )


# a bracket a page prints around a document's number before a heading ((某政办〔2019〕1号)区…)
_NUMBER_BRACKET = re.compile(r"[(（【\[]")
_CLOSING = {"(": ")", "（": "）", "【": "】", "[": "]"}
# the marks a page's title joins a number and the heading after it by: dashes, a colon, spaces
_NUMBER_JOIN = re.compile(r"[ \t]*(?:[—–－\-]{1,2}|[:：])?[ \t]*")
# how a line that ends in a document number ends ($ also matches before a final line feed)
_NUMBER_ENDS = ("号", "號", "号\n", "號\n")


def number_apart(line: Line) -> int | None:
    """Where a heading and the document number printed on its line part, if they do.

    A page may print the number before the heading, apart by a space (云司通〔2021〕55号
    某厅关于印发《…》的通知), or glue it to the heading's end (某县…实施方案某办〔2020〕4号).
    Before the heading, a page's title may join them by a dash or a colon (某政办〔2019〕1号—区人民
    政府办公室关于…的通知), or print the number in a bracket of its own ((某政办〔2019〕1号)区…): the
    number ends before the mark, or with its bracket.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> number_apart(split_lines("某司通〔2021〕55号 某厅关于印发《规划》的通知")[0])
        12
        >>> number_apart(split_lines("某县证明事项告知承诺制实施方案某府办〔2020〕4号")[0])
        15
        >>> number_apart(split_lines("某交发 [2022] 97号关于印发《方案》的通知")[0])
        12
        >>> number_apart(split_lines("某府办函〔2020〕78号市人民政府办公厅关于印发某预案的通知")[0])
        13
        >>> number_apart(split_lines("某政办发[2020]35号某市义务教育督导评估实施细则的通知")[0])
        13
        >>> number_apart(split_lines("某政办〔2019〕1号—区人民政府办公室关于印发某方案的通知")[0])
        11
        >>> number_apart(split_lines("(某政办〔2019〕1号)区人民政府办公室关于印发某方案的通知")[0])
        13
        >>> number_apart(split_lines("根据某府办〔2020〕4号")[0]) is None
        True
    """
    text = line.text
    bracket = _NUMBER_BRACKET.match(text)
    lead = DOC_NUMBER.match(text, bracket.end() if bracket is not None else 0)
    end = lead.end() if lead is not None else 0
    if bracket is not None and lead is not None:
        # the number's own bracket closes right after it, or the line opens with no number
        closed = text.startswith(_CLOSING[bracket.group()], end)
        lead, end = (lead, end + 1) if closed else (None, 0)
    # the dash or colon that joins a page's title to the number before it
    start = _joined_at(text, end) if lead is not None else 0
    # or glued to a heading that opens with 关于, which no number ends with, or with the organ
    # that issues it (某府办函〔2020〕78号市人民政府办公厅关于印发…的通知)
    if lead is not None and (
        end in line.gaps
        or start > end
        or bracket is not None
        or ABOUT.match(text, start)
        or _organ_about(text, start)
        or RUN_START.match(text, start)  # a page's title, cut: 某政办发[2020]35号某市…的通知
    ):
        rest = text[start:]
        # a number in a bracket of its own is one before a page's title cut short, too
        cut = bracket is not None and ABOUT.search(rest) is not None
        if is_titleish(rest) and (rest.translate(SIMPLIFIED).endswith(DOCUMENT_ENDS) or cut):
            return end
        return None
    if not text.endswith(_NUMBER_ENDS):  # the usual line: no search from every character
        return None
    tail = GLUED_TAIL_NUMBER.search(text)
    if tail is None:
        return None
    for begin in range(tail.start("bracket") - MIN_NUMBER_HEAD, tail.start() - 1, -1):
        head = text[:begin]
        if is_titleish(head) and head.translate(SIMPLIFIED).endswith(DOCUMENT_ENDS):
            return begin
    return None


def _joined_at(text: str, end: int) -> int:
    """Where a heading starts after the number ending at ``end`` and the mark that joins them."""
    joined = _NUMBER_JOIN.match(text, end)
    return joined.end() if joined is not None else end


def _organ_about(text: str, begin: int) -> bool:
    """Whether ``text`` goes on at ``begin`` with an organ's name and 关于: a heading's start."""
    about = ABOUT.search(text, begin)
    return about is not None and is_organ_name(text[begin : about.start()].translate(SIMPLIFIED))


# a document's number between a heading and the address a copy ran together, in brackets or not
_GLUED_ADDRESS_NUMBER = re.compile(rf"\((?:{DOC_NUMBER.pattern})\)|(?:{DOC_NUMBER.pattern})")


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
        >>> text = "某办字〔2019〕33 号 某市办公室 关于印发某表的通知 各镇人民政府,有关部门: 为落实要求"
        >>> [part.text for part in run_on_parts(split_lines(text)[0])]
        ['某办字〔2019〕33号', '某市办公室关于印发某表的通知', '各镇人民政府,有关部门:', '为落实要求']
        >>> text = "某省人民政府关于加强某工作的意见(某政[2001]85号)各市人民政府:为认真贯彻"
        >>> [part.text for part in run_on_parts(split_lines(text)[0])]
        ['某省人民政府关于加强某工作的意见', '(某政[2001]85号)', '各市人民政府:', '为认真贯彻']
        >>> text = "各区人民政府: 《某规定》现予印发。 某市人民政府办公厅 二〇〇九年九月十日 某规定 根据…"
        >>> [part.text for part in run_on_parts(split_lines(text)[0])][1:4]
        ['《某规定》现予印发。', '某市人民政府办公厅', '二〇〇九年九月十日']
    """
    number = number_apart(line)
    if number is not None:
        # the mark that joined the number to the heading (—, :) is neither's
        heading = _joined_at(line.text, number)
        apart = [number, heading] if heading > number else [number]
        return [part for part in line.cut(apart) if part.text.strip(" \t—–－-:：")]
    glued = None if line.gaps else GLUED_HEAD.match(line.text)
    lead = DOC_NUMBER.match(line.text)
    if glued is None and lead is not None and lead.end() in line.gaps:
        # a copy of a PDF that ran the number, the heading, the address and the text into one
        # line (某办字〔2019〕33 号 某办公室 关于印发…的通知 各镇,市政府有关部门: 为…)
        glued = GLUED_HEAD.match(line.text, lead.end())
        if glued is not None and names_organs(glued["address"]):
            bounds = (lead.end(), glued.end("heading"), glued.end())
            return [part for part in line.cut(bounds) if part.text]
        glued = None
    if glued is not None and names_organs(glued["address"]):
        # a copy that lost the line breaks: 第1页共13页某区政府关于…的报告某办公室:为…
        cuts = [glued.start("heading"), glued.end("heading"), glued.end()]
        between = _GLUED_ADDRESS_NUMBER.match(line.text, glued.start("address"))
        if between is not None and names_organs(line.text[between.end() : glued.end()]):
            # or its number between them, in brackets or not: …的意见(某政[2001]85号)各市…:
            cuts.insert(2, between.end())
        return [part for part in line.cut(cuts) if part.text]
    if lead is not None and lead.end() in line.gaps and ABOUT.search(lead.group()) is None:
        # the number, then the address and the text (某政发〔2016〕12号 各县人民政府: 为…); a
        # heading glued to its number (某市…关于…的意见某政〔2005〕77号) is cut below
        address = _RUN_ON_ADDRESS.match(line.text, lead.end())
        if address is not None and names_organs(address["address"]):
            return [part for part in line.cut((lead.end(), address.end())) if part.text]
    heading_end = _run_on_heading_end(line)
    if heading_end is None:
        return [line]
    return [part for part in line.cut(_run_on_cuts(line, heading_end)) if part.text]


# a mark a copy prints before a title, on its line or the line above: an annex's label (附件1), a
# day (2023-05-10, 2023年5月10日, 【2023-05-10】), an issue's or a list's number (第5期, NO.5, 01)
TITLE_LEAD = re.compile(
    r"附件[0-9一二三四五六七八九十]{0,3}"
    r"|[【\[]?\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)[】\]]?"
    r"|(?:\d{4}年?)?总?第\d{1,4}期|NO\.?\d{1,4}|\d{1,3}",
    re.IGNORECASE,
)
_BRACKETED_DAY = re.compile(r"[【\[]\d{4}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)[】\]]")
# what a copy prints after a title on its line, apart by a space: a page's counter (浏览次数:12)
_TITLE_COUNTER = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量)?:\d+次?")
# or in brackets the day it was made or adopted ((2023年5月10日县委常委会审议通过))
_DATED_TAIL = re.compile(r"\(\d{4}年\d{1,2}月\d{1,2}日[^()]{0,40}\)$")
# or in brackets its document number, as a site prints it after the heading (…的通知(某政办发
# 〔2023〕5号))
_NUMBERED_TAIL = re.compile(r"\((?P<number>[^()]{4,40})\)$")


def _names_document(text: str) -> bool:
    """Whether a part of a line reads as a document's title: it ends in the genre's word."""
    bare = _DATED_TAIL.sub("", text)
    while bare.endswith(")") and "(" in bare:  # (试行), (2023—2025年)
        bare = bare[: bare.rfind("(")]
    return is_titleish(text) and bare.translate(SIMPLIFIED).endswith(DOCUMENT_ENDS)


def title_lead(line: Line, below: str = "") -> int:
    """Where a title starts after a copy's mark before it: 0 where none stands before it.

    The mark (an annex's label, a day, an issue's or a list's number) stands apart by a space
    before the title on its line, or alone on the line above it (``below`` the next line's text).

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> title_lead(split_lines("第5期 某县2023年法治政府建设工作要点")[0])
        3
        >>> title_lead(split_lines("01")[0], below="某县2023年法治政府建设工作要点")
        2
        >>> title_lead(split_lines("1 加强组织领导")[0])
        0
    """
    text = line.text
    if below:
        return len(text) if TITLE_LEAD.fullmatch(text) and _names_document(below) else 0
    gap = line.gaps[0] if line.gaps else 0
    if gap and TITLE_LEAD.fullmatch(text, 0, gap) and _names_document(text[gap:]):
        return gap
    day = _BRACKETED_DAY.match(text)  # a day in brackets needs no space: 【2023-05-10】某方案
    return day.end() if day is not None and _names_document(text[day.end() :]) else 0


def _doubled_title(line: Line) -> list[int] | None:
    """Where a title printed twice on its line ends each time, if the line opens so.

    A sharing site's copy may print a document's name, a space, and the name again run into
    its first sentence (某县行动方案 某县行动方案根据…): the name before a space is a title (it
    ends in the genre's word) and the text after the space opens with it again. The name may hold
    spaces of its own, as a PDF's text prints them (2024 年某方案 2024 年某方案为…): the space
    that ends it is the first one the name stands before in full again.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> _doubled_title(split_lines("某县行动方案 某县行动方案根据有关要求")[0])
        [6, 12]
        >>> _doubled_title(split_lines("2024 年某县行动方案 2024 年某县行动方案为做好")[0])
        [11, 22]
        >>> _doubled_title(split_lines("2024 年某县行动方案为做好工作")[0]) is None
        True
    """
    text = line.text
    for first in line.gaps:
        if first > 0 and _names_document(text[:first]) and text.startswith(text[:first], first):
            cuts = [first, 2 * first]
            return cuts if 2 * first < len(text) else cuts[:1]
    return None


def title_byline_parts(line: Line) -> list[Line]:
    """A title and the page's byline a site prints beside it, apart by a space, as two lines.

    A page may print a document's title and the page's time or source on one line (某县规划(草案)
    发布时间:2025-11-24 来源:某县司法局): the byline's labels with their colons are the page's,
    never the title's words, wherever on the page the line stands; a label's word without its
    colon (来源于) may be the title's own. A line without both is itself.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [p.text for p in title_byline_parts(split_lines("某县规划(草案) 发布时间:2025-11-24")[0])]
        ['某县规划(草案)', '发布时间:2025-11-24']
        >>> len(title_byline_parts(split_lines("某县规划 来源于群众")[0]))
        1
        >>> len(title_byline_parts(split_lines("加强组织领导 来源:某县司法局")[0]))
        1
        >>> len(title_byline_parts(split_lines("名称: 某县关于印发某方案的通知 发布日期: 2024年05月15日")[0]))
        1
    """
    text = line.text
    byline = next((gap for gap in line.gaps if gap > 0 and PAGE_BYLINE.match(text, gap)), None)
    # a disclosure row that names the document under its label (名称: …的通知 发布日期: …) is read
    # as the row it is
    if byline is None or not _names_document(text[:byline]) or ":" in simplified(text[:byline]):
        return [line]
    return [part for part in line.cut([byline]) if part.text]


def title_line_parts(line: Line) -> list[Line]:
    """A title a copy printed with its neighbours on one line, as the lines they are.

    A copy may print a page's counter after a title, apart by a space, or in brackets the day
    the document was made or adopted, or its document number. Each is cut off the title, to be
    read as it is read on its own line. A line without a title is itself.

    Examples:
        >>> from rulegov.parse._text import split_lines
        >>> [p.text for p in title_line_parts(split_lines("某县法治工作要点（2023年5月10日）")[0])]
        ['某县法治工作要点', '(2023年5月10日)']
        >>> [p.text for p in title_line_parts(split_lines("某县法治工作要点（某政办发〔2023〕5号）")[0])]
        ['某县法治工作要点', '(某政办发〔2023〕5号)']
        >>> [p.text for p in title_line_parts(split_lines("某县法治工作要点 浏览次数：12")[0])]
        ['某县法治工作要点', '浏览次数:12']
        >>> len(title_line_parts(split_lines("一、加强 组织领导")[0]))
        1

        A copy that prints the title twice on its line, the second run into the preamble, is
        cut after each: the title, the title again, the preamble.

        >>> line = split_lines("某县行动方案 某县行动方案根据有关要求,制定本方案。")[0]
        >>> [p.text for p in title_line_parts(line)]
        ['某县行动方案', '某县行动方案', '根据有关要求,制定本方案。']
    """
    doubled = _doubled_title(line)
    if doubled is not None:
        return [part for part in line.cut(doubled) if part.text]
    text = line.text
    cuts: list[int] = []
    dated = _DATED_TAIL.search(text)
    if dated is None and (numbered := _NUMBERED_TAIL.search(text)) is not None:
        dated = numbered if DOC_NUMBER.fullmatch(numbered["number"]) else None
    end = dated.start() if dated is not None else len(text)
    if dated is not None and _names_document(text[:end]):
        cuts.append(end)
    gaps = [gap for gap in line.gaps if 0 < gap < end]
    if gaps and _TITLE_COUNTER.fullmatch(text, gaps[-1], end) and _names_document(text[: gaps[-1]]):
        cuts.insert(0, gaps[-1])
        end = gaps[-1]
    if not cuts:
        return [line]
    return [part for part in line.cut(cuts) if part.text]


def _run_on_cuts(line: Line, heading_end: int) -> list[int]:
    """The spaces of a run-on notice where a printed notice breaks its lines, from its heading's end.

    After the heading, the address (…:), a sentence (…。), a title, an organ's name, a number
    and a date, the whole date when the spaces of its lines broke it (2021 年 5 月 21 日).
    """
    cuts: list[int] = []
    done = 0
    gaps = [gap for gap in line.gaps if gap >= heading_end]
    ends = [*gaps, len(line.text)]  # a date may end the line
    for at, gap in enumerate(gaps):
        if gap <= done:
            continue
        segment = line.text[done:gap].strip()
        if read_date(segment):
            # the date's own spaces: a few at most (2021 年 5 月 21 日 reads from 2021年5月21)
            ahead = ends[at + 1 : at + 1 + _DATE_PARTS]
            later = (end for end in ahead if read_date(line.text[done:end].strip()))
            done = max(later, default=gap)
            if done < len(line.text):
                cuts.append(done)
        elif (
            segment.endswith((":", "。", "》", *DOCUMENT_ENDS, *RULE_ENDS))
            or is_organ_name(segment)
            or DOC_NUMBER.fullmatch(segment)
            or _signature_follows(line, ends, at)
        ):
            cuts.append(gap)
            done = gap
    return cuts


def _signature_follows(line: Line, ends: list[int], at: int) -> bool:
    """Whether an organ's name and a date follow the gap ``ends[at]``: the notice's signature.

    Whatever the line before it ends with (an annex's title, 附件:某方案(修订); a closing
    formula that lost its stop), the signature opens a line of its own.
    """
    if at + 1 >= len(ends):
        return False
    organ_end = ends[at + 1]
    if not is_organ_name(line.text[ends[at] : organ_end].strip()):
        return False
    return any(
        read_date(line.text[organ_end:end].strip()) for end in ends[at + 2 : at + 2 + _DATE_PARTS]
    )


_DATE_PARTS = 6  # the parts a date broken by spaces may hold: 2021 年 5 月 21 日
_HEADING_GAPS = 8  # the spaces a heading broken over lines may hold (organ, 关于…, year, 的通知)


def _run_on_heading_end(line: Line) -> int | None:
    """Where the heading a run-on notice opens with ends, at a space; ``None`` if it opens none.

    The heading is the line's first part (…的通知 各单位: …; a notice printed from its address on
    runs on from there), or its first parts (joint issuers apart by a space) when the copy kept
    the spaces of the heading's own broken lines (某市办公室 关于印发某市 2021 年某计划 的通知
    各县人民政府,市政府各部门: …): then the address must follow it, up to its colon.
    """
    if not line.gaps:
        return None
    first = line.text[: line.gaps[0]]
    if _runs_on_from_head(first):
        return line.gaps[0] if first.endswith(":") else _heading_goes_on_to(line, 0)
    shortest, longest = _HEADING_LENGTHS
    for at, gap in enumerate(line.gaps[1:_HEADING_GAPS], start=1):
        if gap > longest:
            return None
        if gap < shortest or not _runs_on_from_heading(line.text[:gap]):
            continue
        address = _RUN_ON_ADDRESS.match(line.text, gap)
        if address is not None and names_organs(address["address"].strip()):
            return _heading_goes_on_to(line, at)
    return None


def _heading_goes_on_to(line: Line, at: int) -> int:
    """The end of a run-on heading that reads whole at the line's space ``at``, or further on.

    A heading goes on past the document it names (关于贯彻落实某市关于某事的通知 精神的实施意见,
    关于转发某市关于某事的通知 的通知) up to the last space before the address's colon where it
    reads whole again and the address after it names organs.
    """
    end = line.gaps[at]
    address = _RUN_ON_ADDRESS.match(line.text, end)
    if address is None:
        return end
    for gap in line.gaps[at + 1 :]:
        if gap >= address.end():
            break
        later = _RUN_ON_ADDRESS.match(line.text, gap)
        if (
            later is not None
            and _runs_on_from_heading(line.text[:gap])
            and names_organs(later["address"].strip())
        ):
            end = gap
    return end


# the address a number runs into, up to its colon, text following it
_RUN_ON_ADDRESS = re.compile(r"\s*(?P<address>[^。:;《]{2,60}):(?=\s*\S)")


def _runs_on_from_head(first: str) -> bool:
    """Whether a line's first part opens a notice's head: its heading, or its address.

    A notice printed from its address on (各县人民政府,市政府各部门: 现将《…》印发。 …) runs on as
    one from its heading does; a disclosure row's label (发布机构: | …) is no address, while
    an address of several names parts them (各…, A,B: or A、B:). Names parted by 、 are each an
    addressee's, none a label of units' roles (牵头单位、配合单位: heads a division of work).

    Examples:
        >>> _runs_on_from_head("各县人民政府,市政府各部门:"), _runs_on_from_head("发布机构:")
        (True, False)
        >>> _runs_on_from_head("局机关各处室、监察支队:"), _runs_on_from_head("牵头单位、配合单位:")
        (True, False)
        >>> _runs_on_from_head("市直各单位、各县(市、区)人民政府:")
        True
    """
    if first.endswith(":") and (first.startswith("各") or "," in first):
        return names_organs(first[:-1])
    if first.endswith(":") and "、" in first:
        names = re.split(r"、(?![^()]*\))", first[:-1])  # 各县(市、区)人民政府 is one name
        return all(names_organs(name) and name not in ROLE_LABELS for name in names)
    return _runs_on_from_heading(first)


def _runs_on_from_heading(first: str) -> bool:
    """Whether a line's first part is a document's heading (…关于…的通知, …的意见, …的决定).

    A notice's heading (…的通知) opens a notice; any heading with 关于 that ends in a
    document's kind opens the document, its number and address run on after it.
    """
    simplified = first.translate(SIMPLIFIED)
    if NOTICE_HEAD.match(first) is None:
        return False
    if simplified.endswith("通知"):
        return True
    return ABOUT.search(simplified) is not None and simplified.endswith(DOCUMENT_ENDS)


# what a line that stands in for a heading may carry and a heading never does: a labelled
# value (联系电话:139…, 开机时间:…), a long run of digits, a menu's bullet or bar
_LABELLED = re.compile(r"[^\s:]{1,8}:\S")
_DIGIT_RUN = re.compile(r"\d{7,}")
_MENU_MARKS = ("•", "·", "|", "▪", "●", "■", "◆")
_HEADING_LENGTHS = (6, 80)  # the shortest and longest headings of the genre
# the labels of a page's field list printed under a heading (【发布部门】…, 发布机构:…)
_FIELDS_UNDER = re.compile(
    r"【[^【】]{2,6}】|(?:发布|发文|颁布|制发)(?:部门|机构|机关|单位|日期|时间)"
)


def heading_score(text: str, following: str = "") -> int:
    """How much a line reads as a document's heading, from several signals, each worth one.

    For: it names the document's kind at its end (方案, 要点, 通知, 意见, 决定, 规划 …, worth
    two), it says 关于, its length is a heading's, the line under it is a date, a number or
    a page's field list. Against: a labelled value (联系电话:…), a run of seven digits or
    more, a menu's bullet or bar, a sentence's end or commas.

    Examples:
        >>> heading_score("某市司法局关于加强法治宣传教育工作的决定", "【发布部门】某市司法局")
        5
        >>> heading_score("某某律师联系电话:13900000000") < 0
        True
    """
    bare = fold_width(text).translate(SIMPLIFIED).strip()
    score = 0
    if names_document(bare):
        score += 2
    if "关于" in bare:
        score += 1
    shortest, longest = _HEADING_LENGTHS
    score += 1 if shortest <= len(bare) <= longest else -1
    under = fold_width(following).translate(SIMPLIFIED).strip()
    if under and (
        _FIELDS_UNDER.match(under) or ISO_DATE.fullmatch(under) or read_date(under) is not None
    ):
        score += 1
    if _LABELLED.search(bare):
        score -= 2
    if _DIGIT_RUN.search(bare):
        score -= 2
    if bare.startswith(_MENU_MARKS) or "|" in bare:
        score -= 2
    if not is_titleish(bare):
        score -= 2
    return score


def names_by_level(short: str, full: str) -> bool:
    """Whether ``short`` names the organ ``full`` names without the place above it or by level.

    A heading or a page may leave out the city a district's government sits in (东丽区人民政府:
    天津市东丽区人民政府), or name a city's office by its level alone (市政府办公厅: 某市人民政府
    办公厅); the organ's mark names it in full.

    Examples:
        >>> names_by_level("东丽区人民政府", "天津市东丽区人民政府")
        True
        >>> names_by_level("市政府办公厅", "贵阳市人民政府办公厅")
        True
        >>> names_by_level("市人民政府办公厅", "贵阳市人民政府办公厅")
        True
        >>> names_by_level("市司法局", "贵阳市人民政府办公厅"), names_by_level("人民政府", "某县人民政府")
        (False, False)
    """
    if len(short) < MIN_LEVEL_NAME or len(short) >= len(full):
        return False
    if short[0] in PLACE_ENDS:  # named by its level: 市政府办公厅, 区人民政府
        at = full.find(short[0], 1)
        return at > 0 and full[at:].replace("人民", "") == short.replace("人民", "")
    # or without the place above the one it keeps: 天津市 / 东丽区人民政府
    return (
        full.endswith(short)
        and full[-len(short) - 1] in PLACE_ENDS
        and any(char in PLACE_ENDS for char in short)
    )


# an organ named by its level alone, the place left out: 自治区人民政府, 省政府办公厅, 市人民政府
_LEVEL_NAMED = re.compile(r"(?P<level>自治区|自治州|省|市|州|县|区|盟|旗)(?=(?:人民)?政府)")
# a place's own name, before its level's word: 新疆维吾尔, 某某 (never 2023年, 全)
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
# the year a plan's title may open with, before its place: 2023年某某市…
_PLAN_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度)?")
# what a heading prints between its organ and the plan it names: 关于印发, 关于转发, 关于批转
_PRINTS = re.compile(r"关于(?:印发|转发|批转)《?")


def placed_level_name(issuer: str, heading: str) -> str | None:
    """The full name of an organ a heading names by its level alone, from the plan it prints.

    A regional, provincial or city government may head its notice with its level alone
    (自治区人民政府关于印发新疆维吾尔自治区…计划的通知, 省人民政府办公厅关于转发…); the plan the
    heading names then opens on the place, and the place of the organ's level is the organ's:
    新疆维吾尔自治区人民政府. A plan that opens on no place of that level (省人民政府关于印发
    全省…) leaves the organ as named. Returns the full name, or None.

    Examples:
        >>> placed_level_name("自治区人民政府", "自治区人民政府关于印发新疆维吾尔自治区百万人温饱工程计划的通知")
        '新疆维吾尔自治区人民政府'
        >>> placed_level_name("市政府办公室", "市政府办公室关于印发《某某市河长制工作方案》的通知")
        '某某市政府办公室'
        >>> placed_level_name("省人民政府", "省人民政府关于印发全省防汛预案的通知") is None
        True
        >>> placed_level_name("县人民政府", "县人民政府关于印发2023年某某县重点工作方案的通知")
        '某某县人民政府'
        >>> placed_level_name("市人民政府", "市人民政府关于印发加快推进城市更新行动方案的通知") is None
        True
        >>> placed_level_name("某县人民政府", "某县人民政府关于印发某县方案的通知") is None
        True
        >>> placed_level_name("区人民政府办公室", "区人民政府办公室关于印发2023年区重点工作方案的通知") is None
        True
    """
    level = _LEVEL_NAMED.match(issuer)
    bare = heading.replace(" ", "")
    prints = _PRINTS.search(bare)
    if level is None or prints is None or not bare.startswith(issuer):
        return None
    # the place opens the plan's title, after its year if it has one (2023年某某市…)
    plan = _PLAN_YEAR.sub("", bare[prints.end() :], count=1)
    at = plan.find(level["level"], 2)
    place = plan[: at + len(level["level"])] if at > 0 else ""
    name = place[: -len(level["level"])]
    # a place's name: a few words alone, no year and no level inside it, and no work to do
    # (加快推进城市更新…, 加快建设农业强省…: the plan names its work, not its place)
    if (
        not _PLACE_NAME.fullmatch(name)
        or any(char in PLACE_ENDS for char in name)
        or any(verb in name for verb in WORK_VERBS)
        or name.startswith(COLLECTIVE_OPENINGS)
    ):
        return None
    if place.endswith("自治" + level["level"]) and level["level"] != "自治区":
        return None  # a district's government names no region, a prefecture's none
    return place + issuer[level.end() :]


def names_in_short(short: str, full: str) -> bool:
    """Whether ``short`` names in short the organ ``full`` names in full: 浙江检察院, 浙江省人民检察院.

    The short name keeps the full name's first two and last three characters and leaves out
    characters between, never adds one.

    Examples:
        >>> names_in_short("浙江检察院", "浙江省人民检察院"), names_in_short("西藏政府", "西藏自治区人民政府")
        (True, False)
    """
    short, full = short.replace(" ", ""), full.replace(" ", "")
    if len(short) >= len(full) or short[:2] != full[:2] or short[-3:] != full[-3:]:
        return False
    characters = iter(full)
    return all(char in characters for char in short)
