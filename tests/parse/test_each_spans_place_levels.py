"""One 各 before a list of the levels of places spans them all: 各乡镇、街道 is one name.

``各乡镇、街道`` names every town and every street office, as ``各县、市、区政府`` names every
county's, city's and district's government: the bare level after 、 is no unit of its own. A list
that repeats 各 (各乡镇、各街道) names two.
"""

from __future__ import annotations

from rulegov import parse_plan


def _units(text: str) -> list[list[str]]:
    plan = parse_plan(text)
    return [[a.unit_name or a.unit for a in task.assignments] for task in plan.tasks]


def test_a_bare_level_after_each_level_is_the_each_list_s() -> None:
    units = _units(
        "某县2024年政务公开工作要点\n"
        "一、加强重点领域信息公开\n"
        "1.做好乡村振兴等方面的信息公开。(责任单位:县农业农村局,县发改委,各乡镇、街道)\n"
        "2.做好就业帮扶等方面的信息公开。(责任单位:县人社局,各乡镇、各街道)\n"
    )
    assert units == [["县农业农村局", "县发改委", "各乡镇、街道"], ["县人社局", "各乡镇", "各街道"]]
