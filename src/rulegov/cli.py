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
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rulegov.errors import RulegovError

if TYPE_CHECKING:
    from collections.abc import Sequence

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


def _report(args: argparse.Namespace) -> int:
    from rulegov._report import render_report  # noqa: PLC0415

    plan = _load(args.file)
    sys.stdout.write(render_report(plan, args.format))
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
    report.set_defaults(handler=_report)
    return parser


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
        sys.stderr.write(f"rulegov: error: {error}\n")
        return EXIT_INVALID
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    raise SystemExit(main())
