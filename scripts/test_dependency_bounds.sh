#!/usr/bin/env bash
# Run the tests against the oldest and the newest versions of the runtime dependencies that
# pyproject.toml allows (pydantic, attrs, networkx, python-dateutil).
#
#   scripts/test_dependency_bounds.sh                   # both bounds, each in a fresh environment
#   scripts/test_dependency_bounds.sh tests             # ... with the whole suite
#   scripts/test_dependency_bounds.sh --oldest --here   # the oldest only, installed over the
#                                                       # current environment (as .ci/run does)
#
# Without test paths it runs the model, parser, graph, evaluation, tracking and error tests, which
# exercise the dependencies most: less the parser's accuracy floors over the collected documents
# and their printings, and less the tests that time how a run grows with its input (the `growth`
# marker), which measure the library's own rules.
# PYTEST_ADDOPTS reaches pytest: PYTEST_ADDOPTS="-n auto" spreads the tests over the cores. The newest is whatever pip resolves for each range; the oldest
# is each lower bound pinned exactly (2.10 is 2.10.0), with the pydantic-core it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
bounds="oldest newest"
here=0
while [ "$#" -gt 0 ]; do
    case "$1" in
        --oldest) bounds="oldest"; shift ;;
        --newest) bounds="newest"; shift ;;
        --here) here=1; shift ;;
        *) break ;;
    esac
done
if [ "$#" -eq 0 ]; then
    # the parser's accuracy floors over every collected document and their printings, and the
    # growth of its running time, measure its reading rules, which no dependency takes part in:
    # the full run checks them once
    set -- tests/model tests/parse tests/graph tests/evaluation tests/tracking \
        tests/render/test_export.py tests/test_errors.py tests/test_package.py \
        --ignore=tests/parse/test_unseen_documents.py --ignore=tests/parse/test_coverage.py \
        --ignore=tests/parse/test_body_variants.py \
        --ignore=tests/parse/test_scheme_variant_printings.py \
        -m "not growth"
fi
# one line per runtime dependency: "oldest-pin<TAB>range", e.g. "attrs==23.2<TAB>attrs>=23.2"
requirements="$("$PYTHON" - <<'PY'
import re, sys, tomllib
with open("pyproject.toml", "rb") as file:
    dependencies = tomllib.load(file)["project"]["dependencies"]
for spec in dependencies:
    spec = spec.split(";")[0].replace(" ", "")
    name = re.match(r"[A-Za-z0-9_.-]+", spec).group()
    lower = re.search(r">=([0-9][0-9a-z.]*)", spec)
    if lower is None:
        sys.exit(f"no lower bound in {spec}")
    print(f"{name}=={lower.group(1)}\t{spec}")
PY
)"
oldest="$(cut -f1 <<< "$requirements" | tr '\n' ' ')"
newest="$(cut -f2 <<< "$requirements" | tr '\n' ' ')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for name in $bounds; do
    if [ "$name" = oldest ]; then pins="$oldest"; else pins="$newest"; fi
    printf '\n==> %s: %s\n' "$name" "$pins"
    # shellcheck disable=SC2086  # one word per requirement
    if [ "$here" = 1 ]; then
        python="$PYTHON"
        "$python" -m pip install --quiet $pins
    else
        "$PYTHON" -m venv "$work/$name"
        python="$work/$name/bin/python"
        "$python" -m pip install --quiet --upgrade pip
        "$python" -m pip install --quiet -e '.[dev]' $pins
    fi
    "$python" - <<'PY'
from importlib.metadata import version
print(", ".join(f"{name} {version(name)}" for name in ("pydantic", "attrs", "networkx", "python-dateutil")))
PY
    # the published JSON schemas are generated with the newest pydantic, whose output differs
    "$python" -m pytest -q -p no:cacheprovider "$@" \
        --deselect tests/test_package.py::test_published_schemas_match_the_code || status=1
done
exit "$status"
