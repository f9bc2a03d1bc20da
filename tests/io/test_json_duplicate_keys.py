"""A key given twice in one JSON object is refused: the reader would keep the last value only.

JSON readers keep the last of a repeated key's values, so a plan, scheme, progress file or
appraisal data that names a field or a unit twice lost the first value without a word.
"""

from __future__ import annotations

import json

import pytest

import rulegov
from rulegov._text import duplicate_key
from rulegov.cli import main
from rulegov.errors import ParseError, ValidationError
from rulegov.io import read_plan_bytes, read_progress, read_scheme_bytes


def _twice(text: str, key: str, value: str) -> tuple[str, int]:
    """``text`` with ``"key": value`` given before its first ``key``, and that key's line."""
    at = text.index(f'"{key}": ')
    return text[:at] + f'"{key}": {value}, ' + text[at:], text[:at].count("\n") + 1


PLAN = rulegov.datasets.yancheng_2023().model_dump_json(indent=2)


@pytest.mark.parametrize(
    ("key", "value", "path"),
    [
        pytest.param("title", '"另一个标题"', "title", id="top"),
        pytest.param("unit", '"u2"', "sections[0].tasks[0].assignments[0].unit", id="assignment"),
        pytest.param("start", "0", "notice.citations[0].span.start", id="span"),
    ],
)
def test_a_plan_with_a_key_twice_is_refused_at_the_second(key, value, path):
    text, line = _twice(PLAN, key, value)
    assert json.loads(text)  # valid JSON, which a reader would read with the first value lost
    with pytest.raises(ValidationError) as caught:
        read_plan_bytes(text.encode(), source="plan.json")
    error = caught.value
    assert (error.code, error.path, error.line) == ("duplicate-key", path, line)
    assert str(error).startswith(f"plan.json:{line}:")


def test_a_plan_file_with_a_key_twice_is_refused(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(_twice(PLAN, "title", '"乙"')[0], encoding="utf-8")
    with pytest.raises(ValidationError, match="given twice"):
        rulegov.read_plan(path)


def test_a_scheme_with_an_item_s_key_twice_is_refused():
    text = rulegov.datasets.yancheng_2023_scheme().model_dump_json(indent=1)
    text, _ = _twice(text, "weight", "0.5")
    with pytest.raises(ValidationError) as caught:
        read_scheme_bytes(text.encode(), source="scheme.json")
    assert caught.value.code == "duplicate-key"
    assert caught.value.path.endswith("weight")


def test_keys_repeated_in_different_objects_are_no_error():
    plan = read_plan_bytes(PLAN.encode(), source="plan.json")
    assert plan == rulegov.datasets.yancheng_2023()


def test_a_progress_report_with_a_key_twice_is_refused(tmp_path):
    path = tmp_path / "进展.json"
    path.write_text(
        '[{"task": "4", "on": "2023-06-30", "status": "completed"},\n'
        ' {"task": "4", "on": "2023-09-30", "status": "in_progress", "task": "5"}]',
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as caught:
        read_progress(path, rulegov.datasets.yancheng_2023())
    error = caught.value
    assert (error.code, error.line, error.value) == ("duplicate-key", 2, "5")
    assert "[1].task" in error.message


def test_a_progress_file_nested_too_deeply_is_refused(tmp_path):
    path = tmp_path / "进展.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ParseError, match="nested too deeply"):
        read_progress(path, rulegov.datasets.yancheng_2023())


def test_appraisal_data_naming_a_unit_twice_is_refused(capsys, tmp_path):
    data, _ = rulegov.datasets.yancheng_2023_appraisal()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace('{\n "区司法局": {', '{\n "区司法局": {"t1": 0},\n "区司法局": {', 1)
    path = tmp_path / "data.json"
    path.write_text(text, encoding="utf-8")
    assert main(["evaluate", "--data", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:3:2:" in err
    assert "'区司法局' is given twice" in err


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_appraisal_data_in_utf16_naming_a_unit_twice_is_refused(capsys, tmp_path, codec):
    path = tmp_path / "data.json"
    path.write_bytes('{"区司法局": {"t1": 0},\n "区司法局": {"t1": 1}}'.encode(codec))
    assert main(["evaluate", "--data", str(path)]) == 1
    assert f"{path}:2:2:" in capsys.readouterr().err


def test_a_repeated_key_whose_value_is_an_object_or_a_list_shows_it_as_one():
    issue = duplicate_key('{"a": {"b": 1},\n "a": {"c": 2}, "d": [1],\n "d": [2]}')
    assert (issue.path, issue.value, issue.line) == ("a", "{…}", 2)
    issue = duplicate_key('{"d": [1],\n "d": [2]}')
    assert (issue.path, issue.value) == ("d", "[…]")
