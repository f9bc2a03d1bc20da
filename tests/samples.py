"""Sample plans and evaluations, and a helper, that the tests of more than one module share."""

from __future__ import annotations

import rulegov
from rulegov.evaluation import Scheme

# a plan with a task of each state: done by a date, recurring each quarter, and ongoing
STATUS_TEXT = """某区2023年依法治区工作要点
一、加强领导
1.召开专题会议。6月底前完成。
牵头单位：区司法局
2.开展法治培训。9月底前完成。
牵头单位：区法院
配合单位：区司法局
3.编制工作总结。12月底前完成。
责任单位：区政府办
4.报送工作进展。每季度报送。
牵头单位：区委依法治区办
5.推进法治宣传。持续推进。
牵头单位：区委宣传部
"""

# two years of one plan: a task carried over unchanged, one changed, one dropped and one new
OLD_TEXT = """某区2023年依法治区工作要点
一、坚持党的领导
1.深入学习宣传贯彻习近平法治思想。6月底前完成。
牵头单位：区委宣传部
2.落实党政主要负责人履行推进法治建设第一责任人职责。
牵头单位：区委依法治区办
二、建设法治政府
3.开展行政执法人员培训不少于3次。9月底前完成。
牵头单位：区司法局
4.推进“八五”普法中期评估。
牵头单位：区司法局
"""

NEW_TEXT = """某区2024年依法治区工作要点
一、坚持党的领导
1.深入学习宣传贯彻习近平法治思想和党的二十大精神。6月底前完成。
牵头单位：区委宣传部
2.落实党政主要负责人履行推进法治建设第一责任人职责。
牵头单位：区委办
二、建设法治政府
3.开展行政执法人员培训不少于5次。11月底前完成。
牵头单位：区司法局
4.建设法治文化阵地。
牵头单位：区文旅局
"""


def small_evaluation() -> rulegov.Evaluation:
    """Three units, two groups of indicators, and a name that HTML must escape."""
    scheme = Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "all",
                "children": [
                    {"id": "law", "name": "依法决策", "children": [{"id": "a"}, {"id": "b"}]},
                    {"id": "c", "name": "<script>alert(1)</script>"},
                ],
            },
            "display": {"digits": 2, "rounding": "half_up"},
        }
    )
    data = {
        "x": {"a": 0.9, "b": 0.5, "c": 0.1},
        "y": {"a": 0.2, "b": 0.9, "c": 0.8},
        "z<&>": {"a": 0.1, "b": 0.1, "c": 0.9},
    }
    return rulegov.evaluate(scheme, data)


def forced_evaluation() -> rulegov.Evaluation:
    """Three units, one forced to fail by a veto and one held back by a quota."""
    scheme = Scheme.model_validate(
        {
            "id": "forced",
            "root": {"id": "all", "aggregation": "sum", "children": [{"id": "a", "points": 100}]},
            "rules": [
                {"kind": "veto", "id": "major", "input": "incident", "effect": "force",
                 "grade": "fail", "reason": "一票否决"},
            ],
            "grading": {"bands": [{"grade": "excellent", "min": 90},
                                  {"grade": "pass", "min": 60, "max": 90},
                                  {"grade": "fail", "max": 60}],
                        "quotas": [{"grade": "excellent", "max_count": 1}]},
        }
    )  # fmt: skip
    data = {"甲": {"a": 0.99, "incident": 1}, "乙": {"a": 0.95}, "丙": {"a": 0.92}}
    return rulegov.evaluate(scheme, data)


def issue_of(error: rulegov.ValidationError, path: str) -> rulegov.Issue:
    """The issue of ``error`` at the field ``path``; fails, naming the paths there are, if none."""
    for issue in error.issues:
        if issue.path == path:
            return issue
    paths = [issue.path for issue in error.issues]
    raise AssertionError(f"no issue at {path!r}; issues at {paths}")


def one_leaf_scheme(normalisation: object, direction: str = "higher_is_better") -> Scheme:
    """A scheme of one indicator `a`, normalised and directed as given."""
    return Scheme.model_validate(
        {
            "id": "s",
            "root": {
                "id": "r",
                "children": [{"id": "a", "direction": direction, "normalisation": normalisation}],
            },
        }
    )


# a plan of one section and one task, in plain text
PLAN_TEXT = (
    "某区2023年法治建设工作要点\n一、加强领导\n1.召开会议。年底前召开。\n牵头单位：区司法局\n"
)
