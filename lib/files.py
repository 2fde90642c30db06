"""Files the app keeps for users (uploads, recordings) under generated names in DATA_DIR."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_with_its_row(path: Path, data: bytes) -> Iterator[None]:
    """Write `data` to `path` for the block that records it in the database; if the block fails
    (the database refused the row), remove the file again so no orphan stays on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    try:
        yield
    except BaseException:
        path.unlink(missing_ok=True)
        raise
