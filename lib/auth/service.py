"""Sign-up, sign-in, sessions and password changes.

The same message and the same bcrypt work answer an unknown e-mail and a wrong
password, and throttling counts attempts per e-mail whether or not an account
has it, so the sign-in form never reveals who has an account.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from lib import i18n, validation
from lib.auth import passwords, throttle, tokens
from lib.clock import utcnow
from lib.errors import N_, AuthError, ValidationError
from lib.settings import Settings
from lib.store import Store, Tx, login_attempts, sessions, users
from lib.store.users import User

WRONG_CREDENTIALS = N_("Wrong e-mail or password.")


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str


@dataclass(frozen=True)
class CurrentSession:
    user: User
    session_hash: str


def sign_up(
    store: Store,
    settings: Settings,
    *,
    email: str,
    name: str,
    password: str,
    language: str = "en",
    now: datetime | None = None,
) -> User:
    now = now or utcnow()
    email = validation.email(email)
    name = validation.name(name)
    passwords.check_policy(password)
    language = i18n.supported(language)
    password_hash = passwords.hash_password(password, settings.bcrypt_rounds)
    with store.transaction() as tx:
        if store.backend == "postgres":
            # Serialise sign-ups so that exactly one first account becomes admin.
            tx.execute("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
        if users.email_taken(tx, email):
            raise ValidationError(N_("An account with this e-mail already exists. Sign in instead."))
        return users.insert(
            tx,
            email=email,
            password_hash=password_hash,
            name=name,
            language=language,
            now=now,
            admin_email=settings.admin_email,
        )


def _lock_end(store: Store | Tx, settings: Settings, email: str, now: datetime) -> datetime | None:
    window = timedelta(minutes=settings.login_window_minutes)
    lockout = timedelta(minutes=settings.lockout_minutes)
    failures = login_attempts.recent_failures(store, email, since=now - window - lockout)
    return throttle.locked_until(
        failures, max_failures=settings.login_max_failures, window=window, lockout=lockout, now=now
    )


def _claim_attempt(store: Store, settings: Settings, email: str, now: datetime) -> None:
    """Check the lock and record the attempt as a failure in one step, before any bcrypt work.

    Recording first means that parallel attempts each count at once, so they
    cannot all slip in before the tenth failure is written; a correct password
    then records a success, which clears the count.
    """
    with store.transaction() as tx:
        if store.backend == "postgres":
            tx.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (email,))
        lock_end = _lock_end(tx, settings, email, now)
        if lock_end is None:
            login_attempts.record(tx, email, succeeded=False, now=now)
    if lock_end is not None:
        minutes = max(1, math.ceil((lock_end - now).total_seconds() / 60))
        raise AuthError(N_("Too many failed attempts. Try again in {minutes} min."), minutes=minutes)


def sign_in(store: Store, settings: Settings, *, email: str, password: str, now: datetime | None = None) -> SignedIn:
    now = now or utcnow()
    email = validation.email(email)
    validation.required_password(password)
    _claim_attempt(store, settings, email, now)
    found = users.password_hash_for(store, email)
    stored_hash = found[1] if found else passwords.dummy_hash(settings.bcrypt_rounds)
    password_ok = passwords.verify_password(password, stored_hash)  # always run: same work for unknown e-mails
    if found is None or not password_ok:
        raise AuthError(WRONG_CREDENTIALS)
    user_id, _, disabled = found
    if disabled:
        raise AuthError(N_("This account has been disabled. Contact your administrator."))

    session_id = tokens.new_session_id()
    expires_at = now + timedelta(days=settings.session_days)
    with store.transaction() as tx:
        login_attempts.record(tx, email, succeeded=True, now=now)
        sessions.create(
            tx, session_hash=tokens.session_hash(session_id), user_id=user_id, now=now, expires_at=expires_at
        )
        changes: dict[str, object] = {"last_login": now}
        if passwords.needs_rehash(stored_hash, settings.bcrypt_rounds):
            changes["password_hash"] = passwords.hash_password(password, settings.bcrypt_rounds)
        users.update(tx, user_id, **changes)
    user = users.get(store, user_id)
    assert user is not None
    token = tokens.issue(session_id, user_id, key=settings.cookie_key, issued_at=now, expires_at=expires_at)
    return SignedIn(user=user, token=token)


def current_session(
    store: Store, settings: Settings, token: str | None, now: datetime | None = None
) -> CurrentSession | None:
    """The signed-in user behind a cookie token, read fresh from the database."""
    if not token:
        return None
    now = now or utcnow()
    claims = tokens.read(token, key=settings.cookie_key, now=now)
    if claims is None:
        return None
    session_id, user_id = claims
    digest = tokens.session_hash(session_id)
    if sessions.active_user_id(store, digest, now) != user_id:
        return None
    user = users.get(store, user_id)
    if user is None or user.disabled:
        return None
    return CurrentSession(user=user, session_hash=digest)


def sign_out(store: Store, session_hash: str, now: datetime | None = None) -> None:
    sessions.revoke(store, session_hash, now or utcnow())


def check_password(store: Store, settings: Settings, user: User, password: str, *, now: datetime | None = None) -> None:
    """Confirm the signed-in user's password before a sensitive action, throttled like sign-in."""
    now = now or utcnow()
    _claim_attempt(store, settings, user.email, now)
    stored_hash = users.password_hash_of(store, user.id)
    if stored_hash is None or not passwords.verify_password(password, stored_hash):
        raise ValidationError(N_("Your current password is not right."))
    login_attempts.record(store, user.email, succeeded=True, now=now)


def change_password(
    store: Store,
    settings: Settings,
    user: User,
    *,
    current: str,
    new: str,
    keep_session: str,
    now: datetime | None = None,
) -> None:
    """Change a password and sign out every other device.

    The current-password check goes through the same throttle as sign-in, so a
    stolen session cannot be used to guess the password quickly.
    """
    now = now or utcnow()
    check_password(store, settings, user, current, now=now)
    passwords.check_policy(new)
    new_hash = passwords.hash_password(new, settings.bcrypt_rounds)
    with store.transaction() as tx:
        users.update(tx, user.id, password_hash=new_hash)
        sessions.revoke_all_for_user(tx, user.id, now, keep=keep_session)
