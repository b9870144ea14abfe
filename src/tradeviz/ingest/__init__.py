"""Bringing articles in: fetch pages from the web, and keep every article in one store folder as text."""

from tradeviz.ingest.fetch import Fetched, FetchError, fetch
from tradeviz.ingest.store import ArticleStore, DuplicateArticle, StoreError, UnsupportedInput, default_root

__all__ = [
    "ArticleStore",
    "DuplicateArticle",
    "FetchError",
    "Fetched",
    "StoreError",
    "UnsupportedInput",
    "default_root",
    "fetch",
]
