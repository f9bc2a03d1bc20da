"""The accuracy of reading the development corpus stays at or above the recorded floors.

The floors in ``floors.json`` are figures measured on ``tests/corpus/dev`` and rounded down;
raise them deliberately when the parser improves. The held-out set is never read here.
The other tests check that the comparison in ``benchmarks/accuracy.py`` scores what it should.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import rulegov
from scriptfiles import load

CORPUS = pathlib.Path(__file__).resolve().parent


accuracy = load("benchmarks/accuracy.py")


@pytest.fixture(scope="module")
def dev_summary() -> dict[str, Any]:
    report: dict[str, Any] = accuracy.run(CORPUS, ["dev"])
    summary: dict[str, Any] = report["sets"]["dev"]["summary"]
    return summary


def _floors() -> dict[str, Any]:
    floors: dict[str, Any] = json.loads((CORPUS / "floors.json").read_text(encoding="utf-8"))
    return floors


def test_every_dev_document_is_read_without_a_crash(dev_summary: dict[str, Any]) -> None:
    assert dev_summary["documents"] == _floors()["documents"]
    assert dev_summary["crashed"] == 0


@pytest.mark.parametrize("field", sorted(_floors()["header"]))
def test_header_accuracy_stays_above_its_floor(dev_summary: dict[str, Any], field: str) -> None:
    measured = dev_summary["header"][field]["accuracy"]
    assert measured >= _floors()["header"][field], f"{field}: {measured:.3f}"


@pytest.mark.parametrize("field", sorted(_floors()["f1"]))
def test_f1_stays_above_its_floor(dev_summary: dict[str, Any], field: str) -> None:
    measured = dev_summary["counts"][field]["f1"]
    assert measured >= _floors()["f1"][field], f"{field}: {measured:.3f}"


def test_the_held_out_set_is_a_third_of_the_corpus() -> None:
    dev = list((CORPUS / "dev").glob("*.facts.json"))
    heldout = list((CORPUS / "heldout").glob("*.facts.json"))
    assert len(dev) + len(heldout) >= 40
    assert 0.3 <= len(heldout) / (len(dev) + len(heldout)) <= 0.4
    assert not {p.name for p in dev} & {p.name for p in heldout}


def test_every_document_has_its_provenance_and_its_facts() -> None:
    for folder in ("dev", "heldout", "schemes/dev", "schemes/heldout"):
        for meta_path in (CORPUS / folder).glob("*.meta.json"):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            assert (CORPUS / folder / meta["file"]).is_file(), meta_path
            assert meta["url"].startswith("http"), meta_path
            assert meta["site"], meta_path
            stem = meta_path.name.removesuffix(".meta.json")
            kind = "scheme" if folder.startswith("schemes") else "facts"
            assert (CORPUS / folder / f"{stem}.{kind}.json").is_file(), meta_path


# The comparison itself.

FACTS: dict[str, Any] = {
    "file": "x.txt",
    "notice_title": "某县人民政府办公室关于印发《某县2023年法治政府建设工作要点》的通知",
    "title": "某县2023年法治政府建设工作要点",
    "issuer": "某县人民政府办公室",
    "date": "2023-03-09",
    "number": "某政办发〔2023〕8号",
    "recipients": ["各乡镇人民政府、街道办", "县政府各部门"],
    "sections": [
        {"number": "一", "title": "总体要求", "kind": "prose", "children": []},
        {"number": "二", "title": "主要任务", "kind": "tasks", "children": []},
    ],
    "tasks": [
        {
            "path": ["二", "(一)"],
            "title": "深入推进简政放权",
            "lead": ["县司法局"],
            "responsible": ["县政府办公室"],
            "cooperating": [],
            "deadline": None,
        },
        {
            "path": ["二", "(二)"],
            "title": "开展行政执法案卷评查",
            "lead": [],
            "responsible": [],
            "cooperating": [],
            "deadline": None,
        },
    ],
    "targets": ["100%"],
    "citations": ["法治政府建设实施纲要(2021—2025年)"],
    "groups": ["执法协调小组"],
    "assessments": [{"kind": "评查", "task": ["二", "(二)"], "text": "行政执法案卷评查"}],
}


def _found_like_facts() -> Any:
    return accuracy.Found(
        notice_title="关于印发《某县2023年法治政府建设工作要点》的通知",
        title="某县2023年法治政府建设工作要点",
        issuer="某县人民政府办公室",
        date="2023-03-09",
        number="某政办发[2023]8号",
        recipients=["各乡镇人民政府、街道办", "县政府各部门"],
        sections=[(("一",), "总体要求"), (("二",), "主要任务")],
        tasks=[
            accuracy.FoundTask(
                "t1",
                ("二", "（一）"),
                "深入推进简政放权",
                [("lead", "县司法局"), ("responsible", "县政府办公室")],
            ),
            accuracy.FoundTask("t2", ("二", "（二）"), "开展行政执法案卷评查", []),
        ],
        targets=["行政执法决定100%"],
        citations=["法治政府建设实施纲要（2021—2025年）"],
        groups=["区委依法治区委员会执法协调小组"],
        assessments=[("case_file_review", "t2", "案卷评查")],
    )


def test_a_reading_equal_to_the_facts_scores_full_marks() -> None:
    header, counts = accuracy.compare(FACTS, _found_like_facts())
    assert all(value.correct == value.scored == 1 for value in header.values())
    assert {name: count.f1 for name, count in counts.items()} == dict.fromkeys(
        accuracy.SET_FIELDS, 1.0
    )


def test_full_and_half_width_punctuation_and_spaces_compare_equal() -> None:
    assert accuracy.normalise("（2021—2025年），各 部门") == accuracy.normalise(
        "(2021—2025年),各部门"
    )
    assert accuracy.normalise_number("（一）") == "(一)"
    assert accuracy.normalise_number("1、") == accuracy.normalise_number("1.") == "1"


def test_a_mirrors_glosses_with_or_without_tones_compare_as_the_text_they_gloss() -> None:
    assert accuracy.normalise("各(ge)省(sheng)(sheng)教(jiao)育(yu)廳") == "各省教育廳"
    assert accuracy.normalise("關(guān)于印發(fā)") == "關于印發"


def test_recipients_split_on_the_enumeration_comma_are_wrong() -> None:
    header = accuracy.score_header(
        "recipients", ["永昌县、金川区人民政府"], ["永昌县", "金川区人民政府"], None
    )
    assert (header.correct, header.scored) == (0, 1)


def test_a_value_the_facts_lack_is_counted_as_spurious() -> None:
    header = accuracy.score_header("issuer", None, "来源:某县司法局", None)
    assert (header.correct, header.scored, header.spurious) == (0, 0, 1)


def test_tasks_match_on_path_tail_and_title() -> None:
    expected = [(["二", "(一)", "1"], "全面实施行政许可事项清单管理")]
    assert accuracy.match_items(expected, [(("(一)", "1"), "全面实施行政许可事项清单管理")]) == [
        (0, 0)
    ]
    assert accuracy.match_items(expected, [(("二", "(一)", "1"), "召开委员会会议")]) == []


def test_missed_tasks_lose_their_units_and_extra_tasks_count_theirs() -> None:
    found = _found_like_facts()
    found.tasks = [accuracy.FoundTask("t9", ("三",), "另一项工作", [("lead", "县财政局")])]
    _, counts = accuracy.compare(FACTS, found)
    assert (counts["tasks"].tp, counts["tasks"].fp, counts["tasks"].fn) == (0, 1, 2)
    assert (counts["units"].tp, counts["units"].fp, counts["units"].fn) == (0, 1, 2)


def _corpus_with(tmp_path: pathlib.Path, name: str, content: bytes) -> pathlib.Path:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / name).write_bytes(content)
    facts = dict(FACTS, file=name)
    (tmp_path / "dev" / f"{name.rsplit('.', 1)[0]}.facts.json").write_text(
        json.dumps(facts, ensure_ascii=False), encoding="utf-8"
    )
    return tmp_path


def test_a_reader_that_crashes_is_counted_and_the_run_goes_on(tmp_path: pathlib.Path) -> None:
    corpus = _corpus_with(tmp_path, "a.txt", "一、主要任务".encode())

    def crash(path: pathlib.Path) -> rulegov.Plan:
        raise RuntimeError(path.name)

    summary = accuracy.run(corpus, ["dev"], read=crash)["sets"]["dev"]["summary"]
    assert (summary["documents"], summary["crashed"]) == (1, 1)
    assert summary["counts"]["tasks"]["fn"] == len(FACTS["tasks"])
    assert summary["header"]["title"]["scored"] == 1


def test_pooled_folders_add_up_by_half_and_a_folder_without_halves_is_left_out(
    tmp_path: pathlib.Path,
) -> None:
    for folder, halves in (("set2", ("tune", "check")), ("set10", ("tune", "check"))):
        for half in halves:
            (tmp_path / folder).mkdir(exist_ok=True)
            _corpus_with(tmp_path / folder, "a.txt", "一、主要任务".encode())
            (tmp_path / folder / "dev").rename(tmp_path / folder / half)
    (tmp_path / "loose").mkdir()
    _corpus_with(tmp_path / "loose", "a.txt", "一、主要任务".encode())

    def read_the_title_only(path: pathlib.Path) -> rulegov.Plan:
        title = FACTS["title"] if "check" in path.parts else "另一个计划"
        return rulegov.Plan(title=title, sections=[])

    report = accuracy.run_pooled(tmp_path, read=read_the_title_only)
    assert list(report["folders"]) == ["set2", "set10"]
    title = {half: report["sets"][half]["summary"]["header"]["title"] for half in ("tune", "check")}
    assert (title["tune"]["correct"], title["tune"]["scored"]) == (0, 2)
    assert (title["check"]["correct"], title["check"]["scored"]) == (2, 2)
    assert report["folders"]["set10"]["check"][0] == 1
    assert "set10" in accuracy.folder_lines(report)


def test_a_reader_that_refuses_is_counted_as_a_failure(tmp_path: pathlib.Path) -> None:
    corpus = _corpus_with(tmp_path, "a.txt", "一、主要任务".encode())

    def refuse(path: pathlib.Path) -> rulegov.Plan:
        raise rulegov.ParseError("unsupported format", source=str(path))

    summary = accuracy.run(corpus, ["dev"], read=refuse)["sets"]["dev"]["summary"]
    assert (summary["failed"], summary["crashed"]) == (1, 0)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", "<html><body><h1>某县2023年法治政府建设工作要点</h1></body></html>".encode()),
        ("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ],
)
def test_a_format_the_reader_may_not_support_never_stops_the_benchmark(
    tmp_path: pathlib.Path, name: str, content: bytes
) -> None:
    corpus = _corpus_with(tmp_path, name, content)
    report = accuracy.run(corpus, ["dev"])
    summary = report["sets"]["dev"]["summary"]
    assert summary["documents"] == 1
    assert summary["counts"]["tasks"]["tp"] == 0
    assert summary["counts"]["tasks"]["fn"] == len(FACTS["tasks"])
    assert "accuracy" in accuracy.table(report)


# Appraisal documents.

SCHEME_FACTS: dict[str, Any] = {
    "file": "s.txt",
    "title": "某县法治建设考核细则",
    "issuer": None,
    "date": None,
    "total": 10,
    "items": [
        {
            "number": "一",
            "title": "组织领导",
            "points": 10,
            "children": [
                {"number": "1", "title": "成立领导小组", "points": 4, "children": []},
                {"number": "2", "title": "制定工作计划", "points": 6, "children": []},
            ],
        }
    ],
    "deductions": [
        {"item": "1", "text": "未成立的扣4分", "points": 4, "per": None},
        {"item": "2", "text": "每缺一项扣1分", "points": 1, "per": "项"},
    ],
    "bonus": [{"text": "获省级表彰的加2分", "points": 2, "cap": None}],
    "veto": [],
    "grades": [{"name": "优秀", "min": 90, "max": None}],
}


def _scheme(first_points: float = 4) -> rulegov.Scheme:
    return rulegov.Scheme.model_validate(
        {
            "id": "s",
            "name": "某县法治建设考核细则",
            "root": {
                "id": "root",
                "aggregation": "sum",
                "children": [
                    {
                        "id": "a",
                        "name": "组织领导",
                        "aggregation": "sum",
                        "children": [
                            {"id": "a1", "name": "成立领导小组", "points": first_points},
                            {"id": "a2", "name": "制定工作计划", "points": 6},
                        ],
                    }
                ],
            },
            "rules": [
                {
                    "kind": "deduction",
                    "id": "r1",
                    "node": "a1",
                    "input": "no_group",
                    "points": 4,
                    "reason": "未成立的扣4分",
                },
                {
                    "kind": "deduction",
                    "id": "r2",
                    "node": "a2",
                    "input": "missing_items",
                    "points": 1,
                    "reason": "每缺一项扣1分",
                },
                {
                    "kind": "bonus",
                    "id": "b1",
                    "input": "awards",
                    "points": 2,
                    "reason": "省级表彰加2分",
                },
            ],
            "grading": {"bands": [{"grade": "excellent", "label": "优秀", "min": 90}]},
        }
    )


def test_a_scheme_read_as_by_hand_scores_full_marks() -> None:
    header, counts = accuracy.compare_scheme(SCHEME_FACTS, accuracy.found_from_scheme(_scheme()))
    assert (header["points"].correct, header["points"].scored) == (3, 3)
    assert (header["total"].correct, header["total"].scored) == (1, 1)
    assert {name: counts[name].f1 for name in ("items", "deductions", "bonus", "grades")} == (
        dict.fromkeys(("items", "deductions", "bonus", "grades"), 1.0)
    )
    assert counts["veto"].f1 is None


def test_wrong_points_are_counted_on_the_item_and_on_every_sum_above_it() -> None:
    header, _ = accuracy.compare_scheme(SCHEME_FACTS, accuracy.found_from_scheme(_scheme(5)))
    assert (header["points"].correct, header["points"].scored) == (1, 3)
    assert (header["total"].correct, header["total"].scored) == (0, 1)


def test_appraisal_documents_are_measured_with_the_reader_given(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "schemes" / "dev"
    folder.mkdir(parents=True)
    (folder / "s.txt").write_text("一、组织领导(10分)", encoding="utf-8")
    (folder / "s.scheme.json").write_text(
        json.dumps(SCHEME_FACTS, ensure_ascii=False), encoding="utf-8"
    )
    report = accuracy.run_schemes(tmp_path, ["schemes/dev"], read=lambda _path: _scheme())
    summary = report["sets"]["schemes/dev"]["summary"]
    assert (summary["ok"], summary["counts"]["items"]["tp"]) == (1, 3)

    def refuse(path: pathlib.Path) -> rulegov.Scheme:
        raise rulegov.ParseError("no scored items", source=str(path))

    report = accuracy.run_schemes(tmp_path, ["schemes/dev"], read=refuse)
    summary = report["sets"]["schemes/dev"]["summary"]
    assert (summary["failed"], summary["counts"]["items"]["fn"]) == (1, 3)
    assert "appraisal documents" in accuracy.scheme_table(report)


def _points_add_up(items: list[dict[str, Any]], where: str) -> None:
    for item in items:
        children = [child["points"] for child in item["children"]]
        if item["points"] is not None and children and None not in children:
            assert sum(children) <= item["points"] + 1e-9, f"{where}: {item['title']}"
        _points_add_up(item["children"], where)


def test_the_hand_read_schemes_are_consistent() -> None:
    paths = sorted(CORPUS.glob("schemes/*/*.scheme.json"))
    assert len(paths) >= 10
    assert len(list(CORPUS.glob("schemes/heldout/*.scheme.json"))) == round(len(paths) / 3)
    for path in paths:
        scheme = json.loads(path.read_text(encoding="utf-8"))
        _points_add_up(scheme["items"], path.name)
        top = [item["points"] for item in scheme["items"]]
        # A scheme's note records where the printed points exceed the stated total.
        if scheme["total"] is not None and None not in top and "note" not in scheme:
            assert sum(top) <= scheme["total"], path.name
