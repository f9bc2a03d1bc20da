"""Bodies printed in shapes the collected documents show: marks inside items' numbers.

Each test is a made-up text of the shape of a printing: the rule it checks is the genre's, not
one document's words.
"""

from __future__ import annotations

import rulegov


def test_a_mark_between_an_items_number_and_its_stop_keeps_the_item() -> None:
    # a plan singles out its new items with a star after the number: 1*.…, 2★、…
    plan = rulegov.parse_plan(
        "某区优化营商环境行动方案\n一、主要任务\n(一)企业开办。深入推进改革。\n"
        "1*.开展一证多址改革。方便企业办事。\n2★、开展住所标准化登记。建立负面清单。\n"
    )
    assert [(tuple(task.path), task.title) for task in plan.tasks] == [
        (("一", "（一）", "1"), "开展一证多址改革"),
        (("一", "（一）", "2"), "开展住所标准化登记"),
    ]
