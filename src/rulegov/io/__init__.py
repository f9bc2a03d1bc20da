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

from rulegov._deprecation import deprecated_names as _deprecated_names
from rulegov.io._corpus import CorpusSummary, corpus_files, write_corpus
from rulegov.io._files import (
    Document,
    read_document,
    read_plan,
    read_plan_bytes,
    read_text,
    write_plan,
)
from rulegov.io._many import ReadResult, read_plans
from rulegov.io._pages import parse_plan
from rulegov.io._progress import read_progress, write_status
from rulegov.io._scheme import parse_scheme, read_scheme, read_scheme_bytes
from rulegov.io._tables import read_task_rows, read_task_table, task_table_rows, write_task_table
from rulegov.io._views import tables, to_arrow, to_pandas

__all__ = [
    "CorpusSummary",
    "Document",
    "ReadResult",
    "corpus_files",
    "parse_plan",
    "parse_scheme",
    "read_document",
    "read_plan",
    "read_plan_bytes",
    "read_plans",
    "read_progress",
    "read_scheme",
    "read_scheme_bytes",
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

__getattr__ = _deprecated_names(
    "rulegov.io",
    {
        "COLUMNS": ("rulegov.io._views:COLUMNS", "read the columns of the tables tables() gives"),
        "COLUMN_NAMES": (
            "rulegov.io._tables:COLUMN_NAMES",
            "read the header of the table write_task_table writes",
        ),
        "MAX_BYTES": ("rulegov.io._bytes:MAX_BYTES", "pass max_bytes= to the readers"),
        "decode": ("rulegov.io._bytes:decode", "use read_text, or read_plan_bytes for a plan"),
    },
)
