"""What the PDF libraries log while a PDF is read goes into its diagnostics, not on stderr."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest

import rulegov
from pdfs import pdf_of_lines
from rulegov.io import read_document
from rulegov.io._pdf_log import kept_warnings

pytest.importorskip("pdfplumber")

LINES = [(700, "某区2023年法治政府建设工作要点"), (670, "一、加强领导"), (640, "1.召开会议。")]
WARNED = "Cannot set line width because /'ab' is an invalid float value"


@pytest.fixture
def odd_pdf(tmp_path):
    """A PDF whose line width is a name, not a number: pdfminer logs a warning and reads on."""
    data = pdf_of_lines([LINES], rules=[[(60, 100, 500, 100)]])
    path = tmp_path / "要点.pdf"
    path.write_bytes(data.replace(b"0.5 w", b"/ab w", 1))
    return path


def test_a_warning_of_pdfminer_is_a_diagnostic_not_a_log_record(odd_pdf, caplog):
    caplog.set_level(logging.DEBUG)
    plan = rulegov.read_plan(odd_pdf)
    assert plan.title == "某区2023年法治政府建设工作要点"
    found = [d for d in plan.diagnostics if d.code == "pdf-library-warning"]
    assert len(found) == 1
    assert WARNED in found[0].message
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [d.code for d in read_document(odd_pdf).notes] == ["pdf-library-warning"]


def test_a_program_without_logging_prints_nothing_on_stderr(odd_pdf):
    script = "import sys, rulegov; plan = rulegov.read_plan(sys.argv[1]); print(plan.title)"
    done = subprocess.run(
        [sys.executable, "-c", script, str(odd_pdf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "某区2023年法治政府建设工作要点"
    assert done.stderr == ""


def test_a_clean_pdf_has_no_such_diagnostic(tmp_path):
    path = tmp_path / "要点.pdf"
    path.write_bytes(pdf_of_lines([LINES]))
    assert "pdf-library-warning" not in [d.code for d in rulegov.read_plan(path).diagnostics]


def test_the_loggers_are_left_as_the_program_set_them(odd_pdf):
    quiet = logging.getLogger("pdfplumber")
    miner = logging.getLogger("pdfminer")
    own = logging.NullHandler()
    miner.addHandler(own)
    quiet.propagate = False
    try:
        rulegov.read_plan(odd_pdf)
        assert (miner.handlers, miner.propagate, quiet.handlers, quiet.propagate) == (
            [own],
            True,
            [],
            False,
        )
    finally:
        miner.removeHandler(own)
        quiet.propagate = True


def test_records_of_other_threads_and_lower_levels_go_on_as_before(caplog):
    caplog.set_level(logging.DEBUG)
    logger = logging.getLogger("pdfminer.pdfinterp")
    with kept_warnings() as kept:
        logger.warning("kept")
        logger.debug("a debug line goes on")
        other = threading.Thread(target=logger.warning, args=("another thread's",))
        other.start()
        other.join()
    assert kept == ["kept"]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("DEBUG", "a debug line goes on"),
        ("WARNING", "another thread's"),
    ]
    logger.warning("after")
    assert caplog.records[-1].getMessage() == "after"


def test_a_damaged_file_logging_thousands_of_lines_keeps_a_bounded_note():
    with kept_warnings() as kept:
        for number in range(5_000):
            logging.getLogger("pdfminer.pdfinterp").warning("odd operand %d", number % 7)
    assert len(kept) == 1_000
    note = rulegov.io._pdf_log.warnings_note(kept)
    assert len(note) < 600
    assert "and 2 more" in note


def test_a_reading_inside_another_in_one_thread_leaves_the_outer_one_its_warnings():
    # before, the inner reading's end dropped the thread's list and restored the loggers while
    # the outer one was still open: what came after went to stderr
    logger = logging.getLogger("pdfminer.pdfpage")
    with kept_warnings() as outer:
        with kept_warnings() as inner:
            logger.warning("inner")
        logger.warning("after the inner reading")
        assert logging.getLogger("pdfminer").propagate is False
    assert (outer, inner) == (["after the inner reading"], ["inner"])
    assert logging.getLogger("pdfminer").handlers == []
    assert logging.getLogger("pdfminer").propagate is True
