"""A top-level part with paragraphs of its own under its first is a heading: a section.

A plan's top level of bare items (一、完善程序。… / 二、强化管理。…) is its tasks. A part whose
text goes on, after its first paragraph closes, in paragraphs of their own (sentences on lines of
their own) heads that text: it is a section, even with no numbered items under it.
"""

from __future__ import annotations

import rulegov

TITLE = "某市教育系统普法依法治理工作要点"


def test_parts_over_paragraphs_of_their_own_are_sections() -> None:
    text = [
        TITLE,
        "一、深入开展“法律六进”活动。按照有关要求,积极开展法律进机关、进学校活动。",
        "教育行政部门要以领导干部学法为龙头,健全学法用法制度。",
        "各级各类学校要落实青少年法制教育,提高针对性和实效性。",
        "二、积极开展依法治理活动。教育行政部门和学校要坚持法制教育与法制实践相结合。",
    ]
    plan = rulegov.parse_plan("\n".join(text) + "\n")
    assert [section.number for section in plan.sections] == ["一", "二"]
    assert plan.sections[0].title == "深入开展“法律六进”活动"
    assert not plan.unsectioned_tasks


def test_bare_items_stay_tasks_over_broken_lines_and_a_signature() -> None:
    text = [
        TITLE,
        "一、完善规范性文件制定程序。制定规范性文件要严格按照法定权限,不得违法创设权力。",
        "二、强化规范性文件管理。落实合法性审查、有效期和定期清理制度,严格",
        "发布程序。未经公布的,不得作为行政管理的依据。",
        "三、加强依法行政工作。各县(区)、各部门要结合各自职责,清理配套制度。",
        "某市人民政府办公室",
        "2020年3月1日",
    ]
    plan = rulegov.parse_plan("\n".join(text) + "\n")
    assert not plan.sections
    assert [task.title for task in plan.unsectioned_tasks] == [
        "完善规范性文件制定程序",
        "强化规范性文件管理",
        "加强依法行政工作",
    ]
