"""The parser and the writer under a seeded mutation sweep and generated documents: a plan or
a ParseError, never another exception, never a hang; every line of the text is accounted for;
and what format_plan writes reads back as the same plan, or it says what it could not write."""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings

import rulegov
from strategies import plan_texts, printable_plans
from sweep import mutate_text, sweep, unaccounted

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

DOCUMENTS = sorted((pathlib.Path(__file__).parent / "documents").glob("*.txt"))
SEEDS = [rulegov.datasets.yancheng_2023_text()] + [
    path.read_text(encoding="utf-8", errors="replace")
    for path in DOCUMENTS
    if path.stat().st_size < 40_000
]


def structure(plan: rulegov.Plan) -> dict[str, object]:
    """What a reader compares: the header, the sections, and each task's facts."""
    return {
        "header": (
            plan.title,
            plan.issuer,
            plan.issued_on,
            plan.doc_number,
            plan.recipients,
            plan.preamble,
        ),
        "sections": [
            (s.number, s.level, s.title, s.text, [t.number for t in s.tasks])
            for s in plan.walk_sections()
        ],
        "unsectioned": [t.number for t in plan.unsectioned_tasks],
        "tasks": [
            (
                t.number,
                t.path,
                t.title,
                t.text,
                sorted((a.unit_name or "", a.role.value) for a in t.assignments),
                None
                if t.timeframe is None
                else (t.timeframe.kind, t.timeframe.on, t.timeframe.start, t.timeframe.end),
                [m.text for m in t.measures],
                [(g.text, g.comparator, g.value) for g in t.targets],
                [(c.title, c.doc_number) for c in t.citations],
            )
            for t in plan.tasks
        ],
    }


def round_trip_loss(plan: rulegov.Plan) -> str | None:
    """What format_plan dropped without saying so."""
    said: list[rulegov.Diagnostic] = []
    text = rulegov.format_plan(plan, diagnostics=said)
    if said:
        return None
    again = rulegov.parse_plan(text)
    if structure(again) != structure(plan):
        before, after = structure(plan), structure(again)
        differs = [key for key in before if before[key] != after[key]]
        return f"format_plan reads back differently in {differs} and says nothing:\n{text[:600]}"
    return None


def check(result: object) -> str | None:
    if not isinstance(result, rulegov.Plan):
        return None
    missed = unaccounted(result)
    if missed:
        return f"lines in no span and no diagnostic: {missed[:3]}"
    return round_trip_loss(result)


def _make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
    text = mutate_text(rng, rng.choice(SEEDS), edits=rng.randrange(1, 6))
    return f"parse_plan({text[:300]!r}...)", lambda: rulegov.parse_plan(text, source="fuzz")


def test_mutated_documents_parse_and_write_back_cleanly():
    sweep("parse", _make_case, seed=20234, budget=10.0, case_deadline=5.0, check=check).check()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_texts())
def test_documents_as_published_read_back_exactly_after_writing(text):
    plan = rulegov.parse_plan(text)
    assert unaccounted(plan) == []
    said: list[rulegov.Diagnostic] = []
    written = rulegov.format_plan(plan, diagnostics=said)
    assert said == []
    assert structure(rulegov.parse_plan(written)) == structure(plan)


@settings(max_examples=60, deadline=None)
@given(printable_plans())
def test_plans_made_in_code_read_back_or_say_what_was_not_written(plan):
    said: list[rulegov.Diagnostic] = []
    written = rulegov.format_plan(plan, diagnostics=said)
    if not said:
        assert structure(rulegov.parse_plan(written)) == structure(plan)
    assert all(d.code == "not-written" for d in said)


def test_what_the_issue_names_reads_back():
    loose_then_sections = "工作计划\n1.开展培训。\n一、加强领导\n2.召开会议。\n三、其他\n"
    no_title = "各单位：\n一、加强领导\n1.召开会议。\n"
    early_year = "区司法局\n0217年4月3日\n某某工作计划\n一、加强\n1.开展。\n"
    for text in (loose_then_sections, no_title, early_year):
        plan = rulegov.parse_plan(text)
        said: list[rulegov.Diagnostic] = []
        written = rulegov.format_plan(plan, diagnostics=said)
        assert said == []
        assert structure(rulegov.parse_plan(written)) == structure(plan)
    assert rulegov.format_plan(rulegov.parse_plan(no_title)).count("各单位：") == 1
    assert "0217年4月3日" in rulegov.format_plan(rulegov.parse_plan(early_year))


def test_a_title_that_reads_as_a_signature_is_written_with_its_label():
    plan = rulegov.Plan.model_validate(
        {
            "title": "区传律层机局",
            "recipients": ["各单位"],
            "sections": [
                {"id": "s1", "number": "一", "level": 1, "title": "加强", "tasks": [
                    {"id": "t1", "number": "1", "path": ["一", "1"], "title": "开展", "text": "开展。"}]}
            ],
        }
    )  # fmt: skip
    said: list[rulegov.Diagnostic] = []
    written = rulegov.format_plan(plan, diagnostics=said)
    assert said == []
    assert "标题：区传律层机局" in written
    again = rulegov.parse_plan(written)
    assert (again.title, again.issuer, again.recipients) == ("区传律层机局", None, ["各单位"])


def test_a_separator_row_after_a_one_row_table_is_accounted_for():
    plan = rulegov.parse_plan("工作计划\n|序号|工作任务|\n|1|开展培训|\n|--|--|\n")
    assert unaccounted(plan) == []
    assert any(d.code == "table-rule" and d.line == 4 for d in plan.diagnostics)


# the real documents collected since: plans of many printings and appraisal documents (their
# tune halves), whose odd corners (glosses, tables in parts, run-in headings) the sweep mutates
REAL_PLANS = sorted(
    (pathlib.Path(__file__).parent / "documents").glob("unseen*/tune/*.txt"), key=str
)
REAL_SCHEMES = sorted((pathlib.Path(__file__).parent / "schemes").glob("real*/tune/*.txt"), key=str)


def _real_case(
    paths: list[pathlib.Path], read: Callable[[str], object]
) -> Callable[[random.Random], tuple[str, Callable[[], object]]]:
    def make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
        path = rng.choice(paths)
        text = mutate_text(rng, path.read_text(encoding="utf-8"), edits=rng.randrange(1, 8))
        return f"{path.name}: {text[:300]!r}...", lambda: read(text)

    return make_case


def test_mutated_real_plans_parse_or_are_refused_and_lose_no_line():
    assert len(REAL_PLANS) > 100
    rulegov.parse_plan(REAL_PLANS[0].read_text(encoding="utf-8"))  # the budget is for the cases
    make_case = _real_case(REAL_PLANS, lambda text: rulegov.parse_plan(text, source="fuzz"))
    sweep(
        "real plans", make_case, seed=20261203, budget=10.0, case_deadline=10.0, check=_lines_lost
    ).check()


def _lines_lost(result: object) -> str | None:
    """The lines of a plan read that no span holds and no diagnostic names."""
    missed = unaccounted(result) if isinstance(result, rulegov.Plan) else []
    return f"lines in no span and no diagnostic: {missed[:3]}" if missed else None


def test_mutated_real_appraisal_documents_read_or_are_refused():
    assert len(REAL_SCHEMES) > 100
    rulegov.parse_scheme(REAL_SCHEMES[0].read_text(encoding="utf-8"))
    make_case = _real_case(REAL_SCHEMES, lambda text: rulegov.parse_scheme(text, source="fuzz"))
    sweep("real schemes", make_case, seed=20261204, budget=10.0, case_deadline=10.0).check()
