"""A bracket that says which work the units after it must carry out: 各项措施均需X、Y落实.

A plan that hands every measure to its cities as well says so once, in the bracket of its first
item, after the departments: ``(省发展改革委、省司法厅等有关部门按职责分工负责,各项政策措施均需
各市政府、某示范区管委会落实,以下不再列出)``. The words before 需 name the work (各项政策措施均), the
names after it the units that carry it out, as the work before 由 in ``规章由政策法规司牵头`` is
none of the unit's name. Before, the first city kept the work at its head
(``各项政策措施均需各市政府``).
"""

from __future__ import annotations

import rulegov

TEXT = (
    "某省优化营商环境行动方案\n一、打造政策环境\n"
    "1.优化政策制定机制。出台涉企政策要多渠道收集意见建议。"
    "(省发展改革委、省司法厅等有关部门按职责分工负责,各项政策措施均需各市政府、"
    "某示范区管委会落实,以下不再列出)\n"
    "2.提高立法质效。健全法规制度体系。(省司法厅、省人大法制委按职责分工负责)\n"
)


def _units(text: str) -> list[list[tuple[str, str]]]:
    plan = rulegov.parse_plan(text)
    return [[(a.role.value, a.unit_name) for a in task.assignments] for task in plan.tasks]


def test_the_units_after_need_carry_out_the_work_before_it() -> None:
    assert _units(TEXT) == [
        [
            ("responsible", "省发展改革委"),
            ("responsible", "省司法厅"),
            ("responsible", "各市政府"),
            ("responsible", "某示范区管委会"),
        ],
        [("responsible", "省司法厅"), ("responsible", "省人大法制委")],
    ]


def test_need_with_by_after_it_reads_alike() -> None:
    text = TEXT.replace("均需各市政府", "均需由各市政府")
    assert _units(text)[0][2] == ("responsible", "各市政府")
