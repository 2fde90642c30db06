"""Dashboard: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Dashboard"),
    t("Your statistics, history, charts, strengths and weaknesses in one place."),
)
