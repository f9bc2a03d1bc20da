import datetime as dt

import pytest

import rulegov
from rulegov.evaluation import RoleWeights, plan_data, plan_indicators


def _plan():
    def task(number, assignments, due, progress, **extra):
        section = extra.pop("section", "一")
        return {
            "id": f"t{number}",
            "number": str(number),
            "path": [section, str(number)],
            "title": f"任务{number}",
            "assignments": assignments,
            "progress": progress,
            "timeframe": {"kind": "deadline", "end": due},
            **extra,
        }

    lead = {"unit": "office", "role": "lead"}
    coop = {"unit": "court", "role": "cooperating"}
    sup = {"unit": "inspector", "role": "supervising"}
    return rulegov.Plan(
        title="计划",
        units=[
            {"id": "office", "name": "依法治区办"},
            {"id": "court", "name": "法院"},
            {"id": "inspector", "name": "督查室"},
        ],
        sections=[
            {
                "id": "s1",
                "number": "一",
                "level": 1,
                "title": "一",
                "tasks": [
                    task(
                        1, [lead, coop], "2023-06-30", [{"on": "2023-06-20", "status": "completed"}]
                    ),
                    task(
                        2,
                        [lead, sup],
                        "2023-06-30",
                        [
                            {"on": "2023-05-01", "status": "in_progress", "percent_complete": 40},
                            {"on": "2023-09-01", "status": "completed"},
                        ],
                        targets=[{"comparator": "ge", "value": 2, "text": "2个以上"}],
                    ),
                ],
            },
            {
                "id": "s2",
                "number": "二",
                "level": 1,
                "title": "二",
                "tasks": [
                    task(
                        3,
                        [coop],
                        "2023-12-31",
                        [{"on": "2023-07-01", "status": "in_progress", "percent_complete": 50}],
                        section="二",
                    ),
                ],
            },
        ],
        coordination_groups=[{"id": "g", "name": "执法协调小组", "tasks": ["t1", "t3"]}],
        assessments=[
            {"id": "a1", "kind": "inspection", "name": "督察", "task": "t1", "outcome": "合格"},
            {"id": "a2", "kind": "inspection", "name": "督察", "task": "t1", "outcome": "不合格"},
        ],
    )


def test_task_values_as_of_a_day():
    facts = plan_indicators(_plan(), on=dt.date(2023, 7, 31), observations={"t2": [3]})
    assert facts.tasks["t1"] == {
        "completion": 1.0,
        "on_time": 1.0,
        "targets_met": None,
        "assessments_passed": 0.5,
    }
    # t2: 40 % by 31 July, past its deadline: late; its target (at least 2) is met by 3
    assert facts.tasks["t2"]["completion"] == 0.4
    assert facts.tasks["t2"]["on_time"] == 0.0
    assert facts.tasks["t2"]["targets_met"] == 1.0
    # t3 is not due yet: timeliness is not known
    assert facts.tasks["t3"]["on_time"] is None
    later = plan_indicators(_plan(), on=dt.date(2023, 12, 31))
    assert later.tasks["t2"]["completion"] == 1.0
    assert later.tasks["t2"]["on_time"] == 0.0  # completed, but after 30 June


def test_rollups_by_role_group_section_and_plan():
    facts = plan_indicators(_plan(), on=dt.date(2023, 7, 31))
    assert facts.units["office"]["completion"] == pytest.approx(0.7)
    # the court cooperates on t1 and t3 with equal weight 0.5; t1's report names no unit and goes
    # to the office, which leads it (0 for the court); t3 has no lead, and the court its 0.5
    assert facts.units["court"]["completion"] == pytest.approx(0.25)
    assert "inspector" not in facts.units  # supervising answers for nothing by default
    assert facts.groups["g"]["completion"] == pytest.approx(0.75)
    assert facts.sections["s1"]["completion"] == pytest.approx(0.7)
    assert facts.plan["completion"] == pytest.approx((1 + 0.4 + 0.5) / 3)
    weighted = plan_indicators(
        _plan(), on=dt.date(2023, 7, 31), role_weights=RoleWeights(supervising=0.2)
    )
    # the inspector answers for t2 now, but t2's reports name no unit: they are the office's
    assert weighted.units["inspector"]["completion"] == 0.0
    assert set(weighted.units["inspector"]) == set(facts.units["office"])


def test_unit_task_data_feeds_an_appraisal():
    facts = plan_indicators(_plan(), on=dt.date(2023, 7, 31))
    data, skipped = facts.unit_task_data()
    # units are named as the plan names them; the reports name no unit: t1's counts for its
    # lead, the office, not the court; t3 has only the court, which it counts for as it is
    assert data["法院"] == {"t1": 0.0, "t3": 0.5}
    assert skipped["法院"] == ["t2"]
    scheme = rulegov.Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "aggregation": "sum",
                "rescale": True,
                "children": [
                    {"id": "t1", "points": 40},
                    {"id": "t2", "points": 30},
                    {"id": "t3", "points": 30},
                ],
            },
        }
    )
    result = rulegov.evaluate(scheme, data, not_applicable=skipped)
    assert result.score("法院") == pytest.approx(15 / 70 * 100)
    assert result.score("依法治区办") == pytest.approx((40 + 12) / 70 * 100)


def _shared_task(progress):
    return rulegov.Plan(
        title="计划",
        units=[{"id": "u1", "name": "区司法局"}, {"id": "u2", "name": "区公安分局"}],
        sections=[
            {"id": "s1", "number": "一", "level": 1, "title": "一", "tasks": [
                {"id": "t1", "number": "1", "path": ["一", "1"], "title": "任务",
                 "assignments": [{"unit": "u1", "role": "lead"},
                                 {"unit": "u2", "role": "cooperating"}],
                 "progress": progress}]}],
    )  # fmt: skip


def test_a_report_counts_for_the_unit_that_filed_it():
    plan = _shared_task([{"on": "2023-06-20", "unit": "u1", "status": "completed"}])
    data, _ = plan_indicators(plan, on=dt.date(2023, 12, 31)).unit_task_data()
    assert data == {"区司法局": {"t1": 1.0}, "区公安分局": {"t1": 0.0}}


def test_with_no_reports_no_unit_is_credited_for_work():
    facts = plan_indicators(_shared_task([]), on=dt.date(2023, 12, 31))
    data, _ = facts.unit_task_data()
    assert data == {"区司法局": {"t1": 0.0}, "区公安分局": {"t1": 0.0}}
    assert facts.units["u2"]["completion"] == 0.0


def test_a_report_naming_no_unit_counts_for_the_lead_only():
    plan = _shared_task([{"on": "2023-06-20", "status": "completed"}])
    facts = plan_indicators(plan, on=dt.date(2023, 12, 31))
    data, _ = facts.unit_task_data()
    # the cooperating unit is not credited with the lead's work
    assert data == {"区司法局": {"t1": 1.0}, "区公安分局": {"t1": 0.0}}
    assert [(d.code, d.severity.value) for d in facts.diagnostics] == [("unnamed-reports", "info")]
    assert "credited to the task's lead units (牵头)" in facts.diagnostics[0].message
    assert "tasks t1;" in facts.diagnostics[0].message
    # reports filed after the day are not counted, and make no note
    assert plan_indicators(plan, on=dt.date(2023, 6, 1)).diagnostics == ()


def test_a_supervising_units_report_counts_for_no_unit_nor_the_task_with_a_warning():
    data = _shared_task([]).model_dump()
    data["units"].append({"id": "u3", "name": "区委依法治区办"})
    task = data["sections"][0]["tasks"][0]
    task["assignments"].append({"unit": "u3", "role": "supervising"})
    task["progress"] = [{"on": "2023-06-20", "unit": "u3", "status": "completed"}]
    facts = plan_indicators(rulegov.Plan.model_validate(data), on=dt.date(2023, 12, 31))
    assert facts.unit_task_data()[0] == {"区司法局": {"t1": 0.0}, "区公安分局": {"t1": 0.0}}
    assert facts.tasks["t1"]["completion"] == 0.0  # as status: the task is not done
    [diagnostic] = facts.diagnostics
    assert diagnostic.code == "report-without-role"
    assert "by 区委依法治区办 on task 1 (任务), which it only supervises" in diagnostic.message
    # weighted above 0, supervising answers for the task and its reports count
    weights = RoleWeights(supervising=0.5)
    facts = plan_indicators(
        rulegov.Plan.model_validate(data), on=dt.date(2023, 12, 31), role_weights=weights
    )
    assert (facts.diagnostics, facts.tasks["t1"]["completion"]) == ((), 1.0)


def test_a_report_by_a_unit_without_a_role_on_the_task_is_a_warning_naming_both():
    data = _shared_task([]).model_dump()
    data["units"].append({"id": "u3", "name": "区市场监管局"})
    data["sections"][0]["tasks"][0]["progress"] = [
        {"on": "2023-06-20", "unit": "u3", "status": "completed"}
    ]
    plan = rulegov.Plan.model_validate(data)
    facts = plan_indicators(plan, on=dt.date(2023, 12, 31))
    assert facts.unit_task_data()[0] == {"区司法局": {"t1": 0.0}, "区公安分局": {"t1": 0.0}}
    [diagnostic] = facts.diagnostics
    assert (diagnostic.code, diagnostic.severity.value) == ("report-without-role", "warning")
    assert "a progress report by 区市场监管局 on task 1 (任务)" in diagnostic.message
    assert "counts for no unit and not for the task" in diagnostic.message
    assert facts.tasks["t1"]["completion"] == 0.0


def test_with_no_lead_a_report_naming_no_unit_counts_for_the_responsible_units():
    plan = _shared_task([{"on": "2023-06-20", "percent_complete": 60, "status": "in_progress"}])
    task = plan.tasks[0]
    task.assignments[0].role = rulegov.Role.RESPONSIBLE
    data, _ = plan_indicators(plan, on=dt.date(2023, 12, 31)).unit_task_data()
    assert data == {"区司法局": {"t1": 0.6}, "区公安分局": {"t1": 0.0}}


def test_plan_data_names_units_as_the_plan_does():
    plan = rulegov.datasets.yancheng_2023()
    office = "中共盐城经济技术开发区工委全面依法治区委员会办公室"
    mapped = plan_data(plan, {"u-office": {"t1": 1}, "有关部门": {"t1": 0}})
    assert mapped == {office: {"t1": 1}, "区有关部门": {"t1": 0}}
    assert plan_data(plan, {"区依法治区办": "department"}) == {office: "department"}
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan_data(plan, {"区司法": {"t1": 1}})
    error = caught.value
    assert (error.code, error.unit, error.path) == ("unknown-unit", "区司法", "data.区司法")
    assert "did you mean '司法所'?" in str(error)
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan_data(plan, {"区司法": "department"}, path="categories")
    # the parameter is the start of the path, not a model
    assert (caught.value.path, caught.value.model) == ("categories.区司法", "")
    assert str(caught.value).startswith("invalid data: categories.区司法: ")
    with pytest.raises(rulegov.EvaluationError, match="'u-office' and '区依法治区办' both name"):
        plan_data(plan, {"u-office": {}, "区依法治区办": {}})


def test_errors_name_the_problem():
    with pytest.raises(rulegov.EvaluationError, match="role weight must lie between 0 and 1"):
        RoleWeights(lead=2)
    with pytest.raises(rulegov.EvaluationError, match="task 't2': 2 observations for 1"):
        plan_indicators(_plan(), on=dt.date(2023, 7, 31), observations={"t2": [1, 2]})
    with pytest.raises(rulegov.EvaluationError, match="unknown indicator 'speed'"):
        plan_indicators(_plan(), on=dt.date(2023, 7, 31)).unit_task_data("speed")


def test_reference_plan_feeds_indicators():
    plan = rulegov.datasets.yancheng_2023()
    facts = plan_indicators(plan, on=dt.date(2023, 12, 31))
    assert set(facts.tasks) == {f"t{n}" for n in range(1, 17)}
    assert set(facts.sections) == {"s1", "s2", "s3", "s4", "s5"}
    assert facts.units["u-office"]["completion"] == 0.0  # no progress reported in the text
    assert set(facts.shares["u-departments"]) == {"t1", "t6", "t9"}


def test_plan_data_reports_every_unknown_and_every_doubled_unit_at_once():
    plan = rulegov.datasets.yancheng_2023()
    with pytest.raises(rulegov.UnknownReferenceError) as caught:
        plan_data(plan, {"区司法": 1, "u-office": 2, "乙局": 3})
    assert [issue.unit for issue in caught.value.issues] == ["区司法", "乙局"]
    with pytest.raises(rulegov.EvaluationError) as doubled:
        plan_data(plan, {"u-office": 1, "区依法治区办": 2, "司法所": 3, "u-judicial-offices": 4})
    assert [issue.code for issue in doubled.value.issues] == ["duplicate-unit"] * 2
    assert doubled.value.unit == "u-office"


def test_every_mismatched_observation_is_reported_at_once():
    with pytest.raises(rulegov.EvaluationError) as caught:
        plan_indicators(_plan(), on=dt.date(2023, 7, 31), observations={"t1": [1], "t2": [1, 2]})
    assert [(i.code, i.task, i.value) for i in caught.value.issues] == [
        ("observation-count-mismatch", "t1", 1),
        ("observation-count-mismatch", "t2", 2),
    ]
