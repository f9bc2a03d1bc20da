"""Merged cells of a workbook: a merged range's text stands in every cell of it.

A task-division table merges a unit's cell, or a deadline's, over the rows of the tasks it
covers. A workbook saves the text in the range's first cell only; the read-only reading left
the other rows without their unit. Each row now names it, as an HTML or Word table's spanned
cell does.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest

import rulegov
from rulegov.io import read_plan_bytes, read_task_table

openpyxl = pytest.importorskip("openpyxl")


def _merged_book(*merges: str) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分工"
    sheet.append(["序号", "工作任务", "牵头单位", "完成时限"])
    sheet.append([1, "开展法治培训", "区司法局", "2024年6月底前"])
    sheet.append([2, "推进普法宣传", None, None])
    sheet.append([3, "加强行政执法", "区城管局", None])
    for merge in merges:
        sheet.merge_cells(merge)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_unit_merged_over_rows_is_the_unit_of_each_row(tmp_path) -> None:
    path = tmp_path / "分工.xlsx"
    path.write_bytes(_merged_book("C2:C3", "D2:D4"))
    plan = read_task_table(path)
    assert [task.lead_units for task in plan.tasks] == [["区司法局"], ["区司法局"], ["区城管局"]]
    assert {task.timeframe.end.isoformat() for task in plan.tasks if task.timeframe} == {
        "2024-06-30"
    }
    assert len([task for task in plan.tasks if task.timeframe]) == 3


def test_a_header_merged_over_columns_reads_as_before() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["重点任务", None, "责任单位", None])
    sheet.append(["序号", "工作任务", "牵头单位", "配合单位"])
    sheet.append([1, "开展法治培训", "区司法局", "区教育局"])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    out = io.BytesIO()
    book.save(out)
    plan = read_plan_bytes(out.getvalue(), source="分工.xlsx")
    [task] = plan.tasks
    assert (task.title, task.lead_units, task.cooperating_units) == (
        "开展法治培训",
        ["区司法局"],
        ["区教育局"],
    )


def _with_merges_in_xml(data: bytes, refs: list[str]) -> bytes:
    """The workbook with its sheet's merged ranges replaced by ``refs``, as saved by hand."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    cells = "".join(f'<mergeCell ref="{ref}"/>' for ref in refs)
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(
                    rb"<mergeCells.*?</mergeCells>",
                    f'<mergeCells count="{len(refs)}">{cells}</mergeCells>'.encode(),
                    content,
                )
            target.writestr(info, content)
    return out.getvalue()


def test_overlapping_merged_ranges_are_refused_at_their_place() -> None:
    # a range far beyond the cells held covers no more than the cells held: no hang
    wide = _with_merges_in_xml(_merged_book("C2:C3"), ["C2:C1048576"])
    assert [task.lead_units for task in read_plan_bytes(wide, source="分工.xlsx").tasks] == [
        ["区司法局"],
        ["区司法局"],
        ["区城管局"],
    ]
    data = _with_merges_in_xml(_merged_book("C2:C3"), ["A1:D4"] * 2)
    with pytest.raises(rulegov.ParseError) as raised:
        read_plan_bytes(data, source="分工.xlsx")
    error = raised.value
    assert (error.code, error.line, error.column, error.value) == ("unreadable-file", 1, 1, "A1:D4")
    assert "分工" in str(error)
