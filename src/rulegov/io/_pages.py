r"""What users paste: a plan's text, or the source of the web page that publishes it.

[`parse_plan`][rulegov.parse_plan] and [`parse_scheme`][rulegov.parse_scheme] take what a user
has at hand. A string (or bytes) that is plainly a web page's source (a doctype, ``<html>``, or a
part of a page that opens and closes block elements: `looks_like_page`) is read as
[`read_plan`][rulegov.read_plan] reads the page saved as a ``.html`` file: the article without the
site, its disclosure block first, tables as pipe rows. Anything else is text, read as it stands.
The parser itself (``rulegov.parse``) reads text only and never sees markup.

Examples:
    >>> import rulegov
    >>> page = ("<html><body><div class='nav'>当前位置：首页 > 政策文件</div>"
    ...     "<div id='zoom'><p>2024年普法工作要点</p><p>一、加强领导</p>"
    ...     "<p>1.召开专题会议。牵头单位：县司法局</p></div></body></html>")
    >>> plan = rulegov.parse_plan(page)
    >>> [(task.title, task.lead_units) for task in plan.tasks]
    [('召开专题会议', ['县司法局'])]
    >>> print(plan.source.text)
    2024年普法工作要点
    一、加强领导
    1.召开专题会议。牵头单位：县司法局
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rulegov._text import require_text, source_name
from rulegov.errors import ParseError
from rulegov.io._bytes import refuse_beyond_limit
from rulegov.io._formats import looks_like_page
from rulegov.io._html import page_document, page_of_bytes

if TYPE_CHECKING:
    import os

    from rulegov.model import Diagnostic, Plan

__all__ = ["document_text", "parse_plan"]


def document_text(
    text: object, source: str | None, *, reader: str, files: str
) -> tuple[str, list[Diagnostic]]:
    """``text`` as the parser reads it: a web page's text when it is one, else as it stands.

    Also the warnings of what a web page holds that is not in its text (the pictures its
    article shows).

    A string or bytes that is a web page (`looks_like_page`) gives the text that
    [`read_document`][rulegov.io.read_document] gives for the page saved as a ``.html`` file
    (bytes decoded by the page's charset, as a file's are). Other bytes, and anything that is
    neither text nor bytes, are refused.

    Raises:
        ParseError: for bytes that are not a web page, or a value that is not text (code
            ``not-text``), a page with no text, or a page larger than ``rulegov.io.MAX_BYTES`` (code
            ``file-too-large``).
        MissingExtraError: for a web page without ``pip install 'rulegov[html]'``: markup is
            never read as the document's text.
    """
    where = source or "<text>"
    if isinstance(text, bytes | bytearray):
        data = bytes(text)
        if looks_like_page(data):
            refuse_beyond_limit(len(data), where)
            return page_of_bytes(data, where).read()
        raise ParseError(
            f"{reader} needs text (str), not bytes, unless they are a web page's source; "
            f"decode bytes first or use {files} for files",
            source=source,
            code="not-text",
        )
    string = require_text(text, source, reader=reader, files=files)
    if not looks_like_page(string):
        return string, []
    refuse_beyond_limit(len(string), where, what="characters")
    return page_document(string, where).read()


def parse_plan(text: str | bytes, source: str | os.PathLike[str] | None = None) -> Plan:
    r"""Parse a plan's text, or the source of the web page that publishes it, into a plan.

    Text is read by ``rulegov.parse.parse_plan``. A string or bytes that is plainly a web page's
    source (a doctype, ``<html>``, ``<body>``, or a part of a page that opens and closes block
    elements such as ``<div>``, ``<p>``, ``<table>``) is first read as
    [`read_plan`][rulegov.read_plan] reads the page saved as a ``.html`` file, so both give the
    same plan; ``plan.source.text`` then holds the page's text, into which every span points.
    Text that only holds a ``<`` or a tag in a line is read as text.

    Args:
        text: The whole document as text, or a web page's source (a string, or bytes decoded by
            the page's ``charset`` as a file's are).
        source: A name for messages (a file name, a path or a URL).

    Raises:
        ParseError: when the text cannot be read at all, with line and column, or for bytes that
            are not a web page.
        MissingExtraError: for a web page without ``pip install 'rulegov[html]'``.

    Examples:
        >>> plan = parse_plan("<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>"
        ...     "<tr><td>1</td><td>开展合法性审查</td><td>区司法局</td></tr></table>")
        >>> [(task.title, task.lead_units) for task in plan.tasks]
        [('开展合法性审查', ['区司法局'])]
        >>> print(plan.source.text)
        |序号|工作任务|牵头单位|
        |1|开展合法性审查|区司法局|
        >>> plan.source.excerpt(plan.tasks[0].span)
        '|1|开展合法性审查|区司法局|'
    """
    from rulegov.parse import parse_plan as parse_text  # noqa: PLC0415 - loaded on first use

    source = source_name(source)
    read, notes = document_text(text, source, reader="parse_plan", files="rulegov.read_plan")
    plan = parse_text(read, source)
    plan.diagnostics.extend(notes)
    return plan
