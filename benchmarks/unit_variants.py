"""How well rulegov reads the units of tasks when a plan prints the same division of work otherwise.

The same documents, each with the units of its tasks printed as published plans print them:
under another label of the same role (牵头部门, 主责单位, 主办单位, 实施单位, 协办单位 …), in
another bracket (() （） 〔〕 [] 【】) or none with the clause on its own line after the task,
with other signs between the roles (；;，, 。 a space) and between the names (、，, a space),
with full-width or half-width colons, with each role word qualified (X、Y分别牵头,
X、Y按照职责分工分别牵头), with the clause before the task's text instead of after
it, with each label on its own line under the task, with people (责任人, 责任领导, 分管领导 and a
name) beside the units, as a sentence of roles (X为牵头单位，Y为配合单位) or with each name's
role in brackets after it (X（牵头）、Y（配合）), and a units table printed as pipe rows, tab
rows, runs of spaces, one cell a line or whole on one line of tabs (broken in two or not),
with the lead and responsible columns swapped, the header in two rows or people before the
units of a column headed 责任领导及牵头单位; as the names alone in
brackets after the task or on the line under it, the lead's with a star after it (X*、Y), as a
sentence of roles after the task's with no bracket (X牵头，Y配合。 and 由X牵头…), a table's role
columns merged into one that marks the lead (X（牵头）、Y or X*、Y), a spaced table whose
long cells wrap onto the lines under their row (a PDF's copy), and the parts' headings numbered
第一部分 instead of 一、. Every
variant is faithful: it keeps the hand-read facts true. For every variant the script prints the
F1 of sections, tasks, units and units with their roles against the facts
(``benchmarks/accuracy.py`` scores them), and the people read as units, beside the documents
as saved, read in the same run: a reader that generalises reads every variant as well as the
saved text.

The documents are the ``.txt`` files whose facts name units, of the ``tune`` halves of
``tests/parse/documents/unseen*`` and of the development set ``tests/corpus/dev``: never a
``check`` half nor the held-out set, which only the accuracy benchmark measures. A variant
that finds nothing of its kind in a document leaves it as saved.

Run: ``python benchmarks/unit_variants.py [--variant NAME ...] [--failures]``.
"""

from __future__ import annotations

import itertools
import pathlib
import re
from typing import TYPE_CHECKING, Any

import head_variants  # the documents, read as head_variants.py reads them

import rulegov
from rulegov._text import display_width

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
MEASURES = ("sections", "tasks", "units", "unit_roles")

# the labels of each role as plans print them (the vocabulary of rulegov.parse has each one)
LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "主办单位", "牵头责任单位", "主要责任单位")
RESPONSIBLE_LABELS = ("责任单位", "责任部门", "负责单位", "负责部门", "实施单位")
COOPERATING_LABELS = ("配合单位", "协办单位", "参与单位", "协同单位", "配合部门", "协同责任单位")
_ROLE_OF = {
    **dict.fromkeys(LEAD_LABELS, "lead"),
    **dict.fromkeys(RESPONSIBLE_LABELS, "responsible"),
    **dict.fromkeys(COOPERATING_LABELS, "cooperating"),
}
_PERSON_LABELS = (
    "责任领导",
    "分管领导",
    "牵头领导",
    "牵头市领导",
    "责任人",
    "牽頭領導",
    "責任領導",
)
_TRADITIONAL = str.maketrans("头责单门协办实参与同配务", "頭責單門協辦實參與同配務")
_LABEL_WORDS = sorted(
    {
        form
        for label in (*LEAD_LABELS, *RESPONSIBLE_LABELS, *COOPERATING_LABELS)
        for form in (label, label.translate(_TRADITIONAL))
    },
    key=len,
    reverse=True,
)
_SIMPLIFIED = {label.translate(_TRADITIONAL): label for label in _ROLE_OF}
_LABEL = "(?:" + "|".join(_LABEL_WORDS) + ")"
# a label and its colon, where a label stands (not inside a word: 各责任单位要…)
_LABEL_COLON = re.compile(rf"(?<![\u4e00-\u9fff])({_LABEL})(\s*)([:：])")
_OPENS, _CLOSES = "(（〔[【", ")）〕]】"
# a bracket and its text, which may hold one bracket of its own (各县（市、区）政府)
_BRACKET = re.compile(
    r"([(（〔\[【])((?:[^(（〔\[【)）〕\]】\n]|[(（][^(（)）\n]{0,24}[)）])+)([)）〕\]】])"
)
_ROLE_WORD = re.compile(r"(?:牵头|牽頭|配合|参与|參與|按职责分工负责|按職責分工負責)")
# a division of work by role words: the sign after a role word that begins the next part
_ROLE_WORD_SIGN = re.compile(r"(?<=[头頭合与與责責])[，,；;](?=\S)")
_LABEL_SIGN = re.compile(rf"\s*[，,；;。]\s*(?={_LABEL}\s*[:：])|\s+(?={_LABEL}\s*[:：])")
_NUMBER = re.compile(
    r"^(\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*))"
)
# a name's last sign before 、 where the next is another unit's name (市财政局、市税务局)
_NAME_END = "局委办院厅会部室处团司心府所站队行社馆署科组校"


def _depth_zero(text: str, sign: str) -> list[int]:
    """Where ``sign`` stands outside any bracket of text."""
    depth, found = 0, []
    for index, char in enumerate(text):
        if char in _OPENS:
            depth += 1
        elif char in _CLOSES:
            depth = max(0, depth - 1)
        elif char == sign and depth == 0:
            found.append(index)
    return found


def _names_with(names: str, sign: str) -> str:
    """The names with ``sign`` between them where 、 parts two units' names."""
    chars = list(names)
    for index in _depth_zero(names, "、"):
        if index and names[index - 1] in _NAME_END:
            chars[index] = sign
    return "".join(chars)


def _labelled_parts(body: str) -> list[tuple[str, str]] | None:
    """The (label, names) parts of a clause of labels, or None where it is none."""
    body = body.strip()
    if not _LABEL_COLON.match(body):
        return None
    parts = []
    for part in _LABEL_SIGN.split(body):
        found = _LABEL_COLON.match(part)
        if found is None:
            return None
        parts.append((found[1], part[found.end() :].strip()))
    return parts


def _is_unit_clause(body: str) -> bool:
    """Whether a bracket's text names the units of a task, by labels or by role words.

    A remark on a list (列第一位的为牵头单位，下同) names none.
    """
    if "下同" in body or "第一" in body or body.lstrip().startswith(_PERSON_LABELS):
        return False
    return _labelled_parts(body) is not None or bool(_ROLE_WORD.search(body))


def _clauses(text: str, print_clause: Callable[[str, str, str, str], str | None]) -> str:
    """The text with each bracket of units reprinted by ``print_clause(open, body, close, line)``.

    ``print_clause`` returns the bracket's new text, or None to keep it.
    """
    lines = []
    for line in text.split("\n"):

        def replace(found: re.Match[str], line: str = line) -> str:
            if not _is_unit_clause(found[2]):
                return found[0]
            printed = print_clause(found[1], found[2], found[3], line)
            return found[0] if printed is None else printed

        lines.append(_BRACKET.sub(replace, line))
    return "\n".join(lines)


def _synonym(label: str) -> Callable[[str], str]:
    """Every label of ``label``'s role printed as ``label`` (colon labels and table headings)."""
    role = _ROLE_OF[label]

    def printed(text: str) -> str:
        def swap(found: re.Match[str]) -> str:
            word = _SIMPLIFIED.get(found[1], found[1])
            return (label if _ROLE_OF.get(word) == role else found[1]) + found[2] + found[3]

        text = _LABEL_COLON.sub(swap, text)
        heading = re.compile(
            rf"(?<=[|\t\n])(\s*)({_LABEL})(\s*)(?=[|\t\n])|(?<=  )({_LABEL})(?=  )"
        )

        def swap_heading(found: re.Match[str]) -> str:
            word = found[2] or found[4]
            if _ROLE_OF.get(_SIMPLIFIED.get(word, word)) != role:
                return found[0]
            return found[0].replace(word, label)

        return heading.sub(swap_heading, "\n" + text + "\n")[1:-1]

    printed.__doc__ = f"Every label of the {role} role printed as {label}."
    return printed


def _bracketed(opening: str, closing: str) -> Callable[[str], str]:
    """Every bracket of units printed between ``opening`` and ``closing``."""

    def printed(text: str) -> str:
        return _clauses(text, lambda _o, body, _c, _line: opening + body + closing)

    printed.__doc__ = f"Every bracket of units printed as {opening}…{closing}."
    return printed


def own_line(text: str) -> str:
    """Every bracket of units without its bracket, on a line of its own after the task's text.

    A bracket on a line of its own stays: it may name the units of the items above it all.
    """
    printed = _clauses(
        text,
        lambda opening, body, closing, line: (
            None if line.strip() == opening + body + closing else "\n" + body.strip() + "\n"
        ),
    )
    lines = [line for line in printed.split("\n") if line.strip() not in ("。", "；", ";")]
    return "\n".join(lines)


def _role_signs(sign: str) -> Callable[[str], str]:
    """The parts of every bracket of units parted by ``sign``."""

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str:
        parts = _labelled_parts(body)
        if parts is not None:
            return opening + sign.join(label + "：" + names for label, names in parts) + closing
        return opening + _ROLE_WORD_SIGN.sub(sign, body) + closing

    def printed(text: str) -> str:
        return _clauses(text, print_clause)

    printed.__doc__ = f"The roles of every bracket of units parted by {sign!r}."
    return printed


def _name_signs(sign: str) -> Callable[[str], str]:
    """The names after every label parted by ``sign``."""
    after_label = re.compile(rf"((?<![\u4e00-\u9fff]){_LABEL}\s*[:：])([^；;。\n)）〕\]】]*)")

    def names(found: re.Match[str]) -> str:
        if _ROLE_WORD.search(found[2]):  # a division of work by role words: its own signs
            return found[0]
        return found[1] + _names_with(found[2], sign)

    def printed(text: str) -> str:
        return after_label.sub(names, text)

    printed.__doc__ = f"The names after every label parted by {sign!r}."
    return printed


# a role word after a name, not a label's (总牵头单位:) nor one qualified already
_LEADS_WORD = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<!分别)(?<!分別)(?<![总總])(?=(?:牵头|牽頭)(?!单位|部门|單位|部門))"
)
_CARRIES_WORD = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![头頭工责責别別])(?=(?:负责|負責)(?:[，,；;]|$))"
)


def _qualified(qualifier: str) -> Callable[[str], str]:
    """Every role word after the names of a bracket of units qualified by ``qualifier``.

    ``(X、Y牵头,Z配合)`` prints as ``(X、Y分别牵头,Z配合)`` and ``(X牵头,Y负责)`` as
    ``(X分别牵头,Y分别负责)``: each unit carries its share, and the roles stay. A bracket of
    labels stays as saved.
    """

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        if _labelled_parts(body) is not None:
            return None
        body = _LEADS_WORD.sub(qualifier, body)
        return opening + _CARRIES_WORD.sub(qualifier, body) + closing

    def printed(text: str) -> str:
        return _clauses(text, print_clause)

    printed.__doc__ = f"Every role word after names qualified by {qualifier!r}."
    return printed


def _colons(colon: str) -> Callable[[str], str]:
    """Every label's colon printed as ``colon``."""

    def printed(text: str) -> str:
        return _LABEL_COLON.sub(lambda found: found[1] + colon, text)

    printed.__doc__ = f"Every label's colon printed as {colon!r}."
    return printed


def clause_first(text: str) -> str:
    """A bracket of units that closes a numbered task printed after its number, before its text."""
    lines = []
    for line in text.split("\n"):
        number = _NUMBER.match(line)
        last = None
        for found in _BRACKET.finditer(line):
            last = found
        if (
            number is not None
            and last is not None
            and _is_unit_clause(last[2])
            and not line[last.end() :].strip(" 。；;")
        ):
            rest = line[number.end() : last.start()]
            lines.append(number[1] + last[0] + rest + line[last.end() :])
        else:
            lines.append(line)
    return "\n".join(lines)


def labels_under(text: str) -> str:
    """Every bracket of labelled units printed as one ``label：names`` line a role under the task."""
    lines = []
    for line in text.split("\n"):
        under: list[str] = []

        def lift(found: re.Match[str], under: list[str] = under, line: str = line) -> str:
            parts = _labelled_parts(found[2])
            if (
                parts is None
                or line.strip() == found[0]  # a bracket under items: theirs
                or line[found.end() :].strip(" 。；;")  # the text runs on: the next item's
            ):
                return found[0]
            under.extend(label + "：" + names for label, names in parts)
            return ""

        lines.append(_BRACKET.sub(lift, line))
        lines.extend(under)
    return "\n".join(lines)


_PEOPLE = ("责任领导：王建国", "分管领导：李明", "责任人：张伟")


def with_people(text: str) -> str:
    """Every division of work with its people beside its units: 责任领导：王建国 and the like.

    In a bracket and after the label lines of units a person's label and name, in a units table
    a column 责任领导 with a name in each row.
    """
    count = 0

    def person() -> str:
        nonlocal count
        count += 1
        return _PEOPLE[count % len(_PEOPLE)]

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        if _labelled_parts(body) is None:
            return None
        return opening + body + "；" + person() + closing

    def print_table(rows: list[list[str]], _roles: list[int]) -> list[str]:
        header, *body = rows
        width = len(header)
        if any(len(row) != width or not row[-1] for row in body):
            return _pipes(rows)  # rows a merged cell shifted: a column more would move them
        return _pipes(
            [
                [*header, "责任领导"],
                *([*row, *[""] * (width - len(row)), person().split("：")[1]] for row in body),
            ]
        )

    text = _tables(_clauses(text, print_clause), print_table)
    lines = []
    for line in text.split("\n"):
        lines.append(line)
        if _LABEL_COLON.match(line.strip()) and line.strip()[:4] in _ROLE_OF:
            lines.append(person())
    return "\n".join(lines)


# -- tables printed as pipe rows --------------------------------------------------------------


def _cells(line: str) -> list[str] | None:
    """The cells of a pipe row, or None where the line is no row."""
    if line.count("|") < 2:
        return None
    cells = [cell.strip() for cell in line.strip().split("|")]
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells if len(cells) >= 2 else None


def _tables(text: str, print_table: Callable[[list[list[str]], list[int]], list[str]]) -> str:
    """The text with each pipe table whose header names a role reprinted by ``print_table``.

    ``print_table(rows, role_columns)`` gets the rows (header first) and the header's role
    columns, and returns the table's lines.
    """
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        cells = _cells(lines[index])
        roles = [
            column
            for column, cell in enumerate(cells or [])
            if _SIMPLIFIED.get(cell, cell) in _ROLE_OF
        ]
        # a table's header names two columns at least: a last heading of a table printed one
        # cell a line, a pipe or two after it (责任单位 | |), is no pipe table's header
        if cells is None or not roles or sum(1 for cell in cells if cell) < 2:
            out.append(lines[index])
            index += 1
            continue
        rows = [cells]
        index += 1
        while index < len(lines) and (row := _cells(lines[index])) is not None:
            if not all(set(cell) <= set("-: ") for cell in row):
                rows.append(row)
            index += 1
        out.extend(print_table(rows, roles))
    return "\n".join(out)


def _pipes(rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(row) + " |" for row in rows]


def _table_printed(print_rows: Callable[[list[list[str]]], list[str]]) -> Callable[[str], str]:
    def printed(text: str) -> str:
        return _tables(text, lambda rows, _roles: print_rows(rows))

    return printed


def tab_rows(text: str) -> str:
    """A units table printed as rows of cells parted by tabs."""
    return _table_printed(lambda rows: ["\t".join(row) for row in rows])(text)


def spaced_rows(text: str) -> str:
    """A units table printed as rows of cells parted by runs of spaces."""
    return _table_printed(lambda rows: ["    ".join(cell or "—" for cell in row) for row in rows])(
        text
    )


def cell_lines(text: str) -> str:
    """A units table printed one cell a line, row after row."""
    return _table_printed(lambda rows: [cell or "—" for row in rows for cell in row])(text)


def one_line(text: str) -> str:
    """A units table printed whole on one line, its cells parted by tabs (a flattened copy)."""
    return _table_printed(lambda rows: ["\t".join(cell for row in rows for cell in row if cell)])(
        text
    )


def one_line_broken(text: str) -> str:
    """A units table printed on one line of tabs, that line broken in two after its header."""

    def print_rows(rows: list[list[str]]) -> list[str]:
        cells = [cell for row in rows for cell in row if cell]
        cut = len(rows[0]) + (len(cells) - len(rows[0])) // 2
        return ["\t".join(cells[:cut]), "\t".join(cells[cut:])]

    return _table_printed(print_rows)(text)


def swapped_columns(text: str) -> str:
    """A units table with its lead column and the next role column swapped."""

    def print_table(rows: list[list[str]], roles: list[int]) -> list[str]:
        if len(roles) < 2:
            return _pipes(rows)
        first, second = roles[0], roles[1]
        swapped = []
        for cells in rows:
            row = [*cells, *[""] * (max(first, second) + 1 - len(cells))]
            row[first], row[second] = row[second], row[first]
            swapped.append(row)
        return _pipes(swapped)

    return _tables(text, print_table)


def two_row_header(text: str) -> str:
    """A units table whose header prints 责任分工 over its role columns, their labels below."""

    def print_table(rows: list[list[str]], roles: list[int]) -> list[str]:
        header = rows[0]
        top = [
            ("责任分工" if column == roles[0] else "") if column in roles else cell
            for column, cell in enumerate(header)
        ]
        below = [cell if column in roles else "" for column, cell in enumerate(header)]
        return _pipes([top, below, *rows[1:]])

    return _tables(text, print_table)


_LEADERS = ("王建国", "副区长李明", "区委常委、副区长张华")


def people_column(text: str) -> str:
    """A units table whose first role column holds its leader and units (责任领导及牵头单位).

    Each of its cells names a person before the units (王建国 区司法局, 副区长李明、区司法局).
    """

    def print_table(rows: list[list[str]], roles: list[int]) -> list[str]:
        column = roles[0]
        printed = [list(cells) for cells in rows]
        printed[0][column] = "责任领导及" + printed[0][column]
        for number, cells in enumerate(printed[1:]):
            if column < len(cells) and cells[column]:
                leader = _LEADERS[number % len(_LEADERS)]
                cells[column] = leader + (" " if number % 2 == 0 else "、") + cells[column]
        return _pipes(printed)

    return _tables(text, print_table)


def _plain(text: str) -> str:
    """The document as saved."""
    return text


_NAMED_AS = {"lead": "为牵头单位", "responsible": "为责任单位", "cooperating": "为配合单位"}
_MARKED = {"lead": "（牵头）", "responsible": "（负责）", "cooperating": "（配合）"}


def _roles_of(body: str) -> list[tuple[str, str]] | None:
    """The (role, names) parts of a clause of labels, or None where a label names no role."""
    parts = _labelled_parts(body)
    if parts is None or "以下" in body or "不再" in body:  # a remark on later tasks: kept
        return None
    roles = [(_ROLE_OF.get(_SIMPLIFIED.get(label, label)), names) for label, names in parts]
    if any(role is None or not names for role, names in roles):
        return None
    return [(role, names) for role, names in roles if role is not None]


def named_as(text: str) -> str:
    """Every bracket of labelled units printed as a sentence of their roles: X为牵头单位，Y为配合单位."""

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None:
            return None
        return opening + "，".join(names + _NAMED_AS[role] for role, names in roles) + closing

    return _clauses(text, print_clause)


def marked_names(text: str) -> str:
    """Every bracket of labelled units printed as names each with its role in brackets after it.

    ``（牵头单位：X；配合单位：Y、Z）`` becomes ``（X（牵头）、Y（配合）、Z（配合））``.
    """

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None:
            return None
        marked = []
        for role, names in roles:
            if _depth_zero(names, "，") or _depth_zero(names, ","):
                return None  # names parted by commas too: which of them a role follows is unsure
            cuts = [-1, *_depth_zero(names, "、"), len(names)]
            parts = [names[start + 1 : stop] for start, stop in itertools.pairwise(cuts)]
            if not all(part and part[-1] in _NAME_END + ")）" for part in parts):
                return None  # 高新区、综合保税区管委会: places that share the organ after them
            marked.extend(part + _MARKED[role] for part in parts)
        return opening + "、".join(marked) + closing

    return _clauses(text, print_clause)


def _name_parts(names: str) -> list[str] | None:
    """The names of a list parted by 、, or None where commas part it too or a part ends as none.

    高新区、综合保税区管委会: places that share the organ after them are no list of names.
    """
    if _depth_zero(names, "，") or _depth_zero(names, ","):
        return None
    cuts = [-1, *_depth_zero(names, "、"), len(names)]
    parts = [names[start + 1 : stop] for start, stop in itertools.pairwise(cuts)]
    if not all(part and part[-1] in _NAME_END + ")）" for part in parts):
        return None
    return parts


def _throughout(text: str, print_clause: Callable[[str, str, str, str], str | None]) -> str:
    """The text with every bracket of units reprinted, or as saved where one cannot be.

    A plan keeps to one way of naming units: one that prints names alone does so throughout.
    """
    kept = False

    def printed(opening: str, body: str, closing: str, line: str) -> str | None:
        nonlocal kept
        new = print_clause(opening, body, closing, line)
        kept = kept or new is None
        return new

    reprinted = _clauses(text, printed)
    return text if kept or _LABEL_COLON.search(reprinted) else reprinted


def bare_names(text: str) -> str:
    """Every bracket of labelled units printed as the names alone: （区司法局、区法院）."""

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        return None if roles is None else opening + "、".join(names for _, names in roles) + closing

    return _throughout(text, print_clause)


def bare_names_under(text: str) -> str:
    """Every bracket of labelled units printed as the names alone, on a line under the task."""

    def print_clause(opening: str, body: str, closing: str, line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None or line.strip() == opening + body + closing:
            return None
        return "\n（" + "、".join(names for _, names in roles) + "）\n"

    printed = _throughout(text, print_clause)
    return "\n".join(line for line in printed.split("\n") if line.strip() not in ("。", "；"))


def starred_lead(text: str) -> str:
    """Every bracket of labelled units printed as the names alone, the lead's with a star after it.

    ``（牵头单位：X；责任单位：Y、Z）`` becomes ``（X*、Y、Z）``.
    """

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None:
            return None
        printed = []
        for role, names in roles:
            if role != "lead":
                printed.append(names)
                continue
            parts = _name_parts(names)
            if parts is None:
                return None  # which of the names the star follows is unsure
            printed.append("、".join(part + "*" for part in parts))
        return opening + "、".join(printed) + closing

    return _throughout(text, print_clause)


_RUN_ON = {"lead": "牵头", "responsible": "负责", "cooperating": "配合"}


def _run_on(by: str) -> Callable[[str], str]:
    """Every bracket of labelled units printed as a sentence of roles after the task's, no bracket."""

    def print_clause(opening: str, body: str, closing: str, line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None or line.strip() == opening + body + closing:
            return None
        parts = [names + _RUN_ON[role] for role, names in roles]
        return by + "，".join(parts) + "。"

    def printed(text: str) -> str:
        return _clauses(text, print_clause).replace("。。", "。")

    printed.__doc__ = (
        f"Every bracket of labelled units printed as {by}X牵头，Y配合。 after the task."
    )
    return printed


def _merged_roles(mark: Callable[[str, str], str]) -> Callable[[str], str]:
    """A units table with its role columns merged into one 责任单位 column, each name marked."""

    def print_table(rows: list[list[str]], roles: list[int]) -> list[str]:
        header, *body = rows
        if len(roles) < 2 or any(len(row) != len(header) for row in body):
            return _pipes(rows)
        printed = [[cell for column, cell in enumerate(header) if column not in roles[1:]]]
        printed[0][roles[0]] = "责任单位"
        for row in body:
            names: list[str] = []
            for column in roles:
                role = _ROLE_OF.get(_SIMPLIFIED.get(header[column], header[column]))
                parts = _name_parts(row[column]) if row[column] else []
                if parts is None or role is None:
                    return _pipes(rows)
                names.extend(mark(role, part) for part in parts)
            cells = [cell for column, cell in enumerate(row) if column not in roles[1:]]
            cells[roles[0]] = "、".join(names)
            printed.append(cells)
        return _pipes(printed)

    def printed(text: str) -> str:
        return _tables(text, print_table)

    return printed


def spaced_rows_wrapped(text: str) -> str:
    """A units table printed as rows of spaced cells, each cell wrapped at 8 characters (a PDF's copy).

    The columns line up (each padded with spaces to its widest piece); the wrapped parts of a
    row stand on the lines under it, each in its column; the first column's cells (序号, or the
    row's short heading) stay whole. A table whose rows a merged cell shortened stays in pipes:
    which column each of their cells stands under is unsure.
    """
    width = 8

    def print_rows(rows: list[list[str]]) -> list[str]:
        header, *body = rows
        if any(len(row) != len(header) for row in body):
            return _pipes(rows)
        printed: list[list[str]] = [header]
        for row in body:
            pieces = [
                [cell]
                if not column
                else [cell[at : at + width] for at in range(0, len(cell), width)]
                for column, cell in enumerate(row)
            ]
            pieces = [piece if piece and piece[0] else ["—"] for piece in pieces]
            printed.extend(
                [piece[depth] if depth < len(piece) else "" for piece in pieces]
                for depth in range(max(len(piece) for piece in pieces))
            )
        widths = [
            max(display_width(line[column]) for line in printed) for column in range(len(header))
        ]
        return [
            "    ".join(
                cell + " " * (widths[column] - display_width(cell))
                for column, cell in enumerate(line)
            ).rstrip()
            for line in printed
        ]

    return _table_printed(print_rows)(text)


# -- printings of real plans the variants above do not make ---------------------------------------


def _task_brackets(
    text: str, print_clause: Callable[[str, list[tuple[str, str]]], str | None]
) -> str:
    """The text with each bracket of labelled units that closes a task's line reprinted.

    ``print_clause(line_without_bracket, roles)`` returns the line's new text, or None to keep
    it; a bracket on a line of its own, or one the text runs on after, stays.
    """
    lines = []
    for line in text.split("\n"):
        last = None
        for found in _BRACKET.finditer(line):
            last = found
        roles = None if last is None else _roles_of(last[2])
        if (
            last is None
            or roles is None
            or line.strip() == last[0]
            or line[last.end() :].strip(" 。；;")
        ):
            lines.append(line)
            continue
        printed = print_clause(line[: last.start()] + line[last.end() :], roles)
        lines.append(line if printed is None else printed)
    return "\n".join(lines)


_LABEL_OF = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位"}


def labels_run_on(text: str) -> str:
    """Every bracket of labelled units printed without its bracket after the task's text.

    ``加强执法。（牵头单位：X；责任单位：Y）`` becomes ``加强执法。牵头单位：X；责任单位：Y。``
    """

    def print_clause(line: str, roles: list[tuple[str, str]]) -> str:
        rest = line.rstrip()
        stop = "" if rest.endswith(("。", "；", ";")) else "。"
        return rest + stop + "；".join(_LABEL_OF[role] + "：" + names for role, names in roles)

    return _task_brackets(text, print_clause)


def _leader_under(one_line: bool) -> Callable[[str], str]:
    """Every bracket of labelled units printed under the task, a leader's line first."""

    def print_clause(line: str, roles: list[tuple[str, str]]) -> str:
        leader = "牵头领导：" + _LEADERS[len(line) % len(_LEADERS)]
        labels = [_LABEL_OF[role] + "：" + names for role, names in roles]
        if one_line:
            return line.rstrip() + "\n" + leader + " " + " ".join(labels)
        return "\n".join([line.rstrip(), leader, *labels])

    def printed(text: str) -> str:
        return _task_brackets(text, print_clause)

    printed.__doc__ = (
        "Every bracket of labelled units printed under the task after 牵头领导：name"
        + (", all on one line." if one_line else ", a line each.")
    )
    return printed


def lead_marked_in_list(text: str) -> str:
    """Every bracket of labelled units printed as one 责任单位 list, the lead's names marked.

    ``（牵头单位：X；责任单位：Y）`` becomes ``（责任单位：X（牵头）、Y）``.
    """

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None or {role for role, _ in roles} - {"lead", "responsible"}:
            return None
        names = []
        for role, listed in roles:
            parts = _name_parts(listed)
            if parts is None:
                return None
            names.extend(part + ("（牵头）" if role == "lead" else "") for part in parts)
        return opening + "责任单位：" + "、".join(names) + closing

    return _clauses(text, print_clause)


def _starred_task(star: str) -> Callable[[str], str]:
    """Every numbered task whose line names its units printed with ``star`` before its number."""

    def printed(text: str) -> str:
        lines = []
        for line in text.split("\n"):
            number = _NUMBER.match(line)
            units = any(_is_unit_clause(found[2]) for found in _BRACKET.finditer(line))
            if number is not None and units and not line.lstrip().startswith(("一", "二", "三")):
                indent = line[: len(line) - len(line.lstrip())]
                lines.append(indent + star + line.lstrip())
            else:
                lines.append(line)
        return "\n".join(lines)

    printed.__doc__ = f"Every numbered task that names its units printed after {star!r}."
    return printed


def star_before_lead(text: str) -> str:
    """Every bracket of labelled units printed as the names alone, the lead's with a star before it.

    ``（牵头单位：X；责任单位：Y、Z）`` becomes ``（★X、Y、Z）``.
    """

    def print_clause(opening: str, body: str, closing: str, _line: str) -> str | None:
        roles = _roles_of(body)
        if roles is None:
            return None
        printed = []
        for role, names in roles:
            parts = _name_parts(names) if role == "lead" else [names]
            if parts is None:
                return None
            printed.append("、".join(("★" if role == "lead" else "") + part for part in parts))
        return opening + "、".join(printed) + closing

    return _throughout(text, print_clause)


def pipe_cells_wrapped(text: str) -> str:
    """A pipe table whose long units cells wrap onto a row of their own under their row.

    A PDF's copy: the cell's first 8 characters stay in the row; the rest stands in the same
    column of the next row, every other cell of which is empty.
    """
    width = 8

    def print_table(rows: list[list[str]], roles: list[int]) -> list[str]:
        header, *body = rows
        if any(len(row) != len(header) for row in body):
            return _pipes(rows)
        printed = [header]
        for row in body:
            printed.append(
                [cell[:width] if column in roles else cell for column, cell in enumerate(row)]
            )
            rest = [cell[width:] if column in roles else "" for column, cell in enumerate(row)]
            if any(rest):
                printed.append(rest)
        return _pipes(printed)

    return _tables(text, print_table)


# a part's heading numbered with its Chinese numeral and 、 alone on the line's start: 一、加强领导
_PART_NUMBER = re.compile(
    r"^([ \t\u3000]*)([一二三四五六七八九十]{1,3})、(?=[^|\t]+$)", re.MULTILINE
)


def parts_numbered_as_parts(text: str) -> str:
    """Every part's heading on a line of its own (no table's row) numbered 第一部分, a full-width
    space after it, instead of 一、."""
    return _PART_NUMBER.sub(lambda found: f"{found[1]}第{found[2]}部分\u3000", text)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as saved": _plain,
    **{f"label {label}": _synonym(label) for label in _ROLE_OF},
    "brackets ()": _bracketed("(", ")"),
    "brackets （）": _bracketed("（", "）"),
    "brackets 〔〕": _bracketed("〔", "〕"),
    "brackets []": _bracketed("[", "]"),
    "brackets 【】": _bracketed("【", "】"),
    "clause on its own line": own_line,
    "roles parted by ；": _role_signs("；"),
    "roles parted by ;": _role_signs(";"),
    "roles parted by ，": _role_signs("，"),
    "roles parted by ,": _role_signs(","),
    "roles parted by 。": _role_signs("。"),
    "roles parted by space": _role_signs(" "),
    "roles qualified, 分别": _qualified("分别"),
    "roles qualified, 按照职责分工分别": _qualified("按照职责分工分别"),
    "names parted by ，": _name_signs("，"),
    "names parted by ,": _name_signs(","),
    "names parted by space": _name_signs(" "),
    "full-width colons": _colons("："),
    "half-width colons": _colons(":"),
    "clause before the task": clause_first,
    "labels under the task": labels_under,
    "people beside units": with_people,
    "roles named as a sentence": named_as,
    "a role after each name": marked_names,
    "table as tab rows": tab_rows,
    "table as spaced rows": spaced_rows,
    "table one cell a line": cell_lines,
    "table on one tab line": one_line,
    "table on one line, broken": one_line_broken,
    "table roles swapped": swapped_columns,
    "table header in two rows": two_row_header,
    "table people beside units": people_column,
    "names alone in brackets": bare_names,
    "names alone under the task": bare_names_under,
    "lead marked by a star": starred_lead,
    "roles run on the task": _run_on(""),
    "roles run on, 由": _run_on("由"),
    "table roles in one column (牵头)": _merged_roles(
        lambda role, name: name + ("（牵头）" if role == "lead" else "")
    ),
    "table roles in one column *": _merged_roles(
        lambda role, name: name + ("*" if role == "lead" else "")
    ),
    "table spaced, cells wrapped": spaced_rows_wrapped,
    "labels run on the task": labels_run_on,
    "leader's line before labels": _leader_under(one_line=False),
    "leader and labels on a line": _leader_under(one_line=True),
    "lead marked in one list": lead_marked_in_list,
    "lead marked by a star before": star_before_lead,
    "task starred ★": _starred_task("★"),
    "task starred *": _starred_task("*"),
    "table units cells wrapped": pipe_cells_wrapped,
    "parts numbered 第一部分": parts_numbered_as_parts,
}


def _names_units(facts: dict[str, Any]) -> bool:
    return any(
        task.get(role)
        for task in facts.get("tasks", [])
        for role in ("lead", "responsible", "cooperating")
    )


def documents() -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The text documents whose facts name units, of the tune halves and the development set."""
    return [(path, facts) for path, facts in head_variants.documents() if _names_units(facts)]


def measure(
    name: str, cases: list[tuple[pathlib.Path, dict[str, Any]]]
) -> tuple[dict[str, Any], int, int, dict[str, tuple[int, ...]]]:
    """The counts of each measure over the cases printed as ``name``, people read as units, the
    documents the variant changes, and each document's (true positives of every measure, false
    positives of units)."""
    accuracy = head_variants.accuracy_module()
    totals = {measure: accuracy.Count() for measure in MEASURES}
    people = changed = 0
    each: dict[str, tuple[int, ...]] = {}
    for document, facts in cases:
        saved = document.read_text(encoding="utf-8")
        text = VARIANTS[name](saved)
        changed += text != saved
        counts, found = head_variants.read_counts(accuracy, text, facts)
        if found is not None:
            people += sum(
                1
                for task in found.tasks
                for _, unit in task.units
                if any(person.split("：")[1] in unit for person in _PEOPLE)
            )
        for measure in MEASURES:
            totals[measure].add(counts[measure])
        each[document.name] = (
            *(counts[measure].tp for measure in MEASURES),
            -counts["units"].fp,
            -counts["unit_roles"].fp,
        )
    return totals, people, changed, each


def main(argv: Sequence[str] | None = None) -> int:
    """Print the F1 of sections, tasks and units for each variant, beside the documents as saved."""
    args, names = head_variants.arguments(
        __doc__, VARIANTS, argv, "name the documents read worse than as saved"
    )
    cases = documents()
    base, _, _, base_each = measure("as saved", cases)
    print(f"rulegov {rulegov.__version__}: units of {len(cases)} documents (tune halves, dev)")
    print(
        f"{'variant':28} {'sections':>8} {'tasks':>8} {'units':>8} {'roles':>8}"
        f" {'units tp/fp/fn':>15} {'people':>6} {'changed':>7} {'worse':>5}"
    )

    def row(name: str) -> tuple[str, dict[str, tuple[int, ...]]]:
        totals, people, changed, each = (
            (base, 0, 0, base_each) if name == "as saved" else measure(name, cases)
        )
        units = totals["units"]
        figures = (
            f"{name:28} {head_variants.f1_text(totals['sections']):>8} {head_variants.f1_text(totals['tasks']):>8}"
            f" {head_variants.f1_text(units):>8} {head_variants.f1_text(totals['unit_roles']):>8}"
            f" {f'{units.tp}/{units.fp}/{units.fn}':>15} {people:>6} {changed:>7}"
        )
        return figures, each

    head_variants.print_variant_rows(names, row, failures=args.failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
