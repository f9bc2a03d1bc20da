"""The evaluation calculator: schemes, normalisation, aggregation, rules, explanations.

Monitoring evaluations against an indicator system (监测评价), points-based appraisals (考核,
百分制) with deductions (扣分), bonus blocks (加分), vetoes (一票否决) and grade bands (等次),
blends of raters and democratic appraisal votes (民主评议). Methods follow the OECD/JRC Handbook
on Constructing Composite Indicators and Chinese appraisal practice. Import the names from
`rulegov`.

Examples:
    >>> import rulegov
    >>> scheme = rulegov.Scheme.model_validate(
    ...     {"id": "s", "root": {"id": "all", "children": [{"id": "a"}, {"id": "b", "weight": 3}]}})
    >>> rulegov.evaluate(scheme, {"x": {"a": 1.0, "b": 0.0}}).score("x")
    0.25
"""

from rulegov.evaluate._engine import GradeStep, Part, RuleEffect
from rulegov.evaluate._evaluate import RankInterval, evaluate, rank_uncertainty
from rulegov.evaluate._plan import PlanIndicators, RoleWeights, plan_indicators
from rulegov.evaluate._rank import quantize, ranks
from rulegov.evaluate._result import Evaluation, Explanation, NodeExplanation, RankChange, Standing
from rulegov.evaluate._scheme import (
    Aggregation,
    Band,
    BonusRule,
    DeductionRule,
    Display,
    GradeBand,
    Grading,
    MissingPolicy,
    Node,
    Normalisation,
    NormalisationKind,
    PenaltyRule,
    Quota,
    Rounding,
    Scheme,
    ShortfallRule,
    TiePolicy,
    VetoEffect,
    VetoRule,
    scheme_json_schema,
)

__all__ = [
    "Aggregation",
    "Band",
    "BonusRule",
    "DeductionRule",
    "Display",
    "Evaluation",
    "Explanation",
    "GradeBand",
    "GradeStep",
    "Grading",
    "MissingPolicy",
    "Node",
    "NodeExplanation",
    "Normalisation",
    "NormalisationKind",
    "Part",
    "PenaltyRule",
    "PlanIndicators",
    "Quota",
    "RankChange",
    "RankInterval",
    "RoleWeights",
    "Rounding",
    "RuleEffect",
    "Scheme",
    "ShortfallRule",
    "Standing",
    "TiePolicy",
    "VetoEffect",
    "VetoRule",
    "evaluate",
    "plan_indicators",
    "quantize",
    "rank_uncertainty",
    "ranks",
    "scheme_json_schema",
]
