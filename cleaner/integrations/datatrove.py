"""A datatrove pipeline step that cleans each document's text into its article body.

Install the extra first: ``pip install "cleaner[datatrove]"``. The step replaces
``doc.text`` with the body paragraphs joined by blank lines and keeps the other record
fields in ``doc.metadata["cleaner"]``; documents left with an empty body are dropped
(counted as ``dropped_empty``) unless ``keep_empty=True``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError('cleaner.integrations.datatrove needs datatrove: pip install "cleaner[datatrove]"') from exc

from ..config import Config
from ..pipeline import Cleaner


class CleanerStep(PipelineStep):
    """Clean news pages inside a datatrove pipeline (one Cleaner per worker process)."""

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, config: Config | None = None, *, url_key: str = "url", keep_empty: bool = False) -> None:
        super().__init__()
        self.config = config or Config()
        self.url_key = url_key
        self.keep_empty = keep_empty
        self._cleaner: Cleaner | None = None

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        if self._cleaner is None:
            self._cleaner = Cleaner(self.config)
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                article = self._cleaner.clean(doc.text or "", id=str(doc.id), url=doc.metadata.get(self.url_key))
            self.stat_update(f"outlet:{article.outlet or 'generic'}")
            if not article.body and not self.keep_empty:
                self.stat_update("dropped_empty")
                continue
            record = article.to_dict()
            doc.text = "\n\n".join(record.pop("body"))
            doc.metadata["cleaner"] = record
            yield doc
