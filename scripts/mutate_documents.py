r"""A seeded mutation campaign over the collected real documents: damaged input at every entry point.

The real documents (the ``tune`` halves of ``tests/parse/documents`` and ``tests/parse/schemes``,
and the development set ``tests/corpus/dev``: text, web pages, Word files, PDFs) are damaged the
ways real files are: cut at a random byte or character (in the middle of a UTF-8 sequence, a tag,
a table row), lines dropped, doubled or swapped, the whole repeated 20 times, every newline
stripped or turned into ``\r`` or U+2028, NUL, byte-order marks, zero-width and control
characters put in, re-encoded as GB18030 or UTF-16 with and without a declaration, text wrapped in
broken HTML, Word and Excel zips cut short or missing their main part or holding bad XML, PDFs cut
short. Task tables printed as pipe rows are also saved as ``.csv`` and ``.xlsx`` and damaged alike.

Each damaged input goes to ``parse_plan`` / ``parse_scheme`` (text) or ``read_plan`` /
``read_scheme`` (a file), and every few cases to the command line (``rulegov parse``, ``scheme``,
``report``, ``validate``, ``graph``), each call under a limit of processor time. Recorded:

- ``crash``: an exception that is not a ``rulegov.RulegovError`` (on the command line: a traceback,
  an exit code other than 0 or 1, or an error that is not one ``rulegov: error:`` line);
- ``hang``: a call past its limit;
- ``slow``: a call whose time grew faster than its input, against the same call on the undamaged
  document;
- ``loss``: a plan with a non-blank line in no span and no diagnostic (a line the undamaged plan
  held), or a file re-encoded whole that reads back as other text without a word.

    PYTHONPATH=src python scripts/mutate_documents.py --seed 2026 --budget 1800 > /tmp/campaign.txt

(the rulegov imported is the one on ``PYTHONPATH``, so a copy of older code can be run alike).

The report lists the counts, then one example of each finding (document, mutation, entry point,
the last lines of the traceback). ``--replay DOC:MUTATION:CASE_SEED`` reruns one case.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import io
import pathlib
import random
import re
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from typing import TYPE_CHECKING

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import rulegov  # noqa: E402 - after the paths above
from rulegov.cli import main as cli_main  # noqa: E402
from sweep import Hang, unaccounted  # noqa: E402 - the test suite's own check of lost lines
from sweep import deadline as limit  # noqa: E402 - a call's limit of processor time

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

SOURCES = [
    ("plan", "tests/parse/documents/*/tune/*"),
    ("scheme", "tests/parse/schemes/*/tune/*"),
    ("plan", "tests/corpus/dev/*"),
]
SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf", ".xlsx", ".csv"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
CONTROLS = [chr(code) for code in (*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85)]
GB18030_BOM = b"\x84\x31\x95\x33"


@dataclasses.dataclass
class Document:
    """One real document: where it is, what it is read as, and its bytes."""

    path: pathlib.Path
    kind: str  # "plan" or "scheme"
    data: bytes

    @property
    def suffix(self) -> str:
        """The file's suffix, lower case."""
        return self.path.suffix.lower()

    @property
    def text(self) -> str:
        """The text of a text file or a web page (UTF-8, as collected)."""
        return self.data.decode("utf-8", "replace")


@dataclasses.dataclass
class Case:
    """A damaged input: text for ``parse_*``, or bytes saved under ``suffix`` for ``read_*``."""

    mutation: str
    suffix: str
    text: str | None = None
    data: bytes | None = None
    same_text: bool = False  # the input holds the document's text whole, only re-encoded
    prefix: str | None = None  # the text the input holds, from the start, when it is cut short

    def size(self) -> int:
        """The input's size, in characters or bytes."""
        return len(self.text) if self.text is not None else len(self.data or b"")


# ---- mutations of text -----------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.split("\n")


def cut_char(rng: random.Random, text: str) -> str:
    """The text cut at a random character."""
    return text[: rng.randrange(len(text) + 1)]


def cut_mid_row(rng: random.Random, text: str) -> str:
    """Cut in the middle of a table row (a pipe row or a tab row), or of any line."""
    lines = _lines(text)
    rows = [i for i, line in enumerate(lines) if line.count("|") >= 2 or "\t" in line]
    index = rng.choice(rows) if rows else rng.randrange(len(lines))
    line = lines[index]
    return "\n".join([*lines[:index], line[: rng.randrange(len(line) + 1)]])


def drop_lines(rng: random.Random, text: str) -> str:
    """The text with one to five lines left out."""
    lines = _lines(text)
    for _ in range(rng.randrange(1, 6)):
        if len(lines) > 1:
            del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_lines(rng: random.Random, text: str) -> str:
    """The text with one to five runs of lines printed twice."""
    lines = _lines(text)
    for _ in range(rng.randrange(1, 6)):
        at = rng.randrange(len(lines))
        lines[at:at] = lines[at : at + rng.randrange(1, 4)]
    return "\n".join(lines)


def swap_lines(rng: random.Random, text: str) -> str:
    """The text with one to five pairs of lines swapped."""
    lines = _lines(text)
    for _ in range(rng.randrange(1, 6)):
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def repeat_20(rng: random.Random, text: str) -> str:  # noqa: ARG001 - every mutation's signature
    """The whole text twenty times over."""
    return "\n".join([text] * 20)


def strip_newlines(rng: random.Random, text: str) -> str:  # noqa: ARG001
    """The text run into one line."""
    return text.replace("\r", "").replace("\n", "")


def newlines_cr(rng: random.Random, text: str) -> str:  # noqa: ARG001
    """Every line feed a carriage return (old Mac)."""
    return text.replace("\n", "\r")


def newlines_u2028(rng: random.Random, text: str) -> str:  # noqa: ARG001
    """Every line feed Unicode's line separator."""
    return text.replace("\n", "\u2028")


def _insert(rng: random.Random, text: str, pieces: list[str], count: int) -> str:
    chars = list(text)
    for _ in range(count):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(pieces))
    return "".join(chars)


def insert_nul(rng: random.Random, text: str) -> str:
    """NUL characters put in."""
    return _insert(rng, text, ["\x00"], rng.randrange(1, 20))


def insert_bom(rng: random.Random, text: str) -> str:
    """A byte-order mark before the text and more inside it."""
    return _insert(rng, "\ufeff" + text, ["\ufeff"], rng.randrange(0, 10))


def insert_zero_width(rng: random.Random, text: str) -> str:
    """Zero-width characters put in anywhere."""
    return _insert(rng, text, ZERO_WIDTH, rng.randrange(1, 200))


def insert_controls(rng: random.Random, text: str) -> str:
    """Control characters put in anywhere."""
    return _insert(rng, text, CONTROLS, rng.randrange(1, 60))


def broken_html(rng: random.Random, text: str) -> str:
    """The text as paragraphs of a page whose tags are left open, mis-nested or cut."""
    opening = rng.choice(
        ["<html><body>", "<!DOCTYPE html><html><head><meta charset='utf-8'><body>", "<div>", ""]
    )
    parts = [opening]
    for line in _lines(text):
        roll = rng.random()
        if roll < 0.2:
            parts.append(f"<p>{line}")
        elif roll < 0.3:
            parts.append(f"<td>{line}</tr>")
        elif roll < 0.35:
            parts.append(f"<span style='x'>{line}</div></div>")
        else:
            parts.append(f"<p>{line}</p>")
    page = "".join(parts)
    if rng.random() < 0.5:  # cut in the middle of a tag
        tags = [match.start() for match in re.finditer("<", page)]
        if tags:
            at = rng.choice(tags) + rng.randrange(1, 4)
            page = page[:at]
    return page


TEXT_MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "cut-char": cut_char,
    "cut-mid-row": cut_mid_row,
    "drop-lines": drop_lines,
    "duplicate-lines": duplicate_lines,
    "swap-lines": swap_lines,
    "repeat-20": repeat_20,
    "strip-newlines": strip_newlines,
    "newlines-cr": newlines_cr,
    "newlines-u2028": newlines_u2028,
    "insert-nul": insert_nul,
    "insert-bom": insert_bom,
    "insert-zero-width": insert_zero_width,
    "insert-controls": insert_controls,
    "broken-html": broken_html,
}

# ---- mutations of bytes ----------------------------------------------------------------------


def _text_case(document: Document, name: str, data: bytes, *, same: bool) -> Case:
    suffix = document.suffix if document.suffix in {".txt", ".html", ".htm"} else ".txt"
    return Case(name, suffix, data=data, same_text=same)


def cut_utf8(rng: random.Random, document: Document) -> Case:
    """The UTF-8 bytes cut inside a character (after a lead or a continuation byte)."""
    data = document.data
    inside = [i for i in range(1, len(data)) if 0x80 <= data[i] < 0xC0]
    at = rng.choice(inside) if inside else rng.randrange(len(data) + 1)
    case = _text_case(document, "cut-mid-utf8", data[:at], same=False)
    if document.suffix == ".txt":
        case.prefix = data[:at].decode("utf-8", "ignore")
    return case


def _declared(document: Document, charset: str) -> str:
    """The text with its encoding declared: a meta charset in a page, a first line in text."""
    text = document.text
    if document.suffix in {".html", ".htm"}:
        text = re.sub(
            r"charset\s*=\s*['\"]?[\w-]+", f"charset={charset}", text, flags=re.IGNORECASE
        )
        if f"charset={charset}" not in text:
            text = f'<meta charset="{charset}">' + text
    return text


def gb18030_bare(rng: random.Random, document: Document) -> Case:  # noqa: ARG001
    """The text in GB18030, nothing declaring it."""
    text = document.text
    return _text_case(document, "gb18030", text.encode("gb18030", "replace"), same=True)


def gb18030_declared(rng: random.Random, document: Document) -> Case:  # noqa: ARG001
    """GB18030 with its declaration: the page's charset, or the GB18030 byte-order mark."""
    data = _declared(document, "gb18030").encode("gb18030", "replace")
    if document.suffix not in {".html", ".htm"}:
        data = GB18030_BOM + data
    return _text_case(document, "gb18030-declared", data, same=True)


def utf16_bare(rng: random.Random, document: Document) -> Case:
    """The text in UTF-16 of either byte order, without its byte-order mark."""
    encoding = rng.choice(["utf-16-le", "utf-16-be"])
    data = document.text.encode(encoding, "surrogatepass")
    return _text_case(document, f"{encoding}-no-bom", data, same=True)


def utf16_declared(rng: random.Random, document: Document) -> Case:  # noqa: ARG001
    """The text in UTF-16 with its byte-order mark (a page's charset too)."""
    data = _declared(document, "utf-16").encode("utf-16", "surrogatepass")
    return _text_case(document, "utf-16-bom", data, same=True)


def mislabelled_page(rng: random.Random, document: Document) -> Case:  # noqa: ARG001
    """A page saved in GB18030 whose meta still says UTF-8 (or the reverse)."""
    text = _declared(document, "utf-8")
    return _text_case(document, "charset-lies", text.encode("gb18030", "replace"), same=True)


BYTE_MUTATIONS: dict[str, Callable[[random.Random, Document], Case]] = {
    "cut-mid-utf8": cut_utf8,
    "gb18030": gb18030_bare,
    "gb18030-declared": gb18030_declared,
    "utf-16-no-bom": utf16_bare,
    "utf-16-bom": utf16_declared,
    "charset-lies": mislabelled_page,
}

# ---- mutations of files: zips and PDFs --------------------------------------------------------

_MAIN_PART = {".docx": "word/document.xml", ".xlsx": "xl/worksheets/sheet1.xml"}


def _rezip(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in entries:
            archive.writestr(info.filename, content)
    return out.getvalue()


def _entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def zip_truncated(rng: random.Random, data: bytes, suffix: str) -> Case:
    """The zip cut short."""
    return Case("zip-truncated", suffix, data=data[: rng.randrange(len(data))])


def zip_without_main_part(rng: random.Random, data: bytes, suffix: str) -> Case:  # noqa: ARG001
    """The zip without its main part (the document, or the first sheet)."""
    kept = [
        (info, content) for info, content in _entries(data) if info.filename != _MAIN_PART[suffix]
    ]
    return Case("zip-no-main-part", suffix, data=_rezip(kept))


def zip_bad_xml(rng: random.Random, data: bytes, suffix: str) -> Case:
    """One XML part of the zip cut short, or given a stray byte, an entity or a wrong tag."""
    entries = _entries(data)
    parts = [i for i, (info, _) in enumerate(entries) if info.filename.endswith(".xml")]
    index = rng.choice(parts)
    if rng.random() < 0.5:
        index = next((i for i in parts if entries[i][0].filename == _MAIN_PART[suffix]), index)
    info, content = entries[index]
    how = rng.choice(["cut", "byte", "entity", "tag"])
    if how == "cut":
        content = content[: rng.randrange(len(content) + 1)]
    elif how == "byte":
        at = rng.randrange(len(content) + 1)
        content = content[:at] + rng.choice([b"\x00", b"\xff", b"<", b"&", b"]]>"]) + content[at:]
    elif how == "entity":
        content = content.replace(b">", b">&undefined;", 1)
    else:
        content = content.replace(b"</", b"</x", 1)
    entries[index] = (info, content)
    return Case(f"zip-bad-xml-{how}", suffix, data=_rezip(entries))


def pdf_truncated(rng: random.Random, data: bytes, suffix: str) -> Case:
    """The PDF cut short."""
    at = rng.choice([rng.randrange(len(data)), len(data) // 2, len(data) - rng.randrange(1, 2000)])
    return Case("pdf-truncated", suffix, data=data[: max(at, 0)])


ZIP_MUTATIONS: dict[str, Callable[[random.Random, bytes, str], Case]] = {
    "zip-truncated": zip_truncated,
    "zip-no-main-part": zip_without_main_part,
    "zip-bad-xml": zip_bad_xml,
}

# ---- task tables as CSV and XLSX --------------------------------------------------------------


def pipe_rows(text: str) -> list[list[str]]:
    """The pipe rows of a text (``|序号|工作任务|牵头单位|``), as cells."""
    rows = []
    for line in _lines(text):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
            cells = [cell.strip() for cell in stripped[1:-1].split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                rows.append(cells)
    return rows


def csv_case(rng: random.Random, rows: list[list[str]]) -> Case:
    """The rows as CSV, damaged: cut in a row, a quote left open, re-encoded, a row doubled."""
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    text = out.getvalue()
    how = rng.choice(["cut", "quote", "gb18030", "utf-16", "ragged", "nul"])
    if how == "cut":
        return Case("csv-cut", ".csv", data=text[: rng.randrange(len(text) + 1)].encode())
    if how == "quote":
        at = rng.randrange(len(text) + 1)
        return Case("csv-open-quote", ".csv", data=(text[:at] + '"' + text[at:]).encode())
    if how == "gb18030":
        return Case("csv-gb18030", ".csv", data=text.encode("gb18030", "replace"))
    if how == "utf-16":
        return Case("csv-utf-16", ".csv", data=text.encode("utf-16-le"))
    if how == "ragged":
        lines = text.splitlines()
        index = rng.randrange(len(lines))
        lines[index] = lines[index] + ",多余" * rng.randrange(1, 30)
        return Case("csv-ragged", ".csv", data="\n".join(lines).encode())
    return Case("csv-nul", ".csv", data=insert_nul(rng, text).encode())


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    """The rows as a workbook of one sheet."""
    import openpyxl  # noqa: PLC0415 - the xlsx extra, only here

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook has its sheet
    for row in rows:
        sheet.append([re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", cell) for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---- running the cases -----------------------------------------------------------------------


@dataclasses.dataclass
class Finding:
    """A case that gave something other than a result or a rulegov error."""

    kind: str  # crash, hang, slow, loss
    key: str  # what tells findings of one class apart
    where: str  # document, mutation, entry point, case seed
    detail: str


@dataclasses.dataclass
class Tally:
    """The campaign's counts and findings."""

    inputs: int = 0
    calls: int = 0
    accepted: int = 0
    refused: int = 0
    findings: list[Finding] = dataclasses.field(default_factory=list)
    refusals: dict[str, int] = dataclasses.field(default_factory=dict)


def _crash_key(text: str) -> str:
    lines = text.strip().splitlines()
    places = [line.strip() for line in lines if line.strip().startswith('File "')]
    place = re.sub(r'^File ".*?([^/]+/[^/]+)", ', r"\1 ", places[-1]) if places else ""
    return f"{place} {lines[-1].split(':')[0] if lines else ''}"


def _readers(kind: str) -> tuple[Callable[..., object], Callable[..., object]]:
    if kind == "plan":
        return rulegov.parse_plan, rulegov.read_plan
    return rulegov.parse_scheme, rulegov.read_scheme


def _call(call: Callable[[], object], seconds: float) -> tuple[str, object, float]:
    """Run ``call``: ("ok", result), ("refused", error), ("hang", None) or ("crash", traceback)."""
    began = time.process_time()
    try:
        with limit(seconds), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = call()
    except rulegov.RulegovError as error:
        try:
            message = str(error)
        except Exception:  # noqa: BLE001 - a message that cannot be made is a crash itself
            return "crash", traceback.format_exc(limit=-6), time.process_time() - began
        return "refused", (getattr(error, "code", None), message), time.process_time() - began
    except Hang:
        return "hang", None, time.process_time() - began
    except Exception:  # noqa: BLE001 - anything else is what the campaign looks for
        return "crash", traceback.format_exc(limit=-6), time.process_time() - began
    return "ok", result, time.process_time() - began


def _cli(argv: list[str], seconds: float) -> tuple[str, str]:
    """Run the command line as a user does; ("ok", "") or (kind, what went wrong)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(b""))
    code: object = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            state, value, _ = _call(lambda: cli_main(argv), seconds)
    finally:
        sys.stdin = saved
    if state in ("hang", "crash"):
        return state, str(value)
    if state == "refused":
        return "crash", f"a rulegov error left main(): {value}"
    code = value
    text = err.getvalue()
    if code not in (0, 1) or "Traceback" in text:
        return "crash", f"exit {code}: {text[-1500:]}"
    if code == 1 and not text.startswith("rulegov: error: "):
        return "crash", f"exit 1 without one error line: {text[:500]}"
    return "ok", ""


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


@dataclasses.dataclass
class Baseline:
    """The undamaged document, read once: its time and the lines its plan already misses."""

    seconds: float
    size: int
    missed: set[str]
    han: int
    parts: int | None  # the tasks of a plan or the items of a scheme; None when refused


def _parts(result: object) -> int:
    """What a reading found: the tasks of a plan, the items of a scheme."""
    if isinstance(result, rulegov.Plan):
        return len(result.tasks)
    if isinstance(result, rulegov.Scheme):
        return len(result.leaves())
    return 0


# mutations that keep every visible character of the text: its reading should not change much
HARMLESS = {
    "newlines-cr",
    "newlines-u2028",
    "insert-bom",
    "insert-zero-width",
    "gb18030",
    "gb18030-declared",
    "utf-16-le-no-bom",
    "utf-16-be-no-bom",
    "utf-16-bom",
    "charset-lies",
}


class Campaign:
    """Runs the damaged inputs of each document through its entry points."""

    def __init__(self, args: argparse.Namespace, folder: pathlib.Path) -> None:
        """Start a campaign whose files are written in ``folder``."""
        self.args = args
        self.folder = folder
        self.tally = Tally()
        self.baselines: dict[tuple[pathlib.Path, str], Baseline] = {}

    def find(self, kind: str, key: str, where: str, detail: str) -> None:
        """Record a finding."""
        self.tally.findings.append(Finding(kind, key, where, detail))
        print(f"{kind}: {key}: {where}", file=sys.stderr, flush=True)  # seen as the run goes

    def baseline(self, document: Document, entry: str, call: Callable[[], object]) -> Baseline:
        """Read the undamaged input once (twice for its time): the yardstick of its damage."""
        key = (document.path, entry)
        if key not in self.baselines:
            state, result, seconds = _call(call, self.args.case_seconds)
            if state == "ok":
                seconds = min(seconds, _call(call, self.args.case_seconds)[2])
            missed = set()
            if isinstance(result, rulegov.Plan):
                missed = {line.strip(" \t\u3000|") for _, line in unaccounted(result)}
            text = result.source.text if isinstance(result, rulegov.Plan) and result.source else ""
            parts = _parts(result) if state == "ok" else None
            self.baselines[key] = Baseline(
                seconds, len(document.data), missed, _han_count(text), parts
            )
        return self.baselines[key]

    def run(self, document: Document, case: Case, seed: int) -> None:
        """Feed one damaged input to its entry point and, every few cases, to the command line."""
        self.tally.inputs += 1
        parse, read = _readers(document.kind)
        name = document.path.stem
        where = f"{document.path.relative_to(ROOT)}:{case.mutation}:{seed}"
        path = self.folder / f"{name}{case.suffix}"
        if case.text is not None:
            entry = "parse_plan" if document.kind == "plan" else "parse_scheme"
            text = case.text
            calls = [(entry, lambda: parse(text, source=name))]
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            base = self.baseline(document, entry, lambda: parse(document.text, source=name))
        else:
            entry = "read_plan" if document.kind == "plan" else "read_scheme"
            path.write_bytes(case.data or b"")
            calls = [(entry, lambda: read(path))]
            original = self.folder / f"{name}.orig{document.suffix}"
            original.write_bytes(document.data)
            base = self.baseline(document, entry, lambda: read(original))
        growth = max(1.0, case.size() / max(base.size, 1))
        seconds = self.args.case_seconds + 4 * base.seconds * growth
        for entry_name, call in calls:
            self.tally.calls += 1
            state, value, spent = _call(call, seconds)
            self.judge(state, value, spent, base, growth, case, f"{where}:{entry_name}")
        if seed % self.args.cli_every == 0:
            self.command_line(document, path, seconds, where)

    def judge(  # noqa: PLR0913, PLR0917 - the outcome and what it is measured against
        self,
        state: str,
        value: object,
        spent: float,
        base: Baseline,
        growth: float,
        case: Case,
        where: str,
    ) -> None:
        """Record what one call gave."""
        if state == "crash":
            self.find("crash", _crash_key(str(value)), where, str(value))
            return
        if state == "hang":
            self.find("hang", case.mutation, where, f"past {spent:.1f} s")
            return
        if spent > self.args.slow_floor and spent > self.args.slow_ratio * growth * base.seconds:
            detail = f"{spent:.2f} s against {base.seconds:.3f} s undamaged, input x{growth:.1f}"
            self.find("slow", case.mutation, where, detail)
        if case.mutation in HARMLESS and base.parts:
            parts = _parts(value) if state == "ok" else 0
            if parts < base.parts / 2:
                said = value[1][:300] if isinstance(value, tuple) else f"{parts} found"
                detail = f"{base.parts} tasks or items undamaged, after: {said}"
                self.find("lost-reading", case.mutation, where, detail)
        if state == "refused":
            self.tally.refused += 1
            code = f"{case.mutation}/{value[0] if isinstance(value, tuple) else '?'}"
            self.tally.refusals[code] = self.tally.refusals.get(code, 0) + 1
            if self.args.show_refusals and isinstance(value, tuple):
                print(f"refused {where}: {value[1][:300]}", file=sys.stderr)
            return
        self.tally.accepted += 1
        if isinstance(value, rulegov.Plan):
            self.check_plan(value, base, case, where)

    def check_plan(self, plan: rulegov.Plan, base: Baseline, case: Case, where: str) -> None:
        """Look for lines a plan lost without a word, and for text misread whole."""
        missed = [
            (number, line)
            for number, line in unaccounted(plan)
            if line.strip(" \t\u3000|") not in base.missed
        ]
        if missed:
            self.find("loss", f"lines-unaccounted {case.mutation}", where, repr(missed[:3]))
        if case.prefix is not None and plan.source is not None:
            read = plan.source.text.removesuffix("\ufffd")
            if not case.prefix.startswith(read[:200]):
                detail = f"read {read[:40]!r}, the file holds {case.prefix[:40]!r}"
                self.find("loss", f"misread {case.mutation}", where, detail)
        if case.same_text and plan.source is not None:
            han = _han_count(plan.source.text)
            said = [d.code for d in plan.diagnostics if d.severity.value != "info"]
            if han < 0.9 * base.han and not said:
                detail = f"{han} Han characters read of {base.han}, no diagnostic"
                self.find("loss", f"misread {case.mutation}", where, detail)

    def command_line(
        self, document: Document, path: pathlib.Path, seconds: float, where: str
    ) -> None:
        """Run one command of the command line on the damaged file."""
        commands = (
            ["parse", "report", "validate", "graph"] if document.kind == "plan" else ["scheme"]
        )
        command = commands[self.tally.inputs % len(commands)]
        self.tally.calls += 1
        state, detail = _cli([command, str(path)], seconds * 3)
        if state != "ok":
            key = _crash_key(detail) if state == "crash" else command
            self.find(state, f"cli {command} {key}", f"{where}:rulegov {command}", detail)


def documents(only: str | None) -> list[Document]:
    """The collected documents, in order."""
    found = []
    for kind, pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            if path.suffix.lower() not in SUFFIXES or (only and only not in str(path)):
                continue
            found.append(Document(path, kind, path.read_bytes()))
    return found


def cases(
    rng: random.Random, document: Document, per_document: int, only: list[str] | None = None
) -> Iterator[tuple[str, int]]:
    """The names of the mutations to apply to ``document``, each with the seed of its case."""
    if document.suffix in {".docx", ".xlsx"}:
        names = list(ZIP_MUTATIONS)
    elif document.suffix == ".pdf":
        names = ["pdf-truncated"]
    else:
        names = list(TEXT_MUTATIONS) + list(BYTE_MUTATIONS)
        if document.kind == "plan" and pipe_rows(document.text):
            names += ["csv", "xlsx"]
    if only:
        names = [name for name in names if name in only]
    picked = names if per_document >= len(names) else rng.sample(names, per_document)
    for name in picked:
        yield name, rng.randrange(1, 2**31)


def make_case(document: Document, name: str, seed: int) -> Case:
    """The damaged input ``name`` makes of ``document`` with the generator seeded ``seed``."""
    rng = random.Random(seed)  # noqa: S311 - damage, not secrets
    if name in TEXT_MUTATIONS:
        return Case(name, ".txt", text=TEXT_MUTATIONS[name](rng, document.text))
    if name in BYTE_MUTATIONS:
        return BYTE_MUTATIONS[name](rng, document)
    if name in ZIP_MUTATIONS:
        return ZIP_MUTATIONS[name](rng, document.data, document.suffix)
    if name == "pdf-truncated":
        return pdf_truncated(rng, document.data, ".pdf")
    rows = pipe_rows(document.text)
    if name == "csv":
        return csv_case(rng, rows)
    data = xlsx_bytes(rows)
    mutation = rng.choice(list(ZIP_MUTATIONS))
    case = ZIP_MUTATIONS[mutation](rng, data, ".xlsx")
    case.mutation = f"xlsx-{case.mutation}"
    return case


def report(campaign: Campaign, began: float, documents_seen: int) -> None:
    """Print the counts, then one example of each class of finding."""
    tally = campaign.tally
    print(
        f"{documents_seen} documents, {tally.inputs} damaged inputs, {tally.calls} calls, "
        f"{tally.accepted} read, {tally.refused} refused with a rulegov error, "
        f"{len(tally.findings)} findings, in {time.monotonic() - began:.0f} s"
    )
    print("refusals by mutation and code:")
    for key, count in sorted(tally.refusals.items()):
        print(f"  {key} {count}")
    classes: dict[tuple[str, str], list[Finding]] = {}
    for finding in tally.findings:
        classes.setdefault((finding.kind, finding.key), []).append(finding)
    kinds: dict[str, int] = {}
    for finding in tally.findings:
        kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
    print(
        "findings by kind: " + (", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none")
    )
    print(f"classes: {len(classes)}")
    for (kind, key), found in sorted(classes.items(), key=lambda item: -len(item[1])):
        print(f"\n== {kind} x{len(found)}: {key}")
        for finding in found[:2]:
            print(f"  {finding.where}")
            print("    " + finding.detail.strip()[-1200:].replace("\n", "\n    "))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line's options."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=2026, help="the campaign's seed (default 2026)")
    parser.add_argument(
        "--budget", type=float, default=1800.0, help="seconds on the clock to run (default 1800)"
    )
    parser.add_argument(
        "--per-document", type=int, default=6, help="mutations per document (default 6; 99: all)"
    )
    parser.add_argument(
        "--case-seconds", type=float, default=10.0, help="processor seconds a call may take"
    )
    parser.add_argument("--cli-every", type=int, default=5, help="every Nth case also on the CLI")
    parser.add_argument(
        "--slow-ratio",
        type=float,
        default=4.0,
        help="slow: time over this x input growth x undamaged",
    )
    parser.add_argument(
        "--slow-floor", type=float, default=1.0, help="slow: only past these seconds"
    )
    parser.add_argument("--only", help="only documents whose path holds this")
    parser.add_argument(
        "--mutations", help="only these mutations, by name, comma-separated (e.g. cut-mid-utf8)"
    )
    parser.add_argument(
        "--show-refusals", action="store_true", help="print each refusal's message on stderr"
    )
    parser.add_argument("--replay", help="one case, DOCUMENT_PATH:MUTATION:CASE_SEED")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign."""
    args = parse_args(argv)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        campaign = Campaign(args, pathlib.Path(folder))
        if args.replay:
            path, name, seed = args.replay.rsplit(":", 2)
            kind = "scheme" if "/schemes/" in path else "plan"
            document = Document(ROOT / path, kind, (ROOT / path).read_bytes())
            campaign.run(document, make_case(document, name, int(seed)), int(seed))
            report(campaign, began, 1)
            return 0
        found = documents(args.only)
        rng = random.Random(args.seed)  # noqa: S311 - damage, not secrets
        rng.shuffle(found)  # the budget spread over every set
        seen = 0
        for document in found:
            if time.monotonic() - began > args.budget:
                break
            seen += 1
            only = args.mutations.split(",") if args.mutations else None
            for name, seed in cases(rng, document, args.per_document, only):
                try:
                    case = make_case(document, name, seed)
                except Exception as error:  # noqa: BLE001 - a mutation that does not apply
                    print(f"skipped {document.path.name} {name}: {error!r}", file=sys.stderr)
                    continue
                campaign.run(document, case, seed)
            if seen % 50 == 0:
                print(
                    f"... {seen} documents, {len(campaign.tally.findings)} findings",
                    file=sys.stderr,
                )
        report(campaign, began, seen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
