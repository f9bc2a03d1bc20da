"""Rules kept to what they are for: a reply over the plan it names, a quoted slogan in a title,
groups under a place, an enforcement body's unannounced visits, coverage already reached."""

from __future__ import annotations

import pytest

import rulegov

# -- a reply names the plan it approves without the plan's period -----------------------------

REPLY = (
    "{reply}\n某县人民政府：\n你县《关于报请审批某县法治宣传教育第八个五年规划的请示》收悉。"
    "经研究，同意该规划，请认真组织实施。\n某市人民政府\n2021年8月1日\n{attached}\n"
    "一、主要任务\n1.深入学习宣传习近平法治思想。由县司法局负责。\n"
)


@pytest.mark.parametrize(
    ("reply", "attached"),
    [
        (
            "某市人民政府关于同意某县法治宣传教育第八个五年规划的批复",
            "某县法治宣传教育第八个五年规划（2021—2025年）",
        ),
        (
            "某市人民政府关于同意某县法治宣传教育第八个五年规划的批复",
            "某县法治宣传教育第八个五年规划(2021-2025年)",
        ),
        (
            "某市人民政府关于同意《某县法治宣传教育第八个五年规划（2021—2025年）》的批复",
            "某县法治宣传教育第八个五年规划",
        ),
        (
            "某市人民政府关于同意《某县法治宣传教育第八个五年规划》的批复",
            "某县法治宣传教育第八个五年规划（2021—2025年）",
        ),
    ],
)
def test_a_reply_that_names_the_plan_it_approves_leaves_the_plan_its_title(reply, attached):
    plan = rulegov.parse_plan(REPLY.format(reply=reply, attached=attached))
    assert plan.title == attached
    assert plan.notice is not None
    assert plan.notice.title == reply


def test_a_reply_that_names_another_document_is_its_own_title():
    reply = "某市人民政府关于某县国土空间总体规划有关问题的批复"
    attached = "某县法治宣传教育第八个五年规划（2021—2025年）"
    plan = rulegov.parse_plan(REPLY.format(reply=reply, attached=attached))
    assert plan.title == reply


# -- a slogan's ! in quotation marks, and a title that ends in its kind -----------------------


@pytest.mark.parametrize(
    "title",
    [
        "某县“法治护航、奋战百日！”专项行动实施方案",
        "某县“法治护航、奋战百日!”专项行动实施方案",
        "某市「守护平安！」法治宣传月活动方案",
        "某市关于第三轮法治督察将于2024年启动的工作方案",
        "某县“奋战百日！”专项行动工作方案（2024—2025年）",
    ],
)
def test_a_plans_title_with_a_quoted_slogan_or_its_kind_last_is_no_headline(title):
    plan = rulegov.parse_plan(title + "\n一、主要任务\n1.开展专项行动。由县司法局负责。\n")
    assert plan.title == title
    assert "no-title" not in [diagnostic.code for diagnostic in plan.diagnostics]


@pytest.mark.parametrize(
    "head",
    [
        "全省首创！我市发布全覆盖普法责任清单\n2020-03-26 来源：某日报\n",
        "喜报！某县“八五”普法工作获评先进\n2020-03-26 来源：某日报\n",
        "重磅！我市印发法治政府建设实施方案\n2020-03-26 来源：某日报\n",
    ],
)
def test_a_headline_that_exclaims_outside_quotation_marks_is_still_no_title(head):
    plan = rulegov.parse_plan(
        head + "本报讯 近日，某市率先发布普法责任清单，明确各单位普法责任。\n"
    )
    assert "！" not in plan.title
    assert "no-title" in [diagnostic.code for diagnostic in plan.diagnostics]


# -- groups merged only under a real place ---------------------------------------------------


def _groups(text: str) -> list[tuple[str, list[str]]]:
    return [(g.name, g.tasks) for g in rulegov.parse_plan(text).coordination_groups]


@pytest.mark.parametrize(
    ("prefix", "topic"),
    [
        ("景区", "安全管理领导小组"),
        ("园区", "安全生产领导小组"),
        ("校区", "安全管理领导小组"),
        ("社区", "矫正工作领导小组"),
        ("城乡", "社区治理领导小组"),
    ],
)
def test_a_word_that_ends_as_a_place_does_names_another_group(prefix, topic):
    text = (
        "某县2024年安全生产工作方案\n一、主要任务\n"
        f"1.成立{topic},统筹全县工作。\n2.成立{prefix}{topic},负责检查。\n"
    )
    assert _groups(text) == [(topic, ["t1"]), (prefix + topic, ["t2"])]


@pytest.mark.parametrize(
    ("issuer", "title", "prefix"),
    [
        ("某县人民政府", "某县2024年安全生产工作方案", "县"),
        ("某县人民政府", "2024年安全生产工作方案", "某县"),
        ("某市某区人民政府", "2024年安全生产工作方案", "某区"),
        ("某县司法局", "某县2024年安全生产工作方案", "某县"),
    ],
)
def test_a_level_or_the_plans_own_place_before_a_groups_name_is_the_same_group(
    issuer, title, prefix
):
    text = (
        f"{issuer}关于印发{title}的通知\n各乡镇人民政府：\n现将{title}印发给你们，请认真贯彻执行。\n"
        f"{issuer}\n2024年1月2日\n{title}\n一、主要任务\n"
        f"1.成立{prefix}安全管理领导小组,统筹安全生产工作。\n2.安全管理领导小组负责检查。\n"
    )
    assert _groups(text) == [(f"{prefix}安全管理领导小组", ["t1", "t2"])]


def test_a_place_that_is_not_the_plans_own_names_another_group():
    text = (
        "某县2024年安全生产工作方案\n一、主要任务\n"
        "1.成立安全管理领导小组,统筹全县工作。\n2.某市安全管理领导小组负责督导检查。\n"
    )
    assert [name for name, _ in _groups(text)] == ["安全管理领导小组", "某市安全管理领导小组"]


# -- an enforcement body's unannounced visits are no assessment of the plan -------------------


def _assessments(body: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan(f"某县2024年食品安全工作方案\n一、主要任务\n1.{body}\n")
    return [(a.kind.value, a.name) for a in plan.assessments]


@pytest.mark.parametrize(
    "body",
    [
        "加强校园食品安全。县市场监管局对校园周边食品经营户开展明察暗访,依法查处违法行为。",
        "加强校园食品安全。县市场监管局对校园周边食品经营户开展暗访,依法查处违法行为。",
        "整治农村市场。组织开展明察暗访，对发现的违法经营行为一律依法查处。",
        "规范校外培训。采取暗访方式对培训机构开展抽查，查处违规收费行为。",
    ],
)
def test_an_unannounced_visit_in_a_sentence_of_enforcement_is_no_assessment(body):
    assert _assessments(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("压实工作责任。每季度开展一次暗访。", [("inspection", "暗访")]),
        ("压实工作责任。县政府组织开展明察暗访。", [("inspection", "明察暗访")]),
    ],
)
def test_an_unannounced_visit_of_the_work_stays_an_inspection(body, expected):
    assert _assessments(body) == expected


# -- coverage already reached is no target; a bracket stays in the target ---------------------


def _targets(body: str) -> list[str]:
    plan = rulegov.parse_plan(f"某县2024年法治政府建设工作方案\n一、主要任务\n1.{body}\n")
    return [target.text for task in plan.tasks for target in task.targets]


@pytest.mark.parametrize(
    "body",
    [
        "推进公共法律服务体系建设。目前,公共法律服务平台已覆盖所有乡镇和村(社区)。",
        "推进公共法律服务体系建设。目前，公共法律服务平台已覆盖所有乡镇和村（社区）。",
        "推进公共法律服务体系建设。公共法律服务平台现已覆盖全部镇街。",
        "推进公共法律服务体系建设。截至目前,法律顾问覆盖所有行政村。",
        "推进公共法律服务体系建设。法律顾问已经覆盖到每一个行政村。",
    ],
)
def test_coverage_reported_as_reached_is_no_target(body):
    assert _targets(body) == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("推进公共法律服务体系建设。公共法律服务平台覆盖所有村(社区)。", "覆盖所有村(社区)"),
        ("推进公共法律服务体系建设。公共法律服务平台覆盖所有村（社区）。", "覆盖所有村（社区）"),
        (
            "推进公共法律服务体系建设。到2025年,法律顾问覆盖所有村(社区)和企业。",
            "覆盖所有村(社区)和企业",
        ),
    ],
)
def test_a_note_in_brackets_stays_in_a_coverage_target(body, text):
    assert _targets(body) == [text]
