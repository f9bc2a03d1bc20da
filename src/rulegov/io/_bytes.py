"""The bytes of a file, and their text: the lowest step of every reader in ``rulegov.io``.

A file is refused when it is larger than a limit (64 MiB by default) or cannot be read; text is
decoded by its byte-order mark, else as UTF-8, else as GB18030 (which covers GBK).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import pathlib
import re
from typing import TYPE_CHECKING, TypeVar

from rulegov._streams import read_at_most
from rulegov._text import duplicate_key, json_kind, line_column, source_name, text_error
from rulegov.errors import Issue, ParseError, RulegovError, ValidationError, _check_count
from rulegov.io._formats import too_large
from rulegov.model import Diagnostic

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_Model = TypeVar("_Model")

__all__ = ["MAX_BYTES", "as_utf8", "decode", "read_bytes"]

MAX_BYTES = 64 * 1024 * 1024
"""The largest file (or unpacked Word document) read by default: 64 MiB."""
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_NOT_TEXT = frozenset(chr(code) for code in range(32)) - frozenset("\t\n\v\f\r")
_PLAUSIBLE = re.compile(
    "[\t\n\v\f\r\x20-\x7e\u00a0-\u00ff\u2000-\u27bf\u3000-\u303f"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)  # what Chinese documents are written in: ASCII, Latin-1, punctuation, symbols (① ≥ ★ ■), Han
# (a rare character of Extension A now and then is within the tenth that may be other)
# read the other way, Chinese text in UTF-16 is under a tenth plausible; read the right way, more
# than three quarters of it is, even where the document prints a symbol of its own on every
# line (a box to tick printed as a Cyrillic letter, Р)
_MOSTLY_PLAUSIBLE = 0.75
# but a few characters tell little: a line of spaces and a date in UTF-8 with a NUL after reads
# as a run of daggers (U+2020) and a few Han characters, over three quarters of them plausible,
# and a third of random 8-byte strings with a NUL read so; a short text must be plausible all
# but a tenth
_SHORT_TEXT = 64  # characters: a document of a title and a few lines of tasks is longer
_SHORT_PLAUSIBLE = 0.9


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 bytes, with or without a byte-order mark, else None.

    Text in UTF-8 or GB18030 never holds a NUL byte; text saved as UTF-16 without a mark (by
    Notepad's "Unicode", say) holds one in every line end, digit and Latin letter. Such bytes
    are read in the byte order in which they decode strictly, with no control characters, to
    text that is mostly what Chinese documents are written in (the more so of the two orders);
    in the other order the same bytes give Yi syllables, Hangul and symbols, and binary data
    gives no text at all. A short text (under ``_SHORT_TEXT`` characters) must be plausible
    all but a tenth: a few bytes with a NUL that are no UTF-16 read as a few plausible
    characters too often.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
        codecs.BOM_UTF32_LE
    ):
        codecs_to_try: tuple[str, ...] = ("utf-16",)
    elif len(data) % 2 or b"\x00" not in data:
        return None
    else:
        codecs_to_try = ("utf-16-le", "utf-16-be")
    best: tuple[float, str] | None = None
    for codec in codecs_to_try:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _NOT_TEXT.intersection(text):
            continue
        sample = text[:4096]  # a page of text tells, and a long file is not scanned whole
        share = len(_PLAUSIBLE.findall(sample)) / max(len(sample), 1)
        least = _MOSTLY_PLAUSIBLE if len(sample) >= _SHORT_TEXT else _SHORT_PLAUSIBLE
        if share >= least and (best is None or share > best[0]):
            best = (share, text)
    return None if best is None else best[1]


def as_utf8(data: bytes) -> bytes:
    r"""``data`` as UTF-8 if it is UTF-16 text, with or without its byte-order mark; else as is.

    Every reader then tells the format and decodes the text as it does for UTF-8: a page, a
    CSV table or a plan's JSON saved as UTF-16 reads as the same file saved as UTF-8.

    Examples:
        >>> as_utf8("一、加强领导\n1.召开会议。".encode("utf-16-be")).decode()
        '一、加强领导\n1.召开会议。'
        >>> as_utf8(b"%PDF-1.7")
        b'%PDF-1.7'
    """
    text = _utf16(data)
    return data if text is None else text.encode("utf-8")


def bom_text(data: bytes, source: str | None) -> str | None:
    r"""The text of bytes that open with a byte-order mark (UTF-8, UTF-16, UTF-32); else None.

    Raises:
        ParseError: for bytes whose mark promises an encoding they break (a UTF-16 file cut
            inside a character), at the line and column of the first bad byte: no byte is
            ever replaced.

    Examples:
        >>> bom_text(b"\xff\xfe" + "法治".encode("utf-16-le"), "a.txt"), bom_text(b"1.", "a.txt")
        ('法治', None)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise text_error(
                    f"the file starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding}; save it again as UTF-8",
                    data,
                    error.start,
                    source=source,
                    code="undecodable-text",
                ) from None
    return None


def decode(data: bytes, source: str | None = None) -> str:
    r"""Decode the bytes of a text file: BOM first, then UTF-8, GB18030 (which covers GBK) or Big5.

    Raises:
        ParseError: for binary data (NUL bytes) or bytes that no supported encoding reads, with
            the line and column of the first bad byte.

    Examples:
        >>> decode("一、加强领导".encode("gbk")), decode(b"\xef\xbb\xbf1.")
        ('一、加强领导', '1.')
    """
    marked = bom_text(data, source)
    if marked is not None:
        return marked
    nul = data.find(b"\x00")
    if nul >= 0:
        raise text_error(
            "the file holds NUL bytes, so it is binary, not text; give a .txt, .html, .pdf, .docx "
            "or .json file",
            data,
            nul,
            source=source,
            code="binary-data",
            before=8,
        )
    text = chinese_text(data)
    if text is not None:
        return text
    raise text_error(
        "the file is neither UTF-8 nor GB18030/GBK text; save it again as UTF-8",
        data,
        _first_bad_utf8(data),
        source=source,
        code="undecodable-text",
    )


def _first_bad_utf8(data: bytes) -> int:
    """Where UTF-8 first fails to read ``data`` (0 if it reads it all)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return 0


_LONGEST_CHARACTER = 4  # bytes of one character in UTF-8


def cut_character(data: bytes) -> bytes:
    r"""The bytes at the end of ``data`` that begin a UTF-8 character the end cuts off, else b"".

    Only where every byte before them is UTF-8 text with a character beyond ASCII: a file in
    UTF-8 cut short (a download or a copy that stopped inside a character). Read as GB18030
    instead, each of its Chinese characters would turn into others, and the whole text into
    nonsense without a word; pure ASCII before a last byte above 0x7F says nothing of UTF-8.

    Examples:
        >>> cut_character("法治".encode()[:-1]), cut_character("法治".encode())
        (b'\xe6\xb2', b'')
        >>> cut_character(b"ab\xe6"), cut_character("法治".encode("gbk"))
        (b'', b'')
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # the first bad byte begins a character the end cuts: every byte before it is UTF-8
        cut = error.reason == "unexpected end of data" and error.end == len(data)
        if (
            cut
            and len(data) - error.start < _LONGEST_CHARACTER
            and not data[: error.start].isascii()
        ):
            return data[error.start :]
    return b""


def cut_short_warning(cut: bytes, text: str) -> Diagnostic:
    """The warning for a file that ends inside a UTF-8 character (``cut``), read as U+FFFD.

    Placed at the last U+FFFD of ``text`` (a web page's text, where the character cut off
    stands), with no place if the text holds none (a page cut inside a tag).
    """
    message = (
        f"the file ends inside a character (its last bytes {cut!r} begin one that is not "
        "there), read as U+FFFD: the file may be cut short; compare it with the document"
    )
    at = text.rfind("\ufffd")
    if at < 0:
        return Diagnostic(code="cut-short", message=message)
    line, column = line_column(text, at)
    return Diagnostic(code="cut-short", message=message, line=line, column=column)


def chinese_text(data: bytes) -> str | None:
    """``data`` read as UTF-8, else GB18030 (which covers GBK), else Big5; None if none reads it.

    UTF-8 cut short inside its last character (`cut_character`) is read as UTF-8, the character
    cut off as U+FFFD.

    Bytes that GB18030 reads with kana and private-use characters among the Chinese, and that
    Big5 reads as Chinese, are Big5 (traditional characters).

    Examples:
        >>> chinese_text("一、加強組織領導，推進依法治縣。".encode("big5"))
        '一、加強組織領導，推進依法治縣。'
        >>> chinese_text("α系数、β值".encode("gbk"))
        'α系数、β值'
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    cut = cut_character(data)
    if cut:  # UTF-8 cut short: the character cut off shows as U+FFFD, as a browser shows it
        return data[: -len(cut)].decode("utf-8") + "\ufffd"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if _misread(text):
        with contextlib.suppress(UnicodeDecodeError):
            traditional = data.decode("big5hkscs")
            if not _misread(traditional):
                return traditional
    return text


# what Chinese text in Big5 shows read as GB18030: kana (Big5's commonest characters, 一 人
# 不 …, fall in GB18030's rows of kana) and private-use characters (its user-defined rows); a
# GBK text's own Greek or Cyrillic letters (α系数, β值) are no sign of it
_MISREAD = re.compile("[\u3040-\u30ff\ue000-\uf8ff]")
_MISREAD_SHARE = 0.05
_MISREAD_FEWEST = 3


def _misread(text: str) -> bool:
    """Whether a decoded text shows more letters of the wrong encoding than a Chinese text does."""
    wide = sum(1 for character in text if ord(character) > 0x2000)
    found = len(_MISREAD.findall(text))
    return found >= _MISREAD_FEWEST and found > _MISREAD_SHARE * wide


def _unreadable(path: pathlib.Path, error: OSError) -> ParseError:
    return ParseError(
        f"cannot read the file: {error.strerror or error}", source=str(path), code="unreadable-file"
    )


def require_bytes(data: object, source: object, *, reader: str, text: str) -> str:
    """Refuse ``data`` that is no bytes and a ``source`` that is no name; give the name.

    Raises:
        ParseError: for ``data`` that is not ``bytes``, ``bytearray`` or ``memoryview`` (code
            ``not-bytes``), saying which function reads text instead.
        ValidationError: for a ``source`` that is not a ``str`` or a path.

    Examples:
        >>> require_bytes(b"1.", "plan.txt", reader="read_plan_bytes", text="rulegov.parse_plan")
        'plan.txt'
        >>> try:
        ...     require_bytes("1.", "a.txt", reader="read_plan_bytes", text="rulegov.parse_plan")
        ... except ParseError as error:
        ...     print(error.code, error.path, error.value)
        not-bytes data 1.
    """
    name = source_name(source) or "<bytes>"
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ParseError(
            f"{reader} needs bytes as data, not {type(data).__name__}; for text use {text}",
            source=name,
            path="data",
            value=data,
            code="not-bytes",
        )
    return name


def file_path(path: object, *, code: str = "unreadable-file") -> pathlib.Path:
    """``path`` as a [`pathlib.Path`][pathlib.Path], refusing what cannot name a file.

    Raises:
        ParseError: for a value that is not a ``str`` or ``os.PathLike``, or a path holding a
            NUL character, with ``code`` (``unreadable-file``, or ``unwritable-file`` for a
            file to write).

    Examples:
        >>> file_path("plan.txt").name
        'plan.txt'
        >>> file_path(None)
        Traceback (most recent call last):
        ...
        rulegov.errors.ParseError: <path>: expected a file path (str or os.PathLike), not NoneType
    """
    if not isinstance(path, str | os.PathLike):
        raise ParseError(
            f"expected a file path (str or os.PathLike), not {type(path).__name__}",
            source="<path>",
            value=path,
            code=code,
        )
    where = pathlib.Path(path)
    if "\0" in str(where):
        raise ParseError(
            "a file path cannot hold a NUL character",
            source=repr(str(where)),
            code=code,
        )
    try:  # a lone surrogate that stands for no byte of a name (one that does is kept)
        os.fsencode(where)
    except UnicodeEncodeError as error:
        raise ParseError(
            "a file path cannot hold a lone surrogate that stands for no byte of a file name",
            source=repr(str(where)),
            value=str(where)[error.start : error.start + 1],
            code=code,
        ) from None
    return where


@contextlib.contextmanager
def writing(where: pathlib.Path) -> Iterator[None]:
    """Turn a failure to write the file ``where`` into a [`RulegovError`][rulegov.RulegovError].

    Examples:
        >>> import tempfile
        >>> with writing(pathlib.Path(tempfile.mkdtemp())):
        ...     raise IsADirectoryError(21, "Is a directory")
        Traceback (most recent call last):
        ...
        rulegov.errors.RulegovError: ...: cannot write the file: Is a directory
    """
    try:
        yield
    except OSError as error:
        raise RulegovError(
            f"{where}: cannot write the file: {error.strerror or error}",
            source=str(where),
            code="unwritable-file",
        ) from error


def refuse_beyond_limit(size: int, source: str, *, what: str = "bytes") -> None:
    """Refuse data handed over in memory (a paste, standard input) beyond ``MAX_BYTES``.

    A file is refused at the same size by `read_bytes`; its reader's ``max_bytes`` raises it.

    Examples:
        >>> try:
        ...     refuse_beyond_limit(MAX_BYTES + 1, "<stdin>")
        ... except ParseError as error:
        ...     print(error.code, error.value)
        file-too-large 67108865
    """
    if size > MAX_BYTES:
        raise too_large(
            f"the data has {size} {what}, more than the limit of {MAX_BYTES}; "
            "save it as a file and raise max_bytes if it is genuine",
            size,
            source,
        )


def check_limit(limit: object) -> int:
    """``max_bytes`` as an ``int``: a whole number of 1 or more (code ``invalid-parameter``).

    Examples:
        >>> check_limit(1024)
        1024
        >>> try:
        ...     check_limit(None)
        ... except ValidationError as error:
        ...     print(error)
        invalid argument: max_bytes: expected a whole number of bytes, 1 or more (got None)
    """
    return _check_count(limit, "max_bytes", "a whole number of bytes, 1 or more")


def read_bytes(path: pathlib.Path, limit: int) -> bytes:
    """The bytes of a file, refusing one larger than ``limit`` or one that cannot be read.

    UTF-16 text comes back as UTF-8 (``as_utf8``).

    Raises:
        ParseError: for a file that is missing, a folder, unreadable, or larger than ``limit``.
        ValidationError: for a ``limit`` (a reader's ``max_bytes``) that is no whole number of
            1 or more.
    """
    limit = check_limit(limit)
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder, not a file", str(path))
        size = path.stat().st_size
    except OSError as error:
        raise _unreadable(path, error) from None
    if size > limit:
        raise too_large(
            f"the file has {size} bytes, more than the limit of {limit}; "
            "raise max_bytes if the file is genuine",
            size,
            str(path),
        )
    try:
        # no more than the limit is read, whatever the size said: a device (/dev/zero) or a
        # pipe (<(…)) tells a size of 0 and gives bytes without end
        with path.open("rb") as file:
            data = read_at_most(file, limit, size=size)
    except OSError as error:
        raise _unreadable(path, error) from None
    if len(data) > limit:
        raise too_large(
            f"the file gives more than {limit} bytes, the limit; raise max_bytes if the file "
            "is genuine",
            len(data),
            str(path),
        )
    return as_utf8(data)


def validate_json(validate: Callable[[bytes], _Model], data: bytes, source: str) -> _Model:
    """Validate the JSON ``data`` of a file with ``validate``, naming ``source`` in any error.

    Examples:
        >>> from rulegov import Plan
        >>> try:
        ...     validate_json(Plan.model_validate_json, b'{"title": ', "plan.json")
        ... except ValidationError as error:
        ...     print(error.source, error.line, error.code)
        plan.json 1 json-invalid
    """
    data = data.removeprefix(b"\xef\xbb\xbf")  # the mark Windows editors write
    try:
        model = validate(data)
    except ValidationError as error:
        wrong = _other_kind(data, error.model) or _not_an_object(error)
        if wrong is not None:
            raise ValidationError([wrong], error.model, source=source) from None
        raise type(error)(error.issues, error.model, source=source) from None
    repeated = duplicate_key(data.decode("utf-8", errors="replace"))
    if repeated is not None:  # the reader kept the last value; the first would be lost
        raise ValidationError([repeated], type(model).__name__, source=source)
    return model


_READERS = {
    "plan": "rulegov.read_plan, or the commands that take a plan",
    "scheme": "rulegov.read_scheme, or rulegov evaluate --scheme",
}


# what JSON calls each kind of value that is no object
_JSON_KINDS = {list: "an array", str: "a string", bool: "true or false", type(None): "null"}


def _not_an_object(error: ValidationError) -> Issue | None:
    """The one issue for a JSON document that is no object (an array, a string, a number).

    pydantic says ``Input should be an object``; this says what was found, in JSON's words.
    """
    if len(error.issues) != 1 or error.issues[0].code != "model-type" or error.issues[0].path:
        return None
    value = error.issues[0].value
    found = _JSON_KINDS.get(type(value), "a number")
    message = f"expected a {error.model.lower()}'s JSON, an object ({{…}}), not {found}"
    return Issue("", message, value, "model-type")


def _other_kind(data: bytes, model: str) -> Issue | None:
    """The one issue for JSON of another of rulegov's files (a scheme given as a plan)."""
    try:
        found = json_kind(json.loads(data))
    except (ValueError, RecursionError):
        return None
    if found is None or found == model.lower():
        return None
    message = f"this is a {found}'s JSON, not a {model.lower()}'s; give it to {_READERS[found]}"
    return Issue("(root)", message, found, "wrong-file-kind")
