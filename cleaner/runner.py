"""Clean a corpus: inputs in, ``records.jsonl`` / ``errors.jsonl`` / ``report.json`` out.

Documents stream through in id order (``-j N`` keeps that order), so memory stays flat and
the output is the same whatever N is. Each input ends as exactly one record or one error.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .decode import decode
from .errors import CleanerError, InputError
from .inputs import InputDoc
from .output import AtomicFile, dumps_line, write_json
from .pipeline import Cleaner

_worker: Cleaner | None = None


@dataclass(slots=True)
class Outcome:
    """What one input became: a record, or an error entry; plus counters for the report."""

    id: str
    size: int
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    outlet: str | None = None
    rules: list[str] = field(default_factory=list)
    timeouts: list[str] = field(default_factory=list)


def process(cleaner: Cleaner, doc: InputDoc) -> Outcome:
    """Read, decode and clean one input; any failure becomes an error entry, never a crash."""
    size = 0
    try:
        data = doc.path.read_bytes()
        size = len(data)
        text = decode(data, max_bytes=cleaner.config.max_bytes)
        article = cleaner.clean(text, id=doc.id, source=doc.source)
    except InputError as exc:
        return Outcome(doc.id, size, error=_error(doc, exc.kind, exc.reason))
    except OSError as exc:
        return Outcome(doc.id, size, error=_error(doc, "unreadable", f"cannot read: {exc.strerror or exc}"))
    except CleanerError as exc:
        return Outcome(doc.id, size, error=_error(doc, "rules", str(exc)))
    except Exception as exc:  # a bug must not lose the document or stop the run
        return Outcome(doc.id, size, error=_error(doc, "internal", f"{type(exc).__name__}: {exc}"))
    return Outcome(doc.id, size, record=article.to_dict(explain=cleaner.config.explain), outlet=article.outlet,
                   rules=[r.rule for r in article.removed], timeouts=list(article.timeouts))


def _error(doc: InputDoc, kind: str, reason: str) -> dict[str, Any]:
    return {"id": doc.id, "source": doc.source, "kind": kind, "reason": reason}


def _init_worker(config: Config) -> None:
    global _worker
    _worker = Cleaner(config)


def _work(doc: InputDoc) -> Outcome:
    assert _worker is not None
    return process(_worker, doc)


def outcomes(docs: list[InputDoc], config: Config, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or from ``jobs`` worker processes."""
    if jobs <= 1 or len(docs) < 2:
        cleaner = Cleaner(config)
        for doc in docs:
            yield process(cleaner, doc)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(_work, docs, chunksize=max(1, min(64, len(docs) // (jobs * 8) or 1)))


@dataclass(slots=True)
class Report:
    inputs: int = 0
    records: int = 0
    errors: int = 0
    bytes: int = 0
    outlets: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    timeouts: list[str] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.inputs += 1
        self.bytes += o.size
        if o.record is not None:
            self.records += 1
            self.outlets[o.outlet or "(generic)"] += 1
            self.rules.update(o.rules)
        else:
            self.errors += 1
            self.error_kinds[o.error["kind"] if o.error else "internal"] += 1
        self.timeouts.extend(f"{o.id}:{t}" for t in o.timeouts)

    def to_dict(self, seconds: float) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "records": self.records,
            "errors": self.errors,
            "accounted": self.records + self.errors == self.inputs,
            "bytes": self.bytes,
            "seconds": round(seconds, 3),
            "docs_per_second": round(self.inputs / seconds, 1) if seconds else None,
            "mb_per_second": round(self.bytes / 1e6 / seconds, 2) if seconds else None,
            "outlets": dict(self.outlets.most_common()),
            "rules": dict(self.rules.most_common()),
            "error_kinds": dict(self.error_kinds.most_common()),
            "regex_timeouts": self.timeouts[:1000],
        }


def run(docs: list[InputDoc], out_dir: Path, config: Config, *, jobs: int = 1,
        on_progress: Callable[[Outcome], None] | None = None) -> dict[str, Any]:
    """Clean ``docs`` into ``out_dir``; returns the report that is also written there."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = Report()
    started = time.perf_counter()
    with AtomicFile(out_dir / "records.jsonl") as records, AtomicFile(out_dir / "errors.jsonl") as errors:
        for outcome in outcomes(docs, config, jobs):
            report.add(outcome)
            if outcome.record is not None:
                records.write(dumps_line(outcome.record))
            else:
                errors.write(dumps_line(outcome.error))
            if on_progress:
                on_progress(outcome)
    summary = report.to_dict(time.perf_counter() - started)
    write_json(out_dir / "report.json", summary)
    return summary
