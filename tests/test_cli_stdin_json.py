"""JSON that is no plan or scheme, piped in: refused as the same bytes in a ``.json`` file are.

A JSON document on standard input is never read as a document's text (which gave a plan of no
task titled ``[[1,2]]``, without a word): an array is refused naming what was found, as
``rulegov report FILE.json`` refuses it.
"""

from __future__ import annotations

import io
import sys

import pytest

from rulegov.cli import main


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data: bytes, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


ARRAYS = [b"[[1, 2]]", b'[{"title": "x"}]', b"[]", b' \n[1, "a"]\n', '\ufeff[["任务"]]'.encode()]


@pytest.mark.parametrize("data", ARRAYS)
@pytest.mark.parametrize("command", [["report"], ["parse"], ["validate"], ["graph"]])
def test_a_json_array_piped_in_is_refused_as_the_same_json_file_is(
    capsys, monkeypatch, tmp_path, data, command
):
    code, out, err = _run(capsys, monkeypatch, data, *command, "-")
    assert (code, out) == (1, "")
    assert err.startswith("rulegov: error: <stdin>: invalid ")
    assert "expected a plan's JSON, an object ({…}), not an array (got [" in err  # what was found
    path = tmp_path / "given.json"
    path.write_bytes(data)
    assert main([*command, str(path)]) == 1
    from_file = capsys.readouterr().err
    assert from_file.replace(str(path), "<stdin>").replace("given.json", "<stdin>") == err


@pytest.mark.parametrize("data", ARRAYS)
@pytest.mark.parametrize("command", [["scheme"], ["evaluate", "--scheme"]])
def test_a_json_array_piped_in_as_a_scheme_is_refused_as_the_json_file_is(
    capsys, monkeypatch, tmp_path, data, command
):
    code, out, err = _run(capsys, monkeypatch, data, *command, "-")
    assert (code, out) == (1, "")
    assert err.startswith(
        "rulegov: error: <stdin>: invalid Scheme: (root): expected a scheme's JSON, an object"
    )
    assert "not an array (got [" in err
    path = tmp_path / "given.json"
    path.write_bytes(data)
    assert main([*command, str(path)]) == 1
    assert capsys.readouterr().err.replace(str(path), "<stdin>") == err


def test_a_json_array_cut_short_is_refused_at_its_line_and_column(capsys, monkeypatch):
    code, out, err = _run(capsys, monkeypatch, b'[{"title": ', "report", "-")
    assert (code, out) == (1, "")
    assert err.startswith("rulegov: error: <stdin>:1:11: invalid Plan: (root): Invalid JSON")


@pytest.mark.parametrize("text", ["[2023]1号\n一、加强领导\n1.召开会议。\n", "[1\n"])
def test_text_that_only_opens_with_a_bracket_is_still_read_as_text(capsys, monkeypatch, text):
    code, _, err = _run(capsys, monkeypatch, text.encode(), "report", "-")
    assert code == 0, err
