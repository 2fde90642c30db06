"""Admin: every account, with its role and whether it is enabled."""

import streamlit as st

from lib import accounts
from lib.errors import AppError
from lib.ui import auth_gate, resources
from lib.ui.i18n import t
from lib.ui.widgets import role_label, show_error

user = auth_gate.require_user()
store = resources.store()
st.title(t("Users"))

try:
    table = accounts.list_users(store, user)
except AppError as error:
    show_error(error)
    st.stop()

st.dataframe(
    table,
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
labels = {int(row.id): f"{row.name} <{row.email}>" for row in table.itertuples()}
target_id = st.selectbox(t("Account"), list(labels), format_func=labels.__getitem__, key="admin_target")
target = table.set_index("id").loc[target_id]
with st.form(f"admin_change_user_{target_id}"):
    role = st.selectbox(
        t("Role"), accounts.ROLES, index=accounts.ROLES.index(target["role"]), format_func=role_label, key=f"admin_role_{target_id}"
    )
    disabled = st.checkbox(t("Disabled"), value=bool(target["disabled"]), key=f"admin_disabled_{target_id}")
    if st.form_submit_button(t("Apply")):
        try:
            accounts.set_role(store, user, target_id, role)
            accounts.set_disabled(store, user, target_id, disabled)
        except AppError as error:
            show_error(error)
        else:
            st.toast(t("The account is updated."), icon=":material/check:")
            st.rerun()
