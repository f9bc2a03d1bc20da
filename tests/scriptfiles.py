"""The repository's benchmark and maintenance scripts, loaded as modules for the tests that check them.

The scripts under ``benchmarks/`` and ``scripts/`` are files, not a package; a test that measures
with them loads them by path. Each is loaded once and kept in ``sys.modules`` under a name of its
own, so that dataclasses and pickling inside it resolve their module.

A benchmark that prints or writes every collected document many ways takes minutes; the tests of
its floors read one document in two (:func:`taken`), chosen by a checksum of its file's name, so
that a new document leaves the others where they are. The benchmark itself measures them all.
"""

from __future__ import annotations

import importlib.util
import pathlib
import sys
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parents[1]


def load(relative: str) -> ModuleType:
    """Return the module of the script at ``relative`` (a path from the repository's root)."""
    path = ROOT / relative
    name = "rulegov_script_" + path.with_suffix("").relative_to(ROOT).as_posix().replace("/", "_")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None, path
    assert spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_benchmark(name: str) -> ModuleType:
    """Return the module of ``benchmarks/<name>``, which may import its sibling scripts."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        return load(f"benchmarks/{name}")
    finally:
        sys.path.remove(folder)


def taken(name: str) -> bool:
    """Whether the tests of a benchmark's floors take the document of this file name: one in two,
    by its CRC-32."""
    return zlib.crc32(name.encode()) % 2 == 0
