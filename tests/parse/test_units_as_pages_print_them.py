"""Units and heads as 政务公开 and 营商环境 pages print them when a copy loses its layout.

A page whose markup is lost may run a whole notice and its task table onto one line, each line
and each cell after a run of spaces; a copy may drop the closing bracket of its numbers
(``(一加强…``); a list of units may close with ``按照职能分别落实`` in a bracket of ``〔〕``; an
office may seal for the body signing above it on a line of its own (``(某局代章)``); and a page's
title may run into the copy's heading, printed again. Each is read as the document means it.
"""

from __future__ import annotations

import pytest

import rulegov

NOTICE_LINES = [
    "某市人民政府办公厅 关于印发《某市2025年度优化营商环境工作任务清单》的通知 某市人民政府办公厅",
    "关于印发《某市2025年度优化营商环境工作任务清单》的通知",
    "某府办发〔2025〕27号",
    "各区县人民政府,市政府各部门,有关单位:",
    "《某市2025年度优化营商环境工作任务清单》已经市政府同意,现印发给你们,请认真贯彻执行。",
    "某市人民政府办公厅",
    "2025年5月12日",
    "某市2025年度优化营商环境工作任务清单",
]
ROWS = [
    "序号",
    "2025年度工作任务",
    "责任单位",
    "一、对标先进优化提升专项行动",
    "(一)市场准入(牵头单位:市市场监管局)",
    "1",
    "加快建设数字应用,完善登记注册申请表单智能预填等功能,提升查询、统计、监测等分析调度能力。",
    "市市场监管局",
    "2",
    "深化注册资本认缴登记制度改革,规范股东依法履行出资义务,维护市场交易安全。",
    "市市场监管局、市税务局",
]


@pytest.mark.parametrize(
    "gap", ["   ", "    ", "\u3000\u3000\u3000"], ids=["3", "4", "ideographic"]
)
def test_a_page_run_onto_one_line_reads_as_its_lines(gap: str) -> None:
    plan = rulegov.parse_plan(gap.join([*NOTICE_LINES, *ROWS]))
    assert plan.doc_number == "某府办发〔2025〕27号"
    assert plan.issued_on is not None
    assert plan.issued_on.isoformat() == "2025-05-12"
    assert plan.title == "某市2025年度优化营商环境工作任务清单"
    assert plan.notice is not None
    assert plan.notice.title == (
        "某市人民政府办公厅关于印发《某市2025年度优化营商环境工作任务清单》的通知"
    )
    units = [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]
    assert units == [["市市场监管局"], ["市市场监管局", "市税务局"]]


def test_rows_lined_up_by_spaces_stay_rows() -> None:
    text = (
        "某区2023年法治工作要点\n序号   工作任务   责任单位   完成时限\n"
        "1   健全工作机制,落实第一责任人职责   区司法局   2023年12月\n"
        "2   开展年度述法工作   区委依法治区办   2023年6月\n"
    )
    plan = rulegov.parse_plan(text)
    units = [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]
    assert units == [["区司法局"], ["区委依法治区办"]]


BODY = "一、聚焦经济领域,以公开促落实\n{first}加强涉及营商环境的信息公开。公开市场规则。(区发展改革委、区财政局等负责落实)\n{second}加强涉及减税降费的信息公开。推送政策。(区税务局负责落实)\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [("(一", "(二"), ("(一)", "(二"), ("(一", "(二)")],
    ids=["both-lost", "second-lost", "first-lost"],
)
def test_numbers_that_lost_their_closing_bracket_are_numbers(first: str, second: str) -> None:
    plan = rulegov.parse_plan(
        "某区2022年政务公开工作要点\n" + BODY.format(first=first, second=second)
    )
    titles = [task.title for task in plan.tasks]
    assert titles == ["加强涉及营商环境的信息公开", "加强涉及减税降费的信息公开"]
    assert [a.unit_name or a.unit for a in plan.tasks[0].assignments] == [
        "区发展改革委",
        "区财政局",
    ]


def test_a_bracket_that_opens_with_a_numeral_word_is_no_number() -> None:
    text = "某区2022年政务公开工作要点\n一、加强公开\n1.做好政策解读。\n(一般不公开的事项除外)\n(二是做好回应)\n"
    plan = rulegov.parse_plan(text)
    assert [task.title for task in plan.tasks] == ["做好政策解读"]


@pytest.mark.parametrize(
    "bracket",
    [
        "〔各县(市)区人民政府,开发区管委会,市政府各部门(单位)按照职能分别落实〕",
        "(各县(市)区人民政府,开发区管委会,市政府各部门(单位)分别落实)",
        "(各县(市)区人民政府,开发区管委会,市政府各部门(单位)按照职责分工分别落实)",
    ],
    ids=["by-duties-in-tortoise-brackets", "each", "by-division-of-duties"],
)
def test_units_that_each_carry_out_the_work_are_responsible(bracket: str) -> None:
    text = f"某市2021年政务公开工作要点\n一、强化基础性信息公开工作\n(一)强化日常维护。严格公开。{bracket}\n(二)提升服务质量。\n"
    plan = rulegov.parse_plan(text)
    named = [(a.role.value, a.unit_name or a.unit) for a in plan.tasks[0].assignments]
    assert named == [
        ("responsible", "各县(市)区人民政府"),
        ("responsible", "开发区管委会"),
        ("responsible", "市政府各部门(单位)"),
    ]


SIGNED = (
    "区政府各委、办、局,各街道办事处:\n《某区2022年政务公开工作要点》已经同意,现印发给你们,请认真贯彻落实。\n"
    "{signer}\n2022年3月30日\n某区2022年政务公开工作要点\n一、深化信息公开\n1.完善信息公开。(区商务局负责落实)\n"
)


@pytest.mark.parametrize(
    ("signer", "issuer"),
    [
        (
            "某区政府信息与政务公开领导小组办公室\n(某区政务服务管理局代章)",
            "某区政府信息与政务公开领导小组办公室",
        ),
        (
            "某区政府信息 与 政务公开 领导小组 办公室\n(某区政务服务管理局代章)",
            "某区政府信息与政务公开领导小组办公室",
        ),
        ("某区人民政府办公室\n【某区政务服务中心代印】", "某区人民政府办公室"),
    ],
    ids=["office-seals", "spaced-signer", "square-brackets"],
)
def test_an_office_that_seals_for_the_signer_is_no_issuer(signer: str, issuer: str) -> None:
    plan = rulegov.parse_plan(SIGNED.format(signer=signer))
    assert plan.issuer == issuer


def test_a_heading_printed_again_under_itself_is_read_once() -> None:
    text = (
        "某市人民政府办公厅关于印发某市工作要点的通知 某市人民政府办公厅\n关于印发某市工作要点的通知\n"
        "各区县人民政府:\n现将《某市工作要点》印发给你们。\n某市人民政府办公厅\n2025年5月12日\n"
        "某市工作要点\n一、加强领导\n1.健全机制。\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.notice is not None
    assert plan.notice.title == "某市人民政府办公厅关于印发某市工作要点的通知"


CUT = "某区2022年政务公开工作要点\n一、深化信息公开\n1.完善信息公开。公开方案。{first}\n2.做好产业政策信息公开。加强解读。(区发展改革委、区科信局、区财政局、"


@pytest.mark.parametrize(
    ("first", "role"),
    [
        ("(区商务局负责落实,完成时限:2022年10月)", "responsible"),
        ("(区商务局、区科信局负责)", "responsible"),
        ("(区商务局牵头,各街道负责落实)", "lead"),
        ("(区商务局牵头)", "lead"),
    ],
    ids=["each-responsible", "responsible", "lead-and-responsible", "lead"],
)
def test_a_bracket_the_end_cuts_takes_the_role_the_plan_gives(first: str, role: str) -> None:
    plan = rulegov.parse_plan(CUT.format(first=first))
    named = [(a.role.value, a.unit_name or a.unit) for a in plan.tasks[-1].assignments]
    assert named == [(role, "区发展改革委"), (role, "区科信局"), (role, "区财政局")]
