"""The head reader's organ marks: the red head that names the issuing organ (某某文件).

A mark on one line, organs stacked over one 文件 (a joint mark), a mark whose organ
the heading below names again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov.model import Severity
from rulegov.parse._facts import line_span
from rulegov.parse._header_state import ReaderState, State
from rulegov.parse._header_titles import is_organ_name, signers
from rulegov.parse._header_words import MARK_RULE, ORGAN_MARK, number_alone, simplified

if TYPE_CHECKING:
    from rulegov.parse._text import Line


# the most organs whose names a joint red head stacks over its 文件
MAX_STACKED_ORGANS = 6


class OrganMarks(ReaderState):
    """Reads the organ's mark over a document."""

    def organ_mark_line(self, line: Line) -> bool:
        """The organ's mark over a document (某省司法厅文件, GB/T 9704 7.2.5): no title.

        Joint issuers may print their names alone as the mark, apart by spaces, over the
        document's number (中共某市委宣传部 某市司法局 / 某治市办〔2011〕1号): they issue it.
        """
        text = line.text
        if self.joint_mark(line):
            self.issuer([line])
            self.note(line, "organ-mark", f"the organs' mark: {line.text}", Severity.INFO)
            return True
        if self.stacked_mark(line):
            return True
        if (
            self.state is State.START
            and self.header.mark_issuer is None
            and is_organ_name(simplified(text))
            and self.next_text() == "文件"
        ):
            # the mark broken after the organ's name, as a PDF's copy prints it: 某某人民政府 / 文件
            self.header.mark_issuer = line.printed(0, len(text))
            self.header.mark_span = line_span(line, 0, len(text))
            self.note(line, "organ-mark", f"the organ's mark: {text} 文件", Severity.INFO)
            return True
        if (
            self.state is State.START
            and self.header.mark_issuer is None
            and not self.header.recipients
            and ":" not in simplified(text)  # a page's byline (发布:某县司法局) is no mark
            and is_organ_name(simplified(text))
            and (
                MARK_RULE.fullmatch(self.next_text()) is not None
                or number_alone(self.next_text())
                or self.heading_names_the_organ(simplified(text))
            )
        ):
            # the organ's name alone over the red rule or the number under it (某市人民政府办公厅 /
            # ———— / 某府办函〔2020〕78号), or over a heading that names the organ again
            # (某市人民政府办公室 / 某市人民政府办公室关于印发…的通知): its mark
            self.header.mark_issuer = line.printed(0, len(text))
            self.header.mark_span = line_span(line, 0, len(text))
            self.note(line, "organ-mark", f"the organ's mark: {text}", Severity.INFO)
            following = self.next_index()
            if following is not None and MARK_RULE.fullmatch(self.lines[following].text):
                self.index = following + 1  # the rule is the mark's
            return True
        if not ORGAN_MARK.fullmatch(text) or "关于" in text or not is_organ_name(text[:-2]):
            return False
        if self.header.mark_issuer is None and text.endswith("文件"):
            self.header.mark_issuer = line.printed(0, len(text) - 2)
            self.header.mark_span = line_span(line, 0, len(text) - 2)
        self.note(line, "organ-mark", f"the organ's mark: {line.text}", Severity.INFO)
        return True

    def stacked_mark(self, line: Line) -> bool:
        """Joint issuers' names stacked one to a line over 文件: their mark (GB/T 9704 7.2.5).

        A joint red head prints the organs' names one under another and 文件 once beside them,
        centred; a PDF's copy reads the names, then 文件 (某市发展改革委办公厅 / 某市税务局办公厅 /
        文件). The organs issue the document together.
        """
        if self.state is not State.START or self.header.mark_issuer is not None:
            return False
        if not is_organ_name(simplified(line.text)):
            return False
        names = [line]
        for index in range(self.index, len(self.lines)):
            below = self.lines[index]
            text = below.text.strip(" \t")
            if not text:
                continue
            if text == "文件":
                if len(names) < 2:
                    return False
                self.header.mark_issuer = "、".join(
                    name.printed(0, len(name.text)) for name in names
                )
                self.header.mark_span = line_span(line, 0, len(line.text))
                self.note(
                    line,
                    "organ-mark",
                    f"the organs' mark: {self.header.mark_issuer} 文件",
                    Severity.INFO,
                )
                self.index = index  # 文件 is read as after one organ's name
                return True
            if len(names) == MAX_STACKED_ORGANS or not is_organ_name(simplified(text)):
                return False
            names.append(below)
        return False

    def heading_names_the_organ(self, organ: str) -> bool:
        """Whether the next line is a heading that opens with ``organ``'s name and 关于 after it.

        Such a line is the whole heading: the organ's name above it is no first half of it.
        """
        following = simplified(self.next_text())
        return following.startswith(organ) and following[len(organ) :].startswith("关于")

    def joint_mark(self, line: Line) -> bool:
        """Organs' names alone on the first line of a document, over its number."""
        header = self.header
        if self.state is not State.START or header.issuer is not None or header.title is not None:
            return False
        if header.notice_title is not None or not line.gaps or "关于" in line.text:
            return False
        return (
            is_organ_name(line.text) and len(signers(line)) > 1 and number_alone(self.next_text())
        )
