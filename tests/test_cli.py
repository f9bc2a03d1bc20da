"""The rulegov command: output on standard output, one clear line on errors, documented exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import rulegov
from rulegov.cli import main
from rulegov.io import read_text

NAMES = {unit.id: unit.name for unit in rulegov.datasets.yancheng_2023().units}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_of_the_bundled_plan(capsys):
    code, out, err = run(capsys, "report")
    assert code == 0
    assert err == ""
    assert "中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划" in out
    assert "Issued by 区依法治区办 on 2023-05-10" in out
    assert "一、坚持政治引领,深入贯彻落实省委、市委和区党工委法治建设部署要求" in out
    assert "  16. 完善依法治区工作联络、沟通交流机制" in out
    assert "  执法协调小组:\n    10 组织开展全面依法治区各专项行动\n" in out
    assert (
        "  monitoring evaluation: 市对区法治建设年度监测评价 (task 11 强化法治建设年度监测评价机制)"
        in out
    )
    assert "targets: 2个以上" in out
    assert "5 sections, 16 tasks" in out


def test_no_command_runs_the_report(capsys):
    assert run(capsys)[1] == run(capsys, "report")[1]


def test_report_as_json(capsys):
    code, out, _ = run(capsys, "report", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["counts"]["tasks"] == 16
    assert data["counts"]["cited_documents"] == 8
    assert [s["number"] for s in data["sections"]] == ["一", "二", "三", "四", "五"]
    office = next(u for u in data["units"] if u["short_names"] == ["区依法治区办"])
    assert office["tasks_by_role"] == {"lead": 16}


def test_report_as_markdown(capsys):
    out = run(capsys, "report", "--format", "markdown")[1]
    assert out.startswith("# 中共盐城经济技术开发区")
    assert "\n## Assessments\n" in out


def test_report_of_a_json_file(capsys, tmp_path, small_plan_data):
    path = tmp_path / "plan.json"
    path.write_text(
        rulegov.Plan.model_validate(small_plan_data).model_dump_json(), encoding="utf-8"
    )
    code, out, _ = run(capsys, "report", str(path))
    assert code == 0
    assert "某区2024年法治建设工作要点" in out
    assert "  2. 开展专题述法" in out


def test_report_from_standard_input(capsys, monkeypatch, small_plan_data):
    data = rulegov.Plan.model_validate(small_plan_data).model_dump_json().encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "report", "-")
    assert code == 0
    assert "某区2024年法治建设工作要点" in out


def test_invalid_plan_is_one_line_and_exit_1(capsys, tmp_path, small_plan_data):
    small_plan_data["issuer_unit"] = "nobody"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(small_plan_data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "report", str(path))
    assert code == 1
    assert out == ""
    assert err == (
        f"rulegov: error: {path}: invalid Plan: issuer_unit: no unit has this id (got 'nobody')\n"
    )


def test_a_plan_file_with_a_deprecated_key_is_read_with_one_warning(capsys, tmp_path):
    data = json.loads(rulegov.datasets.yancheng_2023().model_dump_json())
    links = data["dependencies"]
    for link in links:
        link["lag_unit"] = link.pop("lag_time_unit")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(path))
    assert code == 0
    assert out.startswith(f"{path}: ok: 5 sections, 16 tasks")
    assert err == (
        "rulegov: warning: Dependency(lag_unit=...) is deprecated and will be removed in "
        f"rulegov 0.3.0; pass lag_time_unit= ({len(links)} times)\n"
    )


def test_missing_file_exit_1(capsys, tmp_path):
    code, _, err = run(capsys, "report", str(tmp_path / "none.json"))
    assert code == 1
    assert "cannot read the file" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["scheme", "evaluate --scheme"])
@pytest.mark.parametrize("name", ["none.txt", "folder"])
def test_a_scheme_document_that_cannot_be_opened_is_one_line(capsys, tmp_path, command, name):
    (tmp_path / "folder").mkdir()
    code, _, err = run(capsys, *command.split(), str(tmp_path / name))
    assert code == 1
    assert err.startswith(f"rulegov: error: {tmp_path / name}: cannot read the file")
    assert err.count("\n") == 1


def test_parse_writes_the_json_of_a_file_whose_name_is_not_utf8(tmp_path):
    name = os.fsdecode(b"plan\xff.txt")
    try:
        (tmp_path / name).write_text("2024年工作要点\n1.开展宪法宣传。\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "rulegov", "parse", name],
        capture_output=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["unsectioned_tasks"][0]["title"] == "开展宪法宣传"
    assert plan["source"]["name"] == "plan\\xff.txt"
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["status", "report"])
def test_a_missing_progress_file_is_one_line(capsys, tmp_path, command):
    plan = tmp_path / "plan.txt"
    plan.write_text("2024年工作要点\n1.开展宪法宣传。\n", encoding="utf-8")
    missing = tmp_path / "进展.csv"
    code, _, err = run(capsys, command, str(plan), "--progress", str(missing))
    assert (code, err) == (
        1,
        f"rulegov: error: {missing}: cannot read the file: No such file or directory\n",
    )


def test_an_error_that_names_its_file_names_it_once(capsys, tmp_path):
    document = tmp_path / "通知.txt"
    document.write_text("关于开展考核的通知\n请各单位认真落实。", encoding="utf-8")
    code, _, err = run(capsys, "scheme", str(document))
    assert code == 1
    assert err.startswith(f"rulegov: error: {document}:1: no appraisal item with points")
    assert err.count("通知.txt") == 1


def test_status_counts_working_days_on_the_bundled_calendar_of_its_date(capsys, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("2023年工作要点\n1.开展宪法宣传。\n", encoding="utf-8")
    code, _, err = run(capsys, "status", str(plan), "--as-of", "2025-06-03")
    assert code == 0
    assert "holds no holidays" not in err  # 2025 is bundled: no warning that it is not
    code, _, err = run(capsys, "status", str(plan), "--as-of", "2099-06-03")
    assert code == 0
    assert "holds no holidays for 2099" in err


def test_report_of_a_text_document(capsys, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(
        "某区2024年普法工作要点\n一、重点任务\n1.开展宪法宣传。\n牵头单位：区司法局\n".encode(
            "gb18030"
        )
    )
    code, out, _ = run(capsys, "report", str(path))
    assert code == 0
    assert "某区2024年普法工作要点" in out
    assert "lead: 区司法局" in out


def test_binary_file_is_one_clear_error(capsys, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "report", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith(f"rulegov: error: {path}")
    assert err.count("\n") == 1


def test_usage_error_exit_2(capsys):
    code, _, err = run(capsys, "report", "--format", "pdf")
    assert code == 2
    assert "invalid choice: 'pdf'" in err


def test_version(capsys):
    assert run(capsys, "--version")[1] == f"rulegov {rulegov.__version__}\n"


COMMANDS = ("report", "evaluate", "schedule", "graph", "export", "parse", "validate", "schema")


@pytest.mark.parametrize("argv", [["--help"], *([command, "--help"] for command in COMMANDS)])
def test_help_exits_0_with_examples(capsys, argv):
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.startswith(f"usage: rulegov {argv[0] if len(argv) > 1 else ''}".rstrip())
    assert ("examples:\n  rulegov " in out) == (len(argv) > 1)


def test_console_script_is_installed():
    result = subprocess.run(
        [sys.executable, "-m", "rulegov.cli", "report", "--format", "json"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["issuer"] == "区依法治区办"


def test_report_of_the_bundled_plan_ranks_the_illustrative_appraisal(capsys):
    out = run(capsys, "report")[1]
    section = out.split("Appraisal: 盐城经开区2023年度全面依法治区工作考核细则（示例）")[1]
    head, *rows = [line for line in section.strip().splitlines()[1:] if line.strip()]
    assert head.split() == ["rank", "unit", "score", "grade", "reason"]
    lines = [line.split() for line in rows]
    assert lines[0][:4] == ["1", "区司法局", "100.49", "fail"]
    # the grade a rule forced names the rule
    assert "veto 'major-incident'" in rows[0]
    assert [row[1] for row in lines] == [
        "区司法局",
        "区人社局",
        "步凤镇",
        "区市场监管局",
        "新城街道",
        "区公安分局",
    ]


def test_report_of_a_file_has_no_appraisal_unless_asked(capsys, tmp_path, small_plan_data):
    path = tmp_path / "plan.json"
    path.write_text(
        rulegov.Plan.model_validate(small_plan_data).model_dump_json(), encoding="utf-8"
    )
    assert "Appraisal" not in run(capsys, "report", str(path))[1]
    assert json.loads(run(capsys, "report", str(path), "--format", "json")[1])["appraisal"] == []


def test_report_of_a_file_refuses_data_without_a_scheme(capsys, tmp_path, small_plan_data):
    # --data was read only with --scheme: given alone with a plan file it was passed over, and
    # the report came out without the appraisal asked for, without a word
    path = tmp_path / "plan.json"
    path.write_text(
        rulegov.Plan.model_validate(small_plan_data).model_dump_json(), encoding="utf-8"
    )
    data = tmp_path / "data.json"
    data.write_text('{"区司法局": {"t1": 1}}', encoding="utf-8")
    code, out, err = run(capsys, "report", str(path), "--data", str(data))
    assert code == 2
    assert out == ""
    assert "--data" in err.splitlines()[-1]
    assert "--scheme" in err.splitlines()[-1]


def test_evaluate_ranks_the_bundled_units(capsys):
    code, out, _ = run(capsys, "evaluate", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["rank"], r["unit"], r["display"], r["grade"]) for r in rows][:2] == [
        (1, "区司法局", "100.49", "fail"),
        (2, "区人社局", "95.23", "good"),
    ]


def test_evaluate_explains_a_unit(capsys):
    code, out, _ = run(capsys, "evaluate", "--explain", "区司法局")
    assert code == 0
    assert "veto 'major-incident'" in out
    assert "force 'fail'" in out


def test_evaluate_with_files(capsys, tmp_path):
    scheme = {"id": "s", "root": {"id": "all", "children": [{"id": "a"}, {"id": "b", "weight": 3}]}}
    (tmp_path / "scheme.json").write_text(json.dumps(scheme), encoding="utf-8")
    (tmp_path / "data.json").write_text(
        json.dumps({"x": {"a": 1, "b": 0}, "y": {"a": 0, "b": 1}}), encoding="utf-8"
    )
    code, out, _ = run(
        capsys,
        "evaluate",
        "--scheme",
        str(tmp_path / "scheme.json"),
        "--data",
        str(tmp_path / "data.json"),
        "--format",
        "json",
    )
    assert code == 0
    assert [(r["unit"], r["score"]) for r in json.loads(out)] == [("y", 0.75), ("x", 0.25)]


def test_evaluate_bad_scheme_is_one_line(capsys, tmp_path):
    scheme = {"id": "s", "root": {"id": "all", "children": [{"id": "a", "weight": -1}]}}
    (tmp_path / "scheme.json").write_text(json.dumps(scheme), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", "--scheme", str(tmp_path / "scheme.json"))
    assert code == 1
    assert out == ""
    where = tmp_path / "scheme.json"
    assert err.splitlines() == [
        f"rulegov: error: {where}: invalid Scheme: root.children: node 'all': the children's weights add up to 0 (got 0)",
        f"rulegov: error: {where}: invalid Scheme: root.children[0].weight: node 'a': a weight must be 0 or more (got -1.0)",
    ]


def test_evaluate_writes_html_for_the_ranking_and_for_one_explanation(capsys):
    code, out, err = run(capsys, "evaluate", "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith("<div")
    assert "<th" in out
    assert "区司法局" in out
    assert "<script" not in out
    code, out, err = run(capsys, "evaluate", "--format", "html", "--explain", "区司法局")
    assert (code, err) == (0, "")
    assert "<b>区司法局</b>: 100.49" in out


def test_evaluate_data_that_is_not_json(capsys, tmp_path):
    (tmp_path / "data.json").write_text("{unit: 1", encoding="utf-8")
    code, _, err = run(capsys, "evaluate", "--data", str(tmp_path / "data.json"))
    assert code == 1
    assert "the appraisal data is not valid JSON" in err


def test_evaluate_names_the_data_file_in_an_error_about_a_units_rule_input(capsys, tmp_path):
    scheme = tmp_path / "scheme.json"
    scheme.write_text(
        json.dumps(
            {"id": "s", "root": {"id": "total", "children": [
                {"id": "a", "points": 10, "start_full": True}]},
             "rules": [{"kind": "deduction", "id": "d1", "node": "a", "input": "cases",
                        "points": 1}]}
        ),
        encoding="utf-8",
    )  # fmt: skip
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"区司法局": {"cases": -3}}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", "--scheme", str(scheme), "--data", str(data))
    assert (code, out) == (1, "")
    assert err.startswith(f"rulegov: error: {data}: unit '区司法局', rule 'd1', input 'cases': ")
    assert "must not be negative (got -3)" in err


def test_parse_a_document_to_json(capsys, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(rulegov.datasets.yancheng_2023_text(), encoding="utf-8")
    code, out, err = run(capsys, "parse", str(source))
    plan = rulegov.Plan.model_validate_json(out)
    assert code == 0
    assert [t.title for t in plan.tasks] == [
        t.title for t in rulegov.datasets.yancheng_2023().tasks
    ]
    assert "[no-units]" in err


def test_parse_to_a_file_and_read_it_back(capsys, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text("2024年工作要点\n1.召开会议。\n责任单位：区司法局", encoding="utf-8")
    target = tmp_path / "plan.json"
    assert run(capsys, "parse", str(source), "-o", str(target), "--quiet") == (0, "", "")
    assert rulegov.read_plan(target).tasks[0].responsible_units == ["区司法局"]


def test_parse_from_standard_input(capsys, monkeypatch):
    raw = "2024年工作要点\n1.召开会议。\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, _ = run(capsys, "parse", "-")
    assert code == 0
    assert json.loads(out)["title"] == "2024年工作要点"


def test_validate_many_files_with_progress(capsys, tmp_path, small_plan_data):
    good = tmp_path / "good.json"
    good.write_text(
        rulegov.Plan.model_validate(small_plan_data).model_dump_json(), encoding="utf-8"
    )
    small_plan_data["issuer_unit"] = "nobody"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(small_plan_data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert out == f"{good}: ok: 1 section, 2 tasks, 3 units, 0 diagnostics\n"
    assert f"[1/2] {good}" in err
    assert f"[2/2] {bad}" in err
    assert (
        f"rulegov: error: {bad}: invalid Plan: issuer_unit: no unit has this id (got 'nobody')\n"
        in err
    )


def test_schema_commands(capsys):
    plan_schema = json.loads(run(capsys, "schema")[1])
    assert plan_schema == json.loads(json.dumps(rulegov.plan_json_schema()))
    scheme_schema = json.loads(run(capsys, "schema", "scheme")[1])
    assert scheme_schema["title"] == "Scheme"


def test_an_output_file_with_many_inputs_is_a_usage_error(capsys, tmp_path):
    target = tmp_path / "x.json"
    target.write_text("{}", encoding="utf-8")
    code, out, err = run(capsys, "parse", "a.txt", "b.txt", "-o", str(target))
    assert (code, out) == (2, "")
    assert err.startswith("usage: rulegov parse ")
    assert err.endswith(
        f"rulegov parse: error: -o/--output: {target} is a file; with 2 inputs give a folder, "
        "or none to write JSON Lines to standard output\n"
    )
    assert target.read_text(encoding="utf-8") == "{}"


def test_report_shows_the_schedule_of_the_bundled_plan(capsys):
    out = run(capsys, "report")[1]
    section = out.split("Schedule\n========\n\n")[1].split("\n\n")[0]
    lines = section.splitlines()
    assert lines[0] == "  168 working days from 2023-05-10 to 2024-01-08"
    assert lines[1] == "  wave 1:"
    assert (
        lines[2]
        == "    1 推动党的二十大精神和习近平法治思想学习宣传贯彻不断深入 (2023-05-10 to 2023-12-29)"
    )
    assert "t9.m4" not in section
    assert "a-t4-duty-report" not in section
    assert lines[-1] == (
        "  critical chain: 4 › 党政主要负责人履行推进法治建设第一责任人职责年终述职 -> "
        "4 › 纳入法治建设考核指标体系"
    )


def test_report_json_has_the_schedule(capsys):
    data = json.loads(run(capsys, "report", "--format", "json")[1])
    assert data["schedule"]["duration"] == 168
    assert data["schedule"]["finish"] == "2024-01-08"
    assert data["schedule"]["waves"][-1] == [
        {
            "id": "t9.m4",
            "name": "9 › 适时开展实地督导",
            "start": "2023-05-24",
            "finish": "2023-05-30",
            "slack": 153,
        }
    ]
    assert data["schedule"]["missed"] == []


def test_schedule_command_text_and_formats(capsys):
    code, out, _ = run(capsys, "schedule")
    assert code == 0
    assert out.splitlines()[:2] == ["duration: 168 working days", "finish: 2024-01-08"]
    gantt = run(capsys, "schedule", "--format", "gantt")[1]
    assert gantt.startswith("gantt")
    assert "2023-05-10" in gantt
    ical = run(capsys, "schedule", "--format", "ical")[1]
    assert ical.startswith("BEGIN:VCALENDAR")
    assert json.loads(run(capsys, "schedule", "--format", "json")[1])


def test_schedule_with_another_start_and_calendar_days(capsys):
    out = run(capsys, "schedule", "--start", "2023-06-01", "--calendar", "none")[1]
    assert out.splitlines()[0].endswith(" days")
    assert "working" not in out.splitlines()[0]


def test_schedule_bad_start_date(capsys):
    code, _, err = run(capsys, "schedule", "--start", "2023-02-30")
    assert code == 1
    assert err == "rulegov: error: --start: expected a date as YYYY-MM-DD (got '2023-02-30')\n"


@pytest.mark.parametrize(
    ("fmt", "start"),
    [("mermaid", "flowchart"), ("dot", "digraph"), ("graphml", "<graphml"), ("json", "{")],
)
def test_graph_exports(capsys, fmt, start):
    code, out, _ = run(capsys, "graph", "--format", fmt)
    assert code == 0
    assert out.startswith(start)
    assert out == run(capsys, "graph", "--format", fmt)[1]


def test_report_outline_keeps_nesting_and_unsectioned_tasks(capsys, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        "某区2024年工作要点\n"
        "一、重点任务\n"
        "（一）推进依法行政\n"
        "1.开展案卷评查。\n"
        "牵头单位：区司法局\n"
        "完成时限：2024年6月底前\n",
        encoding="utf-8",
    )
    out = run(capsys, "report", str(path))[1]
    outline = out.split("Outline\n=======\n\n")[1].split("\n\n")[0].splitlines()
    assert outline == [
        "一、重点任务",
        "  （一）推进依法行政",
        "    1. 开展案卷评查",
        "       lead: 区司法局",
        "       due: 2024-06-30",
        "       checked by: case file review",  # 案卷评查 is read as an assessment of the task
    ]
    flat = tmp_path / "flat.txt"
    flat.write_text("某区2024年工作要点\n1.开展案卷评查。\n2.开展普法宣传。\n", encoding="utf-8")
    outline = run(capsys, "report", str(flat))[1].split("Outline\n=======\n\n")[1].split("\n\n")[0]
    assert outline.splitlines() == [
        "  1. 开展案卷评查",
        "     checked by: case file review",
        "  2. 开展普法宣传",
    ]


def test_report_without_any_date_still_reports(capsys, tmp_path):
    plan = rulegov.Plan.model_validate(
        {
            "title": "无日期的计划",
            "unsectioned_tasks": [
                {
                    "id": "t1",
                    "number": "1",
                    "path": ["1"],
                    "title": "开展案卷评查",
                    "timeframe": {"kind": "deadline", "end": "2024-06-30"},
                }
            ],
        }
    )
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    code, out, err = run(capsys, "report", str(path))
    assert code == 0
    assert "  1. 开展案卷评查" in out
    assert "Schedule" not in out
    assert err.startswith("rulegov: warning: no schedule: ")
    assert "no start date" in err


def test_report_as_a_self_contained_html_page(capsys):
    out = run(capsys, "report", "--format", "html")[1]
    assert out.startswith("<!DOCTYPE html>")
    assert out.rstrip().endswith("</body></html>")
    assert "<title>中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划</title>" in out
    assert "<script" not in out.lower()
    assert "http://" not in out
    assert "https://" not in out
    assert "执法协调小组" in out
    assert "Critical chain: 4 › 党政主要负责人履行推进法治建设第一责任人职责年终述职" in out
    assert "区司法局" in out


def test_html_report_escapes_the_plan(capsys, tmp_path):
    plan = rulegov.Plan(title="<script>alert(1)</script>计划")
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    out = run(capsys, "report", str(path), "--format", "html")[1]
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;计划" in out


def test_export_csv_to_standard_output_reads_back(capsys, tmp_path):
    code, out, _ = run(capsys, "export", "--to", "csv")
    assert code == 0
    assert (
        out.splitlines()[0]
        == "\ufeff一级任务,序号,工作任务,具体措施,牵头单位,责任单位,配合单位,完成时限"
    )
    path = tmp_path / "tasks.csv"
    path.write_text(out, encoding="utf-8")
    plan = rulegov.read_plan(path)
    reference = rulegov.datasets.yancheng_2023()
    assert [t.title for t in plan.tasks] == [t.title for t in reference.tasks]
    assert plan.task("12").cooperating_units == ["区有关部门", "司法所"]


def test_export_xlsx_needs_a_file(capsys, tmp_path):
    code, _, err = run(capsys, "export", "--to", "xlsx")
    assert code == 1
    assert (
        err
        == "rulegov: error: --to xlsx writes a binary file: give one with -o/--output FILE.xlsx\n"
    )
    target = tmp_path / "tasks.xlsx"
    assert run(capsys, "export", "--to", "xlsx", "-o", str(target))[0] == 0
    assert len(rulegov.read_plan(target).tasks) == 16


def test_export_suffix_must_match(capsys, tmp_path):
    code, _, err = run(capsys, "export", "--to", "csv", "-o", str(tmp_path / "tasks.xlsx"))
    assert code == 1
    assert "a csv table needs a .csv file" in err


def test_export_ical(capsys, tmp_path):
    out = run(capsys, "export", "--to", "ical")[1]
    assert out.startswith("BEGIN:VCALENDAR")
    assert out.rstrip().endswith("END:VCALENDAR")
    target = tmp_path / "plan.ics"
    assert run(capsys, "export", "--to", "ical", "-o", str(target))[0] == 0
    assert target.read_bytes().decode("utf-8") == out  # RFC 5545 lines end in CRLF


def test_evaluate_the_units_of_a_plan_on_its_progress(capsys, tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    plan.task("9").progress.append(rulegov.ProgressReport(on="2023-09-30", status="completed"))
    plan.task("12").progress.append(
        rulegov.ProgressReport(
            on="2023-09-30", unit="u-judicial-offices", status="in_progress", percent_complete=50
        )
    )
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path), "--format", "json")
    rows = {row["unit"]: row for row in json.loads(out)}
    assert code == 0
    # a unit's value is what its own reports show, whatever its role: 司法所 holds task 12, at 50 %
    assert rows[NAMES["u-judicial-offices"]]["score"] == pytest.approx(0.5)
    # 各部门 cooperates on tasks 1, 6 and 9; task 9's report names no unit, so it is the lead's
    # work, not 各部门's: nothing for nothing
    assert rows[NAMES["u-departments"]]["score"] == 0
    # the office leads all 16: task 9 done (1); task 12's report is 司法所's own
    assert rows[NAMES["u-office"]]["score"] == pytest.approx(1 / 16)
    assert rows[NAMES["u-judicial-offices"]]["rank"] == 1
    assert err == (
        f"{path}: info: progress reports that name no unit were credited to the task's lead "
        "units (牵头), or its responsible units where it has no lead, not to the others: tasks t9; "
        "name the reporting unit to credit another [unnamed-reports]\n"
    )


def test_evaluate_a_plan_before_its_work_ignores_later_reports(capsys, tmp_path):
    plan = rulegov.datasets.yancheng_2023()
    plan.task("9").progress.append(rulegov.ProgressReport(on="2023-09-30", status="completed"))
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    rows = json.loads(
        run(capsys, "evaluate", str(path), "--on", "2023-06-30", "--format", "json")[1]
    )
    assert {row["unit"]: row["score"] for row in rows}[NAMES["u-office"]] == 0


def test_evaluate_a_plan_without_a_period_needs_a_day(capsys, tmp_path, small_plan_data):
    path = tmp_path / "plan.json"
    path.write_text(
        rulegov.Plan.model_validate(small_plan_data).model_dump_json(), encoding="utf-8"
    )
    code, _, err = run(capsys, "evaluate", str(path))
    assert code == 1
    assert (
        err
        == "rulegov: error: --on: the plan has no period; give the day of the evaluation as YYYY-MM-DD\n"
    )


def test_json_errors_name_the_file_one_line_each(capsys, tmp_path, monkeypatch):
    (tmp_path / "a.json").write_text('{"title": 5}', encoding="utf-8")
    (tmp_path / "b.json").write_text("[1, 2]", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert code == 1
    assert out == ""
    assert [line for line in err.splitlines() if line.startswith("rulegov:")] == [
        f"rulegov: error: {tmp_path / 'a.json'}: invalid Plan: title: Input should be a valid string (got 5)",
        f"rulegov: error: {tmp_path / 'b.json'}: invalid Plan: (root): expected a plan's JSON, an object ({{…}}), not an array (got [1, 2])",
    ]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"title": 5}')))
    assert run(capsys, "report", "-")[2] == (
        "rulegov: error: <stdin>: invalid Plan: title: Input should be a valid string (got 5)\n"
    )


@pytest.mark.parametrize(
    ("argv", "target"),
    [
        (["export", "--to", "csv", "-o"], "missing/tasks.csv"),
        (["export", "--to", "xlsx", "-o"], "missing/tasks.xlsx"),
        (["export", "--to", "ical", "-o"], "missing/plan.ics"),
        (["export", "--to", "ical", "-o"], ""),
        (["parse", "-", "-o"], "missing/plan.json"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line(capsys, tmp_path, monkeypatch, argv, target):
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(b"2023\xe5\xb9\xb4\n1.\xe4\xbb\xbb"))
    )
    where = str(tmp_path / target) if target else str(tmp_path)  # a folder is not a file
    code, out, err = run(capsys, *argv, where)
    assert code == 1
    assert out == ""
    error_lines = [line for line in err.splitlines() if line.startswith("rulegov:")]
    reason = "No such file or directory" if target else "Is a directory"
    assert error_lines == [f"rulegov: error: {where}: cannot write the file: {reason}"]
    assert "Traceback" not in err
    assert "Exception ignored" not in err


@pytest.mark.slow
def test_a_start_at_the_end_of_time_is_one_line(capsys):
    code, out, err = run(capsys, "schedule", "--start", "9999-12-31")
    assert (code, out) == (1, "")
    assert re.fullmatch(
        r"rulegov: error: day \d+ of a schedule that starts 9999-12-31 falls outside the dates "
        r"Python can hold \(0001-01-01 to 9999-12-31\); choose nearer dates, shorter durations "
        r"or smaller lags\n",
        err,
    )


def test_evaluate_a_plan_on_an_indicator_it_has_no_values_for(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    # the reference plan's tasks have no deadlines: nothing can be on time or late
    code, out, err = run(capsys, "evaluate", str(path), "--indicator", "on_time")
    assert (code, out) == (1, "")
    assert err == (
        "rulegov: error: --indicator on_time: no task of the plan has a value on 2023-12-31; "
        "it needs deadlines, and progress reports or a day after them\n"
    )


def test_evaluate_leaves_out_units_without_values_and_says_so(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    code, out, err = run(
        capsys, "evaluate", str(path), "--indicator", "assessments_passed", "--format", "json"
    )
    assert code == 0
    # only tasks 3, 4, 7, 9, 10 and 11 are assessed; the office leads them all, 各部门 cooperates on 9
    assert [row["unit"] for row in json.loads(out)] == [NAMES["u-office"], NAMES["u-departments"]]
    assert err.splitlines() == [
        f"rulegov: warning: unit {unit!r} left out: none of its tasks has a value "
        "for assessments_passed on 2023-12-31"
        for unit in (
            NAMES[u] for u in ("u-political-legal", "u-relevant-departments", "u-judicial-offices")
        )
    ]


@pytest.mark.parametrize("option", ["--data", "--scheme"])
def test_json_nested_too_deeply_is_one_line(capsys, tmp_path, option):
    path = tmp_path / "deep.json"
    path.write_text('{"unit": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, out, err = run(capsys, "evaluate", option, str(path))
    what = "appraisal data" if option == "--data" else "scheme"
    assert (code, out) == (1, "")
    assert err == f"rulegov: error: {path}: the {what} is nested too deeply to read\n"


@pytest.mark.parametrize("command", ["report", "schedule", "graph", "export", "parse", "validate"])
def test_every_command_that_reads_a_plan_names_every_format(capsys, tmp_path, command):
    _, out, _ = run(capsys, command, "--help")
    assert "a plan file (.txt, .html, .pdf, .docx, .json, .csv, .xlsx), or -" in " ".join(
        out.split()
    )
    # and a task table is read as one, by every command
    table = tmp_path / "tasks.csv"
    assert run(capsys, "export", "--to", "csv", "-o", str(table))[0] == 0
    argv = [command, str(table)] + (["--to", "csv"] if command == "export" else [])
    code, out, _ = run(capsys, *argv)
    assert code == 0
    if command == "validate":
        assert out == f"{table}: ok: 5 sections, 16 tasks, 5 units, 0 diagnostics\n"
    else:
        assert "严格落实法治建设责任制" in out


def test_report_outline_names_groups_and_checks_per_task(capsys):
    out = run(capsys, "report")[1]
    outline = out.split("Outline\n=======\n\n")[1].split("\n\n")[0]
    task10 = (
        outline.split("  10. 组织开展全面依法治区各专项行动\n")[1].split("  11. ")[0].splitlines()
    )
    assert task10 == [
        "     lead: 工委全面依法治区委员会办公室",
        "     run by: 执法协调小组, 司法协调小组, 守法普法协调小组",
        "     checked by: case file review, special campaign",
    ]
    task4 = outline.split("  4. 严格落实法治建设责任制\n")[1].split("二、")[0].splitlines()
    assert task4[-1] == (
        "     checked by: duty report, democratic appraisal, appraisal, rule of law duty report"
    )


def test_validate_reports_departures_from_the_document_standard(capsys, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(
        "某政发[2022]3号\n关于印发2023年工作要点的通知\n现将要点印发给你们。\n"
        "附件：1.2023年工作要点\n　　　2.联络员名单\n某县人民政府\n2023年5月10日\n"
        "附件1\n2023年工作要点\n一、加强领导\n1.召开会议。\n牵头单位：县司法局\n"
        "抄送：市司法局。\n某县人民政府办公室　2023年5月1日印发\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", str(path))
    assert code == 0
    assert "1 task," in out
    lines = err.splitlines()
    for place, code_name in [
        (":1:1:", "doc-number-form"),
        (":1:1:", "doc-number-year"),
        (":2:1:", "no-recipients"),
        (":5:6:", "attachment-absent"),
        (":14:11:", "printed-before-written"),
    ]:
        assert any(place in line and f"[{code_name}]" in line for line in lines), code_name


def test_validate_checks_the_frame_of_a_json_plan(capsys, tmp_path):
    plan = rulegov.Plan(
        title="2023年工作要点",
        frame=rulegov.Frame(kind="notice", doc_number=rulegov.DocNumber.read("某政发(2023)3号")),
    )
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    code, _, err = run(capsys, "validate", str(path))
    assert code == 0
    assert "[doc-number-form]" in err
    assert "[no-recipients]" in err


def test_scheme_command_reads_an_appraisal_table_saved_as_csv(capsys, tmp_path):
    document = tmp_path / "细则.csv"
    document.write_text(
        "序号,考核项目,分值,评分标准\n1,组织领导,10,未成立的扣10分\n2,依法行政,90,每发现一处问题扣1分\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "scheme", str(document))
    assert (code, err) == (0, "")
    scheme = rulegov.Scheme.model_validate_json(out)
    assert [(node.name, node.points) for node in scheme.root.children] == [
        ("组织领导", 10.0),
        ("依法行政", 90.0),
    ]


def test_scheme_command_writes_the_json_of_an_appraisal_document(capsys, tmp_path):
    document = tmp_path / "细则.txt"
    document.write_text(
        "考核细则（满分100分）\n一、组织领导（10分）：未成立领导小组的扣10分。\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "scheme", str(document))
    assert code == 0
    scheme = rulegov.Scheme.model_validate_json(out)
    assert scheme.rules[0].reason == "未成立领导小组的扣10分"
    assert "points-mismatch" in err
    target = tmp_path / "scheme.json"
    assert run(capsys, "scheme", str(document), "-o", str(target))[0] == 0
    assert rulegov.Scheme.model_validate_json(target.read_text(encoding="utf-8")) == scheme
    data = tmp_path / "data.json"
    data.write_text(
        json.dumps({"区司法局": {"1-1": 1}, "区公安分局": {"1-1": 0}}), encoding="utf-8"
    )
    code, out, _ = run(capsys, "evaluate", "--scheme", str(document), "--data", str(data))
    assert code == 0
    assert [line.split()[1:3] for line in out.splitlines()[1:]] == [
        ["区公安分局", "10.00"],
        ["区司法局", "0.00"],
    ]


def test_scheme_command_lists_the_data_to_collect(capsys, tmp_path):
    document = tmp_path / "细则.txt"
    document.write_text(
        "考核细则（满分20分）\n一、组织领导（10分）：未成立领导小组的扣10分。\n"
        "二、学法用法（10分）：每迟报一次扣1分。\n发生重大违法案件的，实行一票否决。\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "scheme", str(document), "--inputs")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["input", "kind", "item", "what", "to", "give"]
    scheme = rulegov.read_scheme(document)
    assert [line.split()[0] for line in lines[1:]] == [item.key for item in scheme.inputs()]
    assert any("count" in line and "未成立领导小组的扣10分" in line for line in lines)
    target = tmp_path / "inputs.txt"
    assert run(capsys, "scheme", str(document), "--inputs", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == out


def test_scheme_command_lists_the_rules_of_criteria_under_their_item(capsys, tmp_path):
    document = tmp_path / "细则.txt"
    document.write_text(
        "考核细则\n一、执法主体（10分）\n1. 未按规定亮证执法的，每发现一次扣1分；\n"
        "2. 执法人员无执法证件的，扣2分。\n二、执法程序（10分）：程序合法。\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "scheme", str(document), "--inputs")
    assert code == 0
    rows = [line.split(None, 3) for line in out.splitlines()[1:]]
    assert [row[:2] for row in rows] == [["1.1-1", "count"], ["1.2-1", "count"], ["2", "value"]]
    assert rows[0][2:] == ["1.1", "(criterion of 1)  1. 未按规定亮证执法的，每发现一次扣1分"]


def test_scheme_command_names_the_file_without_items(capsys, tmp_path):
    document = tmp_path / "通知.txt"
    document.write_text("关于开展考核的通知\n请各单位认真落实。", encoding="utf-8")
    code, _, err = run(capsys, "scheme", str(document))
    assert code == 1
    assert "通知.txt" in err
    assert "no appraisal item with points" in err


def test_explain_takes_a_units_name_alias_or_id_and_names_the_closest(capsys, tmp_path):
    plan = rulegov.Plan(
        title="计划",
        units=[{"id": "u1", "name": "区司法局", "aliases": ["司法局"]}, {"id": "u2", "name": "区公安分局"}],
        sections=[
            {"id": "s1", "number": "一", "level": 1, "title": "一", "tasks": [
                {"id": "t1", "number": "1", "path": ["一", "1"], "title": "任务",
                 "assignments": [{"unit": "u1", "role": "lead"},
                                 {"unit": "u2", "role": "cooperating"}],
                 "progress": [{"on": "2023-06-20", "unit": "u1", "status": "completed"}]}]}],
    )  # fmt: skip
    path = tmp_path / "plan.json"
    path.write_text(plan.model_dump_json(), encoding="utf-8")
    for name in ("区司法局", "司法局", "u1"):
        code, out, _ = run(capsys, "evaluate", str(path), "--on", "2023-12-31", "--explain", name)
        assert code == 0
        assert out.startswith("区司法局: 1.00")
    code, out, _ = run(capsys, "evaluate", str(path), "--on", "2023-12-31")
    assert "u1" not in out
    assert "区公安分局" in out
    code, _, err = run(capsys, "evaluate", str(path), "--on", "2023-12-31", "--explain", "公安局")
    assert code == 1
    assert "did you mean '区公安分局'?" in err


NESTED = (
    "某区2024年工作要点\n"
    "一、重点任务\n"
    "（一）推进依法行政\n"
    "1.开展案卷评查。\n"
    "牵头单位：区司法局\n"
    "（二）加强普法\n"
    "2.开展普法宣传。\n"
    "二、保障措施\n"
    "3.加强督察。\n"
)


def test_report_and_validate_say_which_sections_they_count(capsys, tmp_path):
    path = tmp_path / "nested.txt"
    path.write_text(NESTED, encoding="utf-8")
    report = run(capsys, "report", str(path))[1]
    assert "2 sections (4 with subsections), 3 tasks, 1 unit, " in report
    verdict = run(capsys, "validate", str(path))[1]
    assert verdict.startswith(f"{path}: ok: 2 sections (4 with subsections), 3 tasks, 1 unit, ")


def _markdown_tree(text: str) -> list:
    return MarkdownIt("commonmark").enable("table").parse(text)


def _shown(token) -> str:
    """The text a renderer shows for an inline token (escapes resolved, markup left out)."""
    return "".join(child.content for child in token.children if child.type == "text")


def _tables(tokens: list) -> dict[str, list[list[str]]]:
    """Each table under a level-2 heading, as rows of cell texts (the header row first)."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            heading = tokens[index + 1].content
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(_shown(tokens[index + 1]))
        elif token.type == "tr_close":
            tables.setdefault(heading, []).append(row)
    return tables


def test_markdown_report_renders_lists_and_tables_with_headers(capsys):
    out = run(capsys, "report", "--format", "markdown")[1]
    tokens = _markdown_tree(out)
    tables = _tables(tokens)
    assert tables["Units"][0] == ["unit", "short names", "kind", "tasks by role"]
    assert [
        "中共盐城经济技术开发区工委全面依法治区委员会办公室",
        "区依法治区办",
        "office",
        "lead 16",
    ] in tables["Units"]
    assert tables["Coordination groups"][:2] == [
        ["group", "tasks"],
        ["执法协调小组", "10 组织开展全面依法治区各专项行动"],
    ]
    assert tables["Assessments"][0] == ["task", "kind", "assessment"]
    assert [
        "11 强化法治建设年度监测评价机制",
        "monitoring evaluation",
        "市对区法治建设年度监测评价",
    ] in tables["Assessments"]
    assert tables["Dependencies"][0] == ["predecessor", "successor", "type", "origin"]
    assert tables["Schedule"][0] == [
        "wave",
        "task, measure or assessment",
        "start",
        "finish",
        "slack (working days)",
    ]
    assert tables["Schedule"][-1] == [
        "5",
        "9 › 适时开展实地督导",
        "2023-05-24",
        "2023-05-30",
        "153",
    ]
    assert tables["Appraisal: 盐城经开区2023年度全面依法治区工作考核细则（示例）"][:2] == [
        ["rank", "unit", "score", "grade", "reason"],
        [
            "1",
            "区司法局",
            "100.49",
            "fail (不合格)",
            "veto 'major-incident' (发生重大法治事件，造成恶劣影响的，一票否决): force 'fail'",
        ],
    ]
    # the outline is a nested bullet list: sections, then tasks, then their facts
    depths = [token.level for token in tokens if token.type == "bullet_list_open"]
    assert min(depths) == 0
    assert max(depths) >= 4
    assert not any(token.type == "ordered_list_open" for token in tokens)
    items = [_shown(token) for token in tokens if token.type == "inline"]
    assert "1. 推动党的二十大精神和习近平法治思想学习宣传贯彻不断深入" in items
    assert "lead: 工委全面依法治区委员会办公室" in items
    assert not any(token.type == "paragraph_open" and token.level == 0 for token in tokens[:12])


def test_markdown_report_names_no_internal_ids(capsys):
    out = run(capsys, "report", "--format", "markdown")[1]
    plan = rulegov.datasets.yancheng_2023()
    ids = [task.id for task in plan.tasks] + [a.id for a in plan.assessments]
    ids += [measure.id for task in plan.tasks for measure in task.measures]
    words = set(re.findall(r"[\w.-]+", out))
    assert sorted(set(ids) & words) == []


def test_markdown_cells_escape_pipes_and_markup(capsys, tmp_path, small_plan_data):
    small_plan_data["units"][0]["name"] = "区司法局|*法治*<b>"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(small_plan_data, ensure_ascii=False), encoding="utf-8")
    out = run(capsys, "report", str(path), "--format", "markdown")[1]
    units = _tables(_markdown_tree(out))["Units"]
    assert all(len(row) == 4 for row in units)
    assert units[1][0] == "区司法局|*法治*<b>"


def test_html_report_schedule_is_a_table_with_dates(capsys):
    out = run(capsys, "report", "--format", "html")[1]
    schedule = out.split("<h2>Schedule</h2>")[1].split("<h2>")[0]
    assert "<pre" not in schedule
    assert ">start</th>" in schedule
    assert ">finish</th>" in schedule
    assert ">9 › 适时开展实地督导</td>" in schedule
    assert ">2023-05-30</td>" in schedule
    assert "t9.m4" not in schedule


def test_python_dash_m_runs_the_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "rulegov", "--version"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout) == (0, f"rulegov {rulegov.__version__}\n")
    result = subprocess.run(
        [sys.executable, "-m", "rulegov", "nope"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "invalid choice: 'nope'" in result.stderr


@pytest.mark.slow
def test_csv_on_standard_output_is_the_same_bytes_as_the_file(tmp_path):
    target = tmp_path / "tasks.csv"
    command = [sys.executable, "-m", "rulegov", "export", "--to", "csv"]
    printed = subprocess.run(command, capture_output=True, check=True).stdout
    subprocess.run([*command, "-o", str(target)], check=True)
    assert printed.startswith(b"\xef\xbb\xbf")
    assert printed == target.read_bytes()


def _documents(tmp_path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    first, second = folder / "a.txt", folder / "b.txt"
    first.write_text("某区2024年工作要点\n1.召开会议。\n", encoding="utf-8")
    second.write_text("某镇2024年工作要点\n1.开展普法。\n2.加强督察。\n", encoding="utf-8")
    return [str(first), str(second)]


def test_parse_many_files_writes_json_lines(capsys, tmp_path):
    files = _documents(tmp_path)
    code, out, err = run(capsys, "parse", *files)
    assert code == 0
    plans = [rulegov.Plan.model_validate_json(line) for line in out.splitlines()]
    assert [plan.title for plan in plans] == ["某区2024年工作要点", "某镇2024年工作要点"]
    assert [len(plan.tasks) for plan in plans] == [1, 2]
    assert f"[1/2] {files[0]}\n" in err
    assert f"[2/2] {files[1]}\n" in err


def test_parse_quiet_prints_neither_progress_nor_diagnostics(capsys, tmp_path):
    files = _documents(tmp_path)
    code, out, err = run(capsys, "parse", "-q", *files)
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 2


def test_diagnostics_of_a_web_page_say_their_lines_count_in_the_text_read(capsys, tmp_path):
    pytest.importorskip("selectolax")
    page = tmp_path / "plan.html"
    body = "<p>某区2024年工作要点</p><p>一、重点任务</p><p>1.开展普法。</p>"
    page.write_text(f"<html><body>\n\n\n{body}</body></html>", encoding="utf-8")
    text = tmp_path / "plan.txt"
    text.write_text(read_text(page), encoding="utf-8")
    code, _, err = run(capsys, "validate", str(page))
    assert code == 0
    first, *rest = err.splitlines()
    assert first.startswith(f"{page}: note: lines and columns below count in the text read")
    # the places are those of the text read from the page
    assert [line.replace(str(page), "") for line in rest] == [
        line.replace(str(text), "") for line in run(capsys, "validate", str(text))[2].splitlines()
    ]


def test_parse_many_files_into_a_folder(capsys, tmp_path):
    files = _documents(tmp_path)
    folder = tmp_path / "out"
    code, out, _ = run(capsys, "parse", *files, "-o", str(folder), "-q")
    assert (code, out) == (0, "")
    assert sorted(path.name for path in folder.iterdir()) == ["a.json", "b.json"]
    assert rulegov.read_plan(folder / "b.json").title == "某镇2024年工作要点"
    # one input and an existing folder: the file goes into the folder
    assert run(capsys, "parse", files[0], "-o", str(folder), "-q")[0] == 0
    assert rulegov.read_plan(folder / "a.json").title == "某区2024年工作要点"


def test_parse_refuses_two_inputs_that_would_share_an_output(capsys, tmp_path):
    first = tmp_path / "x" / "plan.txt"
    second = tmp_path / "y" / "plan.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text("某区2024年工作要点\n1.召开会议。\n", encoding="utf-8")
    code, out, err = run(capsys, "parse", str(first), str(second), "-o", str(tmp_path / "out"))
    assert (code, out) == (2, "")
    assert f"{first} and {second} would both be written to {tmp_path / 'out' / 'plan.json'}" in err
    assert not (tmp_path / "out").exists()


def test_parse_goes_on_after_a_file_it_cannot_read(capsys, tmp_path):
    files = _documents(tmp_path)
    missing = str(tmp_path / "missing.txt")
    code, out, err = run(capsys, "parse", "-q", files[0], missing, files[1])
    assert code == 1
    assert [json.loads(line)["title"] for line in out.splitlines()] == [
        "某区2024年工作要点",
        "某镇2024年工作要点",
    ]
    assert err == f"rulegov: error: {missing}: cannot read the file: No such file or directory\n"


def test_schedule_text_names_items_in_the_plans_words(capsys):
    out = run(capsys, "schedule")[1]
    lines = out.splitlines()
    assert lines[:4] == [
        "duration: 168 working days",
        "finish: 2024-01-08",
        "wave 1:",
        "  1 推动党的二十大精神和习近平法治思想学习宣传贯彻不断深入 (2023-05-10 to 2023-12-29)",
    ]
    assert "  9 › 适时开展实地督导 (2023-05-24 to 2023-05-30)" in lines
    assert "measure t" not in out
    assert "a-t4" not in out


def test_schedule_and_evaluate_as_markdown_tables(capsys):
    schedule = _tables(
        _markdown_tree("## s\n\n" + run(capsys, "schedule", "--format", "markdown")[1])
    )
    assert schedule["s"][0] == [
        "wave",
        "task, measure or assessment",
        "start",
        "finish",
        "slack (working days)",
    ]
    waves = json.loads(run(capsys, "report", "--format", "json")[1])["schedule"]["waves"]
    assert len(schedule["s"]) == 1 + sum(len(wave) for wave in waves)
    assert [
        "1",
        "11 强化法治建设年度监测评价机制 · 2024-01-02",
        "2024-01-02",
        "2024-01-02",
        "0",
    ] in schedule["s"]
    ranking = _tables(
        _markdown_tree("## e\n\n" + run(capsys, "evaluate", "--format", "markdown")[1])
    )
    assert ranking["e"][0] == ["rank", "unit", "score", "grade", "reason"]
    assert ranking["e"][1][:4] == ["1", "区司法局", "100.49", "fail (不合格)"]


def test_validate_reports_a_dependency_cycle(capsys, tmp_path):
    data = rulegov.datasets.yancheng_2023().model_dump(mode="json")
    data["dependencies"] = [
        {"predecessor": "t1", "successor": "t2"},
        {"predecessor": "t2", "successor": "t1"},
    ]
    path = tmp_path / "loop.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1
    assert "1 errors" in out or "1 error" in out
    assert f"{path}: error: dependency cycle: 1 推动党的二十大精神" in err
    assert "-> 2 坚持和加强党对法治建设工作的集中统一领导 ->" in err


def test_status_with_progress_as_text_markdown_csv_and_xlsx(capsys, tmp_path):
    progress = tmp_path / "进展.csv"
    progress.write_text("任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成\n", encoding="utf-8")
    code, out, err = run(capsys, "status", "--progress", str(progress), "--as-of", "2023-07-01")
    assert (code, err) == (0, "")
    assert "status as of 2023-07-01" in out
    assert "已完成 (done): 1" in out
    code, out, _ = run(
        capsys,
        "status",
        "--progress",
        str(progress),
        "--as-of",
        "2023-07-01",
        "--format",
        "markdown",
    )
    assert "| 4 严格落实法治建设责任制 |" in out
    code, out, _ = run(
        capsys, "status", "--progress", str(progress), "--as-of", "2023-07-01", "--format", "csv"
    )
    assert out.startswith("\ufeff序号,任务,批次")
    target = tmp_path / "督办.xlsx"
    code, out, _ = run(
        capsys, "status", "--progress", str(progress), "--as-of", "2023-07-01", "-o", str(target)
    )
    assert (code, out) == (0, "")
    assert target.read_bytes()[:2] == b"PK"


def test_status_names_a_bad_progress_row(capsys, tmp_path):
    progress = tmp_path / "进展.csv"
    progress.write_text("任务,日期,进度\n4,2023-06-30,150\n", encoding="utf-8")
    code, out, err = run(capsys, "status", "--progress", str(progress), "--as-of", "2023-07-01")
    assert (code, out) == (1, "")
    assert err == (
        f"rulegov: error: {progress}:2: row 2, column 'percent': expected a share done from 0 to 100 "
        "(got '150')\n"
    )


def test_status_skips_a_report_by_a_unit_without_a_role_naming_it(capsys, tmp_path):
    # task 1 is held by 区依法治区办 and 各部门; 司法所 holds no role on it
    plan = tmp_path / "plan.json"
    plan.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    progress = tmp_path / "进展.csv"
    progress.write_text(
        "任务,单位,日期,状态\n1,司法所,2023-06-01,已完成\n4,区依法治区办,2023-06-30,推进中\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "status", str(plan), "--progress", str(progress), "--as-of", "2023-07-01",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    rows = {row["序号"]: row for row in json.loads(out)}
    assert rows["1"]["状态"] != "已完成"
    assert rows["4"]["最近报送"] == "2023-06-30"
    assert f"rulegov: warning: {progress}: row 2 skipped: 司法所 holds no role on task 1" in err
    assert "[report-without-role]" in err


def test_diff_of_two_plans(capsys, tmp_path):
    old = tmp_path / "2023.txt"
    new = tmp_path / "2024.txt"
    old.write_text(
        "2023年工作要点\n一、加强领导\n1.召开会议。6月底前完成。\n牵头单位：区司法局\n",
        encoding="utf-8",
    )
    new.write_text(
        "2024年工作要点\n一、加强领导\n1.召开会议。9月底前完成。\n牵头单位：区司法局\n2.开展培训。\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "diff", str(old), str(new))
    assert (code, err) == (0, "")
    assert "carried over 1, new 1, dropped 0, changes 1" in out
    assert "1 召开会议: deadline 2023-06-30 -> 2024-09-30 (later)" in out
    code, out, _ = run(capsys, "diff", str(old), str(new), "--format", "json")
    assert json.loads(out)["added"] == ["2 开展培训"]


@pytest.mark.parametrize("form", ["markdown", "html", "json"])
def test_the_report_names_the_rule_behind_each_forced_grade(capsys, form):
    out = run(capsys, "report", "--format", form)[1]
    if form == "json":
        rows = {row["unit"]: row["reason"] for row in json.loads(out)["appraisal"]}
        assert rows["区司法局"].startswith("veto 'major-incident'")
        assert rows["步凤镇"] is None
    else:
        text = out.replace("&#x27;", "'")
        assert "force 'fail'" in text
        assert "veto 'lost-lawsuit-rate'" in text
        assert "bar 'excellent'" in text


def _descriptions(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "description" and isinstance(v, str)]
        for key, value in node.items():
            if not (key == "description" and isinstance(value, str)):
                found += _descriptions(value)
        return found
    if isinstance(node, list):
        return [text for item in node for text in _descriptions(item)]
    return []


@pytest.mark.parametrize("which", ["plan", "scheme"])
def test_schema_descriptions_carry_no_python_examples(capsys, which):
    schema = json.loads(run(capsys, "schema", which)[1])
    descriptions = _descriptions(schema)
    assert len(descriptions) > 20
    assert [text for text in descriptions if ">>>" in text or "Example:" in text] == []
    if which == "plan":
        assert schema["$defs"]["Assignment"]["description"].startswith("A unit's role on a task.")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_report_shows_the_status_when_progress_is_given(capsys, tmp_path, fmt):
    progress = tmp_path / "进展.csv"
    progress.write_text("任务,单位,日期,状态\n4,区依法治区办,2023-06-30,已完成\n", encoding="utf-8")
    code, out, err = run(
        capsys, "report", "--progress", str(progress), "--as-of", "2023-07-01", "--format", fmt
    )
    assert (code, err) == (0, "")
    if fmt == "json":
        status = json.loads(out)["status"]
        assert status["as_of"] == "2023-07-01"
        assert status["counts"]["done"] == 1
        assert any(row["序号"] == "4" and row["状态"] == "已完成" for row in status["items"])
    else:
        assert "2023-07-01" in out
        assert "已完成" in out
    if fmt == "text":
        assert "Status as of 2023-07-01\n=======================" in out
    plain = run(capsys, "report", "--format", fmt)[1]
    assert "Status as of" not in plain
    assert '"status"' not in plain


def test_evaluate_explains_a_unit_in_the_format_asked_for(capsys):
    code, out, _ = run(capsys, "evaluate", "--explain", "区司法局", "--format", "json")
    assert code == 0
    explained = json.loads(out)
    assert (explained["unit"], explained["display"], explained["grade"]) == (
        "区司法局",
        "100.49",
        "fail",
    )
    assert explained["score"] == pytest.approx(100.49176470588236)
    assert explained["reason"] == (
        "veto 'major-incident' (发生重大法治事件，造成恶劣影响的，一票否决): force 'fail'"
    )
    assert [(b["rule"], b["points"]) for b in explained["bonuses"] if b["points"]] == [
        ("award-provincial", 1.0)
    ]
    code, out, _ = run(capsys, "evaluate", "--explain", "区司法局", "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "### 区司法局: 100.49, rank 1 of 6"
    assert "- score: 100.49 (unrounded 100.49176470588236)" in lines
    tables = _tables(_markdown_tree("## e\n\n" + out.split("\n", 1)[1]))
    assert tables["e"][0] == ["node", "name", "score", "weight", "effective", "rules", "note"]
    assert tables["e"][1][:3] == ["overall", "2023年度全面依法治区工作考核", "99.49"]
    # and plain text stays the tree
    assert run(capsys, "evaluate", "--explain", "区司法局")[1].startswith(
        "区司法局: 100.49 (unrounded 100.49176470588236), rank 1 of 6\ngrade fail: "
    )


def test_evaluate_a_plan_with_data_names_its_units_as_the_plan_does(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    data = tmp_path / "data.json"
    data.write_text(
        json.dumps({"u-office": {"t1": 1}, "司法所": {"t1": 0.5}}, ensure_ascii=False),
        encoding="utf-8",
    )
    scheme = tmp_path / "scheme.json"
    scheme.write_text(json.dumps({"id": "s", "root": {"id": "r", "children": [{"id": "t1"}]}}))
    code, out, _ = run(
        capsys,
        "evaluate",
        str(path),
        "--scheme",
        str(scheme),
        "--data",
        str(data),
        "--format",
        "json",
    )
    assert code == 0
    assert [(row["unit"], row["score"]) for row in json.loads(out)] == [
        (NAMES["u-office"], 1.0),
        (NAMES["u-judicial-offices"], 0.5),
    ]
    data.write_text(json.dumps({"区司法": {"t1": 1}}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(
        capsys, "evaluate", str(path), "--scheme", str(scheme), "--data", str(data)
    )
    assert (code, out) == (1, "")
    assert err == (
        "rulegov: error: invalid data: data.区司法: no unit of the plan has this id or name; "
        "did you mean '司法所'? (got '区司法')\n"
    )


def test_a_report_on_a_plan_with_data_names_its_units_as_the_plan_does(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    scheme = tmp_path / "scheme.json"
    scheme.write_text(
        json.dumps(
            {"id": "s", "name": "试行细则", "root": {"id": "r", "children": [{"id": "t1"}]}}
        ),
        encoding="utf-8",
    )
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"u-office": {"t1": 1}}), encoding="utf-8")
    args = ("report", str(path), "--scheme", str(scheme), "--data", str(data))
    code, out, _ = run(capsys, *args, "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert [row["unit"] for row in report["appraisal"]] == [NAMES["u-office"]]
    assert report["appraisal_scheme"] == "试行细则"
    assert "Appraisal: 试行细则" in run(capsys, *args)[1]
    data.write_text(json.dumps({"x": {"t1": 1}}), encoding="utf-8")
    code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    assert "data.x: no unit of the plan has this id or name" in err


def test_the_examples_of_evaluate_help_run_on_the_bundled_plan(capsys, tmp_path):
    from rulegov.cli import _EPILOG_EVALUATE  # noqa: PLC0415

    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    example = next(
        line.split()[1:]
        for line in _EPILOG_EVALUATE.splitlines()
        if "plan.json --on" in line and "--explain" in line
    )
    code, out, _ = run(capsys, *[str(path) if word == "plan.json" else word for word in example])
    assert code == 0
    assert out.startswith(f"{NAMES['u-office']}: 0.00")
    help_text = run(capsys, "evaluate", "--help")[1]
    assert "lead units (牵头) only" in " ".join(help_text.split())
    scheme_help = help_text.split("--scheme SCHEME ")[1].split("--data DATA")[0]
    assert ".docx" in scheme_help  # --scheme reads appraisal documents too


@pytest.mark.parametrize("command", ["status", "diff", "scheme"])
def test_text_is_never_written_under_a_binary_suffix(capsys, tmp_path, command):
    plan = tmp_path / "plan.json"
    rulegov.write_plan(rulegov.datasets.yancheng_2023(), plan)
    scheme = tmp_path / "scheme.txt"
    scheme.write_text(
        "某县考核细则\n一、组织领导（20分）\n未成立领导小组的扣5分。\n", encoding="utf-8"
    )
    argv = {
        "status": ["status", str(plan), "--as-of", "2023-07-01"],
        "diff": ["diff", str(plan), str(plan)],
        "scheme": ["scheme", str(scheme)],
    }[command]
    target = tmp_path / "out.pdf"
    code, _, err = run(capsys, *argv, "-o", str(target))
    assert code == 1
    assert "writes text, which a .pdf file cannot hold" in err
    assert not target.exists()


def test_calendar_cn_needs_the_bundled_year_of_the_schedule_start(capsys):
    code, _, err = run(capsys, "schedule", "--start", "1990-01-01", "--calendar", "cn")
    assert code == 1
    assert "--calendar cn: no bundled calendar for 1990" in err
    assert run(capsys, "schedule", "--start", "2023-03-01", "--calendar", "cn")[0] == 0


def test_evaluate_a_plan_with_data_scores_units_on_every_task_they_hold(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    data = tmp_path / "data.json"
    # 区依法治区办 holds 16 tasks and reports on one; 各部门 holds 3 and reports on all
    data.write_text(
        json.dumps(
            {"区依法治区办": {"t1": 1.0}, "各部门": {"t1": 0.9, "t6": 0.9, "t9": 0.9}},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "evaluate", str(path), "--data", str(data), "--format", "json")
    assert code == 0
    scores = {row["unit"]: row["score"] for row in json.loads(out)}
    assert scores[NAMES["u-office"]] == pytest.approx(1 / 16)
    assert scores[NAMES["u-departments"]] == pytest.approx(0.9)
    assert f"unit {NAMES['u-office']!r} has no value for 15 of the 16 tasks it holds" in err
    assert "each counts 0" in err
    data.write_text(json.dumps({"各部门": {"t2": 0.5}}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path), "--data", str(data))
    assert (code, out) == (1, "")
    assert "unit '各部门' has values for tasks it answers for in no role" in err
    assert "(lead, responsible or cooperating unit): t2" in err


def test_explain_in_plan_mode_names_the_closest_unit_and_a_unit_without_tasks(capsys, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(rulegov.datasets.yancheng_2023().model_dump_json(), encoding="utf-8")
    args = ("evaluate", str(path), "--on", "2023-12-31", "--explain")
    code, out, err = run(capsys, *args, "依法治区办")
    assert (code, out) == (1, "")
    assert f"did you mean '区依法治区办' ({NAMES['u-office']})?" in err
    # 区党工委 is a unit of the plan (the issuer) that holds no task: its name is not wrong
    code, out, err = run(capsys, *args, "区党工委")
    assert (code, out) == (1, "")
    assert "holds no task of the plan" in err
    assert "no unit '区党工委'" not in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_appraisal_data_without_end_is_refused_at_the_limit(capsys):
    # --data and --scheme .json were read whole: /dev/zero filled the memory
    code, _, err = run(capsys, "evaluate", "--data", "/dev/zero")
    assert code == 1
    assert err.splitlines() == [
        (
            "rulegov: error: /dev/zero: the appraisal data holds more than the limit of "
            "67108864 bytes; a JSON document of appraisal data or a scheme is far smaller"
        )
    ]
