"""How well rulegov reads the sections and tasks of a plan when a copy prints its body otherwise.

The same documents, each with its body printed as real copies print bodies: numbered items in
full-width or half-width forms (1． 1. 1、 （1） (1) ⑴) and bracketed numerals full-width
(（一）: the copies saved print them half-width), headings ending in a full stop or a colon,
in 【】 or between bold markers (**), blank lines between all lines or none, an indent of
full-width spaces, Windows line ends, traditional characters, the top sections as 第一部分 or
第一章, lines cut where a PDF's page line ends (with or without a space at each cut), a PDF's
running header and page numbers (— 3 —) between the lines, and the numbered items of a
section run on into one paragraph. Every variant is faithful: it keeps the hand-read facts
true, renumbered where it renumbers (a task numbered 1 printed as （1） is the task (1)). For
every variant the script prints the F1 of sections and tasks against the facts
(``benchmarks/accuracy.py`` scores them), beside the documents as saved, read in the same run:
a reader that generalises reads every variant as well as the saved text.

The documents are the ``.txt`` files whose facts hold sections or tasks, of the ``tune`` halves
of ``tests/parse/documents/unseen*`` and of the development set ``tests/corpus/dev``: never a
``check`` half nor the held-out set, which only the accuracy benchmark measures. A variant that
finds nothing of its kind in a document leaves it as saved.

Items （一） printed as 一是…二是… are not among the variants: so printed they are the points
of one paragraph, which no reading of that copy takes for tasks of their own; the facts would
not hold.

Run: ``python benchmarks/body_variants.py [--variant NAME ...] [--failures]``.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING, Any

import head_variants  # the documents and the scoring, loaded as head_variants.py loads them

import rulegov
from rulegov.parse._traditional import SIMPLIFIED, TRADITIONAL

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Callable, Iterator, Sequence

    # a printing of a document: its text and facts in, the text and facts as the copy prints them
    Printing = Callable[[str, dict[str, Any]], tuple[str, dict[str, Any]]]

MEASURES = ("sections", "tasks")

_NUMERALS = "一二三四五六七八九十"
_TO_TRADITIONAL = str.maketrans(SIMPLIFIED, TRADITIONAL)
# a numbered item at a line's start: 1. 1． 1、 (never 1.1, a date's 2023. nor 12.5亿)
_ARABIC_ITEM = re.compile(r"^([ \t\u3000]*)(\d{1,2})[.．、](?![\d.．])[ \t\u3000]*", re.MULTILINE)
_BRACKETED_ARABIC = re.compile(r"^[ \t\u3000]*(?:[(（]\d{1,2}[)）]|[⑴-⒇])", re.MULTILINE)
_BRACKETED_NUMERAL = re.compile(rf"^([ \t\u3000]*)[(（]([{_NUMERALS}]{{1,3}})[)）]", re.MULTILINE)
_TOP_NUMERAL = re.compile(rf"^([ \t\u3000]*)([{_NUMERALS}]{{1,3}})、[ \t\u3000]*", re.MULTILINE)
# a heading's number: 一、 （一） 1. 1． 1、 (1) 第一章 and the like
_HEADING_NUMBER = re.compile(
    rf"^[ \t\u3000]*(?:[{_NUMERALS}]{{1,3}}、|[(（][{_NUMERALS}\d]{{1,3}}[)）]"
    rf"|\d{{1,2}}(?:\.\d{{1,2}})*[.．、]?|第[{_NUMERALS}]{{1,3}}[章节部分]+)[ \t\u3000]*"
)
_PDF_LINE = 28  # the characters of a line of body text on a GB/T 9704 page
_PAGE_LINES = 20  # the lines of a page, about


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _lines_of(text: str) -> list[str]:
    return text.split("\n")


def _sections(facts: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every section of the facts, top ones first in each branch (depth first)."""
    stack = list(reversed(facts.get("sections", [])))
    while stack:
        section = stack.pop()
        yield section
        stack.extend(reversed(section["children"]))


def _text_only(printed: Callable[[str], str]) -> Printing:
    """A printing that changes the text alone: the facts hold as read."""

    def printing(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return printed(text), facts

    printing.__doc__ = printed.__doc__
    return printing


def _plain(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The document as saved."""
    return text, facts


# -- numbering -----------------------------------------------------------------------------------


def _arabic_items(form: Callable[[int], str], bracketed: bool) -> Printing:
    """Every item numbered 1. 1． 1、 printed as ``form(number)``.

    A document that numbers items in brackets already, or prints tables (whose rows' numbers the
    facts may hold), stays as saved: the new form would merge two levels. Where the new form is in
    brackets the facts' numbers are too: the task 1 printed （1） is the task (1).
    """

    def printing(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if _BRACKETED_ARABIC.search(text) or "|" in text or "\t" in text:
            return text, facts
        printed = _ARABIC_ITEM.sub(lambda found: found[1] + form(int(found[2])), text)
        if not bracketed or printed == text:
            return printed, facts
        facts = copy.deepcopy(facts)
        for task in facts.get("tasks", []):
            task["path"] = [f"({part})" if part.isdigit() else part for part in task["path"]]
        for section in _sections(facts):
            if section["number"].isdigit():
                section["number"] = f"({section['number']})"
        return printed, facts

    return printing


def _circled(number: int) -> str:
    return chr(0x2473 + number) if 1 <= number <= 20 else f"({number})"


def _numeral_brackets(opening: str, closing: str) -> Callable[[str], str]:
    def printed(text: str) -> str:
        return _BRACKETED_NUMERAL.sub(lambda found: f"{found[1]}{opening}{found[2]}{closing}", text)

    printed.__doc__ = f"Every bracketed numeral at a line's start printed {opening}一{closing}."
    return printed


def _top_sections(word: str) -> Printing:
    """Every top section numbered 一、 printed as 第一``word``　, as a plan of parts or chapters.

    The facts' top sections and the paths under them take the new number. A document that
    prints a top section's number twice (an outline over the text) or not at a line's start, or
    that holds a table, stays as saved.
    """

    def printing(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        tops = {section["number"] for section in facts.get("sections", [])}
        if not tops or not all(set(number) <= set(_NUMERALS) for number in tops):
            return text, facts
        printed_tops = [found[2] for found in _TOP_NUMERAL.finditer(text) if found[2] in tops]
        if sorted(printed_tops) != sorted(tops) or "|" in text or "\t" in text:
            return text, facts  # an outline printed over its text, or a table: left as saved
        printed = _TOP_NUMERAL.sub(
            lambda found: f"{found[1]}第{found[2]}{word}\u3000" if found[2] in tops else found[0],
            text,
        )
        if printed == text:
            return text, facts
        facts = copy.deepcopy(facts)
        for section in facts["sections"]:
            section["number"] = f"第{section['number']}{word}"
        for task in facts.get("tasks", []):
            if task["path"] and task["path"][0] in tops:
                task["path"][0] = f"第{task['path'][0]}{word}"
        return printed, facts

    printing.__doc__ = f"Every top section printed as 第一{word}."
    return printing


# -- headings ------------------------------------------------------------------------------------


def _headings(mark: Callable[[str, str, str], str]) -> Printing:
    """Every line that is a section's number and title alone reprinted by ``mark(indent, number,
    title)``; the facts' titles hold (the signs are the copy's)."""

    def printing(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        titles = {_normal(section["title"]) for section in _sections(facts)}
        lines = _lines_of(text)
        for index, line in enumerate(lines):
            number = _HEADING_NUMBER.match(line)
            if number is None or not number[0].strip():
                continue
            title = line[number.end() :].strip()
            if title and _normal(title) in titles and title[-1] not in "。：:；;，,":
                indent = line[: len(line) - len(line.lstrip())]
                lines[index] = mark(indent, number[0].strip(), title)
        return "\n".join(lines), facts

    return printing


# -- layout --------------------------------------------------------------------------------------


def _crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def _indented(text: str) -> str:
    """Every line indented by two full-width spaces."""
    return "\n".join("\u3000\u3000" + line if line.strip() else line for line in _lines_of(text))


def _blank_between(text: str) -> str:
    """A blank line between every two lines."""
    return "\n\n".join(_lines_of(text))


def _no_blanks(text: str) -> str:
    """No blank line anywhere."""
    return "\n".join(line for line in _lines_of(text) if line.strip())


def _traditional(text: str, facts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Text and facts in traditional characters (a Hong Kong, Macao or Taiwan copy)."""
    facts = copy.deepcopy(facts)
    for section in _sections(facts):
        section["title"] = section["title"].translate(_TO_TRADITIONAL)
    for task in facts.get("tasks", []):
        task["title"] = task["title"].translate(_TO_TRADITIONAL)
    return text.translate(_TO_TRADITIONAL), facts


def _cut(line: str, width: int) -> list[str]:
    """``line`` cut into lines of ``width`` ideographs, as a PDF's text layer gives it.

    A table's row (pipes, tabs or runs of spaces between cells) stays whole.
    """
    bare = line.strip()
    if "|" in bare or "\t" in bare or "  " in bare or head_variants.ems(bare) <= width:
        return [line]
    return head_variants.wrapped(bare, width)


def _pdf_lines(space: bool) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = []
        for line in _lines_of(text):
            pieces = _cut(line, _PDF_LINE)
            lines.extend([*(piece + " " for piece in pieces[:-1]), pieces[-1]] if space else pieces)
        return "\n".join(lines)

    printed.__doc__ = (
        f"Every line cut at {_PDF_LINE} characters{', a space at each cut' if space else ''}."
    )
    return printed


def _furniture(header: bool) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = _lines_of(text)
        out: list[str] = []
        page = 0
        for line in lines:
            out.append(line)
            if len(out) >= (page + 1) * _PAGE_LINES:
                page += 1
                out.append(f"— {page} —")
                if header:
                    out.append("某某市人民政府公报\u3000\u30002023年第5期")
        return "\n".join(out)

    printed.__doc__ = (
        "A page number (— 3 —)"
        + (" and the next page's running header" if header else "")
        + f" after every {_PAGE_LINES} lines, wherever it falls."
    )
    return printed


def _pdf_pages(text: str) -> str:
    """Lines cut at the page's width and page numbers between them: a page may end inside a
    paragraph."""
    return _furniture(header=False)(_pdf_lines(space=False)(text))


# -- run-on items --------------------------------------------------------------------------------


def _run_on(item: re.Pattern[str]) -> Callable[[str], str]:
    """Every run of lines that each open with ``item``'s number joined into one paragraph."""

    def printed(text: str) -> str:
        out: list[str] = []
        blanks: list[str] = []  # blank lines after an item, kept unless the next item joins it
        item_last = False  # the last line kept is an item
        for line in _lines_of(text):
            if not line.strip() and item_last:
                blanks.append(line)
                continue
            opens = item.match(line) is not None
            if opens and item_last and out[-1].rstrip().endswith(("。", "；", ";")):
                out[-1] = out[-1].rstrip() + line.strip()
            else:
                out.extend([*blanks, line])
            blanks = []
            item_last = opens
        return "\n".join([*out, *blanks])

    return printed


_ITEM_LINE = re.compile(r"^[ \t\u3000]*\d{1,2}[.．、](?![\d.．])")
_NUMERAL_ITEM_LINE = re.compile(rf"^[ \t\u3000]*[(（][{_NUMERALS}]{{1,3}}[)）]")


VARIANTS: dict[str, Printing] = {
    "as saved": _plain,
    "items 1．": _arabic_items(lambda number: f"{number}．", bracketed=False),
    "items 1.": _arabic_items(lambda number: f"{number}.", bracketed=False),
    "items 1、": _arabic_items(lambda number: f"{number}、", bracketed=False),
    "items （1）": _arabic_items(lambda number: f"（{number}）", bracketed=True),
    "items (1)": _arabic_items(lambda number: f"({number})", bracketed=True),
    "items ⑴": _arabic_items(_circled, bracketed=True),
    "numerals （一） full-width": _text_only(_numeral_brackets("（", "）")),
    "sections 第一部分": _top_sections("部分"),
    "sections 第一章": _top_sections("章"),
    "headings end in 。": _headings(lambda indent, number, title: f"{indent}{number}{title}。"),
    "headings end in ：": _headings(lambda indent, number, title: f"{indent}{number}{title}："),
    "headings in 【】": _headings(lambda indent, number, title: f"{indent}【{number}{title}】"),
    "headings bold **": _headings(lambda indent, number, title: f"{indent}**{number}{title}**"),
    "CRLF line ends": _text_only(_crlf),
    "full-width indent": _text_only(_indented),
    "blank lines between": _text_only(_blank_between),
    "no blank lines": _text_only(_no_blanks),
    "traditional": _traditional,
    "PDF lines of 28": _text_only(_pdf_lines(space=False)),
    "PDF lines of 28, spaced cuts": _text_only(_pdf_lines(space=True)),
    "page numbers between": _text_only(_furniture(header=False)),
    "running header and numbers": _text_only(_furniture(header=True)),
    "PDF lines and page numbers": _text_only(_pdf_pages),
    "items 1. run on": _text_only(_run_on(_ITEM_LINE)),
    "items （一） run on": _text_only(_run_on(_NUMERAL_ITEM_LINE)),
}


def _has_structure(facts: dict[str, Any]) -> bool:
    return bool(facts.get("sections") or facts.get("tasks"))


def documents() -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The text documents whose facts hold sections or tasks, of the tune halves and dev."""
    return [(path, facts) for path, facts in head_variants.documents() if _has_structure(facts)]


def measure(
    name: str, cases: list[tuple[pathlib.Path, dict[str, Any]]]
) -> tuple[dict[str, Any], int, dict[str, tuple[int, ...]]]:
    """The counts of each measure over the cases printed as ``name``, the documents the variant
    changes, and each document's (true positives, -false positives) of every measure."""
    accuracy = head_variants.accuracy_module()
    totals = {measure: accuracy.Count() for measure in MEASURES}
    changed = 0
    each: dict[str, tuple[int, ...]] = {}
    for document, saved_facts in cases:
        saved = document.read_text(encoding="utf-8")
        text, facts = VARIANTS[name](saved, saved_facts)
        changed += text != saved
        counts, _ = head_variants.read_counts(accuracy, text, facts)
        for measure in MEASURES:
            totals[measure].add(counts[measure])
        each[document.name] = tuple(
            score for measure in MEASURES for score in (counts[measure].tp, -counts[measure].fp)
        )
    return totals, changed, each


def main(argv: Sequence[str] | None = None) -> int:
    """Print the F1 of sections and tasks for each variant, beside the documents as saved."""
    args, names = head_variants.arguments(
        __doc__, VARIANTS, argv, "name the documents read worse than as saved"
    )
    cases = documents()
    base, _, base_each = measure("as saved", cases)
    print(f"rulegov {rulegov.__version__}: bodies of {len(cases)} documents (tune halves, dev)")
    print(
        f"{'variant':30} {'sections':>8} {'tasks':>8} {'sections tp/fp/fn':>18}"
        f" {'tasks tp/fp/fn':>15} {'changed':>7} {'worse':>5}"
    )

    def row(name: str) -> tuple[str, dict[str, tuple[int, ...]]]:
        totals, changed, each = (base, 0, base_each) if name == "as saved" else measure(name, cases)
        sections, tasks = totals["sections"], totals["tasks"]
        figures = (
            f"{name:30} {head_variants.f1_text(sections):>8} {head_variants.f1_text(tasks):>8}"
            f" {f'{sections.tp}/{sections.fp}/{sections.fn}':>18}"
            f" {f'{tasks.tp}/{tasks.fp}/{tasks.fn}':>15} {changed:>7}"
        )
        return figures, each

    head_variants.print_variant_rows(names, row, failures=args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
