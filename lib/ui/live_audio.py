"""Live voice capture over WebRTC: the answer arrives as WAV bytes, like an `st.audio_input` recording.

The browser sends the microphone to the server with streamlit-webrtc (send-only,
audio only). Frames are taken in a *callback*, not in a polling loop:

- A sink track (`create_audio_sink_track`) calls `LiveCapture.add` on aiortc's
  event-loop thread for every decoded frame, in order and without drops; each
  frame is converted at once to 16-bit mono 16 kHz PCM, so ten minutes cost
  about 19 MB rather than the 230 MB of raw 48 kHz float stereo.
- The script therefore never blocks. The streamlit-webrtc examples loop on
  `ctx.audio_receiver.get_frames()` while playing, which stops the rest of the
  page from drawing below the recorder, and whose bounded queue silently drops
  audio whenever the loop is interrupted (any widget click reruns the script).
- The capture object lives in `st.session_state` per key, so it survives the
  reruns that Start and Stop cause. It is reset when a new session starts (in
  the component's `on_change`, before the worker exists) and finished (WAV
  built once) on the first run after the stream stops.

After Stop, `live_recording` returns the same WAV bytes on every run until the
next Start, just as `st.audio_input` keeps returning its value; a page can then
show a submit button without losing the recording on the button's rerun.

The conversion helpers (`PcmConverter`, `frames_to_pcm`, `pcm_to_wav`,
`LiveCapture`) need only PyAV and numpy, so they are unit-tested without a browser.
"""

from __future__ import annotations

import io
import logging
import threading
import wave
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import streamlit as st
from numpy.typing import NDArray

from lib.ai.wav import MAX_SECONDS, TARGET_RATE
from lib.ui.i18n import t

if TYPE_CHECKING:
    import av

LOGGER = logging.getLogger(__name__)

IDLE, RECORDING, DONE = "idle", "recording", "done"
_EMPTY = np.zeros(0, dtype=np.int16)


class PcmConverter:
    """Stateful conversion of `av.AudioFrame`s of any format, layout and rate to mono 16 kHz int16.

    One resampler is kept across frames so that no samples are lost at frame
    boundaries; call `flush` at the end for the samples it still holds. A frame
    whose format differs from the previous ones starts a new resampler.
    """

    def __init__(self, rate: int = TARGET_RATE) -> None:
        self._rate = rate
        self._resampler: av.AudioResampler | None = None
        self._source: tuple[str, str, int] | None = None

    def convert(self, frame: av.AudioFrame) -> NDArray[np.int16]:
        import av

        source = (frame.format.name, frame.layout.name, frame.sample_rate)
        parts = []
        if source != self._source:
            parts.append(self.flush())
            self._resampler = av.AudioResampler(format="s16", layout="mono", rate=self._rate)
            self._source = source
        assert self._resampler is not None
        parts.extend(_samples(out) for out in self._resampler.resample(frame))
        return _join(parts)

    def flush(self) -> NDArray[np.int16]:
        if self._resampler is None:
            return _EMPTY
        pending = _join([_samples(out) for out in self._resampler.resample(None)])
        self._resampler = None
        self._source = None
        return pending


def _samples(frame: av.AudioFrame) -> NDArray[np.int16]:
    # A packed s16 mono frame is an array shaped (1, samples).
    return np.asarray(frame.to_ndarray(), dtype=np.int16).reshape(-1)


def _join(parts: Sequence[NDArray[np.int16]]) -> NDArray[np.int16]:
    kept = [part for part in parts if len(part)]
    if not kept:
        return _EMPTY
    return kept[0] if len(kept) == 1 else np.concatenate(kept)


def frames_to_pcm(frames: Iterable[av.AudioFrame], rate: int = TARGET_RATE) -> NDArray[np.int16]:
    """All the frames as one mono int16 signal at `rate` (16 kHz by default)."""
    converter = PcmConverter(rate)
    parts = [converter.convert(frame) for frame in frames]
    parts.append(converter.flush())
    return _join(parts)


def pcm_to_wav(pcm: NDArray[np.int16], rate: int = TARGET_RATE) -> bytes:
    """16-bit mono PCM WAV bytes, the format `lib.ai.wav.read_wav` and every recogniser accept."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(np.asarray(pcm, dtype="<i2").tobytes())
    return buffer.getvalue()


class LiveCapture:
    """The audio of one live recording; `add` is called from the WebRTC thread, the rest from the script.

    Samples beyond `max_seconds` are dropped and `full` turns true; frames that
    arrive while not recording (before `start`, after `finish`) are ignored.
    """

    def __init__(self, max_seconds: float = MAX_SECONDS, rate: int = TARGET_RATE) -> None:
        self._lock = threading.Lock()
        self._rate = rate
        self._max_samples = int(max_seconds * rate)
        self._converter = PcmConverter(rate)
        self._chunks: list[NDArray[np.int16]] = []
        self._samples = 0
        self._full = False
        self._wav: bytes | None = None
        self.phase = IDLE

    def start(self) -> None:
        with self._lock:
            self._converter = PcmConverter(self._rate)
            self._chunks = []
            self._samples = 0
            self._full = False
            self._wav = None
            self.phase = RECORDING

    def add(self, frame: av.AudioFrame) -> None:
        with self._lock:
            if self.phase != RECORDING or self._full:
                return
            self._keep(self._converter.convert(frame))

    def _keep(self, pcm: NDArray[np.int16]) -> None:
        room = self._max_samples - self._samples
        if len(pcm) >= room:
            pcm = pcm[:room]
            self._full = True
        if len(pcm):
            self._chunks.append(pcm)
            self._samples += len(pcm)

    def finish(self) -> bytes | None:
        """Close the recording and build its WAV once; None when no audio arrived."""
        with self._lock:
            if self.phase == RECORDING:
                if not self._full:
                    self._keep(self._converter.flush())
                self._wav = pcm_to_wav(_join(self._chunks), self._rate) if self._samples else None
                self._chunks = []
                self.phase = DONE
            return self._wav

    @property
    def wav(self) -> bytes | None:
        with self._lock:
            return self._wav

    @property
    def seconds(self) -> float:
        with self._lock:
            return self._samples / self._rate

    @property
    def full(self) -> bool:
        with self._lock:
            return self._full


def live_recording(
    key: str, ice_servers: Sequence[Mapping[str, Any]], *, max_seconds: float = MAX_SECONDS
) -> bytes | None:
    """Draw a Start/Stop microphone recorder; after Stop, the answer as 16 kHz mono WAV bytes.

    Returns None while nothing is recorded yet, while recording, when no audio
    arrived, and whenever live capture cannot work here (the error is logged,
    never raised), so the caller can offer `st.audio_input` instead.
    `ice_servers` are passed to both the browser and the server; an empty
    sequence means host candidates only, enough on localhost or a LAN.
    Call it outside `st.form` (it draws a component and a fragment).
    """
    try:
        return _live_recording(key, [dict(server) for server in ice_servers], max_seconds)
    except Exception:
        LOGGER.warning("Live recording is unavailable (key=%s)", key, exc_info=True)
        st.caption(t("Live recording is not available right now."))
        return None


def forget_live_recording(key: str) -> None:
    """Drop a finished recording's audio from the session (up to 19 MB each), e.g. once it is saved."""
    capture = st.session_state.get(_capture_key(key))
    if isinstance(capture, LiveCapture) and capture.phase != RECORDING:
        del st.session_state[_capture_key(key)]


def _capture_key(key: str) -> str:
    return f"{key}_live_capture"


def _capture(key: str, max_seconds: float) -> LiveCapture:
    capture = st.session_state.get(_capture_key(key))
    if not isinstance(capture, LiveCapture):
        capture = LiveCapture(max_seconds)
        st.session_state[_capture_key(key)] = capture
    return capture


def _playing(key: str) -> bool:
    """The stream state as of this run, before the component is drawn (`on_change` has already set it)."""
    state = getattr(st.session_state.get(key), "state", None)
    return bool(getattr(state, "playing", False))


def _live_recording(key: str, ice_servers: list[dict[str, Any]], max_seconds: float) -> bytes | None:
    from streamlit_webrtc import Translations, WebRtcMode, create_audio_sink_track, webrtc_streamer

    capture = _capture(key, max_seconds)

    def on_change() -> None:
        # Runs before the script, so a new recording is reset before its worker can deliver frames.
        state = st.session_state[key].state
        if (state.playing or state.signalling) and capture.phase != RECORDING:
            capture.start()

    ctx = webrtc_streamer(
        key=key,
        mode=WebRtcMode.SENDONLY,
        # An explicit list (even empty) stops streamlit-webrtc from adding Google's public STUN server.
        rtc_configuration={"iceServers": ice_servers},
        media_stream_constraints={"audio": True, "video": False},
        sink_audio_track=create_audio_sink_track(callback=capture.add, key=f"{key}_live_sink"),
        # Stop the browser once the cap is reached; None otherwise, or its Start/Stop button stays hidden.
        desired_playing_state=False if capture.full and _playing(key) else None,
        media_toggle_controls=False,
        on_change=on_change,
        translations=Translations(
            start=t("Start recording"),
            stop=t("Stop"),
            select_device=t("Choose microphone"),
            select_microphone=t("Microphone"),
            media_api_not_available=t("This browser cannot record here. Use HTTPS or localhost."),
            device_ask_permission=t("Please allow this app to use your microphone."),
            device_not_available=t("No microphone was found."),
            device_access_denied=t("Microphone access was denied."),
        ),
    )
    active = ctx.state.playing or ctx.state.signalling
    if active and capture.phase != RECORDING:
        capture.start()
    if ctx.state.signalling and not ctx.state.playing:
        st.caption(t("Connecting to the microphone…"))
    elif ctx.state.playing and capture.full:
        st.caption(t("Recordings stop at {limit}. Stopping…", limit=_clock(max_seconds)))
    elif ctx.state.playing:
        _recording_status(capture)
    elif capture.phase == RECORDING:
        capture.finish()
    if active or capture.phase != DONE:
        return None
    wav = capture.wav
    if wav is None:
        st.warning(t("No sound reached the app. Check your microphone and try again, or use the other recorder."))
        return None
    if capture.full:
        st.caption(t("Recordings stop at {limit}; this one was cut there.", limit=_clock(max_seconds)))
    st.audio(wav, format="audio/wav")
    return wav


@st.fragment(run_every=1)
def _recording_status(capture: LiveCapture) -> None:
    """The elapsed time, redrawn every second without rerunning the page."""
    if capture.full:
        st.rerun(scope="app")  # that run asks the browser to stop (desired_playing_state=False)
    st.caption(t("Recording… {elapsed}. Press Stop when you finish.", elapsed=_clock(capture.seconds)))


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
