"""How well rulegov reads a plan kept as a web page, a Word file or a PDF instead of text.

The same documents, each written as a user receives it: a web page (``.html``: the site's
menu and breadcrumb over the article, its paragraphs as ``<p>``, its tables as ``<table>``, a
footer under it; spaces as ``&nbsp;``, as a page keeps a text's spaces), a Word file
(``.docx``: a paragraph a line, tables as Word tables) and a PDF with a text layer (``.pdf``,
set as GB/T 9704 sets a document: the heading centred in larger type, the recipients flush
left, the signature and date to the right, paragraphs set in two characters, lines of 28
characters in 16-point type, 22 lines a page, a page number ``— 3 —`` at each page's foot; a
text with a table is left out). Each file is read
with ``rulegov.read_plan``, the reader a user calls, and scored against the hand-read facts
(``benchmarks/accuracy.py`` scores them) beside the text as saved, in the same run: a reader
that generalises reads every file as well as the text.

The documents are the ``.txt`` files of the ``tune`` halves of ``tests/parse/documents`` and
of the development set ``tests/corpus/dev`` (as ``head_variants.py`` takes them): never a
``check`` half nor the held-out set, which only the accuracy benchmark measures. A document
with a table is left out of the PDF (a PDF draws a table's rules, which this writer does not).

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
_TABLE_ROW = re.compile(r"\S(?:\t| {2,}|\u3000{2,})\S.*(?:\t| {2,}|\u3000{2,})\S")
_HEAD_LINES = 20  # the lines of a document's head, where its heading stands
_DATE_LINE = re.compile(
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
    r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)


def _blocks(text: str) -> list[str | list[list[str]]]:
    """The text's lines, its pipe-table rows gathered into tables (lists of rows of cells)."""
    blocks: list[str | list[list[str]]] = []
    for line in text.split("\n"):
        bare = line.strip()
        if bare.startswith("|") and bare.endswith("|") and len(bare) > 1:
            cells = [cell.strip() for cell in bare[1:-1].split("|")]
            if all(set(cell) <= set("-: ") for cell in cells):
                continue  # a Markdown table's rule row
            if blocks and isinstance(blocks[-1], list):
                blocks[-1].append(cells)
            else:
                blocks.append([cells])
        elif bare:
            blocks.append(bare)
    return blocks


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


def _ems(text: str) -> float:
    """The width of ``text`` in the font the PDF is set in: letters, digits and half-width
    signs half an ideograph's."""
    return sum(0.5 if " " <= char <= "~" else 1.0 for char in text)


def _wrapped(line: str, width: float) -> list[str]:
    """``line`` broken into lines of at most ``width`` ideographs; a run of letters or digits is
    never broken, nor does a line start with a closing sign."""
    pieces: list[str] = []
    start = 0
    while _ems(line[start:]) > width:
        end, used = start, 0.0
        while used + _ems(line[end]) <= width:
            used += _ems(line[end])
            end += 1
        while end - start > 1 and (
            line[end] in "，。、；：！？）》”’,.;:!?)"
            or (line[end].isascii() and line[end].isalnum() and line[end - 1].isalnum())
        ):
            end -= 1
        pieces.append(line[start:end])
        start = end
    return [*pieces, line[start:]]


def _set_lines(text: str, facts: dict[str, Any]) -> list[tuple[float, float, str]]:
    """The text's lines set on a page's width: each piece with its distance from the margin
    and its type size."""
    placed: list[tuple[float, float, str]] = []
    for index, printed in enumerate(text.split("\n")):
        line = printed.strip()
        if not line:
            continue
        role = _role(line, index, facts)
        if role == "body":
            first, *rest = _wrapped("\u3000\u3000" + line, _LINE_WIDTH)
            placed.append((2.0 * _TYPE_SIZE, _TYPE_SIZE, first.removeprefix("\u3000\u3000")))
            placed.extend((0.0, _TYPE_SIZE, piece) for piece in rest)
            continue
        size = _HEADING_SIZE if role == "centre" else _TYPE_SIZE
        width = _LINE_WIDTH * _TYPE_SIZE / size
        for piece in _wrapped(line, width):
            room = (width - _ems(piece)) * size
            offset = {"centre": room / 2, "left": 0.0, "right": room - 2 * size}[role]
            placed.append((offset, size, piece))
    return placed


def pdf_file(text: str, folder: pathlib.Path, facts: dict[str, Any]) -> pathlib.Path | None:
    """``text`` set as GB/T 9704 sets a document, in a PDF; None for a text with a table.

    The heading is centred in 22-point type, the recipients flush left, the signature and the
    date set to the right, every other paragraph set in two characters; lines wrap at 28
    characters, 22 to a page, a page number at each page's foot. A table (pipe rows, tab rows
    or cells apart by runs of spaces) is drawn with rules in a PDF, which this writer does not
    draw: such a text is left out.
    """
    if any(isinstance(block, list) for block in _blocks(text)) or _TABLE_ROW.search(text):
        return None
    lines = _set_lines(text, facts)
    pages: list[list[tuple[float, float, float, str]]] = []
    for start in range(0, len(lines), _PAGE_LINES):
        number = len(pages) + 1
        page = [
            (_LEFT + offset, round(_TOP - index * _PITCH, 1), size, line)
            for index, (offset, size, line) in enumerate(lines[start : start + _PAGE_LINES])
        ]
        page.append((270.0, 50.0, 14.0, f"— {number} —"))
        pages.append(page)
    path = folder / "document.pdf"
    path.write_bytes(pdf_of_lines(pages, proportional=True))
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
                saved = document.read_text(encoding="utf-8")
                path = VARIANTS[name](saved, pathlib.Path(temporary), facts)
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


SCHEME_MEASURES = ("items", "points", "deductions")


def scheme_documents() -> list[pathlib.Path]:
    """The hand-read schemes of the appraisal documents of the tune halves kept as text."""
    found = []
    for path in sorted((head_variants.TESTS / "parse" / "schemes").glob("*/tune/*.scheme.json")):
        facts = json.loads(path.read_text(encoding="utf-8"))
        if (path.parent / facts["file"]).suffix == ".txt":
            found.append(path)
    return found


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
                text = (path.parent / facts["file"]).read_text(encoding="utf-8")
                written = VARIANTS[name](text, folder, {})
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
    cases = head_variants.documents()
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
