"""A row of thousands of cells, each an item with its points, is read in linear time.

A table saved across rather than down (a CSV of one row of thousands of cells) gives a line of
thousands of items read from their own cells. Each was placed under the nearest group above it
by looking through every item of the scheme read so far: the time grew with the square of the
cells. The groups are now listed once for the line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import rulegov
from growth import LINEAR, growth

if TYPE_CHECKING:
    from pathlib import Path


def _row(cells: int) -> str:
    return "|" + "|".join(f"依法行政{i}（5分）" for i in range(1, cells + 1)) + "|"


def test_a_row_of_scored_cells_is_read_in_linear_time() -> None:
    def read(n: int) -> object:
        return rulegov.parse_scheme(_row(n))

    assert growth(read, 1_000) < LINEAR  # four times the cells, not sixteen times the time


def test_the_items_of_a_row_of_scored_cells_are_its_cells_in_order(tmp_path: Path) -> None:
    path = tmp_path / "评分表.csv"
    path.write_text(",".join(f"依法行政{i}（5分）" for i in range(1, 301)) + "\n", encoding="utf-8")
    scheme = rulegov.read_scheme(path)
    leaves = [(node.name, node.points) for node in scheme.nodes() if node.is_leaf]
    assert leaves == [(f"依法行政{i}", 5) for i in range(1, 301)]
