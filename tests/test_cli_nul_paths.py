"""A path holding a NUL character, given to ``main``: one line naming it, never a traceback.

No file's name holds NUL, and ``open`` raises a bare ``ValueError`` for it; the readers of
``rulegov.io`` refuse it by name, and so do the files the command line opens itself (a JSON
document of ``--data`` or ``--scheme``, a text written with ``-o``).
"""

from __future__ import annotations

import pytest

import rulegov
from rulegov.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "--data", "a\0.json"],
        ["evaluate", "--scheme", "a\0.json"],
        ["export", "{plan}", "--to", "ical", "-o", "a\0.ics"],
        ["status", "{plan}", "--format", "json", "-o", "a\0.json"],
        ["diff", "{plan}", "{plan}", "-o", "a\0.md"],
        ["evaluate", "--scheme", "a\0.txt"],  # before: named twice, the NUL printed raw
        ["report", "a\0.txt"],
    ],
)
def test_a_path_with_a_nul_character_is_refused_naming_it(capsys, tmp_path, argv):
    # before: a bare ValueError (embedded null byte) out of main
    plan = tmp_path / "plan.json"
    rulegov.write_plan(rulegov.datasets.yancheng_2023(), plan)
    code = main([part.replace("{plan}", str(plan)) for part in argv])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    named = repr(argv[-1])
    assert err == f"rulegov: error: {named}: a file path cannot hold a NUL character\n"
