import doctest
import pathlib

DOCS = pathlib.Path(__file__).parents[2] / "docs" / "evaluate.md"


def test_the_examples_in_the_docs_run():
    outcome = doctest.testfile(
        str(DOCS),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert outcome.attempted > 10
    assert outcome.failed == 0
