"""A folder of documents into Parquet tables: every file accounted for, stable unique keys."""

from __future__ import annotations

import pytest

import rulegov
from rulegov.cli import main
from rulegov.io import corpus_files, write_corpus
from rulegov.io._views import COLUMNS

pq = pytest.importorskip("pyarrow.parquet")

TEXT = "{year}年工作要点\n一、加强领导\n1.召开会议。6月底前完成。\n牵头单位：区司法局\n2.开展培训不少于{n}次。\n牵头单位：区法院\n"


@pytest.fixture
def folder(tmp_path):
    docs = tmp_path / "docs"
    (docs / "2024").mkdir(parents=True)
    (docs / "a.txt").write_text(TEXT.format(year=2023, n=3), encoding="utf-8")
    (docs / "2024" / "a.txt").write_text(TEXT.format(year=2024, n=5), encoding="utf-8")
    (docs / "copy").mkdir()
    (docs / "copy" / "a.txt").write_text(TEXT.format(year=2023, n=3), encoding="utf-8")
    (docs / "bad.txt").write_bytes(b"\x00\x01")
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # refused, not skipped
    (docs / "notes.bin").write_bytes(b"x")
    return docs


@pytest.mark.parametrize("workers", [1, 2])
def test_every_file_ends_in_a_table(folder, tmp_path, workers):
    seen = []
    summary = write_corpus(
        folder, tmp_path / "out", workers=workers, progress=lambda *a: seen.append(a)
    )
    assert (summary.files, summary.plans, summary.failures) == (5, 3, 2)
    assert sorted(done for done, *_ in seen) == [1, 2, 3, 4, 5]
    plans = pq.read_table(tmp_path / "out" / "plans.parquet").to_pylist()
    ids = [row["plan_id"] for row in plans]
    assert len(set(ids)) == 3  # a copy of a document gets an id of its own
    assert any(plan_id.endswith("~2") for plan_id in ids)
    tasks = pq.read_table(tmp_path / "out" / "tasks.parquet")
    assert tasks.num_rows == 6
    assert set(tasks.column("plan_id").to_pylist()) == set(ids)
    diagnostics = pq.read_table(tmp_path / "out" / "diagnostics.parquet").to_pylist()
    failures = sorted(
        (row for row in diagnostics if row["severity"] == "error"), key=lambda row: row["source"]
    )
    assert [row["source"].rsplit("/", 1)[-1] for row in failures] == ["bad.txt", "old.doc"]
    assert {row["code"] for row in failures} == {"ParseError"}
    assert "NUL bytes" in failures[0]["message"]
    assert "save it as .docx" in failures[1]["message"]
    for name, columns in COLUMNS.items():
        path = tmp_path / "out" / f"{name}.parquet"
        if path.exists():
            assert pq.read_schema(path).names == list(columns), name
    assert summary.rows["tasks"] == 6


def test_ids_are_stable_across_runs(folder, tmp_path):
    first = write_corpus(folder, tmp_path / "one", workers=1)
    second = write_corpus(folder, tmp_path / "two", workers=2)
    assert first.rows == second.rows
    ids = [
        sorted(pq.read_table(out / "plans.parquet").column("plan_id").to_pylist())
        for out in (first.out, second.out)
    ]
    assert ids[0] == ids[1]


def test_corpus_files_and_bad_arguments(folder, tmp_path):
    found = [path.relative_to(folder).as_posix() for path in corpus_files(folder)]
    assert found == ["2024/a.txt", "a.txt", "bad.txt", "copy/a.txt", "old.doc"]
    with pytest.raises(rulegov.ValidationError, match="expected a folder"):
        corpus_files(tmp_path / "missing")
    with pytest.raises(rulegov.ValidationError, match="workers"):
        write_corpus(folder, tmp_path / "out", workers=0)


def test_the_corpus_command_names_each_file_it_cannot_read_by_its_path(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "empty.txt").write_bytes(b"")
    (folder / "2024" / "broken.json").write_bytes(b"{")
    code = main(["corpus", str(folder), "-o", str(tmp_path / "out"), "--workers", "1", "-q"])
    _, err = capsys.readouterr()
    assert code == 1  # the tables are written, and the exit code says that files failed
    broken = (
        f"rulegov: error: {folder / '2024' / 'broken.json'}:1:1: invalid Plan: (root): Invalid JSON: "
        "EOF while parsing an object at line 1 column 1 (got b'{')"
    )
    empty = (
        f"rulegov: error: {folder / '2024' / 'empty.txt'}:1:1: the document is empty; "
        "give the text of a plan"
    )
    assert sorted(err.splitlines()) == [broken, empty]


def test_the_corpus_command(folder, tmp_path, capsys):
    code = main(["corpus", str(folder), "-o", str(tmp_path / "out"), "--workers", "1"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert "rulegov: error: " in err
    assert "the file holds NUL bytes" in err
    assert "3 plans and 2 failures from 5 files" in err
    assert (tmp_path / "out" / "targets.parquet").exists()
    (folder / "bad.txt").unlink()
    (folder / "old.doc").unlink()
    code = main(["corpus", str(folder), "-o", str(tmp_path / "clean"), "--workers", "1", "-q"])
    assert code == 0
    code = main(["corpus", str(tmp_path / "out"), "-o", str(tmp_path / "again")])
    _, err = capsys.readouterr()
    assert code == 1
    assert "no documents" in err


@pytest.mark.parametrize("sources", [5, {"a.txt": 1}, b"folder"])
def test_sources_that_are_neither_a_folder_nor_a_list_say_what_to_give(sources, tmp_path):
    with pytest.raises(rulegov.ValidationError) as caught:
        write_corpus(sources, tmp_path / "out")
    message = str(caught.value)
    assert caught.value.code == "invalid-parameter"
    assert caught.value.path == "sources"
    assert "give a folder (a str or path) or a list of paths" in message
    assert "read_plan" not in message


@pytest.mark.parametrize("name", ["一" * 300, "a/" * 3000])
def test_a_folder_whose_name_is_too_long_is_refused_by_name(tmp_path, name):
    # before: a bare OSError (File name too long) from corpus_files and from write_corpus
    with pytest.raises(rulegov.ValidationError, match="expected a folder of documents") as caught:
        corpus_files(tmp_path / name)
    assert caught.value.code == "invalid-parameter"
    with pytest.raises(rulegov.RulegovError, match="cannot write") as caught:
        write_corpus(tmp_path, tmp_path / name)
    assert caught.value.code == "unwritable-file"
