r"""Appraisal schemes from documents: `parse_scheme` for text, `read_scheme` for files.

A 考核办法, 考核细则 or 评分标准 becomes a [`Scheme`][rulegov.Scheme] that
[`evaluate`][rulegov.evaluate] runs. The reading itself is ``rulegov.parse``'s; this module
validates it into the scheme model and reads files through the same intake as plans.

Examples:
    >>> import rulegov
    >>> scheme = rulegov.parse_scheme(
    ...     "法治建设考核细则（满分100分）\n一、依法决策（60分）：每发现一件未经合法性审查的扣5分，扣完为止。\n"
    ...     "二、学法用法（40分）：组织学法情况。\n90分以上为优秀，60分以下为不合格，其余为合格。")
    >>> [(node.id, node.points, node.manual) for node in scheme.root.children]
    [('1', 60.0, False), ('2', 40.0, True)]
    >>> scheme.grading.order()
    ['excellent', 'pass', 'fail']
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING

from rulegov.evaluation import Scheme
from rulegov.io._bytes import MAX_BYTES, read_bytes, validate_json
from rulegov.io._files import read_text
from rulegov.parse import read_scheme_document

if TYPE_CHECKING:
    import os

__all__ = ["parse_scheme", "read_scheme"]


def parse_scheme(text: str, *, source: str | None = None) -> Scheme:
    r"""Read an appraisal document's text (考核办法 · 考核细则 · 评分标准) into a scheme.

    Items and sub-items keep their points, deductions (扣分, 扣完为止, 酌情扣分), bonus and penalty
    blocks, vetoes (一票否决, 降低一个等次), grade bands, quotas and raters; each keeps the span of
    the text it came from. An item whose standard holds no rule is a manual item
    (``manual=True``): the data must supply its 0-1 value. What a reader should review (points
    that do not add up to the stated total...) is in ``scheme.diagnostics``.

    Args:
        text: The document's text.
        source: A file name or URL, for messages.

    Raises:
        rulegov.ParseError: when the text holds no item with points and no rule of the whole
            appraisal (bonus, vetoes, grade bands).
        rulegov.InvalidSchemeError: when what the text states contradicts itself (overlapping
            grade bands, a bonus cap above the full points), naming the field.

    Examples:
        >>> scheme = parse_scheme("1.落实法律顾问制度（5分）。未聘请法律顾问的扣5分。")
        >>> rule = scheme.rules[0]
        >>> rule.kind, rule.node, rule.points, "未聘请" in rule.reason
        ('deduction', '1', 5.0, True)
    """
    return Scheme.model_validate(read_scheme_document(text, source=source))


def read_scheme(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Scheme:
    r"""Read a scheme from a file: rulegov's ``.json``, or an appraisal document.

    Documents are read through the same intake as plans (text in any common encoding, Word
    documents, and whatever else [`read_text`][rulegov.io.read_text] reads), then by
    [`parse_scheme`][rulegov.parse_scheme].

    Raises:
        rulegov.ParseError: for a file that cannot be read, or that holds no appraisal item.
        rulegov.InvalidSchemeError: for a scheme that contradicts itself.
        rulegov.ValidationError: for a ``.json`` file that is not JSON or does not fit the model.
        ParseError: also for a file that cannot be opened (missing, a folder, no permission),
            with code ``unreadable-file``.

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "细则.txt"
        >>> _ = path.write_text("一、组织领导（10分）。未成立领导小组的扣10分。", encoding="gb18030")
        >>> read_scheme(path).root.children[0].name
        '组织领导'
    """
    where = pathlib.Path(path)
    if where.suffix.lower() == ".json":
        return validate_json(Scheme.model_validate_json, read_bytes(where, max_bytes), where.name)
    return parse_scheme(read_text(where, max_bytes=max_bytes), source=where.name)
