"""Real documents published as PDF and Word files read as well as they were measured to read.

``tests/io/real`` holds official documents of the genre as their issuers (or a dataset of their
documents) published them, with their provenance and their facts read by hand from the printed
pages (see the folder's README). ``benchmarks/accuracy.py --corpus tests/io --set real`` measures
them; the floors in ``real/floors.json`` are those figures rounded down.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from scriptfiles import load

pytest.importorskip("pdfplumber")

HERE = pathlib.Path(__file__).resolve().parent
REAL = HERE / "real"


def _floors() -> dict[str, Any]:
    floors: dict[str, Any] = json.loads((REAL / "floors.json").read_text(encoding="utf-8"))
    return floors


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    report: dict[str, Any] = load("benchmarks/accuracy.py").run(HERE, ["real"])
    measured: dict[str, Any] = report["sets"]["real"]["summary"]
    return measured


def test_every_real_file_is_read(summary: dict[str, Any]) -> None:
    assert summary["documents"] == _floors()["documents"]
    assert summary["ok"] == summary["documents"]


@pytest.mark.parametrize("field", sorted(_floors()["header"]))
def test_header_accuracy_stays_above_its_floor(summary: dict[str, Any], field: str) -> None:
    measured = summary["header"][field]["accuracy"]
    assert measured >= _floors()["header"][field], f"{field}: {measured:.3f}"


@pytest.mark.parametrize("field", sorted(_floors()["f1"]))
def test_f1_stays_above_its_floor(summary: dict[str, Any], field: str) -> None:
    measured = summary["counts"][field]["f1"]
    assert measured >= _floors()["f1"][field], f"{field}: {measured:.3f}"


def test_every_real_file_has_its_provenance_and_stays_small() -> None:
    total = 0
    for meta_path in sorted(REAL.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        document = REAL / meta["file"]
        assert document.is_file(), meta_path
        assert document.suffix in {".pdf", ".docx"}, meta_path
        assert meta["repository"], meta_path
        assert meta["path"], meta_path
        assert len(meta["commit"]) == 40, meta_path
        assert (REAL / f"{document.stem}.facts.json").is_file(), meta_path
        assert document.stat().st_size < 1_000_000, meta_path
        total += document.stat().st_size
    assert total < 5_000_000
