"""What each role may do. Services check this themselves: hiding a page is not enough."""

from __future__ import annotations

from enum import StrEnum

from lib.errors import PermissionDenied
from lib.store.users import User


class Permission(StrEnum):
    PRACTISE = "practise"
    EDIT_OWN_PROFILE = "edit_own_profile"
    MANAGE_COHORTS = "manage_cohorts"
    IMPORT_QUESTIONS = "import_questions"
    MANAGE_USERS = "manage_users"


_CANDIDATE = frozenset({Permission.PRACTISE, Permission.EDIT_OWN_PROFILE})
_INSTRUCTOR = _CANDIDATE | {Permission.MANAGE_COHORTS, Permission.IMPORT_QUESTIONS}
_ADMIN = _INSTRUCTOR | {Permission.MANAGE_USERS}
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "candidate": _CANDIDATE,
    "instructor": _INSTRUCTOR,
    "admin": _ADMIN,
}


def can(user: User | None, permission: Permission) -> bool:
    return user is not None and not user.disabled and permission in ROLE_PERMISSIONS.get(user.role, frozenset())


def require(user: User | None, permission: Permission) -> User:
    if user is None or not can(user, permission):
        raise PermissionDenied()
    return user
