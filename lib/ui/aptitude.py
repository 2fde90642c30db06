"""Drawing an aptitude test: the set-up form, the running test with its timer, and the review."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from lib.aptitude import attempts
from lib.aptitude.attempts import AttemptRequest
from lib.aptitude.model import SECTIONS
from lib.aptitude.topics import topic_label
from lib.aptitude.views import AttemptView, ItemView
from lib.clock import utcnow
from lib.errors import AppError
from lib.store import Store
from lib.store.users import User
from lib.ui.i18n import error_text, labels, language, number, t
from lib.ui.widgets import show_error

POSITION_KEY = "aptitude_position"
REVIEW_KEY = "aptitude_review_id"
ERROR_KEY = "aptitude_error"
CONFIRM_KEY = "aptitude_confirm_submit"
LETTERS = "ABCDEF"


def section_label(section: str) -> str:
    return t(SECTIONS.get(section, section))


def clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def setup_form(store: Store, user: User) -> None:
    """Choose section, difficulty, length and mode, then start."""
    with st.form("aptitude_setup"):
        # Select boxes and radios are keyed by language: drawn again in another language, they would
        # keep showing the old label or lose their choice.
        section = st.selectbox(
            t("Section"), list(SECTIONS), format_func=labels(SECTIONS), key=f"aptitude_section_{language()}"
        )
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
            key=f"aptitude_mode_{language()}",
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
    """A countdown redrawn every second; at zero it submits the test and shows the review."""
    deadline = attempt.deadline
    assert deadline is not None

    @st.fragment(run_every=1.0)
    def countdown() -> None:
        remaining = (deadline - utcnow()).total_seconds()
        st.metric(t("Time left"), clock(remaining))
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


def _synced(key: str, stored: Any) -> None:
    """Show the database's value in a widget whenever it changed elsewhere (another tab, a resume)."""
    if st.session_state.get(f"{key}_stored", "unset") != stored:
        st.session_state[key] = stored
        st.session_state[f"{key}_stored"] = stored


def _act(attempt: AttemptView, action: Callable[[], object]) -> None:
    """Run a service call a widget asked for, then redraw; an error is shown on the next run."""
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


def _position(attempt: AttemptView) -> int:
    """The question on screen. Adaptive tests only move forward, one question at a time."""
    last = len(attempt.items) - 1
    position = min(int(st.session_state.get(POSITION_KEY, 0)), last)
    if attempt.adaptive:
        answered_before_last = position < last and attempt.items[position].answered
        return position if answered_before_last else last

    def mark(item: ItemView) -> str:
        return f"{item.position + 1}{' ⚑' if item.flagged else ''}{' ✓' if item.answered else ''}"

    choice = st.pills(
        t("Questions"),
        [item.position for item in attempt.items],
        format_func=lambda index: mark(attempt.items[index]),
        default=position,
        key=f"aptitude_nav_{attempt.id}_{position}",
    )
    if choice is not None and choice != position:
        st.session_state[POSITION_KEY] = choice
        st.rerun()
    return position


def running_test(store: Store, user: User, attempt: AttemptView) -> None:
    """The current question. Answers and flags are sent from the script body, after the auth gate."""
    header, timer = st.columns([3, 1])
    header.subheader(f"{section_label(attempt.section)} · {t(attempts.MODES[attempt.mode])}")
    if attempt.deadline is not None:
        with timer:
            _timer(store, user, attempt)
    position = _position(attempt)
    item = attempt.items[position]
    st.caption(t("Question {n} of {total}", n=position + 1, total=attempt.question_count))
    st.markdown(item.question)
    answer_key = f"aptitude_answer_{attempt.id}_{position}_{language()}"  # by language, as in setup_form
    _synced(answer_key, item.chosen)
    choice = st.radio(
        t("Your answer"),
        list(range(len(item.options))),
        key=answer_key,
        format_func=lambda index: _option_label(item, index),
        disabled=item.answered and (attempt.mode == "practice" or attempt.adaptive),
    )
    if choice is not None and choice != item.chosen:
        st.session_state[POSITION_KEY] = position
        _act(attempt, lambda: attempts.answer(store, user, attempt.id, position, choice))
    if item.correct is not None:
        if item.correct:
            st.success(t("Correct."), icon=":material/check_circle:")
        else:
            st.error(t("Not quite: the answer is {answer}.", answer=_option_label(item, item.answer or 0)))
        _explanation(item)
    if not attempt.adaptive:
        flag_key = f"aptitude_flag_{attempt.id}_{position}_{language()}"
        _synced(flag_key, item.flagged)
        flagged = st.checkbox(t("Flag for review"), key=flag_key)
        if flagged != item.flagged:
            _act(attempt, lambda: attempts.flag(store, user, attempt.id, position, flagged))
    _moves(store, user, attempt, position)


def _moves(store: Store, user: User, attempt: AttemptView, position: int) -> None:
    back, forward, submit = st.columns(3)
    last = len(attempt.items) - 1
    if not attempt.adaptive and back.button(t("Previous"), disabled=position == 0, key="aptitude_previous"):
        st.session_state[POSITION_KEY] = position - 1
        st.rerun()
    if forward.button(t("Next"), disabled=position >= last, key="aptitude_next"):
        st.session_state[POSITION_KEY] = position + 1
        st.rerun()
    if attempt.unanswered:
        submit.caption(t("{n} unanswered", n=number(attempt.unanswered)))
    label = t("Submit test") if attempt.mode == "exam" else t("Finish practice")
    if submit.button(label, type="primary", key="aptitude_submit"):
        if attempt.unanswered and not st.session_state.get(CONFIRM_KEY):
            st.session_state[CONFIRM_KEY] = True  # ask once before scoring unanswered questions as wrong
            st.rerun()
        _submit(store, user, attempt)
    if st.session_state.get(CONFIRM_KEY):
        st.warning(
            t(
                "{n} questions are unanswered and will count as wrong. Press the button again to submit.",
                n=number(attempt.unanswered),
            ),
            icon=":material/warning:",
        )


def _submit(store: Store, user: User, attempt: AttemptView) -> None:
    st.session_state.pop(CONFIRM_KEY, None)
    try:
        attempts.finish(store, user, attempt.id)
    except attempts.AttemptClosed as error:
        st.session_state[ERROR_KEY] = error_text(error)
    st.session_state[REVIEW_KEY] = attempt.id
    st.rerun()


def review(attempt: AttemptView) -> None:
    """A finished test: the score, then every question with the answer given, the right one and why."""
    if not attempt.finished:
        raise attempts.AttemptClosed()  # never reached from the page; a guard against revealing a live test
    st.subheader(t("Your result"))
    score, right, duration = st.columns(3)
    score.metric(t("Score"), f"{number(attempt.score or 0)}%")
    right.metric(t("Correct answers"), f"{number(attempt.correct or 0)} / {number(attempt.question_count)}")
    if attempt.finished_at is not None:
        duration.metric(t("Time taken"), clock((attempt.finished_at - attempt.started_at).total_seconds()))
    answered = sum(item.answered for item in attempt.items)
    st.caption(t("You earned {xp} XP.", xp=number(attempts.xp_for(attempt.correct or 0, answered))))
    for item in attempt.items:
        if item.correct:
            mark = ":material/check_circle:"
        else:
            mark = ":material/cancel:" if item.answered else ":material/radio_button_unchecked:"
        title = t("Question {n}", n=item.position + 1)
        with st.expander(f"{title} · {t(topic_label(item.topic))}", icon=mark):
            st.markdown(item.question)
            given = _option_label(item, item.chosen) if item.chosen is not None else t("not answered")
            st.markdown(t("Your answer: {answer}", answer=given))
            st.markdown(t("Correct answer: {answer}", answer=_option_label(item, item.answer or 0)))
            _explanation(item)
