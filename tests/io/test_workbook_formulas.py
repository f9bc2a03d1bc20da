"""Formulas in a workbook: the value the file saved with each, or an error naming the cell.

A spreadsheet program saves each formula with the value it computed, and that value is what a
sheet reads. A workbook written by a library that never computes its formulas saves none: the
cell read empty, and a scheme lost its total or an item its points without a word. Such a cell
is now refused, naming the sheet, the cell and the formula; a saved value is read as before.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov.io import read_plan_bytes, read_scheme_bytes

if TYPE_CHECKING:
    from pathlib import Path

openpyxl = pytest.importorskip("openpyxl")

SCHEME_ROWS = [
    ["序号", "考核项目", "分值", "评分标准"],
    [1, "依法行政", 10, "未按要求制定规范性文件的扣2分"],
    [2, "普法宣传", "=5*2", "未开展普法活动的扣3分"],
    [None, "合计", "=SUM(C2:C3)", None],
]


def _book(rows: list[list[object]], title: str = "评分表") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)  # openpyxl saves formulas without values: it computes none
    return out.getvalue()


def _with_values(data: bytes, values: dict[str, str], kind: str = "") -> bytes:
    """The workbook with ``values`` saved for its formulas' cells, as a spreadsheet saves them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                text = content.decode()
                for ref, value in values.items():
                    text, count = re.subn(
                        rf'<c r="{ref}"([^>]*)><f>([^<]*)</f><v\s*/?>(</v>)?',
                        rf'<c r="{ref}"\1{kind}><f>\2</f><v>{value}</v>',
                        text,
                    )
                    assert count == 1, ref
                content = text.encode()
            target.writestr(item, content)
    return out.getvalue()


def test_a_formula_without_its_value_is_refused_naming_sheet_cell_and_formula(
    tmp_path: Path,
) -> None:
    path = tmp_path / "考核评分表.xlsx"
    path.write_bytes(_book(SCHEME_ROWS))
    with pytest.raises(rulegov.ParseError) as raised:
        rulegov.read_scheme(path)
    error = raised.value
    assert error.code == "uncomputed-formula"
    assert (error.line, error.column, error.value) == (3, 3, "=5*2")
    assert "'评分表'" in str(error)
    assert "cell C3" in str(error)
    assert "=5*2" in str(error)
    assert "考核评分表.xlsx" in str(error)


def test_the_values_a_spreadsheet_saved_with_its_formulas_are_read(tmp_path: Path) -> None:
    path = tmp_path / "考核评分表.xlsx"
    path.write_bytes(_with_values(_book(SCHEME_ROWS), {"C3": "10", "C4": "20"}))
    scheme = rulegov.read_scheme(path)
    assert [(node.name, node.points) for node in scheme.nodes() if node.is_leaf] == [
        ("依法行政", 10),
        ("普法宣传", 10),
    ]


def test_a_task_table_with_a_formula_without_its_value_is_refused() -> None:
    rows: list[list[object]] = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["=ROW()-1", "开展法治培训", "区司法局", "2024年6月底前"],
    ]
    with pytest.raises(rulegov.ParseError, match=r"cell A2: the formula =ROW\(\)-1") as raised:
        read_plan_bytes(_book(rows, "分工"), source="分工.xlsx")
    assert raised.value.code == "uncomputed-formula"
    computed = _with_values(_book(rows, "分工"), {"A2": "1"})
    [task] = read_plan_bytes(computed, source="分工.xlsx").tasks
    assert (task.number, task.lead_units) == ("1", ["区司法局"])


def test_a_formula_computed_to_empty_text_reads_empty() -> None:
    rows: list[list[object]] = [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        [1, "开展法治培训", "区司法局", '=IF(1>2,"区财政局","")'],
    ]
    data = _with_values(_book(rows, "分工"), {"D2": ""}, kind=' t="str"')
    [task] = read_plan_bytes(data, source="分工.xlsx").tasks
    assert (task.lead_units, task.cooperating_units) == (["区司法局"], [])


def test_a_formula_on_a_hidden_sheet_is_not_read() -> None:
    book = openpyxl.Workbook()
    book.active.append(["序号", "工作任务", "牵头单位"])
    book.active.append([1, "开展法治培训", "区司法局"])
    hidden = book.create_sheet("选项")
    hidden.append(["=1+1"])
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    [task] = read_plan_bytes(out.getvalue(), source="分工.xlsx").tasks
    assert task.lead_units == ["区司法局"]


def _without_addresses(data: bytes) -> bytes:
    """The workbook with the cells' addresses (``r``, optional in the format) left out."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                content = re.sub(rb'(<c) r="[A-Z]+\d+"', rb"\1", content)
            target.writestr(item, content)
    return out.getvalue()


def test_a_formula_without_its_value_in_a_cell_without_an_address_is_refused_as_such() -> None:
    data = _without_addresses(_book(SCHEME_ROWS))
    with pytest.raises(
        rulegov.ParseError, match=r"a cell the file gives no address: the formula ="
    ) as raised:
        read_scheme_bytes(data, source="评分表.xlsx")
    assert raised.value.code == "uncomputed-formula"
