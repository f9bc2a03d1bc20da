"""A plan's body printed as copies print it: the sections and tasks read as from the plain text."""

from __future__ import annotations

import rulegov
from rulegov.parse._frame import running_heads
from rulegov.parse._runon import with_wrapped_lines_joined
from rulegov.parse._text import split_lines

_TITLE = "某市2023年法治政府建设工作要点\n\n"


def _sections(text: str) -> list[tuple[str, str]]:
    plan = rulegov.parse_plan(_TITLE + text)
    return [(section.number, section.title) for section in plan.walk_sections()]


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    plan = rulegov.parse_plan(_TITLE + text)
    return [(tuple(task.path), task.title) for task in plan.tasks]


def test_numbers_a_font_prints_as_one_sign_number_items():
    text = "一、深化改革\n⑴推进简政放权。各单位要落实。\n⑵优化营商环境。要抓好。\n"
    assert _tasks(text) == [(("一", "（1）"), "推进简政放权"), (("一", "（2）"), "优化营商环境")]
    stopped = "一、深化改革\n⒈推进简政放权。各单位要落实。\n⒉优化营商环境。要抓好。\n"
    assert [path for path, _ in _tasks(stopped)] == [("一", "1"), ("一", "2")]


def test_a_heading_between_square_brackets_or_bold_marks_is_the_heading():
    text = (
        "【一、总体要求】\n坚持以习近平法治思想为指导。\n"
        "**二、主要任务**\n（一）加强组织领导。各单位要落实。\n（二）完善工作机制。要落实责任。\n"
    )
    assert _sections(text) == [("一", "总体要求"), ("二", "主要任务")]
    assert [title for _, title in _tasks(text)] == ["加强组织领导", "完善工作机制"]


def test_only_a_mark_that_opens_a_numbered_line_is_dropped():
    assert split_lines("【打印本页】")[0].text == "【打印本页】"
    assert split_lines("**镇2016年度考核办法**")[0].text == "**镇2016年度考核办法**"
    assert split_lines("【一、总体要求】")[0].text == "一、总体要求"


def test_decimal_points_under_chapters_are_the_chapters_sections():
    text = (
        "第一章　工作背景\n1.1政策环境与时代要求\n1.2基层治理现代化需求\n"
        "第二章　现状分析\n2.1工作成效概述\n2.2突出问题梳理\n"
    )
    assert _sections(text) == [
        ("第一章", "工作背景"),
        ("1.1", "政策环境与时代要求"),
        ("1.2", "基层治理现代化需求"),
        ("第二章", "现状分析"),
        ("2.1", "工作成效概述"),
        ("2.2", "突出问题梳理"),
    ]


def _paged(head: str) -> str:
    items = "".join(f"{n}.推进第{n}项工作。各单位要抓好落实。\n" for n in range(1, 9))
    lines = ["一、深化改革", *items.splitlines()]
    printed: list[str] = []
    for index, line in enumerate(lines, 1):
        printed.append(line)
        if index % 3 == 0:
            printed.extend([f"— {index // 3} —", head])
    return "\n".join(printed) + "\n"


def test_a_running_head_beside_the_page_numbers_is_dropped():
    plan = rulegov.parse_plan(_TITLE + _paged("某某区法治政府建设工作要点"))
    assert len(plan.tasks) == 8
    assert all("要点" not in task.text for task in plan.tasks)
    assert sum(note.code == "running-head" for note in plan.diagnostics) == 3


def test_a_gazettes_issue_beside_a_page_number_is_dropped_even_once():
    text = "一、深化改革\n1.推进简政放权。要落实。\n— 1 —\n某市人民政府公报　2023年第5期\n2.优化营商环境。要抓好。\n"
    plan = rulegov.parse_plan(_TITLE + text)
    assert [task.title for task in plan.tasks] == ["推进简政放权", "优化营商环境"]
    assert all("公报" not in task.text for task in plan.tasks)


def test_a_line_beside_one_page_number_of_many_stays_the_texts():
    lines = [f"{n}.推进第{n}项工作。各单位要抓好落实。" for n in range(1, 10)]
    printed = ["一、深化改革"]
    for index, line in enumerate(lines, 1):
        printed.append(line)
        if index % 2 == 0:
            printed.append(f"— {index // 2} —")
    printed.insert(printed.index("— 1 —") + 1, "二、优化服务")
    sections = _sections("\n".join(printed))
    assert ("二", "优化服务") in sections


def test_a_running_head_inside_a_table_cut_by_a_page_is_no_row():
    rows = [f"| {n} | 推进第{n}项工作 | 区司法局 |" for n in range(1, 7)]
    table = ["| 序号 | 工作任务 | 责任单位 |", "| --- | --- | --- |"]
    for index, row in enumerate(rows, 1):
        table.append(row)
        if index % 3 == 0:
            table.extend([f"— {index // 3} —", "某某区人民政府公报　2023年第5期"])
    plan = rulegov.parse_plan(_TITLE + "\n".join(table) + "\n")
    assert [task.title for task in plan.tasks] == [f"推进第{n}项工作" for n in range(1, 7)]


def test_a_paragraph_a_page_cuts_runs_on_over_its_page_number():
    paragraph = 3 * (
        "扎实推行市场准入一体化登记，探索变更登记“一键通”改革，配合有关部门推动数字标准地名地址库建设。"
        "实施企业注销登记“一件事”高效办理，依托企业注销“一网服务”专区，实现注销信息共享、联动办理。"
    )
    width = 28
    printed = [paragraph[at : at + width] for at in range(0, len(paragraph), width)]
    printed[4:4] = ["— 1 —", "", "某某市人民政府公报　2023年第5期"]  # the page ends mid-paragraph
    lines, _ = running_heads(split_lines("\n".join(printed)))
    texts = [line.text for line in with_wrapped_lines_joined(lines) if line.text]
    assert "—1—" in texts  # the page's number, a line of its own
    assert "".join(text for text in texts if text != "—1—") == paragraph.replace("，", ",")
    # the lines before and after the page's end are one paragraph, the page's lines out of it
    assert any((printed[3] + printed[7]).replace("，", ",") in text for text in texts)
