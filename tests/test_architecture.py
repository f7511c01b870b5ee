"""The house: packages follow the flow, imports point one way, the public API is what it says.

sources -> extraction -> attribution -> reader -> (corpora | store | spark | web) -> cli, with
``errors``, ``records`` and ``wordlists`` below everything and ``people`` (pure linking rules) used
by the store, like ``echoes`` (pure matching rules for the same quotation across articles). Every import counts, also one made inside a function.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
from pathlib import Path

import onrecord

SRC = Path(onrecord.__file__).resolve().parent
BASE = {"errors", "records", "wordlists"}
# what each part may import besides itself and BASE
ALLOWED = {
    "sources": set(),
    "extraction": {"sources"},
    "attribution": {"sources", "extraction"},
    "people": set(),
    "echoes": set(),
    "reader": {"sources", "extraction", "attribution"},
    "corpora": {"sources", "extraction", "attribution", "reader"},
    "store": {"sources", "extraction", "people", "echoes"},
    "spark": {"sources", "extraction", "attribution", "echoes", "reader"},  # executors never load the store
    "web": {"sources", "extraction", "people", "echoes", "reader", "store"},
    "cli": {"sources", "extraction", "attribution", "people", "echoes", "reader", "corpora", "store", "spark", "web"},
}
PUBLIC = ["read", "Reader", "Reading", "Article", "Statement", "Span", "Speaker", "Person", "Store",
          "OnrecordError", "__version__"]


def modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).with_suffix("")
        if "migrations" in rel.parts:
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        found[".".join(("onrecord", *parts))] = path
    return found


def imports_of(name: str, path: Path) -> list[tuple[str, bool]]:
    """(imported onrecord module, whether at module level) for each import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    out = []
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, id(node) in top) for a in node.names if a.name.startswith("onrecord")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if not base.startswith("onrecord"):
                continue
            for alias in node.names:  # ``from onrecord.x import y``: y may be a module
                target = f"{base}.{alias.name}"
                out.append((target if target in modules() else base, id(node) in top))
    return out


def part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "onrecord"


def test_imports_point_down_the_flow():
    wrong = []
    for name, path in modules().items():
        here = part(name)
        if here in BASE or here in ("onrecord", "__main__"):
            allowed = set() if here in BASE else set(ALLOWED) | {"cli"}
        else:
            allowed = ALLOWED[here]
        for target, _ in imports_of(name, path):
            there = part(target)
            if there == here or (there in BASE and here not in BASE) or there in allowed:
                continue
            if here in BASE and there in BASE and there != here and there != "wordlists":
                continue  # errors and records may use each other
            wrong.append(f"{name} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles_between_modules():
    graph = {name: {t for t, at_top in imports_of(name, path) if at_top and t != name}
             for name, path in modules().items()}
    # a package's __init__ importing its own modules is not a cycle of the flow
    for name in graph:
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(trail[trail.index(nxt):] + [nxt]))
            elif nxt in graph and not state.get(nxt):
                visit(nxt, trail + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if not state.get(name):
            visit(name, [name])
    assert not cycles, "\n".join(cycles)


def test_no_private_name_is_imported_from_another_module():
    wrong = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("onrecord"):
                wrong += [f"{name}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert not wrong, "\n".join(wrong)


def test_the_public_api_is_pinned():
    assert sorted(onrecord.__all__) == sorted(PUBLIC)
    for name in onrecord.__all__:
        assert getattr(onrecord, name) is not None, name
    assert onrecord.__version__ == importlib.metadata.version("onrecord")


def test_every_package_and_module_says_what_it_holds():
    missing = [name for name, path in modules().items()
               if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None and path.name != "__main__.py"]
    assert not missing, missing


def test_modules_stay_a_readable_size():
    big = {name: n for name, path in modules().items() if (n := len(path.read_text(encoding="utf-8").splitlines())) > 700}
    assert not big, big


def test_each_module_imports_on_its_own():
    for name in modules():
        if name.startswith("onrecord.spark") or name == "onrecord.__main__":
            continue  # the Spark job imports pyspark lazily; __main__ runs the CLI
        importlib.import_module(name)
