"""Mock interviews: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Mock interviews"),
    t(
        "Role-based interviews with an AI interviewer: answer by voice or by typing and get feedback "
        "backed by evidence from your answers."
    ),
)
