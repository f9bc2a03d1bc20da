r"""Files and formats: plans from and to text, Word, JSON, task tables (CSV, Excel) and tables.

The only part of rulegov that reads or writes files. Task-division tables (任务分工表) read and
write as CSV or Excel; [`read_plans`][rulegov.read_plans] reads many files in parallel;
[`tables`][rulegov.io.tables], [`to_pandas`][rulegov.io.to_pandas] and
[`to_arrow`][rulegov.io.to_arrow] give plans, schedules and evaluations as tables for analysis.

Examples:
    >>> import pathlib, tempfile
    >>> from rulegov.io import read_plan, write_plan
    >>> from rulegov.parse import parse_plan
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.json"
    >>> plan = parse_plan("2023年工作要点\n1.召开会议。")
    >>> write_plan(plan, path)
    >>> read_plan(path) == plan
    True
"""

from rulegov.io._corpus import CorpusSummary, corpus_files, write_corpus
from rulegov.io._files import (
    MAX_BYTES,
    Document,
    decode,
    read_document,
    read_plan,
    read_text,
    write_plan,
)
from rulegov.io._many import ReadResult, read_plans
from rulegov.io._progress import read_progress, write_status
from rulegov.io._scheme import parse_scheme, read_scheme
from rulegov.io._tables import (
    COLUMN_NAMES,
    read_task_rows,
    read_task_table,
    task_table_rows,
    write_task_table,
)
from rulegov.io._views import COLUMNS, tables, to_arrow, to_pandas

__all__ = [
    "COLUMNS",
    "COLUMN_NAMES",
    "MAX_BYTES",
    "CorpusSummary",
    "Document",
    "ReadResult",
    "corpus_files",
    "decode",
    "parse_scheme",
    "read_document",
    "read_plan",
    "read_plans",
    "read_progress",
    "read_scheme",
    "read_task_rows",
    "read_task_table",
    "read_text",
    "tables",
    "task_table_rows",
    "to_arrow",
    "to_pandas",
    "write_corpus",
    "write_plan",
    "write_status",
    "write_task_table",
]
