"""The PDF worker: a child process that reads PDFs for pdf_reader under memory and CPU limits.

A hostile PDF (a decompression bomb, a pathological page) can then at worst exhaust the child:
RLIMIT_AS caps its memory, RLIMIT_CPU its processor time per request, the parent adds a
wall-clock deadline and kills it, and a crash costs a restart. The process stays up between
requests because starting Python and importing PyMuPDF takes about 0.2 s.

Protocol on stdin and stdout: frames of an 8-byte big-endian length and a body. A request is two
frames, JSON options then the PDF; a reply is one JSON frame, so the parent never unpickles
anything a compromised child could have forged.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import struct
import sys
from dataclasses import asdict, dataclass
from typing import IO, Any

FRAME = struct.Struct(">Q")
MEMORY_LIMIT_BYTES = 1 << 30
MAX_OPTIONS_BYTES = 4096
MAX_PDF_BYTES = 1 << 30


@dataclass(frozen=True)
class Options:
    cpu_seconds: int
    max_pages: int
    max_chars: int

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @classmethod
    def decode(cls, body: bytes) -> Options:
        values = json.loads(body)
        return cls(int(values["cpu_seconds"]), int(values["max_pages"]), int(values["max_chars"]))


def frame(body: bytes) -> bytes:
    return FRAME.pack(len(body)) + body


def _read_exact(stream: IO[bytes], size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes], limit: int) -> bytes | None:
    header = _read_exact(stream, FRAME.size)
    if header is None:
        return None
    (size,) = FRAME.unpack(header)
    if size > limit:
        raise ValueError("frame too large")
    return _read_exact(stream, size)


def _limit_memory() -> None:
    import resource

    for limit, value in ((resource.RLIMIT_AS, MEMORY_LIMIT_BYTES), (resource.RLIMIT_CORE, 0)):
        with contextlib.suppress(ValueError, OSError):  # macOS refuses RLIMIT_AS; the deadline still holds
            resource.setrlimit(limit, (value, value))


def _limit_cpu(seconds: int) -> None:
    """Allow `seconds` more CPU time from now; past it the kernel sends SIGXCPU, which kills us."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime) + seconds
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _is_memory_error(error: BaseException) -> bool:
    """Python's MemoryError, or MuPDF's "malloc (...) failed" / "realloc (...) failed"."""
    return isinstance(error, MemoryError) or "alloc" in str(error).lower() or "out of memory" in str(error).lower()


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer requests until stdin closes; exit after running out of memory, to start clean."""
    from lib.resume import pdf_extract  # PyMuPDF loads here, under the memory limit

    while True:
        header = _read_frame(requests, MAX_OPTIONS_BYTES)
        data = _read_frame(requests, MAX_PDF_BYTES) if header is not None else None
        if header is None or data is None:
            return
        options = Options.decode(header)
        _limit_cpu(options.cpu_seconds)
        reply: dict[str, Any]
        try:
            reply = pdf_extract.extract(data, max_pages=options.max_pages, max_chars=options.max_chars)
        except Exception as error:
            reply = pdf_extract.failure("memory" if _is_memory_error(error) else "damaged")
        del data
        exiting = reply.get("error") == "memory"  # start afresh rather than run on in a damaged heap
        replies.write(frame(json.dumps({**reply, "exiting": exiting}, ensure_ascii=False).encode()))
        replies.flush()
        if exiting:
            return


def main() -> None:
    # Replies get their own copy of stdout; fd 1 goes to /dev/null so that nothing a library
    # prints can corrupt the protocol.
    replies = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    _limit_memory()
    # PyMuPDF imports its optional layout package (an ONNX model: 0.27 s and 250 MB of address
    # space) when installed; this reader does not use it.
    sys.modules["pymupdf.layout"] = None  # type: ignore[assignment]
    os.environ["PYMUPDF_SUGGEST_LAYOUT_ANALYZER"] = "0"
    serve(sys.stdin.buffer, replies)
