"""Appraisal documents read clause by clause: what a careful clerk reads from each wording."""

from __future__ import annotations

import rulegov


def test_a_veto_system_the_unit_is_asked_to_run_is_no_veto():
    scheme = rulegov.parse_scheme(
        "考核细则\n一、组织领导(20分)。签订责任状,落实“一票否决”制度,计2分。"
        "未落实“一票否决”制度的扣1分。\n二、工作落实(80分)。未完成任务的扣10分。\n"
        "发生重大事故的,实行一票否决。90分以上为优秀,60分以下为不合格,其余为合格。"
    )
    assert sorted((rule.kind, rule.reason) for rule in scheme.rules) == [
        ("deduction", "未完成任务的扣10分"),
        ("deduction", "未落实“一票否决”制度的扣1分"),
        ("veto", "发生重大事故的,实行一票否决"),
    ]

