"""How long `rulegov.compare` takes to match the tasks of two large plans.

The two plans are made of real task texts: every sentence of every task of the development
corpus (``tests/corpus/dev``) and of the tuning sets (``tests/parse/documents/unseen*/tune``),
numbered afresh in sections of 50 (leaving out the sentences that hold a figure, a bracket or
a colon, which may read as headings or lists of their own). The "old" plan holds the first ``n`` of them; the
"new" plan keeps 70 % of those (in another order, some with a sentence cut), drops the rest and
adds as many tasks that the old plan does not have. That is how one year's plan follows the last.

The baseline, measured in the same run, is the plainest way to pair two lists of tasks: one
``difflib.SequenceMatcher(None, a, b).ratio()`` on the titles for every pair of tasks. The
script prints the median seconds of each and their ratio, and checks that ``compare`` still
finds the carried-over tasks.

Run: ``python benchmarks/compare.py [N ...]`` (default: 100 315).
"""

from __future__ import annotations

import difflib
import pathlib
import random
import re
import statistics
import sys
import time
from typing import TYPE_CHECKING

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable

TESTS = pathlib.Path(__file__).resolve().parent.parent / "tests"
# a sentence holding a number, a bracket, a colon or a table's bar may read as a heading or a
# list of its own among thousands of tasks: such sentences are left out
_NUMBERED = re.compile(r"[0-9０-９()（）:：|]")
FOLDERS = [TESTS / "corpus" / "dev", *sorted((TESTS / "parse" / "documents").glob("unseen*/tune"))]
ROUNDS = 5


def task_texts() -> list[str]:
    """Every sentence of every task of the corpus folders, once each, in file order."""
    seen: dict[str, None] = {}
    for path in sorted(path for folder in FOLDERS for path in folder.iterdir()):
        if path.suffix == ".json":
            continue
        try:
            plan = rulegov.read_plan(path)
        except rulegov.RulegovError:
            continue
        for task in plan.tasks:
            for sentence in " ".join(task.text.split()).split("。"):
                if len(sentence) >= 12:
                    seen.setdefault(sentence + "。", None)
    return [text for text in seen if not _NUMBERED.search(text) and _one_task(text)]


def _one_task(text: str) -> bool:
    """Whether ``text``, numbered between two other tasks, reads as that one task."""
    plan = as_plan("2023年工作要点", ["召开会议。", text, "召开会议。"])
    return [task.number for task in plan.tasks] == ["1", "2", "3"]


SECTION = 50
"""Tasks per section: a plan of thousands of tasks is printed in sections, as real plans are."""


def numeral(k: int) -> str:
    """``k`` (1-99) in Chinese numerals, as section headings print it."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(k, 10)
    return ("" if tens == 0 else "十" if tens == 1 else digits[tens] + "十") + (
        digits[ones] if ones else ""
    )


def as_plan(title: str, texts: list[str]) -> rulegov.Plan:
    lines = [title]
    for k, text in enumerate(texts):
        if k % SECTION == 0:
            lines.append(f"{numeral(k // SECTION + 1)}、工作任务")
        lines.append(f"{k % SECTION + 1}.{text}")
    return rulegov.parse_plan("\n".join(lines) + "\n")


def pair(
    texts: list[str], n: int, seed: int = 7
) -> tuple[rulegov.Plan, rulegov.Plan, set[tuple[str, str]]]:
    """An old plan of ``n`` tasks, a new one that carries 70 % of them over, and the pairs
    (old id, new id) of the carried-over tasks."""
    draw = random.Random(seed)
    old = texts[:n]
    kept = draw.sample(range(n), int(n * 0.7))
    new = [
        (k, old[k][: max(8, len(old[k]) * 3 // 4)] if draw.random() < 0.3 else old[k]) for k in kept
    ]
    new += [(None, text) for text in texts[n : n + n - len(kept)]]
    draw.shuffle(new)
    carried = {(f"t{k + 1}", f"t{j}") for j, (k, _) in enumerate(new, 1) if k is not None}
    plans = as_plan("2023年工作要点", old), as_plan("2024年工作要点", [text for _, text in new])
    return *plans, carried


def median_seconds(call: Callable[[], object]) -> float:
    times = []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def baseline(old: rulegov.Plan, new: rulegov.Plan) -> list[float]:
    return [
        difflib.SequenceMatcher(None, a.title, b.title).ratio()
        for a in old.tasks
        for b in new.tasks
    ]


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [100, 315]
    texts = task_texts()
    print(f"{len(texts)} distinct real task texts; medians of {ROUNDS} runs")
    print(f"{'tasks':>6} {'compare s':>10} {'baseline s':>11} {'ratio':>6}  carried found")
    for n in sizes:
        if 2 * n > len(texts):
            print(f"{n:>6} skipped: the corpus has {len(texts)} task texts, {2 * n} are needed")
            continue
        old, new, carried = pair(texts, n)
        result = rulegov.compare(old, new)
        ours = median_seconds(lambda old=old, new=new: rulegov.compare(old, new))
        theirs = median_seconds(lambda old=old, new=new: baseline(old, new))
        found = {(match.old, match.new) for match in result.matches} & carried
        print(
            f"{n:>6} {ours:>10.3f} {theirs:>11.3f} {ours / theirs:>6.2f}  "
            f"{len(found)}/{len(carried)} ({len(result.matches)} pairs in all)"
        )


if __name__ == "__main__":
    main()
