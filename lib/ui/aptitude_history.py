"""Drawing a candidate's aptitude history: figures, progress chart, accuracy, levels, past tests."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from lib.aptitude import attempts
from lib.aptitude.history import History
from lib.aptitude.rating import suited_difficulty
from lib.aptitude.topics import topic_label
from lib.ui.aptitude import section_label
from lib.ui.i18n import labels, number, t


def _topic_names(topics: pd.Series) -> pd.Series:
    return topics.map(lambda topic: t(topic_label(topic)))


def history_view(history: History) -> int | None:
    """Draw the history; returns the id of a past test the candidate chose to review, if any."""
    if history.empty:
        st.info(t("Your finished tests will appear here."))
        return None
    frame = history.attempts
    count, average, pace = st.columns(3)
    count.metric(t("Tests taken"), number(len(frame)))
    average.metric(t("Average score"), f"{number(round(float(frame['score'].mean()), 1))}%")
    if history.seconds_per_question is not None:
        pace.metric(t("Time per question"), t("{n} s", n=number(round(history.seconds_per_question))))
    _progress_chart(frame)
    _accuracy(history)
    _levels(history.ratings)
    return _past_tests(frame)


def _progress_chart(frame: pd.DataFrame) -> None:
    data = frame.assign(section=frame["section"].map(section_label))
    st.altair_chart(
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("started_at:T", title=t("Date"), axis=alt.Axis(format="%Y-%m-%d")),
            y=alt.Y("score:Q", title=t("Score (%)"), scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("section:N", title=t("Section")),
            tooltip=[
                alt.Tooltip("section:N", title=t("Section")),
                alt.Tooltip("score:Q", title=t("Score")),
                alt.Tooltip("started_at:T", title=t("Date"), format="%Y-%m-%d %H:%M"),
            ],
        ),
        width="stretch",
    )


def _accuracy(history: History) -> None:
    st.subheader(t("Accuracy by section"))
    st.dataframe(
        pd.DataFrame(
            {
                t("Section"): history.by_section["section"].map(section_label),
                t("Questions"): history.by_section["questions"],
                t("Correct answers"): history.by_section["correct"],
                t("Accuracy (%)"): history.by_section["accuracy"],
            }
        ),
        hide_index=True,
    )
    st.subheader(t("Accuracy by topic"))
    data = history.by_topic.assign(
        topic=_topic_names(history.by_topic["topic"]), section=history.by_topic["section"].map(section_label)
    )
    st.altair_chart(
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("accuracy:Q", title=t("Accuracy (%)"), scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("topic:N", title=None, sort="-x"),
            color=alt.Color("section:N", title=t("Section")),
            tooltip=[
                alt.Tooltip("topic:N", title=t("Topic")),
                alt.Tooltip("questions:Q", title=t("Questions")),
                alt.Tooltip("correct:Q", title=t("Correct answers")),
                alt.Tooltip("accuracy:Q", title=t("Accuracy (%)")),
            ],
        ),
        width="stretch",
    )


def _levels(ratings: pd.DataFrame) -> None:
    if ratings.empty:
        return
    st.subheader(t("Your level per topic"))
    next_level = labels(attempts.LEVELS)
    st.dataframe(
        pd.DataFrame(
            {
                t("Topic"): _topic_names(ratings["topic"]),
                t("Rating"): ratings["rating"],
                t("Questions answered"): ratings["answered"],
                t("Next questions"): [next_level(suited_difficulty(value)) for value in ratings["rating"]],
            }
        ),
        hide_index=True,
    )


def _past_tests(frame: pd.DataFrame) -> int | None:
    st.subheader(t("Past tests"))
    mode, level = labels(attempts.MODES), labels(attempts.LEVELS)
    table = pd.DataFrame(
        {
            t("Date"): frame["started_at"],
            t("Section"): frame["section"].map(section_label),
            t("Mode"): frame["mode"].map(mode),
            t("Difficulty"): frame["difficulty"].map(level),
            t("Score"): frame["score"],
            t("Minutes"): frame["minutes"],
        }
    )
    picked = st.dataframe(
        table,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="aptitude_history_table",
        column_config={t("Date"): st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
    )
    st.caption(t("Select a test to review its questions."))
    rows_picked = picked.selection.rows if picked is not None else []
    return int(frame.iloc[rows_picked[0]]["id"]) if rows_picked else None
