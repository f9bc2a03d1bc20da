"""Plans, sections, tasks, units and assessments as HTML in Jupyter: escaped, bounded, complete."""

from __future__ import annotations

import datetime as dt
import html.parser
from typing import Any

import pytest
from hypothesis import given, settings

import rulegov
import rulegov.graph
from rulegov.render._html import MAX_ROWS, MAX_TASKS
from strategies import plans

ALLOWED_TAGS = {"div", "table", "tr", "th", "td", "span", "p", "details", "summary", "br", "b"}
ALLOWED_ATTRIBUTES = {"style", "colspan", "open"}


class _Tags(html.parser.HTMLParser):
    """Every start tag and attribute name, and the text between tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    tags.close()
    return tags


def _hostile_plan() -> rulegov.Plan:
    return rulegov.Plan.model_validate(
        {
            "title": "<script>alert('plan')</script>",
            "issuer": 'x" onmouseover="alert(1)',
            "units": [{"id": "u1", "name": "<img src=x onerror=alert(1)>", "short_names": ["A&B"]}],
            "coordination_groups": [{"id": "g1", "name": "<b>group</b>", "tasks": ["t1"]}],
            "assessments": [
                {"id": "a1", "kind": "inspection", "name": "<iframe>", "task": "t1"},
            ],
            "sections": [
                {
                    "id": "s1",
                    "number": "一",
                    "level": 1,
                    "title": "<style>body{display:none}</style>",
                    "tasks": [
                        {
                            "id": "t1",
                            "number": "1",
                            "path": ["一", "1"],
                            "title": "<script>alert('task')</script>",
                            "text": "</details></div><script>",
                            "assignments": [{"unit": "u1", "role": "lead", "note": "<hr>"}],
                            "targets": [{"text": "<b>100%</b>", "comparator": "eq", "value": 100}],
                            "citations": [{"title": "<a href='http://evil'>x</a>"}],
                        }
                    ],
                }
            ],
            "diagnostics": [{"code": "x", "message": "<script>", "line": 2, "column": 3}],
        }
    )


def _pages(plan: rulegov.Plan) -> dict[str, str]:
    return {
        "plan": plan._repr_html_(),
        "section": plan.sections[0]._repr_html_(),
        "task": plan.tasks[0]._repr_html_(),
        "unit": plan.units[0]._repr_html_(),
        "assessment": plan.assessments[0]._repr_html_(),
    }


def test_markup_in_values_is_shown_as_text_never_run():
    plan = _hostile_plan()
    pages = _pages(plan)
    for name, page in pages.items():
        assert "<script" not in page, name
        tags = _read(page)
        assert set(tags.tags) <= ALLOWED_TAGS, (name, set(tags.tags) - ALLOWED_TAGS)
        assert tags.attributes <= ALLOWED_ATTRIBUTES, name
        assert "<a " not in page, name  # the cited link and image stay text: no external resource
        assert "<img" not in page, name
    assert "&lt;script&gt;alert(&#x27;plan&#x27;)&lt;/script&gt;" in pages["plan"]
    assert "&lt;script&gt;alert(&#x27;task&#x27;)&lt;/script&gt;" in pages["task"]
    assert "x&quot; onmouseover=&quot;alert(1)" in pages["plan"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages["unit"]
    assert "A&amp;B" in pages["unit"]
    text = "".join(_read(pages["plan"]).text)
    assert "<script>alert('plan')</script>" in text  # readable as text
    assert "<b>group</b>" in text
    assert "<iframe>" in text
    assert "《<a href='http://evil'>x</a>》" in text


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(plans())
def test_any_plan_renders_only_its_own_markup(plan):
    for name, page in _pages_of_any(plan).items():
        tags = _read(page)
        assert set(tags.tags) <= ALLOWED_TAGS, name
        assert tags.attributes <= ALLOWED_ATTRIBUTES, name
        assert "<script" not in page.lower(), name
        text = "".join(tags.text)
        if name == "plan":
            assert plan.title[:300] in text


def _pages_of_any(plan: rulegov.Plan) -> dict[str, str]:
    pages = {"plan": plan._repr_html_()}
    for i, section in enumerate(plan.walk_sections()):
        pages[f"section {i}"] = section._repr_html_()
    for task in plan.tasks:
        pages[f"task {task.id}"] = task._repr_html_()
    for unit in plan.units:
        pages[f"unit {unit.id}"] = unit._repr_html_()
    for assessment in plan.assessments:
        pages[f"assessment {assessment.id}"] = assessment._repr_html_()
    return pages


def test_the_reference_plan_shows_its_key_facts(reference_plan):
    page = reference_plan._repr_html_()
    text = "".join(_read(page).text)
    assert reference_plan.title in text
    assert "区依法治区办 (中共盐城经济技术开发区工委全面依法治区委员会办公室)" in text
    assert "2023-05-10" in text
    assert "5 sections · 16 tasks · 11 units · 3 coordination groups · 16 assessments" in text
    assert "yancheng_2023.txt" in text
    for task in reference_plan.tasks:
        assert task.title in text
    # units by role, time frame, targets and the checks of task 4
    assert "lead 牵头 工委全面依法治区委员会办公室" in text
    assert "2个以上 (≥ 2 个)" in text
    assert "100% (= 100 %)" in text
    assert "适时 (in due time)" in text
    assert "duty report" in text
    for group in reference_plan.coordination_groups:
        assert group.name in text
    for citation in reference_plan.cited_documents:
        assert f"《{citation.title}》" in text
    assert "Units: 11" in text
    assert "Assessments: 16" in text
    assert "Citations: 8" in text
    # a plan of 16 tasks opens every section of its outline
    assert page.count("<details open>") == 1 + len(reference_plan.sections)


def test_the_units_table_lists_task_numbers_by_role(reference_plan):
    text = "".join(_read(reference_plan._repr_html_()).text)
    office = reference_plan.unit("区依法治区办")
    leads = [t.number for t in reference_plan.tasks_of(office.id, "lead")]
    assert f"lead 牵头: {', '.join(leads)}" in text


def test_a_task_shows_its_measures_timing_and_text(reference_plan):
    task = reference_plan.task("9")
    text = "".join(_read(task._repr_html_()).text)
    assert text.startswith("task 9: 切实加强法治督察工作")
    assert "三 › 9" in text
    assert "t9.m2: 科学制定整改方案" in text
    assert "cooperating 配合 各部门" in text
    assert task.text in text


def test_tables_and_task_pages_name_the_time_frame_column(reference_plan):
    plan_text = _read(reference_plan._repr_html_()).text
    task_text = _read(reference_plan.task("9")._repr_html_()).text
    for text in (plan_text, task_text):
        assert "time frame" in text
        assert "timing" not in text


def test_a_task_shows_its_progress():
    task = rulegov.Task(
        id="t1",
        number="1",
        path=("1",),
        title="开展培训",
        progress=[{"on": dt.date(2023, 6, 30), "status": "in_progress", "percent_complete": 40}],
        timeframe={"kind": "deadline", "end": dt.date(2023, 6, 30), "text": "6月底前"},
    )
    text = "".join(_read(task._repr_html_()).text)
    assert "in progress, 40 % on 2023-06-30" in text
    assert "6月底前 (deadline, due 2023-06-30)" in text


def test_a_parsed_plan_shows_its_diagnostics_with_line_and_column():
    plan = rulegov.parse_plan("3.加强普法队伍建设。\n牵头单位：区司法局\n4.推进法治文化建设。")
    text = "".join(_read(plan._repr_html_()).text)
    assert "Diagnostics: 3 (3 warning)" in text
    assert "3:1" in text
    assert "task 4 (推进法治文化建设) names no responsible unit" in text


def _big_plan(tasks: int) -> rulegov.Plan:
    per_section = 100
    sections: list[dict[str, Any]] = [
        {
            "id": f"s{s}",
            "number": str(s + 1),
            "level": 1,
            "title": f"第{s + 1}部分",
            "tasks": [
                {
                    "id": f"t{s}-{i}",
                    "number": f"（{i + 1}）",
                    "path": [str(s + 1), f"（{i + 1}）"],
                    "title": f"任务{s}-{i}" + "很长" * 400,
                    "assignments": [{"unit": "u1", "role": "lead"}],
                }
                for i in range(per_section)
            ],
        }
        for s in range(tasks // per_section)
    ]
    return rulegov.Plan.model_validate(
        {"title": "大计划", "units": [{"id": "u1", "name": "区司法局"}], "sections": sections}
    )


def test_a_big_plan_gives_a_page_of_bounded_size():
    small = _big_plan(500)._repr_html_()
    big = _big_plan(3000)._repr_html_()
    assert "2700 more tasks not shown; see plan.tasks" in big
    assert big.count("<tr><td") <= MAX_TASKS + 30  # task rows, plus the few other tables
    assert len(big) < len(small) * 1.2
    assert "<details open>" in big  # the outline itself
    assert big.count("<details open>") == 1  # but no section is open: there are too many tasks
    assert "很长" * 140 in big  # long values are cut
    assert "很长" * 160 not in big


def test_long_tables_count_what_they_leave_out():
    units = [{"id": f"u{i}", "name": f"单位{i}"} for i in range(MAX_ROWS + 7)]
    plan = rulegov.Plan.model_validate({"title": "计划", "units": units})
    text = "".join(_read(plan._repr_html_()).text)
    assert "… 7 more rows not shown" in text
    assert f"单位{MAX_ROWS - 1}" in text
    assert f"单位{MAX_ROWS}" not in text


def test_graph_schedule_and_evaluation_share_the_look_and_the_bound(reference_plan):
    graph = rulegov.TaskGraph({f"n{i}": 1 for i in range(MAX_ROWS + 5)})
    schedule = graph.schedule()
    scheme = rulegov.datasets.yancheng_2023_scheme()
    data, categories = rulegov.datasets.yancheng_2023_appraisal()
    evaluation = rulegov.evaluate(scheme, data, categories=categories)
    pages = {
        "graph": rulegov.TaskGraph.from_plan(reference_plan)._repr_html_(),
        "schedule": schedule._repr_html_(),
        "evaluation": evaluation._repr_html_(),
        "explanation": evaluation.explain("步凤镇")._repr_html_(),
        "plan": reference_plan._repr_html_(),
    }
    box = pages["plan"][: pages["plan"].index(">") + 1]
    for name, page in pages.items():
        assert page.startswith(box), name
        tags = _read(page)
        assert set(tags.tags) <= ALLOWED_TAGS, name
        assert "<script" not in page, name
    assert "… 5 more rows not shown" in "".join(_read(pages["schedule"]).text)
    assert "步凤镇" in pages["evaluation"]


def test_schemes_groups_calendars_overviews_and_diagnostics_have_displays(reference_plan):
    scheme = rulegov.datasets.yancheng_2023_scheme()
    parsed = rulegov.parse_plan("3.加强普法队伍建设。\n牵头单位：区司法局\n4.推进法治文化建设。")
    pages = {
        "scheme": scheme._repr_html_(),
        "group": reference_plan.coordination_groups[0]._repr_html_(),
        "calendar": rulegov.Calendar.china(2024)._repr_html_(),
        "overview": rulegov.graph.plan_overview(reference_plan)._repr_html_(),
        "diagnostics": rulegov.Diagnostics(parsed.diagnostics)._repr_html_(),
        "diagnostic": parsed.diagnostics[0]._repr_html_(),
    }
    box = reference_plan._repr_html_()[: reference_plan._repr_html_().index(">") + 1]
    for name, page in pages.items():
        assert page.startswith(box), name
        assert set(_read(page).tags) <= ALLOWED_TAGS, name
    text = {name: "".join(_read(page).text) for name, page in pages.items()}
    assert "盐城经开区2023年度全面依法治区工作考核细则（示例）" in text["scheme"]
    assert "16 items, 100 points" in text["scheme"]
    assert "执法协调小组" in text["group"]
    assert "t10" in text["group"]
    assert "2024-02-04" in text["calendar"]  # a Sunday worked before the Spring Festival
    assert "make-up working day" in text["calendar"]
    assert "duration 241 days" in text["overview"]
    assert "3 diagnostics (3 warning)" in text["diagnostics"]
    assert "names no responsible unit" in text["diagnostics"]
    assert "1 diagnostic (1 warning)" in text["diagnostic"]


def test_new_displays_escape_markup_and_round_numbers():
    group = rulegov.CoordinationGroup(id="g", name="<script>alert(1)</script>小组", tasks=["t<1>"])
    assert "<script" not in group._repr_html_()
    assert "&lt;script&gt;" in group._repr_html_()
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "name": "<b>方案</b>",
            "root": {
                "id": "all",
                "children": [{"id": "a", "weight": 1 / 3}, {"id": "b", "weight": 2 / 3}],
            },
        }
    )
    page = scheme._repr_html_()
    assert "<b>方案" not in page
    cells = _read(page).text
    assert "0.3333" in cells
    assert "0.6667" in cells
    assert not any("0.33333" in cell for cell in cells)
    data, categories = rulegov.datasets.yancheng_2023_appraisal()
    explanation = rulegov.evaluate(
        rulegov.datasets.yancheng_2023_scheme(), data, categories=categories
    ).explain("区司法局")
    weights = _read(explanation._repr_html_()).text
    assert "1.176" in weights
    assert not any("1.17647" in cell for cell in weights)


def test_every_model_without_its_own_display_shows_its_fields(reference_plan):
    task = reference_plan.task("4")
    models = {
        "Target": task.targets[0],
        "Measure": task.measures[0],
        "TimeFrame": reference_plan.tasks[0].timeframe,
        "Dependency": reference_plan.dependencies[0],
        "Citation": reference_plan.cited_documents[0],
        "Notice": reference_plan.notice,
        "SourceText": reference_plan.source,
        "Node": rulegov.datasets.yancheng_2023_scheme().root,
    }
    box = reference_plan._repr_html_()[: reference_plan._repr_html_().index(">") + 1]
    for name, model in models.items():
        page = model._repr_html_()
        assert page.startswith(box), name
        assert set(_read(page).tags) <= ALLOWED_TAGS, name
        assert name in "".join(_read(page).text), name
    target = "".join(_read(task.targets[0]._repr_html_()).text)
    assert "2个以上" in target
    assert "higher_is_better" in target  # an enumeration shows its value
    weight = rulegov.Target(text="三分之一", comparator="ge", value=1 / 3)
    assert "0.3333" in _read(weight._repr_html_()).text
    hostile = rulegov.Citation(title="<script>alert(1)</script>")
    assert "<script" not in hostile._repr_html_()


def test_a_scheme_shows_its_criteria_under_their_item_without_points_of_their_own():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、执法主体（10分）\n1. 未按规定亮证执法的，每发现一次扣1分；\n"
        "2. 执法人员无执法证件的，扣2分。\n3. 着装规范。\n"
    )
    text = "".join(_read(scheme._repr_html_()).text)
    assert "1 items, 10 points" in text
    assert "criterion: its rules take points off 1" in text
    assert "1.1-1: -1 (1. 未按规定亮证执法的，每发现一次扣1分)" in text
    assert "manual: a rater judges it" in text  # 3. 着装规范 states no deduction
    assert text.count("执法人员无执法证件的，扣2分") == 1  # in its criterion's row only


def test_the_html_of_an_explanation_names_the_rule_that_forced_the_grade_and_the_block():
    data, categories = rulegov.datasets.yancheng_2023_appraisal()
    evaluation = rulegov.evaluate(
        rulegov.datasets.yancheng_2023_scheme(), data, categories=categories
    )
    page = evaluation.explain("区司法局")._repr_html_()
    text = _read(page).text
    assert set(_read(page).tags) <= ALLOWED_TAGS
    # the veto that forced "fail", as Evaluation.reason says it, beside the grade and its label
    assert f"grade fail (不合格): {evaluation.reason('区司法局')}" in text
    assert text[2] == (
        "grade fail (不合格): veto 'major-incident' (发生重大法治事件，造成恶劣影响的，一票否决): "
        "force 'fail'"
    )
    # the bonus and penalty lines the text form shows
    assert "bonus award-provincial: +1 (获省级法治建设表彰每项加1分: 1 × 1 points)" in text
    assert (
        "penalty notified-criticism: +0 (被市级以上通报批评每次扣2分: no data: not applied)" in text
    )
    # a grade no rule moved says which band gave it
    assert (
        "grade excellent: 92.93 lies in [92, +inf): excellent (优秀)"
        in _read(evaluation.explain("步凤镇")._repr_html_()).text
    )
    # the ranking shows the grade's label beside its key, under the same columns as elsewhere
    ranking = _read(evaluation._repr_html_()).text
    assert ranking[:5] == ["rank", "unit", "score", "grade", "reason"]
    assert "excellent (优秀)" in ranking
