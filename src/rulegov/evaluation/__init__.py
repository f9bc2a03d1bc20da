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

from rulegov._deprecation import deprecated_names as _deprecated_names
from rulegov.evaluation._engine import EffectKind, GradeStep, Part, PartStatus, RuleEffect
from rulegov.evaluation._evaluate import RankInterval, evaluate, rank_uncertainty
from rulegov.evaluation._plan import PlanIndicators, RoleWeights, plan_data, plan_indicators
from rulegov.evaluation._result import (
    Evaluation,
    Explanation,
    NodeExplanation,
    RankChange,
    Standing,
)
from rulegov.evaluation._scheme import (
    Aggregation,
    Band,
    BonusRule,
    DeductionRule,
    Display,
    GradeBand,
    GradeGap,
    Grading,
    InputKind,
    MissingPolicy,
    Node,
    Normalisation,
    NormalisationKind,
    PenaltyRule,
    Quota,
    Rounding,
    Scheme,
    SchemeInput,
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
    "EffectKind",
    "Evaluation",
    "Explanation",
    "GradeBand",
    "GradeGap",
    "GradeStep",
    "Grading",
    "InputKind",
    "MissingPolicy",
    "Node",
    "NodeExplanation",
    "Normalisation",
    "NormalisationKind",
    "Part",
    "PartStatus",
    "PenaltyRule",
    "PlanIndicators",
    "Quota",
    "RankChange",
    "RankInterval",
    "RoleWeights",
    "Rounding",
    "RuleEffect",
    "Scheme",
    "SchemeInput",
    "ShortfallRule",
    "Standing",
    "TiePolicy",
    "VetoEffect",
    "VetoRule",
    "evaluate",
    "plan_data",
    "plan_indicators",
    "rank_uncertainty",
    "scheme_json_schema",
]

__getattr__ = _deprecated_names(
    "rulegov.evaluation",
    {
        "quantize": ("rulegov.evaluation._rank:quantize", "round with the scheme's Display"),
        "ranks": ("rulegov.evaluation._rank:ranks", "read Evaluation.rank or Evaluation.ranking"),
    },
)
