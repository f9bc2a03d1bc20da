#!/usr/bin/env bash
# Run the tests against the oldest and the newest pydantic that pyproject.toml allows.
#
#   scripts/test_pydantic_bounds.sh                   # both bounds, each in a fresh environment
#   scripts/test_pydantic_bounds.sh tests             # ... with the whole suite
#   scripts/test_pydantic_bounds.sh --oldest --here   # the oldest only, installed over the
#                                                     # current environment (as .ci/run does)
#
# Without test paths it runs the model, parser and error tests, which exercise pydantic most. The
# newest is whatever pip resolves for the range; the oldest is the lower bound pinned exactly
# (2.7 is 2.7.0), with the pydantic-core it needs.
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
    set -- tests/model tests/parse tests/test_errors.py tests/test_package.py
fi
range="$("$PYTHON" - <<'PY'
import re, tomllib
with open("pyproject.toml", "rb") as file:
    dependencies = tomllib.load(file)["project"]["dependencies"]
spec = next(d for d in dependencies if re.match(r"pydantic\b", d))
print(spec.removeprefix("pydantic"))
PY
)"
oldest="$(sed -n 's/.*>=\([0-9][0-9.]*\).*/\1/p' <<< "$range")"
[ -n "$oldest" ] || { echo "no lower bound in pydantic$range"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for name in $bounds; do
    if [ "$name" = oldest ]; then requirement="pydantic==$oldest"; else requirement="pydantic$range"; fi
    printf '\n==> %s pydantic (%s)\n' "$name" "$requirement"
    if [ "$here" = 1 ]; then
        python="$PYTHON"
        "$python" -m pip install --quiet "$requirement"
    else
        "$PYTHON" -m venv "$work/$name"
        python="$work/$name/bin/python"
        "$python" -m pip install --quiet --upgrade pip
        "$python" -m pip install --quiet -e '.[dev]' "$requirement"
    fi
    "$python" -c "import pydantic; print('pydantic', pydantic.VERSION)"
    # the published JSON schemas are generated with the newest pydantic, whose output differs
    "$python" -m pytest -q -p no:cacheprovider "$@" \
        --deselect tests/test_package.py::test_published_schemas_match_the_code || status=1
done
exit "$status"
