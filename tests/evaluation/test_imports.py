import importlib
import json
import subprocess
import sys

import rulegov


def _modules_after(statement):
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(json.loads(output.stdout))


def test_evaluate_imports_no_networkx_nor_optional_packages():
    loaded = _modules_after("import rulegov.evaluation")
    for name in ("networkx", "numpy", "pandas", "rulegov.graph", "rulegov.io", "rulegov.cli"):
        assert name not in loaded


def test_public_names():
    # rulegov.evaluate is the function; the calculator's subpackage is rulegov.evaluation
    package = importlib.import_module("rulegov.evaluation")
    assert callable(rulegov.evaluate)
    assert package.evaluate is rulegov.evaluate
    assert sorted(package.__all__) == package.__all__
    for name in ("Evaluation", "Scheme", "evaluate", "rank_uncertainty", "scheme_json_schema"):
        assert name in rulegov.__all__
        assert getattr(rulegov, name) is getattr(package, name)
