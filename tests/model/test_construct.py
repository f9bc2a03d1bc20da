"""The parser validates every model it builds, and nothing writes pydantic's private slots."""

from __future__ import annotations

import ast
import pathlib
from typing import TYPE_CHECKING, Any

import rulegov
from rulegov.model import Model

if TYPE_CHECKING:
    from collections.abc import Iterator

SRC = pathlib.Path(rulegov.__file__).parent


def models(value: Any) -> Iterator[Model]:
    """Every model inside a value, the value itself first."""
    if isinstance(value, Model):
        yield value
        for name in type(value).model_fields:
            yield from models(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from models(item)


def test_parsed_objects_equal_validated_ones(reference_plan):
    kinds = set()
    for model in models(reference_plan):
        given = {name: getattr(model, name) for name in model.model_fields_set}
        rebuilt = type(model).model_validate(given)
        assert rebuilt == model
        assert rebuilt.model_fields_set == model.model_fields_set
        assert rebuilt.model_dump_json() == model.model_dump_json()
        kinds.add(type(model).__name__)
    assert {"Plan", "Section", "Task", "Measure", "Span", "Citation", "Target", "Unit"} <= kinds


def test_no_module_writes_pydantic_private_slots():
    private = ("__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in private:
                raise AssertionError(f"{path.relative_to(SRC)} names {node.value}")
            if isinstance(node, ast.Attribute) and node.attr in private:
                raise AssertionError(f"{path.relative_to(SRC)} uses {node.attr}")
