"""A worksheet's declared size (``<dimension ref=...>``) is not trusted: every cell is read."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from typing import TYPE_CHECKING

import openpyxl
import pytest

import rulegov
from rulegov.io import read_progress, read_task_table

if TYPE_CHECKING:
    import pathlib

HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]


def _workbook(path: pathlib.Path, rows: list[list[str]], dimension: str) -> pathlib.Path:
    """A workbook of ``rows`` whose sheet declares the size ``dimension``, whatever it holds."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data, count = re.subn(
                    rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), data
                )
                assert count == 1
            out.writestr(name, data)
    return path


def _rows(count: int) -> list[list[str]]:
    return [HEADER] + [
        [str(n), f"推进第{n}项工作", "区司法局", "区财政局", "2024年底前"]
        for n in range(1, count + 1)
    ]


def _read(path: pathlib.Path) -> list[tuple[str, str, list[str]]]:
    plan = read_task_table(path)
    names = {unit.id: unit.name for unit in plan.units}
    return [(t.number, t.title, sorted(names[a.unit] for a in t.assignments)) for t in plan.tasks]


@pytest.mark.parametrize("dimension", ["A1", "A1:B2", "A1:E3", "B2:C3"])
def test_a_dimension_smaller_than_the_cells_loses_none(tmp_path, dimension):
    rows = _rows(20)
    truth = _read(_workbook(tmp_path / "true.xlsx", rows, "A1:E21"))
    assert len(truth) == 20
    assert _read(_workbook(tmp_path / "small.xlsx", rows, dimension)) == truth


def test_a_dimension_far_larger_than_the_cells_is_not_allocated(tmp_path):
    # 300 rows padded to column XFD would be 4.9 million cells: refused as too large before
    rows = _rows(300)
    truth = _read(_workbook(tmp_path / "true.xlsx", rows, "A1:E301"))
    huge = _workbook(tmp_path / "huge.xlsx", rows, "A1:XFD1048576")
    tracemalloc.start()
    try:
        assert _read(huge) == truth
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


def test_a_progress_table_under_a_small_dimension_keeps_every_report(tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    rows = [
        ["任务", "单位", "日期", "状态"],
        ["1", "区依法治区办", "2023-06-30", "已完成"],
        ["2", "区依法治区办", "2023-06-30", "推进中"],
    ]
    tracked = read_progress(_workbook(tmp_path / "进展.xlsx", rows, "A1:B2"), plan)
    assert [(t.number, [r.status.value for r in t.progress]) for t in tracked.tasks[:2]] == [
        ("1", ["completed"]),
        ("2", ["in_progress"]),
    ]


def test_a_row_numbered_past_the_last_a_sheet_has_is_refused_at_once(tmp_path):
    # with the declared size no longer trusted, a cell numbered row 2,000,000,000 made the
    # reader yield every empty row before it, one by one: minutes before any limit was met
    path = _workbook(tmp_path / "far.xlsx", _rows(2), "A1:E3")
    plain = tmp_path / "far.plain.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(plain, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b'r="3"', b'r="2000000000"').replace(
                    b'r="A3"', b'r="A2000000000"'
                )
            out.writestr(name, data)
    with pytest.raises(rulegov.ParseError, match=r"a row past row 1,048,576") as caught:
        read_task_table(plain)
    assert caught.value.code == "file-too-large"
