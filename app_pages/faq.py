"""FAQ: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("FAQ"),
    t("Answers to common questions, by category and with search."),
)
