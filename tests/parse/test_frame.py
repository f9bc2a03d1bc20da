"""The official-document frame (GB/T 9704-2012): every element read into its field, with its span."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from rulegov import DocumentFormat, DocumentKind, NoticeVerb, SecrecyLevel, Urgency

DOCUMENTS = Path(__file__).parent / "documents"
SPECIMEN = DOCUMENTS / "frame" / "specimen.txt"


def source(plan: rulegov.Plan, span: rulegov.Span | None) -> str:
    assert span is not None
    assert plan.source is not None
    return plan.source.text[span.start : span.end]


def codes(plan: rulegov.Plan) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in plan.diagnostics if d.severity.value != "info"]


# -- the specimen: every element of the standard in one document ------------------------------


@pytest.fixture(scope="module")
def specimen() -> rulegov.Plan:
    return rulegov.read_plan(SPECIMEN)


def test_specimen_head(specimen):
    frame = specimen.frame
    assert frame is not None
    assert frame.copy_number == "000123"
    assert source(specimen, frame.spans["copy_number"]) == "000123"
    assert frame.secrecy is not None
    assert (frame.secrecy.level, frame.secrecy.period) == (SecrecyLevel.SECRET, "1年")
    assert source(specimen, frame.secrecy.span) == "机密★1年"
    assert frame.urgency is Urgency.EXTRA_URGENT
    assert frame.organ_mark == "某县人民政府办公室文件"
    assert frame.format is DocumentFormat.DOCUMENT
    number = frame.doc_number
    assert number is not None
    assert (number.organ_code, number.year, number.serial) == ("某政办发", 2023, 8)
    assert source(specimen, number.span) == "某政办发〔2023〕8号"
    assert frame.signers == ["张三", "李四"]
    assert source(specimen, frame.spans["signers"]) == "张三　李四"


def test_specimen_body(specimen):
    frame = specimen.frame
    assert frame.title == "关于印发《某县2023年法治政府建设工作要点》的通知"
    assert (frame.kind, frame.verb) == (DocumentKind.NOTICE, NoticeVerb.ISSUE)
    assert frame.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert source(specimen, frame.spans["text"]).startswith(
        "现将《某县2023年法治政府建设工作要点》"
    )
    assert frame.signing_organs == ["某县人民政府办公室"]
    assert frame.issued_on == dt.date(2023, 3, 15)
    assert source(specimen, frame.spans["issued_on"]) == "2023年3月15日"
    assert [note.text for note in frame.notes] == [
        "（此件公开发布）",
        "（联系人：王五，联系电话：0515-88886666）",
    ]
    assert frame.notes[0].is_publication_note
    assert (frame.notes[1].contact, frame.notes[1].telephone) == ("王五", "0515-88886666")
    # the plan is the first attachment, and keeps its own title
    assert specimen.title == "某县2023年法治政府建设工作要点"
    assert specimen.notice is not None
    assert specimen.notice.title == frame.title
    assert specimen.issuer == "某县人民政府办公室"
    assert specimen.doc_number == "某政办发〔2023〕8号"


def test_specimen_attachments(specimen):
    first, second, third = specimen.frame.attachments
    assert (first.number, first.title, first.listed, first.found, first.is_plan) == (
        1,
        "某县2023年法治政府建设工作要点",
        True,
        True,
        True,
    )
    assert source(specimen, first.span) == "某县2023年法治政府建设工作要点"
    assert source(specimen, first.part_span).startswith("附件1\n某县2023年法治政府建设工作要点")
    assert (second.number, second.is_task_table, second.found) == (2, True, True)
    assert source(specimen, second.part_span).startswith("附件2")
    # listed but absent: a separate file
    assert (third.number, third.listed, third.found) == (3, True, False)
    assert specimen.frame.attachment(3) == third
    with pytest.raises(rulegov.UnknownReferenceError, match="no attachment numbered 9"):
        specimen.frame.attachment(9)


def test_specimen_record(specimen):
    frame = specimen.frame
    assert frame.cc == ["县委办公室", "县人大常委会办公室", "县政协办公室"]
    assert source(specimen, frame.spans["cc"]).startswith("抄送：")
    assert frame.printing_office == "某县人民政府办公室"
    assert frame.printed_on == dt.date(2023, 3, 16)
    assert source(specimen, frame.spans["printed_on"]) == "2023年3月16日"


def test_specimen_frame_stays_out_of_the_plan(specimen):
    texts = [task.text for task in specimen.tasks] + [
        s.text or "" for s in specimen.walk_sections()
    ]
    joined = "\n".join([*texts, specimen.preamble or ""])
    for word in ("抄送", "印发", "附件", "— 2 —", "签发人", "此件", "联系人", "序号"):
        assert word not in joined
    assert [(s.number, s.title) for s in specimen.sections] == [
        ("一", "健全依法行政制度体系"),
        ("二", "推进严格规范公正文明执法"),
    ]
    assert [t.title for t in specimen.tasks] == [
        "加强重点领域立法协调",
        "严格规范性文件管理",
        "深化行政执法“三项制度”",
    ]


def test_task_division_table_is_merged_into_the_plan(specimen):
    first, second, third = specimen.tasks
    table_start = specimen.frame.attachment(2).part_span.start
    assert [(a.unit_name, a.role.value) for a in first.assignments] == [
        ("县司法局", "lead"),
        ("县发展改革委", "cooperating"),
    ]
    # every merged fact keeps its span in the table
    for assignment in first.assignments:
        assert assignment.span is not None
        assert assignment.span.start > table_start
        assert source(specimen, assignment.span) == assignment.unit_name
    assert first.timeframe is not None
    assert first.timeframe.end == dt.date(2023, 6, 30)
    assert source(specimen, first.timeframe.span) == "2023年6月底前"
    assert second.timeframe.kind is rulegov.TimeFrameKind.STANDING
    assert third.timeframe.frequency is rulegov.Frequency.QUARTERLY
    assert [(a.unit_name, a.role.value) for a in third.assignments] == [
        ("县司法局", "lead"),
        ("各乡镇人民政府", "cooperating"),
    ]


def test_specimen_diagnostics(specimen):
    assert codes(specimen) == [(12, "attachment-absent"), (34, "table-task-missing")]
    missing = next(d for d in specimen.diagnostics if d.code == "table-task-missing")
    assert "推进行政复议体制改革" in missing.message


def test_task_missing_from_the_table_is_reported():
    text = SPECIMEN.read_text("utf-8").replace(
        "|3|深化行政执法“三项制度”|县司法局|各乡镇人民政府|每季度|\n", ""
    )
    plan = rulegov.parse_plan(text)
    found = [d for d in plan.diagnostics if d.code == "task-not-in-table"]
    assert [d.line for d in found] == [25]
    assert "深化行政执法" in found[0].message
    assert plan.tasks[2].assignments == []


def test_table_alone_stays_the_plan():
    text = (
        "关于印发2023年工作计划的通知\n各镇（街）：\n现将2023年工作计划印发给你们。\n"
        "附件：2023年重点任务分工表\n区依法治区办\n2023年5月10日\n附件\n2023年重点任务分工表\n"
        "|序号|工作任务|牵头单位|完成时限|\n|1|加强培训|区司法局|2023年6月底前|\n"
        "|2|开展宣传|区委宣传部|长期坚持|\n"
    )
    plan = rulegov.parse_plan(text)
    assert [(t.number, t.title, t.lead_units) for t in plan.tasks] == [
        ("1", "加强培训", ["区司法局"]),
        ("2", "开展宣传", ["区委宣传部"]),
    ]
    attachment = plan.frame.attachment(1)
    assert (attachment.listed, attachment.found, attachment.is_task_table) == (True, True, True)
    # the table is the plan: its own title is the plan's
    assert plan.title == "2023年重点任务分工表"
    assert plan.kind is rulegov.PlanKind.TASK_DIVISION_PLAN


# -- real documents -----------------------------------------------------------------------------

REAL = {
    "jinchang_2025_33.txt": {
        "frame_title": "金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知",
        "title": "金昌市创建全国法治政府建设示范市实施方案",
        "issuer": "金昌市人民政府",
        "issued_on": dt.date(2025, 6, 13),
        "doc_number": ("金政发", 2025, 33),
        "recipients": ["永昌县、金川区人民政府", "市政府各部门、单位", "中央、省属在金有关单位"],
        "kind": DocumentKind.NOTICE,
        "notes": ["(此件公开发布)"],
    },
    "dongyang_2023.txt": {
        "frame_title": "东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知",
        "title": "东阳市促进残疾人就业行动实施方案(2023—2025年)",
        "issuer": "东阳市人民政府办公室",
        "issued_on": dt.date(2023, 3, 13),
        "doc_number": None,
        "recipients": ["各镇、乡人民政府", "各街道办事处", "市政府各部门"],
        "kind": DocumentKind.NOTICE,
        "notes": ["(此件公开发布)"],
    },
    "huaihua_2023_9.txt": {
        "frame_title": "懷化市人民政府辦公室關于印發《懷化市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知",
        "title": "懷化市貫徹落實《關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施》實施方案",
        "issuer": "懷化市人民政府辦公室",
        "issued_on": dt.date(2023, 3, 15),
        "doc_number": ("懷政辦發", 2023, 9),
        "recipients": ["各縣市區人民政府", "市直機關各單位", "中央、省在懷各單位"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "yueyang_2017_2.txt": {
        "frame_title": "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
        "title": "关于全面推进政务公开工作的实施意见",
        "issuer": "中共岳阳市委办公室、岳阳市人民政府办公室",
        "issued_on": dt.date(2017, 1, 10),
        "doc_number": ("岳办发", 2017, 2),
        "recipients": [
            "各县市区委、人民政府",
            "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区",
            "市直各单位",
            "中央、省驻岳单位",
        ],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "alashan_2007_22.txt": {
        "frame_title": "阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知",
        "title": "阿拉善盟行政公署办公室公文处理实施细则及文种式样",
        "issuer": "阿拉善盟行政公署办公室",
        "issued_on": dt.date(2007, 6, 5),
        "doc_number": ("阿署办发", 2007, 22),
        "recipients": ["各旗人民政府", "行署各委、办、局", "阿拉善开发区", "各大企业"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "shandong_2014_20.txt": {
        "frame_title": "山东省人民政府关于深化预算管理制度改革的实施意见",
        "title": "山东省人民政府关于深化预算管理制度改革的实施意见",
        "issuer": "山东省人民政府",
        "issued_on": None,
        "doc_number": ("鲁政发", 2014, 20),
        "recipients": [
            "各市人民政府",
            "各县(市、区)人民政府",
            "省政府各部门、各直属机构",
            "各大企业",
            "各高等院校",
        ],
        "kind": DocumentKind.OPINION,
        "notes": [],
    },
    "taihu_2019.txt": {
        "frame_title": "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
        "title": "太湖县人民政府工作规则",
        "issuer": "太湖县人民政府",
        "issued_on": dt.date(2019, 1, 17),
        "doc_number": None,
        "recipients": ["各乡、镇人民政府", "县政府各部门、各直属机构"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "hegang_2025_4.txt": {
        "frame_title": "鹤岗市人民政府鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知",
        "title": "鹤岗市人民政府鹤岗市中级人民法院关于完善“府院联动”机制的意见",
        "issuer": "鹤岗市人民政府、鹤岗市中级人民法院",
        "issued_on": dt.date(2025, 4, 30),
        "doc_number": ("鹤政发", 2025, 4),
        "recipients": ["各县(区)人民政府、法院", "市政府各部门"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "beijing_2016_26.txt": {
        "frame_title": "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知",
        "title": "北京市2016年政务公开工作要点",
        "issuer": "北京市人民政府办公厅",
        "issued_on": dt.date(2016, 5, 28),
        "doc_number": ("京政办发", 2016, 26),
        "recipients": ["各区人民政府", "市政府各委、办、局", "各市属机构"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
    "shanghai_2017_92.txt": {
        "frame_title": "上海市人民政府印發《關於本市加強政務誠信建設的實施意見》的通知",
        "title": "關於本市加強政務誠信建設的實施意見",
        "issuer": "上海市人民政府",
        "issued_on": dt.date(2017, 12, 20),
        "doc_number": ("滬府發", 2017, 92),
        "recipients": ["各區人民政府", "市政府各委、辦、局"],
        "kind": DocumentKind.NOTICE,
        "notes": [],
    },
}


def read_fields(plan: rulegov.Plan) -> dict[str, object]:
    frame = plan.frame
    assert frame is not None
    number = frame.doc_number
    return {
        "frame_title": frame.title,
        "title": plan.title,
        "issuer": plan.issuer,
        "issued_on": plan.issued_on,
        "doc_number": None if number is None else (number.organ_code, number.year, number.serial),
        "recipients": plan.recipients,
        "kind": frame.kind,
        "notes": [note.text for note in frame.notes],
    }


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_document_head(name):
    plan = rulegov.read_plan(DOCUMENTS / "real" / name)
    assert read_fields(plan) == REAL[name]
    assert plan.frame.recipients == plan.recipients
    # bylines and site text never become the title or a recipient
    for value in [plan.title, plan.frame.title or "", *plan.recipients]:
        for word in ("发布时间", "發布時間", "来源", "浏览", "分享到", "发布日期", "字号"):
            assert word not in value


def test_real_documents_have_provenance():
    provenance = (DOCUMENTS / "real" / "PROVENANCE.md").read_text("utf-8")
    for name in REAL:
        assert name in provenance
    for path in (DOCUMENTS / "real").glob("*.txt"):
        assert path.name in provenance


def test_real_joint_signature_and_number_after_the_title():
    plan = rulegov.read_plan(DOCUMENTS / "real" / "yueyang_2017_2.txt")
    assert plan.frame.signing_organs == ["中共岳阳市委办公室", "岳阳市人民政府办公室"]
    assert plan.frame.verb is NoticeVerb.ISSUE
    assert source(plan, plan.frame.doc_number.span) == "岳办发〔2017〕2号"


def test_real_number_in_parentheses_and_chinese_date():
    plan = rulegov.read_plan(DOCUMENTS / "real" / "alashan_2007_22.txt")
    assert source(plan, plan.frame.spans["issued_on"]) == "二○○七年六月五日"
    assert source(plan, plan.frame.doc_number.span) == "阿署办发〔2007〕22号"


# -- the head and cover in their many forms -----------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("西政办〔2020〕20号", ("西政办", 2020, 20, True)),
        ("西政办[2020]20号", ("西政办", 2020, 20, False)),
        ("西政办(2020)20号", ("西政办", 2020, 20, False)),
        ("西政办（2020）20号", ("西政办", 2020, 20, False)),
        ("西政办【2020】20号", ("西政办", 2020, 20, False)),
        ("西政办［2020］20号", ("西政办", 2020, 20, False)),
        ("西政办〔2020〕第20号", ("西政办", 2020, 20, False)),
    ],
)
def test_document_number_forms(printed, expected):
    plan = rulegov.parse_plan(
        f"{printed}\n关于印发2020年工作要点的通知\n各部门：\n现将要点印发给你们。\n"
    )
    number = plan.frame.doc_number
    assert number is not None
    assert (number.organ_code, number.year, number.serial, number.is_standard) == expected
    assert number.standard == "西政办〔2020〕20号"
    form = [d for d in plan.diagnostics if d.code == "doc-number-form"]
    assert bool(form) is not expected[3]
    if form:
        assert form[0].line == 1
        assert "西政办〔2020〕20号" in form[0].message


def test_document_number_year_against_the_date():
    plan = rulegov.parse_plan(
        "某政发〔2022〕3号\n关于印发2023年工作要点的通知\n各部门：\n现将要点印发给你们。\n"
        "某县人民政府\n2023年1月5日\n2023年工作要点\n一、加强领导\n"
    )
    found = [d for d in plan.diagnostics if d.code == "doc-number-year"]
    assert len(found) == 1
    assert found[0].line == 1
    assert "2022" in found[0].message
    assert "2023-01-05" in found[0].message


@pytest.mark.parametrize(
    ("title", "kind", "verb"),
    [
        ("某县人民代表大会关于批准2023年预算的决议", DocumentKind.RESOLUTION, None),
        ("某县人民政府关于表彰先进的决定", DocumentKind.DECISION, None),
        ("某县人民政府命令", DocumentKind.ORDER, None),
        ("某县人民政府令", DocumentKind.ORDER, None),
        ("某县第十次党代会公报", DocumentKind.COMMUNIQUE, None),
        ("某县人民政府公告", DocumentKind.ANNOUNCEMENT, None),
        ("某县人民政府关于禁止燃放烟花爆竹的通告", DocumentKind.CIRCULAR, None),
        ("关于加强法治政府建设的实施意见", DocumentKind.OPINION, None),
        ("关于转发《省法治政府建设要点》的通知", DocumentKind.NOTICE, NoticeVerb.FORWARD),
        (
            "关于批转县司法局2023年工作计划的通知",
            DocumentKind.NOTICE,
            NoticeVerb.APPROVE_AND_FORWARD,
        ),
        ("关于2022年法治建设考核结果的通报", DocumentKind.BULLETIN, None),
        ("关于2023年法治政府建设情况的报告", DocumentKind.REPORT, None),
        ("关于申请法治宣传经费的请示", DocumentKind.REQUEST, None),
        ("关于同意设立法治广场的批复", DocumentKind.REPLY, None),
        ("关于提请审议某条例草案的议案", DocumentKind.MOTION, None),
        ("关于商请支持普法工作的函", DocumentKind.LETTER, None),
        ("县政府常务会议纪要", DocumentKind.MINUTES, None),
        ("关于印发《某县依法行政考核办法（试行）》的通知", DocumentKind.NOTICE, NoticeVerb.ISSUE),
        ("关于印发2023年工作要点的通知（征求意见稿）", DocumentKind.NOTICE, NoticeVerb.ISSUE),
    ],
)
def test_the_fifteen_kinds(title, kind, verb):
    plan = rulegov.parse_plan(f"{title}\n一、加强领导\n1.召开会议。\n")
    assert (plan.frame.kind, plan.frame.verb) == (kind, verb)


def test_plan_title_from_a_notice_title_without_brackets_and_broken_over_lines():
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发某县2023年\n法治政府建设工作要点（试行）\n的通知\n"
        "各乡镇人民政府，县政府各部门：\n现将要点印发给你们，请认真贯彻执行。\n"
        "一、加强领导\n1.召开会议。\n"
    )
    assert (
        plan.frame.title == "某县人民政府办公室关于印发某县2023年法治政府建设工作要点（试行）的通知"
    )
    assert plan.title == "某县2023年法治政府建设工作要点（试行）"
    assert plan.issuer == "某县人民政府办公室"


def test_joint_issuers_on_one_line_and_chinese_date_at_the_end_of_the_document():
    plan = rulegov.parse_plan(
        "2023年工作要点\n一、加强领导\n1.召开会议。\n"
        "中共某县县委办公室　　某县人民政府办公室\n二〇二三年五月十日\n（此页无正文）\n— 3 —\n"
    )
    assert plan.frame.signing_organs == ["中共某县县委办公室", "某县人民政府办公室"]
    assert plan.issuer == "中共某县县委办公室、某县人民政府办公室"
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.tasks[0].text == "召开会议。"
    assert "no-text-page" in [d.code for d in plan.diagnostics]


def test_recipients_split_on_commas_and_semicolons_not_on_enumeration_commas():
    plan = rulegov.parse_plan(
        "关于印发2023年工作要点的通知\n永昌县、金川区人民政府；市政府各部门，各县（市、区）人民政府：\n"
        "现将要点印发给你们。\n一、加强领导\n"
    )
    assert plan.recipients == ["永昌县、金川区人民政府", "市政府各部门", "各县（市、区）人民政府"]


def test_half_and_full_width_punctuation_read_alike():
    full = "抄送：县委办公室，县人大常委会办公室。\n某县人民政府办公室　2023年3月16日印发\n"
    half = "抄送:县委办公室,县人大常委会办公室。\n某县人民政府办公室 2023年3月16日印发\n"
    head = "2023年工作要点\n一、加强领导\n1.召开会议。\n"
    first = rulegov.parse_plan(head + full).frame
    second = rulegov.parse_plan(head + half).frame
    assert first.cc == second.cc == ["县委办公室", "县人大常委会办公室"]
    assert first.printed_on == second.printed_on == dt.date(2023, 3, 16)


def test_frame_diagnostics_in_validate_terms():
    plan = rulegov.parse_plan(
        "关于印发2023年工作要点的通知\n现将要点印发给你们。\n附件：2023年工作要点\n"
        "某县人民政府\n2023年5月10日\n附件2\n联络员名单\n张三\n"
        "抄送：市司法局。\n某县人民政府办公室　2023年5月1日印发\n"
    )
    found = {d.code: d for d in plan.diagnostics}
    assert {
        "no-recipients",
        "attachment-absent",
        "attachment-unlisted",
        "printed-before-written",
    } <= set(found)
    assert found["printed-before-written"].line == 10
    assert found["attachment-unlisted"].line == 6
    assert found["attachment-absent"].line == 3
    assert found["printed-before-written"].column == 11  # the date after the office
    assert found["attachment-absent"].column == 4  # the title after 附件：


def test_minutes_and_letter_formats():
    minutes = rulegov.parse_plan(
        "某县人民政府常务会议纪要\n出席：张三，李四\n一、会议研究了法治建设工作\n"
    )
    assert minutes.frame.format is DocumentFormat.MINUTES
    assert minutes.frame.kind is DocumentKind.MINUTES
    letter = rulegov.parse_plan(
        "某政办函〔2023〕5号\n关于商请支持普法工作的函\n市司法局：\n现将有关事项函告如下。\n"
    )
    assert letter.frame.format is DocumentFormat.LETTER
    assert letter.frame.kind is DocumentKind.LETTER


def test_site_text_around_the_head_is_left_behind():
    plan = rulegov.parse_plan(
        "欢迎访问某县政府门户网站!\n县委| 县人大| 县政协\n《某县法治社会建设实施方案》\n"
        "来源:某县人民政府办公室 时间:2022-02-10 17:00\n :\n某县政府 www.example.gov.cn 2022-02-10\n"
        "某政发20224\n各乡镇人民政府,县直各部门:\n现将《某县法治社会建设实施方案》印发给你们。\n"
        "中共某县县委\n某县人民政府\n2022年1月23日\n某县法治社会建设实施方案\n(2021—2025年)\n"
        "一、总体要求\n"
    )
    assert plan.title == "某县法治社会建设实施方案(2021—2025年)"
    assert plan.recipients == ["各乡镇人民政府", "县直各部门"]
    assert plan.issuer == "中共某县县委、某县人民政府"
    assert plan.doc_number == "某政发20224"
    assert plan.frame.doc_number.serial is None
    assert [d.code for d in plan.diagnostics if d.code == "doc-number-form"] == ["doc-number-form"]


def test_organ_lines_above_a_notice_title():
    plan = rulegov.parse_plan(
        "中共某县县委\n某县人民政府\n关于印发《某县法治政府建设实施方案》的通知\n"
        "各镇党委和人民政府:\n现将《某县法治政府建设实施方案》印发给你们。\n一、总体要求\n"
    )
    assert plan.frame.title == "中共某县县委某县人民政府关于印发《某县法治政府建设实施方案》的通知"
    assert plan.title == "某县法治政府建设实施方案"
    assert plan.recipients == ["各镇党委和人民政府"]


def test_recipients_under_the_title_of_a_document_that_is_the_plan():
    plan = rulegov.parse_plan(
        "某县人民政府关于加快推进法治政府建设的实施意见\n各乡镇人民政府、县直有关单位:\n"
        "为进一步提升依法行政水平,提出如下意见。\n一、指导思想\n"
    )
    assert plan.recipients == ["各乡镇人民政府、县直有关单位"]
    assert plan.issuer == "某县人民政府"
    assert plan.frame.kind is DocumentKind.OPINION


def test_news_report_names_the_plan_and_its_issuer():
    plan = rulegov.parse_plan(
        "近日,市委、市政府印发了《某市法治政府建设实施方案(2021-2025年)》,并发出通知。\n"
        "一、总体要求\n"
    )
    assert plan.title == "某市法治政府建设实施方案(2021-2025年)"
    assert plan.issuer == "市委、市政府"
    assert source(plan, plan.spans["title"]) == plan.title


@pytest.mark.parametrize(
    "byline",
    [
        "2023-05-10 来源：某县司法局 作者：张三 浏览次数：35",
        "发布时间：2023-05-10 09:00 来源：某县司法局",
        "某县司法局 来源：某县人民政府 浏览次数：12",
        "分享到：微信 微博",
    ],
)
def test_bylines_never_become_the_title_or_a_recipient(byline):
    plan = rulegov.parse_plan(
        f"{byline}\n某县2023年普法工作要点\n{byline}\n一、加强领导\n1.召开会议。\n"
    )
    assert plan.title == "某县2023年普法工作要点"
    assert plan.recipients == []
    assert plan.preamble is None


def test_recipients_broken_over_lines():
    plan = rulegov.parse_plan(
        "关于印发2023年工作要点的通知\n各乡镇人民政府，县政府各部门，\n各直属单位、驻县单位：\n"
        "现将要点印发给你们。\n一、加强领导\n"
    )
    assert plan.recipients == ["各乡镇人民政府", "县政府各部门", "各直属单位、驻县单位"]
    assert source(plan, plan.frame.spans["recipients"]) == (
        "各乡镇人民政府，县政府各部门，\n各直属单位、驻县单位"
    )


_FRAME_LINES = [
    "000123",
    "机密★1年",
    "特急",
    "某县人民政府办公室文件",
    "某政办发〔2023〕8号　　签发人：张三",
    "关于印发《2023年工作要点》的通知",
    "某县人民政府办公室关于印发",
    "各乡镇人民政府，县政府各部门：",
    "各乡镇人民政府，",
    "现将《2023年工作要点》印发给你们。",
    "附件：1.2023年工作要点",
    "　　　2.任务分工表",
    "附件",
    "附件1",
    "附件2：任务分工表",
    "某县人民政府办公室",
    "2023年5月10日",
    "二〇二三年五月十日",
    "（此件公开发布）",
    "（此页无正文）",
    "（联系人：王五，联系电话：0515-88886666）",
    "— 3 —",
    "2023年工作要点",
    "一、加强领导",
    "（一）召开会议。",
    "1.开展培训。",
    "牵头单位：县司法局",
    "|序号|工作任务|牵头单位|完成时限|",
    "|---|---|---|---|",
    "|1|开展培训|县司法局|2023年6月底前|",
    "|9||||",
    "抄送：县委办公室，",
    "县人大常委会办公室。",
    "某县人民政府办公室　2023年5月11日印发",
    ":",
    "",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAME_LINES), min_size=1, max_size=25))
def test_frame_lines_in_any_order_parse_and_print(lines):
    text = "\n".join(lines)
    if not text.strip():
        return
    plan = rulegov.parse_plan(text)
    assert plan.frame is not None
    for diagnostic in plan.diagnostics:
        if diagnostic.span is not None:
            assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
    written = rulegov.format_plan(plan)
    if written.strip():  # a plan of nothing but a title standing in writes no text
        assert rulegov.parse_plan(written).frame is not None


def test_signature_date_without_its_characters():
    plan = rulegov.parse_plan(
        "关于印发2017年工作要点的通知\n各镇:\n现将要点印发给你们。\n某县人民政府\n2017531\n"
        "2017年工作要点\n一、加强领导\n"
    )
    assert plan.issued_on == dt.date(2017, 5, 31)
    assert plan.issuer == "某县人民政府"
    # a number in running text is no date
    assert rulegov.parse_plan("2017年工作要点\n2017111\n一、加强领导\n").issued_on is None


def test_a_sentence_about_printing_is_no_printing_line():
    plan = rulegov.parse_plan(
        "2023年工作要点\n一、加强领导\n1.落实方案。\n实施方案已于2023年3月16日印发\n"
    )
    assert plan.frame.printed_on is None
    assert "2023年3月16日印发" in plan.tasks[0].text


def test_plan_in_the_body_and_its_table_as_the_only_attachment():
    plan = rulegov.parse_plan(
        "关于印发《2023年工作要点》的通知\n各部门：\n现将《2023年工作要点》印发给你们。\n"
        "区依法治区办\n2023年5月10日\n2023年工作要点\n一、加强领导\n1.召开会议。\n2.开展培训。\n"
        "附件：重点任务分工表\n附件\n重点任务分工表\n|序号|工作任务|牵头单位|完成时限|\n"
        "|1|召开会议|区司法局|6月底前|\n|2|开展培训|区委宣传部|长期坚持|\n"
    )
    assert [(t.title, t.lead_units) for t in plan.tasks] == [
        ("召开会议", ["区司法局"]),
        ("开展培训", ["区委宣传部"]),
    ]
    assert plan.tasks[0].timeframe.end == dt.date(2023, 6, 30)
    (table,) = plan.frame.attachments
    assert (table.number, table.listed, table.found, table.is_task_table) == (1, True, True, True)
    assert not [
        d for d in plan.diagnostics if d.code in ("table-task-missing", "task-not-in-table")
    ]


def test_the_frame_of_a_web_page():
    pytest.importorskip("selectolax")
    plan = rulegov.read_plan(DOCUMENTS / "frame" / "specimen_page.html")
    frame = plan.frame
    assert frame.doc_number.standard == "某政办发〔2023〕8号"
    assert frame.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert frame.cc == ["县委办公室", "县人大常委会办公室"]
    assert frame.printed_on == dt.date(2023, 3, 16)
    assert [(a.number, a.found, a.is_plan, a.is_task_table) for a in frame.attachments] == [
        (1, True, True, False),
        (2, True, False, True),
    ]
    assert [(t.title, t.lead_units) for t in plan.tasks] == [("加强重点领域立法协调", ["县司法局"])]
    assert plan.tasks[0].timeframe.end == dt.date(2023, 6, 30)


def test_an_opinion_that_is_its_own_plan_has_no_cover_notice():
    plan = rulegov.parse_plan(
        "国务院办公厅关于推进政务新媒体健康有序发展的意见\n国办发〔2018〕123号\n"
        "各省、自治区、直辖市人民政府：\n为推进政务新媒体健康有序发展，提出以下意见。\n一、总体要求\n"
    )
    assert plan.title == "国务院办公厅关于推进政务新媒体健康有序发展的意见"
    assert plan.notice is None or plan.notice.title is None
    assert plan.issuer == "国务院办公厅"
    assert plan.frame.kind is DocumentKind.OPINION
    assert plan.frame.title == plan.title


def test_a_sites_note_before_a_title_is_left_out():
    plan = rulegov.parse_plan(
        "关于转发《地震工作意见的报告》的通知\n各部门：\n现转发给你们。\n国务院办公厅\n一九九六年二月五日\n"
        "（本文有删减）\n关于加强防震减灾工作意见的报告\n国务院：\n一、加强监测\n"
    )
    assert plan.title == "关于加强防震减灾工作意见的报告"
    assert "editorial-note" in [d.code for d in plan.diagnostics]


def test_joint_issuers_are_units_of_their_own_the_first_issuing():
    plan = rulegov.parse_plan(
        "关于印发某县2024年普法工作要点的通知\n"
        "各乡镇人民政府，县直各部门：\n"
        "现将《某县2024年普法工作要点》印发给你们，请认真抓好落实。\n"
        "某县人民政府办公室    某县司法局\n"
        "2024年3月5日\n"
        "某县2024年普法工作要点\n"
        "一、重点任务\n"
        "（一）加强普法宣传。牵头单位：县司法局\n"
    )
    assert plan.issuer == "某县人民政府办公室、某县司法局"
    names = [unit.name for unit in plan.units]
    assert "某县人民政府办公室、某县司法局" not in names
    assert {"某县人民政府办公室", "某县司法局"} <= set(names)
    assert plan.unit(plan.issuer_unit or "").name == "某县人民政府办公室"


def test_an_events_organisers_at_the_end_are_the_plans_not_a_sites_footer():
    plan = rulegov.parse_plan(
        "某区2024年宪法宣传周活动方案\n一、活动内容\n开展宪法宣传。\n二、组织单位\n"
        "主办单位:区委宣传部、区司法局\n承办单位:区普法办\n"
    )
    assert "page-chrome" not in [d.code for d in plan.diagnostics]
    assert {"区委宣传部", "区司法局"} <= {unit.name for unit in plan.units}


def test_a_sites_footer_under_the_signature_is_the_pages():
    plan = rulegov.parse_plan(
        "某区2024年工作要点\n一、重点任务\n1.开展宪法宣传。牵头单位：区司法局\n某区司法局\n2024年3月1日\n"
        "主办单位:某区人民政府办公室\n网站标识码:3201000001 苏ICP备12345号\n"
    )
    assert (plan.issuer, plan.issued_on) == ("某区司法局", dt.date(2024, 3, 1))
    assert [d.code for d in plan.diagnostics].count("page-chrome") == 2


@pytest.mark.parametrize(
    "tail", ["来源:   作者:   编辑:徐可", "用微信扫描二维码分享至好友和朋友圈", "【打印】【关闭】"]
)
def test_a_pages_lines_under_the_signature_leave_the_signature_the_last(tail):
    plan = rulegov.parse_plan(
        "关于印发某区2020年重点工作责任分解的通知\n各街道,区政府各部门:\n"
        "《某区2020年重点工作责任分解》已经区政府同意,现印发给你们,请认真贯彻执行。\n"
        "一、各部门要提高站位,强化责任。\n二、列第一位的单位为牵头单位。\n"
        f"某区人民政府办公室\n2020年5月20日\n{tail}\n"
    )
    assert plan.issued_on == dt.date(2020, 5, 20)
    notes = [d for d in plan.diagnostics if d.code == "page-chrome"]
    assert [d.line for d in notes] == [8]


def test_a_one_character_copy_label_in_the_body_is_a_sentence_not_the_record() -> None:
    plan = rulegov.parse_plan(
        "某县2023年法治工作要点\n一、主要任务\n1.健全工作机制。\n"
        "发:各乡镇要在3月底前完成\n2.推进执法规范化。\n"
    )
    assert [task.title for task in plan.tasks] == ["健全工作机制", "推进执法规范化"]
    assert plan.frame is None or not plan.frame.cc


def test_the_one_character_copy_labels_after_the_last_task_are_the_record() -> None:
    plan = rulegov.parse_plan(
        "某县2023年法治工作要点\n一、主要任务\n1.健全工作机制。\n"
        "报:市司法局\n送:县委办公室\n某县司法局办公室2023年3月1日印发\n"
    )
    assert [task.title for task in plan.tasks] == ["健全工作机制"]
    assert plan.frame is not None
    assert plan.frame.cc == ["市司法局"]


def test_a_copy_list_does_not_run_on_over_a_numbered_line() -> None:
    plan = rulegov.parse_plan(
        "某县2023年法治工作要点\n一、主要任务\n1.健全工作机制。\n抄送:市司法局\n2.推进执法规范化。\n"
    )
    assert [task.title for task in plan.tasks][-1] == "推进执法规范化"
    assert plan.frame is not None
    assert plan.frame.cc == ["市司法局"]


def test_a_one_character_copy_label_under_the_signatures_date_is_the_record() -> None:
    # an attachment's numbered articles follow the record block
    plan = rulegov.parse_plan(
        "关于印发某办法的通知\n各村:\n现将办法印发给你们。\n某镇人民政府\n二〇一一年八月三十日\n"
        "报:县委、县政府\n送:县法制办\n某办法\n第一条 为推进依法行政,制定本办法。\n"
    )
    assert plan.frame is not None
    assert plan.frame.cc == ["县委、县政府"]


@pytest.mark.parametrize(
    "note", ["(信息公开形式:主动公开)", "（信息公开选项：主动公开）", "(公开方式:依申请公开)"]
)
def test_a_disclosure_note_under_the_date_is_a_note_not_the_title(note):
    head = (
        "某市人民政府办公室关于印发某市2022年工作要点的通知\n某政办发〔2022〕2号\n"
        "各县人民政府,市政府各部门:\n现将《某市2022年工作要点》印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n2022年3月23日\n"
    )
    text = f"{head}{note}\n某市2022年工作要点\n一、加强法治建设\n1.完善制度。市司法局负责。"
    plan = rulegov.parse_plan(text)
    assert plan.title == "某市2022年工作要点"
    assert plan.frame is not None
    assert [n.text for n in plan.frame.notes] == [note]
    assert "publication-note" in [d.code for d in plan.diagnostics]


@pytest.mark.parametrize("page", ["— 1 —", "- 1 -", "—1—", "第1页"])
def test_a_page_number_between_listed_attachments_parts_nothing(page: str) -> None:
    plan = rulegov.parse_plan(
        "某省财政厅关于印发《甲管理办法》《乙实施办法》《丙实施办法》的通知\n"
        "各州市财政局:\n为优化资源配置，现将三个办法印发给你们，请遵照执行。\n"
        f"附件:1.甲管理办法\n   2.乙实施办法\n\n{page}\n   3.丙实施办法\n\n"
        "某省财政厅\n2020年5月19日\n"
    )
    assert [attachment.title for attachment in plan.frame.attachments] == [
        "甲管理办法",
        "乙实施办法",
        "丙实施办法",
    ]


@pytest.mark.parametrize("page", ["— 1 —", "- 2 -", "第3页"])
def test_a_page_number_between_the_date_and_the_record_parts_nothing(page: str) -> None:
    plan = rulegov.parse_plan(
        "某县人民政府办公室关于印发依法行政考核办法的通知\n各乡镇人民政府，县直各部门：\n"
        "现将《依法行政考核办法(试行)》印发给你们，请认真贯彻执行。\n"
        f"某县人民政府办公室\n二〇一一年八月三十日\n{page}\n\n报:县委、县政府\n\n送:县法制办\n\n"
        "依法行政考核办法(试行)\n第一条 为推进依法行政，制定本办法。\n第二条 本办法适用于县直各部门。\n"
    )
    assert plan.frame.cc[:1] == ["县委、县政府"]
    assert plan.title == "依法行政考核办法(试行)"


_SIGNED_BODIES = {
    "decision": "某市人民政府关于加强法治政府建设的决定\n\n各县区人民政府，市政府各部门：\n"
    "为推进法治政府建设，现作出如下决定。\n一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）完善制度。市司法局负责。\n某市人民政府\n2023年5月10日\n",
    "plan, half-width": "某市法治政府建设实施方案\n\n一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "(一)完善制度。市司法局负责。\n某市人民政府\n2023年5月10日\n",
    "opinion on a page": "首页 > 政务公开\n某市人民政府关于加强法治政府建设的实施意见\n"
    "【字体：大 中 小】\n各县区人民政府：\n一、总体要求\n坚持依法行政。\n二、主要任务\n"
    "（一）完善制度。市司法局负责。\n某市人民政府\n二〇二三年五月十日\n",
}
_ANNEXES_UNDER_A_LABEL = {
    "table": "{label}某市法治政府建设工作分工方案\n序号 | 工作任务 | 牵头单位\n1 | 完善制度 | 市司法局\n",
    "spaced table": "{label}某市法治政府建设工作分工方案\n序号  工作任务  牵头单位\n1  完善制度  市司法局\n",
    "items": "{label}某市法治政府建设工作分工方案\n1.完善制度。牵头单位：市司法局\n"
    "2.规范执法。牵头单位：市公安局\n",
    "paragraphs over a page number": "{label}某市法治政府建设工作分工方案\n— 5 —\n"
    "为落实本决定，现将任务分工如下。\n市司法局负责完善制度。\n",
}


@pytest.mark.parametrize("label", ["附件：", "附件:"])
@pytest.mark.parametrize("annex", sorted(_ANNEXES_UNDER_A_LABEL))
@pytest.mark.parametrize("body", sorted(_SIGNED_BODIES))
def test_a_one_line_annex_label_under_the_signature_heads_the_annex_and_keeps_the_date(
    body: str, annex: str, label: str
) -> None:
    # the list of attachments stands over the signature; 附件：title under the date, with the
    # annex printed below it, is the annex's head: the organ and the date above sign the document
    plan = rulegov.parse_plan(
        _SIGNED_BODIES[body] + _ANNEXES_UNDER_A_LABEL[annex].format(label=label)
    )
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert plan.issuer == "某市人民政府"
    [attachment] = plan.frame.attachments
    assert attachment.title == "某市法治政府建设工作分工方案"
    assert attachment.found


def test_an_attachment_list_under_the_signature_stays_a_list() -> None:
    # guard: 附件：1.甲 / 2.乙 under the date lists the attachments, printed or not
    plan = rulegov.parse_plan(
        _SIGNED_BODIES["decision"]
        + "附件：1.某市法治政府建设工作分工方案\n2.某市法治政府建设考核办法\n"
    )
    assert plan.issued_on == dt.date(2023, 5, 10)
    assert [item.title for item in plan.frame.attachments] == [
        "某市法治政府建设工作分工方案",
        "某市法治政府建设考核办法",
    ]
    assert all(item.listed and not item.found for item in plan.frame.attachments)


@pytest.mark.parametrize(
    "record",
    [
        "主题词:农村公路 表彰 决定\n",
        "主題詞:農村公路 表彰 決定\n",
        "主题词: 表彰 决定\n抄送:市委办公室,市人大常委会办公室。\n",
        "\n主题词:表彰 决定\n\n某市人民政府办公室 2011年2月24日印发\n",
    ],
)
def test_the_records_subject_words_under_the_date_leave_the_date_the_issue(record: str) -> None:
    # the older standard prints the record's subject words (主题词) under the date, over its
    # copies and printing line: the date above them is still the date of issue
    plan = rulegov.parse_plan(
        "关于对某年度竞赛活动进行表彰的决定\n\n经综合检查评定,市政府决定对某县人民政府进行表彰。\n\n"
        "一、金杯单位\n\n某县人民政府\n\n希望受表彰的单位再接再厉。\n\n二○一一年二月二十三日\n\n"
        + record
    )
    assert plan.issued_on == dt.date(2011, 2, 23)


@pytest.mark.parametrize(
    "fields",
    [
        (
            "索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\n"
            "N001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n面向社会 主动公开\n"
        ),
        (
            "索引号 文号 发布机构 发布日期\n"
            "N001-2011-000627 某政〔2011〕7号 某市人民政府办公室 2011-03-04\n"
        ),
        (
            "索引号: 发文字号: 发布机构: 成文日期:\n\n"
            "N001-2011-000627\n某政〔2011〕7号\n某市人民政府办公室\n"
        ),
        (
            "索引号:\n文号:\n发布机构:\n发布日期:\n"
            "N001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n"
        ),
        (
            "| 索引号 |  | 文号 |  |\n| 发布机构 |  | 发布日期 |  |\n"
            "N001-2011-000627 某政〔2011〕7号\n某市人民政府办公室 2011-03-04\n"
        ),
        (
            "索引号\t\t文号\t\n发布机构\t\t发布日期\t\n"
            "N001-2011-000627\t某政〔2011〕7号\n某市人民政府办公室\t2011-03-04\n"
        ),
    ],
)
@pytest.mark.parametrize("comments", ["", "标签:\n留言与评论(共有 0 条评论)\n   \n验证码:\n"])
def test_a_disclosure_block_under_the_document_gives_its_number_not_its_signature(
    fields: str, comments: str
) -> None:
    # a page prints its disclosure fields under the document, a row of labels over their
    # values (a comment box under them or not): the page's, so the date above them is the
    # date of issue, and the number among the values the document's
    plan = rulegov.parse_plan(
        "关于对某年度竞赛活动进行表彰的决定\n\n经综合检查评定,市政府决定对某县人民政府进行表彰。\n\n"
        "一、金杯单位\n\n某县人民政府\n\n希望受表彰的单位再接再厉。\n\n二○一一年二月二十三日\n\n"
        "主题词:农村公路 表彰 决定\n\n" + fields + comments
    )
    assert plan.issued_on == dt.date(2011, 2, 23)
    assert plan.doc_number == "某政〔2011〕7号"


_SIGNED_PLAN = (
    "某市2023年法治政府建设工作要点\n一、工作任务\n（一）加强组织领导。（市政府办公室负责）\n"
)


@pytest.mark.parametrize(
    "lost", ["202256", "2022121日", "2022年56日", "２０２２年５６日", "2022年121日"]
)
def test_a_plans_signature_over_a_date_that_lost_its_marks_reads_no_date(lost: str) -> None:
    plan = rulegov.parse_plan(f"{_SIGNED_PLAN}某市人民政府\n{lost}\n")
    assert plan.issued_on is None
    assert plan.issuer == "某市人民政府"
    [warning] = [d for d in plan.diagnostics if d.code == "unread-date"]
    assert (warning.line, warning.column) == (5, 1)


@pytest.mark.parametrize("code", ["201100", "200003", "200120", "201600"])
def test_a_postal_code_under_a_signature_is_no_date_that_lost_its_marks(code: str) -> None:
    # six digits after the year's 19 or 20 whose rest reads as no month and day (201100: 2011,
    # month 0) are a postal code or another number, not a date a copy lost its 年 and 月 from
    plan = rulegov.parse_plan(f"{_SIGNED_PLAN}某县司法局\n{code}\n")
    assert plan.issued_on is None
    assert "unread-date" not in {d.code for d in plan.diagnostics}
    notice = rulegov.parse_plan(
        "某市人民政府关于印发某市2023年法治政府建设工作要点的通知\n各区人民政府：\n"
        "现将《某市2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n"
        f"某市人民政府\n{code}\n{_SIGNED_PLAN}"
    )
    assert notice.issued_on is None
    assert "unread-date" not in {d.code for d in notice.diagnostics}


@pytest.mark.parametrize("lost", ["2022年56日", "2022年121日"])
def test_a_notices_signature_over_a_date_that_lost_its_month_says_it_is_unread(lost: str) -> None:
    plan = rulegov.parse_plan(
        "某市人民政府关于印发某市2023年法治政府建设工作要点的通知\n各区人民政府：\n"
        "现将《某市2023年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n"
        f"某市人民政府\n{lost}\n{_SIGNED_PLAN}"
    )
    assert (plan.issuer, plan.issued_on) == ("某市人民政府", None)
    assert "unread-date" in {d.code for d in plan.diagnostics}
