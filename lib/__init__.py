"""Interview Prep: everything that is not drawing (domain logic, store, AI, parsing)."""
