"""Imports run downhill (docs/architecture.md): home -> knowledge/network/events -> portal.

Read from the source with `ast`, without importing anything, so a circle is found even where the order in which
Django loads the apps happens to hide it. Imports inside functions count as much as those at the top of a module:
a late import puts off a circle, it does not remove it. An import names a module (`from .models import X` names
`app.models`, `from . import calendar` names `app.calendar`); the parent packages that Python runs on the way are
not counted as edges of their own.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIPPED_DIRS = {".venv", "migrations", "node_modules", "__pycache__", "static_collected", "media"}
DOMAIN_APPS = ("home", "knowledge", "network", "events")

TEMPLATE_LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")
TEMPLATE_PATH = re.compile(r"{%\s*(?:include|extends)\s+[\"']([^\"']+)[\"']")


def project_files(suffix):
    for path in sorted(ROOT.rglob(f"*{suffix}")):
        parts = path.relative_to(ROOT).parts
        if not SKIPPED_DIRS.intersection(parts) and not any(part.startswith(".") for part in parts):
            yield path


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    """{module name: (path, is a package)}."""
    return {module_name(path): (path, path.name == "__init__.py") for path in project_files(".py")}


def resolve(name, modules):
    """The project module an import of `name` reaches (its longest known prefix), or None outside the project."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def imported_modules(module, path, is_package, modules):
    """Project modules that `module` imports anywhere in its body (module level and inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(resolve(alias.name, modules))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in modules else resolve(base, modules))
    found.discard(None)
    found.discard(module)
    return found


def import_graph():
    modules = project_modules()
    return {name: imported_modules(name, path, is_package, modules) for name, (path, is_package) in modules.items()}


def strongly_connected(graph):
    """Tarjan's algorithm, iterative: the groups of modules that reach each other (only groups of two or more)."""
    index, low, on_stack, stack, groups = {}, {}, set(), [], []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
    return groups


def circle_in(group, graph):
    """One circle through the group, as 'a -> b -> a', for the failure message."""
    start = min(group)
    path, seen = [start], {start}
    while True:
        following = sorted(child for child in graph[path[-1]] if child in group)
        if start in following and len(path) > 1:
            return " -> ".join(path + [start])
        fresh = [child for child in following if child not in seen]
        if not fresh:
            back = next(child for child in following)
            return " -> ".join(path[path.index(back) :] + [back]) if back in path else " -> ".join(path + [back])
        path.append(fresh[0])
        seen.add(fresh[0])


def app_of(module):
    return module.split(".")[0]


def domain_app_edges(graph):
    """{(from app, to app): [why]} between domain apps and from portal, in Python and in templates."""
    edges = {}
    for module, targets in graph.items():
        for target in targets:
            source, destination = app_of(module), app_of(target)
            if source != destination and destination in DOMAIN_APPS and source in (*DOMAIN_APPS, "portal"):
                edges.setdefault((source, destination), []).append(f"{module} imports {target}")
    libraries = {
        path.stem: path.relative_to(ROOT).parts[0]
        for path in project_files(".py")
        if path.parent.name == "templatetags" and path.stem != "__init__"
    }
    for path in project_files(".html"):
        source = path.relative_to(ROOT).parts[0]
        if source not in (*DOMAIN_APPS, "portal"):
            continue
        text = path.read_text(encoding="utf-8")
        named = [(library, libraries.get(library)) for load in TEMPLATE_LOAD.findall(text) for library in load.split()]
        named += [(template, template.split("/")[0]) for template in TEMPLATE_PATH.findall(text)]
        for name, destination in named:
            if destination in DOMAIN_APPS and destination != source:
                where = path.relative_to(ROOT)
                edges.setdefault((source, destination), []).append(f"{where} uses {name}")
    return edges


def test_no_circle_of_imports():
    graph = import_graph()
    circles = list(strongly_connected(graph))
    assert not circles, "Circles of imports:\n" + "\n".join(circle_in(group, graph) for group in circles)


def test_the_graph_sees_late_and_relative_imports():
    graph = import_graph()
    assert "portal.core.blocks" in graph["events.models.event"]
    assert "events.models.event" in graph["events.models"]  # from .event import ...
    assert "events.ics" in graph["events.models.event"]  # from .. import ics, inside a method


def test_portal_knows_no_domain_app_and_domain_apps_do_not_depend_on_each_other_both_ways():
    edges = domain_app_edges(import_graph())
    problems = [
        f"portal -> {destination}: {why[0]}" for (source, destination), why in edges.items() if source == "portal"
    ]
    problems += [
        f"{source} <-> {destination}: {why[0]}; {edges[destination, source][0]}"
        for (source, destination), why in edges.items()
        if source != "portal" and (destination, source) in edges and source < destination
    ]
    assert not problems, "Imports uphill or both ways:\n" + "\n".join(sorted(problems))
