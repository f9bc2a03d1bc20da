"""Labelled fields inside lines: ``牵头单位：…`` ``（责任单位：…；完成时限：…）`` ``〔责任单位：…〕``.

A field line starts with a label; an inline field sits at the end of a line, bare or in brackets.
What is not a field is running text, returned as ranges for the other readers.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from rulegov.model import Role, UnitLevel
from rulegov.parse._units import (
    FIELD_LABEL,
    JOIN_MARKS,
    ROLE_MARKER,
    ROLE_MARKERS,
    head_of_unit,
    joins_at,
    whole_name,
)
from rulegov.parse._vocab import (
    ASSIGNMENT_LABELS,
    COLLECTIVE_OPENINGS,
    FIELD_NAMED_ENDS,
    GUIDE_LABEL,
    GUIDE_WORDS,
    JOINT_LEAD_WORD,
    JOINT_WORK_WORDS,
    LEAD_STARS,
    MORE_NAME_ENDS,
    MORE_NAME_WORDS,
    PEOPLE_AFTER_ROLE,
    PERSON_LABELS,
    PERSON_TITLES,
    PLACE_ENDS,
    ROLE_LABELS,
    ROLE_QUALIFIERS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SENTENCE_DIVISION_OPENER,
    STAGE_NOTE,
    TIME_LABELS,
    TOWNSHIP_ENDS,
    UNIT_COLUMN_ENDS,
    UNIT_ENDS,
    UNIT_LEVEL_OPENINGS,
    UNIT_REMARK,
    UNIT_REMARK_OPENINGS,
)

__all__ = [
    "Field",
    "division_line",
    "names_before_colon",
    "names_before_duty",
    "names_units_only",
    "organs_only",
    "says_when",
    "spaced_labels",
    "split_fields",
]

_OPENERS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_OPENER = re.compile("[" + re.escape("".join(_OPENERS)) + "]")
# each opening bracket and its closing one, to find a bracket's close without reading every
# character in Python
_PAIR = {
    opener: re.compile(f"[{re.escape(opener + closer)}]") for opener, closer in _OPENERS.items()
}
# what parts a list of units: (区司法局牵头,各镇配合), and the value of a field (区司法局,6月底前)
_PART_ENDS = re.compile("[,;。]")
_LIST_STOPS = re.compile("[,;]")
_LIST_MARKS = re.compile("[、,]")  # between the names of a field's list
_NAME_TAIL = re.compile(r"(?:等|\([^()]{1,8}\))$")
_CUT_OPEN = re.compile(r"。[(〔\[【]")  # a bracket of units that opens after a sentence
# Labels that read as a field only at the start of a line or of a bracket, after a ; or a
# space: elsewhere they are words of the text (党政主要负责人：…, 牵头:…): the role labels of two
# characters (牵头, 责任, 配合) and the labels of people.
_SHORT_LABELS = frozenset({*(label for label in ROLE_LABELS if len(label) == 2), *PERSON_LABELS})
_TRAILING = " \t;,。、"  # a tab between two cells a line holds (责任单位:X\t完成时限:Y) too
# a label of some other field after a unit list: a separator, a few words, a colon
# (not a unit's name before a colon: 区公安分局:各镇)
_OTHER_LABEL = re.compile(r"[,;][^,;:、()]{1,5}[^,;:、()" + "".join(sorted(UNIT_ENDS)) + r"]:")
# 部门分工:省发展改革委牵头,各地、各部门配合。 at the start of a line or of a bracket
_ASSIGNMENT = re.compile(r"[(〔\[【]?(?:" + "|".join(ASSIGNMENT_LABELS) + r"):")
# 责任部门:省环保厅、省工信委牵头,省发改委等配合。 a responsible label over a division of work
_RESPONSIBLE_LABEL = re.compile(
    r"[(〔\[【]?(?:"
    + "|".join(
        sorted(
            (label for label, role in ROLE_LABELS.items() if role is Role.RESPONSIBLE),
            key=len,
            reverse=True,
        )
    )
    + r"):"
)
_NAMING_ROLES = frozenset({Role.LEAD, Role.COOPERATING})
# 参加 after those who attend; and the labels of the units that lead or answer for the work,
# after which a bracket's 参加 names cooperating units (市发展改革委牵头,市教育局参加)
_ATTEND_WORD = "参加"
_SENTENCE_ENDS = "。;!?"  # after one, a label in square brackets opens the fields of a line
_NAMING_LABELS = frozenset({ROLE_WORDS[Role.LEAD], ROLE_WORDS[Role.RESPONSIBLE]})
# a role or time label in square brackets standing for one before a colon: 【牵头单位】区发改局
_BRACKETED_LABEL = re.compile(
    "【(?:" + "|".join(sorted((*ROLE_LABELS, *TIME_LABELS), key=len, reverse=True)) + ")】"
)


@attrs.frozen(slots=True)
class Field:
    """A label and its value, as ranges of a normalised line."""

    label: str
    begin: int
    end: int
    label_begin: int
    bare: bool = False
    """Whether no role word names the field: a bracket of names alone (…。(省委宣传部、省法制办))."""
    leading: bool = False
    """Whether the field is a bracket that opens the item's text (【区司法局】推进…), not one after it."""
    cut: bool = False
    """Whether the end of the text cut the field's role word off: its label is the likeliest role."""


def _closing(text: str, position: int, opener: str) -> int:
    """Index of the bracket closing the one at ``position``, or -1."""
    depth = 0
    for bracket in _PAIR[opener].finditer(text, position):
        if bracket.group() == opener:
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return bracket.start()
    return -1


def split_fields(
    text: str, begin: int = 0, *, cut: bool = False
) -> tuple[list[tuple[int, int]], list[Field]]:
    """Split a normalised line into running-text ranges and labelled fields.

    Fields are labelled (``牵头单位:区司法局``) or, in brackets that end the line, named by the
    words after the units (``(区司法局牵头,各镇按职责分工负责)``).

    Examples:
        >>> text = "完成清理。(区司法局牵头,各部门及各镇按职责分工负责)"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['完成清理。'], [('牵头单位', '区司法局'), ('责任单位', '各部门'), ('责任单位', '各镇')])

    ``cut`` says that the text ends with the line: a bracket of units it cuts before its close
    (``完成清理。(区司法局、区法`` ) is read as far as it goes.

    A label printed in square brackets instead of before a colon (``【责任单位】区政务服务中心``)
    is read as the label where it opens the line or follows a sentence's end, and so is every
    label after it (``【牵头单位】县发改局【配合单位】县财政局``); inside a sentence
    (``落实【责任单位】制度``) it is the sentence's words.
    """
    labels = _bracketed_labels(text, begin)
    if not labels:
        return _split_fields(text, begin, cut=cut)
    pieces: list[str] = []
    cursor = begin
    for at, close in labels:  # 【责任单位】 -> ;责任单位: of the same length: the ranges stay
        pieces.extend((text[cursor:at], ";", text[at + 1 : close], ":"))
        cursor = close + 1
    text = text[:begin] + "".join(pieces) + text[cursor:]
    ranges, fields = _split_fields(text, begin, cut=cut)
    opened = {at for at, _ in labels}
    kept = [
        (first, last - 1 if last - 1 in opened else last)
        for first, last in ranges
        if first not in opened or last - first > 1
    ]
    return [(first, last) for first, last in kept if last > first], fields


def _bracketed_labels(text: str, begin: int) -> list[tuple[int, int]]:
    """Where the labels in square brackets of a line open and close, read as labels.

    The first must open the line or follow a sentence's end; every one after it is read too.
    """
    found: list[tuple[int, int]] = []
    opening = len(text) - len(text[begin:].lstrip())
    for label in _BRACKETED_LABEL.finditer(text, begin):
        at = label.start()
        if found or at == opening or text[at - 1] in _SENTENCE_ENDS:
            found.append((at, label.end() - 1))
    return found


def _leading_bracket(text: str, begin: int) -> tuple[int, list[Field]] | None:
    """Where the text goes on after a bracket of units and their roles that opens it, and its fields.

    A plan may print an item's units before its text instead of after it
    (``(区司法局牵头,区法院配合)加强普法。``), in any of the genre's brackets.

    Examples:
        >>> text = "〔区司法局牵头,区法院配合〕加强普法。"
        >>> after, fields = _leading_bracket(text, 0) or (0, [])
        >>> text[after:], [(f.label, text[f.begin : f.end]) for f in fields]
        ('加强普法。', [('牵头单位', '区司法局'), ('配合单位', '区法院')])
    """
    opener = text[begin] if begin < len(text) else ""
    if opener not in _OPENERS:
        return None
    close = _closing(text, begin, opener)
    if close < 0 or close + 1 >= len(text):
        return None  # a bracket that is the whole line is read as one after a task
    fields = _units_by_role(text, begin + 1, close)
    # each name opens as a unit's does (司法局 opens as none), and none holds a word of a sentence,
    # a time, a remark or a long bracket of its own: neither check holds the other
    if (
        fields is None
        and names_units_only(text, begin + 1, close)
        and _bare_names(text[begin + 1 : close])
    ):
        # 【区司法局、区财政局】推进…: the names alone, before the text, are the responsible units
        fields = [
            Field(
                ROLE_WORDS[Role.RESPONSIBLE], begin + 1, close, begin + 1, bare=True, leading=True
            )
        ]
    return None if fields is None else (close + 1, fields)


def _split_fields(
    text: str, begin: int = 0, *, cut: bool = False
) -> tuple[list[tuple[int, int]], list[Field]]:
    """Split a normalised line into running-text ranges and labelled fields (see split_fields)."""
    units: list[Field] = []
    while (leading := _leading_bracket(text, begin)) is not None:
        begin, bracketed = leading  # brackets one after another: each read once, none nested
        units.extend(bracketed)
    if units:
        ranges, fields = _split_fields(text, begin, cut=cut)
        return ranges, [*units, *fields]
    assigned = _assignment_fields(text, begin) or _division_after_sentence(text, begin)
    if assigned is not None:
        return assigned
    ranges, fields = _labelled_fields(text, begin)
    timed = _roles_before_time(text, ranges, fields)
    if timed is not None:
        return timed
    if ranges and not fields:
        first, last = ranges[-1]
        found = (
            _role_suffixes(text, first, last)
            or _role_sentence(text, first, last)
            or _names_bracket(text, first, last)
            or _names_after_dash(text, first, last)
        )
        if found is not None:
            opened, suffixed = found
            ranges[-1] = (first, opened)
            if opened == first:
                ranges.pop()
            fields.extend(suffixed)
        elif cut:
            ranges, fields = _cut_bracket(text, ranges)
        ranges = _without_inner_brackets(text, ranges, fields)
    if not fields:
        fields = [found for first, last in ranges for found in _sentence_fields(text, first, last)]
    return ranges, fields


_LONGEST_NAMES_BEFORE_COLON = 40  # 区发改委、区财政局:…: the names a line opens with
_NAME_OPENINGS = (*UNIT_LEVEL_OPENINGS, *COLLECTIVE_OPENINGS)


def names_before_colon(text: str, begin: int) -> Field | None:
    """The units an item's text opens with, before a colon: ``区发改委、区财政局:做好…``.

    A plan that hands each item to its units may print them first, as the item's opening words;
    each name opens as a unit's does (区, 市, 各…) and ends as one (…委, …局, 各镇(街道)).

    Examples:
        >>> text = "区发改委、区财政局:做好财政收入组织工作。"
        >>> found = names_before_colon(text, 0)
        >>> found.label, text[found.begin : found.end]
        ('责任单位', '区发改委、区财政局')
        >>> names_before_colon("加强组织领导:成立领导小组。", 0) is None
        True
    """
    colon = text.find(":", begin, begin + _LONGEST_NAMES_BEFORE_COLON)
    if colon <= begin or not names_units_only(text, begin, colon):
        return None
    return Field(ROLE_WORDS[Role.RESPONSIBLE], begin, colon, begin)


_DUTY_WORDS = (
    ("牵头", Role.LEAD),
    *((word, Role.RESPONSIBLE) for word in ("负责", "要", "应", "必须", "须")),
)
_NOT_DUTIES = ("要求", "负责同志", "负责人", "应急")  # 区政府要求各镇…: the others do the work
# 各镇(街道), 各乡镇: the one name for several units a subject may give, the townships below
_EACH_TOWNSHIP = re.compile(r"各(?:乡镇|镇|乡|街道)(?:\((?:乡镇|镇|乡|街道)\))?")
# 省, 市, 区, 县: the bodies of a place whose plan hands them its work (national organs such as
# 国务院 are the subjects of rules and opinions that state duties, not of a plan's tasks)
_LOCAL_OPENINGS = tuple(
    opening for opening, level in UNIT_LEVEL_OPENINGS.items() if level is not UnitLevel.NATIONAL
)


def names_before_duty(text: str, begin: int) -> Field | None:
    """The units a task's sentence opens with as its subject, before the duty they carry.

    ``区司法局、区法院要加强…`` and ``各镇(街道)、区直各部门要…`` name the units responsible for the
    work; ``区发改局牵头推进…`` names the lead. The subject is names of units and no more
    (`names_units_only`), each a body's own name: a subject for everyone (各级各部门要…,
    各地区、各有关部门要…) or a body named by its field of work (区民政部门应…) names no unit of
    the task. Of the names for several units at once, only the townships' (各镇(街道)) is one,
    and a list's own (区直各部门).

    Examples:
        >>> text = "区司法局、区法院要加强普法宣传。"
        >>> found = names_before_duty(text, 0)
        >>> found.label, text[found.begin : found.end]
        ('责任单位', '区司法局、区法院')
        >>> names_before_duty("各级各部门要加强普法宣传。", 0) is None
        True
        >>> names_before_duty("区政府要求各镇加强普法。", 0) is None
        True
    """
    while begin < len(text) and text[begin] == " ":
        begin += 1
    reach = min(len(text), begin + _LONGEST_NAMES_BEFORE_COLON + 1)
    for word, role in _DUTY_WORDS:
        at = text.find(word, begin + 2, reach)
        while at >= 0:
            if text.startswith(_NOT_DUTIES, at):
                break
            if names_units_only(text, begin, at):
                names = re.split("[、及和]", text[begin:at])
                own = all(_own_name(name) for name in names) and not _other_subject(text, at)
                return Field(ROLE_WORDS[role], begin, at, begin) if own else None
            at = text.find(word, at + 1, reach)
    return None


# a clause of the same sentence that opens with another body and its duty: ,市县级文物主管部门要…
_OTHER_SUBJECT = re.compile(
    "[,;]([^,;。]{2,20}?)(?:" + "|".join(word for word, _ in _DUTY_WORDS) + ")"
)


def _other_subject(text: str, after: int) -> bool:
    """Whether the sentence goes on to hand a part of the work to another body (…,Y要…).

    ``国家文物局要履行统筹协调职责,省级文物主管部门要发挥…作用``: the sentence shares the work
    out among its subjects, and the first is no more the task's unit than the others.
    """
    stop = text.find("。", after)
    for clause in _OTHER_SUBJECT.finditer(text, after, len(text) if stop < 0 else stop):
        if _ends_as_unit(clause.group(1), 0, len(clause.group(1))):
            return True
    return False


def _own_name(name: str) -> bool:
    """Whether a subject's name is a local body's own (区司法局, 各镇(街道), 区直各部门).

    Examples:
        >>> [_own_name(n) for n in ("区司法局", "各镇(街道)", "区直各部门", "各区", "区民政部门")]
        [True, True, True, False, False]
        >>> _own_name("国务院办公厅")
        False
    """
    if name.startswith(COLLECTIVE_OPENINGS):
        return _EACH_TOWNSHIP.fullmatch(name) is not None
    return name.startswith(_LOCAL_OPENINGS) and (
        "各" in name or not name.endswith(FIELD_NAMED_ENDS)
    )


def names_units_only(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` is names of units and no more, each opening as one does.

    Examples:
        >>> names_units_only("市农业农村局、各镇(街道)", 0, 13), names_units_only("市县两级", 0, 4)
        (True, False)
    """
    if end - begin < 2 or end - begin > _LONGEST_NAMES_BEFORE_COLON:
        return False
    if any(mark in text[begin:end] for mark in ",;:。“”《》"):
        return False
    names = [name for part in re.split("[、及]", text[begin:end]) for name in _joined_names(part)]
    return all(
        name.startswith(_NAME_OPENINGS) and _ends_as_unit(name, 0, len(name)) and _names_organ(name)
        for name in names
    )


def _joined_names(part: str) -> list[str]:
    """The names ``part`` holds: two joined by 和 (区法院和区检察院), or one with 和 in it.

    A full name may hold 和 (区人力资源和社会保障局, 区住房和城乡建设局): where the words before
    和 end as no unit's name and those after it open as no unit's, it is one name.

    Examples:
        >>> _joined_names("区法院和区检察院"), _joined_names("区人力资源和社会保障局")
        (['区法院', '区检察院'], ['区人力资源和社会保障局'])
    """
    pieces = [piece for piece in part.split("和") if piece]
    if all(_ends_as_unit(piece, 0, len(piece)) for piece in pieces):
        return pieces
    if any(piece.startswith(_NAME_OPENINGS) for piece in pieces[1:]):
        return pieces
    return [part] if part else []


# a grade (省级…) or an area (区域…): no opening of an organ's name
_GRADE = re.compile("(?:国家|全国|省|市|区|县)级|区域|县域|市域|县城")
_CENTRE_WORKS = frozenset(
    {
        "服务",
        "管理",
        "发展",
        "促进",
        "保障",
        "数据",
        "信息",
        "媒体",
        "疾控",
        "控制",
        "代建",
        "公建",
        "指挥",
        "调度",
        "监测",
        "检测",
        "检验",
        "交易",
        "事务",
        "救助",
        "调解",
        "调处",
        "应急",
        "研究",
        "保护",
        "执法",
        "投促",
        "培训",
        "评审",
        "审批",
        "征收",
        "储备",
        "采购",
        "结算",
        "核算",
        "推广",
        "指导",
        "治理",
        "统计",
        "政务",
        "便民",
        "综治",
        "热线",
        "登记",
        "运行",
        "宣传",
        "教研",
        "鉴定",
        "评估",
    }
)
"""The work a 中心 that is an organ does (县政务服务中心, 县融媒体中心, 市大数据中心)."""


def _names_organ(name: str) -> bool:
    """Whether ``name`` ends as an organ's name does, not as a place's or a thing's.

    A name for several units (各镇(街道), 有关部门) always does; any other ends in an organ's
    ending (局, 委, 办, 厅, 部, 院…), or in 中心 after the work of an organ, never on a place's
    ending (全国文明城市, 省级高新区, 市区), and opens with no grade (省级…) or area (区域…).

    Examples:
        >>> _names_organ("县发改局(粮食局)"), _names_organ("县融媒体中心"), _names_organ("各镇(街道)")
        (True, True, True)
        >>> _names_organ("国家卫生城市"), _names_organ("区域医疗中心"), _names_organ("省级高新区")
        (False, False, False)
    """
    if name.startswith(COLLECTIVE_OPENINGS):
        return True
    bare = re.sub(r"\([^()]*\)$", "", name)
    if not bare or _GRADE.match(bare) is not None or bare[-1] in PLACE_ENDS:
        return False
    if bare.endswith("中心"):
        return bare[-4:-2] in _CENTRE_WORKS
    return True


def _cut_bracket(
    text: str, ranges: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[Field]]:
    """The units of a bracket that the end of the text cuts: ``。(市政府办公室、市``.

    The bracket opens after a sentence's end and holds names of units only, the last of them
    perhaps cut short, and the role words of those whose words the cut spared (``。(市府办牵头,
    市政府各部门、各县政府、各功能区管``). The role words after the others were cut off; a bracket
    that names the roles after its units names the leading units first (X牵头，Y配合), so they are
    read as leading, or, after leading ones, as responsible; names that open a clause of their own
    after a semicolon (X负责;Y、Z) had a role word of their own, which the cut took: they are
    left out.
    """
    first, last = ranges[-1]
    opens = [match.start() + 1 for match in _CUT_OPEN.finditer(text, first, last)]
    opened = opens[-1] if opens else -1
    if opened <= first or _closing(text, opened, text[opened]) >= 0:
        return ranges, []
    last = _before_cut_note(text, opened + 1, last)
    separators = [opened + 1 + m.start() for m in re.finditer("[、,;]", text[opened + 1 : last])]
    if not separators:
        # one unit and its role word (。(市财政局牵头): read as a list of one; a name alone may
        # be any words the cut left (。(详见附件)
        worded = _suffixed(text, opened + 1, last)
        if worded is None:
            return ranges, []
        return ([*ranges[:-1], (first, opened)] if opened > first else ranges[:-1]), worded
    starts = [opened + 1, *(separator + 1 for separator in separators)]
    stops = [*separators, last]
    fields: list[Field] = []
    waiting = starts[0]  # the start of the names that wait for their role word
    for start, stop in zip(starts, stops, strict=True):
        worded = _suffixed(text, start, stop)
        if worded is not None:
            if waiting < start:  # the names before take the role word after them
                worded = [Field(worded[0].label, waiting, worded[0].end, waiting), *worded[1:]]
            fields.extend(worded)
            waiting = stop + 1
        elif stop == last:
            # the last name is kept only if it ends as one (市审批局), not cut short as 区法 is,
            # after the role word the cut broke (省数据局(省营商局)等牵)
            end, cut_role = _before_cut_role(text, start, last)
            end = end if _ends_as_unit(text, start, end) else start - 1
            # names that open a clause of their own after a semicolon (X负责;Y、Z) wait for
            # a role word of their own, which the cut took: they have no role to be read with
            clause = fields and cut_role is None and text[waiting - 1] == ";"
            if end > waiting and not clause:
                role = cut_role or (Role.RESPONSIBLE if fields else Role.LEAD)
                guessed = cut_role is None  # the cut took the role word: the role is a guess
                fields.append(Field(ROLE_WORDS[role], waiting, end, waiting, cut=guessed))
        elif stop - start < 2 or text[stop - 1] not in UNIT_ENDS:
            return ranges, []
    kept = [*ranges[:-1], (first, opened)] if opened > first else ranges[:-1]
    return kept, fields


def _before_cut_note(text: str, begin: int, end: int) -> int:
    """Where the names of a cut bracket end before a remark in a bracket the cut left open.

    (…,镇江新区、高新区管委会〔以下均需各市、区人民政府,镇: the remark's bracket opens after the
    names and the end of the text cuts it; its words name no units of the work. A name's own
    bracket the cut left open (…,各县(市、) is no remark: it holds no clause and opens as none does.
    """
    opened: list[int] = []
    for mark in _BRACKET_MARK.finditer(text, begin, end):
        if mark.group() in _OPENERS:
            opened.append(mark.start())
        elif opened:
            opened.pop()
    if not opened or opened[0] <= begin:
        return end
    inside = text[opened[0] + 1 : end]
    # a name's own bracket the cut left open (各县(市、) holds no clause and no remark's words
    if any(mark in inside for mark in ",;。") or inside.startswith(UNIT_REMARK_OPENINGS):
        return opened[0]
    return end


_SENTENCE_STOP = re.compile("[。;!?]")
_LONGEST_DIVISION = 80  # 由X牵头: the names between 由 and the role word are no longer
_OTHERS_WORDS = re.compile("等(?:有关|相关)?(?:部门|单位)?")
"""The words a sentence's list of cooperating units may end on before its role word (…、粮食局等部门
配合): 等 alone or with 有关 · 相关 and 部门 · 单位; dropped, not kept (a list's cell keeps its
others as a note: ``_units._UNNAMED_OTHERS``)."""
_SENTENCE_ROLES = tuple(
    (suffix, role) for suffix, role in ROLE_SUFFIXES if role in (Role.LEAD, Role.RESPONSIBLE)
)
_COOPERATING_SUFFIXES = tuple(suffix for suffix, role in ROLE_SUFFIXES if role is Role.COOPERATING)


def _sentence_fields(text: str, begin: int, end: int) -> list[Field]:
    """The units a sentence of the running text names by its division of work.

    ``由区司法局牵头,区法院、区检察院配合`` names a leading unit and cooperating ones,
    ``由区司法局负责`` a responsible one, and ``由发展改革委会同农业部、财政部等部门研究…`` a
    leading unit and those that work with it. The sentence stays the task's text.

    Examples:
        >>> text = "加强普法。由区司法局牵头,区法院、区检察院配合。"
        >>> [(f.label, text[f.begin : f.end]) for f in _sentence_fields(text, 0, len(text))]
        [('牵头单位', '区司法局'), ('配合单位', '区法院、区检察院')]
    """
    fields: list[Field] = []
    position = text.find(SENTENCE_DIVISION_OPENER, begin, end)
    while position >= 0:
        # the sentence's end within reach: a search to the line's end from every 由 of a long
        # line without a stop would take quadratic time
        reach = min(end, position + _LONGEST_DIVISION)
        stop = _SENTENCE_STOP.search(text, position, reach)
        last = stop.start() if stop is not None else reach
        first = position + 1
        # 由某副市长负责,市发改委牵头,…: the units follow the leader the sentence puts in charge
        while (units := _after_leader_in_charge(text, first, last)) is not None:
            first = units
        # after the leader, the units' clause is one of its own before the work that follows it:
        # 由某副市长牵头,市生态环境局负责,细化分工
        fields.extend(_division(text, first, last, closed=first > position + 1))
        position = text.find(SENTENCE_DIVISION_OPENER, position + 1, end)
    return fields


def _division(text: str, begin: int, end: int, *, closed: bool = False) -> list[Field]:
    """The fields of ``X牵头,Y配合``, ``X负责`` or ``X会同Y…`` from ``begin``, or none.

    ``closed``: the units' clause ends at its comma (it follows the leader put in charge).
    """
    joint = text.find(JOINT_LEAD_WORD, begin, end)
    worded = [
        (found, suffix, role)
        for suffix, role in _SENTENCE_ROLES
        if (found := text.find(suffix, begin, end)) >= 0
    ]
    if joint >= 0 and all(joint < found for found, _, _ in worded):
        return _joint_division(text, begin, joint, end)
    if not worded:
        return []
    found, suffix, role = min(worded, key=lambda item: (item[0], -len(item[1])))
    if not _all_units(text, begin, found):
        return []
    fields = [Field(ROLE_WORDS[role], begin, found, begin)]
    after = found + len(suffix)
    if _ends_division(text, after, end):
        return fields
    while after < end and text[after] in ",、":
        after += 1
    for word in _COOPERATING_SUFFIXES:
        stop = text.find(word, after, end)
        last = _without_others(text, after, stop) if stop > after else -1
        if (
            last > after
            and _all_units(text, after, last)
            and _ends_division(text, stop + len(word), end, closed=True)
        ):
            return [*fields, Field(ROLE_WORDS[Role.COOPERATING], after, last, after)]
    # 由某副市长牵头,市生态环境局负责,细化分工: after a leader the clause ends at its comma;
    # 由国务院办公厅负责,文件…: else the sentence goes on to other work
    closes = closed and _ends_division(text, found + len(suffix), end, closed=True)
    return fields if closes else []


def _after_leader_in_charge(text: str, begin: int, end: int) -> int | None:
    """Where a division's units begin after the leader it first puts in charge, or None.

    ``由杨志武副市长负责,市发改委牵头,相关部门配合,尽快…``: the vice-mayor is a person, no unit;
    the units and their roles follow in the next clause.

    Examples:
        >>> text = "由王某副市长负责,市发改委牵头,相关部门配合,尽快完成。"
        >>> text[_after_leader_in_charge(text, 1, len(text)) :]
        '市发改委牵头,相关部门配合,尽快完成。'
        >>> _after_leader_in_charge("由市发改委负责,尽快完成。", 1, 12) is None
        True
    """
    comma = text.find(",", begin, end)
    if comma < 0:
        return None
    for suffix, _ in _SENTENCE_ROLES:
        if text.endswith(suffix, begin, comma) and _names_person(text, begin, comma - len(suffix)):
            return comma + 1
    return None


def _joint_division(text: str, begin: int, joint: int, end: int) -> list[Field]:
    """The fields of ``X会同Y、Z等部门研究…``: X leads, Y and Z cooperate; or none."""
    if not _all_units(text, begin, joint):
        return []
    after = joint + len(JOINT_LEAD_WORD)
    stops = [found for word in JOINT_WORK_WORDS if (found := text.find(word, after, end)) >= 0]
    last = _without_others(text, after, min(stops)) if stops else -1
    lead = Field(ROLE_WORDS[Role.LEAD], begin, joint, begin)
    if last < 0 or not _all_units(text, after, last):
        return [lead]
    return [lead, Field(ROLE_WORDS[Role.COOPERATING], after, last, after)]


def _ends_division(text: str, begin: int, end: int, *, closed: bool = False) -> bool:
    """Whether a division of work's sentence ends at ``begin``, or goes on only with its work.

    ``由区司法局牵头。`` and ``由区司法局牵头组织实施。`` end there; ``…负责同志组成`` names people
    and ``由国务院办公厅负责,文件…`` goes on to other words. A division that ``closed`` with its
    cooperating units (``由X负责,Y、Z配合,加快…``) is a clause of its own before the work that
    follows its comma.
    """
    rest = text[begin:end]
    if rest.startswith(PEOPLE_AFTER_ROLE):
        return False
    if closed and rest.startswith(","):
        return True
    return not rest.strip(" ") or (
        rest.startswith(JOINT_WORK_WORDS) and not any(mark in rest for mark in ",()")
    )


def _without_others(text: str, begin: int, end: int) -> int:
    """Where the names end before the words for the others they leave unnamed (等有关部门).

    Only the end: the words are dropped (``_units._others_as_note`` keeps them as a list's note).
    """
    for found in _OTHERS_WORDS.finditer(text, begin, end):
        if found.end() == end and found.start() > begin:
            return found.start()
    return end


def _all_units(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` is a list of units' names (区法院、区检察院), and no more."""
    if end - begin < 2 or any(mark in text[begin:end] for mark in ",;:。“”《》"):
        return False
    names = [name for name in re.split("[、及和]", text[begin:end]) if name]
    # a name may close with a bracket of the places it covers: 各镇(街道), 各县(市); one for
    # several units names them by their kind, whatever its end (各街道, 各社区, 有关企业)
    return bool(names) and all(
        _ends_as_unit(name, 0, len(name)) or _collective(name) for name in names
    )


def _collective(name: str) -> bool:
    """Whether ``name`` names several units by their kind (各街道, 有关企业), not one by its end.

    Examples:
        >>> _collective("各街道"), _collective("有关企业"), _collective("各"), _collective("街道")
        (True, True, False, False)
    """
    return (
        name.startswith(COLLECTIVE_OPENINGS)
        and len(name)
        > max(len(opening) for opening in COLLECTIVE_OPENINGS if name.startswith(opening)) + 1
    )


def _before_cut_role(text: str, begin: int, end: int) -> tuple[int, Role | None]:
    """Where a name ends before a role word the end of the text cuts (等牵, 配), and its role.

    The role is the one every role word beginning so gives (牵: lead, 配: cooperating), else None.
    """
    for size in range(max(len(suffix) for suffix, _ in ROLE_SUFFIXES) - 1, 0, -1):
        if end - size <= begin:
            continue
        cut = text[end - size : end]
        roles = {
            role for suffix, role in ROLE_SUFFIXES if len(suffix) > size and suffix.startswith(cut)
        }
        if roles:
            end -= size
            stop = end - 1 if end > begin and text[end - 1] == "等" else end
            return stop, roles.pop() if len(roles) == 1 else None
    return (end - 1 if end > begin and text[end - 1] == "等" else end), None


def _ends_as_unit(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` ends as a unit's name: 市审批局, 省数据局(省营商局)."""
    if end - begin < 2:
        return False
    if text[end - 1] == ")":
        inner = text.rfind("(", begin, end)
        return inner - begin >= 2 and text[inner - 1] in UNIT_ENDS
    return text[end - 1] in UNIT_ENDS


def _assignment_fields(text: str, begin: int) -> tuple[list[tuple[int, int]], list[Field]] | None:
    """The fields of a line that opens with a division of work (部门分工：X牵头，Y配合), or None.

    Each part of the value names its units by the role words after them; a part without one
    names responsible units (部门分工：省财政厅).

    Examples:
        >>> text = "部门分工:省发展改革委牵头,各地、各部门配合。"
        >>> ranges, fields = split_fields(text)
        >>> ranges, [(f.label, text[f.begin:f.end]) for f in fields]
        ([], [('牵头单位', '省发展改革委'), ('配合单位', '各地、各部门')])
    """
    match = _ASSIGNMENT.match(text, begin) or _worded_division(text, begin)
    if match is None:
        return None
    opener = text[begin] if text[begin] in _OPENERS else ""
    close = _closing(text, begin, opener) if opener else -1
    end = close if close >= 0 else len(text)
    fields: list[Field] = []
    start = match.end()
    for stop in [*(mark.start() for mark in _PART_ENDS.finditer(text, start, end)), end]:
        while start < stop and text[start] in _TRAILING:
            start += 1
        last = stop
        while last > start and text[last - 1] in _TRAILING:
            last -= 1
        if last > start:
            part = _suffixed(text, start, last)
            if part is None and says_when(text, start, last):
                part = [Field(TIME_LABELS[0], start, last, start)]
            if part is None and text[last - 1] not in UNIT_ENDS:
                # 职责分工:区司法局牵头。各镇要加强组织领导: the text goes on, naming no unit
                text_after = [(start, len(text))]
                return text_after, fields
            fields.extend(part or [Field(ROLE_WORDS[Role.RESPONSIBLE], start, last, start)])
        start = stop + 1
    after = close + 1 if close >= 0 else len(text)
    return ([(after, len(text))] if after < len(text) else []), fields


def _division_after_sentence(
    text: str, begin: int
) -> tuple[list[tuple[int, int]], list[Field]] | None:
    """The text and fields of a line whose item's sentence a worded division follows, or None.

    ``召开会议。责任单位:区司法局牵头,区财政局、各街道配合。``: the responsible label over a
    division of work after the item's text on its line reads each role, as on a line of its own.

    Examples:
        >>> text = "召开会议。责任单位:区司法局牵头,区财政局、各街道配合。"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin : f.end]) for f in fields]
        (['召开会议。'], [('牵头单位', '区司法局'), ('配合单位', '区财政局、各街道')])
    """
    stop = text.find("。", begin)
    while stop >= 0:
        at = stop + 1
        bare = at < len(text) and text[at] not in _OPENERS  # a bracket's label is read as one
        if bare and _RESPONSIBLE_LABEL.match(text, at) is not None and _worded_division(text, at):
            assigned = _assignment_fields(text, at)
            if assigned is not None:
                ranges, fields = assigned
                return [(begin, at), *ranges], fields
        stop = text.find("。", at)
    return None


def _worded_division(text: str, begin: int) -> re.Match[str] | None:
    """A responsible label whose value divides the work by role words (X、Y牵头,Z配合), or None.

    ``责任部门:省环保厅牵头,省发改委等配合`` names its units as a division of work does: the value
    holds a part that a leading or cooperating role word ends, before another part.
    """
    match = _RESPONSIBLE_LABEL.match(text, begin)
    if match is None:
        return None
    # the value ends with its sentence: the parts after it are another's, and looking no
    # further keeps a line of many labelled sentences linear
    end = text.find("。", match.end())
    stops = [
        stop.start()
        for stop in _LIST_STOPS.finditer(text, match.end(), len(text) if end < 0 else end)
    ]
    for start, stop in zip([match.end(), *(i + 1 for i in stops)], stops, strict=False):
        if text.count("(", start, stop) > text.count(")", start, stop):
            continue  # 市财政局(第一责任单位为牵头单位,下同): a note in a name's bracket
        for suffix, role in ROLE_SUFFIXES:
            if role in _NAMING_ROLES and text.endswith(suffix, start, stop):
                return match
    return None


def _without_inner_brackets(
    text: str, ranges: list[tuple[int, int]], fields: list[Field]
) -> list[tuple[int, int]]:
    """The ranges without the brackets of units after a sentence inside them, which join ``fields``.

    A paragraph may name the units of each of its sentences, after its full stop (完善标准体系。
    (市场监管总局、工业和信息化部负责)推广一批技术装备。) or before it (建立激励机制(省国资委牵头)。
    鼓励企业参与改革(省经信委负责)。), in any of the genre's brackets (〔…牵头,…参与〕). Only a
    bracket next to a full stop, every part of which ends in a role word, is one.

    Examples:
        >>> text = "建立激励机制(省国资委牵头)。鼓励企业参与改革(省经信委负责)。推进注册便利化。"
        >>> ranges, fields = split_fields(text)
        >>> "".join(text[a:b] for a, b in ranges), [text[f.begin : f.end] for f in fields]
        ('建立激励机制。鼓励企业参与改革。推进注册便利化。', ['省国资委', '省经信委'])
    """
    kept: list[tuple[int, int]] = []
    for first, last in ranges:
        cursor = first
        opened = _next_opener(text, first, last)
        while opened >= 0:
            close = _closing(text, opened, text[opened])
            if close < 0 or close >= last:
                break
            after_stop = opened > first and text[opened - 1] == "。"
            if after_stop or text.startswith("。", close + 1):
                found = _role_suffixes(text, opened, close + 1)
                if found is not None and found[0] == opened:
                    kept.append((cursor, opened))
                    fields.extend(found[1])
                    cursor = close + 1
            opened = _next_opener(text, close + 1, last)
        if cursor < last:
            kept.append((cursor, last))
    return kept


def _next_opener(text: str, first: int, last: int) -> int:
    """Index of the first of the genre's opening brackets (``(``, ``〔``, ``【``, ``[``) in a range.

    One search for any of them, which stops at the first: a search for each, to the range's end,
    would make a paragraph of many brackets cost its length for every bracket.
    """
    found = _OPENER.search(text, first, last)
    return -1 if found is None else found.start()


# Words of a part of a unit bracket that says when (2024年6月底前完成, 长期坚持), not who.
_WHEN_WORDS = re.compile("年底|年内|半年|月底|季度|长期|持续|前完成|底前")
_DIGIT = re.compile(r"\d")


def says_when(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a time (2024年6月底前完成), not a list of units.

    Examples:
        >>> says_when("6月底完成", 0, 5), says_when("县司法局", 0, 4)
        (True, False)
    """
    if _WHEN_WORDS.search(text, start, stop) is not None:
        return True
    part = text[start:stop]
    return ("年" in part or "月" in part) and _DIGIT.search(part) is not None


def _closed_at(text: str, first: int, last: int) -> int | None:
    """Where the bracket that ends ``text[first:last]`` closes (past its closer), or None.

    The stops after it (``。`` ``;`` a space) are passed over: ``…(省司法厅)。`` closes at ``)``.

    Examples:
        >>> text = "开展培训(省司法厅)。"
        >>> _closed_at(text, 0, len(text)), _closed_at("开展培训。", 0, 5)
        (10, None)
    """
    end = last
    while end > first and text[end - 1] in "。; ":
        end -= 1
    if end - first < 2 or text[end - 1] not in _CLOSERS:
        return None
    return end


def _role_suffixes(text: str, first: int, last: int) -> tuple[int, list[Field]] | None:
    """The fields of a bracket ``(…牵头,…负责)`` that ends ``text[first:last]``, and its start.

    The bracket is any of the genre's (``〔…牵头,…负责〕`` too), and a name inside it may hold
    a bracket of its own (``省(中)直有关单位``).
    """
    end = _closed_at(text, first, last)
    if end is None:
        return None
    opened = _opening(text, first, end - 1)
    if opened < 0:
        return None
    fields = _bracket_fields(text, opened + 1, end - 1)
    if fields is None or all(field.label in TIME_LABELS for field in fields):
        return None  # a bracket of times alone names no unit: it stays text
    return opened, fields


def _roles_before_time(
    text: str, ranges: list[tuple[int, int]], fields: list[Field]
) -> tuple[list[tuple[int, int]], list[Field]] | None:
    """A unit bracket whose roles are words after the names and whose time is labelled, or None.

    ``(区发改委负责落实,完成时限:2023年10月)``: the label of the time is the only one the line
    holds, so the line first reads as text up to it; the bracket that ends the line names the
    units by the words after them (牵头, 负责落实, 配合) and the time after its label.

    Examples:
        >>> text = "做好信息公开。(区发改委负责落实,完成时限:2023年10月)"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['做好信息公开。'], [('责任单位', '区发改委'), ('完成时限', '2023年10月')])
    """
    if not fields or any(field.label not in (*TIME_LABELS, *PERSON_LABELS) for field in fields):
        return None  # no label, or a role's: the labels name the units
    first = ranges[-1][0] if ranges else fields[0].label_begin
    found = _role_suffixes(text, first, len(text))
    if found is None:
        return None
    opened, suffixed = found
    if opened >= fields[0].label_begin:
        return None  # the bracket opens after the time's label: the time is no part of it
    kept = [(a, min(b, opened)) for a, b in ranges if a < opened]
    return [(a, b) for a, b in kept if b > a], suffixed


def _opening(text: str, first: int, position: int) -> int:
    """Index of the bracket, at or after ``first``, that the one at ``position`` closes, or -1."""
    closer = text[position]
    opener = _CLOSERS[closer]
    depth = 0
    for index in range(position, first - 1, -1):
        if text[index] == closer:
            depth += 1
        elif text[index] == opener:
            depth -= 1
            if depth == 0:
                return index
    return -1


# the words after units that name their role (牵头, 负责…) or a body that guides them (指导): the
# parts of a sentence of units that are no time end in one. 落实 alone is left out: a sentence
# holds it mostly as a verb of the work (抓好落实, 贯彻落实), and a last sentence whose only role
# word it is (各镇街落实。) names its units no more than it did before 落实 was a bracket's role
# word; looking at every such sentence cost a plan's reading a fifth of its time
_ROLE_OR_GUIDE = re.compile(
    "|".join([*(suffix for suffix, _ in ROLE_SUFFIXES if suffix != "落实"), *GUIDE_WORDS])
)
# words that a unit's name never holds but a sentence does (要, 的, 应当, 确保…)
_NOT_IN_NAMES = re.compile("要|的|应当|必须|把|对于|是|了|并且|及时|确保|加强|推进|落实|开展|同志")
_LONGEST_NAME = 20
_MIN_NAME_LENGTH = 2  # no unit has a name of one character
_LONGEST_OWN_BRACKET = 8  # 镇(街道), 各县(市、区): the bracket a name holds is short


def _role_sentence(text: str, first: int, last: int) -> tuple[int, list[Field]] | None:
    """The fields of a sentence of units and their roles that ends ``text[first:last]``.

    ``…。县司法局牵头，县公安局配合，12月底前完成。`` names the units as a bracket would, in a
    sentence of its own after the item's text: every part of it is units with their role word
    (or a time), and every unit a name (it ends as one, and holds no word of a sentence).

    Examples:
        >>> text = "推进执法改革。县司法局牵头,县公安局配合,12月底前完成。"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['推进执法改革。'], [('牵头单位', '县司法局'), ('配合单位', '县公安局'), ('完成时限', '12月底前完成')])
        >>> split_fields("加强组织领导。主要负责同志亲自负责。")[1]
        []
    """
    end = last
    while end > first and text[end - 1] in "。; ":
        end -= 1
    opened = text.rfind("。", first, end) + 1
    if opened <= first:
        return None  # the first sentence is the item's own text
    if _LONG_BRACKET.search(text[opened:end]) is not None:
        return None  # a bracket's units (cut or closed) are read as a bracket's; a name's own
        # (各镇(街道), 各县(市、区)) is a part of the name
    start = opened + 1 if text.startswith("由", opened) else opened
    if text[start : start + 1] in _OPENERS and _closing(text, start, text[start]) < 0:
        start += 1  # 。〔市财政局牵头,市税务局配合: a bracket the line leaves open is no name's
    fields = _units_by_role(text, start, end)
    return None if fields is None else (opened, fields)


def _units_by_role(text: str, start: int, end: int) -> list[Field] | None:
    """The fields of ``text[start:end]`` when it is units with their role words alone, or None."""
    if _ROLE_OR_GUIDE.search(text, start, end) is None:
        return None  # no unit's role and no guiding body: no part of it can be units (most lines)
    fields = _bracket_fields(text, start, end)
    if fields is None or all(field.label in TIME_LABELS for field in fields):
        return None
    return fields if all(_names_alone(text, field) for field in fields) else None


def _names_alone(text: str, field: Field) -> bool:
    """Whether a field's value is names of units and no more (a time's value is any time)."""
    return field.label in TIME_LABELS or _are_names(text[field.begin : field.end])


def _unqualified(name: str) -> str:
    """A name without the words after it that qualify its role: 公安部按照职责分工分别 → 公安部."""
    trimmed = True
    while trimmed:
        trimmed = False
        for word in ROLE_QUALIFIERS:
            if name.endswith(word) and len(name) - len(word) >= _MIN_NAME_LENGTH:
                name = name[: -len(word)]
                trimmed = True
                break
    return name


def _are_names(words: str) -> bool:
    """Whether words are units' names alone: each ends as one and holds no word of a sentence.

    A list's names (、 or , between them) are each of a name's length and whole on their own.

    Examples:
        >>> _are_names("区财政局、各街道"), _are_names("省委金融办、省财政厅等")
        (True, True)
        >>> _are_names("区财政局、市财政"), _are_names("区司法局要加强"), _are_names("等")
        (False, False, False)
    """
    # 省委金融办、省财政厅等, 各县、区人民政府(管委会): the names end before 等 or a bracket,
    # and the last before the words that qualify the role after it (公安部按照职责分工分别)
    names = [_unqualified(name) for name in _LIST_MARKS.split(_NAME_TAIL.sub("", words)) if name]
    # 档案资料馆 is cut; each name of a list is whole on its own (区财政局、各街道)
    return bool(names) and all(
        2 <= len(name) <= _LONGEST_NAME and whole_name(name) and _NOT_IN_NAMES.search(name) is None
        for name in names
    )


# a role's label for units (牵头单位, 配合部门, 责任科室), as a two-cell row copied prints it
# without its colon: the label's cell, then the units' (牵头单位 区司法局, 牵头单位\t区司法局)
_BARE_ROLE_LABEL = re.compile(
    "|".join(
        sorted(
            (label for label in ROLE_LABELS if label.endswith(UNIT_COLUMN_ENDS)),
            key=len,
            reverse=True,
        )
    )
)
# or a time's label among them (完成时限 2024年底前): a value ends where the next label starts
_BARE_LABEL = re.compile(
    "|".join(
        sorted(
            (
                *(label for label in ROLE_LABELS if label.endswith(UNIT_COLUMN_ENDS)),
                *TIME_LABELS,
            ),
            key=len,
            reverse=True,
        )
    )
)
_CELL_GAP = " \t"
_LONGEST_TIME_VALUE = 16  # 2024年12月底前完成, 每季度末前报送: a time's cell is short


def _bare_labels(text: str, end: int) -> list[Field] | None:
    """The fields of a line of role labels printed without their colons, or None.

    A table of two columns (the label's cell, the units' cell) copied as text prints each row
    as a line: the label, a run of spaces or a tab (dropped or kept by the normalised line),
    then the names. The line opens with the label, and each label's value is names alone.

    Examples:
        >>> text = "牵头单位区司法局配合单位区财政局、各街道"
        >>> [(f.label, text[f.begin : f.end]) for f in _bare_labels(text, len(text)) or []]
        [('牵头单位', '区司法局'), ('配合单位', '区财政局、各街道')]
        >>> _bare_labels("牵头单位要切实履行职责", 11) is None
        True
        >>> text = "牵头单位县司法局完成时限2024年底前"
        >>> [(f.label, text[f.begin : f.end]) for f in _bare_labels(text, len(text)) or []]
        [('牵头单位', '县司法局'), ('完成时限', '2024年底前')]
    """
    if _BARE_ROLE_LABEL.match(text, 0, end) is None:
        return None
    labels = list(_BARE_LABEL.finditer(text, 0, end))
    fields: list[Field] = []
    for index, label in enumerate(labels):
        stop = labels[index + 1].start() if index + 1 < len(labels) else end
        start = label.end()
        while start < stop and text[start] in _CELL_GAP:
            start += 1
        last = stop
        while last > start and text[last - 1] in _CELL_GAP + _TRAILING:
            last -= 1
        field = Field(label.group(), start, last, label.start())
        timed = field.label in TIME_LABELS
        if (
            last <= start
            or any(mark in text[start:last] for mark in ":;。")
            or not (_names_alone(text, field))
            # a time's value is a short time (2024年6月底前), never a time run into a sentence
            or (timed and (last - start > _LONGEST_TIME_VALUE or not says_when(text, start, last)))
        ):
            return None
        fields.append(field)
    return fields


def division_line(text: str) -> list[Field] | None:
    """The fields of a line that is a division of work alone, printed under its task, or None.

    A plan may print the units of a task on a line of their own under its text, without the
    bracket that would hold them after it (``区司法局牵头，区法院配合。``): every part of the line
    is units with their role word (or a time), as in a bracket.

    Examples:
        >>> text = "县司法局、县法院牵头,县公安局配合。"
        >>> [(f.label, text[f.begin : f.end]) for f in division_line(text) or []]
        [('牵头单位', '县司法局、县法院'), ('配合单位', '县公安局')]
        >>> division_line("各部门要密切配合。") is None
        True
    """
    end = len(text)
    while end > 0 and text[end - 1] in "。; ":
        end -= 1
    if _LONG_BRACKET.search(text, 0, end) is not None:
        return None  # a bracket of its own, not a name's: 各县(市、区) and 省(中)直 are names'
    by_role = _units_by_role(text, 0, end)
    return by_role if by_role is not None else _bare_labels(text, end)


_SHORTEST_SPACED_LABEL = 4  # 牵头单位, 完成时限: a shorter word (牵头, 责任) may open a sentence


def spaced_labels(text: str, gaps: tuple[int, ...]) -> list[Field] | None:
    """The fields of a line whose labels a space parts from their values, not a colon, or None.

    A table of one task's facts copied as text (a label's cell, then its value's) prints
    ``牵头单位 市司法局`` or ``牵头单位 市司法局 配合单位 市财政局、市人社局``: a line that opens
    with a label of units (or of time) followed by a space, whose every word (``gaps`` part
    them) is such a label or a value after one, each of units' names alone.

    Examples:
        >>> text = "牵头单位市司法局配合单位市财政局、市人社局"
        >>> [(f.label, text[f.begin : f.end]) for f in spaced_labels(text, (4, 8, 12))]
        [('牵头单位', '市司法局'), ('配合单位', '市财政局、市人社局')]
        >>> spaced_labels("责任单位要加强领导", (4,)), spaced_labels("牵头单位市司法局", ())
        (None, None)
    """
    bounds = [0, *gaps, len(text)]
    words = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    if len(words) < 2 or not _spaced_label(text[slice(*words[0])]) or "。" in text:
        return None
    fields: list[Field] = []
    label = ""
    for begin, end in words:
        word = text[begin:end]
        if _spaced_label(word):
            if fields and fields[-1].begin == fields[-1].end:
                return None  # a label with no value
            label = word
            fields.append(Field(label, end, end, begin))
            continue
        if label not in TIME_LABELS and not _are_names(word):
            return None
        last = fields[-1]
        fields[-1] = attrs.evolve(last, end=end)
    return fields if all(field.end > field.begin for field in fields) else None


def _spaced_label(word: str) -> bool:
    """Whether a word is a label of units or of time long enough to stand before a space."""
    return len(word) >= _SHORTEST_SPACED_LABEL and (word in ROLE_LABELS or word in TIME_LABELS)


_LONG_BRACKET = re.compile(r"\([^()]{9,}\)|\([^()]*$|^[^()]*\)")


# words that open a remark in brackets, not a name: (含各镇、各部门), (除区法院)
_REMARK_OPENERS = ("含", "包括", "包含", "除", "不含", "其中", "即", "如", "例如")


def _names_bracket(text: str, first: int, last: int) -> tuple[int, list[Field]] | None:
    """The responsible units of a bracket of names alone that ends ``text[first:last]``.

    责任分解 and 分工 documents print each item's units after its last sentence, in brackets
    and without a role word: ``…学法报告活动。(省委宣传部、省法制办)``, in any of the genre's
    brackets (【省委宣传部】), and maybe with the item's time after the names (``(省司法厅;
    2024年6月底前)``, ``(省司法厅,持续推进)``). Only a bracket after a full stop whose every
    part is a unit's name (it ends as one, holds no word of a sentence and says no time), the
    time after them aside, is one; the units are the task's responsible units.

    Examples:
        >>> text = "加强学法培训。开展学法报告活动。(省委宣传部、省法制办)"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['加强学法培训。开展学法报告活动。'], [('责任单位', '省委宣传部、省法制办')])
        >>> split_fields("开展培训。(含各镇、各部门)")[1], split_fields("开展培训(省委宣传部)")[1]
        ([], [])
        >>> text = "开展培训。【省司法厅;2024年6月底前】"
        >>> [(f.label, text[f.begin : f.end]) for f in split_fields(text)[1]]
        [('责任单位', '省司法厅'), ('完成时限', '2024年6月底前')]
    """
    end = _closed_at(text, first, last)
    if end is None:
        return None
    opened = _opening(text, first, end - 1)
    # a bracket that is the whole line, under its task (…决策程序规定。 / (区司法局、区法院)): its
    # first name must open as a unit's does
    alone = opened == first == 0 and text[opened + 1 : end - 1].lstrip(
        "".join(LEAD_STARS)
    ).startswith(_NAME_OPENINGS)
    if not alone and (opened <= first or text[opened - 1] != "。"):
        return None
    names_end = timing = end - 1
    # (省司法厅;2024年6月底前), (省司法厅,持续推进): the names, then when, after their list
    mark = max(text.rfind(";", opened + 1, end - 1), text.rfind(",", opened + 1, end - 1))
    if mark > opened + 1 and says_when(text, mark + 1, end - 1):
        names_end, timing = mark, mark + 1
    if not _bare_names(text[opened + 1 : names_end]):
        return None
    # (区司法局*、区法院): a star marks the lead, a role as a role word gives one
    starred = any(star in text[opened + 1 : names_end] for star in LEAD_STARS)
    fields = [
        Field(ROLE_WORDS[Role.RESPONSIBLE], opened + 1, names_end, opened + 1, bare=not starred)
    ]
    if timing < end - 1:
        fields.append(Field(TIME_LABELS[0], timing, end - 1, timing))
    return opened, fields


# a name's own bracket stands after a unit's, a place's or a school's last character (各镇(街道),
# 各乡(镇)政府, 各街道(镇), 区委党校(区行政学院)), or a street office's (道)
_NAME_OWN_BRACKET = re.compile(
    "(?<=["
    + "".join(
        sorted(UNIT_ENDS | PLACE_ENDS | set(MORE_NAME_ENDS) | {w[-1] for w in MORE_NAME_WORDS})
    )
    + "])"
    + rf"\([^()]{{1,{_LONGEST_OWN_BRACKET}}}\)"
)


_MIN_OTHER_NAME = 2  # 法制科, 产业园: a section's or a park's name; (本科), (学科) are no units


def _bare_names(inside: str) -> bool:
    """Whether a bracket's inside is units' names alone, with no role word and no time.

    Each part ends as a unit's name, holds no word of a sentence and says no time. Beside one
    that ends as an organ's does, a part may end as a park's, a school's or a bureau's section's
    (县园区服务中心、食品产业园; 局直各单位、政策法规科).

    Examples:
        >>> _bare_names("省委宣传部、省法制办"), _bare_names("试行"), _bare_names("含各镇、各部门")
        (True, False, False)
        >>> _bare_names("县园区服务中心、食品产业园等"), _bare_names("食品产业园"), _bare_names("本科")
        (True, False, False)
    """
    inside = _NAME_OWN_BRACKET.sub("", inside)  # 各镇(街道), 各县(市、区): a name's own bracket
    if not inside or any(mark in inside for mark in ":;。()【】[]〔〕"):
        return False
    # 区司法局*: the mark of the lead
    parts = [each.strip("".join(LEAD_STARS)) for each in re.split("[、,]", inside)]
    if len(parts) > 1 and parts[-1].endswith("等"):
        parts[-1] = parts[-1][:-1]  # 食品产业园、商贸物流园等: the others are not named
    organ = any(part and part[-1] in UNIT_ENDS for part in parts)
    return organ and all(
        2 <= len(part) <= _LONGEST_NAME
        and (
            part[-1] in UNIT_ENDS
            or part[-1] in PLACE_ENDS  # 各乡(镇): a place's name, its bracket aside
            or (len(part) > len(MORE_NAME_WORDS[0]) and part.endswith(MORE_NAME_WORDS))  # 各街道
            or (len(part) > _MIN_OTHER_NAME and part[-1] in MORE_NAME_ENDS)
        )
        and (not part.endswith("行") or part.endswith("银行"))  # (试行), (分批执行): no bank
        and _NOT_IN_NAMES.search(part) is None
        and not says_when(part, 0, len(part))
        and not part.startswith(_REMARK_OPENERS)
        for part in parts
    )


def organs_only(names: str) -> bool:
    """Whether every name of a list of units alone is an organ's (区司法局, 区政务服务中心, 某镇).

    Each ends as an organ's name does (局, 委, 办, 院, 部, 厅, 会, 政府, 中心 after an organ's
    work) or names a township or a street office (某镇, 某街道) or several units (各镇(街道)),
    never a park's, a school's or a bureau's section's (食品产业园, 区实验学校, 政策法规科).

    Examples:
        >>> organs_only("省委宣传部、省法制办"), organs_only("区政务服务中心、城关镇、东城街道")
        (True, True)
        >>> organs_only("县园区服务中心、食品产业园"), organs_only("区实验学校")
        (False, False)
    """
    parts = [each.strip("".join(LEAD_STARS)) for each in re.split("[、,]", names)]
    if len(parts) > 1 and parts[-1].endswith("等"):
        parts[-1] = parts[-1][:-1]
    parts = [re.sub(r"\([^()]*\)$", "", part) for part in parts]  # 县发改局(粮食局)
    return all(
        part
        and (
            part.startswith(COLLECTIVE_OPENINGS)
            or part.endswith(MORE_NAME_WORDS[:2])
            or part[-1] in TOWNSHIP_ENDS
            or (part[-1] in UNIT_ENDS and _names_organ(part))
        )
        for part in parts
    )


_DASH = re.compile("(?:——|—|--)")
_CLAUSE_END = re.compile(r"[\u4e00-\u9fff]")


def _names_after_dash(text: str, first: int, last: int) -> tuple[int, list[Field]] | None:
    """The responsible units after a dash that ends ``text[first:last]``: ``…项目建设。——县发改局``.

    As a bracket of names alone does, a dash after the item's last sentence, then names of units
    only, says who carries the item out. The dash is the item's only one, and each name ends as an
    organ's: bullets a copy ran together onto one line (。——以人民为中心, 。——全县) name no units.

    Examples:
        >>> text = "推进项目建设。——县发改局、县财政局"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['推进项目建设。'], [('责任单位', '县发改局、县财政局')])
        >>> split_fields("坚持依法行政。——这是根本要求")[1]
        []
        >>> text = "推进政务公开——区政府办公室"
        >>> [(f.label, text[f.begin : f.end]) for f in split_fields(text)[1]]
        [('责任单位', '区政府办公室')]
    """
    end = last
    while end > first and text[end - 1] in "。; ":
        end -= 1
    dashes = list(_DASH.finditer(text, first, end))
    if len(dashes) != 1:  # bullets run together on one line (。——实施…。——建设…): no names
        return None
    dash = dashes[0]
    if dash.start() <= first or dash.end() >= end:
        return None
    if text[dash.start() - 1] != "。" and (
        dash.group() != "——" or not _CLAUSE_END.match(text, dash.start() - 1)
    ):
        # a list of work and units (责任清单) prints the double dash right after the task's
        # words (推进政务公开——区政府办): after a character that may end a clause, never a
        # number's (2023——2025年) or a bracket's
        return None
    names = text[dash.end() : end]
    for part in re.split("[、,]", names.removesuffix("等")):
        if (
            not 2 <= len(part) <= _LONGEST_NAME
            or not _ends_as_unit(part, 0, len(part))
            or not _names_organ(part)
            or _NOT_IN_NAMES.search(part) is not None
            or says_when(part, 0, len(part))
        ):
            return None
    field = Field(ROLE_WORDS[Role.RESPONSIBLE], dash.end(), end, dash.end(), bare=True)
    return dash.start(), [field]


def _bracket_fields(text: str, begin: int, end: int) -> list[Field] | None:
    """The fields of the parts of a unit bracket's inside ``text[begin:end]``, or None."""
    fields: list[Field] = []
    waiting: list[int] = []  # parts with no role word of their own, before one that has
    start = begin
    end = _before_later_lists_remark(text, begin, end)
    for stop, after in _parts(text, begin, end):
        if _names_no_units(text, start, stop, fields):
            start = after
            continue
        stop = _before_closing_note(text, start, stop)  # noqa: PLW2901 - the part without it
        guide = _guides(text, start, stop)
        if guide:
            # (商务部指导,…参与): the body that guides the work, none of its units
            fields.append(Field(GUIDE_LABEL, start, stop - guide, start))
            start = after
            continue
        part = _part_fields(text, start, stop)
        if part is None and not says_when(text, start, stop):
            # 省直各部门(单位), 各县(市、区): a name ends before the bracket of its variant
            ends_as_name = stop > start and text[_name_end(text, start, stop) - 1] in UNIT_ENDS
            if start > begin and text[start - 1] == "。" and not ends_as_name:
                break  # (…负责落实。以下均需…落实,不再列出): a remark on the list after it
            if not ends_as_name:  # (商务部指导,…): not a list
                return None
            # (市人社局、市财政局,各县政府按职责分工负责): the list takes the role after it
            waiting.append(start)
            start = after
            continue
        if part is not None and (
            _attends(text, start, stop, fields) or _does_without_a_unit(text, start, stop)
        ):
            # (全体干部职工参加), (2023年6月底前,新提拔干部参加): who attends; (确保落实),
            # (各区贯彻落实), (鼓励社会力量参与): what is done; no division of work
            return None
        if part is None:
            # (…牵头,…配合,2024年6月底前完成): the time, as the task's completion time, after
            # its label where it prints one (…负责落实,完成时限:2023年10月)
            label = _TIME_LABEL_OPENING.match(text, start, stop)
            value = label.end() if label is not None else start
            part = [Field(TIME_LABELS[0], value, stop, start)]
        elif waiting and part:
            part = [Field(part[0].label, waiting[0], part[0].end, waiting[0]), *part[1:]]
            waiting = []
        fields.extend(part)
        start = after
    return _read_fields(text, fields, waiting)


_TIME_LABEL_OPENING = re.compile(
    "(?:" + "|".join(sorted(TIME_LABELS, key=len, reverse=True)) + ")[:：]"
)
_LATER_LISTS_REMARK = "以下"  # 以下均需各区政府落实: a part that speaks of the lists after it
_REMARK_BRACKETS = "〔【[("  # the brackets a remark on the lists after it opens with
_GAP = " \t\u3000"


def _before_later_lists_remark(text: str, begin: int, end: int) -> int:
    """Where the inside of a unit bracket ends before a remark on the lists after it, if any.

    (…按职责分工负责,以下均需各市(州)人民政府落实,不再列出): the part that opens with 以下 after the
    units, and all after it, name no units of this task. A copy may print it straight after the
    role word, or after a space instead of the comma (…按职责分工负责 以下均需…). A part after 以下
    that labels a list of its own (…牵头,以下单位配合:区法院、区检察院) is no remark: its units are
    read.

    Examples:
        >>> text = "省直各部门负责,以下均需各市人民政府落实,不再列出"
        >>> text[: _before_later_lists_remark(text, 0, len(text))]
        '省直各部门负责'
        >>> text = "省直各部门负责以下同"
        >>> text[: _before_later_lists_remark(text, 0, len(text))]
        '省直各部门负责'
    """
    found = text.find(_LATER_LISTS_REMARK, begin, end)
    while found > begin:
        if any(colon in text[found:end] for colon in ":："):
            return end  # 以下单位配合:区法院…: a list's label, not a remark
        stop = len(text[:found].rstrip(_GAP))
        if text.endswith(_ROLE_SUFFIX_WORDS, begin, stop):
            return stop  # …负责以下均需…: the remark glued to the role word
        if text[stop - 1] in ",;。" and stop - 1 > begin:
            return stop - 1  # …负责,以下均需…
        if (
            text[stop - 1] in _REMARK_BRACKETS
            and stop - 1 > begin
            and not 0 <= _closing(text, stop - 1, text[stop - 1]) < end
        ):
            # …,高新区管委会〔以下均需…落实,不再: the remark in a bracket after the last name,
            # left open by a cut, whose 落实 is no role of the names before it (closed, the role
            # word after it names theirs: …〔以下均需…落实,不再列出〕负责落实)
            return stop - 1
        found = text.find(_LATER_LISTS_REMARK, found + 1, end)
    return end


_MARKED_ROLES = dict(ROLE_MARKERS)
_MARKERS = tuple(_MARKED_ROLES)
_LIST_SIGN = "、"


def _marked_part(text: str, begin: int, end: int) -> list[Field] | None:
    """The fields of a part of a unit bracket whose names print their roles in brackets, or None.

    ``区司法局(牵头)、区法院(配合)``: each name takes the role of the bracket after it, and a
    name without one (``区司法局(牵头)、区财政局``) answers for the work. A name with its role is
    a unit whatever its end (``政策法规科(负责)``); one without must end as a unit's name does.
    One role after the last name of a list that is a part after the first
    (``…(牵头),区法院、区检察院(配合)``) is the role of each; in the first part it is that name's.

    Examples:
        >>> text = "区司法局(牵头)、各镇(街道)、区法院(配合)"
        >>> [(f.label, text[f.begin : f.end]) for f in _marked_part(text, 0, len(text))]
        [('牵头单位', '区司法局'), ('责任单位', '各镇(街道)'), ('配合单位', '区法院')]
    """
    if ROLE_MARKER.search(text, begin, end) is None:
        return None
    fields: list[Field] = []
    start = begin
    for stop in [*_outside_brackets(text, _LIST_SIGN, begin, end), end]:
        marker = next((m for m in _MARKED_ROLES if text.endswith(m, start, stop)), None)
        name_end = stop - len(marker) if marker is not None else stop
        name = text[start:name_end]
        if marker is None:
            if not whole_name(name):
                return None
        elif not 2 <= len(name) <= _LONGEST_NAME or _NOT_IN_NAMES.search(name) is not None:
            return None
        role = _MARKED_ROLES[marker] if marker is not None else Role.RESPONSIBLE
        fields.append(Field(ROLE_WORDS[role], start, name_end, start))
        start = stop + 1
    if (
        begin > 0
        and text[begin - 1] in ",;"
        and len(ROLE_MARKER.findall(text, begin, end)) == 1
        and text.endswith(_MARKERS, begin, end)
    ):
        # 区法院、区检察院(配合): one role after a list names the role of each name of it
        label = fields[-1].label
        fields = [attrs.evolve(field, label=label) for field in fields]
    return fields


def _outside_brackets(text: str, sign: str, begin: int, end: int) -> list[int]:
    """Where ``sign`` stands in ``text[begin:end]`` outside any bracket."""
    found: list[int] = []
    depth = 0
    for index in range(begin, end):
        char = text[index]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char == sign and depth == 0:
            found.append(index)
    return found


_UNNAMED_OTHERS = ("有关", "相关", "其他", "其它")  # 会同有关部门: others the text does not name


def _part_fields(text: str, begin: int, end: int) -> list[Field] | None:
    """The fields of a part of a unit bracket that names units: with a role word, or a deadline.

    ``区司法局会同区财政局``, ``区司法局、区法院牵头``, and ``区司法局于6月底前完成`` (a unit
    and the time glued to it: the unit answers for the task).
    """
    part = (
        _joint_part(text, begin, end)
        or _listed_part(text, begin, end)
        or _marked_part(text, begin, end)
        or _suffixed(text, begin, end)
    )
    if part is not None:
        return part
    glued = _glued_time(text, begin, end)
    if glued is None:
        return None
    return [
        Field(ROLE_WORDS[Role.RESPONSIBLE], begin, glued[0], begin),
        Field(TIME_LABELS[0], glued[1], end, glued[1]),
    ]


_LISTED_LABEL = re.compile(
    "(?:以下|下列)各?(?:"
    + "|".join(UNIT_COLUMN_ENDS)
    + ")?(?P<role>"
    + "|".join(sorted((suffix for suffix, _ in ROLE_SUFFIXES), key=len, reverse=True))
    + ")[:：]"
)


def _listed_part(text: str, begin: int, end: int) -> list[Field] | None:
    """The fields of a part that labels a list of its own after 以下 or 下列, or None.

    ``(区司法局牵头;以下各单位配合:区法院、区检察院)``: the part after 以下 names the units of the
    role its label ends with, as ``配合单位:区法院、区检察院`` would.

    Examples:
        >>> text = "以下各单位配合:区法院、区检察院"
        >>> [(f.label, text[f.begin : f.end]) for f in _listed_part(text, 0, len(text))]
        [('配合单位', '区法院、区检察院')]
    """
    label = _LISTED_LABEL.match(text, begin, end)
    if label is None:
        return None
    after = label.end()
    stop = _without_others(text, after, end)
    if stop <= after or not _all_units(text, after, stop):
        return None
    role = dict(ROLE_SUFFIXES)[label["role"]]
    return [Field(ROLE_WORDS[role], after, stop, after)]


def _joint_part(text: str, begin: int, end: int) -> list[Field] | None:
    """The fields of a part of a unit bracket ``X会同Y`` (or ``X会同Y负责``), or None.

    The unit before 会同 leads the work, those after it cooperate: ``(区司法局会同区财政局)``,
    ``(区司法局会同区财政局、区审计局等部门负责)``. With others it does not name (``会同有关部门
    负责``) the part is read by its role word alone.

    Examples:
        >>> text = "区司法局会同区财政局、区审计局等部门负责"
        >>> [(f.label, text[f.begin : f.end]) for f in _joint_part(text, 0, len(text))]
        [('牵头单位', '区司法局'), ('配合单位', '区财政局、区审计局')]
    """
    joint = text.find(JOINT_LEAD_WORD, begin, end)
    if joint < 0:
        return None
    after = joint + len(JOINT_LEAD_WORD)
    stop = end
    for suffix in _ROLE_SUFFIX_WORDS:
        if text.endswith(suffix, after, end):
            stop = end - len(suffix)
            break
    stop = _without_others(text, after, stop)
    if text.startswith(_UNNAMED_OTHERS, after):
        return None  # (国家发展改革委会同有关部门负责): the one unit named answers for the work
    if not (_all_units(text, begin, joint) and _all_units(text, after, stop)):
        return None
    return [
        Field(ROLE_WORDS[Role.LEAD], begin, joint, begin),
        Field(ROLE_WORDS[Role.COOPERATING], after, stop, after),
    ]


def _read_fields(text: str, fields: list[Field], waiting: list[int]) -> list[Field] | None:
    """A unit bracket's fields, or None where some of its names wait for a role word in vain.

    Names after a full stop that no role word ends (``(…牵头。各街道办事处)``) are left out.
    """
    if waiting and fields and text[waiting[0] - 1] == "。":
        return fields
    return None if waiting or not fields else fields


def _attends(text: str, begin: int, end: int, fields: list[Field]) -> bool:
    """Whether a part of a bracket ending in 参加 says who attends, not which units cooperate.

    In the genre 参加 mostly names those who attend (全体干部职工参加, 学生参加); it names
    cooperating units only after the units that lead or answer for the work, in the same bracket
    (市发展改革委牵头,市教育局参加).
    """
    return text.endswith(_ATTEND_WORD, begin, end) and not any(
        field.label in _NAMING_LABELS for field in fields
    )


_ROLE_SUFFIX_WORDS = tuple(suffix for suffix, _ in ROLE_SUFFIXES)
_LONGEST_FIRST = sorted(_ROLE_SUFFIX_WORDS, key=len, reverse=True)
_VERB_ROLE_WORDS = frozenset({"落实", "参与"})
"""Role words that are first of all verbs of the work: after a unit's name they give its role
(各镇街落实, 有关部门参与), after any other word they say what is done (确保落实, 贯彻落实, 督促落实,
政策落实, 社会力量参与)."""


def _does_without_a_unit(text: str, begin: int, end: int) -> bool:
    """Whether a part of a bracket ends in a verb of the work that no unit's name stands before.

    ``(各区贯彻落实)``, ``(市督查室督促落实)``, ``(确保落实)`` and ``(鼓励社会力量参与)`` say what is
    done, not who does it: a role word that is first of all a verb (`_VERB_ROLE_WORDS`) gives a
    role only to the name it follows straight on (``各镇街落实``, ``有关部门参与``). A longer role
    word that ends alike (负责落实, 牵头落实) is read as before.

    Examples:
        >>> [_does_without_a_unit(t, 0, len(t)) for t in ("各区贯彻落实", "各镇街落实", "区司法局牵头落实")]
        [True, False, False]
    """
    word = next((word for word in _LONGEST_FIRST if text.endswith(word, begin, end)), None)
    if word not in _VERB_ROLE_WORDS:
        return False
    return not _ends_as_unit(text, begin, _without_others(text, begin, end - len(word)))


def _parts(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where each part of a unit bracket's inside ends, and where the next starts.

    Parts end at a comma or a full stop, and after a role word that a name follows straight on,
    as when a copy dropped the space between the parts (``(县发改局牵头 县财政局配合)``): a name
    that opens as a level's (县, 各) or that a role word of its own ends (``浦东新区政府配合``).
    """
    nested = _nested(text, begin, end)
    opened = [open_at for open_at, _ in nested]  # outermost brackets: in order, none overlapping
    parts: list[tuple[int, int]] = []
    stops = [found.start() for found in _PART_ENDS.finditer(text, begin, end)]
    for stop in stops:
        inner = bisect.bisect_left(opened, stop) - 1  # the last bracket opened before it
        if inner < 0 or nested[inner][1] <= stop:
            parts.append((stop, stop + 1))
    for position in sorted(_role_word_ends(text, begin, end)):
        # the part after the role word runs to the next comma or stop, found among those read
        following = bisect.bisect_left(stops, position)
        stop = stops[following] if following < len(stops) else end
        if not text.startswith(_NAME_OPENINGS, position) and not _ends_in_role_word(
            text, position, stop
        ):
            continue
        suffix = next(w for w in _ROLE_SUFFIX_WORDS if text.endswith(w, begin, position))
        named = position - len(suffix)
        if text.endswith("等", begin, named):  # 省财政厅等牵头
            named -= 1
        if named - begin >= 2 and (
            text[_name_end(text, begin, named) - 1] in UNIT_ENDS
            or text.endswith(PERSON_TITLES, begin, named)
        ):  # a unit's name or a person's office (分管副省长负责 省工商局牵头) before the role word
            parts.append((position, position))
    return [*sorted(parts), (end, end + 1)]


def _name_end(text: str, begin: int, end: int) -> int:
    """Where a name ending ``text[begin:end]`` ends before the bracket of its variant, if any.

    ``制发司(局)`` and ``各县(市、区)`` end as ``制发司`` and ``各县`` do. Any last bracket counts,
    unlike ``_units._ends_in_own_bracket``: the part is already bounded (by a role word or a
    bracket's parts), and only its last character before the bracket is asked for.

    Examples:
        >>> _name_end("制发司(局)", 0, 6), _name_end("区司法局", 0, 4)
        (3, 4)
    """
    if end - begin < 2 or text[end - 1] != ")":
        return end
    opened = text.rfind("(", begin, end - 1)
    return opened if opened > begin else end


def _ends_in_role_word(text: str, begin: int, stop: int) -> bool:
    """Whether the part of a unit bracket ``text[begin:stop]`` is a name and its role word.

    ``浦东新区政府配合`` is; the second word of ``牵头负责`` is none.
    """
    word = next((w for w in _ROLE_SUFFIX_WORDS if text.endswith(w, begin, stop)), None)
    named = stop - len(word) if word is not None else begin
    # 档案资料馆配合, 区委党校配合: a name that ends as a hall's or a school's is one too
    return named - begin >= 2 and whole_name(text[begin:named])


_BRACKET_MARK = re.compile("[" + re.escape("".join((*_OPENERS, *_CLOSERS))) + "]")


def _nested(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where the brackets inside ``text[begin:end]`` open and close, outermost ones only.

    A remark in a bracket of its own inside a unit bracket (…,镇江新区管委会〔以下均需各市、区人民
    政府落实,不再列出〕负责落实) holds commas that part nothing of the list. One pass over the
    brackets' marks.
    """
    spans: list[tuple[int, int]] = []
    opened: list[tuple[str, int]] = []
    for mark in _BRACKET_MARK.finditer(text, begin, end):
        char = mark.group()
        if char in _OPENERS:
            opened.append((char, mark.start()))
        elif opened and _OPENERS[opened[-1][0]] == char:
            _, at = opened.pop()
            if not opened:
                spans.append((at, mark.start()))
    return spans


def _role_word_ends(text: str, begin: int, end: int) -> set[int]:
    """Where a role word (牵头, 配合 …) ends inside ``text[begin:end]``, before its end."""
    ends: set[int] = set()
    for word in _ROLE_SUFFIX_WORDS:
        found = text.find(word, begin, end)
        while found != -1:
            if found + len(word) < end:
                ends.add(found + len(word))
            found = text.find(word, found + 1, end)
    return ends


def _guides(text: str, begin: int, end: int) -> int:
    """The length of the word that makes a part of a unit bracket a guiding body's (商务部指导), or 0."""
    for word in GUIDE_WORDS:
        stop = end - len(word)
        if text.endswith(word, begin, end) and stop - begin >= 2 and text[stop - 1] in UNIT_ENDS:
            return len(word)
    return 0


def _before_closing_note(text: str, begin: int, end: int) -> int:
    """Where a part of a unit bracket ends before a remark in a bracket of its own closing it.

    (…,各区人民政府负责落实〔以下均需各区人民政府落实,不再列出〕): the remark after the role word
    is no part of the units or their role. A bracket that holds no clause (各县(市、区)) closes a
    name and stays.
    """
    nested = _nested(text, begin, end)
    if not nested or nested[-1][1] != end - 1:
        return end
    open_at, close_at = nested[-1]
    if open_at > begin and any(mark in text[open_at:close_at] for mark in ",;。"):
        return open_at
    return end


def _names_no_units(text: str, start: int, stop: int, fields: list[Field]) -> bool:
    """Whether a part of a unit bracket is a note among its units, not units of the work.

    A remark on the list (…负责,列第一位者为牵头单位,下同), the people after the units (县发改局负责,
    责任领导:王五), and how far a 立法 project has come after the unit that drafts it
    (市消防救援支队起草;已通过市政府常务会议审议).

    Examples:
        >>> text = "市消防救援支队起草;已通过市政府常务会议审议"
        >>> ranges, fields = split_fields(f"1.某市条例({text})")
        >>> [f"1.某市条例({text})"[f.begin : f.end] for f in fields]
        ['市消防救援支队']
    """
    if _is_remark(text, start, stop):
        return True
    after_units = bool(fields)
    return after_units and (
        _PERSON_PART.match(text, start, stop) is not None
        or STAGE_NOTE.match(text, start, stop) is not None
    )


def _is_remark(text: str, begin: int, end: int) -> bool:
    """Whether a part of a unit bracket is a remark on the units: 下同, 列第一位者为牵头单位.

    A remark in a bracket of its own after a name (市卫健委(列第一位为牵头单位,下同)、市财政局负责)
    is the name's note, not the part's: the part is read without it.
    """
    nested = _nested(text, begin, end)
    if not nested:
        return UNIT_REMARK.fullmatch(text, begin, end) is not None
    outside: list[str] = []
    cursor = begin
    for open_at, close_at in nested:
        outside.append(text[cursor:open_at])
        cursor = close_at + 1
    outside.append(text[cursor:end])
    return UNIT_REMARK.fullmatch("".join(outside)) is not None


def _suffixed(text: str, begin: int, end: int) -> list[Field] | None:
    """The units of ``区司法局、区法院牵头`` as fields of the role its last word names.

    People named beside the units (``分管副省长、协管副秘书长负责``) are none of them.

    Examples:
        >>> text = "分管副省长、协管副秘书长负责,省国资委牵头"
        >>> ranges, fields = split_fields(f"推进改革({text})")
        >>> [(f.label, f"推进改革({text})"[f.begin:f.end]) for f in fields]
        [('牵头单位', '省国资委')]
    """
    for suffix, role in ROLE_SUFFIXES:
        if text.endswith(suffix, begin, end) and end - len(suffix) > begin:
            label = ROLE_WORDS[role]
            stop = end - len(suffix)
            fields: list[Field] = []
            start = begin
            # 及 and 和 join two units, not the words of one (工业和信息化部)
            joins = [mark.start() for mark in JOIN_MARKS.finditer(text, begin, stop)]
            for position in [*joins, stop]:
                last = position if position == stop else joins_at(text, position, stop)
                if last >= 0:
                    if last > start and not _names_person(text, start, last):
                        fields.append(Field(label, start, last, start))
                    start = position + 1
            return fields
    return None


_LONGEST_PERSONAL_NAME = 3  # 张三, 欧阳明: a person's name after the office's title


def _names_person(text: str, begin: int, end: int) -> bool:
    """Whether a name in a list of units is a person's: an office (分管副县长), or with a name.

    Examples:
        >>> [_names_person(t, 0, len(t)) for t in ("分管副县长", "分管副县长张三", "县委书记处")]
        [True, True, False]
    """
    if head_of_unit(text, begin, end) < end:
        return False  # 县发改局局长王五: a unit and its head; the unit is read, the head noted
    if text.endswith(PERSON_TITLES, begin, end):
        return True
    for title in PERSON_TITLES:
        at = text.find(title, begin, end)
        rest = end - at - len(title)
        if at >= 0 and 2 <= rest <= _LONGEST_PERSONAL_NAME and text[end - 1] not in UNIT_ENDS:
            return True
    return False


def _labelled_fields(  # noqa: C901  (one linear scan; splitting it would hide the cursor)
    text: str, begin: int = 0
) -> tuple[list[tuple[int, int]], list[Field]]:
    """Split a normalised line into running-text ranges and labelled fields.

    Examples:
        >>> text = "加强培训。(牵头单位:区司法局;配合单位:区法院)"
        >>> ranges, fields = split_fields(text)
        >>> [text[a:b] for a, b in ranges], [(f.label, text[f.begin:f.end]) for f in fields]
        (['加强培训。'], [('牵头单位', '区司法局'), ('配合单位', '区法院')])
    """
    if ":" not in text:
        return [(begin, len(text))], []
    matches = list(FIELD_LABEL.finditer(text, begin))
    if not matches:
        return [(begin, len(text))], []
    ranges: list[tuple[int, int]] = []
    fields: list[Field] = []
    cursor = begin
    index = 0
    while index < len(matches):
        match = matches[index]
        start = match.start()
        if start < cursor:
            index += 1
            continue
        before = text[start - 1] if start > begin else ""
        label = match.group("label")
        if (
            label in _SHORT_LABELS
            and before not in ("", *_OPENERS, ";")
            and not _after_role_word(text, begin, start, label)
        ):
            index += 1
            continue
        if before in _OPENERS:
            group_start = start - 1
            close = _closing(text, group_start, before)
            group_end = close if close >= 0 else len(text)
            after = group_end + 1 if close >= 0 else group_end
        else:
            group_start = start
            group_end = len(text)
            after = group_end
        if group_start > cursor:
            ranges.append((cursor, group_start))
        last = index
        while last < len(matches) and matches[last].start() < group_end:
            last += 1
        inner = matches[index:last]
        for position, item in enumerate(inner):
            stop = inner[position + 1].start() if position + 1 < len(inner) else group_end
            value_end = _value_end(text, item.group("label"), item.end(), stop)
            fields.extend(_with_time_apart(text, item, value_end))
        index += len(inner)
        cursor = after
    if cursor < len(text):
        ranges.append((cursor, len(text)))
    return ranges, fields


_PERSON_PART = re.compile(
    "(?:" + "|".join(sorted((*PERSON_LABELS, "电话"), key=len, reverse=True)) + "):"
)


def _after_role_word(text: str, begin: int, start: int, label: str) -> bool:
    """Whether a person's label follows a unit's role word and a comma (…负责,责任领导:).

    A bracket may name the units with their role words, then the person who answers for the
    work (（县发改局负责，责任领导：王五）): after the role word the label reads as one.
    """
    return (
        label in PERSON_LABELS
        and start - 1 > begin
        and text[start - 1] == ","
        and text.endswith(_ROLE_SUFFIX_WORDS, begin, start - 1)
    )


def _with_time_apart(text: str, item: re.Match[str], end: int) -> list[Field]:
    """A labelled field, and apart from it a time that stands between its units and the next label.

    ``(牵头单位:区司法局;2024年6月底前完成;责任单位:…)``: the time is the task's completion
    time, not a part of the list of units.
    """
    label, begin = item.group("label"), item.end()
    if label in TIME_LABELS:
        return [Field(label, begin, end, item.start())]
    fields: list[Field] = []
    start = begin  # the start of the units not yet taken into a field
    part = begin
    for stop in [*(mark.start() for mark in _LIST_STOPS.finditer(text, begin, end)), end]:
        glued = _glued_time(text, part, stop)
        if glued is not None:  # 区司法局于6月底前完成: the time glued to the last name
            fields.append(Field(label, start, glued[0], item.start() if not fields else start))
            fields.append(Field(TIME_LABELS[0], glued[1], stop, glued[1]))
            start = stop + 1
        elif stop > part and says_when(text, part, stop) and part > begin:
            if part - 1 > start:
                fields.append(Field(label, start, part - 1, item.start() if not fields else start))
            fields.append(Field(TIME_LABELS[0], part, stop, part))
            start = stop + 1
        part = stop + 1
    if end > start:
        fields.append(Field(label, start, end, item.start() if not fields else start))
    return fields or [Field(label, begin, end, item.start())]


# where a time glued to a unit's name starts: 于6月底前, 2024年底前, 年内, 长期坚持
_TIME_OPENING = re.compile(r"于?(?:\d{1,4}[年月]|[本今明次]年|年[底内]|[上下]半年)")
_DEADLINE_END = re.compile("(?:前|底|内)(?:完成)?$|完成$")  # 6月底前, 年内完成: the task's deadline


def _glued_time(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """Where the units end and a time glued to them starts in ``text[begin:end]``, or None.

    ``区司法局于6月底前完成`` is a unit and its time: the names before the time are units'
    names alone, and the rest says when.

    Examples:
        >>> text = "区司法局、区法院于6月底前完成"
        >>> _glued_time(text, 0, len(text)), _glued_time("区司法局", 0, 4)
        ((8, 9), None)
    """
    found = _TIME_OPENING.search(text, begin + 2, end)
    if found is None or not says_when(text, found.start(), end):
        return None
    if _DEADLINE_END.search(text, found.start(), end) is None:
        return None  # (市政府2019年印发): a date of other work, not the task's deadline
    # neither check holds the other: each part around a 和 ends as a unit's name, and each name
    # opens as one does (司法局 opens as none; 区人力资源和社会保障局 has a part that ends as none)
    if not _all_units(text, begin, found.start()) or not names_units_only(
        text, begin, found.start()
    ):
        return None
    time = found.start() + 1 if text.startswith("于", found.start()) else found.start()
    return found.start(), time


def _value_end(text: str, label: str, begin: int, stop: int) -> int:
    """Where the value of a field from ``begin`` ends, before ``stop`` and its trailing marks.

    Units end with their sentence (责任单位:省发改委按职责分工负责。具体任务…不再做分工): what
    follows the full stop is a remark.
    """
    end = stop
    if label not in TIME_LABELS:
        sentence = text.find("。", begin, end)
        end = end if sentence < 0 else sentence
        # another label's value, of a kind not read here, follows (…;适用范围:所有试验区)
        other = _OTHER_LABEL.search(text, begin, end)
        end = end if other is None else other.start()
    while end > begin and text[end - 1] in _TRAILING:
        end -= 1
    return end
