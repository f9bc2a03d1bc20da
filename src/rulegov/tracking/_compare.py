r"""Two plans side by side: which tasks were carried over, added or dropped, and what changed.

Offices write next year's plan from this year's. [`compare`][rulegov.compare] matches the tasks of
an old and a new plan by the similarity of their titles and texts, and of the sections that hold
them (each pair carries its score, 0-1), one to one, best pairs first. For the matched pairs it
reports changes of lead and responsible units, targets raised or lowered, and deadlines moved
(compared within each plan's own year: 6月底 in 2023 and 6月底 in 2024 is no move).

Examples:
    >>> import rulegov
    >>> from rulegov.tracking import compare
    >>> old = rulegov.parse_plan("2023年工作要点\n一、加强领导\n1.召开专题会议。6月底前完成。\n"
    ...                          "牵头单位：区司法局\n2.开展法治培训不少于3次。\n牵头单位：区法院")
    >>> new = rulegov.parse_plan("2024年工作要点\n一、加强领导\n1.召开专题会议。9月底前完成。\n"
    ...                          "牵头单位：区委办\n2.开展法治培训不少于5次。\n牵头单位：区法院\n"
    ...                          "3.建设法治文化阵地。\n牵头单位：区文旅局")
    >>> result = compare(old, new)
    >>> [(m.old_number, m.new_number) for m in result.matches], result.added
    ([('1', '1'), ('2', '2')], ('3 建设法治文化阵地',))
    >>> [(c.kind.value, c.old, c.new, c.direction.value) for c in result.changes]
    [('lead_units', '区司法局', '区委办', 'changed'),
     ('deadline', '2023-06-30', '2024-09-30', 'later'),
     ('target', '不少于3次', '不少于5次', 'raised')]
"""

from __future__ import annotations

import difflib
import enum
import json
import re
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING

import attrs

from rulegov._deprecation import drawn_by
from rulegov.errors import Issue, ValidationError
from rulegov.model import Plan

if TYPE_CHECKING:
    from rulegov.model import Target, Task

__all__ = ["ChangeDirection", "ChangeKind", "PlanComparison", "TaskChange", "TaskMatch", "compare"]

_NOISE = re.compile(r"[\s\W\d_]+")


@attrs.frozen(slots=True)
class TaskMatch:
    """A task of the old plan and the task of the new plan that carries it over.

    Attributes:
        old: The old task's id.
        new: The new task's id.
        old_number: The old task's printed number.
        new_number: The new task's printed number.
        old_title: The old task's title.
        new_title: The new task's title.
        score: How alike they are, 0-1 (titles and texts, and the sections that hold them).
    """

    old: str
    new: str
    old_number: str
    new_number: str
    old_title: str
    new_title: str
    score: float


class ChangeKind(enum.StrEnum):
    """What changed between a task and the task that carries it over.

    Examples:
        >>> ChangeKind("deadline") is ChangeKind.DEADLINE, ChangeKind.TARGET == "target"
        (True, True)
    """

    LEAD_UNITS = "lead_units"
    """The lead units (牵头单位)."""
    RESPONSIBLE_UNITS = "responsible_units"
    """The responsible units (责任单位)."""
    TARGET = "target"
    """A target's figure (目标)."""
    DEADLINE = "deadline"
    """The deadline (完成时限)."""


class ChangeDirection(enum.StrEnum):
    """Which way a change went.

    Examples:
        >>> ChangeDirection("later") is ChangeDirection.LATER
        True
    """

    RAISED = "raised"
    """A target's figure went up."""
    LOWERED = "lowered"
    """A target's figure went down."""
    EARLIER = "earlier"
    """A deadline moved earlier within its plan's year."""
    LATER = "later"
    """A deadline moved later within its plan's year."""
    ADDED = "added"
    """The old task had none."""
    REMOVED = "removed"
    """The new task has none."""
    CHANGED = "changed"
    """Other units than before."""


@attrs.frozen(slots=True)
class TaskChange:
    """One change between a task and the task that carries it over.

    Attributes:
        task: The new task's id.
        label: The new task's number and title.
        kind: What changed: the lead or responsible units, a target or the deadline.
        old: The old value, as text.
        new: The new value, as text.
        direction: ``raised`` or ``lowered`` (a target's figure), ``earlier`` or ``later`` (a
            deadline within its plan's year), ``added`` or ``removed`` (one side has none), or
            ``changed``.
    """

    task: str
    label: str
    kind: ChangeKind = attrs.field(converter=ChangeKind)
    old: str
    new: str
    direction: ChangeDirection = attrs.field(converter=ChangeDirection)


@attrs.frozen(slots=True)
class PlanComparison:
    """What changed from one plan to the next.

    Attributes:
        old_title: The old plan's title.
        new_title: The new plan's title.
        matches: The pairs of tasks carried over, in the new plan's order.
        added: The new tasks that carry over none, as number and title.
        dropped: The old tasks that none carries over, as number and title.
        changes: Changes of units, targets and deadlines in the matched pairs.
    """

    old_title: str
    new_title: str
    matches: tuple[TaskMatch, ...]
    added: tuple[str, ...]
    dropped: tuple[str, ...]
    changes: tuple[TaskChange, ...]

    def __repr__(self) -> str:
        """One line of counts."""
        return (
            f"PlanComparison(carried_over={len(self.matches)}, added={len(self.added)}, "
            f"dropped={len(self.dropped)}, changes={len(self.changes)})"
        )

    def to_json(self) -> str:
        """The comparison as JSON."""
        data = {
            "old_title": self.old_title,
            "new_title": self.new_title,
            "matches": [attrs.asdict(match) for match in self.matches],
            "added": list(self.added),
            "dropped": list(self.dropped),
            "changes": [attrs.asdict(change) for change in self.changes],
        }
        return json.dumps(data, ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        """Deprecated: use [`to_text`][rulegov.render.to_text]."""
        return drawn_by("PlanComparison.to_text()", "to_text", "comparison", self)

    def to_markdown(self) -> str:
        """Deprecated: use [`to_markdown`][rulegov.render.to_markdown]."""
        return drawn_by("PlanComparison.to_markdown()", "to_markdown", "comparison", self)

    def to_html(self) -> str:
        """Deprecated: use [`to_html`][rulegov.render.to_html]."""
        return drawn_by("PlanComparison.to_html()", "to_html", "comparison", self)

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)


def _words(text: str) -> str:
    return _NOISE.sub("", text)


def _similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _section_titles(plan: Plan) -> dict[str, str]:
    found: dict[str, str] = {}
    for section in plan.walk_sections():
        for task in section.tasks:
            found[task.id] = _words(section.title)
    return found


def _blend(title: float, text: float, place: float) -> float:
    """A pair's score from the similarity of its titles, its texts and its sections' titles."""
    return 0.55 * max(title, text) + 0.3 * min(title, text) + 0.15 * place


class _Side:
    """What the score reads of one task, worked out once: its words, its opening words, its section."""

    __slots__ = ("section", "text", "title")

    def __init__(self, task: Task, section: str) -> None:
        self.title = _words(task.title)
        self.text = _words(task.text)[:200]
        self.section = section


_EVERY_PAIR = 250 * 250
"""Up to this many pairs (two plans of 250 tasks), every pair is scored; past it, the candidates."""

_GRAM = 3
"""The length of the character n-grams that propose candidate pairs."""

_COMMON = 48
"""An n-gram found in more tasks of a plan than this proposes no pair: 法治建设 and the like are
words of the genre, in many tasks of a large plan, and say nothing of which task is which."""

_CANDIDATES = 24
"""How many candidates each task proposes: the tasks of the other plan with which it shares the
most n-grams."""


def _grams(side: _Side) -> set[str]:
    found: set[str] = set()
    for words in (side.title, side.text):
        found.update(words[k : k + _GRAM] for k in range(max(len(words) - _GRAM + 1, 1)))
    found.discard("")
    return found


def _proposed(grams: list[set[str]], index: dict[str, list[int]]) -> list[list[int]]:
    """For each task, the tasks of the other plan that share the most n-grams with it.

    Only the n-grams that are not common count (see ``_COMMON``); at most ``_CANDIDATES``
    tasks each, best first.
    """
    proposed: list[list[int]] = []
    for own in grams:
        counts = Counter(
            chain.from_iterable(
                found for gram in own if len(found := index.get(gram, ())) <= _COMMON
            )
        )
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        proposed.append([other for other, _ in ranked[:_CANDIDATES]])
    return proposed


def _candidates(olds: list[_Side], news: list[_Side]) -> list[list[int]]:
    """For each new task, the old tasks worth scoring against it, in plan order.

    Two large plans are not scored pair by pair (that grows with the square of their tasks).
    A pair is a candidate when one of its tasks is among the other's closest by shared
    character n-grams (an index from n-gram to tasks, not a pass over every pair); the n-grams
    of the genre, found in many tasks, are left out of the index's count.
    """
    old_grams = [_grams(side) for side in olds]
    new_grams = [_grams(side) for side in news]
    old_index: dict[str, list[int]] = {}
    for i, grams in enumerate(old_grams):
        for gram in grams:
            old_index.setdefault(gram, []).append(i)
    new_index: dict[str, list[int]] = {}
    for j, grams in enumerate(new_grams):
        for gram in grams:
            new_index.setdefault(gram, []).append(j)
    chosen: list[set[int]] = [set(found) for found in _proposed(new_grams, old_index)]
    for i, found in enumerate(_proposed(old_grams, new_index)):
        for j in found:
            chosen[j].add(i)
    return [sorted(found) for found in chosen]


def _scores(
    old: Plan, new: Plan, floor: float, *, every_pair: int = _EVERY_PAIR
) -> list[tuple[float, int, int]]:
    """Every pair of tasks that scores at least ``floor``, as (score, old index, new index).

    Past ``every_pair`` pairs, and for a floor from the mutual floor up, only the candidate
    pairs (see `_candidates`) are scored.

    A pair's score blends difflib ratios. Two things keep this from costing a full ratio per
    pair: a matcher holds each new task's words once (difflib caches what it learns of its
    second sequence), and ``quick_ratio``, a bound that ratio never exceeds, rules out the pairs
    that could not reach ``floor`` before the full ratio is worked out. Pairs below ``floor`` are
    never taken, so leaving them out changes no match.
    """
    old_sections, new_sections = _section_titles(old), _section_titles(new)
    olds = [_Side(task, old_sections.get(task.id, "")) for task in old.tasks]
    reach = floor - 1e-4  # a score is rounded to 4 places: keep what could round up to floor
    title_matcher = difflib.SequenceMatcher(None, autojunk=False)
    text_matcher = difflib.SequenceMatcher(None, autojunk=False)
    places: dict[tuple[str, str], float] = {}
    pairs: list[tuple[float, int, int]] = []
    news = [_Side(task, new_sections.get(task.id, "")) for task in new.tasks]
    every = range(len(olds))
    chosen: list[list[int]] | None = None
    if len(olds) * len(news) > every_pair and floor >= _MUTUAL_FLOOR:
        chosen = _candidates(olds, news)
    for j, b in enumerate(news):
        title_matcher.set_seq2(b.title)
        text_matcher.set_seq2(b.text)
        for i in every if chosen is None else chosen[j]:
            a = olds[i]
            place = places.get((a.section, b.section), -1.0)
            if place < 0:
                place = _similarity(a.section, b.section) if a.section and b.section else 0.5
                places[a.section, b.section] = place
            if not a.title or not b.title:
                title_bound = 0.0
            else:
                title_matcher.set_seq1(a.title)
                title_bound = title_matcher.quick_ratio()
            if not a.text or not b.text:
                text_bound = 0.0
            else:
                text_matcher.set_seq1(a.text)
                text_bound = text_matcher.quick_ratio()
            if _blend(title_bound, text_bound, place) < reach:
                continue
            title = title_matcher.ratio() if title_bound else 0.0
            text = text_matcher.ratio() if text_bound else 0.0
            score = round(_blend(title, text, place), 4)
            if score >= floor:
                pairs.append((score, i, j))
    pairs.sort(key=lambda pair: (-pair[0], pair[2], pair[1]))
    return pairs


def _label(task: Task) -> str:
    return f"{task.number} {task.title}"


def _year(plan: Plan) -> int | None:
    if plan.period is not None:
        return plan.period.start_year
    return plan.issued_on.year if plan.issued_on is not None else None


def _unit_changes(old: Task, new: Task) -> list[TaskChange]:
    found: list[TaskChange] = []
    for kind, before, after in (
        ("lead_units", old.lead_units, new.lead_units),
        ("responsible_units", old.responsible_units, new.responsible_units),
    ):
        if set(before) != set(after):
            direction = "added" if not before else "removed" if not after else "changed"
            found.append(
                TaskChange(
                    new.id, _label(new), kind, "、".join(before), "、".join(after), direction
                )
            )
    return found


def _deadline_change(old: Task, new: Task, shift: int) -> list[TaskChange]:
    before = old.timeframe.due if old.timeframe is not None else None
    after = new.timeframe.due if new.timeframe is not None else None
    if before is None and after is None:
        return []
    if before is None or after is None:
        direction = "added" if before is None else "removed"
        return [
            TaskChange(
                new.id,
                _label(new),
                "deadline",
                before.isoformat() if before else "",
                after.isoformat() if after else "",
                direction,
            )
        ]
    try:
        moved = before.replace(year=before.year + shift)
    except ValueError:  # 29 February
        moved = before.replace(year=before.year + shift, day=28)
    if moved == after:
        return []
    direction = "later" if after > moved else "earlier"
    return [
        TaskChange(
            new.id, _label(new), "deadline", before.isoformat(), after.isoformat(), direction
        )
    ]


def _target_key(target: Target) -> str:
    return f"{target.unit_of_measure or ''}|{_words(target.metric or '')}"


def _target_changes(old: Task, new: Task) -> list[TaskChange]:
    found: list[TaskChange] = []
    before = {_target_key(t): t for t in old.targets if t.value is not None}
    for target in new.targets:
        previous = before.get(_target_key(target))
        if target.value is None or previous is None or previous.value == target.value:
            continue
        direction = "raised" if target.value > (previous.value or 0) else "lowered"
        found.append(
            TaskChange(new.id, _label(new), "target", previous.text, target.text, direction)
        )
    return found


_MUTUAL_FLOOR = 0.3
"""The lowest score at which two tasks that are each other's best remaining match still pair."""


class _Best:
    """Each task's best score with a task of the other plan that is still free.

    The lists are sorted once; a pointer per task skips what was taken, so finding the best
    costs, over the whole matching, one pass through each list.
    """

    def __init__(self, ranked: dict[int, list[tuple[float, int]]], taken: set[int]) -> None:
        self.ranked = ranked
        self.taken = taken
        self.next = dict.fromkeys(ranked, 0)

    def score(self, index: int) -> float:
        ranked = self.ranked[index]
        at = self.next[index]
        while at < len(ranked) and ranked[at][1] in self.taken:
            at += 1
        self.next[index] = at
        return ranked[at][0] if at < len(ranked) else 0.0


def _match(
    pairs: list[tuple[float, int, int]], threshold: float
) -> tuple[dict[int, tuple[int, float]], set[int]]:
    """Pair tasks one to one, best scores first.

    A pair at or above ``threshold`` is taken; a pair from the mutual floor up is taken when each
    task is the other's best match among the tasks still free (rewritten tasks keep few words,
    but nothing else fits them better).
    """
    taken_old: dict[int, tuple[int, float]] = {}
    taken_new: set[int] = set()
    by_old: dict[int, list[tuple[float, int]]] = {}
    by_new: dict[int, list[tuple[float, int]]] = {}
    for score, i, j in pairs:  # already best first
        by_old.setdefault(i, []).append((score, j))
        by_new.setdefault(j, []).append((score, i))
    taken_old_ids: set[int] = set()
    best_for_old = _Best(by_old, taken_new)
    best_for_new = _Best(by_new, taken_old_ids)
    floor = min(threshold, _MUTUAL_FLOOR)
    for score, i, j in pairs:
        if score < floor:
            break
        if i in taken_old or j in taken_new:
            continue
        mutual = best_for_old.score(i) <= score and best_for_new.score(j) <= score
        if score >= threshold or mutual:
            taken_old[i] = (j, score)
            taken_old_ids.add(i)
            taken_new.add(j)
    return taken_old, taken_new


def compare(old: Plan, new: Plan, *, threshold: float = 0.45) -> PlanComparison:
    r"""Match the tasks of two plans and report what changed (see the module docstring).

    Args:
        old: The earlier plan.
        new: The later plan.
        threshold: The score (0-1) at which two tasks count as one carried over. Below it, down
            to 0.3 (or ``threshold`` if lower), two tasks still pair when each is the other's
            best match among the tasks not yet paired.

    Raises:
        ValidationError: for arguments that are not plans, or a threshold outside 0-1.

    Examples:
        >>> import rulegov
        >>> old = rulegov.parse_plan(
        ...     "某县2023年工作要点\n1.召开全县法治工作会议。牵头单位:县司法局\n"
        ...     "2.开展执法检查。牵头单位:县政府办\n"
        ... )
        >>> new = rulegov.parse_plan(
        ...     "某县2024年工作要点\n1.召开全县法治工作会议。牵头单位:县委办\n"
        ...     "2.组织法治培训。牵头单位:县司法局\n"
        ... )
        >>> found = compare(old, new)
        >>> [(match.old, match.new) for match in found.matches], found.dropped, found.added
        ([('t1', 't1')], ('2 开展执法检查',), ('2 组织法治培训',))
        >>> [(change.task, change.kind.value) for change in found.changes]
        [('t1', 'lead_units')]
    """
    for name, value in (("old", old), ("new", new)):
        if not isinstance(value, Plan):
            raise ValidationError(
                [Issue(name, "expected a rulegov.Plan", value, "invalid-parameter")]
            )
    if not isinstance(threshold, int | float) or not 0 <= threshold <= 1:
        raise ValidationError(
            [Issue("threshold", "expected a number from 0 to 1", threshold, "invalid-parameter")]
        )
    pairs = _scores(old, new, min(threshold, _MUTUAL_FLOOR))
    taken_old, taken_new = _match(pairs, threshold)
    shift = 0
    old_year, new_year = _year(old), _year(new)
    if old_year is not None and new_year is not None:
        shift = new_year - old_year
    by_new = sorted((j, i, score) for i, (j, score) in taken_old.items())
    matches: list[TaskMatch] = []
    changes: list[TaskChange] = []
    for j, i, score in by_new:
        a, b = old.tasks[i], new.tasks[j]
        matches.append(TaskMatch(a.id, b.id, a.number, b.number, a.title, b.title, score))
        changes.extend(_unit_changes(a, b))
        changes.extend(_deadline_change(a, b, shift))
        changes.extend(_target_changes(a, b))
    return PlanComparison(
        old_title=old.title,
        new_title=new.title,
        matches=tuple(matches),
        added=tuple(_label(task) for j, task in enumerate(new.tasks) if j not in taken_new),
        dropped=tuple(_label(task) for i, task in enumerate(old.tasks) if i not in taken_old),
        changes=tuple(changes),
    )
