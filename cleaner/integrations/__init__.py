"""Adapters for other pipelines (datatrove). Each needs its optional extra installed."""
