"""Plans read as a new user reads them: units, timing and titles on minimal real wordings."""

from __future__ import annotations

import pytest

import rulegov


def _units_of(plan: rulegov.Plan, number: str) -> list[str]:
    task = next(task for task in plan.tasks if task.number == number)
    names = {unit.id: unit.name for unit in plan.units}
    return [names[assignment.unit] for assignment in task.assignments]


@pytest.mark.parametrize(
    ("party", "other"),
    [
        ("省委办公厅", "省人大常委会办公厅"),
        ("区委办公室", "区人大常委会办公室"),
        ("区委办公室", "区纪委办公室"),
    ],
)
def test_a_party_committee_office_is_not_the_office_of_another_organ(party: str, other: str):
    text = (
        "某县2023年法治建设工作要点\n一、加强监督\n1.开展执法检查。\n"
        f"牵头单位:{other}\n2.开展专项督查。\n牵头单位:{party}\n"
    )
    plan = rulegov.parse_plan(text)
    assert sorted(unit.name for unit in plan.units) == sorted([party, other])
    assert _units_of(plan, "1") == [other]
    assert _units_of(plan, "2") == [party]


def test_a_bracket_of_unit_names_after_a_task_names_its_responsible_units():
    text = (
        "某省法治建设重点任务责任分解\n"
        "1.加强领导干部法律知识学习培训。每年集中学法不少于2次。(省委宣传部、省法制办)\n"
        "2.加强监督考核。全面落实述法制度。(省委组织部、省人大常委会办公厅、省法制办)\n"
        "3.开展普法宣传。(含各镇、各部门)\n"
    )
    plan = rulegov.parse_plan(text)
    assert _units_of(plan, "1") == ["省委宣传部", "省法制办"]
    assert _units_of(plan, "2") == ["省委组织部", "省人大常委会办公厅", "省法制办"]
    task = plan.tasks[0]
    assert {assignment.role for assignment in task.assignments} == {rulegov.Role.RESPONSIBLE}
    assert "省委宣传部" not in task.text
    assert _units_of(plan, "3") == []


def test_a_long_number_out_of_the_lists_order_opens_no_item():
    plan = rulegov.parse_plan(
        "某县2023年法治建设工作要点\n一、加强组织领导\n1.设立奖励。\n1000、2000元分别奖励先进单位。\n"
    )
    assert [task.number for task in plan.tasks] == ["1"]
    assert "1000、2000元" in plan.tasks[0].text


def _numbered(first: int, last: int) -> str:
    return "".join(
        f"{number}.召开第{number}次专题会议。6月底前完成。牵头单位：县司法局；配合单位：县委办、县政府办\n"
        for number in range(first, last + 1)
    )


@pytest.mark.parametrize(("first", "last"), [(998, 1001), (1897, 1902)])
def test_items_numbered_past_999_are_items_of_the_list(first: int, last: int):
    text = "某县2023年法治建设工作要点\n一、加强组织领导\n" + _numbered(1, last)
    plan = rulegov.parse_plan(text)
    assert [task.number for task in plan.tasks][first - 1 :] == [
        str(n) for n in range(first, last + 1)
    ]
    assert [unit.name for unit in plan.units] == ["县司法局", "县委办", "县政府办"]
    assert _units_of(plan, str(last)) == ["县司法局", "县委办", "县政府办"]


def test_a_thousandth_item_takes_its_own_lead_unit():
    text = (
        "某县2023年工作要点\n一、加强组织领导\n"
        "998.召开第998次会议。牵头单位：县司法局\n999.召开第999次会议。牵头单位：县司法局\n"
        "1000.召开第1000次会议。牵头单位：县委办\n1001.召开第1001次会议。牵头单位：县政府办\n"
    )
    plan = rulegov.parse_plan(text)
    assert [task.number for task in plan.tasks] == ["998", "999", "1000", "1001"]
    assert _units_of(plan, "999") == ["县司法局"]
    assert _units_of(plan, "1000") == ["县委办"]


def test_a_line_that_opens_with_a_year_is_no_item_out_of_its_list():
    text = "某县2023年工作要点\n一、加强组织领导\n1.召开会议。\n2021、2022年连续两年获评先进。\n2.开展培训。\n"
    plan = rulegov.parse_plan(text)
    assert [task.number for task in plan.tasks] == ["1", "2"]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("到2015年,任前法律考试率达到90%以上。", "2015-12-31"),
        ("到2013年全部建立制度,到2015年,考试率达90%。", "2015-12-31"),
        ("到2025年底,基本建成法治政府。", "2025-12-31"),
    ],
)
def test_by_a_year_is_a_deadline_at_its_end(sentence: str, due: str):
    plan = rulegov.parse_plan(f"某省2012年重点任务\n1.加强考核。{sentence}(牵头单位:省法制办)\n")
    timeframe = plan.tasks[0].timeframe
    assert timeframe is not None
    assert timeframe.kind is rulegov.TimeFrameKind.DEADLINE
    assert str(timeframe.due) == due


def test_as_of_a_year_is_no_deadline():
    plan = rulegov.parse_plan("某省2012年重点任务\n1.加强考核。截至2015年,考试率达90%。\n")
    assert plan.tasks[0].timeframe is None


@pytest.mark.parametrize("full", ["上海市普陀区人民政府办公室", "区人民政府办公室"])
def test_the_issuers_short_name_in_the_tasks_is_the_issuer(full: str):
    text = (
        f"{full}关于印发2025年普陀区政务公开工作要点的通知\n各街道办事处:\n"
        "现将《2025年普陀区政务公开工作要点》印发给你们,请认真贯彻落实。\n"
        f"{full}\n2025年5月20日\n2025年普陀区政务公开工作要点\n一、夯实根基\n"
        "1.开展政府信息公开制度协同。(责任单位:区府办、各部门,完成时限:全年)\n"
        "2.严格执行公文公开属性审查。(责任单位:区府办,完成时限:全年)\n"
    )
    plan = rulegov.parse_plan(text)
    issuer = next(unit for unit in plan.units if unit.id == plan.issuer_unit)
    assert issuer.name == full
    assert "区府办" in issuer.short_names
    assert _units_of(plan, "1")[0] == full
    assert [unit.name for unit in plan.units].count(full) == 1
    assert "区府办" not in [unit.name for unit in plan.units]


def test_a_district_office_is_not_the_government_office_of_another_level():
    text = (
        "上海市普陀区人民政府办公室关于印发工作要点的通知\n各街道办事处:\n"
        "现将《2025年普陀区政务公开工作要点》印发给你们,请认真贯彻落实。\n"
        "上海市普陀区人民政府办公室\n2025年5月20日\n2025年普陀区政务公开工作要点\n一、夯实根基\n"
        "1.开展政府信息公开制度协同。(责任单位:市府办,完成时限:全年)\n"
    )
    plan = rulegov.parse_plan(text)
    assert _units_of(plan, "1") == ["市府办"]


def test_joint_issuers_run_together_in_the_notice_title_are_two_units():
    text = (
        "省委办公厅省政府办公厅关于印发《深化法治建设重点任务责任分解》的通知\n"
        "苏办发〔2012〕30号 2012年6月11日\n"
        "各市、县(市、区)委,各市、县(市、区)人民政府:\n"
        "《深化法治建设重点任务责任分解》已经省委、省政府领导同志同意,现印发给你们,请认真贯彻执行。\n"
        "深化法治建设重点任务责任分解\n"
        "为认真贯彻深化法治建设大会精神,就重点任务责任分解提出如下意见:\n"
        "1.加强学法培训。牵头单位:省委宣传部\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.issuer == "省委办公厅、省政府办公厅"
    names = [unit.name for unit in plan.units]
    assert names[:2] == ["省委办公厅", "省政府办公厅"]
    assert "省委办公厅省政府办公厅" not in names


def test_a_heading_closed_by_a_colon_is_the_title_and_the_rest_its_text():
    text = (
        "某县2026年工作计划\n一、推进公示\n1.动态更新权力清单：3月底前完成行政执法主体的全面梳理。\n"
        "2.规范事中公示：执法人员应当主动出示执法证件。\n3.主要任务是：推进执法改革。\n"
    )
    plan = rulegov.parse_plan(text)
    first, second, third = plan.tasks
    assert first.title == "动态更新权力清单"
    assert first.measures[0].text == "3月底前完成行政执法主体的全面梳理"
    assert str(first.timeframe.due if first.timeframe else None) == "2026-03-31"
    assert second.title == "规范事中公示"
    assert third.title.startswith("主要任务是")


@pytest.mark.parametrize(
    ("heading", "line", "number"),
    [
        (
            "省委办公厅关于印发《深化法治建设重点任务》的通知",
            "苏办发〔 2012 〕 30 号 2012年6月11日",
            "苏办发〔2012〕30号",
        ),
        (
            "省委办公厅关于印发《深化法治建设重点任务》的通知",
            "2012年6月11日 苏办发〔2012〕30号",
            "苏办发〔2012〕30号",
        ),
        (
            "省委辦公廳關(guān)于印發(fā)《深化法治建設重點任務》的通知",
            "蘇辦發(fā)〔2012〕30號(hào) 2012年6月11日",
            "蘇辦發〔2012〕30號",
        ),
    ],
)
def test_the_number_and_date_line_gives_both_however_it_is_printed(
    heading: str, line: str, number: str
):
    text = (
        f"{heading}\n{line}\n各市委:\n现将《深化法治建设重点任务》印发给你们,请认真贯彻执行。\n"
        "深化法治建设重点任务\n为贯彻大会精神,提出如下意见:\n1.加强学法培训。牵头单位:省委宣传部\n"
    )
    plan = rulegov.parse_plan(text)
    assert plan.doc_number == number
    assert str(plan.issued_on) == "2012-06-11"
    assert plan.title.startswith("深化法治")


_HEAD = "关于2024年法治工作要点\n一、主要任务\n"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("1.每周五14:30召开理论学习例会。", "每周五14:30召开理论学习例会"),
        ("1.优化师生配比达到1:3以上。", "优化师生配比达到1:3以上"),
        ("1.会议强调:要推进依法行政。", "会议强调:要推进依法行政"),
        ("1.动态更新权力清单:3月底前完成梳理。", "动态更新权力清单"),
    ],
)
def test_a_colon_closes_a_heading_only_after_heading_words(item: str, title: str):
    assert rulegov.parse_plan(_HEAD + item + "\n").tasks[0].title == title


@pytest.mark.parametrize("bracket", ["(常态化进行)", "(分批执行)", "(试行)"])
def test_a_bracket_of_words_after_a_task_names_no_unit(bracket: str):
    plan = rulegov.parse_plan(_HEAD + f"1.完善制度。{bracket}\n")
    assert not plan.units
    assert bracket in plan.tasks[0].text


def test_a_bracket_of_names_in_a_plan_with_role_words_is_kept_in_a_diagnostic():
    # not every name is an organ's (省委党校): the bracket may name no units of the task
    plan = rulegov.parse_plan(
        _HEAD + "1.开展学法活动。(省委宣传部、省委党校)\n2.加强执法。牵头单位:市司法局\n"
    )
    assert [unit.name for unit in plan.units] == ["市司法局"]
    [aside] = [d for d in plan.diagnostics if d.code == "names-aside"]
    assert "省委宣传部、省委党校" in aside.message


@pytest.mark.parametrize("item", ["1.经济总量达到2015年的两倍。", "1.推广到2030年以前建成的小区。"])
def test_a_year_reached_inside_a_verb_is_no_deadline(item: str):
    assert rulegov.parse_plan(_HEAD + item + "\n").tasks[0].timeframe is None


@pytest.mark.parametrize(
    "lines", ["1.1平方米以上的调解室要全部建成。", "1.加强建设。\n1.2公里以内设站点。"]
)
def test_a_decimal_quantity_under_a_chinese_heading_opens_no_task(lines: str):
    plan = rulegov.parse_plan(_HEAD + lines + "\n")
    assert all(not task.number.startswith("1.") for task in plan.tasks)
