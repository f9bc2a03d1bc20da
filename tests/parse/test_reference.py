"""The parser reproduces the bundled reference plan's structure and facts exactly."""

from __future__ import annotations

import pytest

import rulegov

TEXT = rulegov.datasets.yancheng_2023_text()


@pytest.fixture(scope="module")
def parsed() -> rulegov.Plan:
    return rulegov.parse_plan(TEXT, source="yancheng_2023.txt")


def test_the_notice_matches(parsed, reference_plan):
    assert parsed.recipients == reference_plan.recipients
    assert parsed.recipients == [
        "各基层党(工)委(组)",
        "各园区",
        "镇(街道)",
        "各部委办局",
        "区各直属(双管)单位",
    ]
    assert parsed.issuer == reference_plan.issuer == "区依法治区办"
    assert parsed.issued_on == reference_plan.issued_on
    assert parsed.issued_on.isoformat() == "2023-05-10"
    assert parsed.title == reference_plan.title
    assert parsed.notice is not None
    assert parsed.notice.text == reference_plan.notice.text
    assert parsed.preamble == reference_plan.preamble
    assert parsed.kind is rulegov.PlanKind.WORK_PLAN
    assert parsed.period == rulegov.Period.year(2023)


def test_plan_level_spans_match(parsed, reference_plan):
    assert parsed.spans == reference_plan.spans
    assert parsed.source is not None
    assert parsed.source.text == TEXT
    assert parsed.source.excerpt(parsed.spans["title"]) == TEXT.splitlines()[4]


def test_sections_match(parsed, reference_plan):
    got = [
        (s.id, s.number, s.level, s.title, s.kind, s.span, s.title_span) for s in parsed.sections
    ]
    want = [
        (s.id, s.number, s.level, s.title, s.kind, s.span, s.title_span)
        for s in reference_plan.sections
    ]
    assert got == want
    assert [s.id for s in parsed.sections] == ["s1", "s2", "s3", "s4", "s5"]


def test_tasks_match(parsed, reference_plan):
    got = [(t.id, t.number, t.path, t.title, t.text, t.span, t.title_span) for t in parsed.tasks]
    want = [
        (t.id, t.number, t.path, t.title, t.text, t.span, t.title_span)
        for t in reference_plan.tasks
    ]
    assert got == want
    assert [t.id for t in parsed.tasks] == [f"t{i}" for i in range(1, 17)]
    assert [len(s.tasks) for s in parsed.sections] == [4, 4, 3, 2, 3]


def test_citations_match(parsed, reference_plan):
    def facts(plan: rulegov.Plan) -> list[tuple[object, ...]]:
        return [(c.title, c.doc_number, c.issuer, c.span) for c in plan.cited_documents]

    assert facts(parsed) == facts(reference_plan)
    assert len(parsed.cited_documents) == 8
    by_task = {t.number: [c.title for c in t.citations] for t in parsed.tasks if t.citations}
    assert sorted(by_task, key=int) == ["1", "2", "12", "14", "15", "16"]
    assert (
        by_task["12"][1]
        == "关于转发中央全面依法治国委员会〈关于进一步加强市县法治建设的意见〉的通知"
    )
    assert by_task["15"] == ["盐城市落实新时代法治人才培养规划的实施方案(2022-2025年)"]


def test_quantitative_targets_match(parsed, reference_plan):
    def facts(plan: rulegov.Plan) -> list[tuple[object, ...]]:
        return [
            (t.number, g.comparator, g.value, g.unit_of_measure, g.text, g.span)
            for t in plan.tasks
            for g in t.targets
            if g.is_quantitative
        ]

    assert facts(parsed) == facts(reference_plan)
    assert [(n, c, v, u) for n, c, v, u, _, _ in facts(parsed)] == [
        ("4", rulegov.Comparator.GE, 2.0, "个"),
        ("7", rulegov.Comparator.EQ, 100.0, "%"),
    ]


def test_names_years_and_anniversaries_are_not_targets(parsed):
    texts = {g.text for t in parsed.tasks for g in t.targets}
    for word in ("60周年", "20周年", "二十条措施", "1+4", "八五", "2023年", "2022年"):
        assert not any(word in text for text in texts)


def test_timing_words_match(parsed, reference_plan):
    got = [t.timeframe for t in parsed.tasks]
    want = [t.timeframe for t in reference_plan.tasks]
    assert got == want


def test_issuer_unit_merges_full_and_short_name(parsed):
    office = parsed.unit(parsed.issuer_unit or "")
    assert office.name == "中共盐城经济技术开发区工委全面依法治区委员会办公室"
    assert office.known_as("区依法治区办")
    assert office.kind is rulegov.UnitKind.OFFICE


def test_no_units_is_reported_once(parsed):
    assert [(d.code, d.severity) for d in parsed.diagnostics] == [
        ("no-units", rulegov.Severity.INFO)
    ]
