"""Comparing two real consecutive years of one body's plans, against facts read by hand.

The plans are the State Council General Office's notices forwarding the State Seismological
Bureau's annual opinions on earthquake-disaster prevention, for 1996 (国办发〔1996〕2号) and 1997
(国办发〔1997〕2号), as published whole on www.gov.cn (``tests/corpus/dev/045_*`` and ``046_*``).

Read by hand, the six items of the 1997 opinion against the six of 1996:

- carried over: 1996 (五) → 1997 (二) (the 破坏性地震应急条例 and the emergency plans);
  1996 (四) → 1997 (三) (seismic fortification of works); 1996 (六) → 1997 (四) (public education);
- new in 1997: (一) (a plan for the ten-year goal) and (五) (a demonstration zone around the capital);
- dropped after 1996: (二) (into the development plans) and (三) (legislation);
- 1996 (一) and 1997 (六) both ask governments to lead the work; whether that is one task carried
  over is a judgement call, so no test depends on it;
- no unit, target or deadline changes: neither year names units for these items, and the only
  dated items of 1997 ((四), (五): “九五”期间) are not among the carried-over ones.
"""

from __future__ import annotations

import pathlib

import pytest

import rulegov

DEV = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "dev"
OLD_FILE = DEV / "045_guobanfa_1996_2_fangzhen_jianzai.html"
NEW_FILE = DEV / "046_guobanfa_1997_2_fangzhen_jianzai.html"

CARRIED_OVER = {("（五）", "（二）"), ("（四）", "（三）"), ("（六）", "（四）")}
NEW_NUMBERS = {"（一）", "（五）"}
DROPPED_NUMBERS = {"（二）", "（三）"}
#: A looser threshold than the default; see test_the_default_threshold_finds_every_carried_over_task.
LOOSE = 0.3


@pytest.fixture(scope="module")
def old() -> rulegov.Plan:
    return rulegov.read_plan(OLD_FILE)


@pytest.fixture(scope="module")
def new() -> rulegov.Plan:
    return rulegov.read_plan(NEW_FILE)


def _numbers(entries: tuple[str, ...]) -> set[str]:
    return {entry.split(" ", 1)[0] for entry in entries}


def test_both_years_are_read_with_their_six_numbered_items(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    numbered = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert [t.number for t in old.tasks if t.number.startswith("（")] == numbered
    assert [t.number for t in new.tasks if t.number.startswith("（")] == numbered
    titles = {t.number: t.title for t in new.tasks}
    assert titles["（四）"] == "积极开展防震减灾知识宣传教育"


def test_the_emergency_rules_task_is_carried_over_at_the_default_threshold(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    result = rulegov.compare(old, new)
    pairs = {(m.old_number, m.new_number): m.score for m in result.matches}
    assert ("（五）", "（二）") in pairs
    assert pairs[("（五）", "（二）")] >= 0.45


def test_the_default_threshold_finds_every_carried_over_task(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    # (四) → (三) and (六) → (四) score below the threshold, as their wording changed, but each
    # task is the other's best match among the tasks still free
    result = rulegov.compare(old, new)
    assert {(m.old_number, m.new_number) for m in result.matches} >= CARRIED_OVER
    assert (
        _numbers(result.added) & {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"}
        <= NEW_NUMBERS
    )
    assert _numbers(result.dropped) >= DROPPED_NUMBERS


def test_a_looser_threshold_finds_the_hand_read_carried_over_tasks(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    result = rulegov.compare(old, new, threshold=LOOSE)
    assert {(m.old_number, m.new_number) for m in result.matches} >= CARRIED_OVER


def test_a_looser_threshold_reports_the_hand_read_new_and_dropped_tasks(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    result = rulegov.compare(old, new, threshold=LOOSE)
    assert _numbers(result.added) >= NEW_NUMBERS
    assert _numbers(result.dropped) >= DROPPED_NUMBERS
    matched_new = {m.new_number for m in result.matches}
    matched_old = {m.old_number for m in result.matches}
    assert not NEW_NUMBERS & matched_new
    assert not DROPPED_NUMBERS & matched_old


def test_no_unit_target_or_deadline_change_is_reported(
    old: rulegov.Plan, new: rulegov.Plan
) -> None:
    assert rulegov.compare(old, new, threshold=LOOSE).changes == ()
