#!/usr/bin/env bash
# Try the newest releases of the development and documentation tools, ignoring the pins in
# requirements/dev.txt, and report what breaks. Meant to run on a schedule (say weekly), apart
# from CI: when it passes, `scripts/lock.sh --upgrade` can move the pins; when it fails, the log
# says which check broke and which tools moved.
#
#     scripts/try_newest.sh                          # ruff, mypy, the whole test suite, the docs
#     PYTEST_ARGS="-m 'not slow'" scripts/try_newest.sh
#
# Exits 1 when any check fails, after running them all.
set -uo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '==> install the newest releases into a fresh virtual environment\n'
"$PYTHON" -m venv "$work/venv"
# shellcheck disable=SC1091
. "$work/venv/bin/activate"
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --upgrade -e '.[dev]' || { echo "the install itself failed"; exit 1; }

printf '\n==> tools newer than requirements/dev.txt\n'
python - <<'PY'
import importlib.metadata
import re
from pathlib import Path


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


locked = {}
for line in Path("requirements/dev.txt").read_text(encoding="utf-8").splitlines():
    match = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line)
    if match:
        locked[normal(match[1])] = match[2]
moved = 0
for dist in importlib.metadata.distributions():
    name = normal(dist.metadata["Name"])
    if name in locked and locked[name] != dist.version:
        print(f"  {name}: {locked[name]} locked, {dist.version} now")
        moved += 1
print(f"  {moved} of {len(locked)} locked packages have moved")
PY

failed=()
check() {
    local name="$1"
    shift
    printf '\n==> %s\n' "$name"
    if "$@" > "$work/$name.log" 2>&1; then
        echo "  passed"
    else
        echo "  FAILED; the end of its output:"
        tail -n 40 "$work/$name.log" | sed 's/^/    /'
        failed+=("$name")
    fi
}

check "ruff check" ruff check src tests scripts examples benchmarks
check "ruff format" ruff format --check src tests scripts examples benchmarks
check "mypy" mypy
check "pytest" sh -c "pytest -q -p no:cacheprovider ${PYTEST_ARGS:-}"
check "mkdocs build --strict" env NO_MKDOCS_2_WARNING=1 mkdocs build --strict --site-dir "$work/site"

if [ "${#failed[@]}" -gt 0 ]; then
    printf '\n==> broken with the newest releases: %s\n' "${failed[*]}"
    exit 1
fi
printf '\n==> everything passes with the newest releases\n'
