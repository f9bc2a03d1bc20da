r"""Appraisal documents (考核办法 · 考核细则 · 评分标准) read into the data of a scheme.

Offices publish their appraisal schemes as documents: a table or numbered list of items with
their points (分值) and scoring standards (评分标准), and paragraphs on bonuses (加分), vetoes
(一票否决), grades (等次), quotas and raters. `read_scheme_document` reads such a text into
the JSON shape of [`Scheme`][rulegov.Scheme], keeping the span of the text every item and rule came
from; ``rulegov.parse_scheme`` validates it into a scheme.

What it reads:

- items and sub-items with their points: ``（5分）``, ``(5分)``, ``[5分]``, a bare ``12分`` after the
  item, ``，满分5分`` closing its sentence, or a 分值 column (赋分 · 配分); in pipe or tab tables
  (考核项目 · 考核内容 · 分值 · 评分标准) and in numbered text (一、 （一） 1. （1） 第一章 第一条),
  including inline ``1.…(5分)；2.…(3分)``; in tables copied from web pages and PDFs (cells one
  a line, merged cells left out, flattened into one run of text,
  numbered without punctuation, or each item's points after its text: ``…活动。3分未…扣1分。``;
  unnumbered rows parted by their bare points between content and standard, ``…公文内容5每处…``,
  or rows whose points are glued to their first criterion's number, ``…落实。71有…得2分。``);
  copies cut into a sharing site's numbered pages (``1、…`` ``2、…``) joined back; items run into
  one line after their points (``…制度;5分2.单位…``) or after their stops (``…本办法.二、…``)
  set on lines of their own; headings with
  their points but no number, under the heading whose points have room for them; decimal
  numbering (``1.1``, ``1.1.1``) and indicator codes (``Ⅰ-1``, ``Ⅰ-1-1``); parts an item's
  sentence lists after the points they add up to
  (``考评总分为100分，分别为立法工作5分、执法工作27分…``); traditional characters,
  read as simplified ones and printed as the document prints them; weights in percent
  (``权重30%``) read as points; web pages' tables as pipe rows with merged cells repeated (a
  repeat is its group's; 小计 and 合计 rows state a group's points and the total), read again
  a cell a line when that carries clearly more of the points the table states; a header over
  two rows (``考核项目`` over ``一级指标 | 二级指标``), a column that names the items with their
  standard run on (``考核内容及评分标准``); numbers a PDF broke with a space (``扣1 0分``,
  ``0. 5分``, a 分值 cell ``2 5``) read joined;
- deductions in an item's standard: ``每发现一处扣1分`` (per occurrence), ``未…扣2分`` (once),
  ``不得分`` (all the item's points), ``每低一个百分点扣1分`` (per point short of a stated rate),
  ``酌情扣分``, ``酌情打分`` and ``扣1-3分`` (a number of points the rater fills in), ``扣完为止`` and
  ``累计扣分不超过X分``; a bonus clause inside an item (``每增加一次加1分``) is a bonus rule;
- criteria: numbered checks without points under an item with points (``1.未按规定亮证执法的，
  每发现一次扣1分；2.…``), as lines, sub-items or the pieces of one standards cell, each a node
  of its own (``is_criterion``) holding the deductions read from its text (see
  ``_scheme_criteria``);
- bonus and penalty items (加分项 · 减分项) with their caps (最多加X分 · 加分不超过X分);
- vetoes: ``一票否决`` (the lowest grade, or what the clause names: ``不得评为优秀``,
  ``确定为基本合格``), ``不得评为优秀``, ``降低一个等次``, with the condition as the rule's reason;
- grade bands (``90分以上为优秀``, ``80分至89分为良好``, ``优秀：90分以上``, a table of grades;
  优秀 · 一类 · A类 · 甲等 · 满意 · 超额完成等级 and the genre's other words) and quotas
  (``优秀比例不超过20%``);
- raters and their shares (``自评占20%``, ``考核组评分占50%``, ``群众评议占30%``).

An indicator system that states no points at all (一级指标 · 二级指标 · 三级指标), and any
document of numbered items or table rows none of which states points, is read into manual items
with a ``no-points`` diagnostic; a table of deductions only (rows of faults, each ``扣X分``, and
no points column) is read as scored by deductions, each row an item that starts full (扣分制),
see ``_scheme_unscored``. A table whose header and rows set their columns apart by single spaces
(``考核项目 分值 评分标准`` over ``执法主体 10分 1.…；2.…``) is read as a table.

An item whose standard holds no rule is kept as a *manual* item: the data must supply its 0-1
value. Points that do not add up to a group's or to the stated total (满分100分) are diagnostics.
A document with rules of the whole appraisal (bonus, vetoes, grade bands) but no item with points
is read with a ``no-items`` diagnostic; one with none of these (no numbered item at all, or only
a regulation's chapters and articles, 第一章 · 第一条) is a ``ParseError``.

Examples:
    >>> data = read_scheme_document(
    ...     "考核细则\n一、组织领导（10分）\n1.成立领导小组（4分）。未成立的扣4分。\n"
    ...     "2.专题研究法治工作（6分）。每少一次扣2分，扣完为止。\n"
    ...     "考核得分90分以上为优秀，60分以下为不合格，其余为合格。")
    >>> group = data.get("root").get("children")[0]
    >>> [(node.get("id"), node.get("points")) for node in group.get("children")]
    [('1.1', 4.0), ('1.2', 6.0)]
    >>> [rule["points"] for rule in data["rules"]]
    [4.0, 2.0]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rulegov._text import line_breaks, line_column, line_column_at, without_cuts
from rulegov.errors import ParseError
from rulegov.parse._header_page import is_chrome, is_nav_bar
from rulegov.parse._header_words import NAV_WORDS
from rulegov.parse._scheme_bands import (
    grade_bands,
    group_highest_bonuses,
    read_global,
    with_raters,
)
from rulegov.parse._scheme_checks import (
    check_caps,
    check_total,
    settle_vetoes,
    stated_in_criteria,
)
from rulegov.parse._scheme_closed import pipe_closed_rows
from rulegov.parse._scheme_columns import header_columns
from rulegov.parse._scheme_criteria import (
    criteria_of,
    key_to_criteria,
    listed_deductions,
    rules_by_number,
    take_credited_parts,
    unscored_criteria,
)
from rulegov.parse._scheme_digits import numbers_joined
from rulegov.parse._scheme_each import take_each_parts
from rulegov.parse._scheme_items import (
    header_cut,
    nest_repeated_numbering,
    read_numbered,
    read_trailing_points,
    split_scored_parts_among_rules,
    split_scored_sentences,
    spread_block_standards,
    spread_numbered_standards,
)
from rulegov.parse._scheme_left import left_rules, read_left_points
from rulegov.parse._scheme_lines import (
    POINTS_CELL,
    Item,
    Reader,
    Taken,
    bare_labelled_points,
    broken_takes,
    cells_as_lines,
    doubled_headings,
    find_marker,
    has_points,
    manual_leaf,
    mark_used,
    node_head,
    page_furniture,
    pages_joined,
    paragraph_marks,
    pipe_blocks,
    points_in,
    points_sum,
    row_cells,
    share_points,
    spaced_headings,
    split_cells,
    spread_points,
    text_lines,
    tight_points,
    walk,
    walk_nodes,
    weight_points,
)
from rulegov.parse._scheme_parts import read_stated_parts, split_listed_parts
from rulegov.parse._scheme_ranges import range_points
from rulegov.parse._scheme_rules import (
    add_rules,
    leaf_rules,
    loose_rules,
    section_rules,
    standard_rules,
    unscored_bonus,
)
from rulegov.parse._scheme_runs import read_flattened
from rulegov.parse._scheme_serials import nest_dotted_serials
from rulegov.parse._scheme_spaced import spaced_table_rows
from rulegov.parse._scheme_tables import (
    adopt_named_paragraphs,
    adopt_table_items,
    collapse_repeated_groups,
    indicator_table,
    merge_repeats,
    merged_points,
    nest_summed_rows,
    read_cell_lines,
    read_rows,
    read_tables,
)
from rulegov.parse._scheme_unscored import (
    cell_rows,
    criteria_fields,
    has_unscored_items,
    numbers_deductions,
    unscored_nodes,
)
from rulegov.parse._scheme_words import (
    BOX,
    FOLD,
    HEADER_NAME,
    HEADER_POINTS,
    HEADER_SKIP,
    HEADER_STANDARD,
    POINTS_PAREN,
    SIMPLE,
)
from rulegov.parse._scheme_wrapped import unwrapped_rows
from rulegov.parse._table_header import read_columns
from rulegov.parse._text import (
    check_text,
    lone_returns_as_feeds,
    printable_name,
    require_text,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = ["read_scheme_document"]


def read_scheme_document(text: str, *, source: str | None = None) -> dict[str, Any]:
    """Read an appraisal document into the JSON shape of [`Scheme`][rulegov.Scheme].

    Args:
        text: The document's text (a .txt file, or the text of an HTML, Word or PDF file).
        source: A file name or URL, for messages.

    Returns:
        A dict that ``Scheme.model_validate`` accepts, with ``diagnostics`` for what a reader
        should review.

    Raises:
        rulegov.ParseError: when the text is empty, not decoded properly (a lone surrogate) or
            binary data, naming the line and column, or holds no recognisable item (with or
            without points), naming where it looked; ``too-deep`` for items nested more than
            32 levels deep.

    Examples:
        >>> data = read_scheme_document("一、依法决策（5分）：未经合法性审查的，每件扣1分。")
        >>> item = data.get("root").get("children")[0]
        >>> item.get("points"), data.get("rules")[0].get("kind")
        (5.0, 'deduction')
    """
    source = printable_name(source)
    require_text(text, source, reader="parse_scheme", files="rulegov.read_scheme")
    # as for a plan: no lone surrogates (a scheme that holds one cannot be written as JSON),
    # NUL bytes or binary data
    check_text(text, source, kind="an appraisal scheme")
    printed = page_furniture(lone_returns_as_feeds(text))
    visible, placed = _invisible_cut(printed)
    original, where = pages_joined(paragraph_marks(visible.translate(FOLD).translate(BOX)))
    undoubled = doubled_headings(original)
    try:
        if undoubled is None:
            scheme = _read_best(original, source)
        else:  # a table's head and headings printed doubled (分分 值值), read once
            scheme = _spans_moved(_read_best(undoubled[0], source), undoubled[1], original)
    except RecursionError:
        # items nested so deep that reading them overran the stack (`_refuse_too_deep` stops
        # the readings it can see nest): a clear refusal, never an error of the interpreter's
        raise ParseError(
            f"items nest too deep to read (more than {_MAX_ITEM_DEPTH} levels, each under the "
            "one before it); no appraisal scheme nests so deep: print the items one a row",
            source=source,
            code="too-deep",
        ) from None
    # the spans of a figure that a sharing site's page cut from its stop, back where it stands
    scheme = _joined_spans(scheme, where, original)
    if placed is not None:  # and of every character after an invisible one, back where it stands
        scheme = _spans_moved(scheme, placed, printed)
    return _spans_within(scheme, len(text))


# The invisible format characters a copied text carries inside its words: zero-width spaces,
# joiners and non-joiners, the word joiner, soft hyphens, marks and embeddings of writing
# direction, invisible operators, a byte-order mark left inside the text. Nothing is printed for
# them, so an item reads as if they were not there (5\u200b分 reads 5分).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]+")


def _invisible_cut(text: str) -> tuple[str, list[int] | None]:
    """``text`` without its invisible characters, and where each character stands in ``text``.

    Examples:
        >>> _invisible_cut("扣\u200b1分")
        ('扣1分', [0, 2, 3, 4])
        >>> _invisible_cut("扣1分")
        ('扣1分', None)
    """
    cuts = [found.span() for found in _INVISIBLE.finditer(text)]
    if not cuts:
        return text, None
    return without_cuts(text, cuts)


def _spans_within(data: dict[str, Any], length: int) -> dict[str, Any]:
    """A scheme's data with every span in order, ended at the text's end (``length``) at the latest.

    An item whose points a cell of their own prints under it (``组织领导`` · ``2``) is read from
    its lines joined, with its points written out (``组织领导（2分）``); on the text's last line
    its span would run past the end. An item read from a table's cells taken from two places
    (a box-drawn row whose name cell stands after its points) spans from the first to the last.
    """
    for value, span in _spanned(data):
        start, end = sorted((span["start"], span["end"]))
        value["span"] = {**span, "start": min(start, length), "end": min(end, length)}
    return data


_EVERY_READING_MOST = 8
"""How many readings of a whole text, every way of reading it again combined with every other, are
all read: with more, each way is tried once, in turn, on the reading kept so far."""


def _read_best(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text the way that reads most: every combination of readings, or each in turn.

    Each way of reading a text again (its broken numbers joined, its wrapped rows joined, its
    glosses left out, its pages joined, its run-on items set on lines, its commas and pipes made
    lines and spaces) is tried where its mark stands in the text. A document shows one or two of
    them: every combination is read (`_read_joined`), up to ``_EVERY_READING_MOST`` readings. A
    long text that shows many (a book of
    sheets, each copied its own way) would be read once for each combination, a number that
    doubles with each way more: there, each way is tried once, in turn, on the reading kept so
    far (`_read_in_turn`), so that the reading takes a time in proportion to the text.
    """
    if _readings_planned(original) <= _EVERY_READING_MOST:
        return _read_joined(original, source)
    return _read_in_turn(original, source)


def _readings_planned(text: str) -> int:
    """How many readings of ``text`` `_read_joined` reads at the least.

    Each way that applies to the text as printed multiplies them; readings of texts already
    repaired may add more.
    """
    planned = 1
    for step in _STEPS:
        planned *= 1 + sum(len(repair(text)) for repair in step.repairs)
    return planned


def _more_or_as_many(other: dict[str, Any], kept: dict[str, Any]) -> bool:
    """More items with points, or as much all told (the test of joined numbers and rows)."""
    return _scored_items(other) >= _scored_items(kept) or _reading_weight(other) >= _reading_weight(
        kept
    )


def _as_many_scored(other: dict[str, Any], kept: dict[str, Any]) -> bool:
    """As many items with points or more (the test of a copy without its glosses)."""
    return _scored_items(other) >= _scored_items(kept)


def _more_scored_or_rules(other: dict[str, Any], kept: dict[str, Any]) -> bool:
    """More items with points, or as many and more rules (the test of joined pages)."""
    return (_scored_items(other), len(other["rules"])) > (
        _scored_items(kept),
        len(kept["rules"]),
    )


def _more_scored(other: dict[str, Any], kept: dict[str, Any]) -> bool:
    """More items with points (the test of run-on items, commas and pipes)."""
    return _scored_items(other) > _scored_items(kept)


_Reading = tuple[str, list[int] | None]
"""A text read again, and where each of its characters stands in the text it was made from
(``None``: every offset kept)."""


@dataclass(frozen=True, slots=True)
class _Step:
    """One way of reading a text again, as `_read_joined` and the readers under it try it.

    Each of ``repairs`` makes the readings of a text so repaired (none where its mark does not
    stand; two or more are each other's alternatives); ``better`` tells whether a reading is
    kept over the one kept so far; ``rescues`` whether one is read where the text as printed
    raised that error.
    """

    repairs: tuple[Callable[[str], list[_Reading]], ...]
    better: Callable[[dict[str, Any], dict[str, Any]], bool]
    rescues: Callable[[ParseError], bool]


def _read_in_turn(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text, then each way of reading it again once, on the reading kept so far.

    A reading is kept over the one kept so far by its step's own test (as `_read_joined` and the
    readers under it keep theirs). Where the text as printed raises, the first reading that
    reads, of a step that would read past that error, is kept, and every step is then tried on
    it. Every reading is one of the text kept so far, so the repairs kept add up, and the spans
    of the scheme kept are moved back onto ``original``.
    """
    where = list(range(len(original) + 1))
    try:
        kept = _Kept(original, where, _read_folded(original, source))
    except ParseError as error:
        rescued = _rescued(original, where, source, error)
        if rescued is None:
            raise
        kept = rescued
    for step in _STEPS:
        for repair in step.repairs:
            base, text = kept.where, kept.text  # a repair's readings are each other's alternatives
            for other_text, other_where in repair(text):
                try:
                    other = _read_folded(other_text, source)
                except ParseError:
                    continue
                if step.better(other, kept.scheme):
                    kept = _Kept(other_text, _moved(base, other_where), other)
    if kept.text == original:
        return kept.scheme
    return _spans_moved(kept.scheme, kept.where, original)


@dataclass(frozen=True, slots=True)
class _Kept:
    """A text read, where each of its characters stands in the original, and its scheme."""

    text: str
    where: list[int]
    scheme: dict[str, Any]


def _moved(base: list[int], where: list[int] | None) -> list[int]:
    """Where each character of a text made from one (``where`` into it) stands in the original."""
    return base if where is None else [base[at] for at in where]


def _rescued(
    original: str, where: list[int], source: str | None, raised: ParseError
) -> _Kept | None:
    """The first reading of a text that raised that reads, of a step that reads past the error.

    Each step's readings are made from the text as printed; ``None`` when none reads.
    """
    for step in _STEPS:
        if not step.rescues(raised):
            continue
        for repair in step.repairs:
            for other_text, other_where in repair(original):
                try:
                    return _Kept(
                        other_text, _moved(where, other_where), _read_folded(other_text, source)
                    )
                except ParseError:
                    continue
    return None


def _read_joined(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text, or the same with the numbers a PDF broke joined where that reads more.

    A copy whose numbers a PDF's extraction broke with spaces (``扣1 0分``, ``0. 5分``, see
    ``_scheme_digits``) is read again with them joined; that reading is kept unless it reads
    fewer items with points and less all told (items with points and rules, less the warnings
    of points that do not add up). Either is enough: a total broken as ``10 0`` is read as no
    total and checks nothing, and a decimal broken as ``0. 2分`` reads items of ``2分``.
    """
    joined = numbers_joined(original)
    readings = [] if joined is None else [joined]
    return _most_scored(
        _read_unwrapped, original, source, readings, fall_back=_any_error, better=_more_or_as_many
    )


def _read_unwrapped(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text, or the same with its wrapped table rows joined where that reads more.

    A table whose cells wrap over lines (laid out in columns of spaces, tab rows whose pieces
    stand on lines of their own or break after their commas) is read again with each row on one
    line of tab cells (see ``_scheme_wrapped``); that reading is kept unless it reads fewer items
    with points and less all told (items with points and rules, less the warnings of points that
    do not add up): the pieces of a wrapped cell read line by line make items of their own.
    """
    rows = unwrapped_rows(original)
    readings = [] if rows is None else [rows]
    return _most_scored(
        _read_glossed, original, source, readings, fall_back=_any_error, better=_more_or_as_many
    )


def _reading_weight(scheme: dict[str, Any]) -> int:
    """Items with points and rules a reading gives, less the warnings it leaves."""
    warnings = sum(1 for note in scheme["diagnostics"] if note.get("severity") == "warning")
    return _scored_items(scheme) + len(scheme["rules"]) - warnings


def _read_glossed(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text, or a mirror's copy of it without its pinyin glosses."""
    # a mirror's copy whose glosses part its headings from their points (領(lǐng)導(dǎo)…(6)) is read
    # without them; kept on as many items with points: the document's own words (組織領導)
    bare = _without_glosses(original)
    readings = [] if bare is None else [bare]
    return _most_scored(
        _read_printed, original, source, readings, fall_back=_any_error, better=_as_many_scored
    )


_GLOSS = re.compile(
    r"[(（](?:(?<=[\u4e00-\u9fff][(（])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*"
    r"|(?<=[的地得][(（])de|(?<=了[(（])le|(?<=[们們][(（])men|(?<=[吗嗎][(（])ma|(?<=[么麼][(（])me)[)）]"
)
"""A pinyin gloss after a character, in half-width or full-width brackets (領(lǐng)導（dǎo）), as
`GLOSS` reads it: a syllable with its tone mark, or a particle's neutral tone."""
_GLOSSED_LEAST = 3
"""How many pinyin glosses (``關(guān)于``) tell a mirror's copy, read without them too."""


def _without_glosses(text: str) -> tuple[str, list[int]] | None:
    """A mirror's copy without its pinyin glosses, and where each of its characters stands.

    A mirror site prints a reading after some characters (``組織領(lǐng)導(dǎo)堅(jiān)強(qiáng)有力(6)``): no part of
    the document, they cut a heading from its points and a row from its serial, and stay in the
    names read. The copy is read without them unless that reads fewer items with points; ``None``
    for a text with fewer than ``_GLOSSED_LEAST`` of them. The second value maps each offset of the
    text without them (and its end) to the offset of the same character in ``text``.
    """
    found = list(_GLOSS.finditer(text))
    if len(found) < _GLOSSED_LEAST:
        return None
    return without_cuts(text, (gloss.span() for gloss in found))


def _spanned(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each object of a scheme's data that holds a span, with its span."""
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            span = value.get("span")
            if isinstance(span, dict) and "start" in span and "end" in span:
                yield value, span
            stack.extend(item for key, item in value.items() if key != "span")


def _spans_moved(data: dict[str, Any], where: list[int], text: str) -> dict[str, Any]:
    """A scheme read from a text without glosses, its spans (and lines) moved onto ``text``."""
    breaks = line_breaks(text)
    last = len(where) - 1  # the end of the text read
    for value, span in _spanned(data):
        start, end = min(span["start"], last), min(span["end"], last)
        # a reading may set characters in another order than the text (a heading's letters
        # spaced over two lines, read as one word): the span covers where they all stand
        placed = where[start:end] or [where[start]]
        first = min(placed)
        moved = max(placed) + 1 if end > start else first
        value["span"] = {**span, "start": first, "end": moved}
        if "line" in value and "column" in value:
            value["line"], value["column"] = line_column_at(breaks, first)
    return data


def _read_printed(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text, or its sharing site's pages joined up where that reads more."""
    joined, where = pages_joined(original, lost_first=True)
    try:
        scheme = _read_opened(original, source)
    except ParseError:
        if joined == original:
            raise
        # a sharing site's pages whose first lost its 1、: joined up, they may still give items
        return _joined_spans(_read_opened(joined, source), where, joined)
    if joined == original:
        return scheme
    try:
        other = _read_opened(joined, source)
    except ParseError:
        return scheme
    # lines 2、 3、 that may be a sharing site's pages, the first one's 1、 lost: joined up if
    # that reads more items with points, or as many and more rules
    if (_scored_items(other), len(other["rules"])) > (_scored_items(scheme), len(scheme["rules"])):
        return _joined_spans(other, where, joined)
    return scheme


def _joined_spans(data: dict[str, Any], where: list[int] | None, text: str) -> dict[str, Any]:
    """A scheme read from pages joined up, its spans moved where a cut figure moved.

    ``text`` is the joined text: lines and columns stay as read in it.
    """
    return data if where is None else _spans_moved(data, where, text)


def _read_opened(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text as printed, or with the items it runs on in one line set on lines.

    A template's text run into one line may close each item with its points after a stop, glued
    to the next item's number (``…内部审计制度;5分2.单位领导…``, see ``_points_run_items``), and
    a sharing site's preview may run a whole document on after its stops (``…本办法.二、考评范围…
    计分标准:(1)及时性…``, see ``_run_in_items``): read again with a line's end at each such
    place, a reading is kept if it reads more items with points (or the text as printed gives
    none).
    """
    readings = [
        reading
        for reading in (
            _points_run_items(original),
            _run_in_items(original),
            _spaced_rows(original),
            _brackets_restored(original),
            _bare_points(original),
            _stops_restored(original),
            _repaired(original),
            *_brackets_closed_readings(original),
        )
        if reading is not None
    ]
    # where nothing reads as printed, the items run on after their points, or after a stop, set
    # on lines of their own may still give some
    return _most_scored(
        _read_comma_parted, original, source, readings, fall_back=_any_error, better=_items_found
    )


def _items_found(other: dict[str, Any], kept: dict[str, Any]) -> bool:
    """More items with points; or items at all where the reading kept has none, reading as much.

    A document whose parts state no points (（一）考勤情况1、…扣3分；2、…) run on in one line
    gives no item as printed, only its rules loose; set on lines, its parts are items, scored
    by their deductions: that reading is kept when it reads as many rules.
    """
    if _more_scored(other, kept):
        return True
    return (
        _items_all_told(kept) == 0 < _items_all_told(other)
        and _scored_items(other) >= _scored_items(kept)
        and len(other["rules"]) >= len(kept["rules"])
    )


_RUN_POINTS_THEN_ITEM = re.compile(
    r"(?<=[。；;])\s*\d{1,3}(?:\.\d+)?\s*分"
    r"(?=\s*(?:(?<![\d.．])\d{1,2}\s*[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]))"
)
"""An item's points after its stop, glued to the next item's number: ``…制度;5分2.单位…``."""
_RUN_PART_WITH_POINTS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=[（(][一二三四五六七八九十]{1,3}[）)][^。；;（()）\n]{2,30}[。；;]\s*"
    r"\d{1,3}(?:\.\d+)?\s*分)"
)
"""A part run on after the words before it, its points after its name's stop:
``…计分标准(一)内部审计工作保障情况。20分``."""
_RUN_POINTS_LEAST = 3


_RUN_IN_ITEM = re.compile(
    r"(?:(?<=[。；;.．:：])|(?<=分[）)]))\s*(?=(?:[一二三四五六七八九十]{1,3}、"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[、．](?!\d)"
    r"|(?<![\d.])\d{1,2}\.(?!\d)|\d{1,2}[-－]\d{1,2}(?!\d))[ \t]?[\u4e00-\u9fff“\"《])"
    r"|(?<=办法|细则|标准|方案)(?=一、[\u4e00-\u9fff])"
)
"""An item's number run on after the stop of the sentence before it, or after the points of the
item before it: ``…本办法.二、考评范围``, ``…计分标准:(1)及时性``, ``…列最后1位。2、强化…(30分)2-1积极…``;
and the first part's 一、 run on after the document's title (``…考核评分办法一、定量考核``)."""
_RUN_IN_LEAST = 3
_RUN_IN_LINE = 200
_RUN_IN_NOTE = re.compile(
    r"(?:(?<=[。；;])|(?<=分[）)]))\s*(?=(?:备注|注)\s*\d{0,2}\s*[:：][\u4e00-\u9fff“\"《])"
)
"""A note run on after the stop or the points of the last item before it (``…(5分)注1:在检查中…``):
the note is the document's, no part of that item."""


def _run_in_items(text: str) -> tuple[str, list[int]] | None:
    """The text with a line's end before each item's number run on after a stop, on long lines.

    A sharing site's preview may run a whole document into one paragraph (``…制定本办法.二、
    考评范围…工作.(一)农林牧渔业统计…计分标准:(1)及时性(基本分40分)…``): on a line of more than
    ``_RUN_IN_LINE`` characters (no table's row) that runs three such numbers or more on, each
    opens a line. The reading is kept when it gives more items with points than the text as
    printed (or the text as printed gives none); the second value maps each offset of the new
    text (and its end) to the offset in ``text``, ``None`` when no line so runs. On such a line
    a note run on after an item (``…(5分)注1:…``) opens a line too.
    """
    cuts: list[int] = []
    for line in re.finditer(r"[^\n]+", text):
        if line.end() - line.start() <= _RUN_IN_LINE or _CELL_EDGES.search(line.group()):
            continue  # short, or a table's row, whose cells are no run of sentences
        found = [match.end() for match in _RUN_IN_ITEM.finditer(text, line.start(), line.end())]
        found += _list_opening(text, line.start(), found)
        if len(found) >= _RUN_IN_LEAST:
            cuts.extend(found)
            cuts.extend(
                match.end() for match in _RUN_IN_NOTE.finditer(text, line.start(), line.end())
            )
    return _lines_cut(text, cuts)


def _spaced_rows(text: str) -> tuple[str, list[int]] | None:
    """The text with a table run into one line with spaced cells set out as rows.

    See ``spaced_table_rows``; every offset stays where it was, ``None`` for no such table.
    """
    spaced = spaced_table_rows(text)
    return None if spaced is None else (spaced, list(range(len(text) + 1)))


_SECOND_ITEM = re.compile(r"2[、.．](?!\d)")
_FIRST_ITEM_AFTER_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])1[、.．](?=[\u4e00-\u9fff])")
_SECOND_BRACKETED = re.compile(r"[（(]2[）)]")
_FIRST_BRACKETED_AFTER_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[（(]1[）)](?=[\u4e00-\u9fff])")


def _list_opening(text: str, start: int, found: list[int]) -> list[int]:
    """Where item 1 opens a list whose item 2 runs on after a stop, glued to the words before it.

    ``…管理机制1.安全管理制度建设…每次扣2分。2.安全管理机构…``: item 1 follows a heading's words
    with no stop between, item 2 the stop of item 1's last sentence; item 1 opens a line too. So
    does each list's after it, under the next heading on the line (``…扣10分。(二)治安勤务1、不服从
    指挥的，扣5分；2、…``): a rule of the genre, each part's list runs on the same way. A list
    numbered in brackets runs on so too, item 2 after item 1's points (``…以考核表为依据(1)作业
    本封面干净…(5分)(2)待查作业完整…``): its item 1 is found the same way, in brackets.
    """
    openings: list[int] = []
    for second_item, first_item in (
        (_SECOND_ITEM, _FIRST_ITEM_AFTER_WORDS),
        (_SECOND_BRACKETED, _FIRST_BRACKETED_AFTER_WORDS),
    ):
        since = start
        for second in (cut for cut in found if second_item.match(text, cut)):
            firsts = list(first_item.finditer(text, since, second))
            if firsts and firsts[-1].start() not in found and firsts[-1].start() not in openings:
                openings.append(firsts[-1].start())
            since = second
    return openings


_UNCLOSED = re.compile(
    r"(?<=[（(])(?:\s*\d+(?:\.\d+)?\s*分(?![之钟])"
    r"|[一二三四五六七八九十]{1,3}(?=[\u4e00-\u9fff])|\d{1,2}(?=[\u4e00-\u9fff]))"
)
"""What a bracket opened and never closed holds where a copy lost its closing brackets: points
(``(20分1、``, ``(5分。``) or a part's number before its name (``(一社会发展工作``)."""
_UNCLOSED_LEAST = 3


def _brackets_closed_readings(text: str) -> list[tuple[str, list[int]] | None]:
    """A text that lost its closing brackets, with them closed; and so run on, set on lines.

    A copy may drop every closing bracket (``(一社会发展工作(20分1、 社会治安综合治理(20分。群体性
    事件方面(5分。``): where a text prints three opening brackets or more and no closing one,
    each opened on points or on a part's number is closed after them; the text so closed is read
    again, and with the items it runs on set on lines (``_run_in_items``). Each reading maps
    every offset of its text (and its end) to the offset in ``text``.
    """
    if "）" in text or ")" in text:
        return []
    found = [match.end() for match in _UNCLOSED.finditer(text)]
    if len(found) < _UNCLOSED_LEAST:
        return []
    closed, where = _lines_cut(text, found, ")") or (text, [])
    readings: list[tuple[str, list[int]] | None] = [(closed, where)]
    run_in = _run_in_items(closed)
    if run_in is not None:
        readings.append((run_in[0], [where[at] for at in run_in[1]]))
    return readings


def _lines_cut(text: str, cuts: list[int], mark: str = "\n") -> tuple[str, list[int]] | None:
    """``text`` with a line's end (or ``mark``) set in at each of ``cuts``, and where each stands.

    The second value maps each offset of the new text (and its end) to the offset in ``text``;
    a character set in stands where the character after it does. ``None`` for no cut.
    """
    if not cuts:
        return None
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for cut in sorted(set(cuts)):
        pieces.extend((text[last:cut], mark))
        where.extend(range(last, cut))
        where.append(cut)
        last = cut
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(pieces), where


def _repaired(text: str) -> tuple[str, list[int]] | None:
    """The text with every repair of a copy's lost marks made at once, when two or more apply.

    A copy may lose a part's bracket (``10分)``, see ``_brackets_restored``) and an item's stop
    (``2通过``, see ``_stops_restored``) alike: each is tried alone, and all together here. The
    second value maps each offset of the new text (and its end) to the offset in ``text``.
    """
    where = list(range(len(text) + 1))
    made = 0
    for repair in (_brackets_restored, _stops_restored, _bare_points):
        reading = repair(text)
        if reading is None:
            continue
        text, moved = reading
        where = [where[at] for at in moved]
        made += 1
    return (text, where) if made > 1 else None  # one repair alone is its own reading


_LINE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?P<number>\d{1,2})(?P<stop>[、.．](?!\d))?"
    r"(?=(?(stop)|(?![个年月日天次名人家项分元万级号期周倍条件户座所亩时]))[\u4e00-\u9fff“\"《])",
    re.MULTILINE,
)
"""A line opening with a number in digits, with its stop (``3、``) or glued to words (``2通过``)."""


def _stops_restored(text: str) -> tuple[str, list[int]] | None:
    """The text with the stop set back after a line's number a copy glued to its words.

    In a list numbered ``1、`` ``2、`` … a copy may drop a number's stop (``2通过会议…(1分)``):
    a line opening with the number after the last numbered line's, glued to words (not a
    quantity: ``3个月``), is that item with its ``、`` set back. The second value maps each
    offset of the new text (and its end) to the offset in ``text``; ``None`` when no line so
    opens.
    """
    cuts: list[int] = []
    last = 0
    for found in _LINE_NUMBER.finditer(text):
        number = int(found.group("number"))
        if found.group("stop") is None and last and number == last + 1:
            cuts.append(found.end("number"))
        last = number
    return _lines_cut(text, cuts, "、")


_BARE_POINTS = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．][^\n]*?"
    r"[（(]\d{1,3}(?:\.\d{1,2})?(?=[）)][ \t\u3000]*$)",
    re.MULTILINE,
)
"""A numbered item closing on a bare number in brackets, its 分 left out: ``1、及时…公开(10)``."""
_BARE_POINTS_LEAST = 3


def _bare_points(text: str) -> tuple[str, list[int]] | None:
    """The text with 分 set in after the bare number in brackets that closes each numbered item.

    A table whose items each close on their points without 分 (``1、及时准确梳理…公开(10)``, under
    a header of marks ``优(10) 良(8) …``) reads as items with points once 分 is set back; only
    when three numbered items or more so close. The second value maps each offset of the new
    text (and its end) to the offset in ``text``; ``None`` when fewer so close.
    """
    found = [match.end() for match in _BARE_POINTS.finditer(text)]
    return _lines_cut(text, found, "分") if len(found) >= _BARE_POINTS_LEAST else None


_BRACKET_LOST = re.compile(
    r"^[ \t\u3000]*(?=\d{1,3}(?:\.\d{1,2})?\s*分\s*[）)][ \t\u3000]*$)", re.MULTILINE
)
"""A line of points closed by a bracket whose opening the copy lost: ``宣传`` · ``教育`` · ``10分)``."""


def _brackets_restored(text: str) -> tuple[str, list[int]] | None:
    """The text with the lost opening bracket set back before each line of points that closes one.

    A table copied a cell a line may lose the ``(`` of a part's points printed under its name
    (``领导和目标责任制`` · ``10分)``): set back, the line reads as the name's points. The second
    value maps each offset of the new text (and its end) to the offset in ``text``; ``None``
    when no line so closes.
    """
    return _lines_cut(text, [found.end() for found in _BRACKET_LOST.finditer(text)], "(")


def _points_run_items(text: str) -> tuple[str, list[int]] | None:
    """The text with a line's end after each item's points glued to the next item's number.

    Only on a line that runs three such items or more on (``…制度;5分2.单位…;5分3.单位…``): a
    template's or a sharing site's text run into one line. A part run on after the words before
    it, its points after its name (``…计分标准(一)内部审计工作保障情况。20分``), opens a line too.
    The second value maps each offset of the new text (and its end) to the offset in ``text``;
    ``None`` when no line so runs.
    """
    cuts: list[int] = []
    for line in re.finditer(r"[^\n]+", text):
        found = list(_RUN_POINTS_THEN_ITEM.finditer(text, line.start(), line.end()))
        if len(found) < _RUN_POINTS_LEAST:
            continue
        cuts.extend(match.end() for match in found)
        cuts.extend(
            match.start()
            for match in _RUN_PART_WITH_POINTS.finditer(text, line.start(), line.end())
        )
    return _lines_cut(text, cuts)


def _read_comma_parted(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text as printed, or with its items run on after commas set on lines.

    A digest's sentences joined by commas (…进行计算,1.实际利用外资(30分)…,2.…(30分)…) are read
    with a line's end at each such comma, and that reading kept if it gives more items with points.
    """
    parted = _comma_run_items(original)
    readings = [] if parted is None else [(parted, None)]
    return _most_scored(_read_unpiped, original, source, readings, fall_back=_no_error)


_COMMA_RUN_ITEM = re.compile(
    r"[,，](?=(\d{1,2})[.．、](?!\d)[^,，。；;\n（()）]{2,30}[（(][ \u3000]*\d+(?:\.\d+)?[ \u3000]*分[ \u3000]*[）)])"
)
"""A comma before a numbered item with its points: ``…计算,1.实际利用外资(30分)…``; the points
spaced inside their brackets as a typeset copy sets them (``(30 分)``) as well."""
_COMMA_RUN_LEAST = 2


def _comma_run_items(text: str) -> str | None:
    """The text with each comma before a numbered item with points made a line's end.

    Only on a line that runs two such items or more on, numbered upward: a digest that joined a
    document's sentences by commas into one run. One character for one, so every offset stays.
    """
    chars: list[str] | None = None
    for line in re.finditer(r"[^\n]+", text):
        found = list(_COMMA_RUN_ITEM.finditer(text, line.start(), line.end()))
        numbers = [int(match.group(1)) for match in found]
        if len(found) < _COMMA_RUN_LEAST or numbers != sorted(set(numbers)):
            continue
        chars = chars if chars is not None else list(text)
        for match in found:
            chars[match.start()] = "\n"
    return None if chars is None else "".join(chars)


def _read_unpiped(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text as printed, or with the pipes that open its cells dropped.

    A table copied one cell a line, a pipe opening each cell (| 城镇新增就业人数 · | 3分), is read
    without them, and that reading kept if it gives more items with points, or if the text as
    printed gives no items at all.
    """
    opened = _pipe_opened_cells(original)
    readings = [] if opened is None else [(opened, None)]
    return _most_scored(_read_unclosed, original, source, readings, fall_back=_no_items)


def _read_unclosed(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text as printed, or with its table of cells closed by pipe lines as pipe rows.

    A table copied one cell a line, each cell closed by a line of a pipe alone, its points before
    the column that names its rows (see ``_scheme_closed``), is read again as pipe rows, and that
    reading kept if it gives more items with points, or if the text as printed gives no items.
    """
    closed = pipe_closed_rows(original)
    readings = [] if closed is None else [closed]
    return _most_scored(_read_unquoted, original, source, readings, fall_back=_no_items)


def _read_unquoted(original: str, source: str | None) -> dict[str, Any]:
    """Read a folded text as printed, or with its rows of quoted comma-separated cells as pipe rows.

    A table saved as CSV (``,"执法监督(15)","1.落实…(10分).","抽查文书","1.…扣5分."``, see
    ``_quoted_cells_piped``) is read again as a table of its cells, and that reading kept if it
    gives as many items with points or more (its names are its cells', not a row's run of quoted
    cells), or if the text as printed gives no items at all.
    """
    quoted = _quoted_cells_piped(original)
    readings = [] if quoted is None else [quoted]
    return _most_scored(
        _read_folded, original, source, readings, fall_back=_no_items, better=_as_many_scored
    )


def _most_scored(  # noqa: PLR0913
    read: Callable[[str, str | None], dict[str, Any]],
    original: str,
    source: str | None,
    readings: Sequence[tuple[str, list[int] | None]],
    *,
    fall_back: Callable[[ParseError], bool],
    better: Callable[[dict[str, Any], dict[str, Any]], bool] = _more_scored,
) -> dict[str, Any]:
    """The reading of ``original``, or of another of its ``readings``, with most items with points.

    ``read`` reads each. The text as printed is read first, and each other reading after it, in
    order: one is kept over the reading kept so far where ``better(other, kept)`` holds (by
    default, where it gives more items with points, so that of equals the text as printed wins;
    the reader that nests a step of `_STEPS` passes that step's own test). Each other reading is
    a text and where each of its characters stands in ``original`` (``None`` where it keeps every
    offset), so that the spans of the scheme kept are the original's. A reading that raises
    `ParseError` is passed over.

    Where the text as printed raises a `ParseError` that ``fall_back`` accepts, the first other
    reading that reads is the scheme; where none does, or ``fall_back`` refuses the error, the
    error is raised.
    """
    try:
        scheme = read(original, source)
    except ParseError as error:
        if not fall_back(error):
            raise
        for text, where in readings:
            try:
                return _moved_back(read(text, source), where, original)
            except ParseError:
                continue
        raise error from None
    for text, where in readings:
        try:
            other = read(text, source)
        except ParseError:
            continue
        if better(other, scheme):
            scheme = _moved_back(other, where, original)
    return scheme


def _moved_back(data: dict[str, Any], where: list[int] | None, original: str) -> dict[str, Any]:
    """``data`` read from another reading of ``original``, its spans moved back to the original's."""
    return data if where is None else _spans_moved(data, where, original)


def _any_error(_: ParseError) -> bool:
    """Fall back on the other readings whatever the text as printed raised."""
    return True


def _no_error(_: ParseError) -> bool:
    """Fall back on none: what the text as printed raised stands."""
    return False


def _no_items(error: ParseError) -> bool:
    """Fall back on the other readings where the text as printed gave no items."""
    return error.code == "no-scheme-items"


def _read_folded(original: str, source: str | None) -> dict[str, Any]:
    """Read a text with its figures folded (``original``: as printed), as a table's rows first."""
    lettered = _LETTERED_POINTS.sub(
        _letters_as_digits,
        _NUMERAL_TAKEN.sub(
            _numeral_as_digit,
            _HYPHENED_NUMBER.sub(r"\g<1>.", _LETTER_ONE.sub(r"\g<1>1", original.translate(SIMPLE))),
        ),
    )
    unstarred = _STARRED_AFTER.sub(r"\g<1> ", _STARRED.sub(r"\g<1> ", lettered))
    unstarred = _pipe_led_rows(unstarred) or unstarred
    folded = spaced_headings(
        tight_points(broken_takes(weight_points(share_points(bare_labelled_points(unstarred)))))
    )
    blocks = pipe_blocks(folded)
    _no_task_division_table(list(text_lines(folded)), folded, source)
    try:
        scheme = _read_document(folded, original, source)
    except ParseError:
        if not blocks:
            raise
        # a table as rows gave nothing: its cells one a line may still give items
        return _read_document(
            cells_as_lines(folded, blocks), cells_as_lines(original, blocks), source, folded
        )
    markers = _table_markers(folded, blocks)
    carried = _carried(scheme, markers)
    if len(markers) - carried < _margin(markers):
        return scheme  # no other reading could carry clearly more
    try:
        other = _read_document(
            cells_as_lines(folded, blocks), cells_as_lines(original, blocks), source, folded
        )
    except ParseError:
        return scheme
    if _carried(other, markers) - carried < _margin(markers):
        return scheme
    other["diagnostics"].append(_as_lines_note(folded, blocks))
    return other


_PIPE_OPENED = re.compile(r"(?m)^\|(?=[^|\n]*$)")
_PIPE_OPENED_LEAST = 3


def _pipe_opened_cells(text: str) -> str | None:
    """The text with the pipe that opens a line of one cell made a space, if such lines recur.

    A web page's table copied one cell a line may open each cell with ``| `` (``| 城镇新增就业人数``
    · ``| 3分``); without it the cells read as the lines of a table copied one cell a line.
    """
    if len(_PIPE_OPENED.findall(text)) < _PIPE_OPENED_LEAST:
        return None
    return _PIPE_OPENED.sub(" ", text)


_QUOTED_ROW = re.compile(r'(?m)^,*"[^"\n]*"(?:,+"[^"\n]*")+,*[ \t]*$')
"""A table's row saved as comma-separated values, each cell quoted, an empty cell nothing between
two commas: ``,,"2.依法办理行政复议案件(5分).","查记录","2.…扣5分."``."""
_QUOTED_ROWS_LEAST = 2


def _quoted_cells_piped(text: str) -> tuple[str, list[int]] | None:
    """The text with the rows of a table saved as quoted comma-separated values made pipe rows.

    A spreadsheet saved as CSV and pasted prints a row a line, each cell in double quotes and the
    cells parted by commas, an empty cell as nothing (``,"执法监督(15)","1.落实执法责任制…(10分).",
    "抽查文书","1.…扣5分."``): read as printed, the quotes and the other cells become an item's
    words. Each such row is set as a pipe row of the same cells (``||执法监督(15)|1.落实…|…|``);
    the second value maps each offset of the new text (and its end) to the offset in ``text``,
    a pipe standing where the quote or comma it replaces stood. ``None`` where fewer than two
    lines are such rows.
    """
    rows = list(_QUOTED_ROW.finditer(text))
    if len(rows) < _QUOTED_ROWS_LEAST:
        return None
    pieces: list[str] = []
    where: list[int] = []
    last = 0
    for row in rows:
        pieces.append(text[last : row.start()])
        where.extend(range(last, row.start()))
        pieces.append("|")
        where.append(row.start())
        at = row.start()
        while at < row.end() and text[at] in ',"':
            if text[at] == '"':
                close = text.index('"', at + 1)
                pieces.append(text[at + 1 : close])
                where.extend(range(at + 1, close))
                at = close + 1
            # the comma after the cell (or the row's end) closes it
            pieces.append("|")
            where.append(at)
            at += text[at : at + 1] == ","
        last = row.end()
    pieces.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(pieces), where


# a row's opening line before its first pipe-led cell: its serial (1 · 12) or the header's 序号
_PIPE_LED_OPENER = re.compile(r"[ \u3000]*(?:\d{1,3}|序\s*号)[ \u3000]*")
_PIPE_LED_CELL = re.compile(r"[ \u3000]*\|(?=[^|\n]*$)")
_PIPE_LED_CLOSE = re.compile(r"[ \u3000]*\|[ \u3000]*")
_PIPE_LED_ROWS_LEAST = 2


def _pipe_led_rows(text: str) -> str | None:
    """The text with each row of a table printed a cell a line, a pipe opening each cell, on one line.

    A law mirror copies a web page's table row by row: the row's serial alone on a line (or the
    header's 序号), then each cell opening a line with ``| `` and going on over the lines after it
    without one (``| 政府职能转变情况`` over ``(10分)``), and a pipe alone closing the row; an
    excerpt's last row may stop without it. Read line by line, a row falls apart: its serial
    reads as an item's name and its cells as lines of their own. Each line break inside such a
    row is made a space, one character for one, so the row is one line of pipe cells and every
    offset stays where it was. ``None`` unless two rows or more are printed so, or where a cell
    opens a line outside every such row (a row under a merged cell, which opens on its own
    words: ``40.积极组织…`` over ``| 2``), a table these rows alone cannot hold.
    """
    lines = text.split("\n")
    chars = list(text)
    covered = [False] * len(lines)
    rows = 0
    offset = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not (
            _PIPE_LED_OPENER.fullmatch(line)
            and index + 1 < len(lines)
            and _PIPE_LED_CELL.match(lines[index + 1])
        ):
            offset += len(line) + 1
            index += 1
            continue
        end = index + 1  # the row's last line: its closing pipe, the line before the next row's
        while end + 1 < len(lines) and not _PIPE_LED_CLOSE.fullmatch(lines[end]):
            if (
                _PIPE_LED_OPENER.fullmatch(lines[end + 1])
                and end + 2 < len(lines)
                and _PIPE_LED_CELL.match(lines[end + 2])
            ):
                break
            end += 1
        covered[index : end + 1] = [True] * (end + 1 - index)
        at = offset
        for inner in lines[index:end]:
            at += len(inner)
            chars[at] = " "
            at += 1
        rows += 1
        offset = at + len(lines[end]) + 1
        index = end + 1
    if rows < _PIPE_LED_ROWS_LEAST or any(
        _PIPE_LED_CELL.match(line) and not inside
        for line, inside in zip(lines, covered, strict=True)
    ):
        return None
    return "".join(chars)


def _one(repair: Callable[[str], tuple[str, list[int]] | None]) -> Callable[[str], list[_Reading]]:
    """The readings of one repair that makes one or none, offsets mapped."""
    return lambda text: [] if (reading := repair(text)) is None else [reading]


def _in_place(repair: Callable[[str], str | None]) -> Callable[[str], list[_Reading]]:
    """The readings of one repair that keeps every offset."""
    return lambda text: [] if (reading := repair(text)) is None else [(reading, None)]


def _pages(text: str) -> list[_Reading]:
    joined, where = pages_joined(text, lost_first=True)
    return [] if joined == text else [(joined, where)]


def _brackets_closed(text: str) -> list[_Reading]:
    return [reading for reading in _brackets_closed_readings(text) if reading is not None]


_STEPS = (
    _Step((_one(numbers_joined),), _more_or_as_many, _any_error),
    _Step((_one(unwrapped_rows),), _more_or_as_many, _any_error),
    _Step((_one(_without_glosses),), _as_many_scored, _any_error),
    _Step((_pages,), _more_scored_or_rules, _any_error),
    _Step(  # each tried on the text as the repairs before it left it
        (
            _one(_points_run_items),
            _one(_run_in_items),
            _one(_spaced_rows),
            _one(_brackets_restored),
            _one(_bare_points),
            _one(_stops_restored),
            _brackets_closed,
            _one(_repaired),  # repairs that each alone read no more, together
        ),
        _more_scored,
        _any_error,
    ),
    _Step((_in_place(_comma_run_items),), _more_scored, _no_error),
    _Step((_in_place(_pipe_opened_cells),), _more_scored, _no_items),
    _Step((_one(pipe_closed_rows),), _more_scored, _no_items),
    _Step((_one(_quoted_cells_piped),), _as_many_scored, _no_items),
)
"""The ways of reading a text again, outermost first, as `_read_joined` nests them."""


def _items_all_told(scheme: dict[str, Any]) -> int:
    """How many items a scheme's data holds, with points or without."""
    count = 0
    stack = list(scheme["root"].get("children", []))
    while stack:
        count += 1
        stack.extend(stack.pop().get("children", []))
    return count


def _scored_items(scheme: dict[str, Any]) -> int:
    """How many items of a scheme's data state points (leaves and groups)."""
    count = 0
    stack = list(scheme["root"].get("children", []))
    while stack:
        node = stack.pop()
        count += node.get("points") is not None or node.get("cap") is not None
        stack.extend(node.get("children", []))
    return count


# a sub-item numbered with a hyphen at the start of a line (2-1积极开展… · 3－2 开展…), read as the
# decimal number it stands for (2.1), one character for one, so that every span stays put; a
# range of figures before its unit (80-89分, 3-5月, 1-2名, 1-3季度) stays as printed
_HYPHENED_NUMBER = re.compile(
    r"(?m)^([ \t\u3000]*\d{1,2})[-－](?=\d{1,2}(?!\d)[ \t]?"
    r"(?![分倍万亿元个次米天月日号亩吨岁年时人名项处件户家所条季周级期届批轮])[\u4e00-\u9fff“\"《])"
)


# points taken or added in a numeral of one character (少一项扣一分, 发现一起扣两分, 加三分): read as
# the digit, one character for one, so that every span of the folded text stays where it was; a
# fraction (增加三分之一, 减三分之一) or minutes (扣五分钟) are no points
_NUMERAL_TAKEN = re.compile(r"(?<=[扣减加])[一二两三四五六七八九](?=分(?![之钟]))")
_NUMERAL_DIGIT = dict(zip("一二两三四五六七八九", "1223456789", strict=True))


def _numeral_as_digit(found: re.Match[str]) -> str:
    return _NUMERAL_DIGIT[found.group()]


# a line numbered with the letter l for the digit 1 (l、集中宣传 · l、 “八五”普法), as a typist or a
# scan gives it, or an item so numbered in a run, after the points or the stop before it
# (…(总分100分)l、基础工作), where a character must follow: the group is empty in a run
_LETTER_ONE = re.compile(
    r"(?m)^([ \t\u3000]*)l(?=[ \t\u3000]*、)|(?<=[）)。；;])l(?=[ \t\u3000]*、[\u4e00-\u9fff])"
)
# points typed with the letters l, I, O and o for the digits 1 and 0 (标准分lO分 · 扣l分 · 2O分 ·
# IOO分 · Ioo分 · 扣l.5分 · 0.l分), as a typist or a scan gives them: a figure of one to three of
# them, perhaps with a decimal part, before 分 and after no Latin letter; read one character for
# one, so every span stays put. Which of them hold a letter for a digit is `_letters_as_digits`'s
_LETTERED_POINTS = re.compile(r"(?<![A-Za-z\d.])[lIOo\d]{1,3}(?:\.[lIOo\d]{1,2})?(?=[ \t]*分)")
_LETTER_DIGITS = str.maketrans("lIOo", "1100")
_REACH = 8  # how far from a letter alone the character before it is looked for, past spaces


def _letters_as_digits(found: re.Match[str]) -> str:
    """A figure typed with letters for digits, in digits, where the printing is unambiguous.

    A figure of two or three characters, or with a decimal part, among which a letter
    (``lO``, ``IOO``, ``l.5``), is a figure: no word is printed so before 分. A letter alone is
    one within a sentence, after a Chinese character or an opening bracket (``扣l分``, ``计O分``,
    ``（l分）``), or where no word goes on after its 分 (a cell ``l分``). Elsewhere it opens a
    line or a part of one as a heading's letter or a bullet, before a word that begins with 分
    (``I 分类指标``, ``o 分管领导``), and stays as printed.

    Examples:
        >>> [_LETTERED_POINTS.sub(_letters_as_digits, text) for text in ("扣l分", "（I分）", "IO分")]
        ['扣1分', '（1分）', '10分']
        >>> [_LETTERED_POINTS.sub(_letters_as_digits, text) for text in ("扣l.5分", "I 分类", "o分管")]
        ['扣1.5分', 'I 分类', 'o分管']
    """
    figure = found.group()
    if figure.replace(".", "").isdigit():
        return figure
    if len(figure) == 1:
        text, start, end = found.string, found.start(), found.end()
        before = text[max(0, start - _REACH) : start].rstrip(" \t\u3000")[-1:]
        after = text[end : end + _REACH].lstrip(" \t")[1:2]  # the character past the 分
        within = before != "" and (before in "(（" or "\u4e00" <= before <= "\u9fff")
        if not within and "\u4e00" <= after <= "\u9fff":
            return figure
    return figure.translate(_LETTER_DIGITS)


# a star that marks a key indicator before its number (*3. · ★（二）· ＊1、): no part of the number
_STARRED = re.compile(
    r"(?m)^([ \t\u3000]*)[*＊★☆](?=[ \t\u3000]*"
    r"(?:\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][ \t]*[一二三四五六七八九十\d]))"
)
# the same star after the number (3.★依法决策 · （二）＊…): no part of the item's name either;
# two stars or more (6.**省…) mask a name's letters
_STARRED_AFTER = re.compile(
    r"(?m)^([ \t\u3000]*(?:\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、"
    r"|[（(][ \t]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*[）)])[ \t\u3000]*)"
    r"[*＊★☆](?![*＊★☆])"
)


_TASK_COLUMNS = frozenset({"lead", "responsible", "cooperating", "deadline"})
_CELL_EDGES = re.compile(r"[|\t]")


def _no_task_division_table(lines: list[tuple[int, str]], where: str, source: str | None) -> None:
    """Refuse a plan's task-division table (工作任务 · 牵头单位 · 完成时限) with no points column.

    Its numbers are the tasks' 序号, not points: read as a scheme, they would make one.
    """
    for offset, line in lines:
        cells = [cell.strip() for cell in _CELL_EDGES.split(line) if cell.strip()]
        columns = read_columns(cells) if len(cells) > 1 else None
        if columns is None or not set(columns.values()) & _TASK_COLUMNS:
            continue
        if any("分" in cell or "权重" in cell for cell in cells):
            return  # an appraisal table that names units too (考核内容 · 分值 · 责任单位)
        raise ParseError(
            "this is a plan's task-division table, not an appraisal scheme: its header "
            f"{line[:60]!r} names tasks, units and deadlines and no points (分值); read it with "
            "rulegov.read_plan",
            source=source,
            line=line_column(where, offset)[0],
            value=line[:60],
            code="not-a-scheme",
        )


def _read_document(
    text: str, original: str, source: str | None, lines_of: str | None = None
) -> dict[str, Any]:
    """Read a folded text (``original``: as printed); ``lines_of``: the text whose lines count."""
    where = lines_of if lines_of is not None else text
    reader, lines, table_lines = _read_stages(text, original, source, where)
    scored = any(has_points(item) for item in reader.roots)
    if not scored and reader.roots and indicator_table(lines):
        return _indicator_scheme(reader)
    scheme = _build(reader)
    stated = len(scheme["rules"]) > reader.placed
    if not scored and not (stated or scheme.get("grading")):
        # numbered items or table rows without points: still a scheme, read afresh (building
        # the scheme above changed what the stages read)
        reader = _read_stages(text, original, source, where)[0]
        if has_unscored_items(reader):
            return _unscored_scheme(reader)
        if not reader.roots:
            # a table of deductions only printed one cell a line, with no points column
            reader.roots = cell_rows(list(text_lines(text)))
            if reader.roots and has_unscored_items(reader):
                return _unscored_scheme(reader)
        looked = (
            "and in its tables with a 分值 column"
            if table_lines
            else "and for a table with a 分值 column (none found)"
        )
        count = len(list(text_lines(where)))
        raise ParseError(
            "no appraisal item with points found, nor numbered items without: looked for "
            f"numbered items (一、 1. （一）) with (X分) {looked} in {count} lines, and for "
            "items without points under a heading that names an appraisal (考核, 考评, 评分, "
            "细则 …) or stating deductions (扣X分); a regulation's 第X条 and a work plan's "
            "tasks are no appraisal items (read a plan with rulegov.read_plan)",
            source=source,
            line=1,
            code="no-scheme-items",
        )
    if not scored:
        # the fields appraised, named without points under a heading of their own (二、考评内容):
        # manual items beside the rules of the whole appraisal, read afresh as above
        fresh = _read_stages(text, original, source, where)[0]
        fields = criteria_fields(fresh)
        # a rule of the genre: parts without points whose entries deduct (（一）考勤情况 1、…扣3分；
        # 2、…扣2分) are the items, scored by deductions (扣分制), though the document states rules
        # of the whole appraisal too (80分为及格, a bonus, 基础分80分): their deductions are theirs,
        # not the whole scheme's penalties. Fields named apart without deductions then are no
        # more than what is appraised
        deducting = [
            item for item in fresh.roots if item.section == "items" and numbers_deductions(item)
        ]
        if fields is not None and (any(item is fields for item in deducting) or not deducting):
            fresh.roots = fields.children
            return _unscored_scheme(fresh)
        if deducting and has_unscored_items(fresh):
            return _unscored_scheme(fresh)
        reader.diagnose(
            "no-items",
            "no item with points found; the scheme holds only the rules of the whole appraisal "
            "(bonus, penalty, vetoes, grades) and the items must be added by hand",
            0,
            min(len(text), 1),
        )
    return scheme


def _read_stages(
    text: str, original: str, source: str | None, where: str
) -> tuple[Reader, list[tuple[int, str]], set[int]]:
    """Read the items, their standards and the rules of the whole appraisal from ``text``."""
    reader = Reader(text=text, source=source, original=original, lines_of=where)
    lines = list(text_lines(text))
    if not lines:
        raise ParseError(
            "the document is empty: no appraisal items to read",
            source=source,
            code="empty-document",
        )
    table_lines = read_cell_lines(reader, lines)
    table_lines |= read_tables(reader, [line for line in lines if line[0] not in table_lines])
    rest = [line for line in lines if line[0] not in table_lines]
    before = len(reader.roots)
    flattened = read_flattened(reader, rest)
    # a run's header that opened no row there may head rows a line, their cells apart by single
    # spaces: when those rows read, the lines they take are theirs
    rows = read_rows(reader, rest) if len(reader.roots) == before else set()
    if len(reader.roots) > before and rows:
        table_lines |= rows
    else:
        table_lines |= flattened
        table_lines |= read_rows(reader, [line for line in rest if line[0] not in table_lines])
    _refuse_too_deep(reader)  # before the stages that walk the items' tree by recursion
    collapse_repeated_groups(reader.roots, reader.repeated)
    spread_points(reader.roots)
    read_numbered(reader, [line for line in lines if line[0] not in table_lines])
    adopt_table_items(reader)
    adopt_named_paragraphs(reader)
    nest_repeated_numbering(reader.roots)
    nest_dotted_serials(reader)
    split_listed_parts(text, reader.roots)
    if not any(has_points(item) for item in reader.roots):
        read_trailing_points(reader, [line for line in lines if line[0] not in table_lines])
    if not any(has_points(item) for item in reader.roots):
        read_stated_parts(reader, [line for line in lines if line[0] not in table_lines])
    split_scored_sentences(reader.roots)
    split_scored_parts_among_rules(reader.roots)
    spread_block_standards(reader.roots)
    spread_numbered_standards(reader.roots)
    range_points(reader, [line for line in lines if line[0] not in table_lines])
    mark_used(reader, reader.roots)
    read_global(reader, lines)
    merged_points(reader)
    nest_summed_rows(reader)
    read_left_points(reader, _header_before_group(lines))
    return reader, lines, table_lines


_GROUP_CELL = re.compile(
    r"\s*(?:[\u4e00-\u9fff][ \u3000]?){2,12}\s*[（(]?\s*\d+(?:\.\d+)?\s*分\s*[）)]?\s*"
)
"""A group's cell alone: its name, letter-spaced or not, and its points (``组 织 领 导 20 分``)."""


def _header_before_group(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines that end on a table's header and the first group's cell, cut before the group.

    A copy that runs a table onto one line may stop after the header and the first group's cell
    (``…评审细则 (学校) 自评分 评审分 项 目 基 本 要 求 分 值 评 分 标 准 组 织 领 导 20 分``): the
    header names no item, so the points left on that line are the group's, named after it.
    """
    cut: list[tuple[int, str]] = []
    for offset, line in lines:
        pieces = header_cut([(offset, line)])
        whole = pieces[-1][0] != offset and _GROUP_CELL.fullmatch(pieces[-1][1]) is not None
        cut.extend(pieces if whole else [(offset, line)])
    return cut


def _table_markers(text: str, blocks: list[list[tuple[int, int]]]) -> list[tuple[int, int, float]]:
    """The points the tables state, each with the span of its row.

    Each (X分) and each cell of a bare number (not in a 序号 column) is one.
    """
    markers: list[tuple[int, int, float]] = []
    for block in blocks:
        serial: set[int] = set()
        for row, (start, end) in enumerate(block):
            for column, (left, right) in enumerate(row_cells(text, start, end)):
                cell = text[left:right]
                if row == 0 and re.search(r"序号|编号", cell):
                    serial.add(column)
                number = POINTS_CELL.fullmatch(cell.strip())
                if column not in serial and number is not None:
                    markers.append((start, end, float(number.group(1))))
            markers.extend(
                (start, end, float(found.group(1)))
                for found in POINTS_PAREN.finditer(text, start, end)
            )
    return markers


def _margin(markers: list[tuple[int, int, float]]) -> int:
    """How many more of the tables' points another reading must carry to be kept.

    A point is carried when an item of the scheme states it (its points or its cap) and spans
    some of the row that states it; clearly more is one in ten of them, two at least.
    """
    return max(2, math.ceil(len(markers) / 10))


def _carried(scheme: dict[str, Any], markers: list[tuple[int, int, float]]) -> int:
    by_points: dict[float, list[tuple[int, int]]] = {}
    for node in walk_nodes(scheme["root"]):
        stated = node.get("points", node.get("cap"))
        if "span" in node and stated is not None:
            by_points.setdefault(stated, []).append((node["span"]["start"], node["span"]["end"]))
    taken = {points: Taken(spans) for points, spans in by_points.items()}
    return sum(
        1
        for start, end, points in markers
        if points in taken and taken[points].overlaps(start, end)
    )


def _as_lines_note(text: str, blocks: list[list[tuple[int, int]]]) -> dict[str, Any]:
    start, end = blocks[0][0][0], blocks[-1][-1][1]
    line, column = line_column(text, start)
    return {
        "severity": "info",
        "code": "table-as-lines",
        "message": "the table's rows left many of its points unread: its cells were read one a "
        "line instead; check how its items are grouped",
        "line": line,
        "column": column,
        "span": {"start": start, "end": end},
    }


def _top_nodes(reader: Reader) -> list[dict[str, Any]]:
    """The nodes of the items at the top; bonus and penalty sections become rules."""
    children: list[dict[str, Any]] = []
    numbering = 0
    for item in reader.roots:
        if not has_points(item) and item.section == "items":
            unscored_bonus(reader, item)
            continue
        if item.section == "bonus":
            section_rules(reader, item, "bonus")
            continue
        if item.section == "penalty" and not any(child.children for child in item.children):
            section_rules(reader, item, "penalty")
            continue
        if item.section == "penalty":
            # 扣分项 over groups of items with their points: the items scored by deduction
            _set_section(item, "items")
        numbering += 1
        children.append(_node(reader, item, str(numbering)))
    return children


def _indicator_scheme(reader: Reader) -> dict[str, Any]:
    """An indicator system without points: every indicator a manual item, siblings weighed alike.

    The data must supply each indicator's 0-1 value; its explanation (指标说明) is its criterion.
    """
    merge_repeats(reader.roots)
    children = [_indicator_node(item, str(number)) for number, item in enumerate(reader.roots, 1)]
    reader.diagnose(
        "no-points",
        f"no item states points: the {sum(1 for _ in walk(reader.roots))} indicators are read as "
        "manual items, siblings weighed alike; add points or weights to the scheme to score them",
        reader.roots[0].start,
        reader.roots[0].end,
        severity="info",
    )
    return _build(reader, children)


def _unscored_scheme(reader: Reader) -> dict[str, Any]:
    """Numbered items or table rows without points: manual items, or parts scored by deductions."""
    children, deducts = unscored_nodes(reader)
    count = sum(1 for _ in walk(reader.roots))
    if deducts:
        message = (
            f"no item states points: the {count} items are scored by deductions only (扣分制), "
            "each starting full and losing what its text deducts; the document states no points "
            "to start from, so add each item's points to the scheme to score it"
        )
    else:
        message = (
            f"no item states points: the {count} numbered items are read as manual items, "
            "siblings weighed alike; add points or weights to the scheme to score them"
        )
    # without rules the items only wait for their values (info); rules without points to take
    # them from cannot score a unit as the document means until points are added (warning)
    severity = "warning" if deducts else "info"
    reader.diagnose(
        "no-points", message, reader.roots[0].start, reader.roots[0].end, severity=severity
    )
    return _build(reader, children)


def _indicator_node(item: Item, node_id: str) -> dict[str, Any]:
    node = node_head(item, node_id)
    if item.children:
        node["children"] = [
            _indicator_node(child, f"{node_id}.{index}")
            for index, child in enumerate(item.children, 1)
        ]
    else:
        manual_leaf(node, item)
    return node


def _build(reader: Reader, children: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The scheme's data from what the stages read; ``children``: the top nodes, if built."""
    _refuse_too_deep(reader)
    if children is None:
        children = _top_nodes(reader)
    loose_rules(reader)
    first = min((item.start for item in reader.roots), default=None)
    title = _title(reader.text, reader.original or reader.text, first)
    root: dict[str, Any] = {
        "id": "total",
        "name": title,
        "aggregation": "sum",
        "children": children,
    }
    left_rules(reader, root)
    group_highest_bonuses(reader)
    listed_deductions(reader, root)
    unscored_criteria(reader, root)
    check_total(reader, root)
    check_caps(reader, root)
    stated_in_criteria(reader, root)
    root = with_raters(reader, root)
    scheme: dict[str, Any] = {"id": "scheme", "name": title, "root": root, "rules": reader.rules}
    bands, gaps = grade_bands(reader)
    if bands or reader.quotas:
        scheme["grading"] = {"bands": bands, "quotas": reader.quotas}
        if gaps:
            scheme["grading"]["gaps"] = gaps
    settle_vetoes(reader, bands)
    if reader.bonus_cap is not None:
        scheme["bonus_cap"] = reader.bonus_cap[0]
    if reader.penalty_cap is not None:
        scheme["penalty_cap"] = reader.penalty_cap[0]
    if reader.digits is not None:
        scheme["display"] = {"digits": reader.digits}
    if reader.original and reader.original != reader.text:
        _as_printed(reader, root, scheme)
    scheme["diagnostics"] = reader.diagnostics
    if reader.source:
        scheme["description"] = f"read from {reader.source}"
    return scheme


_MAX_ITEM_DEPTH = 32
"""Levels of items under items that a scheme may have: an appraisal document nests a handful."""


def _refuse_too_deep(reader: Reader) -> None:
    """Refuse items nested more than `_MAX_ITEM_DEPTH` levels deep, naming the deepest.

    A table of thousands of columns whose header repeats (序号|考核项目|分值|序号|…) may read as
    items each under the one before it, hundreds deep: no scheme is so read, and the scheme's
    model could not check it.

    Raises:
        ParseError: ``too-deep``, at the line of the first item below the limit.
    """
    stack = [(item, 1) for item in reversed(reader.roots)]
    while stack:
        item, depth = stack.pop()
        if depth > _MAX_ITEM_DEPTH:
            line, column = line_column_at(line_breaks(reader.text), item.start)
            raise ParseError(
                f"items nest more than {_MAX_ITEM_DEPTH} levels deep, each under the one before "
                "it (a table whose header repeats over thousands of columns reads so); no "
                "appraisal scheme nests so deep: print the items one a row",
                source=reader.source,
                line=line,
                column=column,
                value=item.title[:60],
                code="too-deep",
            )
        stack.extend((child, depth + 1) for child in reversed(item.children))


def _printed(reader: Reader, text: str, start: int, end: int) -> str:
    """``text`` (read in simplified characters) as the document prints it near ``start``."""
    at = reader.text.find(text, start, max(end, start + len(text)))
    if at >= 0:
        return reader.original[at : at + len(text)]
    # a name joined from a cell spread over lines (落, 实, … a line each): match across the breaks
    spread = re.compile(r"\s*".join(map(re.escape, text)))
    found = spread.search(reader.text, start, max(end, start + 4 * len(text)))
    if found is None:
        return text
    return "".join(reader.original[found.start() : found.end()].split())


def _printed_names(reader: Reader, node: dict[str, Any]) -> None:
    span = node.get("span")
    if span is not None and node.get("name"):
        node["name"] = _printed(reader, node["name"], span["start"], span["end"])
    for child in node.get("children", []):
        _printed_names(reader, child)


def _as_printed(reader: Reader, root: dict[str, Any], scheme: dict[str, Any]) -> None:
    """Names, reasons and labels as the document prints them (traditional characters kept)."""
    _printed_names(reader, root)
    for rule in scheme["rules"]:
        span, reason = rule.get("span"), rule.get("reason")
        if span is not None and reason:
            stated = reader.text[span["start"] : span["end"]]
            if reason.startswith(stated):
                rule["reason"] = (
                    reader.original[span["start"] : span["end"]] + reason[len(stated) :]
                )
    for band in scheme.get("grading", {}).get("bands", []):
        band["label"] = _printed(reader, band["label"], band["span"]["start"], band["span"]["end"])


def _set_section(item: Item, section: str) -> None:
    item.section = section
    for child in item.children:
        _set_section(child, section)


# the full points printed after a document's title: 某县考核细则（满分100分）
_FULL_POINTS_NOTE = re.compile(r"(?<!\s)\s*[（(](?:满分|总分)?\s*\d+(?:\.\d+)?\s*分[）)]$")
# the words that end the title of an appraisal document
# the words an appraisal document's name ends with: its kind
_KIND_WORDS = r"标准|细则|办法|方案|指标|体系|评分表|考核表|评价表|分解表"
_DOCUMENT_KIND = re.compile(rf"(?:{_KIND_WORDS})$")


def _title(text: str, printed: str | None = None, limit: int | None = None) -> str | None:
    r"""The document's title: the line before its items that names an appraisal document.

    A web page's furniture before it (首页, 您的位置:…>>正文, a menu bar) is no title, nor a
    notice's lines: the title is the last line before the first item that names the document's
    kind (…考核办法, …考评细则, 评分标准), or the document a notice issues (关于印发《X》的通知);
    else the first line that is no furniture, no address (…:) and no sentence (…。), unless that
    line is already an item or a table.
    A title may end with the full points in brackets (某县考核细则（满分100分）): they are
    not part of it. A table's first cell is no title, in any of the ways a copy prints cells
    one a line: opened by a pipe (``| 项 目``), closed by one (``序号 |``), or followed by a
    line that a pipe opens (``考核项目`` over ``| 分值``). ``printed``: the text as printed, at
    the same offsets, for the title's words; ``limit``: where the first item starts, if known.

    Examples:
        >>> _title("某区依法行政考核评分标准（满分100分）\n一、制度建设（30分）")
        '某区依法行政考核评分标准'
        >>> _title("一、制度建设（30分）") is None
        True
        >>> _title("首页\n您的位置:首页>>正文\n某乡平安建设考核办法\n一、综治（10分）")
        '某乡平安建设考核办法'
        >>> _title("| 项 目\n| 分值\n|\n组织领导\n| 10") is None
        True
        >>> _title("各单位:\n为规范考核工作,现制定本办法。\n一、组织领导(50分)") is None
        True
    """
    printed = printed if printed is not None else text
    first: tuple[int, str] | None = None
    named: tuple[int, str] | None = None
    for at, stripped in _title_lines(text, limit):
        if first is None and not _no_title(stripped):
            first = (at, stripped)
        name = _document_name(stripped)
        if name is not None:
            named = (at + stripped.index(name), name)
    if first is None:
        return None
    at, title = named if named is not None else first
    if named is None and _document_name(title) is None:
        title = _run_on_name(title)
    return printed[at : at + len(title)][:80]


def _no_title(line: str) -> bool:
    """Whether a line cannot stand in for a title: an address or a sentence.

    A line that a colon closes introduces what follows (各乡镇人民政府:), and one that a full
    stop closes is a sentence (为规范考核工作,现制定本办法。) unless a document's name opens it,
    cut off by its kind or by a space (某镇征兵工作考核办法 做好征兵工作…。).
    """
    if line.endswith((":", "：")):
        return True
    return (
        line.endswith(("。", "；", ";"))
        and _run_on_name(line) == line
        and re.search(r"\s", line) is None
    )


def _title_lines(text: str, limit: int | None) -> Iterator[tuple[int, str]]:
    """The lines before a document's first item or table that may name it, with their offsets.

    Page furniture is passed over; the full points after a document's name are cut off.
    """
    filled: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            filled.append((offset, line))
        offset += len(line) + 1
    for index, (start, line) in enumerate(filled):
        stripped = line.strip()
        if limit is not None and start >= limit:
            return
        if _is_furniture(stripped):
            continue
        following = filled[index + 1][1].strip() if index + 1 < len(filled) else ""
        if _opens_table(stripped, following) or _laid_out_header(stripped):
            return
        note = _FULL_POINTS_NOTE.search(stripped)
        if note is not None and _DOCUMENT_KIND.search(stripped[: note.start()]):
            stripped = stripped[: note.start()]
        if find_marker(stripped) or points_in(stripped) or split_cells(stripped) is not None:
            return
        yield start + line.index(stripped[0]), stripped


def _opens_table(line: str, following: str) -> bool:
    """Whether a line is a table's first cell as a copy prints cells one a line (a pipe row is a table)."""
    return (
        line.startswith("|")
        or line.endswith("|")
        or (following.startswith("|") and split_cells(following) is None)
    )


_COLUMN_GAP = re.compile(r"\t|[ \u3000]{2,}")


def _laid_out_header(line: str) -> bool:
    """Whether a line is a table's header with its cells set apart by tabs or runs of spaces.

    A PDF's text or a spreadsheet's copy prints the header ``序号  考核项目  分值  评分标准``
    as a line of its own: it ends on a kind word (标准) but names no document, and the table
    starts there.

    Examples:
        >>> _laid_out_header("序号  考核项目      分值   评分标准")
        True
        >>> _laid_out_header("序号 考核项目 考核内容 分值 评分标准")
        True
        >>> _laid_out_header("某县考核评分标准")
        False
        >>> _laid_out_header("大兴区 依法行政 考核标准")
        False
    """
    cells = [cell for cell in _COLUMN_GAP.split(line) if cell.strip()]
    if len(cells) < 3:
        # single spaces part the cells only where every word is a heading (序号 考核项目 分值 评分标准)
        cells = line.split()
        if len(cells) < 3 or not all(_HEADING_WORD.search(cell) for cell in cells):
            return False
    return header_columns(cells) is not None


_HEADING_WORD = re.compile(
    rf"^(?:{HEADER_POINTS.pattern.strip('^$')}|.{{0,4}}(?:{HEADER_STANDARD.pattern}"
    rf"|{HEADER_SKIP.pattern}|{HEADER_NAME.pattern}).{{0,4}})$"
)
"""A word of a table's header (序号 · 考核项目 · 分值 · 评分标准 · 得分), of ten letters at most."""
_KIND_WORD = re.compile(_KIND_WORDS)
_REST_STOP = re.compile(r"[，,。；;：:]")


def _run_on_name(line: str) -> str:
    """A title run on into what follows it on its line, cut after the document's kind.

    A table or a page flattened into one run goes on after the title with the table's header
    or the first sentence (某县考核细则 项目 分值…, 某局考核办法为贯彻落实…，): the title ends
    at the first kind word (细则, 办法, 评分表 …) after which a space follows, or words up to a
    stop or a colon.

    Examples:
        >>> _run_on_name("某市文明乡镇年度考核评比细则 项目 考评细则 分值")
        '某市文明乡镇年度考核评比细则'
        >>> _run_on_name("某区双拥合格单位考评细则考评单位:2011年度")
        '某区双拥合格单位考评细则'
        >>> _run_on_name("某区政务公开指数绩效考评标准表")
        '某区政务公开指数绩效考评标准表'
    """
    for kind in _KIND_WORD.finditer(line, 0, _NAME_LENGTHS[1]):
        name, rest = line[: kind.end()], line[kind.end() :]
        if _document_name(name) is None or not rest:
            continue
        word = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if rest[0].isspace() or _REST_STOP.search(word):
            return name
    return line


# a notice that issues the document names it in book-title marks: 关于印发《X》的通知
_ISSUED = re.compile(r"关于印发《([^《》]{4,78})》的通知")
# a label before the document's name: 附件, 附件2:
_ATTACHED = re.compile(r"附件\s*\d*\s*[:：]?\s*")


# a document's name is its subject and its kind (某乡平安建设考核办法); a shorter line naming a
# kind alone (考核标准, 评分标准, 市州计分办法) is a table's caption or a column's heading
_NAME_LENGTHS = (8, 80)
# a sentence's stops, a label's colon or a table's cell edges: no document's name holds them
_NOT_IN_NAME = re.compile(r"[，,。；;：:|\t]")


def _document_name(line: str) -> str | None:
    """The name of an appraisal document a line gives (its whole words, or what a notice issues)."""
    issued = _ISSUED.fullmatch(line)
    attached = _ATTACHED.match(line)
    if issued is not None:
        line = issued.group(1)
    elif attached is not None:
        line = line[attached.end() :]
    if not _NAME_LENGTHS[0] <= len(line) <= _NAME_LENGTHS[1] or _NOT_IN_NAME.search(line):
        return None
    return line if _DOCUMENT_KIND.search(line) else None


def _is_furniture(line: str) -> bool:
    """Whether a line is a web page's furniture: breadcrumbs, a menu bar, a menu's own word."""
    return line in NAV_WORDS or is_chrome(line) or is_nav_bar(line)


def _node(reader: Reader, item: Item, node_id: str) -> dict[str, Any]:
    node = node_head(item, node_id)
    rules_by_number(item)  # a second list of rule lines numbered like the scored sub-items
    take_credited_parts(item)  # criteria that each credit points are the item's parts
    take_each_parts(reader, item)  # parts worth the points its bracket names for each
    scored = [child for child in item.children if has_points(child) and child.section == "items"]
    criteria = criteria_of(item)
    for child in item.children:
        if child.section not in ("items", item.section):
            section_rules(reader, child, child.section)
        elif not has_points(child):
            if not any(child.title in text for _, text in child.standard):
                item.standard.append((child.start, child.title))
            item.standard.extend(child.standard)
    if scored:
        node["aggregation"] = "sum"
        node["children"] = [
            _node(reader, child, f"{node_id}.{index}") for index, child in enumerate(scored, 1)
        ]
        if item.standard:
            add_rules(reader, node, standard_rules(reader, item, node, item.points or 0.0))
        if item.points is not None:
            node["cap"] = item.points
            found = sum(
                child.points if child.points is not None else points_sum(child) for child in scored
            )
            if abs(found - item.points) > 1e-6:
                reader.diagnose(
                    "points-mismatch",
                    f"item {node_id} {item.title!r} states {item.points:g} points, its sub-items add up to {found:g}",
                    item.start,
                    item.end,
                )
        return node
    node["points"] = item.points if item.points is not None else 0.0
    first = len(reader.rules)
    leaf_rules(reader, item, node)
    if criteria:
        key_to_criteria(reader, node, criteria, first)
    return node
