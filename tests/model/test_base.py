"""The model base: the parser validates every model it builds, nothing writes pydantic's private
slots; source text locates spans; diagnostics name their place and code.
"""

from __future__ import annotations

import ast
import pathlib
from typing import TYPE_CHECKING, Any, Self

import pydantic
import pytest

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


def test_no_module_touches_pydantic_private_names():
    """No ``__pydantic_*__`` slot, marker or validator, and no module of ``pydantic._internal``."""
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = None
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                name = node.value
            elif isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.ImportFrom):
                name = node.module
            if name and (name.startswith("__pydantic") or "pydantic._internal" in name):
                raise AssertionError(f"{path.relative_to(SRC)} uses {name}")


def _every_model(cls: type[Model]) -> Iterator[type[Model]]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _every_model(sub)


def test_no_model_has_a_constructor_of_its_own():
    """pydantic calls a model's own ``__init__`` for every nested model: none may define one.

    rulegov converts a constructor's errors in its models' metaclass instead, which pydantic
    does not call for nested models, so validating a plan runs each validator once.
    """
    rulegov.Plan.model_json_schema()  # build the deferred models
    own = sorted(
        cls.__name__
        for cls in _every_model(Model)
        if "__init__" in vars(cls) and cls.__module__.startswith("rulegov")
    )
    assert own == []


def test_a_nested_model_is_validated_once_and_its_errors_are_rulegov_errors():
    seen: list[int] = []

    class Inner(Model):
        x: int

        @pydantic.model_validator(mode="after")
        def _count(self) -> Self:
            seen.append(self.x)
            return self

    class Outer(Model):
        inner: Inner
        items: list[Inner] = pydantic.Field(default_factory=list)

    outer = Outer(inner={"x": 1}, items=[{"x": 2}])  # type: ignore[arg-type]
    assert outer.inner.x == 1
    assert outer.items[0].x == 2
    assert Outer.model_validate({"inner": {"x": 3}}).inner.x == 3
    assert seen == [1, 2, 3]
    with pytest.raises(rulegov.ValidationError) as caught:
        Outer(inner={"x": "many"})  # type: ignore[arg-type]
    assert caught.value.path == "inner.x"
    assert caught.value.code == "int-parsing"
    with pytest.raises(rulegov.ValidationError) as caught:
        Outer.model_validate({"inner": {"x": 1}, "items": [{"x": 2}, {"y": 3}]})
    assert {issue.path for issue in caught.value.issues} == {"items[1].x", "items[1].y"}


def test_source_text_locates_spans():
    source = rulegov.SourceText(text="一、总体要求\n1.推动学习。")
    assert source.locate(rulegov.Span(start=9, end=13)) == (2, 3)
    assert source.excerpt(rulegov.Span(start=9, end=13)) == "推动学习"


def test_diagnostic_renders_place_and_code():
    diagnostic = rulegov.Diagnostic(
        code="no-unit", message="task 3 names no responsible unit", line=12, column=1
    )
    assert str(diagnostic) == "12:1: warning: task 3 names no responsible unit [no-unit]"


def test_every_model_is_shown_through_the_one_display_hook_of_the_base():
    """Plans, tasks, units... keep no drawing code: the base's hook asks rulegov.render."""
    models = [
        value
        for name in rulegov.model.__all__
        if isinstance(value := getattr(rulegov.model, name), type) and issubclass(value, Model)
    ]
    assert len(models) > 20
    assert [cls.__name__ for cls in models if cls._repr_html_ is not Model._repr_html_] == []
    plan = rulegov.datasets.yancheng_2023()
    assert plan._repr_html_() == rulegov.render.to_html(plan)
    assert plan.title in plan._repr_html_()


def test_validation_options_reach_pydantic_for_nested_models_too():
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Span.model_validate({"start": "5", "end": 10}, strict=True)
    assert caught.value.path == "start"
    assert rulegov.Span.model_validate({"start": "5", "end": 10}).start == 5
    task = {
        "id": "t1",
        "number": "1",
        "path": ("1",),
        "title": "甲",
        "span": {"start": "5", "end": 9},
    }
    with pytest.raises(rulegov.ValidationError) as caught:
        rulegov.Task.model_validate(task, strict=True)
    assert caught.value.path == "span.start"
