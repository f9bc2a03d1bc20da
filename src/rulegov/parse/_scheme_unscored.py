r"""Documents whose items state no points: manual items, or a table of deductions only (扣分制).

Some appraisal documents number their items, or lay them out in a scoring table, without giving
any item points of its own. They are still schemes:

- items with no rule in their text are *manual* items (qualitative criteria the data supplies),
  siblings weighed alike;
- the sections that say whom and how the document appraises (考核对象 · 考核方法 · 考评程序),
  beside the section of its criteria (考核内容与标准), are no items: a scheme with points leaves
  them out as headings without points, and so does one without;
- a table of deductions only (考核项目 · 主要内容 · 扣分值: rows of faults, each ``扣X分``)
  is scored by deductions: each row is an item that starts full (扣分制) and loses what its
  text deducts, keyed to it. The document states no points to start from, so the rows carry
  none; a diagnostic says to add them. A copy may print the table one cell a line, its rows
  told by their rule cells (``cell_rows``).

A document whose only numbered structure is the chapters and articles of a regulation
(第一章 · 第一条) holds no appraisal items, nor does a work plan (numbered tasks with no
deduction, under a heading that names no appraisal): the caller refuses it.
"""

from __future__ import annotations

import re
from typing import Any

from rulegov.parse._scheme_criteria import criterion_title
from rulegov.parse._scheme_lines import Item, Reader, manual_leaf, node_head, walk
from rulegov.parse._scheme_rules import leaf_rules
from rulegov.parse._scheme_tables import merge_repeats
from rulegov.parse._scheme_words import (
    DISCRETIONARY,
    HEADER_NAME,
    HEADER_STANDARD,
    NO_POINTS,
    ONE_LETTER,
    PER,
    PINYIN_GLOSS,
    RANGE,
    RULE_CELL,
    TAKE,
)

__all__ = [
    "cell_rows",
    "criteria_fields",
    "has_unscored_items",
    "numbers_deductions",
    "unscored_nodes",
]

_ARTICLE = re.compile(r"\s*第[一二三四五六七八九十百零〇\d]+[章条节]")
_TAKES = (TAKE, PER, RANGE, NO_POINTS, DISCRETIONARY)
_APPRAISAL = re.compile(
    r"考核|考评|评分|评价|评估|测评|评查|评比|评定|验收|检查|细则|扣分|打分|指标"
)
# a section about the appraisal itself, not a criterion: whom, how, when and by whom it appraises
_FRAME = re.compile(
    r"(?:考核|考评|评价|评估|测评|评比|评定|检查)(?:的)?"
    r"(?:(?:对象|范围|主体|方法|方式|办法|程序|步骤|时间|原则|依据|组织|实施|结果|等次|奖惩|要求)"
    r"(?:[和与及、]|$))+"
)
# the section that holds the criteria (考核内容与标准 · 评分标准 · 考核指标)
_CRITERIA = re.compile(r"内容|标准|指标|细则|项目")
# a heading that only names the section of the fields appraised (二、考评内容 · 考核内容和范围)
_FIELDS = re.compile(
    r"(?:考核|考评|评价|评估|测评|评比|评定|考察)(?:的)?(?:主要)?(?:内容|项目)"
    r"(?:[和与及、]?(?:标准|范围|要求))?[:：。.]?"
)
# the number of a field in running text: (一) （一） or 1. 1、
_FIELD_MARK = re.compile(
    r"[(（](?P<chinese>[一二三四五六七八九十]{1,2})[)）]|(?P<digits>\d{1,2})[.、．]"
)
_NUMERALS = (
    tuple("一二三四五六七八九十")
    + tuple("十" + digit for digit in "一二三四五六七八九")
    + ("二十",)
)
_HEADING = 80
"""The longest line read as a heading (a title or a notice's line), not a paragraph."""
_LEAST = 2
"""A document needs at least this many numbered items to be read as a scheme without points."""


def has_unscored_items(reader: Reader) -> bool:
    """Whether the reader found appraisal items without points.

    Two items or more, not only a regulation's articles, and either a deduction among them or
    a heading that names an appraisal (考核 · 考评 · 评分 · 细则 …): a work plan's numbered tasks
    (一、…工作计划) are no appraisal items. A single item counts with both: a table that a copy
    cut after its first row still states what it deducts, under the appraisal's heading.
    """
    roots = reader.roots
    if not roots or all(_ARTICLE.match(reader.text, item.start) for item in roots):
        return False
    deducts = any(_takes_points(item) for item in roots)
    if sum(1 for _ in walk(roots)) < _LEAST:
        # one item: only one that deducts, under a heading that names an appraisal
        return deducts and _appraisal_heading(reader)
    return deducts or _appraisal_heading(reader)


def criteria_fields(reader: Reader) -> Item | None:
    """The section that names the fields appraised, in a document whose items state no points.

    A document may state its whole-appraisal rules (满分100分, grade bands, vetoes) and name the
    fields it appraises under a heading of their own (``二、考评内容`` over ``(一)完成就业指标任务
    情况；(二)落实就业政策情况 …``), their points in an annex the copy does not hold. The fields
    are items without points (manual items). The heading must be a top item that says only that
    it holds the content of the appraisal, over two fields or more none of which states points:
    a heading with words of its own (``三、考核内容依据…``) is a paragraph. Fields that state what
    they deduct (``二、考核内容和标准`` over ``(一)未按要求设立检查站的扣5分。(二)…每次扣3分。``, a
    sheet scored by deduction only) are items scored so, their deductions theirs.
    """
    for item in reader.roots:
        title = PINYIN_GLOSS.sub("", item.title).strip()
        if _FIELDS.fullmatch(title) is None:
            heading = _FIELDS.match(title)
            if heading is None or item.children:
                continue
            # running text: the fields follow the heading on its line (考核内容(一)…;(二)…)
            item.children = _run_fields(reader, item, heading.end())
        if len(item.children) < _LEAST:
            continue
        return item
    return None


def _run_fields(reader: Reader, item: Item, after: int) -> list[Item]:
    """The fields a heading's line lists after the heading, numbered in order from the first.

    The numbers must follow one another from one (``(一)…(二)…`` or ``1.…2.…``), the first
    right after the heading: a line that goes on in words of its own lists no fields.
    """
    at = reader.text.find(item.title, item.start, item.end + 1)
    if at < 0:
        return []
    rest = item.title[after:]
    first = _FIELD_MARK.match(rest)
    if first is None:
        return []
    chinese = first.group("chinese") is not None
    marks: list[re.Match[str]] = []
    for mark in _FIELD_MARK.finditer(rest):
        expected = len(marks) + 1
        if expected > len(_NUMERALS):
            break
        number = mark.group("chinese") if chinese else mark.group("digits")
        if number == (_NUMERALS[expected - 1] if chinese else str(expected)):
            marks.append(mark)
    fields: list[Item] = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(rest)
        piece = rest[mark.end() : end]
        name = piece.strip().rstrip(";；。.,，、 ")
        if not name:
            return []
        start = at + after + mark.start()
        fields.append(
            Item(
                level=item.level + 1,
                title=name,
                start=start,
                end=at + after + end,
                points=None,
                number=mark.group(0),
            )
        )
    return fields


_HEADER_CELL = 8
"""The longest line read as a header cell of a table printed one cell a line (计分办法)."""
_PIECE_CELL = 6
"""The longest line read as a piece of a narrow cell broken over lines (机关 · 党委 · (纪委))."""


def cell_rows(lines: list[tuple[int, str]]) -> list[Item]:
    """The rows of a table of deductions only that a copy printed one cell a line, as items.

    A table with no points column (考核目标 · 考核内容 · 计分办法 · 考核部门) gives each row its
    content cell, then the cell of its rules (``…每次扣0.1分；…每次扣0.5分``), then the cells
    of narrow columns broken into short pieces (``机关`` · ``党委`` · ``(纪委)``). After a header
    of two cells or more, one naming the content (考核内容) and one the rules (计分办法 ·
    评分标准), each longer line that states no rule, followed by a line that does, is a row: an
    item without points whose standard is that line (a rule cell over two lines goes on with
    it). Short pieces are passed over, but for a merged cell's name printed one letter a line
    (``党`` · ``建`` · ``目`` · ``标``): a group, which holds the rows after it. None are rows
    without a header, or with fewer than two rows that state a rule.
    """
    header = _cell_header(lines)
    if header is None:
        return []
    top: list[Item] = []
    rows = top  # where the rows go: the top, or the last group's children
    content: tuple[int, str] | None = None
    letters: list[tuple[int, str]] = []
    ruled = False  # whether the last row's rules were the line before
    for offset, line in lines[header:]:
        if ONE_LETTER.fullmatch(line):
            letters.append((offset, line))
            continue
        if len(letters) >= _LEAST:
            group = Item(
                level=0,
                title="".join(letter for _, letter in letters),
                start=letters[0][0],
                end=letters[-1][0] + 1,
                points=None,
            )
            top.append(group)
            rows = group.children
        letters = []
        if RULE_CELL.search(line) or any(pattern.search(line) for pattern in _TAKES):
            if content is not None:
                rows.append(
                    Item(
                        level=1 if rows is not top else 0,
                        title=content[1],
                        start=content[0],
                        end=content[0] + len(content[1]),
                        points=None,
                    )
                )
                content = None
            elif not ruled or not rows:
                continue
            rows[-1].standard.append((offset, line))
            ruled = True
            continue
        ruled = False
        if len(line) > _PIECE_CELL:
            content = (offset, line)
    if sum(1 for row in walk(top) if not row.children and _takes_points(row)) < _LEAST:
        return []
    return [item for item in top if item.children or item.standard]


def _cell_header(lines: list[tuple[int, str]]) -> int | None:
    """Where the rows begin after a header printed one cell a line, within the first lines."""
    for start in range(min(len(lines), _HEADER_LINES)):
        end = start
        while (
            end < len(lines)
            and len(lines[end][1]) <= _HEADER_CELL
            and (HEADER_NAME.search(lines[end][1]) or HEADER_STANDARD.search(lines[end][1]))
        ):
            end += 1
        cells = [line for _, line in lines[start:end]]
        if (
            end - start >= _LEAST
            and any(HEADER_STANDARD.search(cell) for cell in cells)
            and any(HEADER_NAME.search(cell) and not HEADER_STANDARD.search(cell) for cell in cells)
        ):
            return end
    return None


_HEADER_LINES = 8
"""How many first lines a header printed one cell a line may start in (after a title, 附件1)."""


def _appraisal_heading(reader: Reader) -> bool:
    """Whether a short line before the first item (a title, a notice's line) names an appraisal."""
    head = reader.text[: reader.roots[0].start]
    return any(
        len(line.strip()) <= _HEADING and _APPRAISAL.search(line) for line in head.split("\n")
    )


def unscored_nodes(reader: Reader) -> tuple[list[dict[str, Any]], bool]:
    """The top nodes of a scheme whose items state no points; whether any part deducts (扣分制)."""
    merge_repeats(reader.roots)
    reader.roots = _without_frame(reader.roots)
    nodes: list[dict[str, Any]] = []
    deducts = False
    for number, item in enumerate(reader.roots, 1):
        node, ruled = _unscored_node(reader, item, str(number))
        nodes.append(node)
        deducts = deducts or ruled
    return nodes, deducts


def _without_frame(roots: list[Item]) -> list[Item]:
    """The top items less the sections about the appraisal (考核对象 · 考核方法), if criteria remain.

    They are left out only beside a section that holds the criteria (考核内容与标准), and only
    when they deduct nothing: ``二、考核方法`` over ``实行百分制考核`` says how the units are
    appraised, not what they are appraised on.
    """
    frame = [
        item
        for item in roots
        if _FRAME.fullmatch(PINYIN_GLOSS.sub("", item.title).strip()) is not None
        and not _takes_points(item)
    ]
    kept = [item for item in roots if item not in frame]
    if not frame or not any(_CRITERIA.search(PINYIN_GLOSS.sub("", item.title)) for item in kept):
        return roots
    return kept


def _takes_points(item: Item) -> bool:
    """Whether the text of ``item`` or of a sub-item states a deduction (扣X分, 不得分)."""
    texts = [text for _, text in item.standard] + [item.title]
    texts.extend(text for child in walk(item.children) for _, text in child.standard)
    texts.extend(child.title for child in walk(item.children))
    return any(pattern.search(text) for text in texts for pattern in _TAKES)


def numbers_deductions(item: Item) -> bool:
    """Whether ``item``, or a part under it, numbers entries that deduct points (扣X分).

    Two entries or more, and at least half of the part's: ``（一）考勤情况`` over ``1、…扣3分；
    2、…扣2分；…6、全勤，加5分``. A part whose entries only mention a score (评分为0分的) or
    leave the figure to the rater (酌情扣分) numbers no deductions.
    """
    for part in walk([item]):
        taking = sum(
            1
            for entry in part.children
            if any(
                TAKE.search(text) for text in (entry.title, *(text for _, text in entry.standard))
            )
        )
        if taking >= _LEAST and 2 * taking >= len(part.children):
            return True
    return False


def _unscored_node(reader: Reader, item: Item, node_id: str) -> tuple[dict[str, Any], bool]:
    node = node_head(item, node_id)
    if item.children:
        node["children"] = []
        deducts = False
        for index, child in enumerate(item.children, 1):
            child_node, ruled = _unscored_node(reader, child, f"{node_id}.{index}")
            node["children"].append(child_node)
            deducts = deducts or ruled
        return node, deducts
    if not _takes_points(item):
        manual_leaf(node, item)
        return node, False
    # a row of a table of deductions only: it starts full (扣分制) and loses what its text takes;
    # the rules are read as for an item with points, then the points it does not state left out
    if not item.standard:
        # a numbered line that states its own deduction (1.未亮证执法的，每次扣1分): its text is
        # its standard, its title the words before the deduction
        at = reader.text.find(item.title, item.start, item.end + 1)
        if at >= 0:
            item.standard.append((at, item.title))
            node["name"] = criterion_title(item.title)
    node["points"] = 0.0
    leaf_rules(reader, item, node)
    del node["points"]
    node.pop("manual", None)
    node["start_full"] = True
    node.setdefault("floor", 0.0)
    return node, True
