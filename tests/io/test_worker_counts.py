"""A worker count larger than the CPUs starts no more processes than there are CPUs."""

from __future__ import annotations

import pytest

import rulegov
import rulegov.io._corpus
import rulegov.io._many
from rulegov.cli import main

TEXT = "某区{n}年工作要点\n一、加强领导\n1.召开会议。年底前召开。\n牵头单位：区司法局\n"


class _StartedError(Exception):
    """Raised by the stand-in pool once it has been asked for its processes."""


def _stand_in(asked: list[int]):
    def pool(*, max_workers: int, mp_context: object) -> None:  # noqa: ARG001 - the pool's signature
        asked.append(max_workers)
        raise _StartedError

    return pool


@pytest.fixture
def files(tmp_path):
    paths = []
    for n in range(8):
        path = tmp_path / f"{n}.txt"
        path.write_text(TEXT.format(n=2020 + n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("workers", [3, 5_000, 10**12])
def test_read_plans_starts_one_process_per_cpu_at_most(files, monkeypatch, workers):
    asked: list[int] = []
    monkeypatch.setattr(rulegov.io._many.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(rulegov.io._many, "ProcessPoolExecutor", _stand_in(asked))
    with pytest.raises(_StartedError):
        rulegov.read_plans(files, workers=workers)
    assert asked == [2]


@pytest.mark.parametrize("workers", [3, 5_000, 10**12])
def test_write_corpus_starts_one_process_per_cpu_at_most(files, tmp_path, monkeypatch, workers):
    pytest.importorskip("pyarrow")
    asked: list[int] = []
    monkeypatch.setattr(rulegov.io._many.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(rulegov.io._corpus.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(rulegov.io._corpus, "ProcessPoolExecutor", _stand_in(asked))
    with pytest.raises(_StartedError):
        rulegov.io.write_corpus(files, tmp_path / "out", workers=workers)
    assert asked == [2]


def test_a_huge_count_reads_every_file(files):
    results = rulegov.read_plans(files, workers=10**12)
    assert [result.plan.title for result in results if result.plan] == [
        f"某区{2020 + n}年工作要点" for n in range(8)
    ]


@pytest.mark.parametrize("workers", ["-3", "0"])
def test_the_corpus_command_refuses_a_count_below_one(files, tmp_path, capsys, workers):
    pytest.importorskip("pyarrow")
    code = main(["corpus", str(files[0].parent), "-o", str(tmp_path / "out"), "--workers", workers])
    assert code == 1
    assert (
        "workers: expected a whole number of worker processes, 1 or more" in capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()
