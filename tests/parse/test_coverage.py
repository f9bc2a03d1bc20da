"""Nothing in the input is dropped silently: every line is in a fact, a diagnostic or the prose."""

from __future__ import annotations

import pathlib

import pytest

import rulegov
from sweep import frame_spans

DOCUMENTS = pathlib.Path(__file__).parent / "documents"


def _covered(plan: rulegov.Plan) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans the plan's facts and prose were read from, and the lines diagnostics name."""
    found = [
        *plan.spans.values(),
        *(section.span for section in plan.walk_sections()),
        *(task.span for task in plan.tasks),
        *(diagnostic.span for diagnostic in plan.diagnostics),
        *frame_spans(plan.frame),
    ]
    spans = [(span.start, span.end) for span in found if span is not None]
    lines = {d.line for d in plan.diagnostics if d.line is not None}
    return spans, lines


def _uncovered(plan: rulegov.Plan) -> list[tuple[int, str]]:
    assert plan.source is not None
    text = plan.source.text
    spans, named = _covered(plan)
    missing: list[tuple[int, str]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip() or number in named:
            continue
        if not any(first < end and start < last for first, last in spans):
            missing.append((number, line))
    return missing


def _documents() -> list[pathlib.Path]:
    return sorted(path for path in DOCUMENTS.rglob("*.txt") if "provenance" not in path.name)


def test_every_line_of_the_reference_text_is_read():
    plan = rulegov.parse_plan(rulegov.datasets.yancheng_2023_text())
    assert _uncovered(plan) == []


@pytest.mark.parametrize("path", _documents(), ids=lambda path: path.name)
def test_every_line_of_each_test_document_is_read(path):
    plan = rulegov.read_plan(path)
    assert _uncovered(plan) == []
