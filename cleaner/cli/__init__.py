"""The ``cleaner`` command line: a thin layer of typer commands over the library."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
