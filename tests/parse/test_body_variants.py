"""The sections and tasks of the tune documents read as well when their bodies print otherwise.

``benchmarks/body_variants.py`` prints each document's body as real copies print bodies (other
numbering, marked headings, layout, a PDF's cut lines and page furniture, run-on items); each
variant's F1 must stay over its floor, a little under what the reader reads now. Printing and
reading every document 26 ways takes minutes, so the floors are read on one document in two,
chosen by a checksum of its file's name (``scriptfiles.taken``: a new document leaves the others
where they are), and were measured on that half; the benchmark measures them all. A variant
leaves many documents as saved (one without numbered items keeps its text under every
renumbering): each text is read once for its facts, the reading kept for the other variants.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

import pytest

from scriptfiles import load_benchmark, taken

# sections and tasks F1 of each variant over the documents taken, at least: what the half reads,
# less the slack the floor left under the whole set, rounded down to 0.005
FLOORS = {
    "as saved": (0.97, 0.965),
    "items 1．": (0.97, 0.955),
    "items 1.": (0.97, 0.955),
    "items 1、": (0.97, 0.965),
    "items （1）": (0.97, 0.955),
    "items (1)": (0.97, 0.955),
    "items ⑴": (0.97, 0.955),
    "numerals （一） full-width": (0.97, 0.965),
    "sections 第一部分": (0.96, 0.965),
    "sections 第一章": (0.96, 0.965),
    "headings end in 。": (0.945, 0.955),
    "headings end in ：": (0.96, 0.965),
    "headings in 【】": (0.97, 0.965),
    "headings bold **": (0.97, 0.965),
    "CRLF line ends": (0.97, 0.965),
    "full-width indent": (0.97, 0.965),
    "blank lines between": (0.97, 0.965),
    "no blank lines": (0.97, 0.965),
    "traditional": (0.97, 0.965),
    "PDF lines of 28": (0.96, 0.955),
    "PDF lines of 28, spaced cuts": (0.96, 0.955),
    "page numbers between": (0.97, 0.965),
    "running header and numbers": (0.97, 0.965),
    "PDF lines and page numbers": (0.96, 0.955),
    "items 1. run on": (0.97, 0.965),
    "items （一） run on": (0.97, 0.965),
}


@functools.cache
def _benchmark() -> Any:
    """The benchmark, which imports ``head_variants`` from its own folder."""
    return load_benchmark("body_variants.py")


@functools.cache
def _documents() -> list[Any]:
    return [case for case in _benchmark().documents() if taken(case[0].name)]


# a text's reading against its facts, by the text's hash and the facts: reading is deterministic
_READINGS: dict[tuple[bytes, str], Any] = {}


@pytest.fixture
def reading_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The benchmark reads each text with its facts once in this process, however many variants
    print it alike."""
    head_variants = _benchmark().head_variants
    read = head_variants.read_counts

    def read_once(accuracy: Any, text: str, facts: dict[str, Any]) -> Any:
        key = (
            hashlib.sha256(text.encode()).digest(),
            json.dumps(facts, ensure_ascii=False, sort_keys=True),
        )
        if key not in _READINGS:
            _READINGS[key] = read(accuracy, text, facts)
        return _READINGS[key]

    monkeypatch.setattr(head_variants, "read_counts", read_once)


def test_every_variant_has_a_floor():
    assert set(FLOORS) == set(_benchmark().VARIANTS)


def test_the_documents_are_tune_halves_and_dev_only():
    documents = _benchmark().documents()
    assert len(documents) > 200
    for path, _ in documents:
        assert path.parent.name in ("tune", "dev")
    assert 0.4 < len(_documents()) / len(documents) < 0.6  # the floors read about half of them


def test_a_renumbering_variant_renumbers_the_facts_with_the_text():
    module = _benchmark()
    facts = {
        "sections": [{"number": "一", "title": "主要任务", "kind": "tasks", "children": []}],
        "tasks": [{"path": ["一", "1"], "title": "加强领导"}],
    }
    text, printed = module.VARIANTS["items ⑴"]("一、主要任务\n1.加强领导。要落实。\n", facts)
    assert text == "一、主要任务\n⑴加强领导。要落实。\n"
    assert printed["tasks"][0]["path"] == ["一", "(1)"]
    assert facts["tasks"][0]["path"] == ["一", "1"]  # the saved facts are left as read
    text, printed = module.VARIANTS["sections 第一章"]("一、主要任务\n1.加强领导。\n", facts)
    assert text.startswith("第一章\u3000主要任务")
    assert printed["sections"][0]["number"] == "第一章"
    assert printed["tasks"][0]["path"] == ["第一章", "1"]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
@pytest.mark.usefixtures("reading_each_text_once")
def test_each_variant_reads_over_its_floor(name):
    totals, changed, _ = _benchmark().measure(name, _documents())
    sections, tasks = FLOORS[name]
    assert totals["sections"].f1 >= sections, name
    assert totals["tasks"].f1 >= tasks, name
    assert name == "as saved" or changed > 0, f"{name} prints no document otherwise"
