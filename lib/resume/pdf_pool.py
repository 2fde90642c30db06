"""Worker processes for reading PDFs: started on first use, reused, replaced when they fail.

Starting Python and PyMuPDF costs ~0.3 s, reusing a worker a few milliseconds, so the pool keeps
`size` workers (1 by default) alive. A worker is replaced after a timeout, a crash, a reply that
says it is exiting (it hit its memory limit), or `max_requests` requests. A request waits for a
free worker for up to its own timeout. The pool knows the protocol (pdf_worker), not PDFs.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import selectors
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from lib.resume import pdf_worker

MAX_REQUESTS = 500  # then the worker is replaced, so slow leaks in a long-lived process stay small
MAX_REPLY_BYTES = 32 * 1024 * 1024
_CHUNK = 1 << 16
_ROOT = str(Path(__file__).resolve().parents[2])
_BOOT = f"import sys; sys.path.insert(0, {_ROOT!r}); import lib.resume.pdf_worker as w; w.main()"


class WorkerFailure(Exception):
    """No usable reply; the subclass says why."""


class WorkerTimeout(WorkerFailure):
    """The deadline passed, or the worker used up its CPU time."""


class WorkerCrashed(WorkerFailure):
    """The worker died or broke the protocol."""


class WorkerBusy(WorkerFailure):
    """Every worker stayed busy for the whole timeout."""


class WorkerUnavailable(WorkerFailure):
    """A worker process could not be started."""


class _Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            env=_child_environment(),
        )
        self.requests = 0
        assert self.process.stdin is not None and self.process.stdout is not None
        self._stdin, self._stdout = self.process.stdin, self.process.stdout
        os.set_blocking(self._stdin.fileno(), False)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def exchange(self, request: bytes, deadline: float) -> bytes:
        """Send a request and return the reply body; WorkerTimeout or WorkerCrashed if there is none."""
        self.requests += 1
        pending, reply = memoryview(request), bytearray()
        with selectors.DefaultSelector() as selector:
            selector.register(self._stdin, selectors.EVENT_WRITE)
            selector.register(self._stdout, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise WorkerTimeout
                for key, _ in selector.select(remaining):
                    if key.fileobj is self._stdin:
                        pending = self._write(pending)
                        if not pending:
                            selector.unregister(self._stdin)
                        continue
                    chunk = os.read(self._stdout.fileno(), _CHUNK)
                    if not chunk:
                        raise WorkerCrashed
                    reply += chunk
                    body = _complete_frame(reply)
                    if body is not None:
                        return body

    def _write(self, pending: memoryview) -> memoryview:
        try:
            written = os.write(self._stdin.fileno(), pending[:_CHUNK])
        except BlockingIOError:
            return pending
        except BrokenPipeError:  # the child died; reading its stdout reports that
            return pending[:0]
        return pending[written:]

    def stop(self) -> int:
        """Kill the process if it still runs; its exit status (negative: the signal that ended it)."""
        if self.alive:
            self.process.kill()
        status = self.process.wait()
        self._stdin.close()
        self._stdout.close()
        return status


def _child_environment() -> dict[str, str]:
    """No secrets (cookie key, database URL, API keys) for a process that parses untrusted files."""
    kept = {name: os.environ[name] for name in ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT") if name in os.environ}
    return {**kept, "PYMUPDF_SUGGEST_LAYOUT_ANALYZER": "0"}


def _complete_frame(buffer: bytearray) -> bytes | None:
    if len(buffer) < pdf_worker.FRAME.size:
        return None
    (size,) = pdf_worker.FRAME.unpack_from(buffer)
    if size > MAX_REPLY_BYTES:
        raise WorkerCrashed
    end = pdf_worker.FRAME.size + size
    return bytes(buffer[pdf_worker.FRAME.size : end]) if len(buffer) >= end else None


class WorkerPool:
    """Up to `size` worker processes, started on demand and replaced when they fail."""

    def __init__(self, size: int = 1, max_requests: int = MAX_REQUESTS) -> None:
        self._idle: queue.LifoQueue[_Worker | None] = queue.LifoQueue()
        for _ in range(size):
            self._idle.put(None)
        self._max_requests = max_requests
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()

    def request(self, options: pdf_worker.Options, data: bytes, timeout_s: float) -> Any:
        """The worker's decoded JSON reply. Waiting for a worker and reading each get `timeout_s`."""
        try:
            worker = self._idle.get(timeout=timeout_s)
        except queue.Empty:
            raise WorkerBusy from None
        try:
            worker = self._ready(worker)
            request = pdf_worker.frame(options.encode()) + pdf_worker.frame(data)
            reply = json.loads(worker.exchange(request, time.monotonic() + timeout_s))
            if isinstance(reply, dict) and reply.get("exiting") is True:
                self._retire(worker)
                worker = None
            return reply
        except WorkerCrashed:
            status = worker.stop() if worker is not None else 0
            self._retire(worker)
            worker = None
            raise WorkerTimeout if status == -getattr(signal, "SIGXCPU", 0) else WorkerCrashed from None
        except BaseException as error:  # a timeout, or a reply we could not use: start afresh
            self._retire(worker)
            worker = None
            if isinstance(error, WorkerFailure):
                raise
            if isinstance(error, ValueError | OSError):
                raise WorkerCrashed from None
            raise
        finally:
            self._idle.put(worker)

    def _ready(self, worker: _Worker | None) -> _Worker:
        if worker is not None and worker.alive and worker.requests < self._max_requests:
            return worker
        self._retire(worker)
        try:
            worker = _Worker()
        except OSError:
            raise WorkerUnavailable from None
        with self._lock:
            self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker | None) -> None:
        if worker is not None:
            worker.stop()
            with self._lock:
                self._workers.discard(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.stop()


_pool: WorkerPool | None = None
_pool_lock = threading.Lock()


def default_pool() -> WorkerPool:
    """The process-wide pool; no user data stays in it between requests."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = WorkerPool()
            atexit.register(_pool.close)
        return _pool
