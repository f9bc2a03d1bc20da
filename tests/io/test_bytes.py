"""The bytes of a file and their text: encodings, byte-order marks, size limits, unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

import rulegov
from rulegov.io._bytes import decode
from samples import PLAN_TEXT


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16", b""),
    ],
)
def test_text_in_every_encoding(tmp_path, encoding, prefix):
    path = tmp_path / "plan.txt"
    path.write_bytes(prefix + PLAN_TEXT.encode(encoding))
    plan = rulegov.read_plan(path)
    assert plan.title == "某区2023年法治建设工作要点"
    assert plan.tasks[0].lead_units == ["区司法局"]
    assert plan.source is not None
    assert plan.source.name == "plan.txt"
    assert plan.source.text == PLAN_TEXT


def test_undecodable_bytes_name_line_and_column(tmp_path):
    path = tmp_path / "bad.txt"
    # valid UTF-8 up to line 2, then bytes that neither UTF-8 nor GB18030 can read
    path.write_bytes("一、加强领导\n1.召开".encode() + b"\xff\xff\xff\n")
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.read_plan(path)
    assert (caught.value.line, caught.value.column) == (2, 9)
    assert "neither UTF-8 nor GB18030" in str(caught.value)
    assert str(caught.value).startswith(f"{path}:2:9:")


def test_decode_prefers_utf8_then_gb18030():
    assert decode("法治".encode()) == "法治"
    assert decode("法治".encode("gb18030")) == "法治"


def test_oversized_files_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(PLAN_TEXT * 100, encoding="utf-8")
    with pytest.raises(rulegov.ParseError, match="more than the limit of 1000"):
        rulegov.read_plan(path, max_bytes=1000)


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no disk space is used
    with pytest.raises(
        rulegov.ParseError, match=r"has 104857600 bytes, more than the limit of 67108864"
    ):
        rulegov.read_plan(path)


def test_a_file_that_cannot_be_read_is_a_parse_error_naming_it(tmp_path):
    for path, reason in (
        (tmp_path / "none.txt", "No such file or directory"),
        (tmp_path, "it is a folder"),
    ):
        with pytest.raises(rulegov.ParseError) as caught:
            rulegov.read_plan(path)
        assert caught.value.code == "unreadable-file"
        assert str(caught.value).startswith(f"{path}: cannot read the file: {reason}")
    with pytest.raises(rulegov.ParseError, match="cannot read the file"):
        rulegov.io.read_document(tmp_path / "none.docx")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_a_file_without_end_is_read_to_the_limit_only():
    # a device or a pipe tells a size of 0: the size was checked, then the file read whole, and
    # /dev/zero filled the memory
    with pytest.raises(rulegov.ParseError, match="more than 1000 bytes") as raised:
        rulegov.read_plan("/dev/zero", max_bytes=1_000)
    assert raised.value.code == "file-too-large"
    with pytest.raises(rulegov.ParseError, match="more than 1000 bytes"):
        rulegov.read_scheme("/dev/zero", max_bytes=1_000)


def test_a_small_file_is_read_without_setting_aside_the_limit(tmp_path):
    # asking for the limit's bytes at once set aside 64 MiB for every file read, however small
    import tracemalloc  # noqa: PLC0415

    path = tmp_path / "plan.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    tracemalloc.start()
    plan = rulegov.read_plan(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert plan.tasks
    assert peak < 8 * 1024 * 1024


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_a_stream_without_end_is_read_in_pieces_to_the_limit():
    import tracemalloc  # noqa: PLC0415

    tracemalloc.start()
    with pytest.raises(rulegov.ParseError, match="more than 3000000 bytes"):
        rulegov.read_plan("/dev/zero", max_bytes=3_000_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * 3_000_000
