"""Appraisal tables as CSV and as workbooks, of any shape: a scheme or a rulegov error.

Cells drawn from the words of appraisal tables (序号, 考核项目, 分值, points, deductions,
numbers), rows of any width (a header repeated over many columns among them), and formulas in a
workbook's cells: ``read_scheme_bytes`` gives a scheme or raises a `RulegovError`, never
another exception, and a formula saved without its value is named.
"""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rulegov
from rulegov.io import read_scheme_bytes

WORDS = [
    "序号",
    "考核项目",
    "考核内容",
    "分值",
    "评分标准",
    "合计",
    "依法行政",
    "（5分）",
    "5分",
    "10",
    "0.5",
    "扣1分",
    "每发现一次扣0.5分，扣完为止",
    "一票否决",
    "加2分",
    "一、",
    "（一）",
    "1.",
    "|",
    '"',
    "",
    " ",
]
CELLS = st.lists(st.sampled_from(WORDS), min_size=0, max_size=3).map("".join)
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=12), min_size=0, max_size=12)


def _csv(rows: list[list[str]], repeat: int) -> bytes:
    lines = [
        ",".join(f'"{cell}"' if "," in cell else cell for cell in row) * repeat for row in rows
    ]
    return "\n".join(lines).encode("utf-8")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, repeat=st.sampled_from([1, 1, 2, 40]))
def test_csv_appraisal_tables_read_or_are_refused_cleanly(rows: list[list[str]], repeat: int):
    with contextlib.suppress(rulegov.RulegovError):
        read_scheme_bytes(_csv(rows, repeat), source="评分表.csv")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, formula=st.sampled_from(["=SUM(C2:C3)", "=5*2", '=""', "=A1"]))
def test_workbooks_with_formulas_read_or_are_refused_cleanly(rows: list[list[str]], formula: str):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.active.append(["合计", formula])
    out = io.BytesIO()
    book.save(out)
    # the file saves no value for the formula: whatever the other cells, the cell is named
    with pytest.raises(rulegov.ParseError, match=f"cell B{len(rows) + 1}: the formula") as raised:
        read_scheme_bytes(out.getvalue(), source="评分表.xlsx")
    assert raised.value.code == "uncomputed-formula"
