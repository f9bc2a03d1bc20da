"""Hypothesis strategies for rulegov models: valid plans with consistent references."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

import rulegov
from rulegov.parse import _text as parse_text

# any Unicode but lone surrogates, which no JSON document can carry
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
FINITE = st.floats(allow_nan=False, allow_infinity=False, width=64)
# the models users validate from data, for junk fed to each
MODELS = [
    rulegov.Plan,
    rulegov.Task,
    rulegov.Unit,
    rulegov.Assessment,
    rulegov.TimeFrame,
    rulegov.Target,
    rulegov.Dependency,
    rulegov.Span,
    rulegov.Scheme,
]


@st.composite
def timeframes(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(list(rulegov.TimeFrameKind)))
    data: dict[str, Any] = {"kind": kind, "text": draw(st.none() | TEXT)}
    if kind is rulegov.TimeFrameKind.ON:
        data["on"] = draw(DATES)
    elif kind in (rulegov.TimeFrameKind.RANGE, rulegov.TimeFrameKind.DEADLINE):
        first, second = sorted([draw(DATES), draw(DATES)])
        data["end"] = second
        if kind is rulegov.TimeFrameKind.RANGE or draw(st.booleans()):
            data["start"] = first
    elif kind is rulegov.TimeFrameKind.RECURRING:
        data["frequency"] = draw(st.sampled_from(list(rulegov.Frequency)))
        data["rrule"] = draw(st.none() | st.just("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"))
    return data


@st.composite
def targets(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        return {"text": draw(TEXT), "metric": draw(st.none() | TEXT)}
    percent = draw(st.booleans())
    value = draw(st.floats(0, 100) if percent else FINITE)
    return {
        "comparator": draw(st.sampled_from(list(rulegov.Comparator))),
        "value": value,
        "unit_of_measure": "%"
        if percent
        else draw(st.none() | st.sampled_from(["个", "次", "件"])),
        "direction": draw(st.sampled_from(list(rulegov.Direction))),
        "text": draw(TEXT),
    }


@st.composite
def progress_reports(draw: st.DrawFn, unit_ids: list[str]) -> dict[str, Any]:
    status = draw(st.sampled_from(list(rulegov.TaskStatus)))
    if status is rulegov.TaskStatus.COMPLETED:
        percent: float | None = draw(st.none() | st.just(100.0))
    elif status is rulegov.TaskStatus.NOT_STARTED:
        percent = draw(st.none() | st.just(0.0))
    else:
        percent = draw(st.none() | st.floats(0, 100))
    return {
        "on": draw(DATES),
        "status": status,
        "percent_complete": percent,
        "unit": draw(st.none() | st.sampled_from(unit_ids)),
        "note": draw(st.none() | TEXT),
    }


@st.composite
def plans(draw: st.DrawFn) -> rulegov.Plan:
    """A valid plan of up to a few sections, tasks, units, groups, assessments and links."""
    unit_names = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
    unit_ids = [f"u{i}" for i in range(len(unit_names))]
    units = [
        {
            "id": ident,
            "name": name,
            "kind": draw(st.sampled_from(list(rulegov.UnitKind))),
            "level": draw(st.none() | st.sampled_from(list(rulegov.UnitLevel))),
            "parent": None if i == 0 else draw(st.none() | st.sampled_from(unit_ids[:i])),
        }
        for i, (ident, name) in enumerate(zip(unit_ids, unit_names, strict=True))
    ]
    task_ids: list[str] = []
    measure_ids: list[str] = []
    sections = []
    section_count = draw(st.integers(0, 3))
    numbers = ["一", "二", "三"]
    for s in range(section_count):
        tasks = []
        for _ in range(draw(st.integers(0, 3))):
            ident = f"t{len(task_ids)}"
            task_ids.append(ident)
            number = str(len(task_ids))
            measures = [
                {"id": f"{ident}.m{m}", "text": draw(TEXT)} for m in range(draw(st.integers(0, 2)))
            ]
            measure_ids.extend(m["id"] for m in measures)
            roles = draw(
                st.lists(
                    st.tuples(st.sampled_from(unit_ids), st.sampled_from(list(rulegov.Role))),
                    max_size=3,
                    unique=True,
                )
            )
            tasks.append(
                {
                    "id": ident,
                    "number": number,
                    "path": [numbers[s], number],
                    "title": draw(TEXT),
                    "text": draw(st.text(max_size=30)),
                    "measures": measures,
                    "assignments": [{"unit": u, "role": r} for u, r in roles],
                    "timeframe": draw(st.none() | timeframes()),
                    "targets": draw(st.lists(targets(), max_size=2)),
                    "citations": [
                        {"title": draw(TEXT.filter(lambda t: t[0] != "《" and t[-1] != "》"))}
                        for _ in range(draw(st.integers(0, 1)))
                    ],
                    "progress": draw(st.lists(progress_reports(unit_ids), max_size=2)),
                }
            )
        sections.append(
            {"id": f"s{s}", "number": numbers[s], "level": 1, "title": draw(TEXT), "tasks": tasks}
        )
    groups = [
        {
            "id": f"g{g}",
            "name": draw(TEXT),
            "convener": draw(st.none() | st.sampled_from(unit_ids)),
            "members": [{"unit": u} for u in draw(st.lists(st.sampled_from(unit_ids), max_size=3))],
            "tasks": draw(st.lists(st.sampled_from(task_ids), max_size=2)) if task_ids else [],
        }
        for g in range(draw(st.integers(0, 2)))
    ]
    assessments = [
        {
            "id": f"a{a}",
            "kind": draw(st.sampled_from(list(rulegov.AssessmentKind))),
            "name": draw(TEXT),
            "task": draw(st.sampled_from(task_ids)) if task_ids and draw(st.booleans()) else None,
            "subjects": [
                {"kind": "unit", "ref": draw(st.sampled_from(unit_ids))},
                {"kind": "plan"},
            ],
            "assessors": draw(st.lists(st.sampled_from(unit_ids), max_size=2, unique=True)),
            "timeframe": draw(st.none() | timeframes()),
        }
        for a in range(draw(st.integers(0, 2)))
    ]
    items = task_ids + measure_ids + [a["id"] for a in assessments]
    dependencies = []
    if len(items) >= 2:
        pairs = draw(
            st.lists(st.permutations(items).map(lambda p: (p[0], p[1])), max_size=4, unique=True)
        )
        dependencies = [
            {
                "predecessor": pred,
                "successor": succ,
                "type": draw(st.sampled_from(list(rulegov.DependencyType))),
                "lag": draw(st.integers(-30, 30)),
                "origin": draw(st.sampled_from(list(rulegov.DependencyOrigin))),
            }
            for pred, succ in pairs
        ]
    return rulegov.Plan.model_validate(
        {
            "title": draw(TEXT),
            "kind": draw(st.sampled_from(list(rulegov.PlanKind))),
            "issued_on": draw(st.none() | DATES),
            "recipients": draw(st.lists(TEXT, max_size=3)),
            "period": draw(
                st.none()
                | st.integers(2000, 2030).map(lambda y: {"start_year": y, "end_year": y + 4})
            ),
            "units": units,
            "sections": sections,
            "coordination_groups": groups,
            "assessments": assessments,
            "dependencies": dependencies,
        }
    )


# -- plans in the standard printed layout, for the parser's round trip ----------------------------

# Characters that form no numbering, label, timing word, prose keyword or page furniture.
PLAIN_CHARS = "法治建设推进加强完善机制服务依法行政执监督宣传教育基层伍培训调研评估落实深化健全规范社会政府公共律"
PLAIN = st.text(st.sampled_from(PLAIN_CHARS), min_size=2, max_size=10)
_TIMINGS = [
    ("2023年6月底前", {"kind": "deadline", "end": dt.date(2023, 6, 30)}),
    ("每季度", {"kind": "recurring", "frequency": "quarterly"}),
    ("长期坚持", {"kind": "standing"}),
    (
        "2023年3月至5月",
        {"kind": "range", "start": dt.date(2023, 3, 1), "end": dt.date(2023, 5, 31)},
    ),
    ("2023年12月4日", {"kind": "on", "on": dt.date(2023, 12, 4)}),
]
_CHINESE = ["一", "二", "三", "四"]


@st.composite
def printable_plans(draw: st.DrawFn) -> rulegov.Plan:
    """A valid plan whose texts :func:`rulegov.format_plan` prints and the parser reads back."""
    unit_names = draw(
        st.lists(PLAIN.map(lambda w: f"区{w}局"), min_size=1, max_size=4, unique=True)
    )
    units = [{"id": f"u{i}", "name": name} for i, name in enumerate(unit_names)]
    sections = []
    count = 0
    running = draw(st.booleans())
    for s in range(draw(st.integers(1, 4))):
        tasks = []
        for t in range(draw(st.integers(1, 4))):
            count += 1
            number = str(count if running else t + 1)
            title = draw(PLAIN)
            sentences = draw(st.lists(PLAIN, max_size=2))
            roles = draw(
                st.lists(
                    st.tuples(
                        st.sampled_from(range(len(units))), st.sampled_from(list(rulegov.Role))
                    ),
                    max_size=3,
                    unique=True,
                )
            )
            timing = draw(st.none() | st.sampled_from(_TIMINGS))
            tasks.append(
                {
                    "id": f"t{count}",
                    "number": number,
                    "path": [_CHINESE[s], number],
                    "title": title,
                    "text": "".join(f"{piece}。" for piece in [title, *sentences]),
                    "assignments": [
                        {"unit": f"u{u}", "role": role, "unit_name": unit_names[u]}
                        for u, role in roles
                    ],
                    "timeframe": None if timing is None else {"text": timing[0], **timing[1]},
                }
            )
        sections.append(
            {
                "id": f"s{s + 1}",
                "number": _CHINESE[s],
                "level": 1,
                "title": draw(PLAIN),
                "tasks": tasks,
            }
        )
    title = draw(PLAIN) + "2023年工作计划"
    return rulegov.Plan.model_validate(
        {
            "title": title,
            "issuer": draw(st.none() | PLAIN.map(lambda w: f"区{w}办")),
            "issued_on": draw(st.none() | st.dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
            "recipients": draw(st.lists(PLAIN.map(lambda w: f"各{w}"), max_size=3, unique=True)),
            "preamble": draw(st.none() | PLAIN.map(lambda w: f"{w}。")),
            "units": units,
            "sections": sections,
        }
    )


# -- plans inside an official-document frame (GB/T 9704-2012) -------------------------------------

_ORGAN_CODES = ["某政办发", "某政发", "某办字", "区法治办"]
_BRACKETS = [("〔", "〕"), ("[", "]"), ("(", ")"), ("【", "】")]
_PEOPLE = ["张三", "李四", "王五", "赵六"]
_NOTE_TEXTS = [
    "（此件公开发布）",
    "（联系人：王五，联系电话：0515-88886666）",
    "（此件依申请公开）",
]


@st.composite
def framed_plans(draw: st.DrawFn) -> rulegov.Plan:
    """A printable plan inside a frame whose every element the parser reads back."""
    plan = draw(printable_plans())
    organ = draw(PLAIN.map(lambda w: f"区{w}办公室"))
    joint = draw(st.booleans())
    organs = [organ, draw(PLAIN.map(lambda w: f"区{w}委员会"))] if joint else [organ]
    issued_on = draw(st.dates(dt.date(2023, 1, 1), dt.date(2023, 12, 31)))
    opening, closing = draw(st.sampled_from(_BRACKETS))
    number = (
        f"{draw(st.sampled_from(_ORGAN_CODES))}{opening}2023{closing}{draw(st.integers(1, 300))}号"
    )
    verb = draw(st.sampled_from(["印发", "转发", "批转"]))
    title = f"{organ}关于{verb}《{plan.title}》的通知"
    as_attachment = draw(st.booleans())
    attachments: list[dict[str, Any]] = []
    if as_attachment:
        attachments.append(
            {"number": 1, "title": plan.title, "listed": True, "found": True, "is_plan": True}
        )
        if draw(st.booleans()):
            attachments.append(
                {
                    "number": 2,
                    "title": draw(PLAIN.map(lambda w: f"{w}重点任务分工表")),
                    "listed": True,
                    "found": True,
                    "is_task_table": True,
                }
            )
        absent = draw(st.lists(PLAIN.map(lambda w: f"{w}名单"), max_size=2, unique=True))
        attachments.extend(
            {"number": len(attachments) + 1 + i, "title": name, "listed": True}
            for i, name in enumerate(absent)
        )
    printed = draw(st.none() | st.dates(dt.date(2023, 1, 1), dt.date(2024, 6, 30)))
    frame = {
        "copy_number": draw(st.none() | st.integers(1, 999999).map(lambda n: f"{n:06d}")),
        "secrecy": draw(
            st.none()
            | st.builds(
                dict,
                level=st.sampled_from(list(rulegov.SecrecyLevel)),
                period=st.none() | st.sampled_from(["1年", "10年", "长期"]),
            )
        ),
        "urgency": draw(st.none() | st.sampled_from(list(rulegov.Urgency))),
        "organ_mark": draw(st.none() | st.just(f"{organ}文件")),
        "doc_number": rulegov.DocNumber.read(number),
        "signers": draw(st.lists(st.sampled_from(_PEOPLE), max_size=2, unique=True)),
        "title": title,
        "kind": rulegov.DocumentKind.NOTICE,
        "verb": {"印发": "issue", "转发": "forward", "批转": "approve_and_forward"}[verb],
        "recipients": plan.recipients,
        "attachments": attachments,
        "signing_organs": organs,
        "issued_on": issued_on,
        "notes": [
            {"text": text}
            for text in draw(st.lists(st.sampled_from(_NOTE_TEXTS), max_size=2, unique=True))
        ],
        "cc": draw(st.lists(PLAIN.map(lambda w: f"区{w}局"), max_size=3, unique=True)),
        "printing_office": organ if printed is not None else None,
        "printed_on": printed,
        "format": "document" if draw(st.booleans()) else None,
    }
    if frame["format"] == "document":
        frame["organ_mark"] = f"{organ}文件"
    elif frame["organ_mark"] is not None:
        frame["format"] = "document"
    for note in frame["notes"]:
        if "联系人" in note["text"]:
            note.update(contact="王五", telephone="0515-88886666")
    return plan.model_copy(
        update={
            "issuer": "、".join(organs),
            "issued_on": issued_on,
            "doc_number": number,
            "notice": rulegov.Notice(
                title=title, text=f"现将《{plan.title}》{verb}给你们，请认真贯彻执行。"
            ),
            "frame": rulegov.Frame.model_validate(frame),
        }
    )


# -- task-division tables --------------------------------------------------------------------

# Characters that read the same in a table cell: no separators (、，；), no 。, no numbering marks.
_TABLE_CHARS = (
    "法治建设推进完善加强组织开展工作机制服务保障宣传教育执法监督司法普法基层治理人民群众"
)
TABLE_TEXT = st.text(st.sampled_from(_TABLE_CHARS + "“”《》ABC12"), min_size=1, max_size=14).filter(
    lambda text: not text[0].isdigit()
)
_NOTES = ["按职责分工负责", "等有关部门"]
_VAGUE_KINDS = [
    rulegov.TimeFrameKind.ONGOING,
    rulegov.TimeFrameKind.STANDING,
    rulegov.TimeFrameKind.IN_DUE_TIME,
    rulegov.TimeFrameKind.PROMPTLY,
]


@st.composite
def table_timeframes(draw: st.DrawFn) -> dict[str, Any] | None:
    """A timing that one table cell can say: any kind, with or without its own words."""
    kind = draw(st.sampled_from([None, *rulegov.TimeFrameKind]))
    if kind is None:
        return None
    data: dict[str, Any] = {"kind": kind, "text": draw(st.none() | TEXT)}
    if kind is rulegov.TimeFrameKind.ON:
        data["on"] = draw(DATES)
    elif kind is rulegov.TimeFrameKind.DEADLINE:
        data["end"] = draw(DATES)
    elif kind is rulegov.TimeFrameKind.RANGE:
        data["start"], data["end"] = sorted([draw(DATES), draw(DATES)])
    elif kind is rulegov.TimeFrameKind.RECURRING:
        data["frequency"] = draw(st.sampled_from(list(rulegov.Frequency)))
    return data


@st.composite
def table_plans(draw: st.DrawFn) -> rulegov.Plan:
    """A valid plan whose tasks a task-division table holds: nested sections, units, timing."""
    names = draw(
        st.lists(TABLE_TEXT.map(lambda w: f"区{w}局"), min_size=1, max_size=5, unique=True)
    )
    units = [{"id": f"u{i}", "name": name} for i, name in enumerate(names)]
    counter = {"task": 0, "section": 0}

    def tasks(chain: list[str], count: int) -> list[dict[str, Any]]:
        found = []
        chinese = draw(st.booleans())
        # neighbours print different task cells: numbered rows that repeat the task cell above
        # beside measures of their own read as one cell merged over them (a web page's table)
        titles = draw(st.lists(TABLE_TEXT, min_size=count, max_size=count, unique=True))
        for index in range(count):
            counter["task"] += 1
            number = f"（{_CHINESE[index]}）" if chinese else str(index + 1)
            roles = draw(
                st.lists(
                    st.tuples(
                        st.sampled_from(range(len(units))), st.sampled_from(list(rulegov.Role))
                    ),
                    max_size=4,
                    unique=True,
                )
            )
            found.append(
                {
                    "id": f"t{counter['task']}",
                    "number": number,
                    "path": [*chain, number],
                    "title": titles[index],
                    "measures": [
                        {"id": f"t{counter['task']}.m{j + 1}", "text": text}
                        for j, text in enumerate(draw(st.lists(TABLE_TEXT, max_size=3)))
                    ],
                    "assignments": [
                        {
                            "unit": f"u{u}",
                            "role": role,
                            "note": draw(st.none() | st.sampled_from(_NOTES)),
                        }
                        for u, role in roles
                    ],
                    "timeframe": draw(table_timeframes()),
                }
            )
        return found

    def sections(level: int, chain: list[str], count: int) -> list[dict[str, Any]]:
        found = []
        for index in range(count):
            counter["section"] += 1
            ident = f"s{counter['section']}"
            number = draw(
                st.sampled_from(["", _CHINESE[index] if level == 1 else f"（{_CHINESE[index]}）"])
            )
            here = [*chain, number] if number else chain
            children = sections(level + 1, here, draw(st.integers(0, 2))) if level < 2 else []
            found.append(
                {
                    "id": ident,
                    "number": number,
                    "level": level,
                    # siblings differ, and so do a section and its subsections, or their rows
                    # would name one section
                    "title": draw(TABLE_TEXT) + ("甲乙丙" if level == 1 else "丁戊己")[index],
                    "tasks": tasks(here, draw(st.integers(1, 3))),
                    "children": children,
                }
            )
        return found

    loose = tasks([], draw(st.integers(0, 2)))
    return rulegov.Plan.model_validate(
        {
            "title": "任务分工表",
            "units": units,
            "unsectioned_tasks": loose,
            "sections": sections(1, [], draw(st.integers(0 if loose else 1, 3))),
        }
    )


# -- the calculator: scheme trees and their data ----------------------------------------

MEANS = ["arithmetic", "geometric", "harmonic", "minimum", "generalised"]


weights = st.floats(min_value=0.1, max_value=10, allow_nan=False)


values = st.floats(min_value=0, max_value=100, allow_nan=False)


@st.composite
def trees(draw, depth=0, prefix="n", policy="error", aggregations=MEANS):
    node = {"id": prefix, "weight": draw(weights)}
    if depth >= 2 or (depth > 0 and draw(st.booleans())):
        node["normalisation"] = {"kind": "goalposts", "low": 0, "high": 100}
        return node
    count = draw(st.integers(min_value=1, max_value=3))
    node["aggregation"] = draw(st.sampled_from(aggregations))
    if node["aggregation"] == "generalised":
        node["power"] = draw(st.sampled_from([-1.0, 0.5, 2.0, 3.0]))
    node["missing"] = policy
    node["children"] = [
        draw(trees(depth + 1, f"{prefix}.{index}", policy, aggregations)) for index in range(count)
    ]
    return node


def schemes(policy="error", aggregations=MEANS):
    return trees(policy=policy, aggregations=aggregations).map(
        lambda root: rulegov.Scheme.model_validate({"id": "generated", "root": root})
    )


@st.composite
def scheme_and_data(draw, policy="error", aggregations=MEANS, units=3):
    scheme = draw(schemes(policy, aggregations))
    data = {f"u{index}": {leaf: draw(values) for leaf in scheme.leaves()} for index in range(units)}
    return scheme, data


# -- the graph: random activity networks and junk ----------------------------------------


@st.composite
def networks(draw, max_nodes=7):
    n = draw(st.integers(min_value=1, max_value=max_nodes))
    durations = {f"n{i}": draw(st.integers(min_value=0, max_value=6)) for i in range(n)}
    links = []
    for b in range(1, n):
        preds = draw(st.lists(st.integers(min_value=0, max_value=b - 1), max_size=3, unique=True))
        for a in preds:
            kind = draw(st.sampled_from(["FS", "SS", "FF", "SF"]))
            lag = draw(st.integers(min_value=-4, max_value=4))
            links.append((f"n{a}", f"n{b}", kind, lag))
    return durations, links


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=5),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
    st.just(dt.date(2023, 2, 29 - 1)),
)


# -- the parser's scans -------------------------------------------------------------------

# the characters that targets are made of, and some that break them up
TARGET_PIECES = st.sampled_from(
    [
        *"0123456789.一二三四五六七八九十两百全覆盖%个次人项以上下内第+,。法٣",
        *("不少于", "不超过", "至少", "达到", "低于", "多于", "个工作日", "万元", "学时"),
        *("全覆盖", "以上", "以内"),
    ]
)


@st.composite
def texts_and_ranges(draw: st.DrawFn) -> tuple[str, int, int]:
    text = "".join(draw(st.lists(TARGET_PIECES, max_size=30)))
    begin = draw(st.integers(0, len(text)))
    end = draw(st.integers(begin, len(text)))
    return text, begin, end


# Words of appraisal items that hold no number, no 分 and no rule word of their own.
_ITEM_WORDS = [
    "组织领导",
    "依法决策",
    "执法监督",
    "普法宣传",
    "队伍建设",
    "制度建设",
    "矛盾化解",
    "学法用法",
]
_HAN = "一二三四五六七八九"


@st.composite
def scheme_documents(draw: st.DrawFn) -> tuple[str, list[tuple[str, str, float]], list[Any]]:
    """An appraisal document in numbered text, with the tree and the rules it states.

    Returns ``(text, items, rules)``: items as ``(id, name, points)`` (a group's points are the
    sum it states), rules as ``(kind, node id, points, max)``.
    """
    lines: list[str] = []
    items: list[tuple[str, str, float]] = []
    rules: list[Any] = []
    for group_index in range(draw(st.integers(1, 4))):
        group_id = str(group_index + 1)
        leaves = []
        for leaf_index in range(draw(st.integers(1, 4))):
            points = float(draw(st.integers(1, 20)))
            words = draw(st.lists(st.sampled_from(_ITEM_WORDS), min_size=1, max_size=2))
            leaves.append((f"{group_id}.{leaf_index + 1}", "、".join(words), points))
        total = sum(points for *_, points in leaves)
        name = draw(st.sampled_from(_ITEM_WORDS))
        lines.append(f"{_HAN[group_index]}、{name}（{total:g}分）")
        items.append((group_id, name, total))
        for number, (leaf_id, leaf_name, points) in enumerate(leaves, 1):
            clauses = []
            if draw(st.booleans()):
                once = float(draw(st.integers(1, int(points))))
                clauses.append(f"未落实的扣{once:g}分")
                rules.append(("deduction", leaf_id, once, once))
            if draw(st.booleans()):
                each = draw(st.sampled_from([0.5, 1.0, 2.0]))
                clauses.append(f"每发现一处问题扣{each:g}分")
                rules.append(("deduction", leaf_id, each, None))
            standard = "；".join(clauses) + "。" if clauses else "工作成效明显。"
            lines.append(f"{number}.{leaf_name}（{points:g}分）。{standard}")
            items.append((leaf_id, leaf_name, points))
    return "\n".join(lines), items, rules


# -- documents in the standard printed layout, with the odd parts real documents have ------------

_UNIT_WORDS = ["司法局", "财政局", "公安分局", "市场监管局", "法院", "检察院", "依法治区办"]
_TITLE_ENDS = ["工作计划", "工作要点", "实施方案", "工作方案"]
_MEASURE_OPENINGS = ["", "", "3.", "（2）", "2023年", "第一", "一是"]
_FACTS = [
    "",
    "",
    "不少于3次",
    "达到100%",
    "《中华人民共和国行政处罚法》",
    "《法治政府建设实施纲要》",
]
_TIMINGS_TEXT = [
    "2023年6月底前",
    "每季度",
    "长期坚持",
    "2023年3月至5月",
    "2023年12月4日",
    "持续推进",
]


@st.composite
def _task_text(draw: st.DrawFn, number: str) -> list[str]:
    """The lines of one task: its number and sentences, then its unit and timing fields."""
    sentences = [draw(PLAIN) + "。"]
    for _ in range(draw(st.integers(0, 3))):
        opening = draw(st.sampled_from(_MEASURE_OPENINGS))
        sentences.append(opening + draw(PLAIN) + draw(st.sampled_from(_FACTS)) + "。")
    lines = [f"{number}.{''.join(sentences)}"]
    units = draw(st.lists(st.sampled_from(_UNIT_WORDS), max_size=3, unique=True))
    if units:
        lines.append("牵头单位：" + "、".join(f"区{unit}" for unit in units[:1]))
    if len(units) > 1:
        lines.append("配合单位：" + "、".join(f"区{unit}" for unit in units[1:]))
    if draw(st.booleans()):
        lines.append("完成时限：" + draw(st.sampled_from(_TIMINGS_TEXT)))
    return lines


@st.composite
def plan_texts(draw: st.DrawFn) -> str:
    """The text of a plan as published: a header with any of its parts left out, loose tasks,
    sections, tasks with measures, units, timings, targets and citations.
    """
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append("各" + draw(PLAIN) + "：")
    issuer = "区" + draw(st.sampled_from(_UNIT_WORDS))
    if draw(st.booleans()):
        lines.append(issuer)
        day = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
        lines.append(f"{day.year}年{day.month}月{day.day}日")
    title_kind = draw(st.sampled_from(["plain", "issuer", "none"]))
    if title_kind == "plain":
        lines.append(draw(PLAIN) + "2023年" + draw(st.sampled_from(_TITLE_ENDS)))
    elif title_kind == "issuer":
        lines.append(issuer + "2023年" + draw(st.sampled_from(_TITLE_ENDS)))
    if draw(st.booleans()):
        lines.append(draw(PLAIN) + "。")
    count = 0
    for _ in range(draw(st.integers(0, 2))):
        count += 1
        lines.extend(draw(_task_text(str(count))))
    for s in range(draw(st.integers(0 if count else 1, 3))):
        lines.append(f"{_CHINESE[s]}、{draw(PLAIN)}")
        for _ in range(draw(st.integers(0, 3))):
            count += 1
            lines.extend(draw(_task_text(str(count))))
    return "\n".join(lines) + "\n"


# any value a JSON document can carry, nested, for junk fed to a model's validator
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


# indicator weights from zero to the largest float, with the extremes drawn often
WEIGHTS = st.lists(
    st.one_of(
        st.floats(0, 1.7976931348623157e308),
        st.sampled_from([0.0, 5e-324, 1e-300, 1e300, 1e308, 1.7e308]),
    ),
    min_size=1,
    max_size=5,
)


# table cells: any short text, or the words and numbers a task table's reader looks for
TABLE_JUNK = st.text(st.characters(exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    [
        "序号",
        "工作任务",
        "牵头单位",
        "完成时限",
        "一、",
        "（一）",
        "、",
        "；",
        "6月底前",
        "'=1",
        "1",
    ]
)


# pieces of plan lines: numbers, field labels, units, brackets, dates, targets
LINE_PIECES = st.sampled_from(
    [
        "一、",
        "（一）",
        "(1)",
        "1.",
        "1、",
        "①",
        "第一条",
        "牵头单位：",
        "配合单位:",
        "完成时限：",
        "区司法局",
        "、",
        "，",
        "《",
        "》",
        "〈",
        "〉",
        "2023年",
        "6月底前",
        "100%",
        "2个以上",
        "|",
        "\t",
        "。",
        "(",
        ")",
        "（以下简称“",
        "”）",
        "各镇(街)",
        "按职责分工负责",
        "每季度",
        "\u3000",
        " ",
    ]
)

# pieces of timing phrases (6月底前, 每季度, 持续推进) and the characters they are made of
TIMING_PIECES = st.sampled_from(
    [
        *"0123456789年月底末上半第一二三四五九〇季度之前每长期坚持续推及时适法,。",
        *("2023年", "6月底前", "每季度", "持续推进", "长期坚持", "年度", "上半年", "年底前"),
        *("第三季度末前", "之前", "每半年", "完成", "全面建成", "印发", "年内", "次年", "1月"),
    ]
)
# and the words of a time limit (20个工作日内) or of the whole year (全年)
WEAK_TIMING_PIECES = st.one_of(
    TIMING_PIECES,
    st.sampled_from(["内", "个", "日", "天", "小时", "工作日", "个月", "全年", "全", "十", "两"]),
)

# the characters full-width folding maps, among others it leaves alone
FOLD_PIECES = st.sampled_from(
    [*"法治一 \t\n", *(chr(code) for code in parse_text._FOLD), "（一）", "：", "\u3000", "\r\n"]
)
