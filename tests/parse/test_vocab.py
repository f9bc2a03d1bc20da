"""The genre's words live in the vocabulary modules: no reader keeps a list of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import rulegov.parse
from rulegov.parse._header_words import ORGAN_ENDS, ORGAN_NAME_ENDS
from rulegov.parse._vocab import (
    CITED_ISSUER_ENDS,
    LONG_UNIT_ENDINGS,
    ROLE_LABELS,
    UNIT_ENDS,
    UNIT_KIND_ENDINGS,
)

PARSE = Path(rulegov.parse.__file__).parent
# the modules that hold the words: the genre's (plans and schemes), the head reader's, the
# scheme reader's
VOCABULARY = {"_vocab.py", "_header_words.py", "_scheme_words.py"}
# the last words of units' and organs' names, as the vocabulary lists them
ORGAN_WORDS = frozenset(
    {
        *UNIT_ENDS,
        *UNIT_KIND_ENDINGS,
        *LONG_UNIT_ENDINGS,
        *CITED_ISSUER_ENDS,
        *ORGAN_NAME_ENDS,
        *ORGAN_ENDS,
    }
)
MIN_ORGAN_WORDS = 3  # (局, 委, 厅): one or two may be a rule's own words (区, 市)
MIN_ROLE_LABELS = 2  # (牵头单位, 责任单位)


def _words(value: ast.expr) -> list[str]:
    """The words a literal list holds: its strings, the first string of each pair, a dict's keys,
    or the characters of ``frozenset("…")``."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.args:
        if value.func.id not in {"frozenset", "set", "tuple"}:
            return []
        argument = value.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return list(argument.value)
        return _words(argument)
    if isinstance(value, ast.Tuple | ast.List | ast.Set):
        items = list(value.elts)
    elif isinstance(value, ast.Dict):
        items = [key for key in value.keys if key is not None]
    else:
        return []
    words = []
    for item in items:
        first = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            words.append(first.value)
    return words


def word_lists_outside(folder: Path) -> list[str]:
    """The lists of organs' name endings or of role labels that modules outside the vocabulary
    define, as ``module:line name``."""
    found = []
    for path in sorted(folder.glob("*.py")):
        if path.name in VOCABULARY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
                continue
            words = _words(node.value)
            organs = sum(word in ORGAN_WORDS for word in words)
            roles = sum(word in ROLE_LABELS for word in words)
            if organs >= MIN_ORGAN_WORDS or roles >= MIN_ROLE_LABELS:
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                found.append(f"{path.name}:{node.lineno} {ast.unparse(target)}")
    return found


def test_no_reader_keeps_its_own_list_of_organ_endings_or_role_labels():
    """A word added to the vocabulary is read everywhere: no module lists the words again."""
    assert word_lists_outside(PARSE) == []


def test_the_check_sees_a_list_of_endings_and_one_of_role_labels(tmp_path: Path):
    """Tuples, pairs, dicts and ``frozenset("…")`` are read; a module of the vocabulary is not."""
    (tmp_path / "_reader.py").write_text(
        '_ENDS = ("局", "委员会", "办公室")\n'
        "_CHARS = frozenset('局委厅')\n"
        '_ROLES = (("牵头单位", 1), ("配合单位", 2))\n'
        '_LABELS = {"责任单位": 1, "督办单位": 2}\n'
        '_MARKS = ("、", ",", "局")\n',
        encoding="utf-8",
    )
    (tmp_path / "_vocab.py").write_text('ENDS = ("局", "委员会", "办公室")\n', encoding="utf-8")
    assert word_lists_outside(tmp_path) == [
        "_reader.py:1 _ENDS",
        "_reader.py:2 _CHARS",
        "_reader.py:3 _ROLES",
        "_reader.py:4 _LABELS",
    ]
