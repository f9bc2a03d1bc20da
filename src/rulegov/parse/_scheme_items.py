"""Items read from numbered text: 一、 （一） 1. （1） 第一条 with their points.

Each line that opens with a numbering marker is an item; the kinds of marker, in the order they
first appear, give the levels. Points come from ``（5分）``, a bare ``5分`` after the title,
``分值：5分`` or a weight in percent. Headings with points but no number go under the heading
whose points have room for them; cells of a copied table (序号 · item · points a line) are joined
back to their item first, a table's header run into its first row is cut from it, and points
that open the next line (``1 2.…``) go to the item before. A document whose items carry their
points after their text (``…活动。3分``) is read by ``read_trailing_points`` when no numbered
item states points.

Once every stage has read its items, ``split_scored_sentences`` makes the scored sentences of an
item's standard its sub-items when their points add up to the item's, and
``spread_block_standards`` gives a group's merged standard cell back to its items in turn, and
``spread_numbered_standards`` a cell of deductions numbered to match the items, by number.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from rulegov.parse._header_titles import is_organ_name
from rulegov.parse._numbering import BARE_NUMBER
from rulegov.parse._scheme_lines import (
    Item,
    Reader,
    clean_title,
    find_marker,
    is_section_title,
    levels_after_title,
    levels_of_one,
    list_part,
    points_in,
    pop_to_room,
    room_of,
    section_of,
    summed_run,
)
from rulegov.parse._scheme_words import (
    ABOVE,
    ADD,
    BAND_ABOVE,
    BAND_BELOW,
    BAND_RANGE,
    BONUS_CAP,
    CAP_CELL,
    CLAUSE_OPEN,
    COLON_POINTS,
    DATE,
    EARNED,
    ELISION,
    GRADE_IDS,
    HEADER_NAME,
    HEADER_POINTS,
    HEADER_SKIP,
    HEADER_STANDARD,
    INLINE_ITEM,
    LEVELS,
    LONE_BONUS_HEADING,
    NO_POINTS,
    NOT_POINTS_BEFORE,
    NUMBER,
    PENALTY_CAP,
    POINTS_COLON,
    POINTS_PAREN,
    PRODUCT_PAREN,
    QUOTA,
    RANGE_POINTS,
    RULE_PIECE_OR_DEDUCTION,
    SCORE_LEVEL,
    SERIAL,
    SPACED_HEADING_WORD,
    STANDARD_WORDS,
    STATED,
    TAKE,
    WEIGHT,
    vetoes,
)
from rulegov.parse._vocab import SUBTOTAL_WORDS, TOTAL_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "header_cut",
    "nest_repeated_numbering",
    "read_numbered",
    "read_trailing_points",
    "split_scored_parts_among_rules",
    "split_scored_sentences",
    "spread_block_standards",
    "spread_numbered_standards",
]

_HEADING_LINE = re.compile(
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：|]{1,23}?)"
    r"\s*[（(]\s*(?:(?:满分|分值|标准分|基本分)\s*(?:为|是|[:：])?\s*)?"
    r"(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]\s*(?=[。；;：:，,]|$|[（(][^（()）]*[）)])"
)
"""An unnumbered line that opens with a name and its points in brackets, their word before them
or not: 组织领导（10分） · 河长湖长履职情况（满分20分） · 制度建设（分值：15分）; a remark on the points
in brackets may follow them: 签订责任状（8分）（2分×4项，即乡镇同村委会…）."""
_GLUED_HEADING_LINE = re.compile(
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：、|\d\s]{1,23}?)"
    r"(?P<points>\d+(?:\.\d+)?)分(?=[ \u3000\t]*$|[ \u3000\t]+[^\s\d])"
)
"""A line that opens with a name and its points glued to it, no bracket (成立领导小组4分): alone,
or before its standard after a space (成立领导小组4分 未成立的扣4分). Points before a comma are a
part's in a criterion (有信函申请渠道1分,邮寄检查1.5分), no item's."""
_SPACED_HEADING_LINE = re.compile(
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：、|\d\s]{1,23}?)"
    r"[ \u3000](?P<points>\d+(?:\.\d+)?)分[ \u3000\t]*$"
)
"""A line of a name and its points after a space, no bracket, nothing after them (公墓建设工作 20分):
a cell of a table copied one cell a line, its points unbracketed as a typeset table prints them."""
_PRODUCT_HEADING_LINE = re.compile(
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：|]{1,23}?)\s*"
    + PRODUCT_PAREN.pattern
    + r"\s*(?=[。；;：:，,]|$|[（(]|[\u4e00-\u9fff])"
)
"""An unnumbered line that opens with a name and its points written as a product in brackets:
重大动物疫病免疫密度（12分×2项，即口蹄疫和禽流感）."""
_POINTS_LINE = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
_DOCUMENT_TITLE = re.compile(
    r"(?:考核|考评|评分|评比|评价|测评|评估)(?:办法|细则|标准|方案|制度|评分表|表|指标体系)"
    r"(?:[（(]试行[）)])?$"
)
"""The genre's words that end a document's title: 考核细则, 考评办法, 考核评分表 …"""
_HEADING = -100
"""The level of an unnumbered heading: above every numbered level."""


_MARKER_CELL = re.compile(
    r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、.．]"
)
_NUMBER_CELL = re.compile(r"\d{1,3}")
_OWN_MARKER = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]+)[、.．](?!\d)|[（(](?:\d{1,2}|[一二三四五六七八九十]+)[）)]"
)
"""A name cell's own numbering at its head: ``3.丙项工作`` · ``（二）…`` · ``四、…``."""
# a total's or a subtotal's cell (总计 · 合计 · 小计, letter-spaced or not), or a heading of points
# (得分 · 分值)
_SUM_CELL = re.compile(
    "|".join(sorted(TOTAL_WORDS | SUBTOTAL_WORDS | {"得分", "分值"}, key=len, reverse=True))
)


def _cell_title(text: str) -> bool:
    """Whether a line may be the name cell of a table's row: short, no points, not a sentence."""
    return (
        len(text) <= 40
        and points_in(text) is None
        and not re.search(r"\d\s*分|[。；;，,]$", text)
        and not _SUM_CELL.match("".join(text.split()))  # letter-spaced too: 合 计
        and not _NUMBER_CELL.fullmatch(text)
        and not _MARKER_CELL.fullmatch(text)
    )


def _joined_cells(lines: list[tuple[int, str]], index: int, serial: int) -> tuple[str, int] | None:
    """A row's cells one a line joined: a number cell with the name after it, and its points.

    ``一、`` or a 序号 ``1`` on a line of its own numbers the name on the next line, and a bare
    number after a name is its points (``1 / 组织领导 / 8`` reads as item 1, 组织领导, 8 points).
    A bare number that does not follow the last 序号 (``serial``) is the points of the name after
    it. Returns the joined line and how many lines it took.
    """
    line = lines[index][1]
    bare = _NUMBER_CELL.fullmatch(line) is not None
    if not (bare or _MARKER_CELL.fullmatch(line)) or index + 1 >= len(lines):
        return None
    name = lines[index + 1][1]
    if not (_cell_title(name) or _serial_content(lines, index, serial)):
        return None
    if bare and _OWN_MARKER.match(name):
        # ``2.乙项工作 / 1 / 3.丙项工作``: a name that opens with its own number takes no 序号
        # from the bare number before it, which is the points of the row above
        return None
    if bare and int(line) not in (1, serial + 1):
        after = lines[index + 2][1] if index + 2 < len(lines) else ""
        if _POINTS_LINE.fullmatch(after) or _NUMBER_CELL.fullmatch(after):
            # ``2 / 养成好习惯 / (25分)``: the name's points follow it on a line of their own; the
            # bare number before it (a page number) is not its points. So with a 分值 cell after
            # the name (``…扣2分。 / 9 / 目标实现 / 10``): the bare number before it is the row
            # above's own score (a 自评得分 column)
            return None
        return f"{name}（{line}分）", 2
    joined, taken = (SERIAL if bare else "") + line + name, 2
    if index + 2 < len(lines) and _NUMBER_CELL.fullmatch(lines[index + 2][1]):
        joined, taken = joined + f"（{lines[index + 2][1]}分）", 3
    elif (
        bare
        and index + 3 < len(lines)
        and _name_wrapped(name, lines[index + 2][1])
        and _NUMBER_CELL.fullmatch(lines[index + 3][1])
    ):
        # ``1 / 有乡镇领导分管，年内听取 / 汇报不少于4次 / 4``: a narrow name cell wrapped onto a
        # second line before the row's points cell
        joined, taken = joined + lines[index + 2][1] + f"（{lines[index + 3][1]}分）", 4
    elif (
        bare
        and index + 3 < len(lines)
        and _unit_wrapped(name, lines[index + 2][1])
        and find_marker(lines[index + 3][1]) is not None
    ):
        # ``1 / 县委 / 办公室 / (1)…``: a narrow unit column wrapped the row's name onto a second
        # short line before the row's first numbered item
        joined, taken = joined + lines[index + 2][1], 3
    return joined, taken


_NARROW_CELL = 4
"""The longest piece of a name a narrow unit column breaks over two lines (县委 / 办公室)."""


def _unit_wrapped(name: str, piece: str) -> bool:
    """Whether ``piece`` ends a name that a narrow column broke after ``name``: both short pieces."""
    return len(name) <= _NARROW_CELL and len(piece) <= _NARROW_CELL and _name_wrapped(name, piece)


_WRAPPED_CELL = 16
"""The longest second line of a name cell that a narrow column wrapped."""


def _name_wrapped(name: str, piece: str) -> bool:
    """Whether ``piece`` ends a name cell that ``name`` begins: short, unnumbered, no rule."""
    return (
        _cell_title(name)
        and _cell_title(piece)
        and len(piece) <= _WRAPPED_CELL
        and find_marker(piece) is None
        and re.search(r"[扣得加减]", piece) is None
    )


_GLUED_GROUP = re.compile(r"([^\d\s，,。；;:：、（()）]{2,12}?)[ \t]?(\d{1,3}(?:\.\d+)?)\s*分?")
"""A name cell with its points run on, with 分 or without: ``综合工作33`` · ``体制建设15分`` ·
``预案建设 20 分``."""


_DECIMAL_CELL = re.compile(r"\d{1,2}\.\d{1,2}")


def _half_points_cell(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a line of a decimal alone (``1.5``) is a points cell, not an indicator's number.

    The rule of the genre: a table copied one cell a line gives a row's points a line of their
    own after its name, and points go by halves (``开展业务培训`` · ``1.5`` · ``组织培训得1分…``);
    an indicator numbered by decimals (``1.5``) has its name after the number, a short cell. So
    a decimal alone is points when the line after it is no name cell: a standard, or the end.
    """
    if _DECIMAL_CELL.fullmatch(lines[index][1]) is None:
        return False
    return index + 1 >= len(lines) or not _cell_title(lines[index + 1][1])


def _serial_content(lines: list[tuple[int, str]], index: int, serial: int) -> bool:
    """Whether a 序号 (the next in turn) opens a row whose content cell is a whole sentence.

    A web page's table read one cell a line gives 序号, then the item's content (评价内容, a
    sentence of any length), then its points on a line of their own: ``2 / 所长由…担任… / 4``.
    """
    if index + 2 >= len(lines):
        return False  # no row after it: the text ends
    line = lines[index][1]
    if not _NUMBER_CELL.fullmatch(line) or int(line) != serial + 1:
        return False
    content, points = lines[index + 1][1], lines[index + 2][1]
    return (
        _NUMBER_CELL.fullmatch(points) is not None
        and points_in(content) is None
        and re.search(r"\d\s*分", content) is None
        and _MARKER_CELL.match(content) is None
        and not _NUMBER_CELL.fullmatch(content)
    )


def _serial_of_rules(lines: list[tuple[int, str]], index: int, serial: int) -> bool:
    """Whether a bare number (the next 序号 in turn) opens a row whose only cell states rules.

    A table copied one cell a line numbers its rows by a 序号 column; a last row that states
    no points but its rules (``奖罚分`` · ``21`` · ``…国家级加10分，自治区级加8分``, a bonus row
    under the scored rows ``19`` · ``20``) prints its 序号 after its name as a points cell would
    stand: the number that follows the last 序号, before a cell that adds or takes points, is
    that row's 序号, not the name's points.
    """
    if serial == 0 or index + 1 >= len(lines):
        return False
    line, content = lines[index][1], lines[index + 1][1]
    return (
        _NUMBER_CELL.fullmatch(line) is not None
        and int(line) == serial + 1
        and (ADD.search(content) is not None or TAKE.search(content) is not None)
    )


_HEADER_PIECE = re.compile(r"评价|评分|考核|考评|方法|方式|类别|项目|序号|内容|分值|标准|得分|备注")
"""A piece of a header cell that a web page's table breaks over lines (评价 / 类别)."""


def _short_name(text: str) -> bool:
    """A piece of a name cell broken over lines: one or two characters, no header word."""
    return (
        1 <= len(text) <= 2
        and all("\u4e00" <= char <= "\u9fff" for char in text)
        and _HEADER_PIECE.fullmatch(text) is None
    )


_GROUP_POINTS_CELL = re.compile(r"\d{1,3}(?:\.\d+)?\s*分")
_GROUP_NAME = 24
"""The longest name cell of a group that a points cell after it may complete."""


def _group_cell(
    joined: list[tuple[int, str]],
    lines: list[tuple[int, str]],
    index: int,
    cell: tuple[int, str],
    serial: int,
) -> bool:
    """Join a group's cells over a row ``1 / 队伍建设 / 5``; whether ``cell`` was one of them."""
    offset, line = cell
    if _group_points_cell(joined, lines, index, serial):
        # a group's name cell (broken over lines: 工作部 / 署情况) and its points cell, 10分
        joined[-1] = (joined[-1][0], f"{joined[-1][1]}（{line.removesuffix('分').strip()}分）")
        return True
    glued = _GLUED_GROUP.fullmatch(line)
    if glued is not None and _serial_content(lines, index + 1, serial):
        # a group's name cell with its points run on (综合工作33), perhaps its last piece of a
        # name printed two characters a line (五 · 校园 · 周边 · 治安 · 综合 · 治理65分)
        offset, name = _paired_pieces(joined, (offset, glued.group(1)))
        joined.append((offset, f"{name}（{glued.group(2)}分）"))
        return True
    return False


_HAN_NUMERAL_CELL = re.compile(r"[一二三四五六七八九十]{1,3}")
_LEAST_PIECES = 2


def _paired_pieces(joined: list[tuple[int, str]], last: tuple[int, str]) -> tuple[int, str]:
    """A group's name that a narrow cell printed a character or two a line, joined before ``last``.

    ``五`` · ``校园`` · ``周边`` · ``治安`` · ``综合`` · ``治理65分``: the short lines before the last
    piece (two at most each, no header word), two of them at least, are the name's first
    pieces, and a part's numeral alone on the line before them (``五``) numbers it, as a name
    printed a character a line joins with its numeral. Anything else leaves ``last`` alone.
    """
    name = last[1]
    count = 0
    while (
        count < len(joined)
        and _short_name(joined[-1 - count][1])
        and not _HAN_NUMERAL_CELL.fullmatch(joined[-1 - count][1])
    ):
        count += 1
    if not _short_name(name) or count < _LEAST_PIECES:
        return last
    if count < len(joined) and _HAN_NUMERAL_CELL.fullmatch(joined[-1 - count][1]):
        count += 1
    start = joined[-count][0]
    name = "".join(text for _, text in joined[-count:]) + name
    del joined[-count:]
    return start, name


def _group_points_cell(
    joined: list[tuple[int, str]], lines: list[tuple[int, str]], index: int, serial: int
) -> bool:
    """Whether ``10分`` on its line is the points of the group name before it, over a row.

    A table copied one cell a line whose category column holds a group's name and points
    (``工作部署情况`` · ``10分``) before the group's first row (``1`` · ``认真贯彻…`` · ``5``):
    the name's pieces broken over lines are joined first.
    """
    if not _GROUP_POINTS_CELL.fullmatch(lines[index][1]) or not joined or index + 1 >= len(lines):
        return False
    if not _serial_content(lines, index + 1, serial):
        return False
    count = _wrapped_pieces(joined)
    if count == 0 or sum(len(text) for _, text in joined[-count:]) > _GROUP_NAME:
        return False
    name = "".join(text for _, text in joined[-count:])
    start = joined[-count][0]
    del joined[-count:]
    joined.append((start, name))
    return True


_WRAP_WIDTH = 6
"""The widest line of a name cell that a narrow column wraps (工作部 / 署情况)."""


def _wrapped_pieces(joined: list[tuple[int, str]]) -> int:
    """How many of the last lines are the pieces of one name cell a narrow column wrapped.

    Every piece before the last is a few characters wide, as a narrow column wraps it
    (``工作部`` · ``署情况``, ``突发事件`` · ``风险评估和`` · ``隐患排查``); a longer line before
    them is a cell of the row above, and so are the lines before it (``台账资料`` · ``综合相关职能
    处室反馈情况`` · ``基础建设``: the name is ``基础建设``).
    """
    if not joined or not _name_piece(joined[-1][1]):
        return 0
    count = 1
    while (
        count < len(joined)
        and _name_piece(joined[-1 - count][1])
        and len(joined[-1 - count][1]) <= _WRAP_WIDTH
    ):
        count += 1
    return count


def _name_piece(text: str) -> bool:
    """A piece of a group's name cell: a few characters, no sentence, points or header word."""
    return (
        len(text) <= _GROUP_NAME // 2
        and all("\u4e00" <= char <= "\u9fff" for char in text)
        and _HEADER_PIECE.search(text) is None
        and not text.endswith("分")  # 基本分 · 标准分: a header's points column
    )


def _join_short_names(joined: list[tuple[int, str]]) -> None:
    """Join the last pieces of a name cell broken over lines (组织 / 保障) into one line."""
    count = 0
    while count < 3 and count < len(joined) and _short_name(joined[-1 - count][1]):
        count += 1
    if count >= 2:
        start = joined[-count][0]
        name = "".join(text for _, text in joined[-count:])
        del joined[-count:]
        joined.append((start, name))


_BROKEN_TAIL = 8
"""The longest last piece of a numbered name cell broken over two lines (保密 / 审查制度)."""
_BROKEN_HEAD = 20
"""The longest first piece, after its number, of such a name cell."""


def _join_name_pieces(joined: list[tuple[int, str]], line: str) -> None:
    """Before a line of points, join the pieces of the name cell broken over the lines above.

    The points cell may be bracketed (``（20分）``), bare (``20分``) or labelled (``分值：20分``,
    ``分值:20``, ``分值 20分``): a narrow project column breaks ``业务实绩`` over ``业务`` · ``实绩``
    before any of them.
    """
    if (
        _POINTS_LINE.fullmatch(line)
        or _GROUP_POINTS_CELL.fullmatch(line)
        or _LABELLED_POINTS.fullmatch(line)
    ):
        _join_short_names(joined)
        _join_broken_title(joined)
        _join_first_row_name(joined)


def _join_first_row_name(joined: list[tuple[int, str]]) -> None:
    """Join the first row's name cell under a part, wrapped over two lines before its points.

    ``二、工作落实（小计9分，得分）`` · ``网络与信息安全协调`` · ``小组年度工作安排`` · ``（3分）``: right
    after a numbered part that states its points as a subtotal (an inspection sheet's), two
    unnumbered lines that are neither sentences nor rules are one name cell, which a narrow
    column wrapped. Under a part with plain points (``（24分）``) the first line may name a
    group over its rows, and is left alone.
    """
    if len(joined) < 3:
        return
    part = joined[-3][1]
    first, second = joined[-2][1], joined[-1][1]
    if find_marker(part) is None or not _SUBTOTAL.search(part):
        return  # under a part whose points are not a subtotal, the first line may be a group's
    if (
        not all(
            _cell_title(piece)
            and find_marker(piece) is None
            and len(piece) >= 2
            and re.search(r"[扣得加减]", piece) is None
            and _HEADER_PIECE.fullmatch(piece) is None
            for piece in (first, second)
        )
        or len(first) + len(second) > _GROUP_NAME
    ):
        return
    joined[-2:] = [(joined[-2][0], first + second)]


_SUBTOTAL = re.compile(r"[（(]\s*(?:小计|合计|共)\s*\d+(?:\.\d+)?\s*分")
"""A part's points stated as its subtotal, with the rater's column after them (（小计9分，得分）)."""


_LABELLED_POINTS = re.compile(r"分值\s*(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分?\s*[。；;]?")
"""A line that states only points with their label: ``分值：20分``, ``分值:20``, ``分值 20分``."""


def _join_broken_title(joined: list[tuple[int, str]]) -> None:
    """Join a numbered name cell broken over lines before its points cell (``4分``).

    A table copied one cell a line may break a long name (``3.发布审核制度、保密`` · ``审查制度``),
    a narrow column over three lines (``1.试点`` · ``目标和`` · ``规划``): short unnumbered lines
    without a stop or points after a numbered name that states none are the name's end, not
    items of their own.
    """
    pieces = 0  # the short pieces that end the name, up to _BROKEN_PIECES of them
    while pieces < min(_BROKEN_PIECES, len(joined) - 1) and _broken_piece(joined[-1 - pieces][1]):
        pieces += 1
    if pieces == 0:
        return
    head = joined[-1 - pieces][1]
    marker = find_marker(head)
    if (
        marker is None
        or points_in(head) is not None
        or re.search(r"[。；;：:，,]", head) is not None
        or len(head) - marker[1] > _BROKEN_HEAD
    ):
        return
    name = head + "".join(text for _, text in joined[-pieces:])
    joined[-1 - pieces :] = [(joined[-1 - pieces][0], name)]


_BROKEN_PIECES = 3
"""The most pieces after its first line that a numbered name cell may be broken into."""


def _broken_piece(text: str) -> bool:
    """A later piece of a numbered name cell broken over lines: a few characters, no sentence."""
    return (
        find_marker(text) is None
        and 1 <= len(text) <= _BROKEN_TAIL
        and re.fullmatch(r"[\u4e00-\u9fff、]+", text) is not None
        and _HEADER_PIECE.search(text) is None
    )


_LEADING_POINTS = re.compile(
    r"(\d{1,2}(?:\.\d)?)(?:\s+|$)|[（(]\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[）)]\s*"
)
_HEADING_BEFORE = re.compile(
    r"(?:[一二三四五六七八九十]{1,2}[、.．])?[\u4e00-\u9fff]{2,24}\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]\s*(?=$|[\d一二三四五六七八九十（(])"
)
"""A heading with its points that opens a line, perhaps with the first item after it."""
_ITEM_NUMBER = re.compile(r"(?<![\d.])\d{1,2}\s*[.．、](?!\d)")
_RUN_ON = 4
"""How many lines an item's text may run on over before bracketed points that open a line."""


def _leading_points(joined: list[tuple[int, str]], line: str, last: bool) -> re.Match[str] | None:
    """The points of the numbered item before, when a flattened row puts them at the line's start.

    A table copied row by row may put an item's points cell on the next line, before the next
    item's number (``1 2.县…`` after ``1.县…``), or alone on the last line. The number counts only
    after a numbered item (the line's last) that states no points, and before a numbered item or
    a heading.
    """
    found = _LEADING_POINTS.match(line)
    if not joined or found is None:
        return None
    # bracketed points (（2分）) may follow the item's lines run on after its numbered one
    before = joined[-_RUN_ON:] if found.group(2) else joined[-1:]
    item = next(
        (at for at in range(len(before) - 1, -1, -1) if _ITEM_NUMBER.search(before[at][1])), None
    )
    if item is None:
        return None
    numbers = list(_ITEM_NUMBER.finditer(before[item][1]))
    after = before[item][1][numbers[-1].end() :] + "".join(text for _, text in before[item + 1 :])
    if re.search(r"\d\s*分", after):
        return None
    rest = line[found.end() :]
    if not rest:
        return found if last else None
    opens = find_marker(rest) is not None or _HEADING_BEFORE.match(rest) is not None
    return found if opens and find_marker(line) is None else None


def _after_leading_points(
    joined: list[tuple[int, str]],
    numbered: tuple[int, str],
    last: bool,
    absorbed: list[tuple[int, int]],
) -> tuple[int, str] | None:
    """The line without the points of the item before that open it (see `_leading_points`).

    The points join the item before; a heading with its points that follows them is a line of
    its own. Bracketed points join the item's numbered line, their span added to ``absorbed``.
    Returns what is left of the line, or None when nothing is.
    """
    offset, line = numbered
    leading = _leading_points(joined, line, last)
    if leading is None:
        return offset, line
    at = -1
    if leading.group(2) is not None:
        # bracketed points go to the item's numbered line, before the lines its text ran on over
        at = next(at for at in range(-1, -_RUN_ON - 1, -1) if _ITEM_NUMBER.search(joined[at][1]))
        absorbed.append((offset, offset + leading.end()))
        _part_from_first_item(joined, at)
    joined[at] = (joined[at][0], joined[at][1] + f"（{leading.group(1) or leading.group(2)}分）")
    rest = line[leading.end() :]
    heading = _HEADING_BEFORE.match(rest)
    if heading is not None and heading.end() < len(rest):
        # a heading, then the first item of its group: two lines
        joined.append((offset + leading.end(), rest[: heading.end()].strip()))
        rest = rest[heading.end() :]
    return (offset + len(line) - len(rest), rest) if rest else None


_BARE_PART = re.compile(
    r"\s*[一二三四五六七八九十]{1,3}[、.．]\s*[\u4e00-\u9fff]{2,12}\s*[。.．:：]?\s*"
)
"""A part's heading alone on its line, its name without points: ``四、业务``."""
_OPENING_POINTS = re.compile(r"[（(]\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[）)]\s*(?=1\s*[.．、])")
"""Points in brackets, 分 perhaps left out, before the first numbered rule: ``(30)1.``."""


def _part_points_before_first_rule(
    joined: list[tuple[int, str]], numbered: tuple[int, str], absorbed: list[tuple[int, int]]
) -> tuple[int, str]:
    """The line less the points of the part heading before, when they open its first rule.

    ``四、业务`` over ``(30)1.应在中心受理…的,1次扣1分``: the figure in brackets, its 分 perhaps
    left out, belongs to the heading that states none, not to the rule it opens; it joins the
    heading, its span added to ``absorbed``.
    """
    offset, line = numbered
    if not joined or _BARE_PART.fullmatch(joined[-1][1]) is None:
        return numbered
    part = _OPENING_POINTS.match(line)
    if part is None:
        return numbered
    joined[-1] = (joined[-1][0], joined[-1][1] + f"（{part.group(1)}分）")
    absorbed.append((offset, offset + part.end()))
    return offset + part.end(), line[part.end() :]


_PART_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}(?:[、.．]|$)")
_PART_AHEAD = 8
"""How many lines a part's heading cells may take before its first row's 序号."""


def _serial_at_part(lines: list[tuple[int, str]], index: int, serial: int) -> int:
    """The 序号 last read, none when the line at ``index`` opens a part numbered afresh from 1.

    A table copied one cell a line numbers its parts (五 · 六) and, under each, its rows from 1:
    the first 序号 cell within a few lines after the part's number is ``1``, the next 序号.
    """
    if not serial or _PART_NUMBER.match(lines[index][1]) is None:
        return serial
    ahead = lines[index + 1 : index + 1 + _PART_AHEAD]
    first = next((line for _, line in ahead if _NUMBER_CELL.fullmatch(line)), None)
    return 0 if first == "1" else serial


def _serial_after_elision(lines: list[tuple[int, str]], index: int, serial: int) -> int:
    """The 序号 last read, or the one before the next row's when a site left rows out here.

    A table copied one cell a line whose middle a sharing site left out goes on with a later
    row (``3`` · …省略450字… · ``6`` · ``信访老户结案达100%`` · ``6``): the first 序号 after the
    mark that opens a row (a name, then a bare figure) is the next, though rows between are lost.
    """
    if not serial or ELISION.search(lines[index][1]) is None:
        return serial
    for ahead in range(index + 1, min(index + 1 + _PART_AHEAD, len(lines))):
        line = lines[ahead][1]
        if _NUMBER_CELL.fullmatch(line) and int(line) > serial + 1:
            if _serial_content(lines, ahead, int(line) - 1):
                return int(line) - 1
            break
    return serial


def _part_from_first_item(joined: list[tuple[int, str]], at: int) -> None:
    """A part's heading with its points (``一、组织领导:(6分)``) cut from its first item after it.

    The item takes the points that open the next line; the heading keeps its own, a line apart,
    cut in turn from a title run on into it (``…考评细则一、组织领导:(6分)``).
    """
    start, line = joined[at]
    number = list(_ITEM_NUMBER.finditer(line))[-1]
    head = line[: number.start()]
    if not number.start() or re.search(r"分\s*[）)]\s*$", head) is None:
        return
    edges = [0, *(cut.start() for cut in INLINE_ITEM.finditer(head) if cut.start()), len(line)]
    pieces = [(start + left, line[left:right]) for left, right in itertools.pairwise(edges)]
    pieces[-1:] = [
        (pieces[-1][0], head[pieces[-1][0] - start :]),
        (start + len(head), line[len(head) :]),
    ]
    index = len(joined) + at
    joined[index : index + 1] = pieces


def _character_run(
    joined: list[tuple[int, str]], lines: list[tuple[int, str]], index: int
) -> tuple[int, str, int] | None:
    """A heading written one character a line from ``index`` on, joined: offset, text, last line."""
    end = index
    while end < len(lines) and len(lines[end][1]) == 1 and "\u4e00" <= lines[end][1] <= "\u9fff":
        end += 1
    if end - index < 2:
        return None
    offset, line = lines[index][0], "".join(text for _, text in lines[index:end])
    first = _first_character(joined)
    if first is not None:
        offset, line = first[0], first[1] + line
    return offset, line, end - 1


def _first_character(joined: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The first character of a heading written a character a line, left on the line before.

    ``类别 内容 考核方法 得分 组`` over 织 / 领 / 导: the 组 is taken off that line, with its offset.
    """
    if not joined:
        return None
    offset, line = joined[-1]
    found = re.search(r"\S\s+([\u4e00-\u9fff])$", line)
    if found is None:
        return None
    joined[-1] = (offset, line[: found.start()].rstrip())
    return offset + found.start(1), found.group(1)


_POINTS_AFTER_HEADING = re.compile(
    r"((?![扣加得减每少缺未无没不])[\u4e00-\u9fff“”、]+(?:\s+[\u4e00-\u9fff“”、]+)*)"
    r"(?<![扣减加得计记])\s*(\d{1,3}(?:\.\d+)?)\s*分"
)
"""A line of a heading with its points glued on, no brackets: ``综治机构建设14分``.

Not a rule's line that ends in points (``满意度低扣2分``, ``达标的得3分``).
"""
_FIRST_ITEM = re.compile(r"1\s*[、.．](?!\d)|[（(]\s*[1一]\s*[）)]")
"""The number of a list's first item, which a heading opens."""


def _bracketed_headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each heading line with its points glued on, over item 1, with its points in brackets.

    ``综治机构建设14分`` · ``组织 管理10分`` before ``1、…`` read as ``综治机构建设（14分）``.
    """
    bracketed = list(lines)
    for index, (offset, line) in enumerate(lines[:-1]):
        glued = _POINTS_AFTER_HEADING.fullmatch(line)
        if glued is None or not _FIRST_ITEM.match(lines[index + 1][1]):
            continue
        title = re.sub(r"\s+", "", glued.group(1))
        if 2 <= len(title) <= _GROUP_NAME:
            # as long as the line at least, so that the heading's item ends where the line
            # does, its points read (``组织 领导 12分``: the spaces left out)
            bracketed[index] = (offset, f"{title}（{glued.group(2)}分）".ljust(len(line)))
    return bracketed


def _joined_headings(
    lines: list[tuple[int, str]], absorbed: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """Headings that a table's cell spread over lines, joined up.

    A heading written one character a line (落, 实, … on lines of their own) joins into one line;
    a line that holds only points, ``（10分）``, joins the unnumbered line before it; and a row
    copied one cell a line joins its number, name and points (see `_joined_cells`). The spans of
    the lines of points with their label (``分值：20分``) joined to an unnumbered name are added
    to ``absorbed``: they are no item of their own.
    """
    joined: list[tuple[int, str]] = []
    lines = [(offset, _points_without_remark(line)) for offset, line in _bracketed_headings(lines)]
    index = 0
    serial = 0
    while index < len(lines):
        offset, line = lines[index]
        serial = _serial_after_elision(lines, index, _serial_at_part(lines, index, serial))
        offset, line = _part_points_before_first_rule(joined, (offset, line), absorbed)
        rest = _after_leading_points(joined, (offset, line), index + 1 == len(lines), absorbed)
        if rest is None:
            index += 1
            continue
        offset, line = rest
        if (
            (_NUMBER_CELL.fullmatch(line) or _half_points_cell(lines, index))
            and joined
            and _cell_title(joined[-1][1])
            and find_marker(joined[-1][1]) is None
            and not _serial_content(lines, index, serial)
            and not _serial_of_rules(lines, index, serial)
            and not _after_header_cells(joined)
        ):
            # a bare number after a name with no points: the name's points (a 分值 cell)
            _join_short_names(joined)
            joined[-1] = (joined[-1][0], joined[-1][1] + f"（{line}分）")
            index += 1
            continue
        if _group_cell(joined, lines, index, (offset, line), serial):
            index += 1
            continue
        taken = _cells_or_points(joined, lines, index, serial)
        if taken is not None:
            serial, count = taken
            index += count
            continue
        run = _character_run(joined, lines, index)
        if run is not None:
            offset, line, index = run
        _join_name_pieces(joined, line)
        ruled = _rule_then_points(line)
        if _points_line_of(joined, line):
            _join_points_line(joined, (offset, line), absorbed)
        elif ruled is not None and _points_line_of(joined, ruled.group(1)):
            # 1.成立领导小组 · 未成立的不得分。（5分）: the points closing the standard are the item's
            joined[-1] = (joined[-1][0], joined[-1][1] + ruled.group(1))
            joined.append((offset, line[: ruled.start(1)].rstrip()))
        elif _wrapped_name(joined, line, lines[index + 1][1] if index + 1 < len(lines) else None):
            joined[-1] = (joined[-1][0], joined[-1][1] + line)
        else:
            joined.append((offset, line))
        index += 1
    return joined


_REMARKED_POINTS = re.compile(
    r"(\d{1,3}(?:\.\d+)?)\s*[（(](?:不含|含|包括|不包括|其中)[^（()）\d]{1,10}[）)]"
)
"""A points cell with a remark on what they count: ``16(不含奖励分)`` · ``10（含加分）``."""


def _points_without_remark(line: str) -> str:
    """A points cell a line of its own without its remark (``16(不含奖励分)``: ``16``), as read.

    The remark says what the points count, no item or rule of its own; the figure alone is the
    row's points cell.
    """
    found = _REMARKED_POINTS.fullmatch(line)
    return found.group(1) if found is not None else line


def _after_header_cells(joined: list[tuple[int, str]]) -> bool:
    """Whether the last lines are a table's header printed one cell a line (序号 · 考核内容 · 备注).

    A bare figure after them is the first row's 序号, never the points of the header's last
    cell: two header words or more, each a line of its own, end the lines read so far, the last
    one a word that names no item (备注 · 分值 · 评分标准 · 得分).
    """
    if len(joined) < 2:
        return False
    last = "".join(joined[-1][1].split())
    if not (HEADER_POINTS.match(last) or HEADER_STANDARD.search(last) or HEADER_SKIP.search(last)):
        return False
    return all(_header_word(text) for _, text in joined[-2:]) or _serial_header_run(joined)


_SERIAL_HEADING = "序号"
_HEADER_RUN_CELL = 8
"""The longest cell of a header one cell a line that `_serial_header_run` walks over (考核指标、要求)."""
_HEADER_RUN_WIDTH = 16
"""The most cells of such a header (as ``_SERIAL_HEADER_WIDTH`` of the rows reader)."""


def _serial_header_run(joined: list[tuple[int, str]]) -> bool:
    """Whether the last lines are a header one cell a line that opens with its 序号 column.

    A header's first cell names the serial column (序号); the cells after it may be words the
    reader does not know as headings (具体要求 · 条线工作). Every line back to the 序号 line is
    a short cell with no number of an item and no figure (no points).
    """
    for back in range(1, min(len(joined), _HEADER_RUN_WIDTH) + 1):
        cell = "".join(joined[-back][1].split())
        if cell == _SERIAL_HEADING:
            return back >= 3
        if len(cell) > _HEADER_RUN_CELL or find_marker(cell) or re.search(r"\d", cell):
            return False
    return False


def _join_points_line(
    joined: list[tuple[int, str]], line: tuple[int, str], absorbed: list[tuple[int, int]]
) -> None:
    """Give the points a line states alone to the name on the line before (see `_points_line_of`).

    After an unnumbered name, bare points (``20分``) and points with their label (``分值：20分``)
    are bracketed as a cell's points; the span of a labelled line is added to ``absorbed``.
    """
    offset, text = line
    unnumbered = find_marker(joined[-1][1]) is None
    labelled = _LABELLED_POINTS.fullmatch(text)
    if unnumbered and labelled is not None:
        # 组织 · 领导 · 分值：20分: the points of the name above, bracketed as a cell's
        points = f"（{labelled.group(1)}分）"
        absorbed.append((offset, offset + len(text)))
    elif unnumbered and _GROUP_POINTS_CELL.fullmatch(text):
        points = f"（{text.removesuffix('分').strip()}分）"
    else:
        points = text
    joined[-1] = (joined[-1][0], joined[-1][1] + points)


_WRAPPED_HEAD = (4, 30)
"""How long (in characters after its number) a numbered name wrapped onto the next line may be."""


def _wrapped_name(joined: list[tuple[int, str]], line: str, following: str | None) -> bool:
    """Whether ``line`` ends a numbered item's name that a copy wrapped onto a second line.

    ``1、村社区向镇党委、政府`` · ``汇报禁毒工作，提请研究解决实际问题，1分；`` · ``2、…``: a numbered
    name (1、 or （1）) without points or a stop, then one unnumbered line that states the points,
    then the next numbered item (or the end).
    """
    if not joined or find_marker(line) is not None or points_in(line) is None:
        return False
    if not re.match(r"[\u4e00-\u9fff“\"《]", line):
        return False
    if following is not None and find_marker(following) is None:
        return False
    head = joined[-1][1]
    marker = find_marker(head)
    if marker is None or marker[0] not in {"arabic", "paren-arabic"}:
        return False
    shortest, longest = _WRAPPED_HEAD
    return (
        points_in(head) is None
        and re.search(r"[。；;：:！？!?]", head) is None
        and shortest <= len(head) - marker[1] <= longest
    )


_POINTS_FIGURE = re.compile(r"(\d{1,3}(?:\.\d)?)\s*分?")
_STANDARD_LINES = 3
"""The most lines of standard between a numbered item and its points cell after them."""


_CLOSING_POINTS = re.compile(r"([（(]\s*\d+(?:\.\d+)?\s*分\s*[）)])\s*$")
_RULE_WORD = re.compile(r"扣|[加减]\s*\d|[加减]分|不得分|不[计记]分|酌情")
"""Words that state a rule: a deduction, points added or taken, no points, at discretion."""


def _rule_then_points(line: str) -> re.Match[str] | None:
    """A standard's line that states a rule, then the points of its item in brackets at its end.

    The rule's words stand after any earlier bracket (one search each, so a long line is read
    in linear time); group 1 is the points in their brackets.

    Examples:
        >>> _rule_then_points("未成立的不得分。（5分）").group(1)
        '（5分）'
        >>> _rule_then_points("未成立的扣分（见附表）（5分）") is None
        True
    """
    points = _CLOSING_POINTS.search(line)
    if points is None:
        return None
    before = line[: points.start()]
    after_bracket = max(before.rfind("（"), before.rfind("(")) + 1
    return points if _RULE_WORD.search(before, after_bracket) else None


_STATED_LINE = re.compile(
    r"(?:(?:分值|标准分|基本分|基础分|满分)\s*(?:为|是|：|:)?\s*\d+(?:\.\d+)?\s*分?"
    r"|\d+(?:\.\d+)?\s*分)\s*[。；;]?"
)
"""A line that states only an item's points: ``分值：20分``, ``分值：20``, ``20分``."""
_NUMBERED_TITLE = 40
"""The longest numbered title that a points line after it may complete."""


def _points_line_of(joined: list[tuple[int, str]], line: str) -> bool:
    """Whether ``line`` states only the points of the line before, which states none.

    ``（10分）`` after a short unnumbered heading, and ``（20分）`` or ``分值：20分`` after a
    numbered title on a line of its own (``一、组织领导`` · ``分值：20分`` · ``评分标准：…``), its
    sentence closed or not (``1、领导重视，机构人员落实，保障有力。`` · ``（14分）``).
    """
    if not joined or points_in(joined[-1][1]) is not None:
        return False
    before = joined[-1][1]
    marker = find_marker(before)
    if marker is None:
        if _GROUP_POINTS_CELL.fullmatch(line) or _LABELLED_POINTS.fullmatch(line):
            # a 分值 cell 3分 after a row's name cell (城镇新增就业人数), the table one cell a line,
            # or its points with their label (分值：3分)
            return _cell_title(before) and _name_piece(before.replace("“", "").replace("”", ""))
        return _POINTS_LINE.fullmatch(line) is not None and len(before) <= 24
    content = before[marker[1] :]
    if content.rstrip()[-1:] in ("。", "；", ";") and (
        _CLOSED_RULE.search(content) or _pointless_sibling(joined, marker[0])
    ):
        # a closed line that scores (1、未建立台账的，扣2分。) or one of a cell's numbered lines
        # (1、成立领导小组。 · 2、制定方案。 · （10分）): the points are the cell's, not its own
        return False
    if marker[0] != "serial" and _LABELLED_POINTS.fullmatch(line) and _item_points(content) is None:
        # 分值：5 under a numbered title: the label says whose points they are, however long the
        # title and however many its sentences
        return True
    return (
        (_POINTS_LINE.fullmatch(line) is not None or _STATED_LINE.fullmatch(line) is not None)
        and marker[0] != "serial"
        and len(content) <= _NUMBERED_TITLE
        and _item_points(content) is None
        # a title may close its sentence (1、领导重视，保障有力。 · （14分）), not hold two
        and re.search(r"[。；;]", content.rstrip(" 。；;")) is None
    )


_CLOSED_RULE = re.compile(r"扣|不得分|不[计记]分|加\s*\d|酌情|得\s*\d")
"""A scoring word in a numbered line: the line is a rule, not an item's title."""


def _pointless_sibling(joined: list[tuple[int, str]], kind: str) -> bool:
    """Whether the line before the last is numbered as it is and states no points either."""
    if len(joined) < 2:
        return False
    line = joined[-2][1]
    marker = find_marker(line)
    return marker is not None and marker[0] == kind and points_in(line) is None


def _cells_or_points(
    joined: list[tuple[int, str]], lines: list[tuple[int, str]], index: int, serial: int
) -> tuple[int, int] | None:
    """A row's cells joined (see `_joined_cells`), or a points cell given to the item above.

    Returns the 序号 now last and how many lines were taken, or None when neither applies.
    """
    offset, line = lines[index]
    if _points_of_numbered_name(joined, line, serial):
        joined[-1] = (joined[-1][0], joined[-1][1] + f"（{line}分）")
        return serial, 1
    cells = _joined_cells(lines, index, serial)
    if cells is not None:
        joined.append((offset, cells[0]))
        return (int(line) if cells[0].startswith(SERIAL) else serial), cells[1]
    owner = _points_owner(joined, line, serial)
    if owner is None:
        return None
    # a 单项分值 cell after the item's standard: the points of the numbered item above
    joined[owner] = (
        joined[owner][0],
        joined[owner][1] + f"（{line.removesuffix('分').strip()}分）",
    )
    return serial, 1


def _points_of_numbered_name(joined: list[tuple[int, str]], line: str, serial: int) -> bool:
    """Whether a bare figure is the points cell of the numbered name cell just before it.

    A table copied one cell a line with its 分值 column after the name (项目 · 分值 · 评估内容)
    gives ``一、贯彻落实…情况`` · ``4`` · ``贯彻落实…精神``: the figure is the points of the numbered
    name, which states none, unless it is the next 序号. A criterion printed as a sentence before
    its 分值 cell (``1.按时录入…并公示。`` · ``2`` · ``资料抽查`` · ``每发现…扣1分``) takes the figure
    too: the short cell after it is its 考评方法, no name of a row.
    """
    if not _NUMBER_CELL.fullmatch(line) or int(line) == serial + 1 or not joined:
        return False
    name = joined[-1][1]
    marker = find_marker(name)
    return (
        marker is not None and points_in(name) is None and len(name) - marker[1] <= _NUMBERED_TITLE
    )


def _points_owner(joined: list[tuple[int, str]], line: str, serial: int) -> int | None:
    """The numbered item whose points a bare figure after its standard's lines is, if any.

    A table copied one cell a line with its points column after the standard (序号 · 项目 · 考核
    标准 · 单项分值) gives ``1.按要求建立…`` · ``未建立的，少1项扣1分。`` · ``4``: the figure is the
    points of the numbered line above, when that line states none, nor do the lines between
    (at most three, none numbered), and the figure is not the next 序号.
    """
    figure = _POINTS_FIGURE.fullmatch(line)
    if figure is None or (serial and float(figure.group(1)) == serial + 1):
        return None
    for owner in range(len(joined) - 1, max(-1, len(joined) - 2 - _STANDARD_LINES), -1):
        text = joined[owner][1]
        marker = find_marker(text)
        if marker is None:
            if points_in(text) is not None or EARNED.search(text) or _cell_title(text):
                return None
            continue
        kind, body = marker
        if kind == "serial" or _item_points(text[body:]) is not None:
            return None
        return owner
    return None


_SPACED_MARKER = re.compile(
    r"(?<![ \u3000])[ \u3000]{2,}"
    r"(?=[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[、．]"
    r"|[^，,。；;:：、\d（(\s][^，,。；;:：\s]{1,23}?[（(] ?\d+(?:\.\d+)? ?分 ?[）)])"
)


_RUN_IN_MARKER = re.compile(
    r"(?<=[^\s\d])[ \u3000](?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、"
    r"|\d{1,2}[.．](?!\d))"
)
"""One space before a numbered item, in a paragraph that a copy ran together from many lines."""
_RUN_IN_LEAST = 3
_RUN_IN_GROUP = re.compile(
    r"[ \u3000](?=[\u4e00-\u9fff]{2,12}[ \u3000]+\d{1,3}(?:\.\d)?[ \u3000]+\d{1,2}[.．、](?!\d))"
    r"|(?<=[\u4e00-\u9fff][ \u3000]\d)[ \u3000]+(?=\d{1,2}[.．、](?!\d))"
    r"|(?<=[\u4e00-\u9fff][ \u3000]\d\d)[ \u3000]+(?=\d{1,2}[.．、](?!\d))"
)
"""A part's name and its bare points run in between items (``…(1分) 救助水平 6 1.…``)."""


def _spaced_pieces(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines cut where a numbered item follows two spaces or more (a layout run together).

    A line holding three numbered items or more (its own first one counts), each after one
    space, is a document whose line breaks a copy turned into spaces: it is cut before each of
    them too.
    """
    pieces: list[tuple[int, str]] = []
    for offset, line in lines:
        at = 0
        gaps = list(_SPACED_MARKER.finditer(line))
        run_in = list(_RUN_IN_MARKER.finditer(line))
        if len(run_in) + (find_marker(line) is not None) >= _RUN_IN_LEAST:
            gaps = [*gaps, *run_in]
        gaps = sorted([*gaps, *_RUN_IN_GROUP.finditer(line)], key=lambda gap: gap.start())
        for gap in gaps:
            if gap.start() < at:
                continue
            if line[at : gap.start()].strip():
                pieces.append((offset + at, line[at : gap.start()].strip()))
            at = gap.end()
        piece = line[at:].strip()
        if piece:
            pieces.append((offset + at + line[at:].index(piece), piece))
    return pieces


def _heading_points(heading: re.Match[str]) -> float:
    """The points of a heading line: as printed, or each part's times the parts (12分×2项)."""
    if "each" in heading.re.groupindex:
        return float(heading.group("each")) * int(heading.group("count"))
    return float(heading.group("points"))


def _open_heading(reader: Reader, stack: list[Item], heading: re.Match[str], offset: int) -> Item:
    """An unnumbered heading with its points opens a group, under the heading it fits in."""
    points = _heading_points(heading)
    while stack and (
        _deducts_already(stack[-1])
        or _row_with_standard(stack[-1])
        or _row_among_rows(stack, points)
    ):
        stack.pop()  # a part whose standard already takes points is no group for this one
    while (
        stack
        and not stack[-1].children
        and stack[-1].points is not None
        and (stack[-1].number or "").startswith(SERIAL)
    ):
        # a table's row numbered by its 序号 cell, with its points, is a row, no group for a
        # heading; a row that prints no points names the line of work whose items follow it
        stack.pop()
    if not (stack and _unscored_serial_row(stack[-1])):
        pop_to_room(stack, points)
    item = Item(
        level=stack[-1].level + 1 if stack else _HEADING,
        title=clean_title(heading.group("title")),
        start=offset,
        end=offset + heading.end(),
        points=points,
    )
    item.section = section_of(item.title, stack[-1].section if stack else "items")
    (stack[-1].children if stack else reader.roots).append(item)
    stack.append(item)
    return item


def _unscored_serial_row(item: Item) -> bool:
    """A table's row numbered by its 序号 cell that prints no points, over unnumbered items only.

    ``1 / 殡葬改革… / 私坟整改工作(30分) / 公墓建设工作(20分)``: the row names a line of work and
    the items with their points after it are its own, whatever room its missing points leave.
    """
    return (
        (item.number or "").startswith(SERIAL)
        and item.points is None
        and all(not child.number for child in item.children)
    )


def _row_with_standard(item: Item) -> bool:
    """Whether an unnumbered heading holds a standard of lines of its own: a row, no group."""
    return (
        not item.number
        and not item.children
        and any(offset != item.start for offset, _ in item.standard)
    )


def _row_among_rows(stack: list[Item], points: float) -> bool:
    """Whether the heading atop ``stack`` is a row like the one before it, no group.

    Rows whose merged cells a copy printed once (``下岗失业人员再就业人数`` · ``3分`` · then
    ``就业困难再就业人数`` · ``3分``): a childless, unnumbered heading with the new heading's
    points, after a childless sibling with points, is a row of the same table.
    """
    top = stack[-1]
    if top.children or top.number or top.points != points:
        return False
    siblings = stack[-2].children if len(stack) >= 2 else []
    at = next((index for index, sibling in enumerate(siblings) if sibling is top), 0)
    return at > 0 and not siblings[at - 1].children and siblings[at - 1].points is not None


def _deducts_already(item: Item) -> bool:
    """Whether an item without sub-items already states deductions: it is a part, not a group."""
    return not item.children and any(TAKE.search(text) for _, text in item.standard)


_WORD = re.compile(SPACED_HEADING_WORD.pattern + r"|\S+")
"""A word of a line: a heading letter-spaced (``考 核 项 目``) is one word, as it reads."""
_POINTS_WORD = re.compile(r"分值|分数|标准分|基本分|权重|满分|(?:^|\s)分(?:\s|$)")
"""The words a points heading holds (see ``HEADER_POINTS``): a line without one has no header."""


def _header_word(printed: str) -> bool:
    """Whether a short word is a heading of a table's header (项目 · 内容措施 · 分值 · 备注)."""
    word = "".join(printed.split())  # 分 值: the word letter-spaced
    return len(word) <= 6 and bool(
        HEADER_POINTS.match(word)
        or HEADER_STANDARD.search(word)
        or HEADER_SKIP.search(word)
        or HEADER_NAME.search(word)
    )


def header_cut(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines that run a table's header into its first row, cut at the header's words.

    A copy that flattens a table may run its header and first row into one line after a heading
    (``一、…标准 项目 内容措施 分值 备注 组织保障有力 (7分) 1.县…``): the text before the header
    words, the heading after them and its first item become lines of their own.
    """
    cut: list[tuple[int, str]] = []
    for offset, line in lines:
        pieces = _cut_at_header(offset, line)
        cut.extend(pieces if pieces is not None else [(offset, line)])
    return cut


_GLUED_HEADER = re.compile(
    r"(?:(?:考[核评]|评分)?(?:项目|内容|指标|要点|标准|细则)|满分|分值|标准分|打分|得分|自评分|备注|序号)"
    r"{3,12}(?=[一二三四五六七八九十]{1,2}[、.．]|1[、.．](?!\d))"
)
"""A table's header words run together into its first heading (…内容满分打分一、组织机构…).

A header has a dozen words at most: a line of thousands of them (分值分值…) is tried a dozen
words from each place, not to its end, and read in linear time.
"""


def _cut_at_header(offset: int, line: str) -> list[tuple[int, str]] | None:
    """The pieces of a line around a header of three words or more, one of them 分值."""
    if _POINTS_WORD.search(line) is None and SPACED_HEADING_WORD.search(line) is None:
        return None
    glued = _GLUED_HEADER.search(line)
    if glued is not None and re.search(r"满分|分值|标准分", glued.group()):
        before = line[: glued.start()].strip()
        rest = glued.end()
        return [(offset, before)] * bool(before) + _heading_then_item(offset + rest, line[rest:])
    words = list(_WORD.finditer(line))
    run = 0
    points = -1  # the last points word of the run (分值), so that no run is searched again
    for index, word in enumerate(words):
        run = run + 1 if _header_word(word.group()) else 0
        if run and HEADER_POINTS.match("".join(word.group().split())):
            points = index
        if run < 3 or points <= index - run:
            continue
        header = words[index - run + 1 : index + 1]
        end = index + 1
        while end < len(words) and _header_word(words[end].group()):
            end += 1
        if end == len(words):
            return None
        before = line[: header[0].start()].strip()
        rest = words[end].start()
        return [(offset, before)] * bool(before) + _heading_then_item(offset + rest, line[rest:])
    return None


def _heading_then_item(offset: int, text: str) -> list[tuple[int, str]]:
    """A heading with its points and the first item after it, as two lines if it is both."""
    heading = _HEADING_BEFORE.match(text)
    if heading is None or heading.end() == len(text) or find_marker(text[heading.end() :]) is None:
        return [(offset, text)]
    return [
        (offset, text[: heading.end()].strip()),
        (offset + heading.end(), text[heading.end() :]),
    ]


_OPEN_END = re.compile(r"(?<=[\u4e00-\u9fff）)”\"》])[" + CLAUSE_OPEN + r"]\s*$")
"""A comma or semicolon that closes a clause, not a row of cells parted by commas (``… ,,``)."""
_POINTS_ONLY_LINE = re.compile(r"[（(]?\s*\d+(?:\.\d+)?\s*分?\s*[）)]?")
"""A line of points only (``（10分）``): the points of what stands above, read as such."""


_OPEN_BRACKET = re.compile(r"[（(【［\[〔][^）)】］\]〕]{0,64}$")
"""A bracket left open near a line's end, where points (``（3分，其中…）``) may go on."""
_OPEN_TITLE = re.compile(r"《[^《》]{0,64}$")
"""A book title left open at a line's end (``…的通知》、《``): its name goes on on the next line."""


def _open_rest(text: str) -> str | None:
    """What of an open item's ``text`` a line joined to it may still read with, or None if closed.

    The piece from the character before its closing comma (or from a bracket it leaves open),
    with a run of spaces after the comma kept as one: points (``，满分4分。``) and brackets
    that go on over the break are read in it as in the whole item, and the item's lines are
    read once each, not again with every line joined. A line that leaves a book title open
    (``…实施纲要》、《`` over ``山西省…的决定》和《``) is open too, from that title's 《 on.
    """
    end = _OPEN_END.search(text)
    if end is None:
        title = _OPEN_TITLE.search(text)
        return None if title is None else text[title.start() :]
    cut = end.start() - 1
    bracket = _OPEN_BRACKET.search(text, max(0, cut - 64), cut)
    if bracket is not None:
        cut = bracket.start()
    return text[cut : end.start() + 1] + " " * (end.end() > end.start() + 1)


def _open_items_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A numbered item broken over lines after a piece that leaves it open, joined up.

    A table's cell copied with its line breaks (a web page's ``<br>``, a PDF's narrow column)
    prints ``1、制定年度工作计划，`` · ``工作标准和要求明确。3分``: while the item's line states no
    points, no rule (a numbered deduction ``1、…每起扣2分;`` is a standard's) and ends with a
    comma or semicolon, or inside a book title (``…、《`` · ``山西省…的决定》…;(3分)``), the
    unnumbered line after it that neither deducts nor scores goes on with it. The gap between
    the lines is kept as spaces, so that offsets inside the joined line stay true.
    """
    joined: list[tuple[int, list[str]]] = []
    rest: str | None = None  # the open end of the last item, None when it takes no line
    end = 0  # where the last joined line ends in the text
    for offset, line in lines:
        if (
            rest is not None
            and offset - end >= 0
            and find_marker(line) is None
            and _POINTS_ONLY_LINE.fullmatch(line) is None
            and RULE_PIECE_OR_DEDUCTION.search(line) is None
        ):
            gap = " " * (offset - end)
            joined[-1][1].extend((gap, line))
            tail = rest + gap + line
            rest = _open_rest(tail) if points_in(tail) is None else None
            end = offset + len(line)
            continue
        joined.append((offset, [line]))
        end = offset + len(line)
        rest = (
            _open_rest(line)
            if find_marker(line) is not None
            and points_in(line) is None
            and RULE_PIECE_OR_DEDUCTION.search(line) is None
            else None
        )
    return [(offset, "".join(pieces)) for offset, pieces in joined]


def read_numbered(reader: Reader, lines: list[tuple[int, str]]) -> None:
    stack: list[Item] = []
    current: Item | None = None
    joined = _joined_headings(
        _spaced_pieces(header_cut(_open_items_joined(lines))), reader.repeated
    )
    last = 0  # the last arabic item number read
    lettered = _lettered_ahead(joined)
    grouping = [
        colon or group
        for colon, group in zip(_colon_heads_ahead(joined), _groups_ahead(joined), strict=True)
    ]
    criteria = 0  # the number of the last criterion read in a run numbered afresh under an item
    ran = [False, False]  # whether the item before the open one, and the open one, had criteria
    for index, (offset, line) in enumerate(joined):
        if RANGE_POINTS.match(line.strip()) is not None or _read_cap_over_cells(
            reader, joined, index
        ):
            # （一）至（五）各项均以16分计算: points for items above; 累计不得 · 超过 · 10分: a cap
            continue
        marker = (
            find_marker(line)
            or _letter_marker(line)
            or _past_99(line, last)
            or _dated_serial(line, last, listed=any(map(_arabic, stack)))
            or _decimal_head(joined, index)
        )
        if marker is not None:
            criteria = _criterion_number(current, line, marker, (criteria, ran[0]))
            if criteria:
                marker = ("paren-arabic", marker[1])  # a criterion under the item, not a sibling
                ran[1] = True
            elif marker[0] == "arabic" and (number := re.match(r"\d+", line)) is not None:
                last = int(number.group())
                ran = [ran[1], False]
            holds = marker[0] != "letter" and (lettered[index] or grouping[index])
            current = _numbered_item(reader, stack, (offset, line), marker, holds=holds)
            continue
        following = joined[index + 1] if index + 1 < len(joined) else None
        heading = (
            _heading_item(reader, stack, offset, line)
            or _bare_heading(reader, stack, (offset, line), following)
            or _bonus_heading(reader, stack, (offset, line), (joined, index + 1))
        )
        if heading is not None:
            current = heading
        elif ABOVE.match(line) and len(stack) >= 2 and stack[-1] is current:
            # 以上各项…: a standard for every item of the group just read
            stack[-2].standard.append((offset, line))
        elif current is not None and not _is_global(line):
            current.standard.append((offset, line))
        elif is_section_title(line):
            current = None
            stack.clear()


_POINTS_UNIT = re.compile(r"[ \t]*分")


def _read_cap_over_cells(reader: Reader, joined: list[tuple[int, str]], index: int) -> bool:
    """Read the cap of a section printed one cell a line that a line ends; whether it did (no item).

    A table copied one cell a line may print the cap of its bonus (or penalty) section over
    short cells (``加分考核`` · ``累计不得`` · ``超过`` · ``10分``): the last words take the points
    cell after them, as an item's name would. Read with the two cells before them as one
    sentence (``加分考核累计不得超过10分``), they state the cap: the scheme's bonus (or penalty)
    cap, where none was read yet, and the line is no item.
    """
    offset, line = joined[index]
    cell = CAP_CELL.fullmatch(line.strip())
    if cell is None:
        return False
    before = joined[max(0, index - 2) : index]
    sentence = (
        "".join(text for _, text in before) + cell.group("words") + cell.group("points") + "分"
    )
    bonus, penalty = BONUS_CAP.search(sentence), PENALTY_CAP.search(sentence)
    if bonus is None and penalty is None:
        return False
    start = before[0][0] if before else offset
    # the cap ends with its figure and the 分 after it, if printed (a bare 10 under 超过 takes
    # none: the 分 of the next line is no part of it)
    figure = reader.text.find(cell.group("points"), offset)
    end = offset + len(line) if figure < 0 else figure + len(cell.group("points"))
    unit = _POINTS_UNIT.match(reader.text, end)
    end = end if unit is None else unit.end()
    value = float(cell.group("points"))
    if bonus is not None and reader.bonus_cap is None:
        reader.bonus_cap = (value, start, end)
    elif bonus is None and reader.penalty_cap is None:
        reader.penalty_cap = (value, start, end)
    reader.used.append((start, end))
    return True


_CRITERION_POINTS = re.compile(
    r"[扣减]\s*\d+(?:\.\d+)?\s*分|[，,、\s]\d+(?:\.\d+)?\s*分\s*(?:[；;。.]\s*)?$"
)
"""What a criterion under an item states: a deduction (扣2分), or the points it awards after a
comma at its end (``目标明确，2分；``)."""


def _criterion_number(
    current: Item | None, line: str, marker: tuple[str, int], run: tuple[int, bool]
) -> int:
    """The number of a criterion numbered afresh under an arabic item with points, else 0.

    ``1.试点目标和规划（5分）`` then ``1.目标明确，2分；`` ``2.规划合理，扣3分。`` then
    ``2.组织机构建设（4分）``: the numbering starts again at 1 under the item, each line states a
    deduction or what it awards and no bracketed points of its own, and the run goes on
    while the numbers climb by one; the next item's line, with its points in brackets or on
    a line of its own, ends it. ``run``: the last criterion's number (0 outside a run), and
    whether the item before the open one had criteria of its own. Only the first item, or
    one after an item with criteria, opens a run: deductions numbered afresh after several
    items (``1、…（5分）`` ``2、…（10分）`` then ``1、…扣2分`` ``2、…扣5分``) are a column of a
    table beside them, one for each item.
    """
    last, before = run
    if marker[0] != "arabic" or current is None:
        return 0
    found = re.match(r"\s*(\d+)", line)
    content = line[marker[1] :]
    if found is None or POINTS_PAREN.search(content) or not _CRITERION_POINTS.search(content):
        return 0
    number = int(found.group(1))
    if last:
        return number if number == last + 1 else 0
    opens = (
        number == 1
        and (before or re.match(r"\s*1\D", current.number + " ") is not None)
        and current.points is not None
        and not current.children
        and re.fullmatch(r"\d+\s*[、.．]?", current.number) is not None
    )
    return 1 if opens else 0


_HUNDREDS = re.compile(r"(\d{3,5})\s*(?:[、．]|\.(?!\d))\s*")


def _past_99(line: str, last: int) -> tuple[str, int] | None:
    """An item number of three or more digits where the numbering runs on from 99 (99. then 100.).

    Elsewhere a number of three digits opens a sentence (``365、24小时值班``, ``110、119报警电话``).
    """
    found = _HUNDREDS.match(line)
    if found is None or found.end() == len(line) or last < 99 or int(found.group(1)) != last + 1:
        return None
    return "arabic", found.end()


_DATED_SERIAL = re.compile(r"\s*(\d{1,2})\s*[.．]\s*(?=" + DATE + ")")


def _dated_serial(line: str, last: int, *, listed: bool) -> tuple[str, int] | None:
    """An item number printed before a date (``3.2021年6月至12月…``, ``3 .12月底前…``).

    A decimal is never followed by a year, a month or a day, so the figure before the point
    numbers the item where it runs on the list (the item after ``last``), or opens a list (1)
    where no arabic item is open (``listed`` false): under a part, not on the line an item
    wraps to (``2.及时办结…（5分），办结时限超过`` then ``1.5日的扣1分``).
    """
    found = _DATED_SERIAL.match(line)
    if found is None:
        return None
    number = int(found.group(1))
    if number != last + 1 and (number != 1 or listed):
        return None
    return "arabic", found.end()


def _arabic(item: Item) -> bool:
    """Whether an item was numbered with an arabic figure and a stop (``2.`` · ``3、``)."""
    return re.fullmatch(r"\d{1,2}\s*[、.．]", item.number) is not None


_DECIMAL_HEAD_LINES = 3
"""How far below a bare number its first decimal item may stand (its title may wrap)."""


def _decimal_head(joined: list[tuple[int, str]], index: int) -> tuple[str, int] | None:
    """A number without punctuation that heads decimal items (``1 组织领导`` over ``1.1 …``).

    Decimal numbering (1 · 1.1 · 1.1.1) leaves its first level bare: the line is an item at
    the arabic level when the next numbered line is its first decimal item. A bare figure
    before a line (the points of a row above, ``1 规划决议落实``) heads nothing of the kind.
    """
    found = BARE_NUMBER.match(joined[index][1])
    if found is None:
        return None
    for _, line in joined[index + 1 : index + 1 + _DECIMAL_HEAD_LINES]:
        marker = find_marker(line)
        if marker is None:
            continue
        first = line[: marker[1]].strip().rstrip("、.")
        return ("arabic", found.end()) if first == f"{found.group(1)}.1" else None
    return None


_LETTER = re.compile(r"[A-H]\s*[、.．](?!\d)\s*(?=[\u4e00-\u9fff“\"《])")
LETTER_LEVEL = len(LEVELS)
"""The level of a lettered standard (A、 B、 …): under every numbered level."""


def _letter_marker(line: str) -> tuple[str, int] | None:
    """A lettered standard that states what it is worth (``A、…达到要求的记10分，…``), as a marker.

    Under a numbered item, standards lettered A、 B、 … that each state their points (记X分,
    得X分, (X分)) are the item's sub-items; a lettered line without points (a list of options,
    a grade's description) stays text of the item above.
    """
    found = _LETTER.match(line)
    if found is None or _item_points(line[found.end() :]) is None:
        return None
    return "letter", found.end()


def _lettered_ahead(joined: list[tuple[int, str]]) -> list[bool]:
    """For each line, whether lettered standards with their points follow it, before the next number.

    ``4、纪检工作`` over ``A、…的记15分`` and ``B、…的记10分``: the numbered line states no points of
    its own, but it is an item, the group of the lettered standards under it. One pass from the
    end answers for every line, so a run of thousands of rows is read in linear time.
    """
    ahead = [False] * len(joined)
    holds = False
    for index in range(len(joined) - 1, -1, -1):
        ahead[index] = holds
        line = joined[index][1]
        if _letter_marker(line) is not None:
            holds = True
        elif find_marker(line) is not None:
            holds = False
    return ahead


def _numbered_from_end(joined: list[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """Each numbered line's index, level and text after its number, from the last line up.

    The walk that ``_colon_heads_ahead`` and ``_groups_ahead`` share: each remembers the
    next numbered line it has passed, so a run of thousands of rows is read in linear time.
    """
    for index in range(len(joined) - 1, -1, -1):
        line = joined[index][1]
        marker = find_marker(line)
        if marker is None:
            continue
        kind, body = marker
        yield index, LEVELS.index(kind) if kind in LEVELS else LETTER_LEVEL, line[body:]


def _states_points(content: str) -> bool:
    """Whether a numbered line's text states its points: closing ones, or any ``_item_points`` reads."""
    return (_closing_points(content) or _item_points(content)) is not None


_COLON_HEAD = re.compile(r"\s*[^，,。；;：:\d（()）\s][^，,。；;：:]{1,15}[：:]\s*$")
"""A numbered line that is only a short name closed by a colon: ``1.乡镇园区:``, ``（二）县直部门：``."""


def _colon_heads_ahead(joined: list[tuple[int, str]]) -> list[bool]:
    """For each line, whether it is a name closed by a colon over deeper numbered items with points.

    ``1.乡镇园区:`` over ``(1)签约项目(30分):`` and ``(2)…(45分)``: the line states no points of its
    own, but it is an item, the group of the items under it (a kind of unit, a part of the work),
    not a clause of the standard of the item above it. The closing colon is the mark, so no
    more is asked of the name than to be short; ``_groups_ahead`` reads titles without one.
    The text is read as printed: points are looked for before any space is stripped.
    """
    ahead = [False] * len(joined)
    following: tuple[int, bool] | None = None  # the next numbered line's level, and its points
    for index, order, content in _numbered_from_end(joined):
        if _COLON_HEAD.match(content) is not None and following is not None:
            ahead[index] = following[0] > order and following[1]
        following = (order, _states_points(content))
    return ahead


_GROUP_TITLE = 30
"""The longest title of a numbered group that states no points (``1.对就业工作实行计划管理``)."""


def _groups_ahead(joined: list[tuple[int, str]]) -> list[bool]:
    """For each line, whether it is a numbered title without points over deeper items with points.

    ``1.对就业工作实行计划管理`` over ``（1）纳入地方年度工作计划（1分）`` and ``（2）…（1分）``, under
    ``一、完成就业指标任务情况（24分）``: the line states no points of its own and no rule, but the
    next numbered line is of a deeper kind and states points, so it is an item, the group of
    those under it, not a clause of the standard of the item above it. With no colon to mark
    it (``_colon_heads_ahead``), the title must be short, hold no rule's words and no
    clause's stop; the text is read with its spaces stripped.
    """
    ahead = [False] * len(joined)
    following: tuple[int, bool] | None = None  # the next numbered line's level, and its points
    for index, order, printed in _numbered_from_end(joined):
        content = printed.strip()
        scored = _states_points(content)
        if (
            following is not None
            and not scored
            and following[0] > order
            and following[1]
            and len(content) <= _GROUP_TITLE
            and RULE_PIECE_OR_DEDUCTION.search(content) is None
            and re.search(r"[。；;，,]", content.rstrip("。；;")) is None
        ):
            ahead[index] = True
        following = (order, scored)
    return ahead


def nest_repeated_numbering(items: list[Item]) -> None:
    """A heading numbered like the items after it, whose points they add up to, holds them.

    ``1、组织领导(20分)`` then ``1、建立…(6分) 每缺一项扣2分`` ``2、…(4分) …`` ``3、…(10分) …``: the
    numbering starts again at 1 under a heading that states no standard of its own, and the
    items after it, each with its standard, add up to exactly its points.
    """
    index = 0
    while index < len(items):
        item = items[index]
        if (
            item.points is not None
            and not item.children
            and not item.standard
            and index + 1 < len(items)
            and _restarts(item.number, items[index + 1].number)
        ):
            end = summed_run(items, index + 1, item.points)
            if end > index + 1:
                item.children.extend(items[index + 1 : end])
                del items[index + 1 : end]
        nest_repeated_numbering(item.children)
        index += 1


def _restarts(heading: str, first: str) -> bool:
    """Whether ``first`` starts a list again after ``heading``: numbered alike, ``first`` by 1."""
    shape = re.compile(r"\d+")
    return (
        bool(heading)
        and shape.sub("N", heading) == shape.sub("N", first)
        and re.sub(r"\D", "", first) == "1"
    )


_BARE_HEADING = re.compile(
    r"(?P<title>[\u4e00-\u9fff、和与及]{2,12}[：:]?)(?:[ \u3000]+(?P<points>\d{1,3}(?:\.\d+)?))?"
)
_NOT_A_PART = re.compile(
    r"考[核评]|评[分估价定]|办法|细则|标准|方案|附件|通知|目录|说明|内容|项目|指标|如下|计分|得分"
    # a cell or column that names units (责任单位 · 各有关单位 · 牵头部门), not a part
    r"|(?:单位|部门)$"
)


def _bare_heading(
    reader: Reader,
    stack: list[Item],
    line: tuple[int, str],
    following: tuple[int, str] | None,
) -> Item | None:
    """A short line without number or points that heads the numbered items after it.

    ``基础工作`` above ``1、成立领导小组。(5分)…``: a part of the appraisal whose points are its
    items' (a group heading without points), when the next line opens an item with points at
    the top numbered level read so far. Lines that name the document or its columns
    (考核内容, 评分标准), and an organ's name (中共某区委办公室), are not parts.
    """
    offset, text = line
    bare = _BARE_HEADING.fullmatch(text)
    if following is None or bare is None or _NOT_A_PART.search(text):
        return None
    points = float(bare.group("points")) if bare.group("points") else None
    if is_organ_name(text):
        return None  # an organ's name above the items (中共某区委办公室) heads no part
    if is_section_title(text) or (marker := find_marker(following[1])) is None:
        return None
    level = LEVELS.index(marker[0])
    content = following[1][marker[1] :]
    if (_closing_points(content) or _item_points(content)) is None:
        return None
    if any(
        item.level < level
        and (item.level, item.points) != (_HEADING, None)
        and (points is None or item.level != _HEADING)
        for item in stack
    ):
        return None  # under a numbered part, or under a heading with points
    stack.clear()
    item = Item(
        level=_HEADING,
        title=clean_title(bare.group("title")),
        start=offset,
        end=offset + len(text),
        points=points,  # 资金保障 5: the part's points, a bare figure after its name
    )
    item.section = section_of(item.title, "items")
    reader.roots.append(item)
    stack.append(item)
    return item


def _bonus_heading(
    reader: Reader,
    stack: list[Item],
    line: tuple[int, str],
    after: tuple[list[tuple[int, str]], int],
) -> Item | None:
    """An unnumbered line that is a bonus heading alone, over the numbered bonus items after it.

    ``after``: the lines, and where the lines after this one start (no copy of them is made: a
    table of thousands of cells a line holds as many lines).

    ``**加分项目（在总分100分之外加分，最高10分）**`` after the last scored item, then ``1.…（5分）``:
    the bonus section, as ``三、加分项目`` is, not a line of the standard of the item before it.
    Items after it whose points add up to exactly the points of that item are its parts, scored
    by adding points (``二、创新工作(60分)`` · ``加分标准：`` · ``1.…（30分）`` · ``2.…（30分）``).
    Before any item, the line is a column of a table's head printed a cell a line (``考核内容`` ·
    ``分值`` · ``评分标准`` · ``加分项目`` · ``1.组织领导``), over its rows.
    """
    offset, text = line
    lines, start = after
    if not stack or start >= len(lines) or find_marker(lines[start][1]) is None:
        return None
    if LONE_BONUS_HEADING.fullmatch(text.strip()) is None:
        return None
    if _parts_after(stack[-1], itertools.islice(lines, start, None)):
        return None
    stack.clear()
    item = Item(
        level=_HEADING,
        title=clean_title(text.strip().strip("*【】：: ")),
        start=offset,
        end=offset + len(text),
        points=None,
        section="bonus",
    )
    reader.roots.append(item)
    stack.append(item)
    return item


def _parts_after(item: Item, after: Iterable[tuple[int, str]]) -> bool:
    """Whether the first numbered lines of ``after``, numbered alike, add up to ``item``'s points."""
    if item.points is None or item.children:
        return False
    kind: str | None = None
    total = 0.0
    for _, text in after:
        marker = find_marker(text)
        if marker is None or kind not in (None, marker[0]):
            continue  # a line of the standard of the item before, or a criterion under it
        kind = marker[0]
        content = text[marker[1] :]
        points = _closing_points(content) or _item_points(content)
        if points is None:
            return False
        total += points[0]
        if abs(total - item.points) < 1e-9:
            return True
        if total > item.points:
            return False
    return False


def _heading_item(reader: Reader, stack: list[Item], offset: int, line: str) -> Item | None:
    """An unnumbered line that opens with a heading and its points (组织领导（10分）…), if it is."""
    heading = (
        _HEADING_LINE.match(line)
        or _glued_heading(line)
        or _points_first(line)
        or _PRODUCT_HEADING_LINE.match(line)
    )
    if heading is None or TAKE.search(heading.group()):
        return None
    if SCORE_LEVEL.fullmatch(heading.group("title")):
        return None  # 较好（8分）: a level of the scoring of the item above, no heading
    if (
        not reader.roots
        and _DOCUMENT_TITLE.search(heading.group("title"))
        and not line[heading.end() :].strip()
    ):
        # 某县依法行政考核细则（100分）: the document's title with its total, not an item
        if reader.total is None:
            reader.total = _heading_points(heading)
        return None
    item = _open_heading(reader, stack, heading, offset)
    rest = line[heading.end() :].strip(" 。；;：:，,")
    if rest:
        item.standard.append((offset + line.index(rest, heading.end()), rest))
    return item


_POINTS_FIRST_LINE = re.compile(
    r"(?P<points>\d+(?:\.\d+)?)\s*分[ \u3000\t]{2,}"
    r"(?P<title>(?![扣加得减每少缺未无没凡])[^，,。；;:：、\d（(|\s][^，,。；;:：、|\d\s]{1,23})"
    r"(?=[ \u3000\t]{2,}\S)"
)
"""A row printed in columns set apart by spaces whose points come first: ``10分  依法决策  未经…``."""


def _points_first(line: str) -> re.Match[str] | None:
    """The points and name a row opens with, its points first (``10分  依法决策  …``), if any.

    Only where the cell after the name takes points (扣2分 · 不得分): a line that opens with a
    figure may count anything else.
    """
    heading = _POINTS_FIRST_LINE.match(line)
    if heading is None:
        return None
    rest = line[heading.end() :]
    if RULE_PIECE_OR_DEDUCTION.search(rest) is None and NO_POINTS.search(rest) is None:
        return None
    return heading


def _glued_heading(line: str) -> re.Match[str] | None:
    """The name and points a line opens with, glued without a bracket (成立领导小组4分), if any.

    Or a name and its points after a space, closing the line (成立领导小组 4分).

    A name ends on a word, never on one that counts or takes points (扣 · 得 · 满 · 计 …), and no
    total or subtotal (合计 · 满分) is a name.
    """
    heading = _GLUED_HEADING_LINE.match(line) or _SPACED_HEADING_LINE.match(line)
    if heading is None:
        return None
    title = heading.group("title")
    if title[-1] in NOT_POINTS_BEFORE or title[-1] in "分的" or "分值" in title:
        return None
    if any(word in title for word in (*TOTAL_WORDS, *SUBTOTAL_WORDS)):
        return None
    return heading


def _numbered_item(
    reader: Reader,
    stack: list[Item],
    numbered: tuple[int, str],
    marker: tuple[str, int],
    *,
    holds: bool = False,
) -> Item:
    """The item a numbered line opens, or the item whose standard it continues.

    ``holds``: lettered standards with their points follow the line, so it is an item even
    without points of its own.
    """
    offset, line = numbered
    kind, body = marker
    order = LEVELS.index(kind) if kind in LEVELS else LETTER_LEVEL
    level = _sequence_level(reader, stack, line[:body], order)
    content = line[body:]
    points = _closing_points(content) or _item_points(content)
    if kind == "article" and points is not None:
        level = _article_in_part(stack, level, points[0])
    while stack and stack[-1].level >= level:
        stack.pop()
    parent = stack[-1] if stack else None
    if points is None and not holds and parent is not None and parent.points is not None:
        # a numbered clause of an item's standard, not an item of its own
        parent.standard.append((offset, line))
        return parent
    if parent is not None and parent.points is not None and levels_of_one(line, parent.points):
        # （1）全部完成的，10分；（2）…，8分: the scoring by levels of the item above, no items
        parent.standard.append((offset, line))
        return parent
    value, left, right = points if points is not None else (None, len(content), len(content))
    if points is not None and not content[:left].strip():
        # 1.（5分）成立领导小组，未成立的扣5分。: the points open the line, the title follows
        title_end = _LEADING_TITLE.match(content, right)
        if title_end is not None and title_end.group(1):
            left, right = title_end.end(1), title_end.end(1)
            content = content[: points[1]] + " " * (points[2] - points[1]) + content[points[2] :]
    full = points is not None and _FULL_MARKS.match(content, points[1]) is not None
    middle = (full and _earned_before_full_marks(content, left)) or _standard_before_points(
        content, left
    )
    graded = None if middle is not None or points is None else levels_after_title(content, left)
    if graded is not None:
        # 法治宣传教育：好（10分）、较好（6分）、差的不得分: the item's levels, the highest its points
        value, middle, right = graded[0], (graded[1], graded[1], content[graded[1] :]), len(content)
    title = clean_title(content[: middle[0] if middle is not None else left])
    section = section_of(title, parent.section if parent else "items")
    item = Item(
        level=level,
        title=title,
        start=offset,
        end=offset + len(line),
        points=value,
        section=section,
        number=line[:body].strip(),
    )
    if middle is not None:
        item.standard.append((offset + body + middle[1], middle[2]))
    rest = content[right:].strip(" ，,。：:")
    if rest:
        item.standard.append((offset + body + right + content[right:].index(rest), rest))
    (parent.children if parent is not None else reader.roots).append(item)
    stack.append(item)
    return item


_PAREN_HAN = LEVELS.index("paren-han")
_PAREN_ARABIC = LEVELS.index("paren-arabic")


_LEADING_TITLE = re.compile(r"\s*([^，,。；;：:]{2,40})")
"""The title after points that open an item's line, to its first stop or comma."""
_STANDARD_LABEL = re.compile(r"(?:评分|考核|考评|扣分|评定)(?:标准|办法|细则)\s*[:：]?")


def _standard_before_points(content: str, left: int) -> tuple[int, int, str] | None:
    """The standard between an item's title and its points, when a full stop ends the title.

    ``成立领导小组。评分标准：未成立的不得分。分值：5分``: the title is the first sentence, and
    what follows it, a labelled standard or a rule (扣2分 · 不得分), is the item's standard.
    Returns where the title ends in ``content``, where that standard starts and its text
    without its label.
    """
    stop = re.search(r"[。；;]", content[:left])
    if stop is None:
        return None
    start = stop.end()
    middle = content[start:left]
    label = _STANDARD_LABEL.match(middle)
    if label is None and not (TAKE.search(middle) or NO_POINTS.search(middle)):
        return None
    if label is not None:
        start += label.end()
    text = content[start:left].strip(" ，,。；;：:")
    return (stop.start(), start + content[start:left].index(text), text) if text else None


def _earned_before_full_marks(content: str, left: int) -> tuple[int, int, str] | None:
    """What a case earns or loses, between an item's title and the full marks closing its line.

    ``耕地面积达到下达任务的，得3.5分，否则不得分。本项满分3.5分。``: the title ends at the comma
    before the first ``得X分`` or rule; what follows, to the full marks, is the item's standard.
    """
    for comma in re.finditer(r"[，,]", content[:left]):
        rest = content[comma.end() : left]
        if EARNED.match(rest) or TAKE.match(rest) or NO_POINTS.match(rest):
            text = rest.strip(" ，,。；;：:")
            return (comma.start(), comma.end() + rest.index(text), text) if text else None
    return None


def _sequence_level(reader: Reader, stack: list[Item], number: str, level: int) -> int:
    """The level of ``2)`` when it goes on a sequence begun ``一)``.

    A copy may change the script of a sequence's numbers mid-way (一) 扶贫手册 · 2) 信息系统 ·
    3) 政策宣传). Only a number without its opening bracket, when no (1) sequence is open and it is the next
    number of the 一) sequence above it.
    """
    found = re.fullmatch(r"\s*(\d{1,2})[）)]\s*", number)
    if found is None or level != _PAREN_ARABIC or any(item.level == level for item in stack):
        return level
    heads = [index for index, item in enumerate(stack) if item.level == _PAREN_HAN]
    if not heads:
        return level
    siblings = stack[heads[-1] - 1].children if heads[-1] else reader.roots
    run = sum(1 for item in siblings if item.level == _PAREN_HAN)
    return _PAREN_HAN if int(found.group(1)) == run + 1 else level


def _article_in_part(stack: list[Item], level: int, points: float) -> int:
    """The level of an article with points under a part whose points have room for it.

    ``（一）领导班子建设（20分）`` · ``第一条认真抓好党委中心组学习（3分）``: the scoring standard numbers
    its parts and then its articles, which score the part (3 of its 20 points). An article opens
    a level of its own, above a part's, only where no part with room for it is open, or where
    an article is open already (the parts are then the article's).
    """
    if any(item.level == level for item in stack):
        return level
    for item in reversed(stack):
        if _ARTICLE_NUMBER.fullmatch(item.number or ""):
            return item.level  # the next article of the part
        if (
            item.level > level
            and item.points is not None
            and not item.standard  # a part with a standard of its own is an item, not a heading
            and room_of(item) >= points - 1e-9
        ):
            return item.level + 1
    return level


_ARTICLE_NUMBER = re.compile(
    r"第[一二三四五六七八九十百]+条(?:\s*[（(][一二三四五六七八九十]{1,3}[）)])?"
)


def _closing_points(content: str) -> tuple[float, int, int] | None:
    """The points that close an item's line when the points stated before add up to them.

    ``开展廉洁从业教育（1分）；开展任职廉政谈话（1分）。（2分）``: the item has 2 points; the
    span returned runs from the first points stated to the last, so the title ends before them.
    """
    found = list(POINTS_PAREN.finditer(content))
    if len(found) < 2:
        return None
    last = found[-1]
    if content[last.end() :].strip(" 。；;，,"):
        return None
    parts = sum(float(match.group(1)) for match in found[:-1])
    if abs(parts - float(last.group(1))) > 1e-9:
        return None
    return float(last.group(1)), found[0].start(), last.end()


_TOTAL_OF = re.compile(r"[，,]\s*(?:共|共计|合计|总计)\s*" + NUMBER + r"\s*分\s*(?=[。；;]?$)")


_FULL_MARKS = re.compile(
    r"(?<=[。；;，,])\s*(?:本项|该项|此项|单项)?满分(?:为|是)?\s*"
    + NUMBER
    + r"\s*分\s*(?:[（(][^（()）\n]{1,40}[）)]\s*)?[。；;]?\s*(?=$|[|｜])"
)
"""An item's full marks stated after its standard, closing its line or its cell (…。本项满分3.5分。),
a remark in brackets after them or not (…，满分2分（无高速公路管理责任的县区得平均分）。)."""
_SUMMED = re.compile(
    r"(?<=[。；;，,])\s*(?:合计|共计|总计)(?:为|是)?\s*" + NUMBER + r"\s*分\s*[。；;]?\s*$"
)
"""The total that closes a criterion scored by the parts it earns: ``…初稿计10分，…分别计5分。合计为20分。``."""


def _item_points(content: str) -> tuple[float, int, int] | None:
    """The points of a numbered line: ``（5分）``, a bare ``5分``, ``分值为10分`` or ``…的，得6分``."""
    head = COLON_POINTS.match(content)
    if head is not None:
        # 图书馆建设：5分根据…: the points after the colon that closes the title, its text after
        return float(head.group(2)), head.end(1), head.end()
    head = POINTS_COLON.match(content)
    if head is not None:
        # 免疫密度40分：春秋两季各占20分…: the points between the title and its colon
        return float(head.group(2)), head.end(1), head.end()
    points = points_in(content)
    stated = STATED.search(content)
    if stated is not None and (points is None or stated.start() <= points[1] < stated.end()):
        # 分值：50分 is the points with its label: the title ends before the label
        points = float(stated.group(1)), stated.start(), stated.end()
    if points is None and (total := _TOTAL_OF.search(content)) is not None:
        # 一、组织领导，共20分。: the heading's points, stated as its total
        points = float(total.group(1)), total.start(), total.end()
    full = _FULL_MARKS.search(content)
    if full is not None and (points is None or _in_standard(content, points[1])):
        # …，得2.3分；…。本项满分2.5分。: the full marks closing the line, not what a case earns;
        # …。每季度，根据工作开展情况得分（0.3分），满分1.2分。: nor the points of one period
        points = float(full.group(1)), full.start(), full.end()
    if points is None:
        points = _points_after_the_title(content)
    summed = _SUMMED.search(content)
    if summed is not None and points is not None and points[0] < float(summed.group(1)):
        # …初稿计10分，…审定稿分别计5分。合计为20分。: the parts earned add up to the total that
        # closes the line, the criterion's points; the first part's are not
        points = float(summed.group(1)), points[1], points[2]
    return points


def _points_after_the_title(content: str) -> tuple[float, int, int] | None:
    """The points of a numbered line that states none in the title's place (see `_item_points`).

    In turn: a bare figure between a criterion's first sentence and its remark, in a table run
    into one line (``1、建立并实施学习制度。 2 年底工作计划中有学习安排的得0.5分``: a 分值 cell);
    what a case earns (``…的，得6分``); a weight; points glued to the title; points cut into it.
    """
    after_stop = _FIGURE_AFTER_STOP.search(content)
    if after_stop is not None and content.find("。") == after_stop.start():
        return float(after_stop.group(1)), after_stop.start() + 1, after_stop.end()
    for pattern in (EARNED, WEIGHT):
        found = pattern.search(content)
        if found is not None:
            return float(found.group(1)), found.start(), found.end()
    return _glued_points(content) or _cut_in_points(content)


_FIGURE_AFTER_STOP = re.compile(
    r"。[ \t\u3000]+(\d{1,2}(?:\.\d+)?)[ \t\u3000]+"
    r"(?=[\u4e00-\u9fff])(?![个项次人家条名件篇期户所处万元分%％])"
)
"""A bare figure between spaces after a criterion's first sentence, its remark after it; not
a count (``。 2 个以上部门参与``)."""


def _in_standard(content: str, offset: int) -> bool:
    """Whether points at ``offset`` stand in an item's standard: after its first full stop.

    A semicolon may part a title's own words (耕地保有量；基本农田保护（7分）): only a 。 ends it.
    """
    stop = content.find("。")
    return stop >= 0 and stop < offset


_CUT_IN = re.compile(
    r"(?<=[\u4e00-\u9fff，,；;])" + NUMBER + r"\s*分"
    r"(?=[\u4e00-\u9fff])(?!钟|值|数|别|之|配|管|类|局|析|解|布|工|享|散|期|批|段|成|担|为|开|级|区|片|组|流|会|支|院|项|队|以[上下内]|基准|基础分|基本分)"
)


def _cut_in_points(content: str) -> tuple[float, int, int] | None:
    """Points printed inside an item's text, the only ones of its line: ``…编制或地0.5分方行政编制``.

    A PDF whose points column sits beside the content cuts the figure into the text where the
    column's line falls. Read only when the line states no other points, and not after a
    word that makes the figure a deduction, a bound or a count (扣 · 每 · 至 …), nor before one
    that makes it a bound on a score (在80分以下的，予以通报批评 · 90分以上 · 5分以内).
    """
    found = [
        match
        for match in _CUT_IN.finditer(content)
        if content[match.start() - 1] not in _NOT_GLUED_AFTER
        and not re.search(
            r"[每扣加减得记计奖罚]", content[max(0, match.start() - 4) : match.start()]
        )
    ]
    if len(found) != 1 or TAKE.search(content) or EARNED.search(content):
        return None
    match = found[0]
    return float(match.group(1)), match.start(), match.end()


# points glued to an item's text, closed by a stop, a comma, a space or an enumeration comma (any
# 、: the credits the item lists per piece may follow it, 在报刊发表宣传文章10分、国家级每份2分、
# 省级每份1分), or the text's end; or followed within twelve characters, no stop or comma between,
# by a rule (…10分未完成的扣2分)
_GLUED = re.compile(
    r"(?<=[\u4e00-\u9fff）)%％])" + NUMBER + r"\s*分(?=[，,、。；;\s]|$|[^，,。；;]{1,12}扣)"
)
_NOT_GLUED_AFTER = "扣加得减计为至到满共过于前后第少多占每分"
"""What before a number makes it a deduction, a bound or a count, not the item's points."""


_TAKEN_BEFORE = re.compile(r"[扣减]")
_TAKEN_WINDOW = 6


def _glued_points(content: str) -> tuple[float, int, int] | None:
    """Points written onto the end of an item's text: ``规章制度做到人手一册6分，每缺一项扣2分``."""
    for glued in _GLUED.finditer(content):
        before = content[max(0, glued.start() - 2) : glued.start()]
        if _TAKEN_BEFORE.search(content, max(0, glued.start() - _TAKEN_WINDOW), glued.start()):
            continue  # 扣除考核分1分: the points a fault takes, not the item's
        # 记 before a number scores it (记2分), but 登记 is a word of its own
        if before[-1] not in _NOT_GLUED_AFTER and (before[-1] != "记" or before == "登记"):
            return float(glued.group(1)), glued.start(), glued.end()
    return None


def _is_global(line: str) -> bool:
    """A line that speaks of the whole appraisal (bands, vetoes, quotas), not of one item.

    A veto among two or more deductions (``…扣1分；重大火灾取消评选资格；…超过6%的扣3分``) is
    one clause of an item's standard: the line stays the item's, and the veto is read from it.
    """
    if vetoes(line) and len(TAKE.findall(line)) < 2:
        return True
    return bool(BAND_ABOVE.search(line) or QUOTA.search(line))


# A table flattened with neither header nor numbers: each item's text ends with a full stop,
# then its points (。3分) and its standard, then the next item's text; a heading with its points
# glued to the next text (法律八进活动15分落实…) opens a group.
_TRAILING_POINTS = re.compile(r"(?<=[。；;])\s*(\d+(?:\.\d+)?)\s*分(?![值数钟\d）)])")
_GLUED_HEADING = re.compile(r"([^。；;，,、\d（(]{2,12}?)(\d+(?:\.\d+)?)分(?=[\u4e00-\u9fff])")


def read_trailing_points(reader: Reader, lines: list[tuple[int, str]]) -> None:
    """Read lines that hold several items with their points after their text (…。3分未…扣1分)."""
    for offset, line in lines:
        markers = list(_TRAILING_POINTS.finditer(line))
        if len(markers) >= 2:
            _read_trailing_line(reader, offset, line, markers)


def _read_trailing_line(
    reader: Reader, offset: int, line: str, markers: list[re.Match[str]]
) -> None:
    """Read one line of items with their points after their text, and the headings among them."""
    group: Item | None = None
    cursor = _after_spaced_header(line, markers[0].start())
    points_last = cursor > 0  # the header puts the 分值 column last: no standard after it
    rows: list[Item] = []
    spaced: list[tuple[Item, int]] = []  # headings set apart by spaces, where they stand
    headings = 0  # the line's own headings, set apart by spaces or not
    for number, marker in enumerate(markers):
        if marker.start() < cursor:
            continue
        start = cursor
        heading = _GLUED_HEADING.match(line, cursor) or _SPACED_HEADING.match(line, cursor)
        if heading is not None and heading.end() < marker.start():
            group = Item(
                0,
                clean_title(heading.group(1)),
                offset + start,
                offset + heading.end(),
                float(heading.group(2)),
            )
            if heading.re is _SPACED_HEADING:
                spaced.append((group, len(rows)))
            headings += 1
            reader.roots.append(group)
            start = heading.end()
        if _states_band(clean_title(line[start : marker.start()])):
            # 90分以上的为先进单位；80分以上的为合格单位: the points are the next band's edge
            cursor = marker.start()
            continue
        limit = markers[number + 1].start() if number + 1 < len(markers) else len(line)
        item, cursor = _trailing_row((offset, line), start, marker, limit, points_last=points_last)
        (group.children if group is not None else reader.roots).append(item)
        rows.append(item)
    if spaced and len(spaced) == headings:
        _fill_centred_groups(reader, rows, spaced)


def _trailing_row(
    numbered: tuple[int, str], start: int, marker: re.Match[str], limit: int, *, points_last: bool
) -> tuple[Item, int]:
    """The item of a row from ``start`` to its points ``marker``, and where the next row starts.

    ``numbered``: the line and its offset. The row's standard follows its points (up to
    ``limit``, the next row's points) unless ``points_last``: then a rule in brackets in its
    text is its standard.
    """
    offset, line = numbered
    title = clean_title(line[start : marker.start()])
    item = Item(1, title, offset + start, offset + marker.end(), float(marker.group(1)))
    rule = _bracketed_rule(line, start, marker.start()) if points_last else None
    if rule is not None:
        # the row's own standard in brackets in its text: …专题会议(缺 1 次扣 2 分,扣完为止)。
        item.title = clean_title(line[start : rule.start()])
        item.standard.append((offset + rule.start(1), rule.group(1)))
    cursor = marker.end()
    for sentence in re.finditer(r"[^。；;]+[。；;]?", line[cursor:limit]):
        if points_last or not STANDARD_WORDS.search(sentence.group()):
            break
        cursor = marker.end() + sentence.end()
    standard = line[marker.end() : cursor].strip()
    if standard:
        item.standard.append((offset + line.index(standard, marker.end()), standard))
    item.end = offset + cursor
    return item, cursor


_BRACKETED = re.compile(r"[（(]([^（()）]*)[）)]")
_BRACKET_TAKES = re.compile(r"(?:扣|减)\s*\d+(?:\.\d+)?\s*分")


def _bracketed_rule(line: str, start: int, end: int) -> re.Match[str] | None:
    """The first rule in brackets between ``start`` and ``end``: ``(缺 1 次扣 2 分,扣完为止)``.

    Each bracket is read once and then searched for what it takes, so an unclosed one before a
    long text of rules costs one pass.
    """
    for bracket in _BRACKETED.finditer(line, start, end):
        if _BRACKET_TAKES.search(bracket.group(1)):
            return bracket
    return None


_SPACED_HEADING = re.compile(
    r"\s*((?:[\u4e00-\u9fff][ \u3000]?){2,12}?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)][ \u3000]+"
    r"(?=[\u4e00-\u9fff])"
)
"""A group's name and points set apart by spaces before a row's text: ``组 织 领 导 (20 分) 建立…``."""


def _spaceable(*words: str) -> str:
    """A pattern of any of ``words``, as printed or letter-spaced as a word of its own (``分 值``)."""
    spaced = ["[ \u3000]".join(word) for word in words]
    return "(?:" + "|".join(words) + "|(?<!\\S)(?:" + "|".join(spaced) + "))"


_SPACED_HEADER = re.compile(
    rf"{_spaceable('考核项目', '考评项目', '评分项目', '项目')}\s+[^。；;]{{0,16}}?"
    rf"{_spaceable('分值', '标准分')}(?:\s+{_spaceable('得分', '备注', '自评分')})*\s+"
)
"""A table's header with its words set apart by spaces: ``考核项目 评分内容及标准 分值 得分``, its
words as printed or letter-spaced (``考 核 项 目 评分内容及标准 分 值 得 分``)."""


def _after_spaced_header(line: str, first: int) -> int:
    """Where the first row starts: after a header set apart by spaces before the first points.

    Its 分值 column comes after the content's (考核项目 评分内容及标准 分值 得分), so a row's text
    and standard come before its points. No header: 0.
    """
    headers = list(_SPACED_HEADER.finditer(line, 0, first))
    return headers[-1].end() if headers else 0


def _fill_centred_groups(reader: Reader, rows: list[Item], spaced: list[tuple[Item, int]]) -> None:
    """Give each group the rows its points take, when its name stands among them.

    A table copied from a PDF prints a group's merged cell in the middle of its rows
    (``…。 2 分 组 织 领 导 (20 分) 建立…``): the rows before its name are its own too. In
    order, each group takes the rows whose points add up to its own, when every group's do and
    its name stands among its rows (or before them); otherwise the rows stay as read.
    """
    groups = [group for group, _ in spaced]
    parts: list[list[Item]] = []
    at = 0
    for group, before in spaced:
        taken: list[Item] = []
        total = 0.0
        while at < len(rows) and total < (group.points or 0.0) - 1e-9:
            taken.append(rows[at])
            total += rows[at].points or 0.0
            at += 1
        if abs(total - (group.points or 0.0)) > 1e-9 or before > at:
            return
        parts.append(taken)
    if at != len(rows):
        return
    for group, taken in zip(groups, parts, strict=True):
        group.children = taken
    # the rows now under their groups leave the top level; the other lines' items stay
    moved = {id(row) for row in rows}
    reader.roots = [root for root in reader.roots if id(root) not in moved]


_SCORE_EDGE = re.compile(
    r"(?:得分|总分|分数)[^。；;，,\d]{0,4}\d+(?:\.\d+)?\s*分\s*(?:[（(]含[^）)]{0,6}[）)])?\s*以[上下]"
    r"|(?<![\d.])\d+(?:\.\d+)?\s*分\s*(?:[（(]含[^）)]{0,6}[）)]\s*以[上下]|以[上下]的?为)"
)


_NAMES_GRADE = re.compile(
    r"(?:为|评为|定为|确定为|列为|即为|属于)[“\"「]?[\u4e00-\u9fff]{0,4}?(?:"
    + "|".join(sorted(GRADE_IDS, key=len, reverse=True))
    + ")"
)
"""The grade a band names (…的为先进单位, 评为优秀)."""


def _states_band(text: str) -> bool:
    """Whether a clause states a grade band (90分以上的为优秀 · 得分在90分以上的为合格单位).

    Its points are a score's edge, never an item's. A score's edge that names no grade after it
    (测评得分在90分以上) is an item's target, and the item stays.
    """
    edge = _SCORE_EDGE.search(text)
    if edge is not None and _NAMES_GRADE.search(text, edge.end()) is not None:
        return True
    return any(band.search(text) for band in (BAND_ABOVE, BAND_BELOW, BAND_RANGE))


_SCORED = re.compile(r"[^。]*?[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]")


def split_scored_sentences(items: list[Item]) -> None:
    """An item whose standard is sentences that each state points adding up to its own: sub-items.

    ``领导重视(7分) 法治宣传教育工作摆上重要议事日程(1.5分)。 …(1.5分)。 …(2分)。 …(1分)。
    …(1分)。``: each sentence is a sub-item without a number, with its points. Rules may follow
    the last scored sentence when each closes with its points (``…齐全规范(2分)。…公示(2分)。
    因材料上报不及时的，每出现一例扣0.5分。``): they stay the item's standard, and the sub-items
    are the sentences before them. A standard whose rules stand among the scored sentences, or
    whose points run on into words (``…(30分)实际利用外资…``) or close a sentence of the item's
    own title (``…活动。(1分)``), stays the item's. A standard of several lines, each one such
    sentence (``政治立场坚定。(6分)`` · ``坚持学习。(4分)``), is read by ``_scored_lines``.
    """
    for item in items:
        split_scored_sentences(item.children)
        if item.children or item.points is None:
            continue
        if len(item.standard) >= 2 and (lines := _scored_lines(item)) is not None:
            item.children, item.standard = lines, []
            continue
        if len(item.standard) != 1:
            continue
        offset, text = item.standard[0]
        if text.count("分") < 2:
            continue
        found = list(_scored_sentences(text))
        if not found:
            continue
        scored, tail = text[: found[-1].end()], text[found[-1].end() :]
        if _RULE_WORD.search(scored) or _BRACKET_POINTS.search(tail):
            continue
        if _RULE_WORD.search(tail) and not all(
            _SENTENCE_CLOSED.match(text, match.end()) for match in found
        ):
            continue  # points run on into words (…(30分)实际利用…): no sentences of their own
        pieces = [_scored_piece(item, offset, match) for match in found]
        if (
            len(pieces) >= 2
            and all(len(piece.title) >= 2 for piece in pieces)
            and abs(sum(piece.points or 0 for piece in pieces) - item.points) < 1e-9
        ):
            item.children = pieces
            rules = tail.lstrip("。；;，, \t")
            # the rules after the scored sentences stay the item's standard
            item.standard = [(offset + len(text) - len(rules), rules)] if rules.strip() else []


_SCORED_LINE = re.compile(
    # the words end on a letter that is no space, so that a run of spaces is taken whole once
    r"\s*(?P<words>[^（()）。；;\s][^（()）。；;]*[^（()）。；;\s])\s*[。；;]?\s*"
    r"[（(]\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*[）)]\s*[。；;]?\s*"
)
"""A line that is one sentence closing on its points in brackets, after its stop or before it:
``政治立场坚定,热爱执法事业。(6分)`` · ``坚持学习,按时参加理论学习(4分)``."""


def _scored_lines(item: Item) -> list[Item] | None:
    """The criteria of an item whose standard is lines that are each one scored sentence, if so.

    An appraisal may print a part's criteria without numbers, a sentence a line, each closing on
    its points in brackets (``一、政治素质(10分)`` · ``政治立场坚定,热爱执法事业。(6分)`` · ``坚持
    学习。(4分)``): each line is a criterion with its points, when every line of the standard is
    one, none states a rule (扣 · 不得分 …) and their points add up to the part's. Otherwise
    ``None``: the lines stay the part's standard.
    """
    pieces: list[Item] = []
    for offset, text in item.standard:
        found = _SCORED_LINE.fullmatch(text)
        if found is None or _RULE_WORD.search(found.group("words")):
            return None
        pieces.append(
            Item(
                level=item.level + 1,
                title=list_part(found.group("words").strip()),
                start=offset + found.start("words"),
                end=offset + len(text.rstrip()),
                points=float(found.group("points")),
                section=item.section,
            )
        )
    if abs(sum(piece.points or 0 for piece in pieces) - (item.points or 0)) >= 1e-9:
        return None
    return pieces


_CLAUSE_STOP = re.compile(r"[。；;]")
_NO_PART_HERE = re.compile(
    r"^[\s。；;，,]*(?:\d{1,2}\s*[、.．]|\d{1,2}[-－]\d{1,2}(?!\d)|[（(]?[一二三四五六七八九十]{1,3}[、）)]"
    r"|[（(]\d{1,2}[）)])"
    r"|\s\d{1,3}(?:\.\d+)?\s"
)
"""What a part never opens with or holds: an item's number (``1、建立…``, ``2-1开展…``), or a bare figure
between spaces, a flattened table's cell (``资料审核 2 宣传培训``)."""


def split_scored_parts_among_rules(items: list[Item], room: float | None = None) -> None:
    """An item whose standard is parts that each state points, each followed by its rules.

    ``社会治安综合治理(20分)。群体性事件方面(5分)。每发生一次…扣5分。群众上访方面(10分)。个访1次扣2分,
    扣完为止。调解工作(5分)。``: each sentence closed by its bracketed points is a sub-item
    without a number, and the rules after it, up to the next, its standard. Only when the parts
    add up to the item's points, rules stand between every two of them and no part's words state
    a rule; parts whose points run on into their rule (``…不低于10%(1分),未纳入…均不计分;``)
    stay the item's standard. An item whose own points are followed by its rules, then by
    clauses with points of their own each followed by theirs (``…卫生保洁到位(0.75分),…扣0.1分;
    垃圾箱…完好(0.75分),设施损坏一处扣0.05分``), heads them: its own words and points are the first,
    so long as the points so added still fit the points ``room`` of the item above left to these
    ``items`` (a clause scored after a rule that would take them over is the rule's, not a part).
    """
    for item in items:
        split_scored_parts_among_rules(item.children, item.points)
        if item.children or item.points is None or len(item.standard) != 1:
            continue
        offset, text = item.standard[0]
        found = _parts_among_rules(text, item.points)
        if found is None:
            continue
        own = found[0][1] == 0  # the item's own rules before its first part: the item heads them
        if own and _overflows(items, item, found, room):
            continue  # more than the item above holds: the clauses stay the item's rules
        pieces = [_own_part(item, offset, text[: found[1][0]])] if own else []
        for index, (start, end, points) in enumerate(found):
            if start == end:
                continue  # the item's own words and points, read above
            part = text[start:end]
            title = _BRACKET_POINTS.sub("", part).strip("。；;，, \t")
            if len(title) < 2:
                break
            after = found[index + 1][0] if index + 1 < len(found) else len(text)
            at = offset + start + part.index(title)
            piece = Item(item.level + 1, list_part(title), at, offset + end, points, item.section)
            kept = text[end:after].lstrip("。；;，, \t")
            if kept.strip():
                piece.standard = [(offset + after - len(kept), kept)]
            pieces.append(piece)
        else:
            item.children, item.standard = pieces, []
            if own:
                item.points = None


def _overflows(
    items: list[Item], item: Item, found: list[tuple[int, int, float]], room: float | None
) -> bool:
    """Whether ``item`` heading its scored clauses ``found`` takes its siblings over ``room``."""
    if room is None or item.points is None:
        return False
    taken = sum(other.points or 0.0 for other in items if other is not item)
    return taken + item.points + sum(points for _, _, points in found[1:]) > room + 1e-9


def _parts_among_rules(text: str, points: float) -> list[tuple[int, int, float]] | None:
    """The scored clauses of an item's standard that are its parts, each followed by its rules.

    ``None`` when they are not: one clause (with no rules of the item's own before it), words
    before the first, no rules between two of them, a clause that states a rule, opens with a
    number or holds a table's cell, or parts without rules before them that do not add up to
    ``points`` or run on into a rule. When the item's own rules come first, the clauses are
    returned with an empty clause at 0 for the item's own words.
    """
    found = list(_scored_clauses(text))
    head = text[: found[0][0]] if found else ""
    # the item's own points may be its first part's, its rules before the next part's
    # (…卫生保洁到位(0.75分),…扣0.1分;垃圾箱…完好(0.75分),…扣0.05分)
    own = bool(found) and _RULE_WORD.search(head) is not None
    if len(found) < (1 if own else 2) or (not own and head.strip("。；;，, \t")):
        return None
    gaps = [text[end:start] for (_, end, _), (start, _, _) in itertools.pairwise(found)]
    if not all(_RULE_WORD.search(gap) for gap in gaps):
        return None  # no rules between the parts: split_scored_sentences' printing, or none
    words = [text[start:end] for start, end, _ in found]
    if any(_RULE_WORD.search(part) or _NO_PART_HERE.search(part) for part in words):
        return None  # a rule, a numbered item or a table's cells: no part of the item
    if own:
        return [(0, 0, points), *found]
    if abs(sum(figure for _, _, figure in found) - points) >= 1e-9 or not all(
        _SENTENCE_CLOSED.match(text, end) for _, end, _ in found
    ):
        return None  # parts that do not add up, or run on into a rule (…(1分),未纳入…不计分)
    return found


def _own_part(item: Item, offset: int, head: str) -> Item:
    """An item's own words and points as its first part, the rules after them its standard."""
    first = Item(item.level + 1, item.title, item.start, item.end, item.points, item.section)
    kept = head.lstrip("。；;，, \t")
    first.standard = [(offset + len(head) - len(kept), kept)]
    return first


def _scored_clauses(text: str) -> Iterator[tuple[int, int, float]]:
    """Each clause of ``text`` that closes on bracketed points: its start, end and points.

    A clause starts after the stop (。；;) before its points, or after the points before it.
    """
    previous = 0
    for points in _BRACKET_POINTS.finditer(text):
        stops = list(_CLAUSE_STOP.finditer(text, previous, points.start()))
        start = stops[-1].end() if stops else previous
        figure = re.search(r"\d+(?:\.\d+)?", points.group())
        if figure is not None:
            yield start, points.end(), float(figure.group())
        previous = points.end()


def _scored_sentences(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_SCORED`` in ``text``, as ``finditer`` gives them, in linear time.

    Each starts after the match before it, or after the last 。 before its points: tried at every
    character, the lazy pattern would read on to the end of a long text without points each time.
    """
    previous = 0
    for points in _BRACKET_POINTS.finditer(text):
        stop = text.rfind("。", previous, points.start())
        found = _SCORED.match(text, stop + 1 if stop >= 0 else previous)
        if found is not None:
            yield found
        previous = points.end()


_BRACKET_POINTS = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]")
_SENTENCE_CLOSED = re.compile(r"\s*(?:[。；;]|$)")
"""A scored sentence closed by its points: a stop (or the text's end) right after them."""
_CELL_GAP = re.compile(r"(?<!\s)\s{1,2}(?!\s)")


def _scored_piece(item: Item, offset: int, found: re.Match[str]) -> Item:
    """One scored sentence as a sub-item: its words after the cell before it, with its points."""
    words = found.group()[: found.start(1) - found.start()].rstrip("（( \t")
    words = words.lstrip("。；;，, \t")
    # a flattened table puts the cell before (考核方法) in front, set apart by a space; a wider
    # gap is a sharing site's page break joined back, inside the sentence
    cells = _CELL_GAP.split(words.strip())
    last = cells[-1] if cells else words
    title = last if len(last) >= 4 else words.strip()
    start = offset + found.start() + found.group().index(title) if title else offset + found.start()
    return Item(
        level=item.level + 1,
        title=list_part(title),
        start=start,
        end=offset + found.end(),
        points=float(found.group(1)),
        section=item.section,
    )


_SENTENCE = re.compile(r"[^。]+。?")
_CLAUSE = re.compile(r"[^。；;]+[。；;]?")


def _sentences(pattern: re.Pattern[str], offset: int, text: str) -> list[tuple[int, str]]:
    """The sentences (or clauses) of a text that hold words, with where each starts."""
    found = [(offset + part.start(), part.group()) for part in pattern.finditer(text)]
    return [(at, sentence) for at, sentence in found if sentence.strip()]


def spread_block_standards(items: list[Item]) -> None:
    """A group's merged standard cell, read after its last item, given back to each item in turn.

    A flattened table lists a group's items, then the one cell of standards beside them: one
    sentence of rules for each item, in the items' order (``1…(3分)2…(4分)3…(2分)未梳理…扣1分。
    未分解…扣1分。未建立…不得分。``). When the last item's standard has as many sentences (or
    else clauses, split at ；) as the group has items, each stating a rule and sharing words with
    its item's title, each goes to its item.
    """
    for item in items:
        spread_block_standards(item.children)
        kids = item.children
        if len(kids) < 2 or any(kid.standard or kid.children for kid in kids[:-1]):
            continue
        if len(kids[-1].standard) != 1 or any(_RULE_WORD.search(kid.title) for kid in kids):
            continue  # an item whose line states its own rule waits for no cell of standards
        offset, text = kids[-1].standard[0]
        sentences = _sentences(_SENTENCE, offset, text)
        if len(sentences) != len(kids):
            sentences = _sentences(_CLAUSE, offset, text)
        if len(sentences) != len(kids) or not all(
            _RULE_WORD.search(sentence) and _shares_words(kid.title, sentence)
            for kid, (_, sentence) in zip(kids, sentences, strict=True)
        ):
            continue
        for kid, (at, sentence) in zip(kids, sentences, strict=True):
            stripped = sentence.strip()
            kid.standard = [(at + sentence.index(stripped), stripped)]


_NUMBERED_CLAUSE = re.compile(r"[|｜\s]*(\d{1,2})\s*(?:[、．]|\.(?!\d))\s*")
"""A line of a standards cell opened by its item's number: ``2、…每起扣5分``."""


def spread_numbered_standards(items: list[Item]) -> None:
    """A group's cell of deductions numbered to match its items, given to each item by number.

    A table copied one cell a line lists a group's items with their points in one cell
    (``1、依法办理公证事项;(5分)`` ``2、…(10分)``), then its deductions in the next cell, numbered
    the same way (``1、…每查实一起扣2分;`` ``2、…每起扣5分;``): the numbered lines land on the
    group, after its items. When they are numbered 1, 2, … in turn, each states a rule and the
    items hold no standard of their own, line ``n`` (and the unnumbered lines after it) goes to
    item ``n``; a line numbered past the last item stays the group's.
    """
    for item in items:
        spread_numbered_standards(item.children)
        kids = item.children
        if len(kids) < 2 or any(kid.standard or kid.children for kid in kids):
            continue
        after = [entry for entry in item.standard if entry[0] > kids[-1].start]
        blocks: list[list[tuple[int, str]]] = []
        for offset, text in after:
            number = _NUMBERED_CLAUSE.match(text)
            if number is not None and int(number.group(1)) == len(blocks) + 1:
                cut = number.end()
                blocks.append([(offset + cut, text[cut:])])
            elif blocks and find_marker(text) is None:
                blocks[-1].append((offset, text))
            else:
                blocks = []
                break
        if len(blocks) < 2 or not all(
            any(_RULE_WORD.search(text) for _, text in block) for block in blocks
        ):
            continue
        for kid, block in zip(kids, blocks, strict=False):
            kid.standard = block
        before = [entry for entry in item.standard if entry[0] <= kids[-1].start]
        item.standard = before + [entry for block in blocks[len(kids) :] for entry in block]


def _shares_words(title: str, sentence: str) -> bool:
    """Whether two texts share a pair of characters in a row (执法, 职权)."""
    pairs = {title[index : index + 2] for index in range(len(title) - 1)}
    return any(sentence[index : index + 2] in pairs for index in range(len(sentence) - 1))
