"""Boxes drawn behind lines of text are no table: the lines are read as text, once each."""

from __future__ import annotations

from typing import Any

import pytest

from rulegov.io._pdf import _page_lines

pytest.importorskip("pdfplumber")


class _Table:
    def __init__(self, bbox: tuple[float, float, float, float], rows: list[list[Any]]) -> None:
        self.bbox = bbox
        self._rows = rows
        # the cells' boxes, as pdfplumber gives them: the columns evenly across the region
        x0, top, x1, bottom = bbox
        columns = max(len(row) for row in rows)
        width, height = (x1 - x0) / columns, (bottom - top) / len(rows)
        self.cells = [
            (x0 + width * c, top + height * r, x0 + width * (c + 1), top + height * (r + 1))
            for r in range(len(rows))
            for c in range(columns)
        ]

    def extract(self) -> list[list[Any]]:
        return self._rows


class _Page:
    """A page's words as pdfplumber gives them, and the ruled regions it finds."""

    def __init__(self, lines: list[str], tables: list[_Table]) -> None:
        self._lines = lines
        self._tables = tables

    def find_tables(self) -> list[_Table]:
        return self._tables

    @property
    def chars(self) -> list[dict[str, Any]]:
        return []  # no space printed apart from the lines' text

    def extract_text_lines(self, **_: bool) -> list[dict[str, Any]]:
        return [
            {
                "text": text,
                "x0": 90.0,
                "x1": 90.0 + 14 * len(text),
                "top": 80.0 + 20 * index,
                "bottom": 94.0 + 20 * index,
                "chars": [{"size": 14.0}],
            }
            for index, text in enumerate(self._lines)
        ]


HEAD = ["某某厅关于印发", "某某规划的通知", "某发〔2021〕4号", "各市人民政府："]


def test_lines_set_on_drawn_boxes_read_as_text_not_as_repeated_cells() -> None:
    # each line sits on its own shaded box: one row a line, its text across all the columns
    rows: list[list[Any]] = [[text, None, None, None] for text in HEAD]
    page = _Page(HEAD, [_Table((85.0, 75.0, 500.0, 160.0), rows)])
    assert [line.text for line in _page_lines(page)[0]] == HEAD


def test_a_ruled_table_still_reads_as_pipe_rows() -> None:
    rows: list[list[Any]] = [["序号", "任务", "牵头单位"], ["1", "完善制度", "市司法局"]]
    page = _Page(
        ["序号 任务 牵头单位", "1 完善制度 市司法局"], [_Table((85.0, 75.0, 500.0, 120.0), rows)]
    )
    assert [line.text for line in _page_lines(page)[0]] == [
        "|序号|任务|牵头单位|",
        "|1|完善制度|市司法局|",
    ]
