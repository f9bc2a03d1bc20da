#!/usr/bin/env bash
# Run the tests against the oldest and the newest pydantic that pyproject.toml allows.
#
#   scripts/test_pydantic_bounds.sh                 # the model, parser and error tests
#   scripts/test_pydantic_bounds.sh tests           # the whole suite
#
# Each bound gets a fresh virtual environment with the project and its dev tools; the newest is
# whatever pip resolves for the range, the oldest is the lower bound pinned exactly (2.7 is 2.7.0).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
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
for bound in "oldest:pydantic==$oldest" "newest:pydantic$range"; do
    name="${bound%%:*}"
    requirement="${bound#*:}"
    printf '\n==> %s pydantic (%s)\n' "$name" "$requirement"
    "$PYTHON" -m venv "$work/$name"
    "$work/$name/bin/python" -m pip install --quiet --upgrade pip
    "$work/$name/bin/python" -m pip install --quiet -e '.[dev]' "$requirement"
    "$work/$name/bin/python" -c "import pydantic; print('pydantic', pydantic.VERSION)"
    # the published JSON schemas are generated with the newest pydantic, whose output differs
    "$work/$name/bin/python" -m pytest -q -p no:cacheprovider "$@" \
        --deselect tests/test_package.py::test_published_schemas_match_the_code || status=1
done
exit "$status"
