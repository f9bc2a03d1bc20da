"""Write ``src/rulegov/datasets/yancheng_2023.json``, the curated reference plan.

Every fact below was read from the published text by hand; the script only locates each fact in
the text (so that its span is exact) and validates the whole through :class:`rulegov.Plan`.

Run ``python scripts/make_yancheng_2023.py`` after changing a fact; ``--check`` exits 1 when the
committed JSON differs from what the script would write (the test suite runs that check).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import rulegov

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "src" / "rulegov" / "datasets"
TEXT = (DATASETS / "yancheng_2023.txt").read_text(encoding="utf-8")
OUTPUT = DATASETS / "yancheng_2023.json"

Scope = tuple[int, int]
WHOLE: Scope = (0, len(TEXT))


def find(needle: str, scope: Scope = WHOLE, nth: int = 0) -> dict[str, int]:
    """The span of the ``nth`` occurrence of ``needle`` within ``scope``; fails loudly if absent."""
    start, end = scope
    at = TEXT.find(needle, start, end)
    for _ in range(nth):
        at = TEXT.find(needle, at + 1, end)
    if at < 0:
        raise SystemExit(f"not found in the text: {needle!r}")
    return {"start": at, "end": at + len(needle)}


def lines() -> list[Scope]:
    """The span of every line, newline excluded."""
    found: list[Scope] = []
    start = 0
    for line in TEXT.split("\n"):
        found.append((start, start + len(line)))
        start += len(line) + 1
    return found


LINES = lines()


def line_text(number: int) -> str:
    """The text of a 1-based line."""
    start, end = LINES[number - 1]
    return TEXT[start:end]


# --- units ------------------------------------------------------------------------------------

UNITS: list[dict[str, Any]] = [
    {
        "id": "u-working-committee",
        "name": "中共盐城经济技术开发区工委",
        "short_names": ["区党工委"],
        "kind": "party_committee",
        "level": "county",
    },
    {
        "id": "u-committee",
        "name": "中共盐城经济技术开发区工委全面依法治区委员会",
        "short_names": ["工委全面依法治区委员会"],
        "kind": "committee",
        "level": "county",
        "parent": "u-working-committee",
    },
    {
        "id": "u-office",
        "name": "中共盐城经济技术开发区工委全面依法治区委员会办公室",
        "short_names": ["区依法治区办"],
        "aliases": ["工委全面依法治区委员会办公室"],
        "kind": "office",
        "level": "county",
        "parent": "u-committee",
    },
    {"id": "u-departments", "name": "各部门", "kind": "collective", "level": "county"},
    {
        "id": "u-relevant-departments",
        "name": "区有关部门",
        "aliases": ["有关部门"],
        "kind": "collective",
        "level": "county",
    },
    {"id": "u-political-legal", "name": "政法系统", "kind": "collective", "level": "county"},
    {"id": "u-judicial-offices", "name": "司法所", "kind": "judicial_office", "level": "township"},
    {
        "id": "u-city-committee",
        "name": "市委全面依法治市委员会",
        "kind": "committee",
        "level": "municipal",
    },
    {
        "id": "u-provincial-office",
        "name": "省委依法治省办",
        "kind": "office",
        "level": "provincial",
    },
    {
        "id": "u-central-committee",
        "name": "中央全面依法治国委员会",
        "kind": "committee",
        "level": "national",
    },
    {"id": "u-central-office", "name": "中央依法治国办", "kind": "office", "level": "national"},
]
FIRST_MENTION = {
    "u-working-committee": "中共盐城经济技术开发区工委",
    "u-committee": "中共盐城经济技术开发区工委全面依法治区委员会",
    "u-office": "区依法治区办",
    "u-departments": "各部门",
    "u-relevant-departments": "有关部门",
    "u-political-legal": "政法系统",
    "u-judicial-offices": "司法所",
    "u-city-committee": "市委全面依法治市委员会",
    "u-provincial-office": "省委依法治省办",
    "u-central-committee": "中央全面依法治国委员会",
    "u-central-office": "中央依法治国办",
}

# --- sections and tasks -----------------------------------------------------------------------

SECTION_LINES = {"s1": 7, "s2": 12, "s3": 17, "s4": 21, "s5": 24}
SECTION_NUMBERS = {"s1": "一", "s2": "二", "s3": "三", "s4": "四", "s5": "五"}
SECTION_TASKS = {
    "s1": [1, 2, 3, 4],
    "s2": [5, 6, 7, 8],
    "s3": [9, 10, 11],
    "s4": [12, 13],
    "s5": [14, 15, 16],
}
TASK_LINES = dict(
    zip(range(1, 17), [8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20, 22, 23, 25, 26, 27], strict=True)
)

TITLES = {
    1: "推动党的二十大精神和习近平法治思想学习宣传贯彻不断深入",
    2: "坚持和加强党对法治建设工作的集中统一领导",
    3: "推进法治建设规划体系实施",
    4: "严格落实法治建设责任制",
    5: "完善法治化营商环境建设推进机制",
    6: "推动建立法治化营商环境服务保障清单",
    7: "着力规范涉企执法行为",
    8: "统筹法治资源助力企业发展",
    9: "切实加强法治督察工作",
    10: "组织开展全面依法治区各专项行动",
    11: "强化法治建设年度监测评价机制",
    12: "加强基层法治队伍建设",
    13: "推动提升基层治理法治化水平",
    14: "积极开展法治实践重大课题调研",
    15: "加强法治工作队伍培养和专项业务培训",
    16: "完善依法治区工作联络、沟通交流机制",
}

MEASURES: dict[int, list[str]] = {
    1: [
        "持续推进《关于深化学习宣传研究阐释贯彻落实习近平法治思想工作方案》各项任务分工落实",
        "推动各部门分层分级举办相应的培训班、座谈会",
        "以“学习宣传贯彻党的二十大精神与贯彻习近平法治思想、深化全面依法治区实践”为主题开展全面依法治区工作培训",
    ],
    2: [
        "认真学习贯彻中央全面依法治国委员会、省委全面依法治省委员会、市委全面依法治市委员会会议精神",
        "及时组织召开工委全面依法治区委员会会议",
        "总结2022年度全面依法治区工作",
        "明确2023年度全面依法治区重点工作任务",
        "研究制定《中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点》等文件",
    ],
    3: [
        (
            "根据省委依法治省办统一部署安排,适时采取自评估和委托第三方评估相结合的方式,"
            "对经开区“十四五”法治建设“两规划一方案”贯彻落实情况进行中期评估"
        ),
        "总结提炼具有经开区特色的工作成果",
        "查找不足、剖析其原因并制定对策措施",
        "组织开展“八五”普法规划落实中期评估",
        "深化普法责任制履职评议",
        "探索建立普法工作约谈机制",
    ],
    4: [
        "持续推动将党政主要负责人履行推进法治建设第一责任人职责年终述职和民主评议情况纳入法治建设考核指标体系",
        "深化专门述法",
        "选择2个以上部门和镇(街)开展专题述法",
    ],
    5: [
        "聚焦四个“绿色盐城”建设,为服务保障绿色低碳发展示范区建设提供更多法治保障",
        "探索行政机关、行业协会、市场主体代表等各方参与的法治化营商环境建设沟通机制,着力提升法治保障效能",
        (
            "推进政法系统服务“企业大走访、项目大推进、产业大招商”活动“1+4”工作举措,细化落实“二十条措施”要求,"
            "持续打造公正、透明、可预期的法治化营商环境"
        ),
    ],
    6: [
        "推动各部门结合实际建立涉企法定职责、涉企行政合规指导、涉企轻罚免罚、涉企公共法律服务等优化营商环境服务保障清单",
        "进一步规范涉企行政行为",
        "优化涉企法律服务",
    ],
    7: [
        "推动开展涉企政府规章、行政规范性文件清理",
        "配合做好全省行政机关依照法定权限和程序行使行政职权的情况和行政机关自行纠正行政行为的情况进行专项监督检查工作",
        "全面落实行政执法“三项制度”,推动重大涉企行政执法决定100%经过法制审核",
        "加强行政执法标准化建设,进一步规范行政执法自由裁量权",
        "推动有关部门进一步规范市场主体涉案财物管理,清理涉企案件、涉案财物",
    ],
    8: [
        (
            "依托中韩(盐城)法律服务产业园,推动完善司法机关、行政机关共同参与的知识产权保护工作机制,"
            "加强企业知识产权保护和专业性法律服务"
        ),
        "推动在有条件的企业建立人民调解组织,提升涉企矛盾纠纷预防化解水平",
        "推动区有关部门完善相关制度,加强灵活就业和新就业形态劳动者权益保障",
    ],
    9: [
        "认真抓好中央依法治国办市县法治建设工作督察反馈意见整改工作",
        "科学制定整改方案",
        "落实整改责任",
        "适时开展实地督导",
        "推动各部门全面落实整改任务,以整改带动提升法治建设整体水平",
        "根据2023年区级督查考核计划安排,适时开展深入践行习近平法治思想、持续推进法治政府建设规划落实督察",
    ],
    10: [
        "推动执法协调小组开展重点领域行政执法案卷评查专项行动",
        "推动司法协调小组开展司法案件法律文书和卷宗评查专项行动",
        "推动守法普法协调小组开展提升公共法律服务水平专项行动",
        "努力解决好人民群众反映强烈的法治领域突出问题,进一步提升全面依法治区工作质效",
    ],
    11: [
        "结合市法治建设监测评价工作及相关考核要求,动态调整法治建设专项评价内容",
        (
            "健全市对区法治建设年度监测评价工作落实机制,进一步强化法治建设牵头部门的推进职责,"
            "提高法治建设推进效果和质量,推动我区法治建设进入全市先进行列"
        ),
        "继续将党政主要负责人履行法治建设第一责任人职责情况列为年度监测评价重点,发挥“关键少数”作用",
        "建立法治督察员人才库,发挥督察对法治建设的推动作用",
    ],
    12: [
        (
            "全面落实中央全面依法治国委员会《关于进一步加强市县法治建设的意见》和省委依法治省办"
            "《关于转发中央全面依法治国委员会〈关于进一步加强市县法治建设的意见〉的通知》要求"
        ),
        "协调区有关部门共同开展区法治机构队伍建设情况专项调研",
        "健全区、镇(街)法治建设领导体制和工作机制",
        "依托司法所强化对镇(街)法治工作协调推进,保障人员力量、工作条件与职责任务相适应",
        "切实打通全面依法治区工作落地落实“最后一公里”",
    ],
    13: [
        (
            "围绕纪念毛泽东同志批示学习推广“枫桥经验”60周年,习近平总书记指示坚持和发展“枫桥经验”20周年,"
            "开展践行新时代“枫桥经验”专项行动"
        ),
        "加强省级“民主法治示范村(社区)”动态管理",
        "继续深化全区城乡基层“援法议事”活动,健全完善长效常态机制",
        "开展“法治小区”建设试点,将小区管理服务纳入法治轨道,推动小区治理法治化,切实提高区域社会治理法治化水平",
    ],
    14: [
        "围绕全面贯彻落实党的二十大关于法治建设的新部署新要求,深入学习贯彻习近平法治思想,结合区域特点开展重大课题研究",
        "组织开展调研,推动形成一批高质量研究成果",
        "贯彻落实《关于加强新时代法学教育和法学理论研究的意见》,强化全面依法治区实践研究",
    ],
    15: [
        "贯彻《盐城市落实新时代法治人才培养规划的实施方案(2022-2025年)》,推动培养和造就德才兼备的高素质法治工作队伍",
        "适时召开全区法治建设工作座谈交流会,持续提升法治工作队伍的政治素养和业务能力",
    ],
    16: [
        (
            "加强《关于建立法治建设联络与信息工作机制的实施办法》的落实,强化部门之间、上下之间协作配合,形成工作合力,"
            "为区党工委、管委会科学推进法治建设工作提供有力支撑"
        ),
        "完善全面依法治区工作协调推动机制",
        "部署督促落实重点任务清单",
        "加强工作督察指导",
        "适时组织召开全面依法治区联络员主题协商会议,及时协调推动解决全面依法治区难点问题",
    ],
}

# (title, issuer as named in the text or None)
CITATIONS: dict[int, list[tuple[str, str | None]]] = {
    1: [("关于深化学习宣传研究阐释贯彻落实习近平法治思想工作方案", None)],
    2: [("中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点", None)],
    12: [
        ("关于进一步加强市县法治建设的意见", "中央全面依法治国委员会"),
        (
            "关于转发中央全面依法治国委员会〈关于进一步加强市县法治建设的意见〉的通知",
            "省委依法治省办",
        ),
    ],
    14: [("关于加强新时代法学教育和法学理论研究的意见", None)],
    15: [("盐城市落实新时代法治人才培养规划的实施方案(2022-2025年)", None)],
    16: [("关于建立法治建设联络与信息工作机制的实施办法", None)],
}

# task -> list of (target fields, exact text)
TARGETS: dict[int, list[dict[str, Any]]] = {
    4: [
        {
            "metric": "开展专题述法的部门和镇(街)数",
            "comparator": "ge",
            "value": 2,
            "unit_of_measure": "个",
            "text": "2个以上",
        }
    ],
    7: [
        {
            "metric": "重大涉企行政执法决定经过法制审核的比例",
            "comparator": "eq",
            "value": 100,
            "unit_of_measure": "%",
            "text": "100%",
        }
    ],
    11: [{"metric": "全市法治建设年度监测评价位次", "text": "进入全市先进行列"}],
}

# task -> (kind, words in the task text, extra fields)
TIMEFRAMES: dict[int, tuple[str, str, dict[str, Any]]] = {
    1: ("ongoing", "持续推进", {}),
    2: ("promptly", "及时", {}),
    3: ("in_due_time", "适时", {}),
    4: ("ongoing", "持续推动", {}),
    5: ("ongoing", "持续打造", {}),
    9: ("in_due_time", "适时", {}),
    11: (
        "recurring",
        "年度",
        {"frequency": "yearly", "rrule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"},
    ),
    15: ("in_due_time", "适时", {}),
    16: ("in_due_time", "适时", {}),
}

# task -> list of (unit id, role, name as printed or None for the lead taken from the preamble)
ASSIGNMENTS: dict[int, list[tuple[str, str, str]]] = {
    1: [("u-departments", "cooperating", "各部门")],
    5: [("u-political-legal", "cooperating", "政法系统")],
    6: [("u-departments", "cooperating", "各部门")],
    7: [("u-relevant-departments", "cooperating", "有关部门")],
    8: [("u-relevant-departments", "cooperating", "区有关部门")],
    9: [("u-departments", "cooperating", "各部门")],
    12: [
        ("u-relevant-departments", "cooperating", "区有关部门"),
        ("u-judicial-offices", "cooperating", "司法所"),
    ],
}

# task -> list of (title, kind, words in the task text)
DELIVERABLES: dict[int, list[tuple[str, str, str]]] = {
    2: [
        (
            "中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点",
            "document",
            "《中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点》",
        )
    ],
    3: [("对策措施", "document", "制定对策措施")],
    5: [("法治化营商环境建设沟通机制", "mechanism", "法治化营商环境建设沟通机制")],
    6: [("优化营商环境服务保障清单", "list", "优化营商环境服务保障清单")],
    11: [("法治督察员人才库", "resource_pool", "法治督察员人才库")],
    14: [("一批高质量研究成果", "research", "一批高质量研究成果")],
}

GROUPS = [
    ("g-enforcement", "执法协调小组", "行政执法:重点领域行政执法案卷评查专项行动"),
    ("g-judicial", "司法协调小组", "司法:司法案件法律文书和卷宗评查专项行动"),
    ("g-publicity", "守法普法协调小组", "守法普法:提升公共法律服务水平专项行动"),
]

# (id, kind, task, name (words in the task), subjects, extra fields)
ASSESSMENTS: list[tuple[str, str, int, str, list[dict[str, Any]], dict[str, Any]]] = [
    (
        "a-t3-midterm-14th-fyp",
        "mid_term_evaluation",
        3,
        "对经开区“十四五”法治建设“两规划一方案”贯彻落实情况进行中期评估",
        [{"kind": "external_plan", "name": "经开区“十四五”法治建设“两规划一方案”"}],
        {
            "method": "自评估和委托第三方评估相结合",
            "timeframe": ("in_due_time", "适时"),
            "assessors": ["u-office"],
        },
    ),
    (
        "a-t3-midterm-8th-publicity",
        "mid_term_evaluation",
        3,
        "组织开展“八五”普法规划落实中期评估",
        [{"kind": "external_plan", "name": "“八五”普法规划"}],
        {"assessors": ["u-office"]},
    ),
    (
        "a-t3-publicity-review",
        "performance_review",
        3,
        "深化普法责任制履职评议",
        [{"kind": "other", "name": "普法责任制履职情况"}],
        {},
    ),
    (
        "a-t4-duty-report",
        "duty_report",
        4,
        "党政主要负责人履行推进法治建设第一责任人职责年终述职",
        [{"kind": "persons", "name": "党政主要负责人"}],
        {"timeframe": ("recurring", "年终")},
    ),
    (
        "a-t4-democratic-appraisal",
        "democratic_appraisal",
        4,
        "民主评议",
        [{"kind": "persons", "name": "党政主要负责人"}],
        {},
    ),
    (
        "a-t4-appraisal",
        "appraisal",
        4,
        "纳入法治建设考核指标体系",
        [{"kind": "persons", "name": "党政主要负责人"}],
        {
            "indicators": [
                {
                    "id": "i-t4-first-responsibility",
                    "name": "党政主要负责人履行推进法治建设第一责任人职责年终述职和民主评议情况",
                }
            ]
        },
    ),
    (
        "a-t4-themed-duty-report",
        "rule_of_law_duty_report",
        4,
        "选择2个以上部门和镇(街)开展专题述法",
        [{"kind": "other", "name": "部门和镇(街)"}],
        {},
    ),
    (
        "a-t7-special-inspection",
        "special_inspection",
        7,
        "配合做好全省行政机关依照法定权限和程序行使行政职权的情况和行政机关自行纠正行政行为的情况进行专项监督检查工作",
        [
            {
                "kind": "other",
                "name": "行政机关依照法定权限和程序行使行政职权的情况和行政机关自行纠正行政行为的情况",
            }
        ],
        {},
    ),
    (
        "a-t9-central-inspection",
        "inspection",
        9,
        "中央依法治国办市县法治建设工作督察",
        [{"kind": "other", "name": "市县法治建设工作"}],
        {"assessors": ["u-central-office"], "outcome": "反馈意见"},
    ),
    (
        "a-t9-rectification",
        "rectification",
        9,
        "认真抓好中央依法治国办市县法治建设工作督察反馈意见整改工作",
        [{"kind": "other", "name": "中央依法治国办市县法治建设工作督察反馈意见"}],
        {"assessors": ["u-office"]},
    ),
    (
        "a-t9-onsite-guidance",
        "inspection",
        9,
        "适时开展实地督导",
        [{"kind": "other", "name": "整改任务落实情况"}],
        {"timeframe": ("in_due_time", "适时"), "method": "实地督导", "assessors": ["u-office"]},
    ),
    (
        "a-t9-inspection",
        "inspection",
        9,
        "深入践行习近平法治思想、持续推进法治政府建设规划落实督察",
        [{"kind": "other", "name": "深入践行习近平法治思想、持续推进法治政府建设规划落实"}],
        {"method": "根据2023年区级督查考核计划安排", "timeframe": ("in_due_time", "适时")},
    ),
    (
        "a-t10-enforcement-case-files",
        "case_file_review",
        10,
        "重点领域行政执法案卷评查专项行动",
        [{"kind": "other", "name": "重点领域行政执法案卷"}],
        {"assessors": ["g-enforcement"]},
    ),
    (
        "a-t10-judicial-case-files",
        "case_file_review",
        10,
        "司法案件法律文书和卷宗评查专项行动",
        [{"kind": "other", "name": "司法案件法律文书和卷宗"}],
        {"assessors": ["g-judicial"]},
    ),
    (
        "a-t10-legal-services",
        "special_campaign",
        10,
        "提升公共法律服务水平专项行动",
        [{"kind": "other", "name": "公共法律服务水平"}],
        {"assessors": ["g-publicity"]},
    ),
    (
        "a-t11-monitoring",
        "monitoring_evaluation",
        11,
        "市对区法治建设年度监测评价",
        [
            {"kind": "other", "name": "我区法治建设"},
            {"kind": "persons", "name": "党政主要负责人"},
        ],
        {
            # annual (年度), but the plan does not say when; the city evaluates the year once it
            # has run, so the evaluation of 2023 carries no date within 2023
            "assessors": ["u-city-committee"],
            "indicators": [
                {
                    "id": "i-t11-first-responsibility",
                    "name": "党政主要负责人履行法治建设第一责任人职责情况",
                }
            ],
        },
    ),
]

# (predecessor, successor, type, origin, reason, words in the text for the span, task scope)
DEPENDENCIES: list[tuple[str, str, str, str, str, str, int]] = [
    (
        "t2.m5",
        "t2.m2",
        "FS",
        "document",
        (
            "the committee meeting (工委全面依法治区委员会会议) adopts the 2023 key points (工作要点), "
            "so the draft is ready before it meets"
        ),
        "研究制定《中共盐城经济技术开发区工委全面依法治区委员会2023年工作要点》",
        2,
    ),
    (
        "t2.m2",
        "t16.m3",
        "FS",
        "inferred",
        (
            "the key-task list (重点任务清单) deployed in task 16 follows the key tasks the committee "
            "meeting of task 2 sets (明确2023年度全面依法治区重点工作任务)"
        ),
        "部署督促落实重点任务清单",
        16,
    ),
    (
        "a-t3-midterm-14th-fyp",
        "t3.m3",
        "FS",
        "document",
        "shortcomings and countermeasures (查找不足…制定对策措施) follow from the mid-term evaluation",
        "查找不足、剖析其原因并制定对策措施",
        3,
    ),
    (
        "a-t4-duty-report",
        "a-t4-appraisal",
        "FS",
        "document",
        "the year-end duty reports (年终述职) are scored in the appraisal indicator system",
        "年终述职和民主评议情况纳入法治建设考核指标体系",
        4,
    ),
    (
        "a-t4-democratic-appraisal",
        "a-t4-appraisal",
        "FS",
        "document",
        "the democratic appraisal (民主评议) is scored in the appraisal indicator system",
        "年终述职和民主评议情况纳入法治建设考核指标体系",
        4,
    ),
    (
        "a-t9-central-inspection",
        "a-t9-rectification",
        "FS",
        "document",
        "rectification (整改) answers the feedback of the central inspection (督察反馈意见)",
        "督察反馈意见整改工作",
        9,
    ),
    (
        "t9.m2",
        "t9.m3",
        "FS",
        "document",
        "the rectification plan (整改方案) comes before responsibilities are assigned under it",
        "科学制定整改方案,落实整改责任",
        9,
    ),
    (
        "t9.m3",
        "t9.m5",
        "FS",
        "document",
        "rectification is carried out (全面落实整改任务) once responsibilities are assigned",
        "落实整改责任,适时开展实地督导,推动各部门全面落实整改任务",
        9,
    ),
    (
        "t9.m5",
        "t9.m4",
        "SS",
        "document",
        "on-site guidance (实地督导) checks the rectification once it is under way",
        "适时开展实地督导,推动各部门全面落实整改任务",
        9,
    ),
    (
        "a-t4-duty-report",
        "a-t11-monitoring",
        "FS",
        "inferred",
        (
            "the annual monitoring evaluation focuses on how leaders fulfil their first responsibility, "
            "which the year-end duty reports of task 4 set out"
        ),
        "继续将党政主要负责人履行法治建设第一责任人职责情况列为年度监测评价重点",
        11,
    ),
    (
        "t12.m2",
        "t12.m3",
        "FS",
        "inferred",
        (
            "the survey of the district's rule-of-law bodies (专项调研) informs the improvement of the "
            "leadership system and working mechanisms"
        ),
        "协调区有关部门共同开展区法治机构队伍建设情况专项调研,健全区、镇(街)法治建设领导体制和工作机制",
        12,
    ),
]


def task_scope(number: int) -> Scope:
    """The span of a task's line."""
    return LINES[TASK_LINES[number] - 1]


def timeframe(
    kind: str, words: str, scope: Scope, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A time frame read from ``words`` within ``scope``."""
    data: dict[str, Any] = {"kind": kind, "text": words, "span": find(words, scope)}
    if kind == "recurring":
        data.setdefault("frequency", "yearly")
    data.update(extra or {})
    return data


def build_task(number: int, path_prefix: str) -> dict[str, Any]:
    """One task, with every fact located in its line."""
    scope = task_scope(number)
    line = TEXT[scope[0] : scope[1]]
    prefix = f"{number}."
    if not line.startswith(prefix):
        raise SystemExit(f"line of task {number} does not start with {prefix!r}: {line[:20]!r}")
    title = TITLES[number]
    if not line[len(prefix) :].startswith(title + "。"):
        raise SystemExit(f"task {number}: the title is not the heading sentence")
    ident = f"t{number}"
    task: dict[str, Any] = {
        "id": ident,
        "number": str(number),
        "path": [path_prefix, str(number)],
        "title": title,
        "text": line[len(prefix) :],
        "span": {"start": scope[0], "end": scope[1]},
        "title_span": find(title, scope),
        "measures": [
            {"id": f"{ident}.m{i}", "text": text, "span": find(text, scope)}
            for i, text in enumerate(MEASURES[number], start=1)
        ],
        "assignments": [
            {
                "unit": "u-office",
                "role": "lead",
                "unit_name": "工委全面依法治区委员会办公室",
                "note": "牵头抓总: the office leads the work of its own plan (see the preamble)",
                "span": find("工委全面依法治区委员会办公室", LINES[5]),
            }
        ],
        "citations": [
            {
                "title": title,
                **({"issuer": issuer} if issuer else {}),
                "span": find(f"《{title}》", scope),
            }
            for title, issuer in CITATIONS.get(number, [])
        ],
        "targets": [
            {**target, "span": find(target["text"], scope)} for target in TARGETS.get(number, [])
        ],
        "deliverables": [
            {"title": title, "kind": kind, "span": find(words, scope)}
            for title, kind, words in DELIVERABLES.get(number, [])
        ],
    }
    for unit, role, printed in ASSIGNMENTS.get(number, []):
        task["assignments"].append(
            {"unit": unit, "role": role, "unit_name": printed, "span": find(printed, scope)}
        )
    if number in TIMEFRAMES:
        kind, words, extra = TIMEFRAMES[number]
        task["timeframe"] = timeframe(kind, words, scope, extra)
    if number == 2:
        task["deliverables"][0]["citation"] = task["citations"][0]
    return task


def build_sections() -> list[dict[str, Any]]:
    """The five sections, each with its tasks."""
    sections = []
    for ident, line_number in SECTION_LINES.items():
        start, end = LINES[line_number - 1]
        number = SECTION_NUMBERS[ident]
        heading = TEXT[start:end]
        if not heading.startswith(f"{number}、"):
            raise SystemExit(f"section {ident}: the heading does not start with {number}、")
        title = heading[len(number) + 1 :]
        tasks = [build_task(n, number) for n in SECTION_TASKS[ident]]
        sections.append(
            {
                "id": ident,
                "number": number,
                "level": 1,
                "title": title,
                "span": {"start": start, "end": tasks[-1]["span"]["end"]},
                "title_span": {"start": start + len(number) + 1, "end": end},
                "tasks": tasks,
            }
        )
    return sections


def build_assessments() -> list[dict[str, Any]]:
    """Every assessment activity the plan names."""
    found = []
    for ident, kind, number, name, subjects, extra in ASSESSMENTS:
        scope = task_scope(number)
        data: dict[str, Any] = {
            "id": ident,
            "kind": kind,
            "name": name,
            "task": f"t{number}",
            "subjects": subjects,
            "span": find(name, scope),
        }
        for key, value in extra.items():
            if key == "timeframe":
                tf_kind, words = value
                data["timeframe"] = timeframe(tf_kind, words, scope)
            else:
                data[key] = value
        found.append(data)
    return found


def build_dependencies() -> list[dict[str, Any]]:
    """The links the plan states or implies."""
    return [
        {
            "predecessor": pred,
            "successor": succ,
            "type": kind,
            "origin": origin,
            "reason": reason,
            "span": find(words, task_scope(number)),
        }
        for pred, succ, kind, origin, reason, words, number in DEPENDENCIES
    ]


def build_plan() -> rulegov.Plan:
    """The whole reference plan, validated."""
    recipients_line = line_text(1)
    recipients = ["各基层党(工)委(组)", "各园区", "镇(街道)", "各部委办局", "区各直属(双管)单位"]
    if recipients_line != ",".join(recipients) + ":":
        raise SystemExit("the recipients line is not as curated")
    notice_scope = LINES[1]
    plan_title = line_text(5)
    data: dict[str, Any] = {
        "id": "yancheng-2023",
        "kind": "work_plan",
        "title": plan_title,
        "issuer": line_text(3),
        "issuer_unit": "u-office",
        "issued_on": "2023-05-10",
        "recipients": recipients,
        "period": {"start_year": 2023, "end_year": 2023},
        "notice": {
            "text": line_text(2),
            "span": {"start": notice_scope[0], "end": notice_scope[1]},
            "citations": [{"title": plan_title, "span": find(f"《{plan_title}》", notice_scope)}],
        },
        "preamble": line_text(6),
        "spans": {
            "recipients": {"start": 0, "end": len(recipients_line) - 1},
            "notice": {"start": notice_scope[0], "end": notice_scope[1]},
            "issuer": {"start": LINES[2][0], "end": LINES[2][1]},
            "issued_on": {"start": LINES[3][0], "end": LINES[3][1]},
            "title": {"start": LINES[4][0], "end": LINES[4][1]},
            "preamble": {"start": LINES[5][0], "end": LINES[5][1]},
        },
        "units": [{**unit, "span": find(FIRST_MENTION[unit["id"]])} for unit in UNITS],
        "sections": build_sections(),
        "coordination_groups": [
            {
                "id": ident,
                "name": name,
                "remit": remit,
                "committee": "u-committee",
                "tasks": ["t10"],
                "span": find(name, task_scope(10)),
            }
            for ident, name, remit in GROUPS
        ],
        "assessments": build_assessments(),
        "dependencies": build_dependencies(),
    }
    plan = rulegov.Plan.model_validate(data)
    plan.source = rulegov.SourceText(name="yancheng_2023.txt", text=TEXT)  # validates every span
    return plan


def render() -> str:
    """The JSON the dataset ships (without the source text, which ships beside it)."""
    plan = build_plan()
    return plan.model_dump_json(indent=2, exclude_none=True, exclude={"source"}) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the dataset, or with ``--check`` compare it with the committed file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed JSON is stale"
    )
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is stale: run python scripts/make_yancheng_2023.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
