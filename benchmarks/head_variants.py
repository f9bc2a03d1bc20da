"""How well rulegov reads a document's head when a page prints the same text otherwise.

The same documents, each printed as pages and copies print them: with Windows line ends, an
indent of full-width spaces, blank lines between all lines or none, full-width signs, in
traditional characters, under a menu row, a breadcrumb (or one that ends in the page's title),
a poster's byline or a page date (or the day without its date), over a site's footer, with a
site's category tag under the title, a publication mark beside the document number,
with the date of issue in Chinese numerals, with dots or with its figures spaced apart, the
document number broken over two lines at its year, the
heading's organ broken over two lines of its own above 关于, a seal's note under the signer, the
publication note on the date's line, a disclosure block's labels run into their values or set
over them; as a PDF's text layer gives them (lines cut at the page's width, the recipients
cut inside a name, a red head's masthead over the number, a space before 号, a report's 签发人
beside its number, a heading spaced throughout) and as a web page frames them (its heading and
byline over the document, the byline under the title, a disclosure block over it, links to
print, share and the next page under it), with the dates' zero as 零, figures full-width and
joint signers on one line; with the number under the heading or on its line in brackets, the
date over the signing organs or in brackets under the title (the signature undated), the
heading broken after its verb (印发, 转发), after 关于 or inside the 《》 of the name it prints, a
disclosure block under the text, a page's byline over the heading, the title in 《》, the
title over two lines with a blank line between, and the signature over the heading. For every
variant the script prints
the header fields read right against the hand-read facts (``benchmarks/accuracy.py`` scores
them), beside the documents as saved, read in the same run: a reader that generalises reads
every variant as well as the saved text.

The documents are the ``tune`` halves of ``tests/parse/documents/unseen*`` and the development
set ``tests/corpus/dev`` (their ``.txt`` files): never a ``check`` half nor the held-out set,
which only the accuracy benchmark measures.

Run: ``python benchmarks/head_variants.py [--variant NAME ...] [--failures]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import pathlib
import re
import sys
from typing import TYPE_CHECKING, Any

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"

# the signs a page prints full-width, and the traditional forms of the genre's words
_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_TRADITIONAL = str.maketrans(
    "实划点计规办发关于转议报决见复纪请务范则细", "實劃點計規辦發關於轉議報決見復紀請務範則細"
)
_DATE_LINE = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日$", re.MULTILINE)
_DIGITS = "〇一二三四五六七八九"


def _first_line(text: str) -> str:
    """The first line of text (no table row), as a breadcrumb ends in a page title: cut short."""
    lines = (line.strip() for line in text.split("\n"))
    return next((line[:30] for line in lines if line and "|" not in line), "")


def _chinese_number(number: int) -> str:
    if number < 10:  # the digits of a month or a day
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _chinese_date(found: re.Match[str]) -> str:
    year = "".join(_DIGITS[int(digit)] for digit in found[1])
    return f"{year}年{_chinese_number(int(found[2]))}月{_chinese_number(int(found[3]))}日"


_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff])[〔\[［(（【]((?:19|20)\d\d)[〕\]］)）】](?=\d{1,4}号)")
_TITLE = re.compile(
    r"^[^|:：，,。；;\t ]{8,70}(?:通知|方案|要点|意见|办法|规划|计划|细则|规定|决定|清单|分解表|分工|安排|报告)"
    r"(?:（[^）]{2,8}）|\([^)]{2,8}\))?$"
)
_RECIPIENTS = re.compile(r"^\s*(各[^，,：:]{2,40}[，,；;][^：:]*)[：:]\s*$")
_ORGAN_END = re.compile(
    r"^[^\d:：，,。；;]+(?:政府|办公室|办公厅|局|厅|委员会|委|小组|办|院|部|会)$"
)
# the kind of document that ends a heading's last line, its bracket after it if any
_TITLE_END = re.compile(
    r"(?:通知|方案|要点|意见|办法|规划|计划|细则|规定|决定|清单|分解表|分工|安排|报告)(?:（[^）]{2,8}）|\([^)]{2,8}\))?$"
)
_HEAD_LINES = 20  # the lines of a document's head: where its title and recipients stand
_SHORTEST_ORGAN = 5  # the shortest organ's name worth breaking over two lines: 某县司法局


def _number_brackets(opening: str, closing: str) -> Callable[[str], str]:
    def printed(text: str) -> str:
        return _NUMBER.sub(f"{opening}\\1{closing}", text)

    printed.__doc__ = (
        f"The year of each document number in {opening}{closing} (某府发{opening}2023{closing}5号)."
    )
    return printed


# a document number alone on its line: 某府办发〔2023〕5号, in whatever brackets
# the label of a disclosure field whose value is the number: 发文字号, 文 号:
_LABEL = re.compile(r"(?:发文字号|文\s*号|文件编号|字号)[:：]?")
_NUMBER_LINE = re.compile(r"[^\s|:：,，。]{1,24}[〔\[［(（【](?:19|20)\d\d[〕\]］)）】]\d{1,4}号")


def _on_number_lines(text: str, rewrite: Callable[[str], str]) -> str:
    """``text`` with each document number alone on its line (not a disclosure label's value)
    printed as ``rewrite`` gives it."""
    lines = text.split("\n")
    label = False  # the line above is a disclosure label, whose value the number is
    for index, line in enumerate(lines):
        bare = line.strip()
        if bare and not label and _NUMBER_LINE.fullmatch(bare) and not _LABEL.match(bare):
            lines[index] = rewrite(bare)
        if bare:
            label = bare.endswith((":", "：")) or _LABEL.fullmatch(bare) is not None
    return "\n".join(lines)


def _number_marked(before: str, after: str) -> Callable[[str], str]:
    def printed(text: str) -> str:
        return _on_number_lines(text, lambda number: f"{before}{number}{after}")

    printed.__doc__ = f"A publication mark beside each number alone on its line: {before}某府发〔2023〕5号{after}."
    return printed


def _number_broken(after_year: bool) -> Callable[[str], str]:
    def broken(number: str) -> str:
        year = _NUMBER.search(number)
        if year is None:
            return number
        cut = year.end() if after_year else year.start()
        return f"{number[:cut]}\n{number[cut:]}"

    def printed(text: str) -> str:
        return _on_number_lines(text, broken)

    where = (
        "after its year (某府发〔2023〕 / 5号)"
        if after_year
        else "before it (某府发 / 〔2023〕5号)"
    )
    printed.__doc__ = f"Each number alone on its line broken over two lines {where}."
    return printed


def _tag_under_title(text: str) -> str:
    """A policy site's category tag (政策) on a line of its own under the head's title.

    Under the title's last line: past the lines that continue it (its period in brackets, the
    rest of a heading broken over lines, which ends with the kind of document too).
    """
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    for _ in range(3):
        following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if following is None:
            break
        below = lines[following].strip()
        if not (below.startswith(("(", "（")) or _TITLE_END.search(below)) or "|" in below:
            break
        index = following
    return "\n".join([*lines[: index + 1], "政策", *lines[index + 1 :]])


def _title_index(lines: list[str]) -> int | None:
    """The index of the first line of the head printed as a title, if any."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _TITLE.match(line.strip()):
            return index
        seen += 1
        if seen >= _HEAD_LINES:
            break
    return None


def _breakable(title: str) -> list[int]:
    """Where a printed title may break: between two ideographs, outside brackets and quotes."""
    places = []
    depth = 0
    for position, char in enumerate(title):
        if char in "《“(（〈[【":
            depth += 1
        elif char in "》”)）〉]】":
            depth -= 1
        before = title[position - 1] if position else ""
        if depth == 0 and "\u4e00" <= before <= "\u9fff" and "\u4e00" <= char <= "\u9fff":
            places.append(position)
    return places


def _even_pieces(title: str, parts: int) -> list[str]:
    """The title in ``parts`` pieces of about even length, cut at places it may break."""
    places = _breakable(title)
    cuts: list[int] = []
    for share in range(1, parts):
        wanted = len(title) * share // parts
        cut = min(places, key=lambda place: abs(place - wanted), default=None)
        if cut is not None and cut not in cuts and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    bounds = [0, *cuts, len(title)]
    return [title[start:end] for start, end in itertools.pairwise(bounds)]


def _title_broken(parts: int, before: tuple[str, ...] = ()) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        index = _title_index(lines)
        if index is None:
            return text
        title = lines[index].strip()
        cut = next((title.find(word) for word in before if title.find(word) > 2), -1)
        if before and cut <= 0:
            return text  # the title has none of the words to break before
        pieces = [title[:cut], title[cut:]] if cut > 0 else _even_pieces(title, parts)
        lines[index : index + 1] = pieces
        return "\n".join(lines)

    where = " before " + " or ".join(before) if before else f" in {parts} even pieces"
    printed.__doc__ = f"The title printed over lines, broken{where}."
    return printed


def _organ_apart(text: str) -> str:
    """The organ a heading opens with on lines of its own above 关于, broken in its middle.

    A red-head notice centres a long organ's name over the heading and a narrow page breaks it
    where the line is full (某县人民 / 政府办公室 / 关于印发…的通知).
    """
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    title = lines[index].strip()
    about = title.find("关于")
    organ = title[:about]
    places = [place for place in _breakable(organ) if place > 1]
    if about < _SHORTEST_ORGAN or not _ORGAN_END.match(organ) or not places:
        return text
    cut = min(places, key=lambda place: abs(place - len(organ) // 2))
    lines[index : index + 1] = [organ[:cut], organ[cut:], title[about:]]
    return "\n".join(lines)


def _place_cut(text: str) -> str:
    """The heading broken inside its organ's place, before the level: 乌鲁木 / 齐市人民政府关于….

    A narrow page breaks where the line is full, inside 自治 (新疆维吾尔自 / 治区…) or inside a
    place's name of three or four characters, the rest of the heading run on under it.
    """
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    title = lines[index].strip()
    about = title.find("关于")
    organ = title[:about] if about > 0 else ""
    autonomous = re.search("自治[区州县旗]", organ)
    level = re.search("[省市县区州盟旗]", organ)
    if autonomous is not None and autonomous.start() >= 2:
        cut = autonomous.start() + 1
    elif level is not None and 3 <= level.start() <= 4:
        cut = level.start() - 1
    else:
        return text
    lines[index : index + 1] = [title[:cut], title[cut:]]
    return "\n".join(lines)


def _title_spaced(text: str) -> str:
    """The title letter-spaced when short (工 作 要 点), else a full-width space before its 关于."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    title = lines[index].strip()
    if len(title) <= 16:
        lines[index] = " ".join(title)
    elif title.find("关于") > 2:
        lines[index] = title.replace("关于", "\u3000关于", 1)
    return "\n".join(lines)


def _heading_spaced(text: str) -> str:
    """A notice's heading word alone on its line letter-spaced: 通  知, 意  见, 方  案."""
    return re.sub(
        r"^\s*(通知|意见|方案|决定|要点)\s*$",
        lambda found: "  ".join(found[1]),
        text,
        flags=re.MULTILINE,
    )


def _recipients_split(text: str) -> str:
    """The recipients printed one a line, each ending in its comma, the last in its colon."""
    lines = text.split("\n")
    for index, line in enumerate(lines[: _HEAD_LINES * 2]):
        found = _RECIPIENTS.match(line)
        if found is not None:
            lines[index] = re.sub(r"([，,；;])", "\\1\n", line.strip())
            break
    return "\n".join(lines)


def _date_form(form: Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    def printed(text: str) -> str:
        return _DATE_LINE.sub(form, text)

    printed.__doc__ = form.__doc__
    return printed


def _dashed(found: re.Match[str]) -> str:
    """The date of each date line printed with dashes, zero-padded: 2023-05-10."""
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"


def _padded(found: re.Match[str]) -> str:
    """The date of each date line with its month and day zero-padded: 2023年05月10日."""
    return f"{found[1]}年{int(found[2]):02d}月{int(found[3]):02d}日"


def _ring_zero(found: re.Match[str]) -> str:
    """The date of each date line in Chinese numerals with ○ for zero: 二○二三年五月十日."""
    return _chinese_date(found).replace("〇", "○")


def _spaced(found: re.Match[str]) -> str:
    """The date of each date line with its figures spaced apart, as a PDF's copy: 2023 年 5 月 10 日."""
    return f"{found[1]} 年 {found[2]} 月 {found[3]} 日"


def _last_date(lines: list[str]) -> int | None:
    """The index of the last line that is a date of signing, if any."""
    return next(
        (
            index
            for index in range(len(lines) - 1, -1, -1)
            if _DATE_LINE.match(lines[index].strip())
        ),
        None,
    )


def _last_signature(lines: list[str]) -> int | None:
    """The index of the last date of signing right under an organ's name (the signature's)."""
    for index in range(len(lines) - 1, 0, -1):
        before = lines[index - 1].strip()
        if (
            _DATE_LINE.match(lines[index].strip())
            and 4 <= len(before) <= 30
            and _ORGAN_END.search(before) is not None
        ):
            return index
    return None


def _on_the_date_line(note: str) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        index = _last_date(lines)
        if index is not None:
            lines[index] = lines[index].rstrip() + note
        return "\n".join(lines)

    printed.__doc__ = f"{note} run onto the line of the date of signing."
    return printed


def _signature_tabbed(text: str) -> str:
    """The signing organ and the date of signing indented with tabs, as pasted from Word."""
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is not None:
        for at in (index - 1, index):
            lines[at] = "\t\t" + lines[at].strip()
    return "\n".join(lines)


def _date_broken(text: str) -> str:
    """The date of signing broken over two lines after its month, as a PDF's line end breaks it."""
    lines = text.split("\n")
    index = _last_date(lines)
    if index is not None:
        head, month, tail = lines[index].strip().partition("月")
        if month and tail:
            lines[index : index + 1] = [head + month, tail]
    return "\n".join(lines)


def _seal_under_signer(text: str) -> str:
    """A seal's note (（印章）) on a line of its own between the signing organ and the date."""
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is not None:
        lines.insert(index, "（印章）")
    return "\n".join(lines)


def _signed_on_one_line(text: str) -> str:
    """The issuer (an organ's name) and the date of signing on one line, parted by spaces."""
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is not None:
        before = lines[index - 1].strip()
        lines[index - 1 : index + 1] = [before + "\u3000\u3000" + lines[index].strip()]
    return "\n".join(lines)


def _signature_at_the_end(text: str) -> str:
    """The signature (an organ over the date of signing) moved under the whole text.

    A page that prints a notice and the plan it carries often sets the notice's signature
    under the plan, after its attachments.
    """
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is not None and any(line.strip() for line in lines[index + 1 :]):
        first = index - 1  # joint signers one a line: every organ's line over the date
        while first > 0 and _ORGAN_END.search(lines[first - 1].strip()) is not None:
            first -= 1
        signature = lines[first : index + 1]
        del lines[first : index + 1]
        while lines and not lines[-1].strip():
            lines.pop()
        lines.extend([*signature, ""])
    return "\n".join(lines)


def _signed_spaced(text: str) -> str:
    """The issuer and the date of signing on one line, the date's figures spaced apart."""
    lines = _signed_on_one_line(text).split("\n")
    for index in range(len(lines) - 1, -1, -1):
        head, gap, day = lines[index].rpartition("\u3000\u3000")
        found = _DATE_LINE.match(day.strip())
        if gap and found is not None:
            lines[index] = head + gap + _spaced(found)
            break
    return "\n".join(lines)


def _after_signature(note: str) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        index = _last_date(lines)
        if index is not None:
            lines.insert(index + 1, note)
        return "\n".join(lines)

    printed.__doc__ = f"{note} on the line after the date of signing."
    return printed


def _no_text_on_page(text: str) -> str:
    """（此页无正文） heading the last page: on the line before the signature's issuer."""
    lines = text.split("\n")
    for index in range(len(lines) - 1, 1, -1):
        if _DATE_LINE.match(lines[index].strip()):
            above = index - 1
            while above > 0 and not lines[above].strip():
                above -= 1
            if _ORGAN_END.search(lines[above].strip()) is not None:
                lines.insert(above, "（此页无正文）")
            break
    return "\n".join(lines)


def _copies_block(text: str) -> str:
    """The 抄送 line that ends a printed document, and under it the printing office and its date.

    The day printed is the last date line's (a document without one prints the 抄送 line alone).
    """
    dates = _DATE_LINE.findall(text)
    record = "\n\n抄送：市委各部门，市人大常委会办公室，市政协办公室。\n"
    if dates:
        year, month, day = dates[-1]
        record += f"某某市人民政府办公室\u3000\u3000\u3000\u3000{year}年{month}月{day}日印发\n"
    return text.rstrip("\n") + record


def _page_numbers(text: str) -> str:
    """A PDF's page numbers (— 3 —) between the lines, one after about every 20 lines.

    Never between a signature's organ and its date, which GB/T 9704 prints on one page.
    """
    lines = text.split("\n")
    out: list[str] = []
    page = 0
    for index, line in enumerate(lines):
        out.append(line)
        following = next((item.strip() for item in lines[index + 1 :] if item.strip()), "")
        if len(out) >= (page + 1) * 20 and not _DATE_LINE.match(following):
            page += 1
            out.append(f"— {page} —")
    return "\n".join(out)


_DISCLOSURE_LABELS = (
    "索引号|主题分类|发布机构|发文机关|生成日期|成文日期|发布日期|发文日期|发文字号|文件编号|文号"
    "|有效性|时效|公开范围|公开方式|公开形式|体裁分类|组配分类|信息来源|文件状态|所属分类"
    "|统一编号|关键词|浏览次数|发布时间|公开类别|名称|标题|分类|来源"
)
# a label as pages print it, its characters perhaps spaced apart (索 引 号, 文    号), never the
# end of a longer word (信息名称)
_DISCLOSURE_LABEL = re.compile(
    r"(?<![^\s\[])(?:\[\s*)?(?P<label>"
    + "|".join(" *".join(label) for label in _DISCLOSURE_LABELS.split("|"))
    + r")(?:\s*\])?\s*[:：]?\s*"
)
# a value that ends as a label does is a label the list lacks (服务对象分类, 信息格式/语种)
_LABEL_END = re.compile(r"(?:分类|类别|语种|日期|时间|编号|名称|概述|关键词)$")
# a value with a space inside is a date and its time, or holds a label the list lacks
_DATE_TIME = re.compile(r"\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?")


def _disclosure_pairs(line: str) -> list[tuple[str, str]] | None:
    """The label and value pairs of a disclosure block's line, when labels are all it holds."""
    text = line.strip()
    found = list(_DISCLOSURE_LABEL.finditer(text))
    if not found or found[0].start() != 0:
        return None
    pairs = []
    for this, following in zip(found, [*found[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        value = text[this.end() : end].strip()
        if (re.search(r"\s", value) and not _DATE_TIME.fullmatch(value)) or _LABEL_END.search(
            value
        ):
            return None  # a label the list lacks may be inside: the line is left as printed
        pairs.append((this["label"].replace(" ", ""), value))
    return pairs


def _disclosure(form: Callable[[list[tuple[str, str]]], list[str]]) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        out: list[str] = []
        for index, line in enumerate(lines):
            pairs = _disclosure_pairs(line) if index < _HEAD_LINES * 2 else None
            out.extend(form(pairs) if pairs else [line])
        return "\n".join(out)

    printed.__doc__ = form.__doc__
    return printed


def _label_a_line(pairs: list[tuple[str, str]]) -> list[str]:
    """A disclosure block (索引号 发布机构 …) printed one label and its value a line."""
    return [f"{label}：{value}" for label, value in pairs]


def _pipe_rows(pairs: list[tuple[str, str]]) -> list[str]:
    """A disclosure block printed as a table's rows, two labels and values a row, in pipes."""
    rows = []
    for start in range(0, len(pairs), 2):
        cells = [cell for pair in pairs[start : start + 2] for cell in pair]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def _tab_rows(pairs: list[tuple[str, str]]) -> list[str]:
    """A disclosure block printed as a table's rows, two labels and values a row, parted by tabs."""
    return [
        "\t".join(cell for pair in pairs[start : start + 2] for cell in pair)
        for start in range(0, len(pairs), 2)
    ]


def _run_in_rows(pairs: list[tuple[str, str]]) -> list[str]:
    """A disclosure block with each label run into its value, two fields a row apart by spaces."""
    return [
        "\u3000\u3000".join(f"{label}{value}" for label, value in pairs[start : start + 2])
        for start in range(0, len(pairs), 2)
    ]


def _label_over_value(pairs: list[tuple[str, str]]) -> list[str]:
    """A disclosure block with each label and its colon over its value, a blank line between."""
    return [line for label, value in pairs for line in (f"{label}：", "", value, "")]


# --- printings of a PDF's text layer and of a web page's frame around the document ---

_PDF_LINE = 28  # the characters of a line of body text on a GB/T 9704 page
_PDF_TITLE_LINE = 22  # of a line of the heading, printed larger
_SIGNER = re.compile(r"^[^\d:：，,。；;|]{4,30}$")


# a line of a page may not start with a closing sign nor end with an opening one (kinsoku)
_NO_LINE_START = "，,。.、；;：:）)》」”’！!？?〕]】"
_NO_LINE_END = "（(《「“‘〔[【"
# a line of prose as a PDF prints it: no web page's label (来源:) nor markup in it
_PROSE = re.compile(r"^[^|\t<>]*?[\u4e00-\u9fff][^|\t<>:]*:?$")


def ems(text: str) -> float:
    """The room ``text`` takes on a line, in ideographs: a half-width character half an
    ideograph's."""
    return sum(0.5 if ord(char) < 0x2E80 and char.isascii() else 1.0 for char in text)


def wrapped(line: str, width: float) -> list[str]:
    """``line`` cut into lines of at most ``width`` ideographs, as a word processor sets Chinese
    text: a run of letters or digits is never cut (2023, 15), no line starts with a closing sign
    (，。）》) nor ends with an opening one (（《).

    Examples:
        >>> wrapped("推进依法行政（2023年）工作", 7)
        ['推进依法行政', '（2023年）工作']
    """
    pieces: list[str] = []
    start = 0
    while ems(line[start:]) > width:
        end, used = start, 0.0
        while used + ems(line[end]) <= width:
            used += ems(line[end])
            end += 1
        while end - start > 1 and (
            line[end] in _NO_LINE_START
            or line[end - 1] in _NO_LINE_END
            or (
                line[end].isascii()
                and line[end].isalnum()
                and line[end - 1].isascii()
                and line[end - 1].isalnum()
            )
        ):
            end -= 1
        end = max(end, start + 1)
        pieces.append(line[start:end])
        start = end
    return [*pieces, line[start:]]


def _wrapped(line: str, width: int) -> list[str]:
    """``line`` cut into lines of ``width`` ideographs, as a PDF's text layer gives it; a
    table's row (pipes or tabs between cells) stays whole."""
    bare = line.strip()
    if "|" in bare or "\t" in bare or ems(bare) <= width:
        return [line]
    return [piece for piece in wrapped(bare, width) if piece]


def _recipients_index(lines: list[str]) -> int | None:
    """The index of the recipients' line of the head (各…: ending in its colon), if any."""
    return next(
        (
            index
            for index, line in enumerate(lines[: _HEAD_LINES * 2])
            if _RECIPIENTS.match(line) is not None
        ),
        None,
    )


def _pdf_wrapped(text: str) -> str:
    """The head and text as a PDF's text layer gives them: the heading's lines cut at 22
    characters, every longer line of prose from the heading on cut at 28, where the page's line
    ends (inside a name or a bracket), the page's labels and tables left whole."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text  # no heading: no official document's page to print
    out = lines[:index]
    for at, line in enumerate(lines[index:], index):
        if _PROSE.match(line.strip()) is None:
            out.append(line)
        else:
            out.extend(_wrapped(line, _PDF_TITLE_LINE if at == index else _PDF_LINE))
    return "\n".join(out)


def _recipients_wrapped(text: str) -> str:
    """The recipients' line cut where a PDF's line of 28 characters ends, inside a name."""
    lines = text.split("\n")
    index = _recipients_index(lines)
    if index is not None:
        lines[index : index + 1] = _wrapped(lines[index], _PDF_LINE)
    return "\n".join(lines)


def _recipients_at_a_comma(text: str) -> str:
    """The recipients over two lines, broken after the comma nearest their middle."""
    lines = text.split("\n")
    index = _recipients_index(lines)
    if index is None:
        return text
    bare = lines[index].strip()
    commas = [at + 1 for at, char in enumerate(bare[:-1]) if char in "，,；;、"]
    if not commas:
        return text
    cut = min(commas, key=lambda at: abs(at - len(bare) // 2))
    lines[index : index + 1] = [bare[:cut], bare[cut:]]
    return "\n".join(lines)


def _signer(lines: list[str]) -> str | None:
    """The organ that signs the document: the line over the last date of signing, if any."""
    index = _last_signature(lines)
    if index is None:
        return None
    organ = lines[index - 1].strip()
    return organ if _SIGNER.match(organ) else None


def _number_index(lines: list[str]) -> int | None:
    """The index of the head's document number alone on its line, if any."""
    for index, line in enumerate(lines[: _HEAD_LINES * 2]):
        bare = line.strip()
        if _NUMBER_LINE.fullmatch(bare) and not _LABEL.match(bare):
            return index
    return None


def _red_head(apart: bool) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        organ, index = _signer(lines), _number_index(lines)
        if organ is None or index is None:
            return text
        head = [organ, "", "文件", ""] if apart else [f"{organ}文件", ""]
        lines[index:index] = head
        return "\n".join(lines)

    form = "新疆维吾尔自治区人民政府 / 文件" if apart else "某某市人民政府文件"
    printed.__doc__ = (
        f"A red-head notice's masthead ({form}) over its number: the signing organ's name."
    )
    return printed


def _number_spaced(text: str) -> str:
    """The head's number with a space before 号, as a PDF's text layer gives it: 〔2023〕6 号."""
    return _on_number_lines(text, lambda number: re.sub(r"(\d)号$", r"\1 号", number))


def _number_signed(text: str) -> str:
    """A report's number and its signer on one line: 某发改〔2020〕10号　　签发人：张某某."""
    return _on_number_lines(text, lambda number: f"{number}\u3000\u3000\u3000\u3000签发人：张某某")


def _byline(text: str) -> str:
    """A page's byline: the date and time it was posted, its source (the signer) and its views."""
    lines = text.split("\n")
    organ = _signer(lines) or "本网"
    dates = _DATE_LINE.findall(text)
    year, month, day = dates[-1] if dates else ("2023", "5", "10")
    return (
        f"发布时间：{year}-{int(month):02d}-{int(day):02d} 09:30:12\u3000来源：{organ}"
        "\u3000浏览次数：1268\u3000【字体：大 中 小】"
    )


# a line of a heading broken over lines: no sign of a field, a sentence, a label or a table in
# it, no word of a site's menu
_HEADING_PIECE = re.compile(
    r"[^,，:：;；。|\t【】\[\]“”]{6,40}|[^,，:：;；。|\t【】\[\]]*“[^”]*”[^,，:：;；。|\t【】\[\]]*"
)
_HEADING_PIECE_MAX = 40
_MENU_WORD = re.compile(
    r"首页|新闻|公开|服务|专题|专栏|政策|文件|会议|地方|法规|数据库|网站|位置|Contents|[A-Za-z]{3}"
)


def _heading_start(lines: list[str], index: int) -> int:
    """The first line of the heading whose last line is ``index``: the heading's pieces above it
    (its organ, its first words), never a date, a number or a field's line."""
    start = index
    for _ in range(2):
        above = start - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        piece = lines[above].strip() if above >= 0 else ""
        if (
            not _HEADING_PIECE.fullmatch(piece)
            or _DATE_LINE.match(piece)
            or _NUMBER_LINE.fullmatch(piece)
            or _TITLE_END.search(piece)
            or _MENU_WORD.search(piece)
        ):
            break
        start = above
    return start


def _heading_end(lines: list[str], index: int) -> int:
    """The last line of the heading whose line ``index`` ends in a kind of document: past the
    lines that continue it (its period in brackets, the rest of a heading broken over lines)."""
    for _ in range(3):
        following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), None)
        if following is None:
            break
        below = lines[following].strip()
        if not (below.startswith(("(", "（")) or _TITLE_END.search(below)) or "|" in below:
            break
        if len(below) > _HEADING_PIECE_MAX:
            break
        index = following
    return index


def _page_heading(breadcrumb: bool) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        index = _title_index(lines)
        if index is None:
            return text
        start, end = _heading_start(lines, index), _heading_end(lines, index)
        heading = "".join(line.strip() for line in lines[start : end + 1])
        top = ["当前位置：首页 > 政务公开 > 政策文件", ""] if breadcrumb else []
        lines[start:start] = [*top, heading, "", _byline(text), ""]
        return "\n".join(lines)

    trail = "under a breadcrumb (当前位置：首页 > …), " if breadcrumb else ""
    printed.__doc__ = (
        f"The page's heading {trail}then the byline, right over the document's heading, "
        "which prints the title again."
    )
    return printed


def _byline_under_title(text: str) -> str:
    """A page's byline (发布时间, 来源, 浏览次数, 字体) on the line under the head's title."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    end = _heading_end(lines, index)
    lines[end + 1 : end + 1] = ["", _byline(text), ""]
    return "\n".join(lines)


def _disclosure_from_text(bracketed: bool) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        title = _title_index(lines)
        number = _number_index(lines)
        organ = _signer(lines)
        dates = _DATE_LINE.findall(text)
        if title is None or organ is None:
            return text
        year, month, day = dates[-1] if dates else ("", "", "")
        day_of = f"{year}-{int(month):02d}-{int(day):02d}" if dates else ""
        fields = [
            ("索引号", f"11500383009338112H/{year or 2023}-00021"),
            ("发文字号", lines[number].strip() if number is not None else ""),
            ("发布机构", organ),
            ("成文日期", day_of),
            ("标题", lines[title].strip()),
            ("有效性", "有效"),
        ]
        if bracketed:
            rows = [
                " ".join(f"[ {label} ] {value}" for label, value in fields[start : start + 2])
                for start in range(0, len(fields), 2)
            ]
        else:
            rows = _pipe_rows(fields)
        return "\n".join([*rows, "", text])

    form = "[ 索引号 ] … [ 发文字号 ] …" if bracketed else "| 索引号 | … | 发文字号 | … |"
    printed.__doc__ = (
        f"A disclosure block over the document ({form}): its number, signer, date and title."
    )
    return printed


def _page_links_after(text: str) -> str:
    """A page's links under the document: print and close, share, the previous and next page."""
    return (
        text.rstrip("\n") + "\n\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n"
        "上一篇：关于做好2023年度安全生产工作的通知\n"
        "下一篇：某某区2023年法治政府建设工作要点\n"
    )


def _zero_as_ling(found: re.Match[str]) -> str:
    """The date of each date line in Chinese numerals with 零 for zero: 二零二三年五月十日."""
    return _chinese_date(found).replace("〇", "零")


def _full_width_digits(text: str) -> str:
    """The digits of dates and numbers full-width, as a word processor's copy: ２０２３年５月."""
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _joint_signers_on_a_line(text: str) -> str:
    """Joint signers' names (one a line over the date) printed on one line, parted by spaces."""
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is None:
        return text
    first = index - 1
    while (
        first > 0
        and _SIGNER.match(lines[first - 1].strip())
        and _ORGAN_END.search(lines[first - 1].strip())
    ):
        first -= 1
    if first == index - 1:
        return text
    names = [line.strip() for line in lines[first:index]]
    lines[first:index] = ["\u3000\u3000".join(names)]
    return "\n".join(lines)


def _title_spaced_through(text: str) -> str:
    """A heading with a space after each of its ideographs (关 于 印 发 …), as a justified PDF
    heading gives it; a run of figures (2023) is kept whole."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is not None:
        lines[index] = re.sub(r"([\u4e00-\u9fff])(?=[^\s(])", r"\1 ", lines[index].strip())
    return "\n".join(lines)


def _number_over_heading(lines: list[str], number: int, title: int) -> bool:
    """Whether the number on line ``number`` stands right over the heading whose title is on
    line ``title``: nothing but blank lines between them."""
    start = _heading_start(lines, title)
    return number < start and not any(line.strip() for line in lines[number + 1 : start])


def _number_under_title(text: str) -> str:
    """The head's number moved from over the title to the line under it, in round brackets.

    A site that prints a notice under its heading often sets the number there:
    关于印发…的通知 / （某府办发〔2023〕5号）.
    """
    lines = text.split("\n")
    number, title = _number_index(lines), _title_index(lines)
    if number is None or title is None or not _number_over_heading(lines, number, title):
        return text
    end = _heading_end(lines, title)
    lines.insert(end + 1, f"（{lines[number].strip()}）")
    del lines[number]
    return "\n".join(lines)


def _number_on_title_line(text: str) -> str:
    """The head's number run onto the end of the title's last line, in round brackets."""
    lines = text.split("\n")
    number, title = _number_index(lines), _title_index(lines)
    if number is None or title is None or not _number_over_heading(lines, number, title):
        return text
    end = _heading_end(lines, title)
    lines[end] = f"{lines[end].rstrip()}（{lines[number].strip()}）"
    del lines[number]
    return "\n".join(lines)


def _issuer_after_date(text: str) -> str:
    """The date of signing printed over the signing organs instead of under them."""
    lines = text.split("\n")
    index = _last_signature(lines)
    if index is not None:
        first = index - 1  # joint signers one a line: the date goes over them all
        while first > 0 and _ORGAN_END.search(lines[first - 1].strip()) is not None:
            first -= 1
        lines[first : index + 1] = [lines[index], *lines[first:index]]
    return "\n".join(lines)


def _date_under_title(text: str) -> str:
    """The date of signing moved from the signature to a bracket under the title: （2023年5月10日）.

    Party organs and councils print a document's date so, and sign no date under the text.
    """
    lines = text.split("\n")
    index, title = _last_signature(lines), _title_index(lines)
    if index is None or title is None or title > index:
        return text
    day = lines[index].strip()
    del lines[index]
    end = _heading_end(lines, title)
    lines.insert(end + 1, f"（{day}）")
    return "\n".join(lines)


def _title_broken_after(words: tuple[str, ...]) -> Callable[[str], str]:
    def printed(text: str) -> str:
        lines = text.split("\n")
        index = _title_index(lines)
        if index is None:
            return text
        title = lines[index].strip()
        found = next((title.find(word) for word in words if title.find(word) > 0), -1)
        if found <= 0:
            return text  # none of the words, or only at the start: no line holds them alone
        cut = found + len(next(word for word in words if title.find(word) == found))
        if cut >= len(title) - 2:
            return text
        lines[index : index + 1] = [title[:cut], title[cut:]]
        return "\n".join(lines)

    printed.__doc__ = f"The title printed over two lines, broken after {' or '.join(words)}."
    return printed


def _title_broken_in_quote(text: str) -> str:
    """The title broken inside the name of the plan it carries, in the middle of its 《》."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    title = lines[index].strip()
    found = re.search("《([^》]{6,})》", title)
    if found is None:
        return text
    cut = found.start(1) + len(found[1]) // 2
    lines[index : index + 1] = [title[:cut], title[cut:]]
    return "\n".join(lines)


def _disclosure_after(text: str) -> str:
    """The disclosure block (索引号, 发文字号, 发布机构 …) printed under the document, not over it."""
    printed = _disclosure_from_text(bracketed=False)(text)
    if printed == text:
        return text
    rows, _, rest = printed.partition("\n\n")
    return rest.rstrip("\n") + "\n\n" + rows + "\n"


def _byline_over_title(text: str) -> str:
    """A page's byline (发布时间, 来源, 浏览次数) on the line over the head's heading."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    start = _heading_start(lines, index)
    above = lines[start - 1].strip() if start > 0 else ""
    if above and not (_NUMBER_LINE.fullmatch(above) or _DATE_LINE.match(above)):
        return text  # the line over it may be the heading's own first: no place for a byline
    lines[start:start] = [_byline(text), ""]
    return "\n".join(lines)


def _title_quoted(text: str) -> str:
    """The head's title printed in 《》 on its line, as a page that names the document prints it."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None or "《" in lines[index]:
        return text
    lines[index] = f"《{lines[index].strip()}》"
    return "\n".join(lines)


def _title_broken_apart(text: str) -> str:
    """The title over two lines with a blank line between, as a PDF's copy spaces a heading."""
    lines = text.split("\n")
    index = _title_index(lines)
    if index is None:
        return text
    pieces = _even_pieces(lines[index].strip(), 2)
    if len(pieces) < 2:
        return text
    lines[index : index + 1] = [pieces[0], "", pieces[1]]
    return "\n".join(lines)


def _signature_over_heading(text: str) -> str:
    """The signature (the organs over the date) moved from under the notice to over its heading,
    as a page that prints who issued the document and when above it does."""
    lines = text.split("\n")
    index, title = _last_signature(lines), _title_index(lines)
    if index is None or title is None or title > index:
        return text
    first = index - 1
    while first > 0 and _ORGAN_END.search(lines[first - 1].strip()) is not None:
        first -= 1
    signature = [line.strip() for line in lines[first : index + 1]]
    del lines[first : index + 1]
    start = _heading_start(lines, title)
    lines[start:start] = [*signature, ""]
    return "\n".join(lines)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as saved": lambda text: text,
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "full-width indent": lambda text: "\n".join(
        "\u3000\u3000" + line if line.strip() else line for line in text.split("\n")
    ),
    "blank lines between": lambda text: "\n\n".join(text.split("\n")),
    "no blank lines": lambda text: "\n".join(line for line in text.split("\n") if line.strip()),
    "full-width signs": lambda text: text.translate(_FULL_WIDTH),
    "traditional": lambda text: text.translate(_TRADITIONAL),
    "menu row": lambda text: "| 首页 | 政务公开 | 政策文件 |\n" + text,
    "breadcrumb": lambda text: "首页 > 政务公开 > 通知公告\n" + text,
    "page date on top": lambda text: "今天是:2023年5月10日 星期三\n" + text,
    "page day on top, undated": lambda text: "今天:\n" + text,
    "category tag under the title": _tag_under_title,
    "主动公开 before the number": _number_marked("主动公开 ", ""),
    "【主动公开】 after the number": _number_marked("", " 【主动公开】"),
    "trail to the page title": lambda text: (
        "欢迎来到某某数据库\n某某数据库 > 地方政策 > " + _first_line(text) + "\n" + text
    ),
    "poster byline": lambda text: "发布者:  时间:2023-05-10 10:00:00  浏览:\n" + text,
    "site footer": lambda text: (
        text + "\n主办单位:某市人民政府办公室 技术支持:某某网络公司\n"
        "网站标识码:1234567890 备案号:京ICP备12345678号\n"
    ),
    "dates in Chinese numerals": lambda text: _DATE_LINE.sub(_chinese_date, text),
    "dates with dots": lambda text: _DATE_LINE.sub(r"\1.\2.\3", text),
    "dates with dashes": _date_form(_dashed),
    "dates zero-padded": _date_form(_padded),
    "dates with ○ for zero": _date_form(_ring_zero),
    "number in []": _number_brackets("[", "]"),
    "number in ()": _number_brackets("(", ")"),
    "number in （）": _number_brackets("（", "）"),
    "number in ［］": _number_brackets("［", "］"),
    "number in 【】": _number_brackets("【", "】"),
    "number in 〔〕": _number_brackets("〔", "〕"),
    "number broken after its year": _number_broken(after_year=True),
    "number broken before its year": _number_broken(after_year=False),
    "title on two lines": _title_broken(2),
    "title on three lines": _title_broken(3),
    "title broken at 关于": _title_broken(2, ("关于",)),
    "title broken before 的通知": _title_broken(2, ("的通知", "的意见", "的决定")),
    "heading's organ over two lines": _organ_apart,
    "heading's place cut before its level": _place_cut,
    "title letter-spaced": _title_spaced,
    "notice heading spaced": _heading_spaced,
    "recipients one a line": _recipients_split,
    "issuer and date on a line": _signed_on_one_line,
    "dates spaced apart": _date_form(_spaced),
    "issuer and spaced date on a line": _signed_spaced,
    "seal under the signer": _seal_under_signer,
    "signature indented with tabs": _signature_tabbed,
    "date broken over two lines": _date_broken,
    "weekday on the date's line": _on_the_date_line(" 星期三"),
    "full stop on the date's line": _on_the_date_line("。"),
    "page number on the date's line": _on_the_date_line("— 2 —"),
    "signature at the end": _signature_at_the_end,
    "此件公开发布 on the date's line": _on_the_date_line("（此件公开发布）"),
    "此件公开发布 after": _after_signature("（此件公开发布）"),
    "此件主动公开 after": _after_signature("（此件主动公开）"),
    "此页无正文 before": _no_text_on_page,
    "抄送 and 印发 block": _copies_block,
    "page numbers": _page_numbers,
    "disclosure label a line": _disclosure(_label_a_line),
    "disclosure in pipe rows": _disclosure(_pipe_rows),
    "disclosure in tab rows": _disclosure(_tab_rows),
    "disclosure labels run in": _disclosure(_run_in_rows),
    "disclosure label over value": _disclosure(_label_over_value),
    "PDF lines of 28 characters": _pdf_wrapped,
    "recipients cut at the line's end": _recipients_wrapped,
    "recipients broken at a comma": _recipients_at_a_comma,
    "red head over the number": _red_head(apart=False),
    "red head, organ over 文件": _red_head(apart=True),
    "number with a space before 号": _number_spaced,
    "签发人 beside the number": _number_signed,
    "page heading and byline over": _page_heading(breadcrumb=False),
    "当前位置, heading and byline over": _page_heading(breadcrumb=True),
    "byline under the title": _byline_under_title,
    "disclosure table over": _disclosure_from_text(bracketed=False),
    "[ 索引号 ] block over": _disclosure_from_text(bracketed=True),
    "page links after": _page_links_after,
    "dates with 零 for zero": _date_form(_zero_as_ling),
    "full-width digits": _full_width_digits,
    "joint signers on one line": _joint_signers_on_a_line,
    "title spaced throughout": _title_spaced_through,
    "number under the title": _number_under_title,
    "number on the title's line": _number_on_title_line,
    "issuer under the date": _issuer_after_date,
    "date under the title": _date_under_title,
    "title broken after 印发": _title_broken_after(("印发", "转发")),
    "title broken after 关于": _title_broken_after(("关于",)),
    "title broken inside 《》": _title_broken_in_quote,
    "disclosure table after": _disclosure_after,
    "byline over the title": _byline_over_title,
    "title in 《》": _title_quoted,
    "title on two lines, a blank between": _title_broken_apart,
    "signature over the heading": _signature_over_heading,
}


def accuracy_module() -> Any:
    """``benchmarks/accuracy.py``, loaded once as the module ``accuracy`` (its scoring)."""
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    if spec is None or spec.loader is None:
        raise ImportError(ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


def documents() -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The text documents of the tune halves and the development set, with their facts."""
    folders = [
        *sorted((TESTS / "parse" / "documents").glob("unseen*/tune")),
        TESTS / "corpus" / "dev",
    ]
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.facts.json")):
            facts = json.loads(path.read_text(encoding="utf-8"))
            document = folder / facts["file"]
            if document.suffix == ".txt":
                found.append((document, facts))
    return found


def _as_printed(facts: dict[str, Any], name: str) -> dict[str, Any]:
    """The facts as the variant prints them: its traditional characters are the text's."""
    if name != "traditional":
        return facts
    printed: dict[str, Any] = {}
    for key, value in facts.items():
        if isinstance(value, str):
            printed[key] = value.translate(_TRADITIONAL)
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            printed[key] = [item.translate(_TRADITIONAL) for item in value]
        else:
            printed[key] = value
    return printed


def measure(
    name: str, cases: list[tuple[pathlib.Path, dict[str, Any]]]
) -> tuple[int, int, list[str]]:
    """Header fields right and scored over the cases printed as ``name``, and what was missed."""
    accuracy = accuracy_module()
    right = scored = 0
    missed = []
    for document, facts in cases:
        text = VARIANTS[name](document.read_text(encoding="utf-8"))
        expected = _as_printed(facts, name)
        try:
            found = accuracy.found_from_plan(rulegov.parse_plan(text))
        except rulegov.RulegovError as error:
            missed.append(f"{document.name}: refused: {error}")
            scored += sum(
                1 for field in accuracy.HEADER_FIELDS if expected[field] not in (None, [])
            )
            continue
        header, _ = accuracy.compare(expected, found)
        for field, score in header.items():
            right += score.correct
            scored += score.scored
            if score.correct < score.scored:
                missed.append(
                    f"{document.name} {field}: {expected[field]!r} read as {getattr(found, field)!r}"
                )
    return right, scored, missed


def arguments(
    doc: str | None,
    variants: Iterable[str],
    argv: Sequence[str] | None,
    failures: str,
    flags: Sequence[tuple[str, str]] = (),
) -> tuple[argparse.Namespace, list[str]]:
    """A variants script's arguments, and the variants to print: ``as saved`` first.

    ``doc`` is the script's docstring (its first line describes it), ``failures`` the help of its
    ``--failures`` flag, ``flags`` the script's own switches (name, help).
    """
    known = list(variants)
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else None)
    parser.add_argument("--variant", action="append", choices=sorted(known), help="only these")
    parser.add_argument("--failures", action="store_true", help=failures)
    for flag, text in flags:
        parser.add_argument(flag, action="store_true", help=text)
    args = parser.parse_args(argv)
    return args, ["as saved", *(name for name in args.variant or known if name != "as saved")]


def f1_text(count: Any) -> str:
    """A count's F1 with three decimals, or ``-`` where it has none."""
    return "-" if count.f1 is None else f"{count.f1:.3f}"


def worse_documents(
    each: dict[str, tuple[int, ...]], saved: dict[str, tuple[int, ...]]
) -> list[str]:
    """The documents that a variant reads worse than as saved on any of their scores."""
    return [
        document
        for document, scores in each.items()
        if any(a < b for a, b in zip(scores, saved[document], strict=True))
    ]


def read_counts(accuracy: Any, text: str, facts: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """Each measure's count of ``text`` read against ``facts``, and what was found in it.

    ``accuracy`` is ``accuracy_module``. A text the reader refuses misses everything and has
    nothing found (``None``).
    """
    try:
        plan = rulegov.parse_plan(text)
    except rulegov.RulegovError:
        _, counts = accuracy.missed_everything(facts)
        return counts, None
    found = accuracy.found_from_plan(plan)
    _, counts = accuracy.compare(facts, found)
    return counts, found


def print_variant_rows(
    names: Iterable[str],
    read: Callable[[str], tuple[str, dict[str, tuple[int, ...]]]],
    *,
    failures: bool,
) -> None:
    """Print each variant's row, its count of documents read worse than as saved at the end.

    ``read(name)`` gives the row's figures and each document's scores; the first name is
    ``as saved``, whose scores the others are held against. With ``failures``, each worse
    document follows its row with its scores, and its scores as saved.
    """
    saved: dict[str, tuple[int, ...]] | None = None
    for name in names:
        row, each = read(name)
        saved = each if saved is None else saved
        worse = worse_documents(each, saved)
        print(f"{row} {len(worse):>5}")
        if failures:
            for document in worse:
                print(f"    {document}: {each[document]} as saved {saved[document]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the header fields read right for each variant, beside the documents as saved."""
    args, names = arguments(__doc__, VARIANTS, argv, "print the fields read wrong")
    cases = documents()
    base_right, base_scored, base_missed = measure("as saved", cases)
    missed_as_saved = {line.split(": ", 1)[0] for line in base_missed}
    print(
        f"rulegov {rulegov.__version__}: header fields of {len(cases)} documents (tune halves, dev)"
    )
    print(f"{'variant':28} {'right':>10} {'accuracy':>9} {'vs saved':>9}")
    for name in names:
        right, scored, missed = (
            (base_right, base_scored, base_missed) if name == "as saved" else measure(name, cases)
        )
        ratio = right / base_right if base_right else 0.0
        print(f"{name:28} {right:>4}/{scored:<5} {right / scored:>9.3f} {ratio:>8.3f}x")
        if args.failures:
            for line in missed:
                # a field missed as saved too is marked: only the others are the variant's doing
                where = line.split(": ", 1)[0]
                mark = "= " if name != "as saved" and where in missed_as_saved else "  "
                print(f"  {mark}{line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
