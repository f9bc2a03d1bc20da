"""The genre's words in one place (roles, labels, headings, timing, assessments, groups).

Every reader of rulegov (the text parser, the table reader, the CSV and XLSX readers, the writer
of the standard layout) takes its words from here, so that a word added once is read everywhere.
All words are in normalised form (full-width punctuation folded to half-width, see
`rulegov.parse._text`).

Examples:
    >>> ROLE_LABELS["牵头单位"].value, TABLE_HEADINGS["完成时限"], GROUP_SUFFIXES[0]
    ('lead', 'deadline', '协调小组')
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from rulegov.model import (
    AssessmentKind,
    Frequency,
    Role,
    SectionKind,
    TimeFrameKind,
    UnitKind,
    UnitLevel,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ABOVE_WORDS",
    "APPRAISAL_TARGET_WORDS",
    "ASSESSED_PERSONS",
    "ASSESSMENT_ARRANGEMENTS",
    "ASSESSMENT_NAME_ENDINGS",
    "ASSESSMENT_TEAM_SUFFIXES",
    "ASSESSMENT_WORDS",
    "ASSIGNMENT_LABELS",
    "BARE_COLLECTIVE",
    "CITED_ISSUER_ENDS",
    "COLLECTIVE_OPENINGS",
    "COLUMN_HEADINGS",
    "COLUMN_HEADING_ENDS",
    "DEPARTMENT_WORDS",
    "EACH_LEADS",
    "ENFORCEABLE_CHECKS",
    "ENFORCEMENT_WORDS",
    "ESTABLISHING_VERBS",
    "FIELD_NAMED_ENDS",
    "FIELD_ROLES",
    "FIRST_LEADS",
    "FREQUENCY_WORDS",
    "GOVERNOR_TITLES",
    "GRANT_WORDS",
    "GROUP_SET_UP_VERBS",
    "GROUP_SUFFIXES",
    "GUIDE_LABEL",
    "GUIDE_LABELS",
    "GUIDE_WORDS",
    "HEAD_TITLES",
    "LEAD_STARS",
    "LIST_NOTES",
    "LIST_OTHERS",
    "LIST_ROLE_WORDS",
    "LIST_WORDS",
    "LONG_UNIT_ENDINGS",
    "MEETING_VERBS",
    "MORE_NAME_ENDS",
    "MORE_NAME_WORDS",
    "NAME_AND_WORD_ENDS",
    "NOT_ORGAN_ENDINGS",
    "OUTLINE_PROSE_TITLES",
    "OUTLINE_RISK_TITLES",
    "PART_LEAD_LABELS",
    "PERSON_ENDS",
    "PERSON_LABELS",
    "PERSON_TITLES",
    "PLACE_ENDS",
    "PLACE_OWN_ORGANS",
    "PROJECT_CONTENTS",
    "PROJECT_HEADINGS",
    "PROSE_HEADINGS",
    "PROSE_TITLES",
    "RECURRING_WORDS",
    "RELAXING_WORDS",
    "RESULT_WORDS",
    "ROLE_FIELDS",
    "ROLE_LABELS",
    "ROLE_QUALIFIERS",
    "ROLE_SUFFIXES",
    "ROLE_TITLE_WORKS",
    "ROLE_WORDS",
    "SEPARATE_ORGANS",
    "STAGE_NOTE",
    "STATUS_WORDS",
    "SUBTOTAL_WORDS",
    "TABLE_HEADINGS",
    "TASK_HEADINGS",
    "TASK_OPENING_VERBS",
    "TASK_SECTION_ENDINGS",
    "TASK_SECTION_TITLES",
    "TEXT_COLUMN_ENDS",
    "TIME_COLUMN_ENDS",
    "TIME_LABELS",
    "TOTAL_WORDS",
    "TOWNSHIP_ENDS",
    "UNIT_COLUMN_ENDS",
    "UNIT_ENDS",
    "UNIT_HEADING_ALTERNATIVES",
    "UNIT_HEADING_ROLES",
    "UNIT_KIND_ENDINGS",
    "UNIT_LEVEL_ENDINGS",
    "UNIT_LEVEL_OPENINGS",
    "UNIT_LIST_MARKS",
    "UNIT_REMARK",
    "UNIT_REMARK_OPENINGS",
    "VAGUE_TIMING",
    "VAGUE_WORDS",
    "WORK_VERBS",
]

# -- who does the work ---------------------------------------------------------------------------

_UNIT_KINDS = ("单位", "部门", "科室", "股室", "处室")
"""The last words of a label or heading of units: a body, a department, an office of one."""
_ROLE_STEMS: Mapping[str, Role] = MappingProxyType(
    {
        "牵头": Role.LEAD,
        "主责": Role.LEAD,
        "牵头责任": Role.LEAD,
        # the units that lead the work and answer for it (牵头负责部门, a column of 国办's table of
        # a work report's targets) lead it, as 牵头责任单位 does
        "牵头负责": Role.LEAD,
        "主要责任": Role.LEAD,
        "主办": Role.LEAD,  # the unit that runs the work leads it, as 牵头单位 does
        "责任": Role.RESPONSIBLE,
        "负责": Role.RESPONSIBLE,
        "实施": Role.RESPONSIBLE,
        "落实": Role.RESPONSIBLE,
        "执行": Role.RESPONSIBLE,
        "承办": Role.RESPONSIBLE,
        "起草": Role.RESPONSIBLE,
        "配合": Role.COOPERATING,
        "协办": Role.COOPERATING,
        "协助": Role.COOPERATING,
        "协作": Role.COOPERATING,
        "支持": Role.COOPERATING,
        "参与": Role.COOPERATING,
        "参加": Role.COOPERATING,
        "协同": Role.COOPERATING,
        "协同责任": Role.COOPERATING,
        "协同配合": Role.COOPERATING,
        "配合责任": Role.COOPERATING,
        # the units that second the main one (次要责任单位 after 主要责任单位) cooperate with it
        "次要责任": Role.COOPERATING,
        "督办": Role.SUPERVISING,
        "督导": Role.SUPERVISING,
    }
)
"""The words before one of _UNIT_KINDS that make a label of units in that role (牵头处室, 协办部门)."""

ROLE_LABELS: dict[str, Role] = {
    # 主要 before a label keeps its role (主要配合单位, 主要协作单位); 主要责任单位 is a stem of its own
    **{
        "主要" + stem + kind: role
        for stem, role in _ROLE_STEMS.items()
        for kind in _UNIT_KINDS
        if not stem.startswith(("主", "次"))
    },
    **{stem + kind: role for stem, role in _ROLE_STEMS.items() for kind in _UNIT_KINDS},
    # the unit that leads a whole part (总牵头单位 over the part's items) leads each of them
    "总牵头单位": Role.LEAD,
    "总牵头部门": Role.LEAD,
    "总牵头": Role.LEAD,
    "牵头": Role.LEAD,
    "责任主体": Role.RESPONSIBLE,
    "实施主体": Role.RESPONSIBLE,
    "责任": Role.RESPONSIBLE,
    "配合": Role.COOPERATING,
    "参与": Role.COOPERATING,
    "协办": Role.COOPERATING,
}
"""A field label (``牵头单位：…``) and the role of the units it names."""

PART_LEAD_LABELS = frozenset({"总牵头单位", "总牵头部门", "总牵头"})
"""Labels of the unit that leads a whole part (``（一）…（总牵头单位：…）`` over items 1. 2. …)."""

ROLE_WORDS: Mapping[Role, str] = MappingProxyType(
    {
        Role.LEAD: "牵头单位",
        Role.RESPONSIBLE: "责任单位",
        Role.COOPERATING: "配合单位",
        Role.SUPERVISING: "督办单位",
    }
)
"""The label each role is written under."""

_BY_DUTY_WORDS = tuple(
    sorted(
        (
            f"{by}{whose}{duty}{does}"
            for by in ("按", "按照", "根据", "依据", "依")
            for whose in ("", "各自")
            for duty in ("职责分工", "职责", "职能分工", "职能", "分工")
            for does in ("负责", "落实", "抓好落实", "推进")
        ),
        key=len,
        reverse=True,
    )
)
"""Every printing of "each by its duties" after unit names (按职责分工负责, 按照职责分工负责,
按各自职责负责, 按照各自职责分工落实, 按职能负责, 根据职责分工负责, 按分工负责, 依职责落实,
按照职责分工抓好落实, 按职责分工推进), longest first."""
ROLE_QUALIFIERS = tuple(
    sorted(
        {
            "分别",
            "分別",
            *(
                f"{by}{whose}{duty}"
                for by in ("按", "按照", "根据", "根據", "依据", "依據", "依")
                for whose in ("", "各自")
                for duty in (
                    "分工",
                    "职责分工",
                    "職責分工",
                    "职能职责",
                    "職能職責",
                    "职责",
                    "職責",
                    "职能分工",
                    "職能分工",
                    "职能",
                    "職能",
                )
            ),
        },
        key=len,
        reverse=True,
    )
)
"""Words between a unit's name and its role word that qualify the role, in either script: each
one its own share (市教委分别负责落实) or by its duties (公安部按照职责分工分别牵头负责). They are no
part of the name; longest first."""
_BY_DUTY_HELP = tuple(
    sorted(
        (
            f"{by}{whose}{duty}{does}"
            for by in ("按", "按照", "根据", "依据")
            for whose in ("", "各自")
            for duty in ("职责分工", "职责", "职能分工", "职能")
            for does in ("配合", "参与", "协助")
        ),
        key=len,
        reverse=True,
    )
)
"""Every printing of "each helps by its duties" after unit names (按职责分工配合, 按照各自职责参与,
按职能协助), longest first: the units cooperate."""

_NAMED_AS = tuple(
    sorted(
        (
            (f"{be}{stem}{kind}", role)
            for be in ("为", "作为")
            for stem, role in _ROLE_STEMS.items()
            for kind in ("单位", "部门")
        ),
        key=lambda item: len(item[0]),
        reverse=True,
    )
)
"""A unit named in its role by a sentence (区司法局为牵头单位, 区财政局、区审计局为配合单位,
区法院作为责任单位), longest first."""

_CLOSING_DOINGS = ("狠抓落实", "认真落实", "做好落实", "共同推进", "组织实施", "抓落实", "各司其职")
"""Words closing a list of units that carry the work out, after a qualifier or alone (…按职责分工
狠抓落实, …分别组织实施, …各司其职): the units are responsible, the qualifier no part of a name."""
_IN_PLACE = "到位"
"""The word after 落实 that says the work is carried through (按职责分工落实到位, 负责落实到位)."""

ROLE_SUFFIXES: tuple[tuple[str, Role], ...] = (
    *sorted(
        (
            (f"{word}{_IN_PLACE}", Role.RESPONSIBLE)
            for word in {*_BY_DUTY_WORDS, "负责落实", "抓好落实", "分别落实", *_CLOSING_DOINGS}
            if word.endswith("落实")
        ),
        key=lambda item: (-len(item[0]), item[0]),
    ),
    *_NAMED_AS,
    *((word, Role.RESPONSIBLE) for word in _BY_DUTY_WORDS),
    *((word, Role.COOPERATING) for word in _BY_DUTY_HELP),
    ("分别负责", Role.RESPONSIBLE),
    ("分别落实", Role.RESPONSIBLE),
    ("共同负责", Role.RESPONSIBLE),
    ("负责落实", Role.RESPONSIBLE),
    ("具体负责", Role.RESPONSIBLE),
    ("具体落实", Role.RESPONSIBLE),
    ("抓好落实", Role.RESPONSIBLE),
    ("共同落实", Role.RESPONSIBLE),
    ("分头落实", Role.RESPONSIBLE),
    ("各负其责", Role.RESPONSIBLE),
    *((word, Role.RESPONSIBLE) for word in _CLOSING_DOINGS),
    ("分别牵头落实", Role.LEAD),
    ("分别牵头负责", Role.LEAD),
    ("分别牵头", Role.LEAD),
    ("牵头负责", Role.LEAD),
    ("牵头督导", Role.LEAD),
    ("牵头落实", Role.LEAD),
    ("牵头起草", Role.LEAD),
    ("牵头", Role.LEAD),
    ("主办", Role.LEAD),
    ("承办", Role.RESPONSIBLE),
    ("负责起草", Role.RESPONSIBLE),
    ("起草", Role.RESPONSIBLE),
    ("负责", Role.RESPONSIBLE),
    # the units that help carry the work out cooperate in it (…、团市委配合落实): before 落实
    ("配合落实", Role.COOPERATING),
    ("协助落实", Role.COOPERATING),
    ("配合", Role.COOPERATING),
    ("协办", Role.COOPERATING),
    ("协助", Role.COOPERATING),
    ("协同", Role.COOPERATING),
    ("参与", Role.COOPERATING),
    ("参加", Role.COOPERATING),
    # the units that carry the work out answer for it (…等有关部门参加，各镇街落实), as those
    # that 负责落实 do; after every longer word that ends in it
    ("落实", Role.RESPONSIBLE),
)
"""Words after unit names that give their role, in brackets after a task (（区司法局牵头，各镇
按职责分工负责）, （市发展改革委牵头，市教育局参加）) and in units cells (局防控办主办、各工作组协办:
the unit that runs the work leads it, one that 承办 it is responsible, those that assist cooperate),
longest first; a 立法 plan names the unit that drafts each law (（省科技厅起草，5月初审）)."""

ROLE_TITLE_WORKS = ("工作", "任务", "事项")
"""What a part titled by units and their role holds (一、县示范区管委会牵头工作(8项), 二、市财政局负责的
重点任务): the units named in the title do that work, each item of the part under that role."""

ABOVE_WORDS = ("以上", "上述")
"""The first word of a line after a part's items that names the units of all of them (以上任务由
区发改委牵头，区财政局配合 / 上述工作由各镇（街道）负责)."""

SENTENCE_DIVISION_OPENER = "由"
"""The word that opens a division of work written as a sentence (由区司法局牵头，区法院配合)."""
JOINT_LEAD_WORD = "会同"
"""The word between a leading unit and those that work with it (由发展改革委会同农业部等研究…)."""
JOINT_WORK_WORDS: tuple[str, ...] = (
    "研究",
    "负责",
    "提出",
    "制定",
    "落实",
    "共同",
    "组织",
    "做好",
    "开展",
    "推进",
    "抓好",
    "实施",
)
"""Words of the work after the units a 会同 names (…会同农业部、财政部研究提出落实意见), and
after a sentence's role word (由区司法局牵头组织实施)."""
WORK_VERBS: tuple[str, ...] = (
    "加强",
    "加快",
    "完善",
    "推进",
    "推动",
    "做好",
    "抓好",
    "开展",
    "建立",
    "健全",
    "深化",
    "提升",
    "提高",
    "强化",
    "落实",
    "实施",
    "规范",
    "优化",
    "促进",
    "严格",
    "坚持",
    "构建",
    "创新",
    "确保",
)
"""Verbs a task's text opens with (加强栏目建设, 完善信息发布): a line opening so names work to do,
never a site's column."""
TASK_OPENING_VERBS: tuple[str, ...] = (
    *WORK_VERBS,
    "召开",
    "建成",
    "建设",
    "新建",
    "打造",
    "举办",
    "制定",
    "出台",
    "编制",
    "修订",
    "创建",
    "研究",
)
"""Verbs a task's short text opens with in a table's cell (召开会议研究部署, 建成综合文化站): a
cell opening so is the work, though its last word ends as an organ's name does."""
NOT_ORGAN_ENDINGS: tuple[str, ...] = ("部署", "格局", "布局", "开局", "大局", "结构", "架构")
"""Words that end as an organ's name does (署, 局, 构) but name no organ (研究部署, 新格局)."""
PEOPLE_AFTER_ROLE: tuple[str, ...] = ("同志", "人")
"""Words after a role word that make it name people (负责同志, 负责人), not units' roles."""

FIRST_LEADS = re.compile(
    r"[列排][在序名]?(?:第一位|第一|首位)(?:的|者)?(?:单位|部门)?[为是](?:工作|主要|总)?牵头"
)
"""The remark that the first unit of each list leads its task (列第一位的为牵头单位, 列第一位者为
牵头单位, 列第一者为牵头单位, 排在第一位的部门为牵头部门, 排序第一的单位为牵头单位, 排名第一的为
牵头单位, 列第一位者为工作牵头单位或汇总单位), usually followed by 下同."""

LEAD_STARS = ("*", "★")
"""The marks after a unit's name that make it its task's lead (区司法局*、区法院; ＊ folds to *)."""

UNIT_REMARK = re.compile(
    r"(?:以下同|下同|同上)|(?:以下|不再)[^:：]*|.*[列排][在序名]?(?:第一|首位).*"
    r"|(?:第一|首位|首个).{0,6}[为是]牵头.*"
    r"|(?:带|帶|标有|標有|标注|標注|标|標|加|注|有)?[*★]号?(?:的|者)?(?:单位|部门|為|为|是)?"
    r"(?:牵头.*)?"
)
"""A part of a list of units that is a remark on the list, not a unit, as a whole (``fullmatch``):
下同, 同上, a remark on the tasks below (以下均需各县市区落实, 不再列出, or 不再逐 where the copy
ends), 排在首位的为牵头单位, 第一责任单位为牵头单位, or 列第一位者为 once the role word 牵头 is
read off it, 带*的为牵头单位 (the mark of a lead, [LEAD_STARS][rulegov.parse._vocab.LEAD_STARS]). A
unit's own role (区司法局为牵头单位) is no remark."""

STAGE_NOTE = re.compile(r"已(?:经)?(?:通过|提请|提交|报送|报请|完成|形成|审议|印发|出台|公布)")
"""The opening of a part of a 立法 project's bracket that tells how far the project has come
(（市消防救援支队起草;已通过市政府常务会议审议）, 已提请市人大常委会审议, 已形成草案初稿), not who does it:
after the units of the bracket it is a note on the project, and the bracket still names them."""

UNIT_REMARK_OPENINGS = ("以下", "下同", "同上", "列第一", "排在", "排序第一", "排名第一")
"""The openings by which a remark on a list of units is known when a cut leaves only its start
(``〔以下均需…`` where the text ends): [UNIT_REMARK][rulegov.parse._vocab.UNIT_REMARK] reads a
whole remark, these its first words, so a remark cut before its role word (排在) is still one."""

UNIT_ENDS = frozenset(
    "部委局办院厅会府处室所站队司组社团联行镇街区县市省门位关构心署辦廳會處隊團聯縣區門關構"
)
"""The last characters of a unit's name (区司法局, 国家发展改革委, 县政府, 各乡镇)."""

PLACE_ENDS = frozenset("省市县区州盟旗乡镇縣區鄉鎮")
"""The last character of a place's name (各县, 某区, 各乡镇): an organ's never ends so."""
TOWNSHIP_ENDS = frozenset("乡镇鄉鎮")
"""The last character of the places below a county (各乡镇), among PLACE_ENDS."""

UNIT_LIST_MARKS = "、,，"
"""The marks between the names of a list of units (区法院、区检察院, 区法院,区检察院)."""
COLLECTIVE_OPENINGS = ("各", "有关", "相关")
"""The first words of a name for several units at once (各乡镇, 有关部门, 相关单位)."""
_BARE_WHICH = "(?:各|有关|有關|相关|相關)"
_BARE_KIND = "(?:部门|部門|单位|單位)"
BARE_COLLECTIVE = re.compile(
    f"{_BARE_WHICH}+{_BARE_KIND}"
    f"(?:[、,，和及与與]{_BARE_WHICH}*{_BARE_KIND}|[(（]{_BARE_WHICH}*{_BARE_KIND}[)）])*"
)
"""Names for several units that say neither where nor which (各部门, 有关单位, 各有关部门), as a
whole (``fullmatch``), alone or listed (各单位、各部门, 各部门(单位), 有关部门和单位): a part's
title naming only such (二、各部门配合工作) names no body whose work its items are; 县直各部门
and 各镇(街道) say which."""

LONG_UNIT_ENDINGS = (
    "人民政府",
    "人民银行",
    "管委会",
    "委员会",
    "办公室",
    "管理局",
    "中心支行",
    "各部门",
)
"""Endings of units' names longer than two characters: a name at the very end of a text that
ends with only their first characters (人民银, 各功能区管委, 县政府各部) was cut there."""

MORE_NAME_ENDS = "协校馆台场园厂科股"
"""Last characters of some units' names besides the usual (市科协, 区委党校, 图书馆, 电视台, 林场,
产业园, 水厂, and a bureau's own sections: 政策法规科, 法制股): a name that ends so is whole, not
broken off at a line's end."""
MORE_NAME_WORDS = ("街道", "街道办", "专班", "專班")
"""Last words of some units' names whose last character ends common words too (立山街道 and 渠道,
经济运行专班 and 值班): a name that ends so is whole."""
NAME_AND_WORD_ENDS = frozenset("会會社部门門关關组組团團联聯场場")
"""Last characters of units' names that end common words too (委员会 and 社会, 林场 and 市场): a
line's end after one may break a name (区人力资源和社会 / 保障局)."""

LIST_NOTES = tuple(
    sorted(
        ("按职责分工分别负责", *_BY_DUTY_WORDS, "分别负责", "按职责分工", "负责落实", "负责"),
        key=len,
        reverse=True,
    )
)
"""Role words after a list of units that are a note on the list (按职责分工负责), longest first."""
LIST_OTHERS = tuple(
    sorted(
        (
            "等部门",
            "等单位",
            *(
                f"{joined}{which}{kind}"
                for joined in ("等", "会同")
                for which in ("有关", "相关")
                for kind in ("部门和单位", "部门", "单位")
            ),
        ),
        key=len,
        reverse=True,
    )
)
"""Words after a list of units for the others it leaves unnamed (等有关部门), longest first."""

EACH_LEADS = "分别牵头"
"""The role word that gives the lead to every name of a list (市人力社保局、市农业农村局分别牵头)."""
LIST_ROLE_WORDS = (
    ("为牵头单位", Role.LEAD),
    ("为牵头部门", Role.LEAD),
    (EACH_LEADS + "落实", Role.LEAD),
    (EACH_LEADS, Role.LEAD),
    ("牵头落实", Role.LEAD),
    ("牵头", Role.LEAD),
    ("主办", Role.LEAD),
    ("配合落实", Role.COOPERATING),
    ("协助落实", Role.COOPERATING),
    ("配合", Role.COOPERATING),
    ("协办", Role.COOPERATING),
    # the units that join in the work cooperate in it, as 配合 says (…等有关部门参加)
    ("参加", Role.COOPERATING),
    ("参与", Role.COOPERATING),
    # those that carry it out answer for it, as 负责 says (各镇街落实); after 牵头落实
    ("落实", Role.RESPONSIBLE),
)
"""Role words written after a name in a list of units, the longer of two that end alike first:
区司法局为牵头单位, …分别牵头, 局防控办主办、各工作组协办 (the unit that runs the work leads it,
those that assist cooperate), 县扶贫开发办牵头，县教育和体育局…参加，各镇街落实 (those that join in
cooperate, those that carry the work out answer for it)."""

PLACE_OWN_ORGANS = frozenset(["人民政府", "政府", "管委会", "管委會", "管理委员会", "管理委員會"])
"""Organs named without their place after 和: the place's own (…党委和人民政府, …党工委和管委会)."""

SEPARATE_ORGANS = ("人大", "政协", "纪委", "监委")
"""Organs of their own beside the party committee (委) and the government: their short names
always keep the word (区人大办, 市政协办公室, 县纪委), so a name without it is another body."""

DEPARTMENT_WORDS = frozenset(
    [
        "教育",
        "卫健",
        "卫生",
        "卫计",
        "公安",
        "检察",
        "审判",
        "司法",
        "民政",
        "财政",
        "人社",
        "发改",
        "工信",
        "经信",
        "科技",
        "住建",
        "城建",
        "交通",
        "交通运输",
        "水利",
        "水务",
        "农业",
        "农业农村",
        "农村",
        "商务",
        "文旅",
        "文化",
        "旅游",
        "文广",
        "广电",
        "应急",
        "市场监管",
        "市监",
        "生态环境",
        "环保",
        "自然资源",
        "国土",
        "规划",
        "审计",
        "统计",
        "税务",
        "信访",
        "网信",
        "宣传",
        "组织",
        "统战",
        "政法",
        "编办",
        "林业",
        "林草",
        "城管",
        "执法",
        "综合执法",
        "体育",
        "医保",
        "退役军人",
        "国资",
        "金融",
        "人防",
        "气象",
        "消防",
        "海关",
        "邮政",
        "妇联",
        "工会",
        "残联",
        "科协",
        "粮食",
        "供销",
        "民宗",
        "档案",
        "大数据",
        "数据",
        "行政审批",
        "审批",
        "政务服务",
        "住房",
        "公积金",
        "烟草",
        "电力",
        "通信",
        "保密",
        "外办",
        "侨办",
        "台办",
        "畜牧",
        "渔业",
        "海洋",
        "铁路",
        "民航",
        "人大",
        "政协",
        "纪委",
        "监委",
        "纪检",
        "监察",
        "法制",
        "法治",
        "普法",
        "安监",
        "质监",
        "食药监",
        "工商",
        "物价",
        "计生",
        "药监",
        "残疾人",
    ]
)
"""The short names of departments by their work (教育、卫健、公安、沈阳市政府): in a list of
units, no places."""

UNIT_KIND_ENDINGS: dict[str, UnitKind] = {
    "党工委": UnitKind.PARTY_COMMITTEE,
    "党委": UnitKind.PARTY_COMMITTEE,
    "党组": UnitKind.PARTY_COMMITTEE,
    "工委": UnitKind.PARTY_COMMITTEE,
    "人民政府": UnitKind.GOVERNMENT,
    "政府": UnitKind.GOVERNMENT,
    "管委会": UnitKind.GOVERNMENT,
    "委员会": UnitKind.COMMITTEE,
    "办公室": UnitKind.OFFICE,
    "办": UnitKind.OFFICE,
    "局": UnitKind.GOVERNMENT_DEPARTMENT,
    "委": UnitKind.GOVERNMENT_DEPARTMENT,
    "厅": UnitKind.GOVERNMENT_DEPARTMENT,
    "部": UnitKind.GOVERNMENT_DEPARTMENT,
    "中心": UnitKind.GOVERNMENT_DEPARTMENT,
    "镇": UnitKind.TOWN,
    "街道": UnitKind.TOWN,
    "乡": UnitKind.TOWN,
    "镇(街)": UnitKind.TOWN,
    "镇(街道)": UnitKind.TOWN,
    "园区": UnitKind.PARK,
    "园": UnitKind.PARK,
    "法院": UnitKind.JUDICIAL_ORGAN,
    "检察院": UnitKind.JUDICIAL_ORGAN,
    "司法所": UnitKind.JUDICIAL_OFFICE,
    "公安局": UnitKind.PUBLIC_SECURITY,
    "公安分局": UnitKind.PUBLIC_SECURITY,
    "派出所": UnitKind.PUBLIC_SECURITY,
    "工会": UnitKind.MASS_ORGANISATION,
    "总工会": UnitKind.MASS_ORGANISATION,
    "团委": UnitKind.MASS_ORGANISATION,
    "共青团": UnitKind.MASS_ORGANISATION,
    "妇联": UnitKind.MASS_ORGANISATION,
    "残联": UnitKind.MASS_ORGANISATION,
    "公司": UnitKind.ENTERPRISE,
    "集团": UnitKind.ENTERPRISE,
    "协会": UnitKind.SOCIAL_ORGANISATION,
    "商会": UnitKind.SOCIAL_ORGANISATION,
    "学会": UnitKind.SOCIAL_ORGANISATION,
    "有关部门": UnitKind.COLLECTIVE,
    "相关部门": UnitKind.COLLECTIVE,
    "各部门": UnitKind.COLLECTIVE,
    "成员单位": UnitKind.COLLECTIVE,
}
"""The last words of a unit's name and the kind of unit they make (区司法局, 县总工会), read
longest first."""

UNIT_LEVEL_OPENINGS: dict[str, UnitLevel] = {
    "中央": UnitLevel.NATIONAL,
    "国务院": UnitLevel.NATIONAL,
    "国家": UnitLevel.NATIONAL,
    "全国": UnitLevel.NATIONAL,
    "最高": UnitLevel.NATIONAL,
    "省": UnitLevel.PROVINCIAL,
    "市": UnitLevel.MUNICIPAL,
    "区": UnitLevel.COUNTY,
    "县": UnitLevel.COUNTY,
}
"""The first words of a unit's name and the level they give it (国家发展改革委, 区司法局)."""

UNIT_LEVEL_ENDINGS: dict[str, UnitLevel] = {
    "镇": UnitLevel.TOWNSHIP,
    "乡": UnitLevel.TOWNSHIP,
    "街道": UnitLevel.TOWNSHIP,
    "镇(街)": UnitLevel.TOWNSHIP,
    "镇(街道)": UnitLevel.TOWNSHIP,
    "司法所": UnitLevel.TOWNSHIP,
    "派出所": UnitLevel.TOWNSHIP,
    "村": UnitLevel.VILLAGE,
    "社区": UnitLevel.VILLAGE,
    "村(社区)": UnitLevel.VILLAGE,
}
"""The last words of the names of units at the grass roots and their level (某镇, 某司法所, 某社区)."""

CITED_ISSUER_ENDS = (
    "委员会",
    "办公室",
    "办",
    "委",
    "局",
    "厅",
    "部",
    "院",
    "政府",
    "国务院",
    "党中央",
)
"""The last words of an issuer's name before a document it cites (省委依法治省办《…》)."""

GUIDE_WORDS = ("指导",)
"""Role words of a body that guides a task from above (``（商务部指导，供销合作总社参与）``): it
is named beside the units that do the work, but it is none of them: the parser keeps its name in a
``guide`` diagnostic of the task."""
GUIDE_LABEL = "指导单位"
"""The label a guiding body's field is read under, which names no role."""
GUIDE_LABELS = tuple(word + kind for word in GUIDE_WORDS for kind in _UNIT_KINDS)
"""Every printing of a guiding body's label (指导单位：, 指导部门：, 指导处室：), GUIDE_LABEL among them."""

LIST_WORDS = ("以下", "下列", "如下", "包括")
"""Words with which an article announces the list its colon opens (应当具备下列条件：, 责任主要
包括：): the items below are the article's list, each one a task."""

ASSIGNMENT_LABELS = ("部门分工", "责任分工", "任务分工", "职责分工")
"""Labels of a task's whole division of work (``部门分工：省发展改革委牵头，各地、各部门配合。``):
the value names units by the role words after them, as a bracket after a task does."""

PERSON_LABELS = (
    "责任领导",
    "分管领导",
    "牵头领导",
    "牵头负责领导",
    "牵头市领导",
    "分管省领导",
    "分管市领导",
    "分管县领导",
    "分管区领导",
    "责任市领导",
    "责任人",
    "具体责任人",
    "联系人",
    "负责人",
    "联系电话",
)
"""Labels of people and contacts: what they name is never a unit."""

GOVERNOR_TITLES = ("省长", "市长", "县长", "区长")
"""The offices that head a place's government (省长, 县长): a person's, never a unit's."""

PERSON_TITLES = (
    "秘书长",
    *GOVERNOR_TITLES,
    "縣長",
    "區長",
    "镇长",
    "鎮長",
    "乡长",
    "鄉長",
    "书记",
    "書記",
    "主任",
    "领导",
    "領導",
)
"""The last words of a person's office (分管副省长, 协管副秘书长, 县委书记): a name in a list of
units that ends so names a person, never a unit."""

FIELD_NAMED_ENDS = ("部门", "部門", "单位", "單位", "机关", "機關", "机构", "機構")
"""The last words of a body named by its field of work, not by its own name (区民政部门,
市司法行政主管部门, 有关行政机关): the subject of a sentence so named is no task's unit."""

HEAD_TITLES = (
    "局长",
    "局長",
    "主任",
    "部长",
    "部長",
    "院长",
    "院長",
    "检察长",
    "檢察長",
    "厅长",
    "廳長",
    "所长",
    "所長",
    "大队长",
    "大隊長",
    "支队长",
    "支隊長",
    "队长",
    "隊長",
    "处长",
    "處長",
    "科长",
    "科長",
    "站长",
    "站長",
    "行长",
    "行長",
    "主席",
)
"""The offices of a body's head (局长, 主任, 院长), written after the body's name and before the
person who holds it (县发改局局长王五, 市司法局副局长李某某): the body is a unit, the person none."""

PERSON_ENDS = (*PERSON_TITLES, "负责人", "負責人", "同志", "责任人", "責任人")
"""The last words of a name in a list of units that names people (分管副区长, 各单位主要负责人,
第一责任人, 主要负责同志, 张三同志): no unit's name ends so."""

TIME_LABELS = (
    "完成时限",
    "完成时间",
    "时间节点",
    "时限要求",
    "时间要求",
    "时间安排",
    "时限",
    "报送审议时间",
    "报送议案时间",
)
"""Field labels of a task's timing (``完成时限：6月底前``; a 立法 plan's ``报送审议时间：12月底``)."""

# -- tables --------------------------------------------------------------------------------------

ROLE_FIELDS: Mapping[str, Role] = MappingProxyType(
    {
        "lead": Role.LEAD,
        "responsible": Role.RESPONSIBLE,
        "cooperating": Role.COOPERATING,
        "supervising": Role.SUPERVISING,
    }
)
"""The table fields that hold units, and the role of the units in them."""

FIELD_ROLES: dict[Role, str] = {role: field for field, role in ROLE_FIELDS.items()}

COLUMN_HEADINGS: Mapping[str, str] = MappingProxyType(
    {
        "number": "序号",
        "title": "工作任务",
        "measures": "具体措施",
        **{field: ROLE_WORDS[role] for field, role in ROLE_FIELDS.items()},
        "deadline": TIME_LABELS[0],
    }
)
"""The heading each table field is written under: 序号, 工作任务, 具体措施, a role's label, 完成时限."""

TEXT_COLUMN_ENDS = ("内容", "措施", "要求")
"""Last words of a column heading whose cells are sentences of work though it is none of
TABLE_HEADINGS (建设内容, 细化措施)."""
PLACE_COLUMN_ENDS = ("地点", "地址")
"""Last words of a column heading whose cells name where the work is done (建设地点): a town's
name there is a place, not a unit of the task."""
UNIT_COLUMN_ENDS = _UNIT_KINDS
"""Last words of a column heading of units (评分部门, 责任股室) that is none of TABLE_HEADINGS."""
UNIT_HEADING_ROLES: Mapping[str, Role] = MappingProxyType(
    {
        **{
            label.removesuffix(end): role
            for label, role in ROLE_LABELS.items()
            for end in ("单位", "部门")
            if label.endswith(end) and len(label) > len(end)
        },
        "主体责任": Role.RESPONSIBLE,
        "承办": Role.RESPONSIBLE,
        "协助": Role.COOPERATING,
        "协作": Role.COOPERATING,
    }
)
"""Role words that open a column heading of units with one of UNIT_COLUMN_ENDS after them: the
heading names that role's column in other words (牵头处室, 责任处室, 配合科室, 协办部门, 主体责任单位)."""
UNIT_HEADING_ALTERNATIVES = (*UNIT_COLUMN_ENDS, "机构", "镇街", "乡镇", "街道", "单位名称")
"""Words for the bodies a units column's heading may offer after its own kind (牵头单位/部门,
配合单位或机构, 责任单位、镇街): the column stays one of units. People (领导, 个人, 责任人) and times
(时限) are no such word."""
TIME_COLUMN_ENDS = ("时限", "时间", "期限", "节点")
"""Last words of a column heading of times (办结时限, 推进时间, 完成期限) that is none of
TABLE_HEADINGS."""
COLUMN_HEADING_ENDS = (
    *UNIT_COLUMN_ENDS,
    "领导",
    "时限",
    "时间",
    "内容",
    "要求",
    "措施",
    "指标",
    "目标",
    "任务",
    "项目",
    "名称",
    "类别",
    "投资",
    "金额",
    "地点",
    "进度",
    "人",
)
"""Last words of a line that reads as a column heading though none of TABLE_HEADINGS (工作目标, 责任人)."""

PROJECT_HEADINGS: frozenset[str] = frozenset({"项目"})
"""Category headings that name each row's work in a numbered table with no task column: in a
民生实事 table (序号 | 项目 | 责任单位 | 建设内容) each numbered project is a task."""

PROJECT_CONTENTS: frozenset[str] = frozenset({"建设内容"})
"""The measures headings that say what a project builds: beside one (or beside no measures column)
项目 names each row's work; beside another (具体内容) it is the row's category and the content is
the task."""

TABLE_HEADING_QUALIFIERS: tuple[str, ...] = ("主要", "重点", "具体", "年度")
"""Words that qualify a column's heading without changing its field (主要工作举措 · 重点工作任务)."""

TOTAL_WORDS: frozenset[str] = frozenset(
    {"合计", "总计", "总分", "总分值", "合计分值", "满分", "共计", "总体分值"}
)
"""The words of a table's total row (合计 · 总分): the sum of the rows above, no task or item."""
SUBTOTAL_WORDS: frozenset[str] = frozenset({"小计", "小计分值"})
"""The words of a row that sums the rows of one group (小计)."""

TABLE_HEADINGS: dict[str, str] = {
    # number
    "序号": "number",
    "编号": "number",
    "任务编号": "number",
    "no": "number",
    "no.": "number",
    "#": "number",
    "number": "number",
    # the task
    "工作任务": "title",
    "重点任务": "title",
    "主要任务": "title",
    "任务": "title",
    "工作内容": "title",
    "项目名称": "title",
    "具体项目": "title",
    # a 民生实事 table's project column: each row's project is its task
    "实事项目": "title",
    "民生实事项目": "title",
    "民生实事": "title",
    "任务名称": "title",
    "目标任务": "title",
    "预期目标": "title",
    "任务内容": "title",
    "重点工作": "title",
    "工作事项": "title",
    "考核内容": "title",
    "考核项目": "section1",
    "考核指标": "title",
    "评价内容": "title",
    "task": "title",
    "tasks": "title",
    "title": "title",
    "tasktitle": "title",
    # its measures
    "具体措施": "measures",
    "工作措施": "measures",
    "主要措施": "measures",
    "具体内容": "measures",
    "建设内容": "measures",
    "主要内容": "measures",
    "具体要求": "measures",
    "任务措施": "measures",
    "细化措施": "measures",
    "工作举措": "measures",
    "举措": "measures",
    "工作要求": "measures",
    "具体工作": "measures",
    "measure": "measures",
    "measures": "measures",
    "actions": "measures",
    # units
    "牵头单位": "lead",
    "牵头部门": "lead",
    "主责单位": "lead",
    "牵头责任单位": "lead",
    "主要责任单位": "lead",
    "牵头": "lead",  # a header of short words: 序号 | 任务 | 牵头 | 配合 | 时限
    "lead": "lead",
    "leadunit": "lead",
    "leadunits": "lead",
    "责任单位": "responsible",
    "责任部门": "responsible",
    "责任主体": "responsible",
    "实施主体": "responsible",
    "负责单位": "responsible",
    "负责部门": "responsible",
    "负责科室": "responsible",
    "责任科室": "responsible",
    "责任股室": "responsible",
    "responsible": "responsible",
    "responsibleunit": "responsible",
    "responsibleunits": "responsible",
    "配合单位": "cooperating",
    "配合部门": "cooperating",
    "协办单位": "cooperating",
    "参与单位": "cooperating",
    "协同单位": "cooperating",
    "协同责任单位": "cooperating",
    "协同配合单位": "cooperating",
    "配合责任单位": "cooperating",
    "配合": "cooperating",
    "cooperating": "cooperating",
    "cooperatingunit": "cooperating",
    "cooperatingunits": "cooperating",
    "督办单位": "supervising",
    "supervising": "supervising",
    "supervisingunit": "supervising",
    "supervisingunits": "supervising",
    # people: a column of them names no unit, and is read as no field of the task
    "责任人": "people",
    "责任领导": "people",
    "分管领导": "people",
    "牵头领导": "people",
    "具体责任人": "people",
    # timing
    "完成时限": "deadline",
    "时间节点": "deadline",
    "完成时间": "deadline",
    "时限": "deadline",
    "时间安排": "deadline",
    "时限要求": "deadline",
    "进度安排": "deadline",
    "完成期限": "deadline",
    "deadline": "deadline",
    "due": "deadline",
    "timing": "deadline",
    # the value the task is to reach (≥2%, 良好以上): its target
    "年度目标": "goal",
    "年度目标值": "goal",
    "目标值": "goal",
    "指标值": "goal",
    # appraisal tables (考核细则): points, criteria and deductions
    "分值": "points",
    "分数": "points",
    "标准分": "points",
    "权重": "points",
    "评分标准": "criteria",
    "考核标准": "criteria",
    "评分细则": "criteria",
    "考核方法": "criteria",
    "评分方法": "criteria",
    "扣分": "deduction",
    "扣分标准": "deduction",
    "扣分情况": "deduction",
    # an unnumbered section opened by a category cell
    "类别": "section1",
    "重点领域": "section1",
    "领域": "section1",
    "项目": "section1",
    "类型": "section1",
    "section": "section1",
    "category": "section1",
    "section1": "section1",
    "section2": "section2",
    "section3": "section3",
    "section4": "section4",
    "section5": "section5",
    "一级任务": "section1",
    "二级任务": "section2",
    "三级任务": "section3",
    "四级任务": "section4",
    "五级任务": "section5",
    "一级指标": "section1",
    "二级指标": "section2",
    # kept as it is
    "备注": "note",
    "note": "note",
    "notes": "note",
}
"""A table column heading (normalised, no spaces, ASCII in lower case) and the field it holds."""
# a role's label over a column names that role's units: 实施单位 and 主办单位 head columns as they
# head fields (the labels of people and the bare role words 牵头, 责任 are no column headings)
TABLE_HEADINGS.update(
    {
        label: FIELD_ROLES[role]
        for label, role in ROLE_LABELS.items()
        if label.endswith(UNIT_COLUMN_ENDS) and label not in TABLE_HEADINGS
    }
)
# a division of work's label heads the column of its units, or spreads over the columns of
# their roles in a header of two rows (责任分工 over 牵头单位 | 配合单位), as 责任单位 does
TABLE_HEADINGS.update(
    {
        label: FIELD_ROLES[Role.RESPONSIBLE]
        for label in ASSIGNMENT_LABELS
        if label not in TABLE_HEADINGS
    }
)

# -- headings of prose and of tasks ------------------------------------------------------------

PROSE_HEADINGS: tuple[tuple[str, SectionKind], ...] = (
    ("指导思想", SectionKind.GUIDING_IDEOLOGY),
    ("总体要求", SectionKind.GENERAL_REQUIREMENTS),
    ("基本原则", SectionKind.GENERAL_REQUIREMENTS),
    ("总体思路", SectionKind.GENERAL_REQUIREMENTS),
    ("工作原则", SectionKind.GENERAL_REQUIREMENTS),
    ("主要原则", SectionKind.GENERAL_REQUIREMENTS),
    ("基本遵循", SectionKind.GENERAL_REQUIREMENTS),
    ("工作思路", SectionKind.GENERAL_REQUIREMENTS),
    ("工作目标", SectionKind.OBJECTIVES),
    ("主要目标", SectionKind.OBJECTIVES),
    ("总体目标", SectionKind.OBJECTIVES),
    ("具体目标", SectionKind.OBJECTIVES),
    ("目标要求", SectionKind.OBJECTIVES),
    ("发展目标", SectionKind.OBJECTIVES),
    ("创建目标", SectionKind.OBJECTIVES),
    ("实施范围", SectionKind.OTHER),
    ("适用范围", SectionKind.OTHER),
    ("附则", SectionKind.OTHER),
    ("总则", SectionKind.GENERAL_REQUIREMENTS),
    ("重要意义", SectionKind.GENERAL_REQUIREMENTS),
    # or its importance and urgency (充分认识…的重要性, (一)加强依法行权履责的重要性和紧迫性)
    ("重要性", SectionKind.GENERAL_REQUIREMENTS),
    ("紧迫性", SectionKind.GENERAL_REQUIREMENTS),
    # or a call to grasp its place, whatever it names last (充分认识…的战略地位, …的重大作用)
    ("充分认识", SectionKind.GENERAL_REQUIREMENTS),
    ("发展现状", SectionKind.OTHER),
    ("发展基础", SectionKind.OTHER),
    ("面临形势", SectionKind.OTHER),
    ("面临的形势", SectionKind.OTHER),
    # the background a 规划 or a 方案 opens with (一、规划编制背景 / (一)“十三五”回顾): the years
    # before it, no work to do
    ("规划背景", SectionKind.OTHER),
    ("编制背景", SectionKind.OTHER),
    ("制定背景", SectionKind.OTHER),
    ("出台背景", SectionKind.OTHER),
    # or its review of them (一、“十三五”发展成效 / (一)监管机制不断完善): what was done
    ("发展成效", SectionKind.OTHER),
    ("发展成就", SectionKind.OTHER),
    ("主要成就", SectionKind.OTHER),
    ("主要成效", SectionKind.OTHER),
    ("取得的成效", SectionKind.OTHER),
    ("取得的成绩", SectionKind.OTHER),
    ("发展回顾", SectionKind.OTHER),
    ("工作回顾", SectionKind.OTHER),
)
"""Heading words of prose sections: what is numbered under them is prose, not tasks."""

TASK_HEADINGS: tuple[tuple[str, SectionKind], ...] = (
    ("保障措施", SectionKind.SAFEGUARDS),
    ("工作要求", SectionKind.SAFEGUARDS),
    ("组织保障", SectionKind.SAFEGUARDS),
    ("组织实施", SectionKind.SAFEGUARDS),
    ("工作保障", SectionKind.SAFEGUARDS),
    ("保障机制", SectionKind.SAFEGUARDS),
)
"""Heading words of safeguard sections (保障措施): what is numbered under them are tasks."""

PROSE_TITLES: dict[str, SectionKind] = {
    "主要职责": SectionKind.OTHER,
    "成员单位": SectionKind.OTHER,
    "工作规则": SectionKind.OTHER,
    "背景": SectionKind.OTHER,
    "起草背景": SectionKind.OTHER,
    # a school's part of aims in a word or by what they aim at (二、目标, 一、教育目标), as
    # 工作目标; never 目标任务, a part of work
    "目标": SectionKind.OBJECTIVES,
    "教育目标": SectionKind.OBJECTIVES,
}
"""Whole titles of prose sections (a 制度's 主要职责 and 成员单位), matched only as whole titles."""

OUTLINE_PROSE_TITLES: dict[str, SectionKind] = {
    "背景分析": SectionKind.OTHER,
    "背景与意义": SectionKind.OTHER,
    "背景": SectionKind.OTHER,
    "战略意义": SectionKind.OTHER,
    "现状分析": SectionKind.OTHER,
    "现状": SectionKind.OTHER,
    "问题分析": SectionKind.OTHER,
    "挑战": SectionKind.OTHER,
    "问题定义": SectionKind.OTHER,
    "问题诊断": SectionKind.OTHER,
    "目标设定": SectionKind.OBJECTIVES,
    "理论框架": SectionKind.OTHER,
    "预期效果": SectionKind.OTHER,
    "预期成效": SectionKind.OTHER,
    "结论": SectionKind.OTHER,
    "展望": SectionKind.OTHER,
}
"""The parts of a 方案 written to a consultant's outline that set out no work: its background,
the present state and its problems, its aims and its theory, what it expects and concludes
(一、背景分析 1.1… / 二、问题定义 / 二、现状与挑战 / 三、目标设定 / 八、预期效果 or 六、预期成效 /
十、结论与展望).
Prose only as a part's whole title, alone or joined (现状分析与问题诊断, 工作背景与战略意义): a
heading that works on them (开展现状分析, 确保取得预期效果) heads work."""

OUTLINE_RISK_TITLES: tuple[str, ...] = ("风险评估与应对策略", "风险评估")
"""The part of an outline that weighs its risks (六、风险评估 over 6.1政策衔接风险): prose only
over an outline's points (6.1, 6.2), as a plan's part so named (四、风险评估 over （一）…) may
set out the work of assessing them."""

TASK_SECTION_TITLES: frozenset[str] = frozenset(
    {"主要任务", "重点任务", "任务措施", "工作任务", "重点工作", "主要措施", "工作措施", "具体措施"}
)
"""Whole titles of sections of tasks: such a heading is a section even with nothing below it."""

TASK_SECTION_ENDINGS = ("任务", "措施", "举措")
"""Last words of a section title that heads tasks (重点任务, 保障措施, 主要举措)."""

# -- timing --------------------------------------------------------------------------------------

RECURRING_WORDS: dict[str, Frequency] = {
    "每周": Frequency.WEEKLY,
    "每月": Frequency.MONTHLY,
    "每季度": Frequency.QUARTERLY,
    "每季": Frequency.QUARTERLY,
    "每半年": Frequency.HALF_YEARLY,
    "每年": Frequency.YEARLY,
    "年终": Frequency.YEARLY,
    "年度": Frequency.YEARLY,
}
"""Words of recurring duties: each due at the end of its week (Friday), month, quarter, half-year
or year."""

FREQUENCY_WORDS: Mapping[Frequency, str] = MappingProxyType(
    {
        Frequency.WEEKLY: "每周",
        Frequency.MONTHLY: "每月",
        Frequency.QUARTERLY: "每季度",
        Frequency.HALF_YEARLY: "每半年",
        Frequency.YEARLY: "每年",
    }
)
"""The word each frequency is written as."""

VAGUE_TIMING: dict[str, TimeFrameKind] = {
    "长期坚持": TimeFrameKind.STANDING,
    "长期": TimeFrameKind.STANDING,
    "持续推进": TimeFrameKind.ONGOING,
    "持续开展": TimeFrameKind.ONGOING,
    "常态化": TimeFrameKind.ONGOING,
    "持续": TimeFrameKind.ONGOING,
    "适时": TimeFrameKind.IN_DUE_TIME,
    "及时": TimeFrameKind.PROMPTLY,
    "立即": TimeFrameKind.PROMPTLY,
}
"""Timing without a date, read as data (长期坚持 is standing, 适时 in due time)."""

VAGUE_WORDS: Mapping[TimeFrameKind, str] = MappingProxyType(
    {
        TimeFrameKind.ONGOING: "持续推进",
        TimeFrameKind.STANDING: "长期坚持",
        TimeFrameKind.IN_DUE_TIME: "适时",
        TimeFrameKind.PROMPTLY: "及时",
    }
)
"""The word each kind of undated timing is written as."""

# -- checking the work, and who steers it ---------------------------------------------------------

ASSESSMENT_WORDS: tuple[tuple[str, AssessmentKind], ...] = (
    ("第三方评估", AssessmentKind.THIRD_PARTY_EVALUATION),
    ("自评估", AssessmentKind.SELF_ASSESSMENT),
    ("中期评估", AssessmentKind.MID_TERM_EVALUATION),
    ("监测评价", AssessmentKind.MONITORING_EVALUATION),
    ("专项监督检查", AssessmentKind.SPECIAL_INSPECTION),
    ("案卷评查", AssessmentKind.CASE_FILE_REVIEW),
    ("卷宗评查", AssessmentKind.CASE_FILE_REVIEW),
    ("评查", AssessmentKind.CASE_FILE_REVIEW),
    ("履职评议", AssessmentKind.PERFORMANCE_REVIEW),
    ("民主评议", AssessmentKind.DEMOCRATIC_APPRAISAL),
    ("述法", AssessmentKind.RULE_OF_LAW_DUTY_REPORT),
    ("述职", AssessmentKind.DUTY_REPORT),
    ("整改", AssessmentKind.RECTIFICATION),
    ("督导评估", AssessmentKind.OTHER),  # an evaluation by the supervising body (教育督导评估)
    ("明察暗访", AssessmentKind.INSPECTION),  # an inspection seen and unannounced
    ("暗访", AssessmentKind.INSPECTION),
    ("督察", AssessmentKind.INSPECTION),
    ("督查", AssessmentKind.INSPECTION),
    ("督导", AssessmentKind.INSPECTION),
    ("考核", AssessmentKind.APPRAISAL),
    ("考评", AssessmentKind.APPRAISAL),
    ("专项行动", AssessmentKind.SPECIAL_CAMPAIGN),
    ("评估", AssessmentKind.OTHER),
    ("检查", AssessmentKind.INSPECTION),  # 执法检查, 督促检查: an inspection of the work
)
"""Words that name an act of checking the work, most specific first."""

ASSESSMENT_NAME_ENDINGS = (
    "计划",
    "方案",
    "办法",
    "细则",
    "要求",
    "机制",
    "制度",
    "员",
    "人员",
    "结果",
    "重点",
    "对象",
    "内容",
    "报告",
)
"""Words after an assessment word that make it the name of a document or an arrangement
(督查考核计划, 督察员), not an act."""

APPRAISAL_TARGET_WORDS = ("目标", "指标", "任务")
"""Words after an appraisal's word that name the targets it sets (考核目标任务, 考核指标): with a
verb of meeting them before (完成上级下达的节能减排考核目标任务), the task is to reach targets handed
down by another body's appraisal; it calls for no checking of its own."""

MEETING_VERBS = ("完成",)
"""Verbs of meeting targets (完成…考核目标任务): the checking words after them name whose targets."""

ASSESSED_PERSONS = ("党政主要负责人", "主要负责人", "领导干部", "第一责任人")
"""People in a position (党政主要负责人, 领导干部) that a check names as its subjects, never units."""

ASSESSMENT_TEAM_SUFFIXES = (
    "考核小组",
    "考评小组",
    "评查小组",
    "督查小组",
    "督察小组",
    "检查小组",
    "考核组",
    "考评组",
    "评议组",
    "督察组",
    "督查组",
    "检查组",
    "评查组",
)
"""Endings of the names of the teams an appraisal or an inspection sends (考核评议组, 市政府考评组,
督察组, 评查小组): bodies drawn from several units to do the work, groups as a 工作组 is."""

GROUP_SUFFIXES = (
    "协调小组",
    "领导小组",
    "工作专班",
    "联席会议",
    "工作小组",
    "工作组",
    "专项小组",
    *ASSESSMENT_TEAM_SUFFIXES,
)
"""Endings of the names of coordination groups (协调小组): bodies that steer work, never units."""

GROUP_SET_UP_VERBS = ("成立", "组建", "组成", "设立", "建立")
"""Verbs that set up a group, named then by its group word alone (成立领导小组, 组成考核组)."""

ESTABLISHING_VERBS = ("建立健全", "建立", "健全", "完善", "构建")
"""Verbs that set up a standing arrangement (建立考核制度): the checking it provides for is an act."""

ASSESSMENT_ARRANGEMENTS = ("机制", "制度", "体系")
"""What a standing arrangement of checking is called (考核制度, 评估机制, 考核评价体系)."""

ENFORCEMENT_WORDS = ("抽查", "查处", "个案", "违法", "执法活动", "调查取证", "当事人")
"""Words of enforcement against others: an inspection (检查) among them checks a market entity
or a party (双随机抽查检查, 监督检查、调查取证), not the work of the plan."""

ENFORCEABLE_CHECKS = ("检查", "明察暗访", "暗访")
"""Words of checking that an enforcement body's inspection of market entities uses as well: in a
sentence with ENFORCEMENT_WORDS (对食品经营户开展明察暗访,依法查处违法行为) they name no act of the
plan."""

# -- targets --------------------------------------------------------------------------------------

GRANT_WORDS = ("给予", "奖励", "补助", "补贴", "资助", "最高", "筹措", "设立")
"""Words before a sum of money that make it a grant or a budget (给予最高5000万元支持), not a target."""

RELAXING_WORDS = ("放宽",)
"""Words before a number in its clause that loosen a rule's condition (裁员率放宽到不超过职工总数
20%, 放宽至5年): the threshold of whom the rule is for, not a target."""

RESULT_WORDS = ("先后", "累计", "共计", "全年共", "已经")
"""Words before a number in its clause that make it a result reported, not a target (先后8次)."""

STATUS_WORDS = ("目前", "截至", "截止", "现已", "现阶段")
"""Words in a sentence that report where the work stands (目前,平台已覆盖所有乡镇): the coverage it
reports is reached, not a target."""
