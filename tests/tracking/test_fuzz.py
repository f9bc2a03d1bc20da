"""Tracking under a seeded mutation sweep: progress rows and files, the status on a date, the
comparison of two plans and the 督办 list written out; a result or a RulegovError naming the
place, never another exception or a hang."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import TYPE_CHECKING

import rulegov
from rulegov.io import read_progress, write_status
from rulegov.tracking import status, with_progress
from sweep import mutate_text, mutate_value, shown, sweep

if TYPE_CHECKING:
    import pathlib
    import random
    from collections.abc import Callable

PLAN = rulegov.datasets.yancheng_2023()
PLAN_DATA = PLAN.model_dump(mode="json")
ROWS = [
    {"任务": "1", "单位": "区依法治区办", "日期": "2023-06-30", "状态": "已完成"},
    {"task": "4", "unit": "区依法治区办", "on": "2023-05-31", "percent": 60, "note": "推进中"},
    {"任务编号": "2", "报送日期": "2023年7月1日", "完成比例": "40%", "进展情况": "已印发"},
    {"task": "3", "done_on": "2023-09-30"},
]
CSV = "任务,单位,日期,状态,进度,备注\n1,区依法治区办,2023-06-30,已完成,100,已印发\n4,,2023-05-31,推进中,60,\n"
BUDGET = 4.0


def _progress_case(rng: random.Random, folder: pathlib.Path) -> tuple[str, Callable[[], object]]:
    if rng.random() < 0.4:
        rows = mutate_value(rng, copy.deepcopy(ROWS), changes=rng.randrange(1, 4))
        return f"with_progress({shown(rows)})", lambda: with_progress(PLAN, rows)
    if rng.random() < 0.5:
        text = mutate_text(rng, CSV, edits=rng.randrange(1, 5))
        where = folder / "进展.csv"
        where.write_text(text, encoding="utf-8", errors="surrogatepass")
        return f"read_progress({text[:300]!r})", lambda: read_progress(where, PLAN)
    rows = mutate_value(rng, copy.deepcopy(ROWS), changes=rng.randrange(1, 4))
    where = folder / "进展.json"
    try:
        where.write_text(json.dumps(rows, ensure_ascii=False, default=str), encoding="utf-8")
    except (ValueError, RecursionError):  # junk that JSON cannot hold: NaN stays, depth not
        where.write_text("[]", encoding="utf-8")
    return f"read_progress(json {shown(rows)})", lambda: read_progress(where, PLAN)


def _status_case(rng: random.Random, folder: pathlib.Path) -> tuple[str, Callable[[], object]]:
    day = rng.choice(
        [
            dt.date(1, 1, 1),
            dt.date(9999, 12, 31),
            dt.date(2023, 7, 1),
            dt.date(1970, 1, 1),
            dt.datetime(2023, 7, 1, 12, tzinfo=dt.UTC),
            "2023-07-01",
            None,
            20230701,
        ]
    )
    rows = mutate_value(rng, copy.deepcopy(ROWS), changes=rng.randrange(0, 2))

    def run() -> object:
        result = status(with_progress(PLAN, rows), as_of=day)  # type: ignore[arg-type]
        write_status(result, folder / "督办.csv")
        return rulegov.render.to_markdown(result)

    return f"status(as_of={day!r}, rows={shown(rows)})", run


def _compare_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
    data = mutate_value(rng, copy.deepcopy(PLAN_DATA), changes=rng.randrange(1, 4))

    def run() -> object:
        new = rulegov.Plan.model_validate(data)
        comparison = rulegov.compare(PLAN, new)
        rulegov.render.to_text(comparison)
        return rulegov.render.to_markdown(comparison)

    return f"compare(plan, {shown(data)})", run


def test_mutated_progress_status_and_comparisons_are_handled_cleanly(tmp_path: pathlib.Path):
    def make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
        pick = rng.random()
        if pick < 0.5:
            return _progress_case(rng, tmp_path)
        if pick < 0.75:
            return _status_case(rng, tmp_path)
        return _compare_case(rng)

    sweep("tracking", make_case, seed=20261204, budget=BUDGET, case_deadline=10.0).check()
