"""How well rulegov reads an appraisal document when a publisher prints the same scheme otherwise.

The same appraisal documents, each printed as published 考核办法 and 评分标准 print them: a table as pipe
rows, tab rows (their long cells wrapped onto lines of their own after tabs, or broken after their
commas as a browser copies a page's ``<br>``), runs of spaces, one cell a line (its cells whole, or
broken after their commas as a web page's ``<br>`` breaks them; merged cells printed once, at their
first row) or running text; points as ``(5分)``, ``（5分）``, ``5分``, ``5 分``, a bare number in a 分值
column or a weight in per cent in a 权重 column (``5%``); full-width or half-width digits and signs;
other numbering (``1.`` for ``1、``, ``(1)`` for ``（1）``, a bullet ``•`` for ``（1）``); deductions as
``扣 1 分``, ``每…扣1分`` or ``扣一分``; header words letter-spaced; Windows line ends; blank lines between
rows; a page number line between rows; a table run onto one line (its cells set apart by spaces, or
glued together under a header letter-spaced). For every variant the script prints the items, points
and deductions read right against the hand-read schemes (``benchmarks/scheme_accuracy.py`` scores
them), beside the same documents as saved, read in the same run: a reader that generalises reads
every variant as well as the saved text.

A variant applies to a document only where it changes its text; a variant that needs the
text's table structure applies only to documents whose tables are printed as pipe rows (two cells
or more on a line), where the rows and cells are the text's own. The others (a table already
printed one cell a line, or no table) are skipped for that variant and counted in the column
*skipped*.

The documents are the ``tune`` halves of ``tests/parse/schemes/real*`` and the development
appraisal documents ``tests/corpus/schemes/dev`` (their ``.txt`` files): never a ``check`` half
nor the held-out set, which only the accuracy benchmark measures.

A second table prints each hand-read scheme of the tune halves anew (``PRINTINGS``), in the
layouts offices print schemes in, whatever its saved text looked like: a pipe table (its groups
in merged cells printed at their first row, the total row under it, the bonus rules and vetoes
in paragraphs below) as the reference, tab rows, one cell a line, the 分值 column first, the
rules run into the item's cell (``考核内容及评分标准``), the total row at the top, a header over
two rows (``考核项目`` over the level heads), the bonus rules and vetoes as rows of the table,
full-width digits, numbers a PDF broke with a space (``1 0``, ``0. 5``), ``分值：5`` and
``评分标准：…`` on lines of their own under each numbered item, ``（1）`` under ``1.``, an item's deductions
numbered ``①``, ``②`` in its cell, each item's deductions on a line of their own under it,
unlabelled (an item ``1.…（5分）。`` and under it ``未…扣1分。``), the whole table run onto one
line (header and rows, cells a space apart) and each row run into a line of its own (cells a
space apart). The hand
reading holds for every printing, so each is scored against it: items, points, deductions,
bonus rules and vetoes read right, beside the reference read on the same documents. A scheme
whose numbers do not key its deductions one to one (an item without a number, two leaves of
one key) is skipped, and so is a printing that changes nothing of a scheme (no total to put
at the top, no second level for a second header row, no bonus rule or veto to put in rows).

Run: ``python benchmarks/scheme_variants.py [--variant NAME ...] [--failures]`` (a run of every
variant and printing takes about a minute).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import importlib.util
import json
import pathlib
import re
import sys
import tempfile
import unicodedata
from typing import TYPE_CHECKING, Any

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
FIELDS = ("items", "points", "deductions")

_HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；", ",": "，"})
_FULL_TO_HALF = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "，": ","})
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_NUMBER = r"\d+(?:\.\d+)?"
_HEADER_WORDS = (
    "考核项目|考核内容|考核指标|考核标准|考核要点|考核办法|考核方式|评分标准|评分办法|评分细则"
    "|扣分标准|计分方法|指标内容|工作内容|项目|内容|分值|标准分|得分|备注|序号"
)
_HEADER = re.compile(rf"(?<![^\s|])({_HEADER_WORDS})(?![^\s|：:])")


def _cells(line: str) -> list[str] | None:
    """The cells of a pipe row (two cells or more with words), or None for any other line."""
    if "|" not in line:
        return None
    cells = [cell.strip() for cell in line.split("|")]
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells if sum(1 for cell in cells if cell) >= 2 else None


def _retable(text: str, join: Callable[[list[str]], str]) -> str | None:
    """Each pipe row printed by ``join``; None for a document without three pipe rows."""
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    if sum(1 for row in rows if row is not None) < 3:
        return None
    return "\n".join(
        line if row is None else join(row) for line, row in zip(lines, rows, strict=True)
    )


def tab_rows(text: str) -> str | None:
    """A table printed as tab rows, as a copy from a spreadsheet or a Word table prints it."""
    return _retable(text, "\t".join)


def space_runs(text: str) -> str | None:
    """A table printed as runs of spaces between cells (empty cells lost), as a PDF's text prints it."""
    return _retable(text, lambda cells: "    ".join(cell for cell in cells if cell))


def cell_lines(text: str) -> str | None:
    """A table printed one cell a line, as a page's table copied into plain text prints it."""
    return _retable(text, lambda cells: "\n".join(cell for cell in cells if cell))


def broken_cells(text: str) -> str | None:
    """A table printed one cell a line, each cell broken after its commas and semicolons.

    A web page's cell whose clauses stand on lines of their own (``<br>``, ``<p>``), or a PDF's
    narrow column, copied into plain text.
    """
    return _retable(
        text,
        lambda cells: "\n".join(
            re.sub(r"([，；,;])(?=.)", "\\1\n", cell) for cell in cells if cell
        ),
    )


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _wrapped(cell: str, width: int) -> list[str]:
    """A cell's text wrapped within ``width`` display columns."""
    pieces: list[str] = []
    line = ""
    for char in cell:
        if line and _display_width(line + char) > width:
            pieces.append(line)
            line = ""
        line += char
    return [*pieces, line] if line else pieces


def _laid_out_row(cells: list[str], widths: dict[int, int]) -> str:
    """One pipe row laid out in columns, each cell wrapped within its column's width."""
    pieces = [_wrapped(cell, widths[column]) for column, cell in enumerate(cells)]
    lines = []
    for index in range(max((len(piece) for piece in pieces), default=0)):
        printed = ""
        for column, piece in enumerate(pieces):
            part = piece[index] if index < len(piece) else ""
            printed += part + " " * (widths[column] - _display_width(part) + 3)
        lines.append(printed.rstrip())
    return "\n".join(lines)


_NARROW, _WIDE = 12, 24
"""The widths of a laid-out table's columns: as wide as its cells up to 12, else 24."""


def laid_out(text: str) -> str | None:
    """A table as a PDF's text with its layout kept: each cell wrapped within its column.

    A column is as wide as its longest cell up to 12 display columns, else 24; a longer cell
    goes on over the lines below its row, each piece under its column.
    """
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    if sum(1 for row in rows if row is not None) < 3:
        return None
    longest: dict[int, int] = {}
    for row in rows:
        for column, cell in enumerate(row or []):
            longest[column] = max(longest.get(column, 1), _display_width(cell))
    widths = {column: width if width <= _NARROW else _WIDE for column, width in longest.items()}
    return "\n".join(
        line if row is None else _laid_out_row(row, widths)
        for line, row in zip(lines, rows, strict=True)
    )


def _tab_wrapped_row(cells: list[str]) -> str:
    """One pipe row as tab rows, each cell wrapped after 24 display columns onto a line of its own.

    The lines after the first hold the pieces of the cells that went on, each after as many tabs
    as its column has columns before it (a wrapped cell's line keeps its column).
    """
    pieces = [_wrapped(cell, _WIDE) or [""] for cell in cells]
    lines = ["\t".join(piece[0] for piece in pieces)]
    for index in range(1, max(len(piece) for piece in pieces)):
        for column, piece in enumerate(pieces):
            if index < len(piece):
                lines.append("\t" * column + piece[index])
    return "\n".join(lines)


def tab_wrapped(text: str) -> str | None:
    """A table as tab rows whose long cells wrap onto lines of their own, after tabs.

    A Word table copied into plain text prints a cell's wrapped words as lines of their own: each
    piece after the first stands on a line whose tabs keep its column.
    """
    return _retable(text, _tab_wrapped_row)


def tab_broken(text: str) -> str | None:
    """A table as tab rows whose cells break after their commas and semicolons.

    A web page's table copied from a browser: its cells are parted by tabs, and a cell whose
    clauses stand on lines of their own (``<br>``, ``<p>``) breaks its row over lines, the next
    cell after a tab on the line where the cell ends.
    """
    return _retable(
        text, lambda cells: "\t".join(re.sub(r"([，；,;])(?=.)", "\\1\n", cell) for cell in cells)
    )


def _merged_once(text: str) -> str | None:
    """The pipe rows with a group's cell that repeats the one above it left empty (a merged cell)."""
    lines = text.split("\n")
    above: list[str] | None = None
    changed = False
    for index, line in enumerate(lines):
        cells = _cells(line)
        if cells is None:
            above = None
            continue
        kept = list(cells)
        # the group columns: the cells before the row's first points (a 分值 cell is never merged)
        first = next(
            (k for k, cell in enumerate(cells) if re.fullmatch(rf"{_NUMBER}\s*分?", cell)), 0
        )
        if above is not None:
            for column, cell in enumerate(cells[:first]):
                if column < len(above) and cell and cell == above[column]:
                    kept[column] = ""
                    changed = True
        above = cells
        lines[index] = "|" + "|".join(kept) + "|"
    return "\n".join(lines) if changed else None


def merged_once_tabs(text: str) -> str | None:
    """Merged cells printed once, at their first row, in tab rows (the cells below left empty)."""
    merged = _merged_once(text)
    return None if merged is None else tab_rows(merged)


def merged_once_lines(text: str) -> str | None:
    """Merged cells printed once, at their first row, in a table printed one cell a line."""
    merged = _merged_once(text)
    return None if merged is None else cell_lines(merged)


def running_text(text: str) -> str | None:
    """A table flattened into running text: a row's cells one after another, a space between."""
    return _retable(text, lambda cells: " ".join(cell for cell in cells if cell))


def _points_column(text: str, heading: str | None, pattern: str, printed: str) -> str | None:
    """The cells of a pipe table's 分值 column that match ``pattern`` printed as ``printed``.

    ``heading`` replaces the column's heading where given; None without such a column.
    """
    lines = text.split("\n")
    column: int | None = None
    changed = False
    for index, line in enumerate(lines):
        cells = _cells(line)
        if cells is None:
            column = None
            continue
        heads = [cell.replace(" ", "") for cell in cells]
        if "分值" in heads or "标准分" in heads:
            column = heads.index("分值") if "分值" in heads else heads.index("标准分")
            if heading is not None:
                cells[column] = heading
                lines[index] = " | ".join(cells)
            continue
        if column is not None and column < len(cells):
            found = re.fullmatch(pattern, cells[column])
            if found is not None:
                cells[column] = found.expand(printed)
                lines[index] = " | ".join(cells)
                changed = True
    return "\n".join(lines) if changed else None


def points_bare_column(text: str) -> str | None:
    """Points printed as a bare number in a 分值 column of a pipe table."""
    return _points_column(text, None, rf"({_NUMBER})\s*分", r"\1")


def one_line(text: str) -> str | None:
    """A table flattened onto one line: its header and rows one after another, a space between.

    A PDF or a page copied without its line breaks runs a table's cells and rows together.
    """
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    if sum(1 for row in rows if row is not None) < 3:
        return None
    out: list[str] = []
    run: list[str] = []
    for line, row in zip(lines, rows, strict=True):
        if row is None and run and not line.strip(" |\t"):
            continue  # a line of only cell edges inside the table runs on with it
        if row is None:
            if run:
                out.append(" ".join(run))
                run = []
            out.append(line)
        else:
            run.extend(cell for cell in row if cell)
    if run:
        out.append(" ".join(run))
    return "\n".join(out)


def one_line_glued(text: str) -> str | None:
    """A table flattened onto one line, its header's words letter-spaced and its cells glued.

    A copy of a typeset PDF keeps the spaces its head sets between letters (``序 号考 核 内 容``)
    and none between the cells of its rows (``1组织领导10未成立的扣5分2制度建设15…``).
    """
    lines = text.split("\n")
    rows = [_cells(line) for line in lines]
    if sum(1 for row in rows if row is not None) < 3:
        return None
    out: list[str] = []
    run: list[list[str]] = []
    for line, row in zip(lines, rows, strict=True):
        if row is None and run and not line.strip(" |\t"):
            continue  # a line of only cell edges inside the table runs on with it
        if row is None:
            if run:
                out.append(_glued_run(run))
                run = []
            out.append(line)
        else:
            run.append([cell for cell in row if cell])
    if run:
        out.append(_glued_run(run))
    return "\n".join(out)


def _glued_run(rows: list[list[str]]) -> str:
    head = "".join(" ".join(cell) if len(cell) <= 4 else cell for cell in rows[0])
    return head + " " + "".join(cell for row in rows[1:] for cell in row)


def points_as_weights(text: str) -> str | None:
    """A 分值 column printed as weights in per cent under a 权重 heading (``10%`` for ``10分``).

    An indicator system weighs its items in a 权重 column, a share of a hundred; None without a
    分值 column in a pipe table.
    """
    return _points_column(text, "权重", rf"({_NUMBER})\s*分?", r"\1%")


def points_half_brackets(text: str) -> str:
    """Points in half-width brackets: ``(5分)`` for ``（5分）``."""
    return re.sub(rf"（\s*({_NUMBER})\s*分\s*）", r"(\1分)", text)


def points_full_brackets(text: str) -> str:
    """Points in full-width brackets: ``（5分）`` for ``(5分)``."""
    return re.sub(rf"\(\s*({_NUMBER})\s*分\s*\)", r"（\1分）", text)


def points_unbracketed(text: str) -> str:
    """Points printed bare after the words: ``制定方案 5分`` for ``制定方案（5分）``.

    Only where the points close a line or a cell: in running text the brackets are what sets the
    points apart, and no publisher drops them there.
    """
    return re.sub(
        rf"[（(]\s*({_NUMBER})\s*分\s*[）)](?=[ \t\u3000]*(?:$|\|))",
        r" \1分",
        text,
        flags=re.MULTILINE,
    )


def points_spaced(text: str) -> str:
    """A space between a number and 分 (``5 分``), as a typeset document prints it."""
    return re.sub(rf"({_NUMBER})分", r"\1 分", text)


def full_width_digits(text: str) -> str:
    """Digits printed full-width (``５分``), as a Word document typed in a Chinese input mode."""
    return text.translate(_FULL_DIGITS)


def full_width_signs(text: str) -> str:
    """Brackets, colons, semicolons and commas printed full-width."""
    return text.translate(_HALF_TO_FULL)


def half_width_signs(text: str) -> str:
    """Brackets, colons, semicolons and commas printed half-width, as a web copy often has them."""
    return text.translate(_FULL_TO_HALF)


def _site_pages(text: str) -> bool:
    """Whether the text is a sharing site's pages: each line from the first ``1、`` opens ``k、``.

    Those numbers are the site's, not the document's: no variant of numbering changes them.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for opening in (1, 2):  # a copy whose first page lost its 1、 with the site's furniture
        first = next((i for i, line in enumerate(lines) if line.startswith(f"{opening}、")), None)
        if first is not None and all(
            line.startswith(f"{k}、") for k, line in enumerate(lines[first:], opening)
        ):
            return True
    return False


def numbering_dots(text: str) -> str | None:
    """Numbering ``1.`` for ``1、`` at the start of a line or cell (not a sharing site's pages)."""
    if _site_pages(text):
        return None
    return re.sub(r"(^|\|)(\s*)(\d{1,2})、", r"\1\2\3.", text, flags=re.MULTILINE)


def numbering_commas(text: str) -> str | None:
    """Numbering ``1、`` for ``1.`` (and ``1．``) at the start of a line or cell (not a site's pages)."""
    if _site_pages(text):
        return None
    return re.sub(r"(^|\|)(\s*)(\d{1,2})[.．](?!\d)", r"\1\2\3、", text, flags=re.MULTILINE)


def numbering_half_brackets(text: str) -> str:
    """Numbering ``(1)`` and ``(一)`` for ``（1）`` and ``（一）`` at the start of a line or cell."""
    return re.sub(
        r"(^|\|)(\s*)（([\d一二三四五六七八九十]{1,3})）", r"\1\2(\3)", text, flags=re.MULTILINE
    )


def numbering_full_brackets(text: str) -> str:
    """Numbering ``（1）`` and ``（一）`` for ``(1)`` and ``(一)`` at the start of a line or cell."""
    return re.sub(
        r"(^|\|)(\s*)\(([\d一二三四五六七八九十]{1,3})\)", r"\1\2（\3）", text, flags=re.MULTILINE
    )


def numbering_bullets(text: str) -> str:
    """Bullets ``• `` for the numbering ``（1）``, ``(1)`` and ``①`` at the start of a line, as a web
    page's list prints the innermost items of a scheme."""
    return re.sub(
        r"^(\s*)(?:[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*",
        r"\1• ",
        text,
        flags=re.MULTILINE,
    )


def deductions_spaced(text: str) -> str:
    """Deductions with spaces round the number: ``扣 1 分`` for ``扣1分``."""
    return re.sub(rf"([扣减])\s*({_NUMBER})\s*分", r"\1 \2 分", text)


def deductions_tight(text: str) -> str:
    """Deductions without spaces: ``扣1分`` for ``扣 1 分``."""
    return re.sub(rf"([扣减])\s+({_NUMBER})\s*分|([扣减])({_NUMBER})\s+分", _tight, text)


def _tight(found: re.Match[str]) -> str:
    return f"{found[1] or found[3]}{found[2] or found[4]}分"


def deductions_per(text: str) -> str:
    """A per-occurrence deduction opened by 每: ``每迟报一次扣1分`` for ``迟报一次扣1分``."""
    return re.sub(
        r"(^|[，,；;。：:|])(\s*)([\u4e00-\u9fff][^\s，,；;。：:|、.．()（）每\d]{0,7}一[次处项例起人件个])(，?扣)",
        r"\1\2每\3\4",
        text,
        flags=re.MULTILINE,
    )


_NUMERALS = dict(zip("123456789", "一两三四五六七八九", strict=True))


def deductions_numerals(text: str) -> str:
    """Deductions of one to nine points in a numeral: ``扣一分``, ``扣两分`` for ``扣1分``, ``扣2分``."""
    return re.sub(
        r"([扣减])\s*([1-9])\s*分", lambda found: f"{found[1]}{_NUMERALS[found[2]]}分", text
    )


def header_spaced(text: str) -> str:
    """Header words letter-spaced (``考 核 内 容``), as a typeset table head prints them."""
    return _HEADER.sub(lambda found: " ".join(found[1]), text)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def blank_lines(text: str) -> str:
    """A blank line between every two lines (rows and paragraphs alike)."""
    return "\n\n".join(text.split("\n"))


def page_numbers(text: str) -> str:
    """A page number line (``— 2 —``) after every 15 lines, as a PDF's text keeps its footers."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines, 1):
        out.append(line)
        if index % 15 == 0 and index < len(lines):
            out.append(f"— {index // 15 + 1} —")
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "as saved": lambda text: text,
    "tab rows": tab_rows,
    "runs of spaces": space_runs,
    "one cell a line": cell_lines,
    "cells broken at commas": broken_cells,
    "laid out, cells wrapped": laid_out,
    "tab rows, cells wrapped": tab_wrapped,
    "tab rows, cells broken at commas": tab_broken,
    "merged cells once, tabs": merged_once_tabs,
    "merged cells once, a cell a line": merged_once_lines,
    "running text": running_text,
    "table on one line": one_line,
    "table on one line, header spaced, cells glued": one_line_glued,
    "points (5分)": points_half_brackets,
    "points （5分）": points_full_brackets,
    "points 5分 unbracketed": points_unbracketed,
    "points 5 分": points_spaced,
    "points bare in 分值 column": points_bare_column,
    "points as weights in a 权重 column": points_as_weights,
    "full-width digits": full_width_digits,
    "full-width signs": full_width_signs,
    "half-width signs": half_width_signs,
    "numbering 1.": numbering_dots,
    "numbering 1、": numbering_commas,
    "numbering (1)": numbering_half_brackets,
    "numbering （1）": numbering_full_brackets,
    "numbering • for (1)": numbering_bullets,
    "deductions 扣 1 分": deductions_spaced,
    "deductions 扣1分": deductions_tight,
    "deductions 每…扣1分": deductions_per,
    "deductions 扣一分": deductions_numerals,
    "header letter-spaced": header_spaced,
    "CRLF line ends": crlf,
    "blank lines between": blank_lines,
    "page number lines": page_numbers,
}


# -- printings of the hand-read schemes -------------------------------------------------------
#
# Each printing below prints a document from its hand-read scheme (the ``.scheme.json`` of a tune
# half), not from its saved text: its items, points, deductions, bonus rules and vetoes laid out
# as real offices print a scheme. The facts hold for every printing as they hold for the saved
# text, so a printing's figures are read against the same hand reading; the first, a pipe table,
# is the reference the others change one thing of.

_LEVEL_HEADS = ("一级指标", "二级指标", "三级指标", "四级指标")
_CHINESE = "一二三四五六七八九十"


@dataclasses.dataclass(frozen=True)
class _Row:
    """One leaf item of a scheme as a table row: the groups above it (each with whether this row
    is the group's first), the leaf, and the words of its deductions."""

    groups: tuple[tuple[dict[str, Any], bool], ...]
    leaf: dict[str, Any]
    deductions: tuple[str, ...]


def _points_text(points: float | None) -> str:
    if points is None:
        return ""
    return str(int(points)) if float(points).is_integer() else str(points)


def _leaves(
    items: list[dict[str, Any]], groups: tuple[tuple[dict[str, Any], bool], ...], key: str
) -> Iterator[tuple[str, tuple[tuple[dict[str, Any], bool], ...], dict[str, Any]]]:
    """Each leaf under ``items`` in order, with its key (its numbers run together) and the groups
    above it, each with whether the leaf is the group's first."""
    for item in items:
        own = key + _plain_key(item.get("number"))
        if item.get("children"):
            yield from _leaves(item["children"], (*groups, (item, True)), own)
        else:
            yield own, groups, item
        groups = tuple((group, False) for group, _ in groups)


def _rows(facts: dict[str, Any]) -> list[_Row] | None:
    """The leaves of the scheme in order as table rows; None for a scheme with no items, or with
    an item without a number or two leaves of one key, or a deduction of no item (its deductions
    are not keyed one to one)."""
    deductions: dict[str, list[str]] = {}
    for deduction in facts["deductions"]:
        deductions.setdefault(_plain_key(deduction["item"]), []).append(deduction["text"])
    leaves = list(_leaves(facts["items"], (), ""))
    keys = [key for key, _, _ in leaves]
    numbered = all(item.get("number") is not None for _, item in _flatten_facts(facts["items"]))
    if not leaves or not numbered or len(set(keys)) < len(keys):
        return None
    if "" in deductions:
        return None  # a deduction of no item printed (``"item": null``) has no row to go in
    rows = [_Row(groups, leaf, tuple(deductions.pop(key, []))) for key, groups, leaf in leaves]
    # a deduction keyed by an item's own number (``1`` for ``一1``) goes with the first such leaf
    for key, texts in deductions.items():
        for index, row in enumerate(rows):
            if _plain_key(row.leaf.get("number")) == key:
                rows[index] = dataclasses.replace(row, deductions=row.deductions + tuple(texts))
                break
    return rows


def _flatten_facts(items: list[dict[str, Any]]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every item of the hand-read scheme with its depth (0 the top), depth first."""
    for item in items:
        yield 0, item
        for depth, inner in _flatten_facts(item.get("children", [])):
            yield depth + 1, inner


def _plain_key(number: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", number or "").split())


def _group_cell(item: dict[str, Any]) -> str:
    points = _points_text(item.get("points"))
    return f"{item['title']}（{points}分）" if points else item["title"]


def _standard(texts: tuple[str, ...], circled: bool = False) -> str:
    """The deductions of one item as one 评分标准 cell, joined by ``；``; ``circled`` numbers each
    ``①``, ``②`` where the item has two or more."""
    clauses = [text.rstrip("。；;，, ") for text in texts]
    if circled and len(clauses) > 1:
        clauses = [chr(ord("①") + index) + clause for index, clause in enumerate(clauses[:20])]
    return "；".join(clauses) + ("。" if texts else "")


@dataclasses.dataclass(frozen=True)
class _Layout:
    """How a printing lays out its table; the reference prints every one False."""

    points_first: bool = False  # the 分值 column before the groups
    run_into: bool = False  # the deductions in the item's cell, no 评分标准 column
    total_first: bool = False  # the total row under the header, not at the foot
    two_row_header: bool = False  # 考核项目 over the level heads
    extra_rows: bool = False  # the bonus rules and vetoes as rows, not paragraphs below
    circled: bool = False  # an item's deductions numbered ①②, where it has two or more


def _arranged(layout: _Layout, groups: list[str], own: tuple[str, str, str, str]) -> list[str]:
    """One row's cells in the layout's order: its group cells and its ``own`` cells (number,
    item, points, rule)."""
    number, item, points, rule = own
    cells = [*groups, number, item]
    cells = [points, *cells] if layout.points_first else [*cells, points]
    return cells if layout.run_into else [*cells, rule]


def _label_row(layout: _Layout, depth: int, label: str, item: str, points: str) -> list[str]:
    """A row that opens with a label (``合计``, ``加分项``) in its first group cell, or its number
    cell in a table without groups."""
    groups = [label, *[""] * (depth - 1)] if depth else []
    return _arranged(layout, groups, ("" if depth else label, item, points, ""))


def _header(layout: _Layout, depth: int) -> list[list[str]]:
    """The table's header: one row, or 考核项目 over the level heads."""
    heads = list(_LEVEL_HEADS[:depth]) if depth <= len(_LEVEL_HEADS) else ["考核项目"] * depth
    item = "考核内容及评分标准" if layout.run_into else "考核内容"
    if layout.two_row_header and depth:
        top = ["考核项目", *[""] * (depth - 1)]
        return [
            _arranged(layout, top, ("序号", item, "分值", "评分标准")),
            _arranged(layout, heads, ("", "", "", "")),
        ]
    return [_arranged(layout, heads, ("序号", item, "分值", "评分标准"))]


def _table_rows(facts: dict[str, Any], layout: _Layout) -> list[list[str]] | None:
    """The scheme as a table's rows of cells, header first; None for a scheme without rows."""
    rows = _rows(facts)
    if rows is None:
        return None
    depth = max(len(row.groups) for row in rows)
    body: list[list[str]] = []
    for number, row in enumerate(rows, 1):
        cells = [_group_cell(group) if first else "" for group, first in row.groups]
        cells += [""] * (depth - len(cells))
        title = row.leaf["title"]
        if layout.run_into and row.deductions:
            title = title.rstrip("。；;，, ") + "。" + _standard(row.deductions)
        points = _points_text(row.leaf.get("points"))
        own = (str(number), title, points, _standard(row.deductions, layout.circled))
        body.append(_arranged(layout, cells, own))
    if layout.extra_rows:
        body += [
            _label_row(layout, depth, label, rule["text"], "")
            for label, key in (("加分项", "bonus"), ("一票否决", "veto"))
            for rule in facts.get(key, [])
        ]
    total = _points_text(_total(facts))
    if total:
        total_row = _label_row(layout, depth, "合计", "", total)
        body = [total_row, *body] if layout.total_first else [*body, total_row]
    return [*_header(layout, depth), *body]


def _total(facts: dict[str, Any]) -> float | None:
    """The scheme's total: as it states it, else the sum of its top items' points where each
    has points."""
    if facts.get("total") is not None:
        return float(facts["total"])
    points = [item.get("points") for item in facts["items"]]
    return float(sum(points)) if points and None not in points else None


def _paragraphs_below(facts: dict[str, Any]) -> list[str]:
    """The bonus rules and vetoes as numbered paragraphs under their headings."""
    lines: list[str] = []
    for head, rules in (
        ("加分项目", facts.get("bonus", [])),
        ("一票否决项目", facts.get("veto", [])),
    ):
        if rules:
            lines.append(f"{head}：")
            lines += [f"{number}．{rule['text']}" for number, rule in enumerate(rules, 1)]
    cap = _points_text(facts.get("bonus_cap"))
    if cap:
        lines.append(f"加分累计不超过{cap}分。")
    return lines


def _heading(facts: dict[str, Any]) -> list[str]:
    return [facts.get("title") or "考核评分表", ""]


def _printed_table(
    facts: dict[str, Any], join: Callable[[list[str]], str], layout: _Layout = _Layout()
) -> str | None:
    table = _table_rows(facts, layout)
    if table is None:
        return None
    below = [] if layout.extra_rows else _paragraphs_below(facts)
    return "\n".join([*_heading(facts), *(join(row) for row in table), *below]) + "\n"


def _pipes(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def scheme_pipes(facts: dict[str, Any]) -> str | None:
    """The scheme as a pipe table: its groups in merged cells (printed at their first row, their
    points in brackets), a number, the item, its points and its deductions, a total row under it;
    the bonus rules and vetoes in paragraphs below the table."""
    return _printed_table(facts, _pipes)


def scheme_tabs(facts: dict[str, Any]) -> str | None:
    """The table as tab rows, as a Word or spreadsheet table copied into plain text prints it."""
    return _printed_table(facts, "\t".join)


def scheme_cell_lines(facts: dict[str, Any]) -> str | None:
    """The table flattened one cell a line (its empty cells dropped), as a web page copied prints it."""
    return _printed_table(facts, lambda cells: "\n".join(cell for cell in cells if cell))


def scheme_one_line(facts: dict[str, Any]) -> str | None:
    """The whole table run onto one line, its cells (header and rows) one after another with a
    space between, as a copy that lost a page's table markup prints it; the paragraphs below
    stay on lines of their own."""
    table = _table_rows(facts, _Layout())
    if table is None:
        return None
    run = " ".join(cell for row in table for cell in row if cell)
    return "\n".join([*_heading(facts), run, *_paragraphs_below(facts)]) + "\n"


def scheme_running_rows(facts: dict[str, Any]) -> str | None:
    """The table as running text, a row a line: its cells one after another with a space
    between (its empty cells dropped), as a PDF's text without its column gaps prints it."""
    return _printed_table(facts, lambda cells: " ".join(cell for cell in cells if cell))


def scheme_points_first(facts: dict[str, Any]) -> str | None:
    """The table with its 分值 column first, before the groups and the items."""
    return _printed_table(facts, _pipes, _Layout(points_first=True))


def scheme_run_into(facts: dict[str, Any]) -> str | None:
    """The deductions run into the item's cell (``考核内容及评分标准``), no column of their own."""
    return _printed_table(facts, _pipes, _Layout(run_into=True))


def scheme_total_first(facts: dict[str, Any]) -> str | None:
    """The total row at the top of the table, under the header; None for a scheme without a total."""
    if _total(facts) is None:
        return None
    return _printed_table(facts, _pipes, _Layout(total_first=True))


def scheme_two_row_header(facts: dict[str, Any]) -> str | None:
    """A header over two rows: ``考核项目`` over the level heads (一级指标, 二级指标); None for a
    scheme of one level."""
    rows = _rows(facts)
    if rows is None or max(len(row.groups) for row in rows) < 1:
        return None
    return _printed_table(facts, _pipes, _Layout(two_row_header=True))


def scheme_extra_rows(facts: dict[str, Any]) -> str | None:
    """The bonus rules and vetoes as rows at the foot of the table (``加分项``, ``一票否决``), not
    paragraphs below it; None for a scheme without them."""
    if not facts.get("bonus") and not facts.get("veto"):
        return None
    return _printed_table(facts, _pipes, _Layout(extra_rows=True))


def scheme_full_width_digits(facts: dict[str, Any]) -> str | None:
    """The pipe table with its digits full-width."""
    printed = scheme_pipes(facts)
    return None if printed is None else full_width_digits(printed)


def scheme_spaced_numbers(facts: dict[str, Any]) -> str | None:
    """The pipe table with a space inside each number of two characters or more, before its last
    digit (``1 0``, ``0. 5``), as a PDF's text extraction breaks a number at a glyph's gap."""
    printed = scheme_pipes(facts)
    if printed is None:
        return None
    return re.sub(r"(?<![\d.])(\d+\.?)(\d)(?![\d.])", r"\1 \2", printed)


def _numbered(level: int, number: int, levels: int) -> str:
    """The number of an item at ``level`` (0 the top) in a scheme of ``levels`` levels: the
    innermost ``（1）``, above it ``1.``, above that ``一、``, above that ``第一部分``."""
    kind = levels - 1 - level + (levels == 1)  # the items of a scheme of one level: 1.
    numeral = _CHINESE[number - 1] if number <= 10 else str(number)
    return (f"（{number}）", f"{number}.", f"{numeral}、", f"第{numeral}部分")[min(kind, 3)]


def _paragraph_lines(
    facts: dict[str, Any], points_line: bool, rule_line: bool = False
) -> str | None:
    rows = _rows(facts)
    if rows is None:
        return None
    levels = max(len(row.groups) for row in rows) + 1
    counters = [0] * levels
    lines = _heading(facts)
    for row in rows:
        for level, (group, first) in enumerate(row.groups):
            if first:
                counters[level] += 1
                counters[level + 1 :] = [0] * (levels - level - 1)
                lines.append(_numbered(level, counters[level], levels) + _group_cell(group))
        level = len(row.groups)
        counters[level] += 1
        number = _numbered(level, counters[level], levels)
        points = _points_text(row.leaf.get("points"))
        if points_line:
            lines.append(number + row.leaf["title"])
            if points:
                lines.append(f"分值：{points}")
            if row.deductions:
                lines.append("评分标准：" + _standard(row.deductions))
        else:
            head = row.leaf["title"].rstrip("。；;，, ") + (f"（{points}分）" if points else "")
            rule = _standard(row.deductions) if row.deductions else ""
            if rule_line:
                lines += [number + head + "。", *([rule] if rule else [])]
            else:
                lines.append(number + head + ("。" + rule if rule else ""))
    return "\n".join([*lines, *_paragraphs_below(facts)]) + "\n"


def scheme_points_lines(facts: dict[str, Any]) -> str | None:
    """The scheme in numbered paragraphs, each item's points on a line of its own (``分值：5``) and
    its deductions on the next (``评分标准：…``)."""
    return _paragraph_lines(facts, points_line=True)


def scheme_sub_items(facts: dict[str, Any]) -> str | None:
    """The scheme in numbered paragraphs, the items ``（1）`` under ``1.`` (``1.`` under ``一、``),
    each with its points in brackets and its deductions run on; None for a scheme of one level."""
    rows = _rows(facts)
    if rows is None or max(len(row.groups) for row in rows) < 1:
        return None
    return _paragraph_lines(facts, points_line=False)


def scheme_circled(facts: dict[str, Any]) -> str | None:
    """The pipe table with an item's deductions numbered ``①``, ``②`` in its 评分标准 cell; None
    for a scheme whose every item has one deduction or none."""
    rows = _rows(facts)
    if rows is None or all(len(row.deductions) < 2 for row in rows):
        return None
    return _printed_table(facts, _pipes, _Layout(circled=True))


def scheme_rule_lines(facts: dict[str, Any]) -> str | None:
    """The scheme in numbered paragraphs, each item with its points in brackets on its line and
    its deductions on the next line, unlabelled; None for a scheme without deductions."""
    if not facts["deductions"]:
        return None
    return _paragraph_lines(facts, points_line=False, rule_line=True)


PRINTINGS: dict[str, Callable[[dict[str, Any]], str | None]] = {
    "scheme: pipe table": scheme_pipes,
    "scheme: tab rows": scheme_tabs,
    "scheme: one cell a line": scheme_cell_lines,
    "scheme: points column first": scheme_points_first,
    "scheme: rules run into the item": scheme_run_into,
    "scheme: total row at the top": scheme_total_first,
    "scheme: two-row header": scheme_two_row_header,
    "scheme: bonus and veto as rows": scheme_extra_rows,
    "scheme: full-width digits": scheme_full_width_digits,
    "scheme: spaces inside numbers": scheme_spaced_numbers,
    "scheme: 分值：5 on a line": scheme_points_lines,
    "scheme: （1） under 1.": scheme_sub_items,
    "scheme: criteria numbered ①②": scheme_circled,
    "scheme: deductions on a line under the item": scheme_rule_lines,
    "scheme: table on one line": scheme_one_line,
    "scheme: rows as running text": scheme_running_rows,
}
REFERENCE = "scheme: pipe table"
"""Printings of the tune halves' hand-read schemes, the reference (a pipe table) first."""


def _scorer() -> Any:
    path = ROOT / "benchmarks" / "scheme_accuracy.py"
    spec = importlib.util.spec_from_file_location("scheme_accuracy", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["scheme_accuracy"] = module
    spec.loader.exec_module(module)
    return module


def documents() -> list[pathlib.Path]:
    """The facts files of the text documents of the tune halves and the development set."""
    folders = [
        *sorted((TESTS / "parse" / "schemes").glob("real*/tune")),
        TESTS / "corpus" / "schemes" / "dev",
    ]
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.scheme.json")):
            facts = json.loads(path.read_text(encoding="utf-8"))
            if (folder / facts["file"]).suffix == ".txt":
                found.append(path)
    return found


def _score(scorer: Any, facts_path: pathlib.Path, text: str) -> collections.Counter[str]:
    """Score one document printed as ``text``, written beside a copy of its facts."""
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / facts_path.name
        copy.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        (pathlib.Path(folder) / facts["file"]).write_text(text, encoding="utf-8", newline="")
        return scorer.score_corpus(copy)  # type: ignore[no-any-return]


def printed_documents() -> list[pathlib.Path]:
    """The hand-read schemes of the tune halves, which the printings print (never a check half)."""
    return sorted((TESTS / "parse" / "schemes").glob("real*/tune/*.scheme.json"))


def _score_printed(scorer: Any, facts_path: pathlib.Path, text: str) -> collections.Counter[str]:
    """Score one hand-read scheme printed as ``text``: items, points, deductions, bonus, vetoes.

    A printing is plain text whatever the document was saved as (a page kept as ``.html``), so it
    is written as a ``.txt`` file: read as the saved format, its lines would be taken for markup.
    """
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    facts["file"] = pathlib.PurePath(facts["file"]).with_suffix(".txt").name
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / facts_path.name
        copy.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        (pathlib.Path(folder) / facts["file"]).write_text(text, encoding="utf-8", newline="")
        return scorer.score_real(copy)  # type: ignore[no-any-return]


def measure_printing(
    name: str, cases: Sequence[pathlib.Path], scorer: Any | None = None
) -> dict[pathlib.Path, collections.Counter[str]]:
    """What one printing reads right of each document of ``cases`` it prints (those it skips
    are left out)."""
    scorer = scorer or _scorer()
    found = {}
    for path in cases:
        printed = PRINTINGS[name](json.loads(path.read_text(encoding="utf-8")))
        if printed is not None:
            found[path] = _score_printed(scorer, path, printed)
    return found


PRINTED_FIELDS = ("items", "points", "deductions", "bonus", "veto")


def _variants_table(scorer: Any, names: list[str], failures: bool) -> None:
    cases = documents()
    texts = {
        path: (path.parent / json.loads(path.read_text())["file"]).read_text() for path in cases
    }
    saved = {path: _score(scorer, path, texts[path]) for path in cases}
    print(f"rulegov {rulegov.__version__}: {len(cases)} appraisal documents (tune halves, dev)")
    print(
        f"{'variant':28} {'docs':>4} {'skipped':>7}  {'items':>11} {'saved':>9}"
        f"  {'points':>11} {'saved':>9}  {'deductions':>11} {'saved':>9}"
    )
    for name in names:
        total: collections.Counter[str] = collections.Counter()
        base: collections.Counter[str] = collections.Counter()
        losses = []
        skipped = 0
        for path in cases:
            printed = VARIANTS[name](texts[path])
            if printed is None or (printed == texts[path] and name != "as saved"):
                skipped += 1
                continue
            found = saved[path] if name == "as saved" else _score(scorer, path, printed)
            total.update(found)
            base.update(saved[path])
            lost = [
                f"{field} {found[field + ' right']}/{saved[path][field + ' right']}"
                for field in FIELDS
                if found[field + " right"] < saved[path][field + " right"]
            ]
            if lost:
                losses.append(
                    f"{path.parent.parent.name}/{path.name.split('.')[0]}: {', '.join(lost)}"
                )
        line = f"{name:28} {len(cases) - skipped:>4} {skipped:>7}"
        for field in FIELDS:
            line += f"  {total[field + ' right']:>5}/{total[field]:<5} {base[field + ' right']:>9}"
        print(line)
        if failures:
            for loss in losses:
                print(f"    {loss}")


def _printings_table(scorer: Any, names: list[str], failures: bool) -> None:
    cases = printed_documents()
    reference = measure_printing(REFERENCE, cases, scorer)
    print(f"\n{len(cases)} hand-read schemes of the tune halves, printed anew")
    print(
        f"{'printing':34} {'docs':>4} {'skipped':>7}"
        + "".join(f"  {field:>11} {'pipes':>5}" for field in PRINTED_FIELDS)
    )
    for name in names:
        found = reference if name == REFERENCE else measure_printing(name, cases, scorer)
        total = sum(found.values(), collections.Counter[str]())
        base = sum(
            (reference.get(path, collections.Counter()) for path in found),
            collections.Counter[str](),
        )
        line = f"{name:34} {len(found):>4} {len(cases) - len(found):>7}"
        for field in PRINTED_FIELDS:
            line += f"  {total[field + ' right']:>5}/{total[field]:<5} {base[field + ' right']:>5}"
        print(line)
        if not failures:
            continue
        for path, counts in found.items():
            # the reference lists what it reads short of the hand reading; the others what they
            # read short of the reference
            wanted = counts if name == REFERENCE else reference.get(path, counts)
            key = "" if name == REFERENCE else " right"
            lost = [
                f"{field} {counts[field + ' right']}/{wanted[field + key]}"
                for field in PRINTED_FIELDS
                if counts[field + " right"] < wanted[field + key]
            ]
            if lost:
                print(f"    {path.parent.parent.name}/{path.name.split('.')[0]}: {', '.join(lost)}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print what each variant and printing reads right, beside the saved text or the hand reading."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--variant", action="append", choices=sorted([*VARIANTS, *PRINTINGS]), help="only these"
    )
    parser.add_argument(
        "--failures", action="store_true", help="print the documents that lose or read short"
    )
    args = parser.parse_args(argv)
    scorer = _scorer()
    chosen = args.variant or [*VARIANTS, *PRINTINGS]
    variants = [name for name in chosen if name in VARIANTS and name != "as saved"]
    printings = [name for name in chosen if name in PRINTINGS]
    if variants or not printings:
        _variants_table(scorer, ["as saved", *variants], args.failures)
    if printings:
        _printings_table(scorer, printings, args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
