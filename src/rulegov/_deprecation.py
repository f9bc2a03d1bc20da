"""Deprecated names that keep working for one release, with a DeprecationWarning that says what to use."""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["deprecated_names", "warn"]

REMOVED_IN = "0.3.0"


def warn(old: str, advice: str, *, stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated, with ``advice`` on what to do instead.

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
        DeprecationWarning,
        stacklevel=stacklevel,
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
