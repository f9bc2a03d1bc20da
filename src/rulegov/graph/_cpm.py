"""The critical-path passes (关键路径法) on plain lists indexed by node number.

Both passes visit the nodes once in topological order and each link once, so a schedule takes
time linear in the size of the graph; paths are never enumerated. Link kinds are small integers:
``FS SS FF SF`` are 0-3, the same with a lag in calendar days are 4-7, and 8 ties a subject to an
assessment gate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.graph._calendar import Timeline

__all__ = ["Compiled", "GateSpec", "Passes", "backward", "forward"]

KINDS = {"FS": 0, "SS": 1, "FF": 2, "SF": 3}
CALENDAR_OFFSET = 4
GATE = 8
_NEVER = -(10**15)
_ALWAYS = 10**15


@attrs.frozen(slots=True)
class GateSpec:
    """When an assessment gate opens: all its subjects finish, ``k`` of them, or a weighted share."""

    subjects: tuple[int, ...]
    k: int
    weights: tuple[float, ...] | None = None
    share: float = 1.0


@attrs.frozen(slots=True)
class Compiled:
    """A graph in compressed rows: predecessors and successors of each node, by number."""

    order: list[int]
    pred_ptr: list[int]
    pred_node: list[int]
    pred_kind: list[int]
    pred_lag: list[int]
    pred_edge: list[int]
    succ_ptr: list[int]
    succ_node: list[int]
    succ_kind: list[int]
    succ_lag: list[int]
    succ_edge: list[int]
    gates: dict[int, GateSpec]
    has_calendar_lags: bool


@attrs.frozen(slots=True)
class Passes:
    """The raw result of both passes, by node number."""

    es: list[int]
    ef: list[int]
    ls: list[int]
    lf: list[int]
    free: list[int]
    driver: list[int]
    end: int


def _calendar_forward(  # noqa: PLR0913, PLR0917 - hot path, no packing
    kind: int, lag: int, a_es: int, a_ef: int, d: int, line: Timeline
) -> int:
    """The earliest start that a link with a lag in calendar days allows its successor."""
    if kind == 4:
        return line.first_on_or_after(line.ordinal(a_ef - 1) + 1 + lag)
    if kind == 5:
        return line.first_on_or_after(line.ordinal(a_es) + lag)
    if kind == 6:
        return line.first_on_or_after(line.ordinal(a_ef - 1) + lag) + 1 - d
    return line.first_on_or_after(line.ordinal(a_es) + lag - 1) + 1 - d


def _calendar_backward(  # noqa: PLR0913, PLR0917 - hot path, no packing
    kind: int, lag: int, b_ls: int, b_lf: int, d: int, line: Timeline
) -> int:
    """The latest finish that a link with a lag in calendar days allows its predecessor."""
    if kind == 4:
        return line.last_on_or_before(line.ordinal(b_ls) - lag - 1) + 1
    if kind == 5:
        return line.last_on_or_before(line.ordinal(b_ls) - lag) + d
    if kind == 6:
        return line.last_on_or_before(line.ordinal(b_lf - 1) - lag) + 1
    return line.last_on_or_before(line.ordinal(b_lf - 1) + 1 - lag) + d


def _open_gate(spec: GateSpec, ef: Sequence[int | float]) -> tuple[int | float, int]:
    """When a gate opens and the position (in ``spec.subjects``) of the subject that opens it."""
    ranked = sorted(range(len(spec.subjects)), key=lambda i: (ef[spec.subjects[i]], i))
    if spec.weights is None:
        chosen = ranked[spec.k - 1]
        return ef[spec.subjects[chosen]], chosen
    total = sum(spec.weights)
    reached = 0.0
    for i in ranked:
        reached += spec.weights[i]
        if reached >= spec.share * total - 1e-9:
            return ef[spec.subjects[i]], i
    last = ranked[-1]
    return ef[spec.subjects[last]], last


def forward(  # noqa: C901, PLR0912, PLR0915 - one flat loop is the point
    c: Compiled,
    dur: Sequence[int],
    floor: Sequence[int],
    fixed: dict[int, tuple[int, int | None]] | None = None,
    line: Timeline | None = None,
) -> tuple[list[int], list[int], list[int], set[int]]:
    """Earliest starts and finishes, the driving link of each node, and the gate links that bind.

    ``floor`` is each node's earliest allowed start; ``fixed`` maps a node to its actual
    ``(start, finish)`` (finish None while it runs).
    """
    n = len(dur)
    es = [0] * n
    ef = [0] * n
    driver = [-1] * n
    binding: set[int] = set()
    pptr = c.pred_ptr
    pnode = c.pred_node
    pkind = c.pred_kind
    plag = c.pred_lag
    gates = c.gates
    for b in c.order:
        d = dur[b]
        best = _NEVER
        drv = -1
        for k in range(pptr[b], pptr[b + 1]):
            t = pkind[k]
            if t == 0:
                v = ef[pnode[k]] + plag[k]
            elif t == 1:
                v = es[pnode[k]] + plag[k]
            elif t == 2:
                v = ef[pnode[k]] + plag[k] - d
            elif t == 3:
                v = es[pnode[k]] + plag[k] - d
            elif t == GATE or line is None:
                continue
            else:
                a = pnode[k]
                v = _calendar_forward(t, plag[k], es[a], ef[a], d, line)
            if v > best:
                best = v
                drv = k
        if gates and b in gates:
            spec = gates[b]
            opens, chosen = _open_gate(spec, ef)
            gate_edges = _gate_edges(c, b)
            for position, subject in enumerate(spec.subjects):
                if ef[subject] <= opens or position == chosen:
                    binding.add(gate_edges[subject])
            if opens > best:
                best = int(opens)
                drv = gate_edges[spec.subjects[chosen]]
        low = floor[b]
        if best < low:
            best = low
            drv = -1
        if fixed and b in fixed:
            start, finish = fixed[b]
            best = start
            drv = -1
            es[b] = start
            ef[b] = finish if finish is not None else max(start + d, low)
        else:
            es[b] = best
            ef[b] = best + d
        driver[b] = drv
    return es, ef, driver, binding


def _gate_edges(c: Compiled, gate: int) -> dict[int, int]:
    """The position in the predecessor rows of each subject's link into ``gate``."""
    return {
        c.pred_node[k]: k
        for k in range(c.pred_ptr[gate], c.pred_ptr[gate + 1])
        if c.pred_kind[k] == GATE
    }


def backward(  # noqa: C901, PLR0912, PLR0913, PLR0915, PLR0917 - one flat loop is the point
    c: Compiled,
    dur: Sequence[int],
    es: Sequence[int],
    ef: Sequence[int],
    end: int,
    cap: dict[int, int] | None = None,
    binding: set[int] | None = None,
    fixed: dict[int, tuple[int, int | None]] | None = None,
    line: Timeline | None = None,
) -> tuple[list[int], list[int], list[int]]:
    """Latest starts and finishes from the project's ``end``, and each node's free slack.

    ``cap`` holds hard deadlines as latest finishes; ``binding`` the gate links (by predecessor
    row) that tie a subject to its gate.
    """
    n = len(dur)
    ls = [0] * n
    lf = [0] * n
    free = [0] * n
    sptr = c.succ_ptr
    snode = c.succ_node
    skind = c.succ_kind
    slag = c.succ_lag
    sedge = c.succ_edge
    for a in reversed(c.order):
        d = dur[a]
        late = end
        slack = end - ef[a]
        efa = ef[a]
        esa = es[a]
        for k in range(sptr[a], sptr[a + 1]):
            t = skind[k]
            b = snode[k]
            lag = slag[k]
            if t == 0:
                v = ls[b] - lag
                w = es[b] - lag - efa
            elif t == 1:
                v = ls[b] - lag + d
                w = es[b] - lag - esa
            elif t == 2:
                v = lf[b] - lag
                w = ef[b] - lag - efa
            elif t == 3:
                v = lf[b] - lag + d
                w = ef[b] - lag - esa
            elif t == GATE:
                if binding is None or sedge[k] not in binding:
                    continue
                v = ls[b]
                w = es[b] - efa
            elif line is None:
                continue
            else:
                v = _calendar_backward(t, lag, ls[b], lf[b], d, line)
                w = es[b] - _calendar_forward(t, lag, esa, efa, dur[b], line)
            # plain comparisons: a call to min() per link costs a fifth of the pass
            if v < late:  # noqa: PLR1730
                late = v
            if w < slack:  # noqa: PLR1730
                slack = w
        if cap and a in cap and cap[a] < late:
            late = cap[a]
        if fixed and a in fixed and fixed[a][1] is not None:
            late = efa
            slack = 0
        if late - efa < slack:  # free slack never exceeds total slack (a hard deadline binds)
            slack = max(late - efa, 0)
        lf[a] = late
        ls[a] = late - d
        free[a] = slack
    return ls, lf, free


def run(  # noqa: PLR0913 - every input of a schedule
    c: Compiled,
    dur: Sequence[int],
    floor: Sequence[int],
    *,
    finish: int | None = None,
    cap: dict[int, int] | None = None,
    fixed: dict[int, tuple[int, int | None]] | None = None,
    line: Timeline | None = None,
) -> Passes:
    """Both passes: the backward one from ``finish`` (fixed-end planning) or the latest finish."""
    es, ef, driver, binding = forward(c, dur, floor, fixed, line)
    end = max(ef, default=0) if finish is None else finish
    ls, lf, free = backward(c, dur, es, ef, end, cap, binding, fixed, line)
    return Passes(es=es, ef=ef, ls=ls, lf=lf, free=free, driver=driver, end=end)
