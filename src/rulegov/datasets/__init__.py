"""Bundled reference plans, curated by hand, with the original text they come from.

Examples:
    >>> from rulegov import datasets
    >>> plan = datasets.yancheng_2023()
    >>> plan.tasks[6].targets[0].text
    '100%'
"""

from rulegov.datasets._schemes import yancheng_2023_appraisal, yancheng_2023_scheme
from rulegov.datasets._yancheng import yancheng_2023, yancheng_2023_text

__all__ = ["yancheng_2023", "yancheng_2023_appraisal", "yancheng_2023_scheme", "yancheng_2023_text"]
