"""Comparing two plans: matching with scores, carried over, new, dropped, and what changed."""

from __future__ import annotations

import functools
import pathlib
import random
import re

import pytest

import rulegov
from growth import LINEAR, growth
from rulegov.tracking import ChangeDirection, ChangeKind, TaskChange, compare
from rulegov.tracking._compare import (
    _blend,
    _match,
    _scores,
    _section_titles,
    _similarity,
    _words,
)
from samples import NEW_TEXT, OLD_TEXT


@pytest.fixture
def result():
    return compare(rulegov.parse_plan(OLD_TEXT), rulegov.parse_plan(NEW_TEXT))


def test_tasks_carried_over_new_and_dropped(result):
    assert [(m.old_number, m.new_number) for m in result.matches] == [
        ("1", "1"),
        ("2", "2"),
        ("3", "3"),
    ]
    assert result.matches[1].score == 1.0
    assert 0.6 < result.matches[0].score < 1.0
    assert result.added == ("4 建设法治文化阵地",)
    assert result.dropped == ("4 推进“八五”普法中期评估",)


def test_changes_of_units_targets_and_deadlines(result):
    changes = [(c.label.split()[0], c.kind, c.old, c.new, c.direction) for c in result.changes]
    assert changes == [
        ("2", "lead_units", "区委依法治区办", "区委办", "changed"),
        ("3", "deadline", "2023-09-30", "2024-11-30", "later"),
        ("3", "target", "不少于3次", "不少于5次", "raised"),
    ]


def test_a_change_names_its_kind_and_direction_as_enums(result):
    kinds = [(c.kind, c.direction) for c in result.changes]
    assert kinds == [
        (ChangeKind.LEAD_UNITS, ChangeDirection.CHANGED),
        (ChangeKind.DEADLINE, ChangeDirection.LATER),
        (ChangeKind.TARGET, ChangeDirection.RAISED),
    ]
    assert "deadline 2023-09-30 -> 2024-11-30 (later)" in rulegov.render.to_text(result)
    with pytest.raises(ValueError, match="'moved'"):
        TaskChange("t1", "1 甲", "deadline", "", "", "moved")


def test_the_same_deadline_a_year_later_is_not_a_move(result):
    assert not [c for c in result.changes if c.label.startswith("1 ") and c.kind == "deadline"]


def test_a_plan_compared_with_itself_changes_nothing():
    plan = rulegov.datasets.yancheng_2023()
    same = compare(plan, plan)
    assert len(same.matches) == len(plan.tasks)
    assert (same.added, same.dropped, same.changes) == ((), (), ())


def test_bad_arguments():
    plan = rulegov.datasets.yancheng_2023()
    with pytest.raises(rulegov.ValidationError, match="old"):
        compare("plan.txt", plan)  # type: ignore[arg-type]
    with pytest.raises(rulegov.ValidationError, match="threshold"):
        compare(plan, plan, threshold=2)


def _all_pairs(old: rulegov.Plan, new: rulegov.Plan, floor: float) -> list[tuple[float, int, int]]:
    """Every pair's score worked out in full, with no bound ruling a pair out."""
    old_sections, new_sections = _section_titles(old), _section_titles(new)
    pairs = []
    for i, a in enumerate(old.tasks):
        for j, b in enumerate(new.tasks):
            sa, sb = old_sections.get(a.id, ""), new_sections.get(b.id, "")
            title = _similarity(_words(a.title), _words(b.title))
            text = _similarity(_words(a.text)[:200], _words(b.text)[:200])
            place = _similarity(sa, sb) if sa and sb else 0.5
            score = round(_blend(title, text, place), 4)
            if score >= floor:
                pairs.append((score, i, j))
    return sorted(pairs, key=lambda pair: (-pair[0], pair[2], pair[1]))


@pytest.mark.parametrize("floor", [0.0, 0.3, 0.45, 0.8])
def test_the_bound_that_skips_pairs_never_loses_one_that_reaches_the_floor(floor):
    old, new = rulegov.parse_plan(OLD_TEXT), rulegov.parse_plan(NEW_TEXT)
    reference = rulegov.datasets.yancheng_2023()
    for a, b in ((old, new), (new, old), (reference, new), (old, reference)):
        assert _scores(a, b, floor) == _all_pairs(a, b, floor)


def _plans_the_tests_compare() -> list[tuple[rulegov.Plan, rulegov.Plan]]:
    old, new = rulegov.parse_plan(OLD_TEXT), rulegov.parse_plan(NEW_TEXT)
    reference = rulegov.datasets.yancheng_2023()
    dev = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
    earlier = rulegov.read_plan(dev / "045_guobanfa_1996_2_fangzhen_jianzai.html")
    later = rulegov.read_plan(dev / "046_guobanfa_1997_2_fangzhen_jianzai.html")
    pairs = [(old, new), (new, old), (reference, new), (old, reference), (reference, reference)]
    return [*pairs, (earlier, later), (later, earlier), (earlier, reference)]


@pytest.mark.parametrize("threshold", [0.3, 0.45, 0.8])
def test_the_candidate_pairs_match_as_every_pair_does_on_the_compared_plans(threshold):
    for a, b in _plans_the_tests_compare():
        everything = _match(_scores(a, b, min(threshold, 0.3), every_pair=10**9), threshold)
        candidates = _match(_scores(a, b, min(threshold, 0.3), every_pair=0), threshold)
        assert candidates == everything


def _large_pair(count: int) -> tuple[rulegov.Plan, rulegov.Plan, set[tuple[str, str]]]:
    """Two plans of ``count`` tasks made of the development corpus's task sentences: the new one
    carries 70 % of the old one over (some cut short), in another order, and adds others."""
    sentences = _task_texts()
    draw = random.Random(count)  # noqa: S311 - test data, not secrets
    # halves of two real task sentences, joined: as many distinct tasks of the genre as needed
    texts = []
    for _ in range(2 * count):
        first, second = draw.sample(sentences, 2)
        texts.append(first[: len(first) // 2] + second[len(second) // 2 :])
    kept = draw.sample(range(count), count * 7 // 10)
    new = [(k, texts[k][: len(texts[k]) * 3 // 4] if k % 3 == 0 else texts[k]) for k in kept]
    new += [(None, text) for text in texts[count : 2 * count - len(kept)]]
    draw.shuffle(new)
    carried = {(f"t{k + 1}", f"t{j}") for j, (k, _) in enumerate(new, 1) if k is not None}
    return _as_plan(texts[:count]), _as_plan([text for _, text in new]), carried


def _as_plan(texts: list[str]) -> rulegov.Plan:
    lines = ["2024年工作要点"]
    for k, text in enumerate(texts):
        if k % 50 == 0:
            lines.append(f"{'一二三四五六七八九'[k // 50 % 9]}、工作任务")
        lines.append(f"{k % 50 + 1}.{text}")
    plan = rulegov.parse_plan("\n".join(lines) + "\n")
    assert len(plan.tasks) == len(texts)
    return plan


@functools.cache
def _task_texts() -> list[str]:
    tests = pathlib.Path(__file__).resolve().parent.parent
    seen: dict[str, None] = {}
    for path in sorted(tests.glob("parse/documents/unseen*/tune/*.txt"))[:300]:
        for task in rulegov.read_plan(path).tasks:
            for sentence in " ".join(task.text.split()).split("。"):
                if len(sentence) >= 12 and not re.search(r"[0-9０-９()（）:：|]", sentence):
                    seen.setdefault(sentence + "。", None)
    return list(seen)


def test_large_plans_carry_over_the_tasks_that_scoring_every_pair_finds():
    old, new, carried = _large_pair(300)  # 90,000 pairs: past the count scored pair by pair
    found = {}
    for every_pair in (0, 10**9):
        taken, _ = _match(_scores(old, new, 0.3, every_pair=every_pair), 0.45)
        found[every_pair] = {(f"t{i + 1}", f"t{j + 1}") for i, (j, _) in taken.items()} & carried
    assert found[0] == found[10**9]
    assert len(found[0]) > 0.95 * len(carried)  # a few cut tasks keep only a shared half


def test_comparing_grows_about_linearly_with_the_tasks():
    plans = {count: _large_pair(count)[:2] for count in (100, 400)}
    # four times the tasks: about four times the time, not sixteen
    assert growth(lambda count: compare(*plans[count]), 100) < LINEAR
