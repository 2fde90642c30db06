"""Mock interviews: the question bank, and (coming) the interviewer, scoring and reports."""
