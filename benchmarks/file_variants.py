"""How well rulegov reads a plan kept as a web page, a Word file or a PDF instead of text.

The same documents, each written as a user receives it: a web page (``.html``: the site's
menu and breadcrumb over the article, its paragraphs as ``<p>``, its tables as ``<table>``, a
footer under it; spaces as ``&nbsp;``, as a page keeps a text's spaces), a Word file
(``.docx``: a paragraph a line, tables as Word tables) and a PDF with a text layer (``.pdf``,
set as GB/T 9704 sets a document: the heading centred in larger type, the recipients flush
left, the signature and date to the right, paragraphs set in two characters, lines of 28
characters in 16-point type, 22 lines a page, a page number ``— 3 —`` at each page's foot; a
table of pipe rows drawn with rules, a row the page cannot hold broken across it). Each file is read
with ``rulegov.read_plan``, the reader a user calls, and scored against the hand-read facts
(``benchmarks/accuracy.py`` scores them) beside the text as saved, in the same run: a reader
that generalises reads every file as well as the text.

The documents are the ``.txt`` files of the ``tune`` halves of ``tests/parse/documents`` and
of the development set ``tests/corpus/dev`` (as ``head_variants.py`` takes them), and the
documents of those ``tune`` halves kept as pages, Word files or PDFs (their text as rulegov reads
it): never a ``check`` half nor the held-out set, which only the accuracy benchmark measures. A
document whose table's cells stand apart by tabs or runs of spaces is left out of the PDF (there
are no cells to draw).

With ``--schemes`` it reads the appraisal documents of the ``tune`` halves of
``tests/parse/schemes`` (their ``.txt`` files) so kept into schemes instead, and prints the items,
points and deductions read right against the hand-read schemes (``scheme_accuracy.py`` scores
them), beside the text as saved.

Needs the ``html``, ``docx`` and ``pdf`` extras. Run:
``python benchmarks/file_variants.py [--variant NAME ...] [--failures] [--schemes]``.
"""

from __future__ import annotations

import collections
import html
import json
import pathlib
import re
import sys
import tempfile
from typing import TYPE_CHECKING, Any

import head_variants  # the documents and the scoring
import scheme_accuracy  # the scoring of schemes

import rulegov
import rulegov.io

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

sys.path.insert(0, str(head_variants.TESTS))
from pdfs import pdf_of_lines  # the PDF writer of the tests, a path away

_PAGE_LINES = 22  # GB/T 9704: 22 lines of 28 characters a page, in 16-point type
_LINE_WIDTH = 28
_TYPE_SIZE = 16
_HEADING_SIZE = 22  # the heading in 2号 type, the text in 3号
_TOP = 737.0  # the first line's height on an A4 page: 37 mm under its top edge
_PITCH = 28.9  # 225 mm of text height over 22 lines
_LEFT = 79.0  # 28 mm from the page's left edge
_BOTTOM = _TOP - _PAGE_LINES * _PITCH + _TYPE_SIZE  # the foot of the text's room
_TABLE_SIZE = 12  # a table's cells in 小四 type
_CELL_PITCH = 16.0
_CELL_PAD = 6.0  # the room above and under a cell's text
_TABLE_GAP = 6.0  # the room between a table and the lines around it
_NARROWEST = 2.5  # the fewest ideographs a column is wide
_TABLE_ROW = re.compile(r"\S(?:\t| {2,}|\u3000{2,})\S.*(?:\t| {2,}|\u3000{2,})\S")
_HEAD_LINES = 20  # the lines of a document's head, where its heading stands
_DATE_LINE = re.compile(
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)


def _blocks(text: str, *, spaced: bool = False) -> list[str | list[list[str]]]:
    """The text's lines, its runs of pipe rows (and with ``spaced``, of spaced rows) gathered
    into tables (lists of rows of cells).

    A pipe row is a line that opens with a pipe, its last pipe there or not, or closes with one
    and holds another (a site's menu, `县委| 县人大| 县政协`, is no row). A run whose rows mostly
    hold fewer than two cells with text (a table's cells copied one a line, each behind a
    pipe) is no grid to draw: its lines stay lines. A spaced row's cells stand apart by tabs or
    by runs of spaces (`_spaced_rows`).
    """
    blocks: list[str | list[list[str]]] = []
    run: list[tuple[str, list[str]]] = []

    def close_run() -> None:
        grid = sum(sum(1 for cell in cells if cell) >= 2 for _, cells in run)
        if grid * 2 >= len(run):
            blocks.append([cells for _, cells in run])
        else:
            blocks.extend(line for line, _ in run)
        run.clear()

    for line in text.split("\n"):
        bare = line.strip()
        if (bare.startswith("|") and len(bare) > 1) or (bare.endswith("|") and bare.count("|") > 1):
            cells = [cell.strip() for cell in bare.removeprefix("|").removesuffix("|").split("|")]
            if "-" not in bare or not all(set(cell) <= set("-: ") for cell in cells):
                run.append((bare, cells))  # not a Markdown table's rule row
            continue
        if run:
            close_run()
        if bare:
            blocks.append(line.rstrip())
    if run:
        close_run()
    if spaced:
        return _spaced_rows(blocks)
    return [block.strip() if isinstance(block, str) else block for block in blocks]


_CELL_GAP = re.compile(r"\t| {2,}|\u3000{2,}")
_SPACED_LEAST = 2  # rows in a run of spaced rows, at the least


def _spaced_rows(blocks: list[str | list[list[str]]]) -> list[str | list[list[str]]]:
    """``blocks`` with each run of two or more lines whose cells stand apart by tabs or runs of
    spaces made a table, where the run is a clear grid: every row with as many cells, three or
    more, none of them one ideograph alone (a label set letter-spaced, `标    题:`). Cells apart
    by tabs are the columns in order, empty ones too. A run that is no clear grid stays lines
    (and the text is left out of the PDF)."""
    out: list[str | list[list[str]]] = []
    run: list[tuple[str, list[str]]] = []

    def close_run() -> None:
        widths = {len(row) for _, row in run}
        if len(run) >= _SPACED_LEAST and len(widths) == 1 and widths.pop() >= 3:
            out.append([row for _, row in run])
        else:
            out.extend(line for line, _ in run)
        run.clear()

    for block in blocks:
        cells = _CELL_GAP.split(block.strip()) if isinstance(block, str) else []
        if len(cells) >= 2 and not any(_IDEOGRAPH.fullmatch(cell) for cell in cells):
            run.append((block.strip(), [cell.strip() for cell in cells]))
            continue
        if run:
            close_run()
        out.append(block.strip() if isinstance(block, str) else block)
    if run:
        close_run()
    return out


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def _spaced(text: str) -> str:
    """``text`` escaped for a page, its spaces kept as a page keeps them (``&nbsp;``)."""
    return html.escape(text).replace(" ", "&nbsp;")


def web_page(text: str, folder: pathlib.Path, _facts: dict[str, Any]) -> pathlib.Path:
    """``text`` as a site's page of an article: menu, breadcrumb, article, footer."""
    parts = []
    for block in _blocks(text):
        if isinstance(block, str):
            parts.append(f"<p>{_spaced(block)}</p>")
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{_spaced(cell)}</td>" for cell in row) + "</tr>"
                for row in block
            )
            parts.append(f"<table border='1'>{rows}</table>")
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>政府信息公开</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> "
        "<a href='/hdjl'>互动交流</a></div>"
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></div>"
        f"<div class='article'>{''.join(parts)}</div>"
        "<div class='footer'>主办单位：某某市人民政府办公室 版权所有</div></body></html>"
    )
    path = folder / "page.html"
    path.write_text(page, encoding="utf-8")
    return path


def word_file(text: str, folder: pathlib.Path, _facts: dict[str, Any]) -> pathlib.Path:
    """``text`` as a Word file: a paragraph a line, tables as Word tables."""
    import docx  # noqa: PLC0415 - the docx extra, needed only here

    document = docx.Document()
    for block in _blocks(text):
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        columns = max(len(row) for row in block)
        table = document.add_table(rows=len(block), cols=columns)
        for row, cells in zip(table.rows, block, strict=True):
            for cell, value in zip(row.cells, cells, strict=False):
                cell.text = value
    path = folder / "document.docx"
    document.save(str(path))
    return path


def _role(line: str, index: int, facts: dict[str, Any]) -> str:
    """Where GB/T 9704 sets a line: ``centre`` (the heading), ``left`` (the recipients, flush
    left), ``right`` (the signature and the date) or ``body`` (a paragraph, set in two
    characters)."""
    signers = (facts.get("issuer") or "").split("、")
    if line in signers or _DATE_LINE.fullmatch(line):
        return "right"
    headings = [facts.get(key) or "" for key in ("notice_title", "title")]
    if index < _HEAD_LINES and any(
        h and (line == h or (len(line) > 6 and line in h)) for h in headings
    ):
        return "centre"
    if line.startswith("各") and line.endswith((":", "：")):
        return "left"
    return "body"


# a piece of text: x, its baseline's height, size, text, and the width it is justified to
_Placed = tuple[float, float, float, str] | tuple[float, float, float, str, float]
_Rule = tuple[float, float, float, float]  # a drawn line: x0, y0, x1, y1


def _set_lines(line: str, index: int, facts: dict[str, Any]) -> list[tuple[float, float, str]]:
    """One line of the text set on a page's width: each piece with its distance from the margin
    and its type size."""
    role = _role(line, index, facts)
    if role == "body":
        first, *rest = head_variants.wrapped("\u3000\u3000" + line, _LINE_WIDTH)
        return [
            (2.0 * _TYPE_SIZE, _TYPE_SIZE, first.removeprefix("\u3000\u3000")),
            *((0.0, _TYPE_SIZE, piece) for piece in rest),
        ]
    size = _HEADING_SIZE if role == "centre" else _TYPE_SIZE
    width = _LINE_WIDTH * _TYPE_SIZE / size
    placed = []
    # a line set to the right stands two characters in from the right margin: it wraps there
    for piece in head_variants.wrapped(line, width - 2 * (role == "right")):
        room = (width - head_variants.ems(piece)) * size
        offset = {"centre": room / 2, "left": 0.0, "right": room - 2 * size}[role]
        placed.append((offset, size, piece))
    return placed


def _column_widths(rows: list[list[str]]) -> list[float]:
    """Each column's width in the table's type, in ideographs: what its longest cell needs, the
    page's width shared out evenly among the columns that need more than their share."""
    count = max(len(row) for row in rows)
    needs = [
        max(head_variants.ems(row[column]) if column < len(row) else 0.0 for row in rows) + 1
        for column in range(count)
    ]
    widths = [0.0] * count
    room = _LINE_WIDTH * _TYPE_SIZE / _TABLE_SIZE
    waiting = sorted(range(count), key=lambda column: needs[column])
    while waiting:
        column = waiting.pop(0)
        widths[column] = max(min(needs[column], room / (len(waiting) + 1)), _NARROWEST)
        room -= widths[column]
    return widths


class _Pages:
    """Pages being set from the top: the text and the rules of each, and where the next line goes."""

    def __init__(self) -> None:
        self.texts: list[list[_Placed]] = [[]]
        self.rules: list[list[_Rule]] = [[]]
        self.top = _TOP + _TYPE_SIZE  # the top of the room left on the page

    def new_page(self) -> None:
        self.texts.append([])
        self.rules.append([])
        self.top = _TOP + _TYPE_SIZE

    def line(self, offset: float, size: float, text: str, *, justified: bool) -> None:
        if self.top - _TYPE_SIZE < _BOTTOM:
            self.new_page()
        height = round(self.top - size, 1)
        if justified:
            width = _LINE_WIDTH * _TYPE_SIZE - offset
            self.texts[-1].append((_LEFT + offset, height, size, text, width))
        else:
            self.texts[-1].append((_LEFT + offset, height, size, text))
        self.top -= _PITCH

    def table(self, rows: list[list[str]]) -> None:
        """A table drawn with rules, its cells wrapped within their columns; a row that does not
        fit the page is broken across it, as a word processor breaks it."""
        widths = _column_widths(rows)
        lefts = [_LEFT + _TABLE_SIZE * sum(widths[:column]) for column in range(len(widths) + 1)]
        cells = [
            [
                head_variants.wrapped(row[column], widths[column] - 0.5)
                if column < len(row)
                else []
                for column in range(len(widths))
            ]
            for row in rows
        ]
        self.top -= _TABLE_GAP
        for row in cells:
            needed = max(1, *(len(cell) for cell in row))
            done = 0
            while done < needed:
                fit = int((self.top - _BOTTOM - _CELL_PAD) // _CELL_PITCH)
                if fit < min(needed - done, 2):  # not two of its lines fit: the next page
                    self.new_page()
                    continue
                shown = min(fit, needed - done)
                for column, cell in enumerate(row):
                    for number, piece in enumerate(cell[done : done + shown], start=1):
                        baseline = self.top - _CELL_PAD / 2 - number * _CELL_PITCH + 3
                        self.texts[-1].append(
                            (lefts[column] + 3, round(baseline, 1), _TABLE_SIZE, piece)
                        )
                bottom = self.top - shown * _CELL_PITCH - _CELL_PAD
                self.rules[-1].append((lefts[0], self.top, lefts[-1], self.top))
                self.rules[-1].append((lefts[0], bottom, lefts[-1], bottom))
                self.rules[-1].extend((x, self.top, x, bottom) for x in lefts)
                self.top = bottom
                done += shown
        self.top -= _TABLE_GAP


def pdf_file(text: str, folder: pathlib.Path, facts: dict[str, Any]) -> pathlib.Path | None:
    """``text`` set as GB/T 9704 sets a document, in a PDF; None for a text whose table's cells
    are apart by tabs or runs of spaces (no cells to draw).

    The heading is centred in 22-point type, the recipients flush left, the signature and the
    date set to the right, every other paragraph set in two characters; lines wrap at 28
    characters, 22 to a page, a page number at each page's foot. A table of pipe rows is drawn
    with rules in 12-point type, each cell wrapped within its column, a row that does not fit
    the page broken across it.
    """
    blocks = _blocks(text, spaced=True)
    if any(isinstance(block, str) and _TABLE_ROW.search(block) for block in blocks):
        return None  # a spaced row alone: no table to draw
    pages = _Pages()
    index = 0
    for block in blocks:
        if isinstance(block, list):
            pages.table(block)
            continue
        placed = _set_lines(block, index, facts)
        right = _role(block, index, facts) == "right"
        for number, (offset, size, piece) in enumerate(placed, start=1):
            # a paragraph's lines but its last are justified to the right margin; a line set to
            # the right is not (each of its lines ends two characters in from the margin)
            pages.line(offset, size, piece, justified=number < len(placed) and not right)
        index += 1
    for number, page in enumerate(pages.texts, start=1):
        page.append((270.0, 50.0, 14.0, f"— {number} —"))
    path = folder / "document.pdf"
    path.write_bytes(pdf_of_lines(pages.texts, proportional=True, rules=pages.rules))
    return path


VARIANTS: dict[str, Callable[[str, pathlib.Path, dict[str, Any]], pathlib.Path | None]] = {
    "web page": web_page,
    "Word file": word_file,
    "PDF": pdf_file,
}
MEASURES = ("sections", "tasks", "units")


def measure(
    name: str, cases: list[tuple[pathlib.Path, dict[str, Any]]]
) -> tuple[list[int], dict[str, Any], int, dict[str, tuple[int, ...]], list[str]]:
    """Header fields right and scored, the counts of each measure, the documents written, each
    document's scores, and the header fields missed, over the cases kept as ``name``."""
    accuracy = head_variants.accuracy_module()
    header = [0, 0]
    totals = {measure: accuracy.Count() for measure in MEASURES}
    written = 0
    each: dict[str, tuple[int, ...]] = {}
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as temporary:
        for document, facts in cases:
            path: pathlib.Path | None = document
            if name != "as saved":
                path = VARIANTS[name](_text(document), pathlib.Path(temporary), facts)
            written += path is not None and name != "as saved"
            result = accuracy.evaluate_document(path or document, facts, rulegov.read_plan)
            for field, score in result.header.items():
                header[0] += score.correct
                header[1] += score.scored
                if score.correct < score.scored:
                    missed.append(f"{document.name} {field}: {facts[field]!r}")
            for measure in MEASURES:
                totals[measure].add(result.counts[measure])
            right = sum(score.correct for score in result.header.values())
            each[document.name] = (
                right,
                *(
                    score
                    for measure in MEASURES
                    for score in (result.counts[measure].tp, -result.counts[measure].fp)
                ),
            )
    return header, totals, written, each, missed


def _text(document: pathlib.Path) -> str:
    """A document's text: a text file as saved, any other as rulegov reads it (a page's or a
    Word file's tables as pipe rows)."""
    if document.suffix == ".txt":
        return document.read_text(encoding="utf-8")
    return rulegov.io.read_text(document)


def documents() -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The documents of the tune halves and the development set with their facts: the text
    files, then those kept as pages, Word files or PDFs."""
    found = head_variants.documents()
    folders = sorted((head_variants.TESTS / "parse" / "documents").glob("unseen*/tune"))
    for folder in [*folders, head_variants.TESTS / "corpus" / "dev"]:
        for path in sorted(folder.glob("*.facts.json")):
            facts = json.loads(path.read_text(encoding="utf-8"))
            if (folder / facts["file"]).suffix != ".txt":
                found.append((folder / facts["file"], facts))
    return found


SCHEME_MEASURES = ("items", "points", "deductions")


def scheme_documents() -> list[pathlib.Path]:
    """The hand-read schemes of the appraisal documents of the tune halves."""
    return sorted((head_variants.TESTS / "parse" / "schemes").glob("*/tune/*.scheme.json"))


def measure_schemes(
    name: str, cases: list[pathlib.Path]
) -> tuple[collections.Counter[str], dict[str, tuple[int, ...]]]:
    """The items, points and deductions read right over the schemes' documents kept as ``name``
    (``scheme_accuracy.py`` scores them), and each document's."""
    totals: collections.Counter[str] = collections.Counter()
    each: dict[str, tuple[int, ...]] = {}
    with tempfile.TemporaryDirectory() as temporary:
        folder = pathlib.Path(temporary)
        for path in cases:
            facts = json.loads(path.read_text(encoding="utf-8"))
            scored = path
            if name != "as saved":
                written = VARIANTS[name](_text(path.parent / facts["file"]), folder, {})
                if written is not None:
                    scored = folder / "document.scheme.json"
                    copy = {**facts, "file": written.name}
                    scored.write_text(json.dumps(copy, ensure_ascii=False), encoding="utf-8")
            counts = scheme_accuracy.score_real(scored)
            totals.update(counts)
            each[f"{path.parent.parent.name}/{path.name}"] = tuple(
                counts[f"{measure} right"] for measure in SCHEME_MEASURES
            )
    return totals, each


def main_schemes(names: list[str], *, failures: bool) -> None:
    """Print the items, points and deductions read right for each kind of file."""
    cases = scheme_documents()
    print(f"rulegov {rulegov.__version__}: {len(cases)} appraisal documents (tune halves)")
    print(f"{'kept as':12}" + "".join(f" {measure:>11}" for measure in SCHEME_MEASURES) + " worse")

    def row(name: str) -> tuple[str, dict[str, tuple[int, ...]]]:
        totals, each = measure_schemes(name, cases)
        cells = (f"{totals[f'{m} right']}/{totals[m]}" for m in SCHEME_MEASURES)
        return f"{name:12}" + "".join(f" {cell:>11}" for cell in cells), each

    head_variants.print_variant_rows(names, row, failures=failures)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the header fields and the F1 of sections, tasks and units for each kind of file."""
    args, names = head_variants.arguments(
        __doc__,
        VARIANTS,
        argv,
        "name the documents read worse than as saved",
        [("--schemes", "read the appraisal documents of the tune halves into schemes instead")],
    )
    if args.schemes:
        main_schemes(names, failures=args.failures)
        return 0
    cases = documents()
    print(f"rulegov {rulegov.__version__}: {len(cases)} documents (tune halves, dev)")
    print(
        f"{'kept as':12} {'header':>11} {'sections':>8} {'tasks':>8} {'units':>8}"
        f" {'written':>7} {'worse':>5}"
    )

    def row(name: str) -> tuple[str, dict[str, tuple[int, ...]]]:
        header, totals, written, each, _ = measure(name, cases)
        figures = (
            f"{name:12} {f'{header[0]}/{header[1]}':>11}"
            + "".join(f" {head_variants.f1_text(totals[m]):>8}" for m in MEASURES)
            + f" {written:>7}"
        )
        return figures, each

    head_variants.print_variant_rows(names, row, failures=args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
