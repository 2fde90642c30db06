"""Password policy and hashing."""

from __future__ import annotations

import pytest

from lib.auth import passwords
from lib.errors import ValidationError


@pytest.mark.parametrize(
    "password",
    ["eight ch", "correct horse battery staple", "पासवर्ड बहुत लंबा है", "contraseña segura", "🙂🙂🙂🙂🙂🙂🙂🙂", "x" * 64],
)
def test_long_enough_passwords_of_any_script_are_accepted(password):
    passwords.check_policy(password)


@pytest.mark.parametrize(("password", "words"), [("seven c", "at least"), ("x" * 65, "at most"), ("", "at least")])
def test_length_limits_are_explained(password, words):
    with pytest.raises(ValidationError) as raised:
        passwords.check_policy(password)
    assert words in raised.value.message


@pytest.mark.parametrize("password", ["password", "12345678", "qwertyuiop", "PASSWORD1", "iloveyou"])
def test_common_passwords_are_refused_whatever_their_case(password):
    with pytest.raises(ValidationError, match="most common"):
        passwords.check_policy(password)


def test_the_common_list_holds_a_thousand_passwords():
    assert len(passwords._common_passwords()) == 1000


def test_no_composition_rules_apply():
    passwords.check_policy("alllowercaseletters")


def test_a_hash_verifies_only_its_password():
    hashed = passwords.hash_password("river stone lamp", 4)
    assert passwords.verify_password("river stone lamp", hashed)
    assert not passwords.verify_password("river stone lamp ", hashed)


def test_bytes_past_bcrypts_72_are_not_silently_ignored():
    base = "é" * 36  # 72 bytes in UTF-8
    hashed = passwords.hash_password(base + "a", 4)
    assert not passwords.verify_password(base + "b", hashed)


def test_unicode_forms_of_the_same_password_match():
    composed, decomposed = "caf\u00e9 latte", "cafe\u0301 latte"
    assert passwords.verify_password(decomposed, passwords.hash_password(composed, 4))


def test_a_malformed_stored_hash_never_verifies():
    assert not passwords.verify_password("anything at all", "not-a-hash")
