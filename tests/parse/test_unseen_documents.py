"""The documents the parser was not tuned on stay read at or above their recorded floors.

``documents/unseen`` holds 25 real documents of the genre, split by a seeded draw into ``tune``
(whose failures may guide the parser) and ``check`` (only ever measured); see its README. The
floors in ``floors.json`` are figures measured on each folder and rounded down.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import random
import sys
from typing import Any

import pytest

UNSEEN = pathlib.Path(__file__).resolve().parent / "documents" / "unseen"
BENCHMARK = UNSEEN.parents[3] / "benchmarks" / "accuracy.py"
SETS = ("tune", "check")


def _load_benchmark() -> Any:
    spec = importlib.util.spec_from_file_location("rulegov_accuracy_unseen", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


accuracy = _load_benchmark()


def _floors() -> dict[str, Any]:
    floors: dict[str, Any] = json.loads((UNSEEN / "floors.json").read_text(encoding="utf-8"))
    return floors


@pytest.fixture(scope="module")
def summaries() -> dict[str, Any]:
    report = accuracy.run(UNSEEN, list(SETS))
    return {name: report["sets"][name]["summary"] for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_every_unseen_document_is_read_without_a_crash(
    summaries: dict[str, Any], name: str
) -> None:
    assert summaries[name]["documents"] == _floors()[name]["documents"]
    assert summaries[name]["crashed"] == summaries[name]["failed"] == 0


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in SETS for field in sorted(_floors()[name]["header"])],
)
def test_header_accuracy_stays_above_its_floor(
    summaries: dict[str, Any], name: str, field: str
) -> None:
    measured = summaries[name]["header"][field]["accuracy"]
    assert measured >= _floors()[name]["header"][field], f"{name} {field}: {measured:.3f}"


@pytest.mark.parametrize(
    ("name", "field"), [(name, field) for name in SETS for field in sorted(_floors()[name]["f1"])]
)
def test_f1_stays_above_its_floor(summaries: dict[str, Any], name: str, field: str) -> None:
    measured = summaries[name]["counts"][field]["f1"]
    assert measured >= _floors()[name]["f1"][field], f"{name} {field}: {measured:.3f}"


def test_the_check_folder_is_the_recorded_seeded_draw() -> None:
    stems = {
        name: sorted(
            p.name.removesuffix(".facts.json") for p in (UNSEEN / name).glob("*.facts.json")
        )
        for name in SETS
    }
    every = sorted(stems["tune"] + stems["check"])
    assert len(every) >= 25
    draw = random.Random(20261130)  # noqa: S311 - a reproducible split, not a secret
    assert sorted(draw.sample(every, round(len(every) / 3))) == stems["check"]


def test_every_unseen_document_has_its_provenance_and_is_new() -> None:
    corpus = UNSEEN.parents[2] / "corpus" / "dev"
    known = {
        json.loads(path.read_text(encoding="utf-8"))["url"] for path in corpus.glob("*.meta.json")
    }
    for name in SETS:
        for meta_path in (UNSEEN / name).glob("*.meta.json"):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            assert (UNSEEN / name / meta["file"]).is_file(), meta_path
            assert meta["url"].startswith("http"), meta_path
            assert meta["site"], meta_path
            assert meta["url"] not in known, meta_path
            stem = meta_path.name.removesuffix(".meta.json")
            assert (UNSEEN / name / f"{stem}.facts.json").is_file(), meta_path
