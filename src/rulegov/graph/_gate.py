"""Assessment gates: an assessment that opens when all, ``k`` or a share of its subjects finish."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from rulegov.graph import _cpm

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["Gate"]


@attrs.frozen(slots=True)
class Gate:
    """An assessment that opens when its subjects finish: all of them, ``k`` of them, or a share.

    Attributes:
        id: The assessment's node id.
        subjects: The ids of the work it assesses.
        k: Open once this many subjects have finished (all of them when None).
        weights: A weight per subject; with ``share``, open once the finished subjects carry at
            least that share of the total weight.
        share: The share (0-1] of the weights that must be finished.

    Examples:
        >>> Gate("review", ("a", "b", "c"), k=2).rule
        '2 of 3'
    """

    id: str
    subjects: tuple[str, ...]
    k: int | None = None
    weights: tuple[float, ...] | None = None
    share: float | None = None

    @property
    def rule(self) -> str:
        """The opening rule in words: ``all``, ``k of n`` or ``share 60%``."""
        if self.weights is not None:
            return f"share {round(100 * (self.share or 1.0))}%"
        if self.k is None or self.k == len(self.subjects):
            return "all"
        return f"{self.k} of {len(self.subjects)}"

    def spec(self, index: Mapping[str, int]) -> _cpm.GateSpec:
        """The gate by node number, for the passes."""
        subjects = tuple(index[s] for s in self.subjects)
        return _cpm.GateSpec(
            subjects=subjects,
            k=self.k if self.k is not None else len(subjects),
            weights=self.weights,
            share=self.share if self.share is not None else 1.0,
        )
