"""How well rulegov reads a document's head when a page prints the same text otherwise.

The same documents, each printed as pages and copies print them: with Windows line ends, an
indent of full-width spaces, blank lines between all lines or none, full-width signs, in
traditional characters, under a menu row, a breadcrumb (or one that ends in the page's title),
a poster's byline or a page date, over a site's footer,
with the date of issue in Chinese numerals or with dots. For every variant the script prints
the header fields read right against the hand-read facts (``benchmarks/accuracy.py`` scores
them), beside the documents as saved, read in the same run: a reader that generalises reads
every variant as well as the saved text.

The documents are the ``tune`` halves of ``tests/parse/documents/unseen*`` and the development
set ``tests/corpus/dev`` (their ``.txt`` files): never a ``check`` half nor the held-out set,
which only the accuracy benchmark measures.

Run: ``python benchmarks/head_variants.py [--variant NAME ...] [--failures]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import re
import sys
from typing import TYPE_CHECKING, Any

import rulegov

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"

# the signs a page prints full-width, and the traditional forms of the genre's words
_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
_TRADITIONAL = str.maketrans(
    "实划点计规办发关于转议报决见复纪请务范则细", "實劃點計規辦發關於轉議報決見復紀請務範則細"
)
_DATE_LINE = re.compile(r"^((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日$", re.MULTILINE)
_DIGITS = "〇一二三四五六七八九"


def _first_line(text: str) -> str:
    """The first line of text (no table row), as a breadcrumb ends in a page title: cut short."""
    lines = (line.strip() for line in text.split("\n"))
    return next((line[:30] for line in lines if line and "|" not in line), "")


def _chinese_number(number: int) -> str:
    if number < 10:  # the digits of a month or a day
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _chinese_date(found: re.Match[str]) -> str:
    year = "".join(_DIGITS[int(digit)] for digit in found[1])
    return f"{year}年{_chinese_number(int(found[2]))}月{_chinese_number(int(found[3]))}日"


VARIANTS: dict[str, Callable[[str], str]] = {
    "as saved": lambda text: text,
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "full-width indent": lambda text: "\n".join(
        "\u3000\u3000" + line if line.strip() else line for line in text.split("\n")
    ),
    "blank lines between": lambda text: "\n\n".join(text.split("\n")),
    "no blank lines": lambda text: "\n".join(line for line in text.split("\n") if line.strip()),
    "full-width signs": lambda text: text.translate(_FULL_WIDTH),
    "traditional": lambda text: text.translate(_TRADITIONAL),
    "menu row": lambda text: "| 首页 | 政务公开 | 政策文件 |\n" + text,
    "breadcrumb": lambda text: "首页 > 政务公开 > 通知公告\n" + text,
    "page date on top": lambda text: "今天是:2023年5月10日 星期三\n" + text,
    "trail to the page title": lambda text: (
        "欢迎来到某某数据库\n某某数据库 > 地方政策 > " + _first_line(text) + "\n" + text
    ),
    "poster byline": lambda text: "发布者:  时间:2023-05-10 10:00:00  浏览:\n" + text,
    "site footer": lambda text: (
        text + "\n主办单位:某市人民政府办公室 技术支持:某某网络公司\n"
        "网站标识码:1234567890 备案号:京ICP备12345678号\n"
    ),
    "dates in Chinese numerals": lambda text: _DATE_LINE.sub(_chinese_date, text),
    "dates with dots": lambda text: _DATE_LINE.sub(r"\1.\2.\3", text),
}


def _accuracy() -> Any:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    if spec is None or spec.loader is None:
        raise ImportError(ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


def documents() -> list[tuple[pathlib.Path, dict[str, Any]]]:
    """The text documents of the tune halves and the development set, with their facts."""
    folders = [
        *sorted((TESTS / "parse" / "documents").glob("unseen*/tune")),
        TESTS / "corpus" / "dev",
    ]
    found = []
    for folder in folders:
        for path in sorted(folder.glob("*.facts.json")):
            facts = json.loads(path.read_text(encoding="utf-8"))
            document = folder / facts["file"]
            if document.suffix == ".txt":
                found.append((document, facts))
    return found


def _as_printed(facts: dict[str, Any], name: str) -> dict[str, Any]:
    """The facts as the variant prints them: its traditional characters are the text's."""
    if name != "traditional":
        return facts
    printed: dict[str, Any] = {}
    for key, value in facts.items():
        if isinstance(value, str):
            printed[key] = value.translate(_TRADITIONAL)
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            printed[key] = [item.translate(_TRADITIONAL) for item in value]
        else:
            printed[key] = value
    return printed


def measure(
    name: str, cases: list[tuple[pathlib.Path, dict[str, Any]]]
) -> tuple[int, int, list[str]]:
    """Header fields right and scored over the cases printed as ``name``, and what was missed."""
    accuracy = _accuracy()
    right = scored = 0
    missed = []
    for document, facts in cases:
        text = VARIANTS[name](document.read_text(encoding="utf-8"))
        expected = _as_printed(facts, name)
        try:
            found = accuracy.found_from_plan(rulegov.parse_plan(text))
        except rulegov.RulegovError as error:
            missed.append(f"{document.name}: refused: {error}")
            scored += sum(
                1 for field in accuracy.HEADER_FIELDS if expected[field] not in (None, [])
            )
            continue
        header, _ = accuracy.compare(expected, found)
        for field, score in header.items():
            right += score.correct
            scored += score.scored
            if score.correct < score.scored:
                missed.append(
                    f"{document.name} {field}: {expected[field]!r} read as {getattr(found, field)!r}"
                )
    return right, scored, missed


def main(argv: Sequence[str] | None = None) -> int:
    """Print the header fields read right for each variant, beside the documents as saved."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS), help="only these")
    parser.add_argument("--failures", action="store_true", help="print the fields read wrong")
    args = parser.parse_args(argv)
    cases = documents()
    names = ["as saved", *(name for name in args.variant or VARIANTS if name != "as saved")]
    base_right, base_scored, _ = measure("as saved", cases)
    print(
        f"rulegov {rulegov.__version__}: header fields of {len(cases)} documents (tune halves, dev)"
    )
    print(f"{'variant':28} {'right':>10} {'accuracy':>9} {'vs saved':>9}")
    for name in names:
        right, scored, missed = (
            (base_right, base_scored, []) if name == "as saved" else measure(name, cases)
        )
        ratio = right / base_right if base_right else 0.0
        print(f"{name:28} {right:>4}/{scored:<5} {right / scored:>9.3f} {ratio:>8.3f}x")
        if args.failures:
            for line in missed:
                print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
