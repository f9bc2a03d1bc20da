"""Reading the files bundled with the package."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["read_resource"]


@cache
def read_resource(name: str) -> str:
    """The text of the bundled file ``name`` (read once, then kept).

    Examples:
        >>> read_resource("yancheng_2023.txt").splitlines()[2]
        '区依法治区办'
    """
    return resources.files("rulegov.datasets").joinpath(name).read_text(encoding="utf-8")
