r"""Files and formats: read plans from text, Word and JSON files, and write them back.

The only part of rulegov that reads or writes files.

Example:
    >>> import pathlib, tempfile
    >>> from rulegov.io import read_plan, write_plan
    >>> from rulegov.parse import parse_plan
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
    >>> plan = parse_plan("2023年工作要点\n1.召开会议。")
    >>> write_plan(plan, path)
    >>> read_plan(path) == plan
    True
"""

from rulegov.io._files import MAX_BYTES, decode, read_plan, read_text, write_plan

__all__ = ["MAX_BYTES", "decode", "read_plan", "read_text", "write_plan"]
