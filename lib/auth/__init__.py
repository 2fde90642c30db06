"""Accounts: password policy and hashing, login sessions, throttling, permissions."""
