"""Junk, truncated, wrong-type and huge input at the public entry points, through Hypothesis.

The models' own junk tests (``tests/model/test_junk.py``) and the seeded mutation sweeps of each
layer (``test_fuzz.py``) feed the readers good input made bad; this file feeds the entry points a
user reaches first (``read_plan_bytes`` and ``read_scheme_bytes``, ``read_progress``,
``with_progress``, the command line's ``main`` on standard input and on files) bytes and values
drawn from nothing. Each case gives a result or a ``RulegovError`` (on the command line: exit 1
and one line that names the input), never another exception, never a hang, and never a result
made of a part of the input without a word: JSON cut short, or JSON that is no plan, is refused.
"""

from __future__ import annotations

import contextlib
import io
import json
import string
import sys
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rulegov
from rulegov.cli import main
from rulegov.io import read_plan_bytes, read_progress, read_scheme_bytes
from rulegov.tracking import with_progress
from strategies import JSON_VALUES
from sweep import TEXT_PIECES, deadline

if TYPE_CHECKING:
    import pathlib
    from collections.abc import Callable, Iterator

PLAN = rulegov.datasets.yancheng_2023()
PLAN_JSON = PLAN.model_dump_json().encode()
SCHEME_JSON = rulegov.datasets.yancheng_2023_scheme().model_dump_json().encode()
CASE_SECONDS = 5.0  # processor time a case may take on small input before it is a hang

_GENRE = st.sampled_from(
    [piece.encode() for piece in TEXT_PIECES] + [b"{", b"}", b"[", b"]", b'"', b",", b":", b"\\"]
)
# bytes of every shape a reader tells apart: junk, text of the genre, JSON of any value
BYTES = st.one_of(
    st.binary(max_size=300),
    st.lists(_GENRE, max_size=40).map(b"".join),
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    st.text(max_size=200).map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.text(max_size=100).map(lambda text: text.encode("utf-16", "surrogatepass")),
)


@contextlib.contextmanager
def _clean() -> Iterator[None]:
    """Let a result or a RulegovError through; fail on a hang, another exception comes out."""
    with deadline(CASE_SECONDS), contextlib.suppress(rulegov.RulegovError):
        yield


@settings(max_examples=150, deadline=None)
@given(
    BYTES,
    st.sampled_from([read_plan_bytes, read_scheme_bytes]),
    st.sampled_from(["<stdin>", "plan.txt", "plan.json", "scheme.csv", "page.html", "a"]),
)
def test_any_bytes_read_as_a_plan_or_a_scheme_give_a_result_or_a_rulegov_error(
    data: bytes, reader: Callable[..., object], source: str
) -> None:
    with _clean():
        reader(data, source=source)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([(PLAN_JSON, read_plan_bytes), (SCHEME_JSON, read_scheme_bytes)]), st.data())
def test_json_cut_short_is_refused_never_read_as_less(
    document: tuple[bytes, Callable[..., object]], data: st.DataObject
) -> None:
    raw, reader = document
    cut = data.draw(st.integers(1, len(raw) - 1))
    with pytest.raises(rulegov.RulegovError):
        reader(raw[:cut], source="<stdin>")


@settings(max_examples=80, deadline=None)
@given(st.lists(JSON_VALUES, max_size=4))
def test_a_json_array_is_refused_as_a_plan_and_as_a_scheme(items: list[Any]) -> None:
    raw = json.dumps(items).encode()
    for reader in (read_plan_bytes, read_scheme_bytes):
        with pytest.raises(rulegov.ValidationError, match=r"\(root\): "):
            reader(raw, source="<stdin>")


def _cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """Run the command line as a user does, its streams caught."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def _refused_cleanly(code: int, out: str, err: str) -> None:
    assert code in (0, 1), (code, err)
    assert "Traceback" not in err
    if code == 1:  # one line that names what was wrong, and nothing on standard output
        assert out == ""
        assert err.startswith("rulegov: error: "), err


_STDIN_COMMANDS = [
    ["report", "-"],
    ["report", "--format", "json", "-"],
    ["parse", "-"],
    ["validate", "-"],
    ["graph", "-"],
    ["schedule", "-"],
    ["scheme", "-"],
    ["evaluate", "--data", "-"],
    ["evaluate", "--scheme", "-"],
]


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BYTES, st.sampled_from(_STDIN_COMMANDS))
def test_the_command_line_on_any_standard_input_exits_0_or_1_with_one_line(
    data: bytes, argv: list[str]
) -> None:
    with deadline(CASE_SECONDS):
        _refused_cleanly(*_cli(argv, data))


_FILE_COMMANDS = [
    ["report", "{}"],
    ["parse", "{}"],
    ["scheme", "{}"],
    ["evaluate", "--data", "{}"],
    ["evaluate", "--scheme", "{}"],
    ["status", "--progress", "{}"],
    ["diff", "{}", "{}"],
]


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    BYTES,
    st.sampled_from(_FILE_COMMANDS),
    st.sampled_from([".json", ".txt", ".csv", ".html", ".xlsx", ".docx", ".pdf", ""]),
)
def test_the_command_line_on_any_file_exits_0_or_1_with_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, argv: list[str], suffix: str
) -> None:
    path = tmp_path_factory.mktemp("junk") / f"输入{suffix}"
    path.write_bytes(data)
    with deadline(CASE_SECONDS):
        _refused_cleanly(*_cli([part.replace("{}", str(path)) for part in argv]))


_CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["1", "4", "区依法治区办", "2023-06-30", "已完成", "推进中", "60%", "100"]),
    st.lists(st.integers(), max_size=2),
)
_KEYS = st.sampled_from(
    ["任务", "task", "单位", "日期", "on", "状态", "进度", "percent", "备注", "完成日期", "联系人"]
) | st.text(max_size=4)
_ROWS = st.lists(st.dictionaries(_KEYS, _CELLS, max_size=6), max_size=4)
_IGNORED = st.one_of(
    st.just(()), st.just("联系人"), st.lists(st.text(max_size=4), max_size=3), JSON_VALUES
)


@settings(max_examples=120, deadline=None)
@given(_ROWS, _IGNORED)
def test_any_progress_rows_are_put_on_the_plan_or_refused(rows: Any, ignored: Any) -> None:
    with _clean():
        tracked = with_progress(PLAN, rows, ignore_columns=ignored)
        # nothing is lost without a word: a row is a report on the plan, or a warning
        reports = sum(len(task.progress) for task in tracked.tasks)
        skipped = [d for d in tracked.diagnostics if d.code == "report-without-role"]
        assert reports + len(skipped) == len(rows)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        BYTES,
        _ROWS.map(lambda rows: json.dumps(rows, ensure_ascii=False).encode()),
        st.lists(
            st.lists(
                st.sampled_from(["任务", "日期", "状态", "1", "2023-06-30", "已完成", "", '"']),
                max_size=5,
            ).map(",".join),
            max_size=4,
        ).map(lambda lines: "\n".join(lines).encode()),
    ),
    st.sampled_from([".csv", ".json"]),
    _IGNORED,
)
def test_any_progress_file_is_read_or_refused(
    tmp_path: pathlib.Path, data: bytes, suffix: str, ignored: Any
) -> None:
    path = tmp_path / f"进展{suffix}"
    path.write_bytes(data)
    with _clean():
        read_progress(path, PLAN, ignore_columns=ignored)


_HUGE_PIECES = [*TEXT_PIECES, "（10分）", "扣1分", "分值", "序号", "得分", "一票否决", " " * 40]


@pytest.mark.slow
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(_HUGE_PIECES), min_size=1, max_size=6),
    st.sampled_from([rulegov.parse_plan, rulegov.parse_scheme]),
)
def test_a_huge_document_of_one_pattern_again_and_again_is_read_in_time(
    pieces: list[str], reader: Callable[[str], object]
) -> None:
    unit = "".join(pieces)
    text = unit * (40_000 // len(unit) + 1)
    # 40,000 characters: linear rules take a second or two
    with deadline(4 * CASE_SECONDS), contextlib.suppress(rulegov.RulegovError):
        reader(text)


@settings(max_examples=60, deadline=None)
@given(st.text(string.printable + "一、（）1.牵头单位：", max_size=40), JSON_VALUES)
def test_wrong_kinds_of_source_and_keywords_are_refused_by_name(text: str, junk: Any) -> None:
    with _clean():
        rulegov.parse_plan(text, source=junk)
    with _clean():
        rulegov.parse_scheme(text, source=junk)
    with _clean():
        with_progress(PLAN, [{"task": "999", "on": "2023-06-30"}], source=junk, first_row=junk)


_OPTIONS = [
    ["status", "{plan}", "--as-of", "{value}"],
    ["schedule", "{plan}", "--start", "{value}"],
    ["evaluate", "{plan}", "--on", "{value}"],
    ["evaluate", "--explain", "{value}"],
    ["status", "{plan}", "--progress", "{progress}", "--ignore-column", "{value}"],
    ["status", "{plan}", "--format", "json", "-o", "{folder}/{value}"],
    ["export", "{plan}", "--to", "ical", "-o", "{folder}/{value}"],
    ["export", "{plan}", "--to", "csv", "-o", "{folder}/{value}"],
    ["diff", "{plan}", "{plan}", "-o", "{folder}/{value}"],
    ["parse", "{plan}", "-o", "{folder}/{value}"],
    ["scheme", "{value}"],
    ["report", "{value}"],
]
_VALUES = st.one_of(
    st.text(max_size=16),
    st.sampled_from(["2023-06-30", "9999-12-31", "0001-01-01", "2023-02-29", "区司法局", ".", ""]),
    st.text(max_size=8).map(lambda text: text + ".json"),
)


@pytest.mark.slow
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_OPTIONS), _VALUES)
def test_the_command_line_with_any_option_value_exits_0_1_or_2_with_one_line(
    tmp_path_factory: pytest.TempPathFactory, argv: list[str], value: str
) -> None:
    folder = tmp_path_factory.mktemp("options")
    plan, progress = folder / "计划.json", folder / "进展.csv"
    rulegov.write_plan(PLAN, plan)
    progress.write_text("任务,日期,状态,联系人\n1,2023-06-30,已完成,王某\n", encoding="utf-8")
    places = {"{plan}": str(plan), "{progress}": str(progress), "{folder}": str(folder)}
    given_argv = []
    for part in argv:
        filled = part
        for mark, text in places.items():
            filled = filled.replace(mark, text)
        given_argv.append(filled.replace("{value}", value))
    with deadline(CASE_SECONDS):
        code, out, err = _cli(given_argv)
    assert "Traceback" not in err
    if code == 2:  # a usage error: argparse's usage, then one line naming the problem
        assert err.rstrip("\n").splitlines()[-1].startswith("rulegov"), err
    else:
        _refused_cleanly(code, out, err)


_PATH_CALLS: list[Callable[[str], object]] = [
    rulegov.read_plan,
    rulegov.io.read_scheme,
    rulegov.io.read_document,
    lambda path: read_progress(path, PLAN),
    lambda path: rulegov.write_plan(PLAN, path),
    rulegov.io.corpus_files,
]
_NAMES = st.one_of(
    st.text(max_size=12),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
    st.sampled_from(["一" * 300, "a/" * 3000, "\0", ".", "..", "计划.json", "进展.csv"]),
).flatmap(lambda name: st.sampled_from([name, name + ".json", name + ".csv", name + ".txt"]))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(_PATH_CALLS), _NAMES)
def test_any_file_name_is_read_or_refused_by_name(
    tmp_path_factory: pytest.TempPathFactory, call: Callable[[str], object], name: str
) -> None:
    folder = tmp_path_factory.mktemp("names")
    with _clean():
        call(f"{folder}/{name}")
