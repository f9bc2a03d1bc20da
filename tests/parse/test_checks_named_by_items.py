"""An item that is, whole, the name of a check calls for that check.

A list of the methods of an appraisal (内部评议考核可以采取以下方法: (一)听取汇报; (二)行政执法
案卷评查;) or of the checks a plan runs names each by its name alone, with no verb of doing: such
an item is the check it names. An item that only speaks of a check (评议考核的内容, 评议考核的
主体) or names it in a longer sentence with no verb calls for none, and so does an item naming a
check (检查) or an evaluation (评估) alone, as a service's or a doctor's steps are named (需求评估,
X线检查).
"""

from __future__ import annotations

import pytest

import rulegov


def _checks(body: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan("某市行政执法评议考核办法\n" + body)
    return [(check.kind.value, check.name) for check in plan.assessments]


def test_an_item_naming_a_check_is_that_check() -> None:
    body = "一、评议考核方法\n(一)听取行政执法工作汇报;\n(二)行政执法案卷评查;\n(三)查阅有关文件资料。\n"
    assert _checks(body) == [("case_file_review", "行政执法案卷评查")]


@pytest.mark.parametrize(
    "item",
    [
        "评议考核的内容",
        "评议考核的主体",
        "各单位要高度重视行政执法案卷的整理和归档,规范案卷评查",
        "需求评估",
        "X线检查",
    ],
    ids=["its-contents", "its-subject", "in-a-sentence", "a-service-step", "a-doctor-step"],
)
def test_an_item_speaking_of_a_check_calls_for_none(item: str) -> None:
    assert _checks(f"一、评议考核\n(一){item}。\n(二)查阅有关文件资料。\n") == []
