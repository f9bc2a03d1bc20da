"""Disclosure rows whose first label stands bare, and a table's caption set in a row of its own.

A disclosure block may print a row's first label bare before its value and the next field with
its colon: an organ's label before an organ's name (公开责任部门 某县人民政府办公室 公开形式:
主动公开) and the validity before its status word (有效性 有效 公开日期: …) are fields too, never
the title. A page that prints a division of work without a heading may set the annex's label and
the table's caption in rows of their own, their other cells empty (附件2 | | | over
某局工作责任分工表 | | |): the caption is the title, the label and the empty cells are not.
"""

from __future__ import annotations

from rulegov import parse_plan


def test_bare_labels_of_an_organ_and_of_the_validity_open_disclosure_rows() -> None:
    plan = parse_plan(
        "文件名称 某县人民政府办公室关于印发《某县2021年政务公开工作任务分解表》的通知\n"
        "索引号 abc/2021-15 公开目录: 县政府办\n"
        "公开责任部门 某县人民政府办公室 公开形式: 主动公开\n"
        "文号 某政办函〔2021〕12号 成文日期: 2021年04月23日\n"
        "有效性 有效 公开日期: 2021-04-23 20:25\n"
        "内容概述 现将《某县2021年政务公开工作任务分解表》印发给你们,并就有关事项通知如下:\n"
        "\n"
        "某县人民政府办公室关于印发《某县2021年政务公开工作任务分解表》的通知\n"
        "\n"
        "各镇人民政府,县政府各工作部门:\n"
        "\n"
        "现将《某县2021年政务公开工作任务分解表》印发给你们,并就有关事项通知如下:\n"
        "\n"
        "一、细化任务,夯实责任。各责任单位要细化分解任务。\n"
        "\n"
        "二、跟踪督导,严格奖惩。县政府办要定期跟踪督办。\n"
        "\n"
        "某县人民政府办公室\n"
        "\n"
        "2021年4月23日\n"
        "\n"
        "某县2021年政务公开工作任务分解表\n"
        "\n"
        "序号\n"
    )
    assert plan.title == "某县2021年政务公开工作任务分解表"
    assert plan.doc_number == "某政办函〔2021〕12号"


def test_a_caption_in_a_row_of_its_own_under_an_annex_label_is_the_title() -> None:
    plan = parse_plan(
        "附件2 | ||||||||\n"
        "某局全面推行行政执法制度工作责任分工表 | ||||||||\n"
        "类别 | 工作任务 | 工作措施 | 任务要求 | 责任科室 | 完成时限 | ||\n"
        "公示制度 | 制定公示制度 | 1.制定本部门行政执法公示制度 | 明确公示内容。 | 法规科 | 12月底前 |\n"
    )
    assert plan.title == "某局全面推行行政执法制度工作责任分工表"
