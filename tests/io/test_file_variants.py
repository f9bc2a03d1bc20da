"""The tune documents read as well when kept as a web page, a Word file or a PDF.

``benchmarks/file_variants.py`` writes each text document as the files users receive; each kind
of file must stay over its floor, a little under what the readers read now (header fields right,
and sections, tasks and units F1). Writing and reading hundreds of Word files and PDFs takes
minutes, so the tests take one document in two, chosen by a checksum of its file's name (a new
document leaves the others where they are); the benchmark measures them all.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import rulegov.io
from scriptfiles import load_benchmark, taken

pytest.importorskip("pdfplumber")
pytest.importorskip("docx")
pytest.importorskip("selectolax")

# header fields right (a share of those scored), sections, tasks and units F1, at least
FLOORS = {
    "as saved": (0.97, 0.97, 0.975, 0.97),
    "web page": (0.965, 0.97, 0.975, 0.97),
    "Word file": (0.97, 0.97, 0.975, 0.97),
    "PDF": (0.945, 0.965, 0.97, 0.965),
}


@functools.cache
def _benchmark() -> Any:
    """The benchmark, which imports ``head_variants`` from its own folder."""
    return load_benchmark("file_variants.py")


@functools.cache
def _documents() -> list[Any]:
    return [case for case in _benchmark().documents() if taken(case[0].name)]


def test_every_kind_of_file_has_a_floor():
    assert set(FLOORS) == {"as saved", *_benchmark().VARIANTS}


def test_a_pdf_sets_the_heading_centred_and_paragraphs_set_in(tmp_path):
    module = _benchmark()
    facts = {"title": "某县2024年普法工作要点", "issuer": "某县司法局", "notice_title": None}
    text = "某县2024年普法工作要点\n各乡镇：\n一、加强组织领导\n某县司法局\n2024年3月1日"
    offsets = {
        line: offset
        for index, printed in enumerate(text.split("\n"))
        for offset, _, line in module._set_lines(printed, index, facts)
    }
    assert offsets["各乡镇："] == 0.0  # the recipients flush left
    assert offsets["一、加强组织领导"] == 32.0  # a paragraph set in two characters
    assert offsets["某县2024年普法工作要点"] > 32.0  # the heading centred
    assert min(offsets["2024年3月1日"], offsets["某县司法局"]) > 200  # signed to the right
    # spaced rows that make no clear grid (a row with fewer cells) are left out of the PDF
    ragged = "序号  工作任务  牵头单位\n1  普法  司法局\n2  执法"
    assert module.pdf_file(ragged, tmp_path, facts) is None


def test_a_pdf_draws_spaced_rows_of_a_clear_grid_as_a_table(tmp_path):
    module = _benchmark()
    facts = {"title": "某县2024年普法工作要点", "issuer": None, "notice_title": None}
    text = "某县2024年普法工作要点\n序号  工作任务  牵头单位\n1  普法宣传  县司法局\n2  依法行政  县政府办"
    path = module.pdf_file(text, tmp_path, facts)
    assert path is not None
    lines = rulegov.io.read_text(path).split("\n")
    assert "|序号|工作任务|牵头单位|" in lines
    assert "|1|普法宣传|县司法局|" in lines


def test_a_pdf_draws_a_table_that_reads_back_as_its_rows(tmp_path):
    pytest.importorskip("pdfplumber")
    module = _benchmark()
    rows = [["序号", "工作任务", "牵头单位"]] + [
        [str(number), f"推进第{number}项工作" * 12, "县司法局"] for number in range(1, 16)
    ]
    text = "某县2024年普法工作要点\n" + "\n".join("|" + "|".join(row) + "|" for row in rows)
    path = module.pdf_file(text, tmp_path, {"title": "某县2024年普法工作要点"})
    read = rulegov.io.read_text(path).split("\n")
    assert read[1:] == ["|" + "|".join(row) + "|" for row in rows]  # a page broke the table


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_kind_of_file_reads_over_its_floor(name):
    header, totals, written, _, _ = _benchmark().measure(name, _documents())
    share, sections, tasks, units = FLOORS[name]
    assert header[0] >= share * header[1], name
    assert totals["sections"].f1 >= sections, name
    assert totals["tasks"].f1 >= tasks, name
    assert totals["units"].f1 >= units, name
    assert name == "as saved" or written > len(_documents()) / 2, f"{name} writes few files"


# the appraisal documents' items read right (a share of those read by hand), at least: the
# figures measured, rounded down (the tune halves of real52 to real55, harder than the earlier
# sets' on the whole, took the share of the documents as saved from 0.88 to 0.877; those of
# real60 and real61, budget and indicator tables the reader reads least, from 0.874 to 0.855,
# and the PDFs' to 0.839)
SCHEME_FLOORS = {"as saved": 0.85, "web page": 0.85, "Word file": 0.85, "PDF": 0.83}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SCHEME_FLOORS))
def test_the_appraisal_documents_read_over_their_floors_as_files(name):
    module = _benchmark()
    cases = [path for path in module.scheme_documents() if taken(path.name)]
    totals, each = module.measure_schemes(name, cases)
    assert len(each) > 100
    assert totals["items right"] >= SCHEME_FLOORS[name] * totals["items"], name
