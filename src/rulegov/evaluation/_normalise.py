"""Normalisation of leaf indicators (指标标准化), column by column over all units.

Each function takes the observed values of one indicator for every unit (``None`` where there
is none) and returns the scores and the parameters it used, so that explanations can show them.

Examples:
    >>> from rulegov.evaluation._scheme import Normalisation
    >>> values, params = normalise([20.0, 52.5, 85.0, None],
    ...                            Normalisation(kind="goalposts", low=20, high=85))
    >>> values, params["low"], params["high"]
    ([0.0, 0.5, 1.0, None], 20.0, 85.0)
"""

from __future__ import annotations

import bisect
import itertools
import math
from typing import TYPE_CHECKING

from rulegov.evaluation._scheme import Normalisation, NormalisationKind
from rulegov.model import Direction

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["Column", "Params", "Unscorable", "normalise"]

Column = list[float | None]
Params = dict[str, float | str | bool]


class Unscorable(ValueError):  # noqa: N818 - not an error of its own: the engine names the unit
    """The values the normalisation cannot score: each one's position in the column, and why."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        """Keep every ``(position, reason)``; ``position`` and ``reason`` are the first's."""
        super().__init__(problems)
        self.problems = problems
        self.position, self.reason = problems[0]


def normalise(
    values: Sequence[float | None],
    spec: Normalisation,
    direction: Direction = Direction.HIGHER_IS_BETTER,
) -> tuple[Column, Params]:
    """Normalise one indicator's column; lower-is-better indicators are turned round.

    Raises:
        Unscorable: a value in no band of a ``bands`` normalisation, a value of 0 or less
            under unclipped ``log`` goalposts, or values so large that the result is no number.

    Examples:
        >>> normalise([1.0, 3.0], Normalisation(kind="min_max"), Direction.LOWER_IS_BETTER)[0]
        [1.0, 0.0]
    """
    lower = direction is Direction.LOWER_IS_BETTER
    try:
        result, params = _KINDS[spec.kind](values, spec, lower)
    except OverflowError:  # statistics.fmean of values near the largest float
        result, params = [math.inf if value is not None else None for value in values], {}
    if spec.scale != 1.0:
        result = [None if value is None else value * spec.scale for value in result]
        params["scale"] = spec.scale
    too_large = [
        (position, f"the value {values[position]!r} is too large to normalise by {spec.kind.value}")
        for position, value in enumerate(result)
        if value is not None and not math.isfinite(value) and math.isfinite(values[position] or 0)
    ]
    if too_large:
        raise Unscorable(too_large)
    params["kind"] = spec.kind.value
    return result, params


def _present(values: Sequence[float | None]) -> list[float]:
    return [value for value in values if value is not None]


def _none(
    values: Sequence[float | None], _spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    if lower:
        return [None if value is None else -value for value in values], {"negated": True}
    return list(values), {}


def _min_max(
    values: Sequence[float | None], spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    present = _present(values)
    low = spec.low if spec.low is not None else (min(present) if present else 0.0)
    high = spec.high if spec.high is not None else (max(present) if present else 0.0)
    params: Params = {"low": low, "high": high, "fixed": spec.low is not None}
    span = high - low
    result: Column = []
    for value in values:
        if value is None:
            result.append(None)
        elif span == 0:
            result.append(0.5)
        else:
            share = (value - low) / span
            result.append(1.0 - share if lower else share)
    return result, params


def _z_score(
    values: Sequence[float | None], spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    import statistics  # noqa: PLC0415 - kept off the import of rulegov

    present = _present(values)
    if spec.mean is not None and spec.sd is not None:
        mean, sd = spec.mean, spec.sd
    else:
        mean = statistics.fmean(present) if present else 0.0
        sd = statistics.pstdev(present) if len(present) > 1 else 0.0
    sign = -1.0 if lower else 1.0
    result: Column = []
    for value in values:
        if value is None:
            result.append(None)
        else:
            result.append(0.0 if sd == 0 else sign * (value - mean) / sd)
    return result, {"mean": mean, "sd": sd, "fixed": spec.mean is not None}


def _rank(
    values: Sequence[float | None], _spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    """Score = number of units + 1 - rank (average rank on ties), so higher is better."""
    present = sorted(_present(values), reverse=not lower)
    count = len(present)
    positions: dict[float, float] = {}
    start = 1
    for value, group in itertools.groupby(present):
        same = sum(1 for _ in group)
        positions[value] = start + (same - 1) / 2
        start += same
    result: Column = [None if value is None else count + 1 - positions[value] for value in values]
    return result, {"units": float(count)}


def _percentile(
    values: Sequence[float | None], _spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    """Share of the other units strictly worse, plus half those tied."""
    present = sorted(_present(values))
    count = len(present)
    result: Column = []
    for value in values:
        if value is None:
            result.append(None)
            continue
        if count < 2:
            result.append(1.0)
            continue
        below = bisect.bisect_left(present, value)
        above = count - bisect.bisect_right(present, value)
        tied = count - below - above - 1
        result.append(((above if lower else below) + tied / 2) / (count - 1))
    return result, {"units": float(count)}


def _goalposts(
    values: Sequence[float | None], spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    low = spec.low if spec.low is not None else 0.0
    high = spec.high if spec.high is not None else 1.0
    params: Params = {"low": low, "high": high, "log": spec.log, "clip": spec.clip}
    if spec.log:
        low, high = math.log(low), math.log(high)
    span = high - low
    result: Column = []
    unscorable: list[tuple[int, str]] = []
    for position, value in enumerate(values):
        if value is None:
            result.append(None)
            continue
        point = value
        if spec.log and value <= 0 and not spec.clip:
            unscorable.append((position, f"log goalposts need a value above 0 (got {value!r})"))
            result.append(None)
            continue
        if spec.log:
            point = math.log(value) if value > 0 else -math.inf  # clipped to the low goalpost
        share = (point - low) / span
        if lower:
            share = 1.0 - share
        if spec.clip:
            share = min(1.0, max(0.0, share))
        result.append(share)
    if unscorable:
        raise Unscorable(unscorable)
    return result, params


def _distance(
    values: Sequence[float | None], spec: Normalisation, lower: bool
) -> tuple[Column, Params]:
    target = spec.target or 1.0
    result: Column = []
    for value in values:
        if value is None:
            result.append(None)
            continue
        share = (1.0 if value <= 0 else target / value) if lower else value / target
        if spec.clip:
            share = min(1.0, max(0.0, share))
        result.append(share)
    return result, {"target": target, "clip": spec.clip}


def _bands(
    values: Sequence[float | None], spec: Normalisation, _lower: bool
) -> tuple[Column, Params]:
    if not spec.bands:  # labels only: the engine has already read each label's score
        return list(values), {"labels": float(len(spec.categories))}
    result: Column = []
    unscorable: list[tuple[int, str]] = []
    for position, value in enumerate(values):
        found: float | None = None
        if value is not None:
            found = _band_score(value, spec)
            if found is None:
                covered = ", ".join(band.describe() for band in spec.bands)
                unscorable.append((position, f"the value {value!r} lies in no band ({covered})"))
        result.append(found)
    if unscorable:
        raise Unscorable(unscorable)
    return result, {"bands": float(len(spec.bands))}


def _band_score(value: float, spec: Normalisation) -> float | None:
    for band in spec.bands:
        if band.contains(value):
            return band.score
    return None


_KINDS: dict[
    NormalisationKind,
    Callable[[Sequence[float | None], Normalisation, bool], tuple[Column, Params]],
] = {
    NormalisationKind.NONE: _none,
    NormalisationKind.MIN_MAX: _min_max,
    NormalisationKind.Z_SCORE: _z_score,
    NormalisationKind.RANK: _rank,
    NormalisationKind.PERCENTILE: _percentile,
    NormalisationKind.GOALPOSTS: _goalposts,
    NormalisationKind.DISTANCE_TO_TARGET: _distance,
    NormalisationKind.BANDS: _bands,
}
