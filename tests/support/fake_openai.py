"""A small OpenAI-protocol HTTP server for tests, driven by a script of replies.

Tests use the real `openai` client against it, so timeouts, retries, status
codes and request encoding are exercised exactly as in production. Each request
takes the next scripted reply, whatever its path; an empty script answers 500.
Every request is recorded for assertions.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import pytest

from lib.settings import AISettings


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()
    delay_s: float = 0.0


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any = None
    form: dict[str, str | bytes] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a /chat/completions request."""
        return list(self.json["messages"]) if isinstance(self.json, dict) else []

    def message(self, role: str) -> str:
        """The content of the only message with `role`."""
        (content,) = [m["content"] for m in self.messages if m["role"] == role]
        return str(content)


def _json_reply(status: int, payload: object, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, json.dumps(payload).encode(), (("Content-Type", "application/json"), *headers))


def _completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            },
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _error(message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": "server_error", "param": None, "code": None}}


DEFAULT_REPLY = _json_reply(500, _error("no scripted reply"))


def _parse_form(content_type: str, body: bytes) -> dict[str, str | bytes]:
    """Fields of a multipart/form-data body; file fields stay bytes."""
    header = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(header + body)
    form: dict[str, str | bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        form[name] = payload if part.get_filename() else payload.decode()
    return form


class FakeOpenAI:
    """Context manager running the server on 127.0.0.1 on a free port."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.block_on_close = False  # a delayed reply must not hold up shutdown
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def settings(
        self,
        *,
        timeout_s: float = 5.0,
        max_retries: int = 2,
        api_key: str | None = "test-key",
    ) -> AISettings:
        """AISettings pointing at this server."""
        return AISettings(
            base_url=self.base_url,
            api_key=api_key,
            model="fake-model",
            transcribe_model="fake-whisper",
            timeout_s=timeout_s,
            max_retries=max_retries,
        )

    # Script -------------------------------------------------------------------------------

    def _push(self, reply: Reply) -> FakeOpenAI:
        with self._lock:
            self._script.append(reply)
        return self

    def ok(self, content: dict[str, Any] | str) -> FakeOpenAI:
        """A chat completion whose message content is `content` (a dict is JSON-encoded)."""
        text = content if isinstance(content, str) else json.dumps(content)
        return self._push(_json_reply(200, _completion(text)))

    def status(self, code: int, body: object = None, *, retry_after_ms: int | None = 10) -> FakeOpenAI:
        """An error status; a short retry-after keeps the client's retries fast."""
        headers = (("retry-after-ms", str(retry_after_ms)),) if retry_after_ms is not None else ()
        return self._push(_json_reply(code, body if body is not None else _error("scripted"), headers))

    def delay(self, seconds: float) -> FakeOpenAI:
        """Hold the request for `seconds` (longer than the client's timeout), then answer 500."""
        return self._push(Reply(500, DEFAULT_REPLY.body, DEFAULT_REPLY.headers, delay_s=seconds))

    def malformed(self) -> FakeOpenAI:
        """A completion whose content is not JSON."""
        return self.ok("Sure! Here is my feedback: the answer was great {score: ninety")

    def transcript(self, text: str) -> FakeOpenAI:
        """A reply for POST /v1/audio/transcriptions."""
        return self._push(_json_reply(200, {"text": text}))

    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # Server -------------------------------------------------------------------------------

    def _next_reply(self) -> Reply:
        with self._lock:
            return self._script.popleft() if self._script else DEFAULT_REPLY

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                content_type = self.headers.get("Content-Type", "")
                record = RecordedRequest(self.command, self.path, dict(self.headers.items()), body)
                if content_type.startswith("application/json") and body:
                    record.json = json.loads(body)
                elif content_type.startswith("multipart/form-data"):
                    record.form = _parse_form(content_type, body)
                with fake._lock:
                    fake.requests.append(record)
                reply = fake._next_reply()
                if reply.delay_s and fake._stopping.wait(reply.delay_s):
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers:
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout); that is the point of delay()

            do_GET = _handle
            do_POST = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture(name="fake_openai")
def fake_openai_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A running fake server; proxies are bypassed so requests reach 127.0.0.1.

    Import `fake_openai_fixture` into a test module to use the `fake_openai` fixture;
    the different names keep ruff from reading the parameter as a redefinition.
    """
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "127.0.0.1,localhost")
    with FakeOpenAI() as server:
        yield server
