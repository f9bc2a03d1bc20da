"""A heading on the significance of the work (…的重要性和紧迫性) names a part of prose.

An 意见 opens with why its work matters (``一、加强依法行权履责的重要性、紧迫性和总体要求``), its
items numbered under it (``(一)加强依法行权履责的重要性和紧迫性。…`` / ``(二)…的总体要求。…``):
a heading that names the work's 重要性 or 紧迫性 sets out no work, as one that names its
重要意义 does (``充分认识…的重要意义``); it is a section of prose, as 总体要求 beside it is, never
a paragraph of its part's text nor a task.
"""

from __future__ import annotations

import rulegov
from rulegov.model import SectionKind

TEXT = (
    "某委关于加强依法行权履责的实施意见\n"
    "为贯彻落实有关要求,结合我委实际,现提出以下实施意见:\n"
    "一、加强依法行权履责的重要性、紧迫性和总体要求\n"
    "(一)加强依法行权履责的重要性和紧迫性。依法履行职责是贯彻依法治国基本方略的必然要求。\n"
    "(二)加强依法行权履责的总体要求。要以加强法治机构建设为目标,全面推进依法行权履责工作。\n"
    "二、加强监管立法和制度建设\n"
    "(三)完善监管法规体系。加快制定配套规章。\n"
    "(四)加强规范性文件管理。严格审查程序。\n"
)


def test_a_heading_on_the_works_importance_is_a_section_of_prose() -> None:
    plan = rulegov.parse_plan(TEXT)
    kinds = {section.title: section.kind for section in plan.walk_sections()}
    assert kinds.get("加强依法行权履责的重要性和紧迫性") not in (None, SectionKind.TASKS)
    assert kinds.get("加强依法行权履责的总体要求") not in (None, SectionKind.TASKS)
    assert [task.title for task in plan.tasks] == ["完善监管法规体系", "加强规范性文件管理"]
