"""Digests of what the parser makes of every document the tests hold, to show a change keeps them.

A change meant only to make the parser faster must leave every result as it was. This script
reads every plan document under ``tests/corpus`` and ``tests/parse/documents``, every appraisal
document under ``tests/corpus/schemes`` and ``tests/parse/schemes``, the reference plan and the
generated inputs of ``parse.py``, and prints one line per document: the SHA-256 of the result's
JSON (diagnostics included), or of the error's class and message when the reader refuses it.
Texts are parsed as text; web pages, PDFs and Word files are read from their files as a user
reads them (``read_plan``, ``read_scheme``: the ``html``, ``pdf`` and ``docx`` extras), so that a
change to the readers of files shows too.

Run it from the checkout's root, before and after a change, and compare:

```sh
python benchmarks/_outputs.py > /tmp/before.txt
# ... change the parser ...
python benchmarks/_outputs.py --compare /tmp/before.txt
```

``--compare FILE`` prints the documents whose digests differ (or that FILE holds and this run
does not) and exits with status 1 when there is any; documents that FILE does not hold (added
since, or of a kind an older version of this script left out) are counted apart as new.
Documents of check halves and of the held-out corpus are counted, never named: a change is
judged on them only as a whole.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import parse as parse_benchmark
import rulegov
import rulegov.io

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parents[1]
PLAN_FOLDERS = ("tests/corpus/dev", "tests/corpus/heldout", "tests/parse/documents")
SCHEME_FOLDERS = ("tests/corpus/schemes", "tests/parse/schemes")
# the documents' kinds: texts parsed as text, the others read from their files
FILE_KINDS = {".txt", ".html", ".htm", ".shtml", ".pdf", ".docx"}
# folders measured only as a whole (check halves, the held-out corpus): their names stay unprinted
BLIND = ("check", "heldout")


def _digest(call: Callable[[], object]) -> str:
    """The SHA-256 of the JSON ``call`` returns, or of the error it raises."""
    try:
        result = call()
    except rulegov.RulegovError as error:
        text = f"{type(error).__name__}: {error}"
    else:
        dump = getattr(result, "model_dump_json", None)
        text = dump() if dump is not None else repr(result)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _documents(folders: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found.extend(
            path.relative_to(ROOT)
            for path in (ROOT / folder).rglob("*")
            if path.suffix in FILE_KINDS
        )
    return sorted(found)


def _schemes(path: Path) -> bool:
    return any(path.is_relative_to(folder) for folder in SCHEME_FOLDERS)


def digests() -> Iterator[tuple[str, str]]:
    """Each document's name and the digest of what the parser makes of it.

    Files are read by their paths relative to the checkout's root, so that the sources the
    results name are the same in every checkout.
    """
    os.chdir(ROOT)
    for path in _documents(PLAN_FOLDERS + SCHEME_FOLDERS):
        name = str(path)
        schemes = _schemes(path)
        if path.suffix != ".txt":
            read = rulegov.read_scheme if schemes else rulegov.read_plan
            yield name, _digest(lambda path=path, read=read: read(path))
            continue
        text = rulegov.io.read_text(path)
        parse = rulegov.parse_scheme if schemes else rulegov.parse_plan
        yield name, _digest(lambda text=text, name=name, parse=parse: parse(text, source=name))
    texts = {
        "reference plan (yancheng_2023)": rulegov.datasets.yancheng_2023_text(),
        "generated 100 KB": parse_benchmark.generated(100_000 // 3),
        "task table, 1,000 rows": parse_benchmark.task_table(1_000),
        **parse_benchmark.adversarial(),
    }
    for name, text in texts.items():
        yield name, _digest(lambda text=text: rulegov.parse_plan(text))


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--compare", type=Path, help="digests written before, to compare with")
    args = options.parse_args()
    if args.compare is None:
        for name, digest in digests():
            print(f"{digest}  {name}", flush=True)
        return
    before = dict(
        reversed(line.rstrip("\n").split("  ", 1))
        for line in args.compare.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    now = dict(digests())
    new = [name for name in now if name not in before]
    changed = sorted(name for name in before if before[name] != now.get(name))
    blind = [name for name in changed if set(Path(name).parts) & set(BLIND)]
    for name in changed:
        if name not in blind:
            print(f"differs: {name}")
    if blind:
        print(f"differs: {len(blind)} documents of check halves or the held-out corpus (unnamed)")
    if new:
        print(f"new: {len(new)} documents that {args.compare} does not hold")
    print(f"{len(now)} documents, {len(changed)} differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
