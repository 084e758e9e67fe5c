"""Clean a corpus: inputs in, ``records.jsonl`` / ``errors.jsonl`` / ``report.json`` out.

Documents stream through in id order (``-j N`` keeps that order), so memory stays flat and
the output is the same whatever N is. Each input ends as exactly one record or one error
entry; the run checks that (records + errors = inputs, and every id in order) and says so
in the report. The three files are published together at the end; an interrupted or
failed run leaves none of them half-written.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .decode import decode
from .errors import CleanerError, InputError
from .inputs import InputDoc
from .output import AtomicFile, dumps_line, json_bytes
from .pipeline import Cleaner

_worker: Cleaner | None = None
WINDOW_PER_JOB = 4  # documents in flight per worker: keeps workers busy, memory flat
MAX_TIMEOUT_LIST = 1000  # regex timeouts listed in the report (all are counted)


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


def read_input(doc: InputDoc, max_bytes: int) -> bytes:
    """The bytes of one input, refusing files over ``max_bytes`` before reading them."""
    if doc.problem:
        raise InputError("unreadable", doc.problem)
    with open(doc.path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise InputError("too-large", f"{size:,} bytes is over the limit of {max_bytes:,}")
        data = fh.read(max_bytes + 1)  # a file that grows while read is still capped
    if len(data) > max_bytes:
        raise InputError("too-large", f"more than the limit of {max_bytes:,} bytes")
    return data


def process(cleaner: Cleaner, doc: InputDoc) -> Outcome:
    """Read, decode and clean one input; any failure becomes an error entry, never a crash."""
    size = 0
    try:
        data = read_input(doc, cleaner.config.max_bytes)
        size = len(data)
        text = decode(data, max_bytes=cleaner.config.max_bytes)
        del data
        article = cleaner.clean(text, id=doc.id, source=doc.source)
        record = article.to_dict(explain=cleaner.config.explain)
        dumps_line(record)  # a record that cannot be written is an error here, not a crash later
    except InputError as exc:
        return Outcome(doc.id, size, error=_error(doc, exc.kind, exc.reason))
    except PermissionError as exc:
        return Outcome(doc.id, size, error=_error(doc, "unreadable", f"permission denied: {exc.strerror or exc}"))
    except OSError as exc:
        return Outcome(doc.id, size, error=_error(doc, "unreadable", f"cannot read: {exc.strerror or exc}"))
    except CleanerError as exc:
        return Outcome(doc.id, size, error=_error(doc, "rules", str(exc)))
    except Exception as exc:  # a bug must not lose the document or stop the run
        return Outcome(doc.id, size, error=_error(doc, "internal", f"{type(exc).__name__}: {exc}"))
    return Outcome(doc.id, size, record=record, outlet=article.outlet,
                   rules=[r.rule for r in article.removed], timeouts=list(article.timeouts))


def _error(doc: InputDoc, kind: str, reason: str) -> dict[str, Any]:
    one_line = " ".join(str(reason).split())[:500]
    return {"id": doc.id, "source": doc.source, "kind": kind, "reason": one_line}


def _init_worker(config: Config) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
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
    yield from _parallel(docs, config, jobs)


def _pool(config: Config, jobs: int) -> ProcessPoolExecutor:
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(config,))


def _parallel(docs: list[InputDoc], config: Config, jobs: int) -> Iterator[Outcome]:
    """A bounded window of documents in flight, results in order.

    A worker that dies (a crash in C code, the OOM killer) breaks the pool; the documents
    then in flight are retried one by one in a fresh process, so the one that kills its
    worker again becomes an error entry and the others are cleaned as usual.
    """
    pool = _pool(config, jobs)
    window: deque[tuple[InputDoc, Future]] = deque()
    todo = iter(docs)
    try:
        while True:
            while len(window) < jobs * WINDOW_PER_JOB and (doc := next(todo, None)) is not None:
                window.append((doc, _submit(pool, doc)))
            if not window:
                return
            doc, future = window.popleft()
            try:
                outcome = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                for d in [doc, *(d for d, _ in window)]:
                    yield _isolated(d, config)
                window.clear()
                pool = _pool(config, jobs)
                continue
            except Exception as exc:  # e.g. a result that cannot be sent back: this document's error
                outcome = Outcome(doc.id, 0, error=_error(doc, "internal", f"{type(exc).__name__}: {exc}"))
            yield outcome
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, doc: InputDoc) -> Future:
    try:
        return pool.submit(_work, doc)
    except BrokenProcessPool as exc:  # broken by an earlier document: handled like a result
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _isolated(doc: InputDoc, config: Config) -> Outcome:
    """Clean one document in a process of its own; its death is that document's error."""
    with _pool(config, 1) as solo:
        try:
            return solo.submit(_work, doc).result()
        except BrokenProcessPool:
            return Outcome(doc.id, 0, error=_error(doc, "internal", "the worker process died cleaning this "
                                                   "document (a crash or out of memory)"))


@dataclass(slots=True)
class Report:
    inputs: int = 0  # documents the run was given
    seen: int = 0  # outcomes received
    records: int = 0
    errors: int = 0
    bytes: int = 0
    outlets: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    timeouts: list[str] = field(default_factory=list)
    timeout_count: int = 0
    problems: list[str] = field(default_factory=list)  # accounting problems, if any

    def add(self, o: Outcome, expected: InputDoc | None) -> None:
        self.seen += 1
        if expected is None or o.id != expected.id:
            self.problems.append(f"outcome {self.seen} is for {o.id!r}, expected "
                                 f"{expected.id if expected else 'no more inputs'!r}")
        self.bytes += o.size
        if (o.record is None) == (o.error is None):
            self.problems.append(f"{o.id!r} has {'both' if o.record else 'neither'} a record and an error")
        if o.record is not None:
            self.records += 1
            self.outlets[o.outlet or "(generic)"] += 1
            self.rules.update(o.rules)
        else:
            self.errors += 1
            self.error_kinds[o.error["kind"] if o.error else "internal"] += 1
        self.timeout_count += len(o.timeouts)
        room = MAX_TIMEOUT_LIST - len(self.timeouts)
        if room > 0:
            self.timeouts.extend(f"{o.id}:{t}" for t in o.timeouts[:room])

    def check(self, written: int) -> None:
        """records + errors = inputs, every outcome written: else note what went wrong."""
        if self.seen != self.inputs:
            self.problems.append(f"{self.seen} outcomes for {self.inputs} inputs")
        if self.records + self.errors != self.inputs:
            self.problems.append(f"{self.records} records + {self.errors} errors != {self.inputs} inputs")
        if written != self.records + self.errors:
            self.problems.append(f"{written} lines written for {self.records + self.errors} outcomes")

    def to_dict(self, seconds: float) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "records": self.records,
            "errors": self.errors,
            "accounted": not self.problems,
            "accounting_problems": self.problems[:20],
            "bytes": self.bytes,
            "seconds": round(seconds, 3),
            "docs_per_second": round(self.inputs / seconds, 1) if seconds else None,
            "mb_per_second": round(self.bytes / 1e6 / seconds, 2) if seconds else None,
            "outlets": dict(self.outlets.most_common()),
            "rules": dict(self.rules.most_common()),
            "error_kinds": dict(self.error_kinds.most_common()),
            "regex_timeouts": self.timeouts,
            "regex_timeout_count": self.timeout_count,
        }


def run(docs: list[InputDoc], out_dir: Path, config: Config, *, jobs: int = 1,
        on_progress: Callable[[Outcome], None] | None = None,
        extra_report: dict[str, Any] | None = None) -> dict[str, Any]:
    """Clean ``docs`` into ``out_dir``; returns the report that is also written there.

    ``report["accounted"]`` is False when some input did not end as exactly one record or
    one error (a bug); the outputs are still written so it can be investigated.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    report = Report(inputs=len(docs))
    started = time.perf_counter()
    files = [AtomicFile(out_dir / name, commit=False) for name in ("records.jsonl", "errors.jsonl", "report.json")]
    records, errors, report_file = files
    try:
        written = 0
        expected = iter(docs)
        for outcome in outcomes(docs, config, jobs):
            report.add(outcome, next(expected, None))
            line = dumps_line(outcome.record if outcome.record is not None else outcome.error)
            (records if outcome.record is not None else errors).fh.write(line)
            written += 1
            if on_progress:
                on_progress(outcome)
        report.check(written)
        summary = report.to_dict(time.perf_counter() - started) | (extra_report or {})
        report_file.fh.write(json_bytes(summary))
        for f in files:  # all written: publish them together
            f.commit()
    except BaseException:
        for f in files:
            f.discard()
        raise
    return summary
