"""Office archives (.docx, .xlsx): sizes measured not trusted, DTDs refused in every encoding, one error type."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import pytest

import rulegov
from rulegov.io import read_task_table, read_text
from rulegov.io._zip import MAX_RATIO, markup_encoding, read_archive

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一、加强领导</w:t></w:r></w:p></w:body></w:document>'


def docx_bytes(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def set_sizes(data: bytes, size: int) -> bytes:
    """Rewrite every declared uncompressed size (local headers and central directory) to ``size``."""
    out = bytearray(data)
    offset = 0
    while (offset := out.find(b"PK\x03\x04", offset)) >= 0:
        struct.pack_into("<I", out, offset + 22, size)
        offset += 4
    offset = 0
    while (offset := out.find(b"PK\x01\x02", offset)) >= 0:
        struct.pack_into("<I", out, offset + 24, size)
        offset += 4
    return bytes(out)


def patch_headers(data: bytes, position: int, fmt: str, value: int) -> bytes:
    """Write ``value`` at ``position`` of every local header and (shifted by 2) central directory entry."""
    out = bytearray(data)
    offset = 0
    while (offset := out.find(b"PK\x03\x04", offset)) >= 0:
        struct.pack_into(fmt, out, offset + position, value)
        offset += 4
    offset = 0
    while (offset := out.find(b"PK\x01\x02", offset)) >= 0:
        struct.pack_into(fmt, out, offset + position + 2, value)
        offset += 4
    return bytes(out)


def test_a_member_that_lies_about_its_size_is_stopped_while_streaming(tmp_path):
    zeros = b"\x00" * (64 * 1024 * 1024)  # 64 MiB packs into ~64 KiB
    data = set_sizes(docx_bytes({"word/document.xml": zeros}), 50 * 1024)
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    tracemalloc.start()
    with pytest.raises(rulegov.ParseError) as caught:
        read_text(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    assert caught.value.source == str(path)


def test_a_member_bigger_than_declared_is_capped_by_ratio(tmp_path, monkeypatch):
    zeros = b"\x00" * (64 * 1024 * 1024)
    data = set_sizes(docx_bytes({"word/document.xml": zeros}), 0x7FFFFFFF)
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    unpacked = 0
    read = zipfile.ZipExtFile.read

    def counted(stream: zipfile.ZipExtFile, n: int = -1) -> bytes:
        nonlocal unpacked
        chunk = read(stream, n)
        unpacked += len(chunk)
        return chunk

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted)
    tracemalloc.start()
    with pytest.raises(rulegov.ParseError, match="refusing a possible zip bomb"):
        read_text(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 16 * 1024 * 1024
    # unpacking stops once the ratio is passed: about 13 MiB of the 64, not the whole member
    with zipfile.ZipFile(path) as archive:
        packed = archive.getinfo("word/document.xml").compress_size
    assert unpacked <= MAX_RATIO * packed + 64 * 1024


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_total_unpacked_size_follows_max_bytes(tmp_path, suffix):
    text = ("<a>" + "法治" * 20_000 + "</a>").encode()
    path = tmp_path / f"big{suffix}"
    path.write_bytes(docx_bytes({"word/a.xml": text, "xl/b.xml": text}))
    reader = read_text if suffix == ".docx" else read_task_table
    with pytest.raises(rulegov.ParseError, match="unpacks to more than 150000 bytes"):
        reader(path, max_bytes=150_000)


DTD = '<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE x [<!ENTITY a "任务">]><x>&a;</x>'


@pytest.mark.parametrize(
    ("codec", "declared", "bom"),
    [
        ("utf-8", "UTF-8", b""),
        ("utf-8", "UTF-8", b"\xef\xbb\xbf"),
        ("utf-16-le", "UTF-16", b"\xff\xfe"),
        ("utf-16-be", "UTF-16", b"\xfe\xff"),
        ("utf-16-le", "UTF-16", b""),
        ("utf-16-be", "UTF-16", b""),
        ("utf-32-le", "UTF-32", b"\xff\xfe\x00\x00"),
        ("utf-32-be", "UTF-32", b"\x00\x00\xfe\xff"),
        ("utf-32-le", "UTF-32", b""),
        ("gb18030", "GB18030", b""),
    ],
)
@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_dtds_are_refused_in_every_encoding(tmp_path, codec, declared, bom, suffix):
    xml = bom + DTD.format(encoding=declared).encode(codec)
    entry = "word/document.xml" if suffix == ".docx" else "xl/worksheets/sheet1.xml"
    path = tmp_path / f"entities{suffix}"
    path.write_bytes(docx_bytes({entry: xml}))
    reader = read_text if suffix == ".docx" else read_task_table
    with pytest.raises(rulegov.ParseError, match=f"declares a DTD in entry '{entry}'"):
        reader(path)


def test_a_declaration_that_lies_about_the_encoding_does_not_hide_a_dtd():
    xml = b'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    with pytest.raises(rulegov.ParseError, match="declares a DTD"):
        read_archive(docx_bytes({"a.xml": xml}), 10_000, "archive", "a.zip")


def test_a_dtd_in_a_part_with_any_name_is_refused(tmp_path):
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/body.dat"/></Relationships>'
    )
    hidden = '<!DOCTYPE w:document [<!ENTITY a "任务">]>' + DOCUMENT.replace("一、加强领导", "&a;")
    path = tmp_path / "renamed.docx"
    path.write_bytes(docx_bytes({"_rels/.rels": rels.encode(), "word/body.dat": hidden.encode()}))
    with pytest.raises(rulegov.ParseError, match=r"declares a DTD in entry 'word/body\.dat'"):
        read_text(path)


def test_pictures_are_not_checked_as_markup(tmp_path):
    svg = b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg/>'
    path = tmp_path / "picture.docx"
    path.write_bytes(
        docx_bytes({"word/document.xml": DOCUMENT.encode(), "word/media/image1.svg": svg})
    )
    assert read_text(path) == "一、加强领导"


def test_an_unknown_declared_encoding_is_refused():
    xml = b'<?xml version="1.0" encoding="x-made-up"?><x/>'
    with pytest.raises(rulegov.ParseError, match="declares the unknown encoding 'x-made-up'"):
        read_archive(docx_bytes({"a.xml": xml}), 10_000, "archive", "a.zip")


def test_markup_encoding():
    assert markup_encoding("<?xml?>".encode("utf-32-be")) == "utf-32-be"
    assert markup_encoding(b"\xfe\xff\x00<") == "utf-16-be"
    assert markup_encoding(b"<x/>") == "utf-8"


def test_an_encrypted_member_is_one_parse_error(tmp_path):
    data = patch_headers(docx_bytes({"word/document.xml": DOCUMENT.encode()}), 6, "<H", 0x1)
    path = tmp_path / "locked.docx"
    path.write_bytes(data)
    with pytest.raises(rulegov.ParseError, match="the entry is encrypted") as caught:
        read_text(path)
    assert "word/document.xml" in str(caught.value)


def test_an_unknown_compression_method_is_one_parse_error(tmp_path):
    data = patch_headers(docx_bytes({"word/document.xml": DOCUMENT.encode()}), 8, "<H", 99)
    path = tmp_path / "odd.docx"
    path.write_bytes(data)
    with pytest.raises(rulegov.ParseError, match="unsupported compression method"):
        read_text(path)


def test_a_corrupt_stream_is_one_parse_error(tmp_path):
    data = bytearray(docx_bytes({"word/document.xml": DOCUMENT.encode() * 20}))
    start = data.find(b"word/document.xml") + len("word/document.xml")
    for index in range(start + 5, start + 40):
        data[index] ^= 0x5A
    path = tmp_path / "corrupt.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(rulegov.ParseError, match="damaged") as caught:
        read_text(path)
    assert caught.value.source == str(path)


def test_a_truncated_workbook_is_one_parse_error(tmp_path):
    source = tmp_path / "plan.xlsx"
    pytest.importorskip("openpyxl")
    rulegov.write_plan(rulegov.datasets.yancheng_2023(), source)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(source.read_bytes()[:3000])
    with pytest.raises(rulegov.ParseError) as caught:
        read_task_table(path)
    assert caught.value.source == str(path)


def test_a_workbook_missing_its_parts_is_one_parse_error(tmp_path):
    pytest.importorskip("openpyxl")
    path = tmp_path / "hollow.xlsx"
    path.write_bytes(docx_bytes({"xl/workbook.xml": b"<workbook/>"}))
    with pytest.raises(rulegov.ParseError, match="not a readable Excel workbook"):
        read_task_table(path)
