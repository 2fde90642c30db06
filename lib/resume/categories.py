"""Display names of the skill categories, as message ids the pages translate."""

from lib.errors import N_

CATEGORIES = {
    "languages": N_("Programming languages"),
    "frameworks": N_("Frameworks and libraries"),
    "tools": N_("Tools"),
    "cloud": N_("Cloud and infrastructure"),
    "data": N_("Data and AI"),
    "methods": N_("Methods and practices"),
    "design": N_("Design"),
    "business": N_("Business and domain"),
    "soft": N_("Soft skills"),
}
