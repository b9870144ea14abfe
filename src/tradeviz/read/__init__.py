"""Reading articles: files and folders (or pasted text) in, Article records out, Skipped for the rest."""

from tradeviz.read.article import Article, ArticleInfo, Skipped
from tradeviz.read.corpus import (
    ARTICLE_SUFFIXES,
    article_from_bytes,
    article_from_text,
    iter_files,
    read_article,
    read_articles,
    read_file_bytes,
)
from tradeviz.read.decode import MAX_BYTES, decode_bytes
from tradeviz.read.frontmatter import split_front_matter

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "Article",
    "ArticleInfo",
    "Skipped",
    "article_from_bytes",
    "article_from_text",
    "decode_bytes",
    "iter_files",
    "read_article",
    "read_articles",
    "read_file_bytes",
    "split_front_matter",
]
