"""The store's index of body hashes: which texts are stored already, without re-reading every file.

Its own module because the index is a cache with its own rules: a file's hash stays valid while its size
and modification time are unchanged, and a missing or damaged index is rebuilt from the files.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from pathlib import Path

from tradeviz.errors import ReadError
from tradeviz.ingest.store_names import INDEX_NAME, TEMP_PREFIX
from tradeviz.read import HTML_SUFFIXES, Skipped, iter_files
from tradeviz.read.corpus import read_file_bytes
from tradeviz.read.decode import decode_bytes
from tradeviz.read.frontmatter import split_front_matter
from tradeviz.read.html import extract_html


def body_hash(body: str) -> str:
    """Identity of an article's text for finding duplicates: outer blank space does not count."""
    return hashlib.sha256(body.strip().encode("utf-8", "surrogatepass")).hexdigest()


def stored_body(path: Path) -> str:
    """The body text of a stored article file, as the reader sees it (HTML extracted, front matter off)."""
    data = read_file_bytes(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return extract_html(data, name=path.name).text
    return split_front_matter(decode_bytes(data, path.name))[1]


@dataclasses.dataclass(slots=True)
class BodyIndex:
    """Body hash of each article file in the store, valid while the file's size and mtime are unchanged."""

    root: Path
    files: dict[str, tuple[int, int, str | None]]

    @classmethod
    def load(cls, root: Path) -> BodyIndex:
        """The saved index; a missing or damaged one is an empty one (it is rebuilt from the files)."""
        try:
            saved = json.loads((root / INDEX_NAME).read_text(encoding="utf-8"))
            files = {
                str(key): (int(size), int(mtime), None if digest is None else str(digest))
                for key, (size, mtime, digest) in saved["files"].items()
            }
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            files = {}
        return cls(root, files)

    def _key(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def refresh(self) -> dict[str, str]:
        """Hash -> relative path of every readable article in the store, re-reading only changed files."""
        current: dict[str, tuple[int, int, str | None]] = {}
        for item in iter_files([self.root]):
            if isinstance(item, Skipped):
                continue
            key = self._key(item)
            try:
                stat = item.stat()
            except OSError:  # removed since the folder was listed
                continue
            known = self.files.get(key)
            if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
                current[key] = known
                continue
            try:
                digest: str | None = body_hash(stored_body(item))
            except ReadError:
                digest = None  # not an article; remembered so that it is not read again
            current[key] = (stat.st_size, stat.st_mtime_ns, digest)
        self.files = current
        hashes: dict[str, str] = {}
        for key, (_size, _mtime, digest) in sorted(current.items()):
            if digest is not None:
                hashes.setdefault(digest, key)
        return hashes

    def remember(self, path: Path, digest: str) -> None:
        stat = path.stat()
        self.files[self._key(path)] = (stat.st_size, stat.st_mtime_ns, digest)

    def save(self) -> None:
        """Write the index atomically; losing it costs only a re-read of the store."""
        payload = json.dumps({"version": 1, "files": self.files}, ensure_ascii=False, sort_keys=True)
        descriptor, temporary_name = tempfile.mkstemp(dir=self.root, prefix=TEMP_PREFIX, suffix=".index")
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.chmod(temporary_name, 0o644)
            os.replace(temporary_name, self.root / INDEX_NAME)
        finally:
            Path(temporary_name).unlink(missing_ok=True)
