"""Building models from values the parser has already checked, through pydantic's public API.

The parser makes thousands of small objects whose values it has checked as it read them.
Validating each again would double the cost of parsing, so it builds them with pydantic's
``model_construct``. Given only some fields, ``model_construct`` looks up the others' defaults
and inspects every default factory's signature on every call, which costs more than building the
object; ``construct`` fills the defaults from a table learned once per class and tells pydantic
which fields were given.
"""

from __future__ import annotations

import copy
import enum
import functools
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["construct"]

M = TypeVar("M", bound=BaseModel)

_IMMUTABLE = (type(None), bool, int, float, str, enum.Enum, tuple, frozenset)
_DEFAULTS: dict[type[BaseModel], tuple[tuple[str, Callable[[], Any]], ...]] = {}


def construct(cls: type[M], **values: Any) -> M:  # noqa: ANN401 - any field's value
    """``cls.model_construct(**values)``, with the defaults of the fields not given filled here.

    The values must be of the fields' types already: nothing is validated. The fields given are
    the object's ``model_fields_set``, as pydantic would record them.

    Examples:
        >>> from rulegov.model import Task
        >>> task = construct(Task, id="t1", number="1", path=("1",), title="召开会议")
        >>> task == Task(id="t1", number="1", path=("1",), title="召开会议")
        True
        >>> sorted(task.model_fields_set)
        ['id', 'number', 'path', 'title']
    """
    defaults = _DEFAULTS.get(cls) or _learn(cls)
    data = dict(values)
    for name, make in defaults:
        if name not in data:
            data[name] = make()
    return cls.model_construct(_fields_set=set(values), **data)


def _default_of(default: object) -> Callable[[], Any]:
    """A function that gives ``default``, a copy of it when it could be changed in place."""
    if isinstance(default, _IMMUTABLE):
        return functools.partial(_same, default)
    return functools.partial(copy.deepcopy, default)


def _same(value: object) -> object:
    return value


def _learn(cls: type[BaseModel]) -> tuple[tuple[str, Callable[[], Any]], ...]:
    """How to make the default of each optional field of ``cls``."""
    found: list[tuple[str, Callable[[], Any]]] = []
    for name, field in cls.model_fields.items():
        if field.default_factory is not None:
            found.append((name, field.default_factory))  # type: ignore[arg-type]
        elif not field.is_required():
            found.append((name, _default_of(field.default)))
    learned = tuple(found)
    _DEFAULTS[cls] = learned
    return learned
