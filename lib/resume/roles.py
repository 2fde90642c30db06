"""Target roles: the skills a recruiter for each role expects to see (data/resume/roles.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lib.errors import N_

ROLES_PATH = Path(__file__).resolve().parents[2] / "data" / "resume" / "roles.json"
# Display names as message ids, so pages can translate them (roles.json keeps the skills).
LABELS = {
    "sde": N_("Software Development Engineer"),
    "frontend_engineer": N_("Frontend Engineer"),
    "data_scientist": N_("Data Scientist"),
    "data_analyst": N_("Data Analyst"),
    "product_manager": N_("Product Manager"),
    "devops_sre": N_("DevOps / SRE Engineer"),
    "ux_designer": N_("UX Designer"),
    "qa_engineer": N_("QA Engineer"),
    "business_analyst": N_("Business Analyst"),
    "marketing_specialist": N_("Marketing Specialist"),
}


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    core: tuple[str, ...]
    nice: tuple[str, ...]
    titles: tuple[str, ...]


@lru_cache(maxsize=1)
def load_roles(path: Path = ROLES_PATH) -> dict[str, Role]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        key: Role(
            key=key,
            label=LABELS.get(key, value["label"]),
            core=tuple(value["core"]),
            nice=tuple(value["nice"]),
            titles=tuple(value["titles"]),
        )
        for key, value in data.items()
    }
