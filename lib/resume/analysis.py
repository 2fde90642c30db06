"""One resume analysis, offline and deterministic: read, extract, score, match, suggest.

`analyze` is the pipeline the page, the command line and the bench share; `report_data`
turns its result into plain JSON-ready data (what the command line prints and the store keeps).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lib.errors import N_, ValidationError
from lib.resume import ats
from lib.resume.document_model import Document
from lib.resume.documents import read_document
from lib.resume.extract import Profile, extract_profile
from lib.resume.language import verb_style
from lib.resume.match import JobMatch, job_skills, match_job
from lib.resume.roles import Role, load_roles
from lib.resume.suggestions import Suggestion, suggest

MAX_JOB_CHARS = 20_000


@dataclass(frozen=True)
class Analysis:
    document: Document
    profile: Profile
    score: int
    checks: tuple[ats.Check, ...]
    job: JobMatch | None
    suggestions: tuple[Suggestion, ...]
    role: Role | None


def role_for(key: str | None) -> Role | None:
    if not key:
        return None
    roles = load_roles()
    if key not in roles:
        raise ValidationError(N_("Unknown target role {role}."), role=key)
    return roles[key]


def analyze(
    data: bytes, filename: str, *, max_bytes: int, role: str | None = None, job_text: str | None = None
) -> Analysis:
    """Raises DocumentError (bad file) or ValidationError (bad role or job description)."""
    target = role_for(role)
    job_text = (job_text or "").strip()
    if len(job_text) > MAX_JOB_CHARS:
        raise ValidationError(N_("Paste at most {n} characters of the job description."), n=MAX_JOB_CHARS)
    document = read_document(data, filename, max_bytes=max_bytes)
    return analyze_document(document, role=target, job_text=job_text)


def analyze_document(document: Document, *, role: Role | None = None, job_text: str = "") -> Analysis:
    profile = extract_profile(document.text)
    job = match_job(profile, document.text, job_text) if job_text else None
    wanted = job_skills(job_text) if job_text else []
    found_bullets = ats.bullets(document.text, profile)
    verbs = verb_style(document.text)
    total, checks = ats.score(
        document, profile, found_bullets, verbs=verbs, role=role, job_skills=wanted, job_pasted=bool(job_text)
    )
    advice = suggest(profile, found_bullets, job, text=document.text, verbs=verbs)
    return Analysis(document, profile, total, checks, job, advice, role)


def _text(message: str, params: Any) -> str:
    """English text of a message id, for the command line and the stored report."""
    return message.format(**params) if params else message


def _note(message: str, params: Any) -> dict[str, Any]:
    """A message id and its parameters, so the report can be drawn again in another language."""
    return {"message_id": message, "params": dict(params or {})}


def report_data(analysis: Analysis) -> dict[str, Any]:
    """The report as plain data: English text plus message ids and params for translation."""
    profile = analysis.profile
    data: dict[str, Any] = {
        "skills": sorted(skill.name for skill in profile.skills),
        "skills_by_category": profile.skills_by_category,
        "skills_in_passing": sorted({skill.name for skill in profile.mentioned} - {s.name for s in profile.skills}),
        "contact": {
            "name": profile.contact.name,
            "emails": list(profile.contact.emails),
            "phones": list(profile.contact.phones),
            "linkedin": profile.contact.linkedin,
            "github": profile.contact.github,
            "location": profile.contact.location,
        },
        "education": [
            {"degree": e.degree, "field": e.field, "institution": e.institution, "year": e.year, "grade": e.grade}
            for e in profile.education
        ],
        "experience": [
            {"title": j.title, "company": j.company, "start": j.start, "end": j.end, "months": j.months}
            for j in profile.experience
        ],
        "experience_years": profile.experience_years,
        "projects": list(profile.projects),
        "certifications": list(profile.certifications),
        "ats_score": analysis.score,
        "checks": [
            {
                "name": check.key,
                "label": check.name,
                "points": check.points,
                "max": check.max,
                "why": " ".join(_text(note.message, note.params) for note in check.why),
                "fix": " ".join(_text(note.message, note.params) for note in check.fix),
                "why_notes": [_note(note.message, note.params) for note in check.why],
                "fix_notes": [_note(note.message, note.params) for note in check.fix],
            }
            for check in analysis.checks
        ],
        "warnings": [
            {"code": w.code, "message": _text(w.message, w.params), **_note(w.message, w.params)}
            for w in analysis.document.warnings
        ],
        "suggestions": [
            {"message": _text(s.message, s.params), "line": s.line, "quote": s.quote, **_note(s.message, s.params)}
            for s in analysis.suggestions
        ],
        "text": analysis.document.text,
        "role": analysis.role.key if analysis.role else None,
        "pages": analysis.document.pages,
        "kind": analysis.document.kind,
    }
    if analysis.job is not None:
        data["match_rate"] = analysis.job.rate
        data["matched"] = [{"term": i.term, "kind": i.kind, "where": list(i.where)} for i in analysis.job.matched]
        data["missing"] = [{"term": i.term, "kind": i.kind} for i in analysis.job.missing]
    return data
