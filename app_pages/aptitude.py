"""Aptitude tests: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Aptitude tests"),
    t(
        "Timed multiple-choice tests in quantitative aptitude, logical reasoning, verbal ability and "
        "data interpretation, with worked explanations and your score history."
    ),
)
