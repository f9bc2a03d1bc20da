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


def test_a_node_that_holds_itself_is_refused():
    node: dict[str, object] = {"id": "n"}
    node["children"] = [node]
    with pytest.raises(rulegov.InvalidSchemeError, match="the same node is listed again") as caught:
        Scheme.model_validate({"id": "s", "root": node})
    assert (caught.value.code, caught.value.path) == ("duplicate-id", "root.children[0]")


def test_a_node_listed_twice_at_each_of_40_levels_is_refused_at_once():
    # one mapping for the caller, a tree of 2**40 nodes for the validation: it never ended
    node: dict[str, object] = {"id": "leaf"}
    for level in range(40):
        node = {"id": f"n{level}", "children": [node, node]}
    with pytest.raises(rulegov.InvalidSchemeError, match="first at root") as caught:
        Scheme.model_validate({"id": "s", "root": node})
    assert caught.value.code == "duplicate-id"


def test_a_node_listed_twice_is_refused_when_the_scheme_is_built_with_its_constructor():
    # before, only Scheme.model_validate looked: Scheme(root=...) never finished
    node: dict[str, object] = {"id": "leaf"}
    for level in range(40):
        node = {"id": f"n{level}", "children": [node, node]}
    with pytest.raises(rulegov.InvalidSchemeError, match=r"first at root\.children\[0\]") as caught:
        Scheme(id="s", root=node)  # type: ignore[arg-type]
    assert caught.value.path == "root" + ".children[0]" * 39 + ".children[1]"
