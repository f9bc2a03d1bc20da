"""A seeded mutation sweep over the file readers: damaged files give a RulegovError, never anything else.

Valid Word, Excel, web-page and PDF samples are mutated with a fixed seed: bytes flipped, the file
cut short, pieces spliced in from elsewhere, and, for the zip-based formats, the compression
method, the encryption flag and the declared sizes rewritten in the headers. Each mutant is read
with ``read_plan``; it may be read, or refused with a ``RulegovError``, and nothing else. No case
of these small files may take anywhere near a hang's time; speed itself is measured in
``benchmarks/``, not here. The bound is on the processor time this process spends on a case,
which the other work of a busy machine does not lengthen, as it lengthens the time on the clock.
"""

from __future__ import annotations

import random
import struct
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).parent / "data"
SEED = 20241130
CASE_CPU_SECONDS = 30.0  # a hang, not a slow case: the samples are a few kilobytes
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def splice(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    piece = data[start : start + rng.randint(1, 256)]
    at = rng.randrange(len(data))
    return data[:at] + piece + data[at + rng.randint(0, 64) :]


def _zip_field(
    data: bytes, rng: random.Random, offsets: tuple[int, int], fmt: str, value: int
) -> bytes:
    """Write ``value`` at ``offsets`` (local header, central directory) in half the entries."""
    local, central = offsets
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        positions = []
        at = 0
        while (at := out.find(signature, at)) >= 0:
            positions.append(at)
            at += 4
        for position in rng.sample(positions, k=max(1, len(positions) // 2)) if positions else []:
            if position + offset + struct.calcsize(fmt) <= len(out):
                struct.pack_into(fmt, out, position + offset, value)
    return bytes(out)


def compression(rng: random.Random, data: bytes) -> bytes:
    return _zip_field(data, rng, (8, 10), "<H", rng.choice([1, 6, 9, 12, 14, 95, 99, 0xFFFF]))


def encryption(rng: random.Random, data: bytes) -> bytes:
    return _zip_field(data, rng, (6, 8), "<H", rng.choice([0x1, 0x41, 0x809]))


def sizes(rng: random.Random, data: bytes) -> bytes:
    value = rng.choice([0, 1, 100, 50 * 1024, 0x7FFFFFFF, 0xFFFFFFFF])
    field = rng.choice([(18, 20), (22, 24)])  # compressed or uncompressed size
    return _zip_field(data, rng, field, "<I", value)


GENERIC: list[Callable[[random.Random, bytes], bytes]] = [flip, flip, truncate, splice]
ZIPPED = [*GENERIC, compression, encryption, sizes]


def docx_sample(folder: Path) -> bytes:
    import zipfile  # noqa: PLC0415

    path = folder / "sample.docx"
    body = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
        for level, text in [
            (0, "加强组织领导"),
            (1, "召开会议。牵头单位：区司法局"),
            (1, "开展督察。年底前完成"),
        ]
    )
    table = (
        "<w:tbl>"
        + "".join(
            "<w:tr>"
            + "".join(f"<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>" for cell in row)
            + "</w:tr>"
            for row in (["序号", "工作任务", "牵头单位"], ["1", "清理文件", "区司法局"])
        )
        + "</w:tbl>"
    )
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{W}"><w:body>{body}{table}</w:body></w:document>',
        )
        archive.writestr("word/numbering.xml", numbering)
    return path.read_bytes()


def xlsx_sample(folder: Path) -> bytes:
    pytest.importorskip("openpyxl")
    path = folder / "sample.xlsx"
    plan = rulegov.datasets.yancheng_2023()
    rulegov.write_plan(plan.model_copy(update={"sections": plan.sections[:2]}), path)
    return path.read_bytes()


def html_sample(_: Path) -> bytes:
    pytest.importorskip("selectolax")
    return (DATA / "html" / "guobanfa_2018_123.html").read_bytes()


def pdf_sample(_: Path) -> bytes:
    pytest.importorskip("pdfplumber")
    return (DATA / "table.pdf").read_bytes()


FAMILIES = [
    ("docx", docx_sample, ZIPPED, 160),
    ("xlsx", xlsx_sample, ZIPPED, 60),
    ("html", html_sample, GENERIC, 160),
    ("pdf", pdf_sample, GENERIC, 60),
]


def test_mutated_files_give_only_rulegov_errors(tmp_path):
    rng = random.Random(SEED)  # noqa: S311  (a seeded sweep, not cryptography)
    outcomes: Counter[tuple[str, str]] = Counter()
    slowest = 0.0
    for suffix, make, mutations, count in FAMILIES:
        sample = make(tmp_path)
        for case in range(count):
            mutation = mutations[case % len(mutations)]
            data = mutation(rng, sample)
            path = tmp_path / f"case{case}.{suffix}"
            path.write_bytes(data)
            began = time.process_time()
            try:
                rulegov.read_plan(path)
            except rulegov.RulegovError as error:
                assert str(path) in str(error) or path.name in str(error), error
                outcomes[suffix, "refused"] += 1
            else:
                outcomes[suffix, "read"] += 1
            slowest = max(slowest, time.process_time() - began)
    total = sum(count for _, _, _, count in FAMILIES)
    assert sum(outcomes.values()) == total
    for (
        suffix,
        _,
        _,
        _,
    ) in FAMILIES:  # every family saw both outcomes: the sweep reaches the readers
        assert outcomes[suffix, "refused"] > 0, outcomes
        assert outcomes[suffix, "read"] > 0, outcomes
    assert slowest < CASE_CPU_SECONDS
