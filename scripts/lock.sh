#!/usr/bin/env bash
# Regenerate requirements/dev.txt, the constraints file that pins the development and documentation
# toolchain (pyproject's `dev` extra, and pip itself) to exact versions for Python 3.11 on Linux.
#
#     scripts/lock.sh                                       # keep the pins, add what is new
#     scripts/lock.sh --upgrade                             # move every pin to PyPI's newest
#     scripts/lock.sh --upgrade-package mkdocstrings-python # move one (options go to uv)
#
# CI installs with `pip install -c requirements/dev.txt -e '.[dev]'`, so a commit builds the same
# way next month. The project's own dependencies stay ranges in pyproject.toml. Needs uv
# (`python -m pip install uv`). Resolves from PyPI alone, ignoring local pip and uv settings.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v uv > /dev/null; then
    echo "scripts/lock.sh needs uv: python -m pip install uv" >&2
    exit 1
fi

mkdir -p requirements
printf 'pip\n' | uv pip compile pyproject.toml - \
    --extra dev \
    --python-version 3.11 \
    --python-platform x86_64-unknown-linux-gnu \
    --no-config \
    --index-url https://pypi.org/simple \
    --custom-compile-command scripts/lock.sh \
    --quiet \
    --output-file requirements/dev.txt \
    "$@"
echo "wrote requirements/dev.txt ($(grep -c '==' requirements/dev.txt) pinned packages)"
