"""`rulegov evaluate --data`: a data file that wraps its data loses no key without a word.

The file is ``{"data": …, "categories": …}`` (with a ``description`` of its own, read past),
or the ``{unit: …}`` object alone. Any other key beside ``data`` (a misspelt ``categroies``) is
refused naming it: before, it was dropped, and the units were graded without their categories.
"""

from __future__ import annotations

import io
import json
import sys

import pytest

import rulegov
from rulegov.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def appraisal() -> tuple[dict[str, object], dict[str, str]]:
    data, categories = rulegov.datasets.yancheng_2023_appraisal()
    return dict(data), dict(categories)


@pytest.mark.parametrize("key", ["categroies", "Categories", "scheme", ""])
def test_a_key_beside_data_that_would_be_lost_is_refused_naming_it(
    capsys, tmp_path, appraisal, key
):
    data, categories = appraisal
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"data": data, key: categories}, ensure_ascii=False), "utf-8")
    code, out, err = _run(capsys, "evaluate", "--data", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"rulegov: error: {path}: the key {key!r} beside 'data' is none of")
    assert "would be lost" in err


def test_the_bundled_data_file_with_its_description_is_read_as_before(capsys, tmp_path, appraisal):
    data, categories = appraisal
    path = tmp_path / "data.json"
    wrapped = {"description": "示例", "categories": categories, "data": data}
    path.write_text(json.dumps(wrapped, ensure_ascii=False), "utf-8")
    code, out, err = _run(capsys, "evaluate", "--data", str(path))
    assert (code, err) == (0, "")
    assert out == _run(capsys, "evaluate")[1]  # the bundled scheme on the bundled data


def test_data_on_standard_input_is_named_as_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"[1]")))
    code, _, err = _run(capsys, "evaluate", "--data", "-")
    assert code == 1
    assert err == "rulegov: error: <stdin>: expected a JSON object of units (got list)\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"{unit: 1")))
    code, _, err = _run(capsys, "evaluate", "--data", "-")
    assert code == 1
    assert err.startswith("rulegov: error: <stdin>: the appraisal data is not valid JSON")
