"""Appraisal schemes as data (考核办法 · 指标体系): a tree of nodes, with rules and grade bands.

A [`Scheme`][rulegov.Scheme] is a tree: plan → area → indicator → check item. Every node carries a
weight (relative, normalised among siblings, or points under ``"sum"``), an aggregation and a
missing-data policy; every leaf a direction and a normalisation whose parameters are fixed in the
scheme, so that scores are comparable across years. Rules (扣分 · 加分 · 一票否决), grade bands
(等次) and quotas are data too. A criterion (``is_criterion``: 考核要点 · 扣分标准) is a node without
points under an item with points: its deduction rules take points off that item. A scheme that
contradicts itself is rejected with [`InvalidSchemeError`][rulegov.InvalidSchemeError] naming
the node.

Examples:
    >>> scheme = Scheme.model_validate({
    ...     "id": "example",
    ...     "root": {"id": "overall", "children": [
    ...         {"id": "f1", "weight": 2, "children": [{"id": "f1.1"}, {"id": "f1.2"}]},
    ...         {"id": "f2", "children": [{"id": "f2.1"}], "missing": "reweight"},
    ...     ]},
    ... })
    >>> [node.id for node in scheme.nodes()]
    ['overall', 'f1', 'f1.1', 'f1.2', 'f2', 'f2.1']
    >>> scheme.leaves()
    ['f1.1', 'f1.2', 'f2.1']
"""

from __future__ import annotations

import enum
import itertools
import math
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self

import attrs
from pydantic import Field, model_validator

from rulegov._deprecation import warn
from rulegov._walk import first_repeat
from rulegov.errors import InvalidSchemeError, Issue, _show
from rulegov.model import Diagnostic, Direction, Model, Span, short_repr

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "Aggregation",
    "Band",
    "BonusRule",
    "DeductionRule",
    "Display",
    "GradeBand",
    "GradeGap",
    "Grading",
    "InputKind",
    "MissingPolicy",
    "Node",
    "Normalisation",
    "NormalisationKind",
    "PenaltyRule",
    "Quota",
    "Rounding",
    "Rule",
    "Scheme",
    "SchemeInput",
    "ShortfallRule",
    "TiePolicy",
    "VetoEffect",
    "VetoRule",
    "scheme_json_schema",
]


class Aggregation(enum.StrEnum):
    """How a node combines its children's scores."""

    ARITHMETIC = "arithmetic"
    """Weighted arithmetic mean (加权平均), the default."""
    GEOMETRIC = "geometric"
    """Weighted geometric mean: a weak child cannot be bought back by a strong one."""
    HARMONIC = "harmonic"
    """Weighted harmonic mean."""
    GENERALISED = "generalised"
    """Weighted power mean with exponent ``power``."""
    MINIMUM = "minimum"
    """The weakest child decides (短板); children of weight 0 are left out."""
    SUM = "sum"
    """Sum of points (百分制): each child's score times its weight, not normalised."""


class MissingPolicy(enum.StrEnum):
    """What a node does when some children have no score."""

    REWEIGHT = "reweight"
    """Share the weight among the children present."""
    ZERO = "zero"
    """Count a missing child as 0."""
    IMPUTE = "impute"
    """Use the mean of the child's score over the units that have one (peers)."""
    ERROR = "error"
    """Refuse: raise [`EvaluationError`][rulegov.EvaluationError] naming the unit and the node."""


class NormalisationKind(enum.StrEnum):
    """How a leaf turns an observed value into a comparable score."""

    NONE = "none"
    """Take the observed value as it is."""
    MIN_MAX = "min_max"
    """``(x - min) / (max - min)``; bounds fixed in the scheme or, if absent, taken from the data."""
    Z_SCORE = "z_score"
    """``(x - mean) / sd``; parameters fixed in the scheme or taken from the data."""
    RANK = "rank"
    """The unit's rank among all units (1 is best), as a score: higher is better."""
    PERCENTILE = "percentile"
    """Share of the other units below the value, 0-1."""
    GOALPOSTS = "goalposts"
    """``(x - low) / (high - low)``, clipped to 0-1; optionally on logarithms (as the HDI does)."""
    DISTANCE_TO_TARGET = "distance_to_target"
    """``x / target`` (or ``target / x`` when lower is better), capped at 1."""
    BANDS = "bands"
    """Categorical bands: the score of the band the value falls in (or of a category label).

    The bands must be contiguous; a value outside all of them is an error naming the unit, not
    a silent 0: add a band with score 0 to score it 0.
    """


class Band(Model):
    """A band of a categorical normalisation: values in ``[min, max)`` score ``score``.

    Examples:
        >>> Band(min=90, score=1.0).contains(95)
        True
    """

    min: float | None = Field(default=None, description="Lower edge, included; none = open.")
    max: float | None = Field(default=None, description="Upper edge, excluded; none = open.")
    score: float

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in ``[min, max)``."""
        above = self.min is None or value >= self.min
        below = self.max is None or value < self.max
        return above and below

    def describe(self) -> str:
        """The band as an interval, e.g. ``[60, 80)``."""
        left = "(-inf" if self.min is None else f"[{self.min:g}"
        right = "+inf)" if self.max is None else f"{self.max:g})"
        return f"{left}, {right}"


class Normalisation(Model):
    """The normalisation of a leaf, with its parameters fixed in the scheme.

    Examples:
        >>> Normalisation(kind="goalposts", low=20, high=85).kind.value
        'goalposts'
    """

    kind: NormalisationKind = NormalisationKind.NONE
    low: float | None = Field(default=None, description="min_max or goalposts: lower bound.")
    high: float | None = Field(default=None, description="min_max or goalposts: upper bound.")
    log: bool = Field(default=False, description="goalposts: work on natural logarithms.")
    clip: bool = Field(default=True, description="goalposts/distance: clip to 0-1.")
    mean: float | None = Field(default=None, description="z_score: fixed mean.")
    sd: float | None = Field(default=None, gt=0, description="z_score: fixed standard deviation.")
    target: float | None = Field(default=None, description="distance_to_target: the target.")
    bands: list[Band] = Field(default_factory=list, description="bands: numeric bands.")
    categories: dict[str, float] = Field(
        default_factory=dict, description="bands: the score of each category label."
    )
    scale: float = Field(default=1.0, gt=0, description="Multiply the result, e.g. by 100.")


class Rounding(enum.StrEnum):
    """How displayed scores are rounded (through `decimal`, from the shortest repr)."""

    HALF_UP = "half_up"
    """四舍五入: 89.995 shows as 90.00."""
    HALF_EVEN = "half_even"
    DOWN = "down"


class TiePolicy(enum.StrEnum):
    """How equal unrounded scores are ranked."""

    MIN = "min"
    """Competition ranking: 1, 2, 2, 4."""
    DENSE = "dense"
    """1, 2, 2, 3."""
    ORDINAL = "ordinal"
    """1, 2, 3, 4: ties broken by the order the units were given in."""


class Display(Model):
    """Display rounding and ranking; rounding never feeds back into ranks.

    Examples:
        >>> Display().digits, Display().rounding.value, Display().ties.value
        (2, 'half_up', 'min')
    """

    digits: int = Field(default=2, ge=0, le=12)
    rounding: Rounding = Rounding.HALF_UP
    ties: TiePolicy = TiePolicy.MIN
    tie_tolerance: float = Field(
        default=1e-9, ge=0, description="Unrounded scores closer than this rank equal."
    )
    grade_on: Literal["unrounded", "displayed"] = Field(
        default="unrounded", description="Whether grade bands read the unrounded or shown total."
    )


class Node(Model):
    """A node of a scheme: the plan, an area, an indicator or a check item (检查项).

    Examples:
        >>> Node(id="t1", name="学习宣传", points=5).aggregation.value
        'arithmetic'
    """

    id: str = Field(min_length=1)
    name: str | None = None
    weight: float = Field(
        default=1.0, description="Relative weight among siblings; under 'sum', a multiplier."
    )
    points: float | None = Field(
        default=None, description="A leaf's full points (分值): its score is points times 0-1."
    )
    start_full: bool = Field(
        default=False,
        description="扣分制: a leaf that starts at full points and only loses points by rules.",
    )
    aggregation: Aggregation = Aggregation.ARITHMETIC
    power: float | None = Field(default=None, description="Exponent of the 'generalised' mean.")
    missing: MissingPolicy = MissingPolicy.ERROR
    min_present: float = Field(
        default=0.0, ge=0, le=1, description="Least share of nominal weight with data."
    )
    direction: Direction = Direction.HIGHER_IS_BETTER
    normalisation: Normalisation = Field(default_factory=Normalisation)
    raters: dict[str, float] = Field(
        default_factory=dict,
        description="Blend of raters (自评 · 第三方评估 · 互评 · 群众满意度), each weighted.",
    )
    votes: dict[str, float] = Field(
        default_factory=dict,
        description="Vote choices and their coefficients (好 1, 较好 0.8, 一般 0.6, 差 0).",
    )
    floor: float | None = Field(default=None, description="Least score (扣完为止: 0).")
    cap: float | None = Field(default=None, description="Greatest score.")
    applies_to: list[str] | None = Field(
        default=None, description="Unit categories this node applies to; none = all."
    )
    rescale: bool = Field(
        default=False, description="'sum' nodes: scale applicable points up to the full points."
    )
    manual: bool = Field(
        default=False,
        description="A qualitative criterion a rater judges: the data must supply its 0-1 value.",
    )
    criterion: str | None = Field(
        default=None, description="The scoring standard (评分标准) as printed, for raters."
    )
    is_criterion: bool = Field(
        default=False,
        description=(
            "A criterion (考核要点 · 扣分标准) of the item above it: no points of its own; its "
            "deduction rules take points off the nearest item above that has points."
        ),
    )
    span: Span | None = Field(default=None, description="Where the document states the item.")
    children: list[Node] = Field(default_factory=list)

    @property
    def is_leaf(self) -> bool:
        """Whether the node is scored by its own value: it has no children, or only criteria.

        Criteria (``is_criterion``) score nothing themselves: an item with points whose
        children are all criteria is still a leaf, and its criteria's rules take points off it.

        Examples:
            >>> part = Node(id="1", points=10, children=[Node(id="1.1", is_criterion=True)])
            >>> part.is_leaf, part.criteria()[0].id
            (True, '1.1')
        """
        return all(child.is_criterion for child in self.children)

    def criteria(self) -> list[Node]:
        """The criteria below this node that take points off it (not those of a child item).

        Examples:
            >>> part = Node.model_validate({"id": "1", "points": 10, "children": [
            ...     {"id": "1.1", "is_criterion": True}, {"id": "1.2", "is_criterion": True}]})
            >>> [criterion.id for criterion in part.criteria()]
            ['1.1', '1.2']
        """
        found: list[Node] = []
        for child in self.children:
            if child.is_criterion:
                found.append(child)
                found.extend(child.criteria())
        return found

    def __repr__(self) -> str:
        """A one-line summary; the subtree is in ``children`` and ``model_dump()``."""
        return short_repr(
            "Node",
            id=self.id,
            name=self.name,
            weight=self.weight,
            points=self.points,
            children=len(self.children),
        )

    def walk(self) -> list[Node]:
        """This node and every node below it, depth first."""
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def full_points(self) -> float | None:
        """The most points the node can give, if it is points-based throughout."""
        if self.is_leaf:
            if self.points is not None:
                return self.points
            return self.cap
        if self.aggregation is not Aggregation.SUM:
            return self.cap
        total = 0.0
        for child in self.children:
            part = child.full_points()
            if part is None:
                return self.cap
            total += child.weight * part
        return total if self.cap is None else min(total, self.cap)


class DeductionRule(Model):
    """扣分: take ``points`` off a node per ``per`` occurrences in an input (a count).

    Examples:
        >>> DeductionRule(id="d1", node="t7", input="t7.violations", points=0.5).kind
        'deduction'
    """

    kind: Literal["deduction"] = "deduction"
    id: str = Field(min_length=1)
    node: str = Field(min_length=1, description="The node that loses points.")
    input: str = Field(min_length=1, description="The data key holding the count.")
    points: float = Field(ge=0, description="Points per occurrence.")
    per: float = Field(default=1.0, gt=0)
    max: float | None = Field(default=None, ge=0, description="Most points this rule can take.")
    reason: str | None = None
    span: Span | None = Field(default=None, description="Where the document states the rule.")


class ShortfallRule(Model):
    """扣分: take ``points`` off a node per percentage point an input falls short of a required rate.

    ``target`` is the deprecated name of ``required_rate``: it is still read, with a
    `DeprecationWarning`, until rulegov 0.3.0.

    Examples:
        >>> rule = ShortfallRule(id="s1", node="t7", input="t7.rate", required_rate=95, points=0.2)
        >>> rule.kind, rule.required_rate
        ('shortfall', 95.0)
    """

    kind: Literal["shortfall"] = "shortfall"
    id: str = Field(min_length=1)
    node: str = Field(min_length=1)
    input: str = Field(min_length=1, description="The data key holding the rate, in percent.")
    required_rate: float = Field(description="The rate, in percent, below which points are taken.")
    points: float = Field(ge=0, description="Points per percentage point short.")
    max: float | None = Field(default=None, ge=0)
    reason: str | None = None
    span: Span | None = Field(default=None, description="Where the document states the rule.")

    @model_validator(mode="before")
    @classmethod
    def _renamed(cls, data: object) -> object:
        if isinstance(data, dict) and "target" in data:
            warn("ShortfallRule(target=...)", "pass required_rate=", stacklevel=None)
            data = dict(data)
            data.setdefault("required_rate", data.pop("target"))
        return data

    @property
    def target(self) -> float:
        """Deprecated name of ``required_rate``."""
        warn("ShortfallRule.target", "use ShortfallRule.required_rate")
        return self.required_rate


class _BlockRule(Model):
    """The fields of a rule that counts occurrences into a block with its own cap."""

    kind: str
    id: str = Field(min_length=1)
    input: str = Field(min_length=1)
    points: float = Field(ge=0)
    max: float | None = Field(default=None, ge=0)
    reason: str | None = None
    span: Span | None = Field(default=None, description="Where the document states the rule.")


class BonusRule(_BlockRule):
    """加分: add ``points`` per occurrence to the bonus block, which has its own cap.

    Bonus rules that share a ``group`` count only the highest of them (按最高的加分，不重复加分):
    a unit honoured at national and provincial level for one achievement gets the national
    bonus, not both.

    Examples:
        >>> BonusRule(id="b1", input="awards.national", points=2).kind
        'bonus'
        >>> BonusRule(id="b2", input="awards.national", points=3, group="awards").group
        'awards'
    """

    kind: Literal["bonus"] = "bonus"
    group: str | None = Field(
        default=None,
        min_length=1,
        description="Rules of one group count only the highest of them (按最高的加分，不重复加分).",
    )


class PenaltyRule(_BlockRule):
    """减分: subtract ``points`` per occurrence through the penalty block, which has its own cap.

    Examples:
        >>> PenaltyRule(id="p1", input="notified_criticism", points=1).kind
        'penalty'
    """

    kind: Literal["penalty"] = "penalty"


class VetoEffect(enum.StrEnum):
    """What a veto (一票否决) does to the grade, whatever the points.

    Vetoes that fire together combine, the strictest winning: caps first (the lowest holds),
    then bars (every barred grade is skipped), then each lowering by one step, then forced
    grades (the worst holds).
    """

    FORCE = "force"
    """The grade becomes ``grade``."""
    CAP = "cap"
    """The grade is at best ``grade``."""
    BAR = "bar"
    """The unit cannot get ``grade`` (e.g. excellent); it drops to the next one."""
    LOWER = "lower"
    """降低一个等次: the grade drops one step below what the points and other caps give."""


class VetoRule(Model):
    """一票否决: when an input is non-zero (a major incident), force, cap or bar a grade.

    Examples:
        >>> VetoRule(id="v1", input="major_incident", effect="force", grade="fail").effect.value
        'force'
    """

    kind: Literal["veto"] = "veto"
    id: str = Field(min_length=1)
    input: str = Field(min_length=1)
    effect: VetoEffect
    grade: str | None = Field(
        default=None, min_length=1, description="The grade forced, capped or barred; none to lower."
    )
    reason: str | None = None
    span: Span | None = Field(default=None, description="Where the document states the rule.")


Rule = Annotated[
    DeductionRule | ShortfallRule | BonusRule | PenaltyRule | VetoRule,
    Field(discriminator="kind"),
]


class GradeBand(Model):
    """A grade band (等次) with explicit edges: which of ``min`` and ``max`` belong to it.

    Examples:
        >>> band = GradeBand(grade="excellent", label="优秀", min=90)
        >>> band.contains(90.0), band.contains(89.99)
        (True, False)
    """

    grade: str = Field(min_length=1, description="A stable id: 'excellent', 'good'...")
    label: str | None = Field(default=None, description="As printed: 优秀, 良好, 合格, 不合格.")
    min: float | None = Field(default=None, description="Lower edge; none = no lower edge.")
    min_closed: bool = Field(default=True, description="Whether a score equal to min is in.")
    max: float | None = Field(default=None, description="Upper edge; none = no upper edge.")
    max_closed: bool = Field(default=False, description="Whether a score equal to max is in.")
    span: Span | None = Field(default=None, description="Where the document states the band.")

    def contains(self, value: float) -> bool:
        """Whether ``value`` falls in the band."""
        if self.min is not None and (
            value < self.min or (value == self.min and not self.min_closed)
        ):
            return False
        return not (
            self.max is not None
            and (value > self.max or (value == self.max and not self.max_closed))
        )

    def describe(self) -> str:
        """The band as an interval, e.g. ``[90, +inf)``."""
        left = "(-inf" if self.min is None else ("[" if self.min_closed else "(") + f"{self.min:g}"
        right = "+inf)" if self.max is None else f"{self.max:g}" + ("]" if self.max_closed else ")")
        return f"{left}, {right}"


class Quota(Model):
    """A top-N quota: at most ``max_count`` (or a share) of the units get ``grade``.

    Units over the quota, by unrounded rank, move to the next grade. Units tied at the edge all
    keep the grade: holders are ranked competition style (1, 2, 2, 4), whatever the display tie
    policy. Quotas apply best grade first.

    Examples:
        >>> Quota(grade="excellent", max_share=0.2).max_share
        0.2
    """

    grade: str = Field(min_length=1)
    max_count: int | None = Field(default=None, ge=0)
    max_share: float | None = Field(default=None, ge=0, le=1, description="Rounded down.")
    category: str | None = Field(default=None, description="Only among units of this category.")
    reason: str | None = Field(
        default=None, description="The quota as the document states it, quoted where it applies."
    )
    span: Span | None = Field(default=None, description="Where the document states the quota.")


class GradeGap(Model):
    """Scores between two grade bands that the document leaves without a grade.

    Some documents skip scores between their bands (80-90分为良好，60-70分为合格: nothing for 70 to
    80). Declared, the gap is allowed between two adjacent bands whose edges it names, and a unit
    whose total lies in it is left ungraded, with the gap as the reason; undeclared, such bands
    are an invalid scheme.

    Examples:
        >>> gap = GradeGap(min=70, max=80)
        >>> gap.holds(75.0), gap.holds(80.0), gap.describe()
        (True, True, '70 to 80')
    """

    min: float = Field(description="Where the gap starts: the lower band's max.")
    max: float = Field(description="Where the gap ends: the upper band's min.")
    category: str | None = Field(
        default=None, description="The unit category whose bands leave it; none = the bands."
    )
    span: Span | None = Field(default=None, description="Where the document states the bands.")

    def holds(self, value: float) -> bool:
        """Whether ``value`` lies within the gap's edges (a band holding an edge takes it)."""
        return self.min <= value <= self.max

    def describe(self) -> str:
        """The gap's edges, e.g. ``70 to 80``."""
        return f"{self.min:g} to {self.max:g}"


class Grading(Model):
    """Grade bands, best first, with bands per unit category, quotas, and declared gaps.

    Examples:
        >>> g = Grading(bands=[GradeBand(grade="pass", min=60), GradeBand(grade="fail", max=60)])
        >>> g.order()
        ['pass', 'fail']
    """

    bands: list[GradeBand] = Field(default_factory=list, description="Best first.")
    by_category: dict[str, list[GradeBand]] = Field(default_factory=dict)
    quotas: list[Quota] = Field(default_factory=list)
    gaps: list[GradeGap] = Field(
        default_factory=list,
        description="Scores the document leaves without a grade between two adjacent bands.",
    )

    def bands_for(self, category: str | None) -> list[GradeBand]:
        """The bands that apply to a unit of ``category``."""
        if category is not None and category in self.by_category:
            return self.by_category[category]
        return self.bands

    def gap_for(self, value: float, category: str | None) -> GradeGap | None:
        """The declared gap holding ``value`` among the bands of ``category``, if any."""
        own = category if category is not None and category in self.by_category else None
        for gap in self.gaps:
            if gap.category == own and gap.holds(value):
                return gap
        return None

    def order(self) -> list[str]:
        """Every grade id, best first."""
        found: list[str] = []
        for bands in [self.bands, *self.by_category.values()]:
            for band in bands:
                if band.grade not in found:
                    found.append(band.grade)
        return found


class InputKind(enum.StrEnum):
    """What a unit's data gives for one key of a scheme (see [`Scheme.inputs`][rulegov.Scheme.inputs])."""

    VALUE = "value"
    """A leaf's observed value: a number (0 to 1 for a points item), or true/false."""
    LABEL = "label"
    """One of the leaf's category labels (优秀, 合格...)."""
    RATERS = "raters"
    """A mapping of each rater (自评, 考核组评分...) to the score it gave."""
    VOTES = "votes"
    """A mapping of each vote choice (好, 较好...) to how many voted for it."""
    COUNT = "count"
    """How many times a rule's case was found (扣分 per case, 加分 per award...)."""
    RATE = "rate"
    """A rate in percent that a rule compares with its required rate."""
    FLAG = "flag"
    """Whether a veto's case happened: 1 (or true) if it did, 0 if not."""


@attrs.frozen
class SchemeInput:
    """One key of a unit's data that a scheme reads, and what to give for it.

    Attributes:
        key: The key in the unit's data (a leaf's id, or a rule's input).
        kind: What the value is.
        node: The item the value scores or loses points on; ``None`` for the bonus and penalty
            blocks and for vetoes.
        name: That item's name, as the document prints it.
        what: What to give, in the document's words: the rule's reason or the item's scoring
            standard (评分标准).
        manual: Whether a rater judges it against a qualitative criterion.
        deducts_from: For the rule of a criterion (``node`` is the criterion), the item above
            it whose points the rule takes; ``None`` otherwise.
    """

    key: str
    kind: InputKind
    node: str | None
    name: str | None
    what: str
    manual: bool = False
    deducts_from: str | None = None


_RULE_INPUTS = {
    "deduction": InputKind.COUNT,
    "shortfall": InputKind.RATE,
    "bonus": InputKind.COUNT,
    "penalty": InputKind.COUNT,
    "veto": InputKind.FLAG,
}


def _leaf_kind(node: Node) -> InputKind:
    if node.raters:
        return InputKind.RATERS
    if node.votes:
        return InputKind.VOTES
    if node.normalisation.categories:
        return InputKind.LABEL
    return InputKind.VALUE


class Scheme(Model):
    """An appraisal scheme or indicator system (考核办法 · 指标体系), as data.

    Examples:
        >>> Scheme(id="s", root=Node(id="all", children=[Node(id="a")])).leaves()
        ['a']
    """

    id: str = Field(min_length=1)
    name: str | None = None
    description: str | None = None
    root: Node
    rules: list[Rule] = Field(default_factory=list)
    bonus_cap: float | None = Field(default=None, ge=0, description="Cap of the 加分 block.")
    penalty_cap: float | None = Field(default=None, ge=0, description="Cap of the 减分 block.")
    grading: Grading | None = None
    display: Display = Field(default_factory=Display)
    diagnostics: list[Diagnostic] = Field(
        default_factory=list,
        description="What a reader of the document should review (points that do not add up...).",
    )

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Self:  # noqa: ANN401 - as pydantic's
        """Validate a dict into a scheme; see [`Model`][rulegov.model.Model].

        A node's mapping listed twice (in two places, or inside itself) is refused before it is
        copied into a tree of billions: its id would name two nodes.
        """
        _refuse_repeated_nodes(obj)
        return super().model_validate(obj, *args, **kwargs)

    @model_validator(mode="before")
    @classmethod
    def _no_repeated_nodes(cls, data: object) -> object:
        _refuse_repeated_nodes(data)  # a scheme built with Scheme(...) as well
        return data

    def __repr__(self) -> str:
        """A one-line summary; the whole scheme is in ``model_dump()``."""
        return short_repr(
            "Scheme",
            id=self.id,
            name=self.name,
            nodes=len(self.nodes()),
            leaves=len(self.leaves()),
            rules=len(self.rules),
            grading=self.grading is not None,
        )

    def nodes(self) -> list[Node]:
        """Every node, depth first from the root."""
        return self.root.walk()

    def node(self, node_id: str) -> Node:
        """The node with id ``node_id``.

        Raises:
            rulegov.UnknownReferenceError: when no node has that id.
        """
        for node in self.nodes():
            if node.id == node_id:
                return node
        from rulegov.errors import UnknownReferenceError  # noqa: PLC0415

        raise UnknownReferenceError(
            [Issue("node", "no node of the scheme has this id", node_id, "unknown-node")]
        )

    def leaves(self) -> list[str]:
        """The ids of the leaves, in order."""
        return [node.id for node in self.nodes() if node.is_leaf and not node.is_criterion]

    def criteria(self) -> dict[str, str]:
        """Each criterion's id, with the id of the item whose points its rules take.

        Examples:
            >>> scheme = Scheme.model_validate({"id": "s", "root": {"id": "all",
            ...     "aggregation": "sum", "children": [{"id": "1", "points": 10, "children": [
            ...         {"id": "1.1", "name": "未按规定亮证执法", "is_criterion": True}]}]}})
            >>> scheme.criteria()
            {'1.1': '1'}
        """
        return {
            criterion.id: node.id
            for node in self.nodes()
            if not node.is_criterion
            for criterion in node.criteria()
        }

    def inputs(self) -> list[SchemeInput]:
        """The keys a unit's data may give, item by item, with what to give for each.

        A leaf scored by a value gives its own key; a leaf that starts at full points (扣分制)
        gives none, since its rules' inputs (how many times each failing was found) score it.
        Each rule's input follows the item it acts on; the inputs of the bonus and penalty
        blocks and of vetoes come last. This is the form to collect from each unit.

        Examples:
            >>> scheme = Scheme.model_validate({"id": "s", "root": {"id": "all",
            ...     "aggregation": "sum", "children": [
            ...         {"id": "a", "name": "学法", "points": 10},
            ...         {"id": "b", "name": "执法", "points": 10, "start_full": True}]},
            ...     "rules": [{"kind": "deduction", "id": "b-1", "node": "b", "input": "b.late",
            ...                "points": 1, "reason": "每迟报一次扣1分"},
            ...               {"kind": "veto", "id": "v", "input": "incident", "effect": "lower"}]})
            >>> for item in scheme.inputs():
            ...     print(item.key, item.kind.value, item.node, item.what)
            a value a 学法
            b.late count b 每迟报一次扣1分
            incident flag None incident
        """
        by_node: dict[str | None, list[Rule]] = {}
        for rule in self.rules:
            by_node.setdefault(getattr(rule, "node", None), []).append(rule)
        found: list[SchemeInput] = []
        seen: set[str] = set()

        def add(item: SchemeInput) -> None:
            if item.key not in seen:
                seen.add(item.key)
                found.append(item)

        leaf_of = self.criteria()
        for node in self.nodes():
            if node.is_leaf and not node.start_full and not node.is_criterion:
                what = node.criterion or node.name or node.id
                add(SchemeInput(node.id, _leaf_kind(node), node.id, node.name, what, node.manual))
            for rule in by_node.get(node.id, []):
                what = rule.reason or rule.id
                kind = _RULE_INPUTS[rule.kind]
                owner = leaf_of.get(node.id)
                add(SchemeInput(rule.input, kind, node.id, node.name, what, deducts_from=owner))
        for rule in by_node.get(None, []):
            add(
                SchemeInput(
                    rule.input, _RULE_INPUTS[rule.kind], None, None, rule.reason or rule.input
                )
            )
        return found

    def _repr_html_(self) -> str:
        from rulegov.render import to_html  # noqa: PLC0415 - drawn by the layer above

        return to_html(self)

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        issues: list[Issue] = []
        ids: set[str] = set()
        for path, node in _paths(self.root, "root"):
            if node.id in ids:
                issues.append(
                    Issue(
                        f"{path}.id", f"duplicate node id {_show(node.id)}", node.id, "duplicate-id"
                    )
                )
            ids.add(node.id)
            issues.extend(
                issue if issue.node is not None else attrs.evolve(issue, node=node.id)
                for issue in _check_node(node, path)
            )
            issues.extend(_check_criteria(node, path))
        rule_ids: set[str] = set()
        for index, rule in enumerate(self.rules):
            where = f"rules[{index}]"
            if rule.id in rule_ids:
                issues.append(
                    Issue(
                        f"{where}.id",
                        f"duplicate rule id {_show(rule.id)}",
                        rule.id,
                        "duplicate-id",
                    )
                )
            rule_ids.add(rule.id)
            numbers = {
                name: getattr(rule, name, None)
                for name in ("points", "max", "required_rate", "per")
            }
            issues.extend(_not_finite(where, f"rule {_show(rule.id)}", numbers))
            node_id = getattr(rule, "node", None)
            if node_id is not None and node_id not in ids:
                issues.append(
                    Issue(
                        f"{where}.node",
                        f"rule {_show(rule.id)} names an unknown node",
                        node_id,
                        "unknown-node",
                    )
                )
        grades: list[str] = []
        if self.grading is not None:
            issues.extend(_check_grading(self.grading))
            grades = self.grading.order()
        issues.extend(_check_caps(self))
        issues.extend(_check_vetoes(self.rules, grades))
        if issues:
            # a problem with no kind of its own is an invalid scheme
            coded = [
                attrs.evolve(issue, code="invalid-scheme")
                if issue.code == "invalid-value"
                else issue
                for issue in issues
            ]
            raise InvalidSchemeError(coded, "Scheme")
        return self


def _check_vetoes(rules: list[Rule], grades: list[str]) -> list[Issue]:
    """Every veto names a grade of the bands, except one that lowers the grade a step.

    A scheme without grade bands has no grade to name: its vetoes are reported when they fire
    (see [`Evaluation.reason`][rulegov.Evaluation.reason]) and change no grade.
    """
    issues: list[Issue] = []
    for index, rule in enumerate(rules):
        if not isinstance(rule, VetoRule):
            continue
        where = f"rules[{index}].grade"
        if rule.grade is None and rule.effect is not VetoEffect.LOWER and grades:
            issues.append(Issue(where, f"veto {_show(rule.id)} needs a grade", None))
        elif rule.grade is not None and rule.grade not in grades:
            message = f"veto {_show(rule.id)} names a grade not in the bands {grades}"
            issues.append(Issue(where, message, rule.grade, "unknown-grade"))
    return issues


def _check_caps(scheme: Scheme) -> list[Issue]:
    """A bonus or penalty cap above the scheme's full points cannot be meant."""
    full = scheme.root.full_points()
    issues: list[Issue] = []
    if full is None:
        return issues
    for name in ("bonus_cap", "penalty_cap"):
        cap = getattr(scheme, name)
        if cap is not None and cap > full:
            issues.append(
                Issue(name, f"{name} exceeds the full points of the scheme ({full:g})", cap)
            )
    return issues


MAX_NODE_DEPTH = 64
"""The most levels a scheme's nodes nest, the root the first: more than any appraisal prints
(a document's items are read 32 levels deep at most), and few enough that the scheme's JSON
reads back and a copy or a comparison of it goes through."""


def _refuse_repeated_nodes(data: object) -> None:
    """Refuse a scheme's data in which one node's mapping is listed twice, naming both places.

    Such a node (one that holds itself, or one listed as two children at each of 40 levels) is
    one mapping for the data but a tree of billions for the validation.
    """
    root = data.get("root") if isinstance(data, dict) else None
    repeated = first_repeat([(root, "root")])
    if repeated is not None:
        node, path, first = repeated
        message = (
            f"the same node is listed again here, first at {first}: a node that "
            "holds itself, or one object listed in two places, whose id would name two nodes"
        )
        raise InvalidSchemeError([Issue(path, message, node.get("id"), "duplicate-id")], "Scheme")


def _paths(node: Node, path: str) -> list[tuple[str, Node]]:
    """Every node under ``node`` with its path, depth first, in order.

    Nodes past `MAX_NODE_DEPTH` levels are refused with an ``InvalidSchemeError`` of code
    ``too-deep``: walked by recursion, as copies and comparisons are, they exhaust the stack.
    """
    found: list[tuple[str, Node]] = []
    stack = [(path, node, 1)]
    while stack:
        here, current, depth = stack.pop()
        if depth > MAX_NODE_DEPTH:
            message = (
                f"the nodes nest more than {MAX_NODE_DEPTH} levels deep here; a scheme's nodes "
                f"nest at most {MAX_NODE_DEPTH} levels"
            )
            raise InvalidSchemeError(
                [Issue(here, message, current.id, "too-deep", node=current.id)], "Scheme"
            )
        found.append((here, current))
        stack.extend(
            (f"{here}.children[{index}]", child, depth + 1)
            for index, child in reversed(list(enumerate(current.children)))
        )
    return found


def _not_finite(path: str, label: str, fields: Mapping[str, float | None]) -> list[Issue]:
    """An issue for each field that is NaN or infinite."""
    return [
        Issue(f"{path}.{name}", f"{label}: {name} must be a finite number", value)
        for name, value in fields.items()
        if value is not None and not math.isfinite(value)
    ]


def _check_node(node: Node, path: str) -> list[Issue]:
    label = f"node {_show(node.id)}"
    issues = _not_finite(path, label, {"power": node.power, "floor": node.floor, "cap": node.cap})
    issues.extend(_not_finite(f"{path}.raters", label, node.raters))
    issues.extend(_not_finite(f"{path}.votes", label, node.votes))
    if not math.isfinite(node.weight) or node.weight < 0:
        issues.append(Issue(f"{path}.weight", f"{label}: a weight must be 0 or more", node.weight))
    if node.points is not None and (not math.isfinite(node.points) or node.points < 0):
        issues.append(Issue(f"{path}.points", f"{label}: points must be 0 or more", node.points))
    if node.start_full and not node.is_leaf:
        issues.append(Issue(f"{path}.start_full", f"{label}: only a leaf starts full", value=True))
    if node.points is not None and not node.is_leaf:
        issues.append(
            Issue(f"{path}.points", f"{label}: only a leaf has points; use 'sum'", node.points)
        )
    if node.aggregation is Aggregation.GENERALISED and node.power is None:
        issues.append(Issue(f"{path}.power", f"{label}: a generalised mean needs a power", None))
    if node.children and sum(child.weight for child in node.children) <= 0:
        issues.append(Issue(f"{path}.children", f"{label}: the children's weights add up to 0", 0))
    if node.floor is not None and node.cap is not None and node.cap < node.floor:
        issues.append(Issue(f"{path}.cap", f"{label}: cap below floor {node.floor}", node.cap))
    issues.extend(_check_raters(node, path))
    issues.extend(_check_normalisation(node.normalisation, node, f"{path}.normalisation"))
    return issues


def _check_criteria(node: Node, path: str) -> list[Issue]:
    """The children of ``node`` that are criteria: under an item with points, or a criterion.

    A criterion has no points of its own and scores nothing: its rules take points off the
    nearest item above it that has points. So its parent must have points (or be a criterion
    itself), and it cannot hold items of its own, nor points, nor start full.
    """
    issues: list[Issue] = []
    scored = node.points is not None or node.is_criterion
    for index, child in enumerate(node.children):
        where = f"{path}.children[{index}]"
        label = f"node {_show(child.id)}"
        if child.is_criterion and not scored:
            message = (
                f"{label}: a criterion takes points off the item above it, but "
                f"{_show(node.id)} has no points; give {_show(node.id)} its points"
            )
            issues.append(Issue(f"{where}.is_criterion", message, value=True, node=child.id))
        elif not child.is_criterion and node.is_criterion:
            what = "an item with points" if child.points is not None else "an item"
            message = (
                f"node {_show(node.id)}: a criterion holds only criteria, but its child "
                f"{_show(child.id)} is {what}; mark the child with is_criterion or move it"
            )
            issues.append(Issue(f"{where}.is_criterion", message, value=False, node=node.id))
        if child.is_criterion and child.points is not None:
            message = f"{label}: a criterion has no points of its own"
            issues.append(Issue(f"{where}.points", message, child.points, node=child.id))
        if child.is_criterion and child.start_full:
            message = f"{label}: a criterion has no points to start from"
            issues.append(Issue(f"{where}.start_full", message, value=True, node=child.id))
    if node.is_criterion and path == "root":
        message = f"node {_show(node.id)}: the root cannot be a criterion"
        issues.append(Issue(f"{path}.is_criterion", message, value=True, node=node.id))
    return issues


def _check_raters(node: Node, path: str) -> list[Issue]:
    issues: list[Issue] = []
    label = f"node {_show(node.id)}"
    for name, weight in node.raters.items():
        if weight < 0:
            issues.append(Issue(f"{path}.raters.{name}", f"{label}: negative rater weight", weight))
    if node.raters and node.votes:
        issues.append(Issue(f"{path}.votes", f"{label}: give raters or votes, not both", None))
    if node.raters and sum(node.raters.values()) <= 0:
        issues.append(Issue(f"{path}.raters", f"{label}: rater weights add up to 0", 0))
    return issues


def _check_normalisation(norm: Normalisation, node: Node, path: str) -> list[Issue]:
    label = f"node {_show(node.id)}"
    issues = _not_finite(
        path,
        label,
        {"low": norm.low, "high": norm.high, "mean": norm.mean, "sd": norm.sd},
    )
    issues.extend(_not_finite(path, label, {"target": norm.target, "scale": norm.scale}))
    issues.extend(_not_finite(f"{path}.categories", label, norm.categories))
    kind = norm.kind
    if kind is NormalisationKind.GOALPOSTS and (norm.low is None or norm.high is None):
        issues.append(Issue(path, f"{label}: goalposts need low and high", None))
    if norm.low is not None and norm.high is not None and norm.high <= norm.low:
        issues.append(Issue(f"{path}.high", f"{label}: high must exceed low {norm.low}", norm.high))
    if norm.log and norm.low is not None and norm.low <= 0:
        issues.append(Issue(f"{path}.low", f"{label}: log goalposts need low > 0", norm.low))
    if kind is NormalisationKind.DISTANCE_TO_TARGET and not (norm.target and norm.target > 0):
        issues.append(Issue(f"{path}.target", f"{label}: needs a target above 0", norm.target))
    if kind is NormalisationKind.BANDS and not norm.bands and not norm.categories:
        issues.append(Issue(f"{path}.bands", f"{label}: needs bands or categories", None))
    if kind is NormalisationKind.BANDS and norm.bands and norm.categories:
        issues.append(
            Issue(
                f"{path}.categories", f"{label}: give numeric bands or categories, not both", None
            )
        )
    if (norm.mean is None) != (norm.sd is None):
        issues.append(Issue(path, f"{label}: a z-score fixes both mean and sd, or neither", None))
    issues.extend(_check_value_bands(norm.bands, label, f"{path}.bands"))
    return issues


def _check_value_bands(bands: list[Band], label: str, path: str) -> list[Issue]:
    """Numeric bands ``[min, max)`` must be finite, not empty, and meet without gaps."""
    issues: list[Issue] = []
    for index, band in enumerate(bands):
        where = f"{path}[{index}]"
        fields = {"min": band.min, "max": band.max, "score": band.score}
        issues.extend(_not_finite(where, label, fields))
        if band.min is not None and band.max is not None and band.max <= band.min:
            issues.append(Issue(f"{where}.max", f"{label}: band max must exceed min", band.max))
    ordered = sorted(bands, key=lambda b: -math.inf if b.min is None else b.min)
    for first, second in itertools.pairwise(ordered):
        if first.max is None or second.min is None or first.max > second.min:
            issues.append(Issue(path, f"{label}: bands overlap", second.min))
        elif first.max < second.min:
            issues.append(Issue(path, f"{label}: bands leave a gap from {first.max:g}", second.min))
    return issues


def _check_grading(grading: Grading) -> list[Issue]:
    issues: list[Issue] = []
    sets = {"grading.bands": grading.bands}
    for category, bands in grading.by_category.items():
        sets[f"grading.by_category.{category}"] = bands
    for path, bands in sets.items():
        own = path.removeprefix("grading.by_category.") if "by_category" in path else None
        declared = {(gap.min, gap.max) for gap in grading.gaps if gap.category == own}
        issues.extend(_check_bands(bands, path, declared))
    issues.extend(_check_gaps(grading))
    known = set(grading.order())
    for index, quota in enumerate(grading.quotas):
        if quota.grade not in known:
            issues.append(
                Issue(
                    f"grading.quotas[{index}].grade",
                    "quota names an unknown grade",
                    quota.grade,
                    "unknown-grade",
                )
            )
        if (quota.max_count is None) == (quota.max_share is None):
            issues.append(
                Issue(f"grading.quotas[{index}]", "give exactly one of max_count, max_share", None)
            )
    return issues


def _check_gaps(grading: Grading) -> list[Issue]:
    """Each declared gap must lie between two adjacent bands that leave exactly it."""
    issues: list[Issue] = []
    seen: set[tuple[float, float, str | None]] = set()
    for index, gap in enumerate(grading.gaps):
        where = f"grading.gaps[{index}]"
        issues.extend(_not_finite(where, "gap", {"min": gap.min, "max": gap.max}))
        if gap.category is not None and gap.category not in grading.by_category:
            issues.append(
                Issue(f"{where}.category", "gap names a category with no bands", gap.category)
            )
            continue
        if (gap.min, gap.max, gap.category) in seen:
            issues.append(
                Issue(where, f"the gap from {gap.describe()} is declared twice", gap.describe())
            )
            continue
        seen.add((gap.min, gap.max, gap.category))
        bands = grading.bands_for(gap.category)
        left = {
            (lower.max, upper.min)
            for upper, lower in itertools.pairwise(bands)
            if lower.max is not None and upper.min is not None and lower.max < upper.min
        }
        if (gap.min, gap.max) not in left:
            issues.append(
                Issue(
                    where,
                    f"no two adjacent bands leave the scores from {gap.min:g} to {gap.max:g} "
                    "without a grade",
                    gap.describe(),
                )
            )
    return issues


def _check_bands(
    bands: list[GradeBand], path: str, declared: set[tuple[float, float]] | None = None
) -> list[Issue]:
    """Bands, best first, must tile the line: each band's min is the next band's max.

    A gap ``declared`` as (lower band's max, upper band's min) is allowed.
    """
    issues: list[Issue] = []
    seen: set[str] = set()
    for index, band in enumerate(bands):
        where = f"{path}[{index}]"
        issues.extend(
            _not_finite(where, f"band {_show(band.grade)}", {"min": band.min, "max": band.max})
        )
        if band.grade in seen:
            issues.append(Issue(f"{where}.grade", "grade appears twice", band.grade))
        seen.add(band.grade)
        if band.min is not None and band.max is not None and band.max < band.min:
            issues.append(
                Issue(f"{where}.max", f"band {_show(band.grade)}: max below min", band.max)
            )
    for index, (upper, lower) in enumerate(itertools.pairwise(bands)):
        issues.extend(_check_meeting(upper, lower, f"{path}[{index + 1}]", declared or set()))
    return issues


def _check_meeting(
    upper: GradeBand, lower: GradeBand, where: str, declared: set[tuple[float, float]]
) -> list[Issue]:
    """Two adjacent bands must meet, one of them holding the edge, or leave a declared gap."""
    name = f"bands {_show(upper.grade)} and {_show(lower.grade)}"
    if upper.min is None or lower.max is None:
        return [Issue(where, f"{name} overlap: list bands best first", None)]
    if lower.max > upper.min:
        return [Issue(f"{where}.max", f"{name} overlap above {upper.min:g}", lower.max)]
    if lower.max < upper.min:
        gap = Issue(
            f"{where}.max",
            f"{name} leave a gap up to {upper.min:g} (declare it in grading.gaps if the "
            "document leaves those scores without a grade)",
            lower.max,
        )
        return [] if (lower.max, upper.min) in declared else [gap]
    if lower.max_closed and upper.min_closed:
        return [Issue(f"{where}.max_closed", f"{name} both hold {upper.min:g}", value=True)]
    if not lower.max_closed and not upper.min_closed:
        return [Issue(f"{where}.max_closed", f"{name}: neither holds {upper.min:g}", value=False)]
    return []


def scheme_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of [`Scheme`][rulegov.Scheme], for editors and validators.

    Examples:
        >>> schema = scheme_json_schema()
        >>> schema["title"], schema["$schema"]
        ('Scheme', 'https://json-schema.org/draft/2020-12/schema')
    """
    schema = Scheme.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
