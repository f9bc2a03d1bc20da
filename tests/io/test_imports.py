"""rulegov.io loads no optional package, and no networkx, until a function needs one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = [
    "networkx",
    "pandas",
    "pyarrow",
    "openpyxl",
    "docx",
    "numpy",
    "selectolax",
    "pdfplumber",
    "pdfminer",
]


def loaded_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_importing_io_loads_nothing_optional():
    loaded = loaded_after("import rulegov.io")
    assert [name for name in HEAVY if name in loaded] == []


def test_csv_tables_and_views_load_no_graph_layer():
    code = (
        "import tempfile, pathlib, rulegov\n"
        "from rulegov.io import read_task_table, tables, write_task_table\n"
        "path = pathlib.Path(tempfile.mkdtemp()) / 'plan.csv'\n"
        "write_task_table(rulegov.datasets.yancheng_2023(), path)\n"
        "tables(read_task_table(path))"
    )
    loaded = loaded_after(code)
    assert [name for name in HEAVY if name in loaded] == []
    assert "rulegov.graph" not in loaded


@pytest.mark.slow
def test_arrow_loads_pyarrow_but_not_networkx():
    # (pyarrow itself may load pandas when it is installed: that is pyarrow's choice)
    loaded = loaded_after(
        "import rulegov\nfrom rulegov.io import to_arrow\nto_arrow(rulegov.datasets.yancheng_2023())"
    )
    assert "pyarrow" in loaded
    assert "networkx" not in loaded
