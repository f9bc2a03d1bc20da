"""Comparing two plans: matching with scores, carried over, new, dropped, and what changed."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.tracking import ChangeDirection, ChangeKind, TaskChange, compare
from rulegov.tracking._compare import _blend, _scores, _section_titles, _similarity, _words
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
