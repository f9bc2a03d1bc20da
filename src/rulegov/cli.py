"""The ``rulegov`` command line: the only place in rulegov that prints or exits.

Exit codes: 0 success, 1 invalid input (the message names the place and the value), 2 usage.

Examples:
    >>> main(["report", "--format", "json"])  # doctest: +ELLIPSIS
    {
      "title": "中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划",
    ...
    0
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import json
import os
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rulegov._deprecation import Deprecated
from rulegov._streams import read_at_most
from rulegov._text import duplicate_key, json_kind

if TYPE_CHECKING:
    import types
    from collections.abc import Callable, Iterator, Sequence
    from typing import TypeAlias

    from rulegov.errors import RulegovError
    from rulegov.evaluation import Evaluation, Explanation, Scheme
    from rulegov.graph import Calendar, Overview
    from rulegov.model import Diagnostic, Plan
    from rulegov.tracking import PlanStatus

    # what add_subparsers returns, whose class argparse does not name publicly
    _Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]  # noqa: SLF001

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

_EPILOG_REPORT = """\
examples:
  rulegov report                       the bundled reference plan (Yancheng 2023)
  rulegov report plan.txt              a plan document (also .html, .pdf, .docx, or .json)
  rulegov report - < plan.json         a plan read from standard input
  rulegov report --format markdown > report.md
  rulegov report --format html > report.html   a self-contained page
  rulegov report plan.json --scheme scheme.json --data data.json
"""

_EPILOG_EVALUATE = """\
examples:
  rulegov evaluate                          the bundled scheme and data for the reference plan
  rulegov evaluate --explain 区司法局       why one unit scored what it did
  rulegov evaluate --explain 区司法局 --format json    the same as JSON (or markdown)
  rulegov evaluate --scheme scheme.json --data data.json --format json
  rulegov evaluate --scheme 考核细则.docx --data data.json    a scheme read from its document
  rulegov evaluate plan.json --on 2023-12-31    units scored on the completion of their tasks
  rulegov evaluate plan.json --indicator on_time --scheme scheme.json
  rulegov evaluate plan.json --on 2023-12-31 --explain 区依法治区办

With a plan, units are named as the plan names them, and --explain takes a unit's name, short
name, alias or id; so do the keys of --data, which must each name a unit of the plan. A unit's
value on a task is what the progress reports show that count for it, and 0 with no report:
nothing is credited for nothing, whatever the role. A report counts for the unit it names; a
report that names no unit counts for the task's lead units (牵头) only, or its responsible units
(责任单位) when it has no lead, and a note on standard error says so. A unit's score is the mean
of its values over the tasks it holds. With --data (and no --scheme) the same formula holds: the
mean over the tasks the unit holds, a task it holds with no value counting 0 (a warning names
them), and a value for a task it holds no role on is refused.

The data file is {"data": {unit: {node id: value}}, "categories": {unit: category}}
(with a "description" of its own if you like, read past; any other key is refused),
or just the {unit: {node id: value}} object.
"""


def _load(source: str | None) -> Plan:
    """The plan named on the command line: the bundled one, a file, or stdin."""
    from rulegov import datasets  # noqa: PLC0415

    if source is None:
        return datasets.yancheng_2023()
    from rulegov.io import read_plan  # noqa: PLC0415

    try:
        if source == "-":
            return _plan_from_bytes(_stdin_bytes(), "<stdin>")
        return read_plan(source)
    except OSError as error:
        raise _InputError(f"{source}: cannot read the file: {error.strerror or error}") from None
    except (
        _errors().ValidationError
    ) as error:  # a parse error names its file, line and column already
        raise _FileContentError(source, error) from None


def _stdin_bytes() -> bytes:
    """Standard input, refused beyond the size that the readers allow a file (64 MiB).

    It is read up to one byte past that, so a stream without end (``yes | rulegov parse -``) is
    never read whole into memory.
    """
    data = read_at_most(sys.stdin.buffer, _STDIN_LIMIT)
    if len(data) > _STDIN_LIMIT:
        raise _InputError(
            f"<stdin>: standard input holds more than the limit of {_STDIN_LIMIT} bytes; "
            "save it as a file and read it with a larger max_bytes if it is genuine"
        )
    return data


_STDIN_LIMIT = 64 * 1024 * 1024  # the readers' limit on a file (rulegov.io's max_bytes)


def _plan_from_bytes(raw: bytes, name: str) -> Plan:
    """A plan from bytes: rulegov's JSON if it looks like JSON, else a document to parse."""
    from rulegov.io import read_plan_bytes  # noqa: PLC0415

    return read_plan_bytes(raw, source=name)


def _errors() -> types.ModuleType:
    """The exception tree of rulegov, loaded when a command runs (``--help`` needs none of it)."""
    import rulegov.errors  # noqa: PLC0415

    return rulegov.errors


class _InputError(Exception):
    """A problem with the files named on the command line."""


class _FileContentError(_InputError):
    """A rulegov error in the content of one named file: each of its lines names the file."""

    def __init__(self, source: str, error: RulegovError) -> None:
        super().__init__(str(error))
        self.source = _shown_name(source)
        self.error = error


def _shown_name(source: str) -> str:
    """The name a message gives a file argument: ``<stdin>`` for ``-``, else the path as given."""
    return "<stdin>" if source == "-" else source


def _refuse_nul(path: str) -> None:
    """Refuse a path with a NUL character, which no file's name holds, as the readers do.

    ``open`` raises a bare ``ValueError`` for it; ``main`` is called with any strings.
    """
    if "\0" in path:
        raise _InputError(f"{path!r}: a file path cannot hold a NUL character")


@contextlib.contextmanager
def _writing(target: str) -> Iterator[None]:
    """Turn a failure to write ``target`` into one line that names it."""
    _refuse_nul(target)
    try:
        yield
    except OSError as error:
        raise _InputError(f"{target}: cannot write the file: {error.strerror or error}") from None


def _scheme(source: str) -> Scheme:
    """An appraisal scheme named on the command line: rulegov's .json, or a document to read.

    ``-`` is standard input, read as a file is: the scheme's JSON or a document in any format
    that [`read_scheme_bytes`][rulegov.io.read_scheme_bytes] tells by its bytes.
    """
    from rulegov.evaluation import Scheme  # noqa: PLC0415

    if not source.lower().endswith(".json"):
        from rulegov.io import read_scheme, read_scheme_bytes  # noqa: PLC0415

        try:
            if source == "-":
                return read_scheme_bytes(_stdin_bytes(), source="<stdin>")
            return read_scheme(source)
        except OSError as error:
            raise _InputError(
                f"{source}: cannot read the file: {error.strerror or error}"
            ) from None
        except _errors().RulegovError as error:
            raise _FileContentError(source, error) from None
    loaded = _read_json(source, "scheme")
    if json_kind(loaded) == "plan":
        raise _InputError(
            f"{source}: this is a plan's JSON, not a scheme's: give a scheme's JSON or the "
            "appraisal document itself (考核细则.txt, .docx, .pdf, .html)"
        )
    try:
        if not isinstance(loaded, dict):  # refused in the words standard input's JSON gets
            from rulegov.io import read_scheme  # noqa: PLC0415

            return read_scheme(source)
        return Scheme.model_validate(loaded)
    except _errors().ValidationError as error:
        raise _FileContentError(source, error) from None


def _placed(diagnostic: Diagnostic) -> str:
    """A diagnostic after its file's name and a colon: ``3:1: warning: …`` or `` warning: …``."""
    return str(diagnostic) if diagnostic.line is not None else f" {diagnostic}"


def _scheme_command(args: argparse.Namespace) -> int:
    """Read an appraisal document into a scheme and write its JSON."""
    scheme = _scheme(args.file)
    name = _shown_name(args.file)
    for diagnostic in scheme.diagnostics:
        sys.stderr.write(f"{name}:{_placed(diagnostic)}\n")
    if args.inputs:
        from rulegov.render import scheme_inputs_text  # noqa: PLC0415

        text = scheme_inputs_text(scheme) + "\n"
    else:
        text = scheme.model_dump_json(indent=2, exclude_none=True) + "\n"
    _write_text(text, args.output)
    return EXIT_OK


def _json_text(raw: bytes) -> str:
    """JSON's bytes as text, in the encoding JSON allows: UTF-8, or UTF-16 with or without BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if raw[:1] == b"\x00":
        return raw.decode("utf-16-be", errors="replace")
    if raw[1:2] == b"\x00":
        return raw.decode("utf-16-le", errors="replace")
    return raw.decode("utf-8-sig", errors="replace")


def _read_json(source: str, what: str) -> object:
    """A JSON document named on the command line (``-``: standard input, named ``<stdin>``)."""
    name = _shown_name(source)
    _refuse_nul(source)
    try:
        if source == "-":
            raw = _stdin_bytes()
        else:  # read to the readers' limit only: a device or a pipe gives bytes without end
            with Path(source).open("rb") as file:
                raw = read_at_most(file, _STDIN_LIMIT, size=os.fstat(file.fileno()).st_size)
    except OSError as error:
        raise _InputError(f"{name}: cannot read the {what}: {error.strerror or error}") from None
    if len(raw) > _STDIN_LIMIT:
        raise _InputError(
            f"{name}: the {what} holds more than the limit of {_STDIN_LIMIT} bytes; a JSON "
            "document of appraisal data or a scheme is far smaller"
        )
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise _InputError(f"{name}: the {what} is not valid JSON: {error}") from None
    except RecursionError:
        raise _InputError(f"{name}: the {what} is nested too deeply to read") from None
    repeated = duplicate_key(_json_text(raw))
    if repeated is not None:  # json kept the last value; the first would be lost
        raise _InputError(f"{name}:{repeated.line}:{repeated.column}: {repeated}")
    return data


def _appraisal_input(source: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """Appraisal data: ``{"data": {unit: {node: value}}, "categories": {unit: category}}``."""
    from rulegov import datasets  # noqa: PLC0415

    if source is None:
        data, categories = datasets.yancheng_2023_appraisal()
        return dict(data), categories
    loaded = _read_json(source, "appraisal data")
    name = _shown_name(source)
    if (kind := json_kind(loaded)) is not None:
        raise _InputError(
            f"{name}: this is a {kind}'s JSON, not appraisal data: give --data a JSON object "
            'keyed by unit ({"区司法局": {"item": value, …}})'
        )
    if not isinstance(loaded, dict):
        raise _InputError(f"{name}: expected a JSON object of units (got {type(loaded).__name__})")
    if "data" in loaded:
        # any other key (a misspelt "categroies") would be dropped without a word
        other = [key for key in loaded if key not in _APPRAISAL_KEYS]
        if other:
            raise _InputError(
                f"{name}: the key {other[0]!r} beside 'data' is none of 'data', 'categories' "
                "and 'description', and would be lost: the file is "
                '{"data": {unit: {node id: value}}, "categories": {unit: category}}'
            )
        data, categories = loaded["data"], loaded.get("categories") or {}
    else:
        data, categories = loaded, {}
    if not isinstance(data, dict) or not isinstance(categories, dict):
        raise _InputError(f"{name}: 'data' and 'categories' must be JSON objects keyed by unit")
    return data, categories


# the keys of a data file that wraps its data; a description is the reader's note, read past
_APPRAISAL_KEYS = ("data", "categories", "description")


def _evaluation(
    scheme_source: str | None, data_source: str | None, plan: Plan | None = None
) -> Evaluation:
    """The appraisal of a scheme on data; data given for a ``plan`` is keyed by its units."""
    from rulegov import datasets  # noqa: PLC0415
    from rulegov.evaluation import evaluate, plan_data  # noqa: PLC0415

    scheme = datasets.yancheng_2023_scheme() if scheme_source is None else _scheme(scheme_source)
    data, categories = _appraisal_input(data_source)
    if plan is not None and data_source is not None:
        data = plan_data(plan, data)  # keyed by the units as the plan names them
        categories = plan_data(plan, categories, path="categories")
    with _about(data_source):
        return evaluate(scheme, data, categories=categories)


@contextlib.contextmanager
def _about(data_source: str | None) -> Iterator[None]:
    """Name the data file in an error about a unit's data (a value, a rule's input)."""
    try:
        yield
    except _errors().EvaluationError as error:
        if data_source is None or error.unit is None:
            raise
        raise _FileContentError(data_source, error) from None


def _calendar(
    plan: Plan, choice: str, through: int | None = None, first: dt.date | None = None
) -> Calendar | None:
    """The working-day calendar for a plan: China's for its years (Monday to Friday beyond them).

    ``through`` extends it to a later year, such as that of a status date; ``first`` is the
    schedule's start (``--start``), by default the plan's.
    """
    from rulegov.graph import Calendar, available_calendars  # noqa: PLC0415

    if choice == "none":
        return None
    start = (
        first.year
        if first is not None
        else plan.issued_on.year
        if plan.issued_on
        else plan.period.start_year
        if plan.period
        else None
    )
    if start is None:
        return None
    end = max(start, plan.period.end_year if plan.period else start, through or start) + 1
    if choice == "cn" and f"cn_{start}" not in available_calendars():
        raise _InputError(
            f"--calendar cn: no bundled calendar for {start}; have {available_calendars()}"
        )
    return Calendar.china_between(start, end)


def _overview(plan: Plan, start: str | None, calendar: str) -> Overview:
    from rulegov.graph import plan_overview  # noqa: PLC0415

    day = None if start is None else _date(start)
    return plan_overview(plan, start=day, calendar=_calendar(plan, calendar, first=day))


def _date(text: str, option: str = "--start") -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _InputError(f"{option}: expected a date as YYYY-MM-DD (got {text!r})") from None


def _report(args: argparse.Namespace) -> int:
    from rulegov.render import render_report  # noqa: PLC0415

    if args.file is not None and args.data is not None and args.scheme is None:
        raise _UsageError(
            "--data is read with --scheme: give the scheme the data is for, or score the "
            "plan's units with 'rulegov evaluate PLAN --data DATA'"
        )
    _check_ignore_column(args)
    plan = _load(args.file)
    evaluation = None
    if args.file is None or args.scheme is not None:
        evaluation = _evaluation(args.scheme, args.data, plan if args.file is not None else None)
    overview = None
    if plan.tasks:
        try:
            overview = _overview(plan, None, "auto")
        except _errors().RulegovError as error:  # the rest of the report stands without a schedule
            sys.stderr.write(f"rulegov: warning: no schedule: {error}\n")
    status = None
    if args.progress is not None or args.as_of is not None:
        status = _plan_status(plan, args.progress, args.as_of, args.ignore_column)
    sys.stdout.write(render_report(plan, args.format, evaluation, overview, status))
    return EXIT_OK


def _ignore_column_option(parser: argparse.ArgumentParser) -> None:
    """``--ignore-column NAME``, repeatable: a column of the progress table read past."""
    parser.add_argument(
        "--ignore-column",
        metavar="NAME",
        action="append",
        help="a column of the progress table that is none of its fields (联系人, 联系电话), "
        "read past; repeat for more (any other unknown column is refused)",
    )


def _check_ignore_column(args: argparse.Namespace) -> None:
    """Refuse ``--ignore-column`` without ``--progress``: it would read past nothing."""
    if args.ignore_column and args.progress is None:
        raise _UsageError(
            "--ignore-column names a column of the progress table: give the table with --progress"
        )


def _plan_status(
    plan: Plan, progress: str | None, as_of: str | None, ignored: list[str] | None = None
) -> PlanStatus:
    """Where each task stands on ``as_of`` (today in China by default), with ``progress``'s reports."""
    from rulegov.io import read_progress  # noqa: PLC0415
    from rulegov.tracking import status  # noqa: PLC0415

    if progress is not None:
        try:
            plan = read_progress(progress, plan, ignore_columns=ignored or ())
        except OSError as error:
            raise _InputError(
                f"{progress}: cannot read the file: {error.strerror or error}"
            ) from None
    day = _date(as_of, "--as-of") if as_of is not None else _today_in_china()
    result = status(plan, as_of=day, calendar=_calendar(plan, "auto", through=day.year))
    for diagnostic in result.diagnostics:  # reports that count for nobody, left out
        sys.stderr.write(f"rulegov: {diagnostic}\n")
    return result


def _schedule(args: argparse.Namespace) -> int:
    plan = _load(args.file)
    overview = _overview(plan, args.start, args.calendar)
    schedule = overview.schedule
    from rulegov.render import schedule_gantt, schedule_ical, schedule_json  # noqa: PLC0415

    if args.format == "json":
        sys.stdout.write(schedule_json(schedule) + "\n")
    elif args.format == "gantt":
        sys.stdout.write(schedule_gantt(schedule, title=plan.title) + "\n")
    elif args.format == "ical":
        sys.stdout.write(schedule_ical(schedule, name=plan.title, uid_domain=_uid_domain(plan)))
    else:
        from rulegov.render import render_schedule  # noqa: PLC0415

        sys.stdout.write(render_schedule(overview, args.format))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    plan = _load(args.file)
    if args.to == "ical":
        schedule = _overview(plan, None, "auto").schedule
        from rulegov.render import schedule_ical  # noqa: PLC0415

        _write_text(
            schedule_ical(schedule, name=plan.title, uid_domain=_uid_domain(plan)), args.output
        )
        return EXIT_OK
    from rulegov.io import write_task_table  # noqa: PLC0415

    if args.output is not None:
        if Path(args.output).suffix.lower() != f".{args.to}":
            raise _InputError(
                f"-o/--output: a {args.to} table needs a .{args.to} file (got {args.output!r})"
            )
        with _writing(args.output):
            write_task_table(plan, args.output)
        return EXIT_OK
    if args.to == "xlsx":
        raise _InputError("--to xlsx writes a binary file: give one with -o/--output FILE.xlsx")
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:  # the same bytes as a file (BOM included)
        table = Path(folder) / "table.csv"
        write_task_table(plan, table)
        sys.stdout.flush()
        sys.stdout.buffer.write(table.read_bytes())
        sys.stdout.buffer.flush()
    return EXIT_OK


def _uid_domain(plan: Plan) -> str:
    """The iCalendar UIDs' domain for a plan: its id and a hash of its content.

    Two plans with the same title (or id) but other content get different UIDs; the same plan
    gets the same UIDs in every run.
    """
    import hashlib  # noqa: PLC0415

    content = plan.source.text if plan.source is not None else plan.model_dump_json()
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    return f"{plan.id}.{digest}.rulegov"


def _status(args: argparse.Namespace) -> int:
    from rulegov.io import write_status  # noqa: PLC0415

    _check_ignore_column(args)
    result = _plan_status(_load(args.file), args.progress, args.as_of, args.ignore_column)
    if args.output is not None and Path(args.output).suffix.lower() in {".csv", ".xlsx"}:
        with _writing(args.output):
            write_status(result, args.output)
        return EXIT_OK
    if args.format == "csv":
        import tempfile  # noqa: PLC0415

        with tempfile.TemporaryDirectory() as folder:  # the same escaping and BOM as a file
            table = Path(folder) / "status.csv"
            write_status(result, table)
            text = table.read_text(encoding="utf-8")
    elif args.format == "json":
        text = json.dumps(result.rows(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = _drawn(result, args.format)
    _write_text(text, args.output)
    return EXIT_OK


def _drawn(result: object, fmt: str) -> str:
    """A 督办 list or a plan comparison as ``text``, ``markdown`` or ``html``."""
    from rulegov import render  # noqa: PLC0415

    draw = {"text": render.to_text, "markdown": render.to_markdown, "html": render.to_html}
    return draw[fmt](result)


def _today_in_china() -> dt.date:
    """Today's date in China Standard Time (UTC+8), where the plans' deadlines fall."""
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()


def _diff(args: argparse.Namespace) -> int:
    from rulegov.tracking import compare  # noqa: PLC0415

    result = compare(_load(args.old), _load(args.new))
    text = result.to_json() if args.format == "json" else _drawn(result, args.format)
    _write_text(text if text.endswith("\n") else text + "\n", args.output)
    return EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    from rulegov.io import corpus_files, write_corpus  # noqa: PLC0415

    files = corpus_files(args.folder)
    if not files:
        raise _InputError(
            f"{args.folder}: no documents (.txt, .md, .json, .csv, .xlsx, .html, .pdf, .docx)"
        )
    began = time.perf_counter()

    def progress(done: int, total: int, source: str, error: str | None) -> None:
        if error is not None:  # "ParseError: file:1:1: what is wrong"
            start = "\n" if done > 1 and not args.quiet else ""  # below the progress line
            sys.stderr.write(
                f"{start}rulegov: error: {_naming(source, error.split(': ', 1)[-1])}\n"
            )
        if not args.quiet:
            rate = done / max(time.perf_counter() - began, 1e-9)
            sys.stderr.write(f"\r  {done}/{total} files  {rate:.1f} files/s")
            if done == total:
                sys.stderr.write("\n")

    with _writing(args.output):
        summary = write_corpus(files, args.output, workers=args.workers, progress=progress)
    if not args.quiet:
        counts = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
        from rulegov._text import plural  # noqa: PLC0415

        sys.stderr.write(
            f"{plural(summary.plans, 'plan')} and {plural(summary.failures, 'failure')} from "
            f"{plural(summary.files, 'file')} in {summary.seconds:.1f} s; rows: {counts}\n"
        )
    return EXIT_INVALID if summary.failures else EXIT_OK


def _naming(source: str, message: str) -> str:
    """``message`` led by the file ``source`` in full, whether it named the file by name or not.

    A reader names a path that no file can have (with NUL) by its ``repr``: that names it too.
    """
    if message.startswith((source, repr(source))):
        return message
    name = Path(source).name
    if message.startswith((f"{name}:", f"{name} ")):
        return source + message[len(name) :]
    return f"{source}: {message}"


# suffixes of files that are not text: writing text under them would make a broken file
_NOT_TEXT = frozenset({".pdf", ".docx", ".doc", ".xlsx", ".xls", ".png", ".jpg", ".zip", ".wps"})


def _write_text(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    suffix = Path(output).suffix.lower()
    if suffix in _NOT_TEXT:
        raise _InputError(
            f"{output}: this command writes text, which a {suffix} file cannot hold; "
            "name the output .txt, .md, .html, .json or .csv (or use the export command)"
        )
    with _writing(output):
        Path(output).write_text(text, encoding="utf-8")


def _graph(args: argparse.Namespace) -> int:
    from rulegov import render  # noqa: PLC0415
    from rulegov.graph import TaskGraph  # noqa: PLC0415

    plan = _load(args.file)
    graph = TaskGraph.from_plan(plan, calendar=_calendar(plan, "auto"))
    exports = {
        "mermaid": render.graph_mermaid,
        "dot": render.graph_dot,
        "graphml": render.graph_graphml,
        "json": render.graph_json,
    }
    text = exports[args.format](graph)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _plan_evaluation(args: argparse.Namespace) -> Evaluation:
    """Evaluate the units of a plan on indicators drawn from its own progress reports."""
    from rulegov.evaluation import Scheme, evaluate, plan_data, plan_indicators  # noqa: PLC0415

    plan = _load(args.plan)
    missing = "reweight"  # a task not yet due (on_time) has no value and does not count
    if args.data is not None:
        data, categories = _appraisal_input(args.data)
        data = plan_data(plan, data)  # keyed by the units as the plan names them
        categories = plan_data(plan, categories, path="categories")
        not_applicable: dict[str, list[str]] = {}
        if args.scheme is None:  # scored on the tasks each unit holds, as without --data
            not_applicable = _held_tasks_only(plan, data, args.data)
            missing = "zero"  # nothing is credited for nothing
    else:
        if args.on is not None:
            on = _date(args.on, "--on")
        elif plan.period is not None:
            on = plan.period.end
        else:
            raise _InputError(
                "--on: the plan has no period; give the day of the evaluation as YYYY-MM-DD"
            )
        facts = plan_indicators(plan, on=on)
        for diagnostic in facts.diagnostics:
            sys.stderr.write(f"{args.plan}: {diagnostic}\n")
        data, not_applicable = facts.unit_task_data(args.indicator)
        data = _units_with_values(data, args.indicator, on)
        not_applicable = {unit: not_applicable[unit] for unit in data}
        categories = {}
    if args.scheme is not None:
        scheme = _scheme(args.scheme)
    else:  # every task counts the same; a unit is scored on the tasks it holds
        leaves = [{"id": task.id, "name": task.title} for task in plan.tasks]
        root = {"id": plan.id, "name": plan.title, "missing": missing, "children": leaves}
        scheme = Scheme.model_validate({"id": f"{plan.id}-{args.indicator}", "root": root})
    with _about(args.data):
        return evaluate(scheme, data, categories=categories, not_applicable=not_applicable)


def _held_tasks_only(plan: Plan, data: dict[str, Any], source: str) -> dict[str, list[str]]:
    """The tasks each unit of ``data`` does not hold (not applicable), after checking its values.

    A unit is scored on the tasks it holds, as without ``--data``: a task it holds with no value
    counts 0 (a warning names them), and a value for a task it holds no role on is refused.
    """
    from rulegov.evaluation import plan_indicators  # noqa: PLC0415

    on = plan.period.end if plan.period is not None else _today_in_china()
    facts = plan_indicators(plan, on=on)
    ids = {shown: unit for unit, shown in facts.names.items()}  # the keys plan_data gives
    not_applicable: dict[str, list[str]] = {}
    for unit, row in data.items():
        held_here = facts.shares.get(ids.get(unit, unit), {})
        if not held_here:
            raise _InputError(
                f"{source}: unit {unit!r} holds no task of the plan (as lead, responsible or "
                "cooperating unit), so it has no score on the plan's tasks"
            )
        outside = {task.id for task in plan.tasks if task.id not in held_here}
        if isinstance(row, dict):
            foreign = [task for task in row if task in outside]
            if foreign:
                raise _InputError(
                    f"{source}: unit {unit!r} has values for tasks it answers for in no role "
                    f"(lead, responsible or cooperating unit): {', '.join(foreign)}; a unit is "
                    "scored on the tasks it holds, and a supervising unit answers for none"
                )
            held = [task.id for task in plan.tasks if task.id not in outside]
            empty = [task for task in held if row.get(task) is None]
            if empty:
                sys.stderr.write(
                    f"rulegov: warning: unit {unit!r} has no value for {len(empty)} of the "
                    f"{len(held)} tasks it holds ({', '.join(empty)}); each counts 0\n"
                )
        not_applicable[unit] = sorted(outside)
    return not_applicable


_NEEDS = {
    "completion": "progress reports",
    "on_time": "deadlines, and progress reports or a day after them",
    "targets_met": "observed values for the targets, which only --data can give",
    "assessments_passed": "assessments of the tasks with their outcomes",
}


def _units_with_values(
    data: dict[str, dict[str, object]], indicator: str, on: dt.date
) -> dict[str, dict[str, object]]:
    """Leave out, with a warning, the units none of whose tasks has a value for ``indicator``."""
    kept = {unit: row for unit, row in data.items() if any(v is not None for v in row.values())}
    if not kept:
        raise _InputError(
            f"--indicator {indicator}: no task of the plan has a value on {on}; "
            f"it needs {_NEEDS[indicator]}"
        )
    for unit in data:
        if unit in kept:
            continue
        sys.stderr.write(
            f"rulegov: warning: unit {unit!r} left out: none of its tasks has a value "
            f"for {indicator} on {on}\n"
        )
    return kept


def _why_unscored(plan: Plan | None, unit: str) -> str:
    """Why a unit of ``plan`` has no result: it holds no task, or the data leave it out."""
    held = {unit for task in (plan.tasks if plan is not None else []) for unit in task.holder_ids()}
    if unit in held:
        return "has no score: the data give no values for it"
    return (
        "holds no task of the plan (as lead, responsible or cooperating unit), so it has no score"
    )


def _explained_unit(wanted: str, units: Sequence[str], plan: Plan | None) -> str:
    """The unit of the results that ``--explain`` names: by name, short name, alias or id."""
    if wanted in units:
        return wanted
    names: dict[str, str] = {name: name for name in units}  # a name it goes by → its result
    for unit in plan.units if plan is not None else []:
        shown = next(
            (name for name in (unit.name, f"{unit.name} ({unit.id})", unit.id) if name in units),
            None,
        )
        if wanted == unit.id or unit.known_as(wanted):
            if shown is not None:
                return shown
            raise _InputError(f"--explain: {wanted!r} ({unit.name}) {_why_unscored(plan, unit.id)}")
        if shown is not None:
            for name in unit.names:
                names.setdefault(name, shown)
    import difflib  # noqa: PLC0415

    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.4)
    hint = ""
    if close:
        also = f" ({names[close[0]]})" if names[close[0]] != close[0] else ""
        hint = f"; did you mean {close[0]!r}{also}?"
    known = ", ".join(units)
    raise _InputError(f"--explain: no unit {wanted!r} in the results{hint} (known: {known})")


def _evaluate(args: argparse.Namespace) -> int:
    evaluation = (
        _plan_evaluation(args) if args.plan is not None else _evaluation(args.scheme, args.data)
    )
    for diagnostic in evaluation.diagnostics:
        sys.stderr.write(f"{args.data or args.plan}: {diagnostic}\n")
    from rulegov.render import to_html, to_json, to_markdown, to_text  # noqa: PLC0415

    shown: Evaluation | Explanation = evaluation
    if args.explain is not None:
        plan = _load(args.plan) if args.plan is not None else None
        unit = _explained_unit(args.explain, list(evaluation.units), plan)
        shown = evaluation.explain(unit)
    draw = {"json": to_json, "markdown": to_markdown, "html": to_html}.get(args.format, to_text)
    text = draw(shown)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


def _progress(args: argparse.Namespace, index: int, name: str) -> None:
    """A progress line on standard error when many files are processed (none with ``-q``)."""
    total = len(args.files)
    if total > 1 and not getattr(args, "quiet", False):
        sys.stderr.write(f"[{index}/{total}] {name}\n")


def _plans(args: argparse.Namespace) -> Iterator[tuple[str, Plan | None]]:
    """Each input file with its plan, after a progress line; an unreadable one prints its error."""
    for index, source in enumerate(args.files, start=1):
        _progress(args, index, source)
        try:
            plan = _load(source)
        except (_errors().RulegovError, _InputError) as error:
            _print_error(error)
            plan = None
        yield source, plan


# Files whose text is read out of markup or pages: a diagnostic's line counts in that text
_EXTRACTED = (".html", ".htm", ".shtml", ".xhtml", ".pdf", ".docx")


def _diagnostics(plan: Plan, name: str) -> int:
    """Print the plan's diagnostics on standard error; return how many are errors."""
    errors = 0
    if Path(name).suffix.lower() in _EXTRACTED and any(d.line for d in plan.diagnostics):
        sys.stderr.write(
            f"{name}: note: lines and columns below count in the text read from the file "
            "(rulegov.io.read_text gives it), not in the file itself\n"
        )
    for diagnostic in plan.diagnostics:
        sys.stderr.write(f"{name}:{_placed(diagnostic)}\n")
        errors += diagnostic.severity.value == "error"
    return errors


def _cycles(plan: Plan, name: str) -> int:
    """Print a loop among the plan's dependencies on standard error; return 1 if there is one."""
    if not plan.dependencies:
        return 0
    from rulegov.errors import DependencyCycleError  # noqa: PLC0415
    from rulegov.graph import TaskGraph  # noqa: PLC0415

    try:
        TaskGraph.from_plan(plan)
    except DependencyCycleError as error:
        sys.stderr.write(f"{name}: error: {error}\n")
        return 1
    return 0


class _UsageError(Exception):
    """Options that do not go together: reported as argparse reports them, with exit code 2."""


def _parse_targets(args: argparse.Namespace) -> list[Path | None]:
    """Where each input's JSON goes: standard output (None), the one file, or a file in a folder.

    ``-o`` names a file for one input, and a folder (made if missing) for several inputs or when
    it is an existing folder; each input then becomes ``FOLDER/<name>.json``.
    """
    if args.output is None:
        return [None] * len(args.files)
    output = Path(args.output)
    if len(args.files) == 1 and not output.is_dir():
        return [output]
    if output.exists() and not output.is_dir():
        raise _UsageError(
            f"-o/--output: {args.output} is a file; with {len(args.files)} inputs give a folder, "
            "or none to write JSON Lines to standard output"
        )
    targets: list[Path | None] = []
    sources: dict[Path, str] = {}
    for source in args.files:
        target = output / f"{'stdin' if source == '-' else Path(source).stem}.json"
        if target in sources:
            raise _UsageError(
                f"-o/--output: {sources[target]} and {source} would both be written to {target}; "
                "parse them in separate runs"
            )
        sources[target] = source
        targets.append(target)
    return targets


def _parse(args: argparse.Namespace) -> int:
    targets = _parse_targets(args)
    if args.output is not None and len(targets) > 1:
        with _writing(args.output):
            Path(args.output).mkdir(parents=True, exist_ok=True)
    failed = 0
    for (source, plan), target in zip(_plans(args), targets, strict=True):
        if plan is None:
            failed += 1
            continue
        if not args.quiet:
            _diagnostics(plan, source)
        if target is None:
            sys.stdout.write(plan.model_dump_json(exclude_none=True) + "\n")
            continue
        from rulegov.io import write_plan  # noqa: PLC0415

        with _writing(str(target)):
            write_plan(plan, target)
    return EXIT_INVALID if failed else EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from rulegov._text import plural, sections_phrase  # noqa: PLC0415

    failed = 0
    for source, plan in _plans(args):
        if plan is None:
            failed += 1
            continue
        from rulegov.parse import check_frame  # noqa: PLC0415

        plan.diagnostics.extend(check_frame(plan))  # a plan read from JSON is checked here
        errors = _diagnostics(plan, source) + _cycles(plan, source)
        failed += errors > 0
        verdict = "ok" if errors == 0 else plural(errors, "error")
        counts = [
            sections_phrase(plan),
            plural(len(plan.tasks), "task"),
            plural(len(plan.units), "unit"),
            plural(len(plan.diagnostics), "diagnostic"),
        ]
        sys.stdout.write(f"{source}: {verdict}: {', '.join(counts)}\n")
    return EXIT_INVALID if failed else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    import rulegov  # noqa: PLC0415

    schema = rulegov.plan_json_schema() if args.which == "plan" else rulegov.scheme_json_schema()
    sys.stdout.write(json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return EXIT_OK


_PLAN_FILES = "a plan file (.txt, .html, .pdf, .docx, .json, .csv, .xlsx)"


def _command(  # noqa: PLR0913 - the texts of a command's help, each its own keyword
    commands: _Commands,
    name: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    help_text: str,
    description: str,
    epilog: str | None = None,
    plan: bool = False,
) -> argparse.ArgumentParser:
    """A command with its help texts; the examples of an ``epilog`` keep their lines as written.

    With ``plan``, the command takes the optional plan that most commands take: a file, ``-``,
    or the bundled plan.
    """
    command = commands.add_parser(
        name,
        help=help_text,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter if epilog else argparse.HelpFormatter,
    )
    if plan:
        command.add_argument(
            "file",
            nargs="?",
            help=f"{_PLAN_FILES}, or - for standard input (default: the bundled plan)",
        )
    command.set_defaults(handler=handler, command_parser=command)
    return command


def _format_option(command: argparse.ArgumentParser, *choices: str) -> None:
    """The ``--format`` option; the first choice is the default."""
    command.add_argument("--format", choices=choices, default=choices[0], help="output format")


def _output_option(
    command: argparse.ArgumentParser,
    help_text: str,
    *,
    required: bool = False,
    metavar: str | None = None,
) -> None:
    """The ``-o``/``--output`` option."""
    command.add_argument("-o", "--output", help=help_text, required=required, metavar=metavar)


def _files_argument(command: argparse.ArgumentParser) -> None:
    """The one or more plan files that parse and validate read."""
    command.add_argument(
        "files", nargs="+", metavar="FILE", help=f"{_PLAN_FILES}, or - for standard input"
    )


def _tracking_commands(commands: _Commands) -> None:
    """The commands that follow a plan through its year and across plans: status and diff."""
    status = _command(
        commands,
        "status",
        _status,
        plan=True,
        help_text="where each task stands on a date (督办): done, on track, at risk, overdue",
        description="Say where each task of a plan (and each instance of a recurring duty) stands "
        "on a date, from the progress reports units sent: done, on_track, at_risk (slack used up), "
        "overdue or not_started, each with its reason and the units that answer for it; then "
        "what each unit owes.",
        epilog="examples:\n  rulegov status plan.docx --progress 进展.csv --as-of 2023-07-01\n"
        "  rulegov status plan.json --progress 进展.xlsx --format markdown\n"
        "  rulegov status plan.json --progress 进展.csv -o 督办.xlsx\n\n"
        "The progress table has one row per report: 任务 (number, id or title), 单位, 日期, 状态 "
        "(已完成, 推进中, 滞后...), 进度 (0-100), 完成日期, 备注.",
    )
    status.add_argument("--progress", metavar="FILE", help="progress reports (.csv, .xlsx, .json)")
    _ignore_column_option(status)
    status.add_argument(
        "--as-of", metavar="DATE", help="the status date, YYYY-MM-DD (default: today)"
    )
    _format_option(status, "text", "markdown", "html", "csv", "json")
    _output_option(status, "write to this file (.xlsx and .csv write the 督办 list)")

    diff = _command(
        commands,
        "diff",
        _diff,
        help_text="compare two plans: tasks carried over, new and dropped; units, targets, deadlines",
        description="Match the tasks of two plans (by title, text and section, each pair with its "
        "score) and report the tasks carried over, new and dropped, and changes of lead and "
        "responsible units, targets raised or lowered, and deadlines moved.",
        epilog="examples:\n  rulegov diff 2023.docx 2024.docx\n  rulegov diff old.json new.json --format markdown",
    )
    diff.add_argument("old", help=f"the earlier plan: {_PLAN_FILES}")
    diff.add_argument("new", help=f"the later plan: {_PLAN_FILES}")
    _format_option(diff, "text", "markdown", "html", "json")
    _output_option(diff, "write to this file instead of standard output")

    corpus = _command(
        commands,
        "corpus",
        _corpus,
        help_text="read a folder of documents into Parquet tables for DuckDB, Polars or Spark",
        description="Read every document of a folder (recursively) in parallel processes and write "
        "one Parquet file per table: plans, tasks, assignments, units, assessments, targets, "
        "dependencies, citations, groups, diagnostics, keyed by each plan's stable id. A file that "
        "cannot be read is a row of the diagnostics table and a line on standard error; the rest "
        "go on, and the command exits 1 at the end. Office formats that rulegov does not read "
        "(.doc, .wps, .et, ...) are such failures, named with what to convert them to. Needs the "
        "arrow extra (pyarrow).",
        epilog="examples:\n  rulegov corpus plans/ -o tables/\n"
        "  duckdb -c \"select count(*) from 'tables/tasks.parquet'\"",
    )
    corpus.add_argument("folder", help="the folder of documents")
    _output_option(corpus, "the folder for the Parquet files", required=True)
    corpus.add_argument(
        "--workers", type=int, help="worker processes (default and most: one per CPU)"
    )
    corpus.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")


def _report_command(commands: _Commands) -> None:
    """The report command: the plan's outline, units, groups, schedule, appraisal and status."""
    report = _command(
        commands,
        "report",
        _report,
        plan=True,
        help_text="report a plan's outline, units, groups and assessments",
        description="Report a plan's outline, units and their roles, coordination groups, "
        "assessments, targets, cited documents and dependencies.",
        epilog=_EPILOG_REPORT,
    )
    _format_option(report, "text", "markdown", "json", "html")
    report.add_argument(
        "--progress", metavar="FILE", help="progress reports (.csv, .xlsx, .json): adds the status"
    )
    _ignore_column_option(report)
    report.add_argument(
        "--as-of",
        metavar="DATE",
        help="the status date, YYYY-MM-DD (default: today, with --progress)",
    )
    report.add_argument(
        "--scheme",
        help="an appraisal scheme to rank the units with: its .json, or the appraisal document "
        "itself (.txt, .html, .docx, ...)",
    )
    report.add_argument("--data", help="appraisal data (.json) for --scheme")


def _evaluate_command(commands: _Commands) -> None:
    """The evaluate and scheme commands: appraisal schemes read and applied."""
    evaluate = _command(
        commands,
        "evaluate",
        _evaluate,
        help_text="score, grade and rank units against an appraisal scheme",
        description="Score, grade and rank units against an appraisal scheme (考核), "
        "with an explanation of every score. Without options: the bundled illustrative scheme.",
        epilog=_EPILOG_EVALUATE,
    )
    evaluate.add_argument(
        "plan",
        nargs="?",
        help="a plan whose units to evaluate on its own progress reports (default: the bundled appraisal)",
    )
    evaluate.add_argument(
        "--scheme",
        help="the scheme: its .json, or the appraisal document itself (.txt, .html, .docx, or "
        "what else plans are read from), read as `rulegov scheme` reads it (default: the bundled one)",
    )
    evaluate.add_argument(
        "--data",
        help="the data as .json, or - for standard input (default: the bundled data); with "
        "PLAN, keyed by the plan's units (id, name, short name or alias)",
    )
    evaluate.add_argument(
        "--explain",
        metavar="UNIT",
        help="print the explanation of one unit's score, in the --format asked for",
    )
    evaluate.add_argument(
        "--on",
        metavar="DATE",
        help="with PLAN: the day of the evaluation (default: its period's end)",
    )
    evaluate.add_argument(
        "--indicator",
        choices=("completion", "on_time", "targets_met", "assessments_passed"),
        default="completion",
        help="with PLAN and no --data: the indicator drawn from the plan (default: completion)",
    )
    _format_option(evaluate, "text", "markdown", "json", "html")

    scheme = _command(
        commands,
        "scheme",
        _scheme_command,
        help_text="read an appraisal document (考核办法, 考核细则, 评分标准) into a scheme's JSON",
        description="Read an appraisal document into a scheme: items and points, deductions, "
        "bonuses, vetoes, grade bands, quotas and raters, each with the span of its text. "
        "What a reader should review (points that do not add up) goes to standard error.",
        epilog="examples:\n"
        "  rulegov scheme 考核细则.docx -o scheme.json\n"
        "  rulegov scheme 评分表.xlsx --inputs              the data to collect from each unit\n"
        "  cat 考核细则.txt | rulegov scheme -              a document from standard input\n"
        "  curl -s https://example.gov.cn/khbf.html | rulegov scheme - -o scheme.json",
    )
    scheme.add_argument(
        "file",
        help="the document (.txt, .docx, .html, .pdf), or its table of items saved as .csv or "
        ".xlsx, or its .json; - reads any of these but .csv from standard input (text in UTF-8, "
        "GBK or GB18030, a web page's source, .docx, .pdf, .xlsx or JSON, told by its bytes)",
    )
    scheme.add_argument(
        "--inputs",
        action="store_true",
        help="list the data to collect from each unit (item values, counts of each deduction, "
        "veto flags) instead of the scheme's JSON",
    )
    _output_option(scheme, "write the JSON (or the list) here instead of standard output")


def _schedule_commands(commands: _Commands) -> None:
    """The schedule, graph and export commands: a plan's dependencies, dates and tables."""
    schedule = _command(
        commands,
        "schedule",
        _schedule,
        plan=True,
        help_text="schedule a plan: waves, critical chain, dates and missed deadlines",
        description="Schedule a plan from its dependencies (from its date of issue, or --start), on "
        "China's working-day calendar when its years are bundled.",
        epilog="examples:\n  rulegov schedule\n  rulegov schedule plan.json --start 2024-01-02\n"
        "  rulegov schedule --format gantt      Mermaid Gantt with the computed dates\n"
        "  rulegov schedule --format ical > plan.ics",
    )
    schedule.add_argument(
        "--start", metavar="DATE", help="the first day, YYYY-MM-DD (default: the date of issue)"
    )
    schedule.add_argument(
        "--calendar",
        choices=("auto", "cn", "none"),
        default="auto",
        help=(
            "working days: auto (China's for the plan's years, Monday to Friday with a warning "
            "beyond the bundled years), cn (the start year must be bundled), or none (calendar days)"
        ),
    )
    _format_option(schedule, "text", "markdown", "json", "gantt", "ical")

    graph = _command(
        commands,
        "graph",
        _graph,
        plan=True,
        help_text="export a plan's dependency graph (Mermaid, DOT, GraphML, JSON)",
        description="Export the dependency graph of a plan's tasks, measures and assessments.",
        epilog="examples:\n  rulegov graph --format mermaid\n"
        "  rulegov graph plan.json --format dot | dot -Tsvg > plan.svg",
    )
    _format_option(graph, "mermaid", "dot", "graphml", "json")

    export = _command(
        commands,
        "export",
        _export,
        plan=True,
        help_text="export a plan as a task-division table (CSV, Excel) or a calendar (iCalendar)",
        description="Export a plan as a task-division table (任务分工表: 序号, 工作任务, 具体措施, 牵头单位, "
        "责任单位, 配合单位, 完成时限) in CSV or Excel, or its schedule's deadlines as iCalendar.",
        epilog="examples:\n  rulegov export --to csv > tasks.csv\n  rulegov export plan.docx --to xlsx -o tasks.xlsx\n"
        "  rulegov export --to ical -o plan.ics",
    )
    export.add_argument("--to", choices=("csv", "xlsx", "ical"), required=True, help="the format")
    _output_option(export, "the file to write (required for xlsx; default: standard output)")


def _file_commands(commands: _Commands) -> None:
    """The parse, validate and schema commands: plan files read, checked and described."""
    parse = _command(
        commands,
        "parse",
        _parse,
        help_text="read plan documents (.txt, .html, .pdf, .docx, .json) into rulegov's JSON",
        description="Read plan documents into rulegov's JSON form: one plan per line on standard "
        "output (JSON Lines), or one file per input with -o. Diagnostics and progress go to "
        "standard error. A file that cannot be read is reported and the others are still read "
        "(exit 1).",
        epilog="examples:\n  rulegov parse plan.txt > plan.json\n  rulegov parse plan.docx -o plan.json\n"
        "  rulegov parse page.html > plan.json\n"
        "  rulegov parse plans/*.txt > plans.jsonl      one plan per line\n"
        "  rulegov parse plans/*.txt -o parsed/         parsed/<name>.json for each input\n"
        "  rulegov parse - < plan.txt",
    )
    _files_argument(parse)
    _output_option(
        parse,
        "one input: write to this .json (or .txt, standard layout) file; several inputs, or "
        "an existing folder: write FOLDER/<name>.json for each input",
        metavar="PATH",
    )
    parse.add_argument(
        "-q", "--quiet", action="store_true", help="print neither diagnostics nor progress"
    )

    validate = _command(
        commands,
        "validate",
        _validate,
        help_text="check plan files and list what to review",
        description="Check plan files: read each, list its diagnostics on standard error, and print a "
        "one-line verdict. Exit 1 if any file cannot be read or has error diagnostics.",
        epilog="examples:\n  rulegov validate plan.json\n  rulegov validate plans/*.txt",
    )
    _files_argument(validate)

    schema = _command(
        commands,
        "schema",
        _schema,
        help_text="print the JSON Schema of plan or scheme files",
        description="Print the JSON Schema (draft 2020-12) of rulegov's plan or scheme JSON.",
        epilog="examples:\n  rulegov schema plan > plan.schema.json\n  rulegov schema scheme",
    )
    schema.add_argument(
        "which",
        nargs="?",
        choices=("plan", "scheme"),
        default="plan",
        help="which schema (default: plan)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rulegov",
        description="Work with legal-governance (rule-of-law) work plans.",
        epilog="Run 'rulegov COMMAND --help' for the options and examples of a command.\n\n"
        "exit codes: 0 success; 1 invalid input (one line per problem on standard error, naming\n"
        "the place and the value); 2 usage (unknown command or option).\n"
        "Without a command, rulegov runs 'report' on the bundled reference plan.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _report_command(commands)
    _evaluate_command(commands)
    _schedule_commands(commands)
    _tracking_commands(commands)
    _file_commands(commands)
    return parser


def _error_lines(error: Exception) -> list[str]:
    """One line per problem: a validation error with many issues gives one line for each."""
    if isinstance(error, _FileContentError):
        return [_naming(error.source, line) for line in _error_lines(error.error)]
    if isinstance(error, _errors().ValidationError) and len(error.issues) > 1:
        head = f"invalid {error.model}" if error.model else "invalid data"
        return [f"{head}: {issue}" for issue in error.issues]
    return [str(error)]


def _print_error(error: Exception) -> None:
    for line in _error_lines(error):
        sys.stderr.write(f"rulegov: error: {line}\n")


def _show_deprecations(caught: Sequence[warnings.WarningMessage]) -> None:
    """Print each deprecation once: an old key in a file warns once for every object using it."""
    deprecated = collections.Counter(
        str(warning.message) for warning in caught if issubclass(warning.category, Deprecated)
    )
    for message, times in deprecated.items():
        repeated = f" ({times} times)" if times > 1 else ""
        sys.stderr.write(f"rulegov: warning: {message}{repeated}\n")


_INPUTS = (
    ("file", "FILE"),
    ("plan", "PLAN"),
    ("files", "FILE"),
    ("scheme", "--scheme"),
    ("data", "--data"),
    ("progress", "--progress"),
    ("old", "OLD"),
    ("new", "NEW"),
)  # the arguments that name an input, and how the usage names them


def _one_stdin(args: argparse.Namespace) -> None:
    """Refuse a command line that names standard input for two inputs.

    The first reader would take all of it and the second would find it empty.
    """
    named = []
    for name, label in _INPUTS:
        given = getattr(args, name, None)
        named += [label] * (given.count("-") if isinstance(given, list) else given == "-")
    if len(named) > 1:
        raise _UsageError(
            f"standard input ('-') can feed one input only, but {' and '.join(named)} "
            "both name it: save all but one of them as a file"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code) if isinstance(exit_.code, int) else EXIT_USAGE
    if args.version:
        import rulegov  # noqa: PLC0415

        sys.stdout.write(f"rulegov {rulegov.__version__}\n")
        return EXIT_OK
    if args.command is None:
        args = parser.parse_args(["report", *(argv or [])])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", _errors().RulegovWarning)
        warnings.simplefilter("always", Deprecated)
        try:
            _one_stdin(args)
            code: int = args.handler(args)
        except _UsageError as error:
            with contextlib.suppress(SystemExit):  # argparse prints the usage and the message
                args.command_parser.error(str(error))
            return EXIT_USAGE
        except (_errors().RulegovError, _InputError) as error:
            _print_error(error)
            return EXIT_INVALID
        except BrokenPipeError:
            return EXIT_OK
    _show_deprecations(caught)
    for warning in caught:
        if issubclass(warning.category, Deprecated):
            continue
        if issubclass(warning.category, _errors().RulegovWarning):
            sys.stderr.write(f"rulegov: warning: {warning.message}\n")
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return code


if __name__ == "__main__":
    raise SystemExit(main())
