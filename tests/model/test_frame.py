"""The frame of an official document as a model: typed elements, readable numbers, JSON."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rulegov
from rulegov import DocNumber, DocumentKind, Frame, NoticeVerb, SecrecyLevel, Urgency


@pytest.mark.parametrize(
    "printed",
    [
        "西政办〔2020〕20号",
        "西政办[2020]20号",
        "西政办(2020)20号",
        "西政办【2020】20号",
        "西政办［2020］20号",
    ],
)
def test_document_number_parts_and_standard_form(printed):
    number = DocNumber.read(printed)
    assert number is not None
    assert (number.text, number.organ_code, number.year, number.serial) == (
        printed,
        "西政办",
        2020,
        20,
    )
    assert number.standard == "西政办〔2020〕20号"
    assert number.is_standard is (printed == "西政办〔2020〕20号")


@pytest.mark.parametrize("text", ["2023年工作要点", "西政办〔20〕20号", "西政办〔0999〕2号", ""])
def test_text_that_is_no_document_number(text):
    assert DocNumber.read(text) is None


def test_unreadable_number_keeps_its_text():
    number = DocNumber(text="西政办二〇二〇年第二十号")
    assert number.standard == number.text
    assert number.is_standard


def test_bad_values_are_refused_with_their_path():
    with pytest.raises(rulegov.ValidationError, match=r"doc_number\.year"):
        Frame(doc_number={"text": "x", "year": 99})
    with pytest.raises(rulegov.ValidationError, match="urgency"):
        Frame(urgency="soon")
    with pytest.raises(rulegov.ValidationError, match=r"attachments\[0\]\.title"):
        Frame(attachments=[{"title": ""}])


def test_labels_of_the_kinds_and_marks():
    assert len(DocumentKind) == 15
    assert [kind.label for kind in DocumentKind][:3] == ["决议", "决定", "命令（令）"]
    assert [verb.label for verb in NoticeVerb] == ["印发", "转发", "批转"]
    assert [level.label for level in SecrecyLevel] == ["绝密", "机密", "秘密"]
    assert [urgency.label for urgency in Urgency] == ["特急", "加急"]
    assert rulegov.Secrecy(level="top_secret").text == "绝密"


def test_empty_frame():
    assert Frame().is_empty
    assert not Frame(cc=["市司法局"]).is_empty


def test_plan_with_a_frame_round_trips_through_json():
    frame = Frame(
        copy_number="000001",
        secrecy={"level": "confidential", "period": "1年"},
        urgency="urgent",
        doc_number=DocNumber.read("某政办发〔2023〕8号"),
        title="关于印发《2023年工作要点》的通知",
        kind="notice",
        verb="issue",
        recipients=["各镇（街）"],
        attachments=[{"number": 1, "title": "2023年工作要点", "listed": True, "found": True}],
        signing_organs=["区依法治区办"],
        issued_on=dt.date(2023, 5, 10),
        notes=[{"text": "（此件公开发布）"}],
        cc=["市委依法治市办"],
        printing_office="区依法治区办",
        printed_on=dt.date(2023, 5, 12),
        format="document",
    )
    plan = rulegov.Plan(title="2023年工作要点", frame=frame)
    again = rulegov.Plan.model_validate_json(plan.model_dump_json())
    assert again == plan
    assert again.frame.doc_number.serial == 8
    assert again.frame.notes[0].is_publication_note


def test_frame_spans_are_checked_against_the_source():
    with pytest.raises(rulegov.ValidationError, match=r"frame\.doc_number\.span\.end"):
        rulegov.Plan(
            title="计划",
            frame=Frame(doc_number={"text": "x", "span": {"start": 0, "end": 50}}),
            source={"text": "短"},
        )


def test_the_json_schema_describes_the_frame():
    schema = rulegov.plan_json_schema()
    assert "frame" in schema["properties"]
    assert "Frame" in schema["$defs"]
    assert "DocumentKind" in schema["$defs"]


@given(st.text(max_size=40))
def test_reading_a_document_number_never_fails(text):
    number = DocNumber.read(text)
    if number is not None:
        assert number.standard.endswith("号")
        assert 1900 <= number.year <= 2200
