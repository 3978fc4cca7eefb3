"""Ingest: files, folders or standard input in; one `Document` per article out (read.py)."""
from __future__ import annotations

from briefing.ingest.read import collect_paths, read_document

__all__ = ["collect_paths", "read_document"]
