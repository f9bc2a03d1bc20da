r"""Stable plan ids: the same document gives the same id, and plans of one corpus stay apart.

A parsed plan's id comes from what identifies the document: its document number (发文字号),
else its issuer and year, else the file it was read from, else its title. A short hash of the
title and the date of issue follows, so that two plans of one issuer in one year differ.

Examples:
    >>> plan_id(title="2023年全面依法治区工作要点", issuer="区依法治区办", year=2023)
    '区依法治区办-2023-b7259f'
    >>> plan_id(title="工作要点", doc_number="盐开法办〔2023〕3号")
    '盐开法办-2023-3-3e476c'
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from rulegov._text import source_name
from rulegov.errors import _check_optional, _check_type, _check_year

if TYPE_CHECKING:
    import os

__all__ = ["plan_id"]

_NOT_ID = re.compile(r"[^\w]+")
"""Runs of characters that are neither letters (Chinese included), digits nor underscores."""


def _slug(text: str) -> str:
    return _NOT_ID.sub("-", text).strip("-_")


def plan_id(  # noqa: PLR0913 - each part of a document's identity is its own keyword
    *,
    title: str,
    doc_number: str | None = None,
    issuer: str | None = None,
    year: int | None = None,
    issued_on: str | None = None,
    source: str | os.PathLike[str] | None = None,
) -> str:
    """A stable id for a plan from what identifies its document.

    Args:
        title: The plan's title.
        doc_number: The document number (发文字号), if printed.
        issuer: The issuing body as printed.
        year: The plan's year.
        issued_on: The date of issue as an ISO string, if known.
        source: The file name or URL the plan was read from.

    Raises:
        ValidationError: for a part of the wrong kind (a title that is no str, a year that is
            no whole number from 1 to 9999; code ``invalid-parameter``).

    Returns:
        Letters, digits and hyphens: the first of document number, issuer and year, file name
        (without its folder and suffix) and ``plan``, then a six-digit hash of the title and date.

    Examples:
        >>> plan_id(title="某县2023年工作要点", doc_number="某政办发〔2023〕5号", year=2023)
        '某政办发-2023-5-b9ab14'
        >>> plan_id(title="某县2023年工作要点", issuer="某县人民政府办公室", year=2023)
        '某县人民政府办公室-2023-b9ab14'
        >>> plan_id(title="某县2023年工作要点", source="plans/mou_2023.docx")
        'mou_2023-b9ab14'
    """
    _check_type(title, str, "title", "the plan's title (a str)")
    for name, given in (("doc_number", doc_number), ("issuer", issuer), ("issued_on", issued_on)):
        _check_optional(given, str, name, "a str, or None")
    year = _check_year(year)
    source = source_name(source)
    if doc_number and _slug(doc_number.strip().removesuffix("号")):
        base = _slug(doc_number.strip().removesuffix("号"))
    elif issuer and year is not None and _slug(issuer):
        base = f"{_slug(issuer)}-{year}"
    elif source and _slug(_stem(source)):
        base = _slug(_stem(source))
    else:
        base = "plan"
    # a lone surrogate (a byte of a file decoded wrongly) is hashed as it is: any str has an id
    hashed = f"{title}\n{issued_on or ''}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha256(hashed).hexdigest()[:6]
    return f"{base}-{digest}"


def _stem(source: str) -> str:
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
