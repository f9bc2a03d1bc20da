"""The official-document frame (公文格式) that holds a plan: head, body and record.

Chinese party and government documents follow one national standard for their frame, GB/T
9704-2012 《党政机关公文格式》, under the 2012 《党政机关公文处理工作条例》. The standard divides a
document into three parts:

- 版头 (head): 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人;
- 主体 (body): 标题, 主送机关, 正文, 附件说明, 发文机关署名, 成文日期, 印章, 附注, 附件;
- 版记 (record): 抄送机关, 印发机关和印发日期.

[`Frame`][rulegov.Frame] holds each element as an optional typed field; most published copies
carry only some of them. The seal (印章) is an image with no text and is left out. Where each
element was read is in ``Frame.spans`` under the field's name; the elements that are models of
their own (the document number, the secrecy mark, each attachment, each note) carry their span.

Examples:
    >>> frame = Frame(doc_number=DocNumber.read("西政办[2020]20号"), kind="notice")
    >>> frame.doc_number.organ_code, frame.doc_number.year, frame.doc_number.serial
    ('西政办', 2020, 20)
    >>> frame.doc_number.standard, frame.kind.label
    ('西政办〔2020〕20号', '通知')
"""

from __future__ import annotations

import datetime as dt
import enum
import re

from pydantic import Field

from rulegov.errors import Issue, UnknownReferenceError
from rulegov.model._base import Model, Span

__all__ = [
    "Attachment",
    "DocNumber",
    "DocumentFormat",
    "DocumentKind",
    "Frame",
    "FrameNote",
    "NoticeVerb",
    "Secrecy",
    "SecrecyLevel",
    "Urgency",
]


class _Labelled(enum.StrEnum):
    """An enumeration whose members have a Chinese name, ``label``."""

    @property
    def label(self) -> str:
        """The member's Chinese name, as documents print it.

        Examples:
            >>> DocumentKind.ORDER.label, NoticeVerb.APPROVE_AND_FORWARD.label, Urgency.URGENT.label
            ('命令（令）', '批转', '加急')
        """
        return _LABELS[self]


class DocumentKind(_Labelled):
    """The 15 kinds of document (公文种类) of the 2012 regulation, article 8."""

    RESOLUTION = "resolution"
    """决议."""
    DECISION = "decision"
    """决定."""
    ORDER = "order"
    """命令（令）."""
    COMMUNIQUE = "communique"
    """公报."""
    ANNOUNCEMENT = "announcement"
    """公告."""
    CIRCULAR = "circular"
    """通告."""
    OPINION = "opinion"
    """意见."""
    NOTICE = "notice"
    """通知."""
    BULLETIN = "bulletin"
    """通报."""
    REPORT = "report"
    """报告."""
    REQUEST = "request"
    """请示."""
    REPLY = "reply"
    """批复."""
    MOTION = "motion"
    """议案."""
    LETTER = "letter"
    """函."""
    MINUTES = "minutes"
    """纪要."""


class NoticeVerb(_Labelled):
    """The verb of a cover notice: what it does with the document it carries."""

    ISSUE = "issue"
    """印发: issues a document of its own organ."""
    FORWARD = "forward"
    """转发: forwards a document of a higher or parallel organ."""
    APPROVE_AND_FORWARD = "approve_and_forward"
    """批转: approves and forwards a document of a lower organ."""


class SecrecyLevel(_Labelled):
    """密级: the secrecy level of a classified document."""

    TOP_SECRET = "top_secret"  # noqa: S105 - a secrecy level, not a password
    """绝密."""
    SECRET = "secret"  # noqa: S105 - a secrecy level, not a password
    """机密."""
    CONFIDENTIAL = "confidential"
    """秘密."""


class Urgency(_Labelled):
    """紧急程度: how urgently a document is to be handled."""

    EXTRA_URGENT = "extra_urgent"
    """特急."""
    URGENT = "urgent"
    """加急."""


_LABELS: dict[enum.Enum, str] = {
    DocumentKind.RESOLUTION: "决议",
    DocumentKind.DECISION: "决定",
    DocumentKind.ORDER: "命令（令）",
    DocumentKind.COMMUNIQUE: "公报",
    DocumentKind.ANNOUNCEMENT: "公告",
    DocumentKind.CIRCULAR: "通告",
    DocumentKind.OPINION: "意见",
    DocumentKind.NOTICE: "通知",
    DocumentKind.BULLETIN: "通报",
    DocumentKind.REPORT: "报告",
    DocumentKind.REQUEST: "请示",
    DocumentKind.REPLY: "批复",
    DocumentKind.MOTION: "议案",
    DocumentKind.LETTER: "函",
    DocumentKind.MINUTES: "纪要",
    NoticeVerb.ISSUE: "印发",
    NoticeVerb.FORWARD: "转发",
    NoticeVerb.APPROVE_AND_FORWARD: "批转",
    SecrecyLevel.TOP_SECRET: "绝密",
    SecrecyLevel.SECRET: "机密",
    SecrecyLevel.CONFIDENTIAL: "秘密",
    Urgency.EXTRA_URGENT: "特急",
    Urgency.URGENT: "加急",
}


class DocumentFormat(enum.StrEnum):
    """The standard's formats (GB/T 9704-2012, chapter 10): the ordinary one and two special ones."""

    DOCUMENT = "document"
    """文件格式: the ordinary format, under an issuing organ's mark (…文件)."""
    LETTER = "letter"
    """信函格式: a letter, its mark the organ's full name, its number after 函."""
    MINUTES = "minutes"
    """纪要格式: minutes, their mark …纪要, with attendees (出席, 列席, 请假)."""


_DOC_NUMBER = re.compile(
    r"(?P<organ>[^\s〔\[(【［（]{1,24}?)\s*[〔\[(【［（]\s*(?P<year>\d{4})\s*[〕\])】］）]"
    r"\s*第?\s*(?P<serial>\d{1,6})\s*[号號]"
)


class DocNumber(Model):
    """发文字号: a document number, read into its organ code, year and serial number.

    The standard writes it ``机关代字〔年份〕序号号``: the year in hexagonal brackets 〔〕, the serial
    without leading zeros and without 第. Documents also print [] () 【】 ［］ and full-width
    forms; [`standard`][rulegov.DocNumber.standard] gives the standard form.

    Examples:
        >>> number = DocNumber.read("西政办(2020)20号")
        >>> number.organ_code, number.year, number.serial, number.standard, number.is_standard
        ('西政办', 2020, 20, '西政办〔2020〕20号', False)
        >>> DocNumber.read("2023年工作要点") is None
        True
    """

    text: str = Field(min_length=1, description="The number as printed.")
    organ_code: str | None = Field(default=None, description="机关代字, e.g. 西政办.")
    year: int | None = Field(default=None, ge=1900, le=2200, description="年份.")
    serial: int | None = Field(default=None, ge=0, description="发文顺序号.")
    span: Span | None = None

    @classmethod
    def read(cls, text: str, span: Span | None = None) -> DocNumber | None:
        """Read a document number from ``text``: its parts, or None when it holds none."""
        found = _DOC_NUMBER.search(text)
        if found is None:
            return None
        year = int(found["year"])
        if not 1900 <= year <= 2200:
            return None
        return cls(
            text=text.strip(),
            organ_code=found["organ"].strip() or None,
            year=year,
            serial=int(found["serial"]),
            span=span,
        )

    @property
    def standard(self) -> str:
        """The number in the standard's form: ``机关代字〔2020〕20号`` (the text when unread)."""
        if self.organ_code is None or self.year is None or self.serial is None:
            return self.text
        return f"{self.organ_code}〔{self.year}〕{self.serial}号"

    @property
    def is_standard(self) -> bool:
        """Whether the number is printed in the standard's form."""
        return self.text.replace("號", "号") == self.standard


class Secrecy(Model):
    """密级和保密期限: the secrecy level and how long it holds (``机密★1年``).

    Examples:
        >>> Secrecy(level="secret", period="1年").text
        '机密★1年'
    """

    level: SecrecyLevel
    period: str | None = Field(default=None, description="保密期限, e.g. 1年, 长期.")
    span: Span | None = None

    @property
    def text(self) -> str:
        """The mark as the standard prints it."""
        return self.level.label + (f"★{self.period}" if self.period else "")


class Attachment(Model):
    """One attachment (附件): its entry in the attachment list and the part of the text it fills.

    ``listed`` says whether the attachment list (附件说明) names it, ``found`` whether its text
    follows in the document. An attachment that is listed but not found is a separate file (on a
    website, a link beside the page).

    Examples:
        >>> Attachment(number=2, title="任务分工表", listed=True).found
        False
    """

    number: int | None = Field(default=None, ge=0, description="The number in 附件1, 附件2.")
    title: str = Field(min_length=1)
    listed: bool = Field(default=False, description="Named in the attachment list (附件说明).")
    found: bool = Field(default=False, description="Its text follows in the document.")
    is_plan: bool = Field(default=False, description="The attachment is the plan itself.")
    is_task_table: bool = Field(
        default=False, description="The attachment is the plan's task-division table."
    )
    span: Span | None = Field(default=None, description="The entry in the attachment list.")
    part_span: Span | None = Field(
        default=None, description="The attachment's own part, heading included."
    )


class FrameNote(Model):
    """One line of 附注 (notes): ``（此件公开发布）``, or a contact person and telephone.

    Examples:
        >>> FrameNote(text="（联系人：张三，电话：0515-1234567）", contact="张三").telephone is None
        True
    """

    text: str = Field(min_length=1, description="The note as printed.")
    contact: str | None = Field(default=None, description="联系人.")
    telephone: str | None = Field(default=None, description="联系电话.")
    span: Span | None = None

    @property
    def is_publication_note(self) -> bool:
        """Whether this is the publication note (此件公开发布, 此件依申请公开...)."""
        return self.text.strip("（）() ").startswith("此件")


class Frame(Model):
    """The frame of an official document (公文格式, GB/T 9704-2012): head, body and record.

    Every element is optional. The title is the document's own title: for a cover notice that
    prints a plan it is the notice's title (``…关于印发《…》的通知``), while the plan keeps its own.
    ``spans`` maps a field's name to where it was read; elements that are models carry their own.
    The body text (正文) is the cover notice's ([`Plan.notice`][rulegov.Plan]) or, for a document
    that is itself the plan, the plan's own parts; ``spans["text"]`` says where it stands.

    Examples:
        >>> import datetime as dt
        >>> frame = Frame(
        ...     title="关于印发《2023年工作要点》的通知", kind="notice", verb="issue",
        ...     recipients=["各镇(街)"], signing_organs=["区依法治区办"],
        ...     issued_on=dt.date(2023, 5, 10), cc=["市委依法治市办"],
        ...     printing_office="区依法治区办", printed_on=dt.date(2023, 5, 12),
        ... )
        >>> frame.kind.label, frame.verb.label, frame.printed_on > frame.issued_on
        ('通知', '印发', True)
    """

    # -- 版头 (head) -----------------------------------------------------------------------
    copy_number: str | None = Field(default=None, description="份号, e.g. 000001.")
    secrecy: Secrecy | None = Field(default=None, description="密级和保密期限.")
    urgency: Urgency | None = Field(default=None, description="紧急程度: 特急, 加急.")
    organ_mark: str | None = Field(default=None, description="发文机关标志, e.g. …办公室文件.")
    doc_number: DocNumber | None = Field(default=None, description="发文字号.")
    signers: list[str] = Field(default_factory=list, description="签发人.")
    # -- 主体 (body) -----------------------------------------------------------------------
    title: str | None = Field(default=None, description="标题: the document's own title.")
    kind: DocumentKind | None = Field(default=None, description="公文种类, from the title's end.")
    verb: NoticeVerb | None = Field(default=None, description="印发, 转发 or 批转 in the title.")
    recipients: list[str] = Field(default_factory=list, description="主送机关.")
    attachments: list[Attachment] = Field(
        default_factory=list, description="附件说明 and 附件, in the list's order."
    )
    signing_organs: list[str] = Field(default_factory=list, description="发文机关署名.")
    issued_on: dt.date | None = Field(default=None, description="成文日期.")
    notes: list[FrameNote] = Field(default_factory=list, description="附注.")
    # -- 版记 (record) ---------------------------------------------------------------------
    cc: list[str] = Field(default_factory=list, description="抄送机关.")
    printing_office: str | None = Field(default=None, description="印发机关.")
    printed_on: dt.date | None = Field(default=None, description="印发日期.")
    # -- the format and the places ---------------------------------------------------------
    format: DocumentFormat | None = Field(
        default=None, description="信函格式 or 纪要格式 where their markers appear."
    )
    spans: dict[str, Span] = Field(
        default_factory=dict, description="Where each plain field was read, by field name."
    )

    @property
    def is_empty(self) -> bool:
        """Whether no element of the frame was read."""
        return not any(value not in (None, [], {}) for name, value in self if name != "spans")

    def attachment(self, number: int) -> Attachment:
        """The attachment numbered ``number`` (附件2 -> 2).

        Raises:
            UnknownReferenceError: when there is none.
        """
        for item in self.attachments:
            if item.number == number:
                return item
        known = [item.number for item in self.attachments]
        raise UnknownReferenceError(
            [
                Issue(
                    "attachments",
                    f"no attachment numbered {number}; the frame lists {known}",
                    number,
                )
            ],
            "Frame",
        )
