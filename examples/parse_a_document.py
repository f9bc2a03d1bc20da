"""Read a plan document: what the parser found, where each fact came from, and what to review.

The text below is a small key-points document (工作要点) with its cover notice, written for this
example; it has two flaws on purpose (a task number that skips one, a task without a unit).
Run: python examples/parse_a_document.py
"""

from __future__ import annotations

import rulegov

TEXT = """某政办发〔2023〕8号
各乡镇人民政府，县政府各部门：
现将《某县2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。
县政府办公室
2023年3月15日
某县2023年法治政府建设工作要点
县政府办公室（以下简称“县府办”）负责统筹协调，各单位按职责分工抓好落实。
一、健全依法行政制度体系
1.加强重点领域立法协调。配合做好地方性法规起草工作，年内完成规范性文件清理不少于2次。
牵头单位：县司法局
配合单位：县发展改革委、县生态环境局
完成时限：2023年6月底前
2.严格落实《重大行政决策程序暂行条例》。重大行政决策合法性审查率达到100%。
牵头单位：县府办
完成时限：每季度
二、提升行政执法质效
4.开展行政执法案卷评查。组织案卷评查工作。
"""

plan = rulegov.parse_plan(TEXT, source="key_points.txt")
source = plan.source or rulegov.SourceText(text=TEXT)  # a parsed plan always keeps its text


def where(span: rulegov.Span | None) -> str:
    """A fact's place in the text: line, column and the exact characters it was read from."""
    if span is None:
        return "(no span)"
    line, column = source.locate(span)
    return f"line {line}, column {column}: {source.excerpt(span)!r}"


print("What the parser found")
print(f"  title:       {plan.title}  ({plan.kind.value})")
print(f"  issued by:   {plan.issuer} on {plan.issued_on}, number {plan.doc_number}")
print(f"  recipients:  {', '.join(plan.recipients)}")
for name, span in sorted(plan.spans.items()):
    print(f"    {name:<12} {where(span)}")

print("\nSections and tasks")
for section in plan.walk_sections():
    print(f"  {section.number}、{section.title}")
    for task in section.tasks:
        print(f"    task {task.number}: {task.title}")
        print(f"      title from {where(task.title_span)}")
        for assignment in task.assignments:
            print(
                f"      {assignment.role.value:<12} {assignment.unit_name}  ({where(assignment.span)})"
            )
        if task.timeframe is not None:
            timing = task.timeframe
            when = timing.frequency.value if timing.frequency else f"due {timing.due}"
            print(f"      timing       {timing.kind.value}, {when}  ({where(timing.span)})")
        for target in task.targets:
            meaning = f"{target.comparator} {target.value:g} {target.unit_of_measure}"
            print(f"      target       {meaning}  ({where(target.span)})")
        for citation in task.citations:
            print(f"      cites        《{citation.title}》  ({where(citation.span)})")

print("\nUnits (one per body, whatever name the text uses)")
for unit in plan.units:
    names = ", ".join(unit.names)
    print(f"  {unit.id}: {names}  [{unit.kind.value}, {unit.level.value if unit.level else '-'}]")

print("\nDiagnostics: what to review, with line and column")
for diagnostic in plan.diagnostics:
    print(f"  {diagnostic}")
    if diagnostic.line is not None:
        print(f"      {TEXT.splitlines()[diagnostic.line - 1]}")

print("\nText that cannot be read at all raises ParseError with the place:")
try:
    rulegov.parse_plan("一、加强领导\n1.开展\ud800培训", source="broken.txt")
except rulegov.ParseError as error:
    print(f"  {error}")
    print(f"  (line {error.line}, column {error.column})")
