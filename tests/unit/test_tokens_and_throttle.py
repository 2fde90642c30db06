"""The login cookie's token and the throttling rule."""

from __future__ import annotations

from datetime import datetime, timedelta

import jwt
import pytest

from lib.auth import throttle, tokens

KEY = "k" * 64
NOW = datetime(2026, 5, 1, 12, 0, 0)
WINDOW, LOCKOUT = timedelta(minutes=15), timedelta(minutes=15)


def test_a_token_carries_its_session_and_user():
    token = tokens.issue("sid-1", 7, key=KEY, issued_at=NOW, expires_at=NOW + timedelta(hours=1))
    assert tokens.read(token, key=KEY, now=NOW) == ("sid-1", 7)


def test_an_expired_token_is_refused():
    token = tokens.issue("sid-1", 7, key=KEY, issued_at=NOW, expires_at=NOW + timedelta(hours=1))
    assert tokens.read(token, key=KEY, now=NOW + timedelta(hours=1)) is None


def test_session_ids_are_random_and_stored_only_as_hashes():
    first, second = tokens.new_session_id(), tokens.new_session_id()
    assert first != second and len(first) >= 40
    assert tokens.session_hash(first) != first and len(tokens.session_hash(first)) == 64


def failures(*minutes: float) -> list[datetime]:
    return [NOW + timedelta(minutes=m) for m in minutes]


def lock(times: list[datetime], now: datetime) -> datetime | None:
    return throttle.locked_until(times, max_failures=10, window=WINDOW, lockout=LOCKOUT, now=now)


def test_nine_failures_do_not_lock():
    assert lock(failures(*range(9)), NOW + timedelta(minutes=9)) is None


def test_the_tenth_failure_in_the_window_locks_for_the_lockout():
    times = failures(*range(10))
    assert lock(times, NOW + timedelta(minutes=10)) == NOW + timedelta(minutes=9) + LOCKOUT


def test_the_lock_expires_by_itself():
    times = failures(*range(10))
    assert lock(times, NOW + timedelta(minutes=9) + LOCKOUT) is None


@pytest.mark.parametrize("gap", [1.7, 3.0])
def test_failures_spread_wider_than_the_window_do_not_lock(gap):
    times = failures(*[gap * index for index in range(10)])
    assert lock(times, times[-1] + timedelta(seconds=1)) is None


def genuine_claims() -> dict:
    token = tokens.issue("sid-1", 7, key=KEY, issued_at=NOW, expires_at=NOW + timedelta(hours=1))
    return jwt.decode(token, options={"verify_signature": False})


@pytest.mark.parametrize(
    "forge",
    [
        lambda claims: jwt.encode(claims, "a different key that is long enough", algorithm="HS256"),
        lambda claims: jwt.encode(claims, None, algorithm="none"),
        lambda claims: jwt.encode(claims, KEY, algorithm="HS512"),
        lambda claims: jwt.encode({**claims, "iss": "someone-else"}, KEY, algorithm="HS256"),
        lambda claims: jwt.encode({k: v for k, v in claims.items() if k != "sid"}, KEY, algorithm="HS256"),
        lambda claims: jwt.encode({**claims, "sub": "seven"}, KEY, algorithm="HS256"),
    ],
    ids=["other-key", "alg-none", "other-alg", "other-issuer", "no-session-id", "non-numeric-user"],
)
def test_a_token_with_the_genuine_session_but_a_forged_signature_or_claims_is_refused(forge):
    assert tokens.read(forge(genuine_claims()), key=KEY, now=NOW) is None


def test_a_token_with_one_flipped_signature_byte_is_refused():
    token = tokens.issue("sid-1", 7, key=KEY, issued_at=NOW, expires_at=NOW + timedelta(hours=1))
    header, payload, signature = token.split(".")
    flipped = signature[:-3] + ("A" if signature[-3] != "A" else "B") + signature[-2:]
    assert tokens.read(f"{header}.{payload}.{flipped}", key=KEY, now=NOW) is None
