"""No regular expression in rulegov uses a possessive quantifier or an atomic group.

``*+``, ``++``, ``?+``, ``{m,n}+`` and ``(?>...)`` came to ``re`` with Python 3.11, and the
first releases of 3.11 read some of them wrongly: a pattern that holds one matches other text
there than on a later Python. rulegov writes the same patterns without them (a run taken whole
is ``\\s*(?!\\s)``), and these tests keep it so:

- every compiled pattern a module of rulegov holds (alone, or in a tuple, list, set or mapping)
  is parsed, and none may hold a possessive repeat or an atomic group;
- every string literal that makes a pattern (the first argument of a call to ``re``, and the
  strings of the names such an argument uses, wherever they are assigned) is searched for the
  marks, so that a pattern compiled inside a function is held to the same.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import rulegov

if TYPE_CHECKING:
    from collections.abc import Iterator

_SOURCE = Path(rulegov.__file__).parent
# a quantifier followed by +, or an atomic group's opening
_MARKS = re.compile(r"[*+?}]\+|\(\?>")
_RE_CALLS = frozenset(
    {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "finditer", "findall"}
)


def _modules() -> list[str]:
    """Every module of rulegov but ``__main__``, which runs the command line when imported."""
    found = pkgutil.walk_packages([str(_SOURCE)], prefix="rulegov.")
    return ["rulegov", *(m.name for m in found if not m.name.endswith("__main__"))]


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _unsupported(pattern: str) -> list[str]:
    """The possessive repeats and atomic groups that parsing ``pattern`` finds."""
    from re import _constants, _parser  # type: ignore[attr-defined]  # noqa: PLC0415

    flagged = {_constants.POSSESSIVE_REPEAT, _constants.ATOMIC_GROUP}
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, (list, tuple, _parser.SubPattern)):
            for item in node:
                walk(item)
        elif any(node is opcode for opcode in flagged):  # an opcode, not the code of a character
            found.append(str(node))

    walk(_parser.parse(pattern))
    return found


def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for name in _modules():
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            found.extend((f"{name}.{attribute}", p) for p in _patterns(value) if p.pattern)
    return found


def test_the_modules_hold_compiled_patterns() -> None:
    assert len(_compiled()) > 100


def test_no_compiled_pattern_is_possessive_or_atomic() -> None:
    offending = [
        (name, marks)
        for name, pattern in _compiled()
        if isinstance(pattern.pattern, str) and (marks := _unsupported(pattern.pattern))
    ]
    assert offending == []


def _strings(node: ast.AST) -> Iterator[str]:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
            yield inner.value


def _names(node: ast.AST) -> Iterator[str]:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            yield inner.id
        elif isinstance(inner, ast.Attribute):
            yield inner.attr


def _pattern_literals() -> list[tuple[str, int, str]]:
    """The string literals that make a pattern: a call to ``re`` and the names it uses."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(_SOURCE.rglob("*.py"))
    }
    literals: list[tuple[str, int, str]] = []
    used: set[str] = set()
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_CALLS
                and node.args
            ):
                literals.extend((path.name, node.lineno, s) for s in _strings(node.args[0]))
                used.update(_names(node.args[0]))
    # the names a pattern is built of, wherever they are assigned (a module's words, say)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets = [node.target]
            value = getattr(node, "value", None)
            if value is None or not any(
                isinstance(target, ast.Name) and target.id in used for target in targets
            ):
                continue
            line = getattr(node, "lineno", 0)
            literals.extend((path.name, line, s) for s in _strings(value))
    return literals


def test_the_literals_of_patterns_are_found() -> None:
    literals = _pattern_literals()
    assert len(literals) > 500
    # a pattern compiled in a function and one built of a module's fragments are both read
    assert any(text == r"\s+" for _, _, text in literals)
    assert any("[。;!?]" in text for _, _, text in literals)


def test_no_pattern_literal_writes_a_possessive_or_atomic_mark() -> None:
    offending = [
        (file, line, text[:60]) for file, line, text in _pattern_literals() if _MARKS.search(text)
    ]
    assert offending == []


@pytest.mark.parametrize(
    "pattern", [r"\s*+分", r"\d++", r"a?+b", r"x{1,3}+", r"(?>ab|a)c", r"(?:甲|乙)*+"]
)
def test_the_marks_are_caught(pattern: str) -> None:
    assert _MARKS.search(pattern)
    assert _unsupported(pattern)


@pytest.mark.parametrize("pattern", [r"\s*(?!\s)分", r"\d+", r"[+]+", r"a\++", r"(?=(a))\1"])
def test_plain_patterns_pass(pattern: str) -> None:
    assert not _unsupported(pattern)
