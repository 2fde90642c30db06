"""What a user changes about their own account, and what admins change about others'."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from lib import i18n, validation
from lib.auth import service
from lib.auth.permissions import Permission, require
from lib.clock import utcnow
from lib.errors import N_, NotFound, ValidationError
from lib.settings import Settings
from lib.store import Store, Tx, erasure, sessions, users
from lib.store.users import ROLES, User


def update_profile(store: Store, actor: User, *, name: str, bio: str) -> None:
    require(actor, Permission.EDIT_OWN_PROFILE)
    users.update(store, actor.id, name=validation.name(name), bio=validation.bio(bio))


def set_language(store: Store, actor: User, language: str) -> None:
    require(actor, Permission.EDIT_OWN_PROFILE)
    if language not in i18n.LANGUAGES:
        raise ValidationError(N_("Choose one of the offered languages."))
    users.update(store, actor.id, language=language)


ADMIN_PAGE_SIZE = 50


def find_users(store: Store, actor: User, text: str = "", limit: int = ADMIN_PAGE_SIZE) -> pd.DataFrame:
    """Accounts matching a search by e-mail or name, newest first; admins only."""
    require(actor, Permission.MANAGE_USERS)
    return users.search_for_admin(store, text.strip()[:254], limit)


def update_account(
    store: Store, actor: User, user_id: int, *, role: str, disabled: bool, now: datetime | None = None
) -> None:
    """Set an account's role and whether it is disabled, in one transaction.

    The check that an active admin remains runs inside the same transaction,
    with the users table locked on PostgreSQL, so two admins demoting each
    other at once cannot leave none. Disabling signs the account out everywhere.
    """
    require(actor, Permission.MANAGE_USERS)
    if role not in ROLES:
        raise ValidationError(N_("Choose one of the offered roles."))
    with store.transaction() as tx:
        if store.backend == "postgres":
            tx.execute("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
        target = users.get(tx, user_id)
        if target is None:
            raise NotFound()
        stays_admin = role == "admin" and not disabled
        if target.role == "admin" and not target.disabled and not stays_admin and users.count_admins(tx) <= 1:
            raise ValidationError(N_("The last active admin cannot be demoted or disabled."))
        users.update(tx, user_id, role=role, disabled=disabled)
        if disabled and not target.disabled:
            sessions.revoke_all_for_user(tx, user_id, now or utcnow())


def delete_account(store: Store, settings: Settings, actor: User, *, password: str) -> None:
    """Delete the signed-in user's account and everything it holds, after checking the password.

    The check goes through sign-in throttling. The last active admin cannot leave the
    deployment without an admin. Uploaded files are removed from disk after the rows.
    """
    require(actor, Permission.EDIT_OWN_PROFILE)
    service.check_password(store, settings, actor, password)

    def keeps_an_admin(tx: Tx) -> None:
        if store.backend == "postgres":
            tx.execute("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE")
        if actor.role == "admin" and users.count_admins(tx) <= 1:
            raise ValidationError(N_("You are the last admin: make someone else admin before deleting your account."))

    files = erasure.erase_user(store, actor.id, actor.email, guard=keeps_an_admin)
    for relative in files:
        (settings.data_dir / relative).unlink(missing_ok=True)
