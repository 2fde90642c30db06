"""Feedback on an answer: a score per dimension, the quoted evidence, tips and delivery metrics."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence

import altair as alt
import pandas as pd
import streamlit as st

from lib.errors import N_, AppError
from lib.interview import recordings
from lib.settings import Settings
from lib.store import Store
from lib.store.interview import AnswerRow
from lib.store.users import User
from lib.ui.i18n import number, t
from lib.ui.interview_answer import score_saved
from lib.ui.widgets import plain

DIMENSION_LABELS = {
    "relevance": N_("Relevance"),
    "structure": N_("Structure"),
    "depth": N_("Depth"),
    "specificity": N_("Specificity"),
    "clarity": N_("Clarity"),
    "delivery": N_("Delivery"),
    "overall": N_("Overall"),
}


def dimension_label(name: str) -> str:
    return t(DIMENSION_LABELS.get(name, name))


def dimension_chart(dimensions: Mapping[str, int], key: str) -> None:
    """One bar per dimension; the score is part of the label, so a 0 still reads as a number and the
    text follows the theme (a text mark stays black on a dark background)."""
    data = pd.DataFrame(
        {
            "dimension": [f"{dimension_label(name)}  {number(value)}" for name, value in dimensions.items()],
            "score": list(dimensions.values()),
        }
    )
    st.altair_chart(
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("score:Q", title=t("Score"), scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("dimension:N", title=None, sort=None, axis=alt.Axis(labelOverlap=False, labelLimit=220)),
            color=alt.Color("score:Q", scale=alt.Scale(domain=[0, 100], scheme="redyellowgreen"), legend=None),
            tooltip=[alt.Tooltip("dimension:N", title=t("Dimension")), alt.Tooltip("score:Q", title=t("Score"))],
        )
        .properties(height=alt.Step(28)),
        width="stretch",
        key=key,
    )


def delivery_metrics(delivery: Mapping[str, float]) -> None:
    st.markdown("**" + t("Delivery") + "**")
    pace, fillers, pauses = st.columns(3)
    pace.metric(t("Words per minute"), number(round(delivery["words_per_minute"])))
    fillers.metric(t("Filler words per minute"), number(round(delivery["fillers_per_minute"], 1)))
    pauses.metric(
        t("Long pauses"),
        number(delivery["long_pauses"]),
        help=t("Silences over 1.5 s. Longest: {n} s", n=number(round(delivery["longest_pause"], 1))),
    )
    talk, steady, _ = st.columns(3)
    talk.metric(t("Talk time"), t("{n} s", n=number(round(delivery["talk_seconds"]))))
    steady.metric(t("Volume steadiness"), f"{number(delivery['volume_steadiness'])}/100")


def tips_text(row: AnswerRow, tips: Sequence[str]) -> list[str]:
    """Offline tips are message ids; an AI coach's tips arrive written in the candidate's language."""
    source = (row.scores or {}).get("source", "offline")
    return [t(tip) if source == "offline" else plain(tip) for tip in tips]


def feedback(store: Store, settings: Settings, user: User, row: AnswerRow, *, chart_key: str) -> None:
    """Scores per dimension, the evidence quoted from the answer, tips and delivery."""
    if row.status != "scored" or row.scores is None:
        st.warning(t("Your answer is saved; its feedback is still pending."), icon=":material/hourglass_top:")
        if st.button(t("Get feedback now"), key=f"{chart_key}_retry_score"):
            score_saved(store, user, row.id)
            st.rerun()
        return
    if row.notice:
        st.info(t(row.notice))
    st.metric(t("Score for this answer"), f"{number(row.overall or 0)}/100")
    dimension_chart(row.scores["dimensions"], chart_key)
    if row.scores["evidence"]:
        st.markdown("**" + t("From your answer") + "**")
        for quote in row.scores["evidence"]:
            st.markdown(f"> {plain(quote)}")
    tips = tips_text(row, row.scores["tips"])
    if tips:
        st.markdown("**" + t("To improve") + "**")
        st.markdown("\n".join(f"- {tip}" for tip in tips))
    if row.delivery:
        delivery_metrics(row.delivery)
    if row.recording_id:
        with contextlib.suppress(AppError):  # deleted meanwhile: the text answer stays
            recording = recordings.recording_bytes(store, settings, user, row.recording_id)
            st.caption(t("Your recording"))
            st.audio(recording, format="audio/wav")
