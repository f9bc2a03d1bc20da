"""The optional packages that readers and writers import when they run, behind their extras."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from rulegov.errors import MissingExtraError

if TYPE_CHECKING:
    import types

__all__ = ["optional_module"]


def optional_module(name: str, extra: str, feature: str) -> types.ModuleType:
    """Import the optional module ``name``, or say which ``extra`` installs it.

    Raises:
        MissingExtraError: when the package is not installed; it names ``feature``, the package
            and ``pip install 'rulegov[extra]'``.

    Examples:
        >>> optional_module("json", "none", "an example").__name__
        'json'
    """
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise MissingExtraError(name.partition(".")[0], extra, feature) from error
