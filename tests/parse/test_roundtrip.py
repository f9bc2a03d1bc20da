"""format_plan writes the standard layout, and parsing it gives the same structure back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from tests.strategies import framed_plans, printable_plans

import rulegov


def structure(plan: rulegov.Plan) -> dict[str, object]:
    """What a reader of the plan would compare: everything but spans, ids and diagnostics."""
    return {
        "title": plan.title,
        "issuer": plan.issuer,
        "issued_on": plan.issued_on,
        "recipients": plan.recipients,
        "preamble": plan.preamble,
        "sections": [
            (s.number, s.level, s.title, s.kind, s.text, [t.number for t in s.tasks])
            for s in plan.walk_sections()
        ],
        "tasks": [
            (
                t.number,
                t.path,
                t.title,
                t.text,
                # grouped by role (stable: the order within a role is kept)
                sorted(
                    [(a.unit_name, a.role) for a in t.assignments],
                    key=lambda pair: list(rulegov.Role).index(pair[1]),
                ),
                None
                if t.timeframe is None
                else (t.timeframe.kind, t.timeframe.on, t.timeframe.start, t.timeframe.end),
                [(g.text, g.comparator, g.value) for g in t.targets],
                [(c.title, c.doc_number) for c in t.citations],
            )
            for t in plan.tasks
        ],
    }


def test_reference_plan_round_trips():
    plan = rulegov.parse_plan(rulegov.datasets.yancheng_2023_text())
    again = rulegov.parse_plan(rulegov.format_plan(plan))
    assert structure(again) == structure(plan)


def test_curated_reference_plan_prints_in_the_standard_layout(reference_plan):
    text = rulegov.format_plan(reference_plan)
    lines = text.splitlines()
    assert lines[0].startswith("各基层党(工)委(组)，各园区")
    assert lines[0].endswith("：")
    assert "一、坚持政治引领,深入贯彻落实省委、市委和区党工委法治建设部署要求" in lines
    again = rulegov.parse_plan(text)
    assert [t.title for t in again.tasks] == [t.title for t in reference_plan.tasks]
    assert again.tasks[0].lead_units == ["工委全面依法治区委员会办公室"]


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(printable_plans())
def test_generated_plans_round_trip(plan):
    text = rulegov.format_plan(plan)
    again = rulegov.parse_plan(text)
    assert structure(again) == structure(plan)
    assert rulegov.format_plan(again) == text


def frame_fields(frame: rulegov.Frame | None) -> dict[str, object] | None:
    """The frame as a reader compares it: every element, without where it was read."""
    if frame is None:
        return None
    data = frame.model_dump(exclude={"spans"})
    data["attachments"] = [
        {key: value for key, value in item.items() if key not in ("span", "part_span")}
        for item in data["attachments"]
    ]
    data["notes"] = [
        {key: value for key, value in item.items() if key != "span"} for item in data["notes"]
    ]
    for name in ("secrecy", "doc_number"):
        if data[name] is not None:
            data[name] = {key: value for key, value in data[name].items() if key != "span"}
    return data


def test_specimen_document_round_trips_with_its_frame():
    text = (Path(__file__).parent / "documents" / "frame" / "specimen.txt").read_text("utf-8")
    plan = rulegov.parse_plan(text)
    again = rulegov.parse_plan(rulegov.format_plan(plan))
    assert frame_fields(again.frame) == frame_fields(plan.frame)
    assert structure(again) == structure(plan)


@settings(max_examples=60, deadline=None)
@given(framed_plans())
def test_generated_frames_round_trip(plan):
    text = rulegov.format_plan(plan)
    again = rulegov.parse_plan(text)
    assert frame_fields(again.frame) == frame_fields(plan.frame)
    assert structure(again) == structure(plan)
    assert rulegov.format_plan(again) == text
