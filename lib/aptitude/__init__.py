"""Aptitude tests: question bank, generators, imports, timed attempts, ratings and history."""
