"""PDF files made in a test: CJK lines in a standard CID font, no reader or writer needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

_Line = tuple[int, str] | tuple[float, float, float, str] | tuple[float, float, float, str, float]


# characters the font's encoding (UniGB-UCS2-H) knows by another code: the middle dot of
# 开发区·铁山区 is the katakana middle dot's code there (read back as U+00B7); without this the
# page would show nothing for it
_CODES = {0x00B7: 0x30FB}


def _shown(line: _Line, *, proportional: bool) -> str:
    """The operators that show one line; one given a width is spread out to fill it."""
    x, height, size, text, *width = line if len(line) != 2 else (60, line[0], 12, line[1])
    spacing = " 0 Tc"  # the spacing is the page's state: a line after a spread one is not spread
    if width and len(text) > 1:
        natural = size * sum(0.5 if proportional and " " <= char <= "~" else 1.0 for char in text)
        spacing = f" {max(0.0, (width[0] - natural) / (len(text) - 1)):.3f} Tc"
    shown = text.translate(_CODES).encode("utf-16-be").hex()
    return f"BT /F1 {size} Tf{spacing} {x} {height} Td <{shown}> Tj ET"


def pdf_of_lines(
    pages: Sequence[Sequence[_Line] | str | None],
    *,
    proportional: bool = False,
    rules: Sequence[Sequence[tuple[float, float, float, float]]] | None = None,
) -> bytes:
    """A PDF of CJK lines in a standard CID font, each at its height from the page's foot.

    A line is ``(height, text)``, set at 12 points from x = 60, or ``(x, height, size, text)``,
    or ``(x, height, size, text, width)``: spread out to fill ``width`` points, as a paragraph's
    line is justified to the margin.
    A page given as None holds one picture and no text, as a page scanned into the file does;
    one given as a string also prints that string at its foot (the page number stamped on it).
    With ``proportional`` the font sets letters, digits and half-width signs half as wide as an
    ideograph, as a real font does; else every character is an ideograph's width. ``rules``
    gives for each page the straight lines drawn on it, ``(x0, y0, x1, y1)`` (a table's rules).
    """
    objects = [
        (
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            "/DescendantFonts [2 0 R] >>"
        ),
        (
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
            "<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 3 0 R"
            + (" /W [1 95 500 814 907 500]" if proportional else "")
            + " >>"
        ),
        (
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
            "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
        ),
        "",  # the page tree, once the pages are numbered
    ]
    kids = []
    picture = None
    for page_number, lines in enumerate(pages):
        if lines is None or isinstance(lines, str):  # a page scanned in: a picture, no text
            # (a string is the page number the file was stamped with, at the page's foot)
            if picture is None:
                objects.append(
                    "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
                    "/BitsPerComponent 8 /Length 1 >>\nstream\nA\nendstream"
                )
                picture = len(objects)
            stream = "q 400 0 0 600 90 120 cm /Im1 Do Q"
            if lines:
                stream += f" BT /F1 12 Tf 280 40 Td <{lines.encode('utf-16-be').hex()}> Tj ET"
            objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
            objects.append(
                f"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /XObject << /Im1 {picture} 0 R >> /Font << /F1 1 0 R >> >> "
                f"/Contents {len(objects)} 0 R >>"
            )
            kids.append(f"{len(objects)} 0 R")
            continue
        stream = "\n".join(_shown(line, proportional=proportional) for line in lines)
        drawn = rules[page_number] if rules and page_number < len(rules) else []
        if drawn:
            stream += "\n0.5 w " + " ".join(
                f"{x0} {y0} m {x1} {y1} l S" for x0, y0, x1, y1 in drawn
            )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 1 0 R >> >> /Contents {len(objects)} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[3] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    objects.append("<< /Type /Catalog /Pages 4 0 R >>")
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += f"{number} 0 obj\n{body}\nendobj\n".encode()
    table = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    data += (
        f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}trailer\n"
        f"<< /Size {len(objects) + 1} /Root {len(objects)} 0 R >>\nstartxref\n{len(data)}\n%%EOF\n"
    ).encode()
    return data


def ruled_rows(
    rows: list[list[str]], *, top: float, widths: list[float], x: float = 60.0, size: float = 12.0
) -> tuple[list[tuple[float, float, float, str]], list[tuple[float, float, float, float]]]:
    """A table's rows as a page draws them, a line of text a cell: the lines and the rules.

    The rows stand from ``top`` (points from the page's foot) down, each ``2 * size`` high, the
    columns ``widths`` points wide from ``x``.
    """
    lefts = [x + sum(widths[:column]) for column in range(len(widths) + 1)]
    lines: list[tuple[float, float, float, str]] = []
    rules: list[tuple[float, float, float, float]] = []
    for index, row in enumerate(rows):
        high = top - index * 2 * size
        low = high - 2 * size
        lines.extend(
            (lefts[column] + 2, low + size / 2, size, cell)
            for column, cell in enumerate(row)
            if cell
        )
        rules.append((lefts[0], high, lefts[-1], high))
        rules.append((lefts[0], low, lefts[-1], low))
        rules.extend((left, high, left, low) for left in lefts)
    return lines, rules
