"""How well rulegov reads real documents, against facts read by hand.

For every document of the corpus (``tests/corpus/dev`` and ``tests/corpus/heldout``, see
``tests/corpus/README.md``) the script reads the file with ``rulegov.read_plan``, compares
what it finds with the document's ``.facts.json`` and prints, for the development and the
held-out set separately, the accuracy of the header fields and the precision, recall and F1 of
the structural facts. ``--json PATH`` writes the same figures, and each document's, as JSON.

A document whose reading raises is counted, not fatal: a ``RulegovError`` (a clean refusal,
e.g. an unsupported format) is a *failure*, any other exception a *crash*. Either way all the
document's facts count as missed.

A facts file may give the header alone: a structural key it leaves out (``sections``,
``tasks``, ``targets``, ``citations``, ``groups``, ``assessments``) is not scored, and the
measures it feeds (``tasks`` feeds ``units`` and ``unit_roles`` too) count nothing from that
document; a measure that counts nothing over a whole set prints ``-``.

Matching rules (text is first normalised: Unicode NFKC, all whitespace removed, and the
tone-marked pinyin a mirror site prints after a character, 關(guān)于, dropped):

- Header fields (``notice_title``, ``title``, ``issuer``, ``date``, ``number``, ``recipients``)
  score 1 when equal after normalisation, on the documents whose facts give the field. The
  issuer is compared as a set of names split on ``、``; the notice title and the title after
  removing the issuer's names from their front; the document number with every bracket variant
  (〔〕 [] ［］ () 【】) read as 〔〕. ``spurious`` counts documents where rulegov gives a value
  the facts lack.
- Sections and tasks: the title similarity of two items is difflib's ratio on the normalised
  titles, or 0.9 when one title contains the other and the shorter has at least 4 characters.
  Their paths agree when, after normalising each number (full-width brackets to half-width, a
  trailing ``、`` or ``.`` dropped), the shorter path is a tail of the longer. Two items match
  when their paths agree and their similarity is at least 0.5, or when their similarity is at
  least 0.8. Matching is one to one, best pairs first.
- Units: for each matched task, the unit names of the facts (lead, responsible, cooperating)
  against the names rulegov assigns (any role); two names match when equal or when one
  contains the other. The units of unmatched tasks are all missed (facts) or all wrong
  (rulegov). ``unit_roles`` counts a unit only when its role matches as well.
- Targets and groups match when one normalised text contains the other; citations when the
  normalised titles are equal.
- Assessments match when the kind agrees (考核 → appraisal, 督察 → inspection, 评估 → an
  evaluation, ...) and the assessment belongs to the matched task or its name contains the
  quoted text.

Precision, recall and F1 are micro-averaged: true positives, false positives and false
negatives are summed over the documents of a set.

Appraisal documents (``tests/corpus/schemes/dev`` and ``heldout``, with ``.scheme.json``) are
read with ``rulegov.read_scheme`` when this version of rulegov has it, else reported as not
measured. Their scored items match a node of the scheme when the titles' similarity is at
least 0.8; ``points`` is the share of matched items whose points equal the document's (an
inner item counts only when the points of its items, all given, add up to its own).
Deduction, bonus and veto rules match a rule of the same family (deduction, shortfall and
penalty rules count as deductions) when the rule's wording (the text of its span, else its
reason) and the hand-read text contain one another or have a similarity of at least 0.6.
Grade bands match when label, lower and upper edge are equal. The points of an inner node
are the sum of the points below it (only leaves carry points in a scheme); ``total`` compares
the root's with the stated full score.

Run: ``python benchmarks/accuracy.py [--corpus tests/corpus] [--set dev] [--json accuracy.json]``;
``--corpus DIR`` with ``--set NAME`` reads any folder of documents laid out the same way, e.g.
``--corpus tests/parse/documents/unseen --set tune``. Appraisal documents are read from
``schemes/NAME`` for each set that has one.

``--pooled ROOT`` pools every folder under ``ROOT`` that holds a ``tune`` and a ``check`` half
(the further sets of ``tests/parse/documents``) into two columns, ``tune`` and ``check``, and
prints each folder's header fields below the table:
``python benchmarks/accuracy.py --pooled tests/parse/documents``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import pathlib
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

HEADER_FIELDS = ("notice_title", "title", "issuer", "date", "number", "recipients")
# the structural keys of a facts file, and the measures each one feeds
STRUCTURE_MEASURES = {
    "sections": ("sections",),
    "tasks": ("tasks", "units", "unit_roles"),
    "targets": ("targets",),
    "citations": ("citations",),
    "groups": ("groups",),
    "assessments": ("assessments",),
}
STRUCTURE_KEYS = tuple(STRUCTURE_MEASURES)
SET_FIELDS = (
    "sections",
    "tasks",
    "units",
    "unit_roles",
    "targets",
    "citations",
    "groups",
    "assessments",
)
SETS = ("dev", "heldout")

_SPACE = re.compile(r"\s+")
_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*\)"
    r"|(?<=[的地得])\(de\)|(?<=了)\(le\)|(?<=[们們])\(men\)|(?<=[吗嗎])\(ma\)|(?<=[么麼])\(me\)"
    # or a syllable without its tone mark, as a mirror glosses every character: 各(ge)省(sheng)
    r"|(?<=[\u4e00-\u9fff)])\((?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü]{1,3}(?:ng|n|r)?\)"
)
_OPEN = str.maketrans(
    {"[": "〔", "［": "〔", "(": "〔", "【": "〔", "]": "〕", "］": "〕", ")": "〕", "】": "〕"}
)
_NAME_SPLIT = re.compile(r"[、\s]+")
_NUMBER_END = re.compile(r"[、.,]+$")

#: Kind words of the facts and the assessment kinds (enum values) of rulegov that agree with them.
KIND_FAMILIES: dict[str, frozenset[str]] = {
    "考核": frozenset({"appraisal"}),
    "考评": frozenset({"appraisal"}),
    "督察": frozenset({"inspection", "special_inspection"}),
    "督查": frozenset({"inspection", "special_inspection"}),
    "督导": frozenset({"inspection", "special_inspection"}),
    "检查": frozenset({"inspection", "special_inspection"}),
    "评估": frozenset(
        {
            "self_assessment",
            "third_party_evaluation",
            "mid_term_evaluation",
            "monitoring_evaluation",
            "other",
        }
    ),
    "监测评价": frozenset({"monitoring_evaluation"}),
    "评查": frozenset({"case_file_review"}),
    "评议": frozenset({"democratic_appraisal", "performance_review"}),
    "述职": frozenset({"duty_report"}),
    "述法": frozenset({"rule_of_law_duty_report"}),
}


def normalise(text: str) -> str:
    """Unicode NFKC (full-width to half-width), all whitespace and pinyin glosses removed.

    A gloss is the tone-marked syllable a mirror site prints after a character (關(guān)于), the
    neutral tone of a particle (的(de), 了(le)), or a syllable without its tone where a mirror
    glosses every character (各(ge)省(sheng)); like the spaces of an extraction, it is the copy's,
    not the document's.
    """
    return _GLOSS.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", text)))


def normalise_number(number: str) -> str:
    """A printed section or task number, normalised: '（一）' → '(一)', '1、' → '1'."""
    return _NUMBER_END.sub("", normalise(number))


def similarity(first: str, second: str) -> float:
    """Title similarity: difflib's ratio, or 0.9 when one contains the other (4+ characters)."""
    a, b = normalise(first), normalise(second)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    if len(shorter) >= 4 and shorter in longer:
        return max(ratio, 0.9)
    return ratio


def paths_agree(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether the shorter normalised path is a tail of the longer (both non-empty)."""
    a = [normalise_number(n) for n in first]
    b = [normalise_number(n) for n in second]
    if not a or not b:
        return False
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[len(longer) - len(shorter) :] == shorter


def contains_either(first: str, second: str) -> bool:
    """Whether one normalised text contains the other (neither empty)."""
    a, b = normalise(first), normalise(second)
    return bool(a) and bool(b) and (a in b or b in a)


@dataclass
class Count:
    """True positives, false positives and false negatives of one kind of fact."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def of_pairs(cls, pairs: Sequence[tuple[int, int]], expected: int, found: int) -> Count:
        """The count of a one-to-one matching: ``pairs`` of ``expected`` and ``found`` items."""
        return cls(tp=len(pairs), fp=found - len(pairs), fn=expected - len(pairs))

    def add(self, other: Count) -> None:
        """Add another count to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None when nothing was found."""
        found = self.tp + self.fp
        return self.tp / found if found else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when there was nothing to find."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall; 1.0 when there was nothing to find or find."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict[str, Any]:
        """The counts and the three ratios."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Header:
    """Correct, scored and spurious counts of one header field."""

    correct: int = 0
    scored: int = 0
    spurious: int = 0

    def add(self, other: Header) -> None:
        """Add another count to this one."""
        self.correct += other.correct
        self.scored += other.scored
        self.spurious += other.spurious

    @property
    def accuracy(self) -> float | None:
        """correct / scored, or None when no document gives the field."""
        return self.correct / self.scored if self.scored else None

    def as_dict(self) -> dict[str, Any]:
        """The counts and the accuracy."""
        return {
            "correct": self.correct,
            "scored": self.scored,
            "spurious": self.spurious,
            "accuracy": self.accuracy,
        }


@dataclass
class Found:
    """The facts of one document in the comparable shape of the hand-read facts."""

    notice_title: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: str | None = None
    number: str | None = None
    recipients: list[str] = field(default_factory=list)
    sections: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    tasks: list[FoundTask] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    assessments: list[tuple[str, str | None, str]] = field(default_factory=list)


@dataclass
class FoundTask:
    """A task as rulegov found it: its key, path, title and units by role."""

    key: str
    path: tuple[str, ...]
    title: str
    units: list[tuple[str, str]]


@dataclass
class Result:
    """The comparison of one document."""

    document: str
    status: str
    error: str | None = None
    seconds: float = 0.0
    header: dict[str, Header] = field(default_factory=dict)
    counts: dict[str, Count] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The result as plain data."""
        return {
            "document": self.document,
            "status": self.status,
            "error": self.error,
            "seconds": round(self.seconds, 4),
            "header": {name: value.as_dict() for name, value in self.header.items()},
            "counts": {name: value.as_dict() for name, value in self.counts.items()},
        }


def found_from_plan(plan: rulegov.Plan) -> Found:
    """What rulegov read, in the shape of the hand-read facts."""
    tasks = plan.tasks
    citations = [citation.title for citation in plan.citations]
    if plan.notice is not None:
        citations.extend(citation.title for citation in plan.notice.citations)
    for task in tasks:
        citations.extend(citation.title for citation in task.citations)
    return Found(
        notice_title=plan.notice.title if plan.notice is not None else None,
        title=plan.title,
        issuer=plan.issuer,
        date=plan.issued_on.isoformat() if plan.issued_on is not None else None,
        number=plan.doc_number,
        recipients=list(plan.recipients),
        sections=[
            (tuple(_section_path(plan, section.id)), section.title)
            for section in plan.walk_sections()
        ],
        tasks=[
            FoundTask(
                key=task.id,
                path=tuple(task.path),
                title=task.title,
                units=[
                    (assignment.role.value, assignment.unit_name or assignment.unit)
                    for assignment in task.assignments
                ],
            )
            for task in tasks
        ],
        targets=[target.text for task in tasks for target in task.targets],
        citations=list(dict.fromkeys(citations)),
        groups=[group.name for group in plan.coordination_groups],
        assessments=[
            (assessment.kind.value, assessment.task, assessment.name)
            for assessment in plan.assessments
        ],
    )


def _section_path(plan: rulegov.Plan, section_id: str) -> list[str]:
    """The printed numbers from the top section down to the section with ``section_id``."""

    def walk(sections: Sequence[rulegov.Section], above: list[str]) -> list[str] | None:
        for section in sections:
            here = [*above, section.number]
            if section.id == section_id:
                return here
            below = walk(section.children, here)
            if below is not None:
                return below
        return None

    return walk(plan.sections, []) or []


def match_items(
    expected: Sequence[tuple[Sequence[str], str]], found: Sequence[tuple[Sequence[str], str]]
) -> list[tuple[int, int]]:
    """One-to-one matches (index in expected, index in found) of sections or tasks."""
    candidates: list[tuple[float, int, int]] = []
    for i, (expected_path, expected_title) in enumerate(expected):
        for j, (found_path, found_title) in enumerate(found):
            score = similarity(expected_title, found_title)
            agree = paths_agree(expected_path, found_path)
            if (agree and score >= 0.5) or score >= 0.8:
                candidates.append((score + (1.0 if agree else 0.0), i, j))
    return _one_to_one(candidates)


def _one_to_one(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first, ties in document order."""
    used_expected: set[int] = set()
    used_found: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_expected and j not in used_found:
            used_expected.add(i)
            used_found.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_texts(
    expected: Sequence[str], found: Sequence[str], agree: Callable[[str, str], bool]
) -> Count:
    """Count one-to-one matches of two lists of texts under ``agree``."""
    candidates = [
        (1.0 if normalise(e) == normalise(f) else 0.5, i, j)
        for i, e in enumerate(expected)
        for j, f in enumerate(found)
        if agree(e, f)
    ]
    return Count.of_pairs(_one_to_one(candidates), len(expected), len(found))


def _equal(first: str, second: str) -> bool:
    return normalise(first) == normalise(second)


def _names(value: str) -> frozenset[str]:
    return frozenset(normalise(name) for name in _NAME_SPLIT.split(value) if normalise(name))


def _strip_issuer(title: str, issuer: str | None) -> str:
    text = normalise(title)
    if issuer:
        names = sorted({normalise(issuer), *_names(issuer)}, key=len, reverse=True)
        changed = True
        while changed:
            changed = False
            for name in names:
                if name and text.startswith(name) and len(text) > len(name):
                    text = text[len(name) :]
                    changed = True
    return text


def score_header(name: str, expected: Any, found: Any, issuer: str | None) -> Header:
    """Score one header field of one document."""
    if expected in (None, []):
        return Header(spurious=0 if found in (None, [], "") else 1)
    if found in (None, [], ""):
        return Header(scored=1)
    if name == "issuer":
        right = _names(expected) == _names(found)
    elif name in ("notice_title", "title"):
        right = _strip_issuer(expected, issuer) == _strip_issuer(found, issuer)
    elif name == "number":
        right = normalise(expected).translate(_OPEN) == normalise(found).translate(_OPEN)
    elif name == "recipients":
        right = [normalise(r) for r in expected] == [normalise(r) for r in found]
    else:
        right = normalise(expected) == normalise(found)
    return Header(correct=int(right), scored=1)


def compare(facts: dict[str, Any], found: Found) -> tuple[dict[str, Header], dict[str, Count]]:
    """Compare the hand-read facts of one document with what rulegov found.

    A structural key (``sections``, ``tasks``, ``targets``, ``citations``, ``groups``,
    ``assessments``) absent from the facts is not scored: its measures count nothing.
    """
    given = set(facts)
    header = {
        name: score_header(name, facts[name], getattr(found, name), facts["issuer"])
        for name in HEADER_FIELDS
    }
    counts: dict[str, Count] = {}
    # a structural key the facts leave out is not scored: only the header was read by hand
    facts = {**facts, **{key: [] for key in STRUCTURE_KEYS if key not in facts}}

    expected_sections = list(_flatten_sections(facts["sections"], ()))
    pairs = match_items(expected_sections, found.sections)
    counts["sections"] = Count.of_pairs(pairs, len(expected_sections), len(found.sections))

    expected_tasks = [(task["path"], task["title"]) for task in facts["tasks"]]
    found_tasks = [(task.path, task.title) for task in found.tasks]
    task_pairs = match_items(expected_tasks, found_tasks)
    counts["tasks"] = Count.of_pairs(task_pairs, len(expected_tasks), len(found_tasks))

    counts["units"], counts["unit_roles"] = _unit_counts(facts["tasks"], found.tasks, task_pairs)
    counts["targets"] = match_texts(facts["targets"], found.targets, contains_either)
    counts["citations"] = match_texts(
        list(dict.fromkeys(facts["citations"])), found.citations, _equal
    )
    counts["groups"] = match_texts(facts["groups"], found.groups, contains_either)
    counts["assessments"] = _assessment_count(facts, found, task_pairs)
    return header, _leave_out_unscored(counts, given)


def _unit_counts(
    expected: Sequence[dict[str, Any]],
    found: Sequence[FoundTask],
    task_pairs: Sequence[tuple[int, int]],
) -> tuple[Count, Count]:
    """The units of matched tasks matched by name, and by role and name; the others all missed."""
    units, unit_roles = Count(), Count()
    matched_found = {j for _, j in task_pairs}
    matched_expected = {i for i, _ in task_pairs}
    for i, task in enumerate(expected):
        if i not in matched_expected:
            missed = sum(len(task[role]) for role in ("lead", "responsible", "cooperating"))
            units.fn += missed
            unit_roles.fn += missed
    for j, found_task in enumerate(found):
        if j not in matched_found:
            units.fp += len(found_task.units)
            unit_roles.fp += len(found_task.units)
    for i, j in task_pairs:
        task = expected[i]
        expected_units = [
            (role, name) for role in ("lead", "responsible", "cooperating") for name in task[role]
        ]
        found_units = found[j].units
        units.add(
            match_texts(
                [n for _, n in expected_units], [n for _, n in found_units], contains_either
            )
        )
        unit_roles.add(
            match_texts(
                [f"{r}|{n}" for r, n in expected_units],
                [f"{r}|{n}" for r, n in found_units],
                _same_role_and_name,
            )
        )
    return units, unit_roles


def _assessment_count(
    facts: dict[str, Any], found: Found, task_pairs: Sequence[tuple[int, int]]
) -> Count:
    """Assessments matched one to one: of a kind of the same family, on the same matched task or
    with the hand-read text in the name."""
    found_task_of = {task.key: j for j, task in enumerate(found.tasks)}
    expected_task_of = {tuple(facts["tasks"][i]["path"]): j for i, j in task_pairs}
    candidates: list[tuple[float, int, int]] = []
    for i, assessment in enumerate(facts["assessments"]):
        family = KIND_FAMILIES.get(assessment["kind"], frozenset())
        wanted_task = (
            expected_task_of.get(tuple(assessment["task"])) if assessment["task"] else None
        )
        for j, (kind, task_key, name) in enumerate(found.assessments):
            if kind not in family:
                continue
            same_task = (
                wanted_task is not None
                and task_key is not None
                and found_task_of.get(task_key) == wanted_task
            )
            if same_task or contains_either(assessment["text"], name):
                candidates.append((1.0 if same_task else 0.5, i, j))
    return Count.of_pairs(
        _one_to_one(candidates), len(facts["assessments"]), len(found.assessments)
    )


def _leave_out_unscored(counts: dict[str, Count], given: set[str]) -> dict[str, Count]:
    """The counts with the measures of structural keys the facts leave out set to nothing."""
    left_out = {
        name for key in STRUCTURE_KEYS if key not in given for name in STRUCTURE_MEASURES[key]
    }
    return {name: Count() if name in left_out else count for name, count in counts.items()}


def _same_role_and_name(first: str, second: str) -> bool:
    role_a, _, name_a = first.partition("|")
    role_b, _, name_b = second.partition("|")
    return role_a == role_b and contains_either(name_a, name_b)


def _flatten_sections(
    sections: Sequence[dict[str, Any]], above: tuple[str, ...]
) -> Iterable[tuple[tuple[str, ...], str]]:
    for section in sections:
        path = (*above, section["number"])
        yield path, section["title"]
        yield from _flatten_sections(section["children"], path)


def missed_everything(facts: dict[str, Any]) -> tuple[dict[str, Header], dict[str, Count]]:
    """The score of a document rulegov could not read: every given fact missed."""
    facts = {**facts, **{key: [] for key in STRUCTURE_KEYS if key not in facts}}
    header = {name: Header(scored=0 if facts[name] in (None, []) else 1) for name in HEADER_FIELDS}
    unit_total = sum(
        len(task[role])
        for task in facts["tasks"]
        for role in ("lead", "responsible", "cooperating")
    )
    counts = {
        "sections": Count(fn=len(list(_flatten_sections(facts["sections"], ())))),
        "tasks": Count(fn=len(facts["tasks"])),
        "units": Count(fn=unit_total),
        "unit_roles": Count(fn=unit_total),
        "targets": Count(fn=len(facts["targets"])),
        "citations": Count(fn=len(dict.fromkeys(facts["citations"]))),
        "groups": Count(fn=len(facts["groups"])),
        "assessments": Count(fn=len(facts["assessments"])),
    }
    return header, counts


SCHEME_FIELDS = ("items", "deductions", "bonus", "veto", "grades")
SCHEME_SETS = ("schemes/dev", "schemes/heldout")


@dataclass
class FoundScheme:
    """What rulegov read from an appraisal document, in the shape of the hand-read scheme."""

    total: float | None = None
    items: list[tuple[str, float | None]] = field(default_factory=list)
    deductions: list[str] = field(default_factory=list)
    bonus: list[str] = field(default_factory=list)
    veto: list[str] = field(default_factory=list)
    grades: list[tuple[str, float | None, float | None]] = field(default_factory=list)


def _node_points(node: Any) -> float | None:
    """A leaf's points, else the sum of the points below it (None when any is missing)."""
    if not node.children:
        return None if node.points is None else float(node.points)
    total = 0.0
    for child in node.children:
        value = _node_points(child)
        if value is None:
            return None
        total += value
    return total


def _rule_wording(rule: Any, text: str) -> str:
    """The words of a rule: the text of its span when there is one, else its reason."""
    span = getattr(rule, "span", None)
    if span is not None and text:
        return str(text[span.start : span.end])
    return str(getattr(rule, "reason", None) or "")


def found_from_scheme(scheme: rulegov.Scheme, text: str = "") -> FoundScheme:
    """A scheme in the shape of the hand-read facts; rule wording from ``text`` via its span."""
    found = FoundScheme(total=_node_points(scheme.root))
    for node in scheme.nodes():
        if node is not scheme.root:
            found.items.append((node.name or node.id, _node_points(node)))
    for rule in scheme.rules:
        if rule.kind in ("deduction", "shortfall", "penalty"):
            found.deductions.append(_rule_wording(rule, text))
        elif rule.kind == "bonus":
            found.bonus.append(_rule_wording(rule, text))
        else:
            found.veto.append(_rule_wording(rule, text))
    if scheme.grading is not None:
        found.grades = [
            (band.label or band.grade, band.min, band.max) for band in scheme.grading.bands
        ]
    return found


def _flatten_items(items: Sequence[dict[str, Any]]) -> Iterable[tuple[str, float | None]]:
    """Every titled item, depth first, with the points to compare: a leaf's points, and an inner
    item's only when its children's points are all given and add up to them (in a document
    cut short, the visible children do not)."""
    for item in items:
        if item["title"]:
            children = [child["points"] for child in item["children"]]
            whole = not children or (
                None not in children and abs(sum(children) - (item["points"] or 0)) < 1e-9
            )
            yield item["title"], item["points"] if whole else None
        yield from _flatten_items(item["children"])


def _same_wording(first: str, second: str) -> bool:
    return contains_either(first, second) or similarity(first, second) >= 0.6


def compare_scheme(
    facts: dict[str, Any], found: FoundScheme
) -> tuple[dict[str, Header], dict[str, Count]]:
    """Compare the hand-read scheme of one appraisal document with what rulegov read."""
    expected_items = list(_flatten_items(facts["items"]))
    candidates = [
        (score, i, j)
        for i, (title, _) in enumerate(expected_items)
        for j, (name, _) in enumerate(found.items)
        if (score := similarity(title, name)) >= 0.8
    ]
    pairs = _one_to_one(candidates)
    points = Header()
    for i, j in pairs:
        expected_points = expected_items[i][1]
        if expected_points is not None:
            points.scored += 1
            found_points = found.items[j][1]
            points.correct += int(
                found_points is not None and abs(found_points - expected_points) < 1e-9
            )
    total = Header()
    if facts["total"] is None:
        total.spurious = int(found.total is not None)
    else:
        total.scored = 1
        total.correct = int(found.total is not None and abs(found.total - facts["total"]) < 1e-9)
    counts = {
        "items": Count.of_pairs(pairs, len(expected_items), len(found.items)),
        "deductions": match_texts(
            [d["text"] for d in facts["deductions"]], found.deductions, _same_wording
        ),
        "bonus": match_texts([b["text"] for b in facts["bonus"]], found.bonus, _same_wording),
        "veto": match_texts([v["text"] for v in facts["veto"]], found.veto, _same_wording),
        "grades": match_texts(
            [f"{g['name']}|{g['min']}|{g['max']}" for g in facts["grades"]],
            [f"{label}|{low}|{high}" for label, low, high in found.grades],
            _same_band,
        ),
    }
    return {"points": points, "total": total}, counts


def _same_band(first: str, second: str) -> bool:
    name_a, low_a, high_a = first.split("|")
    name_b, low_b, high_b = second.split("|")

    def number(value: str) -> float | None:
        return None if value == "None" else float(value)

    return (
        normalise(name_a) == normalise(name_b)
        and number(low_a) == number(low_b)
        and number(high_a) == number(high_b)
    )


def _documents_read_by_hand(
    folder: pathlib.Path, pattern: str
) -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The documents of a folder whose hand-read files match ``pattern``, with what they say."""
    found: list[tuple[pathlib.Path, dict[str, Any]]] = []
    for facts_path in sorted(folder.glob(pattern)):
        facts = json.loads(facts_path.read_text(encoding="utf-8"))
        found.append((folder / facts["file"], facts))
    return found


def scheme_documents(folder: pathlib.Path) -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The appraisal documents of a corpus folder with their hand-read schemes."""
    return _documents_read_by_hand(folder, "*.scheme.json")


def _refused(error: Exception) -> str:
    """How a reader that raised ``error`` is counted: ``failed`` for a clean refusal, else ``crashed``."""
    return "failed" if isinstance(error, rulegov.RulegovError) else "crashed"


def evaluate_scheme_document(
    path: pathlib.Path, facts: dict[str, Any], read: Callable[[pathlib.Path], rulegov.Scheme]
) -> Result:
    """Read one appraisal document and compare it; a raising reader is counted, not fatal."""
    start = time.perf_counter()
    status, error_text = "ok", None
    try:
        scheme = read(path)
        text = path.read_text(encoding="utf-8") if path.suffix == ".txt" else ""
        found = found_from_scheme(scheme, text)
    except Exception as error:  # noqa: BLE001 - a crash of the reader is what is counted here
        status, error_text, found = (
            _refused(error),
            f"{type(error).__name__}: {error}",
            FoundScheme(),
        )
    header, counts = compare_scheme(facts, found)
    if status != "ok":
        header["total"].spurious = 0
    return Result(path.name, status, error_text, time.perf_counter() - start, header, counts)


def _add_up(
    results: Sequence[Result], header: dict[str, Header], counts: dict[str, Count]
) -> dict[str, int]:
    """Add the results' scores into ``header`` and ``counts``; the documents by how they read."""
    for result in results:
        for name, value in result.header.items():
            header[name].add(value)
        for name, count in result.counts.items():
            counts[name].add(count)
    return {
        "documents": len(results),
        "ok": sum(r.status == "ok" for r in results),
        "failed": sum(r.status == "failed" for r in results),
        "crashed": sum(r.status == "crashed" for r in results),
    }


def summarise_schemes(results: Sequence[Result]) -> dict[str, Any]:
    """Sum the results of one set of appraisal documents."""
    header = {"points": Header(), "total": Header()}
    counts = {name: Count() for name in SCHEME_FIELDS}
    return {
        **_add_up(results, header, counts),
        "header": {name: value.as_dict() for name, value in header.items()},
        "counts": {name: value.as_dict() for name, value in counts.items()},
    }


def run_schemes(
    corpus: pathlib.Path,
    sets: Sequence[str] = SCHEME_SETS,
    read: Callable[[pathlib.Path], rulegov.Scheme] | None = None,
) -> dict[str, Any]:
    """Evaluate the appraisal documents, or say why not when rulegov has no scheme reader."""
    reader = read if read is not None else getattr(rulegov, "read_scheme", None)
    if reader is None:
        return {"measured": False, "reason": "this version of rulegov has no read_scheme"}
    report: dict[str, Any] = {"measured": True, "sets": {}}
    for name in sets:
        results = [
            evaluate_scheme_document(path, facts, reader)
            for path, facts in scheme_documents(corpus / name)
        ]
        report["sets"][name] = {
            "summary": summarise_schemes(results),
            "documents": [result.as_dict() for result in results],
        }
    return report


def documents(folder: pathlib.Path) -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The documents of a corpus folder with their facts, in file order."""
    return _documents_read_by_hand(folder, "*.facts.json")


def evaluate_document(
    path: pathlib.Path, facts: dict[str, Any], read: Callable[[pathlib.Path], rulegov.Plan]
) -> Result:
    """Read one document and compare it with its facts; a raising reader is counted, not fatal."""
    start = time.perf_counter()
    try:
        plan = read(path)
        found = found_from_plan(plan)
    except Exception as error:  # noqa: BLE001 - a crash of the reader is what is counted here
        header, counts = missed_everything(facts)
        return Result(
            path.name,
            _refused(error),
            f"{type(error).__name__}: {error}",
            time.perf_counter() - start,
            header,
            counts,
        )
    seconds = time.perf_counter() - start
    header, counts = compare(facts, found)
    return Result(path.name, "ok", None, seconds, header, counts)


def summarise(results: Sequence[Result]) -> dict[str, Any]:
    """Sum the results of one set into header accuracies and micro-averaged P/R/F1."""
    header = {name: Header() for name in HEADER_FIELDS}
    counts = {name: Count() for name in SET_FIELDS}
    documents = _add_up(results, header, counts)
    scored = sum(h.scored for h in header.values())
    return {
        **documents,
        "header": {name: value.as_dict() for name, value in header.items()},
        "header_overall": (sum(h.correct for h in header.values()) / scored) if scored else None,
        "counts": {name: value.as_dict() for name, value in counts.items()},
    }


def run(
    corpus: pathlib.Path,
    sets: Sequence[str] = SETS,
    read: Callable[[pathlib.Path], rulegov.Plan] = rulegov.read_plan,
) -> dict[str, Any]:
    """Evaluate every set of the corpus; the summaries and the per-document results."""
    report: dict[str, Any] = {"rulegov": rulegov.__version__, "sets": {}}
    for name in sets:
        results = [evaluate_document(path, facts, read) for path, facts in documents(corpus / name)]
        report["sets"][name] = {
            "summary": summarise(results),
            "documents": [result.as_dict() for result in results],
        }
    return report


HALVES = ("tune", "check")


def split_folders(root: pathlib.Path) -> list[pathlib.Path]:
    """The folders under ``root`` drawn into a ``tune`` and a ``check`` half.

    In name order, a number in the name read as a number: ``unseen2`` before ``unseen10``.
    """
    return sorted(
        (
            folder
            for folder in root.iterdir()
            if folder.is_dir() and all((folder / half).is_dir() for half in HALVES)
        ),
        key=lambda folder: [
            int(part) if part.isdigit() else part for part in re.split(r"(\d+)", folder.name)
        ],
    )


def run_pooled(
    root: pathlib.Path, read: Callable[[pathlib.Path], rulegov.Plan] = rulegov.read_plan
) -> dict[str, Any]:
    """Evaluate the halves of every split folder under ``root``, pooled by half.

    The report has the shape of :func:`run`'s, with the sets ``tune`` and ``check``, and a
    ``folders`` entry giving each folder's header fields (correct, scored) per half.
    """
    pooled: dict[str, list[Result]] = {half: [] for half in HALVES}
    folders: dict[str, dict[str, list[int]]] = {}
    for folder in split_folders(root):
        folders[folder.name] = {}
        for half in HALVES:
            results = [evaluate_document(p, f, read) for p, f in documents(folder / half)]
            pooled[half].extend(results)
            heads = [h for result in results for h in result.header.values()]
            folders[folder.name][half] = [
                sum(h.correct for h in heads),
                sum(h.scored for h in heads),
            ]
    report: dict[str, Any] = {"rulegov": rulegov.__version__, "sets": {}, "folders": folders}
    for half, results in pooled.items():
        report["sets"][half] = {
            "summary": summarise(results),
            "documents": [result.as_dict() for result in results],
        }
    return report


def folder_lines(report: dict[str, Any]) -> str:
    """Each pooled folder's header fields, correct/scored, per half: one line per folder."""
    lines = ["header fields by folder (tune, check)"]
    for name, halves in report["folders"].items():
        cells = ", ".join(f"{c}/{n}" for c, n in (halves[half] for half in HALVES))
        lines.append(f"  {name:20} {cells}")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.3f}"


def _f1_rows(summaries: Sequence[dict[str, Any]], names: Sequence[str]) -> list[str]:
    """One line per measure of ``names``: its F1 (precision/recall) in each set's column."""
    lines = []
    for name in names:
        cells = []
        for s in summaries:
            c = s["counts"][name]
            cells.append(f"{_fmt(c['f1'])} ({_fmt(c['precision'])}/{_fmt(c['recall'])})")
        lines.append(f"  {name:20}" + "".join(cell.rjust(24) for cell in cells))
    return lines


def table(report: dict[str, Any]) -> str:
    """The report as a plain-text table, one column per set."""
    sets = list(report["sets"])
    summaries = [report["sets"][name]["summary"] for name in sets]
    lines = [f"rulegov {report['rulegov']}: accuracy on hand-read facts", ""]
    lines.append(f"{'':22}" + "".join(f"{name:>24}" for name in sets))
    lines.append(
        f"{'documents (ok/fail/crash)':22}"
        + "".join(
            f"{s['documents']:>12} ({s['ok']}/{s['failed']}/{s['crashed']})".rjust(24)
            for s in summaries
        )
    )
    lines.append("")
    lines.append("header fields: accuracy (correct/scored, spurious)")
    for name in HEADER_FIELDS:
        cells = []
        for s in summaries:
            h = s["header"][name]
            cells.append(f"{_fmt(h['accuracy'])} ({h['correct']}/{h['scored']}, {h['spurious']})")
        lines.append(f"  {name:20}" + "".join(c.rjust(24) for c in cells))
    lines.append(
        f"  {'all header fields':20}"
        + "".join(_fmt(s["header_overall"]).rjust(24) for s in summaries)
    )
    lines.append("")
    lines.append("facts: F1 (precision/recall)")
    lines.extend(_f1_rows(summaries, SET_FIELDS))
    return "\n".join(lines)


def scheme_table(report: dict[str, Any]) -> str:
    """The appraisal-document figures as a plain-text table, one column per set."""
    if not report["measured"]:
        return f"appraisal documents: not measured ({report['reason']})"
    sets = list(report["sets"])
    summaries = [report["sets"][name]["summary"] for name in sets]
    lines = ["appraisal documents", f"{'':22}" + "".join(f"{name:>24}" for name in sets)]
    lines.append(
        f"{'documents (ok/fail/crash)':22}"
        + "".join(
            f"{s['documents']} ({s['ok']}/{s['failed']}/{s['crashed']})".rjust(24)
            for s in summaries
        )
    )
    for name in ("points", "total"):
        cells = []
        for s in summaries:
            h = s["header"][name]
            cells.append(f"{_fmt(h['accuracy'])} ({h['correct']}/{h['scored']})")
        lines.append(f"  {name:20}" + "".join(c.rjust(24) for c in cells))
    lines.extend(_f1_rows(summaries, SCHEME_FIELDS))
    return "\n".join(lines)


def default_sets(corpus: pathlib.Path) -> list[str]:
    """The sets to evaluate when none is named: dev and heldout, else every folder with facts."""
    named = [name for name in SETS if (corpus / name).is_dir()]
    if named:
        return named
    return sorted(
        folder.name
        for folder in corpus.iterdir()
        if folder.is_dir() and any(folder.glob("*.facts.json"))
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table; write JSON with ``--json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        type=pathlib.Path,
        default=pathlib.Path(__file__).resolve().parent.parent / "tests" / "corpus",
        help=(
            "the corpus folder, holding one folder per set (default: tests/corpus, "
            "with dev/ and heldout/)"
        ),
    )
    parser.add_argument("--json", type=pathlib.Path, help="also write the figures here as JSON")
    parser.add_argument(
        "--set",
        action="append",
        metavar="NAME",
        help=(
            "evaluate only this set, a folder of the corpus (repeatable; default: dev and "
            "heldout, or every folder of the corpus that holds facts)"
        ),
    )
    parser.add_argument(
        "--pooled",
        type=pathlib.Path,
        metavar="ROOT",
        help=(
            "pool every folder under ROOT that holds a tune and a check half into two columns "
            "(e.g. tests/parse/documents)"
        ),
    )
    arguments = parser.parse_args(argv)
    if arguments.pooled is not None:
        if arguments.set:
            parser.error("--pooled reads every split folder of ROOT; leave out --set")
        if not arguments.pooled.is_dir() or not split_folders(arguments.pooled):
            parser.error(f"no folder with a tune and a check half under {arguments.pooled}")
        report = run_pooled(arguments.pooled)
        sys.stdout.write(table(report) + "\n\n" + folder_lines(report) + "\n")
        _write_json(arguments.json, report)
        return 0
    corpus: pathlib.Path = arguments.corpus
    sets = arguments.set or default_sets(corpus)
    missing = [name for name in sets if not (corpus / name).is_dir()]
    if missing:
        parser.error(f"no such set in {corpus}: {', '.join(missing)}")
    report = run(corpus, sets)
    scheme_sets = [f"schemes/{name}" for name in sets if (corpus / "schemes" / name).is_dir()]
    sys.stdout.write(table(report) + "\n")
    if scheme_sets:
        report["schemes"] = run_schemes(corpus, scheme_sets)
        sys.stdout.write("\n" + scheme_table(report["schemes"]) + "\n")
    _write_json(arguments.json, report)
    return 0


def _write_json(path: pathlib.Path | None, report: dict[str, Any]) -> None:
    if path is not None:
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
