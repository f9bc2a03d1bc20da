"""A plan's JSON given where a scheme belongs, or a scheme's where a plan belongs, says so once.

Without this, each field of the other model was listed as an error of its own (a dozen lines of
"Extra inputs are not permitted"), and appraisal data given a plan's JSON listed fifty problems.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import rulegov
from rulegov import datasets
from rulegov.cli import main

if TYPE_CHECKING:
    import pathlib


@pytest.fixture
def files(tmp_path: pathlib.Path) -> dict[str, pathlib.Path]:
    plan, scheme = tmp_path / "要点.json", tmp_path / "细则.json"
    rulegov.write_plan(datasets.yancheng_2023(), plan)
    scheme.write_text(datasets.yancheng_2023_scheme().model_dump_json(), encoding="utf-8")
    return {"plan": plan, "scheme": scheme}


def test_a_schemes_json_read_as_a_plan_is_one_error_naming_its_kind(files):
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.read_plan(files["scheme"])
    assert caught.value.code == "wrong-file-kind"
    assert len(caught.value.issues) == 1
    assert "this is a scheme's JSON, not a plan's" in str(caught.value)
    assert "read_scheme" in str(caught.value)
    assert caught.value.source == "细则.json"


def test_a_plans_json_read_as_a_scheme_is_one_error_naming_its_kind(files):
    for read in (
        lambda: rulegov.read_scheme(files["plan"]),
        lambda: rulegov.io.read_scheme_bytes(files["plan"].read_bytes(), source="要点.json"),
    ):
        with pytest.raises(rulegov.ValidationError) as caught:
            read()
        assert caught.value.code == "wrong-file-kind"
        assert "this is a plan's JSON, not a scheme's" in str(caught.value)


def test_json_of_neither_kind_keeps_its_field_errors(tmp_path):
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"title": 5}), encoding="utf-8")
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.read_plan(odd)
    assert caught.value.code != "wrong-file-kind"
    assert caught.value.issues[0].path == "title"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["scheme", "{plan}"], "this is a plan's JSON, not a scheme's"),
        (["evaluate", "--scheme", "{plan}"], "this is a plan's JSON, not a scheme's"),
        (["evaluate", "--scheme", "{scheme}", "--data", "{plan}"], "not appraisal data"),
        (["evaluate", "--scheme", "{scheme}", "--data", "{scheme}"], "a scheme's JSON, not"),
        (["report", "{scheme}"], "this is a scheme's JSON, not a plan's"),
    ],
)
def test_the_command_line_says_which_file_is_of_the_other_kind(argv, said, files, capsys):
    code = main([arg.format(**files) for arg in argv])
    err = capsys.readouterr().err
    assert code == 1
    assert said in err
    assert len(err.strip().splitlines()) == 1
