"""A scheme's nodes nest at most 64 levels: deeper ones are refused, so every copy and file works."""

from __future__ import annotations

import pytest

import rulegov
from rulegov import Scheme


def _chain(depth: int) -> dict[str, object]:
    node: dict[str, object] = {"id": "leaf"}
    for level in range(depth - 1):
        node = {"id": f"n{level}", "children": [node]}
    return {"id": "s", "root": node}


def test_a_chain_of_64_levels_is_evaluated_written_copied_and_compared(tmp_path):
    scheme = Scheme.model_validate(_chain(64))
    path = tmp_path / "scheme.json"
    path.write_text(scheme.model_dump_json(), encoding="utf-8")
    assert rulegov.read_scheme(path) == scheme
    assert scheme.model_copy(deep=True) == scheme
    evaluation = rulegov.evaluate(scheme, {"u1": {"leaf": 0.5}, "u2": {"leaf": 0.7}})
    assert evaluation.score("u2") > evaluation.score("u1")


@pytest.mark.parametrize("depth", [65, 200, 250])
def test_a_deeper_chain_is_refused_naming_the_place(depth):
    # before, a chain of 200 levels was accepted, and copying or comparing it raised a bare
    # RecursionError
    with pytest.raises(rulegov.InvalidSchemeError, match="nest more than 64 levels") as caught:
        Scheme.model_validate(_chain(depth))
    error = caught.value
    assert error.code == "too-deep"
    assert error.path == "root" + ".children[0]" * 64
