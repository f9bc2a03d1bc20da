"""A seeded mutation sweep: bad input made from good input, fed to one entry point at a time.

Each case is a good input (a plan's data, a scheme, a graph's parts, a document) with a few
random changes: a value replaced by junk (NaN, 1e308, a huge integer, a list nested a thousand
deep, odd Unicode), a key dropped, an item repeated, text cut, repeated or spliced with the
genre's own marks. A case may succeed or raise a ``RulegovError``; any other exception is a
crash, a case that runs past its deadline is a hang, and a check that finds data dropped
without a word is a loss. The sweep runs with a fixed seed until its time budget is spent.

A case's deadline is processor time this process spends, not time on the clock: the other work
of a busy machine slows a case down on the clock but cannot make it a hang. (The budget is time
on the clock: a busy machine runs fewer cases, and fails none for it.)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import random
import reprlib
import signal
import time
import traceback
import unicodedata
import warnings
from typing import TYPE_CHECKING, Any

import attrs

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def _nested(depth: int, kind: type) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value] if kind is list else {"a": value}
    return value


JUNK: list[object] = [
    None,
    True,
    0,
    -1,
    1.5,
    -0.0,
    10**30,
    2**4000,
    1e308,
    -1e308,
    5e-324,
    math.nan,
    math.inf,
    -math.inf,
    "",
    " ",
    "\ufeff",
    "\u200b",
    "x",
    "一、",
    "《",
    "\x00",
    "9999-12-31",
    "2023-02-30",
    "FS",
    "following",
    b"\xff\xfe",
    [],
    {},
    [[[]]],
    [1, "a", None],
    {"": None},
    _nested(1000, list),
    _nested(1000, dict),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    dt.datetime(2023, 5, 10, 12, 0, tzinfo=dt.UTC),
    (1, 2),
    (float("nan"), 1, 2),
    object(),
]

TEXT_PIECES = [
    "一、",
    "（一）",
    "(二)",
    "1.",
    "1、",
    "(1)",
    "①",
    "第一条",
    "第一章",
    "牵头单位：",
    "责任单位:",
    "配合单位：",
    "完成时限：",
    "2023年6月底前",
    "9999年12月31日",
    "0217年4月3日",
    "每季度",
    "长期坚持",
    "《",
    "》",
    "〔2023〕1号",
    "不少于",
    "100%",
    "3次",
    "|",
    "|--|--|",
    "|序号|工作任务|牵头单位|\n",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\ufeff",
    "\u200b",
    "\u3000",
    "。",
    "、",
    "，",
    "：",
    "各单位：",
    "区司法局",
    "区依法治区办\n2023年5月10日\n",
    "现将《工作要点》印发给你们。",
    "（以下简称“",
    "🙂",
    "e\u0301",
    "\u202e",
]


def mutate_value(rng: random.Random, value: Any, changes: int = 2) -> Any:
    """A copy of ``value`` (JSON-like data) with ``changes`` random changes."""
    for _ in range(changes):
        value = _change(rng, value, depth=0)
    return value


def _change(rng: random.Random, value: Any, depth: int) -> Any:
    if isinstance(value, dict) and value and (depth == 0 or rng.random() < 0.8):
        return _change_mapping(rng, value, depth)
    if isinstance(value, list | tuple) and value and (depth == 0 or rng.random() < 0.8):
        return _change_items(rng, value, depth)
    if isinstance(value, str) and rng.random() < 0.5:
        return mutate_text(rng, value, edits=1)
    if isinstance(value, int | float) and not isinstance(value, bool) and rng.random() < 0.5:
        if isinstance(value, int) and value.bit_length() > 900:
            return rng.choice([-value, 0, value // 3])
        return rng.choice([value * 10**9, -value, value + 0.5, value * 1e300, 0])
    return rng.choice(JUNK)


def _change_mapping(rng: random.Random, value: dict[Any, Any], depth: int) -> dict[Any, Any]:
    key = rng.choice(list(value))
    copied = dict(value)
    roll = rng.random()
    if roll < 0.15:
        del copied[key]
    elif roll < 0.2:
        copied[rng.choice(["", "extra", "id", str(key) + "_"])] = rng.choice(JUNK)
    else:
        copied[key] = _change(rng, value[key], depth + 1)
    return copied


def _change_items(rng: random.Random, value: list[Any] | tuple[Any, ...], depth: int) -> Any:
    items = list(value)
    index = rng.randrange(len(items))
    roll = rng.random()
    if roll < 0.15 and isinstance(value, list):
        del items[index]
    elif roll < 0.3 and isinstance(value, list):
        items.insert(index, value[index])  # a repeat: duplicate ids, links
    else:
        items[index] = _change(rng, items[index], depth + 1)
    return items if isinstance(value, list) else tuple(items)


def mutate_text(rng: random.Random, text: str, edits: int = 3) -> str:
    """``text`` with ``edits`` random edits: pieces of the genre inserted, slices cut or doubled."""
    for _ in range(edits):
        at = rng.randrange(len(text) + 1)
        roll = rng.random()
        if roll < 0.45 or not text:
            text = text[:at] + rng.choice(TEXT_PIECES) + text[at:]
        elif roll < 0.65:
            text = text[:at] + text[at + rng.randrange(1, 40) :]
        elif roll < 0.8:
            end = min(len(text), at + rng.randrange(1, 200))
            text = text[:end] + text[at:end] * rng.randrange(1, 4) + text[end:]
        elif roll < 0.9:
            text = text[: rng.randrange(len(text) + 1)]
        else:
            text = text[:at] + chr(rng.randrange(0x20, 0x3000)) + text[at + 1 :]
    return text


class Hang(BaseException):
    """A case ran past its deadline."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in the code under test once it has spent ``seconds`` of processor time."""

    def ring(signum: int, frame: object) -> None:  # noqa: ARG001 - signal handler signature
        raise Hang

    previous = signal.signal(signal.SIGPROF, ring)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@attrs.define
class Tally:
    """What a sweep found: cases tried, accepted, refused, and every crash, hang and loss."""

    family: str
    cases: int = 0
    accepted: int = 0
    refused: int = 0
    crashes: list[str] = attrs.Factory(list)
    hangs: list[str] = attrs.Factory(list)
    losses: list[str] = attrs.Factory(list)

    def line(self) -> str:
        """One line for the log: the counts."""
        return (
            f"sweep {self.family}: {self.cases} cases, {self.accepted} accepted, "
            f"{self.refused} refused, {len(self.crashes)} crashes, {len(self.hangs)} hangs, "
            f"{len(self.losses)} losses"
        )

    def check(self) -> None:
        """Fail with the first examples of anything other than a result or a refusal."""
        print(self.line())  # noqa: T201 - the counts are the sweep's report
        problems = _kinds(self.crashes) + self.hangs[:3] + self.losses[:3]
        assert not problems, self.line() + "\n\n" + "\n\n".join(problems)
        assert self.cases > 0


def _kinds(crashes: list[str]) -> list[str]:
    """One example of each kind of crash: the last line of its traceback and its place."""
    first: dict[str, str] = {}
    for crash in crashes:
        lines = crash.strip().splitlines()
        places = [line for line in lines if line.strip().startswith('File "')]
        key = (places[-1].strip() if places else "") + " " + lines[-1].split(":")[0]
        first.setdefault(key, crash)
    return list(first.values())


def sweep(  # noqa: PLR0913 - the knobs of one sweep
    family: str,
    make_case: Callable[[random.Random], tuple[str, Callable[[], object]]],
    *,
    seed: int,
    budget: float,
    case_deadline: float = 3.0,
    check: Callable[[object], str | None] | None = None,
) -> Tally:
    """Run cases from ``make_case`` until ``budget`` seconds are spent; ``check`` looks for losses.

    ``make_case`` returns a description (shown on failure) and the call to make; ``check``
    gets each result and returns a description of what was lost, or None.
    """
    rng = random.Random(seed)  # noqa: S311 - junk, not secrets
    tally = Tally(family)
    stop = time.monotonic() + budget
    while time.monotonic() < stop:
        what, call = make_case(rng)
        tally.cases += 1
        try:
            with deadline(case_deadline), warnings.catch_warnings():
                # a result with a caveat (a RulegovWarning) is a result
                warnings.simplefilter("ignore", rulegov.RulegovWarning)
                result = call()
                loss = check(result) if check is not None else None
        except rulegov.RulegovError as error:
            tally.refused += 1
            str(error)  # the message itself must be made without failing
            continue
        except Hang:
            tally.hangs.append(f"hang: {what}")
            continue
        except Exception:  # noqa: BLE001 - anything else is what the sweep looks for
            tally.crashes.append(f"crash: {what}\n{traceback.format_exc(limit=-4)}")
            continue
        tally.accepted += 1
        if loss is not None:
            tally.losses.append(f"loss: {what}\n{loss}")
    return tally


_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother = 4, 120, 120


def shown(value: object, limit: int = 300) -> str:
    """A short description of a case's input, for the failure message."""
    try:
        return _SHORT.repr(value)[:limit]
    except Exception:  # noqa: BLE001 - a description must be made whatever the value is
        return f"<{type(value).__name__}>"


def _visible(line: str) -> bool:
    """Whether a line holds more than white space and invisible marks (U+FEFF, U+200B...)."""
    return any(unicodedata.category(char) not in ("Cc", "Cf", "Zs", "Zl", "Zp") for char in line)


def frame_spans(frame: rulegov.Frame | None) -> list[rulegov.Span]:
    """Where the elements of a document's frame were read: its own lines, kept in the frame."""
    if frame is None:
        return []
    spans = list(frame.spans.values())
    items = (frame.doc_number, frame.secrecy, *frame.notes)
    spans.extend(item.span for item in items if item is not None and item.span is not None)
    for attachment in frame.attachments:
        spans += [span for span in (attachment.span, attachment.part_span) if span is not None]
    return spans


def unaccounted(plan: rulegov.Plan) -> list[tuple[int, str]]:
    """The non-blank lines of the source that no span of the plan or of a diagnostic covers.

    A line printed again word for word (a cell doubled where a copy repeats a row's units) loses
    nothing when one of its printings is covered: the plan holds its words once.
    """
    assert plan.source is not None
    covered = list(plan.spans.values())
    covered += [s.span for s in plan.walk_sections() if s.span]
    covered += [t.span for t in plan.tasks if t.span]
    # a task's facts hold their own spans: a unit's cell printed after a heading between the
    # row's cells is in the unit's span, outside the task's
    covered += [
        fact.span
        for t in plan.tasks
        for fact in (*t.assignments, *t.measures, *t.targets, *t.citations)
        if fact.span
    ]
    covered += [d.span for d in plan.diagnostics if d.span]
    if plan.notice and plan.notice.span:
        covered.append(plan.notice.span)
    covered += frame_spans(plan.frame)
    missed = []
    held = set()  # the lines a span covers, as compared: a line printed again loses nothing
    start = 0
    for number, line in enumerate(plan.source.text.split("\n"), 1):
        end = start + len(line)
        if _visible(line) and not any(s.start < end and start < s.end for s in covered):
            missed.append((number, line))
        else:
            held.add(_compared(line))
        start = end + 1
    return [(number, line) for number, line in missed if _compared(line) not in held]


def _compared(line: str) -> str:
    """A line as two printings of one cell compare: without the spaces and pipes around it."""
    return line.strip(" \t\u3000|")
