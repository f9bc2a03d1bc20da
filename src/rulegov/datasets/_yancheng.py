"""The bundled reference plan: the 2023 work plan of a development zone's rule-of-law office.

The rule-of-law office of the Yancheng Economic and Technological Development Zone
(中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划).

The plan data (``yancheng_2023.json``) is written by ``scripts/make_yancheng_2023.py`` from facts
curated by hand; its spans point into the original text (``yancheng_2023.txt``).
"""

from __future__ import annotations

from rulegov.datasets._resources import read_resource
from rulegov.model import Plan, SourceText

__all__ = ["yancheng_2023", "yancheng_2023_text"]

SOURCE_NAME = "yancheng_2023.txt"


def yancheng_2023_text() -> str:
    """The original text of the reference plan, exactly as published.

    Examples:
        >>> yancheng_2023_text().splitlines()[2]
        '区依法治区办'
    """
    return read_resource(SOURCE_NAME)


def yancheng_2023() -> Plan:
    """The reference plan as a complete, validated [`Plan`][rulegov.Plan] (a new object each call).

    Its notice, 5 sections and 16 tasks, units, the three coordination groups, the assessments
    of tasks 3, 4, 9, 10 and 11, targets, the 8 cited documents and the implied dependencies;
    every fact carries its span in [`yancheng_2023_text`][rulegov.datasets.yancheng_2023_text].

    Examples:
        >>> plan = yancheng_2023()
        >>> names = [group.name for group in plan.coordination_groups]
        >>> names
        ['执法协调小组', '司法协调小组', '守法普法协调小组']
    """
    plan = Plan.model_validate_json(read_resource("yancheng_2023.json"))
    plan.source = SourceText(name=SOURCE_NAME, text=yancheng_2023_text())
    return plan
