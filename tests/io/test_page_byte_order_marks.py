"""A web page whose byte-order mark promises an encoding its bytes break is refused, not mended."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

import pytest

import rulegov

if TYPE_CHECKING:
    import pathlib

pytest.importorskip("selectolax")

_PAGE = "<html><body><p>一、加强领导</p><p>1.召开会议。</p></body></html>"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF16_LE + _PAGE.encode("utf-16-le") + b"\x00", "utf-16"),
        (codecs.BOM_UTF16_BE + _PAGE.encode("utf-16-be")[:-1], "utf-16"),
        (codecs.BOM_UTF16_LE + b"\x00", "utf-16"),
        (codecs.BOM_UTF8 + _PAGE.encode()[:-40] + b"\xff\xfe" + _PAGE.encode()[-40:], "utf-8-sig"),
    ],
    ids=["utf-16-le-odd-byte", "utf-16-be-cut", "mark-and-one-byte", "utf-8-bad-bytes"],
)
def test_a_page_breaking_its_mark_is_an_error_at_the_bad_byte(
    data: bytes, encoding: str, tmp_path: pathlib.Path
) -> None:
    page = tmp_path / "要点.html"
    page.write_bytes(data)
    with pytest.raises(rulegov.ParseError) as caught:
        rulegov.read_plan(page)
    assert caught.value.code == "undecodable-text"
    assert f"byte-order mark but is not valid {encoding}" in str(caught.value)
    assert caught.value.source == str(page)
    assert caught.value.line is not None


@pytest.mark.parametrize("bom", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8])
def test_a_page_true_to_its_mark_reads_as_in_utf8(bom: bytes, tmp_path: pathlib.Path) -> None:
    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(bom, "utf-8")
    marked, plain = tmp_path / "marked.html", tmp_path / "plain.html"
    marked.write_bytes(bom + _PAGE.encode(codec))
    plain.write_bytes(_PAGE.encode())
    assert [t.title for t in rulegov.read_plan(marked).tasks] == ["召开会议"]
    assert rulegov.read_plan(marked).sections == rulegov.read_plan(plain).sections
