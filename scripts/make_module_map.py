"""Write the map of rulegov's modules into ``docs/architecture.md``, from their docstrings.

The map lists every module under ``src/rulegov/``, package by package, with the first paragraph
of its docstring: where a newcomer finds what. It stands between two marker lines of the page,
and everything outside them is left as it is. A module without a docstring stops the script, so
that the map never has a hole.

Run ``python scripts/make_module_map.py``; ``--check`` exits 1 when the committed map differs
from the modules (the test suite runs that check, so the map always matches the code).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "rulegov"
PAGE = ROOT / "docs" / "architecture.md"
START = "<!-- module map: written by scripts/make_module_map.py; edit the docstrings, not this -->"
END = "<!-- end of the module map -->"


class MapError(Exception):
    """A module the map cannot describe, or a page without the map's marker lines."""


def summary(path: Path) -> str:
    """The first paragraph of a module's docstring, on one line."""
    docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    if not docstring:
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        raise MapError(f"{where} has no docstring: say what the module holds")
    first = docstring.split("\n\n", 1)[0]
    return " ".join(first.split()).replace("|", "\\|")


def module_map() -> str:
    """The map: one table per package (the top-level modules first), one row per module."""
    packages: dict[str, list[Path]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        folder = path.parent.relative_to(PACKAGE).as_posix()
        packages.setdefault("" if folder == "." else folder, []).append(path)
    parts = [START, ""]
    for folder, paths in sorted(packages.items()):
        name = "rulegov" if not folder else "rulegov." + folder.replace("/", ".")
        parts += [f"**`{name}`**", "", "| module | what it holds |", "|---|---|"]
        for path in sorted(paths, key=lambda p: (p.name != "__init__.py", p.name)):
            parts.append(f"| `{path.name}` | {summary(path)} |")
        parts.append("")
    parts.append(END)
    return "\n".join(parts)


def written(page: str) -> str:
    """``page`` with its map replaced by the map of the modules as they are now."""
    begin, end = page.find(START), page.find(END)
    if begin < 0 or end < begin:
        raise MapError(f"{PAGE.relative_to(ROOT)} lacks the map's marker lines: {START!r}, {END!r}")
    return page[:begin] + module_map() + page[end + len(END) :]


def main(argv: list[str] | None = None) -> int:
    """Write the map, or with ``--check`` compare it with the committed page."""
    parser = argparse.ArgumentParser(description="Write the module map into docs/architecture.md.")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed map is stale")
    args = parser.parse_args(argv)
    page = PAGE.read_text(encoding="utf-8")
    try:
        new = written(page)
    except MapError as error:
        print(error, file=sys.stderr)
        return 1
    if args.check:
        if new != page:
            print(
                f"{PAGE.relative_to(ROOT)}: the module map is stale; run "
                "python scripts/make_module_map.py",
                file=sys.stderr,
            )
            return 1
        return 0
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
