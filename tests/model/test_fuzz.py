"""The model's entry points under a seeded mutation sweep and generated junk: a plan or a
ValidationError that names the field, never another exception, never a hang, and what is
accepted survives a JSON round trip."""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

import rulegov
from strategies import MODELS
from sweep import mutate_text, mutate_value, shown, sweep

if TYPE_CHECKING:
    import random
    from collections.abc import Callable


def _lost_in_json(result: object) -> str | None:
    """A loss: a JSON round trip that differs; a plan is also written as text."""
    if not isinstance(result, rulegov.Plan | rulegov.Task | rulegov.Unit | rulegov.Dependency):
        return None
    again = type(result).model_validate_json(result.model_dump_json())
    if again != result:
        return f"JSON round trip differs: {shown(result)}"
    if isinstance(result, rulegov.Plan):
        rulegov.format_plan(result, diagnostics=[])  # any plan can be written, or says what not
    return None


def test_mutated_plans_are_accepted_or_refused_cleanly(small_plan_data, reference_plan):
    seeds = [small_plan_data, reference_plan.model_dump(mode="json", exclude={"source"})]
    texts = [json.dumps(seed, ensure_ascii=False) for seed in seeds]

    def make_case(rng: random.Random) -> tuple[str, Callable[[], object]]:
        roll = rng.random()
        if roll < 0.6:
            data = mutate_value(rng, copy.deepcopy(rng.choice(seeds)), changes=rng.randrange(1, 4))
            return f"Plan.model_validate({shown(data)})", lambda: rulegov.Plan.model_validate(data)
        if roll < 0.8:
            text = mutate_text(rng, rng.choice(texts), edits=rng.randrange(1, 4))
            return (
                f"Plan.model_validate_json({text[:200]!r})",
                lambda: rulegov.Plan.model_validate_json(text),
            )
        model = rng.choice(MODELS)
        part = rng.choice(seeds[0]["sections"][0]["tasks"] + seeds[0]["units"])
        data = mutate_value(rng, copy.deepcopy(part), changes=rng.randrange(1, 3))
        return f"{model.__name__}.model_validate({shown(data)})", lambda: model.model_validate(data)

    sweep("model", make_case, seed=20231, budget=6.0, check=_lost_in_json).check()


def _deep(depth: int, kind: str) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(MODELS),
    st.sampled_from(["title", "id", "name", "text", "start", "sections", "units"]),
    st.integers(200, 3000),
    st.sampled_from(["list", "dict"]),
)
def test_deeply_nested_values_give_a_short_message(model, field, depth, kind):
    try:
        model.model_validate({field: _deep(depth, kind)})
    except rulegov.ValidationError as error:
        message = str(error)
        assert len(message) < 5000
        assert "got" in message
    else:  # pragma: no cover - no model takes a list nested this deep
        raise AssertionError(model)


def test_the_error_of_a_deep_value_shows_it_shortened():
    with __import__("pytest").raises(rulegov.ValidationError) as caught:
        rulegov.Plan.model_validate({"title": _deep(1000, "list")})
    assert (
        str(caught.value) == "invalid Plan: title: Input should be a valid string (got [[[[...]]]])"
    )
