"""The ``rulegov`` command line: the only place in rulegov that prints or exits.

Exit codes: 0 success, 1 invalid input (the message names the place and the value), 2 usage.

Example:
    >>> main(["report", "--format", "json"])  # doctest: +ELLIPSIS
    {
      "title": "中共盐城经济技术开发区工委全面依法治区委员会办公室2023年工作计划",
    ...
    0
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rulegov.errors import RulegovError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rulegov.evaluate import Evaluation
    from rulegov.model import Plan

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

_EPILOG_REPORT = """\
examples:
  rulegov report                       the bundled reference plan (Yancheng 2023)
  rulegov report plan.json             a plan saved as JSON
  rulegov report - < plan.json         a plan read from standard input
  rulegov report --format markdown > report.md
  rulegov report plan.json --scheme scheme.json --data data.json
"""

_EPILOG_EVALUATE = """\
examples:
  rulegov evaluate                                the bundled scheme and data for the reference plan
  rulegov evaluate --explain justice-bureau       why one unit scored what it did
  rulegov evaluate --scheme scheme.json --data data.json --format json

The data file is {"data": {unit: {node id: value}}, "categories": {unit: category}},
or just the {unit: {node id: value}} object.
"""


def _load(source: str | None) -> Plan:
    """The plan named on the command line: the bundled one, a JSON file, or standard input."""
    from rulegov import datasets  # noqa: PLC0415
    from rulegov.model import Plan  # noqa: PLC0415

    if source is None:
        return datasets.yancheng_2023()
    if source == "-":
        return Plan.model_validate_json(sys.stdin.buffer.read())
    path = Path(source)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _InputError(f"{source}: cannot read the file: {error.strerror or error}") from None
    if path.suffix.lower() != ".json":
        raise _InputError(
            f"{source}: expected a plan saved as .json (got {path.suffix or 'no suffix'!r})"
        )
    return Plan.model_validate_json(raw)


class _InputError(Exception):
    """A problem with the files named on the command line."""


def _read_json(source: str, what: str) -> object:
    """A JSON document named on the command line."""
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise _InputError(f"{source}: cannot read the {what}: {error.strerror or error}") from None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise _InputError(f"{source}: the {what} is not valid JSON: {error}") from None


def _appraisal_input(source: str | None) -> tuple[dict[str, Any], dict[str, str]]:
    """Appraisal data: ``{"data": {unit: {node: value}}, "categories": {unit: category}}``."""
    from rulegov import datasets  # noqa: PLC0415

    if source is None:
        data, categories = datasets.yancheng_2023_appraisal()
        return dict(data), categories
    loaded = _read_json(source, "appraisal data")
    if not isinstance(loaded, dict):
        raise _InputError(
            f"{source}: expected a JSON object of units (got {type(loaded).__name__})"
        )
    if "data" in loaded:
        data, categories = loaded["data"], loaded.get("categories") or {}
    else:
        data, categories = loaded, {}
    if not isinstance(data, dict) or not isinstance(categories, dict):
        raise _InputError(f"{source}: 'data' and 'categories' must be JSON objects keyed by unit")
    return data, categories


def _evaluation(scheme_source: str | None, data_source: str | None) -> Evaluation:
    from rulegov import datasets  # noqa: PLC0415
    from rulegov.evaluate import Scheme, evaluate  # noqa: PLC0415

    if scheme_source is None:
        scheme = datasets.yancheng_2023_scheme()
    else:
        scheme = Scheme.model_validate(_read_json(scheme_source, "scheme"))
    data, categories = _appraisal_input(data_source)
    return evaluate(scheme, data, categories=categories)


def _report(args: argparse.Namespace) -> int:
    from rulegov._report import render_report  # noqa: PLC0415

    plan = _load(args.file)
    evaluation = None
    if args.file is None or args.scheme is not None:
        evaluation = _evaluation(args.scheme, args.data)
    sys.stdout.write(render_report(plan, args.format, evaluation))
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    evaluation = _evaluation(args.scheme, args.data)
    if args.explain is not None:
        if args.explain not in evaluation.units:
            known = ", ".join(evaluation.units)
            raise _InputError(f"--explain: no unit {args.explain!r} in the data (known: {known})")
        sys.stdout.write(evaluation.explain(args.explain).render() + "\n")
        return EXIT_OK
    if args.format == "json":
        rows = [
            {
                "rank": rank,
                "unit": unit,
                "score": score,
                "display": evaluation.display(unit),
                "grade": grade,
            }
            for rank, unit, score, grade in evaluation.ranking()
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(evaluation.table() + "\n")
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rulegov",
        description="Work with legal-governance (rule-of-law) work plans.",
        epilog="Run 'rulegov COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="report a plan's outline, units, groups and assessments",
        description="Report a plan's outline, units and their roles, coordination groups, "
        "assessments, targets, cited documents and dependencies.",
        epilog=_EPILOG_REPORT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "file",
        nargs="?",
        help="a plan as .json, or - for standard input (default: the bundled plan)",
    )
    report.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text", help="output format"
    )
    report.add_argument("--scheme", help="an appraisal scheme (.json) to rank the units with")
    report.add_argument("--data", help="appraisal data (.json) for --scheme")
    report.set_defaults(handler=_report)

    evaluate = commands.add_parser(
        "evaluate",
        help="score, grade and rank units against an appraisal scheme",
        description="Score, grade and rank units against an appraisal scheme (考核), "
        "with an explanation of every score. Without options: the bundled illustrative scheme.",
        epilog=_EPILOG_EVALUATE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate.add_argument("--scheme", help="the scheme as .json (default: the bundled one)")
    evaluate.add_argument(
        "--data", help="the data as .json, or - for standard input (default: the bundled data)"
    )
    evaluate.add_argument(
        "--explain", metavar="UNIT", help="print the explanation of one unit's score"
    )
    evaluate.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format"
    )
    evaluate.set_defaults(handler=_evaluate)
    return parser


def _error_lines(error: Exception) -> list[str]:
    """One line per problem: a validation error with many issues gives one line for each."""
    if isinstance(error, ValidationError) and len(error.issues) > 1:
        head = f"invalid {error.model}" if error.model else "invalid data"
        return [f"{head}: {issue}" for issue in error.issues]
    return [str(error)]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code) if isinstance(exit_.code, int) else EXIT_USAGE
    if args.version:
        from rulegov._version import __version__  # noqa: PLC0415

        sys.stdout.write(f"rulegov {__version__}\n")
        return EXIT_OK
    if args.command is None:
        args = parser.parse_args(["report", *(argv or [])])
    try:
        code: int = args.handler(args)
    except (RulegovError, _InputError) as error:
        for line in _error_lines(error):
            sys.stderr.write(f"rulegov: error: {line}\n")
        return EXIT_INVALID
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    raise SystemExit(main())
