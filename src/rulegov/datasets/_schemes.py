"""An illustrative appraisal scheme (考核细则) for the reference plan, with data for six units.

The scheme gives 100 points across the plan's 5 sections and 16 tasks, with deductions (扣分,
扣完为止), a capped bonus and penalty block (加减分), two vetoes (一票否决), grade bands (等次)
per category of unit and a quota on "excellent". Towns are scored on the tasks that apply to them
and reported out of 100. Neither the scheme nor the data is an official document.

Examples:
    >>> import rulegov
    >>> scheme = yancheng_2023_scheme()
    >>> data, categories = yancheng_2023_appraisal()
    >>> result = rulegov.evaluate(scheme, data, categories=categories)
    >>> result.grade("区司法局"), result.display("区市场监管局")
    ('fail', '92.14')
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from rulegov.datasets._resources import read_resource

if TYPE_CHECKING:
    from rulegov.evaluation import Scheme

__all__ = ["yancheng_2023_appraisal", "yancheng_2023_scheme"]


def yancheng_2023_scheme() -> Scheme:
    """The illustrative scheme for [`yancheng_2023`][rulegov.datasets.yancheng_2023] (a new object).

    Examples:
        >>> scheme = yancheng_2023_scheme()
        >>> [node.full_points() for node in scheme.root.children]
        [25.0, 25.0, 20.0, 15.0, 15.0]
    """
    # the evaluation models load here, on first use, not when the datasets are imported
    from rulegov.evaluation import Scheme  # noqa: PLC0415

    return Scheme.model_validate_json(read_resource("yancheng_2023_scheme.json"))


def yancheng_2023_appraisal() -> tuple[dict[str, dict[str, object]], dict[str, str]]:
    """Illustrative ``(data, categories)`` of six units for [`evaluate`][rulegov.evaluation.evaluate].

    Examples:
        >>> data, categories = yancheng_2023_appraisal()
        >>> categories["步凤镇"], data["区司法局"]["t4"]
        ('town', {'好': 46, '较好': 4, '一般': 0, '差': 0})
    """
    loaded = json.loads(read_resource("yancheng_2023_appraisal.json"))
    return loaded["data"], loaded["categories"]
