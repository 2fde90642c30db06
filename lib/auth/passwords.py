"""Password policy (NIST SP 800-63B style) and bcrypt hashing.

Length is what matters: 8 to 64 characters, any Unicode, spaces allowed, no
composition rules, no hints; the 1,000 most common passwords are refused.
bcrypt reads only 72 bytes, so the password is pre-hashed with SHA-256 and
base64-encoded (44 bytes) first: nothing past byte 72 is silently ignored.
"""

from __future__ import annotations

import base64
import hashlib
import unicodedata
from functools import lru_cache
from pathlib import Path

import bcrypt

from lib.errors import N_, ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 64
COMMON_PASSWORDS = Path(__file__).resolve().parents[2] / "data" / "common_passwords.txt"


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def normalise(password: str) -> str:
    """NFKC, so the same password typed on two keyboards hashes the same."""
    return unicodedata.normalize("NFKC", password)


def check_policy(password: str) -> None:
    """Raise ValidationError saying what is wrong with a new password."""
    password = normalise(password)
    if len(password) < MIN_LENGTH:
        raise ValidationError(N_("Use at least {n} characters for your password."), n=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError(N_("Use at most {n} characters for your password."), n=MAX_LENGTH)
    if password.lower() in _common_passwords():
        raise ValidationError(N_("This password is one of the most common ones and easy to guess. Choose another."))


def _prehash(password: str) -> bytes:
    return base64.b64encode(hashlib.sha256(normalise(password).encode("utf-8")).digest())


def hash_password(password: str, rounds: int) -> str:
    return bcrypt.hashpw(_prehash(password), bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, password_hash: str) -> bool:
    try:
        return bcrypt.checkpw(_prehash(password), password_hash.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(password_hash: str, rounds: int) -> bool:
    """True when a stored hash was made at another cost than the configured one."""
    return not password_hash.startswith(f"$2b${rounds:02d}$")


@lru_cache(maxsize=8)
def dummy_hash(rounds: int) -> str:
    """A hash to check against for an unknown e-mail, so it costs the same bcrypt work."""
    return hash_password("not a real password, only here to spend the same time", rounds)
