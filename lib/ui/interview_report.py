"""An interview's report with retries side by side, the candidate's history, and instructors' questions."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from lib import i18n
from lib.auth.permissions import Permission, can
from lib.errors import N_, AppError
from lib.interview import plan, questions, report, service
from lib.interview.bank import LEVELS, ROLES
from lib.settings import Settings
from lib.store import Store
from lib.store.interview import AnswerRow
from lib.store.users import User
from lib.ui.i18n import labels, language, number, t, tn
from lib.ui.interview import LEVEL_LABELS, REPORT_KEY, SHOW_INTERVIEW_TAB, TYPE_LABELS, asked
from lib.ui.interview_answer import answer_box, save_and_score
from lib.ui.interview_feedback import dimension_chart, dimension_label, feedback
from lib.ui.widgets import plain, show_error


def _comparison(first: AnswerRow, retry: AnswerRow) -> None:
    """The retry's scores beside the first answer's, dimension by dimension."""
    before = (first.scores or {}).get("dimensions", {})
    after = (retry.scores or {}).get("dimensions", {})
    names = [name for name in report.DIMENSIONS if name in before or name in after]
    st.dataframe(
        pd.DataFrame(
            {
                t("Dimension"): [dimension_label(name) for name in ["overall", *names]],
                t("First answer"): [first.overall, *(before.get(name) for name in names)],
                t("Retry"): [retry.overall, *(after.get(name) for name in names)],
            }
        ).replace({None: pd.NA}),
        hide_index=True,
    )


def _question_section(
    store: Store, settings: Settings, user: User, session_id: int, main: AnswerRow, answers: list[AnswerRow]
) -> None:
    follow_ups = [row for row in answers if row.kind == "follow_up" and row.parent_id == main.id]
    retries = [row for row in answers if row.kind == "retry" and row.parent_id == main.id]
    st.markdown(f"**{plain(asked(main.question))}**")
    st.markdown(plain(main.answer))
    feedback(store, settings, user, main, chart_key=f"interview_report_{main.id}")
    outline = plan.outline(main.question, language())
    if outline:
        st.markdown("**" + t("Model-answer outline") + "**")
        st.markdown("\n".join(f"1. {plain(step)}" for step in outline))
    for row in follow_ups:
        st.markdown("**" + t("Follow-up: {question}", question=plain(asked(row.question))) + "**")
        st.markdown(plain(row.answer))
        feedback(store, settings, user, row, chart_key=f"interview_report_{row.id}")
    for row in retries:
        st.markdown("**" + t("Retry of {date}", date=i18n.format_date(row.created_at, language())) + "**")
        st.markdown(plain(row.answer))
        _comparison(main, row)
    key = f"interview_retry_{main.id}_{len(retries)}"
    if st.toggle(t("Retry this question"), key=f"{key}_open"):
        submitted = answer_box(store, settings, user, key)
        if submitted and save_and_score(store, settings, user, session_id, submitted, kind="retry", parent_id=main.id):
            st.rerun()


def report_view(store: Store, settings: Settings, user: User, session_id: int) -> None:
    try:
        current = service.session(store, user, session_id)
    except AppError as error:
        show_error(error)
        return
    answers = service.answers(store, user, session_id)
    mains = sorted((row for row in answers if row.kind == "main"), key=lambda row: row.position)
    st.subheader(t("Interview report"))
    st.caption(
        " · ".join(
            [
                t(ROLES[current.role]),
                t(LEVEL_LABELS[current.level]),
                t(TYPE_LABELS[current.type]),
                i18n.format_date(current.started_at, language()),
            ]
        )
    )
    overall, answered = st.columns(2)
    overall.metric(t("Overall score"), f"{number(current.overall or 0)}/100")
    answered.metric(t("Questions answered"), f"{number(len(mains))}/{number(len(current.plan))}")
    means = report.dimension_means(row.scores["dimensions"] for row in mains if row.scores)
    if means and len(mains) > 1:  # with one answer its own chart below says the same
        dimension_chart(means, f"interview_report_means_{session_id}")
    for main in mains:
        with st.expander(
            t("Question {n}: {score}/100", n=number(main.position + 1), score=number(main.overall or 0)),
            expanded=len(mains) == 1,
        ):
            _question_section(store, settings, user, session_id, main, answers)


def history_view(store: Store, settings: Settings, user: User) -> None:
    frame = service.history(store, user)
    finished = frame[frame["status"] == "finished"]
    if finished.empty:
        st.info(t("Your finished interviews will appear here."))
        return
    count, average, best = st.columns(3)
    count.metric(t("Interviews"), number(len(finished)))
    average.metric(t("Average score"), f"{number(round(float(finished['overall'].mean())))}/100")
    best.metric(t("Best score"), f"{number(int(finished['overall'].max()))}/100")
    dimensions = service.dimension_history(store, user)
    roles = sorted(dimensions["role"].unique())
    choices: list[str] = ["", *roles]
    role = st.selectbox(
        t("Role"), choices, format_func=labels({"": N_("All roles"), **ROLES}), key="interview_history_role"
    )
    shown = dimensions if not role else dimensions[dimensions["role"] == role]
    daily = shown.assign(day=pd.to_datetime(shown["created_at"]).dt.date).groupby(["day", "dimension"])
    data = daily["score"].mean().round().reset_index()
    data["dimension"] = data["dimension"].map(dimension_label)
    st.altair_chart(
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("day:T", title=t("Date"), axis=alt.Axis(format="%Y-%m-%d")),
            y=alt.Y("score:Q", title=t("Score"), scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("dimension:N", title=t("Dimension")),
            tooltip=[alt.Tooltip("dimension:N", title=t("Dimension")), alt.Tooltip("score:Q", title=t("Score"))],
        ),
        width="stretch",
    )
    table = pd.DataFrame(
        {
            t("Date"): [i18n.format_date(value, language()) for value in finished["started_at"]],
            t("Role"): [t(ROLES[value]) for value in finished["role"]],
            t("Level"): [t(LEVEL_LABELS[value]) for value in finished["level"]],
            t("Type"): [t(TYPE_LABELS[value]) for value in finished["type"]],
            t("Questions answered"): finished["answered"],
            t("Overall score"): finished["overall"],
        }
    )
    st.dataframe(table, hide_index=True)
    names = {
        int(row.id): f"{i18n.format_date(row.started_at, language())} · {t(ROLES[row.role])} · {row.overall}/100"
        for row in finished.itertuples()
    }
    chosen = st.selectbox(t("Interview"), list(names), format_func=names.__getitem__, key="interview_history_pick")
    left, right = st.columns(2)
    if left.button(t("Open the report"), key="interview_history_open"):
        st.session_state[REPORT_KEY] = chosen
        st.session_state[SHOW_INTERVIEW_TAB] = True  # the page switches tabs before drawing them
        st.rerun()
    with right.popover(t("Delete this interview"), icon=":material/delete:"):
        st.write(t("This deletes the interview, its answers and their recordings. It cannot be undone."))
        if st.button(t("Delete for good"), key="interview_history_delete", type="primary"):
            service.delete_session(store, settings, user, chosen)
            st.session_state.pop(REPORT_KEY, None)
            st.rerun()


def questions_view(store: Store, user: User) -> None:
    """Instructors and admins add questions, with a rubric or without one."""
    suffix = language()
    with st.form(f"interview_question_form_{suffix}", clear_on_submit=True):
        st.markdown("**" + t("Add a question") + "**")
        left, middle, right = st.columns(3)
        role = left.selectbox(t("Role"), list(ROLES), format_func=labels(ROLES), key=f"interview_q_role_{suffix}")
        kind = middle.selectbox(
            t("Type"), ["behavioural", "technical"], format_func=labels(TYPE_LABELS), key=f"interview_q_type_{suffix}"
        )
        level = right.selectbox(
            t("Level"), list(LEVELS), format_func=labels(LEVEL_LABELS), key=f"interview_q_level_{suffix}"
        )
        text = st.text_area(t("Question"), key=f"interview_q_text_{suffix}", max_chars=questions.MAX_QUESTION_CHARS)
        points = st.text_area(
            t("Key points (optional)"),
            key=f"interview_q_points_{suffix}",
            help=t("One per line; synonyms after a colon, e.g. “caching: cache, Redis, memoization”."),
        )
        outline = st.text_area(
            t("Model-answer outline (optional)"), key=f"interview_q_outline_{suffix}", help=t("One step per line.")
        )
        if st.form_submit_button(t("Add the question"), type="primary"):
            try:
                questions.add_question(
                    store,
                    user,
                    role=role,
                    question_type=kind,
                    level=level,
                    language=language(),
                    text=text,
                    key_points=points,
                    model_answer=outline,
                )
            except AppError as error:
                show_error(error)
            else:
                st.success(t("The question is added. Candidates practising this role will get it."))
    added = questions.custom_questions(store, user)
    if not added:
        st.info(t("No questions added yet. Without key points, answers are scored on general criteria."))
        return
    for row in added:
        rubric = row["rubric"] or {}
        with st.container(border=True):
            st.markdown(plain(row["text"]))
            st.caption(
                " · ".join(
                    [
                        labels(ROLES)(row["role"]),
                        labels(TYPE_LABELS)(row["type"]),
                        labels(LEVEL_LABELS)(row["level"]),
                        i18n.LANGUAGES.get(row["language"], row["language"]),
                        tn("{n} key point", "{n} key points", len(rubric["key_points"]))
                        if rubric.get("key_points")
                        else t("scored on general criteria"),
                    ]
                )
            )
            mine = row["created_by"] == user.id or can(user, Permission.MANAGE_USERS)
            if mine and st.button(t("Delete"), key=f"interview_q_delete_{row['id']}", icon=":material/delete:"):
                questions.delete_question(store, user, row["id"])
                st.rerun()
