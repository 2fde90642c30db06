"""Readers for the question files instructors upload, one module per format.

Each reader turns decoded text into `Draft`s (records as written) and `RowError`s (records that
cannot even be read); `lib.aptitude.importers` checks the drafts and builds the questions.
"""
