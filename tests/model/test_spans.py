"""A plan refuses spans beyond its source text, wherever in the plan they sit."""

from __future__ import annotations

from pathlib import Path

import pytest

import rulegov
from rulegov.model import _plan
from rulegov.parse import _parser_tree

DOCUMENTS = sorted((Path(__file__).parent.parent / "parse" / "documents").glob("*.txt"))
STORED = sorted(
    path
    for pattern in (
        "parse/documents/*/tune/*.txt",
        "parse/documents/*/tune/*.html",
        "corpus/dev/*.txt",
    )
    for path in (Path(__file__).parent.parent).glob(pattern)
)
"""Every stored document the parser's spans may be read on: tune sets and the development corpus."""


def every_span(plan: rulegov.Plan) -> list[tuple[str, rulegov.Span]]:
    return [found for name in _plan._SPANNED for found in _plan._spans(getattr(plan, name), name)]


@pytest.mark.parametrize("path", DOCUMENTS, ids=[path.name for path in DOCUMENTS])
def test_quick_walk_finds_the_last_span_end(path: Path):
    plan = rulegov.read_plan(path)
    spans = every_span(plan)
    assert spans
    quick = _plan._last_end([getattr(plan, name) for name in _plan._SPANNED])
    assert quick == max(span.end for _, span in spans)


def test_every_span_beyond_a_shortened_source_is_named(reference_plan):
    data = reference_plan.model_dump()
    limit = len(data["source"]["text"]) - 200
    data["source"]["text"] = data["source"]["text"][:limit]
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Plan.model_validate(data)
    beyond = [(f"{path}.end", span.end) for path, span in every_span(reference_plan)]
    beyond = [(path, end) for path, end in beyond if end > limit]
    assert len(beyond) >= 3  # the last task, its section, the last measures...
    assert [(issue.path, issue.value) for issue in caught.value.issues] == beyond
    assert all(
        f"beyond the source text of {limit} characters" in i.message for i in caught.value.issues
    )


def test_a_deep_span_beyond_the_source_is_found(small_plan_data):
    small_plan_data["source"] = {"text": "某区2024年法治建设工作要点,共三十个字符的原文。" * 2}
    small_plan_data["sections"][0]["tasks"][0]["measures"][0]["span"] = {"start": 0, "end": 500}
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Plan.model_validate(small_plan_data)
    [issue] = caught.value.issues
    assert issue.path == "sections[0].tasks[0].measures[0].span.end"
    assert issue.value == 500


@pytest.mark.parametrize("path", DOCUMENTS, ids=[path.name for path in DOCUMENTS])
def test_the_parser_takes_every_span_from_the_source(path: Path):
    # the parser vouches for its spans (context "spans_in_source"), so the plan does not walk them
    plan = rulegov.read_plan(path)
    assert plan.source is not None
    assert max(span.end for _, span in every_span(plan)) <= len(plan.source.text)


@pytest.mark.parametrize(
    "path", STORED, ids=[f"{path.parent.parent.name}/{path.name}" for path in STORED]
)
def test_a_parsed_plan_validates_again_without_the_parsers_word(path: Path):
    # the parser vouches for its spans; a plan saved and read back is checked in full
    plan = rulegov.read_plan(path)
    assert rulegov.Plan.model_validate(plan.model_dump()) == plan


def test_a_reader_that_vouches_for_its_spans_skips_the_walk_and_no_other_check(small_plan_data):
    small_plan_data["source"] = {"text": "某区2024年法治建设工作要点"}
    small_plan_data["sections"][0]["tasks"][0]["measures"][0]["span"] = {"start": 0, "end": 500}
    vouched = {"spans_in_source": True}
    plan = rulegov.Plan.model_validate(small_plan_data, context=vouched)
    assert plan.sections[0].tasks[0].measures[0].span == rulegov.Span(start=0, end=500)
    with pytest.raises(rulegov.ValidationError):  # without the context, the span is refused
        rulegov.Plan.model_validate(small_plan_data)
    small_plan_data["units"].append(dict(small_plan_data["units"][0]))  # an id given twice
    with pytest.raises(rulegov.ValidationError, match="already used"):
        rulegov.Plan.model_validate(small_plan_data, context=vouched)


@pytest.mark.parametrize("vouched", ["no", 1, "True"])
def test_only_true_vouches_for_the_spans(small_plan_data, vouched):
    small_plan_data["source"] = {"text": "某区2024年法治建设工作要点"}
    small_plan_data["sections"][0]["tasks"][0]["measures"][0]["span"] = {"start": 0, "end": 500}
    with pytest.raises(rulegov.ValidationError, match="span"):
        rulegov.Plan.model_validate(small_plan_data, context={"spans_in_source": vouched})


def test_a_task_span_the_wrong_way_round_from_the_parser_is_named_by_its_path(monkeypatch):
    bounds = _parser_tree._node_bounds
    monkeypatch.setattr(
        _parser_tree,
        "_node_bounds",
        lambda node: {**bounds(node), "start": bounds(node)["end"] + 5},
    )
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.parse_plan(
            "某区2024年工作要点\n一、任务\n1.加强合法性审核。牵头单位:区司法局。\n"
            "2.推行三项制度。牵头单位:区市场监管局。"
        )
    assert caught.value.issues[0].path.startswith("sections[0].tasks[0].span")
