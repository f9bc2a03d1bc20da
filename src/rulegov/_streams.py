"""Reading a file or a stream up to a limit, with memory that follows the bytes read.

A device (``/dev/zero``) or a pipe tells a size of 0 and gives bytes without end, so a reader
stops one byte past its limit. Asking Python for ``limit + 1`` bytes at once would set aside
that many bytes before reading any (64 MiB for every file read under the default limit); the
bytes are read in pieces instead, the first as large as the size the file tells.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["read_at_most"]

_PIECE = 1024 * 1024  # bytes asked for at a time past what the file tells of its size


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...


def read_at_most(stream: _Readable, limit: int, *, size: int = 0) -> bytes:
    """The bytes of ``stream``, at most ``limit + 1`` of them.

    More than ``limit`` bytes back tell the caller that the stream holds more than it allows.

    ``size`` is what the file tells of its size (0 when it tells none): a regular file is read
    in one piece of that size and one empty read, a stream without a size in pieces of 1 MiB.

    Examples:
        >>> import io
        >>> read_at_most(io.BytesIO(b"abcdef"), 3)
        b'abcd'
        >>> read_at_most(io.BytesIO(b"abc"), 3, size=3)
        b'abc'
    """
    pieces: list[bytes] = []
    total = 0
    ask = min(size + 1, limit + 1) if size > 0 else min(_PIECE, limit + 1)
    while total <= limit:
        piece = stream.read(ask)
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
        ask = min(_PIECE, limit + 1 - total)
    return b"".join(pieces)
