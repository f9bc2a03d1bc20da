"""The task-table readers under a seeded mutation sweep: a plan or a RulegovError naming the
row and column, never another exception, never a hang; what the writer writes reads back."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

import rulegov
from rulegov.io import read_task_rows, read_task_table, task_table_rows, write_task_table
from sweep import mutate_text, mutate_value, shown, sweep

if TYPE_CHECKING:
    import pathlib
    import random
    from collections.abc import Callable

ROWS = task_table_rows(rulegov.datasets.yancheng_2023())


def _tasks(plan: rulegov.Plan) -> list[tuple[str, str]]:
    return [(task.number, task.title) for task in plan.tasks]


def test_mutated_tables_are_read_or_refused_cleanly(tmp_path: pathlib.Path):
    path = tmp_path / "table.csv"
    write_task_table(rulegov.datasets.yancheng_2023(), path)
    csv_text = path.read_text(encoding="utf-8-sig")
    counter = iter(range(10**9))

    def make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
        if rng.random() < 0.5:
            rows = mutate_value(rng, copy.deepcopy(ROWS), changes=rng.randrange(1, 4))
            return f"read_task_rows({shown(rows)})", lambda: read_task_rows(rows)
        text = mutate_text(rng, csv_text, edits=rng.randrange(1, 5))
        where = tmp_path / f"case{next(counter) % 8}.csv"
        where.write_text(text, encoding="utf-8", errors="surrogatepass")

        def read_back() -> object:
            plan = read_task_table(where)
            again = tmp_path / "again.csv"
            write_task_table(plan, again)  # what is read can be written and read back
            if _tasks(read_task_table(again)) != _tasks(plan):
                raise AssertionError(text[:300])
            return plan

        return f"read_task_table({text[:300]!r}...)", read_back

    sweep("io", make_case, seed=20235, budget=4.0).check()
