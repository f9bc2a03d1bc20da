"""`rulegov scheme -`: a scheme's JSON or an appraisal document read from standard input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from rulegov.cli import main

TEXT = (
    "某县法治建设考核细则（满分30分）\n"
    "一、组织领导（10分）。未成立领导小组的扣5分。\n"
    "二、依法决策（20分）。每发现一件未经合法性审查的扣4分，扣完为止。\n"
    "25分以上为优秀，18分以下为不合格，其余为合格。"
)


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: bytes,
    *argv: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _items(out: str) -> list[tuple[str, float]]:
    return [(node["name"], node["points"]) for node in json.loads(out)["root"]["children"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_a_document_piped_in_reads_as_the_same_file_named(capsys, monkeypatch, tmp_path, encoding):
    path = tmp_path / "考核细则.txt"
    path.write_bytes(TEXT.encode(encoding))
    code, out, err = _run(capsys, monkeypatch, path.read_bytes(), "scheme", "-")
    assert (code, err) == (0, "")
    assert _items(out) == [("组织领导", 10.0), ("依法决策", 20.0)]
    assert main(["scheme", str(path)]) == 0
    from_file = json.loads(capsys.readouterr().out)
    assert json.loads(out)["root"] == from_file["root"]
    assert json.loads(out)["rules"] == from_file["rules"]


def test_a_web_page_piped_in_is_read_without_its_site(capsys, monkeypatch):
    pytest.importorskip("selectolax")
    page = (
        '<!DOCTYPE html><html><head><meta charset="gb2312"></head><body>'
        "<div>当前位置：首页 > 通知公告</div><div id='zoom'><p>某县法治建设考核细则</p><table>"
        "<tr><td>序号</td><td>考核项目</td><td>分值</td><td>评分标准</td></tr>"
        "<tr><td>1</td><td>组织领导</td><td>10</td><td>未成立领导小组的扣5分。</td></tr>"
        "</table></div><div>版权所有：某县人民政府</div></body></html>"
    )
    code, out, err = _run(capsys, monkeypatch, page.encode("gbk"), "scheme", "-")
    assert (code, err) == (0, "")
    assert _items(out) == [("组织领导", 10.0)]
    assert [rule["points"] for rule in json.loads(out)["rules"]] == [5.0]


def test_a_word_document_piped_in_is_told_by_its_bytes(capsys, monkeypatch, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县法治建设考核细则")
    for line in TEXT.split("\n")[1:3]:
        document.add_paragraph(line)
    path = tmp_path / "细则.docx"
    document.save(str(path))
    code, out, err = _run(capsys, monkeypatch, path.read_bytes(), "scheme", "-", "--inputs")
    assert (code, err) == (0, "")
    assert "未成立领导小组的扣5分" in out
    assert "每发现一件未经合法性审查的扣4分" in out


def test_the_json_of_a_scheme_is_still_read_from_standard_input(capsys, monkeypatch, tmp_path):
    target = tmp_path / "scheme.json"
    _run(capsys, monkeypatch, TEXT.encode(), "scheme", "-", "-o", str(target))
    code, out, err = _run(capsys, monkeypatch, target.read_bytes(), "scheme", "-")
    assert (code, err) == (0, "")
    assert json.loads(out) == json.loads(target.read_text(encoding="utf-8"))


def test_evaluate_takes_a_scheme_document_from_standard_input(capsys, monkeypatch, tmp_path):
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"区司法局": {"1-1": 1, "2-1": 2}}), encoding="utf-8")
    code, out, err = _run(
        capsys,
        monkeypatch,
        TEXT.encode("gbk"),
        "evaluate",
        "--scheme",
        "-",
        "--data",
        str(data),
        "--format",
        "json",
    )
    assert (code, err) == (0, "")
    assert [(row["unit"], row["score"]) for row in json.loads(out)] == [("区司法局", 17.0)]


def test_diagnostics_name_standard_input(capsys, monkeypatch):
    text = "考核细则（满分100分）\n一、组织领导（10分）。未成立领导小组的扣5分。"
    code, _, err = _run(capsys, monkeypatch, text.encode("gbk"), "scheme", "-")
    assert code == 0
    assert err
    assert all(line.startswith("<stdin>:") for line in err.splitlines())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600,
            "<stdin>: the file is an old binary Office file (OLE2: .doc, .xls, .ppt, .wps or .et)",
        ),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "<stdin>: the file is a PNG image"),
        (b"", "<stdin>:1:1: the document is empty"),
        (b'{"id": 5, "root": {"id": "all"}}', "<stdin>: invalid Scheme: id:"),
    ],
)
def test_what_cannot_be_read_is_one_line_naming_standard_input(capsys, monkeypatch, data, message):
    code, out, err = _run(capsys, monkeypatch, data, "scheme", "-")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"rulegov: error: {message}")


def test_the_help_says_what_standard_input_takes(capsys):
    assert main(["scheme", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "- reads any of these but .csv from standard input" in out
    assert "cat 考核细则.txt | rulegov scheme -" in out
