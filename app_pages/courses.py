"""Courses: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Courses"),
    t("Video and text lessons with quizzes and assignments, ending in a certificate that anyone can verify."),
)
