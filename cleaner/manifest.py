"""The run's manifest: what a run has finished, so that ``--resume`` can finish the rest.

``OUT/.cleaner-run/manifest.jsonl`` starts with the run's settings and their fingerprint
(configuration, rules, input files, output options); then one line per completed chunk
(a shard, or a part of the single records file), appended and fsynced only after the
chunk's files were renamed into place. A run killed at any moment (``kill -9``) therefore
leaves a manifest whose chunks are all complete on disk; a half-written last line is
ignored. The folder is removed when the run ends with its outputs published.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import orjson

from .errors import CleanerError

STATE_DIR = ".cleaner-run"
MANIFEST = "manifest.jsonl"
VERSION = 1


class ResumeError(CleanerError):
    """``--resume`` cannot continue: nothing to resume, or the settings or input changed."""


def fingerprint(settings: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS)).hexdigest()


def hash_files(paths: list[Path]) -> str:
    """Content hash of files (rule files, a repeats table): an edited rule changes it."""
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path.name).encode())
        try:
            h.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            h.update(b"?")
    return h.hexdigest()


class Manifest:
    """The run state folder and its append-only manifest."""

    def __init__(self, out_dir: Path) -> None:
        self.dir = out_dir / STATE_DIR
        self.path = self.dir / MANIFEST
        self.completed: dict[int, dict[str, Any]] = {}

    @classmethod
    def exists(cls, out_dir: Path) -> bool:
        return (out_dir / STATE_DIR / MANIFEST).is_file()

    @classmethod
    def start(cls, out_dir: Path, settings: dict[str, Any]) -> Manifest:
        """A fresh run: any earlier state is dropped."""
        m = cls(out_dir)
        shutil.rmtree(m.dir, ignore_errors=True)
        m.dir.mkdir(parents=True)
        m._append({"manifest": VERSION, "fingerprint": fingerprint(settings), "settings": settings})
        return m

    @classmethod
    def resume(cls, out_dir: Path, settings: dict[str, Any]) -> Manifest:
        """The state of an interrupted run with the same settings; else :class:`ResumeError`."""
        m = cls(out_dir)
        if not m.path.is_file():
            raise ResumeError(f"nothing to resume in {out_dir}: no {STATE_DIR}/{MANIFEST} (the run finished, "
                              "or never started)")
        lines = m.path.read_bytes().split(b"\n")
        try:
            header = orjson.loads(lines[0])
        except orjson.JSONDecodeError:
            raise ResumeError(f"cannot resume: {m.path} is damaged; run again without --resume") from None
        if header.get("manifest") != VERSION:
            raise ResumeError("cannot resume: the run was started by another version of cleaner")
        if header.get("fingerprint") != fingerprint(settings):
            old = header.get("settings", {})
            changed = sorted(k for k in set(old) | set(settings) if old.get(k) != settings.get(k))
            raise ResumeError("cannot resume: the configuration or the input changed since the interrupted run "
                              f"({', '.join(changed) or 'fingerprint'}); run again with --overwrite")
        for raw in lines[1:]:
            try:
                entry = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue  # the line being written when the run was killed
            m.completed[entry["chunk"]] = entry
        m._cleanup_temporaries()
        return m

    def done(self, entry: dict[str, Any]) -> None:
        """Record a chunk whose files are all in place."""
        self._append(entry)
        self.completed[entry["chunk"]] = entry

    def part(self, name: str) -> Path:
        return self.dir / name

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    def _append(self, obj: dict[str, Any]) -> None:
        with open(self.path, "ab") as fh:
            fh.write(orjson.dumps(obj) + b"\n")
            fh.flush()
            os.fsync(fh.fileno())

    def _cleanup_temporaries(self) -> None:
        """Temporary files of the killed run (its chunk in progress) are of no use now."""
        for folder in (self.dir, self.dir.parent):
            for p in folder.iterdir():
                if p.name.startswith(".") and p.name.endswith(".tmp") and p.is_file():
                    p.unlink(missing_ok=True)


def run_settings(config: Any, input_fingerprint: str | None, extra: dict[str, Any]) -> dict[str, Any]:
    """Everything that decides a run's output bytes, for the manifest's fingerprint.

    The configuration, the content of every rule file and of the repeats table, the input
    files (names, sizes, mtimes) and the output options; not ``-j`` or the engine, which
    never change the output.
    """
    from dataclasses import asdict

    from . import __version__
    from .rules.loader import bundled_rules_dir

    plain = {k: (str(v) if isinstance(v, Path) else [str(x) for x in v] if isinstance(v, tuple) else v)
             for k, v in asdict(config).items()}
    rule_dirs = ([bundled_rules_dir()] if config.bundled_rules else []) + [Path(d) for d in config.rules_dirs]
    rule_files = sorted(p for d in rule_dirs for p in Path(d).rglob("*.toml"))
    table = [config.boilerplate_table] if config.boilerplate_table else []
    return {"version": __version__, "config": plain, "rules": hash_files(rule_files),
            "boilerplate_table": hash_files(table) if table else None, "input": input_fingerprint} | extra
