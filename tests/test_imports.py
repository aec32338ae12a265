"""The layers hold: no import circle among conflictgraph's modules, and the store and the pipeline never import
each other (both build on the core, the model and the errors).

The imports are read from the source (``ast``), those inside functions too (a lazy import is still a
dependency); imports under ``if TYPE_CHECKING:`` are left out, since they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import ROOT

PACKAGE = ROOT / "src" / "conflictgraph"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _type_checking_only(tree: ast.AST) -> set[int]:
    """Line numbers of the statements under ``if TYPE_CHECKING:``."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            for statement in node.body:
                lines.update(range(statement.lineno, (statement.end_lineno or statement.lineno) + 1))
    return lines


def imports_of(name: str) -> set[str]:
    """The conflictgraph modules that module ``name`` imports."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    skip = _type_checking_only(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if target not in MODULES:
                continue
            # "from . import api" imports the module api; "from .model import Bundle" the module model.
            submodules = {f"{target}.{alias.name}" for alias in node.names} & MODULES.keys()
            found.update(submodules or {target})
            if len(submodules) < len(node.names):
                found.add(target)
    found.discard(name)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_walk_sees_the_imports():
    assert "conflictgraph.model" in GRAPH["conflictgraph.store.write"]
    assert "conflictgraph.core.identity" in GRAPH["conflictgraph.store.write"]
    assert "conflictgraph.pipeline" in GRAPH["conflictgraph.pipeline.dates"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


# The one edge that may close a circle: Bundle.to_frames() hands the bundle to the pandas adapter (an optional
# extra, imported when called), which is written over the model. The adapter is the model's, not a layer above it.
DELEGATIONS = {("conflictgraph.model", "conflictgraph.frames")}


def test_no_import_circle():
    graph = {name: {t for t in targets if (name, t) not in DELEGATIONS} for name, targets in GRAPH.items()}
    assert cycles(graph) == []


def test_the_delegations_are_lazy_and_still_there():
    for source, target in DELEGATIONS:
        assert target in GRAPH[source], f"{source} no longer imports {target}: drop it from DELEGATIONS"
        top = {node.module for node in ast.parse(MODULES[source].read_text(encoding="utf-8")).body
               if isinstance(node, ast.ImportFrom)}
        assert target.rpartition(".")[2] not in {m for m in top if m}, f"{source} imports {target} at module level"


def test_the_store_imports_no_stage_and_no_stage_imports_the_store():
    wrong = [(a, b) for a, targets in GRAPH.items() for b in targets
             if under(a, "conflictgraph.store") and under(b, "conflictgraph.pipeline")
             or under(a, "conflictgraph.pipeline") and under(b, "conflictgraph.store")]
    assert wrong == []


def test_the_core_builds_on_the_model_the_errors_and_the_data_loaders_only():
    allowed = ("conflictgraph.core", "conflictgraph.model", "conflictgraph.errors", "conflictgraph.knowledge",
               "conflictgraph.lexicons", "conflictgraph.gazetteer")
    wrong = [(a, b) for a, targets in GRAPH.items() if under(a, "conflictgraph.core")
             for b in targets if not any(under(b, p) for p in allowed)]
    assert wrong == []


# Heavy libraries a command loads only when it uses them: spaCy to parse, the store's SQLAlchemy and datasketch
# (with scipy) to open a store or find copies, fastapi to serve, pandas for frames.
HEAVY = ("spacy", "sqlalchemy", "datasketch", "scipy", "fastapi", "pandas")
LOADED = "import atexit, sys; atexit.register(lambda: print(sorted(m for m in {heavy!r} if m in sys.modules)))"


def _heavy_loaded_by(code: str) -> tuple[str, list[str]]:
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", LOADED.format(heavy=HEAVY) + "\n" + code],
                         capture_output=True, text=True, check=False)
    *printed, loaded = run.stdout.strip().splitlines()
    return "\n".join(printed), ast.literal_eval(loaded)


def test_importing_conflictgraph_loads_no_heavy_library():
    _, loaded = _heavy_loaded_by("import conflictgraph\nconflictgraph.extract, conflictgraph.Bundle")
    assert loaded == []


def test_the_cli_help_loads_no_heavy_library():
    printed, loaded = _heavy_loaded_by("import sys\nsys.argv = ['conflictgraph', '--help']\n"
                                       "from conflictgraph.cli import run\nrun()")
    assert "extract" in printed and "ingest" in printed  # the help was printed, every command in it
    assert loaded == []


def test_the_probe_sees_a_library_that_is_loaded():
    _, loaded = _heavy_loaded_by("import sqlalchemy")
    assert loaded == ["sqlalchemy"]


def test_extracting_one_article_loads_neither_copy_detection_nor_the_language_model():
    # One document copies nothing, and an article that is plainly English needs no language detector: a first
    # run pays for neither datasketch (with scipy) nor py3langid's model.
    seed = sorted((ROOT / "examples" / "seeds").glob("*.txt"))[0]
    code = (f"import conflictgraph\nbundle = conflictgraph.extract([{str(seed)!r}])\n"
            "print(len(bundle.events) > 0, bundle.documents[0].language)\n"
            "print('py3langid' in sys.modules)")
    printed, loaded = _heavy_loaded_by(code)
    assert printed.splitlines()[-2:] == ["True en", "False"]
    assert "datasketch" not in loaded and "scipy" not in loaded and "spacy" in loaded


def test_extracting_two_articles_still_finds_copies():
    seeds = sorted((ROOT / "examples" / "seeds").glob("*.txt"))[:2]
    printed, loaded = _heavy_loaded_by(f"import conflictgraph\nconflictgraph.extract({[str(s) for s in seeds]!r})")
    assert "datasketch" in loaded
