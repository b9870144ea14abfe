"""Reading articles: files and folders (or pasted text) in, Article records out, Skipped for the rest."""

from tradeviz.read.article import Article, ArticleInfo, Skipped
from tradeviz.read.corpus import (
    ARTICLE_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    article_from_bytes,
    article_from_text,
    iter_file_paths,
    iter_files,
    read_article,
    read_articles,
    read_file_bytes,
    with_inferred_metadata,
)
from tradeviz.read.decode import MAX_BYTES, decode_bytes
from tradeviz.read.frontmatter import join_front_matter, split_front_matter
from tradeviz.read.html import HtmlPage, article_from_html, extract_html

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_BYTES",
    "TEXT_SUFFIXES",
    "Article",
    "ArticleInfo",
    "HtmlPage",
    "Skipped",
    "article_from_bytes",
    "article_from_html",
    "article_from_text",
    "decode_bytes",
    "extract_html",
    "iter_file_paths",
    "iter_files",
    "join_front_matter",
    "read_article",
    "read_articles",
    "read_file_bytes",
    "split_front_matter",
    "with_inferred_metadata",
]
