"""Deprecated names that keep working for one release, with a DeprecationWarning that says what to use."""

from __future__ import annotations

import importlib
import pathlib
import sys
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["Deprecated", "deprecated_names", "drawn_by", "warn"]

REMOVED_IN = "0.3.0"


class Deprecated(DeprecationWarning):
    """The warning of a deprecated rulegov name or key: a `DeprecationWarning` the CLI can show.

    Python hides deprecation warnings outside ``__main__``; the command line shows this kind, so
    that a user whose plan file still uses an old key learns it from ``rulegov validate``.
    """


_PACKAGE = str(pathlib.Path(__file__).parent)


def outside_level() -> int:
    """The ``stacklevel`` of the first caller outside rulegov and pydantic, counted from ``warn``.

    A pydantic validator runs below the model's constructor, at a depth that depends on how the
    model was built (``ShortfallRule(...)``, ``Scheme.model_validate``, a nested rule): the
    warning should name the line of the user's code all the same.
    """
    inside = [_PACKAGE]
    pydantic = sys.modules.get("pydantic")
    if pydantic is not None and pydantic.__file__ is not None:
        inside.append(str(pathlib.Path(pydantic.__file__).parent))
    level = 2  # warn's caller
    frame = sys._getframe(2)  # noqa: SLF001 - the documented way to read the caller's frame
    while frame.f_back is not None:
        if not frame.f_code.co_filename.startswith(tuple(inside)):
            break
        frame = frame.f_back
        level += 1
    return level


def warn(old: str, advice: str, *, stacklevel: int | None = 3) -> None:
    """Warn that ``old`` is deprecated, with ``advice`` on what to do instead.

    ``stacklevel`` None names the first caller outside rulegov and pydantic (for validators).

    Examples:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn("Schedule.unit", "use Schedule.time_unit")
        >>> print(caught[0].message)
        Schedule.unit is deprecated and will be removed in rulegov 0.3.0; use Schedule.time_unit
    """
    warnings.warn(
        f"{old} is deprecated and will be removed in rulegov {REMOVED_IN}; {advice}",
        Deprecated,
        stacklevel=outside_level() if stacklevel is None else stacklevel,
    )


def deprecated_names(module: str, names: Mapping[str, tuple[str, str]]) -> Callable[[str], object]:
    """A module ``__getattr__`` that serves each deprecated name with a warning.

    Args:
        module: The name of the module that no longer exports the names.
        names: For each deprecated name, the ``module:attribute`` that holds it now and the
            advice to give (what to use instead).

    Examples:
        >>> import warnings
        >>> get = deprecated_names("pkg", {"old": ("math:pi", "use math.pi")})
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     round(get("old"), 2)
        3.14
        >>> print(caught[0].message)
        pkg.old is deprecated and will be removed in rulegov 0.3.0; use math.pi
    """

    def __getattr__(name: str) -> object:  # noqa: N807  (a module's __getattr__)
        if name not in names:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        where, advice = names[name]
        warn(f"{module}.{name}", advice)
        holder, _, attribute = where.partition(":")
        return getattr(importlib.import_module(holder), attribute)

    return __getattr__


def drawn_by(old: str, function: str, noun: str, value: object, *arguments: object) -> str:
    """Warn that the drawing method ``old`` is deprecated, then draw with its successor.

    The drawing methods of rulegov's results (``to_text``, ``to_mermaid``, ``table``...) moved to
    functions of ``rulegov.render``: each alias warns with the call to use instead
    (``rulegov.render.FUNCTION(NOUN)``) and returns what ``rulegov.render.FUNCTION(value,
    *arguments)`` draws. The warning names the line that called the alias.

    Examples:
        >>> import warnings
        >>> import rulegov
        >>> graph = rulegov.TaskGraph({"a": 1, "b": 2}, [("a", "b")])
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     drawn = drawn_by("TaskGraph.to_dot()", "graph_dot", "graph", graph)
        >>> print(caught[0].message)
        TaskGraph.to_dot() is deprecated and will be removed in rulegov 0.3.0; use rulegov.render.graph_dot(graph)
        >>> drawn == rulegov.render.graph_dot(graph)
        True
    """
    warn(old, f"use rulegov.render.{function}({noun})", stacklevel=4)
    render = importlib.import_module("rulegov.render")
    drawn: str = getattr(render, function)(value, *arguments)
    return drawn
