"""Safe reading of zip-based Office files (.docx, .xlsx): capped streams, no DTDs, one error type.

The sizes that an archive declares are never trusted. Every entry is streamed through a cap on
the bytes it unpacks to (in all and per entry, against its packed size), every XML entry is
decoded as its byte-order mark or XML declaration says and refused if it declares a DTD, and
every failure of the zip layer (a damaged header, an unknown compression method, an encrypted
entry, a bad checksum) becomes one [`ParseError`][rulegov.ParseError] that names the file.

What comes out is a new archive in memory, built only from what was read, so the library that
reads it next (openpyxl) never touches the original bytes.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
import zlib
from typing import TYPE_CHECKING

from rulegov.errors import ParseError
from rulegov.io._formats import too_large

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["MAX_ENTRIES", "MAX_RATIO", "read_archive", "rebuild_archive"]

MAX_RATIO = 200
"""An entry that unpacks to more than 1 MiB may be packed at most this many times over."""
MAX_ENTRIES = 10_000
"""The most entries an Office archive may hold."""
_RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024
_MARKUP_SUFFIXES = (".xml", ".rels", ".vml")
_ENCRYPTED = 0x1  # the general-purpose flag bit of an encrypted entry (APPNOTE 4.4.4)
_MEDIA_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")
_DTD = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_BYTES = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)  # whatever the declaration says
_DECLARED = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# without a BOM, the first characters "<?" or "<" tell the width and byte order
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)


def markup_encoding(data: bytes) -> str:
    """The encoding of an XML document: its BOM, its width, or its declaration (else UTF-8).

    Examples:
        >>> markup_encoding('<?xml version="1.0"?><a/>'.encode("utf-16-le"))
        'utf-16-le'
        >>> markup_encoding(b'<?xml version="1.0" encoding="GBK"?><a/>')
        'gbk'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    for signature, encoding in _SIGNATURES:
        if data.startswith(signature):
            return encoding
    declared = _DECLARED.match(data)
    if declared is None:
        return "utf-8"
    name = declared.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def refuse_dtd(data: bytes, entry: str, kind: str, source: str) -> None:
    """Refuse XML that declares a DTD (``<!DOCTYPE``, ``<!ENTITY``), in any encoding.

    Raises:
        ParseError: for a DTD, or for an encoding that cannot be checked.
    """
    encoding = markup_encoding(data)
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        raise ParseError(
            f"the {kind} entry {entry!r} declares the unknown encoding {encoding!r}; "
            "Office writes UTF-8 or UTF-16",
            source=source,
            value=encoding,
            code="undecodable-text",
        ) from None
    if _DTD.search(text) is not None or _DTD_BYTES.search(data) is not None:
        raise ParseError(
            f"the {kind} declares a DTD in entry {entry!r}; Office never writes one, so the "
            "file is refused (entity expansion)",
            source=source,
            value=entry,
            code="dtd-refused",
        )


def _is_markup(name: str, data: bytes) -> bool:
    """Whether an entry is XML a reader may parse: by its name, or, unless it is a picture, by its start.

    A part can be given any name in the package's relationships, so an entry that starts like XML
    is checked whatever it is called. Pictures (an SVG may carry a DOCTYPE) are never parsed.
    """
    lowered = name.lower()
    if lowered.endswith(_MARKUP_SUFFIXES):
        return True
    if lowered.endswith(_MEDIA_SUFFIXES):
        return False
    head = data[:4]
    starts = [bom for bom, _ in _BOMS] + [signature for signature, _ in _SIGNATURES]
    return any(head.startswith(start) for start in starts) or data.lstrip()[:1] == b"<"


def _damaged(kind: str, source: str, error: BaseException, entry: str | None) -> ParseError:
    where = f" (entry {entry!r})" if entry else ""
    reason = str(error) or type(error).__name__
    if isinstance(error, NotImplementedError):
        reason = f"an unsupported compression method ({reason}); save the file again in Office"
    return ParseError(
        f"the {kind} is damaged and cannot be read{where}: {reason}",
        source=source,
        value=entry,
        code="unreadable-file",
    )


def _read_entry(  # noqa: PLR0913  (the caps and the names for the message)
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    *,
    budget: int,
    limit: int,
    kind: str,
    source: str,
) -> bytes:
    """Stream one entry, stopping as soon as it passes ``budget`` bytes or the packing ratio."""
    if info.flag_bits & _ENCRYPTED:
        raise ParseError(
            f"the {kind} is damaged and cannot be read (entry {info.filename!r}): the entry is "
            "encrypted; save the file again without a password",
            source=source,
            value=info.filename,
            code="unreadable-file",
        )
    parts: list[bytes] = []
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            ratio = size / max(info.compress_size, 1)
            if size > budget or (size > _RATIO_FLOOR and ratio > MAX_RATIO):
                raise ParseError(
                    f"the {kind} unpacks to more than {limit} bytes or is packed more than "
                    f"{MAX_RATIO} to 1 (entry {info.filename!r}); refusing a possible zip bomb",
                    source=source,
                    value=info.filename,
                    code="zip-bomb",
                )
            parts.append(chunk)
    return b"".join(parts)


def _entries(archive: zipfile.ZipFile, kind: str, source: str) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise too_large(
            f"the {kind} holds {len(infos)} entries, more than {MAX_ENTRIES}", len(infos), source
        )
    return infos


def read_archive(data: bytes, limit: int, kind: str, source: str) -> dict[str, bytes]:
    """Every entry of a zip archive, read under the caps, with XML entries checked for DTDs.

    Args:
        data: The bytes of the file.
        limit: The most bytes all entries together may unpack to.
        kind: What the file is, for messages (``"Word document (.docx)"``).
        source: The file's name, for messages.

    Raises:
        ParseError: for anything but a sound archive within the limits.

    Examples:
        >>> import io, zipfile
        >>> buffer = io.BytesIO()
        >>> with zipfile.ZipFile(buffer, "w") as archive:
        ...     archive.writestr("a.xml", "<a>法治</a>")
        >>> read_archive(buffer.getvalue(), 1000, "archive", "a.zip")["a.xml"].decode()
        '<a>法治</a>'
    """
    entries: dict[str, bytes] = {}
    entry: str | None = None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = _entries(archive, kind, source)
            total = 0
            for info in infos:
                entry = info.filename
                if info.is_dir():
                    continue
                content = _read_entry(
                    archive, info, budget=limit - total, limit=limit, kind=kind, source=source
                )
                total += len(content)
                if _is_markup(entry, content):
                    refuse_dtd(content, entry, kind, source)
                entries[entry] = content
    except ParseError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        RuntimeError,
        NotImplementedError,
        ValueError,
        KeyError,
        IndexError,
        OverflowError,
        UnicodeDecodeError,
        struct.error,
    ) as error:
        if entry is None:
            article = "an" if kind[:1].lower() in "aeiou" else "a"
            raise ParseError(
                f"the file is not {article} {kind}: it is not a zip archive ({error})",
                source=source,
                code="unreadable-file",
            ) from None
        raise _damaged(kind, source, error, entry) from None
    return entries


def rebuild_archive(entries: Mapping[str, bytes]) -> io.BytesIO:
    """A new, uncompressed archive in memory holding ``entries``, for a library to read.

    Examples:
        >>> rebuilt = rebuild_archive({"a.xml": b"<a/>"})
        >>> import zipfile
        >>> zipfile.ZipFile(rebuilt).read("a.xml")
        b'<a/>'
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    buffer.seek(0)
    return buffer
