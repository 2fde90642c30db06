"""Admin: find accounts, change their role, disable or enable them."""

import streamlit as st

from lib import accounts
from lib.errors import AppError
from lib.ui import auth_gate, resources
from lib.ui.i18n import labels, t
from lib.ui.widgets import ROLE_LABELS, role_label, show_error

user = auth_gate.require_user()
store = resources.store()
st.title(t("Users"))

search = st.text_input(
    t("Search by e-mail or name"),
    key="admin_search",
    max_chars=254,
    icon=":material/search:",
)
try:
    table = accounts.find_users(store, user, search)
except AppError as error:
    show_error(error)
    st.stop()

if table.empty:
    st.info(t("No account matches this search."))
    st.stop()
if len(table) == accounts.ADMIN_PAGE_SIZE:
    st.caption(t("Showing the {n} newest matches; search to narrow them down.", n=accounts.ADMIN_PAGE_SIZE))

st.dataframe(
    table.assign(role=table["role"].map(role_label)),
    hide_index=True,
    column_config={
        "id": st.column_config.NumberColumn(t("ID")),
        "email": st.column_config.TextColumn(t("E-mail")),
        "name": st.column_config.TextColumn(t("Name")),
        "role": st.column_config.TextColumn(t("Role")),
        "disabled": st.column_config.CheckboxColumn(t("Disabled")),
        "created_at": st.column_config.DatetimeColumn(t("Created")),
        "last_login": st.column_config.DatetimeColumn(t("Last sign-in")),
    },
)

st.subheader(t("Change an account"))
accounts_shown = dict(zip(table["id"].astype(int), table["name"] + " <" + table["email"] + ">", strict=True))
target_id = st.selectbox(t("Account"), list(accounts_shown), format_func=accounts_shown.__getitem__, key="admin_target")
target = table.set_index("id").loc[target_id]
with st.form(f"admin_change_user_{target_id}"):
    role = st.selectbox(
        t("Role"),
        accounts.ROLES,
        index=accounts.ROLES.index(target["role"]),
        format_func=labels(ROLE_LABELS),
        key=f"admin_role_{target_id}",
    )
    disabled = st.checkbox(t("Disabled"), value=bool(target["disabled"]), key=f"admin_disabled_{target_id}")
    if st.form_submit_button(t("Apply")):
        try:
            accounts.update_account(store, user, target_id, role=role, disabled=disabled)
        except AppError as error:
            show_error(error)
        else:
            st.toast(t("The account is updated."), icon=":material/check:")
            st.rerun()
