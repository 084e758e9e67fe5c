"""The run's progress bar on stderr: documents, MB read, docs/s and ETA.

The bar advances by input bytes (files on disk, JSONL lines as read), not documents, because
a JSONL corpus's document count is unknown until it has been read, while its size is known.
"""

from __future__ import annotations

import time
from typing import Self

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn


class RunProgress:
    """A context manager whose ``advance(docs, bytes)`` is the runner's ``on_progress``."""

    def __init__(self, console: Console, total_bytes: int | None, *, show: bool) -> None:
        self.bar = Progress(TextColumn("[bold]cleaning"), BarColumn(), TextColumn("{task.fields[docs]:,} docs"),
                            TextColumn("{task.fields[mb]}"), TextColumn("{task.fields[rate]}"),
                            TimeRemainingColumn(), console=console, disable=not show, transient=False)
        self.total = total_bytes or None
        self.docs = 0
        self.bytes = 0
        self.started = time.perf_counter()
        self.task = self.bar.add_task("clean", total=self.total, docs=0, mb="", rate="")

    def __enter__(self) -> Self:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)

    def advance(self, docs: int, nbytes: int) -> None:
        self.docs += docs
        self.bytes += nbytes
        elapsed = time.perf_counter() - self.started
        total = f"/{self.total / 1e6:,.1f}" if self.total else ""
        rate = f"{self.docs / elapsed:,.0f} docs/s" if elapsed > 0.5 else ""
        self.bar.update(self.task, advance=nbytes, docs=self.docs, mb=f"{self.bytes / 1e6:,.1f}{total} MB", rate=rate)
