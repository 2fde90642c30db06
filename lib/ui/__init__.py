"""The only part of lib/ that imports streamlit: resources, auth gate, widgets, i18n helpers."""
