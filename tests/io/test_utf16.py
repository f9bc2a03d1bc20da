"""Files saved as UTF-16 ("Unicode" in Notepad and Excel), with or without a byte-order mark."""

from __future__ import annotations

import codecs
import os

import pytest

import rulegov
from rulegov.io import read_plan_bytes, read_scheme, read_scheme_bytes
from samples import PLAN_TEXT

ENCODINGS = [
    pytest.param("utf-16-le", b"", id="le"),
    pytest.param("utf-16-be", b"", id="be"),
    pytest.param("utf-16-le", codecs.BOM_UTF16_LE, id="le-bom"),
    pytest.param("utf-16-be", codecs.BOM_UTF16_BE, id="be-bom"),
]
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-16"><title>某区</title></head><body>'
    "<nav>首页 > 通知公告</nav><div class='article'><p>某区2023年法治建设工作要点</p>"
    "<p>一、加强领导</p><p>1.召开会议。年底前召开。</p><p>牵头单位：区司法局</p></div></body></html>"
)
TABLE = "序号,工作任务,牵头单位,完成时限\n1,召开会议,区司法局,2023年底前\n2,开展培训,区法院,2023年6月底前\n"
SCHEME = "一、组织领导（10分）。未成立领导小组的扣10分。\n二、依法决策（20分）。每发现一件未经合法性审查的扣4分。\n"


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_a_text_file_reads_as_the_same_file_in_utf8(tmp_path, encoding, bom):
    path = tmp_path / "plan.txt"
    path.write_bytes(bom + PLAN_TEXT.encode(encoding))
    plan = rulegov.read_plan(path)
    assert plan.title == "某区2023年法治建设工作要点"
    assert plan.tasks[0].lead_units == ["区司法局"]
    assert plan.source is not None
    assert plan.source.text == PLAN_TEXT
    assert read_plan_bytes(bom + PLAN_TEXT.encode(encoding), source="plan.txt") == plan


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_a_web_page_reads_its_article(encoding, bom):
    plan = read_plan_bytes(bom + PAGE.encode(encoding), source="page.html")
    assert plan.title == "某区2023年法治建设工作要点"
    assert [task.title for task in plan.tasks] == ["召开会议"]
    assert plan.tasks[0].lead_units == ["区司法局"]


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_a_plans_json_validates(encoding, bom):
    plan = rulegov.datasets.yancheng_2023()
    assert read_plan_bytes(bom + plan.model_dump_json().encode(encoding)) == plan


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_a_csv_task_table_reads_its_rows(tmp_path, encoding, bom):
    path = tmp_path / "tasks.csv"
    path.write_bytes(bom + TABLE.encode(encoding))
    plan = rulegov.read_plan(path)
    assert [(task.title, task.lead_units) for task in plan.tasks] == [
        ("召开会议", ["区司法局"]),
        ("开展培训", ["区法院"]),
    ]


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_an_appraisal_document_reads_its_items(tmp_path, encoding, bom):
    path = tmp_path / "细则.txt"
    path.write_bytes(bom + SCHEME.encode(encoding))
    for scheme in (read_scheme(path), read_scheme_bytes(bom + SCHEME.encode(encoding))):
        assert [(node.name, node.points) for node in scheme.root.children] == [
            ("组织领导", 10.0),
            ("依法决策", 20.0),
        ]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(bytes(range(256)) * 4, id="every-byte"),
        pytest.param(b"\x01\x00\x02\x00" * 300, id="control-characters"),
        pytest.param(os.urandom(0) + b"\x00\xd8\x41\x00" * 300, id="lone-surrogates"),
        pytest.param("法治".encode("utf-16-le") + b"\x00", id="odd-length"),
    ],
)
def test_binary_bytes_with_nuls_are_still_refused_as_binary(data):
    with pytest.raises(rulegov.ParseError) as caught:
        read_plan_bytes(data, source="x.txt")
    assert caught.value.code == "binary-data"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PLAN_TEXT.replace("。年底前", "。\v年底前"), id="word-line-break"),
        pytest.param(PLAN_TEXT + "注：①②③④⑤⑥⑦⑧⑨⑩≥★■\n", id="symbols"),
        pytest.param("㐀㐁㐂\n" + PLAN_TEXT, id="extension-a"),
    ],
)
def test_text_with_line_breaks_symbols_or_rare_characters_reads_too(encoding, text):
    plan = read_plan_bytes(text.encode(encoding), source="plan.txt")
    assert plan.source is not None
    assert plan.source.text == text
    assert plan.tasks[0].lead_units == ["区司法局"]
