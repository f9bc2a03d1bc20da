"""Word documents (.docx) as text: paragraphs, automatic list numbers, and tables as pipe rows.

The document's XML is read here with the standard library, after [`read_archive`][rulegov.io._zip.read_archive]
has checked every entry (size caps, no DTD), so no entity is ever expanded. What a reader sees is
what Word shows:

- automatic list numbering (自动编号), which Word draws from ``numbering.xml`` and which is not in
  the text runs, is written before the paragraph as Word displays it: ``一、`` ``（一）`` ``1.``
  ``（1）`` ``①``, with the counters Word keeps (levels restart under their parent);
- tables become pipe rows, one per table row, with merged cells (``gridSpan``, ``vMerge``)
  expanded into a full grid that repeats the merged cell's text;
- text boxes (a red head's lines, a number or a note set in a box) are read after the paragraph
  they are anchored in, and only once (not again from the copy Word keeps for old readers);
- headers, footers, footnotes, comments and deleted text are left out.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import attrs

from rulegov.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

__all__ = ["docx_text", "format_number"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_R_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
_MAX_LEVELS = 9
_MAX_STYLE_CHAIN = 20
_MAX_BOX_DEPTH = 8  # text boxes inside text boxes: deeper ones are read as one line each
_MAX_LETTERS = 26 * 20  # Word writes aaa… up to this; beyond it a number is shown as digits
_DIGITS = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_WRAPPERS = frozenset({"sdt", "sdtContent", "customXml"})
_BODY_WRAPPERS = _WRAPPERS | {"ins", "smartTag"}
_RUN_MARKS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_NOT_RUNS = frozenset({"pPr", "rPr", "txbxContent"})
_SKIP = {
    "delText",
    "instrText",
    "Fallback",
    "footnoteReference",
    "endnoteReference",
    "commentReference",
}


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _attr(element: ET.Element, name: str) -> str | None:
    for namespace in (_W, _W_STRICT, ""):
        value = element.get(namespace + name)
        if value is not None:
            return value
    return None


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    if element is None:
        return None
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _int(text: str | None, default: int) -> int:
    if text is None or not text.strip().lstrip("-").isdecimal() or len(text) > 9:
        return default
    return int(text)


def _chinese(number: int, digits: str = _DIGITS, *, units: str = "十百千") -> str:
    """Chinese counting as Word writes it: 十, 十一, 二十, 一百零五; 万 and above in digits."""
    if number <= 0 or number >= 10_000:
        return str(number)
    parts: list[str] = []
    zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit = number // power % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(digits[digit] + unit)
    text = "".join(parts)
    if digits is _DIGITS and number < 20 and text.startswith("一十"):
        text = text[1:]
    return text


def _roman(number: int) -> str:
    if number <= 0 or number >= 4000:
        return str(number)
    parts: list[str] = []
    for value, letters in _ROMAN:
        while number >= value:
            parts.append(letters)
            number -= value
    return "".join(parts)


def _letters(number: int) -> str:
    if number <= 0 or number > _MAX_LETTERS:
        return str(number)
    letter = chr(ord("A") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def _cycle(number: int, symbols: str) -> str:
    return symbols[(number - 1) % len(symbols)] if number > 0 else str(number)


def _enclosed(number: int, first: int, count: int) -> str:
    return chr(first + number - 1) if 1 <= number <= count else str(number)


_FORMATS: dict[str, Callable[[int], str]] = {
    "ideographTraditional": lambda n: _cycle(n, _TRADITIONAL),
    "ideographZodiac": lambda n: _cycle(n, _ZODIAC),
    "decimalEnclosedCircle": lambda n: _enclosed(n, 0x2460, 20),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, 0x2460, 20),
    "ideographEnclosedCircle": lambda n: _enclosed(n, 0x3280, 10),
    "decimalEnclosedParen": lambda n: _enclosed(n, 0x2474, 20),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, 0x2488, 20),
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalFullWidth2": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalZero": lambda n: f"{n:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
    "none": lambda _: "",
    "bullet": lambda _: "",
}


def format_number(number: int, number_format: str) -> str:
    """A list counter as Word displays it in a numbering format (``w:numFmt``).

    Examples:
        >>> [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 23)]
        ['一', '十', '十一', '二十', '二十三']
        >>> format_number(3, "decimalEnclosedCircle"), format_number(2, "ideographTraditional")
        ('③', '乙')
    """
    if number < 0:
        return str(number)
    if number_format in ("chineseCounting", "chineseCountingThousand", "japaneseCounting"):
        return _chinese(number)
    if number_format in ("taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(number)
    if number_format in ("chineseLegalSimplified", "koreanLegal"):
        return _chinese(number, _LEGAL, units="拾佰仟")
    if number_format in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_DIGITS[int(d)] for d in str(number)) if number >= 0 else str(number)
    rule = _FORMATS.get(number_format)
    return rule(number) if rule is not None else str(number)


@attrs.frozen(slots=True)
class _Level:
    start: int = 1
    number_format: str = "decimal"
    template: str = "%1."
    legal: bool = False


@attrs.define(slots=True)
class _Numbering:
    """The list definitions of a document and the counters Word keeps while it reads on."""

    levels: dict[str, dict[int, _Level]] = attrs.field(factory=dict)  # abstractNumId -> levels
    instances: dict[str, str] = attrs.field(factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = attrs.field(factory=dict)  # numId -> ilvl -> start
    counters: dict[str, list[int | None]] = attrs.field(factory=dict)
    started: set[str] = attrs.field(factory=set)

    def label(self, number_id: str, level: int) -> str:
        abstract = self.instances.get(number_id)
        if abstract is None or abstract not in self.levels or not 0 <= level < _MAX_LEVELS:
            return ""
        levels = self.levels[abstract]
        counters = self.counters.setdefault(abstract, [None] * _MAX_LEVELS)
        if number_id not in self.started:
            self.started.add(number_id)
            for ilvl, start in self.overrides.get(number_id, {}).items():
                counters[ilvl] = start - 1
        definition = levels.get(level, _Level())
        current = counters[level]
        counters[level] = definition.start if current is None else current + 1
        for deeper in range(level + 1, _MAX_LEVELS):
            counters[deeper] = None
        if definition.number_format == "bullet":
            return ""
        return self.render(definition, levels, counters)

    @staticmethod
    def render(definition: _Level, levels: Mapping[int, _Level], counters: list[int | None]) -> str:
        parts: list[str] = []
        template = definition.template
        index = 0
        while index < len(template):
            char = template[index]
            following = template[index + 1] if index + 1 < len(template) else ""
            if char == "%" and following.isdecimal() and following != "0":
                referred = int(following) - 1
                level = levels.get(referred, _Level())
                value = counters[referred]
                value = level.start if value is None else value
                shown = "decimal" if definition.legal else level.number_format
                parts.append(format_number(value, shown))
                index += 2
                continue
            parts.append(char)
            index += 1
        return "".join(parts)


def _value(element: ET.Element | None) -> str | None:
    """The ``w:val`` of an element that may be missing."""
    return None if element is None else _attr(element, "val")


def _abstract_levels(element: ET.Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in element:
        ilvl = _int(_attr(lvl, "ilvl"), -1)
        if _local(lvl.tag) != "lvl" or not 0 <= ilvl < _MAX_LEVELS:
            continue
        levels[ilvl] = _Level(
            start=_int(_value(_child(lvl, "start")), 1),
            number_format=_value(_child(lvl, "numFmt")) or "decimal",
            template=_value(_child(lvl, "lvlText")) or "",
            legal=_child(lvl, "isLgl") is not None,
        )
    return levels


def _add_instance(numbering: _Numbering, element: ET.Element) -> None:
    number_id = _attr(element, "numId") or ""
    numbering.instances[number_id] = _value(_child(element, "abstractNumId")) or ""
    for override in element:
        start = _child(override, "startOverride")
        ilvl = _int(_attr(override, "ilvl"), -1)
        if _local(override.tag) == "lvlOverride" and start is not None and 0 <= ilvl < _MAX_LEVELS:
            numbering.overrides.setdefault(number_id, {})[ilvl] = _int(_value(start), 1)


def _read_numbering(root: ET.Element | None) -> _Numbering:
    numbering = _Numbering()
    for element in [] if root is None else root:
        name = _local(element.tag)
        if name == "abstractNum":
            numbering.levels[_attr(element, "abstractNumId") or ""] = _abstract_levels(element)
        elif name == "num":
            _add_instance(numbering, element)
    return numbering


def _style_numbers(root: ET.Element | None) -> dict[str, tuple[str | None, int | None, str | None]]:
    """Each paragraph style's own list (numId, ilvl) and the style it is based on."""
    styles: dict[str, tuple[str | None, int | None, str | None]] = {}
    if root is None:
        return styles
    for style in root:
        if _local(style.tag) != "style":
            continue
        number_pr = _child(_child(style, "pPr"), "numPr")
        number_id = _child(number_pr, "numId")
        level = _child(number_pr, "ilvl")
        based = _child(style, "basedOn")
        styles[_attr(style, "styleId") or ""] = (
            _attr(number_id, "val") if number_id is not None else None,
            _int(_attr(level, "val"), 0) if level is not None else None,
            _attr(based, "val") if based is not None else None,
        )
    return styles


@attrs.define(slots=True)
class _Reader:
    numbering: _Numbering
    styles: dict[str, tuple[str | None, int | None, str | None]]
    lines: list[str] = attrs.field(factory=list)

    def list_of(self, paragraph: ET.Element) -> tuple[str, int] | None:
        properties = _child(paragraph, "pPr")
        number_pr = _child(properties, "numPr")
        number_id_el = _child(number_pr, "numId")
        level_el = _child(number_pr, "ilvl")
        number_id = _attr(number_id_el, "val") if number_id_el is not None else None
        level = _int(_attr(level_el, "val"), 0) if level_el is not None else None
        style_el = _child(properties, "pStyle")
        style = _attr(style_el, "val") if style_el is not None else None
        for _ in range(_MAX_STYLE_CHAIN):
            if number_id is not None or style is None or style not in self.styles:
                break
            style_number, style_level, style = self.styles[style]
            number_id = style_number
            level = style_level if level is None else level
        if number_id is None or number_id == "0":
            return None
        return number_id, level or 0

    def paragraph(self, paragraph: ET.Element) -> str:
        found = self.list_of(paragraph)
        label = self.numbering.label(*found) if found is not None else ""
        return label + _runs_text(paragraph)

    def table(self, table: ET.Element) -> None:
        grid: list[list[str]] = []
        for row in _children(table, "tr"):
            cells: list[str] = []
            for cell in _children(row, "tc"):
                properties = _child(cell, "tcPr")
                span_el = _child(properties, "gridSpan")
                span = _int(_attr(span_el, "val"), 1) if span_el is not None else 1
                merge = _child(properties, "vMerge")
                text = self.cell_text(cell)
                if merge is not None and _attr(merge, "val") in (None, "continue") and grid:
                    above = grid[-1]
                    column = len(cells)
                    text = above[column] if column < len(above) else text
                cells.extend([text] * max(1, min(span, 64)))
            grid.append(cells)
        for cells in grid:
            self.lines.append("|" + "|".join(cells) + "|")

    def cell_text(self, cell: ET.Element) -> str:
        texts: list[str] = []
        for paragraph in _descendants(cell, "p"):
            texts.append(self.paragraph(paragraph))
            texts.extend(_box_text(box) for box in _descendants(paragraph, "txbxContent"))
        return "".join(texts).replace("\n", "").replace("|", "｜")

    def body(self, body: ET.Element, depth: int = 0) -> None:
        for name, element in _walk(body, _BODY_WRAPPERS.__contains__):
            if name == "p":
                self.lines.append(self.paragraph(element))
                # a text box anchored in the paragraph (a red head's lines, a number, a note):
                # its paragraphs follow the anchor's; its copy for old readers is left out
                for box in _descendants(element, "txbxContent"):
                    if depth < _MAX_BOX_DEPTH:
                        self.body(box, depth + 1)
                    else:
                        self.lines.append(_box_text(box))
            elif name == "tbl":
                self.table(element)


def _box_text(box: ET.Element) -> str:
    """The text of a text box, and of the boxes inside it, run together (in a cell, or deep)."""
    return "".join(
        element.text or ""
        for name, element in _walk(box, lambda local: local not in _SKIP)
        if name == "t"
    )


def _walk(element: ET.Element, descend: Callable[[str], bool]) -> Iterator[tuple[str, ET.Element]]:
    """Every element below ``element`` in document order, with its local name, in a loop.

    The walk goes inside an element only when ``descend`` says so for its name.
    """
    stack: list[Iterator[ET.Element]] = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        name = _local(child.tag)
        yield name, child
        if descend(name):
            stack.append(iter(child))


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Children named ``name``, also inside content controls and custom XML."""
    return (child for local, child in _walk(element, _WRAPPERS.__contains__) if local == name)


def _descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Descendants named ``name``, not looking inside them, nor inside what is left out."""

    def inside(local: str) -> bool:
        return local != name and local not in _SKIP

    return (child for local, child in _walk(element, inside) if local == name)


def _into_run(name: str) -> bool:
    """Whether the text of a paragraph goes on inside an element of this name."""
    return name not in _SKIP and name not in _NOT_RUNS and name != "t" and name not in _RUN_MARKS


def _runs_text(paragraph: ET.Element) -> str:
    parts: list[str] = []
    for name, element in _walk(paragraph, _into_run):
        if name == "t":
            parts.append(element.text or "")
        else:
            parts.append(_RUN_MARKS.get(name, ""))
    return "".join(parts)


def _targets(entries: Mapping[str, bytes], rels: str, base: str) -> dict[str, str]:
    """Relationship type (its last word) to the entry it points at."""
    data = entries.get(rels)
    found: dict[str, str] = {}
    if data is None:
        return found
    root = ET.fromstring(data)  # noqa: S314  (checked for DTDs by read_archive)
    for relationship in root:
        kind = (relationship.get("Type") or "").rpartition("/")[2]
        target = relationship.get("Target") or ""
        if relationship.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        found.setdefault(kind, posixpath.normpath(path))
    return found


def _xml(entries: Mapping[str, bytes], name: str | None) -> ET.Element | None:
    if name is None or name not in entries:
        return None
    return ET.fromstring(entries[name])  # noqa: S314  (checked for DTDs by read_archive)


def docx_text(entries: Mapping[str, bytes], source: str) -> str:
    """The text of a Word document, given its checked entries (see the module docstring).

    Raises:
        ParseError: for an archive without a document, or XML that cannot be read.
    """
    try:
        main = _targets(entries, "_rels/.rels", "").get("officeDocument", "word/document.xml")
        folder = posixpath.dirname(main)
        parts = _targets(
            entries, posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels"), folder
        )
        document = _xml(entries, main)
        if document is None:
            raise ParseError(
                f"the Word document (.docx) has no main document part ({main!r}); "
                "save it again in Word or WPS",
                source=source,
                value=main,
                code="unreadable-file",
            )
        body = _child(document, "body")
        if body is None:
            raise ParseError(
                "the Word document (.docx) has no body", source=source, code="unreadable-file"
            )
        reader = _Reader(
            numbering=_read_numbering(
                _xml(entries, parts.get("numbering", posixpath.join(folder, "numbering.xml")))
            ),
            styles=_style_numbers(
                _xml(entries, parts.get("styles", posixpath.join(folder, "styles.xml")))
            ),
        )
        reader.body(body)
    except ET.ParseError as error:
        line, column = error.position
        raise ParseError(
            f"the Word document (.docx) holds XML that cannot be read: {error}",
            line=line,
            column=column + 1,
            source=source,
            code="unreadable-file",
        ) from None
    return "\n".join(reader.lines)
