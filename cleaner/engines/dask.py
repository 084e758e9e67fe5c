"""``--engine dask``: clean on a dask.distributed cluster, results in input order.

Workers may not share the client's file system, so documents travel with their content:
pages are read here and shipped as bytes, JSONL lines as their text, in batches of
:data:`BATCH_SIZE`. At most :data:`BATCHES_PER_WORKER` batches per worker are in flight,
which keeps memory bounded on both sides however large the corpus, and batches are
collected in submission order, so the records are those of a local run, in the same order.

Workers need ``cleaner`` installed (the same version) and, for ``--rules DIR``, the rule
folder at the same path.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Config
from ..errors import CleanerError
from ..inputs import InputDoc
from ..runner import Outcome, _error, process, with_bytes

BATCH_SIZE = 64  # documents per task: enough to amortise the scheduler's per-task cost
BATCH_BYTES = 16 * 1024 * 1024  # ... or fewer, when their content adds up to this much
BATCHES_PER_WORKER = 3  # tasks in flight per worker: keeps workers busy, memory bounded
CONNECT_TIMEOUT = "30s"  # how long to wait for a remote scheduler before giving up
_cleaners: dict[Config, Any] = {}  # per worker process: rules are loaded once per config


def clean_batch(config: Config, docs: list[InputDoc]) -> list[Outcome]:
    """Runs on a worker: clean a batch with the worker's cached :class:`Cleaner`."""
    from ..pipeline import Cleaner

    cleaner = _cleaners.get(config)
    if cleaner is None:
        cleaner = _cleaners[config] = Cleaner(config)
    return [process(cleaner, doc) for doc in docs]


def require_distributed() -> None:
    """Fail before any work when dask.distributed is not installed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise CleanerError("--engine dask needs dask.distributed: pip install 'cleaner[dask]'") from None


def connect(scheduler: str | None, jobs: int) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``jobs`` processes."""
    require_distributed()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except OSError as exc:
            raise CleanerError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    # No dashboard; everything on the loopback (the scheduler's health endpoint too, on a
    # free port: 8787 may be taken by another cluster on this machine).
    cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None,
                           host="127.0.0.1", scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=40)
    return Client(cluster), cluster


def outcomes(docs: Iterable[InputDoc], config: Config, jobs: int, *, scheduler: str | None = None,
             batch_size: int = BATCH_SIZE) -> Iterator[Outcome]:
    """Outcomes in input order, cleaned on the cluster (signature of ``runner.outcomes``)."""
    client, cluster = connect(scheduler, jobs)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        window: deque[tuple[list[InputDoc], Any]] = deque()
        batches = _batches((with_bytes(d, config.max_bytes) for d in docs), batch_size)
        while True:
            while len(window) < workers * BATCHES_PER_WORKER and (batch := next(batches, None)) is not None:
                window.append((batch, client.submit(clean_batch, config, batch, pure=False)))
            if not window:
                return
            batch, future = window.popleft()
            try:
                results = future.result()
            except Exception:  # noqa: BLE001 (a worker died on this batch, KilledWorker: find the document, alone)
                results = [_alone(client, config, doc) for doc in batch]
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _batches(docs: Iterator[InputDoc], size: int) -> Iterator[list[InputDoc]]:
    """Batches of at most ``size`` documents and about :data:`BATCH_BYTES` of content."""
    batch: list[InputDoc] = []
    weight = 0
    for doc in docs:
        batch.append(doc)
        weight += len(doc.data or b"") + len(doc.text or "")
        if len(batch) >= size or weight >= BATCH_BYTES:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _alone(client: Any, config: Config, doc: InputDoc) -> Outcome:
    """One document of a failed batch, cleaned as a task of its own; its failure is its error."""
    try:
        return client.submit(clean_batch, config, [doc], pure=False).result()[0]
    except Exception as exc:  # noqa: BLE001 (whatever the cluster raised is this document's error)
        return Outcome(doc.id, 0, error=_error(doc, "internal", f"the cluster could not clean this document "
                                               f"(a worker crash or out of memory): {type(exc).__name__}: {exc}"))
