"""Sections nest at most 64 levels: deeper ones are refused, so every walk, copy and file works."""

from __future__ import annotations

import pytest

import rulegov


def _plan_data(depth: int) -> dict[str, object]:
    """A plan whose one section chain is ``depth`` levels deep, each with one task."""
    section: dict[str, object] | None = None
    for level in range(depth, 0, -1):
        task = {
            "id": f"t{level}",
            "number": "1",
            "path": [*(str(n) for n in range(1, level + 1)), "1"],
            "title": f"第{level}层的任务",
        }
        section = {
            "id": f"s{level}",
            "number": str(level),
            "level": level,
            "title": f"第{level}层",
            "tasks": [task],
            "children": [section] if section else [],
        }
    return {"id": "p", "title": "某区工作要点", "sections": [section]}


def test_a_chain_of_64_levels_is_read_written_copied_and_compared(tmp_path):
    plan = rulegov.Plan.model_validate(_plan_data(64))
    assert len(plan.tasks) == 64
    path = tmp_path / "plan.json"
    rulegov.write_plan(plan, path)
    assert rulegov.read_plan(path) == plan
    assert plan.model_copy(deep=True) == plan
    assert len(rulegov.compare(plan, plan).matches) == 64


@pytest.mark.parametrize("depth", [65, 200, 250])
def test_a_deeper_chain_is_refused_naming_the_place(depth):
    # before, a chain of 200 levels was accepted, and copying or comparing it raised a bare
    # RecursionError; one of 97 levels was written to a file that could not be read back
    with pytest.raises(
        rulegov.ValidationError, match="sections nest more than 64 levels"
    ) as caught:
        rulegov.Plan.model_validate(_plan_data(depth))
    assert caught.value.code == "too-deep"
    assert caught.value.issues[0].path.startswith("sections[0].children[0].children[0]")


def test_a_section_that_holds_itself_is_refused_at_once():
    # before, the plan's first walk over its data grew without end (gigabytes in seconds)
    section: dict[str, object] = {"id": "s1", "number": "1", "level": 1, "title": "一"}
    section["children"] = [section]
    with pytest.raises(
        rulegov.DuplicateIdError, match="the same section is listed again"
    ) as caught:
        rulegov.Plan.model_validate({"id": "p", "title": "某区工作要点", "sections": [section]})
    assert (caught.value.path, caught.value.value) == ("sections[0].children[0]", "s1")


def test_a_section_listed_twice_at_each_of_40_levels_is_refused_at_once():
    # one mapping for the caller, a tree of 2**40 sections for the validation: it never ended
    section: dict[str, object] = {"id": "leaf", "number": "1", "level": 41, "title": "末"}
    for level in range(40, 0, -1):
        section = {
            "id": f"s{level}",
            "number": "1",
            "level": level,
            "title": "一",
            "children": [section, section],
        }
    with pytest.raises(rulegov.DuplicateIdError, match="first at sections") as caught:
        rulegov.Plan.model_validate({"id": "p", "title": "某区工作要点", "sections": [section]})
    assert caught.value.code == "duplicate-id"


def test_a_section_listed_twice_is_refused_when_the_plan_is_built_with_its_constructor():
    # before, only Plan.model_validate looked, and only while every section and task was a
    # mapping: Plan(sections=[...]), or a task given as a model, never finished
    task = rulegov.Task(id="t1", number="1", path=("1",), title="推进依法行政")
    section: dict[str, object] = {"id": "leaf", "number": "1", "level": 41, "title": "末"}
    for level in range(40, 0, -1):
        section = {
            "id": f"s{level}",
            "number": "1",
            "level": level,
            "title": "一",
            "children": [section, section],
            "tasks": [task] if level == 1 else [],
        }
    with pytest.raises(rulegov.DuplicateIdError, match=r"first at sections\[0\]") as caught:
        rulegov.Plan(id="p", title="某区工作要点", sections=[section])  # type: ignore[list-item]
    assert caught.value.path == "sections[0]" + ".children[0]" * 39 + ".children[1]"
    with pytest.raises(rulegov.DuplicateIdError):
        rulegov.Plan.model_validate({"id": "p", "title": "某区工作要点", "sections": [section]})
