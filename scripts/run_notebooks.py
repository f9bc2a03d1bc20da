"""Execute every notebook in ``examples/`` and fail on the first error in any cell.

Run ``python scripts/run_notebooks.py`` (needs ``pip install 'rulegov[notebook]'``). Notebooks run
with the ``python3`` kernel of this interpreter, from the ``examples/`` folder; when that kernel is
not installed, the script installs it into this environment (``python -m ipykernel install
--sys-prefix``). The committed notebooks are not changed: outputs stay cleared. Give paths to run
only some notebooks. Exits 0 when every notebook ran, 1 otherwise.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
KERNEL = "python3"
TIMEOUT = 600  # seconds per cell


def ensure_kernel() -> None:
    """Install the ``python3`` kernel spec into this environment if no kernel of that name exists."""
    from jupyter_client.kernelspec import KernelSpecManager  # noqa: PLC0415

    if KERNEL in KernelSpecManager().find_kernel_specs():
        return
    print(f"installing the {KERNEL} kernel into {sys.prefix}")
    subprocess.run(  # noqa: S603  (this interpreter, fixed arguments)
        [sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", KERNEL],
        check=True,
    )


def run(path: Path) -> str | None:
    """Execute one notebook in memory; return None on success, else what went wrong."""
    import nbformat  # noqa: PLC0415
    from nbclient import NotebookClient  # noqa: PLC0415
    from nbclient.exceptions import CellExecutionError  # noqa: PLC0415

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name=KERNEL,
        timeout=TIMEOUT,
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001  (a dead kernel or a timeout is a failure too)
        return f"{type(error).__name__}: {error}"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the notebooks given, or every ``examples/*.ipynb``; report each one."""
    parser = argparse.ArgumentParser(description="Execute the example notebooks.")
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: examples/*.ipynb")
    args = parser.parse_args(argv)
    notebooks = args.notebooks or sorted(EXAMPLES.glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks found in {EXAMPLES}", file=sys.stderr)
        return 1
    try:
        ensure_kernel()
    except ImportError as error:
        print(f"{error}; install the extra: pip install 'rulegov[notebook]'", file=sys.stderr)
        return 1
    failed = []
    for path in notebooks:
        began = time.perf_counter()
        problem = run(path)
        seconds = time.perf_counter() - began
        if problem is None:
            print(f"ok      {path.name} ({seconds:.1f} s)")
        else:
            failed.append(path.name)
            print(f"FAILED  {path.name}\n{problem}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} of {len(notebooks)} notebooks failed: {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
