"""Resume analyzer: not built yet, and the page says so plainly."""

from lib.ui.i18n import t
from lib.ui.widgets import coming_soon

coming_soon(
    t("Resume analyzer"),
    t(
        "Upload a PDF or DOCX resume to see what an applicant tracking system reads, an explainable ATS "
        "score and how well it matches a job description."
    ),
)
