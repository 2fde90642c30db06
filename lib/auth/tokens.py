"""The persistent-login cookie: a signed JWT that carries a server-side session id.

The JWT alone proves nothing: the session id inside it must name a session the
server holds, that is not revoked or expired. Only HS256 is accepted, so an
`alg: none` or re-signed token is refused.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

import jwt

ALGORITHM = "HS256"
ISSUER = "interview-prep"


def new_session_id() -> str:
    return secrets.token_urlsafe(32)


def session_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("ascii")).hexdigest()


def issue(session_id: str, user_id: int, *, key: str, issued_at: datetime, expires_at: datetime) -> str:
    claims = {
        "sid": session_id,
        "sub": str(user_id),
        "iss": ISSUER,
        "iat": issued_at.replace(tzinfo=UTC),
        "exp": expires_at.replace(tzinfo=UTC),
    }
    return jwt.encode(claims, key, algorithm=ALGORITHM)


def read(token: str, *, key: str, now: datetime) -> tuple[str, int] | None:
    """(session id, user id) from a valid token, or None for anything else."""
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["sid", "sub", "exp", "iat", "iss"], "verify_exp": False},
        )
    except jwt.PyJWTError:
        return None
    if not isinstance(claims.get("sid"), str) or not str(claims.get("sub", "")).isdigit():
        return None
    if claims["exp"] <= now.replace(tzinfo=UTC).timestamp():
        return None
    return claims["sid"], int(claims["sub"])
