"""Who does the work: role labels (牵头单位：…), unit names, and guesses of kind and level.

The kind and level of a unit are guessed from its name by tables of prefixes and suffixes (data,
not branches); the longest matching suffix wins.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attrs

from rulegov.model import Role, UnitKind, UnitLevel
from rulegov.parse._vocab import (
    ABOVE_WORDS,
    COLLECTIVE_OPENINGS,
    DEPARTMENT_WORDS,
    EACH_LEADS,
    GUIDE_LABELS,
    HEAD_TITLES,
    LEAD_STARS,
    LIST_NOTES,
    LIST_OTHERS,
    LIST_ROLE_WORDS,
    MORE_NAME_ENDS,
    MORE_NAME_WORDS,
    NAME_AND_WORD_ENDS,
    PERSON_ENDS,
    PERSON_LABELS,
    PLACE_ENDS,
    PLACE_OWN_ORGANS,
    ROLE_LABELS,
    ROLE_QUALIFIERS,
    SENTENCE_DIVISION_OPENER,
    TIME_LABELS,
    UNIT_ENDS,
    UNIT_KIND_ENDINGS,
    UNIT_LEVEL_ENDINGS,
    UNIT_LEVEL_OPENINGS,
    UNIT_LIST_MARKS,
    UNIT_REMARK,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "FIELD_LABEL",
    "JOIN_MARKS",
    "ROLE_MARKER",
    "ROLE_MARKERS",
    "Named",
    "broken_off",
    "guess_kind",
    "guess_level",
    "head_of_unit",
    "hosted_names",
    "is_abbreviation",
    "joins_at",
    "letter_runs",
    "list_goes_on",
    "names_roles_by_words",
    "parts_at_line_end",
    "parts_at_space",
    "parts_in_run",
    "split_names",
    "whole_name",
]

_ALL_LABELS = sorted(
    [*ROLE_LABELS, *TIME_LABELS, *PERSON_LABELS, *GUIDE_LABELS], key=len, reverse=True
)
_KIND_WORDS = "(?:单位|部门|处室|科室|股室)"
# a label's bracket that restates what it names: 责任单位(部门), 牵头单位(部门/处室)
_RESTATED = rf"(?:\({_KIND_WORDS}(?:[、/]{_KIND_WORDS})*\))?"
FIELD_LABEL = re.compile("(?P<label>" + "|".join(_ALL_LABELS) + ")" + _RESTATED + ":")
"""A role, time, person or guiding body's label followed by a colon, in normalised text.

The label may restate what it names in brackets before the colon: 责任单位(部门):."""

# the brackets of a name or of a remark after it: the inner angle bracket stands inside another
# (配合单位:…各区人民政府〈含开发区、风景区管委会,下同〉)
_OPEN = "([〔【〈"
_CLOSE = ")]〕】〉"
# The characters split_names acts on: brackets, and the separators of names
_NAME_MARKS = re.compile(r"[(\[〔【〈)\]〕】〉、,;/:]")
ROLE_MARKERS: tuple[tuple[str, Role], ...] = tuple(
    (f"({word})", role)
    for words, role in (
        (("牵头单位", "牵头", "主办", "主责"), Role.LEAD),
        (("责任单位", "负责"), Role.RESPONSIBLE),
        (("配合单位", "配合", "协办", "协助", "参与"), Role.COOPERATING),
    )
    for word in words
)
"""A name's role in a bracket after it (区司法局(牵头)、区法院(配合))."""
ROLE_MARKER = re.compile("|".join(re.escape(marker) for marker, _ in ROLE_MARKERS))
_MARKER_OPENINGS = tuple(marker for marker, _ in ROLE_MARKERS)
_ROLE_WORD_ENDS = tuple(word for word, _ in LIST_ROLE_WORDS)
_MODAL_ENDS = frozenset("要应應须須")  # 各部门要牵头: a duty's word between a name and its role
_PLACE_WORD = 2  # 各县, 省: a place a list's next part of one character shares words with
# 各县、区人民政府 and 相关市、县政府: a place word, then another that shares the government after it
_SHARED_PLACE = re.compile("(?:各|相关|相關|有关|有關)?[" + "".join(sorted(PLACE_ENDS)) + "]")
_SHARED_GOVERNMENT = re.compile(
    "["
    + "".join(sorted(PLACE_ENDS))
    + r"](?:\([^()]{1,6}\))?(?:人民政府|政府|党委|黨委|党委和政府|黨委和政府)(?:\([^()]{1,6}\))?"
)  # 各区、县(市)政府 and 各县、区人民政府(管委会) too
# 高新区、循环化工园区、综合保税区管委会: zones that share the committee named after the last
_ZONE = re.compile("[^各]{1,8}[区區]")  # 城乡一体化示范区 too
_ZONE_GOVERNMENT = re.compile(
    "[^、]{1,8}[区區](?:党工委和|黨工委和)?(?:管委会|管委會|管理委员会|管理委員會)"
)  # 城乡一体化示范区、高新区党工委和管委会 too
_CITY_GOVERNMENT = re.compile("(.+)[市县縣](?:人民政府|政府)")
_BARE_PLACE = 4  # 哈尔滨、黑河、绥芬河市政府: the longest place named without its 市 or 县
_MIN_NAME = 2  # no unit has a name of one character (a cut 区 or 市 is none)
_LONGEST_NAME_BRACKET = 8  # a bracket inside a name: 镇(街道), 各县(市、区), 区人大常委会(法工委)
# 及 and 和 join two units when the words before them end a unit's name (区司法局及各镇), not in
# one name (工业和信息化部)
_JOINS = "及和"
JOIN_MARKS = re.compile(f"[{_JOINS}]")
"""The characters at which [`joins_at`][rulegov.parse._units.joins_at] may find a join."""
# a unit printed with the body it also acts as in brackets: 区委宣传部(区普法办); the brackets of
# places (镇(街道), 各县(市、区)) and of a role (牵头) end in no organ's character
_HOSTED = re.compile(r"(?P<outer>[^()]{2,}?)\((?P<inner>[^()、,]{3,12})\)")
_ORGAN_ENDS = UNIT_ENDS - PLACE_ENDS - frozenset("街区門门位关關构構")


def hosted_names(name: str) -> tuple[str, str] | None:
    """The two names of a unit printed with the body it also acts as in brackets, or None.

    Examples:
        >>> hosted_names("区委宣传部(区普法办)"), hosted_names("各镇(街道)")
        (('区委宣传部', '区普法办'), None)
    """
    found = _HOSTED.fullmatch(name)
    if found is None:
        return None
    outer, inner = found["outer"], found["inner"]
    if outer[-1] in _ORGAN_ENDS and inner[-1] in _ORGAN_ENDS:
        return outer, inner
    return None


_ENDINGS = (*LIST_OTHERS, *LIST_NOTES)
_LONGEST_BROKEN_NAME = 12  # 区文化 / 旅游局: a name a line's end breaks is a short one
# how a unit's name opens with its place's level (区新兴产业服务中心, 市发改委) or as several
_LEVEL_OPENS = (*sorted(PLACE_ENDS), *COLLECTIVE_OPENINGS)
_WORDS = re.compile(r"[\u4e00-\u9fff]+")  # a name broken over two lines: words, no marks


# a role word after a name in a list (区司法局牵头，区法院配合), and the signs between its parts
_ROLE_WORD_AFTER = re.compile(
    "(?:" + "|".join(sorted({*_ROLE_WORD_ENDS, "负责", "負責"}, key=len, reverse=True)) + ")$"
)
_LIST_PARTS = re.compile(f"[{UNIT_LIST_MARKS};；]")


def _listed_names(text: str) -> list[str]:
    """The names of a list of units, each without the role word after it (办公室牵头,各科室配合)."""
    names = (_ROLE_WORD_AFTER.sub("", name) for name in _LIST_PARTS.split(text.strip()))
    return [name for name in names if name]


_HALF_BRACKETS = str.maketrans("（）", "()")


def names_roles_by_words(text: str) -> bool:
    """Whether a list of units names its roles by words after the names (X牵头，Y配合).

    Examples:
        >>> names_roles_by_words("区司法局牵头，区法院配合"), names_roles_by_words("区司法局、区法院")
        (True, False)
    """
    return any(
        _ROLE_WORD_AFTER.search(name) for name in _LIST_PARTS.split(text.strip().rstrip("。"))
    )


def _bracket_cut(line: str, following: str) -> bool:
    """Whether a line's last bracket is open and the next line's first bracket closes it.

    区委宣传部（牵 / 头）、区法院: a role in brackets after a name, broken over two lines.
    """
    line, following = line.translate(_HALF_BRACKETS), following.translate(_HALF_BRACKETS)
    opened = line.rfind("(")
    closed = following.find(")")
    return (
        opened > line.rfind(")")
        and 0 <= closed <= _LONGEST_NAME_BRACKET
        and "(" not in following[:closed]
    )


def broken_off(line: str, following: str) -> bool:
    """Whether a list of units on one line ends inside a name that the next line finishes.

    The list's other names end as units' names do, its last does not (or is one character, a
    place that heads a name: 市财政局、市 / 人社局), and with the next line's first name it makes
    one that does: 区教育局、区文化 / 旅游局、区体育局. A name alone on its
    line is broken so when it opens with its place's level and the next line's one name does
    not: 区新兴产业 / 服务中心, 区综合行政 / 执法局.

    Examples:
        >>> broken_off("区教育局、区文化", "旅游局、区体育局"), broken_off("区教育局、区科协", "区妇联")
        (True, False)
        >>> broken_off("区新兴产业", "服务中心"), broken_off("区住建局", "区公建中心")
        (True, False)
    """
    names = _listed_names(line)
    after = _listed_names(following)
    if not names or not after or line.rstrip().endswith(tuple(UNIT_LIST_MARKS)):
        return False
    last, first = names[-1], after[0]
    if len(names) == 1 and not (
        len(after) == 1
        and last.startswith(_LEVEL_OPENS)
        and not first.startswith(_LEVEL_OPENS)
        and _WORDS.fullmatch(last + first) is not None
    ):
        return False
    return (
        (
            len(last) < _MIN_NAME
            or len(first) < _MIN_NAME  # 办公室牵头,各科 / 室配合: no name of one character
            or (last[-1] not in UNIT_ENDS and last[-1] not in MORE_NAME_ENDS)
        )
        and all(name[-1] in UNIT_ENDS or name[-1] in MORE_NAME_ENDS for name in names[:-1])
        and first[-1] in UNIT_ENDS
        and len(last) + len(first) <= _LONGEST_BROKEN_NAME
    )


_LONGEST_NEXT_NAME = (
    20  # 中共某某县委全面依法治县委员会办公室: the first name of a list's next line
)


def list_goes_on(value: str, following: str) -> bool:
    """Whether a list of units at a line's end goes on in the next line of text, ``following``.

    A page's or a PDF's end breaks a field's list anywhere: after a mark between two names
    (区财政局、 / 区审计局), inside a name (see ``broken_off``), or inside a name that ends in a
    word some names end with (区人力资源和社会 / 保障局): where every name of the list opens with
    its place's level and the next line's first part opens with none, that part finishes the
    last name. The next line's first part is a name in each case, never a sentence.

    Examples:
        >>> list_goes_on("区财政局、", "区审计局"), list_goes_on("区财政局、区人力资源和社会", "保障局")
        (True, True)
        >>> list_goes_on("区财政局、区审计局", "区教育局"), list_goes_on("区财政局、", "加强执法队伍建设工作。")
        (False, False)
        >>> list_goes_on("区财政局、区审计局", "成立法治督察局"), list_goes_on("县(、县农", "。")
        (False, False)
    """
    value = value.rstrip()
    after = [name for name in re.split(f"[{UNIT_LIST_MARKS}]", following.strip()) if name]
    if not value or not after or len(after[0]) > _LONGEST_NEXT_NAME:
        return False
    first = after[0].rstrip("。;")
    if not first:
        return False  # a stop alone (。) goes on with no list
    if value.endswith(tuple(UNIT_LIST_MARKS)):
        return whole_name(first)
    if broken_off(value, following) or _bracket_cut(value, following):
        return True
    names = [name for name in re.split(f"[{UNIT_LIST_MARKS}]", value) if name]
    last = names[-1]
    return (
        len(names) > 1
        # a last name that ends as a name does (区审计局) is whole: the next line is no rest of it
        and (last[-1] in NAME_AND_WORD_ENDS or not whole_name(last))
        and all(name.startswith(_LEVEL_OPENS) for name in names)
        and not first.startswith(_LEVEL_OPENS)
        and first[-1] in UNIT_ENDS
        and _WORDS.fullmatch(last + first) is not None
        and len(last) + len(first) <= _LONGEST_BROKEN_NAME
    )


_KIND_ORDER = sorted(UNIT_KIND_ENDINGS, key=len, reverse=True)
_COLLECTIVE_PREFIXES = ("各",)

_LEVEL_ORDER = sorted(UNIT_LEVEL_ENDINGS, key=len, reverse=True)


# a plan names the same few units on row after row: each name's kind and level are guessed once
@functools.lru_cache(maxsize=4096)
def guess_kind(name: str) -> UnitKind:
    """Guess what kind of body a (normalised) unit name denotes, by its suffix.

    Examples:
        >>> guess_kind("区司法局").value, guess_kind("各镇(街)").value, guess_kind("区法院").value
        ('government_department', 'collective', 'judicial_organ')
    """
    if name.startswith(_COLLECTIVE_PREFIXES):
        return UnitKind.COLLECTIVE
    for suffix in _KIND_ORDER:
        if name.endswith(suffix):
            return UNIT_KIND_ENDINGS[suffix]
    return UnitKind.OTHER


@functools.lru_cache(maxsize=4096)
def guess_level(name: str) -> UnitLevel | None:
    """Guess the administrative level of a (normalised) unit name, by prefix or suffix.

    Examples:
        >>> guess_level("市司法局").value, guess_level("区法院").value, guess_level("各镇(街)").value
        ('municipal', 'county', 'township')
    """
    for suffix in _LEVEL_ORDER:
        if name.endswith(suffix):
            return UNIT_LEVEL_ENDINGS[suffix]
    for prefix, level in UNIT_LEVEL_OPENINGS.items():
        if name.startswith(prefix):
            return level
    return None


@attrs.frozen(slots=True)
class Named:
    """One unit name found in a value, with its place in the normalised line.

    Attributes:
        begin: Start of the name in the normalised line.
        end: End of the name.
        note: A qualifier printed after it (按职责分工负责, 等有关部门).
        role: A role printed after the name itself (区司法局（牵头）), overriding the label's.
    """

    begin: int
    end: int
    note: str | None = None
    role: Role | None = None


_ALIAS_CLAUSES = ("(以下简称", "(简称")
# 以上任务由 / 上述工作均由: the words that hand the items above to the units after them
_ABOVE_OPENING = re.compile(
    "(?:" + "|".join(ABOVE_WORDS) + ")[^、,;:()]{0,8}?" + SENTENCE_DIVISION_OPENER
)


def _without_alias_clause(text: str, begin: int, end: int) -> int:
    """Where a name ends before its short-name clause: 县政府办公室(以下简称“县府办”)."""
    if text.endswith(")", begin, end):
        for clause in _ALIAS_CLAUSES:
            at = text.rfind(clause, begin, end)
            if at > begin:
                return at
    return end


def _trim(text: str, begin: int, end: int) -> tuple[int, int, str | None, Role | None]:
    note: str | None = None
    role: Role | None = None
    # 区司法局(责任人:张三): a bracket of another field after the name opens no part of it
    while end > begin and text[end - 1] in "。.,;、:([〔【":
        end -= 1
    # the close of a bracket opened before the name (…区委办）): not the name's
    end = _without_stray_closes(text, begin, end)
    end = _without_alias_clause(text, begin, end)
    if text.endswith(")", begin, end):
        for marker, marked in ROLE_MARKERS:
            if text.endswith(marker, begin, end):
                end -= len(marker)
                role = marked
    begin, end, role = _without_stars(text, begin, end, role)
    end, note = _without_note_bracket(text, begin, end, note)
    if text.endswith(_ENDINGS, begin, end):
        for suffix in _ENDINGS:
            if text.endswith(suffix, begin, end) and end - len(suffix) > begin:
                end -= len(suffix)
                note = suffix
                break
    if (
        text.endswith("等", begin, end)
        and end - 1 - begin >= _MIN_NAME
        and (text[end - 2] in UNIT_ENDS or (begin > 0 and text[begin - 1] in UNIT_LIST_MARKS))
    ):
        # 市商务局等负责, and the last of a list (食品产业园、商贸物流园等): the others the 等
        # stands for are not named
        end -= 1
        note = note or "等"
    end, note, role = _role_word(text, begin, end, note, role)
    end = _without_qualifiers(text, begin, end)
    head = head_of_unit(text, begin, end)
    if head < end:
        note = note or text[head:end]  # 县发改局局长王五: the body's head is noted, no unit
        end = head
    end, note = _others_as_note(text, begin, end, note)
    return _without_opening(text, begin, end), end, note, role


_HEAD_TITLE = re.compile("(?:常务|常務)?副?(?:" + "|".join(HEAD_TITLES) + ")")
_LONGEST_PERSONAL_NAME = 3  # 张三, 欧阳明, 李某某


def head_of_unit(text: str, begin: int, end: int) -> int:
    """Where a body's name ends before the office of its head and the person holding it, or ``end``.

    ``县发改局局长王五`` and ``市司法局副局长李某某`` name a unit (县发改局, 市司法局) and a person:
    the body's name ends as a unit's does, the office (`HEAD_TITLES`) follows it, and after the
    office comes the person's name of a few characters, or nothing.

    Examples:
        >>> [
        ...     text[: head_of_unit(text, 0, len(text))]
        ...     for text in ("县发改局局长王五", "市司法局副局长李某某", "区政府办主任", "区司法局")
        ... ]
        ['县发改局', '市司法局', '区政府办', '区司法局']
        >>> text = "县发改局局长办公会"  # a body of its own, no person
        >>> text[: head_of_unit(text, 0, len(text))]
        '县发改局局长办公会'
    """
    for title in _HEAD_TITLE.finditer(text, begin + _MIN_NAME + 1, end):
        at, person = title.start(), text[title.end() : end]
        if (
            text[at - 1] in UNIT_ENDS
            and len(person) <= _LONGEST_PERSONAL_NAME
            and _WORDS.fullmatch(person or "某") is not None
            and (not person or person[-1] not in UNIT_ENDS)
        ):
            return at
    return end


_UNNAMED_OTHERS = re.compile("等(?P<words>[^等]{0,6}?(?:有关|相关|有關|相關)[^等]{0,6})")
"""The words after 等 for the bodies a list leaves unnamed, however they are put (等相关区直部门,
等市级相关单位, 等政府各有关部门): each says 有关 or 相关. Others named as a body (等省直各部门)
are ``_NAMED_OTHERS``, a unit of their own; the words a sentence's division of work ends on
(等部门) are ``_fields._OTHERS_WORDS``."""


def _others_as_note(text: str, begin: int, end: int, note: str | None) -> tuple[int, str | None]:
    """Where a name ends before the words for the others it stands for, those words as its note.

    ``区发改委等相关区直部门`` is ``区发改委`` noted ``等相关区直部门`` (a note already given is
    kept). ``_fields._without_others`` only finds where the names of a sentence end.

    Examples:
        >>> text = "区发改委等相关区直部门"
        >>> end, note = _others_as_note(text, 0, len(text), None)
        >>> text[:end], note
        ('区发改委', '等相关区直部门')
    """
    others = _UNNAMED_OTHERS.search(text, begin, end)
    if (
        others is None
        or others.end() != end
        or others.start() - begin < _MIN_NAME
        or text[others.start() - 1] not in UNIT_ENDS
    ):
        return end, note
    return others.start(), note or others.group()


def _without_qualifiers(text: str, begin: int, end: int) -> int:
    """Where a name ends before the words that qualify its role (市教委分别, 公安部按照职责分工分别).

    Examples:
        >>> text = "公安部按照职责分工分别"
        >>> text[: _without_qualifiers(text, 0, len(text))]
        '公安部'
    """
    trimmed = True
    while trimmed:
        trimmed = False
        for word in ROLE_QUALIFIERS:
            if text.endswith(word, begin, end) and end - len(word) - begin >= _MIN_NAME:
                end -= len(word)
                trimmed = True
                break
    return end


def _without_stars(
    text: str, begin: int, end: int, role: Role | None
) -> tuple[int, int, Role | None]:
    """A name without the star that marks it its task's lead (区司法局*, ★区发改委), and the role.

    Examples:
        >>> _without_stars("区司法局*", 0, 5, None)
        (0, 4, <Role.LEAD: 'lead'>)
    """
    stars = "".join(LEAD_STARS)
    if end - begin > _MIN_NAME and text[end - 1] in stars:
        role = Role.LEAD
        while end > begin and text[end - 1] in stars + " ":
            end -= 1
    if end - begin > _MIN_NAME and text[begin] in stars:
        role = Role.LEAD
        while begin < end and text[begin] in stars + " ":
            begin += 1
    return begin, end, role


def _without_opening(text: str, begin: int, end: int) -> int:
    """Where a name starts after the words of a division before it (由, 以上任务由)."""
    opening = _ABOVE_OPENING.match(text, begin, end)
    if opening is not None and opening.end() < end:
        begin = opening.end()  # (以上任务由区发改委牵头,…): the units of the items above
    while begin < end and text[begin] == SENTENCE_DIVISION_OPENER:
        begin += 1
    if text.startswith(_REQUEST_WORD, begin) and end - begin - 1 >= _MIN_NAME:
        begin += 1  # 请区法院配合: the word that asks a body for its help is no part of its name
    by = text.find(SENTENCE_DIVISION_OPENER, begin + 1, end - _MIN_NAME + 1)
    if by > begin and text[by - 1] not in UNIT_ENDS and text[by - 1] not in _BY_IN_WORDS:
        # 规章由政策法规司牵头: the work a bracket hands out (规章) before 由, then its unit
        return by + 1
    need = text.find(_NEED_WORD, begin + 1, end - _MIN_NAME + 1)
    if need > begin and text[need - 1] not in UNIT_ENDS:
        # 各项政策措施均需各市政府落实: the work every unit must carry out before 需, then the unit
        return need + 1
    return begin


_REQUEST_WORD = "请"  # no unit's name opens with it
_NEED_WORD = "需"  # a word of duty (均需, 还需), in no unit's name
_BY_IN_WORDS = frozenset("自理缘事经")  # 自由贸易区, 理由, 缘由, 事由, 经由: 由 in a word


def _role_word(
    text: str, begin: int, end: int, note: str | None, role: Role | None
) -> tuple[int, str | None, Role | None]:
    """A name without the role word after it (市农业农村局分别牵头, 县公安局配合), and the role."""
    if not text.endswith(_ROLE_WORD_ENDS, begin, end):
        return end, note, role
    for word, worded in LIST_ROLE_WORDS:
        if text.endswith(word, begin, end) and end - len(word) - begin >= _MIN_NAME:
            cut = end - len(word)
            # 各部门要牵头落实: the modal word before the role word is no part of the name
            while cut - begin > _MIN_NAME and text[cut - 1] in _MODAL_ENDS:
                cut -= 1
            return (
                cut,
                note or (EACH_LEADS if word.startswith(EACH_LEADS) else None),
                role or worded,
            )
    return end, note, role


_NOTE_OPENERS = {")": "(", "〕": "〔", "]": "[", "】": "【", "〉": "〈"}


def _without_note_bracket(
    text: str, begin: int, end: int, note: str | None
) -> tuple[int, str | None]:
    """Where a name ends before a bracket of remarks after it: 市卫健委(列第一位为牵头单位,下同).

    The remark may stand in any of the genre's brackets (高新区管委会〔以下均需…落实,不再列出〕). A
    bracket that is part of a name is short and holds no clause (各镇(街道), 各县(市、区)).
    """
    closer = text[end - 1] if end > begin else ""
    opener = _NOTE_OPENERS.get(closer)
    if opener is None:
        return end, note
    depth = 0
    for index in range(end - 1, begin - 1, -1):
        char = text[index]
        if char == closer:
            depth += 1
        elif char == opener:
            depth -= 1
            if depth == 0:
                inside = text[index + 1 : end - 1]
                if index - begin >= _MIN_NAME and (
                    len(inside) > _LONGEST_NAME_BRACKET or any(mark in inside for mark in ",;。")
                ):
                    return index, note or inside
                return end, note
    return end, note


def _without_stray_closes(text: str, begin: int, end: int) -> int:
    """Where ``text[begin:end]`` ends without the closing brackets at its end that close nothing.

    Such a close belongs to a bracket opened before the name (…区委办）). One pass over the name,
    however many the closes (a name of junk may end in thousands).
    """
    waiting = 0
    stray: list[int] = []  # the closes with no bracket of the name open before them
    for mark in _NAME_MARKS.finditer(text, begin, end):
        char = mark.group()
        if char in _OPEN:
            waiting += 1
        elif char in _CLOSE:
            if waiting:
                waiting -= 1
            else:
                stray.append(mark.start())
    while stray and stray[-1] == end - 1:
        stray.pop()
        end -= 1
    return end


def _closed_openers(text: str, begin: int, end: int) -> set[int]:
    """The positions of the opening brackets in ``text[begin:end]`` that a bracket closes."""
    waiting: list[int] = []
    closed: set[int] = set()
    for mark in _NAME_MARKS.finditer(text, begin, end):
        char = mark.group()
        if char in _OPEN:
            waiting.append(mark.start())
        elif char in _CLOSE and waiting:
            closed.add(waiting.pop())
    return closed


_MIN_SPACED_NAME = 3  # 区法院: the shortest name a space can stand after
# the words that join two names in a list printed apart by spaces (区司法局 与 区法院)
SPACED_CONJUNCTIONS = ("以及", "会同", "會同", "与", "與", "及", "和")
# a part of an organ that a space may set apart from its name (区人民政府 办公室, 县人大 常委会):
# with no place of its own it heads no unit
_OWN_PART = re.compile("办公室|辦公室|常委会|常委會")
# a bureau's branch (市公安局 交警支队, 区市场监管局 执法大队): the bureau's, after a 局 or a 队;
# after another body (公路站 交警六中队) a unit of its own
_BRANCH = re.compile("[\u4e00-\u9fff]{0,4}(?:支队|支隊|大队|大隊|中队|中隊|分局|派出所)")
# a party committee's department (中共某某县委 宣传部): a word ending in 部 after a 委
_COMMITTEES_PART = re.compile("[\u4e00-\u9fff]{1,3}部")
# a place's party committee in two characters (市委, 县委, 区委): a whole name before a placed one
_SHORT_COMMITTEE = re.compile("[省市县区州旗縣區]委")
_PLACE_OPENINGS = (*PLACE_ENDS, "中共", "国家", "國家", *COLLECTIVE_OPENINGS)


def parts_at_space(before: str, after: str) -> bool:
    """Whether a space between ``before`` and ``after`` in a list of units parts two names.

    A list printed apart by spaces (区财政局 区审计局) is parted where the words before the space
    end as a unit's name does (局, 委, 办, 中心, 协 …), or where both sides are long enough to be
    names of their own (文化宣传股 文化馆); never after a place alone, which heads the name after
    it (某某市 司法局), nor at a character cut off (区 司法局, 市司法 局), nor before a note or a
    conjunction (等有关部门, 按职责分工负责, 与区法院: see ``SPACED_CONJUNCTIONS``), nor before a
    part of the organ with no place of its own (区人民政府 办公室, 县人大 常委会, 中共某县委
    宣传部). A place's committee in two characters (区委 区政府) is a whole name before a placed one.
    ``after`` is the text up to the next space.

    Examples:
        >>> parts_at_space("市政府办公室", "市司法"), parts_at_space("市司法", "局")
        (True, False)
        >>> parts_at_space("市税务局", "市协"), parts_at_space("某某市", "司法局")
        (True, False)
        >>> parts_at_space("各乡镇", "街道"), parts_at_space("区司法局", "等有关部门")
        (True, False)
        >>> parts_at_space("区人民政府", "办公室"), parts_at_space("区委", "区政府办公室")
        (False, True)
    """
    if after[:1] in ("", "等", "按") or after.startswith(SPACED_CONJUNCTIONS):
        return False
    if _SHORT_COMMITTEE.fullmatch(before) and after.startswith(_PLACE_OPENINGS):
        return True  # 县委 县政府: the committee and the government, two names
    if len(before) < _MIN_SPACED_NAME:
        return False
    last = before[-1]
    if last in PLACE_ENDS and not before.startswith(COLLECTIVE_OPENINGS):
        return False  # 某某市 司法局: the place heads the name after it
    if not after.startswith(_PLACE_OPENINGS) and (
        _OWN_PART.fullmatch(after)
        or (last == "委" and _COMMITTEES_PART.fullmatch(after))
        or (last in "局队隊" and _BRANCH.fullmatch(after))
    ):
        return False  # 区人民政府 办公室: the organ's own office
    return last in UNIT_ENDS or last in MORE_NAME_ENDS or len(after) >= _MIN_SPACED_NAME


def parts_at_line_end(before: str, after: str) -> bool:
    """Whether a line's end between ``before`` and ``after`` in a list of units parts two names.

    A page's or a PDF's end breaks a list inside a name as readily as between two: it parts
    names as a space does (see ``parts_at_space``), but never after words that end no unit's name
    (区市场监督 / 管理局), nor after a word that ends names and other words alike (社会, 内部,
    机关) between a name that opens with its place's level and the end of a name that opens with
    none (区人力资源和社会 / 保障局).

    Examples:
        >>> parts_at_line_end("区市场监督", "管理局"), parts_at_line_end("区人力资源和社会", "保障局")
        (False, False)
        >>> parts_at_line_end("区财政局", "区审计局"), parts_at_line_end("区财政局", "人民银行某支行")
        (True, True)
    """
    last = before[-1:]
    if last and last not in UNIT_ENDS and last not in MORE_NAME_ENDS:
        return False
    if (
        last in NAME_AND_WORD_ENDS
        and before.startswith(_LEVEL_OPENS)
        and not after.startswith(_LEVEL_OPENS)
        and after[-1:] in UNIT_ENDS
        and _WORDS.fullmatch(before + after) is not None
        and len(before) + len(after) <= _LONGEST_BROKEN_NAME
    ):
        return False
    return parts_at_space(before, after)


_MIN_LETTER_RUN = 3  # 市 委 办: the fewest single characters that spell a name out
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]{2}")  # two characters of a name spelt out


def letter_runs(words: Sequence[str], single: Sequence[bool]) -> list[int]:
    """Where the letter-spaced run of each word ends: a name spelt out character by character.

    A name may be printed with every character parted by one space (市 委 政 法 委, 区 司 法 局),
    as a table's cell or a field fills its width: such a space parts no words. ``words`` are the
    pieces a list's spaces set apart and ``single[i]`` tells whether one space parts ``words[i]``
    from ``words[i + 1]``. A run of three or more words of one Chinese character each, each
    parted from the next by one space, is such a name (or names) spelt out; each of its words
    gets the index after the run's last, every other word its own index plus one.

    Examples:
        >>> letter_runs(["区", "司", "法", "局", "县财政局"], [True] * 4)
        [4, 4, 4, 4, 5]
        >>> letter_runs(["区", "司法局"], [True]), letter_runs(["区", "委", "办"], [True, False])
        ([1, 2], [1, 2, 3])
    """
    ends = [index + 1 for index in range(len(words))]
    start = 0
    for index in range(1, len(words) + 1):
        if (
            index < len(words)
            and _IDEOGRAPH.fullmatch(words[index - 1] + words[index])
            and single[index - 1]
        ):
            continue
        if index - start >= _MIN_LETTER_RUN:
            ends[start:index] = [index] * (index - start)
        start = index
    return ends


def parts_in_run(before: str, rest: str) -> bool:
    """Whether a letter space inside a name spelt out parts two names (区 司 法 局 县 财 政 局).

    The run's spaces tell nothing of where its words end: ``before`` is the run closed up so far
    and ``rest`` the rest of it, closed up. Two names are parted only where the name before ends
    as a unit's does (see ``parts_at_space``) and the rest opens with a place of its own
    (区司法局 | 县财政局, 区委 | 区政府); never inside one name (县委办 公室, 市公安局 交警支队).

    Examples:
        >>> parts_in_run("区司法局", "县财政局"), parts_in_run("县委办", "公室")
        (True, False)
        >>> parts_in_run("市委", "政法委"), parts_in_run("市", "委政法委")
        (False, False)
    """
    return rest.startswith(_PLACE_OPENINGS) and parts_at_space(before, rest)


def conjunction_at_space(before: str, piece: str) -> bool:
    """Whether a piece a list's spaces set apart is a conjunction between two names (区司法局 与).

    It names no unit: the names on either side of it are two.

    Examples:
        >>> conjunction_at_space("区司法局", "与"), conjunction_at_space("区", "和")
        (True, False)
    """
    return piece in SPACED_CONJUNCTIONS and len(before) >= 2 and before[-1] in UNIT_ENDS


def split_names(text: str, begin: int, end: int) -> list[Named]:
    """Split a list of unit names on ``、`` ``,`` ``;``, respecting brackets (``镇(街)``).

    Examples:
        >>> text = "区司法局、各镇(街)按职责分工负责,区法院等有关部门"
        >>> [(text[n.begin:n.end], n.note) for n in split_names(text, 0, len(text))]
        [('区司法局', None), ('各镇(街)', '按职责分工负责'), ('区法院', '等有关部门')]
        >>> odd = "[区、区法院"  # a bracket never closed is a plain character
        >>> [odd[n.begin:n.end] for n in split_names(odd, 0, len(odd))]
        ['[区', '区法院']
        >>> noted = "市税务局、市财政局,排在首位的为牵头单位,下同"  # remarks are no units
        >>> [noted[n.begin:n.end] for n in split_names(noted, 0, len(noted))]
        ['市税务局', '市财政局']
        >>> each = "州委编办及市发改委分别牵头、区"  # a name of one character is cut short
        >>> [(each[n.begin:n.end], n.role.value) for n in split_names(each, 0, len(each))]
        [('州委编办', 'lead'), ('市发改委', 'lead')]
    """
    if end - begin > _LONGEST_CACHED:
        return _split_names(text, begin, end)
    names = _cached_names(text[begin:end])
    if not begin:
        return list(names)
    return [Named(n.begin + begin, n.end + begin, n.note, n.role) for n in names]


# A plan names the same lists of units again and again: each is split once. split_names reads
# only the characters of its range, so the names of a value are the same wherever it stands.
_LONGEST_CACHED = 200


@functools.lru_cache(maxsize=4096)
def _cached_names(value: str) -> tuple[Named, ...]:
    return tuple(_split_names(value, 0, len(value)))


def _split_names(text: str, begin: int, end: int) -> list[Named]:
    names: list[Named] = []
    depth = 0
    start = begin
    opened = _closed_openers(text, begin, end)
    for mark in _NAME_MARKS.finditer(text, begin, end):
        char = mark.group()
        if char in _OPEN:
            depth += mark.start() in opened  # a bracket never closed is a plain character
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            position = mark.start()
            first, last, note, role = _trim(text, start, position)
            if last > first:
                names.append(Named(first, last, note, role))
            start = position + 1
    first, last, note, role = _trim(text, start, end)
    if last > first:
        names.append(Named(first, last, note, role))
    return _arranged(text, begin, end, names)


def _arranged(text: str, begin: int, end: int, names: list[Named]) -> list[Named]:
    """The names of a list as its words join, share and mark them, without those of no unit."""
    if JOIN_MARKS.search(text, begin, end) is not None:
        names = [part for named in names for part in _joined(text, named)]
    if "等" in text[begin:end]:
        names = [part for named in names for part in _with_others_named(text, named)]
    if len(names) > 1:
        names = _with_shared_department_word(
            text, _with_shared_places(text, _with_shared_each(text, names))
        )
    if ROLE_MARKER.search(text, begin, end) is not None:
        names = _with_list_marker(text, names)
    names = _with_roles_carried_back(names)
    each = [i for i, named in enumerate(names) if named.note == EACH_LEADS]
    if each:  # X、Y分别牵头: each of the names up to the words leads
        names[: each[-1] + 1] = [
            attrs.evolve(named, role=named.role or Role.LEAD) for named in names[: each[-1] + 1]
        ]
    return [
        named
        for named in names
        if named.end - named.begin >= _MIN_NAME
        and UNIT_REMARK.fullmatch(text, named.begin, named.end) is None
        and not text.endswith(PERSON_ENDS, named.begin, named.end)  # 分管副区长: a person
    ]


_ROLE_PARTS = 2  # X牵头，Y配合: the fewest role words of a division of work


def _with_roles_carried_back(names: list[Named]) -> list[Named]:
    """The names with a role word after a list given to each of its names (X牵头，Y、Z配合).

    Only in a division of work by two role words at least: the list before each is its
    (W、X牵头；Y、Z配合); a list with one role word at its end (Y、Z配合 alone) keeps the
    column's or the label's role for Y.
    """
    if sum(1 for named in names if named.role is not None) < _ROLE_PARTS:
        return names
    carried = list(names)
    waiting: list[int] = []
    for index, named in enumerate(names):
        if named.role is None:
            waiting.append(index)
            continue
        for at in waiting:
            carried[at] = attrs.evolve(names[at], role=named.role)
        waiting = []
    return carried


_PART_SIGNS = frozenset(",;")


def _with_list_marker(text: str, names: list[Named]) -> list[Named]:
    """The names with the role in brackets after the last of a part given to each name of it.

    ``区司法局(牵头);区财政局、区审计局(配合)``: a part after the first, parted from it by ``;``
    or ``,``, whose one role in brackets follows its last name names the role of each of its
    names. In the first part a role after one name is that name's alone (the lead among them).
    """
    parts: list[list[int]] = [[]]
    for index, named in enumerate(names):
        if index and _PART_SIGNS & set(text[names[index - 1].end : named.begin]):
            parts.append([])
        parts[-1].append(index)
    result = list(names)
    for part in parts[1:]:
        marked = [i for i in part if text.startswith(_MARKER_OPENINGS, names[i].end)]
        if len(part) > 1 and marked == [part[-1]] and all(names[i].role is None for i in part[:-1]):
            for i in part[:-1]:
                result[i] = attrs.evolve(names[i], role=names[part[-1]].role)
    return result


def _with_shared_words(text: str, names: list[Named]) -> list[Named]:
    """One name of the parts that 、 joins around a part of one character (各县、市、区政府).

    A list of places that share the words around them (各县、市、区政府, 省、市、县三级) is one
    collective name: a part of one character is never a unit's name of its own.
    """
    merged: list[Named] = []
    for index, named in enumerate(names):
        # a short part at the list's end is a name cut short, not one shared with others
        short = named.end - named.begin < _MIN_NAME and index < len(names) - 1
        if (
            merged
            and text[merged[-1].end : named.begin] == "、"
            and (
                _last_part(text, merged[-1]) < _MIN_NAME
                or (
                    short
                    and _last_part(text, merged[-1]) <= _PLACE_WORD
                    and text[merged[-1].end - 1] in PLACE_ENDS
                )
            )
        ):
            merged[-1] = attrs.evolve(named, begin=merged[-1].begin, role=named.role)
        else:
            merged.append(named)
    return merged


_DEPARTMENT = "(?:" + "|".join(sorted(DEPARTMENT_WORDS, key=len, reverse=True)) + ")"
# 区发改、财政、人社局: a place's departments by their field words, the last with the kind's word
_BARE_DEPARTMENT = re.compile(f"(?:[{''.join(sorted(PLACE_ENDS))}]|各)?{_DEPARTMENT}")
_LAST_DEPARTMENT = re.compile(f"{_DEPARTMENT}(?:局|委|部门|办|厅)")


def _with_shared_department_word(text: str, names: list[Named]) -> list[Named]:
    """One name of the departments that share the word after the last of them.

    ``区发改、财政、人社局`` names the bureaus of three fields with one 局, as a recipients line
    does: the names before the last are fields (发改, 财政) with no word of a unit's kind, the
    first maybe with its place, and the last a field with its kind's word. It is one unit, as
    ``各县、市、区政府`` is.

    Examples:
        >>> text = "区发改、财政、人社局、区司法局"
        >>> [text[n.begin : n.end] for n in split_names(text, 0, len(text))]
        ['区发改、财政、人社局', '区司法局']
    """
    merged: list[Named] = []
    waiting: list[Named] = []  # fields waiting for the kind's word they share
    for named in names:
        if (
            named.note is None
            and named.role is None
            and _BARE_DEPARTMENT.fullmatch(text, named.begin, named.end) is not None
            and (not waiting or text[waiting[-1].end : named.begin] == "、")
            and (not waiting or text[named.begin] not in PLACE_ENDS)
        ):
            waiting.append(named)
            continue
        if (
            waiting
            and text[waiting[-1].end : named.begin] == "、"
            and _LAST_DEPARTMENT.fullmatch(text, named.begin, named.end) is not None
        ):
            merged.append(attrs.evolve(named, begin=waiting[0].begin))
        else:
            merged.extend(waiting)
            merged.append(named)
        waiting = []
    merged.extend(waiting)
    return merged


# the levels of the places under a county's or a district's government, which one 各 before the
# first of them spans (各乡镇、街道: every town and every street)
_PLACE_LEVEL = "(?:乡镇|鄉鎮|镇|鎮|乡|鄉|街道|街|社区|社區|村)"
_EACH_LEVELS = re.compile(f"各{_PLACE_LEVEL}(?:、{_PLACE_LEVEL})*")
_BARE_LEVEL = re.compile(_PLACE_LEVEL)


def _with_shared_each(text: str, names: list[Named]) -> list[Named]:
    """One name of the levels of places that one 各 before the first of them spans.

    ``各乡镇、街道`` names every town and every street, as ``各县、市、区政府`` names every
    county's, city's and district's government: a bare level after 、 (街道, 街, 社区) is no
    unit of its own, but the 各 list's.

    Examples:
        >>> text = "市人社局,各乡镇、街道"
        >>> [text[n.begin : n.end] for n in split_names(text, 0, len(text))]
        ['市人社局', '各乡镇、街道']
        >>> text = "各乡镇、各街道"
        >>> [text[n.begin : n.end] for n in split_names(text, 0, len(text))]
        ['各乡镇', '各街道']
    """
    merged: list[Named] = []
    for named in names:
        if (
            merged
            and text[merged[-1].end : named.begin] == "、"
            and merged[-1].note is None
            and named.note is None
            and _EACH_LEVELS.fullmatch(text, merged[-1].begin, merged[-1].end) is not None
            and _BARE_LEVEL.fullmatch(text, named.begin, named.end) is not None
        ):
            merged[-1] = attrs.evolve(named, begin=merged[-1].begin, role=named.role)
        else:
            merged.append(named)
    return merged


def _with_shared_places(text: str, names: list[Named]) -> list[Named]:
    """The names with the places that share the words around them made one name each."""
    if any(named.end - named.begin < _MIN_NAME for named in names):
        names = _with_shared_words(text, names)
    return _with_shared_government(text, names)


def _with_shared_government(text: str, names: list[Named]) -> list[Named]:
    """One name of the places that share the government named after the last of them.

    ``各县、区人民政府`` and ``相关市、县政府`` name the governments of both places, and
    ``哈尔滨、黑河、绥芬河市政府`` those of three cities: the places before the government are no
    units of their own. A place word is one character after 各 or 相关, or a name of a few
    characters that ends in no unit's word (哈尔滨) and starts with no level's (not 市科协).
    """
    merged: list[Named] = []
    waiting: list[Named] = []  # places waiting for the government they share
    for index, named in enumerate(names):
        part = text[named.begin : named.end]
        joined = index < len(names) - 1 and text[named.end : names[index + 1].begin] == "、"
        if joined and named.note is None and named.role is None and _is_place_word(part):
            waiting.append(named)
            continue
        if waiting and _shares_government(text, waiting, part):
            merged.append(attrs.evolve(named, begin=waiting[0].begin))
        else:
            merged.extend(waiting)
            merged.append(named)
        waiting = []
    merged.extend(waiting)
    return merged


def _shares_government(text: str, waiting: list[Named], part: str) -> bool:
    """Whether ``part`` is the government the places ``waiting`` before it share."""
    if all(_ZONE.fullmatch(text, named.begin, named.end) for named in waiting):
        return _ZONE_GOVERNMENT.fullmatch(part) is not None
    words = [_SHARED_PLACE.fullmatch(text, named.begin, named.end) is not None for named in waiting]
    if all(words):
        return _SHARED_GOVERNMENT.fullmatch(part) is not None
    city = _CITY_GOVERNMENT.fullmatch(part)
    departments = any(text[named.begin : named.end] in DEPARTMENT_WORDS for named in waiting)
    return not any(words) and not departments and city is not None and _is_place_word(city.group(1))


def _is_place_word(part: str) -> bool:
    """Whether a part of a list is a place that the next part's government is shared with."""
    if _SHARED_PLACE.fullmatch(part) is not None or _ZONE.fullmatch(part) is not None:
        return True
    return (
        _MIN_NAME <= len(part) <= _BARE_PLACE
        and part[-1] not in UNIT_ENDS
        and part[0] not in PLACE_ENDS
        and not part.startswith(COLLECTIVE_OPENINGS)
    )


def _last_part(text: str, named: Named) -> int:
    """The length of the last part of a name, or of the names merged so far (各县、市: 1)."""
    return len(text[named.begin : named.end].rsplit("、", 1)[-1])


def whole_name(name: str) -> bool:
    """Whether a name ends as a unit's or a place's does (区司法局, 各乡镇, 市科协, 各县(区)).

    A name for several units at once (各街道, 有关企业) is whole however it ends.

    Examples:
        >>> whole_name("市财政局"), whole_name("市科协"), whole_name("各县(区)"), whole_name("各街道")
        (True, True, True, True)
        >>> whole_name("市财政"), whole_name("人行芜湖")
        (False, False)
    """
    return bool(name) and (
        name[-1] in _CLOSING_BRACKETS
        or name[-1] in _WHOLE_NAME_ENDS
        or name.startswith(COLLECTIVE_OPENINGS)
        or (len(name) > len(MORE_NAME_WORDS[0]) and name.endswith(MORE_NAME_WORDS))
    )


_CLOSING_BRACKETS = ")）〕]】"
_WHOLE_NAME_ENDS = UNIT_ENDS | PLACE_ENDS | frozenset(MORE_NAME_ENDS)


def joins_at(text: str, position: int, end: int) -> int:
    """Where the name before a joining 及 or 和 at ``position`` ends, or -1 if it joins none.

    The words before it end a unit's name (区司法局及各镇), or such a name and 等 (市商务局等和
    各县人民政府, where 等 is left out); not 工业和信息化部, nor a body and its own (各部门及其
    下属单位), nor the generic words 单位 and 部门 after it (有关部门和单位), nor a place's
    committee and its own government or zone's committee (各县党委和人民政府, 党工委和管委会).

    Examples:
        >>> [joins_at(text, text.index("和"), len(text)) for text in ("市商务局等和各县政府", "有关部门和单位")]
        [4, -1]
    """
    if text[position] not in _JOINS or text[position + 1 : position + 2] == "其":
        return -1
    if text[position + 1 : end] in ("单位", "部门"):
        return -1
    if text[position + 1 : end] in PLACE_OWN_ORGANS:
        return -1  # 各县党委和人民政府: a place's committee and its own government, named as one
    if text[position - 1] in UNIT_ENDS or _ends_in_own_bracket(text, position):
        return position
    if text[position - 1] == "等" and position >= _MIN_NAME + 1 and text[position - 2] in UNIT_ENDS:
        return position - 1
    return -1


def _ends_in_own_bracket(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a unit's name and the short bracket of its variant.

    ``省直各部门(单位)`` and ``各县(市、区)`` do; ``考核(评估)`` names no unit. Stricter than
    ``_fields._name_end`` (a name of two characters or more, a short bracket with none inside):
    it decides whether 和 or 及 after the bracket joins two units, where a wrong yes would cut a
    name in two.

    Examples:
        >>> _ends_in_own_bracket("省直各部门(单位)", 10), _ends_in_own_bracket("考核(评估)", 6)
        (True, False)
    """
    if not text.endswith(")", 0, end):
        return False
    opened = text.rfind("(", 0, end - 1)
    return (
        opened >= _MIN_NAME
        and end - 2 - opened <= _LONGEST_NAME_BRACKET
        and "(" not in text[opened + 1 : end - 1]
        and text[opened - 1] in UNIT_ENDS
    )


_NAMED_OTHERS = re.compile(
    r"等(?P<others>(?:[省市县区州旗盟]直|[省市县区州旗盟]级)?各[\u4e00-\u9fff]{0,4}?"
    r"(?:部门|单位|部門|單位)(?:\((?:部门|单位|部門|單位)\))?)"
)
"""等 and the name of the others a list counts as one of its units (司法厅等省直各部门(单位), 市司法局
等市直各单位): the others are named as a body, not left unnamed as 等有关部门 leaves them
(``_UNNAMED_OTHERS``)."""


def _with_others_named(text: str, named: Named) -> list[Named]:
    """A name and the body of others it stands with, as two names (司法厅等省直各部门(单位)).

    Examples:
        >>> text = "司法厅等省直各部门(单位)"
        >>> [text[n.begin : n.end] for n in _with_others_named(text, Named(0, len(text), None, None))]
        ['司法厅', '省直各部门(单位)']
    """
    others = _NAMED_OTHERS.search(text, named.begin, named.end)
    if (
        others is None
        or others.end() != named.end
        or others.start() - named.begin < _MIN_NAME
        or text[others.start() - 1] not in UNIT_ENDS
    ):
        return [named]
    return [
        attrs.evolve(named, end=others.start()),
        attrs.evolve(named, begin=others.start("others")),
    ]


def _joined(text: str, named: Named) -> list[Named]:
    """The names that 及 or 和 join in one part of a list (州委编办及州直相关单位)."""
    parts: list[Named] = []
    start = named.begin
    for position in range(named.begin + _MIN_NAME, named.end - _MIN_NAME + 1):
        last = joins_at(text, position, named.end)
        if last >= 0 and text.count("(", start, position) == text.count(")", start, position):
            parts.append(Named(start, last, None, named.role))
            start = position + 1
    if not parts:
        return [named]
    return [*parts, attrs.evolve(named, begin=start)]


def is_abbreviation(short: str, full: str) -> bool:
    """Whether every character of ``short`` appears in ``full`` in order (区依法治区办)."""
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True
