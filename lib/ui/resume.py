"""Drawing a resume report from its stored data, in the reader's language."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from lib import i18n
from lib.errors import N_, CoachUnavailable
from lib.resume import ats, report_pdf, service
from lib.resume.categories import CATEGORIES
from lib.resume.extract import extract_profile
from lib.resume.rewrite import Rewrite, rewrite_bullets
from lib.resume.roles import LABELS as ROLE_LABELS
from lib.settings import AISettings, Settings
from lib.store import Store
from lib.store.users import User
from lib.ui.i18n import error_text, language, number, t
from lib.ui.widgets import plain

SECTION_NAMES = {  # where a job's skill or keyword was found: the resume's section kinds
    "header": N_("Top of the resume"),  # the lines above the first heading
    "summary": N_("Summary"),
    "experience": N_("Experience"),
    "education": N_("Education"),
    "skills": N_("Skills"),
    "projects": N_("Projects"),
    "certifications": N_("Certifications"),
    "achievements": N_("Achievements"),
    "publications": N_("Publications"),
    "activities": N_("Activities"),
    "languages": N_("Languages"),
    "interests": N_("Interests"),
    "contact": N_("Contact details"),
    "references": N_("References"),
    "additional": N_("Additional information"),
    "other": N_("elsewhere"),
}


def note(data: Mapping[str, Any]) -> str:
    """A stored message id with its parameters, in the reader's language."""
    return i18n.translate_note(language(), data["message_id"], data.get("params"))


def role_label(key: str | None) -> str:
    return t(ROLE_LABELS[key]) if key in ROLE_LABELS else t("No target role")


def score_and_checks(report: Mapping[str, Any]) -> None:
    st.metric(t("ATS compatibility score"), f"{number(report['ats_score'])} / 100")
    for check in report["checks"]:
        with st.container(border=True):
            left, right = st.columns([4, 1])
            left.markdown(f"**{t(check['label'])}**")
            right.markdown(f"**{number(check['points'])} / {number(check['max'])}**")
            st.progress(check["points"] / check["max"] if check["max"] else 0.0)
            for why in check["why_notes"]:
                st.caption(note(why))
            for fix in check["fix_notes"]:
                st.markdown(f":material/arrow_forward: {note(fix)}")


def ats_view(report: Mapping[str, Any]) -> None:
    st.caption(t("This is the plain text an applicant tracking system reads from your file, in order."))
    for warning in report["warnings"]:
        st.warning(note(warning), icon=":material/warning:")
    st.code(report["text"], language=None, wrap_lines=True, line_numbers=True)  # suggestions cite these lines


def profile(report: Mapping[str, Any]) -> None:
    contact = report["contact"]
    st.subheader(t("Contact details"))
    details = [
        contact.get("name"),
        *contact.get("emails", []),
        *contact.get("phones", []),
        contact.get("linkedin"),
        contact.get("github"),
        contact.get("location"),
    ]
    st.text("\n".join(value for value in details if value) or t("None found"))
    st.subheader(t("Skills"))
    for category, names in report["skills_by_category"].items():
        st.markdown(f"**{t(CATEGORIES.get(category, category))}**: {plain(', '.join(names))}")
    if report.get("skills_in_passing"):  # reports saved before this field have none
        names = plain(", ".join(report["skills_in_passing"]))
        st.caption(t("Named only in passing (a job match counts them, the list above does not): {names}", names=names))
    st.subheader(t("Education"))
    _table(
        report["education"],
        {
            "degree": t("Degree"),
            "field": t("Field"),
            "institution": t("Institution"),
            "year": t("Year"),
            "grade": t("Grade"),
        },
    )
    st.subheader(t("Experience"))
    st.caption(t("{years} years in total", years=number(report["experience_years"])))
    jobs = [{**job, "end": t("Present") if job["end"] == "present" else job["end"]} for job in report["experience"]]
    _table(
        jobs, {"title": t("Title"), "company": t("Company"), "start": t("From"), "end": t("To"), "months": t("Months")}
    )
    for label, key in ((t("Projects"), "projects"), (t("Certifications"), "certifications")):
        if report[key]:
            st.subheader(label)
            st.markdown("\n".join(f"- {plain(item)}" for item in report[key]))


def _table(rows: list[dict[str, Any]], headings: Mapping[str, str]) -> None:
    """Rows of the report as a table with translated headings, or a note that there are none."""
    if rows:
        # Empty cells stay empty rather than reading "None".
        st.dataframe(pd.DataFrame(rows).rename(columns=dict(headings)).fillna(""), hide_index=True)
    else:
        st.caption(t("None found"))


def job_match(report: Mapping[str, Any]) -> None:
    if "match_rate" not in report:
        st.info(t("Paste a job description to see which of its skills and keywords your resume covers."))
        return
    st.metric(t("Match rate"), f"{number(report['match_rate'])}%")
    found, missing = st.columns(2)
    with found:
        heading = t("Found")
        st.markdown(f"**{heading} ({number(len(report['matched']))})**")
        for item in report["matched"]:
            where = ", ".join(t(SECTION_NAMES.get(place, place)) for place in item["where"])
            st.markdown(f":material/check: {plain(item['term'])} · {where}")
    with missing:
        heading = t("Missing")
        st.markdown(f"**{heading} ({number(len(report['missing']))})**")
        for item in report["missing"]:
            st.markdown(f":material/close: {plain(item['term'])}")


def suggestions(report: Mapping[str, Any]) -> None:
    if not report["suggestions"]:
        st.success(t("Nothing to improve that we can detect."))
    for suggestion in report["suggestions"]:
        with st.container(border=True):
            if suggestion.get("line"):
                st.caption(t("Line {n}", n=number(suggestion["line"])))
            if suggestion.get("quote"):
                st.markdown(f"> {plain(suggestion['quote'])}")
            st.markdown(note(suggestion))


REWRITES_KEY = "resume_rewrites"
SHOWN_KEY = "resume_shown"  # the analysis the Analyse tab shows


def ai_rewrites(report: Mapping[str, Any], ai: AISettings, names: Sequence[str]) -> None:
    """A button that asks the AI to rewrite the weakest bullets, and the rewrites that keep the facts.

    The rewrites stay in the session, tied to this report's text, so a rerun does not lose them.
    """
    text = report["text"]
    digest = hashlib.sha256(text.encode()).hexdigest()
    if st.button(t("Rewrite my weakest bullets with AI"), key="resume_rewrite", icon=":material/auto_awesome:"):
        found = ats.bullets(text, extract_profile(text))
        if not found:
            st.session_state.pop(REWRITES_KEY, None)
            st.info(t("No bullet points were found to rewrite."))
            return
        contact_name = report.get("contact", {}).get("name")
        try:
            with st.spinner(t("Rewriting your bullets…")):
                rewrites = rewrite_bullets(found, settings=ai, known_names=[*names, *filter(None, [contact_name])])
        except CoachUnavailable as error:
            st.session_state.pop(REWRITES_KEY, None)
            st.warning(error_text(error), icon=":material/cloud_off:")
            return
        st.session_state[REWRITES_KEY] = (digest, rewrites)
    stored = st.session_state.get(REWRITES_KEY)
    if stored is None or stored[0] != digest:
        return
    _show_rewrites(stored[1])


def _show_rewrites(rewrites: Sequence[Rewrite]) -> None:
    if not rewrites:
        st.info(t("The AI suggested no rewrite that keeps to your facts."))
        return
    st.caption(t("Read each rewrite before you use it: numbers and names are checked, but the wording is the AI's."))
    for rewrite in rewrites:
        with st.container(border=True):
            st.caption(t("Line {n}", n=number(rewrite.line)))
            st.markdown(plain(rewrite.original))
            st.markdown(f":material/arrow_downward: {plain(rewrite.rewritten)}")


def full_report(report: Mapping[str, Any], ai: AISettings | None = None, names: Sequence[str] = ()) -> None:
    """The report in tabs; with `ai` (an enabled endpoint) the suggestions tab offers AI rewrites."""
    titles = [t("Score"), t("What an ATS sees"), t("Profile"), t("Job match"), t("Suggestions")]
    tabs = st.tabs(titles)
    for tab, draw in zip(tabs, (score_and_checks, ats_view, profile, job_match, suggestions), strict=True):
        with tab:
            draw(report)
    if ai is not None:
        with tabs[-1]:
            ai_rewrites(report, ai, names)


def history(store: Store, settings: Settings, user: User) -> None:
    """Past analyses: open one, compare two side by side, download a PDF, delete."""
    frame = service.history(store, user)
    if frame.empty:
        st.info(t("Your analyses will appear here."))
        return
    deleted = t("file deleted")
    # Numbered oldest first, so two uploads of one file in the same minute still read apart.
    names = {
        int(row.id): f"#{len(frame) - index} · {row.created_at:%Y-%m-%d %H:%M} · {row.original_name or deleted}"
        f" · {row.ats_score}/100"
        for index, row in enumerate(frame.itertuples())
    }
    chosen = st.selectbox(t("Analysis"), list(names), format_func=names.__getitem__, key="resume_history_pick")
    report = service.report(store, user, chosen)
    row = frame.set_index("id").loc[chosen]
    st.download_button(
        t("Download the report (PDF)"),
        data=report_pdf.render(
            report, language(), created=f"{row['created_at']:%Y-%m-%d %H:%M}", file_name=row["original_name"]
        ),
        file_name=f"resume-report-{chosen}.pdf",
        mime="application/pdf",
        key="resume_download",
        icon=":material/download:",
    )
    full_report(report, settings.ai if settings.ai.enabled else None, [user.name])
    _compare(store, user, names, chosen)
    _delete(store, settings, user, chosen, row)


def _compare(store: Store, user: User, names: Mapping[int, str], chosen: int) -> None:
    others = [key for key in names if key != chosen]
    if not others:
        return
    st.subheader(t("Compare with another version"))
    other = st.selectbox(t("Compare with"), others, format_func=names.__getitem__, key="resume_compare_pick")
    left, right = service.report(store, user, chosen), service.report(store, user, other)
    table = pd.DataFrame(
        {
            t("Check"): [t("ATS compatibility score")] + [t(label) for label in _labels(left)],
            names[chosen]: [left["ats_score"]] + [check["points"] for check in left["checks"]],
            names[other]: [right["ats_score"]] + [check["points"] for check in right["checks"]],
        }
    )
    st.dataframe(table, hide_index=True)


def _labels(report: Mapping[str, Any]) -> list[str]:
    return [check["label"] for check in report["checks"]]


def _delete(store: Store, settings: Settings, user: User, chosen: int, row: Any) -> None:
    """Each deletion asks once more in a popover: neither can be undone."""
    st.subheader(t("Delete"))
    left, right = st.columns(2)
    if isinstance(row["file_id"], str):
        with left.popover(t("Delete the uploaded file"), icon=":material/delete:"):
            st.write(t("This deletes the file you uploaded; the analysis and its score stay."))
            if st.button(t("Delete for good"), key="resume_delete_file", type="primary"):
                service.delete_file(store, settings, user, row["file_id"])
                st.toast(t("The file is deleted; the analysis stays."), icon=":material/delete:")
                st.rerun()
    with right.popover(t("Delete this analysis"), icon=":material/delete:"):
        st.write(t("This deletes the analysis and the file it was made from. It cannot be undone."))
        if st.button(t("Delete for good"), key="resume_delete_analysis", type="primary"):
            service.delete_analysis(store, settings, user, chosen)
            if st.session_state.get(SHOWN_KEY) == chosen:
                st.session_state.pop(SHOWN_KEY)  # the Analyse tab no longer shows it
            st.toast(t("The analysis is deleted."), icon=":material/delete:")
            st.rerun()
