"""A copy kept as Markdown: its heading's #'s and its bold runs' ** are no part of the text."""

from __future__ import annotations

import io

import docx

from rulegov import parse_plan
from rulegov.io import read_plan_bytes
from rulegov.parse._text import normalise

NOTICE = (
    "# 关于印发《某市加快某某产业发展行动方案（2026—2030年）》的通知\n"
    "**发布日期**: 2025-12-22\n"
    "**发布机构**: 某市科学技术委员会\n"
    "---\n"
    "某科合〔2025〕42号\n"
    "各有关区人民政府，市政府有关委、办、局，各有关单位:\n"
    "  经市政府同意，现将《某市加快某某产业发展行动方案（2026—2030年）》印发给你们，请认真推进落实。\n"
    "  某市科学技术委员会\n"
    "  2025年12月22日\n"
    "**某市加快某某产业发展行动方案（2026—2030年****）**\n"
    "  为加快某某产业发展，制定本行动方案。\n"
    " **一、工作目标**\n"
    "  到2027年，产业规模明显扩大。\n"
    "**二、加快原料研发**\n"
    "  1. 加快新原料挖掘。开展研究。（市科委）\n"
    "  2. 加快技术迭代。开展攻关。（市科委、市经济信息化委）\n"
)
TITLE = "某市加快某某产业发展行动方案（2026—2030年）"


def test_a_markdown_heading_and_bold_runs_read_without_their_marks() -> None:
    plan = parse_plan(NOTICE)
    assert plan.notice is not None
    assert plan.notice.title == f"关于印发《{TITLE}》的通知"
    assert plan.title == TITLE
    assert plan.doc_number == "某科合〔2025〕42号"
    assert [task.title for task in plan.tasks] == ["加快新原料挖掘", "加快技术迭代"]


def test_the_word_file_made_of_such_a_copy_reads_the_same() -> None:
    document = docx.Document()
    for paragraph in NOTICE.splitlines():
        document.add_paragraph(paragraph)
    data = io.BytesIO()
    document.save(data)
    plan = read_plan_bytes(data.getvalue(), source="copy.docx")
    assert plan.notice is not None
    assert plan.notice.title == f"关于印发《{TITLE}》的通知"
    assert plan.title == TITLE


def test_marks_that_are_no_markdown_stay() -> None:
    # a masked name at a line's start or inside it, a hashtag, a # with no space after it
    assert normalise("**县**镇人民政府") == "**县**镇人民政府"
    assert normalise("结合**镇实际") == "结合**镇实际"
    assert normalise("#某某话题#") == "#某某话题#"
    assert normalise("**某某工作要点") == "**某某工作要点"
    assert normalise("**镇2016年度考核办法**") == "**镇2016年度考核办法**"
    # the marks of a heading and of a bold label go
    assert normalise("## 政策全文") == "政策全文"
    assert normalise("**发布日期**：2025-12-22") == "发布日期:2025-12-22"
