"""Which rule files a tool looks at, and the rulebook they run in.

Authoring tools take files or folders on the command line, but a file is never alone: it
runs after the generic layer and may extend other files. So the rulebook is always the
bundled rules, then the folders of the given files, later ones overriding by outlet id.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError, RuleError
from ..rules.loader import GENERIC_ID, Rulebook, bundled_rules_dir, load_file
from ..rules.model import RuleFile


def shown(path: Path) -> Path:
    """The path relative to the working folder when it is below it: shorter messages."""
    path = path.resolve()
    try:
        rel = Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path
    return path if rel.parts[:1] == ("..",) else rel


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Rule files named directly or found in folders (``*.toml``, not recursive), in order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(shown(f) for f in sorted(p.glob("*.toml")))
        elif p.is_file():
            out.append(shown(p))
        else:
            raise InputError("missing", f"rule file or folder not found: {p}")
    return list(dict.fromkeys(out))


def chain_problems(files: dict[str, RuleFile]) -> tuple[dict[str, list[str]], set[str]]:
    """``extends`` problems per outlet id (unknown parents, cycles), and every id whose chain is broken.

    A file is named only for its own problems; files that build on a broken one are
    broken too (they cannot be loaded) but are not blamed for it.
    """
    own: dict[str, list[str]] = {}
    for fid, f in files.items():
        for parent in f.extends:
            if parent not in files:
                own.setdefault(fid, []).append(f"extends unknown outlet '{parent}'")
        stack = [(parent, (fid, parent)) for parent in f.extends if parent in files]
        cycle = None
        while stack and cycle is None:
            current, path = stack.pop()
            if current == fid:
                cycle = path
                break
            stack.extend((p, path + (p,)) for p in files[current].extends if p in files and p not in path[1:])
        if cycle:
            own.setdefault(fid, []).append(f"'extends' cycle: {' -> '.join(cycle)}")
    broken = set(own)
    changed = True
    while changed:
        changed = False
        for fid, f in files.items():
            if fid not in broken and any(p in broken for p in f.extends):
                broken.add(fid)
                changed = True
    return own, broken


def context_files(paths: list[Path]) -> list[Path]:
    """Bundled rule files, then every rule file in the folders of ``paths``."""
    folders = [bundled_rules_dir()] + [p if p.is_dir() else p.parent for p in paths]
    return rule_files(list(dict.fromkeys(f.resolve() for f in folders)))


def build_book(paths: list[Path]) -> tuple[Rulebook, dict[Path, RuleFile], dict[Path, str]]:
    """The rulebook for testing ``paths``; files that fail to load or resolve are left out.

    Returns the rulebook, the loaded files by path, and a reason for each file left out.
    """
    loaded: dict[Path, RuleFile] = {}
    broken: dict[Path, str] = {}
    for path in context_files(paths):
        try:
            loaded[path] = load_file(path)
        except RuleError as exc:
            broken[path] = str(exc)
    by_id = {f.id: f for f in loaded.values()}  # later folders override by outlet id
    own, bad = chain_problems(by_id)
    for fid in bad:
        why = "; ".join(own.get(fid, ["builds on a rule file whose 'extends' chain is broken"]))
        broken[by_id[fid].path] = f"{by_id[fid].path}: {why}"
    usable = [f for f in by_id.values() if f.path not in broken]
    if GENERIC_ID not in {f.id for f in usable}:
        raise RuleError("<rulebook>", None, f"no usable '{GENERIC_ID}' rule file")
    return Rulebook(usable), loaded, broken
