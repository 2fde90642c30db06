"""Sign-up, sign-in, sessions, throttling and revocation, on both backends."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta

import jwt
import pytest

from lib import accounts
from lib.auth import passwords, service, tokens
from lib.errors import AuthError, PermissionDenied, ValidationError
from lib.settings import Settings
from lib.store import Store
from lib.store import users as user_rows

NOW = datetime(2026, 3, 1, 9, 0, 0)


def sign_up(store: Store, settings: Settings, email: str, password: str, name: str = "Asha") -> user_rows.User:
    return service.sign_up(store, settings, email=email, name=name, password=password, now=NOW)


def fail_sign_ins(store: Store, settings: Settings, email: str, minutes: list[float], message: str = "Wrong") -> None:
    """Wrong-password attempts at the given minutes after NOW, each refused with `message`."""
    for minute in minutes:
        with pytest.raises(AuthError, match=message):
            service.sign_in(
                store, settings, email=email, password="nope nope nope", now=NOW + timedelta(minutes=minute)
            )


def test_the_first_account_is_admin_and_later_ones_are_candidates(store, settings, strong_password):
    first = sign_up(store, settings, "first@example.com", strong_password)
    second = sign_up(store, settings, "second@example.com", strong_password)
    assert (first.role, second.role) == ("admin", "candidate")


def test_sign_up_stores_a_bcrypt_hash_never_the_password(store, settings, strong_password):
    user = sign_up(store, settings, "hash@example.com", strong_password)
    stored = user_rows.password_hash_of(store, user.id)
    assert stored is not None and stored.startswith("$2b$04$") and strong_password not in stored


def test_a_duplicate_email_is_refused_whatever_its_case(store, settings, strong_password):
    sign_up(store, settings, "dup@example.com", strong_password)
    with pytest.raises(ValidationError, match="already exists"):
        sign_up(store, settings, "  DUP@Example.com ", strong_password)


def test_sign_in_returns_a_token_for_a_live_session(store, settings, strong_password):
    sign_up(store, settings, "live@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="LIVE@example.com", password=strong_password, now=NOW)
    current = service.current_session(store, settings, signed_in.token, now=NOW + timedelta(minutes=5))
    assert current is not None and current.user.email == "live@example.com"
    assert user_rows.get(store, current.user.id).last_login == NOW


def test_unknown_email_and_wrong_password_get_the_same_message_and_work(store, settings, strong_password):
    sign_up(store, settings, "known@example.com", strong_password)
    settings = replace(settings, bcrypt_rounds=10)  # enough work to compare the two timings
    user_rows.update(store, 1, password_hash=passwords.hash_password(strong_password, 10))

    def attempt(email: str) -> tuple[str, float]:
        started = time.perf_counter()
        with pytest.raises(AuthError) as raised:
            service.sign_in(store, settings, email=email, password="wrong password here", now=NOW)
        return raised.value.message, time.perf_counter() - started

    attempt("warm-up@example.com")
    unknown_message, unknown_s = attempt("nobody@example.com")
    wrong_message, wrong_s = attempt("known@example.com")
    assert unknown_message == wrong_message == service.WRONG_CREDENTIALS
    # Both ran one bcrypt check at the same cost: neither is a fraction of the other.
    assert 0.5 < unknown_s / wrong_s < 2.0


def test_ten_failures_lock_the_account_for_fifteen_minutes_then_it_unlocks(store, settings, strong_password):
    sign_up(store, settings, "lock@example.com", strong_password)
    fail_sign_ins(store, settings, "lock@example.com", list(range(10)))
    last_failure = NOW + timedelta(minutes=9)
    with pytest.raises(AuthError) as raised:
        service.sign_in(
            store, settings, email="lock@example.com", password=strong_password, now=last_failure + timedelta(minutes=1)
        )
    assert raised.value.message.startswith("Too many failed attempts")
    assert raised.value.params == {"minutes": 14}
    unlocked = service.sign_in(
        store,
        settings,
        email="lock@example.com",
        password=strong_password,
        now=last_failure + timedelta(minutes=15, seconds=1),
    )
    assert unlocked.user.email == "lock@example.com"


def test_an_unknown_email_is_locked_exactly_like_a_known_one(store, settings):
    fail_sign_ins(store, settings, "ghost@example.com", list(range(10)))
    fail_sign_ins(store, settings, "ghost@example.com", [10], message="Too many")


def test_failures_spread_beyond_the_window_do_not_lock(store, settings, strong_password):
    sign_up(store, settings, "slow@example.com", strong_password)
    fail_sign_ins(store, settings, "slow@example.com", [2 * index for index in range(12)])


def test_a_success_resets_the_failure_count(store, settings, strong_password):
    sign_up(store, settings, "reset@example.com", strong_password)
    fail_sign_ins(store, settings, "reset@example.com", list(range(9)))
    service.sign_in(
        store, settings, email="reset@example.com", password=strong_password, now=NOW + timedelta(minutes=9)
    )
    # Without the reset, the failure at minute 10 would be the tenth and lock the account.
    fail_sign_ins(store, settings, "reset@example.com", list(range(10, 19)))


def test_sign_out_revokes_the_session_so_a_replayed_token_is_refused(store, settings, strong_password):
    sign_up(store, settings, "out@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="out@example.com", password=strong_password, now=NOW)
    current = service.current_session(store, settings, signed_in.token, now=NOW)
    assert current is not None
    service.sign_out(store, current.session_hash, now=NOW)
    assert service.current_session(store, settings, signed_in.token, now=NOW) is None


def test_an_expired_session_is_refused(store, settings, strong_password):
    sign_up(store, settings, "old@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="old@example.com", password=strong_password, now=NOW)
    later = NOW + timedelta(days=settings.session_days, seconds=1)
    assert service.current_session(store, settings, signed_in.token, now=later) is None


@pytest.mark.parametrize("forge", ["tampered", "alg_none", "other_key", "other_user", "garbage"])
def test_forged_tokens_are_refused(store, settings, strong_password, forge):
    sign_up(store, settings, "victim@example.com", strong_password)
    sign_up(store, settings, "attacker@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="attacker@example.com", password=strong_password, now=NOW)
    claims = jwt.decode(signed_in.token, options={"verify_signature": False})
    if forge == "tampered":
        header, payload, signature = signed_in.token.split(".")
        token = f"{header}.{payload[:-2]}AA.{signature}"
    elif forge == "alg_none":
        token = jwt.encode({**claims, "sub": "1"}, None, algorithm="none")
    elif forge == "other_key":
        token = jwt.encode({**claims, "sub": "1"}, "another key that is long enough to sign", algorithm="HS256")
    elif forge == "other_user":
        # A valid signature is not enough: the session belongs to user 2, not user 1.
        token = tokens.issue(
            claims["sid"], 1, key=settings.cookie_key, issued_at=NOW, expires_at=NOW + timedelta(days=1)
        )
    else:
        token = "not.a.jwt"
    assert service.current_session(store, settings, token, now=NOW) is None


def test_changing_the_password_signs_out_other_devices_but_not_this_one(store, settings, strong_password):
    sign_up(store, settings, "move@example.com", strong_password)
    laptop = service.sign_in(store, settings, email="move@example.com", password=strong_password, now=NOW)
    phone = service.sign_in(store, settings, email="move@example.com", password=strong_password, now=NOW)
    laptop_session = service.current_session(store, settings, laptop.token, now=NOW)
    assert laptop_session is not None
    service.change_password(
        store,
        settings,
        laptop_session.user,
        current=strong_password,
        new="a brand new passphrase",
        keep_session=laptop_session.session_hash,
        now=NOW,
    )
    assert service.current_session(store, settings, laptop.token, now=NOW) is not None
    assert service.current_session(store, settings, phone.token, now=NOW) is None
    with pytest.raises(AuthError):
        service.sign_in(store, settings, email="move@example.com", password=strong_password, now=NOW)
    assert service.sign_in(store, settings, email="move@example.com", password="a brand new passphrase", now=NOW)


def test_a_wrong_current_password_does_not_change_it(store, settings, strong_password):
    user = sign_up(store, settings, "keep@example.com", strong_password)
    with pytest.raises(ValidationError, match="current password"):
        service.change_password(
            store, settings, user, current="guess guess", new="another passphrase", keep_session="", now=NOW
        )


def test_disabling_an_account_revokes_its_sessions_and_blocks_sign_in(store, settings, strong_password):
    admin = sign_up(store, settings, "admin@example.com", strong_password)
    member = sign_up(store, settings, "member@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="member@example.com", password=strong_password, now=NOW)
    accounts.update_account(store, admin, member.id, role="candidate", disabled=True, now=NOW)
    assert service.current_session(store, settings, signed_in.token, now=NOW) is None
    with pytest.raises(AuthError, match="disabled"):
        service.sign_in(store, settings, email="member@example.com", password=strong_password, now=NOW)


def test_the_role_is_read_from_the_database_on_every_check(store, settings, strong_password):
    admin = sign_up(store, settings, "boss@example.com", strong_password)
    member = sign_up(store, settings, "staff@example.com", strong_password)
    signed_in = service.sign_in(store, settings, email="staff@example.com", password=strong_password, now=NOW)
    accounts.update_account(store, admin, member.id, role="instructor", disabled=False)
    current = service.current_session(store, settings, signed_in.token, now=NOW)
    assert current is not None and current.user.role == "instructor"


def test_only_admins_manage_users_whatever_page_calls_the_service(store, settings, strong_password):
    sign_up(store, settings, "root@example.com", strong_password)
    member = sign_up(store, settings, "plain@example.com", strong_password)
    with pytest.raises(PermissionDenied):
        accounts.find_users(store, member)
    with pytest.raises(PermissionDenied):
        accounts.update_account(store, member, member.id, role="admin", disabled=False)
    assert user_rows.get(store, member.id).role == "candidate"


def test_the_last_admin_cannot_be_demoted_or_disabled(store, settings, strong_password):
    admin = sign_up(store, settings, "only@example.com", strong_password)
    with pytest.raises(ValidationError, match="last active admin"):
        accounts.update_account(store, admin, admin.id, role="candidate", disabled=False)
    with pytest.raises(ValidationError, match="last active admin"):
        accounts.update_account(store, admin, admin.id, role="admin", disabled=True)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "", "Enter your e-mail"),
        ("email", "not-an-email", "valid e-mail"),
        ("email", "a" * 250 + "@x.com", "at most"),
        ("name", "   ", "Enter your name"),
        ("name", "n" * 101, "at most 100"),
        ("password", "short", "at least 8"),
        ("password", "p" * 65, "at most 64"),
        ("password", "password1", "most common"),
        ("password", "Iloveyou1", "most common"),
    ],
)
def test_sign_up_explains_bad_input(store, settings, field, value, message):
    form = {"email": "ok@example.com", "name": "Ok", "password": "a fine passphrase"} | {field: value}
    with pytest.raises(ValidationError) as raised:
        service.sign_up(store, settings, **form, now=NOW)
    assert message in raised.value.message.format(**raised.value.params)
    assert store.fetch_value("SELECT count(*) FROM users") == 0


def test_html_in_a_name_is_stored_as_typed(store, settings, strong_password):
    user = sign_up(store, settings, "html@example.com", strong_password, name="<b>Bold</b> <script>x</script>")
    assert user_rows.get(store, user.id).name == "<b>Bold</b> <script>x</script>"


def test_admins_find_accounts_by_email_or_name_with_wildcards_taken_literally(store, settings, strong_password):
    admin = sign_up(store, settings, "chief@example.com", strong_password, name="Chief")
    sign_up(store, settings, "priya_k@example.com", strong_password, name="Priya K")
    sign_up(store, settings, "priyaxk@example.com", strong_password, name="Other")
    assert accounts.find_users(store, admin, "PRIYA")["email"].tolist() == [
        "priyaxk@example.com",
        "priya_k@example.com",
    ]
    assert accounts.find_users(store, admin, "priya_k")["email"].tolist() == ["priya_k@example.com"]
    assert accounts.find_users(store, admin, "%")["email"].tolist() == []
    assert len(accounts.find_users(store, admin, "", limit=2)) == 2


def test_parallel_wrong_passwords_cannot_slip_past_the_lock(store, settings, strong_password):
    sign_up(store, settings, "target@example.com", strong_password)
    outcomes: list[str] = []
    barrier = threading.Barrier(20)

    def guess() -> None:
        barrier.wait()
        try:
            service.sign_in(store, settings, email="target@example.com", password="a wrong guess", now=NOW)
        except AuthError as error:
            outcomes.append(error.message.split(".")[0])

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("Wrong e-mail or password") == settings.login_max_failures
    assert outcomes.count("Too many failed attempts") == 20 - settings.login_max_failures


def test_a_sign_in_rehashes_a_password_stored_at_an_old_cost(store, settings, strong_password):
    user = sign_up(store, settings, "old-cost@example.com", strong_password)
    user_rows.update(store, user.id, password_hash=passwords.hash_password(strong_password, 5))
    service.sign_in(store, settings, email="old-cost@example.com", password=strong_password, now=NOW)
    assert user_rows.password_hash_of(store, user.id).startswith("$2b$04$")


def test_guessing_the_current_password_in_settings_is_throttled(store, settings, strong_password):
    user = sign_up(store, settings, "guess@example.com", strong_password)
    for _ in range(settings.login_max_failures):
        with pytest.raises(ValidationError, match="current password"):
            service.change_password(
                store, settings, user, current="guess guess", new="another passphrase", keep_session="", now=NOW
            )
    with pytest.raises(AuthError, match="Too many"):
        service.change_password(
            store, settings, user, current=strong_password, new="another passphrase", keep_session="", now=NOW
        )


def test_two_admins_demoting_each_other_at_once_leave_one_admin(store, settings, strong_password):
    first = sign_up(store, settings, "first-admin@example.com", strong_password)
    second = sign_up(store, settings, "second-admin@example.com", strong_password)
    accounts.update_account(store, first, second.id, role="admin", disabled=False)
    second = user_rows.get(store, second.id)
    barrier = threading.Barrier(2)
    refused: list[str] = []

    def demote(actor: user_rows.User, target: user_rows.User) -> None:
        barrier.wait()
        try:
            accounts.update_account(store, actor, target.id, role="candidate", disabled=False)
        except ValidationError as error:
            refused.append(error.message)

    threads = [threading.Thread(target=demote, args=pair) for pair in ((first, second), (second, first))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert user_rows.count_admins(store) == 1
    assert refused == ["The last active admin cannot be demoted or disabled."]


def test_with_admin_email_set_only_that_account_becomes_admin(store, settings, strong_password):
    settings = replace(settings, admin_email="boss@example.com")
    first = sign_up(store, settings, "early-bird@example.com", strong_password)
    boss = sign_up(store, settings, "Boss@Example.com", strong_password)
    assert (first.role, boss.role) == ("candidate", "admin")
