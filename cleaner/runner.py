"""Clean a corpus: inputs in, ``records.jsonl`` / ``errors.jsonl`` / ``report.json`` out.

Documents stream through in input order (``-j N`` and the dask engine keep that order), so
memory stays flat and the output is the same whatever N is. Each input ends as exactly one
record or one error entry; the run checks that (records + errors = inputs, and every id in
order) and says so in the report. Work is committed chunk by chunk (a shard, or a part of
the single records file) and noted in a manifest (``cleaner/manifest.py``), so a run
killed at any point can be resumed; final files appear under their names only complete.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import Config
from .decode import _check_text as check_text
from .decode import decode
from .errors import CleanerError, InputError
from .inputs import InputDoc
from .manifest import Manifest
from .output import AtomicFile, dumps_line, json_bytes
from .pipeline import Cleaner, shared_cleaner
from .sinks import OutputSpec, concatenate, open_sink, stale_outputs

_worker: Cleaner | None = None
WINDOW_PER_JOB = 3  # batches in flight per worker: keeps workers busy, memory flat
# Documents per task sent to a worker. One task per document cost the parent ~0.3 ms of
# pickling and queue work each, about a fifth of the cleaning itself, and on two cores the
# parent competes with the workers; a batch pays that once.
BATCH_SIZE = 16
MAX_TIMEOUT_LIST = 1000  # regex timeouts listed in the report (all are counted)
CHUNK_SIZE = 1000  # documents per manifest chunk when the output is not sharded: what a resume can skip


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
        raise InputError(doc.problem_kind, doc.problem)
    if doc.text is not None:  # a JSONL field (the repeats pass reads it as bytes too)
        data = doc.text.encode("utf-8", "surrogatepass")
    elif doc.data is not None:
        data = doc.data
    else:
        if doc.path is None:
            raise InputError("unreadable", "the input has neither a path nor content")
        with open(doc.path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise InputError("too-large", f"{size:,} bytes is over the limit of {max_bytes:,}")
            data = fh.read(max_bytes + 1)  # a file that grows while read is still capped
    if len(data) > max_bytes:
        raise InputError("too-large", f"more than the limit of {max_bytes:,} bytes")
    return data


def load_text(doc: InputDoc, max_bytes: int) -> tuple[str, int]:
    """The text of one input and its size in bytes; JSONL text is already decoded."""
    if doc.text is not None and not doc.problem:
        size = len(doc.text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise InputError("too-large", f"{size:,} bytes is over the limit of {max_bytes:,}")
        return check_text(doc.text), size
    data = read_input(doc, max_bytes)
    return decode(data, max_bytes=max_bytes), len(data)


def with_bytes(doc: InputDoc, max_bytes: int) -> InputDoc:
    """``doc`` carrying its bytes, for a worker that may not see this file system."""
    if doc.problem or doc.text is not None or doc.data is not None:
        return doc
    try:
        return replace(doc, data=read_input(doc, max_bytes), path=None)
    except InputError as exc:
        return replace(doc, problem=exc.reason, problem_kind=exc.kind)
    except OSError as exc:
        return replace(doc, problem=f"cannot read: {exc.strerror or exc}", problem_kind="unreadable")


def process(cleaner: Cleaner, doc: InputDoc) -> Outcome:
    """Read, decode and clean one input; any failure becomes an error entry, never a crash."""
    size = 0
    try:
        text, size = load_text(doc, cleaner.config.max_bytes)
        outlet = doc.outlet if doc.outlet in cleaner.rulebook.files else None  # a name we have rules for
        article = cleaner.clean(text, id=doc.id, source=doc.source, url=doc.url, outlet=outlet)
        del text
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
    except Exception as exc:  # noqa: BLE001 (a bug must not lose the document or stop the run)
        return Outcome(doc.id, size, error=_error(doc, "internal", f"{type(exc).__name__}: {exc}"))
    return Outcome(doc.id, size, record=record, outlet=article.outlet,
                   rules=[r.rule for r in article.removed], timeouts=list(article.timeouts))


def _error(doc: InputDoc, kind: str, reason: str) -> dict[str, Any]:
    one_line = " ".join(str(reason).split())[:500]
    return {"id": doc.id, "source": doc.source, "kind": kind, "reason": one_line}


def _init_worker(config: Config) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    _worker = shared_cleaner(config)  # a forked worker inherits the parent's


def _work(docs: list[InputDoc]) -> list[Outcome]:
    assert _worker is not None
    return [process(_worker, doc) for doc in docs]


def outcomes(docs: Iterable[InputDoc], config: Config, jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order, from this process or from ``jobs`` worker processes."""
    if jobs <= 1:
        cleaner = shared_cleaner(config)
        for doc in docs:
            yield process(cleaner, doc)
        return
    yield from _parallel(docs, config, jobs)


def _pool(config: Config, jobs: int) -> ProcessPoolExecutor:
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(config,))


def batches(docs: Iterable[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    """``docs`` in lists of ``size`` (the last may be shorter), read lazily."""
    batch: list[InputDoc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(docs: Iterable[InputDoc], config: Config, jobs: int) -> Iterator[Outcome]:
    """A bounded window of batches in flight, results in order.

    A worker that dies (a crash in C code, the OOM killer) breaks the pool; the documents
    then in flight are retried one by one in a fresh process, so the one that kills its
    worker again becomes an error entry and the others are cleaned as usual.
    """
    pool = _pool(config, jobs)
    window: deque[tuple[list[InputDoc], Future]] = deque()
    todo = batches(docs, BATCH_SIZE)
    try:
        while True:
            while len(window) < jobs * WINDOW_PER_JOB and (batch := next(todo, None)) is not None:
                window.append((batch, _submit(pool, batch)))
            if not window:
                return
            batch, future = window.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                for doc in [*batch, *(d for b, _ in window for d in b)]:
                    yield _isolated(doc, config)
                window.clear()
                pool = _pool(config, jobs)
            except Exception:  # noqa: BLE001 (e.g. a result that cannot be sent back: each document alone says which)
                for doc in batch:
                    yield _isolated(doc, config)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, batch: list[InputDoc]) -> Future:
    try:
        return pool.submit(_work, batch)
    except BrokenProcessPool as exc:  # broken by an earlier document: handled like a result
        failed: Future = Future()
        failed.set_exception(exc)
        return failed


def _isolated(doc: InputDoc, config: Config) -> Outcome:
    """Clean one document in a process of its own; its death is that document's error."""
    with _pool(config, 1) as solo:
        try:
            return solo.submit(_work, [doc]).result()[0]
        except BrokenProcessPool:
            return Outcome(doc.id, 0, error=_error(doc, "internal", "the worker process died cleaning this "
                                                   "document (a crash or out of memory)"))
        except Exception as exc:  # noqa: BLE001 (its result cannot come back)
            return Outcome(doc.id, 0, error=_error(doc, "internal", f"{type(exc).__name__}: {exc}"))


@dataclass(slots=True)
class Tally:
    """Counters of a chunk, or of the whole run (chunks merged in order)."""

    count: int = 0  # inputs
    records: int = 0
    errors: int = 0
    bytes: int = 0
    outlets: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    error_kinds: Counter = field(default_factory=Counter)
    timeouts: list[str] = field(default_factory=list)
    timeout_count: int = 0
    problems: list[str] = field(default_factory=list)  # accounting problems, if any

    def add(self, o: Outcome) -> None:
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

    def merge(self, entry: dict[str, Any]) -> None:
        """Add a chunk's counters (as the manifest stores them)."""
        self.count += entry["count"]
        self.records += entry["records"]
        self.errors += entry["errors"]
        self.bytes += entry["bytes"]
        self.outlets.update(entry["outlets"])
        self.rules.update(entry["rules"])
        self.error_kinds.update(entry["error_kinds"])
        self.timeout_count += entry["timeout_count"]
        self.timeouts.extend(entry["timeouts"][:max(0, MAX_TIMEOUT_LIST - len(self.timeouts))])
        self.problems.extend(entry["problems"])

    def entry(self, chunk: int, first: str | None, last: str | None) -> dict[str, Any]:
        return {"chunk": chunk, "first": first, "last": last, "count": self.count, "records": self.records,
                "errors": self.errors, "bytes": self.bytes, "outlets": dict(self.outlets),
                "rules": dict(self.rules), "error_kinds": dict(self.error_kinds), "timeouts": self.timeouts,
                "timeout_count": self.timeout_count, "problems": self.problems}

    def check(self, inputs: int) -> None:
        """records + errors = inputs: else note what went wrong."""
        if self.records + self.errors != inputs:
            self.problems.append(f"{self.records} records + {self.errors} errors != {inputs} inputs")

    def to_dict(self, inputs: int, seconds: float, cleaned: int, cleaned_bytes: int) -> dict[str, Any]:
        """The report; throughput counts what this run cleaned (not chunks a resumed run skipped)."""
        return {
            "inputs": inputs,
            "records": self.records,
            "errors": self.errors,
            "accounted": not self.problems,
            "accounting_problems": self.problems[:20],
            "bytes": self.bytes,
            "seconds": round(seconds, 3),
            "docs_per_second": round(cleaned / seconds, 1) if seconds else None,
            "mb_per_second": round(cleaned_bytes / 1e6 / seconds, 2) if seconds else None,
            "outlets": dict(self.outlets.most_common()),
            "rules": dict(self.rules.most_common()),
            "error_kinds": dict(self.error_kinds.most_common()),
            "regex_timeouts": self.timeouts,
            "regex_timeout_count": self.timeout_count,
        }


Engine = Callable[[Iterable[InputDoc], Config, int], Iterator[Outcome]]
Progress = Callable[[int, int], None]  # (documents done, input bytes done)


class _Chunk:
    """The chunk being written: its records file, its errors part, its counters."""

    def __init__(self, index: int, records_path: Path, errors_path: Path, output: OutputSpec) -> None:
        self.index = index
        self.records = open_sink(records_path, output)
        self.errors = AtomicFile(errors_path, commit=False)
        self.tally = Tally()
        self.first: str | None = None
        self.last: str | None = None

    def add(self, outcome: Outcome) -> None:
        if self.first is None:
            self.first = outcome.id
        self.last = outcome.id
        self.tally.count += 1
        self.tally.add(outcome)
        if outcome.record is not None:
            self.records.write(outcome.record)
        else:
            self.errors.fh.write(dumps_line(outcome.error))

    def commit(self) -> dict[str, Any]:
        self.records.commit()
        self.errors.commit()
        return self.tally.entry(self.index, self.first, self.last)

    def discard(self) -> None:
        self.records.discard()
        self.errors.discard()


def run(docs: Iterable[InputDoc], out_dir: Path, config: Config, *, jobs: int = 1,
        output: OutputSpec | None = None, engine: Engine | None = None, resume: bool = False,
        settings: dict[str, Any] | None = None, on_progress: Progress | None = None,
        extra_report: dict[str, Any] | None = None) -> dict[str, Any]:
    """Clean ``docs`` into ``out_dir``; returns the report that is also written there.

    Documents are taken in chunks (``--shard-size``, else :data:`CHUNK_SIZE`): each chunk's
    records and errors are written under temporary names, renamed when the chunk is
    complete, and noted in the manifest; ``resume=True`` skips the chunks an interrupted
    run with the same ``settings`` completed. The final files (errors.jsonl, report.json,
    and records.jsonl when unsharded) are published together at the end.

    ``report["accounted"]`` is False when some input did not end as exactly one record or
    one error (a bug); the outputs are still written so it can be investigated.
    """
    output = output or OutputSpec()
    chunk_size = output.shard_size or CHUNK_SIZE
    settings = dict(settings or {}) | {"output": [output.format, output.compress, output.shard_size],
                                       "chunk_size": chunk_size}
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.resume(out_dir, settings) if resume else Manifest.start(out_dir, settings)
    done = dict(manifest.completed)
    skipped: Counter = Counter()
    skipped_ids: dict[int, list[str]] = {}
    expected: deque[tuple[int, str, int]] = deque()  # (chunk, id, weight) of documents in flight
    counts = {"inputs": 0, "cleaned": 0, "cleaned_bytes": 0}
    started = time.perf_counter()

    def feed() -> Iterator[InputDoc]:
        for i, doc in enumerate(docs):
            counts["inputs"] += 1
            k = i // chunk_size
            if k in done:  # finished by the interrupted run: only checked
                skipped[k] += 1
                skipped_ids.setdefault(k, [doc.id, doc.id])[1] = doc.id
                if on_progress:
                    on_progress(1, doc.weight)
                continue
            expected.append((k, doc.id, doc.weight))
            yield doc

    def records_path(k: int) -> Path:
        if output.shard_size:
            return out_dir / output.shard_name(k)
        return manifest.part(f"records-{k:05d}{output.suffix}")

    problems: list[str] = []
    current: _Chunk | None = None
    try:
        for outcome in (engine or outcomes)(feed(), config, jobs):
            if expected:
                k, want, weight = expected.popleft()
            else:
                k, want, weight = (current.index if current else 0), None, 0
            if current is None or current.index != k:
                if current is not None:
                    manifest.done(current.commit())
                current = _Chunk(k, records_path(k), manifest.part(f"errors-{k:05d}.jsonl"), output)
            if outcome.id != want:  # kept with the chunk, so that a resumed run reports it too
                current.tally.problems.append(f"an outcome is for {outcome.id!r}, expected "
                                              f"{want if want is not None else 'no more inputs'!r}")
            current.add(outcome)
            counts["cleaned"] += 1
            counts["cleaned_bytes"] += outcome.size
            if on_progress:
                on_progress(1, weight)
        if current is not None:
            manifest.done(current.commit())
            current = None
        if expected:
            problems.append(f"{len(expected)} inputs got no outcome")
        for k, entry in done.items():
            if skipped[k] != entry["count"] or skipped_ids.get(k, [None, None]) != [entry["first"], entry["last"]]:
                problems.append(f"chunk {k} of the interrupted run does not match the input any more")
        return _finish(out_dir, manifest, output, counts, problems, started, extra_report)
    except BaseException:
        if current is not None:
            current.discard()
        if not manifest.completed:  # nothing worth resuming: leave OUT as it was
            manifest.remove()
        raise


def _finish(out_dir: Path, manifest: Manifest, output: OutputSpec, counts: dict[str, int], problems: list[str],
            started: float, extra_report: dict[str, Any] | None) -> dict[str, Any]:
    """Publish errors.jsonl, report.json (and records.* when unsharded), then drop the run state."""
    chunks = [manifest.completed[k] for k in sorted(manifest.completed)]
    tally = Tally()
    for entry in chunks:
        tally.merge(entry)
    tally.problems.extend(problems)
    if [e["chunk"] for e in chunks] != list(range(len(chunks))):
        tally.problems.append("chunks are missing from the run")
    tally.check(counts["inputs"])
    summary = tally.to_dict(counts["inputs"], time.perf_counter() - started, counts["cleaned"],
                            counts["cleaned_bytes"])
    if output.shard_size:
        names = [output.shard_name(e["chunk"]) for e in chunks]
        summary["shards"] = names
    else:
        names = [output.single_name]
    summary |= extra_report or {}
    files: list[AtomicFile] = []
    try:
        if not output.shard_size:
            records = AtomicFile(out_dir / output.single_name, commit=False)
            files.append(records)
            concatenate([manifest.part(f"records-{e['chunk']:05d}{output.suffix}") for e in chunks], records, output)
        errors = AtomicFile(out_dir / "errors.jsonl", commit=False)
        files.append(errors)
        concatenate([manifest.part(f"errors-{e['chunk']:05d}.jsonl") for e in chunks], errors, OutputSpec())
        report = AtomicFile(out_dir / "report.json", commit=False)
        files.append(report)
        report.fh.write(json_bytes(summary))
        for f in files:  # all written: publish them together
            f.commit()
    except BaseException:
        for f in files:
            f.discard()
        raise
    for stale in stale_outputs(out_dir, set(names)):
        stale.unlink(missing_ok=True)
    manifest.remove()
    return summary
