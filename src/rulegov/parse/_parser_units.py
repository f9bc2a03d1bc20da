"""The plan parser's units: one per body, its short names and full names merged.

A plan names one body in several ways: in full (中共某区委全面依法治区委员会办公室), by a short
name (区委依法治区办), as its own place writes it (区政府办公室 for 某区人民政府办公室). Every new
name is matched against the names read before it (`UnitsRead.same_body`), and the first that it
abbreviates or spells out is the same body. The test of one pair is `_abbreviates`; once a plan
has read more than a few dozen names, the names worth testing come from an index of the names
read (`_NameIndex`), so that a plan of thousands of distinct names is read in time near linear
in their number, with the same units as testing every pair would give.
"""

from __future__ import annotations

import functools
import heapq
from typing import TYPE_CHECKING

from rulegov.model import Span, Unit
from rulegov.parse._units import guess_kind, guess_level, hosted_names, is_abbreviation
from rulegov.parse._vocab import PLACE_ENDS, SEPARATE_ORGANS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["UnitsRead"]


class UnitsRead:
    """The plan's units, one per body, keyed by normalised name, with aliases merged."""

    def __init__(self) -> None:
        self.by_key: dict[str, Unit] = {}
        self.units: list[Unit] = []
        self.aliases: dict[str, str] = {}
        self._shorts: dict[str, set[str]] = {}  # each full name's shorts among the aliases
        self._alias_order: dict[str, int] = {}  # each short's place among the aliases
        self._names: _NameIndex | None = None  # the keys of by_key, once they are many

    def learn_alias(self, full: str, short: str) -> None:
        """Learn the short name the text gives a full one (某某(以下简称某)); the last one holds."""
        if short == full:
            return
        before = self.aliases.get(short)
        if before is not None:
            self._shorts[before].discard(short)
        self._alias_order.setdefault(short, len(self._alias_order))
        self.aliases[short] = full
        self._shorts.setdefault(full, set()).add(short)

    def get(self, key: str, printed: str, span: Span | dict[str, int] | None) -> Unit:
        """The unit named ``key``, made (at ``span``: a span or its fields) if it is new.

        A name printed with a second one in brackets (区委宣传部(区普法办)) is one unit known by
        both; when the plan already has each name as a unit of its own, the bracketed form is
        the first name's unit and the second name stays with its own unit.
        """
        full = self.aliases.get(key)
        key = full or key
        hosted = hosted_names(key)  # 区委宣传部(区普法办): one unit, known by either name
        unit = self.by_key.get(key)
        if unit is None and hosted is not None:
            unit = next((self.by_key[name] for name in hosted if name in self.by_key), None)
        unit = unit or self.same_body(key, printed)
        if unit is None:
            unit = Unit(
                id=f"u{len(self.units) + 1}",
                name=full or printed,
                kind=guess_kind(key),
                level=guess_level(key),
                span=Span.model_validate(span) if isinstance(span, dict) else span,
            )
            self.units.append(unit)
            self._key(key, unit)
            # the short names the text gave this full name, in the order it gave them
            for short in sorted(self._shorts.get(key, ()), key=self._alias_order.__getitem__):
                self._key(short, unit)
                if not unit.known_as(short):
                    unit.short_names.append(short)
        if not unit.known_as(printed):
            unit.aliases.append(printed)
        for name in hosted or ():
            if name not in self.by_key:
                self._key(name, unit)
            elif self.by_key[name] is not unit:
                continue  # already another unit's own name: it stays that unit's
            if not unit.known_as(name):
                unit.aliases.append(name)
        return unit

    def same_body(self, key: str, printed: str) -> Unit | None:
        """The unit a new name abbreviates or spells out in full (区委依法治区办), if any.

        The full name takes over as the unit's name; the short one is kept as its short name.
        """
        names: Iterable[str] = (
            list(self.by_key) if self._names is None else self._names.candidates(key)
        )
        for known in names:
            unit = self.by_key[known]
            if _abbreviates(key, known) or _abbreviates(key, _local_name(known)):
                self._key(key, unit)
                if not unit.known_as(printed):
                    unit.short_names.append(printed)
                return unit
            if _abbreviates(known, key) or _abbreviates(known, _local_name(key)):
                self._key(key, unit)
                if unit.name not in unit.short_names:
                    unit.short_names.append(unit.name)
                if unit.name in unit.aliases:
                    unit.aliases.remove(unit.name)
                unit.name = printed
                return unit
        return None

    def _key(self, name: str, unit: Unit) -> None:
        """Key ``unit`` by ``name``; a name new to the plan joins the index of names.

        The index is built when the plan has read `_INDEXED_FROM` names: below that, testing
        each name in turn takes less time than keeping the index.
        """
        if name not in self.by_key:
            if self._names is None and len(self.by_key) >= _INDEXED_FROM:
                self._names = _NameIndex()
                for known in self.by_key:
                    self._names.add(known)
            if self._names is not None:
                self._names.add(name)
        self.by_key[name] = unit


class _NameIndex:
    """Names, indexed to find those a new name may abbreviate or spell out, in the order read.

    Every pair of names `_abbreviates` accepts has the short name's characters in the full one
    (or in its local name, `_local_name`, whose characters are the full name's), the short
    name's last character among the full one's last three, and the full name the longer. A
    short name of three or four characters keeps the full one's first character and its last
    two (those before 公室 when it shortens an office to 办), and is at most two characters
    shorter. So the index files each name:

    - under its first and last two characters and its length, and so its local name and
      their offices shortened (`_spellings`): the full names a short name of three or four
      characters may abbreviate;
    - under each of its characters with each of its last three (and its local name's), and its
      length: the full names a longer short name may abbreviate hold all its characters with
      its last, and are longer;
    - a name of three or four characters under its first and last two characters and its
      length, a longer one under its rarest character when it was read, its last, its first
      and its length: the short names that may abbreviate a new name are made of its
      characters, and are shorter.

    Every look-up goes by length, so the names of the new name's own length are never looked
    at: a line of thousands of names that share their characters (第1号局, 第2号局 …) is read
    in time linear in their number.

    Those find every name the test may accept, and few it will not; `UnitsRead.same_body` tests
    them in the order they were read, as it would test every name. They come one at a time,
    merged from the lists of the index in that order, and the test stops at the first that fits:
    a line of thousands of names of different lengths that share their characters (某某市第1号分局
    … 某某市第20000号分局, each longer one spelling out shorter ones) finds each new name's body
    among the first names read, without gathering the thousands that would fit too.

    Examples:
        >>> names = _NameIndex()
        >>> for name in ("区司法局", "中共某区委全面依法治区委员会办公室", "区人民法院"):
        ...     names.add(name)
        >>> list(names.candidates("区委依法治区办")), list(names.candidates("区法院"))
        (['中共某区委全面依法治区委员会办公室'], ['区人民法院'])
        >>> list(names.candidates("某区人民法院"))
        ['区人民法院']
    """

    def __init__(self) -> None:
        self.names: list[str] = []  # in the order read; the index holds their places in it
        self.characters: list[frozenset[str]] = []
        self.counts: dict[str, int] = {}  # how many names hold each character
        # the names that hold a character and end in another (one of their last three), by length
        self.holding: dict[tuple[str, str], dict[int, set[int]]] = {}
        self.lengths: set[int] = set()  # the lengths of the names indexed
        # every name by its first and last two characters and its length, as `_spellings` spell it
        self.spelled: dict[tuple[str, str, int], list[int]] = {}
        self.short: dict[tuple[str, str, int], list[int]] = {}  # names of 3 or 4, the same way
        # the longer ones by their rarest character and their last one, then their first one and
        # their length
        self.filed: dict[tuple[str, str], dict[tuple[str, int], list[int]]] = {}

    def add(self, name: str) -> None:
        """Index ``name``, read after every name indexed before it."""
        place = len(self.names)
        characters = frozenset(name)
        self.names.append(name)
        self.characters.append(characters)
        forms = {name, _local_name(name)}
        ends = {end for form in forms for end in form[-3:]}
        self.lengths.add(len(name))
        for char in characters:
            for end in ends:
                self.holding.setdefault((char, end), {}).setdefault(len(name), set()).add(place)
        for key in {_spelling_key(spelled) for form in forms for spelled in _spellings(form)}:
            self.spelled.setdefault(key, []).append(place)
        if _MIN_SHORT <= len(name) < _LONG_SHORT:
            self.short.setdefault(_spelling_key(name), []).append(place)
        elif len(name) >= _LONG_SHORT:
            rarest = min(characters, key=lambda char: (self.counts.get(char, 0), char))
            filed = self.filed.setdefault((rarest, name[-1]), {})
            filed.setdefault((name[0], len(name)), []).append(place)
        for char in characters:
            self.counts[char] = self.counts.get(char, 0) + 1

    def candidates(self, name: str) -> Iterator[str]:
        """The names indexed that ``name`` may abbreviate or spell out, in the order read.

        They come one at a time, so that a caller that stops at the first that fits reads no
        more of the index than it needs: where thousands of names share their characters, a new
        name's first fit is among the first names read, and the many after it are never looked
        at. The short lists of the index are read at once; a long list of names to test for
        being made of the new name's characters is read as the caller goes.
        """
        found: set[int] = set()
        going: list[Iterator[int]] = []
        self._longer(name, found)
        self._shorter(name, found, going)
        if not going:
            for place in sorted(found):
                yield self.names[place]
            return
        last = -1
        for place in heapq.merge(sorted(found), *going):
            if place != last:
                last = place
                yield self.names[place]

    def _longer(self, name: str, found: set[int]) -> None:
        """Add to ``found`` the places of the longer names that ``name`` may abbreviate."""
        size = len(name)
        if size < _MIN_SHORT:
            return
        if size < _LONG_SHORT:  # the same first and last two characters, at most two more
            for length in range(size - 1, size + _MAX_LEFT_OUT + 1):
                found.update(self.spelled.get((name[0], name[-2:], length), ()))
            return
        # the names of each greater length that hold each of its characters, its last among
        # their last three: names of its own length or less are never looked at, so a list of
        # many names of one length is read in time linear in their number
        characters = frozenset(name)
        for length in self.lengths:
            if length <= size:
                continue
            having = [
                self.holding.get((char, name[-1]), _NO_LENGTHS).get(length, _NO_PLACES)
                for char in characters
            ]
            having.sort(key=len)
            found.update(having[0].intersection(*having[1:]))

    def _shorter(self, name: str, found: set[int], going: list[Iterator[int]]) -> None:
        """Add to ``found`` the places of the shorter names that may abbreviate ``name``.

        A long list of names to test for being made of its characters goes to ``going`` instead,
        to be read as the caller goes.
        """
        local = _local_name(name)
        for spelled in {spelled for form in (name, local) for spelled in _spellings(form)}:
            first, last_two, _ = _spelling_key(spelled)
            for length in range(_MIN_SHORT, _LONG_SHORT):
                found.update(self.short.get((first, last_two, length), ()))
        characters, size = frozenset(name), len(name)
        lengths = [length for length in self.lengths if _LONG_SHORT <= length < size]
        for end in frozenset(name[-3:]) | frozenset(local[-3:]):
            for rarest in characters:
                filed = self.filed.get((rarest, end))
                if filed is None:
                    continue
                for first in characters:
                    for length in lengths:
                        places = filed.get((first, length), _NO_NAMES)
                        if len(places) > _READ_AT_ONCE:
                            going.append(self._within(places, characters))
                        else:
                            found.update(
                                place for place in places if self.characters[place] <= characters
                            )

    def _within(self, places: list[int], characters: frozenset[str]) -> Iterator[int]:
        """The ``places`` whose names are made of ``characters``."""
        for place in places:
            if self.characters[place] <= characters:
                yield place


def _spellings(name: str) -> tuple[str, ...]:
    """The name, and the name with its office shortened to 办 (县政府办公室: 县政府办)."""
    return (name, name[:-2]) if name.endswith("办公室") else (name,)


def _spelling_key(name: str) -> tuple[str, str, int]:
    """A name's first character, its last two and its length."""
    return name[:1], name[-2:], len(name)


_NO_PLACES: frozenset[int] = frozenset()
_NO_NAMES: list[int] = []
_NO_LENGTHS: dict[int, set[int]] = {}
_INDEXED_FROM = 64
_MIN_SHORT = 3
_LONG_SHORT = 5
_MAX_LEFT_OUT = 2
_READ_AT_ONCE = 64  # a list of the index longer than this is read as the caller goes


_GOVERNMENT = "人民政府"
_LEVELS = PLACE_ENDS - frozenset("盟縣區鄉鎮")  # the levels in simplified characters, no 盟


@functools.lru_cache(maxsize=1024)
def _local_name(name: str) -> str:
    """A government body's name as its own place writes it: 区政府办公室 of 上海市普陀区人民政府办公室.

    Within a district its government's office is 区政府办公室, or shorter 区府办: the place's
    names give way to its level, and 人民政府 is 政府. Other names are returned as they are.

    Examples:
        >>> _local_name("上海市普陀区人民政府办公室"), _local_name("区人民政府办公室")
        ('区政府办公室', '区政府办公室')
        >>> _local_name("县司法局")
        '县司法局'
    """
    at = name.find(_GOVERNMENT)
    if at < 1 or name[at - 1] not in _LEVELS:
        return name
    return name[at - 1] + "政府" + name[at + len(_GOVERNMENT) :]


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of ``full``: its characters in order, the same ending.

    Examples:
        >>> _abbreviates("区委依法治区办", "中共某区委全面依法治区委员会办公室")
        True
        >>> _abbreviates("区法院", "区人民法院"), _abbreviates("区法院", "区检察院")
        (True, False)
        >>> _abbreviates("区委办", "区委全面依法治区委员会办公室"), _abbreviates("县政府办", "县政府办公室")
        (False, True)
        >>> _abbreviates("县政府办", "县政府法制办")
        False
        >>> _abbreviates("省委办公厅", "省人大常委会办公厅")
        False
    """
    if not _MIN_SHORT <= len(short) < len(full) or short[-1] not in full[-3:]:
        return False
    if "、" in short or "、" in full:
        return False  # 各县、市、区政府 names several bodies: no one body's full name
    if any(organ in full and organ not in short for organ in SEPARATE_ORGANS):
        return False  # 区委办公室 is not 区人大常委会办公室: a short name keeps its organ's word
    if len(short) >= _LONG_SHORT:
        return is_abbreviation(short, full)
    # a short name spells the full one with a word or two left out in one place (区法院 and
    # 区人民法院), or its office shortened (县政府办 and 县政府办公室); 区委办 is not 区委…委员会办公室
    if full.endswith("办公室") and short.endswith("办"):
        full = full[:-2]
    if len(full) - len(short) > _MAX_LEFT_OUT:
        return False
    # the words left out stand inside the name, not before its last word (县政府办 is not
    # 县政府法制办)
    return any(
        full.startswith(short[:cut]) and full.endswith(short[cut:])
        for cut in range(1, len(short) - 1)
    )
