"""Leaderboard: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Leaderboard"),
    t("See how your XP compares with other candidates, if they choose to be listed."),
)
