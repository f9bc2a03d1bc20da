"""The sections and tasks of the tune documents read as well when their bodies print otherwise.

``benchmarks/body_variants.py`` prints each document's body as real copies print bodies (other
numbering, marked headings, layout, a PDF's cut lines and page furniture, run-on items); each
variant's F1 must stay over its floor, a little under what the reader reads now.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from scriptfiles import load_benchmark

# sections and tasks F1 of each variant, at least
FLOORS = {
    "as saved": (0.97, 0.97),
    "items 1．": (0.97, 0.96),
    "items 1.": (0.97, 0.96),
    "items 1、": (0.97, 0.97),
    "items （1）": (0.97, 0.96),
    "items (1)": (0.97, 0.96),
    "items ⑴": (0.97, 0.96),
    "numerals （一） full-width": (0.97, 0.97),
    "sections 第一部分": (0.96, 0.97),
    "sections 第一章": (0.96, 0.97),
    "headings end in 。": (0.95, 0.96),
    "headings end in ：": (0.96, 0.97),
    "headings in 【】": (0.97, 0.97),
    "headings bold **": (0.97, 0.97),
    "CRLF line ends": (0.97, 0.97),
    "full-width indent": (0.97, 0.97),
    "blank lines between": (0.97, 0.97),
    "no blank lines": (0.97, 0.97),
    "traditional": (0.97, 0.97),
    "PDF lines of 28": (0.96, 0.96),
    "PDF lines of 28, spaced cuts": (0.96, 0.96),
    "page numbers between": (0.97, 0.97),
    "running header and numbers": (0.97, 0.97),
    "PDF lines and page numbers": (0.96, 0.96),
    "items 1. run on": (0.97, 0.97),
    "items （一） run on": (0.97, 0.97),
}


@functools.cache
def _benchmark() -> Any:
    """The benchmark, which imports ``head_variants`` from its own folder."""
    return load_benchmark("body_variants.py")


@functools.cache
def _documents() -> list[Any]:
    return _benchmark().documents()


def test_every_variant_has_a_floor():
    assert set(FLOORS) == set(_benchmark().VARIANTS)


def test_the_documents_are_tune_halves_and_dev_only():
    documents = _documents()
    assert len(documents) > 200
    for path, _ in documents:
        assert path.parent.name in ("tune", "dev")


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
def test_each_variant_reads_over_its_floor(name):
    totals, changed, _ = _benchmark().measure(name, _documents())
    sections, tasks = FLOORS[name]
    assert totals["sections"].f1 >= sections, name
    assert totals["tasks"].f1 >= tasks, name
    assert name == "as saved" or changed > 0, f"{name} prints no document otherwise"
