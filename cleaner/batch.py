"""Batch API for columnar pipelines (Hugging Face ``datasets.map(batched=True)`` and alike).

A batch is a dict of equal-length columns. ``clean_batch`` reads the text column (and an
optional id / url column) and returns new columns with the record's fields, so it can be
passed to ``Dataset.map`` directly:

>>> batch = {"text": ["A Short Title Here\\n\\nThe story.\\n\\nAdvertisement"]}
>>> clean_batch(batch)["body"]
[['The story.']]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .config import Config
from .pipeline import Cleaner, shared_cleaner

# Columns added to the batch; nested fields stay JSON-like so Arrow can store them.
OUTPUT_COLUMNS = ("outlet", "headline", "standfirst", "dateline", "body", "credit")


def clean_batch(batch: dict[str, Sequence[Any]], *, text_column: str = "text", id_column: str = "id",
                url_column: str = "url", config: Config | None = None,
                cleaner: Cleaner | None = None) -> dict[str, list[Any]]:
    """Clean every row of a columnar batch; rows whose text is missing get an empty body."""
    worker = cleaner or shared_cleaner(config)
    texts = batch[text_column]
    ids = batch.get(id_column) or [str(i) for i in range(len(texts))]
    urls = batch.get(url_column) or [None] * len(texts)
    out: dict[str, list[Any]] = {name: [] for name in OUTPUT_COLUMNS}
    for text, doc_id, url in zip(texts, ids, urls):
        record = worker.clean(text or "", id=str(doc_id), url=url).to_dict()
        for name in OUTPUT_COLUMNS:
            out[name].append(record[name])
    return out
