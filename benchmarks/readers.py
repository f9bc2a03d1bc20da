"""How fast web pages and PDFs read, against the raw parse of the chosen library in the same run.

Web pages: the six real government pages in ``tests/io/data/html`` (see PROVENANCE.md there),
a page nested 10,000 deep and a generated 20 MB page are read with rulegov's reader
(``rulegov.io.read_text``: decode, parse, find the article, render lines and tables). The baseline
is the chosen engine alone, ``selectolax.lexbor.LexborHTMLParser`` on the decoded text, and, for
the record of the choice, ``lxml.html.document_fromstring`` on the same text when lxml is
installed. The script also checks what each engine keeps of the deep page: lxml (libxml2) stops
building the tree at depth 255 and drops the text below it.

PDFs: a real 13-page report (``tests/io/data/shenzhen_gender_2021.pdf``) and the generated
``plan.pdf`` and ``table.pdf`` are read with rulegov's reader (pdfplumber),
against pdfplumber's own ``extract_text`` and, for the record, ``pypdf``'s ``extract_text``.

(The script is not named ``html.py``: run as a script, that name would hide the standard library's
``html`` module from pdfminer.)

Run: ``python benchmarks/readers.py`` (``--quick`` takes 3 repetitions instead of 9). Needs the
``html`` and ``pdf`` extras; lxml and pypdf are optional and only measured when installed.
"""

from __future__ import annotations

import gc
import importlib.util
import io
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rulegov.io import read_text
from rulegov.io._html import decode_page

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parents[1] / "tests" / "io" / "data"
REPEAT = 3 if "--quick" in sys.argv else 9


def median_seconds(action: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def pages(folder: Path) -> list[Path]:
    deep = folder / "deep.html"
    deep.write_text("<div>" * 10_000 + "<p>一、加强领导</p>" + "</div>" * 10_000, encoding="utf-8")
    big = folder / "big.html"
    paragraph = "<p>" + "各单位要高度重视法治政府建设工作，确保各项任务落到实处。" * 4 + "</p>\n"
    big.write_text(
        "<html><body><div class='TRS_Editor'>" + paragraph * 60_000 + "</div></body></html>",
        encoding="utf-8",
    )
    return [*sorted((DATA / "html").glob("*.html")), deep, big]


def html_rows(folder: Path) -> None:
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415

    use_lxml = has("lxml")
    print(f"web pages: median of {REPEAT} runs, ms (ratio = rulegov / selectolax parse)")
    print(f"{'page':28} {'KB':>7} {'rulegov':>9} {'selectolax':>11} {'ratio':>6} {'lxml':>8}")
    ratios = []
    for path in pages(folder):
        data = path.read_bytes()
        text = decode_page(data, path.name)
        ours = median_seconds(lambda p=path: read_text(p))
        engine = median_seconds(lambda t=text: LexborHTMLParser(t))
        if path.parent.name == "html":  # the real pages
            ratios.append(ours / engine)
        lxml_cell = ""
        if use_lxml:
            import lxml.html  # noqa: PLC0415

            lxml_cell = (
                f"{median_seconds(lambda t=text: lxml.html.document_fromstring(t)) * 1000:8.2f}"
            )
        print(
            f"{path.name[:28]:28} {len(data) / 1024:7.0f} {ours * 1000:9.2f} {engine * 1000:11.2f} "
            f"{ours / engine:6.1f} {lxml_cell}"
        )
    print(f"median ratio over the real pages: {statistics.median(ratios):.1f}")
    deep = "<div>" * 10_000 + "深" + "</div>" * 10_000
    kept = "深" in (LexborHTMLParser(deep).body.text() if LexborHTMLParser(deep).body else "")
    print(f"10,000 deep: selectolax keeps the innermost text: {kept}")
    if use_lxml:
        import lxml.html  # noqa: PLC0415

        tree = lxml.html.document_fromstring(deep)
        print(f"10,000 deep: lxml keeps the innermost text: {'深' in tree.text_content()}")


def pdf_rows() -> None:
    import pdfplumber  # noqa: PLC0415

    print(f"\nPDFs: median of {REPEAT} runs, ms (ratio = rulegov / pdfplumber extract_text)")
    print(f"{'file':26} {'rulegov':>9} {'pdfplumber':>11} {'ratio':>6} {'pypdf':>8}")
    for name in ("shenzhen_gender_2021.pdf", "plan.pdf", "table.pdf"):
        data = (DATA / name).read_bytes()

        def plain(d: bytes = data) -> str:
            with pdfplumber.open(io.BytesIO(d)) as document:
                return "\n".join(page.extract_text() for page in document.pages)

        ours = median_seconds(lambda n=name: read_text(DATA / n))
        floor = median_seconds(plain)
        pypdf_cell = ""
        if has("pypdf"):
            import pypdf  # noqa: PLC0415

            def other(d: bytes = data) -> str:
                return "\n".join(
                    page.extract_text() for page in pypdf.PdfReader(io.BytesIO(d)).pages
                )

            pypdf_cell = f"{median_seconds(other) * 1000:8.2f}"
        print(
            f"{name[:26]:26} {ours * 1000:9.2f} {floor * 1000:11.2f} {ours / floor:6.1f} {pypdf_cell}"
        )


def main() -> None:
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        html_rows(Path(folder))
    pdf_rows()


if __name__ == "__main__":
    main()
