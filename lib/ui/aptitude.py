"""Drawing an aptitude test: the set-up form, the running test with its timer, the review, the history."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import altair as alt
import pandas as pd
import streamlit as st

from lib import i18n
from lib.aptitude import attempts
from lib.aptitude.attempts import AttemptRequest, AttemptView, ItemView
from lib.aptitude.history import History
from lib.aptitude.model import SECTIONS
from lib.aptitude.rating import suited_difficulty
from lib.aptitude.topics import topic_label
from lib.clock import utcnow
from lib.errors import AppError
from lib.store import Store
from lib.store.users import User
from lib.ui.i18n import error_text, labels, language, number, t
from lib.ui.widgets import show_error

POSITION_KEY = "aptitude_position"
REVIEW_KEY = "aptitude_review_id"
ERROR_KEY = "aptitude_error"
LETTERS = "ABCDEF"


def section_label(section: str) -> str:
    return t(SECTIONS.get(section, section))


def _clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def setup_form(store: Store, user: User) -> None:
    """Choose section, difficulty, length and mode, then start."""
    with st.form("aptitude_setup"):
        section = st.selectbox(t("Section"), list(SECTIONS), format_func=labels(SECTIONS), key="aptitude_section")
        level = st.segmented_control(
            t("Difficulty"),
            list(attempts.LEVELS),
            format_func=labels(attempts.LEVELS),
            default="medium",
            key="aptitude_level",
        )
        count = st.number_input(
            t("Number of questions"), attempts.MIN_QUESTIONS, attempts.MAX_QUESTIONS, 10, key="aptitude_count"
        )
        mode = st.radio(
            t("Mode"),
            list(attempts.MODES),
            format_func=labels(attempts.MODES),
            horizontal=True,
            key="aptitude_mode",
            captions=[t("Feedback and explanation after each answer."), t("A countdown, results at the end.")],
        )
        minutes = st.number_input(
            t("Time limit in minutes (exam mode)"),
            min_value=0.5,
            max_value=180.0,
            value=10.0,
            step=0.5,
            key="aptitude_minutes",
        )
        if st.form_submit_button(t("Start test"), type="primary"):
            request = AttemptRequest(
                section=section,
                difficulty=level or "medium",
                count=int(count),
                mode=mode,
                time_limit_s=int(minutes * 60) if mode == "exam" else None,
            )
            try:
                attempts.start(store, user, request, language=language())
            except AppError as error:
                show_error(error)
            else:
                st.session_state[POSITION_KEY] = 0
                st.rerun()


def _timer(store: Store, user: User, attempt: AttemptView) -> None:
    """A countdown that redraws every second and submits the test when the time is up."""
    deadline = attempt.deadline
    assert deadline is not None

    @st.fragment(run_every=1.0)
    def countdown() -> None:
        remaining = (deadline - utcnow()).total_seconds()
        st.metric(t("Time left"), _clock(remaining))
        if remaining <= 0:
            with contextlib.suppress(attempts.AttemptClosed):
                attempts.finish(store, user, attempt.id)
            st.session_state[REVIEW_KEY] = attempt.id
            st.rerun(scope="app")

    countdown()


def _explanation(item: ItemView) -> None:
    """The worked explanation, one step per line (Markdown would join single line breaks)."""
    st.info((item.explanation or "").replace("\n", "  \n"), icon=":material/lightbulb:")


def _option_label(item: ItemView, index: int) -> str:
    return f"{LETTERS[index]}. {item.options[index]}"


def _navigator(attempt: AttemptView) -> int:
    """Buttons to move between questions; adaptive tests move forward only."""
    last = len(attempt.items) - 1
    if attempt.adaptive:
        return last
    position = min(int(st.session_state.get(POSITION_KEY, 0)), last)

    def mark(item: ItemView) -> str:
        return f"{item.position + 1}{' ⚑' if item.flagged else ''}{' ✓' if item.answered else ''}"

    choice = st.pills(
        t("Questions"),
        [item.position for item in attempt.items],
        format_func=lambda p: mark(attempt.items[p]),
        default=position,
        key=f"aptitude_nav_{attempt.id}_{position}",
    )
    if choice is not None and choice != position:
        st.session_state[POSITION_KEY] = choice
        st.rerun()
    return position


def _act(attempt: AttemptView, action: Callable[[], object]) -> None:
    """Run a service call made by a widget, then redraw; an error is shown on the next run."""
    try:
        action()
    except attempts.AttemptClosed as error:  # time ran out: the next run shows the review
        st.session_state[ERROR_KEY] = error_text(error)
        st.session_state[REVIEW_KEY] = attempt.id
    except AppError as error:
        st.session_state[ERROR_KEY] = error_text(error)
    st.rerun()


def pending_error() -> None:
    """The error a widget's action left for this run, if any."""
    if ERROR_KEY in st.session_state:
        st.error(st.session_state.pop(ERROR_KEY), icon=":material/error:")


def running_test(store: Store, user: User, attempt: AttemptView) -> None:
    """The current question. Answers and flags are sent from the script body, after the auth gate."""
    header, clock = st.columns([3, 1])
    header.subheader(f"{section_label(attempt.section)} · {t(attempts.MODES[attempt.mode])}")
    if attempt.deadline is not None:
        with clock:
            _timer(store, user, attempt)
    position = _navigator(attempt)
    item = attempt.items[position]
    st.caption(t("Question {n} of {total}", n=position + 1, total=attempt.question_count))
    st.markdown(item.question)
    choice = st.radio(
        t("Your answer"),
        list(range(len(item.options))),
        index=item.chosen,
        key=f"aptitude_answer_{attempt.id}_{position}",
        format_func=lambda index: _option_label(item, index),
        disabled=attempt.mode == "practice" and item.answered,
    )
    if choice is not None and choice != item.chosen:
        _act(attempt, lambda: attempts.answer(store, user, attempt.id, position, choice, language=language()))
    if item.correct is not None:
        if item.correct:
            st.success(t("Correct."), icon=":material/check_circle:")
        else:
            st.error(t("Not quite: the answer is {answer}.", answer=_option_label(item, item.answer or 0)))
        _explanation(item)
    if not attempt.adaptive:
        flagged = st.checkbox(t("Flag for review"), value=item.flagged, key=f"aptitude_flag_{attempt.id}_{position}")
        if flagged != item.flagged:
            _act(attempt, lambda: attempts.flag(store, user, attempt.id, position, flagged))
    _moves(store, user, attempt, position)


def _moves(store: Store, user: User, attempt: AttemptView, position: int) -> None:
    back, forward, submit = st.columns(3)
    if not attempt.adaptive and back.button(t("Previous"), disabled=position == 0, key="aptitude_previous"):
        st.session_state[POSITION_KEY] = position - 1
        st.rerun()
    if not attempt.adaptive and forward.button(
        t("Next"), disabled=position >= len(attempt.items) - 1, key="aptitude_next"
    ):
        st.session_state[POSITION_KEY] = position + 1
        st.rerun()
    unanswered = sum(not item.answered for item in attempt.items) + attempt.question_count - len(attempt.items)
    if unanswered and attempt.mode == "exam":
        submit.caption(t("{n} unanswered", n=number(unanswered)))
    if submit.button(
        t("Submit test") if attempt.mode == "exam" else t("Finish practice"), type="primary", key="aptitude_submit"
    ):
        try:
            attempts.finish(store, user, attempt.id)
        except attempts.AttemptClosed as error:
            st.session_state[ERROR_KEY] = error_text(error)
        st.session_state[REVIEW_KEY] = attempt.id
        st.rerun()


def review(attempt: AttemptView) -> None:
    """The finished test: the score, then every question with the answer given, the right one and why."""
    st.subheader(t("Your result"))
    score, right, duration = st.columns(3)
    score.metric(t("Score"), f"{number(attempt.score or 0)}%")
    right.metric(t("Correct answers"), f"{number(attempt.correct or 0)} / {number(attempt.question_count)}")
    if attempt.finished_at is not None:
        duration.metric(t("Time taken"), _clock((attempt.finished_at - attempt.started_at).total_seconds()))
    st.caption(t("You earned {xp} XP.", xp=number(attempts.xp_for(attempt.correct or 0))))
    for item in attempt.items:
        mark = (
            ":material/check_circle:"
            if item.correct
            else (":material/cancel:" if item.answered else ":material/radio_button_unchecked:")
        )
        title = t("Question {n}", n=item.position + 1)
        with st.expander(f"{title} · {t(topic_label(item.topic))}", icon=mark):
            st.markdown(item.question)
            given = _option_label(item, item.chosen) if item.chosen is not None else t("not answered")
            st.markdown(t("Your answer: {answer}", answer=given))
            st.markdown(t("Correct answer: {answer}", answer=_option_label(item, item.answer or 0)))
            _explanation(item)


def history_view(history: History) -> None:
    if history.empty:
        st.info(t("Your finished tests will appear here."))
        return
    attempts_frame = history.attempts
    count, average, pace = st.columns(3)
    count.metric(t("Tests taken"), number(len(attempts_frame)))
    average.metric(t("Average score"), f"{number(round(float(attempts_frame['score'].mean()), 1))}%")
    if history.seconds_per_question is not None:
        pace.metric(t("Time per question"), t("{n} s", n=number(round(history.seconds_per_question))))
    chart_data = attempts_frame.assign(section=attempts_frame["section"].map(section_label))
    st.altair_chart(
        alt.Chart(chart_data)
        .mark_line(point=True)
        .encode(
            x=alt.X("started_at:T", title=t("Date"), axis=alt.Axis(format="%d %b")),
            y=alt.Y("score:Q", title=t("Score (%)"), scale=alt.Scale(domain=[0, 100])),
            color=alt.Color("section:N", title=t("Section")),
            tooltip=["section", "score", "started_at"],
        ),
        width="stretch",
    )
    by_topic = history.by_topic.assign(
        topic=history.by_topic["topic"].map(lambda topic: t(topic_label(topic))),
        section=history.by_topic["section"].map(section_label),
    )
    st.subheader(t("Accuracy by topic"))
    st.altair_chart(
        alt.Chart(by_topic)
        .mark_bar()
        .encode(
            x=alt.X("accuracy:Q", title=t("Accuracy (%)"), scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("topic:N", title=None, sort="-x"),
            color=alt.Color("section:N", title=t("Section")),
            tooltip=["topic", "questions", "correct", "accuracy"],
        ),
        width="stretch",
    )
    _ability(history.ratings)
    st.subheader(t("Past tests"))
    table = pd.DataFrame(
        {
            t("Date"): attempts_frame["started_at"].map(lambda value: i18n.format_date(value, language())),
            t("Section"): attempts_frame["section"].map(section_label),
            t("Mode"): attempts_frame["mode"].map(lambda key: t(attempts.MODES[key])),
            t("Difficulty"): attempts_frame["difficulty"].map(lambda key: t(attempts.LEVELS[key])),
            t("Score"): attempts_frame["score"],
            t("Minutes"): attempts_frame["minutes"],
        }
    )
    st.dataframe(table, hide_index=True)


def _ability(ratings: pd.DataFrame) -> None:
    if ratings.empty:
        return
    st.subheader(t("Your level per topic"))
    st.dataframe(
        pd.DataFrame(
            {
                t("Topic"): ratings["topic"].map(lambda topic: t(topic_label(topic))),
                t("Rating"): ratings["rating"],
                t("Questions answered"): ratings["answered"],
                t("Next questions"): [t(attempts.LEVELS[suited_difficulty(value)]) for value in ratings["rating"]],
            }
        ),
        hide_index=True,
    )
