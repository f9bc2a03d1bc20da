"""Reading many plan files in parallel processes, and errors that cross between processes."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

import rulegov
from rulegov.io import ReadResult, _many, read_plans

TEXT = "某区2023年工作要点\n一、加强领导\n1.召开会议。年底前召开。\n牵头单位：区司法局\n"


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    table = tmp_path / "2023年分工表.csv"
    table.write_text(
        "序号,工作任务,牵头单位,完成时限\n1,开展培训,区法院,6月底前\n", encoding="utf-8-sig"
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"title": ""}', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    return [good, binary, table, bad_json, missing]


def check(results, files):
    assert [r.path for r in results] == files
    good, binary, table, bad_json, missing = results
    assert good.ok
    assert good.unwrap().tasks[0].lead_units == ["区司法局"]
    assert table.plan is not None
    assert table.plan.tasks[0].timeframe is not None
    assert str(table.plan.tasks[0].timeframe.end) == "2023-06-30"
    assert isinstance(binary.error, rulegov.ParseError)
    assert binary.error.line == 1
    assert "NUL bytes" in str(binary.error)
    assert isinstance(bad_json.error, rulegov.ValidationError)
    assert bad_json.error.issues[0].path == "title"
    assert isinstance(missing.error, rulegov.ParseError)
    assert str(missing.error).startswith(
        f"{files[4]}: cannot read the file: No such file or directory"
    )
    with pytest.raises(rulegov.ParseError, match="NUL bytes"):
        binary.unwrap()


def test_in_process_keeps_order_and_reports_progress(files):
    seen = []
    results = read_plans(
        files, workers=1, progress=lambda done, total, path: seen.append((done, total, path))
    )
    check(results, files)
    assert seen == [(i + 1, 5, path) for i, path in enumerate(files)]


@pytest.mark.slow
def test_processes_keep_input_order_and_errors(files):
    seen = []
    results = read_plans(
        files, workers=2, progress=lambda done, total, path: seen.append((done, total, path))
    )
    check(results, files)
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5]
    assert sorted(path.name for _, _, path in seen) == sorted(path.name for path in files)
    assert {total for _, total, _ in seen} == {5}


SCRIPT = """
import sys
from rulegov.io import read_plans
results = read_plans(sys.argv[1:], workers=2)
print([(result.ok, result.plan.id if result.plan else None) for result in results])
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["stdin", "-c"])
def test_processes_start_from_a_script_on_standard_input_or_the_command_line(files, how):
    paths = [str(files[0]), str(files[2])]
    if how == "stdin":
        command = [sys.executable, "-", *paths]
        done = subprocess.run(
            command, input=SCRIPT, capture_output=True, text=True, timeout=120, check=False
        )
    else:
        command = [sys.executable, "-c", SCRIPT, *paths]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "BrokenProcessPool" not in done.stderr
    assert done.stdout.strip() == repr(
        [(True, read_plans([p], workers=1)[0].plan.id) for p in paths]
    )


def test_plans_read_from_different_files_get_different_stable_ids(files, tmp_path):
    again = tmp_path / "again.txt"
    again.write_text(TEXT, encoding="utf-8")
    first, second, third = read_plans([files[0], again, files[0]], workers=1)
    assert first.unwrap().id != second.unwrap().id  # no issuer: the file names tell them apart
    assert first.unwrap().id == third.unwrap().id  # the same file: the same id
    assert first.unwrap().id.startswith("good-")


def test_no_paths_and_bad_worker_counts(files):
    assert read_plans([]) == []
    with pytest.raises(
        rulegov.ValidationError,
        match=r"workers: expected a whole number of worker processes, 1 or more, or None for one per CPU \(got 0\)",
    ):
        read_plans(files, workers=0)


def test_result_is_frozen(files):
    result = read_plans(files[:1], workers=1)[0]
    assert isinstance(result, ReadResult)
    with pytest.raises(AttributeError):
        result.plan = None  # type: ignore[misc]


ERRORS = [
    rulegov.ParseError("bad cell", line=3, column=7, source="t.csv", value="下周"),
    rulegov.ValidationError([rulegov.Issue("title", "must not be empty", "")], "Plan"),
    rulegov.DuplicateIdError(
        [rulegov.Issue("units[1].id", "the id is already used", "u1")], "Plan"
    ),
    rulegov.UnknownReferenceError(
        [rulegov.Issue("tasks[0].unit", "no unit has this id", "u9")], "Plan"
    ),
    rulegov.InvalidSchemeError(
        [rulegov.Issue("root.weight", "must not be negative", -1)], "Scheme"
    ),
    rulegov.DependencyCycleError(["t1", "t2"], ["1 甲", "2 乙"]),
    rulegov.ScheduleError("no date"),
    rulegov.EvaluationError("missing data"),
    rulegov.MissingExtraError("openpyxl", "xlsx", "reading .xlsx task tables"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_rulegov_error_survives_pickling(error):
    again = pickle.loads(pickle.dumps(error))  # noqa: S301  (bytes this test just made)
    assert type(again) is type(error)
    assert str(again) == str(error)
    for name in (
        "issues",
        "model",
        "line",
        "column",
        "source",
        "value",
        "cycle",
        "labels",
        "package",
        "extra",
    ):
        assert getattr(again, name, None) == getattr(error, name, None)


def test_a_process_bound_to_fewer_cpus_starts_no_more_workers_than_it_may_use(monkeypatch):
    # a container or a job scheduler binds a process to some of the machine's CPUs: more
    # workers than those would only take turns on them
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("this platform binds no process to CPUs")
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1})
    assert _many.worker_count(None, 100) == 2
    assert _many.worker_count(32, 100) == 2
