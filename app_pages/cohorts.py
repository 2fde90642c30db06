"""Cohorts: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Cohorts"),
    t("Create cohorts with join codes, follow your cohort's analytics and spot candidates at risk."),
)
