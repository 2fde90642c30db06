"""What a user changes about their own account, and what admins change about others'."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from lib import validation
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.store import Store, sessions, users
from lib.store.users import ROLES, User

LANGUAGES = ("en", "hi", "es")
THEMES = ("light", "dark")


def update_profile(store: Store, actor: User, *, name: str, bio: str) -> None:
    require(actor, Permission.EDIT_OWN_PROFILE)
    users.update(store, actor.id, name=validation.name(name), bio=validation.bio(bio))


def set_language(store: Store, actor: User, language: str) -> None:
    require(actor, Permission.EDIT_OWN_PROFILE)
    if language not in LANGUAGES:
        raise ValidationError(N_("Choose one of the offered languages."))
    users.update(store, actor.id, language=language)


def set_theme(store: Store, actor: User, theme: str) -> None:
    require(actor, Permission.EDIT_OWN_PROFILE)
    if theme not in THEMES:
        raise ValidationError(N_("Choose one of the offered themes."))
    users.update(store, actor.id, theme=theme)


ADMIN_PAGE_SIZE = 50


def find_users(store: Store, actor: User, text: str = "", limit: int = ADMIN_PAGE_SIZE) -> pd.DataFrame:
    """Accounts matching a search by e-mail or name, newest first; admins only."""
    require(actor, Permission.MANAGE_USERS)
    return users.search_for_admin(store, text.strip()[:254], limit)


def _target(store: Store, user_id: int) -> User:
    target = users.get(store, user_id)
    if target is None:
        raise NotFound()
    return target


def _keeps_an_admin(store: Store, target: User) -> None:
    if target.role == "admin" and not target.disabled and users.count_admins(store) <= 1:
        raise ValidationError(N_("The last active admin cannot be demoted or disabled."))


def set_role(store: Store, actor: User, user_id: int, role: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    if role not in ROLES:
        raise ValidationError(N_("Choose one of the offered roles."))
    target = _target(store, user_id)
    if role != "admin":
        _keeps_an_admin(store, target)
    users.update(store, user_id, role=role)


def set_disabled(store: Store, actor: User, user_id: int, disabled: bool, now: datetime | None = None) -> None:
    """Disable or enable an account; disabling signs it out everywhere at once."""
    require(actor, Permission.MANAGE_USERS)
    target = _target(store, user_id)
    if disabled:
        _keeps_an_admin(store, target)
    with store.transaction() as tx:
        users.update(tx, user_id, disabled=disabled)
        if disabled:
            sessions.revoke_all_for_user(tx, user_id, now or utcnow())
