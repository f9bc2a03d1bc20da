"""Standard input feeds one input of a command: naming it twice is a usage error, not an empty read."""

from __future__ import annotations

import io
import sys

import pytest

from rulegov.cli import main

SCHEME = '{"root": {"id": "root", "name": "总分", "children": []}}'


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["evaluate", "--scheme", "-", "--data", "-"], "--scheme and --data"),
        (["evaluate", "-", "--data", "-"], "PLAN and --data"),
        (["report", "-", "--scheme", "-"], "FILE and --scheme"),
        (["diff", "-", "-"], "OLD and NEW"),
        (["parse", "-", "-"], "FILE and FILE"),
        (["parse", "a.txt", "-", "b.txt", "-"], "FILE and FILE"),
    ],
)
def test_two_inputs_from_standard_input_are_refused_before_anything_is_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv, named
):
    stream = io.BytesIO(SCHEME.encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert f"{named} both name it" in err
    assert f"usage: rulegov {argv[0]}" in err
    assert stream.tell() == 0  # nothing was taken from the stream


def test_one_input_from_standard_input_still_reads(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    text = "某县2023年法治建设工作要点\n一、加强组织领导\n1.完善工作机制。\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code = main(["parse", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "完善工作机制" in out
