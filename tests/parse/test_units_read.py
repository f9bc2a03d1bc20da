"""A plan's units from short and full names: the same units whether names are indexed or not.

The parser matches a new unit name against the names read before it through an index; these
tests hold its results to those of testing every name read before, in order.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pytest

import rulegov
from growth import growth
from rulegov.parse._parser_units import UnitsRead, _abbreviates, _local_name

if TYPE_CHECKING:
    from rulegov.model import Unit

PLAN = """某区2024年法治建设工作要点

为推进法治建设，中共某区委全面依法治区委员会(以下简称区委依法治区委)制定本要点。

一、重点任务
（一）健全工作机制。牵头单位：中共某区委全面依法治区委员会办公室；配合单位：区人民法院、区人民检察院
（二）推进依法行政。牵头单位：区委依法治区办；责任单位：区法院、区检察院、区司法局
（三）规范行政执法。（牵头单位：区政府办；配合单位：某区人民政府办公室、区委宣传部（区普法办））
（四）加强普法宣传。牵头单位：区普法办、区人大常委会办公室；配合单位：区委办公室、区委办
（五）优化营商环境。牵头单位：区市场监督管理局；配合单位：区市场监管局、区委依法治区委、县政府办、县政府法制办
（六）强化监督。牵头单位：区纪委监委；配合单位：区委组织部、区委组织部（区公务员局）、区公务员局
"""

UNITS = [
    ("u1", "中共某区委全面依法治区委员会办公室", ["区委依法治区办", "区委办公室", "区委办"], []),
    ("u2", "区人民法院", ["区法院"], []),
    ("u3", "区人民检察院", ["区检察院"], []),
    ("u4", "区司法局", [], []),
    ("u5", "某区人民政府办公室", ["区政府办"], []),
    ("u6", "区委宣传部（区普法办）", [], ["区委宣传部", "区普法办"]),
    ("u7", "区人大常委会办公室", [], []),
    ("u8", "区市场监督管理局", ["区市场监管局"], []),
    ("u9", "中共某区委全面依法治区委员会", ["区委依法治区委"], []),
    ("u10", "县政府办", [], []),
    ("u11", "县政府法制办", [], []),
    ("u12", "区纪委监委", [], []),
    ("u13", "区委组织部", [], ["区委组织部（区公务员局）", "区公务员局"]),
]

ROLES = {
    "（一）": [("u1", "lead"), ("u2", "cooperating"), ("u3", "cooperating")],
    "（二）": [("u1", "lead"), ("u2", "responsible"), ("u3", "responsible"), ("u4", "responsible")],
    "（三）": [("u5", "lead"), ("u5", "cooperating"), ("u6", "cooperating")],
    "（四）": [("u6", "lead"), ("u7", "lead"), ("u1", "cooperating")],
    "（五）": [
        ("u8", "lead"),
        ("u8", "cooperating"),
        ("u9", "cooperating"),
        ("u10", "cooperating"),
        ("u11", "cooperating"),
    ],
    "（六）": [("u12", "lead"), ("u13", "cooperating")],
}


def test_short_and_full_names_of_a_plan_are_its_units_with_their_roles():
    plan = rulegov.parse_plan(PLAN)
    assert [(u.id, u.name, u.short_names, u.aliases) for u in plan.units] == UNITS
    assert {
        task.number: [(a.unit, a.role.value) for a in task.assignments] for task in plan.tasks
    } == ROLES


class _EveryName(UnitsRead):
    """Units read by testing a new name against every name read before it, in order."""

    def same_body(self, key: str, printed: str) -> Unit | None:
        for known, unit in list(self.by_key.items()):
            if _abbreviates(key, known) or _abbreviates(key, _local_name(known)):
                self.by_key[key] = unit
                if not unit.known_as(printed):
                    unit.short_names.append(printed)
                return unit
            if _abbreviates(known, key) or _abbreviates(known, _local_name(key)):
                self.by_key[key] = unit
                if unit.name not in unit.short_names:
                    unit.short_names.append(unit.name)
                if unit.name in unit.aliases:
                    unit.aliases.remove(unit.name)
                unit.name = printed
                return unit
        return None


# few characters, so that many names abbreviate others: 区政府办 and 某区人民政府办公室
_CHARACTERS = "某区县人民政府办公室委法院局"
_ENDS = ("办公室", "办", "局", "委", "法院", "人民政府")


def _names(seed: int, count: int) -> list[str]:
    """Made-up names, half of them an earlier name with characters left out (its short name)."""
    draw = random.Random(seed)  # noqa: S311 - a seeded draw of names, not a secret
    names: list[str] = []
    while len(names) < count:
        if names and draw.random() < 0.5:
            full = draw.choice(names)
            if full.endswith("办公室") and draw.random() < 0.5:
                full = full[:-2]  # 县政府办公室: 县政府办
            kept = sorted(draw.sample(range(len(full)), draw.randint(1, len(full))))
            names.append("".join(full[at] for at in kept))
        else:
            name = "".join(draw.choices(_CHARACTERS, k=draw.randint(1, 9)))
            names.append(name + draw.choice(_ENDS))
    return names


@pytest.mark.parametrize("seed", range(8))
def test_indexed_names_make_the_units_that_testing_every_name_makes(seed: int):
    names = _names(seed, 400)
    draw = random.Random(seed)  # noqa: S311 - a seeded draw of aliases, not a secret
    aliases = [(draw.choice(names), draw.choice(names)) for _ in range(20)]
    indexed, every = UnitsRead(), _EveryName()
    for units in (indexed, every):
        for full, short in aliases:
            units.learn_alias(full, short)
        for name in names:
            units.get(name, name, None)
    assert [unit.model_dump() for unit in indexed.units] == [
        unit.model_dump() for unit in every.units
    ]
    assert list(indexed.by_key) == list(every.by_key)
    assert {key: unit.id for key, unit in indexed.by_key.items()} == {
        key: unit.id for key, unit in every.by_key.items()
    }


def _numbered(count: int) -> list[str]:
    """Names of different lengths that share all their characters but digits: 第7号分局, 第72号分局."""
    return [f"某某市第{number}号分局" for number in range(1, count + 1)]


def test_numbered_names_make_the_units_that_testing_every_name_makes():
    names = _numbered(600)
    indexed, every = UnitsRead(), _EveryName()
    for units in (indexed, every):
        for name in names:
            units.get(name, name, None)
    assert [unit.model_dump() for unit in indexed.units] == [
        unit.model_dump() for unit in every.units
    ]
    assert {key: unit.id for key, unit in indexed.by_key.items()} == {
        key: unit.id for key, unit in every.by_key.items()
    }


def test_names_of_different_lengths_that_share_characters_are_read_in_linear_time():
    # every longer name spells out shorter ones: the index must not gather them all for each
    # new name (thousands of them), only find the first that fits
    names = _numbered(12_000)

    def read(n: int) -> object:
        units = UnitsRead()
        for name in names[:n]:
            units.get(name, name, None)
        return units

    # four times the names, not sixteen times the time; an index four times as large misses the
    # processor's caches more often (ratios of 5 to 7 on an idle machine), so the bound stands
    # between the two, well under the 16 of a quadratic rule
    assert growth(read, 3_000, repeats=5, limit=11) < 11


@pytest.mark.parametrize(
    "cell",
    ["中共某区委全面依法治区委员会办公室、区委依法治区办", "区司法局、区司法局(区法治办)"],
    ids=["full-then-short", "name-then-bracketed"],
)
def test_a_table_row_naming_one_unit_twice_holds_it_once(cell: str) -> None:
    # a row that names a unit by its full and its short name (or by its name and that name with
    # another in brackets) gives the task the unit once; it made the plan invalid (a unit holding
    # one role twice) and parse_plan raised
    plan = rulegov.parse_plan(
        "某区2023年法治建设工作要点\n|序号|工作任务|牵头单位|完成时限|\n"
        f"|1|加强法治宣传|{cell}|6月底|\n|2|完善制度|区委依法治区办|12月底|\n"
    )
    (held,) = plan.tasks[0].assignments
    assert held.role is rulegov.Role.LEAD
    assert held.unit_name == cell.split("、", maxsplit=1)[0]
