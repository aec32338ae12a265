"""Packaging: every third-party import is declared in the installed metadata, extras hold what is optional."""

from __future__ import annotations

import ast
import logging
import re
import sys
import tomllib
from importlib.metadata import metadata, packages_distributions, requires, version
from importlib.resources import files
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from support import ROOT
from typer.testing import CliRunner

import conflictgraph

PACKAGE = Path(conflictgraph.__file__).parent
EXTRA_HOMES = {"web": "web/"}  # an extra's imports may sit at module level only under its own folder


def imports() -> list[tuple[str, str, bool]]:
    """(module path, top-level import name, imported at module level) for every absolute import."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for parent in ast.walk(tree):
            nested = not isinstance(parent, ast.Module)
            for node in ast.iter_child_nodes(parent):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                module_level = not nested and id(node) in top or _in_module_try(tree, node)
                found += [(path.relative_to(PACKAGE).as_posix(), n.split(".")[0], module_level) for n in names]
    return found


def _in_module_try(tree: ast.Module, node: ast.AST) -> bool:
    """An import inside a module-level try/if still runs on import (but not one under ``if TYPE_CHECKING:``)."""
    for statement in tree.body:
        if isinstance(statement, ast.If) and "TYPE_CHECKING" in ast.unparse(statement.test):
            continue
        if isinstance(statement, (ast.Try, ast.If)) and any(child is node for child in ast.walk(statement)):
            return True
    return False


def declared() -> dict[str, set[str | None]]:
    """Distribution name -> the extras that declare it (None: a core dependency), from the installed metadata."""
    out: dict[str, set[str | None]] = {}
    provided = metadata("conflictgraph").get_all("Provides-Extra") or []
    for line in requires("conflictgraph") or []:
        requirement = Requirement(line)
        if requirement.marker is None:
            extras: list[str | None] = [None]
        else:
            extras = [e for e in provided if requirement.marker.evaluate({"extra": e})]
        out.setdefault(canonicalize_name(requirement.name), set()).update(extras)
    return out


def test_every_third_party_import_is_declared_where_it_is_used():
    distributions = packages_distributions()
    wanted = declared()
    problems = []
    for module, name, module_level in imports():
        if name in sys.stdlib_module_names or name in ("conflictgraph", "__future__"):
            continue
        dists = [canonicalize_name(d) for d in distributions.get(name, [])]
        if not dists:
            problems.append(f"{module}: imports {name}, which no installed distribution provides")
            continue
        extras = set().union(*(wanted.get(d, set()) for d in dists))
        if not extras:
            problems.append(f"{module}: imports {name} ({', '.join(dists)}), not declared in pyproject.toml")
        elif None not in extras and module_level and not any(
                module.startswith(EXTRA_HOMES.get(e or "", "\0")) for e in extras):
            problems.append(f"{module}: imports {name} at module level, but it is only in the extra(s) "
                            f"{sorted(extras)}: import it where it is used")
    assert not problems, "\n".join(problems)


def test_the_walk_finds_the_imports_it_checks():
    names = {name for _, name, _ in imports()}
    assert {"spacy", "sqlalchemy", "numpy", "fastapi", "starlette", "pydantic"} <= names


def test_optional_parts_are_extras_and_core_has_ranges_not_pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert {"web", "postgres", "pandas"} <= extras.keys()
    core = {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}
    # jinja2 is core: `conflictgraph brief` writes its HTML and Markdown with it, without the web app.
    assert not core & {"fastapi", "uvicorn", "starlette", "pydantic", "psycopg", "pandas"}
    for line in project["dependencies"] + [r for group in extras.values() for r in group]:
        requirement = Requirement(line)
        assert not any(s.operator in ("==", "===") for s in requirement.specifier), f"{line}: a pin, not a range"


def test_the_lock_pins_every_declared_distribution():
    pinned = {canonicalize_name(line.split("==")[0])
              for line in (ROOT / "requirements/lock.txt").read_text(encoding="utf-8").splitlines()
              if "==" in line and not line.startswith("#")}
    missing = sorted(d for d in declared() if d not in pinned and d not in ("conflictgraph", "ruff", "mypy", "build"))
    assert not missing, f"requirements/lock.txt lacks {missing}"


def test_one_version_source():
    assert conflictgraph.__version__ == version("conflictgraph")
    from conflictgraph.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.stdout.strip() == f"conflictgraph {version('conflictgraph')}"
    assert not re.search(r"__version__ = \"\d+\.\d+", (PACKAGE / "__init__.py").read_text(encoding="utf-8"))


def test_typed_and_silent_by_default():
    assert files("conflictgraph").joinpath("py.typed").is_file()
    assert "py.typed" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    handlers = logging.getLogger("conflictgraph").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_a_missing_spacy_model_is_one_line_saying_how_to_install_it(monkeypatch, tmp_path):
    from conflictgraph import api, nlp
    from conflictgraph.cli import app

    (tmp_path / "a.txt").write_text("Rockets hit the base on Monday, officials said.", encoding="utf-8")
    # The real pipeline stays loaded (its vocabulary is shared by cached matchers): only the name changes.
    monkeypatch.setattr(api, "load_nlp", lambda: nlp.load_model("en_core_web_not_installed"))
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt")])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert "en_core_web_not_installed is not installed" in line and "requirements/model.txt" in line
    assert result.stdout == ""


def test_library_warnings_reach_the_cli_as_one_line_each():
    from conflictgraph.cli import _log_to_stderr

    _log_to_stderr()
    _log_to_stderr()  # once per command: never two handlers
    handlers = [h for h in logging.getLogger("conflictgraph").handlers if type(h).__name__ == "_StderrLines"]
    assert len(handlers) == 1


def test_serve_without_the_web_extra_is_one_line(monkeypatch, tmp_path):
    import sys

    from conflictgraph.cli import app

    monkeypatch.setitem(sys.modules, "conflictgraph.web.server", None)  # as if fastapi were missing
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 'store.db'}"])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert 'pip install "conflictgraph[web]"' in line
