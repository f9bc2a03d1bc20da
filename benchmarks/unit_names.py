"""How long the parser takes to match a plan's unit names, short and full, from 1,000 to 20,000.

A plan names one body in full (青山区教育局) and by a short name (青山教育局); the parser makes
them one unit. The case is a task whose lead label lists ``n`` distinct made-up names joined by
``、`` (牵头单位：青山区教育局、白云镇农业服务中心、…): places of two characters and a level,
departments and bodies, and their endings, one name in ten printed short after its full name.
The names of the ``few characters`` cases are made of twelve characters only, so that every
character is common to many names. The ``numbered`` cases are names of different lengths that
share all but their digits (某某市第1号分局 to 某某市第20000号分局): each longer one spells out
shorter ones, so a plan's units are few, however many names it prints.

The baseline, measured in the same run, is the plainest way to match the names: each new name
tested against every name read before it, with the parser's own test of one pair, as the parser
did before its index. The script prints the median seconds of each and their ratio, and checks
that both make the same units of the names (their names and short names, in order).

With ``--against PATH`` it times ``parse_plan`` on the same cases with this checkout's rulegov
and another's (a git worktree of an earlier commit, or a git revision, say ``HEAD~1``), in turn
(``_against.py``).

Run: ``python benchmarks/unit_names.py [--sizes N ...] [--rounds R] [--against PATH|REVISION]``.
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import time
from typing import TYPE_CHECKING, TypeVar

import _against

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")
SIZES = (1_000, 5_000, 20_000)
PLACE_CHARACTERS = "青山白云东西南北金水红星长安平湖明光新华广阳城关永宁春江临河龙泉石桥"
LEVELS = ("区", "县", "市", "镇", "乡", "街道")
BODIES = (
    "教育",
    "财政",
    "公安",
    "司法",
    "民政",
    "人力资源和社会保障",
    "自然资源",
    "生态环境",
    "住房和城乡建设",
    "交通运输",
    "水利",
    "农业农村",
    "商务",
    "文化和旅游",
    "卫生健康",
    "退役军人事务",
    "应急管理",
    "审计",
    "市场监督管理",
    "统计",
    "医疗保障",
    "信访",
    "城市管理",
    "林业",
    "体育",
    "档案",
    "机关事务管理",
    "大数据",
)
ENDS = ("局", "委员会", "办公室", "服务中心", "管理站", "执法大队")
FEW_CHARACTERS = "区县政府办局委会中心站所"
# the kinds of names: places and bodies, few characters, numbered
KINDS = {"": "bodies", ", few characters": "few", ", numbered": "numbered"}
CASES = {f"{n:,} names{label}": (n, kind) for label, kind in KINDS.items() for n in SIZES}


def names(n: int, *, kind: str = "bodies", seed: int = 5) -> list[str]:
    """``n`` distinct made-up unit names, one in ten a short name printed after its full name.

    ``kind`` ``few`` makes them of twelve characters only; ``numbered`` makes them
    某某市第1号分局 to 某某市第``n``号分局, in order.
    """
    draw = random.Random(seed)
    if kind == "numbered":
        return [f"某某市第{number}号分局" for number in range(1, n + 1)]
    made: dict[str, None] = {}
    while len(made) < n:
        if kind == "few":
            name = "".join(draw.choice(FEW_CHARACTERS) for _ in range(draw.randint(3, 8)))
            made.setdefault(name, None)
            continue
        place = "".join(draw.sample(PLACE_CHARACTERS, 2))
        level, body, end = draw.choice(LEVELS), draw.choice(BODIES), draw.choice(ENDS)
        made.setdefault(place + level + body + end, None)
        if draw.random() < 0.1 and len(made) < n:
            made.setdefault(place + body + end, None)  # 青山教育局, after 青山区教育局
    return list(made)


def plan_text(unit_names: list[str]) -> str:
    """A plan of one task whose lead label lists ``unit_names``."""
    return "某区2024年工作要点\n一、重点任务\n（一）推进依法行政。牵头单位：" + "、".join(
        unit_names
    )


def pairwise(unit_names: list[str]) -> list[tuple[str, list[str]]]:
    """The units of ``unit_names``, each new name tested against every name before it.

    The parser's matching without its index: a name that abbreviates a unit's name, or that
    the unit's name abbreviates, is that unit's; the full name becomes the unit's name.
    """
    # the parser's test of one pair (imported here: a worker of --against may load a rulegov
    # that keeps it elsewhere)
    from rulegov.parse._parser_units import _abbreviates, _local_name  # noqa: PLC0415

    by_key: dict[str, list[str]] = {}  # name -> [unit name, short names...]
    units: list[list[str]] = []
    for name in unit_names:
        if name in by_key:
            continue
        for known, unit in list(by_key.items()):
            if _abbreviates(name, known) or _abbreviates(name, _local_name(known)):
                unit.append(name)
                break
            if _abbreviates(known, name) or _abbreviates(known, _local_name(name)):
                if unit[0] not in unit[1:]:
                    unit.append(unit[0])
                unit[0] = name
                break
        else:
            unit = [name]
            units.append(unit)
        by_key[name] = unit
    return [(unit[0], unit[1:]) for unit in units]


def parsed(unit_names: list[str]) -> list[tuple[str, list[str]]]:
    """The units ``parse_plan`` makes of ``unit_names``: their names and short names."""
    plan = rulegov.parse_plan(plan_text(unit_names))
    return [(unit.name, list(unit.short_names)) for unit in plan.units]


def median_seconds(call: Callable[[], T], rounds: int) -> tuple[float, T]:
    """The median processor seconds of ``rounds`` calls (other processes do not count), and
    what the last call gave."""
    times = []
    for _ in range(rounds):
        gc.collect()
        began = time.process_time()
        result = call()
        times.append(time.process_time() - began)
    return statistics.median(times), result


def time_case(case: str) -> float:
    """The processor seconds of one ``parse_plan`` of ``case`` (for ``--against``)."""
    n, kind = CASES[case]
    text = plan_text(names(n, kind=kind))
    rulegov.parse_plan("（一）预热。牵头单位：区司法局")  # load the parser outside the timing
    began = time.process_time()
    rulegov.parse_plan(text)
    return time.process_time() - began


def main() -> None:
    if sys.argv[1:2] == [_against.WORKER]:
        _against.serve(time_case)
        return
    args = _against.sized_options(__doc__.splitlines()[0], SIZES).parse_args()
    if args.against is not None:
        cases = [case for case, (n, _) in CASES.items() if n in args.sizes]
        _against.report(_against.compare(__file__, args.against, cases, args.rounds), unit="s")
        return
    rulegov.parse_plan("（一）预热。牵头单位：区司法局")  # load the parser outside the timings
    print(f"medians of {args.rounds} runs, processor seconds", flush=True)
    print(f"{'case':32} {'units':>6} {'rulegov s':>10} {'pairwise s':>11} {'ratio':>7}  same units")
    for label, kind in KINDS.items():
        for n in args.sizes:
            unit_names = names(n, kind=kind)
            ours, units = median_seconds(lambda names=unit_names: parsed(names), args.rounds)
            theirs, pairs = median_seconds(lambda names=unit_names: pairwise(names), args.rounds)
            case = f"{n:,} names{label}"
            print(
                f"{case:32} {len(units):>6} {ours:>10.3f} {theirs:>11.3f} {ours / theirs:>7.3f}  "
                f"{'yes' if units == pairs else 'NO'}",
                flush=True,
            )
    print("ratio: rulegov's parse of the whole plan over the pairwise matching of its names alone")


if __name__ == "__main__":
    main()
