"""The plan parser's coordination groups and assessments.

Groups a plan names (领导小组) and lists, the checks a task's text names, and the
scored parts and items of an assessment.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rulegov.model import Assessment, AssessmentKind, CoordinationGroup, Indicator, SubjectKind
from rulegov.parse._checks import find_checks, find_groups, folded_in
from rulegov.parse._facts import line_span, span_fields
from rulegov.parse._parser_state import ParserState
from rulegov.parse._table_header import normal
from rulegov.parse._text import split_lines
from rulegov.parse._time import timeframe_at
from rulegov.parse._vocab import PLACE_ENDS

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from rulegov.model import Attachment, Span, TimeFrame
    from rulegov.parse._checks import Check
    from rulegov.parse._facts import Segment
    from rulegov.parse._header import Header
    from rulegov.parse._parser import Part
    from rulegov.parse._text import Line


# A time an assessment's name holds (年终述职, 年度监测评价): the act's own time
_NAMED_TIME = re.compile("(?<![\\d一二三四五六七八九〇○零])(?:年终|年中|年度)|季度|半年")


# Points printed after an item: (5分), （3分）, (每项2分).
_SCORE = re.compile(
    r"\((?:[^()]{0,8}?)(?P<points>\d+(?:\.\d+)?)分\)|（(?:[^（）]{0,8}?)\d+(?:\.\d+)?分）"
)


class GroupsAndAssessments(ParserState):
    """Reads the plan's coordination groups and assessments."""

    def named_groups(
        self,
        header: Header,
        plan_segments: list[Segment],
        attachments: Sequence[Attachment] = (),
    ) -> None:
        """The groups named in the prose, the notice or its attachment list: no task of theirs."""
        notice_segments: list[Segment] = [(line, 0, len(line.text)) for line in header.notice_lines]
        # the group that signs the notice is named by it, as one its sentences name
        notice_segments.extend((line, 0, len(line.text)) for line in header.signer_lines)
        for mention in find_groups([*notice_segments, *plan_segments]):
            line = mention.segment[0]
            self.coordination_group(mention.name, None, line_span(line, mention.begin, mention.end))
        # the notice's own requirements (…纳入年度考核) name the plan's appraisal, held by no task
        notice_lines = [(line, 0, len(line.text)) for line in header.notice_lines]
        self.checks(None, notice_lines, None, folded=True)
        self.listed_groups(attachments)

    def listed_groups(self, attachments: Sequence[Attachment]) -> None:
        """The groups an attachment list names (附件:某某工作领导小组, 某某联席会议制度): the plan's."""
        for item in attachments:
            if not item.listed:
                continue
            lines = split_lines(item.title)
            for mention in find_groups([(line, 0, len(line.text)) for line in lines]):
                self.coordination_group(mention.name, None, item.span)

    def scored_parts(self, title: str, sections: list[Part], tasks: list[Part]) -> None:
        """An appraisal of the sections and tasks whose titles carry points: ``依法决策(15分)``."""
        indicators = [
            indicator
            for indicator in (
                *(_section_indicator(section) for section in sections),
                *(_task_indicator(task) for task in tasks),
            )
            if indicator is not None
        ]
        self.appraisal(title, None, indicators)

    def scored_items(self, task_id: str, title: str, measures: list[dict[str, Any]]) -> None:
        """An appraisal of the items of a task that carry points: ``1.…(5分);2.…(3分)``."""
        indicators: list[Indicator] = []
        for measure in measures:
            scored = _points(measure["text"])
            if scored is not None:
                indicators.append(
                    Indicator(
                        id=f"i-{measure['id']}",
                        name=scored[0],
                        weight=scored[1],
                        span=measure["span"],
                    )
                )
        self.appraisal(title, task_id, indicators)

    def appraisal(self, name: str, task_id: str | None, indicators: list[Indicator]) -> None:
        """Add an appraisal (考核) of the indicators, if there are any."""
        if indicators:
            self.assessments.append(
                Assessment(
                    id=f"a{len(self.assessments) + 1}",
                    kind=AssessmentKind.APPRAISAL,
                    name=name,
                    task=task_id,
                    indicators=indicators,
                )
            )

    def coordination_group(
        self, name: str, task_id: str | None, span: Span | None
    ) -> CoordinationGroup:
        key = name.replace("工作", "")  # X工作领导小组 and X领导小组 are one group
        group = self.groups.get(key)
        if group is None:  # 市法制宣传教育领导小组 and 法制宣传教育领导小组 are one group
            group = next(
                (
                    self.groups[other]
                    for other in self.groups
                    if _same_group(key, other, self.own_issuers, self.own_titles)
                ),
                None,
            )
        if group is None:
            group = CoordinationGroup(
                id=f"g{len(self.groups) + 1}",
                name=name,
                tasks=[],
                members=[],
                span=span,
            )
            self.groups[key] = group
        if task_id is not None and task_id not in group.tasks:
            group.tasks.append(task_id)
        return group

    def checks(
        self,
        task_id: str | None,
        segments: list[Segment],
        due: TimeFrame | None,
        *,
        folded: bool = False,
    ) -> None:
        """The coordination groups and assessments the task names.

        An act with no time of its own takes ``due``, the time a task's field or column gives.
        With ``folded``, only the appraisals the work is brought into (纳入年度考核) count.
        """
        mentions: list[tuple[int, int, str]] = []
        for mention in find_groups(segments):
            line = mention.segment[0]
            group = self.coordination_group(
                mention.name, task_id, line_span(line, mention.begin, mention.end)
            )
            mentions.append((mention.line_index, mention.begin, group.id))
        named: dict[str, dict[str, Any]] = {}  # an act named again in the task is the same act
        for check in find_checks(segments):
            if folded and not folded_in(check, segments[check.line_index][0].text):
                continue
            first, last = check.clause
            assessors = [
                group_id
                for index, begin, group_id in mentions
                if index == check.line_index and first <= begin < last
            ]
            line = segments[check.line_index][0]
            assessment = self.assessment(task_id, line, check, assessors)
            if assessment["timeframe"] is None and due is not None:
                assessment["timeframe"] = due.model_copy()  # 开展监测评价。完成时限:下半年
            same = named.get(assessment["name"])
            if same is None:
                named[assessment["name"]] = assessment
                self.assessments.append(assessment)
                continue
            if same["timeframe"] is None and assessment["timeframe"] is not None:
                same["timeframe"] = assessment["timeframe"]  # 开展督察。…年底前开展督察: its timing
            same["assessors"].extend(
                a for a in assessment["assessors"] if a not in same["assessors"]
            )

    def assessment(
        self, task_id: str | None, line: Line, check: Check, assessors: list[str]
    ) -> dict[str, Any]:
        """The fields of the assessment ``check`` names, to be validated with the plan."""
        subjects: list[dict[str, object]] = []
        if check.persons is not None:
            subjects.append({"kind": SubjectKind.PERSONS, "ref": None, "name": check.persons})
        elif check.subject is not None:
            subjects.append(
                {"kind": SubjectKind.OTHER, "ref": None, "name": line.printed(*check.subject)}
            )
        # the time its name holds (年终述职), else its clause's, else its sentence's
        timeframe = None
        held = _NAMED_TIME.search(line.text, check.begin, check.end)
        if held is not None:
            first, last = held.span()
            printed = line.printed(first, last)
            timeframe = timeframe_at(
                held.group(), self.year, printed, span_fields(line, first, last)
            )
        if timeframe is None:
            timeframe = self.unlabelled_timing([(line, *check.clause)])
        if timeframe is None and check.sentence != check.clause:
            timeframe = self.unlabelled_timing([(line, *check.sentence)])
        return {
            "id": f"a{len(self.assessments) + 1}",
            "kind": check.kind,
            "name": line.printed(check.begin, check.end),
            "task": task_id,
            "subjects": subjects,
            "method": line.printed(*check.method) if check.method else None,
            "assessors": assessors,
            "timeframe": timeframe,
            "indicators": [],
            "targets": [],
            "findings": [],
            "outcome": None,
            "span": span_fields(line, check.begin, check.end),
        }


def _same_group(
    first: str, second: str, issuers: Sequence[str] = (), titles: Sequence[str] = ()
) -> bool:
    """Whether two groups' names differ only by the place that one of them puts first.

    The place is a level alone (市, 县) or the plan's own place: one its issuers name, or its
    title opens with (某县, in 某县人民政府 or 某县2024年…方案). A word that ends as a place does
    (景区, 社区, 园区, 城乡) names another group.

    Examples:
        >>> _same_group("市法制宣传教育领导小组", "法制宣传教育领导小组")
        True
        >>> _same_group("某县安全管理领导小组", "安全管理领导小组", issuers=["某县人民政府"])
        True
        >>> _same_group("某县安全管理领导小组", "安全管理领导小组", titles=["某县2024年工作方案"])
        True
        >>> _same_group("景区安全管理领导小组", "安全管理领导小组")
        False
        >>> _same_group("城乡社区治理领导小组", "社区治理领导小组")
        False
        >>> _same_group("执法协调小组", "协调小组"), _same_group("司法协调小组", "执法协调小组")
        (False, False)
    """
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    if not longer.endswith(shorter) or len(shorter) < _SHORTEST_NAMED_GROUP:
        return False
    place = longer[: len(longer) - len(shorter)]
    if not place or place[-1] not in PLACE_ENDS:
        return False
    return (
        len(place) == 1
        or any(place in issuer for issuer in issuers)
        or any(title.startswith(place) for title in titles)
    )


_SHORTEST_NAMED_GROUP = 6  # 普法领导小组: a name with its group word


def _points(title: str) -> tuple[str, float] | None:
    """A title without its points, and the points, if it carries them (依法决策(15分))."""
    if "分" not in title:
        return None
    found = _SCORE.search(normal(title))
    if found is None:
        return None
    return _SCORE.sub("", title).strip(" ;；,，。") or title, float(found.group("points"))


def _task_indicator(task: Part) -> Indicator | None:
    scored = _points(task["title"])
    if scored is None:
        return None
    return Indicator(
        id=f"i-{task['id']}", name=scored[0], weight=scored[1], span=task["title_span"]
    )


def _section_indicator(section: Part) -> Indicator | None:
    """The section's points, with the points of its parts below it; None if none has any."""
    children = [
        indicator
        for indicator in (
            *(_section_indicator(child) for child in section["children"]),
            *(_task_indicator(task) for task in section["tasks"]),
        )
        if indicator is not None
    ]
    scored = _points(section["title"])
    if scored is None and not children:
        return None
    name, weight = scored if scored is not None else (section["title"], None)
    return Indicator(
        id=f"i-{section['id']}",
        name=name,
        weight=weight,
        children=children,
        span=section["title_span"],
    )
