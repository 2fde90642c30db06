"""The signed-in home: a greeting and the figures the ledger gives."""

import streamlit as st

from lib import progress
from lib.ui import auth_gate, resources
from lib.ui.i18n import number, t, tn
from lib.ui.widgets import plain

user = auth_gate.require_user()
summary = progress.summary(resources.store(), user)

st.title(t("Hello, {name}", name=plain(user.name)))
st.write(t("Pick something to practise from the menu. Every session earns XP and keeps your streak going."))

xp_col, level_col, streak_col = st.columns(3)
xp_col.metric(t("XP"), number(summary.xp))
level_col.metric(t("Level"), number(summary.level))
streak_col.metric(t("Streak"), tn("{n} day", "{n} days", summary.streak_days))

to_next = summary.next_level_xp - summary.level_floor_xp
st.progress(
    (summary.xp - summary.level_floor_xp) / to_next if to_next else 1.0,
    text=t("{xp} XP to level {level}", xp=number(summary.next_level_xp - summary.xp), level=number(summary.level + 1)),
)
