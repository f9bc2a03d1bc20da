"""Lines cut and joined before the structure is read (``rulegov.parse._runon``)."""

from __future__ import annotations

import rulegov
from rulegov.parse._runon import with_broken_labels_joined, with_wrapped_lines_joined
from rulegov.parse._text import Line, split_lines


def _joined(text: str) -> list[str]:
    return [line.text for line in with_wrapped_lines_joined(split_lines(text))]


def test_lines_a_column_or_two_short_of_the_width_count_as_full():
    # three lines of 20 characters (40 columns) and three of 19 plus a half-width sign (39):
    # together six lines of one width, give or take the slack, so the copy wraps at 40
    lines = ["法" * 20, "治" * 19 + "a", "建" * 20, "设" * 19 + "b", "工" * 20, "作" * 19 + "c"]
    assert _joined("\n".join([*lines, "完。"])) == ["".join(lines) + "完。"]


def test_too_few_lines_of_one_width_join_nothing():
    lines = ["法" * 20, "治" * 20, "建" * 20, "设" * 20, "短。"]
    assert _joined("\n".join(lines)) == lines


def test_lines_of_many_widths_are_not_a_wrapped_copy():
    lines = ["法" * width for width in range(18, 60)]
    assert _joined("\n".join(lines)) == lines


_STACKED = """某县2024年法治政府建设重点任务分工方案

序号
工作任务
责任单位
完成时限
1
健全依法决策机制严格落实重大行政决策程序规定
县司法局
2024年12月底
2
深化行政执法体制改革推进综合行政执法队伍建设
县综合执法局
2024年12月底
3
全面推行行政执法公示制度执法全过程记录制度等
县司法局
2024年12月底
4
加强行政复议规范化建设提升行政复议办案质量水
县司法局
2024年12月底
5
完善矛盾纠纷多元化解机制推动诉源治理工作落实
县委政法委
2024年12月底
6
推进法治宣传教育深入开展八五普法中期评估检查
县委宣传部
2024年12月底
"""


def test_a_table_one_cell_a_line_whose_task_cells_are_of_one_width_is_not_joined():
    assert _joined(_STACKED) == _STACKED.split("\n")
    plan = rulegov.parse_plan(_STACKED)
    assert [(task.number, task.assignments[0].unit_name) for task in plan.tasks] == [
        ("1", "县司法局"),
        ("2", "县综合执法局"),
        ("3", "县司法局"),
        ("4", "县司法局"),
        ("5", "县委政法委"),
        ("6", "县委宣传部"),
    ]


def test_lines_of_one_width_with_no_mark_are_a_lists_items_not_a_wrapped_paragraph():
    # one village a line: many lines of one width, none holds a comma or a stop
    villages = [
        "黔东南苗族侗族自治州丹寨县南皋乡石桥村",
        "黔东南苗族侗族自治州从江县高增乡占里村",
        "黔东南苗族侗族自治州雷山县丹江镇脚猛村",
        "黔南布依族苗族自治州贵定县沿山镇星溪村",
        "黔南布依族苗族自治州平塘县克度镇金星村",
        "黔西南布依族苗族自治州则戎镇冷洞村",
    ]
    assert _joined("\n".join(villages)) == villages


def test_a_width_that_many_lines_are_wider_than_is_no_wrap():
    lines = ["法治、" * 6 + "建设"] * 6 + ["法治、" * 10 + "建设。"] * 3
    assert _joined("\n".join(lines)) == lines


def test_measures_listed_after_their_label_stay_the_text_of_the_item_above():
    plan = rulegov.parse_plan(
        "某省工作要点\n一、推进六大行动\n（一）工业园区污染综合治理行动\n"
        "重点任务：（1）开展清理整顿。（2）加快设施建设。\n"
        "（二）农业面源污染综合治理行动\n重点任务：（1）加强养殖污染防治。（2）推进综合利用。\n"
    )
    assert [(task.path, task.title) for task in plan.tasks] == [
        (("一", "（一）"), "工业园区污染综合治理行动"),
        (("一", "（二）"), "农业面源污染综合治理行动"),
    ]
    assert "加快设施建设" in plan.tasks[0].text


def test_a_list_announced_by_a_paragraphs_colon_is_still_cut_into_items():
    plan = rulegov.parse_plan(
        "某区工作要点\n一、推进公开\n需要公开以下内容：1.预算信息。2.决算信息。\n"
    )
    assert [task.title for task in plan.tasks] == ["预算信息", "决算信息"]


class _CountedLines(list[Line]):
    """Lines that count how often one of them is read by index."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.reads += 1
        return super().__getitem__(index)


def test_blank_lines_cost_the_label_joining_steps_in_proportion_to_their_number():
    # each line looked ahead over every blank line after it: k blank lines cost k*k/2 steps
    def reads(blanks: int) -> int:
        lines = _CountedLines(
            split_lines("某县工作要点\n" + "\n" * blanks + "牵头单\n位：县司法局")
        )
        assert [line.text for line in with_broken_labels_joined(lines)][-1] == "牵头单位:县司法局"
        return lines.reads

    assert reads(4_000) / reads(1_000) < 8  # linear gives about 4, quadratic about 16


def _titles_and_units(text: str) -> list[tuple[str, list[tuple[str | None, str]]]]:
    plan = rulegov.parse_plan(text)
    return [
        (task.title, [(held.unit_name, held.role.value) for held in task.assignments])
        for task in plan.tasks
    ]


def test_a_heading_ending_in_a_label_word_over_a_whole_label_is_not_joined_into_a_longer_label():
    text = (
        "某县2023年普法工作要点\n一、主要任务\n（一）推进区域协同\n责任单位：县发改局\n"
        "（二）加强部门协作配合\n责任单位：县司法局、县财政局"
    )
    assert _titles_and_units(text) == [
        ("推进区域协同", [("县发改局", "responsible")]),
        ("加强部门协作配合", [("县司法局", "responsible"), ("县财政局", "responsible")]),
    ]
